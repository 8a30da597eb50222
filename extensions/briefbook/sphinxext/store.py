"""Briefs loaded once per process and reused by every page of a briefing."""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache
from pathlib import Path

from briefbook import __version__
from briefbook.briefing import load_brief
from briefbook.model import Brief
from briefbook.overlay import overlay_path_for

_PACKAGE = Path(__file__).resolve().parent.parent


def code_files() -> list[Path]:
    """The extension's own code, lexicons and learned weights: what extraction depends on."""
    return [path for path in sorted(_PACKAGE.rglob("*"))
            if path.suffix in {".py", ".yaml", ".json", ".mjs"}]


@cache
def code_fingerprint() -> str:
    """A hash of ``code_files``: new rules or new weights rebuild every briefing."""
    digest = hashlib.sha256(__version__.encode())
    for path in code_files():
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
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
