"""Per-document data kept in the Sphinx environment, purged and merged correctly.

A domain is Sphinx's own home for such data: ``clear_doc`` runs when a document is
re-read or removed and ``merge_domaindata`` when parallel readers report back.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any, ClassVar, TypedDict

from sphinx.domains import Domain


class BriefingRecord(TypedDict):
    slug: str
    title: str
    dek: str
    file: str
    fingerprint: str
    paragraphs: int
    quotes: int
    terms: int
    analyst: bool


class BriefbookDomain(Domain):
    name = "briefbook"
    label = "Briefbook"
    data_version = 1
    initial_data: ClassVar[dict[str, Any]] = {"briefings": {}}

    @property
    def briefings(self) -> dict[str, BriefingRecord]:
        """``{docname of a briefing's home page: its record}``."""
        found: dict[str, BriefingRecord] = self.data.setdefault("briefings", {})
        return found

    def note_briefing(self, docname: str, record: BriefingRecord) -> None:
        self.briefings[docname] = record

    def clear_doc(self, docname: str) -> None:
        self.briefings.pop(docname, None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for docname, record in otherdata.get("briefings", {}).items():
            if docname in docnames:
                self.briefings[docname] = record
