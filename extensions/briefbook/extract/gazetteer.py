"""Known names: the gazetteer's patterns and lookups by name and demonym."""

from __future__ import annotations

import re
from functools import cache

from briefbook.extract.lexicon import GazetteerEntry, lexicon


@cache
def gazetteer_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern for every gazetteer name and alias, the longest first, perhaps after a
    state's formal prefix ("Federal Democratic Republic of", group ``formal``), with the
    entry each name or alias stands for. The prefixes are a group of their own rather than
    one alternative per state and prefix, which keeps the pattern small and fast."""
    lex = lexicon()
    surfaces: dict[str, int] = {}
    for index, entry in enumerate(lex.gazetteer):
        for surface in (entry.name, *entry.aliases):
            surfaces.setdefault(surface, index)
    alternation = "|".join(re.escape(s) for s in sorted(surfaces, key=lambda s: (-len(s), s)))
    prefixes = "|".join(re.escape(p) for p in sorted(lex.state_prefixes, key=lambda p: -len(p)))
    return re.compile(rf"(?<![\w.])(?P<formal>(?:{prefixes})(?: the)? )?"
                      rf"(?P<name>{alternation})(?![\w])"), surfaces


def gazetteer_match(match: re.Match[str], surfaces: dict[str, int]) -> tuple[int, int]:
    """The entry a match of ``gazetteer_pattern`` stands for and where its name starts: the
    whole match when it is itself a name ("Democratic Republic of the Congo") or a state's
    formal name ("Republic of Kenya"); else the name after the prefix, which is not part of
    it ("Union of" before a body's name)."""
    whole = match.group()
    if whole in surfaces:
        return surfaces[whole], match.start()
    index = surfaces[match.group("name")]
    if match.group("formal") and lexicon().gazetteer[index].kind == "state":
        return index, match.start()
    return index, match.start("name")


@cache
def institution_pattern() -> re.Pattern[str]:
    """A demonym or a state's name, then an institution ("Syrian air force", "Turkey's
    foreign ministry")."""
    lex = lexicon()
    demonyms = sorted({d for e in lex.gazetteer for d in e.demonyms}
                      | {e.name for e in lex.gazetteer if e.kind == "state"},
                      key=lambda s: (-len(s), s))
    institutions = sorted(lex.institutions, key=lambda s: (-len(s), s))
    return re.compile(
        rf"(?<![\w.])(?P<demonym>{'|'.join(map(re.escape, demonyms))})(?:’s|'s)? "
        rf"(?P<institution>{'|'.join(map(re.escape, institutions))})(?![\w])"
    )


@cache
def _by_demonym() -> dict[str, GazetteerEntry]:
    """Gazetteer entries by demonym and plural demonym ("Russian", "Russians")."""
    table: dict[str, GazetteerEntry] = {}
    for entry in lexicon().gazetteer:
        for demonym in entry.demonyms:
            table.setdefault(demonym, entry)
            table.setdefault(demonym + "s", entry)
    return table


def demonym_entry(word: str) -> GazetteerEntry | None:
    """The gazetteer entry a demonym ("Russian", "Russians") stands for."""
    return _by_demonym().get(word)


def state_of(word: str) -> GazetteerEntry | None:
    """The gazetteer state a demonym or a state's name stands for."""
    entry = demonym_entry(word)
    if entry is not None and entry.kind == "state":
        return entry
    return _states_by_name().get(word)


@cache
def _states_by_name() -> dict[str, GazetteerEntry]:
    states: dict[str, GazetteerEntry] = {}
    for entry in lexicon().gazetteer:
        if entry.kind == "state":
            states.setdefault(entry.name, entry)
    return states
