"""One function per page kind: the nodes that make up that page of a briefing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from docutils import nodes
from sphinx import addnodes

from briefbook.model import Brief, Finding, Quote
from briefbook.render import components as c
from briefbook.render.diagrams import stakeholder_map, structure_diagram, timeline_diagram

PAGES: tuple[tuple[str, str], ...] = (
    ("overview", "Overview"),
    ("background", "Background"),
    ("terms", "The proposal's terms"),
    ("stakeholders", "Stakeholders and positions"),
    ("risks", "Risks and what to watch"),
    ("structure", "Proposed structure"),
    ("timeline", "Timeline"),
    ("actors", "Actors"),
    ("source", "Source text"),
)
MENTION_LIMIT = 20
KIND_LABELS = {"state": "State", "organisation": "Organisation", "armed group": "Armed group",
               "person": "Person", "place": "Place", "source": "Unnamed source"}


@dataclass(frozen=True)
class PageContext:
    """Where this briefing's pages live (docnames) and the brief they show."""

    brief: Brief
    folder: str
    docname: str

    @property
    def source_doc(self) -> str:
        return f"{self.folder}/source"

    def cite(self, numbers: tuple[int, ...]) -> list[nodes.Node]:
        return c.cites(self.brief.article, self.source_doc, numbers)

    def line(self, item: Finding, text: str | None = None) -> nodes.paragraph:
        return c.finding_line(self.brief.article, self.source_doc, item, text)


def _empty(text: str) -> nodes.paragraph:
    return nodes.paragraph("", text, classes=["bb-empty"])


def _findings(ctx: PageContext, items: tuple[Finding, ...], empty: str) -> nodes.Node:
    if not items:
        return _empty(empty)
    return c.bullet_list((ctx.line(item) for item in items), classes=["bb-findings"])


def home(ctx: PageContext) -> list[nodes.Node]:
    """The briefing's own landing page: title, dek and contents."""
    article = ctx.brief.article
    page = nodes.section(ids=["briefing"], names=["briefing"])
    page += nodes.title("", article.title)
    if article.dek:
        page += nodes.paragraph("", article.dek, classes=["bb-dek"])
    page += contents(ctx.folder, ctx.docname)
    return [page]


def contents(folder: str, docname: str) -> nodes.compound:
    """The toctree of a briefing's pages."""
    toctree = addnodes.toctree()
    children = [f"{folder}/{name}" for name, _ in PAGES]
    toctree.attributes.update(
        parent=docname, entries=[(None, d) for d in children], includefiles=children,
        maxdepth=1, caption=None, glob=False, hidden=False, includehidden=False,
        numbered=0, titlesonly=True, rawentries=[])
    return nodes.compound("", toctree, classes=["toctree-wrapper"])


def broken(kind: str, folder: str, docname: str, name: str) -> list[nodes.Node]:
    """What a briefing shows while its article or overlay has problems."""
    notice = nodes.paragraph("", f"This briefing could not be built: {name} or its overlay has "
                                 "problems, listed with file and line in the build log.",
                             classes=["bb-broken"])
    if kind != "index":
        return [notice]
    page = nodes.section(ids=["briefing"], names=["briefing"])
    page += nodes.title("", f"{name} (could not be built)")
    page += notice
    page += contents(folder, docname)
    return [page]


def _source_table(ctx: PageContext) -> nodes.table:
    brief = ctx.brief
    source = brief.source
    rows: list[tuple[str, c.Cell]] = [
        ("Title", brief.article.title),
        ("Dek", brief.article.dek or "(none)"),
        ("Outlet", source.outlet or "not stated"),
        ("Published", source.published or "not stated"),
    ]
    rows += [(name, value) for name, value in (("Author", source.author), ("Address", source.url),
                                                ("Licence", source.licence)) if value]
    rows += [
        ("Article file", brief.article.path.name),
        ("SHA-256", " ".join(brief.article.sha256[i:i + 8] for i in range(0, 64, 8))),
        ("Length", f"{len(brief.article.paragraphs)} paragraphs, "
                   f"{brief.article.word_count} words"),
        ("Analyst overlay", brief.overlay_path.rsplit("/", 1)[-1] if brief.overlay_path
         else "none: automatic extraction only"),
    ]
    return c.table(("Source", "Details"), rows, (1, 4), classes=["bb-source-details"])


