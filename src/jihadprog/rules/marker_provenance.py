"""marker-provenance: every marker says where it comes from and how sure it is.

A measure without a marker in the source (28, 30, 31) has ``markering: null`` or the reading
of another source, and in both cases a ``markering_herkomst`` with ``in_brontekst: false``.
An action-level marker needs its own provenance too.

Good: ``markering: V`` with ``markering_herkomst: {zekerheid: hoog, in_brontekst: true, toelichting: …}``.
Bad:  ``markering: V`` without ``markering_herkomst``; ``markering: null`` with ``in_brontekst: true``.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.models import MarkeringHerkomst
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.vocab import Markering

Loc = tuple[str | int, ...]


def check(ctx: LintContext) -> Iterator[Finding]:
    """Measures always need provenance; actions only when they carry a marker."""
    for bestand in ctx.corpus.maatregelen:
        maatregel = bestand.model
        for loc, problem in _problems((), maatregel.markering, maatregel.markering_herkomst, True):
            yield bestand.finding(loc, problem)
        for index, actie in enumerate(maatregel.acties):
            base: Loc = ("acties", index)
            for loc, problem in _problems(base, actie.markering, actie.markering_herkomst, False):
                yield bestand.finding(loc, problem)


def _problems(
    base: Loc, markering: Markering | None, herkomst: MarkeringHerkomst | None, required: bool
) -> Iterator[tuple[Loc, str]]:
    if herkomst is None:
        if markering is not None or required:
            yield (*base, "markering"), "markering zonder markering_herkomst (zekerheid en bron)"
        return
    if markering is None and herkomst.in_brontekst:
        yield (
            (*base, "markering_herkomst", "in_brontekst"),
            ("markering is leeg, maar de herkomst zegt dat de brontekst er een geeft"),
        )


RULE = Rule(
    "marker-provenance",
    Level.ERROR,
    "Elke markering heeft een herkomst met zekerheid; een ontbrekende markering is expliciet.",
    check,
    __doc__ or "",
)
