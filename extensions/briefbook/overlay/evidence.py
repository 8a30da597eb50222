"""Find an overlay's quoted evidence in the article, exactly as written."""

from __future__ import annotations

from briefbook.ingest.article import Article
from briefbook.model import Citation


def locate(article: Article, quotation: str, paragraphs: tuple[int, ...]) -> Citation | None:
    """The first occurrence of ``quotation`` in the given paragraphs (or in any)."""
    numbers = paragraphs or tuple(p.number for p in article.paragraphs)
    for number in numbers:
        text = article.paragraph(number).text
        start = text.find(quotation)
        if start >= 0:
            return Citation(number, start, start + len(quotation), quotation)
    return None


def whole_paragraph(article: Article, number: int) -> Citation:
    text = article.paragraph(number).text
    return Citation(number, 0, len(text), text)
