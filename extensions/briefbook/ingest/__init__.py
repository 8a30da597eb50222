"""Ingest: article files become numbered paragraphs and sentences (pure, no Sphinx)."""

from briefbook.ingest.article import Article, Paragraph, Sentence
from briefbook.ingest.reader import parse_article, read_article

__all__ = ["Article", "Paragraph", "Sentence", "parse_article", "read_article"]
