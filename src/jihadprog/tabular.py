"""CSV for tools (RFC 4180, comma) or for a Dutch spreadsheet (semicolon, UTF-8 BOM).

A Dutch Excel reads ';' as the list separator and guesses the encoding from a byte-order
mark; without both it splits rows at commas in actor lists and garbles accents.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

BOM = "\ufeff"


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]], excel: bool = False) -> str:
    """The header and rows as CSV text; ``excel`` selects ';' and a leading BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if excel else ",", lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return (BOM if excel else "") + buffer.getvalue()
