"""Typeset LaTeX source into a PDF with latexmk and LuaLaTeX, locked down and checked.

The engine runs in a fresh temporary directory with shell escape off, file access restricted
to that directory (``openin_any=p``, ``openout_any=p``) and a time limit. A PDF is only
accepted when the log shows no lost glyph ("Missing character") and no overfull box: a report
with a dropped character or text running into the margin is an error, not a warning.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jihadprog.errors import UserError

DEBIAN_PACKAGES = (
    "texlive-latex-base",
    "texlive-latex-recommended",
    "texlive-lang-european",
    "texlive-pictures",
    "texlive-luatex",
    "fonts-dejavu-core",
    "latexmk",
)
TIMEOUT_SECONDS = 180.0
JOB = "rapportage"

# Where a missing LaTeX file comes from, to name the package in the error message.
_PACKAGE_OF = {
    "pgfplots.sty": "texlive-pictures",
    "tikz.sty": "texlive-pictures",
    "dutch.ldf": "texlive-lang-european",
    "fontspec.sty": "texlive-latex-recommended",
    "luaotfload.sty": "texlive-luatex",
    "microtype.sty": "texlive-latex-recommended",
    "booktabs.sty": "texlive-latex-recommended",
    "ragged2e.sty": "texlive-latex-recommended",
    "caption.sty": "texlive-latex-recommended",
    "fancyhdr.sty": "texlive-latex-recommended",
    "xcolor.sty": "texlive-latex-recommended",
    "hyperref.sty": "texlive-latex-recommended",
}
_MISSING_FILE = re.compile(r"File `([^']+)' not found")
_MISSING_FONT = re.compile(r'The font "([^"]+)" cannot be found')
_UNSUPPORTED = re.compile(r"Unicode character (.+?) \((U\+[0-9A-F]+)\)")
_ERROR_LINE = re.compile(r"^(?:! |.*:\d+: )(.*)$")
_BAD_GLYPH = re.compile(r"^Missing character: (.*)$")
_OVERFULL = re.compile(r"^Overfull \\[hv]box \((\d+(?:\.\d+)?)pt too (?:wide|high)\) (.*)$")
_TEX_LINE = re.compile(r"(?:\.tex:(\d+):|at lines? (\d+)(?:--\d+)?|^l\.(\d+) )", re.MULTILINE)


@dataclass(frozen=True)
class LogProblem:
    """A defect found in the TeX log that makes the PDF unfit to send."""

    kind: str
    detail: str


def install_hint() -> str:
    """The Debian command that installs the TeX set this package is tested with."""
    return "apt-get install " + " ".join(DEBIAN_PACKAGES)


def find_engine() -> tuple[str, str]:
    """Paths of latexmk and lualatex, or a UserError (exit 2) naming the packages to install."""
    latexmk, lualatex = shutil.which("latexmk"), shutil.which("lualatex")
    missing = [name for name, path in (("latexmk", latexmk), ("lualatex", lualatex)) if not path]
    if missing or latexmk is None or lualatex is None:
        raise UserError(
            f"--format pdf heeft {' en '.join(missing)} nodig, maar die zijn niet geïnstalleerd; "
            f"installeer ze met: {install_hint()}"
        )
    return latexmk, lualatex


def log_problems(log: str) -> list[LogProblem]:
    """Lost glyphs and overfull boxes in a LuaLaTeX log (lines unwrapped by max_print_line)."""
    found = []
    for line in log.splitlines():
        if match := _BAD_GLYPH.match(line):
            found.append(LogProblem("ontbrekend teken", match.group(1)))
        elif match := _OVERFULL.match(line):
            found.append(LogProblem("te brede regel", f"{match.group(1)}pt te breed"))
    return found


_TEX_NL = (
    ("Undefined control sequence", "onbekende LaTeX-opdracht"),
    ("Missing $ inserted", "wiskundeteken buiten de wiskundemodus ($ ontbreekt)"),
    ("Missing } inserted", "een } ontbreekt"),
    ("Missing { inserted", "een { ontbreekt"),
    ("Extra }, or forgotten", "een } te veel"),
    ("Extra alignment tab", "te veel kolommen (&) in een tabelregel"),
    ("File ended while scanning", "het bestand houdt op midden in een opdracht (accolade open?)"),
    ("Runaway argument", "een argument loopt door (accolade open?)"),
    ("Emergency stop", "LaTeX stopte"),
    ("Paragraph ended before", "alinea eindigt midden in een opdracht"),
    ("Too many }'s", "een } te veel"),
    ("LaTeX Error: Environment", "onbekende omgeving"),
    ("LaTeX Error: \\begin{", "\\begin en \\end passen niet bij elkaar"),
    ("LaTeX Error: Missing \\begin{document}", "\\begin{document} ontbreekt"),
)


def tex_reason(error: str) -> str:
    """A TeX error line in Dutch, with the original kept for searching the log."""
    for english, dutch in _TEX_NL:
        if error.startswith(english) or english in error:
            return f"{dutch} ({error})"
    return f"TeX meldt: {error}"


def _failure_message(log: str) -> str:
    missing = _MISSING_FILE.findall(log)
    if missing:
        packages = sorted({_PACKAGE_OF.get(name, "") for name in missing} - {""})
        hint = f"; installeer {' '.join(packages)}" if packages else f"; zie: {install_hint()}"
        return f"LaTeX-bestand {', '.join(sorted(set(missing)))} ontbreekt{hint}"
    fonts = _MISSING_FONT.findall(log)
    if fonts:
        return f"lettertype {', '.join(sorted(set(fonts)))} ontbreekt; installeer fonts-dejavu-core"
    unsupported = dict(_UNSUPPORTED.findall(log))
    if unsupported:
        listed = ", ".join(f"‘{char}’ ({code})" for char, code in unsupported.items())
        return (
            f"LuaLaTeX kan {listed} niet zetten: het lettertype heeft dit teken niet; "
            "vervang het in het corpus of kies --format md"
        )
    errors = [m.group(1).strip() for line in log.splitlines() if (m := _ERROR_LINE.match(line))]
    detail = "; ".join(dict.fromkeys(tex_reason(e) for e in errors if e)) or "zie het logbestand"
    return f"LuaLaTeX kon de rapportage niet zetten: {detail[:600]}"


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "openin_any": "p",
            "openout_any": "p",
            "shell_escape": "f",
            "max_print_line": "10000",
            "error_line": "254",
            "half_error_line": "238",
        }
    )
    env.pop("TEXMFOUTPUT", None)
    env.pop("TEXINPUTS", None)
    return env


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Kill TeX's whole process group (latexmk and the LuaLaTeX it started) and reap it."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """While TeX runs, SIGTERM unwinds the stack (exit 143) so cleanup runs, as Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def origin(log: str, source: str, locate: Callable[[str], str | None] | None) -> str:
    """Where the failing text comes from: ' (tekst uit maatregelen/09-….yaml:60)'.

    The generated ``.tex`` line is never the only clue: without a corpus match the readable
    start of the text is quoted instead.
    """
    from jihadprog.report.texorigin import readable

    lines = source.splitlines()
    places: list[str] = []
    for match in _TEX_LINE.finditer(log):
        number = int(next(group for group in match.groups() if group))
        tex = lines[number - 1] if 0 < number <= len(lines) else ""
        where = locate(tex) if locate else None
        text = readable(tex)
        place = f"tekst uit {where}" if where else (f"bij de tekst ‘{text[:60]}’" if text else "")
        if place and place not in places:
            places.append(place)
    return f" ({'; '.join(places[:3])})" if places else ""


