r"""yaml-crlf: lines end in LF only, not in CRLF (Windows) or a lone CR.

PyYAML reads CRLF fine, but mixed line endings make diffs of a pull request unreadable and
trip up other tools. Reported once per file, at the first such line.

Good: ``nummer: 4\n``
Bad:  ``nummer: 4\r\n``
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import position


def check(ctx: LintContext) -> Iterator[Finding]:
    """Count CR line endings per file; report where the first one is."""
    for doc in ctx.corpus.documents:
        first = doc.text.find("\r")
        if first < 0:
            continue
        count = doc.text.count("\r")
        line, _ = position(doc.text, first)
        kind = "CRLF (Windows)" if doc.text.count("\r\n") == count else "CR"
        lines = "regel" if count == 1 else "regels"
        yield Finding(
            doc.name,
            line,
            None,
            f"regeleinde {kind} op {count} {lines}; sla het bestand op met LF-regeleinden",
        )


RULE = Rule(
    "yaml-crlf",
    Level.WARNING,
    "Regels eindigen op LF, niet op CRLF of CR.",
    check,
    __doc__ or "",
)
