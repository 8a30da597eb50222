"""Extraction on the first article and on articles written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefbook.extract import extract_brief
from briefbook.ingest import read_article
from briefbook.model import Brief
from briefbook.model.serialize import brief_data
from conftest import ARTICLES, FIRST


@pytest.fixture(scope="module")
def first() -> Brief:
    return extract_brief(read_article(FIRST))


def test_all_eight_quotes_with_their_speakers(first: Brief) -> None:
    expected = [
        ("Kerry", (4,), "agreed to steps that if implemented in go"),
        ("Kerry", (5,), "because we want them to work."),
        ("Kerry", (9,), "cycle of excuses"),
        ("Kerry", (12,), "not based on trust"),
        ("Kerry", (12,), "has the opportunity to change the playin"),
        ("Kerry", (13,), "Let the proof be in the pudding, not our"),
        ("senior State Department official", (15,), "Either we find a way to do something abo"),
        ("senior State Department official", (15,), "And so the conversation here is about, c"),
    ]
    assert len(first.quotes) == len(expected)
    for quote, (speaker, paragraphs, opening) in zip(first.quotes, expected, strict=True):
        assert (quote.speaker, quote.paragraphs) == (speaker, paragraphs)
        assert quote.summary.startswith(opening)
    assert first.quotes[5].why.rule == "quote.speaker-after"
    assert first.quotes[5].why.cue == "said"
    assert first.quotes[7].why.rule == "quote.same-paragraph-speaker"


def test_a_name_in_quotation_marks_is_not_a_quote(first: Brief) -> None:
    assert all(q.summary != "Joint Implementation Group" for q in first.quotes)


def test_actors_with_kinds_and_merged_aliases(first: Brief) -> None:
    actors = {a.name: a for a in first.actors}
    assert actors["Jabhat al-Nusra"].kind == "armed group"
    assert "al-Nusra" in actors["Jabhat al-Nusra"].aliases
    assert "al-Nusra" not in actors
    assert {"U.S.", "Washington"} <= set(actors["United States"].aliases)
    assert "Moscow" in actors["Russia"].aliases
    assert "Assad regime" in actors["Syrian government"].aliases
    assert actors["Kerry"].kind == "person"
    assert actors["Lavrov"].kind == "person"
    assert actors["Joint Implementation Group"].kind == "organisation"
    assert actors["Amman"].kind == "place"
    assert actors["Jordan"].kind == "state"
    assert actors["Syrian air force"].mentions == (3, 6, 9)
    for name in ("Thursday", "February", "Neither", "Let", "Either", "Officials"):
        assert name not in actors


def test_timeline_of_dated_events(first: Brief) -> None:
    assert [(t.when, t.paragraphs, t.order) for t in first.timeline] == [
        ("February", (14,), -1),
        ("before the talks began", (15,), -1),
        ("Thursday", (2,), 0),
        ("Thursday", (11,), 0),
        ("the coming days", (5,), 1),
    ]


def test_terms_positions_risks_background(first: Brief) -> None:
    assert {t.why.rule for t in first.terms} >= {"term.calls-for", "term.would-provide",
                                                 "term.would-be-required"}
    grounded = next(t for t in first.terms if t.id == "term-3.2")
    assert grounded.conditions == ("In return",)
    assert grounded.parties == ("Syrian air force",)
    accused = next(p for p in first.positions if p.why.rule == "position.accuses")
    assert (accused.actor, accused.paragraphs) == ("United States", (8,))
    assert any(r.paragraphs == (14,) and r.why.rule == "risk.collapse" for r in first.risks)
    assert any(b.why.cue == "in February" for b in first.background)


def test_every_item_rests_on_its_paragraphs(first: Brief) -> None:
    article = first.article
    items = [*first.quotes, *first.terms, *first.positions, *first.risks, *first.watch,
             *first.background, *first.timeline, *first.key_points]
    assert items
    for item in items:
        assert item.citations, item.id
        assert item.why.rule, item.id
        for citation in item.citations:
            text = article.paragraph(citation.paragraph).text
            assert text[citation.start:citation.end] == citation.text


def test_extraction_is_deterministic() -> None:
    runs = [json.dumps(brief_data(extract_brief(read_article(FIRST))), ensure_ascii=False)
            for _ in range(2)]
    assert runs[0] == runs[1]


def _brief(name: str) -> Brief:
    return extract_brief(read_article(ARTICLES / name))


def test_sudan_quotes_titles_pronouns_and_continued_quote() -> None:
    brief = _brief("ceasefire_sudan.txt")
    assert [(q.speaker, q.paragraphs) for q in brief.quotes] == [
        ("Amina Khalid", (2,)),
        ("Amina Khalid", (5,)),
        ("Amina Khalid", (5,)),
        ("Moussa Diallo", (6,)),
        ("Moussa Diallo", (6, 7)),
        ("senior African Union diplomat", (8,)),
    ]
    continued = brief.quotes[4]
    assert continued.summary.startswith("But words in Jeddah")
    assert continued.summary.endswith("we will say publicly who stopped them.")
    kinds = {a.name: a.kind for a in brief.actors}
    assert kinds["Rapid Support Forces"] == "armed group"
    assert kinds["Amina Khalid"] == "person"
    assert kinds["El Obeid"] == "place"
    assert "Foreign" not in kinds


def test_straight_quotes_and_unnamed_speakers() -> None:
    brief = _brief("ukraine_grain_talks.txt")
    assert [(q.speaker, q.paragraphs) for q in brief.quotes] == [
        ("senior Turkish official", (3,)),
        ("Oleksandr Marchenko", (4,)),
        ("Viktor Sokolov", (5,)),
    ]
    assert "Kremlin" in {a for actor in brief.actors for a in (actor.name, *actor.aliases)
                         if actor.name == "Russia"} or any(
        "the Kremlin" in actor.aliases for actor in brief.actors)


def test_article_without_quotes() -> None:
    brief = _brief("statement_no_quotes.txt")
    assert brief.quotes == ()
    positions = {(p.actor, p.why.rule) for p in brief.positions}
    assert ("Azerbaijan", "position.insists") in positions
    assert ("Armenia", "position.opposes") in positions


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.glob("*.txt")))
def test_any_article_gets_a_complete_brief(name: str) -> None:
    brief = _brief(name)
    assert brief.summary is not None and brief.summary.paragraphs == (1,)
    assert brief.actors and brief.timeline and brief.structure.nodes
    assert Path(brief.article.path).name == name
