"""Measures as the user sees them: the JSON contract, CSV, YAML, rich tables and full text."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from jihadprog.models import Begrip, Maatregel
from jihadprog.status import Statusbepaling

QUERY_FORMATS = ("table", "json", "csv", "yaml")


Row = tuple[Maatregel, Statusbepaling]


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
        tail = ",\n  ".join(
            f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
            for key, value in _status_fields(status).items()
        )
        stream.write("[\n  " if first else ",\n  ")
        stream.write(f"{body},\n  {tail}\n}}".replace("\n", "\n  "))
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
    "status_herkomst",
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
                status.status,
                status.herkomst or ("eigen voortgang" if status.bevestigd else ""),
                m.titel,
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
            str(m.nummer),
            f"{m.groep}{themas}",
            marker_text(m),
            status.kort,
            m.titel,
            ", ".join(m.actoren),
        )
    console = Console(no_color=not color, highlight=False)
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
