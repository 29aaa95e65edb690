"""`jihadprog report`: build, render and (for PDF) typeset the report, then write it atomically.

The corpus is only read. The output file appears complete or not at all: it is written to a
temporary file in the target directory and renamed over the target, so a failure at any step
leaves an existing file untouched.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import tempfile
from pathlib import Path

from jihadprog.config import CONFIG_FILE, PYPROJECT_FILE
from jihadprog.corpus import MAATREGELEN_DIR, YAML_SUFFIXES, Corpus
from jihadprog.errors import UserError, os_reason
from jihadprog.quarters import Kwartaal

FORMATS = ("md", "tex", "pdf", "docx")
BINARY = ("pdf", "docx")
BUILD_DIR = Path("build")
STDOUT = Path("-")


def default_output(kwartaal: Kwartaal, fmt: str) -> Path:
    """``build/voortgangsrapportage-2014-K4.pdf``: named after the quarter, under build/."""
    return BUILD_DIR / f"voortgangsrapportage-{kwartaal}.{fmt}"


def check_target(path: Path, corpus: Corpus) -> None:
    """Refuse an output path that would overwrite the corpus or is not a regular file.

    The corpus's data files, anything under maatregelen/ and the configuration are input; a
    device, FIFO, directory or symbolic link would be replaced by a regular file through the
    rename, so it is refused too (``--output -`` is the way to standard output, not
    ``/dev/stdout``, which is a link).
    """
    resolved = path.resolve()
    root = corpus.root.resolve()
    inputs = {doc.path.resolve() for doc in corpus.documents}
    inputs.update(root / name for name in (CONFIG_FILE, PYPROJECT_FILE))
    inside = resolved.is_relative_to(root)
    if (
        resolved in inputs
        or (inside and resolved.suffix in YAML_SUFFIXES)
        or resolved.is_relative_to(root / MAATREGELEN_DIR)
    ):
        raise UserError(f"'{path}' hoort bij het corpus; kies een uitvoerbestand daarbuiten")
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise UserError(f"kan '{path}' niet schrijven: {os_reason(error)}") from None
    if stat.S_ISLNK(info.st_mode):
        raise UserError(
            f"'{path}' is een symbolische link; de rapportage zou de link vervangen. Geef het "
            "bestand zelf, of --output - voor de standaarduitvoer"
        )
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"'{path}' is een map; geef een bestandsnaam")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(
            f"'{path}' is geen gewoon bestand; gebruik --output - voor de standaarduitvoer"
        )


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary sibling and a rename."""
    directory = path.parent
    temporary: Path | None = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=directory, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise UserError(f"kan '{path}' niet schrijven: {os_reason(error)}") from None
    except BaseException:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise


def parse_peildatum(text: str) -> dt.date:
    """A cut-off date as the user typed it (JJJJ-MM-DD), or a UserError (exit 2)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            f"'{text}' is geen datum; schrijf de peildatum als JJJJ-MM-DD, bv. 2014-11-12"
        ) from None


def produce(
    corpus: Corpus,
    kwartaal: Kwartaal,
    fmt: str,
    templates: Path | None,
    today: dt.date,
    peildatum: dt.date | None = None,
    per_organisatie: bool = False,
) -> bytes:
    """The report on ``kwartaal`` (facts up to ``peildatum``) in ``fmt`` as bytes; nothing written.

    ``per_organisatie`` adds the annex "Overzicht per organisatie".
    """
    from dataclasses import replace

    from jihadprog.report.build import build_report
    from jihadprog.report.organisations import per_organisatie as annex
    from jihadprog.report.render import render

    if fmt not in FORMATS:
        raise UserError(f"onbekend formaat '{fmt}'; kies uit {', '.join(FORMATS)}")
    rapport = build_report(corpus, kwartaal, today, peildatum)
    if per_organisatie:
        rapport = replace(rapport, per_organisatie=annex(corpus, kwartaal))
    if fmt == "md":
        return render(rapport, "md", templates).encode("utf-8")
    if fmt == "docx":
        from jihadprog.report.word import compile_docx

        return compile_docx(render(rapport, "md", templates))
    source = render(rapport, "tex", templates)
    if fmt == "tex":
        return source.encode("utf-8")
    from jihadprog.report.pdf import compile_pdf
    from jihadprog.report.texorigin import locator

    return compile_pdf(source, locate=locator(corpus))
