"""Small helpers shared by rules: walking the texts of a measure, loading findings by rule id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from jihadprog.corpus import Bestand
from jihadprog.lintcontext import LintContext
from jihadprog.models import Maatregel, Voortgang, Wetgevingsstap
from jihadprog.problems import Finding
from jihadprog.visible import readable

Loc = tuple[str | int, ...]


def loading_findings(ctx: LintContext, rule_id: str) -> Iterator[Finding]:
    """The findings that loading the corpus filed under ``rule_id``."""
    for rule, finding in ctx.corpus.findings:
        if rule == rule_id:
            yield finding


def gaps(numbers: Iterable[int]) -> str | None:
    """The numbers missing below the highest, as '3, 7–9'; None when there are none.

    Linear in how many numbers there are, not in how large they are.
    """
    parts: list[str] = []
    previous = 0
    for number in sorted(set(numbers)):
        if number > previous + 1:
            first, last = previous + 1, number - 1
            parts.append(str(first) if first == last else f"{first}–{last}")
        previous = number
    return ", ".join(parts) or None


def measure_texts(maatregel: Maatregel) -> Iterator[tuple[Loc, str]]:
    """Every programme text of a measure with its location, as a reader sees it.

    text-hidden reports invisible characters; the other rules judge the words.
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


def all_measure_texts(ctx: LintContext) -> Iterator[tuple[Bestand[Maatregel], Loc, str]]:
    """The programme texts of every valid measure file."""
    for bestand in ctx.corpus.maatregelen:
        for loc, text in measure_texts(bestand.model):
            yield bestand, loc, text


def position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a character offset in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class Track(NamedTuple):
    """One list of progress facts: of a measure, of one of its actions, or of a bill.

    A named tuple rather than a frozen dataclass: rules make some 30 of these per measure.
    """

    label: str
    loc: Loc
    entries: Sequence[Voortgang | Wetgevingsstap]
    bill: bool = False


def progress_tracks(maatregel: Maatregel) -> Iterator[Track]:
    """Every progress list of a measure, each with a Dutch label and its location."""
    yield Track(f"maatregel {maatregel.nummer}", ("voortgang",), maatregel.voortgang)
    for index, actie in enumerate(maatregel.acties):
        label = f"actie {maatregel.nummer}{actie.letter}"
        yield Track(label, ("acties", index, "voortgang"), actie.voortgang)
    for index, wet in enumerate(maatregel.wetgeving):
        label = f"wetsvoorstel '{wet.id}'"
        yield Track(label, ("wetgeving", index, "voortgang"), wet.voortgang, bill=True)


def all_progress_tracks(ctx: LintContext) -> Iterator[tuple[Bestand[Maatregel], Track]]:
    """The progress lists of every valid measure file."""
    for bestand in ctx.corpus.maatregelen:
        for track in progress_tracks(bestand.model):
            yield bestand, track
