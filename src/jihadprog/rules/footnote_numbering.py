"""footnote-numbering: the programme's footnotes are numbered 1..N across the corpus, once each.

Footnotes live with the element they stand at (a measure, an action, the glossary).

Good: footnote 1 at measure 2, footnote 2 at action 20b, …, footnote 5 in begrippen.yaml.
Bad:  two footnotes numbered 3, or numbers 1, 2, 4.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from jihadprog.corpus import Bestand
from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import gaps

Loc = tuple[str | int, ...]


def check(ctx: LintContext) -> Iterator[Finding]:
    """Collect every footnote number with its place, then report doubles and gaps.

    A place is only positioned (which may mean reading its file's key positions) when its
    number occurs more than once.
    """
    places: list[tuple[int, Bestand[Any], Loc]] = []
    if ctx.corpus.begrippen:
        note = ctx.corpus.begrippen.model.voetnoot
        places.append((note.nummer, ctx.corpus.begrippen, ("voetnoot",)))
    for bestand in ctx.corpus.maatregelen:
        for index, note in enumerate(bestand.model.voetnoten):
            places.append((note.nummer, bestand, ("voetnoten", index, "nummer")))
        for a_index, actie in enumerate(bestand.model.acties):
            for index, note in enumerate(actie.voetnoten):
                loc = ("acties", a_index, "voetnoten", index, "nummer")
                places.append((note.nummer, bestand, loc))
    counts = Counter(nummer for nummer, _, _ in places)
    doubled = [
        (nummer, bestand.finding(loc, "")) for nummer, bestand, loc in places if counts[nummer] > 1
    ]
    seen: dict[int, str] = {}
    for nummer, place in sorted(doubled, key=lambda p: (p[1].file, p[1].line or 0)):
        if nummer in seen:
            yield place._replace(message=f"voetnoot {nummer} komt ook voor in {seen[nummer]}")
        else:
            seen[nummer] = f"{place.file}:{place.line}"
    complete = ctx.corpus.measures_complete and ctx.corpus.begrippen is not None
    missing = gaps(counts) if complete else None
    if missing:
        yield Finding(
            "maatregelen", None, None, f"voetnootnummering heeft gaten: {missing} ontbreekt"
        )


RULE = Rule(
    "footnote-numbering",
    Level.ERROR,
    "Voetnoten zijn genummerd 1..N over het hele corpus, elk nummer één keer.",
    check,
    __doc__ or "",
)
