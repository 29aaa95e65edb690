"""The status of a measure as of a quarter and a cut-off date: the one rule every view uses.

A fact counts when its quarter is not after the quarter asked for and it happened on or before
the cut-off date (peildatum): a dated fact by its date, an undated one only when its whole
quarter lies before the cut-off. The measure's own latest fact gives its status. Without one, the
status is derived from its actions and bills (``afgeleid``); a law in the Staatsblad or in force
also lifts an own status below 'in uitvoering'. 'onbekend' means nothing at all is recorded.
The rule is written out for users in the README ("Hoe de status wordt bepaald").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from jihadprog.models import Maatregel, Wetgevingsstap, Wetsvoorstel
from jihadprog.quarters import Kwartaal
from jihadprog.vocab import STADIUM_STATUS, Status, Wetsstadium


class _Dated(Protocol):
    @property
    def kwartaal(self) -> Kwartaal: ...

    @property
    def datum(self) -> dt.date | None: ...


E = TypeVar("E", bound=_Dated)


def peildatum_of(kwartaal: Kwartaal, peildatum: dt.date | None = None) -> dt.date:
    """The cut-off date of a view on ``kwartaal``: the given one, else the quarter's last day."""
    return peildatum if peildatum is not None else kwartaal.last_day


def known_by(entry: _Dated, kwartaal: Kwartaal, peildatum: dt.date | None = None) -> bool:
    """Whether a fact counts in a view on ``kwartaal`` with this cut-off date."""
    peil = peildatum_of(kwartaal, peildatum)
    if entry.kwartaal > kwartaal:
        return False
    return entry.datum <= peil if entry.datum is not None else entry.kwartaal.last_day <= peil


def entry_as_of(
    entries: Sequence[E], kwartaal: Kwartaal, peildatum: dt.date | None = None
) -> E | None:
    """The latest fact that counts (the last one listed on a tie)."""
    best: E | None = None
    for entry in entries:
        if known_by(entry, kwartaal, peildatum) and (
            best is None or (entry.kwartaal, entry.datum or dt.date.min) >= _when(best)
        ):
            best = entry
    return best


def _when(entry: _Dated) -> tuple[Kwartaal, dt.date]:
    return entry.kwartaal, entry.datum or dt.date.min


def stage_reached(
    wet: Wetsvoorstel, stadium: Wetsstadium, kwartaal: Kwartaal, peildatum: dt.date | None = None
) -> bool:
    """Whether the bill had reached ``stadium`` (or a later stage) by the cut-off date."""
    return any(
        step.stadium is not Wetsstadium.INGETROKKEN
        and step.stadium.rank >= stadium.rank
        and known_by(step, kwartaal, peildatum)
        for step in wet.voortgang
    )


@dataclass(frozen=True)
class Onderdeel:
    """The status of one action or bill that a derived status rests on."""

    naam: str
    status: Status
    kwartaal: Kwartaal
    wet: bool = False
    stand: str = ""
    """What was recorded: the action's status or the bill's stage ('Staatsblad')."""


@dataclass(frozen=True)
class Statusbepaling:
    """A measure's status in a view, with where it comes from and when it was last confirmed."""

    status: Status
    afgeleid: bool = False
    bevestigd: Kwartaal | None = None
    """Quarter of the latest fact the status rests on; None for 'onbekend'."""
    onderdelen: tuple[Onderdeel, ...] = ()

    def __str__(self) -> str:
        return str(self.status)

    @property
    def herkomst(self) -> str | None:
        """'afgeleid uit de acties', '… uit de wetgeving', '… uit acties en wetgeving'; None if own."""
        if not self.afgeleid:
            return None
        kinds = {o.wet for o in self.onderdelen}
        source = {frozenset({False}): "de acties", frozenset({True}): "de wetgeving"}
        return f"afgeleid uit {source.get(frozenset(kinds), 'acties en wetgeving')}"

    @property
    def label(self) -> str:
        """'in uitvoering' or 'in uitvoering (afgeleid uit de acties)'."""
        return f"{self.status} ({self.herkomst})" if self.herkomst else str(self.status)

    @property
    def kort(self) -> str:
        """'in uitvoering' or 'in uitvoering (afgeleid)', for narrow table cells."""
        return f"{self.status} (afgeleid)" if self.afgeleid else str(self.status)

    def verouderd(self, kwartaal: Kwartaal, na_kwartalen: int) -> Kwartaal | None:
        """The quarter last confirmed when that is more than ``na_kwartalen`` before ``kwartaal``.

        Only a status that can still change goes stale: gerealiseerd and vervallen are final.
        """
        if self.bevestigd is None or self.status in FINAL:
            return None
        return self.bevestigd if kwartaal.index - self.bevestigd.index > na_kwartalen else None


