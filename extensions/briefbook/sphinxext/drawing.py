"""Draw a document's mermaid diagrams to files in one batch (PDF for print, SVG inline).

Used at write time (``doctree-resolved``): by the LaTeX builder always, and by HTML
builders when ``briefbook_diagrams = "inline-svg"`` so pages work from ``file://``.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinxcontrib.mermaid import mermaid

from briefbook.render.diagram_files import Diagram, DiagramError, Renderer
from briefbook.sphinxext.config import mermaid_dist
from briefbook.sphinxext.errors import report_error

logger = logging.getLogger(__name__)
PRINT_MERMAID: dict[str, object] = {
    "securityLevel": "strict", "theme": "default", "look": "classic",
    "flowchart": {"htmlLabels": True, "useMaxWidth": False, "wrappingWidth": 320}}
INLINE_MERMAID: dict[str, object] = {**PRINT_MERMAID, "flowchart": {
    "htmlLabels": True, "useMaxWidth": True, "wrappingWidth": 320}}


def owner(node: nodes.Node) -> str:
    """The document a node came from. In an assembled LaTeX tree Sphinx marks included
    sections with ``docname`` while their children keep their old parents."""
    current: nodes.Node | None = node
    while current is not None:
        if isinstance(current, nodes.Element) and current.get("docname"):
            return str(current["docname"])
        current = current.parent
    document = node.document
    return str(document["source"]) if document is not None and document.get("source") else ""


def renderer(app: Sphinx, config: dict[str, object]) -> Renderer:
    dist = mermaid_dist(app)
    node_modules = dist.parent.parent if dist else Path(app.confdir) / "node_modules"
    return Renderer(node=str(app.config.briefbook_node),
                    chromium=str(app.config.briefbook_chromium),
                    node_modules=node_modules, config=config,
                    cache=Path(app.doctreedir).parent / "diagram-cache")


def draw(app: Sphinx, doctree: nodes.document, docname: str, fmt: str,
         config: dict[str, object]) -> list[tuple[nodes.Element, Path]]:
    """Every mermaid node of ``doctree`` with the file it is drawn to (drawn once, cached).

    Diagrams that cannot be drawn are reported (naming briefing and diagram), replaced by
    a visible notice, and fail the build: output never goes out silently without them.
    """
    charts: list[nodes.Element] = list(doctree.findall(mermaid))
    if not charts:
        return []
    named = []
    for chart in charts:
        figure = chart.parent if isinstance(chart.parent, nodes.figure) else chart
        ids = figure.get("ids") or ["diagram"]
        named.append(Diagram(chart["code"], f"diagram {ids[0]!r} of {owner(chart) or docname}"))
    try:
        files, drawn = renderer(app, config).render(named, fmt)
    except DiagramError as error:
        for failure in error.failures:
            report_error(app, f"cannot draw {failure.diagram.name}: {failure.reason}",
                         location=docname)
        for chart in charts:
            chart.replace_self(nodes.paragraph("", "[This diagram could not be drawn.]",
                                               classes=["bb-broken"]))
        return []
    logger.info("briefbook: drew %d diagram(s), reused %d from the cache", drawn,
                len(set(files)) - drawn)
    return [(chart, files[chart["code"]]) for chart in charts]


def inline_svg(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Replace each diagram of an HTML page by its SVG drawn at build time."""
    if app.builder.format != "html" or app.config.briefbook_diagrams != "inline-svg":
        return
    for chart, path in draw(app, doctree, docname, "svg", INLINE_MERMAID):
        svg = path.read_text("utf-8")
        chart.replace_self(nodes.raw("", f'<div class="bb-inline-svg">{svg}</div>',
                                     format="html"))
