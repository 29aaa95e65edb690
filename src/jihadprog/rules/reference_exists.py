"""reference-exists: every cross-reference points at a measure (and action) that exists.

A bill's ``actie`` is a reference too: to an action of its own measure.

Good: ``verwijzingen: [{maatregel: 30}]`` while measure 30 exists.
Bad:  ``verwijzingen: [{maatregel: 39}]``, ``{maatregel: 8, actie: z}``, or a bill with
``actie: z`` in a measure without action z.
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
    own = bestand.model
    letters = {a.letter for a in own.acties}
    for index, wet in enumerate(own.wetgeving):
        if wet.actie and wet.actie not in letters:
            yield bestand.finding(
                ("wetgeving", index, "actie"),
                f"wetsvoorstel '{wet.id}' hoort bij actie {own.nummer}{wet.actie}, die niet bestaat",
            )
    for loc, ref in references(bestand.model):
        target = ctx.corpus.maatregel(ref.maatregel)
        if target is None:
            if not ctx.corpus.measures_complete:
                continue  # the target may be the measure whose file did not load
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
