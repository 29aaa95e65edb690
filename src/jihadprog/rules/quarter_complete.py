"""quarter-complete: with ``lint --kwartaal K``, every measure has progress for quarter K.

The completeness check before a report is sent: an entry for K at measure level, at one of
the measure's actions, or on one of its bill tracks counts. Without ``--kwartaal`` the rule
does nothing.

Good: ``lint --kwartaal 2015-K2`` and each measure has ``- kwartaal: 2015-K2`` somewhere.
Bad:  ``lint --kwartaal 2015-K2`` and measure 4 has no entry for 2015-K2.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.walk import progress_tracks


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report each measure without an entry for the quarter being checked."""
    if ctx.kwartaal is None:
        return
    for bestand in sorted(ctx.corpus.maatregelen, key=lambda b: b.model.nummer):
        tracks = progress_tracks(bestand.model)
        if any(entry.kwartaal == ctx.kwartaal for track in tracks for entry in track.entries):
            continue
        yield bestand.finding(
            ("voortgang",),
            f"maatregel {bestand.model.nummer} heeft geen voortgang voor {ctx.kwartaal} "
            "(op maatregel-, actie- of wetsvoorstelniveau); vul die aan vóór de rapportage",
        )


RULE = Rule(
    "quarter-complete",
    Level.ERROR,
    "Met --kwartaal K: elke maatregel heeft voortgang voor kwartaal K.",
    check,
    __doc__ or "",
)
