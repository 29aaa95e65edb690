"""numbering-contiguous: the measures are numbered 1..N, each number once.

Good: files for nummer 1, 2, 3.
Bad:  files for nummer 1, 2, 4 (3 is missing) or two files with ``nummer: 2``.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import gaps


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report doubled numbers at each later file, and every gap below the highest number.

    Gaps are judged only when every measure file loaded: one that did not already has its error.
    """
    first: dict[int, str] = {}
    for bestand in sorted(ctx.corpus.maatregelen, key=lambda b: b.doc.name):
        nummer = bestand.model.nummer
        if nummer in first:
            yield bestand.finding(("nummer",), f"maatregel {nummer} staat ook in {first[nummer]}")
        else:
            first[nummer] = bestand.doc.name
    missing = gaps(first) if ctx.corpus.measures_complete else None
    if missing:
        yield Finding("maatregelen", None, None, f"nummering heeft gaten: {missing} ontbreekt")


RULE = Rule(
    "numbering-contiguous",
    Level.ERROR,
    "Maatregelen zijn genummerd 1..N, elk nummer één keer.",
    check,
    __doc__ or "",
)
