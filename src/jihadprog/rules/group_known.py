"""group-known: a measure's group exists in programma.yaml and its themes belong to that group.

Good: ``groep: 5`` with ``themas: [lokaal]``.
Bad:  ``groep: 6``, or ``groep: 5`` with ``themas: [a]``, or ``groep: 3`` without a theme.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule


def check(ctx: LintContext) -> Iterator[Finding]:
    """Check group numbers and theme codes against the programme's groups."""
    if ctx.corpus.programma is None:
        return
    groups = {groep.nummer: groep for groep in ctx.corpus.programma.model.groepen}
    for bestand in ctx.corpus.maatregelen:
        maatregel = bestand.model
        groep = groups.get(maatregel.groep)
        if groep is None:
            numbers = ", ".join(str(n) for n in sorted(groups))
            yield bestand.finding(
                ("groep",), f"groep {maatregel.groep} bestaat niet; kies uit {numbers}"
            )
            continue
        codes = [thema.code for thema in groep.themas]
        for index, code in enumerate(maatregel.themas):
            if code not in codes:
                allowed = ", ".join(codes) or "geen"
                yield bestand.finding(
                    ("themas", index),
                    f"thema '{code}' hoort niet bij groep {groep.nummer}; toegestaan: {allowed}",
                )
        if codes and not maatregel.themas:
            yield bestand.finding(
                ("groep",), f"groep {groep.nummer} heeft thema's ({', '.join(codes)}); kies er een"
            )


RULE = Rule(
    "group-known",
    Level.ERROR,
    "De groep bestaat en de thema's horen bij die groep.",
    check,
    __doc__ or "",
)
