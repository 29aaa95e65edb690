"""status-stale: with ``lint --kwartaal K``, no status rests on a fact too old for quarter K.

A status that can still change (not gerealiseerd or vervallen) whose latest fact lies more
than ``verouderd_na_kwartalen`` quarters (programma.yaml, default 4) before K shows in the report
as "laatst bevestigd <kwartaal>"; this warning asks for a fresh fact before the report is sent.
Without ``--kwartaal`` the rule does nothing.

Good: ``lint --kwartaal 2015-K4`` and measure 24's latest entry is of 2015-K2.
Bad:  ``lint --kwartaal 2019-K2`` and measure 24's only entry is ``status: in uitvoering``
      of 2014-K4.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.status import measure_status

DEFAULT_KWARTALEN = 4


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report each measure whose status in the checked quarter was last confirmed too long ago."""
    if ctx.kwartaal is None:
        return
    programma = ctx.corpus.programma
    limit = programma.model.verouderd_na_kwartalen if programma else DEFAULT_KWARTALEN
    for bestand in sorted(ctx.corpus.maatregelen, key=lambda b: b.model.nummer):
        bepaling = measure_status(bestand.model, ctx.kwartaal)
        last = bepaling.verouderd(ctx.kwartaal, limit)
        if last is None:
            continue
        yield bestand.finding(
            ("voortgang",),
            f"status '{bepaling.label}' van maatregel {bestand.model.nummer} is laatst bevestigd "
            f"in {last}, meer dan {limit} kwartalen vóór {ctx.kwartaal}; leg een recent feit vast",
        )


RULE = Rule(
    "status-stale",
    Level.WARNING,
    "Met --kwartaal K: geen status die alleen op een feit van meer dan N kwartalen eerder rust.",
    check,
    __doc__ or "",
)
