"""The weighted cues: features, scoring, the reason an item gives, and that the committed
weights are what ``briefbook learn`` makes from the development gold."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
import yaml

from briefbook.extract import extract_brief
from briefbook.extract.actors import find_actors
from briefbook.extract.classify import classify
from briefbook.extract.learned import (
    LEARNED_FILE,
    LEARNED_LABELS,
    Weights,
    features,
    learned,
    learned_cues,
    weights_of,
)
from briefbook.extract.quotes import find_quotes
from briefbook.ingest import read_article
from briefbook.learn import cross_validate, development, examples, learn, write
from briefbook.problems import InputError

EVAL = Path(__file__).parent / "eval"


def test_features_are_words_pairs_and_quote_marks() -> None:
    assert features("Troops could withdraw.") == [
        "could", "could withdraw", "troops", "troops could", "withdraw"]
    assert "<quote>" in features("“We will not sign,” he said.")
    assert features("Kosovo’s négociations") == features("Kosovo's négociations") == [
        "kosovo's", "kosovo's négociations", "négociations"]
    # A name is read both as written and as the word for its kind.
    assert features("Kenya agreed.", ((0, 5, "state"),)) == [
        "agreed", "kenya", "kenya agreed", "zzstate", "zzstate agreed"]


def test_a_sentence_no_written_rule_catches_is_labelled_by_its_weighed_words(
        tmp_path: Path) -> None:
    article = tmp_path / "probe.txt"
    article.write_text("Probe Article\n\nA dek line\n\nThe corridor opened on Monday.\n\n"
                       "Ships sail in convoys.\n\nThe insurers met.\n\nPremiums remain so high "
                       "that many owners will not send a ship to a Ukrainian port at any price. "
                       "The weather was fine on Monday.\n", "utf-8")
    brief = extract_brief(read_article(article))
    risks = [(r.why.sentence, r.why.rule) for r in brief.risks]
    assert risks == [("4.1", "risk.learned")]
    cue = brief.risks[0].why.cue
    assert cue.startswith("weighted words: ") and "; score +" in cue
    assert learned_cues("The weather was fine on Monday.", {"risk"}) == {}


def test_scores_are_the_same_every_time() -> None:
    text = "Each side will keep no more than 200 soldiers within five kilometres of the line."
    weights = learned()["term"]
    assert weights.weigh(features(text)) == weights.weigh(features(text))
    everything = set(LEARNED_LABELS)
    assert "term" in learned_cues(text, everything)
    assert learned_cues(text, everything) == learned_cues(text, everything)
    assert learned_cues(text, {"risk"}).keys() <= {"risk"}


def test_the_committed_weights_are_learned_from_the_development_split_alone(
        tmp_path: Path) -> None:
    made = tmp_path / "learned.json"
    write(learn(EVAL / "gold", EVAL / "articles"), made)
    assert made.read_bytes() == LEARNED_FILE.read_bytes()
    data = json.loads(made.read_text("utf-8"))
    assert set(data["labels"]) == {"term", "position", "risk", "background"}


def test_held_back_gold_teaches_nothing_and_bad_input_is_named(tmp_path: Path) -> None:
    held = tmp_path / "held"
    held.mkdir()
    shutil.copy(EVAL / "gold" / "korea_military_talks.yaml", held)
    with pytest.raises(InputError, match="no development gold"):
        examples(held, EVAL / "articles")
    unsplit = tmp_path / "unsplit"
    unsplit.mkdir()
    text = (EVAL / "gold" / "kerry_moscow.yaml").read_text("utf-8").replace("split: dev\n", "")
    (unsplit / "kerry_moscow.yaml").write_text(text, "utf-8")
    with pytest.raises(InputError, match="split must be dev or heldout"):
        examples(unsplit, EVAL / "articles")
    data = json.loads(LEARNED_FILE.read_text("utf-8"))
    data["labels"]["risk"]["threshold"] = 1.0
    with pytest.raises(InputError, match="not a probability"):
        weights_of(data)
    del data["labels"]["risk"]
    with pytest.raises(InputError, match="must have the labels"):
        weights_of(data)


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
    assert "position" in learned_cues("Any unilateral filling is a threat to its water "
                                      "security.", {"position"})
    article.write_text("Probe Article\n\nA dek line\n\nAny unilateral filling is a threat to "
                       "its water security.\n", "utf-8")
    assert extract_brief(read_article(article)).positions == ()


def test_new_weights_rebuild_every_briefing() -> None:
    from briefbook.sphinxext.store import code_files

    assert LEARNED_FILE.resolve() in code_files()


def test_an_empty_gold_file_is_named_when_learning(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("", "utf-8")
    with pytest.raises(InputError, match="split must be dev or heldout"):
        development(tmp_path, tmp_path)


def _weights(risk: dict[str, float], veto: float = 0.2) -> Weights:
    """Hand-made weights: risk weighs ``risk`` and has a veto; no other label adds or
    overrules anything."""
    quiet = {"threshold": 0.99, "bias": -20.0, "weights": {}}
    return weights_of({"labels": {
        "term": quiet, "position": quiet, "background": quiet,
        "risk": {"threshold": 0.5, "veto": veto, "bias": 0.0, "weights": risk}}})


def test_the_weights_can_overrule_a_written_rule(tmp_path: Path) -> None:
    article = tmp_path / "probe.txt"
    article.write_text("Probe Article\n\nA dek line\n\nThe deal could collapse by June.\n",
                       "utf-8")
    read = read_article(article)
    weighed: dict[str, list[str]] = {}
    table = find_actors(read)
    quotes, table = find_quotes(read, table)
    classify(read, table, quotes, {}, record=weighed)
    # The sentence is weighed on the names of the written rules whose cues it holds.
    assert "zzrule:risk.collapse" in weighed["1.1"] and "collapse" in weighed["1.1"]
    kept = extract_brief(read, _weights({"zzrule:risk.collapse": 1.0}))
    assert [(r.why.sentence, r.why.rule, r.why.cue) for r in kept.risks] == [
        ("1.1", "risk.collapse", "could collapse")]
    overruled = extract_brief(read, _weights({"zzrule:risk.collapse": -3.0}))
    assert overruled.risks == ()
    never = extract_brief(read, weights_of({"labels": {
        label: {"threshold": 0.5, "bias": -20.0, "weights": {}} for label in LEARNED_LABELS}}))
    assert [r.why.rule for r in never.risks] == ["risk.collapse"]  # no veto: the rule stands


def test_a_veto_is_a_probability_below_the_threshold() -> None:
    with pytest.raises(InputError, match=r"veto 0\.6 is not a probability"):
        _weights({}, veto=0.6)
    assert _weights({}, veto=0.2)["risk"].veto == pytest.approx(math.log(0.2 / 0.8))


def _stances(path: Path, text: str, word: str) -> list[tuple[str, str, str]]:
    """The stances of an article whose only weight makes ``word`` a position."""
    quiet = {"threshold": 0.99, "bias": -20.0, "weights": {}}
    weights = weights_of({"labels": {
        "term": quiet, "risk": quiet, "background": quiet,
        "position": {"threshold": 0.5, "bias": -1.0, "weights": {word: 3.0}}}})
    article = path / "probe.txt"
    article.write_text(text, "utf-8")
    brief = extract_brief(read_article(article), weights)
    return [(p.why.sentence, p.actor, p.why.rule) for p in brief.positions]


def test_a_learned_stance_is_held_by_the_one_it_is_attributed_to(tmp_path: Path) -> None:
    assert _stances(tmp_path, "Probe Article\n\nA dek line\n\nTalks resumed in Sarajevo. "
                    "The envoy lacks the powers, Bosnia’s foreign ministry said; the talks go "
                    "on. The two Ministers noted that the envoy has powers.\n", "powers") == [
        ("1.2", "Bosnia and Herzegovina", "position.learned"),
        ("1.3", "two Ministers", "position.learned")]


def test_a_judgement_in_a_statement_is_held_by_its_voice(tmp_path: Path) -> None:
    assert _stances(tmp_path, "Statement by the Secretary General of the Council of Europe, "
                    "Pieter van Houweling, on Cyprus\n\nA dek line\n\nThe talks resumed in "
                    "Nicosia. There is no military solution to the crisis.\n", "solution") == [
        ("1.2", "Pieter van Houweling", "position.learned")]


def test_a_learned_stance_of_a_described_source_is_held_by_its_party(tmp_path: Path) -> None:
    assert _stances(tmp_path, "Probe Article\n\nA dek line\n\nTalks on the Orange River "
                    "resumed in Windhoek with Namibia and South Africa. A senior South African "
                    "official briefed on the talks called the thalweg the border. Namibian "
                    "negotiators expect the thalweg to be the border. “The thalweg is the "
                    "border,” a diplomat in Windhoek said.\n", "thalweg") == [
        ("1.2", "South Africa", "position.learned"),
        ("1.3", "Namibia", "position.evaluates"),
        ("1.4", "diplomat in Windhoek", "position.learned")]


def test_a_learned_stance_is_held_by_the_subject_a_sentence_opens_with(tmp_path: Path) -> None:
    assert _stances(tmp_path, "Probe Article\n\nA dek line\n\nThe Authority of Heads of State "
                    "met in Abuja. The Authority noted the report on the mandate. Pending "
                    "the talks, the two sides agreed to a report on the mandate.\n",
                    "mandate") == [
        ("1.2", "Authority of Heads of State", "position.learned"),
        ("1.3", "two sides", "position.learned")]


def test_a_stance_set_off_by_they_is_held_by_the_group_before(tmp_path: Path) -> None:
    text = ("Probe Article\n\nA dek line\n\nThe members of the Security Council welcomed "
            "the agreement. Returns, they stressed, must be voluntary.\n")
    article = tmp_path / "probe.txt"
    article.write_text(text, "utf-8")
    brief = extract_brief(read_article(article))
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("1.1", "UN Security Council"), ("1.2", "UN Security Council")]
