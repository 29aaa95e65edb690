"""history-one-per-quarter: one progress entry per quarter; on a bill track, each stage once.

A second entry for the same quarter makes 'the status in quarter K' ambiguous in a report.
A bill may pass several stages in one quarter, but it reaches each stage only once.

Good: entries for 2015-K1 and 2015-K2.
Bad:  two entries for 2015-K2 in the progress of one measure (or of one action).
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.models import Wetgevingsstap
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import all_progress_tracks


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report each repeated quarter (or repeated bill stage) at its later occurrence."""
    for bestand, track in all_progress_tracks(ctx):
        seen: dict[object, int | None] = {}
        for index, entry in enumerate(track.entries):
            key: object = entry.stadium if isinstance(entry, Wetgevingsstap) else entry.kwartaal
            loc = (*track.loc, index)
            if key not in seen:
                seen[key] = bestand.doc.at(loc)[0]
                continue
            where = f" (regel {seen[key]})" if seen[key] else ""
            if isinstance(entry, Wetgevingsstap):
                message = (
                    f"stadium '{entry.stadium}' staat al eerder op de route van "
                    f"{track.label}{where}; een wetsvoorstel bereikt elk stadium één keer"
                )
            else:
                message = (
                    f"kwartaal {entry.kwartaal} staat al eerder in de voortgang van "
                    f"{track.label}{where}; voeg de regels samen tot één per kwartaal"
                )
            yield bestand.finding((*loc, "kwartaal"), message)


RULE = Rule(
    "history-one-per-quarter",
    Level.ERROR,
    "Eén voortgangsregel per kwartaal; op een wetgevingsroute elk stadium één keer.",
    check,
    __doc__ or "",
)
