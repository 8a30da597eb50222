"""How articles describe people after naming them: ", a spokesman for the ministry".

The actor finder reads such a description for a person's kind, and the subject resolver
for the role and gender it tells; both read it the same way from here.
"""

from __future__ import annotations

import re

# ", a Danish diplomat who …", ", the mission's spokeswoman,": the last word before a
# preposition, "who" or a comma is the role.
DESCRIPTION_AFTER = re.compile(r", (?:a|an|the) (?:[\w.’'-]+ ){0,3}?(?P<role>[a-z][\w-]*)\b"
                               r"(?= (?:for|of|at|in|to|with|who)\b|,)")
