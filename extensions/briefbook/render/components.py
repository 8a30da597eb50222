"""Building blocks of the pages: badges, ¶ citations, tables, cards and diagram figures.

Article text enters only as ``nodes.Text``; every writer escapes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeAlias

from docutils import nodes
from sphinx_design.badges_buttons import create_bdg_classes, sd_badge
from sphinx_design.grids import row_columns_option
from sphinx_design.shared import create_component
from sphinxcontrib.mermaid import mermaid

from briefbook.ingest.article import Article
from briefbook.model import Finding, Why
from briefbook.render.diagrams import Chart
from briefbook.render.nodes import paragraph_ref, why_note

BADGES = {
    "reported": ("Reported", "primary", "Reported fact: the article's own words"),
    "quote": ("Quote", "secondary", "A speaker's own words, as quoted in the article"),
    "judgement": ("Judgement", "warning", "Analytic judgement from the analyst overlay"),
}
PREVIEW_CHARS = 240

Cell: TypeAlias = str | nodes.Node | Sequence[nodes.Node]


def anchor(item_id: str) -> str:
    """The HTML id of an item of the brief (``term-3.1`` -> ``bb-term-3-1``)."""
    return str(nodes.make_id(f"bb-{item_id}"))


def badge(basis: str) -> nodes.Element:
    """The sphinx-design badge that marks reported fact, quote or judgement."""
    text, colour, tooltip = BADGES[basis]
    node = sd_badge("", text, classes=[*create_bdg_classes(colour, False), f"bb-{basis}"])
    node["tooltip"] = tooltip
    return node


def cite(article: Article, source_doc: str, number: int) -> nodes.Element:
    """A ``¶N`` link to paragraph N of the source page, with its text as preview."""
    text = article.paragraph(number).text
    preview = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
    node = paragraph_ref("", todoc=source_doc, paragraph=number, preview=preview)
    node += nodes.Text(f"¶{number}")
    return node


def cites(article: Article, source_doc: str, numbers: Iterable[int]) -> list[nodes.Node]:
    """Citations for several paragraphs, separated by spaces."""
    out: list[nodes.Node] = []
    for number in numbers:
        if out:
            out.append(nodes.Text(" "))
        out.append(cite(article, source_doc, number))
    return out


def why(reason: Why) -> nodes.Element:
    return why_note("", reason.describe(), classes=["bb-why", "no-search"])


def finding_line(article: Article, source_doc: str, item: Finding,
                 text: str | None = None) -> nodes.paragraph:
    """``[badge] text ¶N [why]`` for one item of the brief.

    An extracted item repeats a sentence of the source page, which the search index
    already holds; only analysts' items add words to it.
    """
    para = nodes.paragraph(ids=[anchor(item.id)], classes=searchable(item, ["bb-item"]))
    para += badge(item.basis)
    para += nodes.Text(" " + (item.summary if text is None else text) + " ")
    para += cites(article, source_doc, item.paragraphs)
    para += nodes.Text(" ")
    para += why(item.why)
    return para


def searchable(item: Finding, classes: list[str]) -> list[str]:
    """``classes`` plus ``no-search`` when the item only repeats the article's words."""
    return classes + (["no-search"] if item.origin == "extracted" and item.basis != "quote"
                      else [])


def bullet_list(items: Iterable[nodes.Node], classes: Sequence[str] = ()) -> nodes.bullet_list:
    listing = nodes.bullet_list(classes=list(classes))
    for item in items:
        listing += nodes.list_item("", item)
    return listing


def _cell(content: Cell) -> nodes.entry:
    entry = nodes.entry()
    if isinstance(content, str):
        entry += nodes.paragraph("", content)
    elif isinstance(content, nodes.Node):
        entry += content if isinstance(content, nodes.Body) else nodes.paragraph("", "", content)
    else:
        entry += nodes.paragraph("", "", *content)
    return entry


def table(headers: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[int],
          classes: Sequence[str] = (), row_ids: Sequence[str] = (),
          items: Sequence[Finding] = ()) -> nodes.table:
    """A table with a header row; ``widths`` are relative column widths. With ``items``
    (one per row) rows get their anchors and stay out of search when extracted."""
    node = nodes.table(classes=["bb-table", "colwidths-given", *classes])
    group = nodes.tgroup(cols=len(headers))
    node += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    head += nodes.row("", *(_cell(h) for h in headers))
    group += head
    body = nodes.tbody()
    for index, row in enumerate(rows):
        ids = [row_ids[index]] if index < len(row_ids) else []
        row_classes: list[str] = []
        if index < len(items):
            ids, row_classes = [anchor(items[index].id)], searchable(items[index], [])
        body += nodes.row("", *(_cell(c) for c in row), ids=ids, classes=row_classes)
    group += body
    return node


def section(title: str, section_id: str, *children: nodes.Node) -> nodes.section:
    """A sub-section with a fixed (trusted) title."""
    node = nodes.section(ids=[section_id], names=[section_id])
    node += nodes.title("", title)
    node.extend(children)
    return node


def card(header: Sequence[nodes.Node], body: Sequence[nodes.Node],
         classes: Sequence[str] = (), card_id: str = "") -> nodes.container:
    """A sphinx-design card with a header and a body."""
    card_node = create_component("card", ["sd-card", "sd-sphinx-override", "sd-mb-3",
                                          "sd-shadow-sm", *classes],
                                 ids=[card_id] if card_id else [])
    card_node += create_component("card-header", ["sd-card-header"],
                                  children=[nodes.paragraph("", "", *header,
                                                            classes=["sd-card-text"])])
    body_node = create_component("card-body", ["sd-card-body"])
    body_node.extend(body)
    card_node += body_node
    return card_node


def grid(cards: Sequence[nodes.Node], columns: str = "1 1 2 2") -> nodes.container:
    """A responsive sphinx-design grid (one column on phones)."""
    container = create_component("grid-container", ["sd-container-fluid", "sd-sphinx-override",
                                                    "sd-mb-4"])
    row = create_component("grid-row", ["sd-row", *row_columns_option(columns)])
    for item in cards:
        row += create_component("grid-item", ["sd-col", "sd-d-flex-column"], children=[item])
    container += row
    return container


def diagram(chart: Chart, caption: str, alt: str, figure_id: str,
            outline: bool = True) -> list[nodes.Node]:
    """A mermaid diagram in a figure with a caption (drawn in HTML and in print), then the
    diagram in words, its text alternative (left out where a table already lists it)."""
    drawing = mermaid()
    drawing["code"] = chart.code
    drawing["options"] = {}
    drawing["alt"] = alt
    figure = nodes.figure("", drawing, ids=[figure_id], classes=["bb-diagram"])
    figure += nodes.caption("", caption)
    if not outline or not chart.outline:
        return [figure]
    words = nodes.container("", classes=["bb-diagram-outline"], ids=[f"{figure_id}-in-words"])
    words += nodes.paragraph("", "The diagram in words:", classes=["bb-diagram-outline-title"])
    words += bullet_list(nodes.paragraph("", line) for line in chart.outline)
    return [figure, words]
