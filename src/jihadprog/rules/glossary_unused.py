"""glossary-unused: a glossary term that the programme never uses (info).

A term counts as used when it, or its abbreviation, occurs in a measure text or in the
programme texts of programma.yaml: case-insensitive, on word boundaries, with a Dutch plural
or inflection ("Ronselaar" matches "ronselaars"). Bracketed parts are optional ("(Mondiaal)
jihadisme" matches "jihadisme"), and a term "A en B" is used when both parts occur. What
remains is reported for a person to judge: the programme's own glossary has such terms.

Good: ``- term: Jihadganger`` while a measure speaks of "jihadgangers".
Bad:  ``- term: Kalifaat`` while no text mentions a kalifaat.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.models import Begrip, Programma
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import measure_texts

_INFLECTION = r"(?:s|'s|en|n|e|es|ren)?"


def _fold(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").casefold()


def _variants(begrip: Begrip) -> list[list[str]]:
    """Each way of writing the term; a variant is a list of parts that must all occur."""
    variants: list[list[str]] = []
    for value in (begrip.term, begrip.afkorting):
        if not value:
            continue
        for form in (re.sub(r"\([^)]*\)", " ", value), value.replace("(", "").replace(")", "")):
            form = " ".join(form.split())
            if form:
                variants.append([part for part in re.split(r" en ", form) if part])
    return variants


def _occurs(part: str, text: str) -> bool:
    """Whether the part, as a word with an inflection, occurs in the (folded) text.

    Same answer as searching the whole pattern, but the literal is found with str.find and
    the pattern only tried where it starts: a regex that opens with a lookbehind gets no
    fast literal scan, and an absent term cost a full regex pass over every text.
    """
    literal = _fold(part)
    pattern = re.compile(rf"(?<!\w){re.escape(literal)}{_INFLECTION}(?!\w)")
    start = text.find(literal)
    while start != -1:
        if pattern.match(text, start):
            return True
        start = text.find(literal, start + 1)
    return False


def _programme_texts(programma: Programma) -> Iterator[str]:
    yield programma.doel
    yield from programma.inleiding
    for groep in programma.groepen:
        yield from (groep.titel, groep.sectie or "", groep.kop or "", *groep.doelstelling)
        for thema in groep.themas:
            yield from (thema.titel, thema.sectie or "", thema.kop or "", thema.doelstelling or "")


def check(ctx: LintContext) -> Iterator[Finding]:
    """Search every term in the measure and programme texts."""
    if ctx.corpus.begrippen is None:
        return
    texts = [text for b in ctx.corpus.maatregelen for _, text in measure_texts(b.model)]
    if ctx.corpus.programma:
        texts.extend(_programme_texts(ctx.corpus.programma.model))
    corpus_text = _fold("\n".join(texts))
    lijst = ctx.corpus.begrippen
    for index, begrip in enumerate(lijst.model.begrippen):
        variants = _variants(begrip)
        if any(all(_occurs(part, corpus_text) for part in parts) for parts in variants):
            continue
        yield lijst.finding(
            ("begrippen", index, "term"),
            f"begrip '{begrip.term}' komt in geen enkele maatregel- of programmatekst voor",
        )


RULE = Rule(
    "glossary-unused",
    Level.INFO,
    "Elk begrip uit de begrippenlijst komt in de maatregelen of de programmatekst voor.",
    check,
    __doc__ or "",
)
