"""Mermaid source for the briefing diagrams, with every label escaped.

Labels come from articles and overlays, so each character outside a small safe set is
written as a mermaid entity code (``#60;``) inside a quoted label: no bracket, quote,
arrow, ``click``, ``%%`` or init directive in the text can reach mermaid's parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefbook.model import Brief, Structure

_SAFE = re.compile(r"[A-Za-z0-9 ,.'-]")
_LABEL_LIMIT = 90
TIMELINE_LIMIT = 30  # events drawn; the events table lists them all
HOLDER_LIMIT = 24  # stakeholders drawn; the positions table lists them all
_RELATIONS = tuple((re.compile(rf"(?<![-\w]){cue}", re.IGNORECASE), verb) for cue, verb in (
    ("accus", "accuses"), ("reject", "rejects"), ("oppos", "opposes"), ("condemn", "condemns"),
    (r"support(?:s|ed)?\b", "supports"), (r"back(?:s|ed)\b", "backs"), ("urge", "urges"),
    ("warn", "warns")))
_KIND_CLASS = {"state": "state", "organisation": "org", "armed group": "armed",
               "person": "person", "source": "person", "place": "place", "body": "body",
               "proposal": "proposal", "term": "term"}
_CLASS_DEFS = (
    "classDef state fill:#dbe9f6,stroke:#2b5d8a,color:#10263a",
    "classDef org fill:#e6f2e6,stroke:#3b7a3b,color:#132a13",
    "classDef armed fill:#f8dede,stroke:#9b2c2c,color:#3a1010",
    "classDef person fill:#f3ecd9,stroke:#8a6d2b,color:#33280f",
    "classDef place fill:#ececec,stroke:#666666,color:#222222",
    "classDef body fill:#fff4cc,stroke:#b08900,color:#332700,stroke-width:2px",
    "classDef proposal fill:#fff4cc,stroke:#b08900,color:#332700,stroke-width:2px",
    "classDef term fill:#ffffff,stroke:#888888,color:#222222",
)


@dataclass(frozen=True)
class Chart:
    """Mermaid source and the same diagram in words (its text alternative)."""

    code: str
    outline: tuple[str, ...]


def label(text: str, limit: int = _LABEL_LIMIT) -> str:
    """A quoted mermaid label showing ``text`` literally (entity-escaped, one line)."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    escaped = "".join(ch if _SAFE.fullmatch(ch) else f"#{ord(ch)};" for ch in text)
    return f'"{escaped}"'


def _plain(text: str) -> str:
    """Accessible text (accTitle/accDescr) without characters mermaid would parse."""
    return re.sub(r"[^A-Za-z0-9 ,.'-]", " ", " ".join(text.split()))[:200].strip()


def _node_id(index: int) -> str:
    return f"n{index}"


def structure_diagram(structure: Structure) -> Chart:
    """A top-down flowchart of the proposed structure (or the generic proposal map)."""
    ids = {node.id: _node_id(i) for i, node in enumerate(structure.nodes, start=1)}
    lines = ["flowchart TD", f"accTitle: {_plain(structure.title)}",
             f"accDescr: {len(structure.nodes)} parts and {len(structure.edges)} relations "
             "of the proposal, listed in text below the diagram"]
    for node in structure.nodes:
        shape = ("[[", "]]") if node.kind in {"body", "proposal"} else ("(", ")")
        lines.append(f"{ids[node.id]}{shape[0]}{label(node.label)}{shape[1]}"
                     f":::{_KIND_CLASS.get(node.kind, 'term')}")
    for edge in structure.edges:
        arrow = "-.->" if edge.dashed else "-->"
        text = f"|{label(edge.label, 40)}|" if edge.label else ""
        lines.append(f"{ids[edge.source]} {arrow}{text} {ids[edge.target]}")
    lines.extend(_CLASS_DEFS)
    names = {node.id: node.label for node in structure.nodes}
    outline = tuple(f"{names[e.source]} → {names[e.target]}" + (f": {e.label}" if e.label else "")
                    for e in structure.edges)
    return Chart("\n".join(lines), outline)


