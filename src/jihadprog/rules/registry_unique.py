"""registry-unique: glossary terms, abbreviations and organisation ids and names are unique.

Two spellings that read the same are the same: case, Unicode normal form (NFC/NFD, NFKC) and
invisible characters (zero-width space, bidi marks) do not make a second entry.

Good: one ``term: AIVD`` in begrippen.yaml; one ``id: OM`` in organisaties.yaml.
Bad:  two glossary entries with ``afkorting: SIS-II``; two organisations with ``id: OM``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.visible import fingerprint, visible
from jihadprog.walk import Loc


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report an entry that repeats an earlier one, once, at its first repeated name.

    Names are compared as a reader sees them (case, normal form, invisible characters).
    """
    if ctx.corpus.begrippen:
        lijst = ctx.corpus.begrippen
        entries = [
            [(("begrippen", i, "term"), b.term), (("begrippen", i, "afkorting"), b.afkorting)]
            for i, b in enumerate(lijst.model.begrippen)
        ]
        for loc, value in _repeats(entries):
            yield lijst.finding(loc, f"'{visible(value)}' staat al in de begrippenlijst")
    if ctx.corpus.organisaties:
        registry = ctx.corpus.organisaties
        orgs = [
            [(("organisaties", i), name) for name in (o.id, o.naam, *o.aliassen)]
            for i, o in enumerate(registry.model.organisaties)
        ]
        for loc, value in _repeats(orgs):
            yield registry.finding(loc, f"'{visible(value)}' staat al in organisaties.yaml")


def _repeats(entries: Sequence[Sequence[tuple[Loc, str | None]]]) -> Iterator[tuple[Loc, str]]:
    """For each entry one (location, name) whose name an earlier entry already has."""
    seen: dict[str, int] = {}
    for index, names in enumerate(entries):
        repeated = None
        for loc, value in names:
            if value is None:
                continue
            key = fingerprint(value)
            if repeated is None and seen.get(key, index) != index:
                repeated = (loc, value)
            seen.setdefault(key, index)
        if repeated is not None:
            yield repeated


RULE = Rule(
    "registry-unique",
    Level.ERROR,
    "Begrippen, afkortingen en organisaties staan elk één keer in hun lijst.",
    check,
    __doc__ or "",
)
