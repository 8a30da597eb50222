"""Briefbook benchmarks (``make bench``): each case is timed against its baseline in the
same run; prints a table and writes ``bench/results.json`` and ``bench/scaling.svg``.

Cases: cold and no-op builds against plain Sphinx on the same pages, an edit in books of
different sizes, a 1,000-article book, extraction speed, batch against per-diagram mermaid
rendering, and make pdf cold against warm. Times are wall-clock medians of ``--runs`` runs
(the 1,000-article book and the per-diagram mermaid-cli baseline run once: they take
minutes); the machine is described in the JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "extensions"), str(Path(__file__).parent)]

from plain_myst import write_plain_book  # noqa: E402
from svgplot import line_plot  # noqa: E402
from synthetic import write_articles  # noqa: E402

BIN = Path(sys.executable).parent
MERMAID_DIST = REPO / "node_modules" / "mermaid" / "dist"
ROOT = REPO / "tests" / "roots" / "test-book"
SEED = REPO / "seeds" / "000_c31a3ee42ee2231a.txt"
UPDATED = re.compile(r"updating environment: (?:\[[^\]]*\] )?(\d+) added, (\d+) changed")


@dataclass
class Run:
    seconds: float
    read: int
    peak_mb: float
    output: str


def _tree_rss(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) * 1024  # type: ignore[union-attr]
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return total


def run(command: list[str], cwd: Path | None = None) -> Run:
    """Run a command, timing it and sampling the memory of its whole process tree."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode:
        raise SystemExit(f"failed: {' '.join(command)}\n{output[-3000:]}")
    found = UPDATED.search(output)
    read = int(found.group(1)) + int(found.group(2)) if found else -1
    return Run(seconds, read, peak[0] / 2**20, output)


def sphinx(src: Path, out: Path, seeds: Path | None = None, *extra: str,
           builder: str = "html") -> Run:
    command = [str(BIN / "sphinx-build"), "-b", builder, str(src), str(out), *extra]
    if seeds is not None:
        command += ["-D", f"briefbook_seeds={seeds}",
                    "-D", f"briefbook_mermaid_dist={MERMAID_DIST}"]
    return run(command)


def median(runs: list[Run]) -> float:
    return statistics.median(r.seconds for r in runs)


def book(tmp: Path, name: str, articles: list[Path]) -> tuple[Path, Path]:
    src, seeds = tmp / name / "src", tmp / name / "seeds"
    shutil.copytree(ROOT, src)
    seeds.mkdir(parents=True)
    for article in articles:
        shutil.copy(article, seeds / article.name)
        overlay = article.with_name(article.stem + ".brief.yaml")
        if overlay.is_file():
            shutil.copy(overlay, seeds / overlay.name)
    return src, seeds


def repeat(count: int, make: Callable[[int], Run]) -> list[Run]:
    return [make(i) for i in range(count)]


def case_cold_and_noop(tmp: Path, runs: int) -> list[dict[str, object]]:
    src, seeds = book(tmp, "seeds-book", [SEED])
    plain = tmp / "plain"
    write_plain_book(seeds, plain, MERMAID_DIST)
    ours = repeat(runs, lambda i: sphinx(src, tmp / f"out-ours-{i}", seeds))
    base = repeat(runs, lambda i: sphinx(plain, tmp / f"out-plain-{i}"))
    ours_noop = repeat(runs, lambda i: sphinx(src, tmp / "out-ours-0", seeds))
    base_noop = repeat(runs, lambda i: sphinx(plain, tmp / "out-plain-0"))
    return [
        {"case": "1. cold build, seeds book", "seconds": median(ours),
         "baseline": "plain Sphinx, same pages as MyST", "baseline_seconds": median(base),
         "ratio": median(ours) / median(base), "target": "<= 1.15",
         "documents_read": ours[0].read},
        {"case": "2. no-op rebuild", "seconds": median(ours_noop),
         "baseline": "plain Sphinx no-op rebuild", "baseline_seconds": median(base_noop),
         "ratio": median(ours_noop) / median(base_noop), "target": "<= 1.10",
         "documents_read": max(r.read for r in ours_noop)},
    ]


