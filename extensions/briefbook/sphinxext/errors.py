"""The error that stops a build with input problems, each as ``file:line: message``."""

from __future__ import annotations

from sphinx.errors import SphinxError

from briefbook.problems import Problem


class BriefbookError(SphinxError):
    category = "Briefbook error"


def stop(problems: list[Problem]) -> BriefbookError:
    return BriefbookError("\n" + "\n".join(str(p) for p in problems))