def compile_pdf(
    source: str,
    timeout: float = TIMEOUT_SECONDS,
    locate: Callable[[str], str | None] | None = None,
) -> bytes:
    """The PDF for LaTeX ``source``; a UserError (exit 2) on any failure or defect.

    ``locate`` maps a generated LaTeX line to its corpus file and line, for the message.
    """
    latexmk, _ = find_engine()
    with tempfile.TemporaryDirectory(prefix="jihadprog-tex-") as tmp:
        work = Path(tmp)
        (work / f"{JOB}.tex").write_text(source, encoding="utf-8")
        command = [
            latexmk,
            "-norc",
            "-lualatex",
            "-interaction=nonstopmode",
            "-halt-on-error",
            "-file-line-error",
            "-no-shell-escape",
            "-usepretex=\\tracinglostchars=2",
            "-quiet",
            f"{JOB}.tex",
        ]
        process = subprocess.Popen(
            command,
            cwd=work,
            env=_environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            with _sigterm_raises():
                process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process)
            raise UserError(
                f"LuaLaTeX was na {timeout:.0f} seconden nog niet klaar en is gestopt"
            ) from None
        except BaseException:  # Ctrl-C, SIGTERM, anything: TeX must not outlive us
            _kill(process)
            raise
        log_path = work / f"{JOB}.log"
        log = log_path.read_text(encoding="utf-8", errors="replace") if log_path.exists() else ""
        pdf_path = work / f"{JOB}.pdf"
        if process.returncode != 0 or not pdf_path.exists():
            raise UserError(_failure_message(log) + origin(log, source, locate))
        problems = log_problems(log)
        if problems:
            listed = "; ".join(f"{p.kind}: {p.detail}" for p in problems[:5])
            more = f" (en nog {len(problems) - 5})" if len(problems) > 5 else ""
            raise UserError(f"de PDF is afgekeurd: {listed}{more}{origin(log, source, locate)}")
        return pdf_path.read_bytes()
