"""The brief as plain JSON-ready data (``briefbook extract`` prints this)."""

from __future__ import annotations

from typing import Any

from briefbook.model.brief import (
    Actor,
    Brief,
    Citation,
    Finding,
    Position,
    Quote,
    Term,
    TimelineEntry,
    Why,
)


def _why(why: Why) -> dict[str, str]:
    return {"rule": why.rule, "cue": why.cue, "sentence": why.sentence}


def _citation(citation: Citation) -> dict[str, Any]:
    return {"paragraph": citation.paragraph, "start": citation.start, "end": citation.end,
            "text": citation.text}


def finding_data(item: Finding) -> dict[str, Any]:
    """Common keys of every finding, plus the keys of its kind."""
    data: dict[str, Any] = {"id": item.id, "summary": item.summary, "evidence": item.evidence,
                            "paragraphs": list(item.paragraphs), "basis": item.basis,
                            "origin": item.origin, "why": _why(item.why),
                            "citations": [_citation(c) for c in item.citations]}
    if isinstance(item, Term):
        data |= {"term": item.summary, "parties": list(item.parties),
                 "conditions": list(item.conditions)}
    if isinstance(item, Position):
        data |= {"actor": item.actor, "position": item.summary, "stance": item.stance}
    if isinstance(item, TimelineEntry):
        data |= {"when": item.when, "event": item.summary, "order": item.order,
                 "paragraph": item.paragraphs[0] if item.paragraphs else None}
    return data


def _quote(quote: Quote) -> dict[str, Any]:
    return finding_data(quote) | {"text": quote.summary, "speaker": quote.speaker,
                                  "paragraph": quote.paragraphs[0]}


def _actor(actor: Actor) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "kind": actor.kind,
            "aliases": list(actor.aliases), "paragraphs": list(actor.mentions),
            "origin": actor.origin, "why": _why(actor.why)}


def brief_data(brief: Brief) -> dict[str, Any]:
    """Every part of the brief, in a stable key order."""
    article = brief.article
    structure = brief.structure
    return {
        "title": article.title,
        "dek": article.dek,
        "slug": article.slug,
        "file": article.path.name,
        "sha256": article.sha256,
        "overlay": brief.overlay_path and brief.overlay_path.rsplit("/", 1)[-1],
        "source": vars(brief.source),
        "paragraphs": [{"n": p.number, "text": p.text} for p in article.paragraphs],
        "summary": finding_data(brief.summary) if brief.summary else None,
        "key_points": [finding_data(k) for k in brief.key_points],
        "actors": [_actor(a) for a in brief.actors],
        "quotes": [_quote(q) for q in brief.quotes],
        "terms": [finding_data(t) for t in brief.terms],
        "positions": [finding_data(p) for p in brief.positions],
        "risks": [finding_data(r) for r in brief.risks],
        "watch": [finding_data(w) for w in brief.watch],
        "background": [finding_data(b) for b in brief.background],
        "timeline": [finding_data(t) for t in brief.timeline],
        "structure": {
            "title": structure.title,
            "origin": structure.origin,
            "nodes": [{"id": n.id, "label": n.label, "kind": n.kind,
                       "paragraphs": list(n.paragraphs)} for n in structure.nodes],
            "edges": [{"from": e.source, "to": e.target, "label": e.label,
                       "dashed": e.dashed, "paragraphs": list(e.paragraphs)}
                      for e in structure.edges],
        },
    }
