"""Event handlers: generate pages, detect changed briefings, ship assets, set mermaid up."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path
from typing import Any, cast

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from briefbook.catalog import scan_articles
from briefbook.problems import InputError, Problem
from briefbook.render.pagefiles import remove_stale, write_briefing
from briefbook.render.views import PAGES
from briefbook.sphinxext.config import mermaid_dist, output_dir, output_docname, seeds_dir
from briefbook.sphinxext.domain import BriefbookDomain
from briefbook.sphinxext.errors import BriefbookError, report, report_error
from briefbook.sphinxext.store import brief_for, fingerprint

logger = logging.getLogger(__name__)
STATIC = "briefbook"
STYLESHEET = Path(__file__).parent.parent / "static" / "briefbook.css"
MERMAID_STATIC = f"{STATIC}/mermaid"
MERMAID_ENTRY = "mermaid.esm.min.mjs"
MERMAID_CHUNKS = "chunks/mermaid.esm.min"
MERMAID_INIT = {"startOnLoad": False, "securityLevel": "strict", "look": "classic",
                "flowchart": {"htmlLabels": True, "useMaxWidth": True, "wrappingWidth": 320}}


def configure_mermaid(app: Sphinx, config: Config) -> None:
    """Local mermaid at its strict security level, drawn at full width."""
    config.mermaid_use_local = f"{MERMAID_STATIC}/{MERMAID_ENTRY}"
    config.mermaid_init_config = {**(config.mermaid_init_config or {}), **MERMAID_INIT}
    config.mermaid_height = "auto"
    config.mermaid_fullscreen = False


def generate_pages(app: Sphinx) -> None:
    """Write (only when changed) the page files of every article; drop stale ones."""
    articles, problems = scan_articles(seeds_dir(app.srcdir, app.config))
    report(app, problems)
    root = output_dir(app.srcdir, app.config)
    written = sum(write_briefing(root / slug, slug) for slug in articles)
    removed = remove_stale(root, set(articles))
    if written or removed:
        logger.info("briefbook: %d page file(s) written, %d briefing(s) removed",
                    written, len(removed))


def outdated_briefings(app: Sphinx, env: BuildEnvironment, added: set[str],
                       changed: set[str], removed: set[str]) -> list[str]:
    """Pages of briefings whose article or overlay changed; their inputs are checked."""
    domain = cast(BriefbookDomain, env.get_domain("briefbook"))
    articles, _ = scan_articles(seeds_dir(app.srcdir, app.config))
    stale: list[str] = []
    problems: list[Problem] = []
    for slug, path in articles.items():
        home = output_docname(app.config, slug, "index")
        record = domain.briefings.get(home)
        pages = [home] + [output_docname(app.config, slug, name) for name, _ in PAGES]
        stamp = fingerprint(path)
        fresh = record is not None and record["fingerprint"] == stamp
        if fresh and not any(page in added or page in changed for page in pages):
            continue
        try:
            brief_for(path, stamp)
        except InputError as error:
            problems += error.problems
        if not fresh:
            stale += [page for page in pages if page in env.found_docs and page not in added]
    report(app, problems)
    freeze_heap(app, env)
    return stale


def freeze_heap(app: Sphinx, env: BuildEnvironment) -> None:
    """Keep the garbage collector off the long-lived heap (environment, briefs, cached
    doctrees). Without this every collection walks millions of objects that will live
    to the end of the build, and big books slow down with the square of their size."""
    gc.freeze()


def thaw_heap(app: Sphinx, exception: BaseException | None) -> None:
    gc.unfreeze()


def copy_assets(app: Sphinx, exception: BaseException | None) -> None:
    """Ship the stylesheet and the npm-installed mermaid with the site (no CDN)."""
    if exception is not None or app.builder.format != "html":
        return
    dist = mermaid_dist(app)
    if dist is None or not (dist / MERMAID_ENTRY).is_file():
        report_error(app, "mermaid is not installed: run `npm ci` in the project folder (or "
                          "set briefbook_mermaid_dist); the site never loads it from the "
                          "internet, so its diagrams would not be drawn")
        return
    static = Path(app.outdir) / "_static"
    _copy_if_changed(STYLESHEET, static / STATIC / STYLESHEET.name)
    for source in [dist / MERMAID_ENTRY, *sorted((dist / MERMAID_CHUNKS).glob("*.mjs"))]:
        _copy_if_changed(source, static / MERMAID_STATIC / source.relative_to(dist))


def _copy_if_changed(source: Path, destination: Path) -> None:
    if destination.is_file() and destination.stat().st_size == source.stat().st_size \
            and destination.stat().st_mtime_ns >= source.stat().st_mtime_ns:
        return
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, destination)


def add_assets(app: Sphinx) -> None:
    """The stylesheet, for HTML builders only (copied by :func:`copy_assets`)."""
    if app.builder.format == "html":
        app.add_css_file(f"{STATIC}/briefbook.css")


def check_config(app: Sphinx, config: Config) -> None:
    slug_folder: Any = config.briefbook_output_dir
    if not str(slug_folder) or str(slug_folder).startswith(("/", "..")):
        raise BriefbookError("briefbook_output_dir must be a folder inside the source folder")
