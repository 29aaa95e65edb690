"""Small helpers shared by rules: the model walk over every measure file, loading findings by id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from jihadprog.corpus import Bestand
from jihadprog.lintcontext import LintContext
from jihadprog.models import Maatregel
from jihadprog.problems import Finding
from jihadprog.walk import Loc, Track, measure_texts, progress_tracks


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


def all_measure_texts(ctx: LintContext) -> Iterator[tuple[Bestand[Maatregel], Loc, str]]:
    """The programme texts of every valid measure file."""
    for bestand in ctx.corpus.maatregelen:
        for loc, text in measure_texts(bestand.model):
            yield bestand, loc, text


def position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a character offset in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def all_progress_tracks(ctx: LintContext) -> Iterator[tuple[Bestand[Maatregel], Track]]:
    """The progress lists of every valid measure file."""
    for bestand in ctx.corpus.maatregelen:
        for track in progress_tracks(bestand.model):
            yield bestand, track
