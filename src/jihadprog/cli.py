"""The `jihadprog` command: a thin Typer layer over the library. Only here do we exit."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ClassVar

import typer

from jihadprog.clidutch import (
    HELP_NAMES,
    OPTIONS_METAVAR,
    SUBCOMMAND_METAVAR,
    DutchCommand,
    DutchGroup,
    OptionalValueCommand,
    run_app,
)
from jihadprog.errors import UserError

if TYPE_CHECKING:
    from jihadprog.corpus import Corpus
    from jihadprog.quarters import Kwartaal

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


CorpusOption = Annotated[
    Path | None,
    typer.Option(
        "--corpus",
        help="Map met het corpus (standaard: $JIHADPROG_CORPUS of de huidige map).",
        show_default=False,
    ),
]


def _color(stream: object) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def _print(text: str) -> None:
    """Write corpus text to the terminal: hidden and control characters shown as <U+XXXX>."""
    from jihadprog.visible import visible

    sys.stdout.write(visible(text, keep="\n"))


def require_choice(value: str, choices: Iterable[str], what: str = "onbekend formaat") -> str:
    """``value`` if it is one of ``choices``, else a clean error (exit 2) listing them."""
    options = list(choices)
    if value not in options:
        raise UserError(f"{what} '{value}'; kies uit {', '.join(options)}")
    return value


def require_group(groep: int, corpus: Corpus) -> None:
    """A group number of programma.yaml, or a clean error (exit 2) listing them."""
    groups = sorted(g.nummer for g in corpus.programma.model.groepen) if corpus.programma else []
    if groups and groep not in groups:
        choices = ", ".join(map(str, groups))
        raise UserError(f"groep {groep} bestaat niet; kies uit {choices}")


def require_actor(actor: str, corpus: Corpus) -> str:
    """The organisation id ``actor`` names (any case), or a clean error (exit 2) with the ids."""
    from jihadprog.suggest import suggest

    ids = sorted(corpus.organisatie_ids(), key=str.casefold)
    by_fold = {i.casefold(): i for i in ids}
    if not ids or actor.casefold() in by_fold:
        return by_fold.get(actor.casefold(), actor)
    raise UserError(f"onbekende actor '{actor}'; kies uit {', '.join(ids)}{suggest(actor, ids)}")


def parse_kwartaal(text: str, option: str = "--kwartaal") -> Kwartaal:
    """A quarter typed by a user, or a clean error (exit 2).

    Every command judges it alike: a quarter that has not begun has no progress to read,
    compare or report (the lint's history-future rule says the same of the corpus).
    """
    from jihadprog.quarters import Kwartaal

    try:
        quarter = Kwartaal.parse(text)
    except ValueError as error:
        raise UserError(f"ongeldige waarde voor {option}: {error}") from None
    current = Kwartaal.of(dt.date.today())
    if quarter > current:
        raise UserError(
            f"ongeldige waarde voor {option}: kwartaal {quarter} ligt in de toekomst "
            f"(het is nu {current})"
        )
    return quarter


def parse_measure_ref(text: str) -> tuple[int, str | None]:
    """'3' → (3, None), '3c' → (3, 'c'); anything else a clean error (exit 2)."""
    import re

    match = re.fullmatch(r"\s*([0-9]{1,6})\s*([A-Za-z])?\s*", text)
    if not match:
        raise UserError(
            f"'{text}' is geen maatregelnummer; geef een nummer (3) of een nummer met de letter "
            "van een actie (3c)"
        )
    return int(match[1]), match[2].lower() if match[2] else None


def _load(corpus_dir: Path | None) -> Corpus:
    """Load with the cyclic garbage collector paused, then exempt the corpus from it.

    Loading builds millions of objects without cycles that live until exit; each full
    collection walked all of them again (half the load time at 10,000 measures).
    """
    import gc

    from jihadprog.corpus import load_corpus, resolve_root

    enabled = gc.isenabled()
    gc.disable()
    try:
        return load_corpus(resolve_root(corpus_dir))
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _checked(corpus_dir: Path | None, *, publishing: bool = False) -> Corpus:
    """Load the corpus and lint it; print its errors on stderr.

    Reading commands (show, query, begrip, diff) go on with a warning, unless a file fell
    out of the corpus: then every answer could silently be incomplete. ``report`` writes to
    the Kamer and stops at any error.
    """
    from jihadprog.config import load_config
    from jihadprog.formatters import write_text
    from jihadprog.lintcontext import LintContext
    from jihadprog.linter import exit_code, lint

    corpus = _load(corpus_dir)
    problems = lint(LintContext(corpus, dt.date.today()), load_config(corpus.root))
    if not exit_code(problems):
        return corpus
    write_text([p for p in problems if p.level.name == "ERROR"], sys.stderr, _color(sys.stderr))
    if publishing or corpus.dropped:
        raise UserError("het corpus bevat fouten; los ze op (zie 'jihadprog lint')", exit_code=1)
    sys.stderr.write(
        "jihadprog: let op: het corpus bevat fouten (zie 'jihadprog lint'); "
        "het antwoord hieronder kan daardoor onjuist zijn\n"
    )
    return corpus


@app.command(cls=DutchCommand)
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

    from jihadprog import formatters
    from jihadprog.config import load_config
    from jihadprog.lintcontext import LintContext
    from jihadprog.linter import exit_code
    from jihadprog.linter import lint as run_lint

    chosen = require_choice(output_format or formatters.default_format(), formatters.FORMATS)
    quarter = parse_kwartaal(kwartaal) if kwartaal is not None else None
    loaded = _load(corpus)
    config = load_config(loaded.root)
    config = replace(config, strict=strict or config.strict)
    problems = run_lint(LintContext(loaded, dt.date.today(), quarter), config)
    if chosen == "json":
        formatters.write_json(problems, sys.stdout)
    elif chosen == "github":
        # annotations attach to files by their path from the workspace (the working directory)
        here = [replace(p, file=os.path.relpath(loaded.root / p.file)) for p in problems]
        formatters.write_github(here, sys.stdout)
    else:
        formatters.write_text(problems, sys.stdout, _color(sys.stdout))
    raise typer.Exit(exit_code(problems))


@app.command(cls=DutchCommand)
def query(
    corpus: CorpusOption = None,
    groep: Annotated[int | None, typer.Option("--groep", help="Alleen groep 1–5.")] = None,
    markering: Annotated[
        str | None, typer.Option("--markering", help="Alleen markering B, V of N.")
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Alleen maatregelen met deze actor (bv. NCTV).")
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
) -> None:
    """Zoek maatregelen op groep, markering, actor, tekst of status in een kwartaal."""
    from jihadprog import views
    from jihadprog.history import latest_quarter
    from jihadprog.query import Filter, select, status_of
    from jihadprog.vocab import Markering, Status

    require_choice(output_format, views.QUERY_FORMATS)
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
            names = ", ".join(s.value for s in Status)
            raise UserError(f"onbekende status '{status}'; kies uit {names}") from None
    as_of = parse_kwartaal(kwartaal) if kwartaal is not None else None
    loaded = _checked(corpus)
    if groep is not None:
        require_group(groep, loaded)
    if actor is not None:
        actor = require_actor(actor, loaded)
    as_of = as_of or latest_quarter(loaded)
    flt = Filter(groep, marker, actor, zoek, wanted, as_of)
    rows = [(m, status_of(m, as_of)) for m in select(loaded.sorted_maatregelen(), flt)]
    if output_format == "json":
        views.write_json(rows, sys.stdout)
    elif output_format == "csv":
        sys.stdout.write(views.to_csv(rows))
    elif output_format == "yaml":
        sys.stdout.write(views.to_yaml(rows))
    else:
        views.print_table(rows, _color(sys.stdout), str(as_of) if as_of else "")


@app.command(cls=DutchCommand)
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
    from jihadprog.showview import render_history, render_measure

    number, letter = parse_measure_ref(nummer)
    loaded = _checked(corpus)
    maatregel = loaded.maatregel(number)
    if maatregel is None:
        raise UserError(f"maatregel {number} bestaat niet in dit corpus")
    letters = [a.letter for a in maatregel.acties]
    if letter is not None and letter not in letters:
        known = (
            f"; acties: {', '.join(letters)}" if letters else "; deze maatregel heeft geen acties"
        )
        raise UserError(f"maatregel {number} heeft geen actie {letter}{known}")
    if historie:
        _print(render_history(maatregel))
        return
    begrippen = loaded.begrippen.model.begrippen if voluit and loaded.begrippen else None
    _print(render_measure(maatregel, loaded, begrippen, letter))


@app.command(cls=DutchCommand)
def diff(
    van: Annotated[str, typer.Argument(help="Eerste kwartaal, bv. 2014-K4.")],
    tot: Annotated[str, typer.Argument(help="Tweede kwartaal, bv. 2017-K1.")],
    corpus: CorpusOption = None,
    output_format: Annotated[
        str, typer.Option("--format", help="Uitvoer: table, json of md.")
    ] = "table",
) -> None:
    """Toon per maatregel wat er veranderde tussen twee kwartalen: status, wetgeving, bronnen."""
    from jihadprog import diffview
    from jihadprog.history import diff as compute_diff

    require_choice(output_format, diffview.DIFF_FORMATS)
    start, end = parse_kwartaal(van, "K1"), parse_kwartaal(tot, "K2")
    if start >= end:
        raise UserError(f"het eerste kwartaal ({start}) moet vóór het tweede ({end}) liggen")
    loaded = _checked(corpus)
    changes = compute_diff(loaded.sorted_maatregelen(), start, end)
    if output_format == "json":
        sys.stdout.write(diffview.to_json(changes, start, end))
    elif output_format == "md":
        _print(diffview.to_markdown(changes, start, end))
    else:
        diffview.print_table(changes, start, end, _color(sys.stdout))


LAATSTE = "laatste"


class ReportCommand(OptionalValueCommand):
    """`report`, where a bare ``--kwartaal`` means the latest quarter with data."""

    implicit_values: ClassVar[dict[str, str]] = {"--kwartaal": LAATSTE}


@app.command(cls=ReportCommand)
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
    output_format: Annotated[str, typer.Option("--format", help="Uitvoer: md, tex of pdf.")] = "md",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            help="Uitvoerbestand (standaard build/voortgangsrapportage-KWARTAAL.md|tex|pdf); "
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
) -> None:
    """Schrijf de kwartaalrapportage voor de Tweede Kamer als Markdown, LaTeX of PDF."""
    from jihadprog import publish
    from jihadprog.history import latest_quarter
    from jihadprog.report import default_quarter

    require_choice(output_format, publish.FORMATS)
    wanted = None if kwartaal == LAATSTE else parse_kwartaal(kwartaal)
    if templates is not None and not templates.is_dir():
        raise UserError(f"sjabloonmap '{templates}' bestaat niet of is geen map")
    if output == publish.STDOUT and output_format == "pdf":
        raise UserError("een PDF gaat niet naar de standaarduitvoer; geef --output BESTAND.pdf")
    if output_format == "pdf":
        from jihadprog.pdf import find_engine

        find_engine()
    loaded = _checked(corpus, publishing=True)
    chosen = wanted or default_quarter(loaded)
    if wanted is None and latest_quarter(loaded) is None:
        sys.stderr.write(
            f"jihadprog: het corpus bevat nog geen voortgang; rapportage over {chosen}, "
            "het kwartaal van het Actieprogramma\n"
        )
    target = output or publish.default_output(chosen, output_format)
    if target != publish.STDOUT:
        publish.check_target(target, loaded)
    data = publish.produce(loaded, chosen, output_format, templates, dt.date.today())
    if target == publish.STDOUT:
        sys.stdout.buffer.write(data)
        return
    publish.write_atomic(target, data)
    sys.stdout.write(f"{target}\n")


@app.command(cls=DutchCommand)
def begrip(
    term: Annotated[str, typer.Argument(help="Term of afkorting, of een deel ervan.")],
    corpus: CorpusOption = None,
) -> None:
    """Zoek een term of afkorting op in de begrippenlijst."""
    from jihadprog.query import fold

    loaded = _checked(corpus)
    needle = fold(term)
    lijst = loaded.begrippen.model.begrippen if loaded.begrippen else []
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
        _print(f"{label}: {b.omschrijving}{note}\n")


@app.command(cls=DutchCommand)
def regels(
    output_format: Annotated[
        str,
        typer.Option("--format", help="Uitvoer: text of md (Markdown-tabel, als in de README)."),
    ] = "text",
) -> None:
    """Toon alle lintregels met id, standaardniveau en omschrijving."""
    from jihadprog.ruletable import markdown_table, text_table

    require_choice(output_format, ("text", "md"))
    sys.stdout.write(markdown_table() if output_format == "md" else text_table())


@app.command(cls=DutchCommand)
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


def main() -> None:
    """Entry point of the console script."""
    sys.exit(run_app(app))
