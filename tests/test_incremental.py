"""Rebuilds: nothing changed reads nothing; one edited article re-reads only its pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ARTICLES, FIRST, PAGES, Book

pytestmark = pytest.mark.sphinx


def pages_of(slug: str) -> list[str]:
    return sorted(f"briefings/{slug}/{page}" for page in PAGES)


@pytest.fixture
def three(book: Book) -> Book:
    book.add(FIRST)
    book.add(FIRST.with_name(FIRST.stem + ".brief.yaml"))
    book.add(ARTICLES / "ceasefire_sudan.txt")
    book.add(ARTICLES / "statement_no_quotes.txt")
    first = book.build()
    assert len(first.read) == 1 + 3 * len(PAGES)
    return book


def test_nothing_changed_reads_no_document(three: Book) -> None:
    generated = sorted((three.srcdir / "briefings").rglob("*.md"))
    stamps = [p.stat().st_mtime_ns for p in generated]
    again = three.build()
    assert again.read == []
    assert again.warnings == ""
    assert [p.stat().st_mtime_ns for p in generated] == stamps


def test_editing_one_article_rereads_only_its_pages(three: Book) -> None:
    article = three.seeds / "ceasefire_sudan.txt"
    article.write_text(article.read_text("utf-8").replace("Jeddah", "Riyadh"), "utf-8")
    again = three.build()
    assert again.read == pages_of("ceasefire_sudan")
    assert "Riyadh" in again.page("ceasefire_sudan", "source").get_text()


def test_touching_an_article_rereads_its_pages_once(three: Book) -> None:
    article = three.seeds / "statement_no_quotes.txt"
    os.utime(article)
    assert three.build().read == pages_of("statement_no_quotes")
    assert three.build().read == []


def test_adding_editing_and_removing_an_overlay(three: Book) -> None:
    overlay = three.seeds / "statement_no_quotes.brief.yaml"
    overlay.write_text("summary:\n  text: The framework is a first step.\n  paragraphs: [1]\n",
                       "utf-8")
    added = three.build()
    assert added.read == pages_of("statement_no_quotes")
    bluf = added.page("statement_no_quotes", "overview").select_one(".bb-bluf")
    assert bluf.get_text() == "The framework is a first step."
    overlay.write_text("summary:\n  text: The framework is fragile.\n  paragraphs: [1]\n",
                       "utf-8")
    assert three.build().read == pages_of("statement_no_quotes")
    overlay.unlink()
    assert three.build().read == pages_of("statement_no_quotes")
    assert three.build().read == []


def test_adding_and_removing_an_article(three: Book) -> None:
    three.add(ARTICLES / "ukraine_grain_talks.txt")
    added = three.build()
    assert set(added.read) == {"index", *pages_of("ukraine_grain_talks")}
    assert len(added.html("index").select(".bb-catalog-card")) == 4
    (three.seeds / "ukraine_grain_talks.txt").unlink()
    removed = three.build()
    assert removed.read == ["index"]
    assert not (three.srcdir / "briefings" / "ukraine_grain_talks").exists()
    assert len(removed.html("index").select(".bb-catalog-card")) == 3


def test_a_title_change_reaches_the_landing_page(three: Book) -> None:
    article = three.seeds / "statement_no_quotes.txt"
    lines = article.read_text("utf-8").split("\n")
    lines[0] = "A renamed statement"
    article.write_text("\n".join(lines), "utf-8")
    again = three.build()
    assert again.read == pages_of("statement_no_quotes")
    titles = [card.find("a").get_text() for card in again.html("index").select(".bb-catalog-card")]
    assert "A renamed statement" in titles


def test_generated_folder_is_not_touched_outside_briefings(three: Book) -> None:
    assert sorted(p.name for p in (three.srcdir / "briefings").iterdir()) == [
        FIRST.stem, "ceasefire_sudan", "statement_no_quotes"]
    assert Path(three.srcdir / "index.md").is_file()


def test_parallel_builds_merge_and_purge_briefing_data(book: Book) -> None:
    for article in sorted(ARTICLES.glob("*.txt")):
        book.add(article)
    book.add(FIRST)
    first = book.build(parallel=2)
    assert first.warnings == ""
    assert len(first.html("index").select(".bb-catalog-card")) == 4
    article = book.seeds / "ceasefire_sudan.txt"
    article.write_text(article.read_text("utf-8").replace("Jeddah", "Riyadh"), "utf-8")
    again = book.build(parallel=2)
    assert again.read == pages_of("ceasefire_sudan")
    cards = again.html("index").select(".bb-catalog-card")
    assert len(cards) == 4
    (book.seeds / "statement_no_quotes.txt").unlink()
    removed = book.build(parallel=2)
    assert len(removed.html("index").select(".bb-catalog-card")) == 3
    assert removed.warnings == ""
