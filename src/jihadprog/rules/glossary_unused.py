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


_WORD = re.compile(r"\w")
_INFLECTED_END = re.compile(rf"{_INFLECTION}(?!\w)")


def _occurs(part: str, text: str) -> bool:
    r"""Whether the part occurs in the (folded) text as a word, maybe inflected.

    That is ``re.search(rf"(?<!\w){re.escape(part)}{_INFLECTION}(?!\w)", text)``, taken apart:
    str.find locates the literal and two fixed regexes check what stands before and after it.
    A pattern per term cost a compile per term per run and, opening with a lookbehind, no
    fast literal scan: a full regex pass over every text for each absent term.
    """
    literal = _fold(part)
    start = text.find(literal)
    while start != -1:
        if (start == 0 or not _WORD.match(text, start - 1)) and _INFLECTED_END.match(
            text, start + len(literal)
        ):
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
    """Search every term in the measure and programme texts (only when all of them loaded)."""
    corpus, lijst = ctx.corpus, ctx.corpus.begrippen
    if lijst is None or corpus.programma is None or not corpus.measures_complete:
        return
    texts = [text for b in corpus.maatregelen for _, text in measure_texts(b.model)]
    texts.extend(_programme_texts(corpus.programma.model))
    corpus_text = _fold("\n".join(texts))
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
