"""Rule-based sentence splitting that keeps exact offsets into the paragraph."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from briefbook.ingest.article import Sentence

_BOUNDARY = re.compile(r"[.!?]+[\"”’»)\]]*(?=\s+)")
_NEXT_WORD = re.compile(r"\s+([\"“‘«(\[]*)(\S+)")
_WORD_BEFORE = re.compile(r"(\S+)$")


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = yaml.safe_load((Path(__file__).with_name("abbreviations.yaml")).read_text("utf-8"))
    return (
        frozenset(data["titles"]),
        frozenset(data["initialisms"]),
        frozenset(data["openers"]),
    )


def _is_boundary(text: str, stop: int, end: int) -> bool:
    """Decide whether the punctuation run ``text[stop:end]`` ends a sentence."""
    titles, initialisms, openers = _lexicon()
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    opener_quote, next_word = following.groups()
    first = next_word[0]
    if not (first.isupper() or first.isdigit() or opener_quote):
        return False
    if text[stop] != ".":
        return True
    before = _WORD_BEFORE.search(text, 0, stop)
    word = before.group(1).lstrip("\"“‘«([") if before else ""
    if word in titles:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial, as in "John F. Kennedy"
    if word in initialisms or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word):
        return next_word.strip("\"“‘«(") in openers
    return True


def split_sentences(paragraph: int, text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; together they cover every non-space character."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.end() <= start or not _is_boundary(text, match.start(), match.end()):
            continue
        sentences.append(_sentence(paragraph, len(sentences) + 1, text, start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        sentences.append(_sentence(paragraph, len(sentences) + 1, text, start, len(text)))
    return tuple(sentences)


def _sentence(paragraph: int, index: int, text: str, start: int, end: int) -> Sentence:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(paragraph, index, start, end, text[start:end])
