"""The evaluation harness (matching rules, both splits) and the analyst draft."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefbook.briefing import load_brief
from briefbook.draft import draft
from briefbook.evaluation import agreement, as_json, evaluate, evaluate_article, same_speaker
from briefbook.problems import InputError
from conftest import FIRST, REPO

EVAL = Path(__file__).parent / "eval"


def test_matching_rules_on_a_small_gold(tmp_path: Path) -> None:
    shutil.copy(FIRST, tmp_path / "a.txt")
    gold = tmp_path / "a.yaml"
    gold.write_text("""article: a.txt
split: heldout
actors:
  - {name: Kerry, kind: person, aliases: []}
  - {name: Jabhat al-Nusra, kind: armed group, aliases: [al-Nusra]}
  - {name: Nobody Known, kind: person, aliases: []}
quotes:
  - {paragraph: 13, speaker: Kerry, text: "Let the proof be in the pudding"}
  - {paragraph: 15, speaker: "a senior State Department official", text: "Either we find a way"}
  - {paragraph: 2, speaker: Kerry, text: "would not confirm"}
terms:
  - {paragraph: 3, evidence: "would require that the Syrian air force be largely grounded"}
timeline:
  - {paragraph: 14, when: "in February"}
  - {paragraph: 5, when: "the coming days"}
""", "utf-8")
    split, report = evaluate_article(gold, tmp_path)
    assert split == "heldout"
    quotes = report.scores["quotes"]
    assert (quotes.correct, quotes.predicted, quotes.found, quotes.gold) == (2, 8, 2, 3)
    assert report.speakers_matched == 2 and report.speakers_right == 2
    actors = report.scores["actors"]
    assert (actors.found, actors.gold) == (2, 3)
    assert report.scores["terms"].found == 1
    assert report.scores["timeline"].found == 2


def test_speaker_names_match_by_surname_and_without_articles() -> None:
    assert same_speaker("Kerry", "John Kerry")
    assert same_speaker("a senior State Department official", "senior State Department official")
    assert not same_speaker("Lavrov", "Kerry")
    assert not same_speaker("", "Kerry")


def test_a_speaker_matches_through_either_sides_aliases(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(
        "Probe\n\nDek\n\nTalks were held at the base of the United Nations Interim Force "
        "in Lebanon (UNIFIL). \"The talks were useful,\" UNIFIL said.\n", "utf-8")
    gold = tmp_path / "b.yaml"
    gold.write_text("""article: b.txt
split: dev
actors:
  - {name: UNIFIL, kind: organisation, aliases: []}
quotes:
  - {paragraph: 1, speaker: UNIFIL, text: "The talks were useful"}
""", "utf-8")
    _, report = evaluate_article(gold, tmp_path)
    assert report.speakers_matched == 1 and report.speakers_right == 1


def test_a_second_annotation_is_scored_against_the_gold(tmp_path: Path) -> None:
    shutil.copy(FIRST, tmp_path / "a.txt")
    (tmp_path / "gold").mkdir()
    (tmp_path / "second").mkdir()
    (tmp_path / "gold" / "a.yaml").write_text("""article: a.txt
split: dev
actors:
  - {name: Kerry, kind: person, aliases: [John Kerry]}
  - {name: Lavrov, kind: person, aliases: []}
risks:
  - {paragraph: 3, evidence: "would require that the Syrian air force be largely grounded"}
  - {paragraph: 14, evidence: "in February"}
""", "utf-8")
    (tmp_path / "second" / "a.yaml").write_text("""article: a.txt
actors:
  - {name: John Kerry, kind: person, aliases: []}
risks:
  - {paragraph: 3, evidence: "the Syrian air force be largely grounded"}
  - {paragraph: 5, evidence: "the coming days"}
