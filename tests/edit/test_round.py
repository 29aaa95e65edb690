"""The quarterly round: uitvraag → filled files → verwerk equals the same voortgang commands."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import yaml

from jihadprog.cli import app, run_app

K = "2020-K1"


def _status(row: dict[str, object]) -> str:
    return str(row.get("laatste_status") or "in voorbereiding")


def _fill(directory: Path) -> list[list[str]]:
    """Answer two rows of NCTV's YAML and one of OM's CSV; the equivalent command lines."""
    commands: list[list[str]] = []
    path = directory / f"{K}-NCTV.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for row in data["onderdelen"][:2]:
        row.update(status=_status(row), toelichting=f"Antwoord over {row['maatregel']}.")
        row.update(bronnen=["Kamerstuk 29 754, nr. 999"], datum="2020-02-14")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for row in data["onderdelen"][:2]:
        commands.append(_command(row, "2020-02-14", ["Kamerstuk 29 754, nr. 999"]))
    path = directory / f"{K}-OM.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[0].update(status=_status(rows[0]), toelichting="Uit de spreadsheet.")
    rows[0].update(bronnen="Kamerstuk 29 754, nr. 998; nos.nl, 3 maart 2020")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    commands.append(_command(rows[0], None, ["Kamerstuk 29 754, nr. 998", "nos.nl, 3 maart 2020"]))
    return commands


def _command(row: dict[str, object], datum: str | None, bronnen: list[str]) -> list[str]:
    args = ["voortgang", str(row["maatregel"]), "--kwartaal", K, "--status", str(row["status"])]
    args += ["--toelichting", str(row["toelichting"])]
    if row.get("actie"):
        args += ["--actie", str(row["actie"])]
    if datum:
        args += ["--datum", datum]
    for bron in bronnen:
        args += ["--bron", bron]
    return args


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}


def test_a_round_gives_the_same_corpus_as_the_commands(
    shipped: Path, tmp_path: Path, capsys
) -> None:
    by_hand = tmp_path / "by-hand"
    shutil.copytree(shipped, by_hand)
    answers = tmp_path / "antwoorden"
    assert (
        run_app(
            app, ["kwartaal", "uitvraag", K, "--output", str(answers), "--corpus", str(shipped)]
        )
        == 0
    )
    listed = capsys.readouterr().out.split()
    assert f"{answers}/{K}-NCTV.yaml" in listed and f"{answers}/{K}-NCTV.csv" in listed
    commands = _fill(answers)
    before = _files(shipped)

    assert run_app(app, ["kwartaal", "verwerk", str(answers), "--corpus", str(shipped)]) == 0
    out = capsys.readouterr().out
    assert "bijgewerkt" in out and f"Nog geen voortgang voor {K}:" in out
    assert "heeft geen voortgang voor 2020-K1" in out

    for command in commands:
        assert run_app(app, [*command, "--corpus", str(by_hand)]) == 0, command
    capsys.readouterr()
    after = _files(shipped)
    assert after == _files(by_hand)
    assert sum(after[name] != before[name] for name in after) == len(commands)


def test_bad_answers_are_reported_at_file_and_line_and_change_nothing(
    shipped: Path, tmp_path: Path, capsys
) -> None:
    answers = tmp_path / "antwoorden"
    assert (
        run_app(
            app, ["kwartaal", "uitvraag", K, "--output", str(answers), "--corpus", str(shipped)]
        )
        == 0
    )
    path = answers / f"{K}-NCTV.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("    status:\n", "    status: doorlopend\n", 1)  # no text, no source
    text = text.replace("    status:\n", "    status: klaar\n", 1)
    path.write_text(text, encoding="utf-8")
    capsys.readouterr()
    before = _files(shipped)
    assert run_app(app, ["kwartaal", "verwerk", str(answers), "--corpus", str(shipped)]) == 1
    err = capsys.readouterr().err.splitlines()
    lines = text.splitlines()
    answered = lines.index("    status: doorlopend")
    first = next(n for n in range(answered, -1, -1) if lines[n].startswith("  - ")) + 1
    assert f"{K}-NCTV.yaml:{first}:5: [fout] toelichting ontbreekt (kwartaal-antwoord)" in err
    assert any("status: ongeldige waarde 'klaar'" in e for e in err if f"{K}-NCTV.yaml:" in e)
    assert (
        err[-1] == "jihadprog: de antwoorden bevatten fouten; er is niets in het corpus gewijzigd"
    )
    assert _files(shipped) == before


def test_bad_csv_answers_are_placed_at_row_and_column(
    shipped: Path, tmp_path: Path, capsys
) -> None:
    answers = tmp_path / "antwoorden"
    args = ["kwartaal", "uitvraag", K, "--output", str(answers), "--corpus", str(shipped)]
    assert run_app(app, args) == 0
    for path in answers.iterdir():
        if path.name != f"{K}-OM.csv":
            path.unlink()
    path = answers / f"{K}-OM.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[0].update(status="klaar", toelichting="x", bronnen="y")
    rows[1].update(kwartaal="2020-K2")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    capsys.readouterr()
    assert run_app(app, ["kwartaal", "verwerk", str(answers), "--corpus", str(shipped)]) == 1
    err = capsys.readouterr().err
    assert f"{K}-OM.csv:2:8: [fout] onderdelen[1].status: ongeldige waarde 'klaar'" in err
    assert f"{K}-OM.csv:3:1: [fout] kwartaal 2020-K2 wijkt af van {K} erboven" in err
