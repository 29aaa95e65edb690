"""yaml-ambiguous: plain values that YAML 1.1 tools read as something other than text.

jihadprog reads ``no``, ``on``, ``010`` and ``2015-04-07`` as text, but PyYAML, older editors
and most scripts follow YAML 1.1 and turn them into false, true, 8 and a date. Quoting removes
the doubt. A date under a ``datum`` key is left alone: there a date is what is meant.

Good: ``toelichting: "no"`` or ``kwartaal: 2015-K2``
Bad:  ``toelichting: no``
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule

_BOOLEAN = re.compile(r"^(?:yes|no|on|off)$", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}-")


def _reading(value: str) -> str:
    if _BOOLEAN.match(value):
        truth = "true" if value.lower() in ("yes", "on") else "false"
        return f"de waarde {truth}"
    if _DATE.match(value):
        return "een datum"
    return "een getal"


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report each ambiguous plain scalar with what YAML 1.1 would make of it."""
    for doc in ctx.corpus.documents:
        for item in doc.ambiguous:
            if _DATE.match(item.value) and item.loc and item.loc[-1] == "datum":
                continue
            yield Finding(
                doc.name,
                item.line,
                item.col,
                f"'{item.value}' lezen YAML 1.1-programma's als {_reading(item.value)}; "
                f'zet het tussen aanhalingstekens: "{item.value}"',
            )


RULE = Rule(
    "yaml-ambiguous",
    Level.WARNING,
    "Waarden als no, on, 010 of 2015-04-07 staan tussen aanhalingstekens.",
    check,
    __doc__ or "",
)
