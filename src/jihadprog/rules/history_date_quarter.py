"""history-date-quarter: the date of a progress entry falls inside its quarter.

Good: ``kwartaal: 2015-K2`` with ``datum: "2015-04-07"``.
Bad:  ``kwartaal: 2015-K2`` with ``datum: "2015-07-01"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.quarters import Kwartaal
from jihadprog.rules.base import Rule
from jihadprog.rules.common import all_progress_tracks


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report each date outside the first and last day of its entry's quarter."""
    for bestand, track in all_progress_tracks(ctx):
        for index, entry in enumerate(track.entries):
            kwartaal, datum = entry.kwartaal, entry.datum
            if datum is None or kwartaal.first_day <= datum <= kwartaal.last_day:
                continue
            yield bestand.finding(
                (*track.loc, index, "datum"),
                f"datum {datum.isoformat()} valt niet in kwartaal {kwartaal} "
                f"({kwartaal.first_day.isoformat()} t/m {kwartaal.last_day.isoformat()})"
                f"{_actual(datum)}",
            )


def _actual(datum: dt.date) -> str:
    try:
        return f" maar in {Kwartaal.of(datum)}"
    except ValueError:  # a year outside the range quarters cover
        return ""


RULE = Rule(
    "history-date-quarter",
    Level.ERROR,
    "De datum van een voortgangsregel valt in zijn kwartaal.",
    check,
    __doc__ or "",
)
