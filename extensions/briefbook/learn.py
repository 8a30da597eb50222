"""Learn the weighted cues (``extract/lexicons/learned.json``) from the development split
of the gold data: ``briefbook learn`` (``make learn``).

For each label (term, position, risk, background) a sentence is a positive example when a
gold item of that category overlaps it. The weights are a logistic regression over the
sentence's words and word pairs, the words for its place in the article, and the names of
the written rules whose cues it holds (``extract.learned.features``; the features each
sentence is weighed on in ``extract.classify``), fitted by plain gradient descent: a fixed
number of steps over the sentences in file order, and weights rounded to four decimals, so
the same gold gives the same file byte for byte on the same platform (``math.exp`` comes
from the platform's C library). Only gold files whose ``split`` is ``dev`` are used; a file
without a split is an error, so nothing held back can slip in.

Each label's threshold is the probability above which a sentence no rule labelled is
labelled anyway, and its veto the probability below which a sentence a rule labelled loses
the label: the rule's cue is there, but its other words and rules weigh against it ("could"
in "the talks could begin on Monday"). The values below are those that gave the best F1
for rules and weights together in five-fold cross-validation on the development articles
(``briefbook learn --cross-validate --threshold LABEL=P --veto LABEL=P`` tries others); the
cross-validated figures are therefore a little optimistic.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from briefbook.evaluation import Score, gold_spans, load_gold, match_spans, overlaps
from briefbook.extract import extract_brief
from briefbook.extract.actors import find_actors
from briefbook.extract.classify import classify
from briefbook.extract.learned import LEARNED_LABELS, weights_of
from briefbook.extract.quotes import find_quotes
from briefbook.ingest import read_article
from briefbook.ingest.article import Article
from briefbook.problems import InputError, Problem

CATEGORY = {"term": "terms", "position": "positions", "risk": "risks",
            "background": "background"}
THRESHOLDS = {"term": 0.5, "position": 0.5, "risk": 0.4, "background": 0.5}
VETOES = {"term": 0.3, "position": 0.2, "risk": 0.2, "background": 0.25}
MIN_COUNT = 2  # a word or pair seen in fewer sentences gets no weight
STEPS = 1200
RATE = 0.5
PENALTY = 1.0  # L2, against weights that only fit a handful of sentences
KEEP = 0.01  # smaller weights are dropped from the file (and from cross-validation alike)


Example = tuple[list[str], dict[str, bool]]


def development(gold_dir: Path, articles: Path) -> list[tuple[Path, dict[str, Any], Article]]:
    """The development split: each gold file, its content and its article."""
    found = []
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        gold = load_gold(gold_path)
        if gold["split"] == "dev":
            found.append((gold_path, gold, read_article(articles / gold["article"])))
    if not found:
        raise InputError([Problem(gold_dir, 1, "no development gold (split: dev) here")])
    return found


def examples(gold_dir: Path, articles: Path) -> list[Example]:
    """Every sentence of the development articles: its features, and for each label whether
    a gold item of that category overlaps it."""
    return [row for path, gold, article in development(gold_dir, articles)
            for row in _examples_of(path, gold, article)]


def _vocabulary(rows: list[list[str]]) -> dict[str, int]:
    seen: dict[str, int] = {}
    for found in rows:
        for feature in found:
            seen[feature] = seen.get(feature, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, n in seen.items() if n >= MIN_COUNT))}


def fit(rows: list[list[int]], positive: list[bool], size: int) -> tuple[float, list[float]]:
    """Logistic regression by gradient descent: the bias and one weight per feature."""
    weights = [0.0] * size
    bias = 0.0
    count = len(rows)
    for _ in range(STEPS):
        gradient = [0.0] * size
        bias_gradient = 0.0
        for row, label in zip(rows, positive, strict=True):
            z = bias + math.fsum(weights[j] for j in row)
            error = 1.0 / (1.0 + math.exp(-z)) - (1.0 if label else 0.0)
            bias_gradient += error
            for j in row:
                gradient[j] += error
        for j in range(size):
            weights[j] -= RATE * (gradient[j] + PENALTY * weights[j]) / count
        bias -= RATE * bias_gradient / count
    return bias, weights


def learn(gold_dir: Path, articles: Path) -> dict[str, Any]:
    """The weights file's content, learned from the development split."""
    return {"about": "Weighted cues learned by `briefbook learn` from the development "
                     "split of tests/eval; see briefbook/learn.py.",
            **_fitted(examples(gold_dir, articles))}


def _fitted(data: list[Example]) -> dict[str, Any]:
    """Weights, bias and threshold per label, learned from these sentences."""
    index = _vocabulary([found for found, _ in data])
    vocabulary = list(index)
    rows = [[index[f] for f in found if f in index] for found, _ in data]
    labels: dict[str, Any] = {}
    for label in LEARNED_LABELS:
        bias, weights = fit(rows, [wanted[label] for _, wanted in data], len(vocabulary))
        labels[label] = {
            "threshold": THRESHOLDS[label], "bias": round(bias, 4),
            "veto": VETOES[label],
            "weights": {f: round(w, 4) for f, w in zip(vocabulary, weights, strict=True)
                        if abs(w) >= KEEP}}
    return {"sentences": len(data), "labels": labels}


def write(data: dict[str, Any], path: Path) -> None:
    """Write weights as sorted JSON, one value per line, so that a diff shows what moved."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                    "utf-8")


def cross_validate(gold_dir: Path, articles: Path, folds: int = 5,
                   thresholds: dict[str, float] | None = None,
                   vetoes: dict[str, float] | None = None) -> dict[str, Score]:
    """How the written rules and the weights do together on development articles the
    weights did not learn from: the articles are dealt into ``folds`` groups, and each
    group is extracted with weights learned from the others and scored like ``make eval``
    (positions only where a holder could be named, as in the extraction); ``thresholds``
    and ``vetoes`` try other values than the chosen ones."""
    if folds < 2:
        raise ValueError("cross-validation needs at least two folds")
    cases = [(path, gold, article, _examples_of(path, gold, article))
             for path, gold, article in development(gold_dir, articles)]
    scores = {label: Score() for label in LEARNED_LABELS}
    for fold in range(folds):
        taught = [row for n, case in enumerate(cases) if n % folds != fold for row in case[3]]
        fitted = _fitted(taught)
        for label, threshold in (thresholds or {}).items():
            fitted["labels"][label]["threshold"] = threshold
        for label, veto in (vetoes or {}).items():
            fitted["labels"][label]["veto"] = veto
        weights = weights_of(fitted)
        for n, (path, gold, article, _) in enumerate(cases):
            if n % folds != fold:
                continue
            brief = extract_brief(article, weights)
            for label, category in CATEGORY.items():
                scores[label].add(match_spans(brief, getattr(brief, category),
                                              gold.get(category) or [], path)[0])
    return scores


def _examples_of(path: Path, gold: dict[str, Any], article: Article) -> list[Example]:
    """Each sentence of one article: its features, and for each label whether a gold item
    of that category (in the gold file ``path``) overlaps it."""
    spans = {label: gold_spans(article, gold.get(category) or [], path)
             for label, category in CATEGORY.items()}
    table = find_actors(article)
    quotes, table = find_quotes(article, table)
    weighed: dict[str, list[str]] = {}
    classify(article, table, quotes, {}, record=weighed)  # the written rules alone
    return [(weighed[s.ref],
             {label: any(overlaps((s.paragraph, s.start, s.end), span) for span in found)
              for label, found in spans.items()})
            for s in article.sentences]
