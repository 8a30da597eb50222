"""Hostile and malformed articles: shown as text everywhere, or stopped with one clear error."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser

from briefbook.briefing import load_brief
from briefbook.ingest import read_article
from browser import diagram_problems, opened, serve, wait_for_diagrams
from conftest import PAGES, REPO, Book, Build, text_of

pytestmark = pytest.mark.sphinx

HOSTILE = Path(__file__).parent / "hostile"
FORBIDDEN = {"script", "iframe", "object", "embed", "img", "style", "meta", "form", "input",
             "link", "base", "frame", "template", "textarea", "audio", "video", "math"}
PASSWD = re.compile(r"root:[x*]?:0:0")


def _hostile_book(root: Path) -> Book:
    book = Book.create(root)
    for path in sorted(HOSTILE.iterdir()):
        book.add(path)
    return book


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Build:
    build = _hostile_book(tmp_path_factory.mktemp("hostile")).build()
    assert build.warnings == ""
    return build


@pytest.mark.parametrize("slug", ["markup", "unicode"])
@pytest.mark.parametrize("page", PAGES)
def test_no_element_or_attribute_comes_from_article_text(hostile: Build, slug: str,
                                                         page: str) -> None:
    html = (hostile.outdir / "briefings" / slug / f"{page}.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    content = soup.select_one("article[role=main]")
    assert content is not None
    found = {tag.name for tag in content.find_all(True)} & FORBIDDEN
    assert found == set(), found
    for tag in soup.find_all(True):
        assert not [a for a in tag.attrs if a.lower().startswith("on")], tag.name
        for name in ("href", "src", "action", "formaction", "data", "xlink:href"):
            value = str(tag.get(name, "")).strip().lower()
            assert not value.startswith(("javascript:", "data:text/html", "vbscript:")), tag
    for script in soup.find_all("script"):
        assert "alert(" not in script.get_text()
        src = script.get("src", "")
        assert not src or not re.match(r"^(?:[a-z]+:)?//", src)
    assert not PASSWD.search(html)


def test_article_text_is_shown_literally(hostile: Build) -> None:
    article = read_article(HOSTILE / "markup.txt")
    source = hostile.page("markup", "source")
    shown = [p.get_text() for p in source.select("p.bb-source-para")]
    assert shown == [f"¶{p.number} {p.text}" for p in article.paragraphs]
    home = hostile.page("markup", "index")
    assert home.find("h1").get_text().startswith("Deal <script>alert('title')</script>")
    assert text_of(home.select_one(".bb-dek")).startswith("```{raw} html <iframe")
    quote = hostile.page("markup", "stakeholders").select("blockquote.bb-quote")[-1]
    assert "<script>alert('quote')</script> and {raw}`<b>` and \\input{/etc/passwd}," in \
        quote.get_text()


def test_overlay_values_are_shown_literally(hostile: Build) -> None:
    overview = hostile.page("markup", "overview")
    assert overview.select_one(".bb-bluf").get_text() == (
        "<script>alert('summary')</script> ```{raw} html <b>bold</b> $x$ \\input{/etc/passwd}"
        " %% comment")
    details = text_of(overview.select_one("table.bb-source-details"))
    assert "javascript:alert('url')" in details
    assert not overview.select('a[href^="javascript"]')
    caption = text_of(hostile.page("markup", "structure").select_one("figcaption"))
    assert caption.startswith("Body <script>alert('title')</script> %%{init:")


def test_no_output_file_holds_a_local_file(hostile: Build) -> None:
    for path in hostile.outdir.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".js", ".txt", ".json", ".css"}:
            assert not PASSWD.search(path.read_text("utf-8", "replace")), path


def test_hostile_pages_in_a_browser_fire_nothing(hostile: Build, browser: Browser) -> None:
    with serve(hostile.outdir) as base:
        for slug in ("markup", "unicode"):
            for page in PAGES:
                with opened(browser, f"{base}/briefings/{slug}/{page}.html") as record:
                    dialogs: list[str] = []
                    record.page.on("dialog", lambda dialog, seen=dialogs: (
                        seen.append(dialog.message), dialog.dismiss()))
                    if record.page.locator("pre.mermaid").count():
                        wait_for_diagrams(record.page)
                    record.page.evaluate("""() => document.querySelectorAll('article a, '
                        + 'article [tabindex]').forEach((el) => { el.focus();
                        el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); })""")
                    record.page.wait_for_timeout(200)
                    assert dialogs == [], (slug, page)
                    assert record.outside == [], (slug, page, record.outside)
                    assert diagram_problems(record.page) == []
                    assert record.errors == [], (slug, page, record.errors)


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_hostile_text_prints_literally(tmp_path: Path) -> None:
    build = _hostile_book(tmp_path).build("latex")
    assert build.warnings == ""
    result = subprocess.run(
        ["make", "-C", str(build.outdir), "all-pdf",
         "LATEXOPTS=-halt-on-error -interaction=nonstopmode", "LATEXMKOPTS=-silent"],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-2000:]
    markup = " ".join(_pdf_text(build.outdir / "markup.pdf").split())
    for literal in ("\\input{/etc/passwd}", "\\write18{rm -rf /}",
                    "<script>alert('quote')</script>", "$x^2$ & 100% # _ { } ~ ^",
                    "{{ secret }}", "javascript:alert('url')"):
        assert literal in markup, literal
    assert not PASSWD.search(markup)
    unicode = " ".join(_pdf_text(build.outdir / "unicode.pdf").split())
    for literal in ("Сергей Лавров", "Москва", "«We are close to a deal,»", "Ω≈ç√∫"):
        assert literal in unicode, literal


MALFORMED = {
    "empty.txt": (b"", "empty.txt:1: the article is empty"),
    "blank.txt": (b"\n \n\t\n", "blank.txt:1: the article is empty"),
    "title-only.txt": (b"Only a title\n", "title-only.txt:2: the article has no body paragraphs"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary.txt:3: this looks like a "
                                                             "binary file"),
    "latin1.txt": ("Caf\xe9\n\nDek\n\nBody.\n".encode("latin-1"), "latin1.txt:1: not valid UTF-8"),
    "no-blank.txt": (b"Title\nDek\n\nBody.\n", "no-blank.txt:2: line 2 must be blank"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_article_stops_with_one_clear_error(book: Book, name: str) -> None:
    data, message = MALFORMED[name]
    book.write(name, data)
    build = book.build()
    assert build.statuscode == 1
    path, problem = message.split(": ", 1)
    assert f"{path}: ERROR: {problem}" in build.warnings
    assert build.warnings.count(f"{name}:") == 1


def test_build_error_reaches_the_user_without_a_traceback(book: Book) -> None:
    book.write("empty.txt", b"")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-W", str(book.srcdir),
         str(book.root / "cli-out"), "-D", f"briefbook_seeds={book.seeds}",
         "-D", f"briefbook_mermaid_dist={REPO / 'node_modules/mermaid/dist'}"],
        capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert f"{book.seeds}/empty.txt:1: ERROR: the article is empty" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("name", ["unicode.txt", "markup.txt"])
def test_check_command_passes_hostile_but_valid_articles(name: str) -> None:
    result = subprocess.run([sys.executable, "-m", "briefbook.cli", "check", str(HOSTILE / name)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_long_single_line_paragraph_builds(book: Book) -> None:
    words = " ".join(f"word{i % 97}" for i in range(25_000))
    paragraph = (words + " ") * 2
    paragraph = paragraph[:200_000].strip()
    book.write("long.txt", f"One long line\n\nDek\n\n{paragraph}\n")
    build = book.build()
    assert build.warnings == ""
    shown = build.page("long", "source").select_one("p.bb-source-para").get_text()
    assert shown == f"¶1 {paragraph}"


def test_five_megabyte_article_builds_completely(book: Book) -> None:
    seed = (REPO / "seeds" / "000_c31a3ee42ee2231a.txt").read_text("utf-8").split("\n\n")
    body, paragraphs, size = seed[2:], [], 0
    while size < 5_000_000:
        paragraph = f"{len(paragraphs) + 1}: {body[len(paragraphs) % len(body)]}"
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    book.write("huge.txt", "A very long article\n\nDek\n\n" + "\n\n".join(paragraphs) + "\n")
    build = book.build()
    assert build.warnings == ""
    html = (build.outdir / "briefings" / "huge" / "source.html").read_text("utf-8")
    assert html.count('class="bb-source-para"') == len(paragraphs)
    assert f'id="p-{len(paragraphs)}"' in html
    assert len(load_brief(book.seeds / "huge.txt").article.paragraphs) == len(paragraphs)
