"""Find actors: gazetteer names, demonym institutions, then capitalised names in context.

Aliases merge into one actor: gazetteer aliases ("al-Nusra" is "Jabhat al-Nusra"), a
surname standing for a full name, and an acronym given in brackets after a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from briefbook.extract.actor_table import ActorTable, Mention, actor_key
from briefbook.extract.descriptions import DESCRIPTION_AFTER
from briefbook.extract.gazetteer import (
    demonym_entry,
    gazetteer_match,
    gazetteer_pattern,
    institution_pattern,
    state_of,
)
from briefbook.extract.lexicon import Lexicon, lexicon
from briefbook.ingest.article import Article, Paragraph
from briefbook.model import Actor, Why

# A word, with inner dots ("U.S.") but not a missing space ("Clinton.The").
_WORD = re.compile(r"[^\W_](?:(?:[\w’'-]|\.(?![A-Z][a-z])|\+(?=\d))*[^\W_])?\.?")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "near", "at", "into", "outside", "around",
                                 "across", "inside", "towards", "toward", "through", "via"})
_OPENERS = "\"“‘«(["
_ARTICLES = frozenset({"The", "A", "An"})
# One capitalised word with a demonym's ending is an adjective or a people, not an actor.
_ADJECTIVE_ENDING = re.compile(r"(?:ian|ese|ish)s?$")
# Compass words open place names ("North Darfur") though alone they name nothing.
_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern",
                      "Western", "Central"})
_CONTRACTION = re.compile(r"[’'](?:re|ll|ve|d|m|t)$")
_PLACE_OF = re.compile(r"\b(?:city|port|town|village|province|region|district|capital|island|"
                       r"area|governorate|county|enclave|camp|valley|strait|border town)\s+of\s+$")
# What follows a dateline's place: "GENEVA —", "NAQOURA, Lebanon —", "DOHA - ".
_DATELINE = re.compile(r"(?:,[^—–\n]{1,40})?\s*[—–-]\s")
# An acronym ("UNSMIL", the "HDZ" of "HDZ BiH").
_ACRONYM = re.compile(r"[A-Z]{2,8}")
# The word after a name, past a second name joined by "and" ("Nyangatom and Dassanech herders").
_PEOPLE_AFTER = re.compile(r"(?: and [A-Z][\w-]+)? (?P<noun>[a-z]+)")
# What may join the words of one document's title ("Agreement on Measures to Prevent Incidents",
# "Declaration of Commitments on the Protection of Civilians"); not "in" or "at", which lead
# to places.
_TITLE_LINKS = re.compile(r"(?:\s+(?:on|of|the|to|for|concerning|between|and|regarding))*\s+")
# A transcript's speaker label: "QUESTION: ", "MINISTER TELLO: ".
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z .’'-]+: ")
# A body described after its name: "Jaish al-Adl, a Sunni militant group that …".
_BODY_DESCRIBED = re.compile(r", (?:a|an|the) (?P<words>(?:[\w’'-]+ ){0,3}?)(?P<noun>[a-z]+)\b"
                             r"(?= (?:that|which|of|in|based|founded|formed|led)\b|,)")
# A state's possessive just before a body's name ("Peru’s Ministry of Defence").
_OWNER = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)(?:’s|'s) $")
# A person's role before the name, after a determiner ("its spokesperson, "); not
# "According to local officials, Pokrovsk". (A description after the name is
# ``DESCRIPTION_AFTER``.)
_ROLE_BEFORE = re.compile(r"\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[A-Z][\w-]*(?:’s|'s)) "
                          r"(?:[\w.’'-]+ ){0,3}?([a-z]+), $")
# Numbers inside names: "6th" or "5+5" before the words, "981" after them.
_NUMBER_BEFORE = re.compile(r"\d+(?:\+\d+|st|nd|rd|th)")
_NUMBER_AFTER = re.compile(r"\d{1,4}")
# Nouns before "of" whose object is a body ("a member of Frelimo").
_MEMBERS = frozenset({"member", "members", "wing", "faction", "arm", "leadership"})
# A one-word name a "which" clause describes ("Somaliland, which declared …") is not a
# person ("…, who"); with nothing else to go on it is taken for a place.
_WHICH = re.compile(r",\s+which\b")
_PERSON_RULES = frozenset({"actor.titled-name", "actor.speaker", "actor.person-coordination"})
_PLACE_RULES = frozenset({"actor.place-preposition", "actor.place-coordination",
                          "actor.place-noun"})
_GUESSED = _PERSON_RULES | _PLACE_RULES | {"actor.single-name"}
# Kinds guessed from weak evidence (a preposition, or nothing): such a name may still be a
# known person's surname ("according to Tesfaye").
_WEAK_KIND = frozenset({"actor.place-preposition", "actor.single-name"})
# Words that open sentences and are dropped from the front of a capitalised run.
_OPENING_WORDS = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "As", "If",
                            "When", "While", "After", "Before", "This", "That", "Its", "His",
                            "Her", "Their", "Our", "For", "From", "With", "By", "Under",
                            "Because", "Although", "Though", "Since", "Until", "Unless", "Once",
                            "Has", "Have", "Had", "Is", "Are", "Was", "Were", "Does", "Did", "Do",
                            "Will", "Would", "Can", "Could", "Should", "Let", "Dear", "Thank",
                            "Why", "How", "What", "Where", "Whether", "Yes", "Now", "Today",
                            "To", "Of", "Among", "Despite", "Without", "Within", "During",
                            "No", "Then"})
# Adverbs that may open a clause before a name ("Meanwhile Obi said").
_LEADING_ADVERBS = frozenset({"Still", "Meanwhile", "However", "Also", "Instead"})


@dataclass
class _Candidate:
    name: str
    kind: str
    rule: str
    cue: str
    sentence: str
    aliases: list[str]

    def absorb(self, other: _Candidate) -> None:
        """Take ``other``'s name and aliases as aliases of this one (it merges into this)."""
        self.aliases.extend(a for a in (other.name, *other.aliases) if a not in self.aliases)


@cache
def _title_before() -> re.Pattern[str]:
    """A person's title ending the text before a name ("… Foreign Minister "), the
    longest title first."""
    titles = "|".join(map(re.escape, _longest_first(lexicon().person_titles)))
    return re.compile(rf"(?<!\w)({titles})\s*$")


@cache
def _collective_pattern() -> re.Pattern[str]:
    lex = lexicon()
    heads = sorted(lex.collective_heads, key=lambda s: (-len(s), s))
    small = "the|an?|of|to|and|or|in|on|for|by|with"
    return re.compile(rf"\b(?:[Tt]he|an?) (?:[A-Z][\w.]*-[a-z]+ )?"
                      rf"(?P<name>(?:(?!(?:{small}) )[a-z][a-z-]+ ){{0,3}}?"
                      rf"(?P<head>{'|'.join(map(re.escape, heads))}))(?![\w-])"
                      # not a modifier of a longer name ("a joint military technical
                      # sub-committee")
                      rf"(?!(?: [a-z]+)? (?:sub-)?(?:{'|'.join(map(re.escape, heads))})\b)")


# Second halves that make a capitalised word an adjective ("Soviet-era"); a hyphenated
# given name ("Kim Yong-chol") has none of them.
_ADJECTIVE_TAILS = frozenset({"era", "style", "wide", "majority", "born", "run", "held", "led",
                              "type", "bound", "level", "long", "free", "like", "only", "made",
                              "owned", "built", "based", "backed", "linked", "allied"})


