"""The articles of a seeds folder, by slug (cached until the folder changes)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from briefbook.ingest.reader import decode_article
from briefbook.ingest.slug import briefing_slug, slugify
from briefbook.problems import InputError, Problem

ARTICLE_SUFFIX = ".txt"


def find_articles(seeds: Path) -> dict[str, Path]:
    """``{slug: article path}`` for every ``*.txt`` in ``seeds``; raises on any problem."""
    found, problems = scan_articles(seeds)
    if problems:
        raise InputError(problems)
    return found


def scan_articles(seeds: Path) -> tuple[dict[str, Path], list[Problem]]:
    """The articles that can be built, by slug, and the problems that stop the others."""
    try:
        stamp = seeds.stat().st_mtime_ns
    except OSError:
        return {}, [Problem(seeds, 1, "the seeds folder does not exist",
                            "set briefbook_seeds in conf.py")]
    found, problems = _scan(seeds, stamp)
    return dict(found), list(problems)


@lru_cache(maxsize=8)
def _scan(seeds: Path, stamp: int) -> tuple[tuple[tuple[str, Path], ...],
                                            tuple[Problem, ...]]:
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
    return tuple(sorted(found.items())), tuple(problems)


def _title(path: Path) -> str:
    try:
        return decode_article(path, path.read_bytes()).split("\n", 1)[0]
    except (InputError, OSError):
        return ""
