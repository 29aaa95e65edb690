"""`jihadprog organisatie`: what one organisation carries and where each part stands in a quarter.

One row per part it carries: each measure with the organisation among its actors, then that
measure's actions and bills. A row gives the status (or the stage of a bill) as of the
quarter and the last fact up to then with its sources; a part without facts says 'onbekend'.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TextIO

from jihadprog.corpus import Corpus
from jihadprog.history import Feit, facts
from jihadprog.models import Maatregel
from jihadprog.organisations import Org
from jihadprog.output import Writer, count_maatregelen
from jihadprog.output.tabular import write_csv as write_rows
from jihadprog.quarters import Kwartaal
from jihadprog.vocab import Status

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
        datum=last.datum.isoformat() if last and last.datum else "",
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


@dataclass(frozen=True)
class Overzicht:
    """An organisation's parts as of a quarter, and whether CSV is meant for a spreadsheet."""

    org: Org
    kwartaal: Kwartaal | None
    onderdelen: Sequence[Onderdeel]
    excel: bool = False

    @property
    def kop(self) -> str:
        """'Openbaar Ministerie (OM) in 2016-K2'."""
        return self.org.label + (f" in {self.kwartaal}" if self.kwartaal else "")


def write_json(overzicht: Overzicht, stream: TextIO, color: bool = False) -> None:
    """An object with the organisation, the quarter and its parts."""
    org = overzicht.org
    payload = {
        "organisatie": {"id": org.id, "naam": org.naam, "afkorting": org.afkorting},
        "kwartaal": str(overzicht.kwartaal) if overzicht.kwartaal else None,
        "onderdelen": [{**asdict(r), "bronnen": list(r.bronnen)} for r in overzicht.onderdelen],
    }
    stream.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def write_csv(overzicht: Overzicht, stream: TextIO, color: bool = False) -> None:
    """The parts as CSV (see tabular.write_csv for ``excel``)."""
    write_rows(COLUMNS, (r.values() for r in overzicht.onderdelen), stream, overzicht.excel)


def label(row: Onderdeel) -> str:
    """'12', '12b' or '3 wet' (a bill): how a reader names the part."""
    if row.onderdeel.startswith(_BILL):
        return f"{row.maatregel} wet"
    return f"{row.maatregel}{row.onderdeel}"


def write_markdown(overzicht: Overzicht, stream: TextIO, color: bool = False) -> None:
    """A heading and a pipe table: part, status, last fact and its sources."""
    from jihadprog.report.mdescape import escape_cell, escape_inline

    stream.write(f"# {escape_inline(overzicht.kop)}\n\n")
    stream.write("| Onderdeel | Omschrijving | Status | Laatste feit | Bronnen |\n")
    stream.write("|---|---|---|---|---|\n")
    for r in overzicht.onderdelen:
        fact = f"{r.kwartaal}: {r.laatste_feit}" if r.kwartaal else "geen voortgang vastgelegd"
        cells = (label(r), r.omschrijving, r.status, fact, "; ".join(r.bronnen))
        stream.write("| " + " | ".join(escape_cell(c) for c in cells) + " |\n")


def write_table(overzicht: Overzicht, stream: TextIO, color: bool = False) -> None:
    """A rich table for the terminal."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=overzicht.kop, show_lines=True, expand=True)
    table.add_column("Nr", no_wrap=True)
    table.add_column("Status", max_width=16)
    table.add_column("Omschrijving", overflow="fold", ratio=2)
    table.add_column("Laatste feit", overflow="fold", ratio=3)
    for r in overzicht.onderdelen:
        fact = f"{r.kwartaal}: {r.laatste_feit}" if r.kwartaal else "–"
        if r.bronnen:
            fact += f" ({'; '.join(r.bronnen)})"
        table.add_row(label(r), r.status, r.omschrijving, fact)
    console = Console(file=stream, no_color=not color, highlight=False)
    console.print(table, markup=False)
    measures = count_maatregelen(len({r.maatregel for r in overzicht.onderdelen}))
    console.print(f"{measures}, {len(overzicht.onderdelen)} onderdelen")


WRITERS: dict[str, Writer[Overzicht]] = {
    "table": write_table,
    "json": write_json,
    "csv": write_csv,
    "md": write_markdown,
}
