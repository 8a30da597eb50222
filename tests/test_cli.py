"""The ``briefbook`` command: extract as JSON, check inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import FIRST, REPO


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefbook.cli", *args], capture_output=True,
                          text=True, cwd=REPO, check=False)


def test_extract_prints_the_brief_as_json() -> None:
    result = run("extract", str(FIRST))
    assert result.returncode == 0, result.stderr
    brief = json.loads(result.stdout)
    assert {"title", "dek", "slug", "paragraphs", "actors", "quotes", "terms", "positions",
            "risks", "background", "timeline"} <= set(brief)
    assert brief["slug"] == "000_c31a3ee42ee2231a"
    assert brief["paragraphs"][0] == {"n": 1, "text": brief["paragraphs"][0]["text"]}
    assert len(brief["paragraphs"]) == 15
    assert {"name", "kind", "aliases"} <= set(brief["actors"][0])
    quote = brief["quotes"][0]
    assert {"text", "speaker", "paragraph", "why"} <= set(quote)
    assert (quote["speaker"], quote["paragraph"]) == ("Kerry", 4)
    article = FIRST.read_text("utf-8")
    for section in ("terms", "positions", "risks", "background"):
        for item in brief[section]:
            assert {"summary", "evidence", "paragraphs", "why"} <= set(item)
            assert item["evidence"] in article
    assert all("actor" in p for p in brief["positions"])
    assert [t["when"] for t in brief["timeline"]][:1] == ["February"]
    assert {"when", "event", "paragraph"} <= set(brief["timeline"][0])
    assert brief["overlay"] == "000_c31a3ee42ee2231a.brief.yaml"


def test_no_overlay_shows_the_automatic_extraction() -> None:
    brief = json.loads(run("extract", str(FIRST), "--no-overlay").stdout)
    assert brief["overlay"] == ""
    assert all(t["origin"] == "extracted" for t in brief["terms"])
    assert brief["terms"][0]["why"]["rule"].startswith("term.")


def test_extract_is_byte_for_byte_repeatable() -> None:
    assert run("extract", str(FIRST)).stdout == run("extract", str(FIRST)).stdout


def test_check_reports_problems_with_file_and_line(tmp_path: Path) -> None:
    good = run("check", str(REPO / "seeds"))
    assert (good.returncode, good.stdout.strip()) == (0, "1 article(s) checked, no problems")
    (tmp_path / "a.txt").write_bytes(FIRST.read_bytes())
    (tmp_path / "a.brief.yaml").write_text("summary: {text: X, evidence: [nowhere]}\n", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"Title\nnot blank\n")
    bad = run("check", str(tmp_path))
    assert bad.returncode == 1
    assert bad.stderr.splitlines() == [
        f"{tmp_path}/a.brief.yaml:1: evidence not found in the article: 'nowhere' "
        "(hint: copy the words exactly from a.txt)",
        f"{tmp_path}/b.txt:2: line 2 must be blank (it separates title and dek) (hint: an "
        "article is a title line, a blank line, a dek line, a blank line, then paragraphs)",
    ]
    assert "Traceback" not in bad.stderr


def test_extract_of_a_bad_article_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", str(tmp_path / "empty.txt"))
    assert result.returncode == 1
    assert result.stderr.strip().endswith("empty.txt:1: the article is empty (hint: an article "
                                          "is a title line, a blank line, a dek line, a blank "
                                          "line, then paragraphs)")
