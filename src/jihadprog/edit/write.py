"""Write edited files only when the whole corpus still lints clean and nobody changed them.

An edit is the bytes read plus the new text. Before writing, the corpus is loaded with the
new texts standing in for the files and linted; any error or warning in an edited file refuses
the edit. Then every file is compared with the bytes read, and only if none changed are they
written, each through a temporary file and a rename.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jihadprog.errors import UserError, os_reason
from jihadprog.problems import Level, Problem


@dataclass(frozen=True)
class Edit:
    """One file: the exact bytes it had when read and the text it should get."""

    path: Path
    original: bytes
    text: str


class Refused(UserError):
    """The edit would leave lint problems in the edited files; nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(
            "de wijziging is niet geschreven: het bestand zou niet meer door de lint komen",
            exit_code=1,
        )
        self.problems = list(problems)


def read(path: Path) -> tuple[bytes, str]:
    """The bytes of a corpus file and its text; a clean error if it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UserError(f"kan '{path}' niet lezen: {os_reason(error)}", 1) from None
    try:
        return raw, raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(f"'{path}' is geen UTF-8-tekst; er is niets gewijzigd", 1) from None


def problems_after(root: Path, edits: Sequence[Edit], today: dt.date) -> list[Problem]:
    """The errors and warnings the edited files would have, checked in memory."""
    from jihadprog.config import load_config
    from jihadprog.corpus import load_corpus
    from jihadprog.lintcontext import LintContext
    from jihadprog.linter import lint

    corpus = load_corpus(root, {edit.path: edit.text for edit in edits})
    names = {doc.name for doc in corpus.documents if doc.path in {e.path for e in edits}}
    problems = lint(LintContext(corpus, today), load_config(root))
    return [p for p in problems if p.file in names and p.level is not Level.INFO]


def apply(root: Path, edits: Sequence[Edit], today: dt.date) -> None:
    """Check ``edits`` against the corpus, then write them all, or raise and write nothing."""
    from jihadprog.report.publish import write_atomic

    problems = problems_after(root, edits, today)
    if problems:
        raise Refused(problems)
    for edit in edits:
        refuse_if_changed(edit)
    for edit in edits:
        write_atomic(edit.path, edit.text.encode("utf-8"))


def refuse_if_changed(edit: Edit) -> None:
    """A UserError when the file's bytes are no longer those the edit was made from."""
    try:
        changed = edit.path.read_bytes() != edit.original
    except OSError:
        changed = True
    if changed:
        raise UserError(
            f"'{edit.path}' is gewijzigd sinds het werd gelezen; er is niets geschreven, "
            "probeer het opnieuw",
            exit_code=1,
        )
