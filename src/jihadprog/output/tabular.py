"""CSV for tools (RFC 4180, comma) or for a Dutch spreadsheet (semicolon, UTF-8 BOM).

A Dutch Excel reads ';' as the list separator and guesses the encoding from a byte-order
mark; without both it splits rows at commas in actor lists and garbles accents.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import TextIO

BOM = "\ufeff"


def write_csv(
    header: Sequence[str], rows: Iterable[Sequence[object]], stream: TextIO, excel: bool = False
) -> None:
    """The header and rows as CSV; ``excel`` selects ';' and a leading BOM."""
    if excel:
        stream.write(BOM)
    writer = csv.writer(stream, delimiter=";" if excel else ",", lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
