"""The CLI through its real entry point (run_app), as a user or another tool would call it."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from jihadprog.cli import app, run_app
from tests.conftest import GOOD, REPO


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run_app(app, list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_lint_clean_corpus_exits_zero(capsys) -> None:
    code, out, _ = run(capsys, "lint", "--corpus", str(GOOD))
    assert code == 0
    assert out.strip() == "Geen problemen gevonden."


def test_lint_formats_and_exit_codes(capsys, corpus_dir: Path, edit, monkeypatch) -> None:
    edit("maatregelen/04-signalering-sis.yaml", "groep: 5\n", "groep: 9\n")
    code, out, _ = run(capsys, "lint", "--corpus", str(corpus_dir), "--format", "json")
    assert code == 1
    (problem,) = json.loads(out)
    assert problem == {
        "file": "maatregelen/04-signalering-sis.yaml",
        "line": 4,
        "column": 1,
        "rule": "group-known",
        "level": "error",
        "message": "groep 9 bestaat niet; kies uit 1, 2, 3, 4, 5",
    }
    monkeypatch.chdir(corpus_dir.parent)  # GitHub wants paths from the workspace
    code, out, _ = run(capsys, "lint", "--corpus", "corpus", "--format", "github")
    assert code == 1
    assert out.splitlines()[0] == (
        "::error file=corpus/maatregelen/04-signalering-sis.yaml,line=4,col=1,title=group-known"
        "::groep 9 bestaat niet; kies uit 1, 2, 3, 4, 5"
    )
    code, out, _ = run(capsys, "lint", "--corpus", str(corpus_dir))
    assert out.splitlines() == [
        "maatregelen/04-signalering-sis.yaml:4:1: [fout] groep 9 bestaat niet; kies uit 1, 2, 3, 4, 5 (group-known)",
        "Gevonden: 1 fout, 0 waarschuwingen.",
    ]


def test_warning_fails_only_in_strict_mode(capsys, corpus_dir: Path, edit) -> None:
    edit("maatregelen/04-signalering-sis.yaml", "De NCTV en", "De QRS en")
    assert run(capsys, "lint", "--corpus", str(corpus_dir))[0] == 0
    code, out, _ = run(capsys, "lint", "--corpus", str(corpus_dir), "--strict")
    assert code == 1
    assert "[fout] afkorting 'QRS'" in out


def test_usage_errors_are_dutch_and_exit_two(capsys) -> None:
    code, _, err = run(capsys, "lint", "--onbekend")
    assert code == 2
    assert "onbekende optie '--onbekend'" in err
    code, _, err = run(capsys, "lint", "--format", "xml", "--corpus", str(GOOD))
    assert code == 2
    assert "onbekend formaat 'xml'" in err
    code, _, err = run(capsys, "lint", "--corpus", "/bestaat/niet")
    assert code == 2
    assert "bestaat niet" in err
    assert "Traceback" not in err


def test_query_json_contract_on_shipped_corpus(capsys) -> None:
    code, out, _ = run(capsys, "query", "--corpus", str(REPO), "--format", "json")
    assert code == 0
    records = json.loads(out)
    assert [r["nummer"] for r in records] == list(range(1, 39))
    for record in records:
        assert isinstance(record["titel"], str) and record["titel"]
        assert record["groep"] in {1, 2, 3, 4, 5}
        assert record["markering"] in {"B", "V", "N", None}
        assert isinstance(record["actoren"], list) and record["actoren"]
        assert isinstance(record["voortgang"], list)
        for actie in record["acties"]:
            assert set(actie) >= {"letter", "tekst", "markering", "subacties"}
            for sub in actie["subacties"]:
                assert set(sub) >= {"nummer", "tekst"}
    by_number = {r["nummer"]: r for r in records}
    assert [s["nummer"] for s in by_number[34]["acties"][0]["subacties"]] == ["i", "ii", "iii"]
    assert by_number[3]["acties"][2]["markering"] == "N"
    assert by_number[28]["markering"] is None


def test_query_filters(capsys) -> None:
    def numbers(*args: str) -> list[int]:
        code, out, _ = run(capsys, "query", "--corpus", str(REPO), "--format", "json", *args)
        assert code == 0
        return [r["nummer"] for r in json.loads(out)]

    assert numbers("--groep", "2") == [14, 15, 16, 17]
    assert numbers("--markering", "b") == [2, 3, 12, 17]
    assert 34 in numbers("--actor", "kmar")
    assert numbers("--zoek", "hayat") == [23]
    assert numbers("--zoek", "geinvesteerd") == []  # programme text, not objectives
    assert numbers("--groep", "4", "--markering", "N") == [29]


def test_query_csv_and_yaml(capsys) -> None:
    code, out, _ = run(capsys, "query", "--corpus", str(REPO), "--groep", "4", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["nummer"] for r in rows] == ["29"]
    assert rows[0]["acties"] == "8"
    code, out, _ = run(capsys, "query", "--corpus", str(REPO), "--groep", "4", "--format", "yaml")
    assert code == 0 and out.startswith("- nummer: 29\n")


def test_query_table_has_no_colour_when_piped(capsys) -> None:
    code, out, _ = run(capsys, "query", "--corpus", str(REPO), "--groep", "1")
    assert code == 0
    assert "\x1b[" not in out
    assert "13 maatregelen" in out


def test_bad_marker_option(capsys) -> None:
    code, _, err = run(capsys, "query", "--corpus", str(REPO), "--markering", "X")
    assert code == 2 and "onbekende markering 'X'" in err


def test_show_measure_with_expanded_abbreviations(capsys) -> None:
    code, out, _ = run(capsys, "show", "37", "--corpus", str(REPO))
    assert code == 0
    assert out.startswith("Maatregel 37. Optimalisering bestaande signaleringsmiddelen.")
    assert "      iii. De EU-Kopgroep" in out
    code, out, _ = run(capsys, "show", "30", "--corpus", str(REPO), "--voluit")
    assert "NCTV (Nationaal Coördinator Terrorismebestrijding en Veiligheid)" in out
    assert "geen markering in de bron" in out and "Franse vertaling: B" in out


def test_show_unknown_measure(capsys) -> None:
    code, _, err = run(capsys, "show", "39", "--corpus", str(REPO))
    assert code == 2 and "maatregel 39 bestaat niet" in err


@pytest.mark.parametrize(
    "command", [("query",), ("show", "4"), ("begrip", "NCTV"), ("diff", "2014-K4", "2015-K2")]
)
def test_read_commands_warn_on_errors_that_keep_the_data(
    capsys, corpus_dir: Path, edit, command: tuple[str, ...]
) -> None:
    edit("maatregelen/04-signalering-sis.yaml", "groep: 5\n", "groep: 9\n")
    code, out, err = run(capsys, *command, "--corpus", str(corpus_dir))
    assert code == 0 and out
    assert "groep 9 bestaat niet" in err and "let op: het corpus bevat fouten" in err


@pytest.mark.parametrize(
    "command", [("query",), ("show", "4"), ("begrip", "NCTV"), ("diff", "2014-K4", "2015-K2")]
)
def test_read_commands_refuse_a_corpus_a_file_fell_out_of(
    capsys, corpus_dir: Path, edit, command: tuple[str, ...]
) -> None:
    edit("maatregelen/04-signalering-sis.yaml", "groep: 5\n", "groep: vijf\n")
    code, out, err = run(capsys, *command, "--corpus", str(corpus_dir))
    assert code == 1 and out == ""
    assert "04-signalering-sis.yaml:4:1: [fout] groep: moet een geheel getal zijn" in err


def test_report_refuses_any_lint_error(capsys, corpus_dir: Path, edit, tmp_path: Path) -> None:
    edit("maatregelen/04-signalering-sis.yaml", "groep: 5\n", "groep: 9\n")
    target = tmp_path / "r.md"
    code, _, err = run(capsys, "report", "--corpus", str(corpus_dir), "--output", str(target))
    assert code == 1 and "groep 9 bestaat niet" in err and not target.exists()


def test_begrip_lookup(capsys) -> None:
    code, out, _ = run(capsys, "begrip", "sis-ii", "--corpus", str(REPO))
    assert code == 0 and out.startswith(
        "Schengen Informatie Systeem (SIS-II): geautomatiseerd register"
    )
    code, out, _ = run(capsys, "begrip", "BZK", "--corpus", str(REPO))
    assert "[aanvulling, niet in de begrippenlijst van het programma]" in out
    code, _, err = run(capsys, "begrip", "onbestaand", "--corpus", str(REPO))
    assert code == 1 and "staat niet in de begrippenlijst" in err
    code, out, _ = run(capsys, "begrip", "DJI", "--corpus", str(REPO))
    assert out == "DJI: Dienst Justitiële Inrichtingen. [organisatie uit organisaties.yaml]\n"


def test_env_var_selects_corpus(capsys, monkeypatch) -> None:
    monkeypatch.setenv("JIHADPROG_CORPUS", str(GOOD))
    code, out, _ = run(capsys, "query", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 4


def test_regels_lists_every_rule(capsys) -> None:
    from jihadprog.rules import RULES

    code, out, _ = run(capsys, "regels")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == list(RULES)


def test_help_is_dutch(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "Gebruik:" in out and "Commando's" in out and "Toon deze hulp" in out
    assert "jihadprog [OPTIES] COMMANDO [ARGUMENTEN]..." in out
    assert "OPTIONS" not in out and "Usage" not in out


def test_query_status_as_of_quarter(capsys) -> None:
    def numbers(*args: str) -> list[int]:
        code, out, _ = run(capsys, "query", "--corpus", str(GOOD), "--format", "json", *args)
        assert code == 0
        return [r["nummer"] for r in json.loads(out)]

    assert numbers("--status", "in uitvoering", "--kwartaal", "2014-K4") == [1]
    assert numbers("--status", "in uitvoering", "--kwartaal", "2014-Q3") == []
    assert numbers("--status", "onbekend", "--kwartaal", "2014K3") == [1, 2, 3, 4]
    _, out, _ = run(capsys, "query", "--corpus", str(GOOD), "--format", "json")
    records = json.loads(out)
    assert records[0]["status"] == "in uitvoering"  # as of the latest quarter with data
    assert records[0]["voortgang"][0] == {
        "kwartaal": "2014-K4",
        "status": "in uitvoering",
        "datum": "2014-11-12",
        "toelichting": "Het OM stelt zeven extra officieren van justitie aan voor jihaddossiers.",
        "bronnen": ["Kamerstuk 29 754, nr. 271"],
        "verklaring_terugval": None,
        "verantwoording": None,
    }


def test_query_rejects_unknown_status_and_quarter(capsys) -> None:
    code, _, err = run(capsys, "query", "--corpus", str(GOOD), "--status", "klaar")
    assert code == 2 and "onbekende status 'klaar'" in err and "gerealiseerd" in err
    code, _, err = run(capsys, "query", "--corpus", str(GOOD), "--kwartaal", "2015-K5")
    assert code == 2 and "kwartaal" in err


def test_diff_json_and_markdown(capsys) -> None:
    code, out, _ = run(
        capsys, "diff", "2014-K4", "2018-K1", "--corpus", str(GOOD), "--format", "json"
    )
    assert code == 0
    payload = json.loads(out)
    assert payload["van"] == "2014-K4" and payload["tot"] == "2018-K1"
    (change,) = payload["wijzigingen"]
    assert change["nummer"] == 3
    assert change["wetgeving"][0]["stadium_voor"] is None
    assert change["wetgeving"][0]["stadium_na"] == "in werking"
    code, out, _ = run(
        capsys, "diff", "2014-K4", "2018-K1", "--corpus", str(GOOD), "--format", "md"
    )
    assert out.startswith("# Wijzigingen van vierde kwartaal 2014 tot en met eerste kwartaal 2018")
    assert "| 3 | onbekend | in uitvoering (afgeleid) | Wet langdurig toezicht" in out
    assert "vrijheidsbeperking, 25 november 2015 (Staatsblad): De wet is vastgesteld" in out
    assert "wet-langdurig-toezicht" not in out


def test_diff_needs_ordered_quarters(capsys) -> None:
    code, _, err = run(capsys, "diff", "2017-K1", "2014-K4", "--corpus", str(GOOD))
    assert code == 2 and "moet vóór" in err


def test_show_history(capsys) -> None:
    code, out, _ = run(capsys, "show", "3", "--historie", "--corpus", str(GOOD))
    assert code == 0
    assert "2018-K1 (2018-01-01)  wetgeving Wet langdurig toezicht" in out
    code, out, _ = run(capsys, "show", "2", "--historie", "--corpus", str(GOOD))
    assert "Nog geen voortgang vastgelegd (status: onbekend)." in out


def test_read_commands_honour_the_corpus_config(capsys, corpus_dir: Path, edit) -> None:
    edit(
        "maatregelen/04-signalering-sis.yaml",
        "actoren: [KMar, Politie, NCTV]",
        "actoren: [KMar, Buurtclub]",
    )
    assert "actor-known" in run(capsys, "query", "--corpus", str(corpus_dir))[2]
    (corpus_dir / "jihadprog.toml").write_text('uitschakelen = ["actor-known"]\n', encoding="utf-8")
    code, out, err = run(capsys, "query", "--corpus", str(corpus_dir), "--format", "json")
    assert code == 0 and json.loads(out)[3]["actoren"] == ["KMar", "Buurtclub"] and err == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("lnt",), "jihadprog: onbekend commando 'lnt'; bedoelde u 'lint'?"),
        (("query", "--groep"), "jihadprog: optie '--groep' heeft een waarde nodig"),
        (("show",), "jihadprog: argument NUMMER ontbreekt"),
        (("diff", "2014-K4"), "jihadprog: argument TOT ontbreekt"),
        (("query", "--groep", "x"), "ongeldige waarde voor --groep: moet een geheel getal zijn"),
        (("lint", "--strict=x"), "jihadprog: optie '--strict' neemt geen waarde"),
        (("lint", "--formt", "x"), "jihadprog: onbekende optie '--formt'; bedoelde u '--format'?"),
        (("lint", "a", "b"), "jihadprog: onverwacht extra argument: a b"),
        (("show", "abc"), "'abc' is geen maatregelnummer"),
        (("show", "4z"), "maatregel 4 heeft geen actie z; acties: a, b"),
        (("query", "--groep", "9"), "groep 9 bestaat niet; kies uit 1, 2, 3, 4, 5"),
        (("query", "--actor", "polite"), "bedoelde u 'Politie'?"),
        (("lint", "--kwartaal", "2999-K1"), "kwartaal 2999-K1 ligt in de toekomst"),
        (("report", "--kwartaal", "2999-K1"), "kwartaal 2999-K1 ligt in de toekomst"),
        (("query", "--kwartaal", "2999-K1"), "kwartaal 2999-K1 ligt in de toekomst"),
    ],
)
def test_usage_mistakes_are_dutch_and_exit_two(capsys, args: tuple[str, ...], message: str) -> None:
    code, out, err = run(capsys, args[0], "--corpus", str(GOOD), *args[1:])
    assert code == 2 and out == ""
    assert message in err
    assert not re.search(r"Did you mean|requires|Input should|Missing|Got unexpected", err)


def test_help_names_value_types_in_dutch(capsys) -> None:
    code, out, _ = run(capsys, "lint", "--help")
    assert code == 0 and "<tekst>" in out and "<pad>" in out
    assert not re.search(r"<(bool|str|path|int)>", out)


def test_show_highlights_the_action_asked_for(capsys) -> None:
    code, out, _ = run(capsys, "show", "4b", "--corpus", str(GOOD))
    assert code == 0 and "▶ b. De NCTV" in out and "  a. " in out


@pytest.mark.parametrize(
    "target", ["programma.yaml", "maatregelen/rapport.md", "nieuw.yaml", "jihadprog.toml"]
)
def test_report_never_writes_into_the_corpus(capsys, corpus_dir: Path, target: str) -> None:
    before = {p: p.read_bytes() for p in corpus_dir.rglob("*") if p.is_file()}
    code, _, err = run(
        capsys, "report", "--corpus", str(corpus_dir), "--output", str(corpus_dir / target)
    )
    assert code == 2 and "hoort bij het corpus" in err
    assert {p: p.read_bytes() for p in corpus_dir.rglob("*") if p.is_file()} == before


def test_report_refuses_special_targets(capsys, tmp_path: Path) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "elders.md")
    for target, message in (
        (fifo, "is geen gewoon bestand"),
        (tmp_path, "is een map"),
        (link, "is een symbolische link"),
        (Path("/dev/stdout"), "is een symbolische link"),
    ):
        code, _, err = run(capsys, "report", "--corpus", str(GOOD), "--output", str(target))
        assert code == 2 and message in err, err
    assert fifo.exists() and link.is_symlink() and not (tmp_path / "elders.md").exists()


def test_corpus_text_prints_literally_and_visibly(capsys, corpus_dir: Path, edit) -> None:
    edit(
        "maatregelen/04-signalering-sis.yaml",
        "titel: Optimalisering bestaande signaleringsmiddelen.",
        'titel: "[bold]vet[/x] \\e[31mrood\\u200b"',
    )
    for command in (("query",), ("query", "--format", "csv"), ("show", "4")):
        code, out, err = run(capsys, *command, "--corpus", str(corpus_dir))
        assert code == 0, err
        assert "[bold]vet[/x]" in out and "<U+001B>" in out
        assert "\x1b" not in out and "\u200b" not in out
    code, out, _ = run(capsys, "lint", "--corpus", str(corpus_dir))
    assert "(<U+001B>, <U+200B>)" in out and "\x1b" not in out


def test_begrip_suggests_the_nearest_term(capsys) -> None:
    code, _, err = run(capsys, "begrip", "nctf", "--corpus", str(GOOD))
    assert code == 1 and "'nctf' staat niet in de begrippenlijst; bedoelde u 'NCTV'?" in err


def test_organisation_id_hint_allows_capitals(capsys, corpus_dir: Path, edit) -> None:
    edit("organisaties.yaml", "  - id: OM\n", "  - id: O M\n")
    code, out, _ = run(capsys, "lint", "--corpus", str(corpus_dir))
    assert code == 1 and "verwacht een letter, dan letters, cijfers of streepjes (bv. NCTV" in out
    assert "kleine letters" not in out


def _child(*args: str) -> list[str]:
    return [sys.executable, "-m", "jihadprog", *args, "--corpus", str(GOOD)]


def test_closed_pipe_ends_quietly_like_cat() -> None:
    """`jihadprog query --format json | head -c1`: status 141 (as SIGPIPE gives), no message."""
    child = subprocess.Popen(
        _child("query", "--format", "json"), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(1) == b"["
    child.stdout.close()
    with child.stderr:
        err = child.stderr.read()
    assert child.wait(timeout=20) == 141 and err == b""


def test_full_disk_is_a_dutch_message() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(_child("query"), stdout=full, stderr=subprocess.PIPE, timeout=20)
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "jihadprog: invoer-/uitvoerfout: geen ruimte meer op het apparaat\n"
    )