FINAL = frozenset({Status.GEREALISEERD, Status.VERVALLEN, Status.ONBEKEND})
ONBEKEND = Statusbepaling(Status.ONBEKEND)
_IN_UITVOERING_RANK = Status.IN_UITVOERING.rank or 0


def parts(
    maatregel: Maatregel, kwartaal: Kwartaal, peildatum: dt.date | None = None
) -> list[Onderdeel]:
    """The latest counting status of each action and bill of the measure."""
    found = []
    for actie in maatregel.acties:
        entry = entry_as_of(actie.voortgang, kwartaal, peildatum)
        if entry is not None:
            name = f"{maatregel.nummer}{actie.letter}"
            found.append(Onderdeel(name, entry.status, entry.kwartaal, False, str(entry.status)))
    for wet in maatregel.wetgeving:
        step: Wetgevingsstap | None = entry_as_of(wet.voortgang, kwartaal, peildatum)
        if step is not None:
            status = STADIUM_STATUS[step.stadium]
            found.append(Onderdeel(wet.titel, status, step.kwartaal, True, str(step.stadium)))
    return found


def combine(onderdelen: Iterable[Onderdeel], alle_acties: bool) -> Status:
    """The derived status of a measure from its parts (see the README for the rule in Dutch).

    ``alle_acties``: every action of the measure has a part, so a fully realised set of parts
    means a realised measure.
    """
    statuses = [o.status for o in onderdelen]
    live = [s for s in statuses if s is not Status.VERVALLEN]
    if not live:
        return Status.VERVALLEN if statuses else Status.ONBEKEND
    if alle_acties and all(s is Status.GEREALISEERD for s in live):
        return Status.GEREALISEERD
    if alle_acties and all(s in (Status.GEREALISEERD, Status.DOORLOPEND) for s in live):
        return Status.DOORLOPEND
    if Status.VERTRAAGD in live:
        return Status.VERTRAAGD
    if max(s.rank or 0 for s in live) >= _IN_UITVOERING_RANK:
        return Status.IN_UITVOERING
    return max(live, key=lambda s: s.rank or 0)


def measure_status(
    maatregel: Maatregel, kwartaal: Kwartaal | None, peildatum: dt.date | None = None
) -> Statusbepaling:
    """The status of a measure as of ``kwartaal`` (None: no history yet, so 'onbekend')."""
    if kwartaal is None:
        return ONBEKEND
    own = entry_as_of(maatregel.voortgang, kwartaal, peildatum)
    onderdelen = parts(maatregel, kwartaal, peildatum)
    if not onderdelen:
        return Statusbepaling(own.status, False, own.kwartaal) if own else ONBEKEND
    covered = {o.naam for o in onderdelen}
    alle_acties = all(f"{maatregel.nummer}{a.letter}" in covered for a in maatregel.acties)
    derived = combine(onderdelen, alle_acties)
    latest = max(o.kwartaal for o in onderdelen)
    if own is None:
        return Statusbepaling(derived, True, latest, tuple(onderdelen))
    own_rank = own.status.rank
    law = [
        o
        for o in onderdelen
        if o.wet
        and o.kwartaal >= own.kwartaal
        and o.status.rank is not None
        and o.status.rank >= _IN_UITVOERING_RANK
    ]
    if law and own_rank is not None and own_rank < _IN_UITVOERING_RANK:
        return Statusbepaling(Status.IN_UITVOERING, True, max(o.kwartaal for o in law), tuple(law))
    return Statusbepaling(own.status, False, own.kwartaal)
