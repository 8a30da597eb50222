"""One call from an article file to its finished brief: ingest, extract, overlay."""

from __future__ import annotations

from pathlib import Path

from briefbook.extract import extract_brief
from briefbook.ingest import read_article
from briefbook.model import Brief
from briefbook.overlay import apply_overlay, load_overlay, overlay_path_for


def load_brief(article_path: Path, *, use_overlay: bool = True) -> Brief:
    """The brief of ``article_path``; its overlay is applied when present and wanted.

    Raises :class:`briefbook.problems.InputError` for any problem in either file.
    """
    article = read_article(article_path)
    brief = extract_brief(article)
    overlay_path = overlay_path_for(article_path)
    if use_overlay and overlay_path.is_file():
        brief = apply_overlay(brief, load_overlay(overlay_path, article))
    return brief
