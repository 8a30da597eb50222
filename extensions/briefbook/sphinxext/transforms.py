"""Write-time resolution (``doctree-resolved``): ¶ citations become links, the catalog
placeholder becomes a card grid. Both need the builder, so they run per written page."""

from __future__ import annotations

from typing import cast

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.nodes import make_refnode

from briefbook.render import components as c
from briefbook.render.nodes import catalog_placeholder, cite_preview, paragraph_ref
from briefbook.sphinxext.domain import BriefbookDomain


def resolve_paragraph_refs(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Turn each ``¶N`` into a link to the anchored paragraph of the source page."""
    html = app.builder.format == "html"
    uris: dict[str, str] = {}
    for ref in list(doctree.findall(paragraph_ref)):
        number, target = ref["paragraph"], ref["todoc"]
        inner: list[nodes.Node] = [nodes.inline("", "", *ref.children, classes=["bb-cite"])]
        if html:
            # the preview repeats the source page's text: keep it out of the search index
            inner.append(cite_preview("", ref["preview"], classes=["bb-cite-preview",
                                                                    "no-search"]))
        if target == docname or not html:
            link = make_refnode(app.builder, docname, target, f"p-{number}", inner)
        else:
            if target not in uris:
                uris[target] = app.builder.get_relative_uri(docname, target)
            link = nodes.reference("", "", *inner, internal=True,
                                   refuri=f"{uris[target]}#p-{number}")
        link["classes"].append("bb-cite-link")
        ref.replace_self(link)


def fill_catalog(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Replace the catalog placeholder with one card per briefing."""
    placeholders = list(doctree.findall(catalog_placeholder))
    if not placeholders:
        return
    domain = cast(BriefbookDomain, app.env.get_domain("briefbook"))
    cards: list[nodes.Node] = []
    for home, record in sorted(domain.briefings.items(), key=lambda item: item[1]["slug"]):
        link = make_refnode(app.builder, docname, home, None, nodes.strong("", record["title"]))
        body: list[nodes.Node] = []
        if record["dek"]:
            body.append(nodes.paragraph("", record["dek"]))
        body.append(nodes.paragraph(
            "", f"{record['paragraphs']} paragraphs · {record['quotes']} quotes · "
                f"{record['terms']} terms · "
                + ("analyst overlay" if record["analyst"] else "automatic extraction only"),
            classes=["bb-catalog-meta"]))
        cards.append(c.card([link], body, classes=["bb-catalog-card"]))
    replacement: nodes.Node = c.grid(cards, "1 1 1 1") if cards else nodes.paragraph(
        "", "No articles yet: add a .txt file to the seeds folder and rebuild.")
    for placeholder in placeholders:
        placeholder.replace_self(replacement.deepcopy())
