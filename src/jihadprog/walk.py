"""Walking the model: a measure's texts, progress lists and cross-references; the programme's texts.

Rules, queries, history and the report walk a measure the same way; this is the one place that
knows which fields hold text, progress and references. Each item carries its pydantic location,
so a finding about it can be placed on a YAML line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from jihadprog.models import Maatregel, Programma, Verwijzing, Voortgang, Wetgevingsstap
from jihadprog.visible import readable

Loc = tuple[str | int, ...]


def measure_texts(maatregel: Maatregel) -> Iterator[tuple[Loc, str]]:
    """Every programme text of a measure with its location, as a reader sees it.

    Invisible characters are left out (the text-hidden rule reports them), so the other rules
    and the text search judge the words: 'NC<U+200B>TV' is NCTV.
    """
    for loc, text in _raw_measure_texts(maatregel):
        yield loc, readable(text)


def _raw_measure_texts(maatregel: Maatregel) -> Iterator[tuple[Loc, str]]:
    yield ("titel",), maatregel.titel
    if maatregel.inleiding:
        yield ("inleiding",), maatregel.inleiding
    if maatregel.toelichting:
        yield ("toelichting",), maatregel.toelichting
    for index, note in enumerate(maatregel.voetnoten):
        yield ("voetnoten", index, "tekst"), note.tekst
    for a_index, actie in enumerate(maatregel.acties):
        yield ("acties", a_index, "tekst"), actie.tekst
        for s_index, sub in enumerate(actie.subacties):
            yield ("acties", a_index, "subacties", s_index, "tekst"), sub.tekst
        for n_index, note in enumerate(actie.voetnoten):
            yield ("acties", a_index, "voetnoten", n_index, "tekst"), note.tekst


class Track(NamedTuple):
    """One list of progress facts: of a measure, of one of its actions, or of a bill.

    A named tuple rather than a frozen dataclass: rules make some 30 of these per measure.
    ``onderdeel`` names the part: '' for the measure, the action letter, or 'wet:<id>'.
    """

    label: str
    loc: Loc
    entries: Sequence[Voortgang | Wetgevingsstap]
    bill: bool = False
    onderdeel: str = ""


def progress_tracks(maatregel: Maatregel) -> Iterator[Track]:
    """Every progress list of a measure, each with a Dutch label and its location."""
    yield Track(f"maatregel {maatregel.nummer}", ("voortgang",), maatregel.voortgang)
    for index, actie in enumerate(maatregel.acties):
        label = f"actie {maatregel.nummer}{actie.letter}"
        yield Track(label, ("acties", index, "voortgang"), actie.voortgang, False, actie.letter)
    for index, wet in enumerate(maatregel.wetgeving):
        label = f"wetsvoorstel '{wet.id}'"
        loc = ("wetgeving", index, "voortgang")
        yield Track(label, loc, wet.voortgang, True, f"wet:{wet.id}")


def references(maatregel: Maatregel) -> Iterator[tuple[Loc, Verwijzing]]:
    """Every cross-reference of a measure, at measure and at action level."""
    for index, ref in enumerate(maatregel.verwijzingen):
        yield ("verwijzingen", index), ref
    for a_index, actie in enumerate(maatregel.acties):
        for index, ref in enumerate(actie.verwijzingen):
            yield ("acties", a_index, "verwijzingen", index), ref


def programme_texts(programma: Programma) -> Iterator[str]:
    """The texts of programma.yaml: aim, introduction, and the titles and aims of groups and themes."""
    yield programma.doel
    yield from programma.inleiding
    for groep in programma.groepen:
        yield from (groep.titel, groep.sectie or "", groep.kop or "", *groep.doelstelling)
        for thema in groep.themas:
            yield from (thema.titel, thema.sectie or "", thema.kop or "", thema.doelstelling or "")
