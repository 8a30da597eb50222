"""``setup()`` for the ``briefbook`` Sphinx extension."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

from briefbook import __version__
from briefbook.render.nodes import cite_preview, why_note
from briefbook.sphinxext import csp, events
from briefbook.sphinxext.config import add_settings
from briefbook.sphinxext.directives import BriefingCatalog, BriefingPage
from briefbook.sphinxext.domain import BriefbookDomain
from briefbook.sphinxext.drawing import inline_svg
from briefbook.sphinxext.errors import fail_build
from briefbook.sphinxext.latex import configure_latex, prepare_print
from briefbook.sphinxext.navigation import compact_navigation
from briefbook.sphinxext.transforms import fill_catalog, resolve_paragraph_refs


def _visit_why_html(self: Any, node: why_note) -> None:
    self.body.append(
        '<span class="bb-why" tabindex="0"><span class="bb-why-label" aria-hidden="true">'
        'why</span><span class="bb-why-text">' + self.encode(node.astext()) + "</span></span>")
    raise nodes.SkipNode


def _visit_preview_html(self: Any, node: cite_preview) -> None:
    self.body.append('<span class="bb-cite-preview" aria-hidden="true">'
                     + self.encode(node.astext()) + "</span>")
    raise nodes.SkipNode


def _skip(self: Any, node: nodes.Node) -> None:
    raise nodes.SkipNode


def setup(app: Sphinx) -> dict[str, Any]:
    for extension in ("myst_parser", "sphinx_design", "sphinxcontrib.mermaid"):
        app.setup_extension(extension)
    add_settings(app)
    app.add_domain(BriefbookDomain)
    app.add_node(why_note, html=(_visit_why_html, None), latex=(_skip, None),
                 text=(_skip, None), man=(_skip, None), texinfo=(_skip, None))
    app.add_node(cite_preview, html=(_visit_preview_html, None), latex=(_skip, None),
                 text=(_skip, None), man=(_skip, None), texinfo=(_skip, None))
    app.add_directive("briefbook", BriefingPage)
    app.add_directive("briefbook-catalog", BriefingCatalog)
    app.connect("config-inited", events.check_config)
    app.connect("config-inited", events.configure_mermaid)
    app.connect("config-inited", configure_latex)
    app.connect("builder-inited", events.generate_pages)
    app.connect("builder-inited", events.add_assets)
    app.connect("env-get-outdated", events.outdated_briefings)
    app.connect("doctree-resolved", resolve_paragraph_refs)
    app.connect("doctree-resolved", fill_catalog)
    app.connect("doctree-resolved", prepare_print)
    app.connect("doctree-resolved", inline_svg)
    app.connect("env-updated", events.freeze_heap)
    app.connect("build-finished", events.thaw_heap)
    app.connect("build-finished", events.copy_assets)
    app.connect("builder-inited", csp.note_start)
    app.connect("html-page-context", compact_navigation, priority=400)  # before furo
    app.connect("build-finished", csp.add_policies)
    app.connect("build-finished", fail_build, priority=900)
    return {"version": __version__, "env_version": 1, "parallel_read_safe": True,
            "parallel_write_safe": True}
