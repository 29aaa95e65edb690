"""`jihadprog report` through its real entry points: run_app and the installed console script."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jihadprog.cli import app, run_app
from jihadprog.cli.dutch import fill_optional_values
from jihadprog.report import pdf
from tests.conftest import GOOD, REPO, build_corpus

SCRIPT = Path(sys.executable).parent / "jihadprog"
needs_tex = pytest.mark.skipif(shutil.which("latexmk") is None, reason="latexmk is not installed")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run_app(app, list(args))
    out, err = capsys.readouterr()
    return code, out, err


def first_line_after(path: Path, prefix: str) -> str:
    return next(line for line in path.read_text().splitlines() if line.startswith(prefix))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--kwartaal"], ["--kwartaal=laatste"]),
        (["--kwartaal", "--format", "pdf"], ["--kwartaal=laatste", "--format", "pdf"]),
        (["--kwartaal", "2015-K2"], ["--kwartaal", "2015-K2"]),
        (["--kwartaal", ""], ["--kwartaal", ""]),
        (["--kwartaal=2015-K2"], ["--kwartaal=2015-K2"]),
        (["--kwartaal", "--"], ["--kwartaal=laatste", "--"]),
        (["--", "--kwartaal"], ["--", "--kwartaal"]),
        (["--format", "md"], ["--format", "md"]),
    ],
)
def test_fill_optional_values(args: list[str], expected: list[str]) -> None:
    assert fill_optional_values(args, {"--kwartaal": "laatste"}) == expected


@pytest.mark.parametrize(
    "args",
    [["--kwartaal"], ["--kwartaal", "--format", "md"], [], ["--format", "md", "--kwartaal"]],
)
def test_bare_or_missing_kwartaal_means_the_latest_quarter(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "report", *args, "--corpus", str(GOOD))
    assert (code, err) == (0, "")
    assert out == "build/voortgangsrapportage-2018-K1.md\n"
    assert "eerste kwartaal 2018" in (tmp_path / out.strip()).read_text()


@pytest.mark.parametrize("spelling", ["2015-K2", "2015-Q2", "2015K2", "k2 2015"])
def test_explicit_quarter_in_any_spelling(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, spelling: str
) -> None:
    target = tmp_path / "r.md"
    code, out, _ = run(
        capsys, "report", "--kwartaal", spelling, "--corpus", str(GOOD), "--output", str(target)
    )
    assert (code, out) == (0, f"{target}\n")
    assert first_line_after(target, "**Stand") == "**Stand van zaken: tweede kwartaal 2015**"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kwartaal", ""], "'' is geen kwartaal"),
        (["--kwartaal="], "'' is geen kwartaal"),
        (["--kwartaal", "2015-K5"], "kwartaal 5 bestaat niet"),
        (["--kwartaal", "volgende"], "'volgende' is geen kwartaal"),
        (["--kwartaal", "2014-K2"], "kies een kwartaal vanaf 2014-K3"),
        (["--format", "odt"], "onbekend formaat 'odt'"),
        (["--templates", "/bestaat/niet"], "sjabloonmap"),
        (["--output", "-", "--format", "pdf"], "standaarduitvoer"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    argv = ["report", *args, "--corpus", str(GOOD)]
    if "--output" not in args:
        argv += ["--output", str(tmp_path / "x")]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert not (tmp_path / "x").exists()


def test_markdown_and_tex_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "report", "--kwartaal", "2014-K4", "--corpus", str(GOOD), "--output", "-"
    )
    assert code == 0
    assert out.startswith("# Voortgangsrapportage Actieprogramma Integrale Aanpak Jihadisme\n")
    code, out, _ = run(capsys, "report", "--corpus", str(GOOD), "--format", "tex", "--output", "-")
    assert code == 0
    assert out.startswith("\\documentclass")


def test_invalid_corpus_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, edit
) -> None:
    root = edit("maatregelen/04-signalering-sis.yaml", "groep: 5\n", "groep: 9\n")
    code, _, err = run(capsys, "report", "--corpus", str(root), "--output", str(tmp_path / "r.md"))
    assert code == 1
    assert "het corpus bevat fouten" in err
    assert not (tmp_path / "r.md").exists()


def test_pdf_without_tex_names_packages_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    target = tmp_path / "r.pdf"
    code, out, err = run(
        capsys,
        "report",
        "--kwartaal",
        "--format",
        "pdf",
        "--corpus",
        str(GOOD),
        "--output",
        str(target),
    )
    assert (code, out) == (2, "")
    assert "texlive-latex-base" in err and "latexmk" in err
    assert not target.exists()


def test_failed_render_leaves_the_existing_file_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    templates = tmp_path / "sjablonen"
    templates.mkdir()
    (templates / "report.md.j2").write_text("{{ r.titel }}\n{% for %}\n")
    target = tmp_path / "out" / "r.md"
    target.parent.mkdir()
    target.write_text("vorige versie\n")
    code, _, err = run(
        capsys,
        "report",
        "--corpus",
        str(GOOD),
        "--templates",
        str(templates),
        "--output",
        str(target),
    )
    assert code == 2
    assert "fout in sjabloon" in err
    assert target.read_text() == "vorige versie\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["r.md"]


@needs_tex
def test_failed_pdf_leaves_the_existing_file_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    templates = tmp_path / "sjablonen"
    templates.mkdir()
    (templates / "report.tex.j2").write_text(
        "\\documentclass{article}\\begin{document}\\VAR{r.titel}\\geenopdracht\\end{document}\n"
    )
    target = tmp_path / "r.pdf"
    target.write_bytes(b"%PDF- vorige versie")
    code, _, err = run(
        capsys,
        "report",
        "--format",
        "pdf",
        "--corpus",
        str(GOOD),
        "--templates",
        str(templates),
        "--output",
        str(target),
    )
    assert code == 2
    assert "Undefined control sequence" in err
    assert target.read_bytes() == b"%PDF- vorige versie"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf", "sjablonen"]


def test_the_corpus_is_not_modified(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = build_corpus(tmp_path / "c")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}
    code, _, _ = run(capsys, "report", "--corpus", str(root), "--output", str(tmp_path / "r.md"))
    assert code == 0
    assert {
        p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()
    } == before


def test_console_script(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        [str(SCRIPT), "report", "--kwartaal", "--corpus", str(GOOD)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "build/voortgangsrapportage-2018-K1.md\n",
        "",
    )
    done = subprocess.run(
        [str(SCRIPT), "report", "--corpus", str(GOOD), "--kwartaal", ""],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith(
        "jihadprog: ongeldige waarde voor --kwartaal: '' is geen kwartaal"
    )


def test_help_and_lint_do_not_import_jinja() -> None:
    code = (
        "import sys\n"
        "from jihadprog.cli import app, run_app\n"
        f"run_app(app, ['lint', '--corpus', {str(GOOD)!r}])\n"
        "run_app(app, ['report', '--help'])\n"
        "assert 'jinja2' not in sys.modules, 'jinja2 imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_report_peildatum_option(capsys) -> None:
    code, out, _ = run(
        capsys,
        "report",
        "--corpus",
        str(REPO),
        "--kwartaal",
        "2014-K4",
        "--peildatum",
        "2014-11-12",
        "--output",
        "-",
    )
    assert code == 0
    assert "Reconstructie van de voortgang per 12 november 2014" in out
    assert "18 december 2014" not in out
    code, _, err = run(capsys, "report", "--corpus", str(REPO), "--peildatum", "gisteren")
    assert code == 2 and "JJJJ-MM-DD" in err
