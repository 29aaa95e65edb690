"""A problem is a value: where, how bad, which rule, what. Formatters only print these."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple


class Level(IntEnum):
    """Severity of a problem; higher is worse."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """The Dutch word printed for this level."""
        return {Level.INFO: "info", Level.WARNING: "waarschuwing", Level.ERROR: "fout"}[self]

    @property
    def key(self) -> str:
        """The level's name in configuration and JSON output."""
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Level:
        """Read a level from configuration ('error', 'warning', 'info', or the Dutch words)."""
        aliases = {"fout": "error", "waarschuwing": "warning"}
        name = aliases.get(text.lower(), text.lower())
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(text) from None


class Finding(NamedTuple):
    """What a check reports, before the engine stamps rule id and level on it."""

    file: str
    line: int | None
    col: int | None
    message: str


@dataclass(frozen=True, order=True)
class Problem:
    """One positioned problem. Sorted by file, then line, then column."""

    file: str
    line: int
    col: int
    level: Level
    rule: str
    message: str

    @classmethod
    def from_finding(cls, finding: Finding, rule: str, level: Level) -> Problem:
        """Stamp a finding with the rule that produced it and its effective level."""
        return cls(
            file=finding.file,
            line=finding.line or 0,
            col=finding.col or 0,
            level=level,
            rule=rule,
            message=finding.message,
        )

    def as_dict(self) -> dict[str, object]:
        """The JSON form of a problem (stable contract)."""
        return {
            "file": self.file,
            "line": self.line or None,
            "column": self.col or None,
            "rule": self.rule,
            "level": self.level.key,
            "message": self.message,
        }
