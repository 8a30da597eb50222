"""Briefs loaded once per process and reused by every page of a briefing."""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache
from pathlib import Path

from briefbook import __version__
from briefbook.briefing import load_brief
from briefbook.model import Brief
from briefbook.overlay import overlay_path_for


@cache
def code_fingerprint() -> str:
    """A hash of the extension's own code and lexicons: new rules rebuild every briefing."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*")):
        if path.suffix in {".py", ".yaml", ".mjs"}:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(article: Path) -> str:
    """Changes exactly when the article, its overlay or the extension's code changes."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for path in (article, overlay_path_for(article)):
        try:
            digest.update(path.read_bytes())
        except FileNotFoundError:
            digest.update(b"\x00absent")
        digest.update(b"\x00")
    return digest.hexdigest()


def brief_for(article: Path, stamp: str | None = None) -> Brief:
    """The brief of ``article`` with its overlay; cached while neither file changes.

    ``stamp`` is the article's :func:`fingerprint` when the caller has just computed it.
    """
    return _cached(article, stamp or fingerprint(article))


@lru_cache(maxsize=4096)  # a book's briefs, checked once, then reused by every page
def _cached(article: Path, stamp: str) -> Brief:
    return load_brief(article)
