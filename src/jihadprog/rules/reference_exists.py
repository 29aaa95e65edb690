"""reference-exists: every cross-reference points at a measure (and action) that exists.

Good: ``verwijzingen: [{maatregel: 30}]`` while measure 30 exists.
Bad:  ``verwijzingen: [{maatregel: 39}]`` or ``{maatregel: 8, actie: z}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.corpus import Bestand
from jihadprog.lintcontext import LintContext
from jihadprog.models import Maatregel
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.walk import references


def check(ctx: LintContext) -> Iterator[Finding]:
    """Resolve each reference against the loaded measures."""
    for bestand in ctx.corpus.maatregelen:
        yield from _check_file(ctx, bestand)


def _check_file(ctx: LintContext, bestand: Bestand[Maatregel]) -> Iterator[Finding]:
    for loc, ref in references(bestand.model):
        target = ctx.corpus.maatregel(ref.maatregel)
        if target is None:
            yield bestand.finding(loc, f"verwijst naar maatregel {ref.maatregel}, die niet bestaat")
        elif ref.actie and ref.actie not in {a.letter for a in target.acties}:
            yield bestand.finding(
                loc, f"verwijst naar actie {ref.maatregel}{ref.actie}, die niet bestaat"
            )


RULE = Rule(
    "reference-exists",
    Level.ERROR,
    "Elke verwijzing wijst naar een bestaande maatregel of actie.",
    check,
    __doc__ or "",
)
