"""The hosted briefing in a real browser (Playwright driving Debian's Chromium)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from browser import (
    diagram_problems,
    opened,
    preview_problems,
    request_problems,
    serve,
    wait_for_diagrams,
)
from conftest import ARTICLES, FIRST_SLUG, REPO, Book

pytestmark = pytest.mark.sphinx

ARTEFACTS = REPO / "test-artifacts"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
BRIEFING = f"briefings/{FIRST_SLUG}"
DIAGRAM_PAGES = ("structure", "stakeholders", "timeline")


def _book(tmp: Path, **overrides: object) -> Path:
    book = Book.create(tmp)
    book.add_first()
    for article in sorted(ARTICLES.glob("*.txt")):
        book.add(article)
    build = book.build(**overrides)
    assert build.warnings == ""
    return build.outdir


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve(_book(tmp_path_factory.mktemp("site"))) as base:
        yield base


def briefing_pages() -> list[str]:
    slugs = [FIRST_SLUG, *sorted(p.stem for p in ARTICLES.glob("*.txt"))]
    return [f"briefings/{slug}/{page}.html" for slug in slugs for page in DIAGRAM_PAGES]


@pytest.mark.parametrize("path", briefing_pages())
def test_every_diagram_is_drawn_offline_without_errors(site: str, browser: Browser,
                                                       path: str) -> None:
    with opened(browser, f"{site}/{path}") as record:
        wait_for_diagrams(record.page)
        assert record.page.locator("pre.mermaid").count() >= 1
        assert diagram_problems(record.page) == []
        assert request_problems(record) == []
        assert record.errors == []
        svg = record.page.locator("pre.mermaid svg").first
        assert svg.get_attribute("aria-roledescription") == "flowchart-v2"
        assert svg.locator("title").count() == 1 and svg.locator("desc").count() == 1


def test_site_search_finds_an_actor_and_a_quote(site: str, browser: Browser) -> None:
    for query, expected in (("Lavrov", f"{BRIEFING}/"), ("pudding", f"{BRIEFING}/")):
        with opened(browser, f"{site}/search.html?q={query}") as record:
            record.page.wait_for_selector("#search-results li", timeout=10000)
            links = [a.get_attribute("href") or "" for a in
                     record.page.query_selector_all("#search-results li a")]
            assert any(expected in link for link in links), (query, links)
            assert record.errors == [] and record.outside == []


def test_citation_preview_on_hover_and_focus_then_lands_on_the_paragraph(
        site: str, browser: Browser) -> None:
    with opened(browser, f"{site}/{BRIEFING}/terms.html") as record:
        page = record.page
        assert preview_problems(page) == []
        link = page.locator("a.bb-cite-link").first
        preview = link.locator(".bb-cite-preview")
        assert not preview.is_visible()
        link.hover()
        assert preview.is_visible()
        assert preview.inner_text().startswith("Kerry's statements suggested")
        page.mouse.move(0, 0)
        link.focus()
        assert preview.is_visible()
        link.click()
        page.wait_for_url(re.compile(r"source\.html#p-6$"))
        page.wait_for_function("() => { const top = document.getElementById('p-6')"
                               ".getBoundingClientRect().top; return top >= 0 && top < 300; }",
                               timeout=5000)
        background = page.evaluate(
            "getComputedStyle(document.getElementById('p-6')).backgroundColor")
        assert background not in {"rgba(0, 0, 0, 0)", "transparent"}  # highlighted target


def _contrast(page: Page) -> list[float]:
    return page.evaluate("""() => {
      const rgb = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => {
          v /= 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      return [...document.querySelectorAll('pre.mermaid svg g.node')].map((node) => {
        const shape = node.querySelector('rect.label-container, rect, polygon, path');
        const label = node.querySelector('.nodeLabel p, .nodeLabel, text');
        const a = lum(rgb(getComputedStyle(shape).fill));
        const b = lum(rgb(getComputedStyle(label).color || getComputedStyle(label).fill));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
    }""")


def test_dark_mode_redraws_diagrams_legibly(site: str, browser: Browser) -> None:
    with opened(browser, f"{site}/{BRIEFING}/structure.html", dark=True) as record:
        page = record.page
        wait_for_diagrams(page)
        assert page.evaluate("document.body.dataset.theme") == "dark"
        page.wait_for_function("""() => {
            const label = document.querySelector('pre.mermaid svg span.edgeLabel p');
            if (!label) return false;
            const [r, g, b] = getComputedStyle(label).color.match(/\\d+/g).map(Number);
            return r + g + b > 450;  // light edge-label text: mermaid's dark theme is on
        }""", timeout=10000)
        ratios = _contrast(page)
        assert ratios and min(ratios) >= 4.5, ratios
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert sum(int(v) for v in re.findall(r"\d+", background)[:3]) < 200  # a dark page
        ARTEFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTEFACTS / "structure-dark.png"), full_page=True)
        assert record.errors == [] and record.outside == []


@pytest.mark.parametrize("page_name", ["index", "overview", "terms", "stakeholders", "risks",
                                       "structure", "timeline", "actors", "source"])
def test_phone_width_nothing_overflows(site: str, browser: Browser, page_name: str) -> None:
    with opened(browser, f"{site}/{BRIEFING}/{page_name}.html", width=390, height=844) as record:
        page = record.page
        if page_name in DIAGRAM_PAGES:
            wait_for_diagrams(page)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{page_name} is {overflow}px wider than the phone"
        for table in page.query_selector_all("table.bb-table"):
            scroller = table.evaluate("""(t) => { let n = t.parentElement;
                while (n && !['auto', 'scroll'].includes(getComputedStyle(n).overflowX))
                  n = n.parentElement;
                return n ? n.clientWidth : 0; }""")
            assert 0 < scroller <= 390


@pytest.mark.parametrize("path", ["index.html", f"{BRIEFING}/index.html",
                                  *[f"{BRIEFING}/{p}.html" for p in (
                                      "overview", "background", "terms", "stakeholders",
                                      "risks", "structure", "timeline", "actors", "source")]])
def test_axe_finds_no_serious_accessibility_problem(site: str, browser: Browser,
                                                   path: str) -> None:
    with opened(browser, f"{site}/{path}", bypass_csp=True) as record:  # to inject axe itself
        page = record.page
        if page.locator("pre.mermaid").count():
            wait_for_diagrams(page)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => (await axe.run(document)).violations.map("
                               "(v) => ({id: v.id, impact: v.impact, nodes: v.nodes.length,"
                               " target: v.nodes[0].target}))")
        serious = [v for v in result if v["impact"] in {"serious", "critical"}]
        assert serious == [], json.dumps(serious, indent=1)


def test_each_diagram_has_a_text_alternative(site: str, browser: Browser) -> None:
    with opened(browser, f"{site}/{BRIEFING}/stakeholders.html") as record:
        page = record.page
        wait_for_diagrams(page)
        svg = page.locator("pre.mermaid svg").first
        assert svg.locator("title").text_content() == "Stakeholder map"
        words = page.locator("#stakeholder-map-in-words li").all_inner_texts()
        assert "Kerry → the proposal: conditional / supports" in words
        assert "United States accuses Russia" in words
    for name, table in (("structure", "Relations"), ("timeline", "Events")):
        with opened(browser, f"{site}/{BRIEFING}/{name}.html") as record:
            assert record.page.locator(f"section:has(> h2:text-is('{table}')) table").count() == 1


def _pdf_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")[:-1]


@pytest.mark.parametrize("name", ["overview", "structure", "stakeholders"])
def test_browser_print_is_clean(site: str, browser: Browser, tmp_path: Path, name: str) -> None:
    with opened(browser, f"{site}/{BRIEFING}/{name}.html") as record:
        page = record.page
        if name in DIAGRAM_PAGES:
            wait_for_diagrams(page)
        ARTEFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)
        page.emulate_media(media="print")
        printed = _pdf_pages(page.pdf(format="A4", print_background=True), tmp_path)
        text = "\n".join(printed)
        for chrome in ("Search", "Skip to content", "How a briefing is made", "Next",
                       "Previous", "Made with Sphinx"):
            assert chrome not in text, chrome
        if name == "structure":
            labels = ("United States", "Coordinated Russian and U.S. strikes",
                      "Areas where al-Nusra is concentrated", "(drawn by the analyst")
            first = {next(i for i, p in enumerate(printed) if label in p) for label in labels}
            assert len(first) == 1, "the diagram is split across pages"


def test_pages_from_disk_with_inline_svg_diagrams(tmp_path_factory: pytest.TempPathFactory,
                                                  browser: Browser) -> None:
    outdir = _book(tmp_path_factory.mktemp("inline"), briefbook_diagrams="inline-svg")
    for name in DIAGRAM_PAGES:
        with opened(browser, (outdir / BRIEFING / f"{name}.html").as_uri()) as record:
            assert record.page.locator("pre.mermaid").count() == 0
            assert record.page.locator(".bb-inline-svg svg").count() == 1
            assert diagram_problems(record.page) == []
            assert record.outside == [] and record.errors == []
            assert "mermaid.esm" not in record.page.content()


def test_content_security_policy_refuses_injected_script(site: str, browser: Browser) -> None:
    with opened(browser, f"{site}/{BRIEFING}/source.html") as record:
        page = record.page
        policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute(
            "content") or ""
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split(
            "style-src")[0]
        page.evaluate("""() => { const s = document.createElement('script');
            s.textContent = 'window.injected = true'; document.body.appendChild(s); }""")
        assert page.evaluate("window.injected === undefined")
        assert any("Content Security Policy" in error for error in record.errors)


def test_the_checks_catch_broken_pages(tmp_path: Path, browser: Browser) -> None:
    (tmp_path / "broken.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>b</title></head>"
        "<body>"
        "<pre class='mermaid'>flowchart TD\nA[never drawn]</pre>"
        "<img src='http://example.invalid/tracker.png' alt='x'>"
        "<a class='bb-cite-link' href='source.html#p-1'><span class='bb-cite'>¶1</span></a>"
        "</body></html>", "utf-8")
    with serve(tmp_path) as base, opened(browser, f"{base}/broken.html") as record:
        assert diagram_problems(record.page) == [
            "diagram 1 is not drawn: 'flowchart TD A[never drawn]'"]
        assert request_problems(record) == [
            "request left this machine: http://example.invalid/tracker.png"]
        assert preview_problems(record.page) == ["citation 1 (¶1) has no preview"]
