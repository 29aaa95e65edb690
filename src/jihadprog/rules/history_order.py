"""history-order: a progress list runs in chronological order of quarters.

Applies to the progress of a measure, of each action and of each bill track.

Good: ``voortgang: [{kwartaal: 2014-K4, …}, {kwartaal: 2015-K1, …}]``
Bad:  ``voortgang: [{kwartaal: 2015-K1, …}, {kwartaal: 2014-K4, …}]``
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import all_progress_tracks


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report every entry that is earlier than an entry above it."""
    for bestand, track in all_progress_tracks(ctx):
        latest = None
        for index, entry in enumerate(track.entries):
            if latest is not None and entry.kwartaal < latest:
                yield bestand.finding(
                    (*track.loc, index, "kwartaal"),
                    f"kwartaal {entry.kwartaal} staat na {latest} in de voortgang van "
                    f"{track.label}; zet de regels op volgorde van kwartaal",
                )
            else:
                latest = entry.kwartaal


RULE = Rule(
    "history-order",
    Level.ERROR,
    "Voortgang staat in chronologische volgorde van kwartaal.",
    check,
    __doc__ or "",
)
