"""Read an article file: decode, normalise line endings, split into its parts.

The format is a title line, a blank line, a dek line (may be empty), a blank line, then
paragraphs separated by blank lines. Normalisation is limited to what the source page
documents: a leading byte-order mark is dropped, CRLF and lone CR become LF, and the
whitespace around each paragraph is trimmed. Every other character is kept.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefbook.ingest.article import Article, Paragraph
from briefbook.ingest.sentences import split_sentences
from briefbook.ingest.slug import briefing_slug
from briefbook.problems import InputError, Problem

FORMAT_HINT = "an article is a title line, a blank line, a dek line, a blank line, then paragraphs"


def read_article(path: Path) -> Article:
    """Read and parse ``path``; raise :class:`InputError` naming the file and line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError([Problem(path, 1, f"cannot read the article: {exc.strerror}")]) from exc
    return parse_article(path, data)


def decode_article(path: Path, data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) and normalise line endings to LF."""
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise InputError([Problem(path, line, "this looks like a binary file (it has NUL bytes)",
                                  "save the article as plain UTF-8 text")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError([Problem(path, line, f"not valid UTF-8 (byte {exc.start})",
                                  "save the article as UTF-8")]) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _blank(line: str) -> bool:
    return not line.strip()


def parse_article(path: Path, data: bytes) -> Article:
    """Parse the bytes of an article file into an :class:`Article`."""
    text = decode_article(path, data)
    lines = text.split("\n")
    if all(_blank(line) for line in lines):
        raise InputError([Problem(path, 1, "the article is empty", FORMAT_HINT)])
    title = lines[0].strip()
    if not title:
        raise InputError([Problem(path, 1, "the first line (the title) is blank", FORMAT_HINT)])
    if len(lines) > 1 and not _blank(lines[1]):
        raise InputError([Problem(path, 2, "line 2 must be blank (it separates title and dek)",
                                  FORMAT_HINT)])
    dek = lines[2].strip() if len(lines) > 2 else ""
    if dek and len(lines) > 3 and not _blank(lines[3]):
        raise InputError([Problem(path, 4, "line 4 must be blank (the dek is a single line)",
                                  FORMAT_HINT)])
    paragraphs = _paragraphs(lines, first_index=4)
    if not paragraphs:
        raise InputError([Problem(path, min(len(lines), 5), "the article has no body paragraphs",
                                  FORMAT_HINT)])
    return Article(
        path=path,
        slug=briefing_slug(path.stem, title),
        title=title,
        dek=dek,
        paragraphs=paragraphs,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _paragraphs(lines: list[str], first_index: int) -> tuple[Paragraph, ...]:
    paragraphs: list[Paragraph] = []
    block: list[str] = []
    block_line = 0
    for index in range(first_index, len(lines) + 1):
        line = lines[index] if index < len(lines) else ""
        if not _blank(line):
            if not block:
                block_line = index + 1
            block.append(line)
            continue
        if block:
            number = len(paragraphs) + 1
            body = "\n".join(block).strip()
            paragraphs.append(Paragraph(number, body, block_line, split_sentences(number, body)))
            block = []
    return tuple(paragraphs)
