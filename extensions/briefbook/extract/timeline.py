"""Dated events: weekdays, months, years and relative times ("the coming days")."""

from __future__ import annotations

from briefbook.extract.lexicon import lexicon
from briefbook.ingest.article import Article
from briefbook.model import Citation, TimelineEntry, Why


def find_timeline(article: Article) -> tuple[TimelineEntry, ...]:
    """One entry per distinct time expression and sentence, ordered past to future."""
    entries: list[tuple[int, int, int, TimelineEntry]] = []
    for paragraph in article.paragraphs:
        for sentence in paragraph.sentences:
            seen: set[str] = set()
            for rule in lexicon().timeline:
                for match in rule.pattern.finditer(sentence.text):
                    when = match.group()
                    if any(when in other or other in when for other in seen):
                        continue
                    seen.add(when)
                    entry = TimelineEntry(
                        f"time-{sentence.ref}-{len(seen)}", sentence.text,
                        (Citation(paragraph.number, sentence.start, sentence.end, sentence.text),),
                        Why(rule.name, when, sentence.ref), when=when, order=rule.order)
                    entries.append((rule.order, paragraph.number, sentence.start + match.start(),
                                    entry))
    return tuple(entry for *_, entry in sorted(entries, key=lambda e: e[:3]))
