"""Load the lexicons (YAML data beside this module) once, as typed, compiled values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).with_name("lexicons")


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True)
class CueRule:
    """A named pattern; ``order`` is used only by timeline rules.

    ``reported`` rules look only at the writer's own words (direct quotes blanked out);
    ``unless`` is a pattern that, found in the same text, stops the rule from firing, and
    ``needs`` one that must also be found there. A ``quoted`` position rule fires inside a
    direct quote, and the quote's speaker holds the position. An ``after`` rule fires only
    when the sentence before, in the same paragraph, carries that label (it goes on with it).
    A ``narrated`` position rule fires in a transcript, whose speaker holds the position.
    """

    name: str
    pattern: re.Pattern[str]
    order: int = 0
    reported: bool = False
    unless: re.Pattern[str] | None = None
    needs: re.Pattern[str] | None = None
    quoted: bool = False
    after: str = ""
    narrated: bool = False


@dataclass(frozen=True)
class Lexicon:
    gazetteer: tuple[GazetteerEntry, ...]
    capitals: frozenset[str]
    speech_verbs: frozenset[str]
    speech_participles: frozenset[str]
    person_pronouns: frozenset[str]
    genders: dict[str, str]
    subordinators: frozenset[str]
    later_ordinals: frozenset[str]
    description_verbs: tuple[str, ...]
    private_roles: frozenset[str]
    role_nouns: frozenset[str]
    role_groups: dict[str, int]
    institutions: tuple[str, ...]
    state_voices: frozenset[str]
    collective_heads: frozenset[str]
    collective_armed: frozenset[str]
    collective_synonyms: dict[str, str]
    person_titles: tuple[str, ...]
    person_title_words: frozenset[str]  # the words of those titles ("Lieutenant", "Col.")
    organisation_heads: frozenset[str]
    organisation_openers: frozenset[str]
    place_heads: frozenset[str]
    place_openers: frozenset[str]
    place_nouns_after: frozenset[str]
    body_nouns_after: dict[str, str]
    armed_group_heads: frozenset[str]
    name_particles: frozenset[str]
    not_names: frozenset[str]
    region_adjectives: frozenset[str]
    regions: frozenset[str]
    topic_heads: frozenset[str]
    document_heads: frozenset[str]
    generic_bodies: frozenset[str]
    armed_words: frozenset[str]
    people_nouns: frozenset[str]
    possessive_name_words: frozenset[str]
    conjunctions: frozenset[str]
    state_prefixes: tuple[str, ...]
    classes: dict[str, tuple[CueRule, ...]]
    timeline: tuple[CueRule, ...]


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((LEXICON_DIR / name).read_text("utf-8"))
    return data


def _optional(item: dict[str, Any], key: str) -> re.Pattern[str] | None:
    """A rule's optional pattern; a list of patterns (some of them shared, by YAML alias)
    matches when any of them does."""
    if key not in item:
        return None
    value = item[key]
    return re.compile("|".join(value) if isinstance(value, list) else value, re.IGNORECASE)


def _rules(items: list[dict[str, Any]]) -> tuple[CueRule, ...]:
    return tuple(
        CueRule(item["rule"], re.compile(item["pattern"], re.IGNORECASE),
                int(item.get("order", 0)), bool(item.get("reported", False)),
                _optional(item, "unless"), _optional(item, "needs"), bool(item.get("quoted")),
                str(item.get("after", "")), bool(item.get("narrated")))
        for item in items
    )


@cache
def lexicon() -> Lexicon:
    """The lexicon, loaded on first use."""
    actors = _load("actors.yaml")
    cues = _load("cues.yaml")
    entries = [
        GazetteerEntry(entry["name"], entry.get("kind", default_kind),
                       tuple(entry.get("aliases", ())), tuple(entry.get("demonyms", ())))
        for section, default_kind in (("states", "state"), ("organisations", "organisation"),
                                      ("people", "person"))
        for entry in actors.get(section) or []
    ]
    return Lexicon(
        gazetteer=tuple(entries),
        capitals=frozenset(actors.get("capitals") or ()),
        speech_verbs=frozenset(cues["speech_verbs"]),
        speech_participles=frozenset(cues["speech_participles"]),
        person_pronouns=frozenset(cues["person_pronouns"]),
        private_roles=frozenset(cues["private_roles"]),
        subordinators=frozenset(cues["subordinators"]),
        later_ordinals=frozenset(cues["later_ordinals"]),
        description_verbs=tuple(cues["description_verbs"]),
        genders={word: gender for gender, words in cues["gendered_words"].items()
                 for word in words},
        role_nouns=frozenset(cues["role_nouns"]),
        role_groups={role: number for number, group in enumerate(cues["role_groups"])
                     for role in group},
        institutions=tuple(cues["institutions"]),
        state_voices=frozenset(cues["state_voices"]),
        collective_heads=frozenset(cues["collective_heads"]),
        collective_armed=frozenset(cues["collective_armed"]),
        collective_synonyms=dict(cues["collective_synonyms"]),
        person_titles=tuple(cues["person_titles"]),
        person_title_words=frozenset(w for title in cues["person_titles"] for w in title.split()),
        organisation_heads=frozenset(cues["organisation_heads"]),
        organisation_openers=frozenset(cues["organisation_openers"]),
        place_heads=frozenset(cues["place_heads"]),
        place_openers=frozenset(cues["place_openers"]),
        place_nouns_after=frozenset(cues["place_nouns_after"]),
        body_nouns_after=dict(cues["body_nouns_after"]),
        armed_group_heads=frozenset(cues["armed_group_heads"]),
        name_particles=frozenset(cues["name_particles"]),
        not_names=frozenset(cues["not_names"]),
        region_adjectives=frozenset(cues["region_adjectives"]),
        regions=frozenset(cues["regions"]),
        topic_heads=frozenset(cues["topic_heads"]),
        document_heads=frozenset(cues["document_heads"]),
        generic_bodies=frozenset(cues["generic_bodies"]),
        armed_words=frozenset(cues["armed_words"]),
        people_nouns=frozenset(cues["people_nouns"]),
        possessive_name_words=frozenset(cues["possessive_name_words"]),
        conjunctions=frozenset(cues["conjunctions"]),
        state_prefixes=tuple(cues["state_prefixes"]),
        classes={label: _rules(rules) for label, rules in cues["classes"].items()},
        timeline=_rules(cues["timeline"]),
    )
