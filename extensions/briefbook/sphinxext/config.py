"""Configuration values (``briefbook_*`` in conf.py), declared once with their help."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    rebuild: str
    help: str


SETTINGS = (
    Setting("briefbook_seeds", "../seeds", "env",
            "Folder of articles (*.txt) and overlays (*.brief.yaml), relative to the "
            "Sphinx source folder."),
    Setting("briefbook_output_dir", "briefings", "env",
            "Folder, inside the Sphinx source folder, where briefing pages are generated."),
    Setting("briefbook_navigation_limit", 25, "html",
            "Above this many briefings, each page's sidebar lists only its own briefing "
            "(the landing page lists them all)."),
    Setting("briefbook_mermaid_dist", "", "html",
            "mermaid's dist folder (from npm); empty: node_modules/mermaid/dist found "
            "above conf.py."),
)


def add_settings(app: Sphinx) -> None:
    from briefbook.sphinxext.latex import latex_settings

    rebuild = {"briefbook_pdf_documents": "env", "briefbook_diagrams": "html"}
    settings = [*SETTINGS, *(Setting(name, default, rebuild.get(name, "latex"), text)
                             for name, default, text in latex_settings())]
    for setting in settings:
        app.add_config_value(setting.name, setting.default, setting.rebuild,  # type: ignore[arg-type]
                             types=frozenset({type(setting.default)}),
                             description=setting.help)


def seeds_dir(srcdir: Path, config: Config) -> Path:
    return (Path(srcdir) / str(config.briefbook_seeds)).resolve()


def output_dir(srcdir: Path, config: Config) -> Path:
    return Path(srcdir) / str(config.briefbook_output_dir)


def output_docname(config: Config, slug: str, page: str) -> str:
    return f"{config.briefbook_output_dir}/{slug}/{page}"


def mermaid_dist(app: Sphinx) -> Path | None:
    """The npm-installed mermaid dist folder, if it can be found."""
    configured = str(app.config.briefbook_mermaid_dist)
    if configured:
        return (Path(app.confdir) / configured).resolve()
    for folder in (Path(app.confdir).resolve(), *Path(app.confdir).resolve().parents):
        candidate = folder / "node_modules" / "mermaid" / "dist"
        if (candidate / "mermaid.esm.min.mjs").is_file():
            return candidate
    return None
