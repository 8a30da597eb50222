"""Printed briefs: real LaTeX builds, PDFs parsed with poppler's pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefbook.briefing import load_brief
from conftest import FIRST, FIRST_SLUG, Book, Build

pytestmark = pytest.mark.sphinx

SECTIONS = ("Overview", "Background", "The proposal’s terms", "Stakeholders and positions",
            "Risks and what to watch", "Proposed structure", "Timeline", "Actors", "Source text")


def make_pdfs(build: Build) -> str:
    result = subprocess.run(
        ["make", "-C", str(build.outdir), "all-pdf",
         "LATEXOPTS=-halt-on-error -interaction=nonstopmode", "LATEXMKOPTS=-silent"],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    return result.stdout


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")[:-1]


def squash(text: str) -> str:
    """Text without whitespace or hyphens, so line breaks and hyphenation do not matter."""
    return re.sub(r"[\s\-‐]+", "", text)


@dataclass
class Printed:
    book: Book
    build: Build
    status: str

    @property
    def brief_pdf(self) -> Path:
        return self.build.outdir / f"{FIRST_SLUG}.pdf"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    book = Book.create(tmp_path_factory.mktemp("print"))
    book.add_first()
    build = book.build("latex", briefbook_prepared="1 July 2016",
                       briefbook_marking="UNCLASSIFIED//FOR TRAINING")
    assert build.warnings == ""
    make_pdfs(build)
    return Printed(book, build, build.status)


def test_one_pdf_per_briefing_and_one_for_the_book(printed: Printed) -> None:
    assert printed.brief_pdf.is_file()
    assert (printed.build.outdir / "briefing-book.pdf").is_file()
    log = (printed.build.outdir / f"{FIRST_SLUG}.log").read_text("utf-8", "replace")
    assert not re.search(r"^! ", log, re.MULTILINE)
    assert "undefined" not in log.lower().replace("undefined references", "")


def test_title_page_marking_and_headings(printed: Printed) -> None:
    text = pages(printed.brief_pdf)
    title = squash("Kerry Strikes Possible Deal With Russia on Syria During Moscow Visit")
    assert title in squash(text[0])
    assert "Prepared: 1 July 2016" in " ".join(text[0].split())
    for number, page in enumerate(text, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == "UNCLASSIFIED//FOR TRAINING", number  # header
        assert lines[-1].startswith("UNCLASSIFIED//FOR TRAINING"), number  # footer
    body = squash("\n".join(text[2:]))
    for heading in SECTIONS:
        assert squash(heading) in body, heading
    contents = " ".join(text[1].split())
    assert contents.startswith("UNCLASSIFIED//FOR TRAINING Contents 1 Overview")
    assert "A Source text" in contents


def test_no_blank_pages_and_nothing_wider_than_the_page(printed: Printed) -> None:
    for number, page in enumerate(pages(printed.brief_pdf), start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert len(lines) > 3, f"page {number} is blank"
    log = (printed.build.outdir / f"{FIRST_SLUG}.log").read_text("utf-8", "replace")
    assert "Overfull \\hbox" not in log


def test_all_quotes_are_printed(printed: Printed) -> None:
    body = squash("\n".join(pages(printed.brief_pdf)))
    quotes = load_brief(FIRST).quotes
    assert len(quotes) == 8
    for quote in quotes:
        assert squash(quote.summary) in body, quote.summary


def test_citations_stay_visible_and_link_to_the_appendix(printed: Printed) -> None:
    text = "\n".join(pages(printed.brief_pdf))
    assert re.search(r"¶6\b", text)
    tex = (printed.build.outdir / f"{FIRST_SLUG}.tex").read_text("utf-8")
    links = set(re.findall(r"\\hyperref\[\\detokenize\{([^}]+)\}\]", tex))
    labels = set(re.findall(r"\\label\{\\detokenize\{([^}]+)\}\}", tex))
    source_links = {link for link in links if link.endswith(tuple(f":p-{n}" for n in range(16)))}
    assert source_links and source_links <= labels
    assert tex.index(r"\briefbookappendix") < tex.index(r"\section{Source text}")


def _words(pdf: Path, page: int) -> tuple[list[tuple[float, float, float, float, str]],
                                          tuple[float, float]]:
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)">', html)
    assert size is not None
    words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html)]
    return words, (float(size.group(1)), float(size.group(2)))


def test_structure_diagram_is_vector_legible_and_on_the_page(printed: Printed) -> None:
    text = pages(printed.brief_pdf)
    number = next(i for i, page in enumerate(text, start=1)
                  if "Proposed structure" in page and "Coordinated" in page)
    page_text = squash(text[number - 1])
    for label in ("Joint Implementation Group (based in Amman, Jordan)",
                  "Coordinated Russian and U.S. strikes", "Syrian air force largely grounded",
                  "forbidden to fly sorties over"):
        assert squash(label) in page_text, label
    images = subprocess.run(["pdfimages", "-list", "-f", str(number), "-l", str(number),
                             str(printed.brief_pdf)], capture_output=True, text=True,
                            check=True).stdout
    assert len(images.strip().splitlines()) == 2, images  # header lines only: no bitmap
    words, (width, height) = _words(printed.brief_pdf, number)
    label_words = [w for w in words if w[4] in {"Coordinated", "Implementation", "grounded"}]
    assert len(label_words) >= 3
    for x_min, y_min, x_max, y_max, _ in label_words:
        assert 0 <= x_min < x_max <= width and 0 <= y_min < y_max <= height
        assert y_max - y_min >= 6.0, "diagram text smaller than 6 pt"


def test_diagram_page_renders_sharp(printed: Printed, tmp_path: Path) -> None:
    text = pages(printed.brief_pdf)
    number = next(i for i, page in enumerate(text, start=1) if "Coordinated" in page)
    subprocess.run(["pdftoppm", "-r", "96", "-f", str(number), "-l", str(number), "-png",
                    str(printed.brief_pdf), str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    header = png.read_bytes()[16:24]
    assert int.from_bytes(header[:4], "big") >= 790  # A4 at 96 dpi is 794 px wide
    artefacts = Path(__file__).resolve().parents[1] / "test-artifacts"
    artefacts.mkdir(exist_ok=True)
    shutil.copyfile(png, artefacts / "structure-page.png")


def test_warm_rebuild_draws_no_diagram(printed: Printed) -> None:
    assert re.search(r"drew [1-9]\d* diagram", printed.status)
    again = printed.book.build("latex", briefbook_prepared="1 July 2016",
                               briefbook_marking="UNCLASSIFIED//FOR TRAINING")
    assert "drew 0 diagram(s)" in again.status
    assert again.read == []


def test_a_diagram_that_cannot_be_drawn_stops_the_build(book: Book) -> None:
    book.add(FIRST)
    build = book.build("latex", briefbook_chromium="/nonexistent/chromium")
    assert build.statuscode == 1
    assert ("ERROR: cannot draw diagram 'structure-diagram' of briefings/000_c31a3ee42ee2231a/"
            "structure: Chromium is not installed") in build.warnings
    tex = (build.outdir / f"{FIRST_SLUG}.tex").read_text("utf-8")
    assert "This diagram could not be drawn" in tex


def test_reproducible_prepared_date(book: Book, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefbook.sphinxext.latex import prepared_date

    class Config:
        briefbook_prepared = ""

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1468886400")
    assert prepared_date(Config()) == "19 July 2016"  # type: ignore[arg-type]
