"""registry-unique: glossary terms, abbreviations and organisation ids and names are unique.

Two spellings that read the same are the same: case, Unicode normal form (NFC/NFD, NFKC) and
invisible characters (zero-width space, bidi marks) do not make a second entry.

Good: one ``term: AIVD`` in begrippen.yaml; one ``id: OM`` in organisaties.yaml.
Bad:  two glossary entries with ``afkorting: SIS-II``; two organisations with ``id: OM``.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.visible import fingerprint, visible


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report every repeated key at its later occurrence (compared as a reader sees them)."""
    if ctx.corpus.begrippen:
        bestand = ctx.corpus.begrippen
        seen: dict[str, int] = {}
        for index, begrip in enumerate(bestand.model.begrippen):
            for field, value in (("term", begrip.term), ("afkorting", begrip.afkorting)):
                if value is None:
                    continue
                key = fingerprint(value)
                if key in seen and seen[key] != index:
                    yield bestand.finding(
                        ("begrippen", index, field),
                        f"'{visible(value)}' staat al in de begrippenlijst",
                    )
                seen.setdefault(key, index)
    if ctx.corpus.organisaties:
        registry = ctx.corpus.organisaties
        names: dict[str, int] = {}
        for index, org in enumerate(registry.model.organisaties):
            for value in {org.id, org.naam, *(org.aliassen)}:
                key = fingerprint(value)
                if key in names and names[key] != index:
                    yield registry.finding(
                        ("organisaties", index), f"'{visible(value)}' staat al in organisaties.yaml"
                    )
                names.setdefault(key, index)


RULE = Rule(
    "registry-unique",
    Level.ERROR,
    "Begrippen, afkortingen en organisaties staan elk één keer in hun lijst.",
    check,
    __doc__ or "",
)
