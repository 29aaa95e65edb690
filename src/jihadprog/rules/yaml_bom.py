"""yaml-bom: a corpus file does not start with a byte order mark.

The loader strips a UTF-8 BOM so the file still reads, but many tools (and the first-line
``# yaml-language-server`` comment) do not expect one; editors on Windows add it silently.

Good: a file starting with ``# yaml-language-server: …``
Bad:  the same file starting with the bytes ``EF BB BF``.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule


def check(ctx: LintContext) -> Iterator[Finding]:
    """One finding per file that had a BOM."""
    for doc in ctx.corpus.documents:
        if doc.bom:
            yield Finding(
                doc.name,
                1,
                1,
                "bestand begint met een BOM (byte order mark); sla op als UTF-8 zonder BOM",
            )


RULE = Rule(
    "yaml-bom",
    Level.WARNING,
    "Geen BOM (byte order mark) aan het begin van een bestand.",
    check,
    __doc__ or "",
)
