"""The glossary's one term matcher: which terms a text uses, and where an abbreviation first occurs.

The lint rule ``glossary-unused``, ``show --voluit`` and the report's glossary annex all ask it.
A term matches case-insensitively as a whole word, maybe inflected ("Ronselaar" matches
"ronselaars"); bracketed parts are optional ("(Mondiaal) jihadisme" matches "jihadisme"); quotes
do not count ("‘Geliste’ …" matches "Geliste …"); and a term "A en B" is used when both parts
occur. An abbreviation, or a term in capitals, matches only with its exact case ("OM", not "om").
A hyphen ends a word, so the parts of a compound count: "EU-jihadgangers" uses both "EU" and
"jihadganger".

Entries are anything with a ``term`` and an ``afkorting`` (glossary entries today), so other
lists of terms can be matched the same way.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, Protocol, TypeVar

_INFLECTION = r"(?:s|en|n|e|es|ren)?"
_WORD = re.compile(r"\w")
_INFLECTED_END = re.compile(rf"{_INFLECTION}(?!\w)")
# an abbreviation may carry a number: "DTN37" is the 37th DTN
_NUMBERED_END = re.compile(rf"(?:[0-9]+|{_INFLECTION})(?!\w)")
_WORD_GOES_ON = re.compile(r"[\w-]")
_QUOTES = "‘’'"
_BATCH = 1000
_BRACKETED = re.compile(r"\([^)]*\)")


class Entry(Protocol):
    """A term to look for, with its abbreviation if it has one."""

    @property
    def term(self) -> str:
        """The term as the glossary writes it."""
        ...

    @property
    def afkorting(self) -> str | None:
        """Its abbreviation, if any."""
        ...


E = TypeVar("E", bound=Entry)


class Spelling(NamedTuple):
    """One way of writing an entry: parts that must all occur, matched exactly or folded."""

    parts: tuple[str, ...]
    exact: bool


def normalise(text: str) -> str:
    """Text without quotes, its whitespace collapsed: the form both sides are matched in."""
    for quote in _QUOTES:  # str.replace: translate takes a slow path per character
        text = text.replace(quote, "")
    return " ".join(text.split())


def spellings(entry: Entry) -> list[Spelling]:
    """Each way of writing ``entry``: its abbreviation, and its term with and without brackets."""
    found: list[Spelling] = []
    if entry.afkorting:
        found.append(Spelling((normalise(entry.afkorting),), True))
    if entry.term == entry.afkorting:
        return found
    for form in (_BRACKETED.sub(" ", entry.term), entry.term.replace("(", "").replace(")", "")):
        form = normalise(form)
        if not form:
            continue
        if not any(ch.islower() for ch in form):
            found.append(Spelling((form,), True))
        else:
            found.append(Spelling(tuple(p for p in form.casefold().split(" en ") if p), False))
    return found


def occurrences(part: str, text: str, exact: bool = False) -> Iterator[tuple[int, int]]:
    r"""Where ``part`` occurs in ``text`` as a word, maybe inflected: (start, end of the part).

    An ``exact`` part (an abbreviation) may also be followed by a number.

    That is ``re.finditer(rf"(?<!\w){re.escape(part)}{_INFLECTION}(?!\w)", text)``, taken apart:
    str.find locates the literal and two fixed regexes check what stands before and after it.
    A pattern per term cost a compile per term per run and, opening with a lookbehind, no
    fast literal scan: a full regex pass over every text for each absent term.
    """
    ending = _NUMBERED_END if exact else _INFLECTED_END
    start = text.find(part)
    while start != -1:
        end = start + len(part)
        if (start == 0 or not _WORD.match(text, start - 1)) and ending.match(text, end):
            yield start, end
        start = text.find(part, start + 1)


def used_terms(entries: Sequence[E], texts: Iterable[str]) -> tuple[E, ...]:
    """The entries that ``texts`` use, in the order given.

    The texts are matched a thousand at a time, NUL between them (no term runs from the end
    of one text into the next; a term has no NUL and no space at its ends): one string of all
    texts, normalised and folded, held some 200 MB at 10,000 measures. A part found in one
    batch is not searched again; an entry is used when every part of one of its spellings is
    found somewhere.
    """
    spelled = [spellings(entry) for entry in entries]
    wanted = {(part, s.exact) for forms in spelled for s in forms for part in s.parts}
    found: set[tuple[str, bool]] = set()
    batch: list[str] = []
    for text in itertools.chain(texts, [None]):
        if text is not None:
            batch.append(text)
            if len(batch) < _BATCH:
                continue
        exact = normalise("\0".join(batch))
        folded = exact.casefold()
        batch.clear()
        for part, is_exact in wanted - found:
            if next(occurrences(part, exact if is_exact else folded, is_exact), None) is not None:
                found.add((part, is_exact))
    return tuple(
        entry
        for entry, forms in zip(entries, spelled, strict=True)
        if any(all((part, s.exact) in found for part in s.parts) for s in forms)
    )


def expand_abbreviations(text: str, expansions: Iterable[tuple[str, str]]) -> str:
    """Write each abbreviation out at its first occurrence: 'NCTV (Nationaal Coördinator …)'.

    ``expansions`` pairs an abbreviation with its full form. An occurrence inside a compound
    ('EU-landen') or a numbered one ('DTN37') is passed over: the bracket would split the word.
    """
    inserts: dict[int, str] = {}
    for short, full in expansions:
        for start, end in occurrences(short, text):
            if text[start - 1 : start] != "-" and not _WORD_GOES_ON.match(text, end):
                inserts.setdefault(end, f" ({full})")
                break
    out = text
    for position in sorted(inserts, reverse=True):
        out = out[:position] + inserts[position] + out[position:]
    return out
