"""Dutch prose for the report: dates and enumerations as a reader writes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(day: dt.date) -> str:
    """A date as Dutch prose: '12 november 2014'."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def dutch_list(items: Iterable[object]) -> str:
    """Items as a Dutch enumeration: 'a', 'a en b', 'a, b en c'."""
    words = [str(item) for item in items]
    return " en ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)
