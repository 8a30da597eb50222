"""``briefbook draft``: a starting overlay holding every extracted item with its evidence.

The draft replaces each section with the items the rules found, so reviewing is editing
this file: correct a text, delete a line, add an item, and save it beside the article.
"""

from __future__ import annotations

from typing import Any

import yaml

from briefbook.model import Brief, Finding, Position, Term, TimelineEntry

SECTIONS = ("key_points", "terms", "positions", "risks", "watch", "background", "timeline")
ORDER_NAMES = {-1: "before", 0: "at", 1: "after"}


def _evidence(item: Finding) -> dict[str, Any]:
    return {"evidence": [c.text for c in item.citations],
            "paragraphs": sorted({c.paragraph for c in item.citations})}


def _item(item: Finding) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": item.id, "text": " ".join(item.summary.split())}
    if isinstance(item, Term):
        entry["parties"] = list(item.parties)
        entry["conditions"] = list(item.conditions)
    if isinstance(item, Position):
        entry["actor"] = item.actor
        if item.stance:
            entry["stance"] = item.stance
    if isinstance(item, TimelineEntry):
        entry["when"] = item.when
        entry["order"] = ORDER_NAMES[max(-1, min(1, item.order))]
    entry["basis"] = "reported"
    return entry | _evidence(item)


def draft(brief: Brief) -> str:
    """The overlay YAML an analyst starts from."""
    data: dict[str, Any] = {}
    if brief.summary is not None:
        data["summary"] = {"text": " ".join(brief.summary.summary.split()),
                           "basis": "reported", **_evidence(brief.summary)}
    data["replace"] = [s for s in SECTIONS if s != "key_points"]
    for section in SECTIONS:
        items = getattr(brief, section)
        if items:
            data[section] = [_item(item) for item in items]
    if brief.quotes:
        data["quotes"] = [{"id": q.id, "speaker": q.speaker or "unattributed"}
                          for q in brief.quotes]
    if brief.actors:
        data["actors"] = [{"name": a.name, "kind": a.kind, "aliases": list(a.aliases)}
                          for a in brief.actors]
    header = (f"# Analyst overlay for {brief.article.path.name}, drafted from the automatic\n"
              "# extraction. Edit texts, delete what is wrong, add what is missing, keep\n"
              "# every item's evidence (exact words from the article) or its paragraphs,\n"
              "# then save this file beside the article. Items are marked `basis: reported`\n"
              "# because they are the article's own sentences; your own reading is\n"
              "# `basis: judgement`.\n")
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10**9)
