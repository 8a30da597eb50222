"""A Content-Security-Policy on every HTML page: scripts only from the site itself.

Pages are finished when Sphinx has written them, so the policy is added then: each page
written in this build gets a ``<meta http-equiv>`` that allows the site's own files and
exactly the inline scripts Sphinx and the theme wrote (by hash); anything else, such as a
script smuggled into content or any remote origin, is refused by the browser.
"""

from __future__ import annotations

import base64
import hashlib
import re
import time
from pathlib import Path
from weakref import WeakKeyDictionary

from sphinx.application import Sphinx

MARK = 'http-equiv="Content-Security-Policy"'
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL)
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.IGNORECASE)
_started: WeakKeyDictionary[Sphinx, float] = WeakKeyDictionary()


def policy(html: str) -> str:
    """The policy for one page: its own inline scripts by hash, everything else 'self'."""
    hashes = sorted({"'sha256-" + base64.b64encode(hashlib.sha256(
        body.encode("utf-8")).digest()).decode("ascii") + "'"
        for body in _INLINE_SCRIPT.findall(html)})
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(hashes) if hashes else "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ])


def protect(path: Path) -> bool:
    """Add the policy to one written page (once); True if the file changed."""
    html = path.read_text("utf-8")
    if MARK in html:
        return False
    meta = f'<meta {MARK} content="{policy(html)}">'
    charset = _CHARSET.search(html)
    at = charset.end() if charset else html.find("<head>") + len("<head>")
    if at < len("<head>"):
        return False
    path.write_text(html[:at] + meta + html[at:], "utf-8")
    return True


def note_start(app: Sphinx) -> None:
    _started[app] = time.time()


def add_policies(app: Sphinx, exception: BaseException | None) -> None:
    """Protect the pages written by this build (older ones are protected already)."""
    if exception is not None or app.builder.format != "html":
        return
    since = _started.get(app, 0.0) - 2.0
    for path in Path(app.outdir).rglob("*.html"):
        if path.stat().st_mtime >= since:
            protect(path)
