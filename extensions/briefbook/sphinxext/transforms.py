"""Write-time resolution: ¶ citations become links, the catalog becomes a card grid."""

from __future__ import annotations

from typing import Any, cast

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.nodes import make_refnode

from briefbook.render import components as c
from briefbook.render.nodes import catalog_placeholder, paragraph_ref
from briefbook.sphinxext.domain import BriefbookDomain


class ResolveParagraphRefs(SphinxPostTransform):
    """Turn each ``¶N`` into a link to the anchored paragraph of the source page."""

    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        for ref in list(self.document.findall(paragraph_ref)):
            number = ref["paragraph"]
            inner = nodes.inline("", "", *ref.children, classes=["bb-cite"])
            link = make_refnode(self.app.builder, self.env.docname, ref["todoc"], f"p-{number}",
                                inner, title=ref["preview"])
            link["classes"].append("bb-cite-link")
            link["preview"] = ref["preview"]
            ref.replace_self(link)


class FillCatalog(SphinxPostTransform):
    """Replace the catalog placeholder with one card per briefing."""

    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        placeholders = list(self.document.findall(catalog_placeholder))
        if not placeholders:
            return
        domain = cast(BriefbookDomain, self.env.get_domain("briefbook"))
        cards: list[nodes.Node] = []
        for docname, record in sorted(domain.briefings.items(),
                                      key=lambda item: item[1]["slug"]):
            link = make_refnode(self.app.builder, self.env.docname, docname, None,
                                nodes.strong("", record["title"]))
            header = [link]
            body: list[nodes.Node] = []
            if record["dek"]:
                body.append(nodes.paragraph("", record["dek"]))
            body.append(nodes.paragraph(
                "", f"{record['paragraphs']} paragraphs · {record['quotes']} quotes · "
                    f"{record['terms']} terms · "
                    + ("analyst overlay" if record["analyst"] else "automatic extraction only"),
                classes=["bb-catalog-meta"]))
            cards.append(c.card(header, body, classes=["bb-catalog-card"]))
        replacement: nodes.Node = c.grid(cards, "1 1 1 1") if cards else nodes.paragraph(
            "", "No articles yet: add a .txt file to the seeds folder and rebuild.")
        for placeholder in placeholders:
            placeholder.replace_self(replacement.deepcopy())
