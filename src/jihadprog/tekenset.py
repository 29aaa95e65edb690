"""The characters the PDF can set: the shipped table ``tekenset.txt`` (see scripts/tekenset.py).

Lint and the PDF agree through this table: a character outside it is a lint error at its file
and line, so a corpus that passes lint never fails the PDF on a missing glyph.
"""

from __future__ import annotations

import bisect
from functools import cache
from importlib import resources


@cache
def _table() -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    text = resources.files("jihadprog").joinpath("tekenset.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        low, _, high = line.partition("-")
        starts.append(int(low, 16))
        ends.append(int(high or low, 16))
    return starts, ends


def settable(char: str) -> bool:
    """Whether the PDF's fonts have a glyph for ``char``."""
    starts, ends = _table()
    index = bisect.bisect_right(starts, ord(char)) - 1
    return index >= 0 and ord(char) <= ends[index]
