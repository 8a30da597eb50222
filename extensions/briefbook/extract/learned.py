"""Weighted cues learned from the development annotations.

A written cue rule misses a term, position, risk or background sentence phrased in words
no rule lists. Here the words and word pairs of a sentence (and words for where it stands
in the article) carry a weight per label, learned
by ``briefbook learn`` from the development articles only (never the held-back ones) and
kept as data in ``lexicons/learned.json``; words too rare to learn from carry none. A
sentence no rule labelled is labelled when its weights add up past the label's threshold,
and its reason names the words that weighed most. The sum is exact (``math.fsum``), so the
same sentence always gets the same label.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from briefbook.extract.lexicon import LEXICON_DIR
from briefbook.problems import InputError, Problem

LEARNED_FILE = LEXICON_DIR / "learned.json"
# Labels whose sentences the weights may add (a position only when its holder can be
# named: see ``classify``).
LEARNED_LABELS = ("term", "position", "risk", "background")
Weights = dict[str, "LearnedLabel"]
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_QUOTE_MARKS = frozenset("“”\"")
_SHOWN = 3  # how many of the heaviest words an item's reason names


# What a name of each kind reads as, so that weights learned on one article's names carry
# to another's ("Kenya agreed" and "Chad agreed" both read "zzstate agreed").
NAME_WORDS = {"person": "zzperson", "state": "zzstate", "organisation": "zzbody",
              "armed group": "zzgroup", "place": "zzplace"}
Names = tuple[tuple[int, int, str], ...]


def where_words(paragraph: int, index: int, paragraphs: int) -> tuple[str, ...]:
    """Where a sentence stands, as words that are weighed like the others: the lead
    paragraph, the two after it, the middle or the last third of the article (``paragraph``
    of ``paragraphs``), the last paragraph, and whether it opens its paragraph (``index``
    1). Background sits late in a report and terms early, whatever their wording."""
    part = "zzlead" if paragraph == 1 else "zzearly" if paragraph <= 3 else \
        "zzlate" if paragraph > paragraphs * 2 / 3 else "zzmiddle"
    last = ("zzlast",) if paragraph == paragraphs else ()
    return (part, *last, "zzopens") if index == 1 else (part, *last)


def features(text: str, names: Names = (), where: tuple[str, ...] = ()) -> list[str]:
    """A sentence's features: its words and word pairs (lower case, accents kept, curly
    apostrophes made straight), each name in ``names`` (start, end and kind, by offset in
    ``text``) read as the word for its kind, whether it quotes, and the words ``where``
    for its place in the article (``where_words``)."""
    read = text
    for start, end, kind in sorted(names, reverse=True):
        read = f"{read[:start]} {NAME_WORDS.get(kind, 'zzname')} {read[end:]}"
    found: set[str] = set()
    for version in (text, read):
        plain = unicodedata.normalize("NFC", version).lower().replace("’", "'")
        words = _WORD.findall(plain)
        found |= set(words) | {f"{a} {b}" for a, b in pairwise(words)}
    if _QUOTE_MARKS & set(text):
        found.add("<quote>")
    found.update(where)
    return sorted(found)


@dataclass(frozen=True)
class LearnedLabel:
    """One label's weights: a sentence no written rule labelled is labelled when ``bias``
    plus the weights of its features exceed ``cutoff`` (the log-odds of the chosen
    probability), and one a rule labelled loses the label when they fall below ``veto``
    (None: never)."""

    bias: float
    cutoff: float
    weights: dict[str, float]
    veto: float | None = None

    def weigh(self, found: list[str]) -> tuple[float, list[tuple[str, float]]]:
        """The score of a sentence with these features, and their weights, heaviest first."""
        weighed = [(f, self.weights[f]) for f in found if f in self.weights]
        score = self.bias + math.fsum(w for _, w in weighed)
        return score, sorted(weighed, key=lambda fw: (-fw[1], fw[0]))


@cache
def learned() -> Weights:
    """The learned weights by label; the file ships with the package, so a missing or
    broken one is an error, not a silent change of what is extracted."""
    try:
        data = json.loads(LEARNED_FILE.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise InputError([Problem(LEARNED_FILE, 1, f"cannot read the learned weights ({error});"
                                                   " run `make learn`")]) from error
    return weights_of(data, LEARNED_FILE)


def weights_of(data: dict[str, Any], source: Path = LEARNED_FILE) -> Weights:
    """Weights by label from the content of a weights file (named ``source`` in errors)."""
    labels = data.get("labels") if isinstance(data, dict) else None
    if not isinstance(labels, dict) or set(labels) != set(LEARNED_LABELS):
        raise InputError([Problem(source, 1, "learned weights must have the labels "
                                             f"{', '.join(LEARNED_LABELS)}")])
    found = {}
    for label, item in labels.items():
        threshold = float(item["threshold"])
        if not 0 < threshold < 1:
            raise InputError([Problem(source, 1, f"{label}: threshold {threshold} is not a "
                                                 "probability between 0 and 1")])
        veto = item.get("veto")
        if veto is not None and not 0 < float(veto) < threshold:
            raise InputError([Problem(source, 1, f"{label}: veto {veto} is not a probability "
                                                 "between 0 and the threshold")])
        found[label] = LearnedLabel(float(item["bias"]), _logit(threshold),
                                    {f: float(w) for f, w in item["weights"].items()},
                                    None if veto is None else _logit(float(veto)))
    return found


def learned_cues(text: str, labels: set[str], weights_by_label: Weights | None = None,
                 names: Names = (), where: tuple[str, ...] = ()) -> dict[str, str]:
    """For each of ``labels`` whose weights the sentence's words carry past its threshold,
    the reason ("weighted words: could +1.20, …; score +0.85"); ``weights_by_label``
    replaces the learned file (cross-validation passes weights learned without the
    article)."""
    return judge(features(text, names, where), set(), labels, weights_by_label).added


@dataclass(frozen=True)
class Judgement:
    """What the weights make of a sentence: the labels they add, each with its reason, and
    the labels a written rule gave that they overrule."""

    added: dict[str, str]
    overruled: frozenset[str]


def judge(found: list[str], ruled: set[str], unruled: set[str],
          weights_by_label: Weights | None = None) -> Judgement:
    """Weigh a sentence's features (``features``): of the labels no written rule gave
    (``unruled``), those whose score passes the threshold are added; of those a rule gave
    (``ruled``), those whose score falls below the label's veto are overruled (the rule's
    cue is there, but the rest of the sentence reads like the sentences annotators did not
    label)."""
    weights = learned() if weights_by_label is None else weights_by_label
    added = {}
    overruled = set()
    for label in LEARNED_LABELS:
        if label not in weights or (label not in unruled and label not in ruled):
            continue
        learned_label = weights[label]
        score, weighed = learned_label.weigh(found)
        if label in ruled:
            if learned_label.veto is not None and score < learned_label.veto:
                overruled.add(label)
        elif score > learned_label.cutoff:
            heaviest = ", ".join(f"{f} {w:+.2f}" for f, w in weighed[:_SHOWN] if w > 0)
            added[label] = f"weighted words: {heaviest}; score {score:+.2f}"
    return Judgement(added, frozenset(overruled))


def _logit(probability: float) -> float:
    return math.log(probability / (1 - probability))
