"""Progress over time: status and legislative stage as of a quarter, and what changed in between.

An entry claims its status from its quarter onward; how a measure's status follows from its own
entries, its actions and its bills is decided in one place, ``status.measure_status``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from jihadprog.corpus import Corpus
from jihadprog.models import Actie, Maatregel, Wetgevingsstap, Wetsvoorstel
from jihadprog.quarters import Kwartaal
from jihadprog.status import Statusbepaling, entry_as_of, known_by, measure_status
from jihadprog.vocab import Status, Wetsstadium
from jihadprog.walk import progress_tracks


def action_status_as_of(
    actie: Actie, kwartaal: Kwartaal, peildatum: dt.date | None = None
) -> Status | None:
    """An action's own status, or None when the action has no progress of its own (yet)."""
    entry = entry_as_of(actie.voortgang, kwartaal, peildatum)
    return entry.status if entry else None


def stage_as_of(
    wet: Wetsvoorstel, kwartaal: Kwartaal, peildatum: dt.date | None = None
) -> Wetgevingsstap | None:
    """The latest legislative step of a bill that counts in a view on ``kwartaal``."""
    return entry_as_of(wet.voortgang, kwartaal, peildatum)


@dataclass(frozen=True)
class Feit:
    """One dated entry with the part of the measure it belongs to ('', an action letter, or a bill)."""

    maatregel: int
    onderdeel: str
    kwartaal: Kwartaal
    label: str
    toelichting: str
    bronnen: tuple[str, ...]
    datum: dt.date | None = None
    verantwoording: str | None = None
    naam: str = ""
    """The part as a reader names it: 'maatregel 3', 'actie 3c' or the bill's title."""


GEEN_STADIUM = "geen stadium"
"""How a bill without a recorded stage reads in a transition: 'geen stadium → consultatie'."""


def facts(maatregel: Maatregel) -> Iterator[Feit]:
    """Every progress entry of a measure, its actions and its bills, in chronological order."""
    titles = {f"wet:{wet.id}": wet.titel for wet in maatregel.wetgeving}
    found = [
        Feit(
            maatregel=maatregel.nummer,
            onderdeel=track.onderdeel,
            kwartaal=entry.kwartaal,
            label=str(entry.stadium if isinstance(entry, Wetgevingsstap) else entry.status),
            toelichting=entry.toelichting,
            bronnen=tuple(entry.bronnen),
            datum=entry.datum,
            verantwoording=entry.verantwoording,
            naam=titles.get(track.onderdeel, track.label),
        )
        for track in progress_tracks(maatregel)
        for entry in track.entries
    ]
    yield from sorted(found, key=lambda f: (f.kwartaal, f.datum or dt.date.min, f.onderdeel))


def quarters_with_data(maatregelen: Iterable[Maatregel]) -> list[Kwartaal]:
    """Every quarter in which some measure, action or bill has an entry, sorted."""
    return sorted({feit.kwartaal for m in maatregelen for feit in facts(m)})


def latest_quarter(corpus: Corpus) -> Kwartaal | None:
    """The most recent quarter with progress data, or None for a corpus without history."""
    quarters = quarters_with_data(corpus.sorted_maatregelen())
    return quarters[-1] if quarters else None


@dataclass(frozen=True)
class Stadiumwijziging:
    """A bill that reached a new stage between two quarters."""

    id: str
    titel: str
    kamerstuk: str | None
    staatsblad: str | None
    voor: Wetsstadium | None
    na: Wetsstadium


@dataclass(frozen=True)
class Actiewijziging:
    """An action whose own status changed between two quarters."""

    letter: str
    voor: Status | None
    na: Status


@dataclass(frozen=True)
class Wijziging:
    """What changed for one measure between two quarters."""

    nummer: int
    titel: str
    status_voor: Statusbepaling
    status_na: Statusbepaling
    acties: tuple[Actiewijziging, ...] = ()
    wetgeving: tuple[Stadiumwijziging, ...] = ()
    feiten: tuple[Feit, ...] = field(default=())

    @property
    def nieuwe_bronnen(self) -> list[str]:
        """Sources of the new entries, each once, in order of appearance."""
        return list(dict.fromkeys(bron for feit in self.feiten for bron in feit.bronnen))


def diff(
    maatregelen: Iterable[Maatregel],
    van: Kwartaal,
    tot: Kwartaal,
    peildatum: dt.date | None = None,
) -> list[Wijziging]:
    """Per measure, status changes, new legislative stages and new entries in (van, tot].

    ``peildatum`` is the cut-off of the view on ``tot`` (default: the last day of ``tot``).
    """
    changes = []
    for m in maatregelen:
        acties = tuple(
            Actiewijziging(a.letter, action_status_as_of(a, van), now)
            for a in m.acties
            if (now := action_status_as_of(a, tot, peildatum)) is not None
            and now != action_status_as_of(a, van)
        )
        stages = []
        for wet in m.wetgeving:
            before, after = stage_as_of(wet, van), stage_as_of(wet, tot, peildatum)
            if after is not None and (before is None or before.stadium != after.stadium):
                stages.append(
                    Stadiumwijziging(
                        wet.id,
                        wet.titel,
                        wet.kamerstuk,
                        wet.staatsblad,
                        before.stadium if before else None,
                        after.stadium,
                    )
                )
        new_facts = tuple(f for f in facts(m) if f.kwartaal > van and known_by(f, tot, peildatum))
        change = Wijziging(
            m.nummer,
            m.titel,
            measure_status(m, van),
            measure_status(m, tot, peildatum),
            acties,
            tuple(stages),
            new_facts,
        )
        if change.status_voor.label != change.status_na.label or acties or stages or new_facts:
            changes.append(change)
    return changes
