"""letters-contiguous: the actions of a measure are lettered a, b, c … in order, without gaps.

Good: ``acties: [{letter: a, …}, {letter: b, …}]``.
Bad:  ``acties: [{letter: a, …}, {letter: c, …}]`` (b is missing).
"""

from __future__ import annotations

from collections.abc import Iterator
from string import ascii_lowercase

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule


def check(ctx: LintContext) -> Iterator[Finding]:
    """Each action's letter must be the next letter of the alphabet."""
    for bestand in ctx.corpus.maatregelen:
        for index, actie in enumerate(bestand.model.acties):
            expected = ascii_lowercase[index] if index < len(ascii_lowercase) else "?"
            if actie.letter != expected:
                yield bestand.finding(
                    ("acties", index, "letter"),
                    f"actie {index + 1} heeft letter '{actie.letter}', verwacht '{expected}'",
                )


RULE = Rule(
    "letters-contiguous",
    Level.ERROR,
    "Acties zijn geletterd a, b, c … op volgorde, zonder gaten.",
    check,
    __doc__ or "",
)