""", "utf-8")
    report = agreement(tmp_path / "second", tmp_path / "gold", tmp_path)
    risks, actors = report.scores["risks"], report.scores["actors"]
    assert (risks.correct, risks.predicted, risks.found, risks.gold) == (1, 2, 1, 2)
    assert (actors.correct, actors.predicted, actors.found, actors.gold) == (1, 1, 1, 2)
    assert report.articles == ["a.txt"]


def test_development_and_held_back_sets_are_scored() -> None:
    splits = evaluate(EVAL / "gold", EVAL / "articles")
    assert set(splits) == {"all", "dev", "heldout"}
    assert len(splits["dev"].articles) >= 6 and len(splits["heldout"].articles) >= 5
    data = json.loads(as_json(splits))
    for split in ("dev", "heldout"):
        categories = data[split]["categories"]
        assert set(categories) == {"quotes", "actors", "terms", "positions", "risks",
                                   "background", "timeline"}
        assert categories["quotes"]["recall"] >= 0.9
        assert categories["quotes"]["precision"] >= 0.95
    assert "kerry_moscow.txt" in data["dev"]["articles"]


def test_eval_command_prints_a_table_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    result = subprocess.run([sys.executable, "-m", "briefbook.cli", "eval", "--json", str(out),
                             "--gold", str(EVAL / "gold"), "--articles", str(EVAL / "articles")],
                            capture_output=True, text=True, check=True, cwd=REPO)
    assert "heldout (" in result.stdout and "quote speaker accuracy" in result.stdout
    assert "second annotation (8 articles)" in result.stdout
    assert json.loads(out.read_text("utf-8"))["all"]["categories"]["quotes"]["found"] > 40


def test_draft_is_a_valid_overlay_that_reproduces_the_extraction(tmp_path: Path) -> None:
    article = tmp_path / "kerry.txt"
    shutil.copy(FIRST, article)
    automatic = load_brief(article)
    text = draft(automatic)
    assert text.startswith("# Analyst overlay for kerry.txt")
    (tmp_path / "kerry.brief.yaml").write_text(text, "utf-8")
    reviewed = load_brief(article)
    assert reviewed.overlay_path.endswith("kerry.brief.yaml")
    for section in ("terms", "positions", "risks", "watch", "background", "timeline"):
        before = [(i.id, " ".join(i.summary.split()), i.paragraphs)
                  for i in getattr(automatic, section)]
        after = [(i.id, i.summary, i.paragraphs) for i in getattr(reviewed, section)]
        assert after == before, section
    assert [q.speaker for q in reviewed.quotes] == [q.speaker for q in automatic.quotes]


def test_draft_command_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    subprocess.run([sys.executable, "-m", "briefbook.cli", "draft", str(FIRST), "-o", str(out)],
                   check=True, cwd=REPO)
    assert "replace:" in out.read_text("utf-8")


def test_an_owner_before_a_name_does_not_make_another_speaker() -> None:
    assert same_speaker("Switzerland's Federal Department of Foreign Affairs",
                        "Federal Department of Foreign Affairs")
    assert not same_speaker("Russia’s Defence Ministry", "Ukraine’s Defence Ministry")


def test_a_second_annotation_without_gold_or_with_misplaced_text_is_named(
        tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "second").mkdir()
    second = tmp_path / "second" / "kerry_moscow.yaml"
    second.write_text("article: kerry_moscow.txt\nrisks: []\n", "utf-8")
    with pytest.raises(InputError, match="no gold annotation"):
        agreement(tmp_path / "second", tmp_path / "gold", EVAL / "articles")
    shutil.copy(EVAL / "gold" / "kerry_moscow.yaml", tmp_path / "gold")
    second.write_text("article: kerry_moscow.txt\nrisks:\n  - {paragraph: 2, evidence: "
                      "\"words that are not there\"}\n", "utf-8")
    with pytest.raises(InputError, match="annotated text not in ¶2") as raised:
        agreement(tmp_path / "second", tmp_path / "gold", EVAL / "articles")
    assert raised.value.problems[0].path == second


def test_a_gold_file_without_a_split_is_named(tmp_path: Path) -> None:
    shutil.copy(FIRST, tmp_path / "a.txt")
    gold = tmp_path / "a.yaml"
    gold.write_text("article: a.txt\nactors: []\n", "utf-8")
    with pytest.raises(InputError) as caught:
        evaluate_article(gold, tmp_path)
    assert str(gold) in str(caught.value) and "split must be dev or heldout" in str(caught.value)