def overview(ctx: PageContext) -> list[nodes.Node]:
    brief = ctx.brief
    out: list[nodes.Node] = [_legend()]
    if brief.summary is not None:
        header = [nodes.strong("", "Bottom line up front"), nodes.Text(" "),
                  c.badge(brief.summary.basis)]
        body = [nodes.paragraph("", brief.summary.summary, classes=["bb-bluf"]),
                nodes.paragraph("", "", *ctx.cite(brief.summary.paragraphs), nodes.Text(" "),
                                c.why(brief.summary.why))]
        out.append(c.card(header, body, classes=["bb-bluf-card"],
                          card_id=c.anchor(brief.summary.id)))
    cards = []
    for number, point in enumerate(brief.key_points, start=1):
        header = [nodes.strong("", f"Key point {number}"), nodes.Text(" "), c.badge(point.basis)]
        body = [nodes.paragraph("", point.summary),
                nodes.paragraph("", "", *ctx.cite(point.paragraphs), nodes.Text(" "),
                                c.why(point.why))]
        cards.append(c.card(header, body, classes=["bb-key-point"], card_id=c.anchor(point.id)))
    out.append(c.section("Key points", "key-points",
                         c.grid(cards) if cards else _empty("No key points.")))
    out.append(c.section("Source details", "source-details", _source_table(ctx)))
    return out


def _legend() -> nodes.paragraph:
    para = nodes.paragraph(classes=["bb-legend"])
    para += nodes.Text("How to read this briefing: ")
    for basis in ("reported", "quote", "judgement"):
        para += c.badge(basis)
        para += nodes.Text(f" {c.BADGES[basis][2]}. ")
    para += nodes.Text("Each ¶ links to the paragraph of the source text it rests on.")
    return para


def background(ctx: PageContext) -> list[nodes.Node]:
    return [_findings(ctx, ctx.brief.background, "No background found in the article.")]


def terms(ctx: PageContext) -> list[nodes.Node]:
    rows: list[list[c.Cell]] = []
    for term in ctx.brief.terms:
        rows.append([
            [c.badge(term.basis), nodes.Text(" " + term.summary + " "), c.why(term.why)],
            ", ".join(term.parties) or "not stated",
            "; ".join(term.conditions) or "none stated",
            ctx.cite(term.paragraphs),
        ])
    if not rows:
        return [_empty("No terms of a proposal were found in the article.")]
    return [c.table(("Term", "Parties", "Conditions", "¶"), rows, (6, 2, 3, 1),
                    classes=["bb-terms"], items=ctx.brief.terms)]


def stakeholders(ctx: PageContext) -> list[nodes.Node]:
    brief = ctx.brief
    out: list[nodes.Node] = [*c.diagram(
        stakeholder_map(brief), "Stakeholder map: each stakeholder's stance on the proposal "
        "(solid arrows) and what they are reported to say of each other (dotted arrows); "
        "colour marks states, organisations, armed groups and people.",
        "Stakeholder map of the actors who hold a position",
        "stakeholder-map")]
    rows: list[list[c.Cell]] = [
        [p.actor, p.stance or "—",
         [c.badge(p.basis), nodes.Text(" " + p.summary + " "), c.why(p.why)],
         ctx.cite(p.paragraphs)] for p in brief.positions]
    out.append(c.section("Positions", "positions",
                         c.table(("Actor", "Stance", "Position", "¶"), rows, (2, 2, 7, 1),
                                 classes=["bb-positions"], items=brief.positions) if rows
                         else _empty("No positions found.")))
    speakers: dict[str, list[Quote]] = {}
    for quote in brief.quotes:
        speakers.setdefault(quote.speaker or "Unattributed", []).append(quote)
    quote_sections: list[nodes.Node] = [c.section(f"{speaker}", f"quotes-{index}",
                                *(_quote_block(ctx, q) for q in quotes))
                      for index, (speaker, quotes) in enumerate(speakers.items(), start=1)]
    out.append(c.section("In their own words", "quotes",
                         *(quote_sections or [_empty("The article quotes no one directly.")])))
    return out


def _quote_block(ctx: PageContext, quote: Quote) -> nodes.block_quote:
    block = nodes.block_quote(ids=[c.anchor(quote.id)], classes=["bb-quote"])
    block += nodes.paragraph("", "", c.badge("quote"), nodes.Text(f" “{quote.summary}”"))
    block += nodes.attribution("", "", nodes.Text(f"{quote.speaker or 'Unattributed'} "),
                               *ctx.cite(quote.paragraphs), nodes.Text(" "), c.why(quote.why))
    return block


