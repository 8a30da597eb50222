"""The actors of an article and where they are named: the table every later stage reads."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from briefbook.ingest.slug import slugify
from briefbook.model import Actor, Why


@dataclass(frozen=True)
class Mention:
    """One place an actor is named: paragraph, character span, and the words used."""

    paragraph: int
    start: int
    end: int
    key: str
    surface: str
    adjective: bool = False


@dataclass(frozen=True)
class ActorTable:
    """The actors of an article and every mention of them, in reading order.

    Lookups are indexed (by key, by paragraph, people by position) so that rules stay
    linear in the length of the article.
    """

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    _keys: dict[str, Actor] = field(init=False, repr=False, compare=False)
    _by_paragraph: dict[int, list[Mention]] = field(init=False, repr=False, compare=False)
    _people: list[tuple[int, int, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = {a.id: a for a in self.actors}
        by_paragraph: dict[int, list[Mention]] = {}
        for mention in self.mentions:
            by_paragraph.setdefault(mention.paragraph, []).append(mention)
        people = sorted((m.paragraph, m.start, m.key) for m in self.mentions
                        if keys[m.key].kind == "person")
        object.__setattr__(self, "_keys", keys)
        object.__setattr__(self, "_by_paragraph", by_paragraph)
        object.__setattr__(self, "_people", people)

    def by_key(self, key: str) -> Actor:
        return self._keys[key]

    def name_of(self, key: str) -> str:
        return self.by_key(key).name

    def key_for(self, name: str) -> str | None:
        """The key of the actor called ``name``, if the article names it."""
        key = actor_key(name)
        return key if key in self._keys and self._keys[key].name == name else None

    def in_span(self, paragraph: int, start: int, end: int) -> list[Mention]:
        return [m for m in self._by_paragraph.get(paragraph, ())
                if m.start >= start and m.end <= end]

    def named(self) -> set[str]:
        """Keys of actors named at least once by a name, not only by an adjective
        ("Venezuelan border" mentions Venezuela but does not make it an actor)."""
        return {m.key for m in self.mentions if not m.adjective}

    def last_person_before(self, paragraph: int, offset: int,
                           quoted: dict[int, list[tuple[int, int]]] | None = None
                           ) -> tuple[int, int, str] | None:
        """The last mention of a person before a position, if any; with ``quoted`` spans,
        not one inside a quote ("… in Crater or Sheikh Othman," … He acknowledged)."""
        index = bisect_left(self._people, (paragraph, offset))
        for found in reversed(self._people[:index]):
            if not any(a <= found[1] < b for a, b in (quoted or {}).get(found[0], [])):
                return found
        return None


def actor_key(name: str) -> str:
    """The stable id of the actor called ``name``."""
    return "actor-" + (slugify(name) or "unnamed")


def add_speaker(table: ActorTable, name: str, paragraph: int, cue: str, ref: str) -> tuple[
        ActorTable, str]:
    """Add an unnamed speaker ("senior State Department official") as a source: one who
    speaks in the article but is not named, so is not counted among its actors."""
    key = actor_key(name)
    if any(a.id == key for a in table.actors):
        return table, key
    actor = Actor(key, name, "source", (), (paragraph,), Why("actor.unnamed-speaker", cue, ref))
    return ActorTable((*table.actors, actor), table.mentions), key
