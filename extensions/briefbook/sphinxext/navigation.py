"""A compact sidebar for big books.

Furo draws the whole global table of contents on every page; with hundreds of briefings
that is a list of every briefing's every page on each of thousands of pages, and the
build time and size grow with the square of the book. Above ``briefbook_navigation_limit``
briefings, each page's sidebar holds a link to the list of all briefings, the current
briefing's own pages, and the book's other pages.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any, cast

from sphinx.application import Sphinx

from briefbook.render.views import PAGES
from briefbook.sphinxext.domain import BriefbookDomain


def compact_navigation(app: Sphinx, pagename: str, templatename: str,
                       context: dict[str, Any], doctree: object) -> None:
    """Replace the page's ``toctree()`` (which furo calls) in big books."""
    if app.builder.format != "html" or "toctree" not in context:
        return
    domain = cast(BriefbookDomain, app.env.get_domain("briefbook"))
    if len(domain.briefings) <= int(app.config.briefbook_navigation_limit):
        return
    pathto = cast(Callable[..., str], context["pathto"])
    html = _navigation(app, domain, pagename, pathto)
    context["toctree"] = lambda **_options: html


def _link(href: str, text: str, level: int, current: bool = False,
          children: str = "") -> str:
    classes = f"toctree-l{level}" + (" current current-page" if current else "") + (
        " has-children" if children else "")
    anchor = "current reference internal" if current else "reference internal"
    return (f'<li class="{classes}"><a class="{anchor}" href="{escape(href)}">{escape(text)}</a>'
            f"{children}</li>")


def _navigation(app: Sphinx, domain: BriefbookDomain, pagename: str,
                pathto: Callable[..., str]) -> str:
    env = app.env
    root = app.config.root_doc
    folder = pagename.rsplit("/", 1)[0]
    home = f"{folder}/index"
    items = [_link(pathto(root), f"All briefings ({len(domain.briefings)})", 1,
                   current=pagename == root)]
    if home in domain.briefings:
        pages = "".join(_link(pathto(f"{folder}/{name}"), title, 2,
                              current=pagename == f"{folder}/{name}")
                        for name, title in PAGES)
        items.append(_link(pathto(home), domain.briefings[home]["title"], 1,
                           current=pagename == home, children=f"<ul>{pages}</ul>"))
    others = [doc for doc in env.toctree_includes.get(root, []) if doc not in domain.briefings]
    about = "".join(_link(pathto(doc), env.titles[doc].astext(), 1, current=pagename == doc)
                    for doc in others if doc in env.titles)
    caption = ('<p class="caption" role="heading" aria-level="2"><span class="caption-text">'
               "{}</span></p>")
    html = caption.format("Briefings") + f'<ul class="current">{"".join(items)}</ul>'
    if about:
        html += caption.format("About") + f"<ul>{about}</ul>"
    return html
