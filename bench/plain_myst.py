"""The baseline of the benchmark: the same briefing pages written out as plain MyST
(headings, tables, sphinx-design cards and badges, mermaid fences), built by Sphinx
without the briefbook extension. Seeds are trusted here; this is for timing only."""

from __future__ import annotations

from pathlib import Path

from briefbook.briefing import load_brief
from briefbook.model import Brief, Finding
from briefbook.render.diagrams import stakeholder_map, structure_diagram, timeline_diagram
from briefbook.render.views import PAGES

CONF = '''
extensions = ["myst_parser", "sphinx_design", "sphinxcontrib.mermaid"]
project = "Plain book"
html_theme = "furo"
html_static_path = ["_static"]
mermaid_use_local = "mermaid/mermaid.esm.min.mjs"
mermaid_init_config = {"startOnLoad": False, "securityLevel": "strict"}
exclude_patterns = ["_build"]
'''
BADGE = {"reported": "{bdg-primary}`Reported`", "quote": "{bdg-secondary}`Quote`",
         "judgement": "{bdg-warning}`Judgement`"}


def _md(text: str) -> str:
    return " ".join(text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").split())


def _cite(numbers: tuple[int, ...]) -> str:
    return " ".join(f"[¶{n}](source.md#p-{n})" for n in numbers)


def _line(item: Finding) -> str:
    return f"- {BADGE[item.basis]} {_md(item.summary)} {_cite(item.paragraphs)}"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out)


def _mermaid(code: str) -> str:
    return f"```{{mermaid}}\n{code}\n```"


def pages(brief: Brief) -> dict[str, str]:
    a = brief.article
    titles = dict(PAGES)
    out = {"index": f"# {_md(a.title)}\n\n{_md(a.dek)}\n\n```{{toctree}}\n:maxdepth: 1\n\n"
           + "\n".join(name for name, _ in PAGES) + "\n```\n"}
    cards = "\n".join(f":::{{grid-item-card}} Key point {i} {BADGE[k.basis]}\n"
                      f"{_md(k.summary)} {_cite(k.paragraphs)}\n:::"
                      for i, k in enumerate(brief.key_points, 1))
    bluf = _md(brief.summary.summary) if brief.summary else ""
    out["overview"] = (f"# {titles['overview']}\n\n**Bottom line:** {bluf}\n\n## Key points\n\n"
                       f"::::{{grid}} 1 1 2 2\n{cards}\n::::\n")
    out["background"] = f"# {titles['background']}\n\n" + "\n".join(map(_line, brief.background))
    out["terms"] = f"# {titles['terms']}\n\n" + _table(
        ["Term", "Parties", "Conditions", "¶"],
        [[_md(t.summary), _md(", ".join(t.parties)), _md("; ".join(t.conditions)),
          _cite(t.paragraphs)] for t in brief.terms])
    quotes = "\n\n".join(f"> {_md(q.summary)}\n>\n> — {_md(q.speaker)} {_cite(q.paragraphs)}"
                         for q in brief.quotes)
    out["stakeholders"] = (f"# {titles['stakeholders']}\n\n{_mermaid(stakeholder_map(brief).code)}"
                           "\n\n## Positions\n\n" + _table(
                               ["Actor", "Position", "¶"],
                               [[_md(p.actor), _md(p.summary), _cite(p.paragraphs)]
                                for p in brief.positions]) + f"\n\n## Quotes\n\n{quotes}\n")
    out["risks"] = (f"# {titles['risks']}\n\n## Risks\n\n" + "\n".join(map(_line, brief.risks))
                    + "\n\n## What to watch\n\n" + "\n".join(map(_line, brief.watch)))
    out["structure"] = (f"# {titles['structure']}\n\n"
                        f"{_mermaid(structure_diagram(brief.structure).code)}\n")
    out["timeline"] = (f"# {titles['timeline']}\n\n{_mermaid(timeline_diagram(brief).code)}\n\n"
                       + _table(["When", "Event", "¶"], [[_md(t.when), _md(t.summary),
                                _cite(t.paragraphs)] for t in brief.timeline]))
    out["actors"] = f"# {titles['actors']}\n\n" + _table(
        ["Actor", "Kind", "Also called", "Named in"],
        [[_md(x.name), x.kind, _md(", ".join(x.aliases)), _cite(x.mentions[:20])]
         for x in brief.actors])
    source = "\n\n".join(f"(p-{p.number})=\n**¶{p.number}** {_md(p.text)}" for p in a.paragraphs)
    out["source"] = f"# {titles['source']}\n\n{source}\n"
    return out


def write_plain_book(seeds: Path, target: Path, mermaid_dist: Path) -> None:
    """A plain MyST Sphinx project with the pages of every article in ``seeds``."""
    target.mkdir(parents=True, exist_ok=True)
    (target / "conf.py").write_text(CONF, "utf-8")
    static = target / "_static" / "mermaid"
    static.mkdir(parents=True, exist_ok=True)
    (static / "mermaid.esm.min.mjs").write_bytes((mermaid_dist / "mermaid.esm.min.mjs")
                                                  .read_bytes())
    chunks = static / "chunks" / "mermaid.esm.min"
    chunks.mkdir(parents=True, exist_ok=True)
    for chunk in (mermaid_dist / "chunks" / "mermaid.esm.min").glob("*.mjs"):
        (chunks / chunk.name).write_bytes(chunk.read_bytes())
    slugs = []
    for path in sorted(seeds.glob("*.txt")):
        brief = load_brief(path)
        folder = target / "briefings" / brief.article.slug
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in pages(brief).items():
            (folder / f"{name}.md").write_text(text + "\n", "utf-8")
        slugs.append(brief.article.slug)
    (target / "index.md").write_text(
        "# Plain book\n\n```{toctree}\n:glob:\n\nbriefings/*/index\n```\n", "utf-8")
