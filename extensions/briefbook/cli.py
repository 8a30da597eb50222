"""``briefbook`` command line: ``extract`` a brief as JSON, ``check`` inputs, ``draft`` an
overlay for an analyst, ``eval`` the extraction against gold data, ``learn`` the weighted
cues from the development gold."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefbook.briefing import load_brief
from briefbook.model.serialize import brief_data
from briefbook.problems import InputError, Problem

_SECOND = "tests/eval/second"


def _extract(args: argparse.Namespace) -> int:
    brief = load_brief(Path(args.article), use_overlay=not args.no_overlay)
    json.dump(brief_data(brief), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _check(args: argparse.Namespace) -> int:
    paths: list[Path] = []
    for name in args.paths or ["seeds"]:
        path = Path(name)
        paths += sorted(path.glob("*.txt")) if path.is_dir() else [path]
    failed = False
    for path in paths:
        try:
            load_brief(path)
        except InputError as error:
            failed = True
            for problem in error.problems:
                print(problem, file=sys.stderr)
    if not failed:
        print(f"{len(paths)} article(s) checked, no problems")
    return 1 if failed else 0


def _draft(args: argparse.Namespace) -> int:
    from briefbook.draft import draft

    text = draft(load_brief(Path(args.article), use_overlay=False))
    if args.output:
        Path(args.output).write_text(text, "utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _eval(args: argparse.Namespace) -> int:
    from briefbook.evaluation import agreement, as_json, evaluate, table

    splits = evaluate(Path(args.gold), Path(args.articles))
    second = Path(args.second or _SECOND)
    if args.second and not second.is_dir():
        raise InputError([Problem(second, 1, "no such folder of second annotations")])
    if second.is_dir() and any(second.glob("*.yaml")):
        splits["second annotation"] = agreement(second, Path(args.gold), Path(args.articles))
    print(table(splits))
    if args.json:
        Path(args.json).write_text(as_json(splits) + "\n", "utf-8")
    return 0


def _learn(args: argparse.Namespace) -> int:
    from briefbook.extract.learned import LEARNED_FILE
    from briefbook.learn import learn, write

    if args.cross_validate:
        from briefbook.learn import cross_validate

        for label, score in cross_validate(Path(args.gold), Path(args.articles),
                                           thresholds=dict(args.threshold),
                                           vetoes=dict(args.veto)).items():
            print(f"{label:<11} P {score.precision:.3f}  R {score.recall:.3f}  "
                  f"F1 {score.f1:.3f}  (rules and weights, five-fold, dev)")
        return 0
    data = learn(Path(args.gold), Path(args.articles))
    out = Path(args.output) if args.output else LEARNED_FILE
    write(data, out)
    counts = ", ".join(f"{label} {len(item['weights'])}" for label, item in data["labels"].items())
    print(f"{out}: weights learned from {data['sentences']} sentences ({counts})")
    return 0


def _threshold(text: str, option: str = "--threshold") -> tuple[str, float]:
    """``risk=0.4`` from the command line: a label and a probability between 0 and 1."""
    from briefbook.extract.learned import LEARNED_LABELS

    label, _, value = text.partition("=")
    try:
        probability = float(value)
    except ValueError:
        probability = -1.0
    if label not in LEARNED_LABELS or not 0 < probability < 1:
        raise argparse.ArgumentTypeError(
            f"{option} {text!r}: expected LABEL=P with LABEL one of "
            f"{', '.join(LEARNED_LABELS)} and P between 0 and 1")
    return label, probability


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefbook", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print an article's brief as JSON")
    extract.add_argument("article", help="the article file (plain text)")
    extract.add_argument("--no-overlay", action="store_true",
                         help="show the automatic extraction alone")
    extract.set_defaults(run=_extract)
    check = commands.add_parser("check", help="check articles and overlays without building")
    check.add_argument("paths", nargs="*", help="article files or folders (default: seeds)")
    check.set_defaults(run=_check)
    drafting = commands.add_parser("draft", help="write a starting overlay for an analyst")
    drafting.add_argument("article", help="the article file")
    drafting.add_argument("-o", "--output", help="write here instead of standard output")
    drafting.set_defaults(run=_draft)
    evaluation = commands.add_parser("eval", help="measure extraction against gold data")
    evaluation.add_argument("--gold", default="tests/eval/gold")
    evaluation.add_argument("--articles", default="tests/eval/articles")
    evaluation.add_argument("--second", help="a second annotation of some articles, scored "
                                             f"against the gold (default: {_SECOND}, if there)")
    evaluation.add_argument("--json", help="also write the scores as JSON here")
    evaluation.set_defaults(run=_eval)
    learning = commands.add_parser("learn", help="learn the weighted cues from the dev gold")
    learning.add_argument("--gold", default="tests/eval/gold")
    learning.add_argument("--articles", default="tests/eval/articles")
    learning.add_argument("-o", "--output", help="write here instead of the lexicon folder")
    learning.add_argument("--cross-validate", action="store_true",
                          help="score rules and weights on dev articles the weights did not "
                               "learn from, and write nothing")
    learning.add_argument("--threshold", action="append", default=[], type=_threshold,
                          metavar="LABEL=P", help="with --cross-validate, try this threshold")
    learning.add_argument("--veto", action="append", default=[],
                          type=lambda text: _threshold(text, "--veto"), metavar="LABEL=P",
                          help="with --cross-validate, try this veto (below it the weights "
                               "overrule a written rule)")
    learning.set_defaults(run=_learn)
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
