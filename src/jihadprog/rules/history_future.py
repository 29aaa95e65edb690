"""history-future: no progress in a quarter that has not begun, nor dated after today.

Progress records what happened. A planned step belongs in the text (``toelichting``) of the
current quarter, not in an entry of a future one.

Good: ``kwartaal: 2015-K2`` with ``datum: "2015-04-07"``.
Bad:  ``kwartaal: 2099-K1``, or ``datum: "2099-01-01"``.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.quarters import Kwartaal
from jihadprog.rules.base import Rule
from jihadprog.rules.common import all_progress_tracks


def check(ctx: LintContext) -> Iterator[Finding]:
    """Compare each entry's quarter and date with today."""
    current = Kwartaal.of(ctx.today)
    for bestand, track in all_progress_tracks(ctx):
        for index, entry in enumerate(track.entries):
            loc = (*track.loc, index)
            if entry.kwartaal > current:
                yield bestand.finding(
                    (*loc, "kwartaal"),
                    f"kwartaal {entry.kwartaal} ligt in de toekomst (het is nu {current})",
                )
            elif entry.datum is not None and entry.datum > ctx.today:
                yield bestand.finding(
                    (*loc, "datum"),
                    f"datum {entry.datum.isoformat()} ligt in de toekomst "
                    f"(vandaag is {ctx.today.isoformat()})",
                )


RULE = Rule(
    "history-future",
    Level.ERROR,
    "Voortgang ligt niet in de toekomst (kwartaal en datum).",
    check,
    __doc__ or "",
)
