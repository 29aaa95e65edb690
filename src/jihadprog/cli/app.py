"""The `jihadprog` Typer app: the root options and the commands, registered in help order."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from jihadprog.cli import browse, check, edit, report
from jihadprog.cli.boundary import run_app
from jihadprog.cli.dutch import (
    HELP_NAMES,
    OPTIONS_METAVAR,
    SUBCOMMAND_METAVAR,
    DutchCommand,
    DutchGroup,
)

app = typer.Typer(
    cls=DutchGroup,
    help="Het Actieprogramma Integrale Aanpak Jihadisme (2014) als corpus: controleren, "
    "doorzoeken en rapporteren.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": HELP_NAMES},
    options_metavar=OPTIONS_METAVAR,
    subcommand_metavar=SUBCOMMAND_METAVAR,
)


def _show_version(value: bool) -> None:
    if value:
        from jihadprog import __version__

        sys.stdout.write(f"jihadprog {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Toon de versie en stop.", is_eager=True, callback=_show_version
        ),
    ] = False,
) -> None:
    """Het Actieprogramma Integrale Aanpak Jihadisme (2014) als corpus."""


app.command(cls=DutchCommand)(check.lint)
app.command(cls=DutchCommand)(browse.query)
app.command(cls=DutchCommand)(browse.show)
app.command(cls=DutchCommand)(browse.diff)
app.command(cls=DutchCommand)(browse.organisatie)
app.command(cls=DutchCommand)(browse.historie)
app.command(cls=report.ReportCommand)(report.report)
app.command(cls=DutchCommand)(report.site)
app.command(cls=DutchCommand)(browse.begrip)
app.command(cls=DutchCommand)(check.regels)
app.command(cls=DutchCommand)(check.schema)
app.command(cls=DutchCommand)(edit.voortgang)
app.command(cls=DutchCommand)(edit.wetgeving)
app.command(cls=DutchCommand)(edit.fmt)
app.add_typer(edit.kwartaal_app, name="kwartaal")


def main() -> None:
    """Entry point of the console script."""
    sys.exit(run_app(app))
