"""Who a clause is about: the subject of a speech or stance verb, pronouns resolved.

Shared by the quote and position rules so both name actors the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from briefbook.extract.actor_table import ActorTable, Mention, add_speaker
from briefbook.extract.descriptions import DESCRIPTION_AFTER
from briefbook.extract.lexicon import Lexicon, lexicon
from briefbook.ingest.article import Paragraph, Sentence

TOKEN = re.compile(r"[\w.’'-]+")
Token = tuple[int, int, str]
_DETERMINERS = frozenset({"a", "an", "the", "but", "and", "so", "then", "what", "as", "one"})
_ADVERBS = frozenset({"first", "then", "also", "later", "again", "has", "had", "have", "would",
                      "further", "once", "earlier", "previously", "repeatedly", "regularly",
                      "long", "not", "particularly", "strongly", "firmly", "fully", "warmly",
                      "deeply", "still", "now", "therefore", "publicly", "formally",
                      "officially", "categorically", "immediately", "already", "never", "always",
                      "consistently", "openly", "privately", "explicitly", "recently"})


@cache
def _described() -> re.Pattern[str]:
    """"the Ukrainian president thanked", "a separatist commander in Bui division
    announced", "Singapore's foreign minister chose": an unnamed person opening a sentence,
    or a clause after an opening phrase."""
    verbs = "|".join(map(re.escape, lexicon().description_verbs))
    return re.compile(r"(?:^|[.!?]\s+|,\s+)(?P<article>[Tt]he|[Aa]n?|"
                      r"[A-Z][\w-]*(?: [A-Z][\w-]*)?(?:’s|'s)) "
                      r"(?P<who>(?:[\w’'-]+ ){0,3}?(?P<role>[a-z]+)"
                      r"(?: (?:in|from|at|of|for) (?:the )?[A-Za-z][\w.’'-]*(?: [a-z]+){0,2})?)"
                      r"(?: who [a-z][^,.]{0,80}?)?"
                      r"(?:, [a-z][^,.]{0,100},)?"
                      rf" (?=[a-z]+ed\b|(?:{verbs})\b)")


POSSESSIVE = re.compile(r"(?:’s|'s)$")  # an owner's "’s" at the end of a word
# "according to one agent in Dubai": an unnamed person a later "he" may be.
_ACCORDING_TO = re.compile(r"\baccording to (?P<article>an?|one) (?P<who>(?:[\w’'-]+ ){0,3}?"
                          r"(?P<role>[a-z]+)(?: (?:in|from|at) [A-Z][\w’'-]*)?)(?=[,.;])")
# "the Eritrean government issued a statement", "X said in a joint statement", "MINUSCA
# welcomed the talks in a statement".
_ISSUED = re.compile(r"\b(?:said|says|announced|added|issued|released|published|put out|"
                     r"welcomed|condemned|urged|called|warned|rejected|denied|accused)\b"
                     r"(?=[^.]{0,200}?\bstatement\b)")
# A heading phrase a sentence may open with ("On security, the Authority decided …").
_HEADING = r"(?:(?:On|In|At|For|Finally|Further) [^,.;“”]{0,60}, )?"
# A sentence opening with a body's capitalised short form ("The Authority", "The Commission").
_SHORT_FORM = re.compile(_HEADING + r"(?P<short>[Tt]he [A-Z][\w-]+\b)(?![ -][A-Z])")
# The subject a sentence opens with, after any heading phrase.
_OPENING = re.compile(_HEADING + r"(?P<subject>(?:It|He|She|They|We)\b|(?:[Tt]he )?[A-Z][\w-]+)")
_PARAGRAPHS_BACK = 4  # how far back "the negotiator" or "the ministry" look for an antecedent
_BODY_KINDS = frozenset({"state", "organisation", "armed group"})
_PEOPLE_KINDS = frozenset({"person", "source"})  # whom "he" and "she" may be
_SUBJECT_PRONOUNS = frozenset({"he", "she"})  # "X said she would": X's gender
# Words that open an insert between a subject and its verb ("The SNSD, in a statement, said").
_INSERTS = frozenset({"in", "on", "at", "through", "via", "for", "meanwhile", "however", "led",
                      "headed", "chaired", "accompanied", "backed"})
_LOOKBACK = 1500  # characters searched back for an antecedent, so long paragraphs stay linear
# Words that make a sentence first person.
FIRST_PERSON = frozenset({"I", "I'm", "I’m", "We", "we", "Our", "our", "My", "my"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "”", '"', "»", "(", ")"})
# "The government" (side, delegation) as a subject, and a government named after a state's
# mention: "Burkina Faso's military| government".
_GOVERNMENT = (["government"], ["government", "side"], ["government", "delegation"])
_GOVERNMENT_NAMED = re.compile(r" [Gg]overnment\b")
# Words that open a clause a subject does not run back across (with the lexicon's
# subordinators: "while", "because" …).
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "where", "whether", "if", "what"})


def tokens_between(paragraph: Paragraph, start: int, end: int) -> list[Token]:
    """Word tokens of ``paragraph.text[start:end]`` with paragraph offsets."""
    return [(m.start() + start, m.end() + start, m.group())
            for m in TOKEN.finditer(paragraph.text[start:end])]


@cache
def _introduction(role: str) -> re.Pattern[str]:
    """"a senior government negotiator", "a diplomat in Abuja", "a person familiar with
    the talks": how an unnamed speaker with this role is introduced."""
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w’'-]+(?:\.\w+)*\.?\s+){{0,4}}?"
                      rf"{re.escape(role)}(?:\s+(?:in|at|from)\s+[A-Z][\w.’'-]*"
                      rf"(?:\s+[A-Z][\w.’'-]*)*|\s+(?:familiar with|briefed on|involved in|"
                      rf"close to)\s+(?:the\s+)?[\w’'-]+)?)\b")




