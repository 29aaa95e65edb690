"""yaml-tabs: no tab characters anywhere in a corpus file.

YAML forbids tabs in indentation (that is a yaml-syntax error); inside texts and comments they
are legal but invisible, usually pasted from a PDF, and they end up in reports. One finding per
line, at its first tab.

Good: ``tekst: De NCTV stemt af.``
Bad:  ``tekst: De NCTV<TAB>stemt af.``
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import position

_FIRST_TAB_PER_LINE = re.compile(r"^[^\t\n]*(\t)", re.MULTILINE)


def check(ctx: LintContext) -> Iterator[Finding]:
    """Report the first tab of every line that has one."""
    for doc in ctx.corpus.documents:
        if "\t" not in doc.text:
            continue
        for match in _FIRST_TAB_PER_LINE.finditer(doc.text):
            line, col = position(doc.text, match.start(1))
            yield Finding(doc.name, line, col, "tab-teken; gebruik spaties")


RULE = Rule(
    "yaml-tabs",
    Level.WARNING,
    "Geen tab-tekens in corpusbestanden.",
    check,
    __doc__ or "",
)
