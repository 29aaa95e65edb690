"""The editing commands: ``voortgang``, ``wetgeving``, ``fmt`` and ``kwartaal uitvraag|verwerk``.

Thin like the others: ask for what is missing (only on a terminal), call ``jihadprog.edit``,
print what was written or why nothing was. ``app`` registers them; ``kwartaal`` is a group.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jihadprog.cli.common import CorpusOption, checked, color, load, parse_kwartaal
from jihadprog.cli.dutch import (
    HELP_NAMES,
    OPTIONS_METAVAR,
    SUBCOMMAND_METAVAR,
    DutchCommand,
    DutchGroup,
)
from jihadprog.errors import UserError

if TYPE_CHECKING:
    from jihadprog.edit.progress import Feit, Pending
    from jihadprog.problems import Problem

kwartaal_app = typer.Typer(
    cls=DutchGroup,
    help="De kwartaalronde: uitvraag naar de organisaties, antwoorden verwerken.",
    no_args_is_help=True,
    context_settings={"help_option_names": HELP_NAMES},
    options_metavar=OPTIONS_METAVAR,
    subcommand_metavar=SUBCOMMAND_METAVAR,
)

KwartaalOption = Annotated[
    str | None, typer.Option("--kwartaal", help="Kwartaal, bv. 2015-K2.", show_default=False)
]
ToelichtingOption = Annotated[
    str | None,
    typer.Option("--toelichting", help="Wat er gebeurde, in eigen woorden.", show_default=False),
]
BronOption = Annotated[
    list[str] | None,
    typer.Option(
        "--bron", help="Bron, bv. 'Kamerstuk 29 754, nr. 271'; mag vaker.", show_default=False
    ),
]
DatumOption = Annotated[
    str | None,
    typer.Option(
        "--datum", help="Datum van het feit als JJJJ-MM-DD (optioneel).", show_default=False
    ),
]


def _ask(value: str | None, option: str, label: str, choices: Sequence[str] = ()) -> str:
    """``value``, else asked for on a terminal; in a pipe a missing value is an error (exit 2)."""
    if value is not None:
        return value
    listed = f" (kies uit {', '.join(choices)})" if choices else ""
    if not sys.stdin.isatty():
        raise UserError(f"{option} ontbreekt{listed}")
    for number, choice in enumerate(choices, start=1):
        sys.stderr.write(f"  {number}. {choice}\n")
    while True:
        answer = str(typer.prompt(label)).strip()
        if answer.isdigit() and 0 < int(answer) <= len(choices):
            return choices[int(answer) - 1]
        if answer and (not choices or answer in choices):
            return answer
        sys.stderr.write(f"jihadprog: kies een nummer of een waarde{listed}\n")


def _feit(
    kwartaal: str | None,
    stand: str,
    toelichting: str | None,
    bron: list[str] | None,
    datum: str | None,
    terugval: str | None = None,
) -> Feit:
    from jihadprog.edit.progress import Feit
    from jihadprog.models import parse_datum

    quarter = parse_kwartaal(_ask(kwartaal, "--kwartaal", "Kwartaal (bv. 2015-K2)"))
    text = _ask(toelichting, "--toelichting", "Toelichting")
    bronnen = bron or [_ask(None, "--bron", "Bron")]
    day = None
    if datum is not None:
        try:
            day = parse_datum(datum)
        except ValueError as error:
            raise UserError(f"ongeldige waarde voor --datum: {error}") from None
    return Feit(quarter, stand, text, bronnen, day, terugval)


def _write(pending: Pending, root: Path) -> None:
    from jihadprog.edit.write import Refused

    try:
        written = pending.write(root, dt.date.today())
    except Refused as refused:
        _print_problems(refused.problems)
        raise
    for path in written:
        sys.stdout.write(f"{path.relative_to(root).as_posix()}: bijgewerkt\n")


def _print_problems(problems: Sequence[Problem]) -> None:
    from jihadprog.output.problems import write_text

    write_text(problems, sys.stderr, color(sys.stderr))


def voortgang(
    nummer: Annotated[int, typer.Argument(help="Nummer van de maatregel.")],
    actie: Annotated[
        str | None, typer.Option("--actie", help="Letter van de actie (bv. b).", show_default=False)
    ] = None,
    kwartaal: KwartaalOption = None,
    status: Annotated[
        str | None, typer.Option("--status", help="Status in het kwartaal.", show_default=False)
    ] = None,
    toelichting: ToelichtingOption = None,
    bron: BronOption = None,
    datum: DatumOption = None,
    terugval: Annotated[
        str | None,
        typer.Option(
            "--verklaring-terugval",
            help="Waarom de status teruggaat (verplicht als dat zo is).",
            show_default=False,
        ),
    ] = None,
    corpus: CorpusOption = None,
) -> None:
    """Voeg voortgang toe aan een maatregel of actie, op de plek van het kwartaal."""
    from jihadprog.edit.progress import Pending, measure_target
    from jihadprog.vocab import Status

    loaded = load(corpus)
    target = measure_target(loaded, nummer, actie)
    chosen = _ask(status, "--status", "Status", [s.value for s in Status])
    pending = Pending()
    pending.add(target, _feit(kwartaal, chosen, toelichting, bron, datum, terugval))
    _write(pending, loaded.root)


def wetgeving(
    wet_id: Annotated[
        str, typer.Argument(metavar="ID", help="Id van het wetsvoorstel (bv. twbmt).")
    ],
    kwartaal: KwartaalOption = None,
    stadium: Annotated[
        str | None, typer.Option("--stadium", help="Stadium in het kwartaal.", show_default=False)
    ] = None,
    toelichting: ToelichtingOption = None,
    bron: BronOption = None,
    datum: DatumOption = None,
    corpus: CorpusOption = None,
) -> None:
    """Voeg een stap toe aan de wetgevingsroute van een wetsvoorstel."""
    from jihadprog.edit.progress import Pending, bill_target
    from jihadprog.vocab import Wetsstadium

    loaded = load(corpus)
    target = bill_target(loaded, wet_id)
    chosen = _ask(stadium, "--stadium", "Stadium", [s.value for s in Wetsstadium])
    pending = Pending()
    pending.add(target, _feit(kwartaal, chosen, toelichting, bron, datum), bill=True)
    _write(pending, loaded.root)


def fmt(
    bestanden: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Bestanden (standaard: alle bestanden van het corpus).", show_default=False
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Schrijf niets; meld welke bestanden anders zouden worden."),
    ] = False,
    corpus: CorpusOption = None,
) -> None:
    """Zet corpusbestanden in de vaste vorm: sleutelvolgorde, aanhalingstekens, regelbreedte."""
    from jihadprog.corpus import resolve_root
    from jihadprog.edit.fmt import format_paths

    paths = bestanden or None
    changed = format_paths(resolve_root(corpus), paths, write=not check)
    for path in changed:
        verb = "zou worden opgemaakt" if check else "opgemaakt"
        sys.stdout.write(f"{path}: {verb}\n")
    if check and changed:
        raise typer.Exit(1)


@kwartaal_app.command(cls=DutchCommand)
def uitvraag(
    kwartaal: Annotated[str, typer.Argument(help="Kwartaal van de ronde, bv. 2015-K2.")],
    output: Annotated[Path, typer.Option("--output", help="Map voor de uitvraagbestanden.")],
    corpus: CorpusOption = None,
) -> None:
    """Schrijf per organisatie een uitvraag (YAML en CSV) voor het kwartaal."""
    from jihadprog.edit.round import write_uitvraag

    quarter = parse_kwartaal(kwartaal, "KWARTAAL")
    loaded = checked(corpus, publishing=True)
    for path in write_uitvraag(loaded, quarter, output):
        sys.stdout.write(f"{path}\n")


@kwartaal_app.command(cls=DutchCommand)
def verwerk(
    map_: Annotated[Path, typer.Argument(metavar="MAP", help="Map met de ingevulde uitvraag.")],
    corpus: CorpusOption = None,
) -> None:
    """Controleer de ingevulde uitvraag, voeg de antwoorden toe en toon wat nog ontbreekt."""
    from jihadprog.edit.round import missing, pending_for, read_answers

    loaded = checked(corpus, publishing=True)
    quarter, answers, problems = read_answers(loaded, map_)
    if problems:
        _print_problems(problems)
        raise UserError("de antwoorden bevatten fouten; er is niets in het corpus gewijzigd", 1)
    if quarter is None:
        raise UserError("de uitvraag noemt geen kwartaal", 1)
    pending = pending_for(answers)
    if pending.edits:
        _write(pending, loaded.root)
    still = missing(loaded.root, quarter, dt.date.today())
    if still:
        from jihadprog.output.problems import write_text

        sys.stdout.write(f"Nog geen voortgang voor {quarter}:\n")
        write_text(still, sys.stdout, color(sys.stdout))
    else:
        sys.stdout.write(f"Elke maatregel heeft voortgang voor {quarter}.\n")
