"""The generic proposal map drawn when no analyst gives the proposed structure."""

from __future__ import annotations

from briefbook.extract.actor_table import ActorTable
from briefbook.model import Edge, Node, Structure, Term

TERM_LIMIT = 6
LABEL_WORDS = 12


def short_label(text: str, words: int = LABEL_WORDS) -> str:
    """The first ``words`` words of ``text``, with an ellipsis when cut."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def proposal_map(terms: tuple[Term, ...], table: ActorTable) -> Structure:
    """Parties point to the proposal, the proposal to its terms, terms to their targets."""
    nodes: list[Node] = [Node("proposal", "The proposal", "proposal")]
    edges: list[Edge] = []
    parties: dict[str, str] = {}
    for index, term in enumerate(terms[:TERM_LIMIT], start=1):
        term_id = f"term{index}"
        nodes.append(Node(term_id, short_label(term.summary), "term", term.paragraphs))
        edges.append(Edge("proposal", term_id, "provides", term.paragraphs))
        for mention in table.in_span(term.citations[0].paragraph, term.citations[0].start,
                                     term.citations[0].end):
            actor = table.by_key(mention.key)
            if actor.kind == "armed group":
                target = f"target-{actor.id}"
                if all(n.id != target for n in nodes):
                    nodes.append(Node(target, actor.name, "armed group", term.paragraphs))
                if all(not (e.source == term_id and e.target == target) for e in edges):
                    edges.append(Edge(term_id, target, "concerns", term.paragraphs, dashed=True))
            elif actor.kind in {"state", "organisation"} and actor.id not in parties:
                parties[actor.id] = f"party-{actor.id}"
                nodes.append(Node(parties[actor.id], actor.name, actor.kind, term.paragraphs))
                edges.append(Edge(parties[actor.id], "proposal", "party to", term.paragraphs))
    return Structure("Proposal map (extracted)", tuple(nodes), tuple(edges))
