"""Label sentences as terms, positions, risks, background or what to watch.

Each label has named cue rules in ``lexicons/cues.yaml``; the first rule of a label
that matches a sentence gives the label (for positions, the first whose holder can be
named), and its name and matched text are the item's reason. A sentence that no stance
cue marks is still a position when it quotes a named actor (``position.quoted-words``).
A sentence may carry several labels. The learned weights (``learned``) then weigh each
sentence on its words, its place and the names of every rule whose cue it holds: they add
a label no rule gave when the sentence scores high enough, and take away one a rule gave
when it scores too low (a rule's cue in a sentence that reads like those annotators left
out).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from briefbook.extract.actor_table import ActorTable
from briefbook.extract.gazetteer import state_of
from briefbook.extract.learned import LEARNED_LABELS, Names, Weights, features, judge, where_words
from briefbook.extract.lexicon import CueRule, lexicon
from briefbook.extract.subjects import (
    FIRST_PERSON,
    POSSESSIVE,
    SubjectResolver,
    Token,
    tokens_between,
)
from briefbook.ingest.article import Article, Paragraph, Sentence
from briefbook.model import Citation, Finding, Position, Quote, Term, Why

# A description after a name: ", a vendor in Dajabón", ", 61, a fisherman".
_PRIVATE_AFTER = re.compile(r",(?: \d+,)? (?:who (?P<verb>[a-z]+)|(?:a|an|the|one) "
                            r"(?:[\w.’'-]+ ){0,3}?(?P<role>[a-z]+)"
                            r"(?= (?:in|at|from|of|for|with|who|on)\b|[,.;]))\b")
_CONDITION = re.compile(
    r"\b(?:if|unless|provided(?: that)?|on condition that|as long as|in return(?: for)?|"
    r"in exchange(?: for)?)\b[^,;.]{0,200}",
    re.IGNORECASE,
)
# A joint holder: "the two sides expressed …", "the three countries affirmed …", "each
# government blamed …", "the members of the Security Council welcomed …".
_JOINT = re.compile(r"(?:[Tt]he|[Bb]oth|[Aa]ll) ((?:(?:two|three|four|five|both|other) )?"
                    r"(?:sides|parties|countries|governments|delegations|leaders|ministers|"
                    r"Ministers|participants|Parties|Sides|Governments|States|Countries|"
                    r"Delegations))|(Both)|((?:[Ee]ach|[Nn]either) (?:side|government|party|"
                    r"country|delegation|leader|minister))\b|(?:[Tt]he )?[Mm]embers of (?:the )?"
                    r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)")
# How far into a sentence the actor it opens with may be named, and the kinds that may
# hold a stance.
_OPENING_CHARS = 60
_HOLDER_KINDS = frozenset({"person", "state", "organisation", "armed group"})
_LABEL = re.compile(r"[A-Z][A-Z .’'-]+:")
# A heading that gives the voice of the whole text as an office, not a name: "Address to the
# Nation by the President of the Republic of Niger".
_OFFICE_HOLDER = re.compile(r"\b(?:Address|Remarks|Statement|Speech|Message)\b.*?\bby the "
                            r"(?:President|Prime Minister|Head of State|King|Emir|Chancellor) "
                            r"of (?:the )?(?P<state>[A-Z][\w’'-]*(?: (?:of |the )*[A-Z][\w’'-]*)*)")
# A heading that gives the voice of the whole text as a body: "Statement by the Ministry of
# Foreign Affairs and National Community Abroad on the situation in Mali".
_ISSUED_BY = re.compile(r"(?:Statement|Declaration|Communiqu[eé]|Press [Rr]elease|Message) "
                        r"(?:by|of|from) (?:the )?(?P<who>[A-Z][\w’'-]*(?: (?:of |and |the )*"
                        r"[A-Z][\w’'-]*)*)")
# A joint statement's opening: "We, the Ministers of …, met in Kingston".
_WE_THE = re.compile(r"\bWe, the [^.]*?,\s+(?=(?!the\b|an?\b)[a-z]+\b)")  # not ", the IGAD"
_PARTY_KINDS = frozenset({"state", "organisation"})
_STANCES = {"position.agrees": "supports", "position.opposes": "opposes",
            "position.wants": "seeks", "position.accuses": "critical",
            "position.insists": "critical", "position.says": "states",
            "position.proposes": "seeks"}
# Words before a cue verb that make it passive ("was accepted by"): the holder is then the
# "by" agent. After "long" only a "by" right after the verb does ("long desired by Russia";
# "Egypt has long opposed" is active).
_PASSIVE = frozenset({"be", "been", "being", "was", "were", "is", "are", "long"})
# How many of a quote's first words a quoted-words position shows as its cue.
_CUE_WORDS = 5
_WHERE = re.compile(r" (?:in|at|based in|who|close to|briefed|familiar|involved)\b")
# Where the role after a demonym is, perhaps after a word or two: "Venezuelan (security)
# officials".
_WORDS_AFTER = re.compile(r"(?: [a-z][\w-]*){1,3}")
_COUNTERPARTS = frozenset({"counterpart", "counterparts"})
_LEAD = re.compile(r"[^,;:“”\"]{1,100}, ")
# The groups of a cue's match that name its holder ("For La Paz, …"; "in Moscow’s view";
# "In the Argentine reading").
_FRAMES = ("holder", "owner", "adjective")
_BY_AGENT = re.compile(r"\bby ((?:the )?[^\W\d][\w.’'-]*(?: [A-Z][\w.’'-]*)*)")


def first_cue(rules: tuple[CueRule, ...], text: str, reported: str | None = None,
              before: frozenset[str] = frozenset()) -> tuple[CueRule, re.Match[str]] | None:
    """The first rule that matches ``text`` (or, for rules that look only at the writer's
    own words, ``reported``: the same text with direct quotes blanked out), with its match;
    ``before`` are the labels of the sentence before in the paragraph."""
    return next(cues(rules, text, reported, before), None)


def cues(rules: tuple[CueRule, ...], text: str, reported: str | None = None,
         before: frozenset[str] = frozenset()) -> Iterator[tuple[CueRule, re.Match[str]]]:
    """Every rule that matches, in lexicon order, with its match."""
    for rule in rules:
        if rule.after and rule.after not in before:
            continue
        seen = reported if rule.reported and reported is not None else text
        match = rule.pattern.search(seen)
        if (match and not (rule.unless and rule.unless.search(seen))
                and not (rule.needs and not rule.needs.search(seen))):
            yield rule, match


def without_quotes(sentence: Sentence, quotes: list[Citation]) -> str:
    """The sentence with the words of direct quotes (its paragraph's) replaced by spaces,
    offsets kept."""
    chars = list(sentence.text)
    for quote in quotes:
        for index in range(max(quote.start, sentence.start), min(quote.end, sentence.end)):
            chars[index - sentence.start] = " "
    return "".join(chars)


def sentence_citation(paragraph: Paragraph, sentence: Sentence) -> Citation:
    return Citation(paragraph.number, sentence.start, sentence.end, sentence.text)


def _finding(label: str, paragraph: Paragraph, sentence: Sentence, rule: CueRule,
             match: re.Match[str]) -> Finding:
    return _labelled(label, paragraph, sentence,
                     Why(rule.name, sentence.text[match.start():match.end()], sentence.ref))


def _labelled(label: str, paragraph: Paragraph, sentence: Sentence, why: Why) -> Finding:
    return Finding(f"{label}-{sentence.ref}", sentence.text,
                   (sentence_citation(paragraph, sentence),), why)


def _term(table: ActorTable, paragraph: Paragraph, sentence: Sentence, base: Finding) -> Term:
    mentions = table.in_span(paragraph.number, sentence.start, sentence.end)
    parties: list[str] = []
    for mention in mentions:
        actor = table.by_key(mention.key)
        if actor.kind in _PARTY_KINDS and actor.name not in parties:
            parties.append(actor.name)
    conditions = tuple(c.group().strip() for c in _CONDITION.finditer(sentence.text))
    return Term(base.id, base.summary, base.citations, base.why,
                parties=tuple(parties), conditions=conditions)


def _narrators(article: Article, table: ActorTable) -> dict[int, str]:
    """Who speaks in each paragraph of a transcript: the person a paragraph's label names
    ("SECRETARY CHRISTOPHER: Ladies and gentlemen, …"), or whose title in the transcript's
    heading the label gives ("SECRETARY-GENERAL:" under "Remarks by Secretary-General X"),
    until another label ("QUESTION:") gives the floor to someone else. A text with no labels
    under such a heading ("Briefing to the Security Council by …, Ilse Brandtner") is all
    in that person's voice."""
    speakers: dict[int, str] = {}
    current: str | None = None
    titled = [a for a in table.actors if a.why.rule == "actor.remarks-by"]
    labelled = any(_LABEL.match(p.text) for p in article.paragraphs)
    if len(titled) == 1 and not labelled:
        return {p.number: titled[0].id for p in article.paragraphs}  # one voice throughout
    voice = _heading_voice(article.title, table) if not titled and not labelled else None
    if voice is not None:
        return {p.number: voice for p in article.paragraphs}
    for paragraph in article.paragraphs:
        label = _LABEL.match(paragraph.text)
        if label is not None:
            people = [m.key for m in table.in_span(paragraph.number, 0, label.end())
                      if table.by_key(m.key).kind == "person"]
            role = label.group().rstrip(":").strip().casefold()
            people += [a.id for a in titled if f" {role} " in f" {a.why.cue.casefold()} "]
            current = people[0] if people else None
        if current is not None:
            speakers[paragraph.number] = current
    return speakers


def _heading_voice(title: str, table: ActorTable) -> str | None:
    """The state or body a heading gives the voice of the whole text to: the state of an
    office ("Address to the Nation by the President of the Republic of Niger"), else the
    body that issues it ("Statement by the Ministry of Foreign Affairs … on …")."""
    office = _OFFICE_HOLDER.search(title)
    if office is not None:
        state = next((a.id for a in table.actors if a.kind == "state" and any(
            re.search(rf"\b{re.escape(n)}$", office["state"]) for n in (a.name, *a.aliases))),
            None)
        if state is not None:
            return state
    issuing = _ISSUED_BY.match(title)
    if issuing is None:
        return None
    return next((a.id for a in table.actors if a.kind in _PARTY_KINDS and any(
        f" {n} " in f" {issuing['who']} " for n in (a.name, *a.aliases))), None)


def _issuers(article: Article, table: ActorTable) -> str:
    """Who "we" are in a statement issued jointly: the states and bodies its opening
    "We, the Ministers of Foreign Affairs of Kenya, Jamaica and Canada …, met" names."""
    for paragraph in article.paragraphs[:2]:
        found = _WE_THE.search(paragraph.text)
        if found is None:
            continue
        names: list[str] = []
        for mention in table.in_span(paragraph.number, found.start(), found.end()):
            actor = table.by_key(mention.key)
            if actor.kind in _PARTY_KINDS and actor.name not in names:
                names.append(actor.name)
        if names:
            return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return ""


def _first_plural(paragraph: Paragraph, subject: list[Token]) -> bool:
    return [paragraph.text[t[0]:t[1]] for t in subject] in (["We"], ["we"])


def _affiliation(table: ActorTable, paragraph: Paragraph, subject: list[Token]) -> str | None:
    """The state or body an unnamed official speaks for: "a Turkish official" holds
    Turkey's position, "a senior African Union official" the African Union's."""
    for mention in table.in_span(paragraph.number, subject[0][0], subject[-1][1]):
        if table.by_key(mention.key).kind in _PARTY_KINDS:
            return mention.key
    return None


def _party_of_source(table: ActorTable, paragraph: Paragraph, subject: list[Token],
                     source: str) -> str:
    """Whose stance an unnamed source named by ``subject`` holds: the party named in the
    words ("an official of the Turkish foreign ministry"), else the one its description
    names (``_voice``), else the source itself."""
    return _affiliation(table, paragraph, subject) or _voice(table, source)


def sentence_names(table: ActorTable, sentence: Sentence) -> Names:
    """The actors named in a sentence (not by an adjective), by offset in its text and
    kind: what the weighted words read as names. A name inside a longer one ("Israel" in
    "Israel’s Ministry of Defence") gives way to it."""
    named = [m for m in table.in_span(sentence.paragraph, sentence.start, sentence.end)
             if not m.adjective]
    kept: list[tuple[int, int, str]] = []
    for m in sorted(named, key=lambda m: (m.start, -m.end)):  # the longest first at a start
        if not kept or m.start - sentence.start >= kept[-1][1]:
            kept.append((m.start - sentence.start, m.end - sentence.start,
                         table.by_key(m.key).kind))
    return tuple(kept)


def _inside_name(words: list[str], n: int, size: int) -> bool:
    """Whether ``size`` words from the ``n``-th are part of a longer capitalised name ("South
    American", "State Department")."""
    after = words[n + size][:1] if n + size < len(words) else ""
    return bool(n and words[n - 1][:1].isupper()) or (size < 3 and after.isupper())


def _voice(table: ActorTable, speaker: str) -> str:
    """Whom a speaker speaks for: the party an unnamed source is described by ("a Turkish
    official" speaks for Turkey, "a senior Sierra Leonean official" for Sierra Leone, "a
    member of Vanuatu’s delegation" for Vanuatu, "a senior EU official" for the EU), else
    the speaker. A demonym inside a longer name says nothing ("a South American diplomat"),
    nor does where the source is ("a Western diplomat in Nouakchott")."""
    actor = table.by_key(speaker)
    if actor.kind != "source":
        return speaker
    parties = {name: a.id for a in table.actors if a.kind in _HOLDER_KINDS - {"person"}
               for name in (a.name, *a.aliases)}
    described = _WHERE.split(actor.name, maxsplit=1)[0]  # not "a diplomat in Tashkent"
    words = [POSSESSIVE.sub("", word) for word in described.split()]
    for size in (3, 2, 1):
        for n in range(len(words) - size + 1):
            if _inside_name(words, n, size):
                continue
            run = " ".join(words[n:n + size])
            state = state_of(run)
            key = (table.key_for(state.name) if state else None) or parties.get(run)
            if key is not None:
                return key
    return speaker


def private_people(article: Article, table: ActorTable) -> frozenset[str]:
    """People the article describes by a private role ("X, a vendor in Dajabón", "trader
    Y"): quoted for colour, not as parties to the deal."""
    roles = lexicon().private_roles
    found = set()
    texts = {p.number: p.text for p in article.paragraphs}
    for mention in table.mentions:
        if table.by_key(mention.key).kind != "person" or mention.paragraph not in texts:
            continue
        text = texts[mention.paragraph]
        after = _PRIVATE_AFTER.match(text, mention.end)
        before = text[max(0, mention.start - 24):mention.start].split()
        described = after and (after["verb"] or after["role"])
        if described in roles or (before and before[-1].strip(",") in roles):
            found.add(mention.key)
    return frozenset(found)


def _quoted_words(table: ActorTable, paragraph: Paragraph, sentence: Sentence,
                  quoted: list[tuple[Citation, str]], private: frozenset[str] = frozenset()
                  ) -> Position | None:
    """A named actor's own quoted words state its position even when no stance verb frames
    them ("This accord closes the last chapter of a war," he said); not those of a person
    quoted for colour (``private``: "“I sold my goats,” said X, a vendor")."""
    for citation, speaker in quoted:
        start, end = max(citation.start, sentence.start), min(citation.end, sentence.end)
        words = paragraph.text[start:end].split()
        holder = _voice(table, speaker) if speaker else ""
        if not words or not holder or table.by_key(holder).kind == "source" \
                or holder in private:
            continue
        cue = " ".join(words[:_CUE_WORDS])
        return Position(f"position-{sentence.ref}", sentence.text,
                        (sentence_citation(paragraph, sentence),),
                        Why("position.quoted-words", cue, sentence.ref),
                        actor=table.name_of(holder), stance="states")
    return None


def _position(resolver: SubjectResolver, paragraph: Paragraph, sentence: Sentence,
              rule: CueRule, match: re.Match[str], quoted: list[tuple[Citation, str]]
              ) -> Position | None:
    """The position a cue marks, with its holder; ``quoted`` are the paragraph's direct
    quotes and their speakers."""
    start = sentence.start + match.start()
    if rule.narrated:
        narrator = resolver.narrators.get(paragraph.number)
        if narrator is None and not resolver.issuers:
            return None
        base = _finding("position", paragraph, sentence, rule, match)
        return Position(base.id, base.summary, base.citations, base.why, stance="states",
                        actor=resolver.table.name_of(narrator) if narrator else resolver.issuers)
    if rule.quoted:
        speaker = next((who for c, who in quoted if c.start <= start < c.end), "")
        if not speaker:
            return None
        base = _finding("position", paragraph, sentence, rule, match)
        return Position(base.id, base.summary, base.citations, base.why,
                        actor=resolver.table.name_of(_voice(resolver.table, speaker)),
                        stance="states")
    if frame := next((name for name in _FRAMES if match.groupdict().get(name)), None):
        key = _framed(resolver, paragraph, sentence.start + match.start(frame),
                      sentence.start + match.end(frame))
        if key is None:
            return None
        base = _finding("position", paragraph, sentence, rule, match)
        return Position(base.id, base.summary, base.citations, base.why, stance="states",
                        actor=resolver.table.name_of(key))
    before = tokens_between(paragraph, sentence.start, start)
    agent = _BY_AGENT.search(paragraph.text, sentence.start + match.end(), sentence.end) \
        if before and before[-1][2].lower() in _PASSIVE else None
    if agent is not None and before[-1][2].lower() == "long" \
            and agent.start() != sentence.start + match.end() + 1:
        agent = None  # "long desired by Russia", but not "has long opposed …, hardened by"
    if agent is not None:
        subject = tokens_between(paragraph, agent.start(1), agent.end(1))
    elif before and before[-1][2].lower() in _PASSIVE - {"long"}:
        return None  # "was accepted" with no one named as accepting it
    else:  # "Egypt has long opposed"
        subject = resolver.clause_subject(paragraph, before)
        if [t[2].lower() for t in subject] in (["and"], ["but"]):  # "It requested …, and
            subject = resolver.opening_subject(paragraph, sentence)  # urged …": "It"
    issued = bool(resolver.issuers) and _first_plural(paragraph, subject)
    key = resolver.noun_phrase(paragraph, subject) if subject and not issued else None
    if key is not None and resolver.table.by_key(key).kind == "source":
        key = _party_of_source(resolver.table, paragraph, subject, key)
    joint = _JOINT.fullmatch(paragraph.text[subject[0][0]:subject[-1][1]]) if subject else None
    group = _they(resolver, paragraph.number, key) \
        if [t[2].lower() for t in subject] == ["they"] else None  # "They further agreed",
    # "Returns, they stressed, must be voluntary"
    if key is None and joint is None and not issued and group is None:
        return None
    base = _finding("position", paragraph, sentence, rule, match)
    named = _group(joint, resolver.table, paragraph.number, subject[0][0]) if joint else None
    if named is not None:
        resolver.group = (paragraph.number, named)
    holder = group or (resolver.table.name_of(key) if key is not None
                       else named or resolver.issuers)
    return Position(base.id, base.summary, base.citations, base.why,
                    actor=holder, stance=_STANCES.get(rule.name, "states"))


def _framed(resolver: SubjectResolver, paragraph: Paragraph, start: int, end: int) -> str | None:
    """The holder a frame names between ``start`` and ``end``: "For La Paz, …", "in the
    view of Bolivian officials", "In the Argentine reading"; an unnamed source speaks for
    the party it is described by."""
    table = resolver.table
    named = [m for m in table.in_span(paragraph.number, start, end)
             if table.by_key(m.key).kind in _HOLDER_KINDS]
    if named:
        return named[0].key
    tokens = tokens_between(paragraph, start, end)
    key = resolver.noun_phrase(paragraph, tokens) if tokens else None
    table = resolver.table  # with the unnamed source the phrase may have added
    if key is not None and table.by_key(key).kind == "source":
        return _party_of_source(table, paragraph, tokens, key)
    return key if key is not None and table.by_key(key).kind in _HOLDER_KINDS else None


@cache
def _attribution() -> re.Pattern[str]:
    """Reported words set off by their attribution: "If the talks fail, he said, the envoy
    should act" or "… killed two people, Lebanon’s health ministry said"."""
    verbs = "|".join(sorted(lexicon().speech_verbs))
    return re.compile(rf", (?P<who>[^,;:“”\"]{{1,60}}?) (?:{verbs})(?: reporters)?(?=[,.;])")


def _said_by(resolver: SubjectResolver, paragraph: Paragraph, sentence: Sentence) -> str | None:
    """The actor whose words a sentence reports by an attribution inside it, if it can be
    named (an unnamed source speaks for the state or body it is described by)."""
    found = _attribution().search(sentence.text)
    if found is None:
        return None
    start = sentence.start + found.start("who")
    tokens = tokens_between(paragraph, start, start + len(found["who"]))
    key = resolver.noun_phrase(paragraph, tokens) if tokens else None
    if key is not None and resolver.table.by_key(key).kind == "source":
        key = _affiliation(resolver.table, paragraph, tokens)
    return key


def _described_state(table: ActorTable, paragraph: Paragraph, sentence: Sentence) -> str | None:
    """The state whose people a sentence opens with: "Venezuelan negotiators regard …", "A
    Saudi official, who …, said", "Her Croatian counterpart put …"; not private people
    ("Haitian traders")."""
    lex = lexicon()
    roles = lex.role_nouns - lex.private_roles | _COUNTERPARTS
    for mention in table.in_span(paragraph.number, sentence.start,
                                 sentence.start + _OPENING_CHARS):
        if not mention.adjective or table.by_key(mention.key).kind != "state":
            continue
        after = _WORDS_AFTER.match(paragraph.text, mention.end)
        if after and any(word in roles for word in after.group().split()):
            return mention.key
    return None


def _they(resolver: SubjectResolver, paragraph: int, key: str | None) -> str | None:
    """The group "They" goes on with: the last group that held a stance in the paragraph,
    or in an earlier one when ``key`` (whom the pronoun would otherwise point to) is None."""
    if resolver.group and (resolver.group[0] == paragraph or key is None):
        return resolver.group[1]
    return None


def _joint_opening(text: str) -> re.Match[str] | None:
    """A joint holder a sentence opens with, perhaps after a phrase set off by a comma:
    "Pending the conclusion of the Arrangement, the two sides agreed …"."""
    lead = _LEAD.match(text)
    return _JOINT.match(text) or (_JOINT.match(text, lead.end()) if lead else None)


def _group(joint: re.Match[str], table: ActorTable, paragraph: int, offset: int) -> str:
    """The holder a joint subject names ("two sides", "each government"; the body whose
    members it names, as the article names it); ``offset`` is where the text ``joint``
    matched starts in its paragraph."""
    if joint.group(4):
        named = [m for m in table.in_span(paragraph, offset + joint.start(4),
                                          offset + joint.end(4)) if not m.adjective]
        return table.name_of(named[0].key) if named else joint.group(4)
    return joint.group(1) or joint.group(3) or "both sides"


def _learned_holder(resolver: SubjectResolver, paragraph: Paragraph, sentence: Sentence,
                    quoted: list[tuple[Citation, str]], private: frozenset[str] = frozenset()
                    ) -> str | None:
    """Who holds a stance that only the weighed words found: the speaker of a quote in the
    sentence, the speaker of a transcript or the issuers of a statement for its first
    person, a group it opens with ("The two Ministers noted"), else the actor it opens with
    (a name among its first words), the one its attribution names ("…, he said, …") or the
    one a pronoun opening it points to; None when no one can be named, or when it is a
    person quoted for colour (``private``)."""
    table = resolver.table
    for citation, speaker in quoted:
        if speaker and citation.start < sentence.end and sentence.start < citation.end:
            holder = _voice(table, speaker)
            return None if holder in private else table.name_of(holder)
    tokens = tokens_between(paragraph, sentence.start, sentence.end)
    narrator = resolver.narrators.get(paragraph.number)
    first_person = any(t[2] in FIRST_PERSON and (
        t[2] != "I" or n == 0 or not tokens[n - 1][2][:1].isupper())  # not "Phase I"
        for n, t in enumerate(tokens))
    if first_person and (narrator or resolver.issuers):
        return table.name_of(narrator) if narrator else resolver.issuers
    if joint := _joint_opening(sentence.text):  # "The two Ministers noted …", "Neither
        return _group(joint, table, paragraph.number, sentence.start)  # government called it"
    opening = [m for m in table.in_span(paragraph.number, sentence.start,
                                        sentence.start + _OPENING_CHARS)
               if not m.adjective and table.by_key(m.key).kind in _HOLDER_KINDS]
    if opening:
        return None if opening[0].key in private else table.name_of(opening[0].key)
    if state := _described_state(table, paragraph, sentence):
        return table.name_of(state)
    subject = resolver.opening_subject(paragraph, sentence)
    if subject and subject[0][2] not in {"He", "She", "They", "We"}:
        key = resolver.noun_phrase(paragraph, subject)
        if key is not None and key not in private:
            return table.name_of(_voice(table, key))
    if said := _said_by(resolver, paragraph, sentence):
        return None if said in private else table.name_of(said)
    if tokens and tokens[0][2] in {"He", "She", "They"}:  # not "It is unclear …"
        key = resolver.noun_phrase(paragraph, tokens[:1])
        if tokens[0][2] == "They" and (group := _they(resolver, paragraph.number, key)):
            return group  # "The three Governments agreed …. They further agreed"
        return table.name_of(key) if key and key not in private else None
    if narrator or resolver.issuers:  # a judgement in the voice of the whole text
        return table.name_of(narrator) if narrator else resolver.issuers
    return None


def classify(article: Article, table: ActorTable, quotes: tuple[Quote, ...] = (),
             weights: Weights | None = None, record: dict[str, list[str]] | None = None
             ) -> tuple[
        tuple[Term, ...], tuple[Position, ...], dict[str, tuple[Finding, ...]], ActorTable]:
    """Terms, positions, and the plain findings (risk, background, watch) of an article;
    ``quotes`` are its direct quotes (speakers as actor keys); ``weights`` replace the
    learned weights file; ``record``, when given, receives each sentence's weighed
    features by its reference (what ``briefbook learn`` learns from)."""
    quoted: dict[int, list[tuple[Citation, str]]] = {}
    for quote in quotes:
        for citation in quote.citations:
            quoted.setdefault(citation.paragraph, []).append((citation, quote.speaker))
    lex = lexicon()
    resolver = SubjectResolver(table, lex, {p.number: p for p in article.paragraphs})
    resolver.narrators = _narrators(article, table)
    resolver.issuers = "" if resolver.narrators else _issuers(article, table)
    private = private_people(article, table)
    terms: list[Term] = []
    positions: list[Position] = []
    plain: dict[str, list[Finding]] = {"risk": [], "background": [], "watch": []}

    def keep(label: str, paragraph: Paragraph, sentence: Sentence, item: Finding) -> None:
        if label == "term":
            terms.append(_term(resolver.table, paragraph, sentence, item))
        else:
            plain[label].append(item)

    for paragraph in article.paragraphs:
        before: frozenset[str] = frozenset()
        here = quoted.get(paragraph.number, [])
        spans = [c for c, _ in here]
        for sentence in paragraph.sentences:
            reported = without_quotes(sentence, spans)
            if opens := _joint_opening(sentence.text):  # "The three Governments noted …"
                resolver.group = (paragraph.number, _group(opens, resolver.table,
                                                           paragraph.number, sentence.start))
            labels: set[str] = set()
            fired: list[str] = []
            by_rule: dict[str, Finding] = {}
            held: Position | None = None
            for label, rules in lex.classes.items():
                matched = list(cues(rules, sentence.text, reported,
                                    before if label != "position" else frozenset()))
                fired += [rule.name for rule, _ in matched]
                if label == "position":  # the first cue whose holder can be named
                    position = next((found for rule, match in matched
                                     if (found := _position(resolver, paragraph, sentence, rule,
                                                            match, here))), None) \
                        or _quoted_words(resolver.table, paragraph, sentence, here, private)
                    if position is not None:
                        if position.why.rule == "position.quoted-words":
                            fired.append(position.why.rule)
                        held = position
                        labels.add(label)
                    continue
                if matched:
                    labels.add(label)
                    by_rule[label] = _finding(label, paragraph, sentence, *matched[0])
            before = frozenset(labels)
            weighed = features(sentence.text, sentence_names(resolver.table, sentence), (
                *where_words(paragraph.number, sentence.index, len(article.paragraphs)),
                *(f"zzrule:{name}" for name in fired)))
            if record is not None:
                record[sentence.ref] = weighed
            # The weights may overrule a written cue, and add what no written cue caught. (A
            # written rule stopped by its `unless` does not stop them: annotators mark some
            # such sentences anyway.)
            ruled = {label for label in LEARNED_LABELS if label in labels}
            judged = judge(weighed, ruled, set(LEARNED_LABELS) - ruled, weights)
            if held is not None and "position" not in judged.overruled:
                positions.append(held)
            for label, item in by_rule.items():
                if label not in judged.overruled:
                    keep(label, paragraph, sentence, item)
            for label, cue in judged.added.items():
                item = _labelled(label, paragraph, sentence,
                                 Why(f"{label}.learned", cue, sentence.ref))
                if label != "position":
                    keep(label, paragraph, sentence, item)
                elif holder := _learned_holder(resolver, paragraph, sentence, here, private):
                    positions.append(Position(item.id, item.summary, item.citations, item.why,
                                              actor=holder, stance="states"))
    return (tuple(terms), tuple(positions), {k: tuple(v) for k, v in plain.items()},
            resolver.table)
