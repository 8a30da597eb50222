"""Merge a checked overlay into the automatic brief: add, correct, drop, replace."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from briefbook.ingest.slug import slugify
from briefbook.model import (
    Actor,
    Brief,
    Edge,
    Finding,
    Node,
    Position,
    Quote,
    Structure,
    Term,
    TimelineEntry,
    Why,
)
from briefbook.model.brief import Basis
from briefbook.overlay.schema import Overlay, OverlayItem
from briefbook.problems import InputError, Problem

F = TypeVar("F", bound=Finding)


def _why(overlay: Overlay, item: OverlayItem) -> Why:
    return Why("overlay.analyst", f"{overlay.path.name}:{item.line}")


def _finding(overlay: Overlay, item: OverlayItem) -> Finding:
    return Finding(item.id, item.text, item.citations, _why(overlay, item),
                   basis=_basis(item), origin="analyst")


def _basis(item: OverlayItem) -> Basis:
    return "judgement" if item.basis == "judgement" else "reported"


def _build(overlay: Overlay, item: OverlayItem) -> Finding:
    why, basis = _why(overlay, item), _basis(item)
    if item.section == "terms":
        return Term(item.id, item.text, item.citations, why, basis, "analyst",
                    parties=item.parties, conditions=item.conditions)
    if item.section == "positions":
        return Position(item.id, item.text, item.citations, why, basis, "analyst",
                        actor=item.actor, stance=item.stance)
    if item.section == "timeline":
        return TimelineEntry(item.id, item.text, item.citations, why, basis, "analyst",
                             when=item.when, order=item.order)
    return _finding(overlay, item)


def _merge(section: str, extracted: tuple[F, ...], overlay: Overlay,
           problems: list[Problem], dropped: set[str]) -> tuple[F, ...]:
    items = overlay.items.get(section, ())
    kept: list[Finding] = [] if section in overlay.replace else [
        f for f in extracted if f.id not in dropped]
    known = {f.id for f in extracted}
    for item in items:
        built = _build(overlay, item)
        if item.replaces:
            if item.replaces not in known:
                problems.append(Problem(overlay.path, item.line,
                                        f"replaces an unknown {section} item {item.replaces!r}",
                                        "run `briefbook extract --no-overlay` to see the ids"))
                continue
            at = next((i for i, f in enumerate(kept) if f.id == item.replaces), len(kept))
            kept[at:at + 1] = [built]
        else:
            kept.append(built)
    if section == "timeline":
        kept.sort(key=lambda f: f.order if isinstance(f, TimelineEntry) else 0)
    return tuple(kept)  # type: ignore[arg-type]


def _actors(brief: Brief, overlay: Overlay, problems: list[Problem]) -> tuple[Actor, ...]:
    actors = list(brief.actors)
    for fix in overlay.actors:
        target = fix.replaces or fix.name
        at = next((i for i, a in enumerate(actors) if target in (a.name, *a.aliases)), None)
        if at is None and fix.replaces:
            problems.append(Problem(overlay.path, fix.line,
                                    f"replaces an unknown actor {fix.replaces!r}"))
            continue
        why = Why("overlay.analyst", f"{overlay.path.name}:{fix.line}")
        if at is None:
            actors.append(Actor("actor-" + slugify(fix.name), fix.name, fix.kind or "person",
                                fix.aliases, (), why, origin="analyst"))
            continue
        old = actors[at]
        aliases = {*old.aliases, *fix.aliases, *([old.name] if old.name != fix.name else [])}
        actors[at] = replace(old, name=fix.name, kind=fix.kind or old.kind,
                             aliases=tuple(sorted(aliases - {fix.name})), why=why,
                             origin="analyst")
    return tuple(actors)


def _quotes(brief: Brief, overlay: Overlay, problems: list[Problem],
            actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    renamed = {alias: a.name for a in actors for alias in (*a.aliases, a.name)}
    quotes = [replace(q, speaker=renamed.get(q.speaker, q.speaker)) for q in brief.quotes]
    for fix in overlay.quotes:
        at = next((i for i, q in enumerate(quotes) if q.id == fix.id), None)
        if at is None:
            problems.append(Problem(overlay.path, fix.line, f"no quote has the id {fix.id!r}",
                                    "run `briefbook extract --no-overlay` to see the ids"))
            continue
        quotes[at] = replace(quotes[at], speaker=fix.speaker,
                             why=Why("overlay.speaker", f"{overlay.path.name}:{fix.line}"))
    return tuple(quotes)


def _structure(brief: Brief, overlay: Overlay) -> Structure:
    spec = overlay.structure
    if spec is None:
        return brief.structure
    nodes = tuple(Node(n.id, n.label, n.kind, tuple(sorted({c.paragraph for c in n.citations})))
                  for n in spec.nodes)
    edges = tuple(Edge(e.source, e.target, e.label,
                       tuple(sorted({c.paragraph for c in e.citations})), e.dashed)
                  for e in spec.edges)
    citations = tuple(c for n in spec.nodes for c in n.citations) + tuple(
        c for e in spec.edges for c in e.citations)
    return Structure(spec.title, nodes, edges, origin="analyst", citations=citations)


def apply_overlay(brief: Brief, overlay: Overlay) -> Brief:
    """The brief with the analyst's overlay applied; unknown ids are reported."""
    problems: list[Problem] = []
    known = {f.id for section in (brief.key_points, brief.terms, brief.positions, brief.risks,
                                  brief.watch, brief.background, brief.timeline) for f in section}
    for item_id, line in overlay.drop:
        if item_id not in known:
            problems.append(Problem(overlay.path, line, f"drop names an unknown item {item_id!r}",
                                    "run `briefbook extract --no-overlay` to see the ids"))
    dropped = {item_id for item_id, _ in overlay.drop}
    actors = _actors(brief, overlay, problems)
    renamed = {alias: a.name for a in actors for alias in (*a.aliases, a.name)}
    positions = tuple(replace(p, actor=renamed.get(p.actor, p.actor))
                      for p in _merge("positions", brief.positions, overlay, problems, dropped))
    key_points = overlay.items.get("key_points", ())
    merged = replace(
        brief,
        source=overlay.source,
        summary=_finding(overlay, overlay.summary) if overlay.summary else brief.summary,
        key_points=tuple(_finding(overlay, k) for k in key_points) if key_points
        else _merge("key_points", brief.key_points, overlay, problems, dropped),
        actors=actors,
        quotes=_quotes(brief, overlay, problems, actors),
        terms=_merge("terms", brief.terms, overlay, problems, dropped),
        positions=positions,
        risks=_merge("risks", brief.risks, overlay, problems, dropped),
        watch=_merge("watch", brief.watch, overlay, problems, dropped),
        background=_merge("background", brief.background, overlay, problems, dropped),
        timeline=_merge("timeline", brief.timeline, overlay, problems, dropped),
        structure=_structure(brief, overlay),
        overlay_path=str(overlay.path),
    )
    if problems:
        raise InputError(sorted(problems, key=lambda p: p.line))
    return merged
