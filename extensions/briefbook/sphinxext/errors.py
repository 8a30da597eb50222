"""Input problems reported the Sphinx way: ``file:line: ERROR: message``, build failed.

Sphinx prints a crash report for any exception, so bad articles and overlays are logged
as errors with their location instead, and the build ends with a failing status (with or
without ``-W``). Configuration mistakes still raise :class:`BriefbookError`.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from sphinx.application import Sphinx
from sphinx.errors import SphinxError
from sphinx.util import logging

from briefbook.problems import Problem

logger = logging.getLogger("briefbook")
_failed: WeakKeyDictionary[Sphinx, int] = WeakKeyDictionary()


class BriefbookError(SphinxError):
    category = "Briefbook error"


def report(app: Sphinx, problems: list[Problem]) -> None:
    """Log each problem at its file and line; the build will end as failed."""
    for problem in problems:
        text = f"{problem.message} (hint: {problem.hint})" if problem.hint else problem.message
        logger.error(text, location=f"{problem.path}:{problem.line}", type="briefbook",
                     subtype="input")
    _failed[app] = _failed.get(app, 0) + len(problems)


def report_error(app: Sphinx, message: str, location: str | None = None) -> None:
    """Log a problem that is not in an input file (a diagram, a missing tool)."""
    logger.error(message, location=location, type="briefbook", subtype="build")
    _failed[app] = _failed.get(app, 0) + 1


def fail_build(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: a build that reported problems exits with status 1."""
    if _failed.pop(app, 0):
        app.statuscode = 1
