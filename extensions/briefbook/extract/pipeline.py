"""Run every extraction rule over an article and assemble the automatic brief."""

from __future__ import annotations

from briefbook.extract.actor_table import ActorTable
from briefbook.extract.actors import find_actors
from briefbook.extract.classify import classify, sentence_citation
from briefbook.extract.learned import Weights
from briefbook.extract.quotes import find_quotes
from briefbook.extract.structure import proposal_map
from briefbook.extract.timeline import find_timeline
from briefbook.ingest.article import Article
from briefbook.model import Actor, Brief, Finding, Position, Quote, Why

KEY_POINT_LIMIT = 5


def _summary(article: Article) -> Finding:
    """The lede: a news report's first sentence carries its bottom line."""
    first = article.paragraphs[0]
    sentence = first.sentences[0]
    return Finding("summary", sentence.text, (sentence_citation(first, sentence),),
                   Why("summary.lede", "first sentence of ¶1", sentence.ref))


def _key_points(findings: list[Finding]) -> tuple[Finding, ...]:
    """Sentences that carry the most labels, in reading order."""
    weight: dict[str, int] = {}
    first: dict[str, Finding] = {}
    for finding in findings:
        ref = finding.why.sentence
        weight[ref] = weight.get(ref, 0) + 1
        first.setdefault(ref, finding)
    ranked = sorted(weight, key=lambda ref: (-weight[ref], _order(ref)))[1:KEY_POINT_LIMIT + 1]
    points = []
    for ref in sorted(ranked, key=_order):
        finding = first[ref]
        points.append(Finding(f"key-{ref}", finding.summary, finding.citations,
                              Why("keypoint.label-density", f"{weight[ref]} labels", ref)))
    return tuple(points)


def _order(ref: str) -> tuple[int, int]:
    paragraph, sentence = ref.split(".")
    return int(paragraph), int(sentence)


def _listed_actors(table: ActorTable, quotes: tuple[Quote, ...],
                   positions: tuple[Position, ...]) -> tuple[Actor, ...]:
    """Actors named in the article; those an adjective alone mentions ("Venezuelan") and
    unnamed sources only when the brief gives them a voice (speaker or stance holder)."""
    named = table.named()
    used = {q.speaker for q in quotes} | {p.actor for p in positions}
    return tuple(a for a in table.actors if a.name in used
                 or (a.id in named and a.kind != "source"))


def extract_brief(article: Article, weights: Weights | None = None) -> Brief:
    """The brief that the rules alone give for ``article`` (no analyst overlay);
    ``weights`` replace the learned weights file."""
    table = find_actors(article)
    quotes, table = find_quotes(article, table)
    terms, positions, plain, table = classify(article, table, quotes, weights)
    named_quotes = tuple(
        Quote(q.id, q.summary, q.citations, q.why, basis="quote",
              speaker=table.name_of(q.speaker) if q.speaker else "")
        for q in quotes
    )
    labelled: list[Finding] = [*terms, *positions, *plain["risk"], *plain["background"]]
    structure = proposal_map(terms, table)
    return Brief(
        article=article,
        summary=_summary(article),
        key_points=_key_points(labelled),
        actors=_listed_actors(table, named_quotes, positions),
        quotes=named_quotes,
        terms=terms,
        positions=positions,
        risks=plain["risk"],
        watch=plain["watch"],
        background=plain["background"],
        timeline=find_timeline(article),
        structure=structure,
    )