@cache
def _role_then_name(role: str) -> re.Pattern[str]:
    """A role set off before a name by a comma: "The Secretary General of the OAS, ",
    "defence minister, "."""
    return re.compile(rf"(?i:\b{re.escape(role)})\b"
                      rf"(?: (?:of|for|at|in|to|on|with) [^,.;“”\"]{{0,50}}?)?, ")


@cache
def _described_group(plural: str) -> re.Pattern[str]:
    """Words describing a group between a preposition and its plural noun ("a briefing by
    senior administration officials", "talks with U.S. officials"), not articles or
    numbers: "met with senior officials" gives "senior", never "met with"."""
    return re.compile(rf"\b(?:by|from|with|among|to|for|of) (?:the )?"
                      rf"(?P<words>(?:(?!(?:the|a|an|of|by|and|two|three|both|"
                      rf"several|some|many|other|these|those|its|their)\b)"
                      rf"[\w.’'-]+ ){{1,3}}){re.escape(plural)}\b")


# Words between two names where the first is the head ("embassy in Bangui").
_HEAD_BREAK = re.compile(r" (?:in|at|based in) (?:the )?")
# A group counted by number ("two diplomats briefed on the talks", "three Lebanese
# officials"): "one of them" may speak for it.
_COUNTED = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal) "
                      r"(?P<before>(?:[A-Za-z.’'-]+ ){0,3}?)(?P<role>[a-z]+s|people)\b"
                      r"(?P<rest>(?: (?:briefed|familiar|involved|close|who|in|from|at|with)"
                      r"\b(?:(?! (?:said|told|say|says)\b)[^,.;“\"]){0,40})?)")
# Descriptions set off by commas after a name: ", a member of the Authority, the region's
# interim parliament, ".
_APPOSITIONS = re.compile(r"(?:, (?:a|an|the|one)\b[^,]{1,80})*, ")
# "The diplomat, Ambassador …": a role, then the person it names.
_NAMED_ROLE = re.compile(r"[Tt]he (?:[\w’'-]+ ){0,2}?(?P<role>[a-z][\w-]*), ")


