"""`jihadprog historie`: every progress fact of the corpus as one flat, ordered table.

One row per fact of a measure, an action or a bill. The columns are a stable contract
(documented in the README): researchers load them into spreadsheets and scripts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TextIO

from jihadprog.history import facts
from jihadprog.models import Maatregel
from jihadprog.output import Writer
from jihadprog.output.tabular import write_csv as write_rows
from jihadprog.quarters import Kwartaal

COLUMNS = (
    "kwartaal",
    "datum",
    "maatregel",
    "actie",
    "wetsvoorstel",
    "status",
    "stadium",
    "toelichting",
    "bronnen",
    "organisaties",
)
_BILL = "wet:"


@dataclass(frozen=True)
class Regel:
    """One fact as a row: exactly one of status (measure, action) and stadium (bill) is set."""

    kwartaal: str
    datum: str
    maatregel: int
    actie: str
    wetsvoorstel: str
    status: str
    stadium: str
    toelichting: str
    bronnen: tuple[str, ...]
    organisaties: tuple[str, ...]

    def values(self) -> list[object]:
        """The cells in COLUMNS order, lists joined with '; '."""
        return [
            "; ".join(v) if isinstance(v, tuple) else v
            for v in (getattr(self, name) for name in COLUMNS)
        ]


def rows(
    maatregelen: Iterable[Maatregel], van: Kwartaal | None = None, tot: Kwartaal | None = None
) -> list[Regel]:
    """Every fact from ``van`` to ``tot`` (inclusive), by quarter, date, measure and part."""
    found: list[Regel] = []
    for m in maatregelen:
        for feit in facts(m):
            if (van and feit.kwartaal < van) or (tot and feit.kwartaal > tot):
                continue
            bill = feit.onderdeel.removeprefix(_BILL) if feit.onderdeel.startswith(_BILL) else ""
            found.append(
                Regel(
                    kwartaal=str(feit.kwartaal),
                    datum=feit.datum.isoformat() if feit.datum else "",
                    maatregel=m.nummer,
                    actie="" if bill else feit.onderdeel,
                    wetsvoorstel=bill,
                    status="" if bill else feit.label,
                    stadium=feit.label if bill else "",
                    toelichting=feit.toelichting,
                    bronnen=feit.bronnen,
                    organisaties=tuple(m.actoren),
                )
            )
    return sorted(found, key=lambda r: (r.kwartaal, r.datum, r.maatregel, r.wetsvoorstel, r.actie))


@dataclass(frozen=True)
class Historie:
    """The rows to write, and whether CSV is meant for a Dutch spreadsheet."""

    regels: Sequence[Regel]
    excel: bool = False


def write_csv(historie: Historie, stream: TextIO, color: bool = False) -> None:
    """The table as CSV (see tabular.write_csv for ``excel``)."""
    write_rows(COLUMNS, (r.values() for r in historie.regels), stream, historie.excel)


def write_json(historie: Historie, stream: TextIO, color: bool = False) -> None:
    """A JSON array of rows; bronnen and organisaties stay lists, empty cells are null."""
    records = [
        {
            name: (list(v) if isinstance(v, tuple) else (v if v != "" else None))
            for name, v in ((name, getattr(r, name)) for name in COLUMNS)
        }
        for r in historie.regels
    ]
    stream.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")


def write_markdown(historie: Historie, stream: TextIO, color: bool = False) -> None:
    """A Markdown pipe table with the same columns."""
    from jihadprog.report.mdescape import escape_cell

    stream.write("| " + " | ".join(COLUMNS) + " |\n|" + "---|" * len(COLUMNS) + "\n")
    for r in historie.regels:
        stream.write("| " + " | ".join(escape_cell(str(v)) for v in r.values()) + " |\n")


WRITERS: dict[str, Writer[Historie]] = {
    "csv": write_csv,
    "json": write_json,
    "md": write_markdown,
}
