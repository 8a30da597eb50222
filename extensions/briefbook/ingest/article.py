"""The ingested article: what every later stage reads, with exact character positions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Sentence:
    """A sentence of a paragraph; ``start``/``end`` index into the paragraph text."""

    paragraph: int
    index: int
    start: int
    end: int
    text: str

    @property
    def ref(self) -> str:
        """Short stable name used in provenance records, e.g. ``"6.2"``."""
        return f"{self.paragraph}.{self.index}"


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph, numbered from 1; ``line`` is its first line in the file."""

    number: int
    text: str
    line: int
    sentences: tuple[Sentence, ...] = field(default_factory=tuple)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence that holds character ``offset`` (or the next one, from the space
        between two sentences)."""
        for sentence in self.sentences:
            if offset < sentence.end:
                return sentence
        return self.sentences[-1]


@dataclass(frozen=True)
class Article:
    """A parsed article: title, dek and body paragraphs, plus where it came from."""

    path: Path
    slug: str
    title: str
    dek: str
    paragraphs: tuple[Paragraph, ...]
    sha256: str

    def paragraph(self, number: int) -> Paragraph:
        return self.paragraphs[number - 1]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)
