"""Printed briefs: LaTeX documents per briefing, title pages, markings and diagrams.

``configure_latex`` (config-inited) declares one PDF per briefing plus the whole book and
the page layout; ``prepare_print`` (doctree-resolved, LaTeX only) adds the title page,
draws the diagrams to vector PDF in one batch and marks the source text as an appendix.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging
from sphinx.util.texescape import escape
from sphinx_design.badges_buttons import sd_badge

from briefbook.catalog import find_articles, scan_articles
from briefbook.ingest import read_article
from briefbook.problems import InputError
from briefbook.render.components import BADGES
from briefbook.sphinxext.config import output_docname, seeds_dir
from briefbook.sphinxext.drawing import PRINT_MERMAID, draw, owner
from briefbook.sphinxext.errors import BriefbookError
from briefbook.sphinxext.store import brief_for

logger = logging.getLogger(__name__)
BOOK_TARGET = "briefing-book"
PAPER = {"a4": "a4paper", "letter": "letterpaper", "legal": "legalpaper", "a5": "a5paper"}
DIAGRAM_FOLDER = "briefbook-diagrams"
PREAMBLE = r"""
%% briefbook: handling marking on every page, diagrams sized to fit with their caption
\setlength{\headheight}{14pt}
\makeatletter
\AtBeginDocument{\spx@image@maxheight=0.62\textheight}
\fancypagestyle{normal}{\fancyhf{}%
  \fancyhead[C]{\sffamily\bfseries\small <MARKING>}%
  \fancyfoot[C]{\sffamily\bfseries\small <MARKING>}%
  \fancyfoot[R]{\sffamily\small\thepage}%
  \renewcommand{\headrulewidth}{0.4pt}\renewcommand{\footrulewidth}{0.4pt}}
\fancypagestyle{plain}{\fancyhf{}%
  \fancyhead[C]{\sffamily\bfseries\small <MARKING>}%
  \fancyfoot[C]{\sffamily\bfseries\small <MARKING>}%
  \fancyfoot[R]{\sffamily\small\thepage}%
  \renewcommand{\headrulewidth}{0.4pt}\renewcommand{\footrulewidth}{0.4pt}}
