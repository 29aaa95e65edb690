"""reference-declared: a text that mentions "maatregel N" carries that reference as data.

Good: ``tekst: "… (zie ook maatregel 30)."`` with ``verwijzingen: [{maatregel: 30}]``.
Bad:  the same text without the ``verwijzingen`` entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.walk import measure_texts, references

_MENTION = re.compile(r"\bmaatregel(?:en)?\s+(\d+)([a-z])?\b", re.IGNORECASE)


def check(ctx: LintContext) -> Iterator[Finding]:
    """Every 'maatregel N' in a text must be among the measure's declared references."""
    for bestand in ctx.corpus.maatregelen:
        declared = {ref.maatregel for _, ref in references(bestand.model)}
        for loc, text in measure_texts(bestand.model):
            for match in _MENTION.finditer(text):
                nummer = int(match.group(1))
                if nummer != bestand.model.nummer and nummer not in declared:
                    yield bestand.finding(
                        loc,
                        f"tekst noemt maatregel {nummer}, maar 'verwijzingen' bevat die niet",
                    )


RULE = Rule(
    "reference-declared",
    Level.WARNING,
    "Een genoemde 'maatregel N' staat ook als verwijzing in de data.",
    check,
    __doc__ or "",
)
