"""Turning data into text: each module writes one kind of data in the formats it offers.

``problems`` (lint findings), ``measures`` (a list of measures), ``measure`` (one measure in
full), ``changes`` (what changed between two quarters), ``ruletable`` (the lint rules),
``history`` (every fact as a flat table) and ``organisation`` (what one organisation carries)
each expose ``WRITERS``, a table from format name to writer; ``tabular`` is their CSV. A writer writes to the stream it is
handed; only the CLI hands it standard output. The report has its own package (``report``).
"""

from collections.abc import Callable
from typing import Any, TextIO, TypeVar

T = TypeVar("T")

Writer = Callable[[T, TextIO, bool], None]
"""Writes its data to the stream, in colour when the flag says so (only a table may use it)."""


def literal(*cells: str) -> list[Any]:
    """Table cells that print as written: no rich markup, hidden characters made visible."""
    from rich.text import Text

    from jihadprog.visible import visible

    return [Text(visible(cell, keep="\n")) for cell in cells]


def write_rich_table(table: Any, footer: str, stream: TextIO, color: bool) -> None:
    """A rich table and a closing line, in colour only when asked (rich is imported here).

    Cells come from ``literal``: corpus text is never read as rich markup.
    """
    from rich.console import Console

    console = Console(file=stream, no_color=not color, highlight=False, markup=False)
    console.print(table)
    console.print(footer)


def count_maatregelen(number: int) -> str:
    """'1 maatregel', '3 maatregelen'."""
    return f"{number} maatregel{'en' if number != 1 else ''}"
