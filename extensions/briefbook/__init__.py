"""Briefbook: turn news articles into sourced briefing books with Sphinx.

Enable it as ``"briefbook"`` in a Sphinx project's ``extensions``. The pipeline runs
ingest -> extract -> model -> overlay -> render; :mod:`briefbook.sphinxext` is the glue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict[str, Any]:
    """Sphinx entry point (kept import-light so the CLI never loads Sphinx)."""
    from briefbook.sphinxext.setup import setup as _setup

    return _setup(app)
