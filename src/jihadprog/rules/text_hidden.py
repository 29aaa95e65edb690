"""text-hidden: no invisible, control or bidi characters in texts and keys.

A zero-width space makes a wrong name read as a right one; a bidi override displays a line
reversed; an ESC sequence drives the terminal of whoever prints the text. Messages show such
characters as ``<U+200B>``. Tabs (yaml-tabs) and the soft hyphen (pdf-artefact) have their
own rules; line breaks in block texts are text. U+0085, U+2028 and U+2029 are line breaks to
YAML: the parser folds them away, so they are reported where they stand in the file.

Good: ``titel: De NCTV stemt af.``
Bad:  ``titel: De NC<U+200B>TV stemt af.`` (a zero-width space inside NCTV)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import position
from jihadprog.visible import HIDDEN_CLASS, hidden_chars, visible
from jihadprog.yamlsource import Document, Loc, short

_OWN_RULES = "\n\t\u00ad"
# A hidden character other than those (the class with \t, \n and U+00AD cut out). It is run
# over a file's few distinct unusual characters, not over the file: the big class checked at
# every character cost most of this rule.
_SUSPECT = re.compile(
    "[" + HIDDEN_CLASS.replace("\x00-\x1f", "\x00-\x08\x0b-\x1f").replace("\xad", "") + "]"
)


# Characters YAML reads as line breaks besides \n and \r: gone from the data once parsed.
_YAML_BREAK = re.compile("[\x85\u2028\u2029]")


def check(ctx: LintContext) -> Iterator[Finding]:
    """Walk the data of every file that loaded and may hold one; report each text or key once."""
    for doc in ctx.corpus.documents:
        if not doc.usable:
            continue
        if _YAML_BREAK.search(doc.unusual):
            for match in _YAML_BREAK.finditer(doc.text):
                line, col = position(doc.text, match.start())
                yield Finding(
                    doc.name,
                    line,
                    col,
                    f"teken <U+{ord(match.group()):04X}> is voor YAML een regeleinde en verdwijnt "
                    "uit de tekst; verwijder het",
                )
        # a backslash: an escape in a quoted string ("\u200b") writes a hidden character
        # without the character itself appearing in the file
        if _SUSPECT.search(doc.unusual) or "\\" in doc.text:
            yield from _walk(doc, doc.data, ())


def _walk(doc: Document, value: Any, loc: Loc) -> Iterator[Finding]:
    if isinstance(value, dict):
        for key, item in value.items():
            found = hidden_chars(str(key), _OWN_RULES)
            if found:
                yield doc.finding((*loc, key), _message("sleutel", str(key), found))
            yield from _walk(doc, item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(doc, item, (*loc, index))
    elif isinstance(value, str):
        found = hidden_chars(value, _OWN_RULES)
        if found:
            yield doc.finding(loc, _message("tekst", value, found))


def _message(what: str, value: str, found: list[str]) -> str:
    chars = ", ".join(f"<U+{ord(c):04X}>" for c in found)
    shown = short(visible(value), 60)
    return f"{what} bevat onzichtbare of stuurtekens ({chars}): '{shown}'; verwijder ze"


RULE = Rule(
    "text-hidden",
    Level.ERROR,
    "Geen onzichtbare, stuur- of bidi-tekens in teksten en sleutels.",
    check,
    __doc__ or "",
)
