"""Pure filters over a corpus's measures: group, marker, actor, free text, status in a quarter."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from jihadprog.models import Maatregel
from jihadprog.quarters import Kwartaal
from jihadprog.status import measure_status
from jihadprog.vocab import Markering, Status
from jihadprog.walk import measure_texts


@dataclass(frozen=True)
class Filter:
    """The selection a user asked for; an empty field selects everything."""

    groep: int | None = None
    markering: Markering | None = None
    actor: str | None = None
    zoek: str | None = None
    status: Status | None = None
    kwartaal: Kwartaal | None = None


def status_of(maatregel: Maatregel, kwartaal: Kwartaal | None) -> Status:
    """The measure's status as of ``kwartaal`` by the one rule (``status.measure_status``).

    Own entry, else derived from actions and bills; 'onbekend' when the corpus has no history.
    """
    return measure_status(maatregel, kwartaal).status


def fold(text: str) -> str:
    """Lower-case text without diacritics, so 'geinvesteerd' finds 'geïnvesteerd'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def select(maatregelen: Iterable[Maatregel], flt: Filter) -> Iterator[Maatregel]:
    """The measures that pass every given criterion, in the order given."""
    needle = fold(flt.zoek) if flt.zoek else None
    actor = flt.actor.casefold() if flt.actor else None
    for maatregel in maatregelen:
        if flt.groep is not None and maatregel.groep != flt.groep:
            continue
        if flt.markering is not None and not _has_marker(maatregel, flt.markering):
            continue
        if actor is not None and actor not in {a.casefold() for a in maatregel.actoren}:
            continue
        if needle is not None and not any(needle in fold(t) for _, t in measure_texts(maatregel)):
            continue
        if flt.status is not None and status_of(maatregel, flt.kwartaal) != flt.status:
            continue
        yield maatregel


def _has_marker(maatregel: Maatregel, markering: Markering) -> bool:
    """A measure matches its own marker or the marker of one of its actions (3c is N)."""
    return maatregel.markering == markering or any(
        a.markering == markering for a in maatregel.acties
    )