def case_edit_one(tmp: Path, runs: int) -> list[dict[str, object]]:
    results = []
    for count in (10, 100):
        articles = write_articles(tmp / f"syn-{count}", count)
        src, seeds = book(tmp, f"edit-{count}", articles)
        out = tmp / f"out-edit-{count}"
        sphinx(src, out, seeds, "-j", "auto")
        edits = []
        for i in range(runs):
            target = seeds / articles[count // 2].name
            target.write_text(target.read_text("utf-8") + f"\nAn added paragraph {i}.\n",
                              "utf-8")
            edits.append(sphinx(src, out, seeds, "-j", "auto"))
        results.append({"case": f"3. edit one article of {count}", "seconds": median(edits),
                        "documents_read": max(e.read for e in edits),
                        "target": "only that briefing (10 documents); time independent of N"})
    return results


def case_scale(tmp: Path, sizes: list[int]) -> tuple[list[dict[str, object]], list[
        tuple[int, float]]]:
    results, points = [], []
    for count in sizes:
        articles = write_articles(tmp / f"scale-{count}", count)
        src, seeds = book(tmp, f"scale-{count}", articles)
        result = sphinx(src, tmp / f"out-scale-{count}", seeds, "-j", "auto")
        points.append((count, result.seconds))
        if count == max(sizes):
            results.append({
                "case": f"4. cold HTML build, {count} synthetic articles (-j auto)",
                "seconds": result.seconds, "peak_memory_mb": round(result.peak_mb),
                "seconds_per_article": result.seconds / count,
                "documents_read": result.read, "target": "< 180 s and < 2048 MB"})
    return results, points


def case_extraction(tmp: Path, runs: int) -> list[dict[str, object]]:
    from briefbook.extract import extract_brief
    from briefbook.ingest import read_article

    articles = [read_article(p) for p in write_articles(tmp / "extract", 200, words=1000)]
    timings = []
    for _ in range(runs):
        start = time.process_time()
        for article in articles:
            extract_brief(article)
        timings.append(time.process_time() - start)
    per = statistics.median(timings) / len(articles)
    words = statistics.mean(a.word_count for a in articles)
    return [{"case": "5. extraction of 1,000-word articles", "seconds": per,
             "articles_per_second": 1 / per, "mean_words": round(words),
             "target": "< 0.05 s CPU per article"}]


def _charts(count: int, tmp: Path) -> list[str]:
    from briefbook.extract import extract_brief
    from briefbook.ingest import read_article
    from briefbook.render.diagrams import stakeholder_map, structure_diagram, timeline_diagram

    codes: list[str] = []
    for path in write_articles(tmp / "charts", count):
        brief = extract_brief(read_article(path))
        codes += [structure_diagram(brief.structure).code, stakeholder_map(brief).code,
                  timeline_diagram(brief).code]
    return list(dict.fromkeys(codes))[:count]


def case_diagrams(tmp: Path, count: int) -> list[dict[str, object]]:
    from briefbook.render.diagram_files import Diagram, Renderer
    from briefbook.sphinxext.drawing import PRINT_MERMAID

    codes = _charts(count, tmp)
    renderer = Renderer("node", "/usr/bin/chromium", REPO / "node_modules", PRINT_MERMAID,
                        tmp / "batch-cache")
    start = time.perf_counter()
    _, drawn = renderer.render([Diagram(c, f"d{i}") for i, c in enumerate(codes)])
    batch = time.perf_counter() - start
    config = tmp / "puppeteer.json"
    config.write_text(json.dumps({"executablePath": "/usr/bin/chromium",
                                  "args": ["--no-sandbox", "--disable-gpu"]}))
    mermaid_config = tmp / "mermaid.json"
    mermaid_config.write_text(json.dumps(PRINT_MERMAID))
    start = time.perf_counter()
    for i, code in enumerate(codes):
        source = tmp / f"single-{i}.mmd"
        source.write_text(code, "utf-8")
        run([str(REPO / "node_modules" / ".bin" / "mmdc"), "-p", str(config), "-c",
             str(mermaid_config), "-i", str(source), "-o", str(tmp / f"single-{i}.pdf"),
             "-q"])
    single = time.perf_counter() - start
    return [{"case": f"6. draw {len(codes)} diagrams to PDF", "seconds": batch,
             "baseline": "one mermaid-cli process per diagram", "baseline_seconds": single,
             "ratio": batch / single, "speedup": single / batch, "drawn": drawn,
             "target": ">= 10x faster"}]


def case_pdf(tmp: Path, runs: int) -> list[dict[str, object]]:
    def make_pdf(src: Path, seeds: Path, out: Path) -> float:
        first = sphinx(src, out, seeds, builder="latex")
        latex = run(["make", "-C", str(out), "all-pdf",
                     "LATEXOPTS=-halt-on-error -interaction=nonstopmode", "LATEXMKOPTS=-silent"])
        make_pdf.drawn = re.findall(r"drew (\d+) diagram", first.output)  # type: ignore[attr-defined]
        return first.seconds + latex.seconds

    colds, warms, drawn = [], [], []
    for i in range(runs):
        src, seeds = book(tmp, f"pdf-{i}", [SEED])
        out = tmp / f"out-pdf-{i}"
        colds.append(make_pdf(src, seeds, out))
        warms.append(make_pdf(src, seeds, out))
        drawn.append(sum(int(n) for n in make_pdf.drawn))  # type: ignore[attr-defined]
    cold, warm = statistics.median(colds), statistics.median(warms)
    return [{"case": "7. make pdf, seeds book", "seconds": warm, "baseline": "cold make pdf",
             "baseline_seconds": cold, "ratio": warm / cold,
             "diagrams_drawn_when_warm": max(drawn), "target": "warm a fraction of cold"}]


def machine() -> dict[str, object]:
    memory = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
    model = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    return {"cpus": os.cpu_count(), "memory_gib": round(int(memory.group(1)) / 2**20, 1)
            if memory else None, "cpu": model.group(1) if model else platform.machine(),
            "python": platform.python_version(), "platform": platform.platform()}


def table(results: list[dict[str, object]]) -> str:
    lines = [f"{'case':<52} {'time':>10} {'baseline':>10} {'ratio':>7}  notes"]
    for r in results:
        notes = ", ".join(f"{k}={v:.0f}" if isinstance(v, float) else f"{k}={v}"
                          for k, v in r.items() if k in {
                              "documents_read", "peak_memory_mb", "articles_per_second",
                              "drawn", "diagrams_drawn_when_warm", "speedup"})
        base = r.get("baseline_seconds")
        ratio = r.get("ratio")
        lines.append(f"{r['case']:<52} {r['seconds']:>9.3f}s "
                     f"{(f'{base:.3f}s' if isinstance(base, float) else ''):>10} "
                     f"{(f'{ratio:.2f}' if isinstance(ratio, float) else ''):>7}  {notes}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1,10,100,1000",
                        help="book sizes for the scaling plot; the largest is case 4")
    parser.add_argument("--diagrams", type=int, default=50)
    parser.add_argument("--only", default="", help="comma-separated case numbers")
    args = parser.parse_args()
    only = {int(x) for x in args.only.split(",") if x}
    results: list[dict[str, object]] = []
    points: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory(prefix="briefbook-bench-") as folder:
        tmp = Path(folder)
        if not only or only & {1, 2}:
            results += case_cold_and_noop(tmp, args.runs)
        if not only or 3 in only:
            results += case_edit_one(tmp, args.runs)
        if not only or 4 in only:
            scale, points = case_scale(tmp, [int(x) for x in args.sizes.split(",")])
            results += scale
        if not only or 5 in only:
            results += case_extraction(tmp, args.runs)
        if not only or 6 in only:
            results += case_diagrams(tmp, args.diagrams)
        if not only or 7 in only:
            results += case_pdf(tmp, args.runs)
    print(table(results))
    here = Path(__file__).parent
    scaling = [{"articles": n, "seconds": s} for n, s in points]
    if only:  # one case run again: the stored figures of the others are kept
        results, scaling = _merged(here / "results.json", only, results, scaling)
    (here / "results.json").write_text(json.dumps(
        {"machine": machine(), "runs": args.runs, "results": results,
         "scaling": scaling}, indent=2) + "\n")
    if points:
        (here / "scaling.svg").write_text(line_plot(
            points, "Cold HTML build time against book size (-j auto)", "articles",
            "seconds"))
    return 0


def _merged(path: Path, only: set[int], fresh: list[dict[str, object]],
            scaling: list[dict[str, object]]
            ) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The stored results with the cases in ``only`` replaced by ``fresh`` ones, in case
    order; the stored scaling points unless case 4 ran again."""
    try:
        stored = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return fresh, scaling
    ran = only | ({1, 2} if only & {1, 2} else set())
    kept = [r for r in stored.get("results", []) if _case_number(r) not in ran]
    merged = sorted(kept + fresh, key=_case_number)
    return merged, scaling if 4 in only else stored.get("scaling", [])


def _case_number(result: dict[str, object]) -> int:
    return int(str(result["case"]).split(".", 1)[0])


if __name__ == "__main__":
    raise SystemExit(main())
