"""source-format: a source that cites a Kamerstuk, Staatsblad or Staatscourant uses its real form.

The canonical forms are ``Kamerstuk 29 754, nr. 308``, ``Kamerstukken II 2014/15, 29 754,
nr. 308``, ``Stb. 2017, 52`` and ``Stcrt. 2017, 13023``, optionally followed by ``, p. 4`` or
`` (bijlage 1)``. Only sources that start with such a name are checked; "ANP, 14 november
2016" is free text. Reports and links depend on these forms (see jihadprog.sources).

Good: ``bronnen: ["Kamerstuk 29 754, nr. 308"]``
Bad:  ``bronnen: ["Kamerstuk 29754 nr 308"]`` or ``["Staatsblad 2017, 52"]``
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import all_progress_tracks
from jihadprog.sources import claims_citation, parse_citation, suggest_citation
from jihadprog.walk import Loc
from jihadprog.yamlsource import Document

_EXAMPLES = {
    "kamerstuk": "'Kamerstuk 29 754, nr. 308' of 'Kamerstukken II 2014/15, 29 754, nr. 308'",
    "stb": "'Stb. 2017, 52'",
    "staatsblad": "'Stb. 2017, 52'",
    "stcrt": "'Stcrt. 2017, 13023'",
    "staatscourant": "'Stcrt. 2017, 13023'",
}


def problem(source: str) -> str | None:
    """A Dutch message when ``source`` claims to be an official citation but is malformed."""
    if not claims_citation(source) or parse_citation(source) is not None:
        return None
    suggestion = suggest_citation(source)
    if suggestion is not None:
        return f"bron '{source}' heeft niet de officiële vorm; schrijf '{suggestion}'"
    word = source.strip().split(maxsplit=1)[0].rstrip(".,:").lower()
    example = _EXAMPLES.get(word.removesuffix("ken"), _EXAMPLES["kamerstuk"])
    return f"bron '{source}' heeft niet de officiële vorm; verwacht bijvoorbeeld {example}"


def _sources(ctx: LintContext) -> Iterator[tuple[Document, Loc, Sequence[str]]]:
    for bestand, track in all_progress_tracks(ctx):
        for index, entry in enumerate(track.entries):
            yield bestand.doc, (*track.loc, index, "bronnen"), entry.bronnen
    if ctx.corpus.rapportages:
        doc, model = ctx.corpus.rapportages.doc, ctx.corpus.rapportages.model
        for index, rapportage in enumerate(model.rapportages):
            yield doc, ("rapportages", index, "bronnen"), rapportage.bronnen
        if model.evaluatie:
            yield doc, ("evaluatie", "bronnen"), model.evaluatie.bronnen


def check(ctx: LintContext) -> Iterator[Finding]:
    """Check every source of progress entries, bill stages, reports and the evaluation."""
    known: dict[str, str | None] = {}  # most sources cite the same few reports
    for doc, loc, bronnen in _sources(ctx):
        for index, bron in enumerate(bronnen):
            if bron not in known:
                known[bron] = problem(bron)
            message = known[bron]
            if message:
                yield doc.finding((*loc, index), message)


RULE = Rule(
    "source-format",
    Level.ERROR,
    "Een bron die een Kamerstuk, Stb. of Stcrt. noemt, heeft de officiële vorm.",
    check,
    __doc__ or "",
)
