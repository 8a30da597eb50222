"""Shared fixtures: real Sphinx builds of small books made from test articles."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, sync_playwright
from sphinx.testing.util import SphinxTestApp

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
FIRST = SEEDS / "000_c31a3ee42ee2231a.txt"
FIRST_SLUG = "000_c31a3ee42ee2231a"
ARTICLES = Path(__file__).parent / "articles"
ROOTS = Path(__file__).parent / "roots"
MERMAID_DIST = REPO / "node_modules" / "mermaid" / "dist"
PAGES = ("index", "overview", "background", "terms", "stakeholders", "risks", "structure",
         "timeline", "actors", "source")


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium driven by Playwright (its own browser download is never used)."""
    from browser import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Build:
    """One finished build: the app, what it read, and what it warned."""

    app: SphinxTestApp
    read: list[str]
    warnings: str
    status: str = ""
    statuscode: int = 0

    @property
    def outdir(self) -> Path:
        return Path(self.app.outdir)

    def html(self, docname: str) -> BeautifulSoup:
        return BeautifulSoup((self.outdir / f"{docname}.html").read_text("utf-8"), "html.parser")

    def page(self, slug: str, page: str) -> BeautifulSoup:
        return self.html(f"briefings/{slug}/{page}")


@dataclass
class Book:
    """A book in a temporary folder: add articles, then build (again and again)."""

    root: Path

    @classmethod
    def create(cls, root: Path) -> Book:
        """An empty book: the test project's sources and an empty seeds folder."""
        made = cls(root)
        shutil.copytree(ROOTS / "test-book", made.srcdir)
        made.seeds.mkdir()
        return made

    def add_first(self) -> None:
        """The first article and its analyst overlay."""
        self.add(FIRST)
        self.add(FIRST.with_name(FIRST.stem + ".brief.yaml"))

    @property
    def srcdir(self) -> Path:
        return self.root / "src"

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    def add(self, source: Path, name: str | None = None) -> Path:
        target = self.seeds / (name or source.name)
        shutil.copyfile(source, target)
        return target

    def write(self, name: str, text: str | bytes) -> Path:
        target = self.seeds / name
        if isinstance(text, str):
            target.write_text(text, "utf-8")
        else:
            target.write_bytes(text)
        return target

    def build(self, buildername: str = "html", parallel: int = 0, **overrides: Any) -> Build:
        warnings, status = StringIO(), StringIO()
        app = SphinxTestApp(
            buildername, srcdir=self.srcdir, builddir=self.root / "out", parallel=parallel,
            confoverrides={"briefbook_seeds": str(self.seeds),
                           "briefbook_mermaid_dist": str(MERMAID_DIST), **overrides},
            status=status, warning=warnings)
        read: list[str] = []
        app.connect("env-before-read-docs", lambda _app, _env, names: read.extend(names))
        try:
            app.build()
        finally:
            app.cleanup()  # unregister its nodes so the next app starts clean
        return Build(app, sorted(read), warnings.getvalue(), status.getvalue(), app.statuscode)


@pytest.fixture
def book(tmp_path: Path) -> Book:
    return Book.create(tmp_path)


@pytest.fixture(scope="module")
def seeds_book(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The first article with its analyst overlay, built once per test module."""
    made = Book.create(tmp_path_factory.mktemp("seeds-book"))
    made.add_first()
    return made.build()


def text_of(node: Any) -> str:
    """Visible text with runs of whitespace collapsed."""
    return " ".join(node.get_text(" ").split())


MakeBook = Callable[[], Book]
