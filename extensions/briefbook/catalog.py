"""The articles of a seeds folder, by slug (cached until the folder changes)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from briefbook.ingest.reader import decode_article
from briefbook.ingest.slug import briefing_slug, slugify
from briefbook.problems import InputError, Problem

ARTICLE_SUFFIX = ".txt"


def find_articles(seeds: Path) -> dict[str, Path]:
    """``{slug: article path}`` for every ``*.txt`` in ``seeds``, sorted by slug."""
    try:
        stamp = seeds.stat().st_mtime_ns
    except OSError as exc:
        raise InputError([Problem(seeds, 1, "the seeds folder does not exist",
                                  "set briefbook_seeds in conf.py")]) from exc
    return dict(_scan(seeds, stamp))


@lru_cache(maxsize=8)
def _scan(seeds: Path, stamp: int) -> tuple[tuple[str, Path], ...]:
    found: dict[str, Path] = {}
    problems: list[Problem] = []
    for path in sorted(seeds.glob(f"*{ARTICLE_SUFFIX}")):
        if not path.is_file():
            continue
        slug = slugify(path.stem) or briefing_slug(path.stem, _title(path))
        if slug in found:
            problems.append(Problem(path, 1, f"this article's slug {slug!r} is already used by "
                                             f"{found[slug].name}", "rename one of the files"))
            continue
        found[slug] = path
    if problems:
        raise InputError(problems)
    return tuple(sorted(found.items()))


def _title(path: Path) -> str:
    try:
        return decode_article(path, path.read_bytes()).split("\n", 1)[0]
    except (InputError, OSError):
        return ""
