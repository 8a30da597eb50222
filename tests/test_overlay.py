"""The analyst overlay: the first article's overlay, and every kind of overlay error."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.briefing import load_brief
from briefbook.ingest import read_article
from briefbook.overlay import load_overlay
from briefbook.problems import InputError
from conftest import FIRST

OVERLAY = FIRST.with_name(FIRST.stem + ".brief.yaml")


def test_first_overlay_validates_and_applies() -> None:
    brief = load_brief(FIRST)
    assert brief.overlay_path.endswith("000_c31a3ee42ee2231a.brief.yaml")
    assert brief.summary is not None and brief.summary.origin == "analyst"
    assert brief.summary.basis == "judgement"
    assert brief.summary.paragraphs == (1, 3, 12, 14)
    assert [t.id for t in brief.terms] == ["jig", "joint-strikes", "air-force",
                                          "confidential-steps", "good-faith"]
    assert {k.basis for k in brief.key_points} == {"reported", "judgement"}
    assert all(r.origin == "analyst" for r in brief.risks)
    assert "background-12.1" not in {b.id for b in brief.background}
    structure = brief.structure
    assert structure.origin == "analyst"
    labels = {n.id: n.label for n in structure.nodes}
    assert "Amman" in labels["jig"]
    edges = {(e.source, e.target, e.label) for e in structure.edges}
    assert ("jig", "strikes", "coordinates") in edges
    assert ("strikes", "nusra", "target") in edges
    assert ("saf", "zones", "forbidden to fly sorties over") in edges
    assert {("us", "jig", "creates"), ("ru", "jig", "creates")} <= edges


def test_overlay_without_overlay_flag() -> None:
    brief = load_brief(FIRST, use_overlay=False)
    assert brief.overlay_path == ""
    assert brief.structure.origin == "extracted"


def problems_of(tmp_path: Path, overlay: str) -> list[str]:
    article = tmp_path / "a.txt"
    article.write_bytes(FIRST.read_bytes())
    path = tmp_path / "a.brief.yaml"
    path.write_text(overlay, "utf-8")
    with pytest.raises(InputError) as caught:
        load_brief(article)
    return [str(p).replace(str(tmp_path) + "/", "") for p in caught.value.problems]


def test_evidence_not_in_the_article(tmp_path: Path) -> None:
    overlay = "risks:\n  - text: A risk.\n    evidence:\n      - Kerry resigned in protest\n"
    assert problems_of(tmp_path, overlay) == [
        "a.brief.yaml:4: evidence not found in the article: 'Kerry resigned in protest' "
        "(hint: copy the words exactly from a.txt)"]


def test_evidence_must_be_in_the_named_paragraphs(tmp_path: Path) -> None:
    overlay = ("terms:\n  - text: T\n    paragraphs: [1]\n    evidence: [Joint Implementation"
               " Group]\n")
    assert problems_of(tmp_path, overlay) == [
        "a.brief.yaml:4: evidence not found in ¶1: 'Joint Implementation Group' "
        "(hint: copy the words exactly from a.txt)"]


def test_unknown_field_wrong_type_and_missing_evidence(tmp_path: Path) -> None:
    overlay = ("summary:\n  text: S\n  paragraphs: [1]\n  colour: red\n"
               "key_points:\n  - text: K\n"
               "watch: nothing\n")
    found = problems_of(tmp_path, overlay)
    assert found[0].startswith("a.brief.yaml:4: unknown field 'colour' in summary")
    assert found[1].startswith("a.brief.yaml:6: key_points[1] cites no evidence")
    assert found[2] == "a.brief.yaml:7: the overlay.watch must be a list"


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    found = problems_of(tmp_path, "summary:\n  text: [unclosed\n  paragraphs: [1]\n")
    assert len(found) == 1
    assert found[0].startswith("a.brief.yaml:3: invalid YAML:")


def test_duplicate_keys_and_ids(tmp_path: Path) -> None:
    found = problems_of(tmp_path, "risks: []\nrisks: []\n")
    assert found == ["a.brief.yaml:2: duplicate key 'risks' (hint: it was first given on line 1)"]
    found = problems_of(tmp_path, "risks:\n  - {id: r, text: A, paragraphs: [1]}\n"
                                  "  - {id: r, text: B, paragraphs: [2]}\n")
    assert found == ["a.brief.yaml:3: duplicate id 'r' (hint: it is already used on line 2)"]


def test_paragraph_out_of_range_and_unknown_ids(tmp_path: Path) -> None:
    assert problems_of(tmp_path, "risks:\n  - {text: A, paragraphs: [99]}\n") == [
        "a.brief.yaml:2: ¶99 does not exist: the article has 15 paragraphs"]
    found = problems_of(tmp_path, "drop: [term-99.9]\nquotes:\n  - {id: quote-1, speaker: X}\n")
    assert found[0].startswith("a.brief.yaml:1: drop names an unknown item 'term-99.9'")
    assert found[1].startswith("a.brief.yaml:3: no quote has the id 'quote-1'")


def test_structure_edges_must_name_nodes(tmp_path: Path) -> None:
    overlay = ("structure:\n  nodes:\n    - {id: a, label: A, paragraphs: [1]}\n"
               "  edges:\n    - {from: a, to: b, label: x, paragraphs: [1]}\n")
    assert problems_of(tmp_path, overlay) == [
        "a.brief.yaml:5: structure.edges[1].to names no node: 'b' (hint: known node ids: a)"]


def test_quote_speaker_correction(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(FIRST.read_bytes())
    (tmp_path / "a.brief.yaml").write_text(
        "quotes:\n  - {id: quote-15-7, speaker: a senior U.S. official}\n", "utf-8")
    brief = load_brief(article)
    fixed = next(q for q in brief.quotes if q.id == "quote-15-7")
    assert fixed.speaker == "a senior U.S. official"
    assert fixed.why.rule == "overlay.speaker"


def test_empty_overlay_is_allowed() -> None:
    overlay = load_overlay(Path("/dev/null"), read_article(FIRST))
    assert overlay.summary is None and overlay.structure is None
