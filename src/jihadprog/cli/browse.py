"""Commands that read the corpus: query, show, diff, organisatie, historie, begrip."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from jihadprog.cli.common import (
    AsOfOption,
    CorpusOption,
    ExcelOption,
    checked,
    color,
    parse_kwartaal,
    parse_measure_ref,
    require_choice,
    require_group,
)
from jihadprog.errors import UserError
from jihadprog.visible import visible


def query(
    corpus: CorpusOption = None,
    groep: Annotated[int | None, typer.Option("--groep", help="Alleen groep 1–5.")] = None,
    markering: Annotated[
        str | None, typer.Option("--markering", help="Alleen markering B, V of N.")
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor",
            help="Alleen maatregelen met deze organisatie: sleutel, naam, afkorting of alias "
            "(bv. NCTV, om, 'Openbaar Ministerie').",
        ),
    ] = None,
    zoek: Annotated[
        str | None, typer.Option("--zoek", help="Alleen maatregelen waarvan de tekst dit bevat.")
    ] = None,
    status: Annotated[
        str | None,
        typer.Option("--status", help="Alleen maatregelen met deze status in het kwartaal."),
    ] = None,
    kwartaal: Annotated[
        str | None,
        typer.Option(
            "--kwartaal",
            help="Kwartaal voor de status, bv. 2015-K2 (standaard: laatste kwartaal met gegevens).",
        ),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", help="Uitvoer: table, json, csv of yaml.")
    ] = "table",
    excel: ExcelOption = False,
) -> None:
    """Zoek maatregelen op groep, markering, actor, tekst of status in een kwartaal."""
    from jihadprog.history import latest_quarter
    from jihadprog.output.measures import WRITERS, Selection
    from jihadprog.query import Filter, select
    from jihadprog.status import measure_status
    from jihadprog.vocab import Markering, Status

    write = WRITERS[require_choice(output_format, WRITERS)]
    marker = None
    if markering is not None:
        try:
            marker = Markering(markering.upper())
        except ValueError:
            raise UserError(f"onbekende markering '{markering}'; kies uit B, V of N") from None
    wanted = None
    if status is not None:
        try:
            wanted = Status(status.strip().lower())
        except ValueError:
            require_choice(status, [s.value for s in Status], "onbekende status")
    as_of = parse_kwartaal(kwartaal) if kwartaal is not None else None
    loaded = checked(corpus)
    if groep is not None:
        require_group(groep, loaded)
    as_of = as_of or latest_quarter(loaded)
    if actor is not None:
        from jihadprog.organisations import resolve

        actor = resolve(loaded, actor).id
    flt = Filter(groep, marker, actor, zoek, wanted, as_of)
    rows = [(m, measure_status(m, as_of)) for m in select(loaded.sorted_maatregelen(), flt)]
    namen = {a: loaded.actor_name(a) for m, _ in rows for a in m.actoren}
    write(Selection(rows, str(as_of) if as_of else "", namen, excel), sys.stdout, color(sys.stdout))


def show(
    nummer: Annotated[
        str,
        typer.Argument(
            metavar="NUMMER",
            help="Nummer van de maatregel (1–38), eventueel met de letter van een actie: 3c.",
            show_default=False,
        ),
    ],
    corpus: CorpusOption = None,
    voluit: Annotated[
        bool, typer.Option("--voluit", help="Schrijf afkortingen uit de begrippenlijst voluit.")
    ] = False,
    historie: Annotated[
        bool,
        typer.Option(
            "--historie", help="Toon de tijdlijn: voortgang van maatregel, acties en wetgeving."
        ),
    ] = False,
) -> None:
    """Toon één maatregel volledig: tekst, markering, acties, actoren en voortgang."""
    from jihadprog.output.measure import WRITERS, Shown

    number, letter = parse_measure_ref(nummer)
    loaded = checked(corpus)
    maatregel = loaded.maatregel(number)
    if maatregel is None:
        raise UserError(f"maatregel {number} bestaat niet in dit corpus")
    letters = [a.letter for a in maatregel.acties]
    if letter is not None and letter not in letters:
        known = (
            f"; acties: {', '.join(letters)}" if letters else "; deze maatregel heeft geen acties"
        )
        raise UserError(f"maatregel {number} heeft geen actie {letter}{known}")
    begrippen = loaded.begrippen.model.begrippen if voluit and loaded.begrippen else None
    write = WRITERS["historie" if historie else "tekst"]
    write(Shown(maatregel, loaded, begrippen, letter), sys.stdout, color(sys.stdout))


def diff(
    van: Annotated[str, typer.Argument(help="Eerste kwartaal, bv. 2014-K4.")],
    tot: Annotated[str, typer.Argument(help="Tweede kwartaal, bv. 2017-K1.")],
    corpus: CorpusOption = None,
    output_format: Annotated[
        str, typer.Option("--format", help="Uitvoer: table, json of md.")
    ] = "table",
) -> None:
    """Toon per maatregel wat er veranderde tussen twee kwartalen: status, wetgeving, bronnen."""
    from jihadprog.history import diff as compute_diff
    from jihadprog.output.changes import WRITERS, Changes

    write = WRITERS[require_choice(output_format, WRITERS)]
    start, end = parse_kwartaal(van, "K1"), parse_kwartaal(tot, "K2")
    if start >= end:
        raise UserError(f"het eerste kwartaal ({start}) moet vóór het tweede ({end}) liggen")
    loaded = checked(corpus)
    maatregelen = loaded.sorted_maatregelen()
    changes = compute_diff(maatregelen, start, end)
    write(Changes(start, end, changes, maatregelen), sys.stdout, color(sys.stdout))


def begrip(
    term: Annotated[str, typer.Argument(help="Term of afkorting, of een deel ervan.")],
    corpus: CorpusOption = None,
) -> None:
    """Zoek een term of afkorting op in de begrippenlijst en de organisaties."""
    from jihadprog.corpus import ORGANISATIE
    from jihadprog.query import fold

    loaded = checked(corpus)
    needle = fold(term)
    lijst = loaded.begrippen_en_organisaties()
    exact = [b for b in lijst if needle in {fold(b.term), fold(b.afkorting or "")}]
    found = exact or [
        b for b in lijst if needle in fold(b.term) or needle in fold(b.afkorting or "")
    ]
    if not found:
        from jihadprog.suggest import suggest

        names = [b.term for b in lijst] + [b.afkorting for b in lijst if b.afkorting]
        raise UserError(
            f"'{term}' staat niet in de begrippenlijst{suggest(term, names)}", exit_code=1
        )
    for b in found:
        label = b.term if not b.afkorting or b.afkorting == b.term else f"{b.term} ({b.afkorting})"
        note = " [aanvulling, niet in de begrippenlijst van het programma]" if b.aanvulling else ""
        if b.toelichting == ORGANISATIE:
            note = f" [{ORGANISATIE}]"
        sys.stdout.write(visible(f"{label}: {b.omschrijving}{note}\n", keep="\n"))


def organisatie(
    naam: Annotated[
        str, typer.Argument(help="Organisatie: sleutel, naam, afkorting of alias (bv. OM).")
    ],
    corpus: CorpusOption = None,
    kwartaal: AsOfOption = None,
    output_format: Annotated[
        str, typer.Option("--format", help="Uitvoer: table, json, csv of md.")
    ] = "table",
    excel: ExcelOption = False,
) -> None:
    """Toon wat een organisatie uitvoert: maatregelen, acties en wetsvoorstellen met hun stand."""
    from jihadprog.history import latest_quarter
    from jihadprog.organisations import resolve
    from jihadprog.output import organisation as view

    write = view.WRITERS[require_choice(output_format, view.WRITERS)]
    as_of = parse_kwartaal(kwartaal) if kwartaal is not None else None
    loaded = checked(corpus)
    org = resolve(loaded, naam)
    as_of = as_of or latest_quarter(loaded)
    rows = view.overview(loaded, org, as_of)
    write(view.Overzicht(org, as_of, rows, excel), sys.stdout, color(sys.stdout))


def historie(
    corpus: CorpusOption = None,
    van: Annotated[
        str | None,
        typer.Option("--van", help="Eerste kwartaal, bv. 2015-K1 (standaard: het begin)."),
    ] = None,
    tot: Annotated[
        str | None,
        typer.Option("--tot", help="Laatste kwartaal, bv. 2016-K4 (standaard: het einde)."),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", help="Uitvoer: csv, json of md.")
    ] = "csv",
    excel: ExcelOption = False,
) -> None:
    """Alle voortgangsfeiten als één tabel: een regel per feit, op kwartaal en datum."""
    from jihadprog.output import history

    write = history.WRITERS[require_choice(output_format, history.WRITERS)]
    start = parse_kwartaal(van, "--van") if van is not None else None
    end = parse_kwartaal(tot, "--tot") if tot is not None else None
    if start and end and start > end:
        raise UserError(f"--van ({start}) ligt na --tot ({end})")
    loaded = checked(corpus)
    regels = history.rows(loaded.sorted_maatregelen(), start, end)
    write(history.Historie(regels, excel), sys.stdout, color(sys.stdout))
