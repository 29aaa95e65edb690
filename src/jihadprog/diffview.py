"""`jihadprog diff`: the changes between two quarters as a table, JSON or Markdown."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from jihadprog.history import Wijziging
from jihadprog.mdescape import escape_cell, escape_inline
from jihadprog.quarters import Kwartaal

DIFF_FORMATS = ("table", "json", "md")


def as_record(change: Wijziging) -> dict[str, Any]:
    """The JSON form of one measure's change."""
    return {
        "nummer": change.nummer,
        "titel": change.titel,
        "status_voor": str(change.status_voor),
        "status_na": str(change.status_na),
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
                "status": f.label,
                "toelichting": f.toelichting,
                "bronnen": list(f.bronnen),
            }
            for f in change.feiten
        ],
        "nieuwe_bronnen": change.nieuwe_bronnen,
    }


def to_json(changes: Sequence[Wijziging], van: Kwartaal, tot: Kwartaal) -> str:
    """The changes as a JSON object with the two quarters."""
    payload = {"van": str(van), "tot": str(tot), "wijzigingen": [as_record(c) for c in changes]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _status_change(change: Wijziging) -> str:
    if change.status_voor == change.status_na:
        return str(change.status_na)
    return f"{change.status_voor} → {change.status_na}"


def _stage_lines(change: Wijziging) -> list[str]:
    lines = []
    for w in change.wetgeving:
        ref = ", ".join(x for x in (w.kamerstuk and f"Kamerstuk {w.kamerstuk}", w.staatsblad) if x)
        before = w.voor or "—"
        lines.append(f"{w.titel}{f' ({ref})' if ref else ''}: {before} → {w.na}")
    for a in change.acties:
        lines.append(f"actie {change.nummer}{a.letter}: {a.voor or 'onbekend'} → {a.na}")
    return lines


def to_markdown(changes: Sequence[Wijziging], van: Kwartaal, tot: Kwartaal) -> str:
    """A Markdown table, as used for a report's 'wat is er veranderd' section."""
    out = [f"# Wijzigingen van {van.label} tot en met {tot.label}", ""]
    if not changes:
        return "\n".join([*out, "Geen wijzigingen.", ""])
    out += ["| Nr | Status | Wetgeving en acties | Nieuwe bronnen |", "|---:|---|---|---|"]
    for c in changes:
        stages = "<br>".join(escape_cell(line) for line in _stage_lines(c))
        sources = "; ".join(escape_cell(s) for s in c.nieuwe_bronnen)
        out.append(f"| {c.nummer} | {escape_cell(_status_change(c))} | {stages} | {sources} |")
    out.append("")
    for c in changes:
        if c.feiten:
            out.append(f"**Maatregel {c.nummer}.** {escape_inline(c.titel)}")
            out.append("")
            for f in c.feiten:
                part = (
                    f" ({escape_inline(f.onderdeel.removeprefix('wet:'))})" if f.onderdeel else ""
                )
                label, text = escape_inline(f.label), escape_inline(f.toelichting)
                out.append(f"- {f.kwartaal}{part}, {label}: {text}")
            out.append("")
    return "\n".join(out)


def print_table(changes: Sequence[Wijziging], van: Kwartaal, tot: Kwartaal, color: bool) -> None:
    """A rich table of the changes on standard output."""
    from rich.console import Console
    from rich.table import Table

    from jihadprog.views import literal

    table = Table(title=f"Wijzigingen {van} → {tot}")
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
    console = Console(no_color=not color, highlight=False, markup=False)
    console.print(table)
    console.print(f"{len(changes)} maatregel{'en' if len(changes) != 1 else ''} gewijzigd")
