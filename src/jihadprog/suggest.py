"""'Bedoelde u …?': the nearest valid spelling of a mistyped name (difflib, no dependency)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def suggest(wrong: str, valid: Iterable[str]) -> str:
    """'; bedoelde u 'x'?' for the closest valid name, or '' when none is close."""
    options = [str(v) for v in valid]
    by_fold = {option.casefold(): option for option in options}
    if wrong.casefold() in by_fold and by_fold[wrong.casefold()] != wrong:
        return f"; bedoelde u '{by_fold[wrong.casefold()]}'?"
    close = difflib.get_close_matches(wrong.casefold(), list(by_fold), n=1, cutoff=0.6)
    return f"; bedoelde u '{by_fold[close[0]]}'?" if close else ""
