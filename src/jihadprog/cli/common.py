"""What the commands share: the --corpus option, loading, user-typed values, colour."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jihadprog.errors import UserError

if TYPE_CHECKING:
    from jihadprog.corpus import Corpus
    from jihadprog.quarters import Kwartaal

CorpusOption = Annotated[
    Path | None,
    typer.Option(
        "--corpus",
        help="Map met het corpus (standaard: $JIHADPROG_CORPUS of de huidige map).",
        show_default=False,
    ),
]

AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--kwartaal",
        help="Kwartaal voor de stand, bv. 2016-K2 (standaard: laatste kwartaal met gegevens).",
        show_default=False,
    ),
]
ExcelOption = Annotated[
    bool,
    typer.Option(
        "--excel",
        help="CSV voor een Nederlandse spreadsheet: puntkomma als scheidingsteken en een "
        "UTF-8-BOM (standaard: komma's volgens RFC 4180).",
    ),
]


def color(stream: object) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def require_choice(value: str, choices: Iterable[str], what: str = "onbekend formaat") -> str:
    """``value`` if it is one of ``choices``, else a clean error (exit 2) listing them."""
    from jihadprog.suggest import suggest

    options = list(choices)
    if value not in options:
        raise UserError(f"{what} '{value}'; kies uit {', '.join(options)}{suggest(value, options)}")
    return value


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


def require_group(groep: int, corpus: Corpus) -> None:
    """A group number of programma.yaml, or a clean error (exit 2) listing them."""
    groups = sorted(g.nummer for g in corpus.programma.model.groepen) if corpus.programma else []
    if groups and groep not in groups:
        choices = ", ".join(map(str, groups))
        raise UserError(f"groep {groep} bestaat niet; kies uit {choices}")


def load(corpus_dir: Path | None) -> Corpus:
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


def checked(corpus_dir: Path | None, *, publishing: bool = False) -> Corpus:
    """Load the corpus and lint it; print its errors on stderr.

    Reading commands (show, query, begrip, diff) go on with a warning, unless a file fell
    out of the corpus: then every answer could silently be incomplete. ``report`` writes to
    the Kamer and stops at any error.
    """
    from jihadprog.config import load_config
    from jihadprog.lintcontext import LintContext
    from jihadprog.linter import exit_code, lint
    from jihadprog.output.problems import write_text

    corpus = load(corpus_dir)
    problems = lint(LintContext(corpus, dt.date.today()), load_config(corpus.root))
    if not exit_code(problems):
        return corpus
    write_text([p for p in problems if p.level.name == "ERROR"], sys.stderr, color(sys.stderr))
    if publishing or corpus.dropped:
        raise UserError("het corpus bevat fouten; los ze op (zie 'jihadprog lint')", exit_code=1)
    sys.stderr.write(
        "jihadprog: let op: het corpus bevat fouten (zie 'jihadprog lint'); "
        "het antwoord hieronder kan daardoor onjuist zijn\n"
    )
    return corpus
