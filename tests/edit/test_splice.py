"""Adding entries: only the inserted lines change, comments survive, the result lints clean."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from jihadprog.cli import app, run_app
from jihadprog.corpus import load_corpus
from jihadprog.edit import write
from jihadprog.edit.progress import Feit, Pending, bill_target, measure_target
from jihadprog.edit.write import Refused
from jihadprog.history import entry_as_of
from jihadprog.quarters import Kwartaal
from tests.conftest import TODAY, lint_dir
from tests.edit.conftest import inserted_lines

K = Kwartaal.parse("2020-K1")
BRON = ["Kamerstuk 29 754, nr. 999"]


def _add(root: Path, nummer: int, feit: Feit, letter: str | None = None) -> None:
    pending = Pending()
    pending.add(measure_target(load_corpus(root), nummer, letter), feit)
    pending.write(root, TODAY)


def _errors_and_warnings(root: Path) -> list[str]:
    return [str(p) for p in lint_dir(root) if p.level.name != "INFO"]


def test_an_entry_for_every_shipped_measure_changes_only_its_lines(shipped: Path) -> None:
    corpus = load_corpus(shipped)
    for bestand in corpus.maatregelen:
        path, maatregel = bestand.doc.path, bestand.model
        before = path.read_text(encoding="utf-8")
        last = entry_as_of(maatregel.voortgang, K)
        status = last.status.value if last else "in voorbereiding"
        toelichting = f"Een toets van maatregel {maatregel.nummer}: " + "lange tekst " * 12
        _add(shipped, maatregel.nummer, Feit(K, status, toelichting, BRON, dt.date(2020, 2, 3)))
        added = inserted_lines(before, path.read_text(encoding="utf-8"))
        assert "  - kwartaal: 2020-K1\n" in added, (path.name, added)
        assert '    datum: "2020-02-03"\n' in "".join(added)
        assert all(len(line) <= 101 for line in added)
    assert _errors_and_warnings(shipped) == []


def test_an_action_and_a_bill_get_their_first_and_a_middle_entry(shipped: Path) -> None:
    path = shipped / "maatregelen/04-verlies-nederlanderschap.yaml"
    before = path.read_text(encoding="utf-8")
    feit = Feit(Kwartaal.parse("2015-K2"), "in uitvoering", "Actie b loopt.", BRON)
    _add(shipped, 4, feit, "b")
    pending = Pending()
    stap = Feit(Kwartaal.parse("2015-K3"), "advies Raad van State", "Een stap.", BRON)
    pending.add(bill_target(load_corpus(shipped), "intrekking-nederlanderschap"), stap, bill=True)
    pending.write(shipped, TODAY)
    added = inserted_lines(before, path.read_text(encoding="utf-8"))
    assert added[:2] == ["    voortgang:\n", "      - kwartaal: 2015-K2\n"]
    assert "      - kwartaal: 2015-K3\n" in added
    assert _errors_and_warnings(shipped) == []
    model = load_corpus(shipped).maatregel(4)
    assert model is not None
    quarters = [str(stap.kwartaal) for stap in model.wetgeving[0].voortgang]
    assert quarters[:4] == ["2014-K4", "2015-K2", "2015-K3", "2015-K4"]


def _comment_everywhere(text: str) -> str:
    """A full-line comment before every line that starts a key or item, and at line ends."""
    out: list[str] = []
    for number, line in enumerate(text.splitlines(keepends=True)):
        if re.match(r"^\s*(- |[a-z_]+:)", line):
            out.append(f"# opmerking {number}\n")
        if re.match(r"^\s*[a-z_]+:\s*$", line):
            line = line.rstrip("\n") + f"  # bij regel {number}\n"
        out.append(line)
    return "".join(out)


def test_comments_anywhere_survive_an_edit(shipped: Path) -> None:
    path = shipped / "maatregelen/04-verlies-nederlanderschap.yaml"
    path.write_text(_comment_everywhere(path.read_text(encoding="utf-8")), encoding="utf-8")
    commented = path.read_text(encoding="utf-8")
    for kwartaal, status, letter in (
        ("2015-K2", "in voorbereiding", None),
        ("2020-K1", "in uitvoering", None),
        ("2015-K3", "in uitvoering", "c"),
    ):
        feit = Feit(Kwartaal.parse(kwartaal), status, "Een toets.", BRON)
        _add(shipped, 4, feit, letter)
    after = path.read_text(encoding="utf-8")
    added = inserted_lines(commented, after)
    assert not [line for line in added if "#" in line]
    assert [p for p in lint_dir(shipped) if p.file.startswith("maatregelen/04")] == []


def test_a_refused_edit_leaves_the_file_untouched(shipped: Path, capsys) -> None:
    path = shipped / "maatregelen/04-verlies-nederlanderschap.yaml"
    before = path.read_bytes()
    regression = Feit(Kwartaal.parse("2018-K1"), "nog niet gestart", "Terug.", BRON)
    with pytest.raises(Refused) as refused:
        _add(shipped, 4, regression)
    assert [p.rule for p in refused.value.problems] == ["status-regression"]
    assert path.read_bytes() == before
    code = run_app(
        app,
        [
            "voortgang",
            "4",
            "--corpus",
            str(shipped),
            "--kwartaal",
            "2018-K1",
            "--status",
            "nog niet gestart",
            "--toelichting",
            "x",
            "--bron",
            "y",
        ],
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "(status-regression)" in err and "niet geschreven" in err
    assert path.read_bytes() == before


def test_a_file_changed_between_read_and_write_is_not_overwritten(
    shipped: Path, monkeypatch
) -> None:
    path = shipped / "maatregelen/13-exit-faciliteit.yaml"
    theirs = path.read_text(encoding="utf-8") + "# iemand anders was sneller\n"
    checked = write.problems_after

    def someone_else_writes(*args: object) -> object:
        path.write_text(theirs, encoding="utf-8")
        return checked(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(write, "problems_after", someone_else_writes)
    with pytest.raises(write.UserError, match="gewijzigd sinds het werd gelezen"):
        _add(shipped, 13, Feit(K, "doorlopend", "Een toets.", BRON))
    assert path.read_text(encoding="utf-8") == theirs


def test_missing_values_in_a_pipe_are_an_error_naming_the_option(shipped: Path, capsys) -> None:
    before = (shipped / "maatregelen/13-exit-faciliteit.yaml").read_bytes()
    code = run_app(app, ["voortgang", "13", "--corpus", str(shipped), "--kwartaal", "2020-K1"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("jihadprog: --status ontbreekt (kies uit nog niet gestart,")
    assert (shipped / "maatregelen/13-exit-faciliteit.yaml").read_bytes() == before


def test_unknown_targets_and_values_are_clean_errors(shipped: Path, capsys) -> None:
    common = [
        "--corpus",
        str(shipped),
        "--kwartaal",
        "2020-K1",
        "--toelichting",
        "x",
        "--bron",
        "y",
    ]
    cases = [
        (["voortgang", "99", "--status", "doorlopend"], "maatregel 99 bestaat niet"),
        (["voortgang", "4", "--actie", "z", "--status", "doorlopend"], "geen actie 'z'"),
        (["voortgang", "4", "--status", "klaar"], "onbekende status 'klaar'"),
        (["wetgeving", "geen-wet", "--stadium", "ingediend"], "onbekend wetsvoorstel"),
        (["voortgang", "4", "--status", "doorlopend", "--datum", "1-2-2020"], "--datum"),
    ]
    for args, message in cases:
        assert run_app(app, [*args, *common]) == 2, args
        assert message in capsys.readouterr().err


def test_missing_values_are_asked_for_on_a_terminal(shipped: Path, monkeypatch, capsys) -> None:
    import typer

    answers = iter(
        ["9", "doorlopend", "2020-K1", "Gevraagd en gegeven.", "Kamerstuk 29 754, nr. 999"]
    )
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr(typer, "prompt", lambda label: next(answers))
    assert run_app(app, ["voortgang", "13", "--corpus", str(shipped)]) == 0
    out, err = capsys.readouterr()
    assert "  5. doorlopend\n" in err and "kies een nummer of een waarde" in err
    assert out == "maatregelen/13-exit-faciliteit.yaml: bijgewerkt\n"
    text = (shipped / "maatregelen/13-exit-faciliteit.yaml").read_text(encoding="utf-8")
    assert "  - kwartaal: 2020-K1\n    status: doorlopend\n    toelichting: Gevraagd" in text


def test_a_status_that_goes_back_is_written_with_its_explanation(shipped: Path, capsys) -> None:
    args = ["voortgang", "4", "--corpus", str(shipped), "--kwartaal", "2018-K1"]
    args += ["--status", "nog niet gestart", "--toelichting", "Terug bij af.", "--bron", "y"]
    assert run_app(app, [*args, "--verklaring-terugval", "De wet werd opgeschort."]) == 0
    text = (shipped / "maatregelen/04-verlies-nederlanderschap.yaml").read_text(encoding="utf-8")
    assert "      - y\n    verklaring_terugval: De wet werd opgeschort.\n" in text


def test_a_progress_list_in_flow_style_is_refused_not_overwritten(shipped: Path, capsys) -> None:
    path = shipped / "maatregelen/02-terroristenafdeling.yaml"
    flow = '[{kwartaal: 2015-K1, status: in voorbereiding, toelichting: x, bronnen: ["nos.nl, 1 maart 2015"]}]'
    path.write_text(path.read_text(encoding="utf-8").replace("voortgang: []", f"voortgang: {flow}"))
    before = path.read_bytes()
    args = ["voortgang", "2", "--corpus", str(shipped), "--kwartaal", "2020-K1"]
    assert run_app(app, [*args, "--status", "doorlopend", "--toelichting", "x", "--bron", "y"]) == 1
    err = capsys.readouterr().err
    assert "02-terroristenafdeling.yaml:24: de voortgang staat niet als lijst met '- '" in err
    assert path.read_bytes() == before
