"""The PDF: compiled with the real TeX engine, read back with pdftotext; log checks; lock-down."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from jihadprog.corpus import load_corpus
from jihadprog.errors import UserError
from jihadprog.quarters import Kwartaal
from jihadprog.report import pdf
from jihadprog.report.publish import produce
from tests.conftest import FIXTURES, GOOD, REPO, build_corpus
from tests.test_render import HOSTILE

K = Kwartaal.parse
TODAY = dt.date(2026, 11, 23)
needs_tex = pytest.mark.skipif(shutil.which("latexmk") is None, reason="latexmk is not installed")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """The PDF's text with line-end hyphenation undone and all whitespace removed."""
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    return re.sub(r"\s+", "", text)


def squeeze(text: str) -> str:
    """Text as it should come back from the PDF: straight quotes are typeset curly."""
    text = re.sub(r'(^|(?<=[\s(]))"', "“", text).replace('"', "”").replace("'", "’")
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_log_problems_finds_lost_glyphs_and_overfull_boxes() -> None:
    log = "\n".join(
        [
            "Missing character: There is no ☃ in font lmr10!",
            r"Overfull \hbox (12.5pt too wide) in paragraph at lines 10--12",
            r"Underfull \hbox (badness 10000) in paragraph at lines 3--4",
        ]
    )
    problems = pdf.log_problems(log)
    assert [p.kind for p in problems] == ["ontbrekend teken", "te brede regel"]
    assert "☃" in problems[0].detail


def test_missing_engine_names_the_debian_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    with pytest.raises(UserError) as caught:
        pdf.find_engine()
    assert caught.value.exit_code == 2
    for package in ("texlive-latex-base", "texlive-luatex", "fonts-dejavu-core", "latexmk"):
        assert package in caught.value.message


@needs_tex
def test_fixture_report_compiles_and_its_content_arrives(tmp_path: Path) -> None:
    data = produce(load_corpus(GOOD), K("2015-K4"), "pdf", None, TODAY)
    assert data.startswith(b"%PDF-")
    text = pdf_text(data, tmp_path)
    for expected in (
        "Voortgangsrapportage Actieprogramma Integrale Aanpak Jihadisme",
        "Stand van zaken: vierde kwartaal 2015",
        "Groep 1: Risicoreductie jihadgangers",
        "Maatregel 4",
        "Laatst vastgelegd in het vierde kwartaal 2014 (12 november 2014)",
        "Wet langdurig toezicht, gedragsbeïnvloeding en vrijheidsbeperking",
        "Stb. 2015, 460",
        "Schengen Informatie Systeem (SIS-II)",
    ):
        assert squeeze(expected) in text, expected


@needs_tex
def test_shipped_report_for_2014_k4_has_every_measure(tmp_path: Path) -> None:
    data = produce(load_corpus(REPO), K("2014-K4"), "pdf", None, TODAY)
    text = pdf_text(data, tmp_path)
    for n in range(1, 39):
        assert f"Maatregel{n}" in text, n
    assert squeeze("Kamerstuk 29 754, nr. 271") in text
    assert squeeze("geen markering in het programma (Franse vertaling: B)") in text
    assert squeeze("Nationaal Coördinator Terrorismebestrijding en Veiligheid") in text


@needs_tex
def test_hostile_texts_arrive_literally_and_run_nothing(tmp_path: Path) -> None:
    sentinel = Path("/tmp/jihadprog-pwned")
    sentinel.unlink(missing_ok=True)
    corpus = load_corpus(build_corpus(tmp_path / "c", FIXTURES / "injectie"))
    text = pdf_text(produce(corpus, K("2014-K4"), "pdf", None, TODAY), tmp_path)
    for hostile in HOSTILE:
        assert squeeze(hostile) in text, hostile
    assert "root:" not in text
    assert not sentinel.exists()


@needs_tex
def test_tex_errors_become_user_errors() -> None:
    source = "\\documentclass{article}\\begin{document}\\nosuchcommand\\end{document}\n"
    with pytest.raises(UserError, match="Undefined control sequence"):
        pdf.compile_pdf(source)


@needs_tex
def test_characters_the_font_lacks_are_named() -> None:
    source = (
        "\\documentclass{article}\\usepackage[utf8]{inputenc}\\begin{document}x 😀\\end{document}\n"
    )
    with pytest.raises(UserError, match=r"ontbrekend teken: .*😀"):
        pdf.compile_pdf(source)


@needs_tex
def test_reading_files_outside_the_work_dir_is_refused() -> None:
    source = "\\documentclass{article}\\begin{document}\\input{/etc/passwd}\\end{document}\n"
    with pytest.raises(UserError):
        pdf.compile_pdf(source)


