"""history-before-programme: no progress of a measure or action before the programme began.

Progress records what happened under the Actieprogramma, which starts in the quarter of its
date in programma.yaml (2014-K3). A bill's stages may lie earlier: a bill can predate the
programme that uses it, so they are not checked.

Good: ``kwartaal: 2014-K4``.
Bad:  ``kwartaal: 1900-K1``.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.quarters import Kwartaal
from jihadprog.rules.base import Rule
from jihadprog.rules.common import all_progress_tracks


def check(ctx: LintContext) -> Iterator[Finding]:
    """Compare each progress entry's quarter with the programme's (when programma.yaml loaded)."""
    if ctx.corpus.programma is None:
        return
    start = Kwartaal.of(ctx.corpus.programma.model.datum)
    for bestand, track in all_progress_tracks(ctx):
        if track.bill:
            continue
        for index, entry in enumerate(track.entries):
            if entry.kwartaal < start:
                yield bestand.finding(
                    (*track.loc, index, "kwartaal"),
                    f"kwartaal {entry.kwartaal} ligt vóór het begin van het Actieprogramma "
                    f"({start})",
                )


RULE = Rule(
    "history-before-programme",
    Level.ERROR,
    "Voortgang van een maatregel of actie ligt niet vóór het begin van het programma.",
    check,
    __doc__ or "",
)
