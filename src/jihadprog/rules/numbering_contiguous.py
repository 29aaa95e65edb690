"""numbering-contiguous: the measures are numbered 1..N, each number once.

Good: files for nummer 1, 2, 3.
Bad:  files for nummer 1, 2, 4 (3 is missing) or two files with ``nummer: 2``.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report doubled numbers at each later file, and every gap below the highest number."""
    first: dict[int, str] = {}
    for bestand in sorted(ctx.corpus.maatregelen, key=lambda b: b.doc.name):
        nummer = bestand.model.nummer
        if nummer in first:
            yield bestand.finding(("nummer",), f"maatregel {nummer} staat ook in {first[nummer]}")
        else:
            first[nummer] = bestand.doc.name
    if first:
        missing = sorted(set(range(1, max(first) + 1)) - set(first))
        if missing:
            numbers = ", ".join(str(n) for n in missing)
            yield Finding("maatregelen", None, None, f"nummering heeft gaten: {numbers} ontbreekt")


RULE = Rule(
    "numbering-contiguous",
    Level.ERROR,
    "Maatregelen zijn genummerd 1..N, elk nummer één keer.",
    check,
    __doc__ or "",
)