\makeatother
\newcommand{\briefbookbadge}[1]{\fbox{\scriptsize\sffamily\strut #1}}
\newcommand{\briefbookappendix}{\par\setcounter{section}{0}\setcounter{subsection}{0}%
  \gdef\thesection{\Alph{section}}\gdef\theHsection{appendix.\Alph{section}}}
"""


# Articles may hold any script or emoji: FreeFont for text, then DejaVu and Symbola for
# whatever FreeFont lacks (lualatex's font fallback), so no character is dropped.
UNICODE_FONTS = r"""
\directlua{luaotfload.add_fallback("briefbookfallback",
  {"DejaVuSans:mode=harf;", "DejaVuSansMono:mode=harf;", "Symbola:mode=harf;"})}
\setmainfont{FreeSerif}[RawFeature={fallback=briefbookfallback}]
\setsansfont{FreeSans}[RawFeature={fallback=briefbookfallback}]
\setmonofont{FreeMono}[RawFeature={fallback=briefbookfallback}]
"""
XE_FONTS = r"""
\setmainfont{FreeSerif}\setsansfont{FreeSans}\setmonofont{FreeMono}
"""


def prepared_date(config: Config) -> str:
    """The date a brief was prepared: configured, else SOURCE_DATE_EPOCH, else today."""
    if config.briefbook_prepared:
        return str(config.briefbook_prepared)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    day = (dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch
           else dt.date.today())
    return f"{day.day} {day:%B %Y}"


def configure_latex(app: Sphinx, config: Config) -> None:
    """One LaTeX document per briefing (``<slug>.pdf``) and one for the whole book."""
    if not config.briefbook_pdf_documents:
        return
    if config.briefbook_paper not in PAPER:
        raise BriefbookError(f"briefbook_paper must be one of {', '.join(PAPER)}")
    engine = config.latex_engine
    documents: list[tuple[str, ...]] = [
        (config.root_doc, f"{BOOK_TARGET}.tex", escape(config.project, engine),
         escape(config.author, engine), "manual")]
    articles, _ = scan_articles(seeds_dir(app.srcdir, config))  # problems: reported later
    for slug, path in articles.items():
        try:
            title = read_article(path).title
        except InputError:
            title = slug
        documents.append((output_docname(config, slug, "index"), f"{slug}.tex",
                          escape(title, engine), "", "howto"))
    config.latex_documents = documents
    elements = dict(config.latex_elements)
    elements.setdefault("papersize", PAPER[config.briefbook_paper])
    elements.setdefault("pointsize", "11pt")
    elements.setdefault("extraclassoptions", "oneside")
    elements.setdefault("figure_align", "H")
    if engine in {"lualatex", "xelatex"}:
        elements.setdefault("fontpkg", UNICODE_FONTS if engine == "lualatex" else XE_FONTS)
    marking = escape(str(config.briefbook_marking), engine)
    elements["preamble"] = elements.get("preamble", "") + PREAMBLE.replace("<MARKING>", marking)
    elements["maketitle"] = ""  # each document gets its own title page (prepare_print)
    elements["tableofcontents"] = ""
    config.latex_elements = elements


def prepare_print(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Title page, badges, drawn diagrams and the source appendix of one LaTeX document."""
    if app.builder.format != "latex":
        return
    _badges(doctree)
    _control_pictures(doctree)
    _diagrams(app, doctree, docname)
    _appendix(doctree, docname)
    _paragraph_labels(doctree)
    doctree.insert(0, nodes.raw("", _title_page(app, docname), format="latex"))


_CONTROLS = {code: chr(0x2400 + code) for code in range(32) if chr(code) not in "\n\t"}
_CONTROLS[0x7F] = "\u2421"


def _control_pictures(doctree: nodes.document) -> None:
    """Control characters cannot be typeset: print their Unicode pictures (␇) instead."""
    for text in list(doctree.findall(nodes.Text)):
        if any(ord(ch) in _CONTROLS for ch in text):
            text.parent.replace(text, nodes.Text(str(text).translate(_CONTROLS)))


def _badges(doctree: nodes.document) -> None:
    labels = {f"bb-{basis}": text for basis, (text, _, _) in BADGES.items()}
    for badge in list(doctree.findall(sd_badge)):
        label = next((labels[c] for c in badge["classes"] if c in labels), None)
        if label is not None:
            badge.replace_self(nodes.raw("", rf"\briefbookbadge{{{label}}}", format="latex"))


def _diagrams(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    target = Path(app.outdir) / DIAGRAM_FOLDER
    for chart, source in draw(app, doctree, docname, "pdf", PRINT_MERMAID):
        target.mkdir(parents=True, exist_ok=True)
        if not (target / source.name).is_file():
            shutil.copyfile(source, target / source.name)
        uri = f"{DIAGRAM_FOLDER}/{source.name}"
        chart.replace_self(nodes.image("", uri=uri, candidates={"*": uri},
                                       alt=chart.get("alt", "diagram")))


def _appendix(doctree: nodes.document, docname: str) -> None:
    folder = docname.rsplit("/", 1)[0]
    for start in doctree.findall(addnodes.start_of_file):
        if start["docname"] == f"{folder}/source" and docname.endswith("/index"):
            parent = start.parent
            parent.insert(parent.index(start), nodes.raw("", r"\briefbookappendix", format="latex"))
            return


def _paragraph_labels(doctree: nodes.document) -> None:
    """LaTeX labels for the numbered source paragraphs, so every ¶ link has a target."""
    for paragraph in doctree.findall(nodes.paragraph):
        if "bb-source-para" in paragraph["classes"]:
            labels = "".join(rf"\label{{\detokenize{{{owner(paragraph)}:{i}}}}}"
                             for i in paragraph["ids"])
            paragraph.insert(0, nodes.raw("", r"\phantomsection" + labels, format="latex"))


def _title_page(app: Sphinx, docname: str) -> str:
    config = app.config
    engine = config.latex_engine

    def tex(text: str) -> str:
        return str(escape(text, engine))

    lines: list[str] = []
    title = tex(str(config.project))
    dek = "Briefings on the articles in this book"
    if docname != config.root_doc:
        slug = docname.rsplit("/", 2)[-2]
        path = find_articles(seeds_dir(app.srcdir, config))[slug]
        brief = brief_for(path)
        title, dek = tex(brief.article.title), brief.article.dek
        source = brief.source
        outlet = ", ".join(x for x in (source.outlet, source.published) if x) or "not stated"
        lines += [rf"Source: & {tex(outlet)} \\", rf"Article: & \sphinxcode{{{tex(path.name)}}} \\"]
    lines.append(rf"Prepared: & {tex(prepared_date(config))} \\")
    marking = tex(str(config.briefbook_marking))
    return "\n".join([
        r"\begin{titlepage}",
        r"\thispagestyle{plain}",
        r"\centering",
        r"\vspace*{0.12\textheight}",
        rf"{{\sffamily\bfseries\LARGE {title}\par}}",
        r"\vspace{1.5em}",
        rf"{{\large\itshape {tex(dek)}\par}}" if dek else "",
        r"\vfill",
        r"\begin{tabular}{rl}",
        *lines,
        r"\end{tabular}",
        r"\vfill",
        rf"{{\sffamily\bfseries\large {marking}\par}}",
        r"\end{titlepage}",
        r"\sphinxtableofcontents",
        r"\clearpage",
        "",
    ])


def latex_settings() -> list[tuple[str, Any, str]]:
    """Config values of the print layout: (name, default, help)."""
    return [
        ("briefbook_marking", "UNCLASSIFIED",
         "Handling marking printed in the header and footer of every PDF page."),
        ("briefbook_paper", "a4", "Paper size of the PDFs: a4, letter, legal or a5."),
        ("briefbook_prepared", "",
         "Date prepared on the title page; empty: SOURCE_DATE_EPOCH, else today."),
        ("briefbook_pdf_documents", True,
         "Declare latex_documents: one PDF per briefing plus the whole book."),
        ("briefbook_chromium", "/usr/bin/chromium", "Chromium used to draw diagrams for print."),
        ("briefbook_node", "node", "Node.js used to run mermaid-cli."),
        ("briefbook_diagrams", "browser",
         "HTML diagrams: 'browser' (drawn by the page's mermaid) or 'inline-svg' (drawn at "
         "build time, so pages also work from file://)."),
    ]
