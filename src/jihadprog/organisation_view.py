"""`jihadprog organisatie`: what one organisation carries and where each part stands in a quarter.

One row per part it carries: each measure with the organisation among its actors, then that
measure's actions and bills. A row gives the status (or the stage of a bill) as of the
quarter and the last fact up to then with its sources; a part without facts says 'onbekend'.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from jihadprog.corpus import Corpus
from jihadprog.history import Feit, facts
from jihadprog.mdescape import escape_cell, escape_inline
from jihadprog.models import Maatregel
from jihadprog.organisations import Org
from jihadprog.quarters import Kwartaal
from jihadprog.tabular import to_csv
from jihadprog.vocab import Status

ORGANISATION_FORMATS = ("table", "json", "csv", "md")
COLUMNS = (
    "maatregel",
    "onderdeel",
    "omschrijving",
    "status",
    "kwartaal",
    "datum",
    "laatste_feit",
    "bronnen",
)
_BILL = "wet:"


@dataclass(frozen=True)
class Onderdeel:
    """One part (measure, action or bill) the organisation carries, as of a quarter."""

    maatregel: int
    onderdeel: str
    omschrijving: str
    status: str
    kwartaal: str
    datum: str
    laatste_feit: str
    bronnen: tuple[str, ...]

    def values(self) -> list[object]:
        """The cells in COLUMNS order, sources joined with '; '."""
        return [*(getattr(self, c) for c in COLUMNS[:-1]), "; ".join(self.bronnen)]


def _part(nummer: int, onderdeel: str, omschrijving: str, last: Feit | None) -> Onderdeel:
    return Onderdeel(
        maatregel=nummer,
        onderdeel=onderdeel,
        omschrijving=" ".join(omschrijving.split()),
        status=last.label if last else str(Status.ONBEKEND),
        kwartaal=str(last.kwartaal) if last else "",
        datum=(last.datum or "") if last else "",
        laatste_feit=last.toelichting if last else "",
        bronnen=last.bronnen if last else (),
    )


def parts(maatregel: Maatregel, kwartaal: Kwartaal | None) -> list[Onderdeel]:
    """The measure, its actions and its bills, each with its last fact up to ``kwartaal``."""
    last: dict[str, Feit] = {}
    for feit in facts(maatregel):
        if kwartaal is None or feit.kwartaal <= kwartaal:
            last[feit.onderdeel] = feit
    found = [_part(maatregel.nummer, "", maatregel.titel, last.get(""))]
    for actie in maatregel.acties:
        found.append(_part(maatregel.nummer, actie.letter, actie.tekst, last.get(actie.letter)))
    for wet in maatregel.wetgeving:
        name = f"{_BILL}{wet.id}"
        found.append(_part(maatregel.nummer, name, wet.titel, last.get(name)))
    return found


def overview(corpus: Corpus, org: Org, kwartaal: Kwartaal | None) -> list[Onderdeel]:
    """Every part of every measure the organisation carries, by measure number."""
    return [
        part
        for m in corpus.sorted_maatregelen()
        if org.id in m.actoren
        for part in parts(m, kwartaal)
    ]


def to_json(org: Org, kwartaal: Kwartaal | None, rows: Sequence[Onderdeel]) -> str:
    """An object with the organisation, the quarter and its parts."""
    payload = {
        "organisatie": {"id": org.id, "naam": org.naam, "afkorting": org.afkorting},
        "kwartaal": str(kwartaal) if kwartaal else None,
        "onderdelen": [{**asdict(r), "bronnen": list(r.bronnen)} for r in rows],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def to_organisation_csv(rows: Sequence[Onderdeel], excel: bool = False) -> str:
    """The parts as CSV (see tabular.to_csv for ``excel``)."""
    return to_csv(COLUMNS, (r.values() for r in rows), excel)


def label(row: Onderdeel) -> str:
    """'12', '12b' or '3 wet' (a bill): how a reader names the part."""
    if row.onderdeel.startswith(_BILL):
        return f"{row.maatregel} wet"
    return f"{row.maatregel}{row.onderdeel}"


def to_markdown(org: Org, kwartaal: Kwartaal | None, rows: Sequence[Onderdeel]) -> str:
    """A heading and a pipe table: part, status, last fact and its sources."""
    when = f" in {kwartaal}" if kwartaal else ""
    lines = [
        f"# {escape_inline(org.label)}{when}",
        "",
        "| Onderdeel | Omschrijving | Status | Laatste feit | Bronnen |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        fact = f"{r.kwartaal}: {r.laatste_feit}" if r.kwartaal else "geen voortgang vastgelegd"
        cells = (label(r), r.omschrijving, r.status, fact, "; ".join(r.bronnen))
        lines.append("| " + " | ".join(escape_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def print_table(
    org: Org, kwartaal: Kwartaal | None, rows: Sequence[Onderdeel], color: bool
) -> None:
    """A rich table for the terminal."""
    from rich.console import Console
    from rich.table import Table

    when = f" in {kwartaal}" if kwartaal else ""
    table = Table(title=f"{org.label}{when}", show_lines=True, expand=True)
    table.add_column("Nr", no_wrap=True)
    table.add_column("Status", max_width=16)
    table.add_column("Omschrijving", overflow="fold", ratio=2)
    table.add_column("Laatste feit", overflow="fold", ratio=3)
    for r in rows:
        fact = f"{r.kwartaal}: {r.laatste_feit}" if r.kwartaal else "–"
        if r.bronnen:
            fact += f" ({'; '.join(r.bronnen)})"
        table.add_row(label(r), r.status, r.omschrijving, fact)
    console = Console(no_color=not color, highlight=False)
    console.print(table, markup=False)
    measures = len({r.maatregel for r in rows})
    console.print(f"{measures} maatregel{'en' if measures != 1 else ''}, {len(rows)} onderdelen")
