"""history-future: no progress in a quarter that has not begun, nor anything dated after today.

Progress records what happened. A planned step belongs in the text (``toelichting``) of the
current quarter, not in an entry of a future one. The same holds for the dates of the
programme, of the progress letters and of the evaluation: they were sent.

Good: ``kwartaal: 2015-K2`` with ``datum: "2015-04-07"``.
Bad:  ``kwartaal: 2099-K1``, ``datum: "2099-01-01"``, or a letter in rapportages.yaml dated
``"2999-12-31"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from jihadprog.corpus import Bestand
from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.quarters import Kwartaal
from jihadprog.rules.base import Rule
from jihadprog.rules.common import all_progress_tracks
from jihadprog.walk import Loc


def check(ctx: LintContext) -> Iterator[Finding]:
    """Compare each entry's quarter and date, and every document date, with today."""
    yield from _documents(ctx)
    current = Kwartaal.of(ctx.today)
    for bestand, track in all_progress_tracks(ctx):
        for index, entry in enumerate(track.entries):
            loc = (*track.loc, index)
            if entry.kwartaal > current:
                yield bestand.finding(
                    (*loc, "kwartaal"),
                    f"kwartaal {entry.kwartaal} ligt in de toekomst (het is nu {current})",
                )
            elif entry.datum is not None and entry.datum > ctx.today:
                yield bestand.finding(
                    (*loc, "datum"),
                    f"datum {entry.datum.isoformat()} ligt in de toekomst "
                    f"(vandaag is {ctx.today.isoformat()})",
                )


def _documents(ctx: LintContext) -> Iterator[Finding]:
    dated: list[tuple[Bestand[Any], Loc, dt.date | None]] = []
    if ctx.corpus.programma:
        dated.append((ctx.corpus.programma, ("datum",), ctx.corpus.programma.model.datum))
    if ctx.corpus.rapportages:
        bestand, model = ctx.corpus.rapportages, ctx.corpus.rapportages.model
        for index, rapportage in enumerate(model.rapportages):
            dated.append((bestand, ("rapportages", index, "datum"), rapportage.datum))
        if model.evaluatie:
            dated.append((bestand, ("evaluatie", "datum"), model.evaluatie.datum))
    for bestand, loc, day in dated:
        if day is not None and day > ctx.today:
            yield bestand.finding(
                loc,
                f"datum {day.isoformat()} ligt in de toekomst (vandaag is {ctx.today.isoformat()})",
            )


RULE = Rule(
    "history-future",
    Level.ERROR,
    "Voortgang, brieven en evaluatie liggen niet in de toekomst (kwartaal en datum).",
    check,
    __doc__ or "",
)
