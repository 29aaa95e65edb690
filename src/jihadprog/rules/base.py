"""The rule type: an id, a default level, a one-line Dutch description and a check."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level

Check = Callable[[LintContext], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    """A lint rule. Checks yield findings; the engine stamps id and level and decides the exit."""

    id: str
    level: Level
    description: str
    check: Check
    doc: str = ""
