"""roman-order: the sub-items of an action are numbered i, ii, iii … in order.

Good: ``subacties: [{nummer: i, …}, {nummer: ii, …}]``.
Bad:  ``subacties: [{nummer: i, …}, {nummer: iii, …}]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def check(ctx: LintContext) -> Iterator[Finding]:
    """Each sub-item's numeral must be the next one."""
    for bestand in ctx.corpus.maatregelen:
        for a_index, actie in enumerate(bestand.model.acties):
            for s_index, sub in enumerate(actie.subacties):
                expected = ROMAN[s_index] if s_index < len(ROMAN) else "?"
                if sub.nummer != expected:
                    yield bestand.finding(
                        ("acties", a_index, "subacties", s_index, "nummer"),
                        f"subactie {s_index + 1} van actie {actie.letter} heeft nummer "
                        f"'{sub.nummer}', verwacht '{expected}'",
                    )


RULE = Rule(
    "roman-order",
    Level.ERROR,
    "Subacties zijn genummerd i, ii, iii … op volgorde.",
    check,
    __doc__ or "",
)
