"""The report's annex 'Verantwoording': what the report rests on, and every research note.

Notes about the evidence (an unverified date, a marker the programme text does not settle, a
letter known only by its title) belong to the reader who wants to check the report, not to the
body of a letter to the Tweede Kamer. The report body states facts; this annex lists the notes,
the cut-off date and the statuses that were derived or are stale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from jihadprog.quarters import Kwartaal


@dataclass(frozen=True)
class Notitie:
    """One research note: what it is about ('Maatregel 9, Wet …') and the note itself."""

    onderwerp: str
    tekst: str


@dataclass(frozen=True)
class Afleiding:
    """A measure whose status was derived, with the parts it was derived from."""

    nummer: int
    status: str
    onderdelen: str


@dataclass(frozen=True)
class Veroudering:
    """A measure whose status was last confirmed long before the report's quarter."""

    nummer: int
    status: str
    bevestigd: Kwartaal


@dataclass(frozen=True)
class Verantwoording:
    """The annex: cut-off, the original letters, and the notes the body leaves out."""

    peildatum: dt.date
    verouderd_na: int
    brieven: tuple[Notitie, ...]
    markeringen: tuple[Notitie, ...]
    feiten: tuple[Notitie, ...]
    afgeleid: tuple[Afleiding, ...]
    verouderd: tuple[Veroudering, ...]


def unique(notes: Iterable[Notitie]) -> tuple[Notitie, ...]:
    """Notes in order of first appearance, each once."""
    return tuple(dict.fromkeys(notes))
