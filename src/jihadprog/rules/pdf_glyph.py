"""pdf-glyph: every character in the corpus is one the PDF's fonts can set.

The PDF is set in DejaVu Serif with DejaVu Sans as fallback (``tekenset.txt`` lists what they
cover). Whatever lint accepts, the PDF typesets: a character outside that set (an emoji the
fonts lack, Chinese, right-to-left Arabic or Hebrew) is an error at its own line and column,
not a failed PDF. Comment lines are skipped; combining accents are fine (they are composed).

Good: ``toelichting: Ten minste 115 onderzoeken (≥ 115), Ω, café, ook als e plus U+0301.``
Bad:  ``toelichting: Bevestigd 👍`` or ``toelichting: 伊斯兰国``
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import position
from jihadprog.tekenset import settable

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_COMMENT = re.compile(r"^[ \t]*#.*$", re.MULTILINE)
_IGNORED = frozenset({"Cc", "Cf", "Zl", "Zp"})


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report each character the fonts lack, once per line, where it stands."""
    for doc in ctx.corpus.documents:
        if all(c.isascii() or _fine(c) for c in doc.unusual):
            continue  # one fast scan: most files hold no character the fonts lack
        text = _COMMENT.sub(lambda m: " " * len(m.group(0)), doc.text)
        seen: set[tuple[int, str]] = set()
        for match in _NON_ASCII.finditer(text):
            char = match.group(0)
            if _fine(char):
                continue
            line, col = position(text, match.start())
            if (line, char) in seen:
                continue
            seen.add((line, char))
            name = unicodedata.name(char, "zonder naam")
            yield Finding(
                doc.name,
                line,
                col,
                f"teken '{char}' (U+{ord(char):04X}, {name}) staat niet in de lettertypen van de "
                "PDF; vervang het of schrijf het uit",
            )


def _fine(char: str) -> bool:
    """A non-ASCII character the fonts can set, or one the PDF never sets (a control)."""
    return settable(char) or unicodedata.category(char) in _IGNORED


RULE = Rule(
    "pdf-glyph",
    Level.ERROR,
    "Elk teken in het corpus kan in de PDF gezet worden (geen emoji, Chinees, Arabisch …).",
    check,
    __doc__ or "",
)
