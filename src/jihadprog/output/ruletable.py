"""The rule table: one source for `jihadprog regels` and the README, so the two cannot drift.

``WRITERS`` holds its formats by name: aligned text and a Markdown table.

``python -m jihadprog.output.ruletable README.md`` (or ``make readme``) rewrites the block between
``<!-- regels:begin -->`` and ``<!-- regels:end -->``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from jihadprog.output import Writer
from jihadprog.rules import RULES
from jihadprog.rules.base import Rule

BEGIN = "<!-- regels:begin -->"
END = "<!-- regels:end -->"


def text_table(rules: Iterable[Rule] | None = None) -> str:
    """Aligned plain text: id, default level, description; one rule per line."""
    chosen = list(RULES.values() if rules is None else rules)
    width = max((len(rule.id) for rule in chosen), default=0)
    return "".join(
        f"{rule.id:<{width}}  {rule.level.label:<12}  {rule.description}\n" for rule in chosen
    )


def markdown_table(rules: Iterable[Rule] | None = None) -> str:
    """A Markdown table with the same columns as `jihadprog regels`."""
    chosen = RULES.values() if rules is None else rules
    lines = ["| id | niveau | omschrijving |", "|---|---|---|"]
    for rule in chosen:
        description = rule.description.replace("|", "\\|")
        lines.append(f"| `{rule.id}` | {rule.level.label} | {description} |")
    return "\n".join(lines) + "\n"


def write_text(rules: Iterable[Rule], stream: TextIO, color: bool = False) -> None:
    """The aligned text table."""
    stream.write(text_table(rules))


def write_markdown(rules: Iterable[Rule], stream: TextIO, color: bool = False) -> None:
    """The Markdown table."""
    stream.write(markdown_table(rules))


WRITERS: dict[str, Writer[Iterable[Rule]]] = {"text": write_text, "md": write_markdown}


def replace_block(document: str, table: str) -> str:
    """``document`` with the generated block replaced by ``table``; the markers must exist."""
    start = document.find(BEGIN)
    end = document.find(END, start)
    if start < 0 or end < 0:
        raise ValueError(f"markers {BEGIN} … {END} not found")
    return document[: start + len(BEGIN)] + "\n" + table + document[end:]


def main(argv: list[str]) -> int:
    """Rewrite the rule table in each Markdown file named on the command line."""
    for name in argv:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        updated = replace_block(text, markdown_table())
        if updated != text:
            path.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
