"""status-regression: a status that goes backwards is explained; a bill does not go back.

Statuses are ranked (nog niet gestart < in voorbereiding < in uitvoering/vertraagd <
doorlopend/gerealiseerd; vervallen and onbekend are off the scale). When a later quarter has a
lower rank than the entry before it, the entry needs ``verklaring_terugval``. On a bill track a
stage lower than one already reached is an error (ingetrokken is off the scale).

Good: gerealiseerd (2015-K1), then in uitvoering (2015-K2) with ``verklaring_terugval: …``.
Bad:  the same without ``verklaring_terugval``; or ``aangenomen Tweede Kamer`` then ``ingediend``.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.models import Voortgang, Wetgevingsstap
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import all_progress_tracks
from jihadprog.vocab import Wetsstadium


def _rank(entry: Voortgang | Wetgevingsstap) -> int | None:
    if isinstance(entry, Wetgevingsstap):
        return None if entry.stadium is Wetsstadium.INGETROKKEN else entry.stadium.rank
    return entry.status.rank


def _state(entry: Voortgang | Wetgevingsstap) -> str:
    return str(entry.stadium if isinstance(entry, Wetgevingsstap) else entry.status)


def check(ctx: LintContext) -> Iterator[Finding]:
    """Walk each track in quarter order, comparing each ranked entry with the ranked one before."""
    for bestand, track in all_progress_tracks(ctx):
        ordered = sorted(enumerate(track.entries), key=lambda pair: pair[1].kwartaal)
        previous: Voortgang | Wetgevingsstap | None = None
        previous_rank = -1
        for index, entry in ordered:
            rank = _rank(entry)
            if rank is None:
                continue
            before, before_rank = previous, previous_rank
            previous, previous_rank = entry, rank
            if before is None or rank >= before_rank:
                continue
            was = f"'{_state(before)}' ({before.kwartaal})"
            if isinstance(entry, Wetgevingsstap):
                yield bestand.finding(
                    (*track.loc, index, "stadium"),
                    f"stadium gaat terug van {was} naar '{entry.stadium}' op de route van "
                    f"{track.label}; een wetsvoorstel gaat niet terug",
                )
            elif entry.verklaring_terugval is None:
                yield bestand.finding(
                    (*track.loc, index, "status"),
                    f"status van {track.label} gaat terug van {was} naar '{entry.status}'; "
                    "leg dat uit in verklaring_terugval",
                )


RULE = Rule(
    "status-regression",
    Level.ERROR,
    "Een status die teruggaat heeft een verklaring_terugval; een wetsvoorstel gaat niet terug.",
    check,
    __doc__ or "",
)
