"""Extract: rule-based finding of actors, quotes, terms, positions, risks and dates.

Rules live in code; the words they look for live in ``lexicons/*.yaml``.
"""

from briefbook.extract.pipeline import extract_brief

__all__ = ["extract_brief"]
