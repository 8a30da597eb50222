"""Stable, URL-safe slugs for briefings: from the file name, else from the title."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; underscores and digits are kept."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9_]+", "-", ascii_text.lower()).strip("-_")[:80].strip("-_")


def briefing_slug(stem: str, title: str) -> str:
    """The slug of a briefing: its file stem, else its title, else a hash of the stem."""
    slug = slugify(stem) or slugify(title)
    if slug:
        return slug
    return "briefing-" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:10]
