"""`jihadprog historie`: one row per fact, stable columns, plain and Excel CSV."""

from __future__ import annotations

import csv
import io
import json

from jihadprog.corpus import load_corpus
from jihadprog.output.history import COLUMNS
from tests.conftest import REPO
from tests.test_cli import run


def _all_facts() -> list[tuple[str, int, str, str, str]]:
    """(quarter, measure, action, bill, explanation) read straight from the models."""
    found = []
    for m in load_corpus(REPO).sorted_maatregelen():
        found += [(str(v.kwartaal), m.nummer, "", "", v.toelichting) for v in m.voortgang]
        for a in m.acties:
            found += [(str(v.kwartaal), m.nummer, a.letter, "", v.toelichting) for v in a.voortgang]
        for w in m.wetgeving:
            found += [(str(s.kwartaal), m.nummer, "", w.id, s.toelichting) for s in w.voortgang]
    return found


def test_csv_has_a_row_for_every_fact_in_order(capsys) -> None:
    code, out, _ = run(capsys, "historie", "--corpus", str(REPO))
    assert code == 0
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = list(reader)
    got = [
        (r["kwartaal"], int(r["maatregel"]), r["actie"], r["wetsvoorstel"], r["toelichting"])
        for r in rows
    ]
    assert sorted(got) == sorted(_all_facts()) and len(got) > 50
    keys = [(r["kwartaal"], r["datum"], int(r["maatregel"])) for r in rows]
    assert keys == sorted(keys)
    for r in rows:
        assert r["bronnen"] and r["organisaties"]
        assert bool(r["status"]) != bool(r["stadium"])
        assert bool(r["stadium"]) == bool(r["wetsvoorstel"])


def test_excel_variant_uses_semicolons_and_a_bom(capsys) -> None:
    code, out, _ = run(capsys, "historie", "--corpus", str(REPO), "--excel")
    assert code == 0
    raw = out.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    text = out.removeprefix("\ufeff")
    assert text.splitlines()[0] == ";".join(COLUMNS)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    plain = run(capsys, "historie", "--corpus", str(REPO))[1]
    assert rows == list(csv.reader(io.StringIO(plain)))


def test_query_excel_csv(capsys) -> None:
    code, out, _ = run(
        capsys, "query", "--corpus", str(REPO), "--groep", "2", "--format", "csv", "--excel"
    )
    assert code == 0 and out.startswith("\ufeffnummer;groep;")
    assert "OM; Politie; KMar" in out


def test_range_json_and_markdown(capsys) -> None:
    code, out, _ = run(
        capsys,
        "historie",
        "--corpus",
        str(REPO),
        "--van",
        "2016-K1",
        "--tot",
        "2016-K2",
        "--format",
        "json",
    )
    records = json.loads(out)
    assert code == 0 and records
    assert {r["kwartaal"] for r in records} <= {"2016-K1", "2016-K2"}
    assert all(isinstance(r["bronnen"], list) for r in records)
    code, out, _ = run(
        capsys, "historie", "--corpus", str(REPO), "--van", "2016-K1", "--format", "md"
    )
    assert code == 0 and out.startswith("| kwartaal | datum | maatregel |")


def test_bad_range_is_a_usage_error(capsys) -> None:
    code, _, err = run(
        capsys, "historie", "--corpus", str(REPO), "--van", "2017-K1", "--tot", "2016-K1"
    )
    assert code == 2 and "--van (2017-K1) ligt na --tot (2016-K1)" in err
    code, _, err = run(capsys, "historie", "--corpus", str(REPO), "--van", "2017-K9")
    assert code == 2 and "ongeldige waarde voor --van" in err
