"""Measures as the user sees them: the JSON contract, CSV, YAML, rich tables and full text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from jihadprog.models import Begrip, Maatregel

QUERY_FORMATS = ("table", "json", "csv", "yaml")


def as_record(maatregel: Maatregel) -> dict[str, Any]:
    """The stable JSON form of a measure (nummer, titel, groep, markering, acties, actoren, voortgang …)."""
    return maatregel.model_dump(mode="json")


def to_json(maatregelen: Sequence[Maatregel]) -> str:
    """A JSON array of measures, ordered as given."""
    buffer = io.StringIO()
    write_json(maatregelen, buffer)
    return buffer.getvalue()


def write_json(maatregelen: Iterable[Maatregel], stream: TextIO) -> None:
    """Stream the JSON array of measures, byte for byte ``json.dumps(records, indent=2)``.

    Each record is serialised by pydantic (the same JSON mode as ``as_record``) and indented
    one level; no list of records or whole-document string is held in memory.
    """
    first = True
    for maatregel in maatregelen:
        stream.write("[\n  " if first else ",\n  ")
        stream.write(maatregel.model_dump_json(indent=2).replace("\n", "\n  "))
        first = False
    stream.write("[]\n" if first else "\n]\n")


def to_yaml(maatregelen: Sequence[Maatregel]) -> str:
    """The same records as YAML."""
    import yaml

    records = [as_record(m) for m in maatregelen]
    return str(yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=100))


CSV_COLUMNS = ("nummer", "groep", "themas", "markering", "zekerheid", "titel", "acties", "actoren")


def to_csv(maatregelen: Sequence[Maatregel]) -> str:
    """One row per measure; lists are joined with '; '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for m in maatregelen:
        writer.writerow(
            [
                m.nummer,
                m.groep,
                "; ".join(m.themas),
                m.markering or "",
                m.markering_herkomst.zekerheid if m.markering_herkomst else "",
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


def print_table(maatregelen: Sequence[Maatregel], color: bool) -> None:
    """A rich table of measures on standard output."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column("Nr", justify="right")
    table.add_column("Groep", justify="center")
    table.add_column("Mark.", justify="center")
    table.add_column("Titel", overflow="fold")
    table.add_column("Actoren", overflow="fold")
    for m in maatregelen:
        themas = "".join(t for t in m.themas if len(t) == 1)
        table.add_row(
            str(m.nummer), f"{m.groep}{themas}", marker_text(m), m.titel, ", ".join(m.actoren)
        )
    console = Console(no_color=not color, highlight=False)
    console.print(table)
    console.print(f"{len(maatregelen)} maatregel{'en' if len(maatregelen) != 1 else ''}")


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
