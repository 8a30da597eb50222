"""Ingest: the article format, encodings and line endings, sentences, slugs, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import parse_article, read_article
from briefbook.ingest.sentences import split_sentences
from briefbook.ingest.slug import briefing_slug
from briefbook.problems import InputError
from conftest import FIRST

BODY = "First paragraph. It has two sentences.\n\nSecond paragraph.\n"


def parse(text: str | bytes, name: str = "a.txt") -> object:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_article(Path(name), data)


def test_first_article_parts() -> None:
    article = read_article(FIRST)
    assert article.title == "Kerry Strikes Possible Deal With Russia on Syria During Moscow Visit"
    assert article.dek == ("Possible deal may include US military cooperation against terror "
                           "groups in Syria")
    assert len(article.paragraphs) == 15
    assert article.paragraphs[0].text.startswith("Neither side would share details")
    assert article.paragraphs[14].text.endswith("end of the cessation of hostilities.”")
    assert [p.number for p in article.paragraphs] == list(range(1, 16))
    assert article.paragraphs[0].line == 5
    assert article.slug == "000_c31a3ee42ee2231a"


def test_empty_dek_keeps_the_blank_lines() -> None:
    article = read_article(Path(__file__).parent / "articles" / "ukraine_grain_talks.txt")
    assert article.dek == ""
    assert article.paragraphs[0].line == 5
    assert article.paragraphs[0].text.startswith("Ukrainian and Russian negotiators")


@pytest.mark.parametrize("data", [
    ("Title\r\n\r\nDek\r\n\r\n" + BODY.replace("\n", "\r\n")).encode(),
    ("\ufeffTitle\n\nDek\n\n" + BODY).encode(),
    ("Title\r\rDek\r\r" + BODY.replace("\n", "\r")).encode(),
    ("Title\n\u00a0\nDek\n \t\n" + BODY.replace("\n\n", "\n\u00a0\n")).encode(),
])
def test_encodings_and_line_endings(data: bytes) -> None:
    article = parse_article(Path("a.txt"), data)
    assert (article.title, article.dek) == ("Title", "Dek")
    assert [p.text for p in article.paragraphs] == [
        "First paragraph. It has two sentences.", "Second paragraph."]


def test_no_break_spaces_inside_text_are_kept() -> None:
    article = parse_article(Path("a.txt"), "T\n\nD\n\nU.N.\u00a0envoy spoke.\n".encode())
    assert article.paragraphs[0].text == "U.N.\u00a0envoy spoke."


@pytest.mark.parametrize(("data", "line", "message"), [
    (b"", 1, "the article is empty"),
    (b"\n\n  \n", 1, "the article is empty"),
    (b"Title only\n", 2, "no body paragraphs"),
    (b"Title\nnot blank\n", 2, "line 2 must be blank"),
    (b"Title\n\nDek\nstill dek\n\nBody.\n", 4, "line 4 must be blank"),
    (b"Title\n\nDek\n\nBody \xff here.\n", 5, "not valid UTF-8"),
    (b"Title\n\n\x00\x01\x02binary", 3, "binary file"),
])
def test_bad_input_names_file_and_line(data: bytes, line: int, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_article(Path("seeds/bad.txt"), data)
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == (Path("seeds/bad.txt"), line)
    assert message in problem.message
    assert str(problem).startswith(f"seeds/bad.txt:{line}: ")


def test_sentences_respect_abbreviations_and_quotes() -> None:
    text = ("Russia and the U.S. reached a deal. Kerry said it “would work.” He added that "
            "Gen. Smith and Mr. Jones agreed. The U.S. The end.")
    sentences = [s.text for s in split_sentences(1, text)]
    assert sentences == ["Russia and the U.S. reached a deal.", "Kerry said it “would work.”",
                         "He added that Gen. Smith and Mr. Jones agreed.", "The U.S.",
                         "The end."]
    for sentence in split_sentences(1, text):
        assert text[sentence.start:sentence.end] == sentence.text


@pytest.mark.parametrize(("stem", "title", "slug"), [
    ("000_c31a3ee42ee2231a", "Any", "000_c31a3ee42ee2231a"),
    ("Kerry in Moscow!", "Any", "kerry-in-moscow"),
    ("Déjà vu", "Any", "deja-vu"),
    ("موسكو", "Talks in Moscow", "talks-in-moscow"),
])
def test_slugs_are_stable_and_safe(stem: str, title: str, slug: str) -> None:
    assert briefing_slug(stem, title) == slug
    assert briefing_slug(stem, title) == briefing_slug(stem, title)


def test_slug_of_unnamed_article_is_a_hash() -> None:
    slug = briefing_slug("موسكو", "موسكو")
    assert slug.startswith("briefing-") and len(slug) == len("briefing-") + 10
