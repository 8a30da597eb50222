"""Measure automatic extraction against hand-annotated gold data.

Gold files (``tests/eval/gold/*.yaml``) name an article and list its actors, direct
quotes, terms, positions, risks, background and timeline, each with the paragraph it is
in and an exact piece of its text. Matching rules:

* quotes, terms, positions, risks, background: an extracted item matches a gold item when
  one of its citations is in the same paragraph and overlaps the gold evidence span.
  Precision is the share of extracted items that match some gold item; recall is the share
  of gold items that some extracted item matches. Items are whole sentences and gold spans
  are clauses, so one sentence may cover two gold clauses (and is then shown to the reader
  once, holding both);
* quote speaker: of the gold quotes found, the share whose first matching extracted quote
  names the gold speaker (case, a leading article and an owner's possessive ignored; a
  surname matches the full name; an unnamed speaker's description matches a longer one it
  begins, "Turkish official" and "Turkish official involved in the talks"; any name or
  alias of the extracted speaker may match any name or alias of the gold one, so "UNIFIL"
  matches "United Nations Interim Force in Lebanon" when either side lists it as an
  alias);
* actors: an extracted actor matches a gold actor when their names or aliases share one
  (case ignored; "Peru’s Ministry of Defence" is the "Ministry of Defence"); an actor
  split in two counts the second as a false positive. Unnamed sources ("a Western
  diplomat", kind ``source``) are not actors, as in the gold;
* timeline: same paragraph, and one time expression contains the other (case ignored).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefbook.extract import extract_brief
from briefbook.ingest import Article, read_article
from briefbook.model import Brief, Finding
from briefbook.problems import InputError, Problem

SPAN_CATEGORIES = ("terms", "positions", "risks", "background")
CATEGORIES = ("quotes", "actors", *SPAN_CATEGORIES, "timeline")
SPLITS = ("dev", "heldout")  # every gold file says which it is in


@dataclass
class Score:
    """Of one category: extracted items (and how many are right), gold items (and how many
    were found)."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def add(self, other: Score) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.found += other.found
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def data(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "correct": self.correct,
                "predicted": self.predicted, "found": self.found, "gold": self.gold}


@dataclass
class Report:
    """Scores of one split (or of one article)."""

    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    speakers_right: int = 0
    speakers_matched: int = 0
    articles: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        for name, score in other.scores.items():
            self.scores[name].add(score)
        self.speakers_right += other.speakers_right
        self.speakers_matched += other.speakers_matched
        self.articles += other.articles

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_matched if self.speakers_matched else 1.0

    def data(self) -> dict[str, Any]:
        """The report as JSON data: only the categories it scored (a second annotation has
        no quotes or timeline), and quote speakers only when there are gold quotes."""
        scored = {name: s for name, s in self.scores.items() if s.gold or s.predicted}
        speakers = {"quote_speaker_accuracy": round(self.speaker_accuracy, 3),
                    "quote_speakers_matched": self.speakers_matched} \
            if self.scores["quotes"].gold else {}
        return {"articles": self.articles,
                "categories": {name: s.data() for name, s in scored.items()}, **speakers}


def _span(text: str, piece: str) -> tuple[int, int] | None:
    start = text.find(piece)
    return (start, start + len(piece)) if start >= 0 else None


Span = tuple[int, int, int]  # paragraph, start, end


def gold_spans(article: Article, entries: list[dict[str, Any]], source: Path | None = None
               ) -> list[Span]:
    """Where each annotated item's text is: its paragraph and character range; an item
    whose text is not in its paragraph is a problem of the annotation file ``source``."""
    spans = []
    for entry in entries:
        number = int(entry["paragraph"])
        piece = str(entry.get("evidence") or entry.get("text"))
        found = _span(article.paragraph(number).text, piece) \
            if 1 <= number <= len(article.paragraphs) else None
        if found is None:
            raise InputError([Problem(source or article.path, 1,
                                      f"annotated text not in ¶{number} of "
                                      f"{article.path.name}: {piece!r}")])
        spans.append((number, *found))
    return spans


def overlaps(cited: Span, span: Span) -> bool:
    """Whether two spans share a paragraph and at least one character of it."""
    return cited[0] == span[0] and cited[1] < span[2] and span[1] < cited[2]


