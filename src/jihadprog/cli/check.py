"""Commands that check the corpus and show what is checked: lint, regels, schema."""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import Annotated

import typer

from jihadprog.cli.common import CorpusOption, color, load, parse_kwartaal, require_choice


def lint(
    corpus: CorpusOption = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="Uitvoer: text, github of json (standaard github binnen GitHub Actions, anders text).",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Behandel waarschuwingen als fouten.")
    ] = False,
    kwartaal: Annotated[
        str | None,
        typer.Option(
            "--kwartaal",
            help="Controleer ook dat elke maatregel voortgang heeft voor dit kwartaal (bv. 2015-K2).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Controleer het corpus: schema, nummering, verwijzingen, voortgang, bronnen en YAML."""
    from dataclasses import replace

    from jihadprog.config import load_config
    from jihadprog.lintcontext import LintContext
    from jihadprog.linter import exit_code
    from jihadprog.linter import lint as run_lint
    from jihadprog.output.problems import WRITERS, default_format

    chosen = require_choice(output_format or default_format(), WRITERS)
    quarter = parse_kwartaal(kwartaal) if kwartaal is not None else None
    loaded = load(corpus)
    config = load_config(loaded.root)
    config = replace(config, strict=strict or config.strict)
    problems = run_lint(LintContext(loaded, dt.date.today(), quarter), config)
    if chosen == "github":
        # annotations attach to files by their path from the workspace (the working directory)
        problems = [replace(p, file=os.path.relpath(loaded.root / p.file)) for p in problems]
    WRITERS[chosen](problems, sys.stdout, color(sys.stdout))
    raise typer.Exit(exit_code(problems))


def regels(
    output_format: Annotated[
        str,
        typer.Option("--format", help="Uitvoer: text of md (Markdown-tabel, als in de README)."),
    ] = "text",
) -> None:
    """Toon alle lintregels met id, standaardniveau en omschrijving."""
    from jihadprog.output.ruletable import WRITERS
    from jihadprog.rules import RULES

    WRITERS[require_choice(output_format, WRITERS)](RULES.values(), sys.stdout, False)


def schema(
    soort: Annotated[
        str,
        typer.Option(
            "--soort",
            help="Welk bestand: maatregel, begrippen, organisaties, programma of rapportages.",
        ),
    ] = "maatregel",
) -> None:
    """Druk het JSON Schema van een corpusbestand af (voor editors en andere validators)."""
    from jihadprog.schema import SCHEMAS, schema_text

    require_choice(soort, SCHEMAS, "onbekende soort")
    sys.stdout.write(schema_text(soort))