@needs_tex
def test_overfull_lines_reject_the_pdf() -> None:
    source = "\\documentclass{article}\\begin{document}Tekst \\hbox to 1.5\\textwidth{x\\hfil}\\end{document}\n"
    with pytest.raises(UserError, match="te brede regel"):
        pdf.compile_pdf(source)


@needs_tex
def test_lost_glyphs_reject_the_pdf() -> None:
    source = (
        "\\documentclass{article}\\begin{document}\\font\\f=cmr10 \\f\\char200\\end{document}\n"
    )
    with pytest.raises(UserError, match="ontbrekend teken"):
        pdf.compile_pdf(source)


@needs_tex
def test_a_run_that_hangs_is_stopped() -> None:
    source = "\\documentclass{article}\\begin{document}\\loop\\iftrue\\repeat\\end{document}\n"
    with pytest.raises(UserError, match="gestopt"):
        pdf.compile_pdf(source, timeout=3)


@needs_tex
def test_what_lint_accepts_typesets(tmp_path: Path, edit) -> None:
    """Symbols, Greek, a decomposed accent and a long unbreakable word all reach the PDF."""
    odd = "Ten minste 115 (≥ 100) ✓ Ω cafe\u0301 " + "x" * 90 + " einde."
    old = "Het OM stelt zeven extra officieren van justitie aan voor jihaddossiers."
    root = edit("maatregelen/01-strafrechtelijk-onderzoek-uitreizigers.yaml", old, odd)
    from tests.conftest import lint_dir

    assert [p for p in lint_dir(root) if p.level.name == "ERROR"] == []
    corpus = load_corpus(root)
    text = pdf_text(produce(corpus, K("2015-K4"), "pdf", None, TODAY), tmp_path)
    assert squeeze("Ten minste 115 (≥ 100) ✓ Ω café") in text
    assert "x" * 90 in text


def test_a_failure_names_the_corpus_file_and_line(tmp_path: Path) -> None:
    corpus = load_corpus(GOOD)
    from jihadprog.report.texorigin import locator

    source = "\\begin{document}\nDe frequentie van de signalering van jihadgangers\\relax\n"
    message = pdf.origin("rapportage.tex:2: Undefined control sequence.", source, locator(corpus))
    assert message == " (tekst uit maatregelen/04-signalering-sis.yaml:19)"
    unknown = pdf.origin("rapportage.tex:2: x", "a\nniets bekends hier\n", locator(corpus))
    assert unknown == " (bij de tekst ‘niets bekends hier’)"


def _processes_in(directory: Path) -> list[int]:
    """Processes whose working directory lies under ``directory``."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cwd = (proc / "cwd").resolve()
        except OSError:
            continue
        if cwd.is_relative_to(directory):
            found.append(int(proc.name))
    return found


@needs_tex
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_stopping_report_kills_tex_and_removes_its_directory(tmp_path: Path, signum: int) -> None:
    """Ctrl-C or SIGTERM while TeX runs: TeX's process group dies and no temp dir remains."""
    templates = tmp_path / "sjablonen"
    templates.mkdir()
    (templates / "report.tex.j2").write_text(
        "\\documentclass{article}\\begin{document}\\loop\\iftrue\\repeat\\end{document}\n"
    )
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "JIHADPROG_CORPUS"}
    env["TMPDIR"] = str(scratch)
    command = [sys.executable, "-m", "jihadprog", "report", "--format", "pdf"]
    command += ["--corpus", str(GOOD), "--templates", str(templates)]
    command += ["--output", str(tmp_path / "r.pdf")]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while not _processes_in(scratch) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _processes_in(scratch), "TeX did not start"
    process.send_signal(signum)
    _, err = process.communicate(timeout=20)
    assert process.returncode in (130, 143), err
    assert b"Traceback" not in err
    time.sleep(0.2)
    assert _processes_in(scratch) == []
    assert list(scratch.iterdir()) == []
    assert not (tmp_path / "r.pdf").exists()


def test_template_and_tex_errors_are_dutch() -> None:
    from jihadprog.report.render import jinja_reason

    assert jinja_reason("Encountered unknown tag 'foo'.") == "onbekende opdracht 'foo'"
    assert jinja_reason(
        "Unexpected end of template. Jinja was looking for the following tags: 'elif' or 'else'"
        " or 'endif'. The innermost block that needs to be closed is 'if'."
    ) == (
        "het sjabloon houdt op voordat een blok is gesloten; verwacht 'elif' of 'else' of 'endif'"
    )
    assert jinja_reason("'x' is undefined") == "'x' bestaat niet in de rapportgegevens"
    assert pdf.tex_reason("Undefined control sequence.").startswith("onbekende LaTeX-opdracht")
