"""The overlay file format, checked field by field against the article.

Sections (all optional): ``source``, ``summary``, ``key_points``, ``terms``,
``positions``, ``risks``, ``watch``, ``background``, ``timeline``, ``quotes``,
``actors``, ``structure``, ``drop`` and ``replace``. See docs/overlay.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from briefbook.ingest.article import Article
from briefbook.model import Citation, SourceInfo
from briefbook.overlay.evidence import locate, whole_paragraph
from briefbook.overlay.located import Located, load_located
from briefbook.problems import InputError, Problem

OVERLAY_SUFFIX = ".brief.yaml"
LIST_SECTIONS = ("key_points", "terms", "positions", "risks", "watch", "background", "timeline")
BASES = ("reported", "judgement")
DEFAULT_BASIS = {"key_points": "judgement", "risks": "judgement", "watch": "judgement",
                 "terms": "reported", "positions": "reported", "background": "reported",
                 "timeline": "reported", "summary": "judgement"}
ORDERS = {"before": -1, "at": 0, "after": 1}
STANCES = ("supports", "opposes", "conditional", "seeks", "critical", "undecided", "states")
ACTOR_KINDS = ("person", "source", "state", "organisation", "armed group", "place")
KINDS = (*ACTOR_KINDS, "body", "proposal", "term")
_ITEM_FIELDS = {"id": str, "replaces": str, "text": str, "evidence": list, "paragraphs": list,
                "basis": str}
_SECTION_FIELDS: dict[str, dict[str, type]] = {
    "key_points": {},
    "terms": {"parties": list, "conditions": list},
    "positions": {"actor": str, "stance": str},
    "risks": {},
    "watch": {},
    "background": {},
    "timeline": {"when": str, "order": str},
}
_TOP_FIELDS = {"source": dict, "summary": dict, "quotes": list, "actors": list,
               "structure": dict, "drop": list, "replace": list,
               **{name: list for name in LIST_SECTIONS}}


def overlay_path_for(article_path: Path) -> Path:
    """``seeds/x.txt`` -> ``seeds/x.brief.yaml``."""
    return article_path.with_name(article_path.stem + OVERLAY_SUFFIX)


@dataclass(frozen=True)
class OverlayItem:
    """One analyst item with its checked evidence."""

    section: str
    id: str
    text: str
    citations: tuple[Citation, ...]
    basis: str
    line: int
    replaces: str = ""
    parties: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    actor: str = ""
    stance: str = ""
    when: str = ""
    order: int = 0


@dataclass(frozen=True)
class QuoteFix:
    id: str
    speaker: str
    line: int


@dataclass(frozen=True)
class ActorFix:
    name: str
    kind: str
    aliases: tuple[str, ...]
    replaces: str
    line: int


@dataclass(frozen=True)
class StructureNode:
    id: str
    label: str
    kind: str
    citations: tuple[Citation, ...]
    line: int


@dataclass(frozen=True)
class StructureEdge:
    source: str
    target: str
    label: str
    dashed: bool
    citations: tuple[Citation, ...]
    line: int


@dataclass(frozen=True)
class OverlayStructure:
    title: str
    nodes: tuple[StructureNode, ...]
    edges: tuple[StructureEdge, ...]


@dataclass(frozen=True)
class Overlay:
    """A validated overlay (every citation already found in the article)."""

    path: Path
    source: SourceInfo = field(default_factory=SourceInfo)
    summary: OverlayItem | None = None
    items: dict[str, tuple[OverlayItem, ...]] = field(default_factory=dict)
    quotes: tuple[QuoteFix, ...] = ()
    actors: tuple[ActorFix, ...] = ()
    structure: OverlayStructure | None = None
    drop: tuple[tuple[str, int], ...] = ()
    replace: tuple[str, ...] = ()


class _Checker:
    """Walks the located YAML, collecting every problem rather than stopping at one."""

    def __init__(self, path: Path, article: Article) -> None:
        self.path = path
        self.article = article
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.path, line, message, hint))

    def mapping(self, node: Located, fields: Mapping[str, type],
                where: str) -> dict[str, Located]:
        if not isinstance(node.value, dict):
            self.problem(node.line, f"{where} must be a mapping of keys to values")
            return {}
        result: dict[str, Located] = {}
        lines = node.key_lines or {}
        for key, value in node.value.items():
            if key not in fields:
                self.problem(lines.get(key, node.line), f"unknown field {key!r} in {where}",
                             "known fields: " + ", ".join(sorted(fields)))
                continue
            if not self._typed(value, fields[key]):
                self.problem(value.line, f"{where}.{key} must be {_type_name(fields[key])}")
                continue
            result[key] = value
        return result

    def _typed(self, node: Located, expected: type) -> bool:
        if expected is str:
            return isinstance(node.value, str | int | float) and not isinstance(node.value, bool)
        if expected is bool:
            return isinstance(node.value, bool)
        return isinstance(node.value, expected)

    def text(self, fields: dict[str, Located], key: str, where: str, line: int,
             required: bool = True) -> str:
        if key not in fields:
            if required:
                self.problem(line, f"{where} needs a {key!r}")
            return ""
        value = str(fields[key].value).strip()
        if required and not value:
            self.problem(fields[key].line, f"{where}.{key} is empty")
        return value

    def strings(self, fields: dict[str, Located], key: str, where: str) -> tuple[str, ...]:
        out = []
        for item in _items(fields.get(key)):
            if isinstance(item.value, dict | list) or item.value is None:
                self.problem(item.line, f"each entry of {where}.{key} must be text")
            else:
                out.append(str(item.value))
        return tuple(out)

    def citations(self, fields: dict[str, Located], where: str, line: int) -> tuple[
            Citation, ...]:
        numbers: list[int] = []
        for item in _items(fields.get("paragraphs")):
            count = len(self.article.paragraphs)
            if isinstance(item.value, bool) or not isinstance(item.value, int):
                self.problem(item.line, f"{where}.paragraphs lists ¶ numbers (1..{count})")
            elif not 1 <= item.value <= count:
                self.problem(item.line, f"¶{item.value} does not exist: the article has "
                                        f"{count} paragraphs")
            else:
                numbers.append(item.value)
        found: list[Citation] = []
        for quotation in _items(fields.get("evidence")):
            if not isinstance(quotation.value, str) or not quotation.value.strip():
                self.problem(quotation.line, f"each {where}.evidence entry is an exact quotation")
                continue
            citation = locate(self.article, quotation.value, tuple(numbers))
            if citation is None:
                scope = ", ".join(f"¶{n}" for n in numbers) if numbers else "the article"
                self.problem(quotation.line, f"evidence not found in {scope}: "
                                             f"{_clip(quotation.value)!r}",
                             f"copy the words exactly from {self.article.path.name}")
            else:
                found.append(citation)
        cited = {c.paragraph for c in found}
        found += [whole_paragraph(self.article, n) for n in numbers if n not in cited]
        if "evidence" not in fields and "paragraphs" not in fields:
            self.problem(line, f"{where} cites no evidence",
                         "add `evidence:` (exact quotations) and/or `paragraphs:` (¶ numbers)")
        return tuple(found)

    def basis(self, fields: dict[str, Located], section: str) -> str:
        if "basis" not in fields:
            return DEFAULT_BASIS.get(section, "judgement")
        value = str(fields["basis"].value)
        if value not in BASES:
            self.problem(fields["basis"].line, f"basis must be one of {', '.join(BASES)}")
        return value

    def item(self, section: str, index: int, node: Located) -> OverlayItem | None:
        where = f"{section}[{index + 1}]"
        fields = self.mapping(node, {**_ITEM_FIELDS, **_SECTION_FIELDS.get(section, {})}, where)
        if not fields and not isinstance(node.value, dict):
            return None
        order = 0
        if "order" in fields:
            order_name = str(fields["order"].value)
            if order_name not in ORDERS:
                self.problem(fields["order"].line, "order must be before, at or after")
            order = ORDERS.get(order_name, 0)
        stance = self.text(fields, "stance", where, node.line, required=False)
        if stance and stance not in STANCES:
            self.problem(fields["stance"].line, f"stance must be one of {', '.join(STANCES)}")
        return OverlayItem(
            section=section,
            id=self.text(fields, "id", where, node.line, required=False)
            or f"{section}-analyst-{index + 1}",
            text=self.text(fields, "text", where, node.line),
            citations=self.citations(fields, where, node.line),
            basis=self.basis(fields, section),
            line=node.line,
            replaces=self.text(fields, "replaces", where, node.line, required=False),
            parties=self.strings(fields, "parties", where),
            conditions=self.strings(fields, "conditions", where),
            actor=self.text(fields, "actor", where, node.line, required=section == "positions"),
            stance=stance,
            when=self.text(fields, "when", where, node.line, required=section == "timeline"),
            order=order,
        )

    def structure(self, node: Located) -> OverlayStructure:
        fields = self.mapping(node, {"title": str, "nodes": list, "edges": list}, "structure")
        nodes: list[StructureNode] = []
        for index, item in enumerate(_items(fields.get("nodes"))):
            where = f"structure.nodes[{index + 1}]"
            spec = self.mapping(item, {"id": str, "label": str, "kind": str, "evidence": list,
                                       "paragraphs": list}, where)
            kind = self.text(spec, "kind", where, item.line, required=False) or "body"
            if kind not in KINDS:
                self.problem(spec["kind"].line, f"{where}.kind must be one of {', '.join(KINDS)}")
            nodes.append(StructureNode(self.text(spec, "id", where, item.line),
                                       self.text(spec, "label", where, item.line), kind,
                                       self.citations(spec, where, item.line), item.line))
        ids = [n.id for n in nodes]
        for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
            line = next(n.line for n in reversed(nodes) if n.id == duplicate)
            self.problem(line, f"duplicate structure node id {duplicate!r}")
        edges: list[StructureEdge] = []
        for index, item in enumerate(_items(fields.get("edges"))):
            where = f"structure.edges[{index + 1}]"
            spec = self.mapping(item, {"from": str, "to": str, "label": str, "dashed": bool,
                                       "evidence": list, "paragraphs": list}, where)
            ends = [self.text(spec, end, where, item.line) for end in ("from", "to")]
            for end, name in zip(("from", "to"), ends, strict=True):
                if name and name not in ids:
                    self.problem(spec[end].line, f"{where}.{end} names no node: {name!r}",
                                 "known node ids: " + ", ".join(ids))
            edges.append(StructureEdge(ends[0], ends[1],
                                       self.text(spec, "label", where, item.line, required=False),
                                       bool(spec["dashed"].value) if "dashed" in spec else False,
                                       self.citations(spec, where, item.line), item.line))
        return OverlayStructure(self.text(fields, "title", "structure", node.line,
                                          required=False) or "Proposed structure",
                                tuple(nodes), tuple(edges))

    def overlay(self, root: Located) -> Overlay:
        top = self.mapping(root, _TOP_FIELDS, "the overlay")
        source = SourceInfo()
        if "source" in top:
            spec = self.mapping(top["source"], {k: str for k in SourceInfo.__dataclass_fields__},
                                "source")
            source = SourceInfo(**{k: str(v.value) for k, v in spec.items()})
        summary = self.item("summary", 0, top["summary"]) if "summary" in top else None
        items: dict[str, tuple[OverlayItem, ...]] = {}
        for section in LIST_SECTIONS:
            built = [self.item(section, i, e) for i, e in enumerate(_items(top.get(section)))]
            items[section] = tuple(b for b in built if b is not None)
        quotes = []
        for index, entry in enumerate(_items(top.get("quotes"))):
            where = f"quotes[{index + 1}]"
            spec = self.mapping(entry, {"id": str, "speaker": str}, where)
            quotes.append(QuoteFix(self.text(spec, "id", where, entry.line),
                                   self.text(spec, "speaker", where, entry.line), entry.line))
        actors = []
        for index, entry in enumerate(_items(top.get("actors"))):
            where = f"actors[{index + 1}]"
            spec = self.mapping(entry, {"name": str, "kind": str, "aliases": list,
                                        "replaces": str}, where)
            kind = self.text(spec, "kind", where, entry.line, required=False)
            if kind and kind not in ACTOR_KINDS:
                self.problem(spec["kind"].line, f"{where}.kind must be one of "
                                                f"{', '.join(ACTOR_KINDS)}")
            actors.append(ActorFix(self.text(spec, "name", where, entry.line), kind,
                                   self.strings(spec, "aliases", where),
                                   self.text(spec, "replaces", where, entry.line, required=False),
                                   entry.line))
        structure = self.structure(top["structure"]) if "structure" in top else None
        drop = tuple((str(d.value), d.line) for d in _items(top.get("drop")))
        replace = []
        for entry in _items(top.get("replace")):
            if entry.value not in LIST_SECTIONS:
                self.problem(entry.line, f"replace names an unknown section {entry.value!r}",
                             "sections: " + ", ".join(LIST_SECTIONS))
            replace.append(str(entry.value))
        self._unique_ids(items)
        return Overlay(self.path, source, summary, items, tuple(quotes), tuple(actors),
                       structure, drop, tuple(replace))

    def _unique_ids(self, items: dict[str, tuple[OverlayItem, ...]]) -> None:
        seen: dict[str, int] = {}
        for section_items in items.values():
            for item in section_items:
                if item.id in seen:
                    self.problem(item.line, f"duplicate id {item.id!r}",
                                 f"it is already used on line {seen[item.id]}")
                seen.setdefault(item.id, item.line)


def _items(node: Located | None) -> list[Located]:
    """The entries of a YAML list (already type-checked), or none."""
    return node.value if node is not None and isinstance(node.value, list) else []


def _type_name(expected: type) -> str:
    return {str: "text", list: "a list", dict: "a mapping", bool: "true or false"}.get(
        expected, expected.__name__)


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def load_overlay(path: Path, article: Article) -> Overlay:
    """Load and check ``path`` against ``article``; raise :class:`InputError` on problems."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError([Problem(path, 1, "the overlay is not valid UTF-8")]) from exc
    except OSError as exc:
        raise InputError([Problem(path, 1, f"cannot read the overlay: {exc.strerror}")]) from exc
    root = load_located(path, text)
    if root is None:
        return Overlay(path)
    checker = _Checker(path, article)
    overlay = checker.overlay(root)
    if checker.problems:
        raise InputError(sorted(checker.problems, key=lambda p: p.line))
    return overlay