class SubjectResolver:
    """Resolves noun phrases to actor keys; remembers speakers for later pronouns."""

    def __init__(self, table: ActorTable, lex: Lexicon,
                 paragraphs: dict[int, Paragraph] | None = None) -> None:
        self.table = table
        self.lex = lex
        self.paragraphs = paragraphs or {}
        self.speakers: list[tuple[int, int, str]] = []
        self.narrators: dict[int, str] = {}  # who "I" and "we" are, by paragraph of a transcript
        self.issuers = ""  # who "we" are in a statement issued jointly
        self.group: tuple[int, str] | None = None  # the last group that held a stance
        # ("the three Governments agreed"), by paragraph: whom "They" goes on with
        self.quoted: dict[int, list[tuple[int, int]]] = {}  # quotation-mark spans by paragraph
        self._genders: dict[str, str] = {}  # from the text: "" both or none known, "?" none
        self._pronoun_genders: dict[str, set[str]] = {}

    def clause_subject(self, paragraph: Paragraph, tokens: list[Token]) -> list[Token]:
        """The words before a verb, back to the start of its clause."""
        subject: list[Token] = []
        for token in reversed(tokens):
            word = token[2]
            follows = paragraph.text[token[1]:token[1] + 1]
            if subject and follows in _CLAUSE_ENDS:
                if follows == "," and (subject[0][2].endswith("ing")
                                       or subject[0][2].lower() in _INSERTS):
                    subject = []  # "A senior official, speaking on condition …, said";
                else:  # "The SNSD, in a statement, said"
                    break
            restrictive = word.lower() == "who" and bool(subject) and subject[0][2].islower()
            if word.lower() == "whose" or (word.lower() in {"which", "who"} and (
                    paragraph.text[:token[0]].endswith(", ") or restrictive)):
                subject = []  # "X, who leads the delegation, said", "a diplomat who asked …"
                continue
            if word.lower() in {"that", "which"} and self._relative_before(
                    paragraph, tokens, [token]):
                subject = []  # "X, who leads the alliance that includes M23, said"
                continue
            determiner = word.lower() == "that" and len(subject) == 1 \
                and subject[0][2].islower() \
                and (paragraph.text[subject[0][1]:subject[0][1] + 1] == ","  # "that name, said"
                     or subject[0][2] in self.lex.role_nouns)  # "that person said"
            if (word.lower() in _CLAUSE_OPENERS | self.lex.subordinators and not determiner) \
                    or set(word) <= {"-", "—"}:
                break
            if word.lower() in _ADVERBS and not subject:
                continue
            subject.insert(0, token)
            if len(subject) >= 12 and not self._relative_before(paragraph, tokens, subject):
                break
        return subject

    def opening_subject(self, paragraph: Paragraph, sentence: Sentence) -> list[Token]:
        """The subject a sentence opens with, for a verb coordinated with its first one
        ("It requested …, and urged …"): a pronoun, a body's capitalised short form ("The
        Authority"), or an actor named at the start, perhaps after a heading phrase ("On
        security, the Authority …")."""
        opening = _OPENING.match(paragraph.text, sentence.start)
        if opening is None:
            return []
        start = opening.start("subject")
        named = [m for m in self.table.in_span(paragraph.number, start, start + 120)
                 if self.table.by_key(m.key).kind != "place"]
        if not named or named[0].start - start > 4:
            return tokens_between(paragraph, start, opening.end()) \
                if opening["subject"] not in {"They", "We"} else []
        if paragraph.text.startswith(("’s ", "'s "), named[0].end):  # "RENAMO's secretary-
            people = [m for m in named  # general, Clementina Tivane, said": Tivane
                      if self.table.by_key(m.key).kind == "person"]
            return tokens_between(paragraph, start, people[0].end) if people else []
        return tokens_between(paragraph, start, named[0].end)

    @staticmethod
    def _relative_before(paragraph: Paragraph, tokens: list[Token], subject: list[Token]) -> bool:
        """Whether a ", who"/", which" clause opens shortly before ``subject``: the
        subject proper is then in front of it."""
        earlier = [t for t in tokens if t[1] <= subject[0][0]][-20:]
        return any((t[2].lower() in {"who", "which"} and paragraph.text[:t[0]].endswith(", "))
                   or t[2].lower() == "whose"
                   or (t[2].endswith("ing") and t[2].islower()
                       and paragraph.text[:t[0]].endswith(", "))  # ", speaking to …,"
                   for t in earlier)

    def descriptor(self, paragraph: Paragraph, offset: int, role: str,
                   qualifiers: set[str] | None = None) -> str | None:
        """The speaker "the negotiator" refers to: the last "a senior government
        negotiator" introduced before ``offset`` (this paragraph or the few before; with
        ``qualifiers``, one whose description has those words too: "the senior official"
        is "a senior administration official"), or the person such a description is set
        off after ("X, a spokesman for …", however far back), else the last person named
        with that title ("Chief Negotiator X")."""
        pattern = _introduction(role)
        first = qualifiers is not None and "first" in qualifiers
        if first:  # "the first official": the one before "a second official"
            qualifiers = (qualifiers or set()) - {"first"}
        for number in range(paragraph.number, 0, -1):
            current = self.paragraphs[number]
            found = [m for m in pattern.finditer(current.text)
                     if (number < paragraph.number or m.end() <= offset)
                     and current.sentence_at(m.start()) is current.sentence_at(m.end() - 1)
                     and (qualifiers is None or qualifiers <= set(m.group(1).lower().split()))
                     and not (first and self.lex.later_ordinals & set(m.group(0).lower().split()))]
            if found:
                person = self._described_person(current, found[-1].start(), found[-1].end(),
                                                role)
                if person is not None:  # "X, a spokesman for …, said …; the spokesman said"
                    return person
                if number <= paragraph.number - _PARAGRAPHS_BACK and qualifiers is None:
                    continue  # a bare "the official" does not reach so far back
                name = found[-1].group(1)
                ref = current.sentence_at(found[-1].start()).ref
                self.table, key = add_speaker(self.table, name, number, found[-1].group(0), ref)
                return key
        return self._titled(paragraph.number, offset, role) \
            or self._role_named(paragraph.number, offset, role) \
            or self._unnamed_speaker(paragraph.number, offset, role, qualifiers) \
            or self._named_next(paragraph, offset, role)

    def _role_named(self, number: int, offset: int, role: str) -> str | None:
        """The person named in apposition to the role in the paragraphs before ("The
        Secretary General of the OAS, Tomás Elizondo Vega, welcomed …"; "Colombia's
        defence minister, Mariana Quintero, said")."""
        pattern = _role_then_name(role)
        for back in range(number, max(0, number - _PARAGRAPHS_BACK), -1):
            text = self.paragraphs[back].text
            for found in reversed(list(pattern.finditer(text, 0, offset if back == number
                                                        else len(text)))):
                after = self.table.in_span(back, found.end(), found.end() + 80)
                if after and after[0].start == found.end() \
                        and self.table.by_key(after[0].key).kind == "person":
                    return after[0].key
        return None

    def _unnamed_speaker(self, number: int, offset: int, role: str,
                         qualifiers: set[str] | None) -> str | None:
        """An unnamed speaker of that role (and of the qualifiers' words) who spoke before
        ("one of the officials said … the official said")."""
        index = bisect_left(self.speakers, (number, offset, ""))
        for _, _, key in reversed(self.speakers[:index]):
            actor = self.table.by_key(key)
            words = set(actor.name.lower().split())
            if actor.kind == "source" and any(self._same_role(word, role.lower())
                                              for word in words) \
                    and (qualifiers or set()) <= words:
                return key
        return None

    def _described_person(self, paragraph: Paragraph, start: int, end: int = 0,
                          role: str = "") -> str | None:
        """The person a description from ``start`` to ``end`` is set off after ("Ahmed
        Shawky, a spokesman for Egypt's foreign ministry") or before ("A spokeswoman for
        the delegation in Melilla, Carmen Aguado, said")."""
        before = self.table.in_span(paragraph.number, max(0, start - 80), start)
        if before and paragraph.text[before[-1].end:start] == ", " \
                and self.table.by_key(before[-1].key).kind == "person":
            return before[-1].key
        at = paragraph.text.lower().find(role.lower(), start, end) if role else -1
        after = _role_then_name(role).match(paragraph.text, at) if at >= 0 else None
        if after is not None:
            named = self.table.in_span(paragraph.number, after.end(), after.end() + 80)
            if named and named[0].start == after.end() \
                    and self.table.by_key(named[0].key).kind == "person":
                return named[0].key
        return None

    def _named_next(self, paragraph: Paragraph, offset: int, role: str,
                    same_paragraph: bool = False) -> str | None:
        """The person one of the next sentences (or, unless ``same_paragraph``, the next
        paragraph's first) names in apposition to the same role, or one of its kind ("…
        the envoy told reporters. The diplomat, Ambassador Selim Arıkan, said …"; "The
        official, Colonel X," for any role)."""
        following = [(paragraph, s) for s in paragraph.sentences if s.start > offset][:3]
        after = None if same_paragraph else self.paragraphs.get(paragraph.number + 1)
        if after is not None and after.sentences:  # or as the next paragraph opens
            following.append((after, after.sentences[0]))
        for current, sentence in following:
            first = self._role_after_name(current, sentence, role)
            if first is not None:  # "… the envoy said. Henrik X, a Danish diplomat who …, said"
                return first
            found = _NAMED_ROLE.match(sentence.text)
            if found is None or not (self._same_role(found["role"].lower(), role.lower())
                                     or "official" in {found["role"].lower(), role.lower()}):
                continue  # "The official, Colonel X," may name anyone described before
            start = sentence.start + found.end()
            people = [m for m in self.table.in_span(current.number, start, start + 60)
                      if self.table.by_key(m.key).kind == "person"]
            if people and re.fullmatch(r"(?:[A-Z][\w.’'-]* )*",
                                       current.text[start:people[0].start]):
                return people[0].key
        return None

    def _role_after_name(self, paragraph: Paragraph, sentence: Sentence, role: str
                         ) -> str | None:
        """The person a sentence opens with when a description of the same role follows
        the name ("Henrik Dahlgaard, a Danish diplomat who took up the post …")."""
        opening = self.table.in_span(paragraph.number, sentence.start, sentence.start + 60)
        if not opening or opening[0].start != sentence.start \
                or self.table.by_key(opening[0].key).kind != "person":
            return None
        described = DESCRIPTION_AFTER.match(paragraph.text, opening[0].end)
        if described is None or not self._same_role(described["role"].lower(), role.lower()):
            return None
        return opening[0].key

    def _same_role(self, one: str, other: str) -> bool:
        """Whether two role nouns may name the same person: the same word, or words of one
        group ("envoy" and "diplomat")."""
        groups = self.lex.role_groups
        return one == other or (one in groups and groups.get(one) == groups.get(other))

    def _titled(self, number: int, offset: int, role: str) -> str | None:
        """The person "the minister" or "the envoy" refers to: the last one named with that
        title ("Foreign Minister Abebe Tadesse")."""
        for mention in self._mentions_back(number, offset):
            actor = self.table.by_key(mention.key)
            title = actor.why.cue[:len(actor.why.cue) - len(actor.name)].casefold().split()
            if actor.kind == "person" and actor.why.rule == "actor.titled-name" \
                    and role.casefold() in title:
                return mention.key
        return None

    def _statement_voice(self, paragraph: Paragraph, offset: int) -> str | None:
        """Who "it" is when a statement was quoted just before, in this paragraph or the one
        before ("In a statement read on state television, spokesman X said … The army, it
        said, would …"): the statement's speaker, person or body."""
        if "statement" not in paragraph.text[:offset]:
            return None
        return next(self._recent_speakers(paragraph.number, offset), None)

    def _recent_speakers(self, number: int, offset: int) -> Iterator[str]:
        """Who spoke before ``offset`` in paragraph ``number`` and the one before, the
        nearest first."""
        index = bisect_left(self.speakers, (number, offset, ""))
        for paragraph, _, key in reversed(self.speakers[:index]):
            if paragraph < number - 1:
                return
            yield key

    def _opening_body(self, number: int, offset: int) -> str | None:
        """The body this sentence opens with, before "it" ("Egypt's foreign ministry accused
        Ethiopia of … what it called"), else the one the sentence before opens with ("The
        U.S. Embassy wrote on X … "…," it wrote")."""
        here = self.paragraphs.get(number)
        current = here.sentence_at(offset) if here else None
        if here is None or current is None:
            return None
        own = [s for s in here.sentences if s.end <= current.start or s is current
               if s.text[:1] not in "\"“«„" and not self._in_quotes(number, s.start)]
        earlier = [s for s in own if s is not current]  # not a quote's own words
        inserted = here.text[:offset].endswith(", ")  # "Israel, it said, had …": not Israel
        for sentence in ((current,) if not inserted and current in own else ()) \
                + tuple(earlier[-1:]):
            opening = self.table.in_span(number, sentence.start, min(sentence.start + 60,
                                                                      offset))
            if opening and opening[0].start - sentence.start <= 4 \
                    and not opening[0].adjective \
                    and self.table.by_key(opening[0].key).kind in _BODY_KINDS:
                head = opening[0]
                for after in opening[1:]:  # "The U.N. Office for the Coordination of
                    if after.start != head.end + 1:  # Humanitarian Affairs": the Office
                        break
                    head = after
                return head.key if self.table.by_key(head.key).kind in _BODY_KINDS \
                    else opening[0].key
            short = _SHORT_FORM.match(here.text, sentence.start)  # "The Authority noted …"
            if short is not None and (not opening or opening[0].start >= short.end()):
                body = self._definite(here, tokens_between(here, short.start("short"),
                                                           short.end()))
                if body is not None and self.table.by_key(body).kind in _BODY_KINDS:
                    return body
        return None

    def _last_body(self, number: int, offset: int) -> str | None:
        """The body "it" refers to when the sentence before does not open with one: the
        last one quoted, in this paragraph or the one before, else the last state,
        organisation or armed group named."""
        quoted = next((key for key in self._recent_speakers(number, offset)
                       if self.table.by_key(key).kind in _BODY_KINDS), None)
        if quoted is not None:
            return quoted
        for mention in self._mentions_back(number, offset):
            if not mention.adjective and self.table.by_key(mention.key).kind in _BODY_KINDS:
                return mention.key
        return None

    def _mentions_back(self, number: int, offset: int) -> Iterator[Mention]:
        """Mentions before ``offset`` in paragraph ``number`` and the few paragraphs
        before it, the nearest first."""
        for back in range(number, max(0, number - _PARAGRAPHS_BACK), -1):
            end = offset if back == number else len(self.paragraphs[back].text)
            yield from reversed(self.table.in_span(back, 0, end))

    def noun_phrase(self, paragraph: Paragraph, tokens: list[Token],
                    sentence_tokens: list[Token] | None = None) -> str | None:
        """The actor a noun phrase names: a person, a pronoun's antecedent, an unnamed
        speaker ("a senior official"), else an organisation or state; with the words
        before the phrase in its sentence, an appositive person ("X, the chairman, said")."""
        found = self._appositive(paragraph, tokens) or self._noun_phrase(paragraph, tokens)
        if found is None and sentence_tokens and tokens[0][2].lower() not in self.lex.conjunctions:
            before = self.table.in_span(paragraph.number, sentence_tokens[0][0], tokens[-1][1])
            people = [m for m in before if self.table.by_key(m.key).kind == "person"]
            if people:
                return people[0].key
        return found

    def _appositive(self, paragraph: Paragraph, tokens: list[Token]) -> str | None:
        """The actor a description set off by commas follows: "Pavel Gromov, the head of
        the delegation, told reporters" is Gromov speaking, and "the Alliance of Sahel
        States, the confederation Niger formed …, said" the Alliance."""
        start = tokens[0][0]
        if not paragraph.text[:start].endswith(", ") \
                or tokens[0][2].lower() in self.lex.conjunctions:
            return None  # "…, and officials said" is a new clause, not a description
        if not re.match(r",| (?:who|whose|which|that)\b", paragraph.text[tokens[-1][1]:]):
            return None  # "Ms. X, the ministry said …": a name called out, not described
        if len(tokens) <= 3 and tokens[0][2].lower() == "the" \
                and tokens[-1][2].lower() in self.lex.role_nouns \
                and paragraph.text[tokens[-1][1]:tokens[-1][1] + 1] != ",":
            return None  # "Cairo will act, the spokesman said": an attribution, not a description
        if tokens[0][2].lower() not in {"a", "an"} and any(
                self.table.by_key(m.key).kind == "person"
                for m in self.table.in_span(paragraph.number, start, tokens[-1][1])):
            return None  # "…, Foreign Minister X said": X is the subject; but "X, a Florida
            # Republican, said" describes X
        before = self.table.in_span(paragraph.number, max(0, start - 160), start - 2)
        for mention in reversed(before):  # "X, a member of Y, the region's parliament, wrote"
            if self.table.by_key(mention.key).kind == "person" and _APPOSITIONS.fullmatch(
                    paragraph.text[mention.end:start]):
                return mention.key
        if not before or before[-1].end != start - 2:
            return None
        kind = self.table.by_key(before[-1].key).kind
        described = tokens[0][2] in {"the", "a", "an", "one"} and len(tokens) > 1 \
            and tokens[1][2][:1].islower()  # "X, the confederation Niger formed …, said"
        return before[-1].key if kind == "person" or (described and kind != "place") else None

    def _noun_phrase(self, paragraph: Paragraph, tokens: list[Token]) -> str | None:
        while len(tokens) > 1 and tokens[0][2].lower() in {"but", "and", "yet"}:
            tokens = tokens[1:]  # "But it said …"
        start, end = tokens[0][0], tokens[-1][1]
        mentions = self.table.in_span(paragraph.number, start, end)
        people = [m for m in mentions if self.table.by_key(m.key).kind == "person"]
        if people:
            return people[0].key
        words = [t[2].rstrip(".,") for t in tokens]
        narrator = self.narrators.get(paragraph.number)
        if narrator and any(w in FIRST_PERSON for w in words):
            return narrator
        if [w.lower() for w in words] == ["it"]:  # "In a statement …, it said": a body
            body = self._opening_body(paragraph.number, start) \
                or self._statement_voice(paragraph, start) \
                or self._last_body(paragraph.number, start)
            if body is not None:
                return body
        if any(w in self.lex.person_pronouns for w in words):
            gender = next((self.lex.genders[w.lower()] for w in words
                           if w.lower() in self.lex.genders), "")
            return self.last_person(paragraph.number, start, gender, pronoun=bool(gender))
        lowered = [w.lower() for w in words]
        if lowered[:2] == ["one", "of"] or lowered in (["the", "other"], ["that", "person"]):
            # "one of the diplomats said", "the other said", "that person said"
            counted = self._one_of(paragraph, start)
            if counted is None and lowered[:2] == ["one", "of"]:
                counted = self._one_of_group(paragraph, start, lowered[-1])
            if counted is not None:
                return counted
        if any(w.lower() in self.lex.role_nouns for w in words):
            kept = list(tokens)
            while kept and kept[0][2].lower() in _DETERMINERS:
                kept = kept[1:]
            last_role = max(i for i, t in enumerate(kept)
                            if t[2].rstrip(".,").lower() in self.lex.role_nouns)
            role = kept[last_role][2].rstrip(".,")
            if last_role < len(kept) - 1 and kept[last_role + 1][2][0].isupper() \
                    and mentions:
                return mentions[-1].key  # "the official KCNA news agency": not a role
            if last_role == 0 and len(kept) > 2 \
                    and kept[1][2] in {"for", "of", "at", "to", "in", "from", "with",
                                       "familiar", "briefed", "involved", "close"}:
                last_role = len(kept) - 1  # "a spokesperson for the State Department",
                # "one diplomat familiar with the talks"
            elif last_role == 0:
                if tokens[0][2].lower() == "the":  # "the negotiator": one met before
                    return self.descriptor(paragraph, start, role)
                if tokens[0][2].lower() not in {"a", "an", "one"} or role.endswith("s"):
                    return None  # a bare "officials" names no one in particular, but
                    # "said one official" is someone
            if tokens[0][2].lower() == "the":  # "the senior official": one met before
                qualifiers = {t[2].lower() for t in kept[:last_role]}
                met = self.descriptor(paragraph, start, role, qualifiers)
                if met is not None:
                    return met
            named = self._named_next(paragraph, start, role)
            if named is not None:  # "China's special envoy called it … The envoy, X, said"
                return named
            name = paragraph.text[kept[0][0]:kept[last_role][1]].rstrip(".,")
            self.table, key = add_speaker(self.table, name, paragraph.number, " ".join(
                t[2] for t in tokens), paragraph.sentence_at(tokens[0][0]).ref)
            return key
        if mentions:  # "The Russian embassy in Bangui": the embassy, not the place
            return self._head_mention(paragraph, mentions).key
        return self._definite(paragraph, tokens)

    def _head_mention(self, paragraph: Paragraph, mentions: list[Mention]) -> Mention:
        """The actor a phrase is about: the last one named before a preposition that opens
        a place or an owner after it ("The Russian embassy in Bangui"), else the last one
        that is not a place, else the last."""
        for first, after in pairwise(mentions):
            if _HEAD_BREAK.fullmatch(paragraph.text[first.end:after.start]):
                return first
        bodies = [m for m in mentions if self.table.by_key(m.key).kind != "place"]
        return (bodies or mentions)[-1]

    def _one_of(self, paragraph: Paragraph, offset: int) -> str | None:
        """The unnamed speaker "one of them" is: one of the group counted last ("two
        diplomats briefed on the talks said …; one of the diplomats said")."""
        roles = self.lex.role_nouns | {"people"}
        for number in range(paragraph.number, 0, -1):  # sources are counted once, early
            text = self.paragraphs[number].text
            found = [m for m in _COUNTED.finditer(text, 0, offset if number == paragraph.number
                                                   else len(text))
                     if m["role"].lower() in roles]
            if found:
                last = found[-1]
                role = "person" if last["role"] == "people" else last["role"][:-1]
                name = f"{last['before']}{role}{last['rest']}".strip()
                self.table, key = add_speaker(self.table, name, number, last.group(),
                                              self.paragraphs[number].sentence_at(last.start()).ref)
                return key
        return None

    def _one_of_group(self, paragraph: Paragraph, offset: int, plural: str) -> str | None:
        """The unnamed speaker "one of the officials" is when the group was not counted:
        one of the last group described by that noun ("a briefing by senior
        administration officials" gives "senior administration official")."""
        if not plural.endswith("s") or plural[:-1] not in self.lex.role_nouns:
            return None
        pattern = _described_group(plural)
        for number in range(paragraph.number, max(0, paragraph.number - _PARAGRAPHS_BACK), -1):
            text = self.paragraphs[number].text
            found = [m for m in pattern.finditer(text, 0, offset if number == paragraph.number
                                                 else len(text)) if m["words"].strip()]
            if found:
                last = found[-1]
                name = f"{last['words']}{plural[:-1]}"
                self.table, key = add_speaker(self.table, name, number, last.group(),
                                              self.paragraphs[number].sentence_at(
                                                  last.start()).ref)
                return key
        return None

    def _definite(self, paragraph: Paragraph, tokens: list[Token]) -> str | None:
        """The actor "the ministry" or "the movement" refers back to: the last one named
        before whose name ends in that noun ("Ethiopian foreign ministry"); "the bloc" is
        the last body named."""
        if len(tokens) > 4 or tokens[0][2].lower() != "the":
            return None
        head = tokens[-1][2].rstrip(".,").casefold()
        if head in {"statement", "communique", "communiqué"}:
            return self._issuer(paragraph, tokens[0][0])
        for mention in self._mentions_back(paragraph.number, tokens[0][0]):
            actor = self.table.by_key(mention.key)
            if actor.kind != "person" and head in _heads(actor.name, *actor.aliases):
                return actor.id  # "the ministry": "Ministry of X"; "the Government":
                # "Government of Montenegro"
            if head in self.lex.generic_bodies and actor.kind in {"organisation", "armed group"} \
                    and actor.why.rule != "actor.collective":
                return actor.id  # "the 15-member bloc said": the last body named
        if tokens[-1][2][:1].isupper():  # "the Authority", capitalised, means the one body
            for mention in reversed(self.table.mentions):  # of that name however far back
                actor = self.table.by_key(mention.key)
                if (mention.paragraph, mention.start) < (paragraph.number, tokens[0][0]) \
                        and actor.kind != "person" and head in _heads(actor.name, *actor.aliases):
                    return actor.id
        if [t[2].lower() for t in tokens[1:]] in _GOVERNMENT:
            return self._government(paragraph.number, tokens[0][0])
        return None

    def _government(self, number: int, offset: int) -> str | None:
        """Whom "the government" names when no actor's name ends in it: the state of the
        last government named ("Burkina Faso's military government"), else, in an article
        about an armed group, the state it names most ("The government denies holding
        civilians")."""
        for mention in self._mentions_back(number, offset):
            text = self.paragraphs[mention.paragraph].text
            named = _GOVERNMENT_NAMED.match(text, mention.end) \
                or text[mention.start:mention.end].endswith(("government", "Government"))
            if named and self.table.by_key(mention.key).kind == "state":
                return mention.key
        if not any(a.kind == "armed group" for a in self.table.actors):
            return None
        counts: dict[str, int] = {}
        for mention in self.table.mentions:
            if self.table.by_key(mention.key).kind == "state":
                counts[mention.key] = counts.get(mention.key, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) \
            else None

    def _issuer(self, paragraph: Paragraph, offset: int) -> str | None:
        """Who issued "the statement": the last state or body named as the subject of
        "issued a statement" or "said in a statement" in the sentences before. Only names
        count, so one statement never leads back to another."""
        for number in range(paragraph.number, max(0, paragraph.number - 2), -1):
            current = self.paragraphs[number]
            for sentence in reversed(current.sentences):
                if number == paragraph.number and sentence.end > offset:
                    continue
                verb = _ISSUED.search(current.text, sentence.start, sentence.end)
                if verb is None:
                    continue
                subject = self.clause_subject(
                    current, tokens_between(current, sentence.start, verb.start()))
                named = self.table.in_span(current.number, subject[0][0], subject[-1][1]) \
                    if subject else []
                bodies = [m for m in named if self.table.by_key(m.key).kind in _BODY_KINDS]
                if bodies:
                    return bodies[-1].key
        return None

    def gender(self, key: str) -> str:
        """A person's gender when the article tells it: an honorific before a mention ("Ms.
        Oduya"), a gendered noun in a description after one ("X, a U.N. spokeswoman"), or a
        subject pronoun later in a sentence that names no one else ("X said she would"),
        outside quotation marks, or a pronoun that could only mean this person
        (``_learn_gender``); "" when it does not, or tells both."""
        told_by_pronouns = self._pronoun_genders.get(key, set())
        if key not in self._genders:
            told = set()
            genders = self.lex.genders
            for mention in self.table.mentions:
                if mention.key != key or mention.paragraph not in self.paragraphs:
                    continue
                paragraph = self.paragraphs[mention.paragraph]
                text = paragraph.text
                before = text[max(0, mention.start - 12):mention.start].split()
                if before and before[-1] in genders:
                    told.add(genders[before[-1]])
                described = DESCRIPTION_AFTER.match(text, mention.end)
                if described is not None and described["role"] in genders:
                    told.add(genders[described["role"]])
                told |= self._pronoun_gender(paragraph, mention)
            self._genders[key] = told.pop() if len(told) == 1 else ("" if told else "?")
        static = self._genders[key]
        if static != "?":
            return static
        return next(iter(told_by_pronouns)) if len(told_by_pronouns) == 1 else ""

    def _learn_gender(self, paragraph: int, offset: int, key: str, gender: str) -> None:
        """Remember the gender of a pronoun that could only mean ``key``: the one person
        named in its paragraph before it."""
        people = {m.key for m in self.table.in_span(paragraph, 0, offset)
                  if self.table.by_key(m.key).kind == "person"}
        if gender and people == {key}:
            self._pronoun_genders.setdefault(key, set()).add(gender)

    def _pronoun_gender(self, paragraph: Paragraph, mention: Mention) -> set[str]:
        """The gender of the pronouns after a mention in its sentence, when the sentence
        names no other person and the pronouns are not inside quotation marks."""
        sentence = paragraph.sentence_at(mention.start)
        named = self.table.in_span(paragraph.number, sentence.start, sentence.end)
        if any(m.key != mention.key and self.table.by_key(m.key).kind == "person"
               for m in named):
            return set()
        return {self.lex.genders[t[2].lower()]
                for t in tokens_between(paragraph, mention.end, sentence.end)
                if t[2].lower() in _SUBJECT_PRONOUNS
                and not self._in_quotes(paragraph.number, t[0])}

    def _in_quotes(self, paragraph: int, offset: int) -> bool:
        """Whether ``offset`` in paragraph ``paragraph`` is inside quotation marks."""
        return any(a <= offset < b for a, b in self.quoted.get(paragraph, []))

    def last_person(self, paragraph: int, offset: int, gender: str = "",
                    pronoun: bool = False) -> str | None:
        """The person named (or quoted) last before a position: whom "he" refers to; with
        the pronoun's ``gender``, one known to be of the other gender is passed over for
        the person named before."""
        found = self._last_person(paragraph, offset, pronoun, gender)
        if found is not None and gender and self.gender(found) == "" \
                and self.table.by_key(found).kind == "person":
            known = self._known_gender_before(paragraph, offset, gender)
            if known is not None:
                return known
        if found is None or not gender or self.gender(found) in {"", gender}:
            if found is not None:
                self._learn_gender(paragraph, offset, found, gender)
            return found
        later = self._named_next(self.paragraphs[paragraph], offset, "official") \
            if paragraph in self.paragraphs else None
        if later is not None and self.gender(later) in {"", gender}:
            return later  # "“…,” she said. The diplomat, Catherine X, later told …"
        for mention in self._mentions_back(paragraph, offset):
            actor = self.table.by_key(mention.key)
            if actor.kind == "person" and not self._in_quotes(mention.paragraph, mention.start) \
                    and self.gender(mention.key) in {"", gender}:
                return mention.key
        return found

    def _known_gender_before(self, paragraph: int, offset: int, gender: str) -> str | None:
        """The last person named in this paragraph before ``offset`` whom the article
        knows to be of ``gender``."""
        for mention in self.table.in_span(paragraph, 0, offset)[::-1]:
            if self.table.by_key(mention.key).kind == "person" \
                    and not self._in_quotes(paragraph, mention.start) \
                    and self.gender(mention.key) == gender:
                return mention.key
        return None

    def _last_person(self, paragraph: int, offset: int, pronoun: bool, gender: str = ""
                     ) -> str | None:
        """The person named, quoted or described last before ``offset``; for a pronoun
        only a person (or an unnamed one) who spoke counts, not a body, and with no one
        before, the person the next sentences name ("The diplomat, Nadia X, rejected …")."""
        named = self.table.last_person_before(paragraph, offset, self.quoted)
        index = bisect_left(self.speakers, (paragraph, offset, ""))
        spoken = reversed(self.speakers[:index])
        spoke = next((c for c in spoken if not pronoun
                      or self.table.by_key(c[2]).kind in _PEOPLE_KINDS), None)
        found = max((c for c in (named, spoke) if c is not None), default=None)
        described = self._described_subject(paragraph, offset) \
            if paragraph in self.paragraphs else None
        if described is None and pronoun and found is None and paragraph in self.paragraphs:
            # "“…,” she said. The diplomat, Nadia X, rejected …": no one named before her
            return self._named_next(self.paragraphs[paragraph], offset, "official")
        if described is not None and (found is None or (paragraph, described.start("who"))
                                      > found[:2]):
            current = self.paragraphs[paragraph]
            named_next = self._named_next(current, offset, "official")
            if named_next is not None:  # "The head of X's delegation said … he said. The
                if gender:  # official, Colonel Y, is …": "he" can only be Y
                    self._pronoun_genders.setdefault(named_next, set()).add(gender)
                return named_next
            if described["article"].lower() == "the" and described["who"] == described["role"] \
                    and found is not None and found[0] >= paragraph - 1 \
                    and self.table.by_key(found[2]).kind == "person" \
                    and self.gender(found[2]) in {"", gender}:
                return found[2]  # "Kiala said … the envoy paused. “…,” she said": Kiala
            who = described.start("who")
            owner = described["article"] if POSSESSIVE.search(described["article"]) \
                else ""  # "Kenya's foreign minister" and "Uganda's" stay two people
            self.table, key = add_speaker(self.table, f"{owner} {described['who']}".strip(),
                                          paragraph,
                                          current.text[described.start("article"):
                                                       described.end("who")],
                                          current.sentence_at(who).ref)
            return key
        return found[2] if found else None

    def _described_subject(self, number: int, offset: int) -> re.Match[str] | None:
        """The last unnamed person who opens a clause of this paragraph before ``offset``
        ("In his address, the Ukrainian president thanked …"): "he" may be that person."""
        start = max(0, offset - _LOOKBACK)
        found = None
        named_ends = {m.end for m in self.table.in_span(number, start, offset)
                      if self.table.by_key(m.key).kind == "person"}
        text = self.paragraphs[number].text
        for match in _described().finditer(text, start, offset):
            role = match["role"].lower()
            if role in self.lex.role_nouns and not role.endswith("s") \
                    and match.start() not in named_ends:  # not "X, the former minister, …"
                found = match
        for match in _ACCORDING_TO.finditer(text, start, offset):  # "according to one agent
            if match["role"] in self.lex.role_nouns and (  # in Dubai, who asked …"
                    found is None or match.start() > found.start()):
                found = match
        return found


def _heads(*names: str) -> set[str]:
    """The nouns a body's names can be shortened to: the last word of each and each word
    before "of" ("the ministry" for "Ethiopian foreign ministry" or "Ministry of Defence")."""
    found = set()
    for name in names:
        words = name.casefold().split()
        found |= {words[-1]} | {w for w, n in pairwise(words) if n == "of"}
    return found
