"""The ``briefbook`` directive (one page of a briefing) and ``briefbook-catalog``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, cast

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from briefbook.catalog import scan_articles
from briefbook.overlay import overlay_path_for
from briefbook.problems import InputError
from briefbook.render.nodes import catalog_placeholder
from briefbook.render.views import VIEWS, PageContext, broken
from briefbook.sphinxext.config import seeds_dir
from briefbook.sphinxext.domain import BriefbookDomain
from briefbook.sphinxext.store import brief_for, fingerprint

logger = logging.getLogger(__name__)


class BriefingPage(SphinxDirective):
    """Render one page kind (overview, terms, source...) of the briefing ``:briefing:``."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "briefing": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        kind = self.arguments[0]
        if kind not in VIEWS:
            raise self.error(f"unknown briefing page {kind!r}; one of: {', '.join(VIEWS)}")
        slug = str(self.options.get("briefing", ""))
        path = scan_articles(seeds_dir(self.env.srcdir, self.config))[0].get(slug)
        if path is None:
            raise self.error(f"no article in the seeds folder has the slug {slug!r}")
        self.env.note_dependency(str(path))
        overlay = overlay_path_for(path)
        if overlay.is_file():
            self.env.note_dependency(str(overlay))
        folder = self.env.docname.rsplit("/", 1)[0]
        stamp = fingerprint(path)
        try:
            brief = brief_for(path, stamp)
        except InputError:
            # already reported, with file and line, when the build looked for changes
            return broken(kind, folder, self.env.docname, path.name)
        if kind == "index":
            domain = cast(BriefbookDomain, self.env.get_domain("briefbook"))
            domain.note_briefing(self.env.docname, {
                "slug": slug, "title": brief.article.title, "dek": brief.article.dek,
                "file": path.name, "fingerprint": stamp,
                "paragraphs": len(brief.article.paragraphs), "quotes": len(brief.quotes),
                "terms": len(brief.terms), "analyst": bool(brief.overlay_path)})
        rendered = VIEWS[kind](PageContext(brief, folder, self.env.docname))
        for node in rendered:
            if isinstance(node, nodes.Element):
                node["support_smartquotes"] = False  # article text is shown as written
        return rendered


class BriefingCatalog(SphinxDirective):
    """A list of every briefing in the book, filled in when pages are written."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        return [catalog_placeholder()]
