"""Measures as the user sees them: the JSON contract, CSV, YAML, rich tables and full text."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from jihadprog.models import Begrip, Maatregel
from jihadprog.visible import visible
from jihadprog.vocab import Status

if TYPE_CHECKING:
    from rich.text import Text

QUERY_FORMATS = ("table", "json", "csv", "yaml")


Row = tuple[Maatregel, Status]


def as_record(maatregel: Maatregel, status: Status) -> dict[str, Any]:
    """The stable JSON form of a measure plus its ``status`` as of the quarter asked for.

    At least nummer, titel, groep, markering, acties, actoren and voortgang; more is welcome.
    """
    record = maatregel.model_dump(mode="json")
    record["status"] = str(status)
    return record


def to_json(rows: Sequence[Row]) -> str:
    """A JSON array of measures, ordered as given."""
    buffer = io.StringIO()
    write_json(rows, buffer)
    return buffer.getvalue()


def write_json(rows: Iterable[Row], stream: TextIO) -> None:
    """Stream the JSON array of measures, byte for byte ``json.dumps(records, indent=2)``.

    Each record is serialised by pydantic (the JSON mode of ``as_record``) with its ``status``
    appended, and indented one level; no list of records or whole-document string is built.
    """
    first = True
    for maatregel, status in rows:
        body = maatregel.model_dump_json(indent=2).removesuffix("\n}")
        status_json = json.dumps(str(status), ensure_ascii=False)
        stream.write("[\n  " if first else ",\n  ")
        stream.write(f'{body},\n  "status": {status_json}\n}}'.replace("\n", "\n  "))
        first = False
    stream.write("[]\n" if first else "\n]\n")


def to_yaml(rows: Sequence[Row]) -> str:
    """The same records as YAML."""
    import yaml

    records = [as_record(m, s) for m, s in rows]
    return str(yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=100))


CSV_COLUMNS = (
    "nummer",
    "groep",
    "themas",
    "markering",
    "zekerheid",
    "status",
    "titel",
    "acties",
    "actoren",
)


def to_csv(rows: Sequence[Row]) -> str:
    """One row per measure; lists are joined with '; '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for m, status in rows:
        writer.writerow(
            [
                m.nummer,
                m.groep,
                "; ".join(m.themas),
                m.markering or "",
                m.markering_herkomst.zekerheid if m.markering_herkomst else "",
                status,
                visible(m.titel, keep="\n"),
                len(m.acties),
                "; ".join(m.actoren),
            ]
        )
    return buffer.getvalue()


def marker_text(maatregel: Maatregel) -> str:
    """The marker with its uncertainty: 'V', 'V?' (not sure), '–' (none in the source)."""
    herkomst = maatregel.markering_herkomst
    unsure = herkomst is not None and (herkomst.zekerheid != "hoog" or not herkomst.in_brontekst)
    return (maatregel.markering or "–") + ("?" if unsure else "")


def literal(*cells: str) -> list[Text]:
    """Table cells that print as written: no rich markup, hidden characters made visible."""
    from rich.text import Text

    return [Text(visible(cell, keep="\n")) for cell in cells]


def print_table(rows: Sequence[Row], color: bool, as_of: str) -> None:
    """A rich table of measures with their status as of the quarter ``as_of``."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column("Nr", justify="right")
    table.add_column("Groep", justify="center")
    table.add_column("Mark.", justify="center")
    table.add_column(f"Status {as_of}".strip(), overflow="fold")
    table.add_column("Titel", overflow="fold")
    table.add_column("Actoren", overflow="fold")
    for m, status in rows:
        themas = "".join(t for t in m.themas if len(t) == 1)
        table.add_row(
            *literal(
                str(m.nummer),
                f"{m.groep}{themas}",
                marker_text(m),
                str(status),
                m.titel,
                ", ".join(m.actoren),
            )
        )
    console = Console(no_color=not color, highlight=False, markup=False)
    console.print(table)
    console.print(f"{len(rows)} maatregel{'en' if len(rows) != 1 else ''}")


def expand_abbreviations(text: str, begrippen: Sequence[Begrip]) -> str:
    """Write out known abbreviations at their first occurrence: 'NCTV (Nationaal Coördinator …)'."""
    import re

    from jihadprog.rules.abbreviation_defined import ABBREVIATION

    expansions = {
        b.afkorting: b.voluit or b.term
        for b in begrippen
        if b.afkorting and (b.voluit or b.term) != b.afkorting
    }
    done: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in expansions and word not in done:
            done.add(word)
            return f"{word} ({expansions[word]})"
        return word

    return ABBREVIATION.sub(replace, text)
