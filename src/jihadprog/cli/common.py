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


def color(stream: object) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def require_choice(value: str, choices: Iterable[str], what: str = "onbekend formaat") -> str:
    """``value`` if it is one of ``choices``, else a clean error (exit 2) listing them."""
    options = list(choices)
    if value not in options:
        raise UserError(f"{what} '{value}'; kies uit {', '.join(options)}")
    return value


def parse_kwartaal(text: str, option: str = "--kwartaal") -> Kwartaal:
    """A quarter typed by a user, or a clean error (exit 2)."""
    from jihadprog.quarters import Kwartaal

    try:
        return Kwartaal.parse(text)
    except ValueError as error:
        raise UserError(f"ongeldige waarde voor {option}: {error}") from None


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


def require_valid(corpus_dir: Path | None) -> Corpus:
    """Load the corpus for a read command; refuse (exit 1) if it does not pass the lint."""
    from jihadprog.config import load_config
    from jihadprog.lintcontext import LintContext
    from jihadprog.linter import exit_code, lint
    from jihadprog.output.problems import write_text

    corpus = load(corpus_dir)
    problems = lint(LintContext(corpus, dt.date.today()), load_config(corpus.root))
    if exit_code(problems):
        write_text([p for p in problems if p.level.name == "ERROR"], sys.stderr, color(sys.stderr))
        raise UserError("het corpus bevat fouten; los ze op (zie 'jihadprog lint')", exit_code=1)
    return corpus