# Last words of a title that may stand after other words ("Homeland Security Secretary").
_TITLE_HEADS = frozenset({"Secretary", "Minister", "President", "Envoy", "Ambassador",
                          "Spokesman", "Spokeswoman", "Spokesperson",
                          "Commissioner", "Chairman", "Governor", "Adviser", "Advisor",
                          "Commander", "Premier", "Chancellor"})
_ORG_LINKS = frozenset({"for", "on", "and", "the", "in"})
# Words between a body's head and the rest of its name ("Board of Governors", "Mission in
# Armenia", "Institute for Security Studies").
_LINKS = frozenset({"of", "in", "for", "on"})
# The particle a surname may open with and be named without ("al-", "Al-", "el-").
_SURNAME_PARTICLE = re.compile(r"(?:[a-z]{1,3}|A[lrsdnt]|El)-(?=[A-Z])")
# A surname that opens with a particle ("al-Mansouri", "bin-Zayed").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*")
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z][\w’'-]+")
# Bodies named for where they serve: "EU Mission in Armenia".
_POSTED_HEADS = frozenset({"Mission", "Office", "Embassy", "Delegation", "Representation",
                           "Force", "Church"})
_REMARKS_BY = re.compile(r"(?:Remarks|Statement|Address|Speech|Briefing|"
                         r"(?:[Jj]oint )?[Pp]ress [Cc]onference)"
                         r"(?: to (?:the )?(?:press|media|reporters|[A-Z][\w’'-]*"
                         r"(?: [A-Z][\w’'-]*)*))? "
                         r"(?:by|of) (?:the )?(?P<who>[A-Z][\w.’'-]*"
                         r"(?: (?:of |the )*[A-Z][\w.’'-]*)*)")
# The second speaker a joint heading names ("… of Finland and Foreign Minister Rein X").
_AND_WHO = re.compile(r" and (?:the )?(?P<who>[A-Z][\w.’'-]*(?: (?:of |the )*[A-Z][\w.’'-]*)*)")
# What follows a state's name in the name of its own forces ("Armed Forces", "Defence
# Force"); "People's Liberation Army" is not such a name.
_FORCE_NAME = re.compile(r"(?:(?:Armed|Defence|Defense|National|Royal|Military|Border|"
                         r"Self-Defense|Self-Defence) )*(?:Forces|Force|Army|Guard|Navy)")
# An army's name or its short form ("Sudanese Armed Forces", "Indian army", "the military").
_ARMY = re.compile(r"(?i:(?:\w+ )?(?:army|armed forces|military))\b")
_THE_ARMY = re.compile(r"(?:national |regular )?(?:army|armed forces|military)")
# The name a title gives after a description and a comma ("by the Special Envoy …, Ilse
# Brandtner").
_NAME_AFTER_COMMA = re.compile(r",\s+(?P<name>[A-Z][\w.’'-]*(?:\s+(?:(?:van|von|de|da|di|del|"
                               r"der|den|bin|ibn|al|el|le|la) )?[A-Z][\w.’'-]*){1,4})"
                               r"\s*(?=$|,|\s+(?:on|at|of|in)\b)")


@cache
def _noun_after() -> re.Pattern[str]:
    """A lower-case place or body noun right after a name ("Zamzam camp", "Viv Ansanm
    coalition"): part of the name's fullest form."""
    lex = lexicon()
    nouns = sorted(lex.place_nouns_after | lex.body_nouns_after.keys(), key=lambda s: (-len(s), s))
    return re.compile(rf" (?P<noun>{'|'.join(map(re.escape, nouns))})\b(?![’'-])")


@cache
def _and_body_pattern() -> re.Pattern[str]:
    """Capitalised words up to an organisation's head word, after an "and"."""
    heads = "|".join(map(re.escape, sorted(lexicon().organisation_heads)))
    return re.compile(rf"\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?:{heads})\b")


@cache
def _and_title_pattern() -> re.Pattern[str]:
    """A capitalised word and a title's head after "and" ("Energy and Oil Minister")."""
    heads = "|".join(map(re.escape, sorted(_TITLE_HEADS)))
    return re.compile(rf"\s+([A-Z][\w’'-]*)\s+(?:{heads})\b")


def _leading_title(words: list[str]) -> str:
    """The longest person's title that ``words`` open with ("Foreign Minister"), or ""."""
    return next((t for t in _longest_first(lexicon().person_titles)
                 if " ".join(words[:len(t.split())]) == t), "")


@cache
def _longest_first(titles: tuple[str, ...]) -> tuple[str, ...]:
    """Titles with the longest first, so "Special Envoy" wins over "Envoy"."""
    return tuple(sorted(titles, key=len, reverse=True))


def _headed(words: list[str], heads: frozenset[str]) -> bool:
    """Whether a name's head word names a body: last ("AU Commission") or before "of",
    "in" or "for" ("Board of Governors", "U.S. Embassy in Sarajevo")."""
    return words[-1] in heads or any(w in heads and n in _LINKS for w, n in pairwise(words))


def _state_force(words: list[str], before: str) -> bool:
    """Whether a name is a state's own forces: the state's name or demonym (or its
    possessive just before) and a forces name ("Malian Armed Forces", "Israel Defense
    Forces", "Sudan’s Armed Forces")."""
    if _state_owner(before):
        return _FORCE_NAME.fullmatch(" ".join(words)) is not None
    return any(state_of(" ".join(words[:n])) is not None
               and _FORCE_NAME.fullmatch(" ".join(words[n:])) is not None
               for n in range(1, min(4, len(words))))


def _state_owner(before: str) -> str:
    """The state's possessive a name follows ("Sudan’s " before "Armed Forces"), or ""."""
    owner = _OWNER.search(before)
    return owner.group() if owner is not None and state_of(owner.group(1)) is not None else ""


def _untitled(words: str) -> str:
    """A person's name with the title in front of it taken off ("Foreign Minister Marte
    Lindvik" is "Marte Lindvik"); empty when what is left is not a name."""
    for form in (words, re.sub(r" of (?:the )?[A-Z][\w.’'-]*$", "", words)):
        split = form.split()  # "Foreign Minister X of Finland" is X
        title = _leading_title(split)
        name = split[len(title.split()):] if title else split
        if len(name) >= 2 and name[0][0].isupper() and name[-1][0].isupper() and all(
                w[0].isupper() or (w in lexicon().name_particles and w not in _LINKS)
                for w in name):
            return " ".join(name)  # "Pieter van Houweling"
    return ""


def _hyphen_adjective(word: str) -> bool:
    """``Soviet-era`` or ``U.N.-backed``: a capitalised word made into an adjective; or
    ``Armenian-American``, ``Anglo-French``: demonyms joined; or ``Hungarian-language``: a
    demonym made into one."""
    head, _, tail = word.rpartition("-")
    if not head:
        return False
    peoples = lexicon().region_adjectives
    parts = word.split("-")
    if all(demonym_entry(part) is not None or part in peoples for part in parts[:-1]) and (
            demonym_entry(parts[-1]) is not None or tail.islower()):
        return True  # "Soviet-Afghan", "Anglo-French", "Hungarian-language"
    return tail.islower() and not head.islower() and (
        tail.endswith(("ed", "ing")) or tail in _ADJECTIVE_TAILS)


def _turn_start(paragraph: Paragraph) -> int:
    """Where a transcript's turn begins after its speaker's label ("QUESTION: Can you …"),
    or -1 in a paragraph with no label."""
    label = _SPEAKER_LABEL.match(paragraph.text)
    return label.end() if label else -1


def _sentence_starts(paragraph: Paragraph) -> set[int]:
    """Where sentences begin, and where quoted words begin ("told reporters: "Nothing …")."""
    starts = set()
    for sentence in paragraph.sentences:
        offset = sentence.start
        while offset < sentence.end and paragraph.text[offset] in _OPENERS:
            offset += 1
        starts.add(offset)
    starts.update(m.end() for m in re.finditer(r"(?:^|(?<=[\s:(—–-]))[“\"«]", paragraph.text))
    return starts


class _Finder:
    """Collects candidates and mentions over one article."""

    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.lex = lex
        self.candidates: dict[str, _Candidate] = {}
        self.mentions: list[Mention] = []
        self.dropped: set[int] = set()  # positions in self.mentions of mentions given up
        self._at_end: dict[tuple[int, int], str] = {}  # (paragraph, end) -> key
        self._by_tail: dict[str, list[str]] = {}  # the last words of a person's name -> keys
        self._by_first: dict[str, list[str]] = {}  # a person's first word -> keys
        self._by_middle: dict[str, list[str]] = {}  # a middle word ("Elizondo") -> keys
        self._by_alias: dict[str, list[str]] = {}
        self._mention_index: dict[int, list[int]] = {}
        self._rank: dict[str, int] = {}  # order in which candidates were first seen
        self._indexed = 0
        self.claimed: dict[int, list[tuple[int, int]]] = {}
        self.title_words = lex.person_title_words
        self.body_heads = lex.organisation_heads | lex.armed_group_heads
        # Capitalised words that never open or close someone else's name.
        self.known_words = (self.body_heads | lex.place_heads | lex.not_names
                            | lex.region_adjectives | lex.topic_heads | self.title_words
                            | _OPENING_WORDS | _COMPASS)
        self._runs: dict[int, list[list[tuple[int, int, str]]]] = {}
        self.votes: dict[str, list[tuple[str, str, str, str]]] = {}  # kind, rule, cue, ref
        self.documents: set[tuple[int, int]] = set()
        # Words the article also writes in lower case: capitalised, they are common words.
        self.lowercase = {m.group() for p in article.paragraphs
                          for m in re.finditer(r"\b[a-z][a-z]+\b", p.text)}
        self.document_names: set[str] = set()

    def settle_kinds(self) -> None:
        """A one-word name takes its kind from all its mentions: a person if one of them
        speaks, has a title or is joined to a person ("he and Lavrov"), else a place (most
        one-word names with nothing else to go on are towns and regions: "a claim on
        Karabakh")."""
        for key, votes in self.votes.items():
            candidate = self.candidates.get(key)
            if candidate is None or candidate.rule not in _GUESSED:
                continue
            for wanted in (_PERSON_RULES, _PLACE_RULES):
                vote = next((v for v in votes if v[1] in wanted), None)
                if vote is not None:
                    candidate.kind, candidate.rule, candidate.cue, candidate.sentence = vote
                    break
            else:
                if candidate.rule == "actor.single-name":
                    candidate.kind = "place"

    def capitals_as_states(self) -> dict[str, str]:
        """A capital the article also uses for its state ("Baku said") is that state
        wherever it is named, "talks in Baku" and a dateline's "BAKU" too: one actor, not a
        state and a place."""
        states = {alias: key for key, c in self.candidates.items() if c.kind == "state"
                  for alias in c.aliases}
        return {key: states[c.name] for key, c in self.candidates.items()
                if c.rule in {"actor.capital-as-place", "actor.dateline"} and c.name in states}

    def armies_as_forces(self) -> dict[str, str]:
        """"The army" is the one armed force the article names ("Sudanese Armed Forces",
        "the Indian army"), when it names exactly one."""
        forces = [key for key, c in self.candidates.items() if c.rule != "actor.collective"
                  and c.kind in {"organisation", "state"}
                  and any(_ARMY.search(name) for name in (c.name, *c.aliases))]
        if len(forces) != 1:
            return {}
        target = self.candidates[forces[0]]
        merged = {}
        for key, c in self.candidates.items():
            if c.rule == "actor.collective" and _THE_ARMY.fullmatch(c.cue.removeprefix("the ")):
                merged[key] = forces[0]
                target.absorb(c)
        return merged

    def drop_peoples(self) -> None:
        """Give up a one-word name that only ever comes right before a noun for a people
        ("Afar pastoralists", "the Shuar community", "Nyangatom and Dassanech herders"):
        it names a people, not an actor. Known names are kept ("Houthi fighters")."""
        texts = {p.number: p.text for p in self.article.paragraphs}
        uses: dict[str, list[int]] = {}
        elsewhere: set[str] = set()  # keys with a live mention not before a people noun
        for number, mention in enumerate(self.mentions):
            uses.setdefault(mention.key, []).append(number)
            if number in self.dropped:
                continue
            after = _PEOPLE_AFTER.match(texts[mention.paragraph], mention.end)
            if after is None or after["noun"] not in self.lex.people_nouns:
                elsewhere.add(mention.key)
        for key, numbers in uses.items():
            candidate = self.candidates[key]
            if key not in elsewhere and any(n not in self.dropped for n in numbers) \
                    and " " not in candidate.name \
                    and candidate.rule != "actor.gazetteer" and candidate.kind != "source":
                self.dropped.update(numbers)

    def acronyms_as_initials(self) -> dict[str, str]:
        """An acronym spelled by the initials of one body the article names in full ("KIA"
        for "Kachin Independence Army", "TTP" for "Tehreek-e-Taliban Pakistan") is that
        body, whatever its own mentions suggested ("the KIO said"), when no other name the
        article gives has those initials."""
        by_initials: dict[str, list[str]] = {}
        for key, c in self.candidates.items():
            words = [w for w in re.split(r"[\s-]+", c.name) if w[:1].isupper()]
            if c.kind not in {"person", "place", "source"} and len(words) > 1:
                by_initials.setdefault("".join(w[0] for w in words), []).append(key)
        merged = {}
        for key, c in self.candidates.items():
            found = by_initials.get(c.name, []) \
                if _ACRONYM.fullmatch(c.name) and c.rule != "actor.gazetteer" else []
            if len(found) == 1 and found[0] != key:
                self.candidates[found[0]].absorb(c)
                merged[key] = found[0]
        return merged

    def candidate(self, key: str, candidate: _Candidate) -> _Candidate:
        """The candidate for ``key``, registering ``candidate`` (and indexing a person's
        name) the first time the key is seen."""
        if key not in self.candidates:
            self.candidates[key] = candidate
            self._rank[key] = len(self._rank)
            words = candidate.name.split()
            if candidate.kind == "person" and len(words) > 1:
                for tail in range(1, len(words)):  # "Lira", "Mendoza Lira"
                    self._by_tail.setdefault(" ".join(words[tail:]).casefold(), []).append(key)
                particle = _SURNAME_PARTICLE.match(words[-1])
                if particle:  # "Kabti" for "Mukhtar al-Kabti", "Rawashdeh" for "Al-Rawashdeh"
                    self._by_tail.setdefault(words[-1][particle.end():].casefold(),
                                             []).append(key)
                self._by_first.setdefault(words[0], []).append(key)
                for middle in words[1:-1]:  # "Tomás Elizondo Vega": a first surname
                    if middle[:1].isupper():
                        self._by_middle.setdefault(middle, []).append(key)
        return self.candidates[key]

    def add(self, paragraph: Paragraph, start: int, end: int, candidate: _Candidate) -> None:
        key = actor_key(candidate.name)
        known = self.candidate(key, candidate)
        surface = paragraph.text[start:end]
        if surface != known.name and surface not in known.aliases:
            known.aliases.append(surface)
            self._by_alias.setdefault(surface, []).append(key)
        self.mentions.append(Mention(paragraph.number, start, end, key, surface))
        self._at_end[(paragraph.number, end)] = key
        self.claimed.setdefault(paragraph.number, []).append((start, end))

    def drop(self, paragraph: int, start: int, end: int) -> None:
        """Give up the mentions inside a span (a longer name has taken it)."""
        for number in self._numbers_in(paragraph, start, end):
            mention = self.mentions[number]
            self.dropped.add(number)
            self._at_end.pop((mention.paragraph, mention.end), None)

    def _numbers_in(self, paragraph: int, start: int, end: int) -> list[int]:
        """Positions in ``self.mentions`` of the live mentions inside a span."""
        index = self._mention_index
        while self._indexed < len(self.mentions):
            index.setdefault(self.mentions[self._indexed].paragraph, []).append(self._indexed)
            self._indexed += 1
        return [n for n in index.get(paragraph, []) if n not in self.dropped
                and start <= self.mentions[n].start and self.mentions[n].end <= end]

    def is_claimed(self, paragraph: int, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.claimed.get(paragraph, []))

    def gazetteer(self) -> None:
        pattern, surfaces = gazetteer_pattern()
        for paragraph in self.article.paragraphs:
            for match in pattern.finditer(paragraph.text):
                index, start = gazetteer_match(match, surfaces)
                entry, end = self.lex.gazetteer[index], match.end()
                surface = paragraph.text[start:end]
                if self._inside_other_name(paragraph, start, end, surfaces):
                    continue  # "Chad Wolf", "Georgetown University": a longer name decides
                ref = paragraph.sentence_at(start).ref
                preceding = paragraph.text[max(0, start - 12):start].split()
                if surface in self.lex.capitals and preceding \
                        and preceding[-1].lower() in _PLACE_PREPOSITIONS:
                    candidate = _Candidate(surface, "place", "actor.capital-as-place",
                                           f"{preceding[-1]} {surface}", ref, [])
                else:
                    candidate = _Candidate(entry.name, entry.kind, "actor.gazetteer",
                                           surface, ref, [])
                self.add(paragraph, start, end, candidate)

    def _inside_other_name(self, paragraph: Paragraph, start: int, end: int,
                           surfaces: dict[str, int]) -> bool:
        """Whether a gazetteer name is part of another name: a one-word name running on
        into an unknown capitalised word (a person's, a university's), or a longer one
        joined to words before it ("Peace and Security Council") that are not themselves
        a known name ("Moscow and Abu Dhabi", "al Qaeda and Islamic State")."""
        text = paragraph.text
        if " " in text[start:end]:  # "Peace and Security Council" is not the UN Council
            low = max(0, start - 40)
            joined = re.search(r"([A-Z][\w’'-]*) (?:and|for|on) $", text[low:start])
            return joined is not None and joined.group(1) not in surfaces and not \
                self.is_claimed(paragraph.number, low + joined.start(1), low + joined.end(1))
        after = re.match(r" ([A-Z][\w’'-]*)", text[end:end + 40])
        before = re.search(r"([A-Z][\w’'-]*) $", text[max(0, start - 40):start])
        return any(found is not None and self._unknown_word(found.group(1), surfaces)
                   for found in (after, before))

    def _unknown_word(self, word: str, surfaces: dict[str, int]) -> bool:
        lex = self.lex
        return word not in self.known_words and word not in surfaces \
            and not self._is_demonym(word) and word.lower() not in lex.role_nouns \
            and word not in lex.institutions

    def institutions(self) -> None:
        for paragraph in self.article.paragraphs:
            for match in institution_pattern().finditer(paragraph.text):
                claims = [c for c in self.claimed.get(paragraph.number, [])
                          if c[0] < match.end() and match.start() < c[1]]
                if claims != [(match.start(), match.end("demonym"))] and claims:
                    continue
                if claims:  # "Myanmar military": the state's name used as an adjective
                    self.claimed[paragraph.number].remove(claims[0])
                    self.drop(paragraph.number, *claims[0])
                name = match.group()
                ref = paragraph.sentence_at(match.start()).ref
                voice = match["institution"] in self.lex.state_voices
                state = state_of(match["demonym"])
                if voice and state is not None:  # "the Russian delegation" speaks for Russia
                    candidate = _Candidate(state.name, state.kind, "actor.gazetteer",
                                           match.group(), ref, [])
                else:
                    candidate = _Candidate(name, "organisation", "actor.demonym-institution",
                                           match.group(), ref, [])
                self.add(paragraph, match.start(), match.end(), candidate)

    def speaker_of_remarks(self) -> None:
        """The person a transcript's title names ("Remarks by Foreign Minister Marte
        Lindvik on …"), so that the speaker's label ("LINDVIK:") merges into the full name."""
        title = self.article.title
        found = _REMARKS_BY.match(title)
        if found is None:
            return
        named = _NAME_AFTER_COMMA.search(title, found.end("who"))
        name = _untitled(found["who"]) or (_untitled(named["name"]) if named else "")
        second = _AND_WHO.match(title, found.end("who"))
        heading = [(name, found.group(0))]
        if second is not None and name:  # "Joint press conference by X of Finland and Y"
            heading.append((_untitled(second["who"]), second["who"]))
        for person, cue in heading:
            if person and not self.body_heads & set(person.split()):  # not "Ministry of …"
                self.candidate(actor_key(person), _Candidate(
                    person, "person", "actor.remarks-by", cue, "title", []))

    def collectives(self) -> None:
        """Actors named in lower case ("the opposition", "the joint monitoring committee"):
        a head noun from the lexicon that the article uses at least twice; later, shorter
        forms ("the committee") merge into the first full one."""
        pattern = _collective_pattern()
        found = [(paragraph, match) for paragraph in self.article.paragraphs
                 for match in pattern.finditer(paragraph.text)]
        same = self.lex.collective_synonyms
        heads: dict[str, int] = {}
        for _, match in found:
            head = same.get(match["head"], match["head"])
            heads[head] = heads.get(head, 0) + 1
        first: dict[str, str] = {}
        for paragraph, match in found:
            start, end = match.start("name"), match.end("name")
            head = same.get(match["head"], match["head"])
            if heads[head] < 2 or self.is_claimed(paragraph.number, start, end):
                continue
            name = first.setdefault(head, match["name"])
            kind = "armed group" if match["head"] in self.lex.collective_armed else "organisation"
            candidate = _Candidate(name, kind, "actor.collective", f"the {match['name']}",
                                   paragraph.sentence_at(start).ref, [])
            self.add(paragraph, start, end, candidate)

    def capitalised(self) -> None:
        midsentence = self._midsentence_words()
        for paragraph in self.article.paragraphs:
            starts = _sentence_starts(paragraph)
            turn = _turn_start(paragraph)
            title_end = -1  # where the last document's title has reached
            for tokens in self._name_runs(paragraph):
                if title_end >= 0 and self._continues_title(paragraph, title_end, tokens[0][0]):
                    title_end = tokens[-1][1]  # "the Agreement … on the Submission of the
                    continue  # Dispute … to Arbitration": words of the title, not actors
                while tokens and tokens[-1][2].lower() in self.lex.name_particles:
                    tokens = tokens[:-1]  # "Tens of" at the start of a sentence is "Tens"
                while tokens and ((tokens[0][2] in self.lex.not_names
                                   and not (tokens[0][2] in _COMPASS and len(tokens) > 1)
                                   and not (len(tokens) > 2  # "Police and Border Guard Board"
                                            and tokens[0][2] in self.body_heads
                                            and tokens[-1][2] in self.body_heads)) or (
                        tokens[0][0] in starts and tokens[0][2] not in midsentence
                        and not _ACRONYM.fullmatch(tokens[0][2])  # "UNSMIL welcomes"
                        and not self._speaks_after(paragraph, tokens[-1][1])
                        and (len(tokens) == 1 or tokens[0][2] in _OPENING_WORDS)) or (
                        tokens[0][0] == turn and tokens[0][2] in _OPENING_WORDS)):
                    tokens = tokens[1:]
                while tokens and tokens[0][2] in _LINKS | _ORG_LINKS:
                    tokens = tokens[1:]  # "Ministries of Foreign Affairs" was "Ministries"
                while len(tokens) > 1 and (tokens[0][2] in _ARTICLES | _LEADING_ADVERBS or (
                        tokens[0][2][:1].isupper()
                        and tokens[0][2].lower() in self.lex.conjunctions)):
                    tokens = tokens[1:]  # "The World Food Programme said", "But Obi said"
                # A body's name keeps a last word like "States" after a word that is not a
                # link ("Alliance of Sahel States", not "EU Mission in May").
                while tokens and (tokens[-1][2] in _ORG_LINKS
                                  or tokens[-1][2].lower() in self.lex.name_particles or (
                        tokens[-1][2] in self.lex.not_names
                        and not (len(tokens) > 1 and tokens[-2][2] not in _LINKS
                                 and _headed([t[2] for t in tokens], self.body_heads)))):
                    tokens = tokens[:-1]
                if tokens and self._extends_claim(paragraph, tokens):
                    pass  # "ASEAN Secretariat": a body of a known actor, named in full
                else:  # "UN Special Envoy Hans Grundberg": the words after a known name
                    while tokens and self.is_claimed(paragraph.number, tokens[0][0], tokens[0][1]):
                        tokens = tokens[1:]
                    if not tokens or self.is_claimed(paragraph.number, tokens[0][0],
                                                     tokens[-1][1]):
                        continue
                if all(t[2][:1].isdigit() for t in tokens):
                    continue  # "15" left of "March 15"
                if self._demonym(paragraph, tokens):
                    continue
                if len(tokens) == 1 and len(tokens[0][2].rstrip(".")) == 1:
                    continue  # an initial, or "X" the network
                if len(tokens) == 1 and (tokens[0][2] in self.lex.region_adjectives
                                         or _ADJECTIVE_ENDING.search(tokens[0][2])
                                         or _CONTRACTION.search(tokens[0][2])):
                    continue  # "African affairs", "Albanian", "Serbs"
                if all(t[2] in self.title_words for t in tokens) or (
                        tokens[-1][2] in _TITLE_HEADS
                        and re.match(r" (?:for|of) [A-Z]", paragraph.text[tokens[-1][1]:])):
                    continue  # "Minister" before a name in another script; "Cabinet
                    # Secretary for Mining": a title with no one named
                if any(t[2] in self.lex.document_heads for t in tokens):
                    self.documents.add((paragraph.number, tokens[-1][1]))
                    title_end = tokens[-1][1]
                    continue  # a document ("the Munich Agreement"), not an actor
                if self._names_document(paragraph, tokens):
                    continue  # "(JCPOA)" after "Joint Comprehensive Plan of Action"
                if tokens[-1][2] in self.lex.regions or any(
                        re.fullmatch(r"[A-Za-z]+-\d+\w*", t[2]) for t in tokens):
                    continue  # "Western Balkans", "F-16"
                if len(tokens) == 2 and tokens[0][2] in _COMPASS and (
                        _ADJECTIVE_ENDING.search(tokens[1][2]) or self._is_demonym(tokens[1][2])
                        or tokens[1][2] in self.lex.region_adjectives):
                    continue  # "East African", "South American"
                if len(tokens) <= 2 and tokens[-1][2] in self.lex.topic_heads:
                    continue  # "Political Affairs", "Trade"
                if all(self._is_demonym(t[2]) for t in tokens):
                    continue  # "Greek Cypriot", "Turkish Cypriots"
                if len(tokens) == 1 and (tokens[0][2] in self.lex.organisation_heads
                                         or tokens[0][2].lower() in self.lowercase):
                    continue  # "the Committee"; "Hundreds" where "hundreds" is used too
                if len(tokens) == 1 and self._modifies_role(paragraph, tokens[0][1]):
                    continue  # "an Omani envoy", "a Houthi spokesman": an adjective
                for part in self._person_of_body(tokens):
                    self._add_name(paragraph, part)

    def _owned_body(self, paragraph: Paragraph, start: int, owner: int) -> bool:
        """Whether the words from ``start`` to a known name at ``owner`` are a body of it
        ("State Border Service of the Republic of …"), not its formal title ("Government of
        the Republic of …" is the state itself)."""
        body = paragraph.text[start:owner]
        first = body[:body.find(" ")]  # "Ministry of Foreign Affairs of X", not "Ministers …"
        return (body.endswith(" of the ") or (body.endswith(" of ") and first in self.body_heads
                                              and not first.endswith("s"))) \
            and body.removesuffix("the ").strip() not in self.lex.state_prefixes

    def _extends_claim(self, paragraph: Paragraph, tokens: list[tuple[int, int, str]]) -> bool:
        """Whether a run is a known name followed by an organisation head ("AU Commission"),
        or a body's name ending in a known one ("State Border Service of the Republic of
        Azerbaijan"); if so the shorter mention gives way to it."""
        start, end = tokens[0][0], tokens[-1][1]
        claims = [c for c in self.claimed.get(paragraph.number, []) if c[0] < end and start < c[1]]
        served = [c for c in claims if c[1] == end and (
            self._serves(tokens, c[0]) or self._owned_body(paragraph, start, c[0]))]
        headed = bool(served) or _headed([t[2] for t in tokens], self.body_heads)
        if len(tokens) < 2 or not headed or not claims \
                or any(c[0] < start or (c[1] >= end and c not in served) for c in claims):
            return False
        self.claimed[paragraph.number] = [c for c in self.claimed[paragraph.number]
                                          if c not in claims]
        self.drop(paragraph.number, start, end)
        return True

    def _person_of_body(self, tokens: list[tuple[int, int, str]]
                        ) -> list[list[tuple[int, int, str]]]:
        """A person's name and the body after "of" ("Dino Halilagić of Our Party") as two
        names; a body's or place's own "of" ("Board of Governors", "Gulf of Tonkin") stays."""
        words = [t[2] for t in tokens]
        if "of" not in words:
            return [tokens]
        at = words.index("of")
        left = words[:at]
        while left and left[0] in self.title_words:
            left = left[1:]  # "Archbishop Emmanuel Ndong Fru of Bamenda"
        known = self.body_heads | self.lex.place_heads | self.title_words | self.lex.not_names
        if not 2 <= len(left) <= 3 or at + 1 >= len(words) or any(w in known for w in left) \
                or not all(w[:1].isupper() and not w.isupper() for w in left):
            return [tokens]
        return [tokens[:at], tokens[at + 1:]]

    def _serves(self, tokens: list[tuple[int, int, str]], at: int) -> bool:
        """Whether the known name at ``at`` ends a body's name after "of", "in" or "for"
        ("Atomic Energy Organization of Iran", "EU Mission in Armenia")."""
        before = [t[2] for t in tokens if t[1] <= at]
        return len(before) >= 2 and before[-1] in _LINKS \
            and before[-2] in self.body_heads

    def _is_demonym(self, word: str) -> bool:
        return demonym_entry(word) is not None

    def _modifies_role(self, paragraph: Paragraph, end: int) -> bool:
        following = re.match(r"\s+([a-z]+)", paragraph.text[end:])
        return following is not None and following.group(1) in self.lex.role_nouns

    def _demonym(self, paragraph: Paragraph, tokens: list[tuple[int, int, str]]) -> bool:
        """Count "Russian", "Russians" or "North Korean" as a mention of the state, not as
        a new actor."""
        start, end = tokens[0][0], tokens[-1][1]
        word = paragraph.text[start:end]
        entry = demonym_entry(word)
        if entry is None:
            return False
        candidate = _Candidate(entry.name, entry.kind, "actor.demonym", word,
                               paragraph.sentence_at(start).ref, [])
        key = actor_key(entry.name)
        self.candidate(key, candidate)
        self.mentions.append(Mention(paragraph.number, start, end, key, word, adjective=True))
        return True

    def _add_name(self, paragraph: Paragraph, tokens: list[tuple[int, int, str]]) -> None:
        title = ""
        shouting = len(tokens) > 1 and all(t[2].isupper() and len(t[2]) > 3 for t in tokens)
        if shouting:  # "SECRETARY CHRISTOPHER:" heading a transcript
            tokens = [(a, b, w.title()) for a, b, w in tokens]
        if len(tokens) > 2 and self._is_demonym(tokens[0][2]) \
                and _leading_title([t[2] for t in tokens[1:-1]]):
            tokens = tokens[1:]  # "Turkish Foreign Minister Mevlut Cavusoglu"
        while tokens[-1][2] not in self.body_heads:  # not "General Border Committee"
            known_title = _leading_title([t[2] for t in tokens[:-1]])
            if not known_title:
                break
            title = f"{title} {known_title}".strip()  # "H.E. Mr. Elnur Rahimzade"
            tokens = tokens[len(known_title.split()):]
        if title and not tokens[0][2][:1].isupper():
            return  # "Minister of Foreign Affairs": a title with no one named
        if not title:  # "Acting Homeland Security Secretary Chad Wolf"
            at = [i for i, t in enumerate(tokens[:-1]) if t[2] in _TITLE_HEADS]
            body = self.body_heads | self.lex.place_heads
            last = at[-1] if at else -1
            if at and last + 3 < len(tokens) and tokens[last + 1][2] == "of":
                last += 2  # "Deputy Assistant Secretary of State Michael Corrigan"
                while last + 2 < len(tokens) and tokens[last + 1][2] in self.lex.topic_heads:
                    last += 1  # "Acting Secretary of Homeland Security Chad Wolf"
            if at and 1 <= len(tokens) - last - 1 <= 3 and tokens[-1][2] not in body:
                title = " ".join(t[2] for t in tokens[:last + 1])
                tokens = tokens[last + 1:]
        start, end = tokens[0][0], tokens[-1][1]
        name = paragraph.text[start:end].title() if shouting else paragraph.text[start:end]
        before = paragraph.text[max(0, start - 40):start]
        ends_title = _title_before().search(before)
        title = title or (ends_title.group(1) if ends_title else "")
        words = [t[2] for t in tokens]
        preceding = before.split()[-1:] if before.split() else [""]
        member_of = [w for w in before.split()[-2:-1]
                     if w in _MEMBERS or w in self.lex.role_nouns]  # "a member of Frelimo"
        after_and = re.search(r"(\S+) (?:and|or) $", before)
        noun_after = _noun_after().match(paragraph.text, end)
        also: list[str] = []
        if noun_after and (not title or noun_after["noun"] in self.lex.place_nouns_after) \
                and not self._speaks_after(paragraph, end) \
                and not self._known_person(name) \
                and not self._people(self._by_tail.get(name.casefold(), [])):
            # "General San Martín bridge"; not "the Netanyahu coalition"
            end = noun_after.end()  # "Syunik province" is Syunik, named with its noun
            also = [paragraph.text[start:end]]
            noun_kind = self.lex.body_nouns_after.get(noun_after["noun"])
            kind, rule, cue = (noun_kind, "actor.body-noun-after", also[0]) if noun_kind \
                else ("place", "actor.place-noun-after", also[0])
        elif title:
            kind, rule, cue = "person", "actor.titled-name", f"{title} {name}"
        elif len(words) > 1 and _state_force(words, before):
            kind, rule, cue = "organisation", "actor.state-force", name  # "Malian Armed Forces"
        elif words[-1] in self.lex.armed_group_heads and len(words) > 1:
            kind, rule, cue = "armed group", "actor.armed-group-head", words[-1]
        elif len(words) > 1 and _headed(words, self.lex.organisation_heads):
            kind, rule, cue = "organisation", "actor.organisation-head", words[-1]
        elif len(words) > 1 and words[0] in self.lex.organisation_openers:
            kind, rule, cue = "organisation", "actor.organisation-opener", words[0]
        elif len(words) > 1 and (words[-1] in self.lex.place_heads or (
                len(words) > 2 and words[1] == "of" and words[0] in self.lex.place_heads)):
            kind, rule, cue = "place", "actor.place-head", words[0] if words[1:2] == ["of"] \
                else words[-1]  # "Black Sea", "Gulf of Tonkin"
        elif len(words) > 1 and (words[0] in _COMPASS or words[0] in self.lex.place_openers):
            kind, rule, cue = "place", "actor.place-opener", words[0]  # "Western Tigray"
        elif len(words) > 1 and _ACRONYM.fullmatch(words[0]) and not shouting:
            kind, rule, cue = "organisation", "actor.acronym", words[0]  # "HDZ BiH"
        elif self._speaks_after(paragraph, end) and preceding[0] != "of" \
                and preceding[0].lower() not in _PLACE_PREPOSITIONS:  # not "war in Gaza continued"
            kind, rule, cue = "person", "actor.speaker", self._speech_cue(paragraph, end)
        elif preceding[0].lower() in _PLACE_PREPOSITIONS and len(words) <= 2 \
                and not before.rstrip().lower().endswith("according to"):
            kind, rule, cue = "place", "actor.place-preposition", f"{preceding[0]} {name}"
        elif after_and and self._kind_of(after_and.group(1)) == "place":
            kind, rule, cue = "place", "actor.place-coordination", after_and.group(0) + name
        elif len(words) <= 3 and start == 0 and paragraph.number == 1 and name.isupper() \
                and _DATELINE.match(paragraph.text, end):
            name = name.title()  # "GENEVA —", "NAQOURA, Lebanon —": where the report is filed
            kind, rule, cue = "place", "actor.dateline", paragraph.text[start:end]
        elif len(words) == 1 and re.fullmatch(r"[A-Z0-9+]{2,8}", name) and name[0].isalnum():
            kind, rule, cue = "organisation", "actor.acronym", name
        elif (role := _ROLE_BEFORE.search(paragraph.text, max(0, start - 80), start)
              or DESCRIPTION_AFTER.match(paragraph.text, end)) \
                and role.group(1) in self.lex.role_nouns:
            kind, rule, cue = "person", "actor.named-role", role.group().strip(", ")  # "its
            # spokesperson, Vu Thi Minh Nguyet,", "Hafiz Abdul Basir Amin, a spokesman for"
        elif (as_body := _BODY_DESCRIBED.match(paragraph.text, end)) \
                and as_body["noun"] in self.lex.generic_bodies:  # "Jaish al-Adl, a Sunni
            armed = self.lex.armed_words & set(as_body["words"].split())  # militant group"
            kind, rule, cue = "armed group" if armed else "organisation", \
                "actor.body-described", as_body.group().strip(", ")
        elif place_of := _PLACE_OF.search(before):
            kind, rule, cue = "place", "actor.place-noun", place_of.group() + name
        elif len(words) <= 3 and preceding[0] == "the":
            kind, rule, cue = "place", "actor.place-noun", f"the {name}"  # "the Blue Nile"
        elif len(words) == 1 and (which := _WHICH.match(paragraph.text, end)):
            kind, rule, cue = "place", "actor.place-noun", name + which.group()  # not "who"
        elif len(words) == 1 and preceding[0] == "of" and member_of:
            kind, rule, cue = "organisation", "actor.member-of", f"{member_of[0]} of {name}"
        elif len(words) == 1 and preceding[0] == "of":
            kind, rule, cue = "place", "actor.place-noun", f"of {name}"  # "Archbishop … of Bamenda"
        elif len(words) == 1 and after_and and (after_and.group(1).lower() in {"he", "she"}
                                                or self._known_person(after_and.group(1))):
            kind, rule, cue = "person", "actor.person-coordination", after_and.group(0) + name
        elif len(words) == 1:
            kind, rule, cue = "person", "actor.single-name", name
        elif len([w for w in words if w not in self.lex.name_particles or w == "of"]) <= 3 \
                and not self._is_demonym(words[0]):  # "African Parks" is a body
            kind, rule, cue = "person", "actor.capitalised-name", name  # "Salim bin Nasser al-X"
        else:
            kind, rule, cue = "organisation", "actor.capitalised-name", name
        owner = _state_owner(before) if kind == "organisation" and rule == \
            "actor.organisation-head" else ""
        if owner:  # "Peru’s Ministry of Defence"
            start, name = start - len(owner), owner + name
        ref = paragraph.sentence_at(start).ref
        candidate = _Candidate(name, kind, rule, cue, ref, also)
        existing = self._bracketed(paragraph, start, end) or self._merge_target(name, kind, rule)
        if existing is not None:
            candidate = self.candidates[existing]
        if len(words) == 1:
            self.votes.setdefault(actor_key(name), []).append((kind, rule, cue, ref))
        self.add(paragraph, start, end, candidate)

    def _continues_title(self, paragraph: Paragraph, title_end: int, start: int) -> bool:
        """Whether capitalised words at ``start`` go on a document's title that reached
        ``title_end``: only linking words ("on the", "concerning the", "to") and names
        already known ("between Montenegro and the Republic of Croatia") lie between."""
        gap = paragraph.text[title_end:start]
        for claimed_start, claimed_end in sorted(self.claimed.get(paragraph.number, []),
                                                 reverse=True):
            if title_end <= claimed_start and claimed_end <= start:
                gap = gap[:claimed_start - title_end] + " " + gap[claimed_end - title_end:]
        return _TITLE_LINKS.fullmatch(gap) is not None

    def _names_document(self, paragraph: Paragraph, tokens: list[tuple[int, int, str]]) -> bool:
        """An acronym in brackets after a document's name, or that acronym used later."""
        word = tokens[0][2]
        if len(tokens) != 1 or not word.isupper():
            return False
        start, end = tokens[0][0], tokens[0][1]
        if paragraph.text[start - 2:start] == " (" and paragraph.text[end:end + 1] == ")" \
                and (paragraph.number, start - 2) in self.documents:
            self.document_names.add(word)
        return word in self.document_names

    def _bracketed(self, paragraph: Paragraph, start: int, end: int) -> str | None:
        """The actor named just before "(ELN)" or ", or ELN": a short form of its name."""
        if paragraph.text[start - 2:start] == " (" and paragraph.text[end:end + 1] == ")":
            gap = 2
        elif paragraph.text[start - 5:start] == ", or " and paragraph.text[start:end].isupper():
            gap = 5  # "the National Council for the Safeguard of the Homeland, or CNSP"
        elif paragraph.text[start - 11:start] == ", known as " \
                and paragraph.text[end:end + 1] in {",", ".", ";"}:
            gap = 11  # "Malaysia’s foreign ministry, known as Wisma Putra, said"
        else:
            return None
        key = self._at_end.get((paragraph.number, start - gap))
        before = [self.mentions[n].start for n in self._numbers_in(paragraph.number, 0, start - gap)
                  if self.mentions[n].end == start - gap]
        longer = re.search(r"([A-Z][\w’'-]*) $",
                           paragraph.text[max(0, before[-1] - 40):before[-1]]) if before else None
        if key is not None and longer and longer.group(1) not in self.lex.not_names:
            return None  # the end of a longer name: "Tehreek-e-Taliban Pakistan, or TTP"
        if key is not None and gap == 11 and before and re.search(
                r"\b(?:of|from|to|in|for|by)(?: the)? $", paragraph.text[:before[-1]]):
            return None  # "a regional force from the SADC, known as SAMIM": not the SADC
        return key

    def _known(self, name: str) -> _Candidate | None:
        """The candidate a word next to a name is, if it is one ("Kerry" in "Kerry and")."""
        return self.candidates.get(actor_key(name.strip(",;")))

    def _known_person(self, name: str) -> bool:
        """Whether ``name`` is a person on better evidence than a guess."""
        known = self._known(name)
        return known is not None and known.kind == "person" and known.rule not in _GUESSED

    def _kind_of(self, name: str) -> str:
        known = self._known(name)
        return known.kind if known else ""

    def _merge_target(self, name: str, kind: str, rule: str = "") -> str | None:
        """A known actor this name is another form of: a surname, a family name given
        first ("Kim" for "Kim Yong-chol") or an acronym already used as an alias."""
        personal = kind == "person" or rule in _WEAK_KIND
        found = []
        if personal:
            found += self._people(self._by_tail.get(name.casefold(), []))
        if name.isupper() and len(name) > 1:
            found += self._by_alias.get(name, [])
        if found:
            return min(found, key=self._rank.__getitem__)
        if personal:  # family name first: "Kim Yong-chol"
            first = self._people(self._by_first.get(name, []))
            last = [k for k in self._people(self._by_tail.get(name.casefold(), []))
                    if self.candidates[k].name.split()[-1] == name]
            if len(first) == 1 and not last:
                return first[0]
            middle = self._people(self._by_middle.get(name, []))
            if len(middle) == 1 and not first and not last:
                return middle[0]  # "Elizondo" for "Tomás Elizondo Vega"
        return None

    def _people(self, keys: list[str]) -> list[str]:
        return [k for k in keys if self.candidates[k].kind == "person"]

    def _speaks_after(self, paragraph: Paragraph, end: int) -> bool:
        return bool(self._speech_cue(paragraph, end))

    def _speech_cue(self, paragraph: Paragraph, end: int) -> str:
        rest = re.match(r"(?:, \d{1,3},)?\s+(?:(?:first|then|also|later|again|has|had|have|would)"
                        r"\s+)?(\w+)", paragraph.text[end:])  # "Taeki, 61, said"
        if rest and rest.group(1) in self.lex.speech_verbs:
            return rest.group(0).strip()
        return ""

    def _midsentence_words(self) -> set[str]:
        words: set[str] = set()
        for paragraph in self.article.paragraphs:
            starts = _sentence_starts(paragraph)
            turn = _turn_start(paragraph)
            for tokens in self._name_runs(paragraph):
                words.update(t[2] for t in tokens if t[0] not in starts and t[0] != turn)
        return words

    def _name_runs(self, paragraph: Paragraph) -> list[list[tuple[int, int, str]]]:
        """Runs of capitalised words (with name particles inside) separated by one space."""
        if paragraph.number not in self._runs:
            self._runs[paragraph.number] = self._find_runs(paragraph)
        return self._runs[paragraph.number]

    def _find_runs(self, paragraph: Paragraph) -> list[list[tuple[int, int, str]]]:
        runs: list[list[tuple[int, int, str]]] = []
        run: list[tuple[int, int, str]] = []
        last_end = -2
        for match in _WORD.finditer(paragraph.text):
            word, start = match.group(), match.start()
            abbreviated = word in self.title_words  # "Col." keeps its run: "Col. Omar Haddad"
            if not abbreviated and not re.fullmatch(r"(?:[A-Z]\.)+", word):
                word = word.rstrip(".")
            possessive = _POSSESSIVE.search(word)
            if possessive and word[:possessive.start()] in self.lex.possessive_name_words \
                    and run and re.match(r" [A-Z]", paragraph.text[match.end():]):
                possessive = None  # "Tigray People’s Liberation Front" is one name
            if possessive:
                word = word[: possessive.start()]
            end = start + len(word)
            linked = any(t[2] in {"for", "on"} for t in run)
            following = re.match(r"\s+(?:the\s+)?([A-Z][\w’'-]*)", paragraph.text[end:end + 60]) \
                if word in _ORG_LINKS and run else None
            if following and start == last_end + 1 \
                    and following.group(1) not in self.lex.not_names and (
                        (word in {"for", "on"} and (run[-1][2] in self.body_heads
                                                    or run[-1][2] in self.lex.document_heads
                                                    or run[0][2] in self.body_heads))
                        or (word == "in" and (linked or run[-1][2] in _POSTED_HEADS))
                        or (word == "and" and (linked or (self._and_body(paragraph.text, end)
                                                          and not self._is_demonym(run[-1][2]))
                                               or self._and_title(paragraph, run, end)
                                               or self._and_portfolio(run, paragraph.text,
                                                                      end)))
                        or (word == "the" and (run[-1][2] in {"for", "on"}
                                               or (run[-1][2] == "of" and (
                                                   linked or (len(run) > 1 and run[-2][2]
                                                              in self.body_heads)))))):
                run.append((start, end, word))  # "Working Mechanism for Consultation and …"
                last_end = end
                continue
            is_name = (bool(word) and (word[0].isupper() or self._particle(word))
                       and (word.lower() not in self.lex.role_nouns or word in self.title_words
                            or word.title() in self.title_words)
                       and word not in self.lex.person_pronouns
                       and not _hyphen_adjective(word)) \
                or self._numbered(paragraph.text, run if start == last_end + 1 else [], word, end)
            if is_name and run and start == last_end + 1 and (
                    paragraph.text[last_end] == " "
                    or (paragraph.text[last_end] == "–" and self._dash_pair(paragraph.text, run,
                                                                             start))):
                run.append((start, end, word))
            elif is_name:
                if run:
                    runs.append(run)
                run = [(start, end, word)]
            else:
                if run:
                    runs.append(run)
                run = []
            last_end = end
            if possessive or (match.group().endswith(".") and word != match.group()
                              and not abbreviated):
                if run:
                    runs.append(run)
                run = []
        if run:
            runs.append(run)
        return [self._trim_particles(r) for r in runs  # "al-Mansouri" is a name on its own
                if any(t[2][0].isupper() or _PARTICLE_NAME.fullmatch(t[2]) for t in r)]

    def _dash_pair(self, text: str, run: list[tuple[int, int, str]], start: int) -> bool:
        """Whether two names joined by an en dash name one place, as a place noun after them
        shows ("the Kars–Gyumri railway", "the Jaber–Nassib border crossing"); not two
        states ("the Ethiopia–Sudan border")."""
        rest = _CAPITALISED_RUN.match(text, start)
        if rest is None or _noun_after().match(text, rest.end()) is None:
            return False
        return not any(state_of(name) for name in (" ".join(t[2] for t in run), rest.group()))

    def _numbered(self, text: str, run: list[tuple[int, int, str]], word: str, end: int) -> bool:
        """Whether a number is part of a name: an ordinal or "5+5" before one ("6th Infantry
        Division", "5+5 Joint Military Commission"), or a number closing one ("Haiyang
        Shiyou 981", "Command Region 4"), not a date ("March 3") or a count ("Geneva 10
        days")."""
        if _NUMBER_BEFORE.fullmatch(word):
            return re.match(r" [A-Z]", text[end:end + 2]) is not None
        return _NUMBER_AFTER.fullmatch(word) is not None and len(run) >= 2 \
            and all(t[2][:1].isupper() and t[2] not in _OPENING_WORDS for t in run[-2:]) \
            and run[-1][2] not in self.lex.not_names \
            and re.match(r" [a-z]+s\b| ?(?:%|per)", text[end:end + 20]) is None

    def _and_title(self, paragraph: Paragraph, run: list[tuple[int, int, str]], end: int
                   ) -> bool:
        """Whether "and" joins the words of one title ("Energy and Oil Minister"), not two
        names ("Rwanda and Burundi President …")."""
        found = _and_title_pattern().match(paragraph.text, end)
        return found is not None and len(run) == 1 \
            and not self.is_claimed(paragraph.number, run[0][0], run[0][1]) \
            and not self.is_claimed(paragraph.number, found.start(1), found.end(1))

    def _and_portfolio(self, run: list[tuple[int, int, str]], text: str, end: int) -> bool:
        """Whether "and" joins a second portfolio to a ministry's ("Ministry of Foreign
        Affairs and International Cooperation", "Ministry of Information and Civic
        Education"): the words after it end the name, the last of them a topic word or
        a capitalised noun, none of them a known name."""
        words = [t[2] for t in run if t[2] not in {"The", "the"}]
        if len(words) < 3 or words[0] not in self.body_heads or words[1] != "of":
            return False
        after = re.match(r"\s+((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)(?=[,.;:)]|\s+[a-z(])",
                         text[end:end + 80])
        if after is None:
            return False
        return not any(self._known(w) or w in _TITLE_HEADS for w in after.group(1).split()) \
            and not self._known(after.group(1))

    def _and_body(self, text: str, end: int) -> bool:
        """Whether "and" joins words of one body's name ("Peace and Security Council")."""
        return _and_body_pattern().match(text[end:end + 80]) is not None

    def _particle(self, word: str) -> bool:
        head = word.split("-", 1)[0]
        return head in self.lex.name_particles and ("-" in word or word in self.lex.name_particles)

    def _trim_particles(self, run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        while run and run[0][2] in self.lex.name_particles:
            run = run[1:]
        return run


def find_actors(article: Article) -> ActorTable:
    """Every actor of ``article`` with its aliases and the paragraphs that name it."""
    finder = _Finder(article, lexicon())
    finder.speaker_of_remarks()
    finder.gazetteer()
    finder.institutions()
    finder.collectives()
    finder.capitalised()
    finder.settle_kinds()
    finder.drop_peoples()
    merged = finder.capitals_as_states() | finder.armies_as_forces() \
        | finder.acronyms_as_initials()
    mentions = sorted((replace(m, key=merged.get(m.key, m.key))
                       for n, m in enumerate(finder.mentions) if n not in finder.dropped),
                      key=lambda m: (m.paragraph, m.start))
    first_seen: dict[str, Mention] = {}
    where: dict[str, set[int]] = {}
    for mention in mentions:
        first_seen.setdefault(mention.key, mention)
        where.setdefault(mention.key, set()).add(mention.paragraph)
    # The speaker a heading names is an actor even if the text never names them again.
    heading = [k for k, c in finder.candidates.items()
               if c.rule == "actor.remarks-by" and k not in first_seen]
    actors = []
    for key in heading + sorted(first_seen,
                                key=lambda k: (first_seen[k].paragraph, first_seen[k].start)):
        candidate = finder.candidates[key]
        paragraphs = sorted(where.get(key, ()))
        aliases = tuple(sorted(a for a in set(candidate.aliases) if a != candidate.name))
        actors.append(Actor(key, candidate.name, candidate.kind, aliases, tuple(paragraphs),
                            Why(candidate.rule, candidate.cue, candidate.sentence)))
    return ActorTable(tuple(actors), tuple(mentions))
