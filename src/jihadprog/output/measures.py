"""A list of measures as a rich table, JSON (the stable contract), CSV or YAML; ``WRITERS`` by name."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from jihadprog.models import Maatregel, marker_doubts
from jihadprog.output import Writer, count_maatregelen, literal, write_rich_table
from jihadprog.output.tabular import write_csv as write_rows
from jihadprog.status import Statusbepaling
from jihadprog.visible import visible

Row = tuple[Maatregel, Statusbepaling]


@dataclass(frozen=True)
class Selection:
    """The measures a query selected, each with its status as of the quarter ``as_of``."""

    rows: Sequence[Row]
    as_of: str
    """The quarter of the status column, '' when the corpus has no history yet."""
    namen: Mapping[str, str] = field(default_factory=dict)
    """Actor ids to the names a reader knows (Financiën, DT&V), for the table."""
    excel: bool = False
    """CSV for a Dutch spreadsheet (see tabular.write_csv)."""


def as_record(maatregel: Maatregel, status: Statusbepaling) -> dict[str, Any]:
    """The stable JSON form of a measure plus its ``status`` as of the quarter asked for.

    At least nummer, titel, groep, markering, acties, actoren and voortgang; more is welcome.
    ``status_afgeleid`` says the status was derived from actions and bills (no own entry).
    """
    record = maatregel.model_dump(mode="json")
    record.update(_status_fields(status))
    return record


def _status_fields(status: Statusbepaling) -> dict[str, Any]:
    return {
        "status": str(status.status),
        "status_afgeleid": status.afgeleid,
        "status_bevestigd": str(status.bevestigd) if status.bevestigd else None,
    }


def write_json(selection: Selection, stream: TextIO, color: bool = False) -> None:
    """The measures as a JSON array."""
    stream_json(selection.rows, stream)


def stream_json(rows: Iterable[Row], stream: TextIO) -> None:
    """Stream the JSON array of measures, byte for byte ``json.dumps(records, indent=2)``.

    Each record is serialised by pydantic (the JSON mode of ``as_record``) with its ``status``
    appended, and indented one level; no list of records or whole-document string is built.
    """
    first = True
    for maatregel, status in rows:
        body = maatregel.model_dump_json(indent=2).removesuffix("\n}")
        tail = ",\n  ".join(
            f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
            for key, value in _status_fields(status).items()
        )
        stream.write("[\n  " if first else ",\n  ")
        stream.write(f"{body},\n  {tail}\n}}".replace("\n", "\n  "))
        first = False
    stream.write("[]\n" if first else "\n]\n")


def write_yaml(selection: Selection, stream: TextIO, color: bool = False) -> None:
    """The same records as YAML."""
    import yaml

    records = [as_record(m, s) for m, s in selection.rows]
    stream.write(str(yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=100)))


CSV_COLUMNS = (
    "nummer",
    "groep",
    "themas",
    "markering",
    "zekerheid",
    "status",
    "status_herkomst",
    "titel",
    "acties",
    "actoren",
)


def write_csv(selection: Selection, stream: TextIO, color: bool = False) -> None:
    """One row per measure; lists are joined with '; '."""
    write_rows(
        CSV_COLUMNS,
        (
            [
                m.nummer,
                m.groep,
                "; ".join(m.themas),
                m.markering or "",
                m.markering_herkomst.zekerheid if m.markering_herkomst else "",
                status.status,
                status.herkomst or ("eigen voortgang" if status.bevestigd else ""),
                visible(m.titel, keep="\n"),
                len(m.acties),
                "; ".join(m.actoren),
            ]
            for m, status in selection.rows
        ),
        stream,
        selection.excel,
    )


def marker_text(maatregel: Maatregel) -> str:
    """The marker with its uncertainty: 'V', 'V?' (not sure), '–' (none in the source)."""
    unsure = marker_doubts(maatregel.markering, maatregel.markering_herkomst)
    return (maatregel.markering or "–") + ("?" if unsure else "")


def write_table(selection: Selection, stream: TextIO, color: bool) -> None:
    """A rich table of measures with their status as of the quarter of the selection."""
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column("Nr", justify="right")
    table.add_column("Groep", justify="center")
    table.add_column("Mark.", justify="center")
    rows = selection.rows
    table.add_column(f"Status {selection.as_of}".strip(), overflow="fold")
    table.add_column("Titel", overflow="fold")
    table.add_column("Actoren", overflow="fold")
    for m, status in rows:
        themas = "".join(t for t in m.themas if len(t) == 1)
        table.add_row(
            *literal(
                str(m.nummer),
                f"{m.groep}{themas}",
                marker_text(m),
                status.kort,
                m.titel,
                ", ".join(selection.namen.get(a, a) for a in m.actoren),
            )
        )
    write_rich_table(table, count_maatregelen(len(rows)), stream, color)


WRITERS: dict[str, Writer[Selection]] = {
    "table": write_table,
    "json": write_json,
    "csv": write_csv,
    "yaml": write_yaml,
}