def risks(ctx: PageContext) -> list[nodes.Node]:
    return [
        c.section("Risks", "risks", _findings(ctx, ctx.brief.risks, "No risks found.")),
        c.section("What to watch", "what-to-watch",
                  _findings(ctx, ctx.brief.watch, "Nothing to watch was found.")),
    ]


def structure(ctx: PageContext) -> list[nodes.Node]:
    brief = ctx.brief
    spec = brief.structure
    origin = ("drawn by the analyst from the article" if spec.origin == "analyst"
              else "extracted automatically; no analyst overlay gives the proposed structure")
    out: list[nodes.Node] = c.diagram(structure_diagram(spec), f"{spec.title} ({origin}).",
                                      f"Diagram: {spec.title}", "structure-diagram",
                                      outline=False)
    labels = {n.id: n.label for n in spec.nodes}
    node_rows: list[list[c.Cell]] = [
        [n.label, KIND_LABELS.get(n.kind, n.kind.capitalize()), ctx.cite(n.paragraphs)]
        for n in spec.nodes]
    edge_rows: list[list[c.Cell]] = [[labels[e.source], e.label or "related to", labels[e.target],
                  ctx.cite(e.paragraphs)] for e in spec.edges]
    out.append(c.section("Parts", "structure-parts",
                         c.table(("Part", "Kind", "¶"), node_rows, (6, 2, 1))))
    if edge_rows:
        out.append(c.section("Relations", "structure-relations",
                             c.table(("From", "Relation", "To", "¶"), edge_rows, (3, 3, 3, 1))))
    return out


def timeline(ctx: PageContext) -> list[nodes.Node]:
    brief = ctx.brief
    out: list[nodes.Node] = c.diagram(timeline_diagram(brief),
                                      "Timeline: dated events, earliest first.",
                                      "Timeline of the dated events", "timeline-diagram",
                                      outline=False)
    rows: list[list[c.Cell]] = [
        [entry.when, [c.badge(entry.basis), nodes.Text(" " + entry.summary + " "),
                      c.why(entry.why)], ctx.cite(entry.paragraphs)]
        for entry in brief.timeline]
    out.append(c.section("Events", "events",
                         c.table(("When", "Event", "¶"), rows, (2, 8, 1),
                                 items=brief.timeline) if rows
                         else _empty("No dated events found.")))
    return out


def actors(ctx: PageContext) -> list[nodes.Node]:
    rows: list[list[c.Cell]] = [
        [a.name, KIND_LABELS.get(a.kind, a.kind), ", ".join(a.aliases) or "—",
         [*ctx.cite(a.mentions[:MENTION_LIMIT]), *_more(len(a.mentions)), nodes.Text(" "),
          c.why(a.why)]]
        for a in ctx.brief.actors]
    if not rows:
        return [_empty("No actors found.")]
    return [c.table(("Actor", "Kind", "Also called", "Named in"), rows, (3, 2, 3, 3),
                    classes=["bb-actors"], row_ids=[c.anchor(a.id) for a in ctx.brief.actors])]


def _more(count: int) -> list[nodes.Node]:
    extra = count - MENTION_LIMIT
    return [nodes.Text(f" and {extra} more")] if extra > 0 else []


def source(ctx: PageContext) -> list[nodes.Node]:
    article = ctx.brief.article
    out: list[nodes.Node] = [
        nodes.paragraph("", "The article as received, paragraph by paragraph. Line endings "
                            "are normalised and the space around each paragraph is trimmed; "
                            "every other character is kept.", classes=["bb-note"]),
        nodes.paragraph("", "", nodes.strong("", "Title: "), nodes.Text(article.title),
                        classes=["bb-source-title"]),
    ]
    if article.dek:
        out.append(nodes.paragraph("", "", nodes.strong("", "Dek: "), nodes.Text(article.dek),
                                   classes=["bb-source-dek"]))
    for paragraph in article.paragraphs:
        number = nodes.reference("", f"¶{paragraph.number}", refid=f"p-{paragraph.number}",
                                 classes=["bb-pnum"])
        out.append(nodes.paragraph("", "", number, nodes.Text(" "), nodes.Text(paragraph.text),
                                   ids=[f"p-{paragraph.number}"], classes=["bb-source-para"]))
    return out


VIEWS: dict[str, Callable[[PageContext], list[nodes.Node]]] = {
    "index": home,
    "overview": overview,
    "background": background,
    "terms": terms,
    "stakeholders": stakeholders,
    "risks": risks,
    "structure": structure,
    "timeline": timeline,
    "actors": actors,
    "source": source,
}
