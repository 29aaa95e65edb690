"""The lint engine: run the enabled rules, stamp id and level, honour inline disables, sort.

Loading verdicts (a file that cannot be read, parsed or validated) are not policy: they cannot
be disabled or re-levelled, since the file's data is missing from everything that follows. A
file with a loading error gets no other findings: one mistake, one finding.

No I/O and no printing: the CLI loads the corpus and the configuration, and prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Level, Problem
from jihadprog.rules import RULES
from jihadprog.rules.loading import LOADING_IDS

_INLINE_DISABLE = re.compile(r"#\s*jihadprog:\s*disable=([a-z0-9,\s-]+)")


@dataclass(frozen=True)
class LintConfig:
    """Which rules run and at what level; ``strict`` turns warnings into errors."""

    disabled: frozenset[str] = frozenset()
    levels: Mapping[str, Level] = field(default_factory=dict)
    strict: bool = False


def lint(ctx: LintContext, config: LintConfig | None = None) -> list[Problem]:
    """All problems of the corpus in ``ctx``, sorted by file, line and column."""
    config = config or LintConfig()
    disabled_lines = _inline_disables(ctx)
    problems: list[Problem] = []
    unregistered = {rule for rule, _ in ctx.corpus.findings} - LOADING_IDS
    if unregistered:  # a finding no rule replays would vanish silently: a bug, not input
        raise RuntimeError(f"loading findings under unregistered rule ids: {sorted(unregistered)}")
    broken = {finding.file for _, finding in ctx.corpus.findings if finding.line is not None}
    broken.update(ctx.corpus.dropped)
    for rule in RULES.values():
        loading = rule.id in LOADING_IDS
        if rule.id in config.disabled and not loading:
            continue
        level = rule.level if loading else config.levels.get(rule.id, rule.level)
        if config.strict and level is Level.WARNING:
            level = Level.ERROR
        for finding in rule.check(ctx):
            if not loading and finding.file in broken:
                continue  # one mistake, one finding: the file's loading error says it
            problem = Problem.from_finding(finding, rule.id, level)
            if loading or rule.id not in disabled_lines.get((problem.file, problem.line), ()):
                problems.append(problem)
    return sorted(set(problems))


def exit_code(problems: Iterable[Problem]) -> int:
    """0 when nothing reaches error level, else 1."""
    return 1 if any(p.level is Level.ERROR for p in problems) else 0


def _inline_disables(ctx: LintContext) -> dict[tuple[str, int], set[str]]:
    """Lines silenced by '# jihadprog: disable=rule-id' at their end or on the line above."""
    silenced: dict[tuple[str, int], set[str]] = {}
    for doc in ctx.corpus.documents:
        if "jihadprog:" not in doc.text:
            continue
        for number, line in enumerate(doc.text.splitlines(), start=1):
            match = _INLINE_DISABLE.search(line)
            if not match:
                continue
            ids = {part.strip() for part in match.group(1).split(",") if part.strip()}
            own_line = line.lstrip().startswith("#")
            target = number + 1 if own_line else number
            silenced.setdefault((doc.name, target), set()).update(ids)
    return silenced
