"""Diagrams drawn to files (PDF for print) in one browser session, cached by content.

The batch runs ``js/render_diagrams.mjs`` with node: one Chromium (through the puppeteer
that mermaid-cli brings) loads the same mermaid the HTML pages load, once, and draws every
diagram in that page; a second page prints each SVG to a PDF sized to fit. A diagram whose
source, settings and mermaid version are unchanged is never drawn again.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

RENDERER = Path(__file__).with_name("js") / "render_diagrams.mjs"
RENDERER_VERSION = "3"


@dataclass(frozen=True)
class Diagram:
    """A diagram to draw, and how to name it if drawing fails."""

    code: str
    name: str


@dataclass(frozen=True)
class DiagramFailure:
    diagram: Diagram
    reason: str


class DiagramError(Exception):
    """Some diagrams could not be drawn; each failure names its diagram."""

    def __init__(self, failures: list[DiagramFailure]) -> None:
        self.failures = failures
        super().__init__("; ".join(f"{f.diagram.name}: {f.reason}" for f in failures))


@dataclass(frozen=True)
class Renderer:
    """Where node, Chromium and the npm packages are, and mermaid's settings."""

    node: str
    chromium: str
    node_modules: Path
    config: dict[str, object]
    cache: Path

    def key(self, code: str, fmt: str) -> str:
        version = _mermaid_version(self.node_modules)
        blob = json.dumps([RENDERER_VERSION, version, fmt, self.config, code], sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]

    def render(self, diagrams: list[Diagram], fmt: str = "pdf") -> tuple[dict[str, Path], int]:
        """``{code: cached file}`` for every diagram, and how many were drawn now."""
        wanted = {d.code: self.cache / f"mermaid-{self.key(d.code, fmt)}.{fmt}" for d in diagrams}
        missing = [d for d in diagrams if not wanted[d.code].is_file()]
        unique = list({d.code: d for d in missing}.values())
        if unique:
            self._draw(unique, {d.code: wanted[d.code] for d in unique}, fmt)
        return wanted, len(unique)

    def _draw(self, diagrams: list[Diagram], outputs: dict[str, Path], fmt: str) -> None:
        problems = self._missing_tools()
        if problems:
            raise DiagramError([DiagramFailure(d, problems) for d in diagrams])
        self.cache.mkdir(parents=True, exist_ok=True)
        partial = {code: path.with_suffix(f".part.{fmt}") for code, path in outputs.items()}
        request = {"node_modules": str(self.node_modules), "chromium": self.chromium,
                   "config": self.config,
                   "jobs": [{"code": d.code, "output": str(partial[d.code]), "format": fmt,
                             "svg_id": svg_id(self.key(d.code, fmt))} for d in diagrams]}
        result = subprocess.run([self.node, str(RENDERER)], input=json.dumps(request),
                                capture_output=True, text=True, check=False, timeout=900)
        outcome = {}
        for line in result.stdout.splitlines():
            if line.startswith("{"):
                record = json.loads(line)
                outcome[record["output"]] = record
        failures = []
        for diagram in diagrams:
            record = outcome.get(str(partial[diagram.code]))
            if record and record.get("ok") and partial[diagram.code].is_file():
                partial[diagram.code].replace(outputs[diagram.code])
                continue
            reason = record.get("error", "") if record else result.stderr.strip()[-800:]
            failures.append(DiagramFailure(diagram, reason.splitlines()[0] if reason else
                                           f"the renderer exited with {result.returncode}"))
        if failures:
            raise DiagramError(failures)

    def _missing_tools(self) -> str:
        if shutil.which(self.node) is None:
            return f"node is not installed ({self.node!r} not found)"
        if not Path(self.chromium).is_file():
            return (f"Chromium is not installed ({self.chromium} not found); install Debian's "
                    "chromium package")
        if not (self.node_modules / "@mermaid-js" / "mermaid-cli").is_dir():
            return "mermaid-cli is not installed: run `npm ci` in the project folder"
        return ""


def svg_id(key: str) -> str:
    """The id of a drawn SVG: unique per diagram, so two on one page never share styles."""
    return f"bb-mermaid-{key[:12]}"


def _mermaid_version(node_modules: Path) -> str:
    try:
        data = json.loads((node_modules / "mermaid" / "package.json").read_text("utf-8"))
    except (OSError, ValueError):
        return "unknown"
    return str(data.get("version", "unknown"))
