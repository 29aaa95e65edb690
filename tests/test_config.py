"""The corpus configuration (jihadprog.toml or [tool.jihadprog]) and lint --kwartaal, via the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from jihadprog.cli import app, run_app
from jihadprog.config import load_config
from jihadprog.errors import UserError
from jihadprog.linter import LintConfig
from jihadprog.problems import Level

M4 = "maatregelen/04-signalering-sis.yaml"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run_app(app, list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_no_config_means_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path) == LintConfig()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_config(tmp_path) == LintConfig()


def test_jihadprog_toml_disables_and_relevels(tmp_path: Path) -> None:
    (tmp_path / "jihadprog.toml").write_text(
        'uitschakelen = ["glossary-unused"]\n\n[niveaus]\n'
        'abbreviation-defined = "fout"\npdf-artefact = "info"\nyaml-tabs = "error"\n'
    )
    assert load_config(tmp_path) == LintConfig(
        disabled=frozenset({"glossary-unused"}),
        levels={
            "abbreviation-defined": Level.ERROR,
            "pdf-artefact": Level.INFO,
            "yaml-tabs": Level.ERROR,
        },
    )


def test_pyproject_table_and_precedence(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.jihadprog]\nniveaus = { "yaml-bom" = "waarschuwing", "yaml-tabs" = "error" }\n'
    )
    assert load_config(tmp_path).levels == {"yaml-bom": Level.WARNING, "yaml-tabs": Level.ERROR}
    (tmp_path / "jihadprog.toml").write_text('uitschakelen = ["yaml-bom"]\n')
    assert load_config(tmp_path) == LintConfig(disabled=frozenset({"yaml-bom"}))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'uitschakelen = ["geen-regel"]\n',
            "jihadprog.toml: onbekende regel 'geen-regel' in uitschakelen",
        ),
        (
            '[niveaus]\nyaml-tabs = "hoog"\n',
            "jihadprog.toml: onbekend niveau 'hoog' voor regel 'yaml-tabs'",
        ),
        ("[niveaus]\nyaml-tabs = 3\n", "jihadprog.toml: onbekend niveau 3 voor regel 'yaml-tabs'"),
        (
            'uitschakelen = ["yaml-syntax"]\n',
            "jihadprog.toml: regel 'yaml-syntax' in uitschakelen kan niet worden uitgeschakeld",
        ),
        (
            '[niveaus]\nschema = "info"\n',
            "jihadprog.toml: regel 'schema' in niveaus kan niet worden uitgeschakeld",
        ),
        (
            'uitschakelen = ["yaml-tab"]\n',
            "jihadprog.toml: onbekende regel 'yaml-tab' in uitschakelen; 'jihadprog regels' toont ze "
            "alle; bedoelde u 'yaml-tabs'?",
        ),
        ("a = " + "[" * 5000 + "]" * 5000 + "\n", "jihadprog.toml: ongeldige TOML: te diep genest"),
        ("a = " + "9" * 5000 + "\n", "jihadprog.toml: ongeldige TOML: getal te lang"),
        ('[niveaus]\nonbekend = "info"\n', "jihadprog.toml: onbekende regel 'onbekend' in niveaus"),
        ('uitschakelen = "schema"\n', "jihadprog.toml: uitschakelen moet een lijst"),
        ('niveaus = ["schema"]\n', "jihadprog.toml: niveaus moet een tabel zijn"),
        ("strikt = true\n", "jihadprog.toml: onbekende sleutel 'strikt'"),
        ('uitschakelen = ["schema"\nx', "jihadprog.toml: ongeldige TOML op regel 2, kolom 1"),
    ],
)
def test_config_mistakes_are_user_errors(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "jihadprog.toml").write_text(text)
    with pytest.raises(UserError) as caught:
        load_config(tmp_path)
    assert caught.value.message.startswith(message)
    assert caught.value.exit_code == 2


def test_config_that_is_not_a_file_or_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "jihadprog.toml").mkdir()
    with pytest.raises(UserError, match="geen gewoon bestand"):
        load_config(tmp_path)
    (tmp_path / "jihadprog.toml").rmdir()
    (tmp_path / "jihadprog.toml").write_bytes(b"uitschakelen = ['\xff']\n")
    with pytest.raises(UserError, match="geen UTF-8"):
        load_config(tmp_path)


def test_cli_honours_config_and_strict(capsys, corpus_dir: Path, edit) -> None:
    edit(M4, "De NCTV en", "De NCTV, de QRS en")
    assert run(capsys, "lint", "--corpus", str(corpus_dir))[0] == 0
    (corpus_dir / "jihadprog.toml").write_text('[niveaus]\nabbreviation-defined = "error"\n')
    code, out, _ = run(capsys, "lint", "--corpus", str(corpus_dir))
    assert code == 1 and "[fout] afkorting 'QRS'" in out
    (corpus_dir / "jihadprog.toml").write_text('uitschakelen = ["abbreviation-defined"]\n')
    code, out, _ = run(capsys, "lint", "--corpus", str(corpus_dir), "--strict")
    assert (code, out) == (0, "Geen problemen gevonden.\n")


def test_cli_config_error_exits_two_naming_the_file(capsys, corpus_dir: Path) -> None:
    (corpus_dir / "pyproject.toml").write_text('[tool.jihadprog]\nuitschakelen = ["x"]\n')
    code, out, err = run(capsys, "lint", "--corpus", str(corpus_dir))
    assert code == 2 and out == ""
    assert err.startswith("jihadprog: pyproject.toml [tool.jihadprog]: onbekende regel 'x'")


def test_cli_kwartaal(capsys, corpus_dir: Path) -> None:
    code, _, err = run(capsys, "lint", "--corpus", str(corpus_dir), "--kwartaal", "2015-K5")
    assert code == 2
    assert "ongeldige waarde voor --kwartaal: kwartaal 5 bestaat niet" in err
    code, out, _ = run(capsys, "lint", "--corpus", str(corpus_dir), "--kwartaal", "2015-K2")
    assert code == 1
    assert out.count("(quarter-complete)") == 4
    code, out, _ = run(capsys, "lint", "--corpus", str(corpus_dir), "--kwartaal", "K4 2015")
    assert out.count("(quarter-complete)") == 3
