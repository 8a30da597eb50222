"""Weighted cues learned from the development annotations.

A written cue rule misses a term, risk or background sentence phrased in words no rule
lists. Here every word and word pair of a sentence carries a weight per label, learned by
``briefbook learn`` from the development articles only (never the held-back ones) and kept
as data in ``lexicons/learned.json``. A sentence no rule labelled is labelled when its
weights add up past the label's threshold, and its reason names the words that weighed
most. Scoring is a sum in a fixed order, so the same sentence always gets the same label.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

from briefbook.extract.lexicon import LEXICON_DIR

LEARNED_FILE = LEXICON_DIR / "learned.json"
# Labels whose sentences the weights may add (a position only when its holder can be
# named: see ``classify``).
LEARNED_LABELS = ("term", "position", "risk", "background")
Weights = dict[str, "LearnedLabel"]
_WORD = re.compile(r"[a-z0-9’']+")
_QUOTE_MARKS = frozenset("“”\"")
_SHOWN = 3  # how many of the heaviest words an item's reason names


def features(text: str) -> list[str]:
    """A sentence's features: its lower-case words and word pairs, and whether it quotes."""
    words = _WORD.findall(text.lower())
    found = set(words) | {f"{a} {b}" for a, b in pairwise(words)}
    if _QUOTE_MARKS & set(text):
        found.add("<quote>")
    return sorted(found)


@dataclass(frozen=True)
class LearnedLabel:
    """One label's weights: a sentence is labelled when ``bias`` plus the weights of its
    features exceed ``cutoff`` (the log-odds of the chosen probability)."""

    bias: float
    cutoff: float
    weights: dict[str, float]

    def weigh(self, text: str) -> tuple[float, list[tuple[str, float]]]:
        """The sentence's score and its features' weights, heaviest first."""
        weighed = [(f, self.weights[f]) for f in features(text) if f in self.weights]
        score = self.bias + math.fsum(w for _, w in weighed)
        return score, sorted(weighed, key=lambda fw: (-fw[1], fw[0]))


@cache
def learned() -> Weights:
    """The learned weights by label (empty when no weights file has been made)."""
    if not LEARNED_FILE.exists():
        return {}
    return weights_of(json.loads(LEARNED_FILE.read_text("utf-8")))


def weights_of(data: dict[str, Any]) -> Weights:
    """Weights by label from the content of a weights file."""
    return {label: LearnedLabel(float(item["bias"]), _logit(float(item["threshold"])),
                                {f: float(w) for f, w in item["weights"].items()})
            for label, item in data["labels"].items()}


def learned_cue(label: str, text: str, weights_by_label: Weights | None = None) -> str | None:
    """The reason to give ``label`` to a sentence by its weighed words ("could" +1.20, …),
    or None when the words do not weigh enough; ``weights_by_label`` replaces the learned
    file (cross-validation passes weights learned without the article)."""
    weights = (learned() if weights_by_label is None else weights_by_label).get(label)
    if weights is None:
        return None
    score, weighed = weights.weigh(text)
    if score <= weights.cutoff:
        return None
    heaviest = [f"“{f}” {w:+.2f}" for f, w in weighed[:_SHOWN] if w > 0]
    return f"weighted words {', '.join(heaviest)} (score {score:+.2f})"


def _logit(probability: float) -> float:
    return math.log(probability / (1 - probability))
