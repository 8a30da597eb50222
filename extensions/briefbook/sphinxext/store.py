"""Briefs loaded once per process and reused by every page of a briefing."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from briefbook import __version__
from briefbook.briefing import load_brief
from briefbook.model import Brief
from briefbook.overlay import overlay_path_for


def fingerprint(article: Path) -> str:
    """Changes exactly when the article, its overlay or the extension version changes."""
    digest = hashlib.sha256(__version__.encode())
    for path in (article, overlay_path_for(article)):
        try:
            digest.update(path.read_bytes())
        except FileNotFoundError:
            digest.update(b"\x00absent")
        digest.update(b"\x00")
    return digest.hexdigest()


def brief_for(article: Path) -> Brief:
    """The brief of ``article`` with its overlay; cached while neither file changes."""
    return _cached(article, fingerprint(article))


@lru_cache(maxsize=64)
def _cached(article: Path, stamp: str) -> Brief:
    return load_brief(article)