def stakeholder_map(brief: Brief) -> Chart:
    """Who holds a position on the proposal (arrow labelled with the stance) and the
    accusations or support reported between them; colour marks the kind of actor."""
    kinds = {name: a.kind for a in brief.actors for name in (a.name, *a.aliases)}
    holders: list[str] = []
    for name in [p.actor for p in brief.positions] + [q.speaker for q in brief.quotes]:
        if name and name not in holders and len(holders) < HOLDER_LIMIT:
            holders.append(name)
    ids = {name: _node_id(i) for i, name in enumerate(holders, start=1)}
    lines = ["flowchart LR", "accTitle: Stakeholder map",
             f"accDescr: {len(holders)} stakeholders and their stances on the proposal; the "
             "positions table lists each with its source",
             f"p[[{label('The proposal')}]]:::proposal"]
    for name in holders:
        css = _KIND_CLASS.get(kinds.get(name, ""), "person")
        lines.append(f"{ids[name]}({label(name)}):::{css}")
    outline = []
    for name in holders:
        stances = []
        for position in brief.positions:
            if position.actor == name and position.stance and position.stance not in stances:
                stances.append(position.stance)
        text = " / ".join(stances[:2]) or "quoted"
        lines.append(f"{ids[name]} -->|{label(text, 30)}| p")
        outline.append(f"{name} → the proposal: {text}")
    relations: set[tuple[str, str, str]] = set()
    for position in brief.positions:
        verb = next((v for cue, v in _RELATIONS if cue.search(position.summary)), "")
        if not verb or position.actor not in ids:
            continue
        for actor in brief.actors:
            if actor.name == position.actor or actor.kind in {"place", "person"}:
                continue
            if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", position.summary)
                   for n in (actor.name, *actor.aliases)):
                relations.add((position.actor, verb, actor.name))
    extra = 0
    for source, verb, target in sorted(relations)[:12]:
        if target not in ids:
            extra += 1
            ids[target] = f"x{extra}"
            lines.append(f"{ids[target]}({label(target)}):::"
                         f"{_KIND_CLASS.get(kinds.get(target, ''), 'org')}")
        lines.append(f"{ids[source]} -.->|{label(verb, 30)}| {ids[target]}")
        outline.append(f"{source} {verb} {target}")
    lines.extend(_CLASS_DEFS)
    return Chart("\n".join(lines), tuple(outline))


def timeline_diagram(brief: Brief) -> Chart:
    """Dated events as a top-down chain, from before the report to after it."""
    lines = ["flowchart TD", "accTitle: Timeline",
             f"accDescr: {len(brief.timeline)} dated events in order, listed in the table "
             "below the diagram"]
    previous = ""
    for index, entry in enumerate(brief.timeline[:TIMELINE_LIMIT], start=1):
        node = f"t{index}"
        text = f"{entry.when}: {' '.join(entry.summary.split()[:14])}"
        if len(entry.summary.split()) > 14:
            text += " …"
        css = "term" if entry.order == 0 else ("place" if entry.order < 0 else "body")
        lines.append(f"{node}({label(text, 120)}):::{css}")
        if previous:
            lines.append(f"{previous} --> {node}")
        previous = node
    if not brief.timeline:
        lines.append(f"t0({label('No dated events found in the article')}):::place")
    lines.extend(_CLASS_DEFS)
    if len(brief.timeline) > TIMELINE_LIMIT:
        more = len(brief.timeline) - TIMELINE_LIMIT
        lines.append(f"t{TIMELINE_LIMIT + 1}({label(f'and {more} more events')}):::place")
        lines.append(f"{previous} -.-> t{TIMELINE_LIMIT + 1}")
    outline = tuple(f"{e.when}: {' '.join(e.summary.split())}" for e in brief.timeline)
    return Chart("\n".join(lines), outline)
