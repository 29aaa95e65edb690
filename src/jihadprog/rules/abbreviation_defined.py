"""abbreviation-defined: every abbreviation in a measure text is explained somewhere.

An abbreviation is a stand-alone word of capitals (``NCTV``, ``SIS-II``). It is explained when
the glossary or the organisation registry knows it, or when the same measure introduces it in
brackets, as in "Terroristen Afdeling (TA)". Roman numerals and parts of document numbers
(``2002/475/JBZ``) are not abbreviations.

Good: "De NCTV stelt experts beschikbaar." (NCTV is in begrippen.yaml)
Bad:  "De XYZ stelt experts beschikbaar."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.walk import measure_texts

ABBREVIATION = re.compile(r"(?<![\w/-])[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w/-])")
_INLINE = re.compile(r"\(([A-Z][A-Za-z0-9-]+)\)")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


def known_abbreviations(ctx: LintContext) -> set[str]:
    """Abbreviations explained by the glossary or the organisation registry."""
    known: set[str] = set()
    if ctx.corpus.begrippen:
        for begrip in ctx.corpus.begrippen.model.begrippen:
            known.add(begrip.term)
            if begrip.afkorting:
                known.add(begrip.afkorting)
    if ctx.corpus.organisaties:
        for org in ctx.corpus.organisaties.model.organisaties:
            known.update({org.id, *org.aliassen})
            if org.afkorting:
                known.add(org.afkorting)
    return known


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report each unexplained abbreviation once per text (not while a registry failed to load)."""
    if ctx.corpus.begrippen is None or ctx.corpus.organisaties is None:
        return
    known = known_abbreviations(ctx)
    for bestand in ctx.corpus.maatregelen:
        texts = list(measure_texts(bestand.model))
        inline = {m.group(1) for _, text in texts for m in _INLINE.finditer(text)}
        for loc, text in texts:
            seen: set[str] = set()
            for match in ABBREVIATION.finditer(text):
                word = match.group(0)
                if word in known or word in inline or word in seen or _ROMAN.match(word):
                    continue
                seen.add(word)
                yield bestand.finding(
                    loc, f"afkorting '{word}' staat niet in begrippen.yaml of organisaties.yaml"
                )


RULE = Rule(
    "abbreviation-defined",
    Level.WARNING,
    "Elke afkorting in een maatregeltekst staat in de begrippenlijst of wordt ter plekke uitgelegd.",
    check,
    __doc__ or "",
)
