"""Quarters (kwartalen): parsing the notations people write, canonical form, Dutch labels."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MIN_YEAR, MAX_YEAR = 1900, 2999
_ORDINALS = ("eerste", "tweede", "derde", "vierde")
_PATTERNS = (
    re.compile(r"^(?P<jaar>\d{4})\s*[-/ ]?\s*[KQ](?P<k>\d)$", re.IGNORECASE),
    re.compile(r"^[KQ](?P<k>\d)\s*[-/ ]?\s*(?P<jaar>\d{4})$", re.IGNORECASE),
)


@dataclass(frozen=True, order=True)
class Kwartaal:
    """A calendar quarter; orders chronologically; prints as ``2014-K4``."""

    jaar: int
    nummer: int

    def __post_init__(self) -> None:
        if not 1 <= self.nummer <= 4:
            raise ValueError(f"kwartaal {self.nummer} bestaat niet; kies K1 tot en met K4")
        if not MIN_YEAR <= self.jaar <= MAX_YEAR:
            raise ValueError(f"jaar {self.jaar} valt buiten het bereik {MIN_YEAR}–{MAX_YEAR}")

    @classmethod
    def parse(cls, text: str) -> Kwartaal:
        """Read ``2014-K4``, ``2014-Q4``, ``2014K4``, ``K4 2014`` (any case, spaces trimmed)."""
        cleaned = text.strip()
        for pattern in _PATTERNS:
            match = pattern.match(cleaned)
            if match:
                return cls(int(match["jaar"]), int(match["k"]))
        raise ValueError(
            f"'{text}' is geen kwartaal; schrijf het als JJJJ-KN, bijvoorbeeld 2014-K4"
        )

    @classmethod
    def of(cls, day: dt.date) -> Kwartaal:
        """The quarter a date falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.jaar}-K{self.nummer}"

    @property
    def label(self) -> str:
        """Dutch words, as in a report: 'vierde kwartaal 2014'."""
        return f"{_ORDINALS[self.nummer - 1]} kwartaal {self.jaar}"

    @property
    def index(self) -> int:
        """A running count of quarters, so that ``a.index - b.index`` is their distance."""
        return self.jaar * 4 + self.nummer - 1

    @property
    def first_day(self) -> dt.date:
        """The first day of the quarter."""
        return dt.date(self.jaar, 3 * self.nummer - 2, 1)

    @property
    def last_day(self) -> dt.date:
        """The last day of the quarter."""
        month = 3 * self.nummer
        return dt.date(self.jaar, month, calendar.monthrange(self.jaar, month)[1])

    def next(self) -> Kwartaal:
        """The following quarter."""
        return (
            Kwartaal(self.jaar + 1, 1) if self.nummer == 4 else Kwartaal(self.jaar, self.nummer + 1)
        )

    def previous(self) -> Kwartaal:
        """The preceding quarter."""
        return (
            Kwartaal(self.jaar - 1, 4) if self.nummer == 1 else Kwartaal(self.jaar, self.nummer - 1)
        )
