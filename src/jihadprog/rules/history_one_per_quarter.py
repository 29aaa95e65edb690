"""history-one-per-quarter: one progress entry per quarter, on every track.

An entry states the status (or the bill's stage) from its quarter onward; a second entry for the
same quarter makes 'the status in quarter K' ambiguous in a report. When a bill passes two
stages in one quarter, the entry records the later stage and its text tells both.

Good: entries for 2015-K1 and 2015-K2.
Bad:  two entries for 2015-K2 in the progress of one measure, action or bill.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.quarters import Kwartaal
from jihadprog.rules.base import Rule
from jihadprog.rules.common import all_progress_tracks
from jihadprog.walk import Loc


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report each repeated quarter at its later occurrence."""
    for bestand, track in all_progress_tracks(ctx):
        seen: dict[Kwartaal, Loc] = {}
        for index, entry in enumerate(track.entries):
            loc = (*track.loc, index)
            if entry.kwartaal not in seen:
                seen[entry.kwartaal] = loc
                continue
            first_line = bestand.doc.at(seen[entry.kwartaal])[0]
            where = f" (regel {first_line})" if first_line else ""
            yield bestand.finding(
                (*loc, "kwartaal"),
                f"kwartaal {entry.kwartaal} staat al eerder in de voortgang van "
                f"{track.label}{where}; voeg de regels samen tot één per kwartaal",
            )


RULE = Rule(
    "history-one-per-quarter",
    Level.ERROR,
    "Eén voortgangsregel per kwartaal, ook op een wetgevingsroute.",
    check,
    __doc__ or "",
)
