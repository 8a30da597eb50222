"""The weighted cues: features, scoring, the reason an item gives, and that the committed
weights are what ``briefbook learn`` makes from the development gold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from briefbook.extract import extract_brief
from briefbook.extract.learned import LEARNED_FILE, features, learned, learned_cue
from briefbook.ingest import read_article
from briefbook.learn import cross_validate, examples, learn, write

EVAL = Path(__file__).parent / "eval"


def test_features_are_words_pairs_and_quote_marks() -> None:
    assert features("Troops could withdraw.") == [
        "could", "could withdraw", "troops", "troops could", "withdraw"]
    assert "<quote>" in features("“We will not sign,” he said.")


def test_a_sentence_no_written_rule_catches_is_labelled_by_its_weighed_words(
        tmp_path: Path) -> None:
    article = tmp_path / "probe.txt"
    article.write_text("Probe Article\n\nA dek line\n\nPremiums remain so high that many "
                       "owners will not send a ship to a Ukrainian port at any price. The "
                       "weather was fine on Monday.\n", "utf-8")
    brief = extract_brief(read_article(article))
    risks = [(r.why.sentence, r.why.rule) for r in brief.risks]
    assert risks == [("1.1", "risk.learned")]
    cue = brief.risks[0].why.cue
    assert cue.startswith("weighted words “") and "(score +" in cue
    assert learned_cue("risk", "The weather was fine on Monday.") is None


def test_scores_are_the_same_every_time() -> None:
    text = "Each side will keep no more than 200 soldiers within five kilometres of the line."
    weights = learned()["term"]
    assert weights.weigh(text) == weights.weigh(text)
    assert learned_cue("term", text) == learned_cue("term", text)


def test_the_committed_weights_are_learned_from_the_development_split_alone(
        tmp_path: Path) -> None:
    made = tmp_path / "learned.json"
    write(learn(EVAL / "gold", EVAL / "articles"), made)
    assert made.read_bytes() == LEARNED_FILE.read_bytes()
    data = json.loads(made.read_text("utf-8"))
    assert set(data["labels"]) == {"term", "position", "risk", "background"}
    # A gold folder holding only held-back articles teaches nothing.
    held = tmp_path / "held"
    held.mkdir()
    shutil.copy(EVAL / "gold" / "korea_military_talks.yaml", held)
    assert examples(held, EVAL / "articles") == []


def test_cross_validation_scores_rules_and_weights_on_unseen_articles(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem in ("kerry_moscow", "sudan_jeddah_truce", "cyprus_geneva_talks",
                 "gerd_dam_talks"):
        shutil.copy(EVAL / "gold" / f"{stem}.yaml", gold)
    scores = cross_validate(gold, EVAL / "articles", folds=2)
    assert set(scores) == {"term", "position", "risk", "background"}
    risks = scores["risk"]
    assert risks.gold == sum(len(yaml.safe_load(p.read_text("utf-8"))["risks"])
                             for p in gold.glob("*.yaml"))
    assert 0 < risks.correct <= risks.predicted and 0 < risks.found <= risks.gold


def test_a_learned_stance_needs_a_holder(tmp_path: Path) -> None:
    article = tmp_path / "probe.txt"
    article.write_text("Probe Article\n\nA dek line\n\nEgypt considers any unilateral filling "
                       "a threat to its water security.\n", "utf-8")
    brief = extract_brief(read_article(article))
    assert [(p.why.sentence, p.actor, p.why.rule) for p in brief.positions] == [
        ("1.1", "Egypt", "position.learned")]
    assert learned_cue("position", "Any unilateral filling is a threat to its water security.")
    article.write_text("Probe Article\n\nA dek line\n\nAny unilateral filling is a threat to "
                       "its water security.\n", "utf-8")
    assert extract_brief(read_article(article)).positions == ()
