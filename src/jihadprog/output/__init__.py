"""Turning data into text: each module writes one kind of data in the formats it offers.

``problems`` (lint findings), ``measures`` (a list of measures), ``measure`` (one measure in
full), ``changes`` (what changed between two quarters) and ``ruletable`` (the lint rules) each
expose ``WRITERS``, a table from format name to writer. A writer writes to the stream it is
handed; only the CLI hands it standard output. The report has its own package (``report``).
"""

from collections.abc import Callable
from typing import TextIO, TypeVar

T = TypeVar("T")

Writer = Callable[[T, TextIO, bool], None]
"""Writes its data to the stream, in colour when the flag says so (only a table may use it)."""