def _overlaps(item: list[Span], span: Span) -> bool:
    return any(overlaps(cited, span) for cited in item)


def _score_spans(items: list[list[Span]], spans: list[Span]) -> tuple[Score, list[int | None]]:
    """The score of ``items`` (each the spans it cites) against the gold ``spans``, and
    for each gold span the index of the first item that matches it."""
    correct = sum(any(_overlaps(item, span) for span in spans) for item in items)
    first = [next((i for i, item in enumerate(items) if _overlaps(item, span)), None)
             for span in spans]
    return Score(correct, len(items), sum(i is not None for i in first), len(spans)), first


def match_spans(brief: Brief, items: tuple[Finding, ...], gold: list[dict[str, Any]],
                source: Path | None = None
                ) -> tuple[Score, list[tuple[Finding, dict[str, Any]]]]:
    """The score of extracted ``items`` against one category's gold items (from the file
    ``source``), and each gold item found with the first item that matches it."""
    cited = [[(c.paragraph, c.start, c.end) for c in item.citations] for item in items]
    score, first = _score_spans(cited, gold_spans(brief.article, gold, source))
    return score, [(items[i], entry) for i, entry in zip(first, gold, strict=True)
                   if i is not None]


def _names(*values: str) -> set[str]:
    return {re.sub(r"^(?:the|a|an)\s+", "", v.strip().casefold()) for v in values if v}


