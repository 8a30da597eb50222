"""Custom docutils nodes of the briefing pages, resolved or drawn per builder."""

from __future__ import annotations

from docutils import nodes


class paragraph_ref(nodes.Inline, nodes.Element):
    """A ¶ citation, resolved to a link into the source page once the builder is known.

    Attributes: ``todoc`` (the source page), ``paragraph`` (its number), ``preview``
    (the cited paragraph's opening words, shown on hover).
    """


class cite_preview(nodes.Inline, nodes.TextElement):
    """The cited paragraph's opening words, shown when a ¶ link is hovered or focused."""


class why_note(nodes.Inline, nodes.TextElement):
    """Why an item is in the brief (rule and cue); a disclosure in HTML, dropped in print."""


class catalog_placeholder(nodes.General, nodes.Element):
    """Replaced at write time by the list of every briefing in the book."""
