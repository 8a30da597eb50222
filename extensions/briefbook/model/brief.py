"""Dataclasses of the brief model.

``basis`` says what kind of statement an item is: ``reported`` (the article's own
words or a faithful restatement of them), ``quote`` (a speaker's words) or
``judgement`` (an analyst's reading). Pages show the three differently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from briefbook.ingest.article import Article

Basis = Literal["reported", "quote", "judgement"]
Origin = Literal["extracted", "analyst"]


@dataclass(frozen=True)
class Why:
    """Why an item exists: the rule that fired, the cue it saw, and where."""

    rule: str
    cue: str
    sentence: str = ""

    def describe(self) -> str:
        where = f" in sentence {self.sentence}" if self.sentence else ""
        return f"{self.rule}: “{self.cue}”{where}" if self.cue else f"{self.rule}{where}"


@dataclass(frozen=True)
class Citation:
    """An exact span of one paragraph that an item rests on."""

    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """A statement in the brief: background, risk, key point, what to watch..."""

    id: str
    summary: str
    citations: tuple[Citation, ...]
    why: Why
    basis: Basis = "reported"
    origin: Origin = "extracted"

    @property
    def paragraphs(self) -> tuple[int, ...]:
        return tuple(sorted({c.paragraph for c in self.citations}))

    @property
    def evidence(self) -> str:
        return self.citations[0].text if self.citations else ""


@dataclass(frozen=True)
class Term(Finding):
    """A term of the proposal: what it provides, between whom, on what conditions."""

    parties: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Position(Finding):
    """An actor's stated or reported stance towards the proposal."""

    actor: str = ""
    stance: str = ""


@dataclass(frozen=True)
class Quote(Finding):
    """A direct quotation and who said it (``summary`` holds the quoted words)."""

    speaker: str = ""


@dataclass(frozen=True)
class TimelineEntry(Finding):
    """A dated event; ``order`` places it before (<0), at (0) or after (>0) the report."""

    when: str = ""
    order: int = 0


@dataclass(frozen=True)
class Actor:
    """A person, state, organisation, armed group or place, with its other names."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    mentions: tuple[int, ...]
    why: Why
    origin: Origin = "extracted"


@dataclass(frozen=True)
class Node:
    """A body or party in the proposed structure."""

    id: str
    label: str
    kind: str
    paragraphs: tuple[int, ...] = ()


@dataclass(frozen=True)
class Edge:
    """A relation between two structure nodes."""

    source: str
    target: str
    label: str
    paragraphs: tuple[int, ...] = ()
    dashed: bool = False


@dataclass(frozen=True)
class Structure:
    """The proposed structure (analyst-drawn) or a generic proposal map (extracted)."""

    title: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    origin: Origin = "extracted"
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class SourceInfo:
    """What is known of the article's source; the analyst overlay may fill it in."""

    outlet: str = ""
    published: str = ""
    author: str = ""
    url: str = ""
    licence: str = ""


@dataclass(frozen=True)
class Brief:
    """Everything one briefing shows."""

    article: Article
    summary: Finding | None
    key_points: tuple[Finding, ...]
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    terms: tuple[Term, ...]
    positions: tuple[Position, ...]
    risks: tuple[Finding, ...]
    watch: tuple[Finding, ...]
    background: tuple[Finding, ...]
    timeline: tuple[TimelineEntry, ...]
    structure: Structure
    source: SourceInfo = field(default_factory=SourceInfo)
    overlay_path: str = ""
