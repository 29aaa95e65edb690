"""pdf-artefact: no leftovers of the PDF extraction in programme, glossary and progress texts.

The programme was transcribed from a PDF. Typical debris: a word broken at the line end
("strijd- groepering", "jihadis tische"), double spaces, a marker that slid into the text
("(N)"), the replacement character "�" or private-use bullets, a soft hyphen, and page
numbers. A hyphen before a conjunction is Dutch, not debris: "zeden- en geweldsdelinquenten".

Good: ``tekst: Aansluiting bij een terroristische strijdgroepering.``
Bad:  ``tekst: Aansluiting bij een terroristische strijd- groepering.``
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jihadprog.corpus import Bestand
from jihadprog.lintcontext import LintContext
from jihadprog.models import Maatregel
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.walk import Loc, measure_texts, progress_tracks

_CONJUNCTIONS = r"(?:en|of|tot|noch|dan|als|en/of|c\.q\.|resp\.|respectievelijk|alsook)"
_HYPHEN_BREAK = re.compile(rf"(?<!\w)(\w+)- +(?!{_CONJUNCTIONS}(?!\w))([a-zà-ÿ]\w*)")
# Word endings that never stand alone: "jihadis tische", "mogelijk heid".
_ENDINGS = (
    r"(tische|tisch|istische|ische|isch|heid|lijke|lijkheid"
    r"|ingen|atie|aties|teit|teiten|schap|schappen|naleerd|nele)\b"
)
_SPLIT_WORD = re.compile(rf"\b([A-Za-zÀ-ÿ]{{2,}}) {_ENDINGS}")
# What every split word contains; a cheap scan that rules most texts out (speed only).
_SPLIT_TAIL = re.compile(rf" {_ENDINGS}")
_MARKER = re.compile(r"\(\s*[BVN]\s*\)")
_BAD_CHAR = re.compile("[\ufffd\u00ad\ue000-\uf8ff\ufb00-\ufb06]")
_PAGE_NUMBER = re.compile(
    r"(?:[.!?;:]\s+\d{1,3}\s*$|^\s*\d{1,3}\s+(?=[a-z])|\b[Pp]agina \d+(?: van \d+)?\b)"
)


def artefacts(text: str) -> Iterator[str]:
    """A Dutch description of each artefact found in ``text``."""
    for match in _HYPHEN_BREAK.finditer(text) if "- " in text else ():
        head, tail = match.groups()
        joined = f"{head}-{tail}" if head[-1].isupper() or head[-1].isdigit() else head + tail
        yield (
            f"afgebroken woord '{match.group(0)}' (PDF-regelafbreking); "
            f"bedoeld is waarschijnlijk '{joined}'"
        )
    for match in _SPLIT_WORD.finditer(text) if _SPLIT_TAIL.search(text) else ():
        yield (
            f"'{match.group(0)}' lijkt één woord dat bij de PDF-regelafbreking is gesplitst "
            f"('{match.group(1)}{match.group(2)}')"
        )
    if "  " in text:
        yield "dubbele spatie in de tekst"
    for match in _MARKER.finditer(text):
        yield (
            f"losse markering '{match.group(0)}' uit de PDF in de tekst; "
            "een markering hoort in het veld markering"
        )
    for match in _BAD_CHAR.finditer(text) if not text.isascii() else ():
        char = match.group(0)
        yield f"teken U+{ord(char):04X} is een overblijfsel van de PDF-conversie"
    for match in _PAGE_NUMBER.finditer(text) if _may_hold_page_number(text) else ():
        yield f"'{match.group(0).strip()}' lijkt een paginanummer uit de PDF"


def _may_hold_page_number(text: str) -> bool:
    """What every _PAGE_NUMBER match needs: a digit first or last, or 'agina ' (speed only)."""
    return text.lstrip()[:1].isdigit() or text.rstrip()[-1:].isdigit() or "agina " in text


def _texts(bestand: Bestand[Maatregel]) -> Iterator[tuple[Loc, str]]:
    yield from measure_texts(bestand.model)
    for track in progress_tracks(bestand.model):
        for index, entry in enumerate(track.entries):
            yield (*track.loc, index, "toelichting"), entry.toelichting


def check(ctx: LintContext) -> Iterator[Finding]:
    """Scan measure texts, progress notes and glossary entries; report each kind once per text."""
    for bestand in ctx.corpus.maatregelen:
        for loc, text in _texts(bestand):
            for message in dict.fromkeys(artefacts(text)):
                yield bestand.finding(loc, message)
    if ctx.corpus.begrippen:
        lijst = ctx.corpus.begrippen
        for index, begrip in enumerate(lijst.model.begrippen):
            for field in ("term", "omschrijving"):
                for message in dict.fromkeys(artefacts(getattr(begrip, field))):
                    yield lijst.finding(("begrippen", index, field), message)


RULE = Rule(
    "pdf-artefact",
    Level.WARNING,
    "Geen PDF-resten in teksten: afgebroken woorden, dubbele spaties, losse (N), �, paginanummers.",
    check,
    __doc__ or "",
)
