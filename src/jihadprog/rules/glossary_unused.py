"""glossary-unused: a glossary term that the programme never uses (info).

A term counts as used when it, or its abbreviation, occurs in a measure text, in a progress
text (which the report prints) or in the programme texts of programma.yaml, by the glossary's one matcher (``jihadprog.glossary``:
whole words, maybe inflected; brackets optional; "A en B" when both parts occur). What remains
is reported for a person to judge: the programme's own glossary has such terms.

Good: ``- term: Jihadganger`` while a measure speaks of "jihadgangers".
Bad:  ``- term: Kalifaat`` while no text mentions a kalifaat.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.glossary import used_terms
from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.walk import measure_texts, programme_texts, progress_tracks


def check(ctx: LintContext) -> Iterator[Finding]:
    """Search every term in the measure, progress and programme texts (only when all loaded)."""
    corpus, lijst = ctx.corpus, ctx.corpus.begrippen
    if lijst is None or corpus.programma is None or not corpus.measures_complete:
        return
    texts = [text for b in corpus.maatregelen for _, text in measure_texts(b.model)]
    texts.extend(
        entry.toelichting
        for b in corpus.maatregelen
        for track in progress_tracks(b.model)
        for entry in track.entries
    )
    texts.extend(programme_texts(corpus.programma.model))
    begrippen = lijst.model.begrippen
    used = {id(begrip) for begrip in used_terms(begrippen, texts)}
    for index, begrip in enumerate(begrippen):
        if id(begrip) in used:
            continue
        yield lijst.finding(
            ("begrippen", index, "term"),
            f"begrip '{begrip.term}' komt in geen enkele maatregel-, voortgangs- of programmatekst "
            "voor",
        )


RULE = Rule(
    "glossary-unused",
    Level.INFO,
    "Elk begrip uit de begrippenlijst komt in de maatregelen, de voortgang of de programmatekst voor.",
    check,
    __doc__ or "",
)
