"""Browser helpers for the tests: a localhost server, Debian's Chromium through
Playwright, and the checks a reader's browser must pass (reused by the tests that
break pages on purpose, so each check is shown to fail when it should)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser, BrowserContext, Page, Route
from playwright.sync_api import Error as PlaywrightError

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage"]
LOCAL_SCHEMES = {"file", "data", "blob", "about"}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port); yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Visit:
    """A page opened in a fresh context that blocks and records requests off this machine."""

    page: Page
    context: BrowserContext
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.context.close()


def visit(browser: Browser, url: str, *, width: int = 1280, height: int = 900,
          dark: bool = False, bypass_csp: bool = False) -> Visit:
    context = browser.new_context(viewport={"width": width, "height": height},
                                  color_scheme="dark" if dark else "light",
                                  bypass_csp=bypass_csp)
    if dark:
        context.add_init_script("localStorage.setItem('theme', 'dark');")
    record = Visit(context.new_page(), context)

    def route(route: Route) -> None:
        parsed = urlparse(route.request.url)
        if parsed.scheme in LOCAL_SCHEMES or parsed.hostname in {"127.0.0.1", "localhost"}:
            route.continue_()
        else:
            record.outside.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    record.page.on("console", lambda message: message.type == "error" and record.errors.append(
        message.text))
    record.page.on("pageerror", lambda error: record.errors.append(str(error)))
    record.page.goto(url, wait_until="load")
    return record


_DRAWN = """() => [...document.querySelectorAll('pre.mermaid')].every((el) =>
    (el.getAttribute('data-processed') === 'true'
     && el.querySelector('svg[aria-roledescription] g.node'))
    || el.getAttribute('data-mermaid-render-failed'))"""


@contextmanager
def opened(browser: Browser, url: str, *, width: int = 1280, height: int = 900,
           dark: bool = False, bypass_csp: bool = False) -> Iterator[Visit]:
    """:func:`visit` a page, and close its browser context afterwards."""
    record = visit(browser, url, width=width, height=height, dark=dark, bypass_csp=bypass_csp)
    try:
        yield record
    finally:
        record.close()


def wait_for_diagrams(page: Page, timeout: float = 15000) -> None:
    """Wait until mermaid has drawn every diagram of the page and stopped redrawing."""
    for _ in range(2):  # the page draws once at start and may redraw on load
        page.wait_for_function(_DRAWN, timeout=timeout)
        page.wait_for_timeout(400)
    page.wait_for_function(_DRAWN, timeout=timeout)


def diagram_problems(page: Page) -> list[str]:
    """Diagrams left as text instead of drawn as SVG."""
    with suppress(PlaywrightError):  # reported below, diagram by diagram
        wait_for_diagrams(page, timeout=8000)
    problems = []
    for index, element in enumerate(page.query_selector_all("pre.mermaid, .bb-inline-svg")):
        if element.query_selector("svg") is None:
            text = " ".join(element.inner_text().split())[:60]
            problems.append(f"diagram {index + 1} is not drawn: {text!r}")
    return problems


def preview_problems(page: Page) -> list[str]:
    """¶ citations without a preview of the cited paragraph."""
    problems = []
    for index, link in enumerate(page.query_selector_all("a.bb-cite-link")):
        preview = link.query_selector(".bb-cite-preview")
        if preview is None or not preview.text_content():
            problems.append(f"citation {index + 1} ({link.inner_text()}) has no preview")
    return problems


def request_problems(record: Visit) -> list[str]:
    return [f"request left this machine: {url}" for url in record.outside]
