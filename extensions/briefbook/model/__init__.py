"""The typed brief: everything a briefing shows, each item with its evidence and reason."""

from briefbook.model.brief import (
    Actor,
    Brief,
    Citation,
    Edge,
    Finding,
    Node,
    Position,
    Quote,
    SourceInfo,
    Structure,
    Term,
    TimelineEntry,
    Why,
)

__all__ = [
    "Actor",
    "Brief",
    "Citation",
    "Edge",
    "Finding",
    "Node",
    "Position",
    "Quote",
    "SourceInfo",
    "Structure",
    "Term",
    "TimelineEntry",
    "Why",
]
