"""`report` (the quarterly report as Markdown, LaTeX, PDF or Word) and `site` (the website)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, ClassVar

import typer

from jihadprog.cli.common import (
    AsOfOption,
    CorpusOption,
    checked,
    parse_kwartaal,
    require_choice,
)
from jihadprog.cli.dutch import OptionalValueCommand
from jihadprog.errors import UserError

LAATSTE = "laatste"


class ReportCommand(OptionalValueCommand):
    """`report`, where a bare ``--kwartaal`` means the latest quarter with data."""

    implicit_values: ClassVar[dict[str, str]] = {"--kwartaal": LAATSTE}


def report(
    corpus: CorpusOption = None,
    kwartaal: Annotated[
        str,
        typer.Option(
            "--kwartaal",
            metavar="[KWARTAAL]",
            help="Kwartaal, bv. 2015-K2; zonder waarde: het laatste kwartaal met voortgang.",
        ),
    ] = LAATSTE,
    output_format: Annotated[
        str, typer.Option("--format", help="Uitvoer: md, tex, pdf of docx (Word).")
    ] = "md",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            help="Uitvoerbestand (standaard build/voortgangsrapportage-KWARTAAL.md|tex|pdf|docx); "
            "'-' schrijft md of tex naar de standaarduitvoer.",
            show_default=False,
        ),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            help="Map met eigen sjablonen; die gaan voor de meegeleverde (templates/).",
            show_default=False,
        ),
    ] = None,
    per_organisatie: Annotated[
        bool,
        typer.Option(
            "--per-organisatie",
            help="Voeg de bijlage 'Overzicht per organisatie' toe: per organisatie haar "
            "maatregelen en hun status.",
        ),
    ] = False,
    peildatum: Annotated[
        str | None,
        typer.Option(
            "--peildatum",
            metavar="JJJJ-MM-DD",
            help="Alleen feiten tot en met deze datum (standaard: laatste dag van het kwartaal).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Schrijf de kwartaalrapportage voor de Tweede Kamer als Markdown, LaTeX, PDF of Word."""
    from jihadprog.history import latest_quarter
    from jihadprog.report import publish
    from jihadprog.report.build import default_quarter

    require_choice(output_format, publish.FORMATS)
    wanted = None if kwartaal == LAATSTE else parse_kwartaal(kwartaal)
    peil = publish.parse_peildatum(peildatum) if peildatum is not None else None
    if templates is not None and not templates.is_dir():
        raise UserError(f"sjabloonmap '{templates}' bestaat niet of is geen map")
    if output == publish.STDOUT and output_format in publish.BINARY:
        raise UserError(
            f"een {output_format}-bestand gaat niet naar de standaarduitvoer; "
            f"geef --output BESTAND.{output_format}"
        )
    if output_format == "pdf":
        from jihadprog.report.pdf import find_engine

        find_engine()
    if output_format == "docx":
        from jihadprog.report.word import find_pandoc

        find_pandoc()
    loaded = checked(corpus, publishing=True)
    chosen = wanted or default_quarter(loaded)
    if wanted is None and latest_quarter(loaded) is None:
        sys.stderr.write(
            f"jihadprog: het corpus bevat nog geen voortgang; rapportage over {chosen}, "
            "het kwartaal van het Actieprogramma\n"
        )
    target = output or publish.default_output(chosen, output_format)
    if target != publish.STDOUT:
        publish.check_target(target, loaded)
    data = publish.produce(
        loaded, chosen, output_format, templates, dt.date.today(), peil, per_organisatie
    )
    if target == publish.STDOUT:
        sys.stdout.buffer.write(data)
        return
    publish.write_atomic(target, data)
    sys.stdout.write(f"{target}\n")


def site(
    output: Annotated[
        Path,
        typer.Option("--output", help="Map voor de site (wordt in zijn geheel vervangen)."),
    ],
    corpus: CorpusOption = None,
    kwartaal: AsOfOption = None,
) -> None:
    """Schrijf een statische website: werkt vanaf schijf en op GitHub Pages, zonder server."""
    from jihadprog.history import latest_quarter
    from jihadprog.site.build import write_site
    from jihadprog.site.pages import build_site

    as_of = parse_kwartaal(kwartaal) if kwartaal is not None else None
    loaded = checked(corpus, publishing=True)
    pages = write_site(build_site(loaded, as_of or latest_quarter(loaded)), output)
    sys.stdout.write(f"{output}/index.html ({pages} pagina's)\n")