def _owned(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with its owner in front ("switzerland's federal
    department of foreign affairs" and "federal department of foreign affairs")."""
    return re.fullmatch(rf"[\w.-]+(?: [\w.-]+)?(?:’s|'s) {re.escape(shorter)}", longer) is not None


def same_speaker(predicted: str, gold: str) -> bool:
    """Whether an extracted speaker names the gold speaker."""
    left, right = next(iter(_names(predicted)), ""), next(iter(_names(gold)), "")
    if not left or not right:
        return False
    short, long = sorted((left.split(), right.split()), key=len)
    return left == right or (left.split()[-1] == right.split()[-1] and len(short) == 1) or (
        len(short) >= 2 and long[:len(short)] == short) or _owned(left, right) \
        or _owned(right, left)


def _forms(names: dict[str, tuple[str, ...]]) -> Callable[[str], tuple[str, ...]]:
    """Every name an actor goes by, looked up by any one of them: a speaker given as
    "UNIFIL" is the actor named "United Nations Interim Force in Lebanon"."""
    by_form = {form.casefold(): forms for forms in names.values() for form in forms}
    return lambda name: by_form.get(name.casefold(), (name,))


def _gold_forms(entry: dict[str, Any]) -> tuple[str, ...]:
    """A gold actor's name and aliases, as written."""
    return (str(entry["name"]), *map(str, entry.get("aliases") or []))


def _gold_names(entry: dict[str, Any]) -> set[str]:
    return _names(*_gold_forms(entry))


def _actors(predicted: list[set[str]], gold: list[dict[str, Any]]) -> Score:
    """Actors (each the set of its names) against the gold actors."""
    taken: set[int] = set()
    tp = 0
    for entry in gold:
        names = _gold_names(entry)
        for index, candidate in enumerate(predicted):
            if index not in taken and (candidate & names or any(
                    _owned(a, b) or _owned(b, a) for a in candidate for b in names)):
                taken.add(index)
                tp += 1
                break
    return Score(tp, len(predicted), tp, len(gold))


def _timeline(brief: Brief, gold: list[dict[str, Any]]) -> Score:
    used: set[int] = set()
    tp = 0
    for entry in brief.timeline:
        for index, item in enumerate(gold):
            if index in used or int(item["paragraph"]) not in entry.paragraphs:
                continue
            a, b = entry.when.casefold(), str(item["when"]).casefold()
            if a in b or b in a:
                used.add(index)
                tp += 1
                break
    return Score(tp, len(brief.timeline), tp, len(gold))


def load_gold(gold_path: Path) -> dict[str, Any]:
    """A gold file's content; one that is not a mapping or has no split (dev or heldout)
    is an error naming the file, so nothing held back is ever taken for development."""
    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    if not isinstance(gold, dict) or gold.get("split") not in SPLITS:
        raise InputError([Problem(gold_path, 1, "split must be dev or heldout")])
    return gold


def evaluate_article(gold_path: Path, articles: Path) -> tuple[str, Report]:
    """The split of one gold file and the scores of the automatic extraction on it."""
    gold = load_gold(gold_path)
    brief = extract_brief(read_article(articles / gold["article"]))
    report = Report(articles=[gold["article"]])
    score, pairs = match_spans(brief, brief.quotes, gold.get("quotes") or [], gold_path)
    report.scores["quotes"] = score
    report.speakers_matched = len(pairs)
    mine = _forms({a.name: (a.name, *a.aliases) for a in brief.actors})
    theirs = _forms({str(a["name"]): _gold_forms(a) for a in gold.get("actors") or []})
    report.speakers_right = sum(
        any(same_speaker(left, right) for left in mine(getattr(item, "speaker", ""))
            for right in theirs(str(entry["speaker"])))
        for item, entry in pairs)
    for category in SPAN_CATEGORIES:
        report.scores[category] = match_spans(brief, getattr(brief, category),
                                              gold.get(category) or [], gold_path)[0]
    report.scores["actors"] = _actors(
        [_names(a.name, *a.aliases) for a in brief.actors if a.kind != "source"],
        gold.get("actors") or [])
    report.scores["timeline"] = _timeline(brief, gold.get("timeline") or [])
    return str(gold["split"]), report


def evaluate(gold_dir: Path, articles: Path) -> dict[str, Report]:
    """Scores per split (``dev``, ``heldout``) and over everything (``all``)."""
    splits: dict[str, Report] = {"all": Report()}
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        split, report = evaluate_article(gold_path, articles)
        splits.setdefault(split, Report()).add(report)
        splits["all"].add(report)
    return splits


def agreement(second_dir: Path, gold_dir: Path, articles: Path) -> Report:
    """How far a second, independent annotation of some articles (same format; actors,
    terms, positions, risks and background) agrees with the gold: its items scored as if
    they were extracted ones, with the same matching rules. Its items are clauses, as the
    gold's are, where extracted items are whole sentences (which overlap a gold clause more
    easily), so this shows how far two people agree rather than a score to compare
    point for point."""
    report = Report()
    for second_path in sorted(second_dir.glob("*.yaml")):
        second = yaml.safe_load(second_path.read_text("utf-8"))
        gold_path = gold_dir / second_path.name
        if not gold_path.exists():
            raise InputError([Problem(second_path, 1, f"no gold annotation {gold_path} to "
                                                      "compare this second annotation with")])
        gold = load_gold(gold_path)
        article = read_article(articles / gold["article"])
        one = Report(articles=[gold["article"]])
        one.scores["actors"] = _actors([_gold_names(e) for e in second.get("actors") or []],
                                       gold.get("actors") or [])
        for category in SPAN_CATEGORIES:
            theirs = [[span] for span in gold_spans(article, second.get(category) or [],
                                                    second_path)]
            one.scores[category] = _score_spans(theirs, gold_spans(
                article, gold.get(category) or [], gold_path))[0]
        report.add(one)
    return report


def table(splits: dict[str, Report]) -> str:
    lines = []
    for split, report in splits.items():
        lines.append(f"{split} ({len(report.articles)} articles)")
        lines.append(f"  {'category':<12} {'precision':>9} {'recall':>7} {'F1':>6}"
                     f" {'right':>5} {'pred':>5} {'found':>5} {'gold':>5}")
        for name, score in report.scores.items():
            if not (score.predicted or score.gold):
                continue
            lines.append(f"  {name:<12} {score.precision:>9.3f} {score.recall:>7.3f} "
                         f"{score.f1:>6.3f} {score.correct:>5} {score.predicted:>5} "
                         f"{score.found:>5} {score.gold:>5}")
        if report.scores["quotes"].gold:
            lines.append(f"  quote speaker accuracy: {report.speaker_accuracy:.3f} "
                         f"(of {report.speakers_matched} quotes found)")
    return "\n".join(lines)


def as_json(splits: dict[str, Report]) -> str:
    return json.dumps({split: report.data() for split, report in splits.items()}, indent=2,
                      ensure_ascii=False)
