"""footnote-numbering: the programme's footnotes are numbered 1..N across the corpus, once each.

Footnotes live with the element they stand at (a measure, an action, the glossary).

Good: footnote 1 at measure 2, footnote 2 at action 20b, …, footnote 5 in begrippen.yaml.
Bad:  two footnotes numbered 3, or numbers 1, 2, 4.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule


def check(ctx: LintContext) -> Iterator[Finding]:
    """Collect every footnote number with its place, then report doubles and gaps."""
    seen: dict[int, str] = {}
    places: list[tuple[int, Finding]] = []
    if ctx.corpus.begrippen:
        note = ctx.corpus.begrippen.model.voetnoot
        places.append((note.nummer, ctx.corpus.begrippen.finding(("voetnoot",), "")))
    for bestand in ctx.corpus.maatregelen:
        for index, note in enumerate(bestand.model.voetnoten):
            places.append((note.nummer, bestand.finding(("voetnoten", index, "nummer"), "")))
        for a_index, actie in enumerate(bestand.model.acties):
            for index, note in enumerate(actie.voetnoten):
                loc = ("acties", a_index, "voetnoten", index, "nummer")
                places.append((note.nummer, bestand.finding(loc, "")))
    for nummer, place in sorted(places, key=lambda p: (p[1].file, p[1].line or 0)):
        where = f"{place.file}:{place.line}"
        if nummer in seen:
            yield place._replace(message=f"voetnoot {nummer} komt ook voor in {seen[nummer]}")
        else:
            seen[nummer] = where
    if seen:
        missing = sorted(set(range(1, max(seen) + 1)) - set(seen))
        if missing:
            text = ", ".join(str(n) for n in missing)
            yield Finding(
                "maatregelen", None, None, f"voetnootnummering heeft gaten: {text} ontbreekt"
            )


RULE = Rule(
    "footnote-numbering",
    Level.ERROR,
    "Voetnoten zijn genummerd 1..N over het hele corpus, elk nummer één keer.",
    check,
    __doc__ or "",
)
