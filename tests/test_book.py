"""Real Sphinx builds: every page kind, provenance links, diagrams, offline assets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefbook.briefing import load_brief
from briefbook.model.serialize import brief_data
from briefbook.render.components import anchor
from conftest import ARTICLES, FIRST, FIRST_SLUG, PAGES, Book, Build, text_of

pytestmark = pytest.mark.sphinx


def test_every_page_kind_exists_without_warnings(seeds_book: Build) -> None:
    assert seeds_book.warnings == ""
    for page in PAGES:
        assert (seeds_book.outdir / "briefings" / FIRST_SLUG / f"{page}.html").is_file(), page
    home = seeds_book.page(FIRST_SLUG, "index")
    assert text_of(home.find("h1")).startswith("Kerry Strikes Possible Deal With Russia")
    toc = [a["href"] for a in home.select(".toctree-wrapper a")]
    assert toc == [f"{page}.html" for page in PAGES[1:]]


def test_landing_page_lists_every_briefing(seeds_book: Build) -> None:
    landing = seeds_book.html("index")
    cards = landing.select(".bb-catalog-card")
    assert len(cards) == 1
    link = cards[0].find("a")
    assert link["href"] == f"briefings/{FIRST_SLUG}/index.html"
    assert text_of(link).startswith("Kerry Strikes Possible Deal")
    assert "15 paragraphs · 8 quotes · 5 terms · analyst overlay" in text_of(cards[0])


def test_overview_bottom_line_and_key_points(seeds_book: Build) -> None:
    page = seeds_book.page(FIRST_SLUG, "overview")
    bluf = page.select_one(".bb-bluf-card")
    assert "Washington and Moscow appear to have agreed in principle" in text_of(bluf)
    assert text_of(bluf.select_one(".sd-badge")) == "Judgement"
    points = page.select(".bb-key-point")
    assert len(points) == 5
    assert [text_of(p.select_one(".sd-badge")) for p in points] == [
        "Reported", "Reported", "Reported", "Judgement", "Judgement"]
    details = text_of(page.select_one("table.bb-source-details"))
    assert "000_c31a3ee42ee2231a.txt" in details and "15 paragraphs" in details


def _source_paragraphs(build: Build, slug: str) -> dict[str, str]:
    source = build.page(slug, "source")
    return {p["id"]: p.get_text() for p in source.select("p.bb-source-para")}


@pytest.mark.parametrize(("section", "page"), [
    ("quotes", "stakeholders"), ("terms", "terms"), ("positions", "stakeholders"),
    ("risks", "risks"), ("watch", "risks"), ("background", "background"),
    ("timeline", "timeline"), ("key_points", "overview"),
])
def test_each_item_links_to_paragraphs_holding_its_evidence(
        seeds_book: Build, section: str, page: str) -> None:
    paragraphs = _source_paragraphs(seeds_book, FIRST_SLUG)
    html = seeds_book.page(FIRST_SLUG, page)
    items = brief_data(load_brief(FIRST))[section]
    assert items
    for item in items:
        element = html.find(id=anchor(item["id"]))
        assert element is not None, item["id"]
        links = {a["href"] for a in element.select("a.bb-cite-link")}
        for citation in item["citations"]:
            href = f"source.html#p-{citation['paragraph']}"
            assert href in links, (item["id"], href, links)
            assert citation["text"] in paragraphs[f"p-{citation['paragraph']}"], item["id"]


def test_citations_carry_a_preview_of_the_paragraph(seeds_book: Build) -> None:
    page = seeds_book.page(FIRST_SLUG, "terms")
    link = page.select_one("a.bb-cite-link")
    assert link["href"] == "source.html#p-6"
    preview = link.select_one("span.bb-cite-preview")
    assert preview["aria-hidden"] == "true"
    assert preview.get_text().startswith("Kerry's statements suggested that the proposal leaked")
    assert preview.get_text().endswith("…") and len(preview.get_text()) == 240


def test_quotes_appear_with_their_speakers(seeds_book: Build) -> None:
    page = seeds_book.page(FIRST_SLUG, "stakeholders")
    quotes = page.select("blockquote.bb-quote")
    speakers = [text_of(q.select_one(".attribution")).lstrip("—").split(" ¶")[0] for q in quotes]
    assert speakers == ["Kerry"] * 6 + ["senior State Department official"] * 2
    words = [text_of(q.select_one("p")) for q in quotes]
    assert "Quote “Let the proof be in the pudding, not our words,”" in words


def _diagram(build: Build, page: str, figure_id: str) -> str:
    figure = build.page(FIRST_SLUG, page).find(id=figure_id)
    assert figure is not None
    return figure.select_one("pre.mermaid").get_text()


def decode(code: str) -> str:
    return re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), code)


def test_structure_diagram_shows_the_joint_implementation_group(seeds_book: Build) -> None:
    code = _diagram(seeds_book, "structure", "structure-diagram")
    text = decode(code)
    assert text.lstrip().startswith("flowchart TD")
    for label in ("Joint Implementation Group (based in Amman, Jordan)",
                  "Coordinated Russian and U.S. strikes", "Jabhat al-Nusra",
                  "Syrian air force largely grounded", "forbidden to fly sorties over",
                  "United States", "Russia"):
        assert f'"{label}' in text, label
    lines = {line.strip() for line in code.splitlines()}
    assert 'n1 -->|"creates"| n3' in lines and 'n2 -->|"creates"| n3' in lines
    assert 'n3 -->|"coordinates"| n4' in lines and 'n4 -->|"target"| n5' in lines
    caption = seeds_book.page(FIRST_SLUG, "structure").select_one("figcaption")
    assert "Proposed Joint Implementation Group" in text_of(caption)


def test_stakeholder_map_and_timeline_diagrams(seeds_book: Build) -> None:
    stakeholders = decode(_diagram(seeds_book, "stakeholders", "stakeholder-map"))
    lines = {line.strip() for line in stakeholders.splitlines()}
    assert {'n1("Kerry"):::person', 'n3("Russia"):::state', 'p[["The proposal"]]:::proposal',
            'n1 -->|"conditional / supports"| p', 'n3 -->|"supports"| p',
            'n2 -.->|"accuses"| n3'} <= lines
    timeline = decode(_diagram(seeds_book, "timeline", "timeline-diagram"))
    order = [timeline.index(w) for w in ('"February', '"Thursday', '"the coming days')]
    assert order == sorted(order)


def test_source_page_numbers_and_anchors_every_paragraph(seeds_book: Build) -> None:
    paragraphs = _source_paragraphs(seeds_book, FIRST_SLUG)
    article = load_brief(FIRST).article
    assert list(paragraphs) == [f"p-{n}" for n in range(1, 16)]
    for number, text in enumerate(paragraphs.values(), start=1):
        assert text == f"¶{number} {article.paragraph(number).text}"


def test_site_loads_nothing_from_other_hosts(seeds_book: Build) -> None:
    remote = re.compile(r"^(?:[a-z]+:)?//", re.IGNORECASE)
    pages = list(seeds_book.outdir.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        html = path.read_text("utf-8")
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html):
            for url in re.findall(r'(?:src|href)="([^"]*)"', tag):
                assert not remote.match(url), (path.name, tag)
        for url in re.findall(r"import\s+mermaid\s+from\s+\"([^\"]+)\"", html):
            assert not remote.match(url) and url.endswith(
                "_static/briefbook/mermaid/mermaid.esm.min.mjs"), url
    mermaid = seeds_book.outdir / "_static" / "briefbook" / "mermaid"
    assert (mermaid / "mermaid.esm.min.mjs").is_file()
    assert len(list((mermaid / "chunks" / "mermaid.esm.min").glob("*.mjs"))) > 20
    structure = (seeds_book.outdir / "briefings" / FIRST_SLUG / "structure.html").read_text()
    assert '"securityLevel": "strict"' in structure


def test_generic_articles_build_complete_briefings_without_overlay(book: Book) -> None:
    for article in sorted(ARTICLES.glob("*.txt")):
        book.add(article)
    build = book.build()
    assert build.warnings == ""
    for article in sorted(ARTICLES.glob("*.txt")):
        slug = article.stem
        for page in PAGES:
            assert (build.outdir / "briefings" / slug / f"{page}.html").is_file()
        structure = build.page(slug, "structure")
        assert "extracted automatically" in text_of(structure.select_one("figcaption"))
    empty_dek = build.page("ukraine_grain_talks", "index")
    assert empty_dek.select(".bb-dek") == []
    assert len(build.html("index").select(".bb-catalog-card")) == 3


def test_article_markup_is_shown_as_text(book: Book) -> None:
    book.write("markup.txt", (
        "Deal <script>alert('t')</script> agreed\n\n"
        "```{raw} html\n\n"
        "Talks in Geneva. ```{include} /etc/passwd ``` and {download}`x <file>` "
        "<img src=x onerror=alert(1)> [link](javascript:alert(1)) $$x$$ % comment\n\n"
        "“We will not sign <b>this</b>,” said Foreign Minister Ana Lopez. Amman <!-- c -->.\n"))
    build = book.build()
    assert build.warnings == ""
    source = build.page("markup", "source")
    assert source.find("script", string=re.compile("alert")) is None
    assert source.find("img", attrs={"onerror": True}) is None
    assert not source.select('a[href^="javascript:"]')
    assert "root:" not in source.get_text()
    paragraphs = _source_paragraphs(build, "markup")
    assert paragraphs["p-1"].endswith(
        "Talks in Geneva. ```{include} /etc/passwd ``` and {download}`x <file>` "
        "<img src=x onerror=alert(1)> [link](javascript:alert(1)) $$x$$ % comment")
    home = build.page("markup", "index")
    assert text_of(home.find("h1")).startswith("Deal <script>alert('t')</script> agreed")
    assert text_of(home.select_one(".bb-dek")) == "```{raw} html"
    quotes = build.page("markup", "stakeholders").select("blockquote.bb-quote")
    assert "We will not sign <b>this</b>," in text_of(quotes[0])


def test_overlay_error_stops_the_build_with_file_and_line(book: Book) -> None:
    book.add(FIRST, "a.txt")
    book.write("a.brief.yaml", "risks:\n  - text: R\n    evidence: [not in the article]\n")
    build = book.build()
    assert build.statuscode == 1
    assert re.search(r"a\.brief\.yaml:3: ERROR: evidence not found in the article", build.warnings)
    assert "could not be built" in build.page("a", "overview").get_text()
    assert build.warnings.count("ERROR") == 1


def test_two_articles_with_one_slug_is_an_error(book: Book) -> None:
    book.add(FIRST, "Same Name.txt")
    book.add(FIRST, "same-name.txt")
    build = book.build()
    assert build.statuscode == 1
    assert "same-name.txt:1: ERROR: this article's slug 'same-name' is already used" in \
        build.warnings


def test_generated_pages_hold_no_article_text(seeds_book: Build) -> None:
    srcdir = Path(seeds_book.app.srcdir) / "briefings" / FIRST_SLUG
    article = load_brief(FIRST).article
    for page in PAGES:
        text = (srcdir / f"{page}.md").read_text("utf-8")
        assert "Kerry" not in text and article.title not in text
        assert f":briefing: {FIRST_SLUG}" in text
