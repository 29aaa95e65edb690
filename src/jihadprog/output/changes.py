"""The changes between two quarters as a rich table, JSON or Markdown; ``WRITERS`` by name."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from jihadprog.history import GEEN_STADIUM, Wijziging
from jihadprog.models import Maatregel
from jihadprog.output import Writer, count_maatregelen, literal, write_rich_table
from jihadprog.quarters import Kwartaal
from jihadprog.visible import visible


@dataclass(frozen=True)
class Changes:
    """What changed per measure after quarter ``van`` up to and including ``tot``."""

    van: Kwartaal
    tot: Kwartaal
    wijzigingen: Sequence[Wijziging]
    maatregelen: Sequence[Maatregel]
    """The measures compared, for what the Markdown names (bill titles)."""


def as_record(change: Wijziging) -> dict[str, Any]:
    """The JSON form of one measure's change."""
    return {
        "nummer": change.nummer,
        "titel": change.titel,
        "status_voor": str(change.status_voor),
        "status_voor_afgeleid": change.status_voor.afgeleid,
        "status_na": str(change.status_na),
        "status_na_afgeleid": change.status_na.afgeleid,
        "acties": [
            {"letter": a.letter, "status_voor": a.voor and str(a.voor), "status_na": str(a.na)}
            for a in change.acties
        ],
        "wetgeving": [
            {
                "id": w.id,
                "titel": w.titel,
                "kamerstuk": w.kamerstuk,
                "staatsblad": w.staatsblad,
                "stadium_voor": w.voor and str(w.voor),
                "stadium_na": str(w.na),
            }
            for w in change.wetgeving
        ],
        "nieuwe_feiten": [
            {
                "kwartaal": str(f.kwartaal),
                "onderdeel": f.onderdeel,
                "naam": f.naam,
                "status": f.label,
                "toelichting": f.toelichting,
                "bronnen": list(f.bronnen),
            }
            for f in change.feiten
        ],
        "nieuwe_bronnen": change.nieuwe_bronnen,
    }


def write_json(changes: Changes, stream: TextIO, color: bool = False) -> None:
    """The changes as a JSON object with the two quarters."""
    records = [as_record(c) for c in changes.wijzigingen]
    payload = {"van": str(changes.van), "tot": str(changes.tot), "wijzigingen": records}
    stream.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _status_change(change: Wijziging) -> str:
    if change.status_voor.label == change.status_na.label:
        return change.status_na.kort
    return f"{change.status_voor.kort} → {change.status_na.kort}"


def _stage_lines(change: Wijziging) -> list[str]:
    lines = []
    for w in change.wetgeving:
        ref = ", ".join(x for x in (w.kamerstuk and f"Kamerstuk {w.kamerstuk}", w.staatsblad) if x)
        before = w.voor or GEEN_STADIUM
        lines.append(f"{w.titel}{f' ({ref})' if ref else ''}: {before} → {w.na}")
    for a in change.acties:
        lines.append(f"actie {change.nummer}{a.letter}: {a.voor or 'onbekend'} → {a.na}")
    return lines


def write_markdown(diff: Changes, stream: TextIO, color: bool = False) -> None:
    """Markdown from the report's own 'what changed' template part, for the chosen period."""
    from jihadprog.report.build import changes_section
    from jihadprog.report.render import render_changes

    section = changes_section(diff.maatregelen, diff.van, diff.tot, diff.van, gekozen=True)
    stream.write(visible(render_changes(section), keep="\n"))


def write_table(diff: Changes, stream: TextIO, color: bool) -> None:
    """A rich table of the changes."""
    from rich.table import Table

    changes = diff.wijzigingen
    table = Table(title=f"Wijzigingen {diff.van} → {diff.tot}")
    table.add_column("Nr", justify="right")
    table.add_column("Status", overflow="fold")
    table.add_column("Wetgeving en acties", overflow="fold")
    table.add_column("Nieuwe bronnen", overflow="fold")
    for c in changes:
        table.add_row(
            *literal(
                str(c.nummer),
                _status_change(c),
                "\n".join(_stage_lines(c)),
                "\n".join(c.nieuwe_bronnen),
            )
        )
    write_rich_table(table, f"{count_maatregelen(len(changes))} gewijzigd", stream, color)


WRITERS: dict[str, Writer[Changes]] = {
    "table": write_table,
    "json": write_json,
    "md": write_markdown,
}
