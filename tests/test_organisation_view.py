"""`jihadprog organisatie`: the parts an organisation carries, with their stand in a quarter."""

from __future__ import annotations

import csv
import io
import json

from tests.conftest import REPO
from tests.test_cli import run


def _json(capsys, *args: str) -> dict:
    code, out, err = run(capsys, "organisatie", *args, "--corpus", str(REPO), "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_om_in_2016_k2(capsys) -> None:
    data = _json(capsys, "Openbaar Ministerie", "--kwartaal", "2016-K2")
    assert data["organisatie"]["id"] == "OM" and data["kwartaal"] == "2016-K2"
    rows = data["onderdelen"]
    measures = sorted({r["maatregel"] for r in rows})
    _, out, _ = run(capsys, "query", "--corpus", str(REPO), "--actor", "OM", "--format", "json")
    assert measures == [r["nummer"] for r in json.loads(out)]
    for r in rows:
        assert r["kwartaal"] <= "2016-K2"
        assert bool(r["kwartaal"]) == bool(r["bronnen"]) == bool(r["laatste_feit"])
    first = rows[0]
    assert (first["maatregel"], first["onderdeel"], first["status"]) == (1, "", "in uitvoering")
    assert first["kwartaal"] == "2016-K1" and first["bronnen"]
    bill = next(r for r in rows if r["maatregel"] == 3 and r["onderdeel"].startswith("wet:"))
    assert bill["status"] == "Staatsblad"


def test_names_give_the_same_answer(capsys) -> None:
    assert _json(capsys, "om") == _json(capsys, "OM") == _json(capsys, "Functioneel Parket")


def test_earlier_quarter_hides_later_facts(capsys) -> None:
    early = _json(capsys, "OM", "--kwartaal", "2014-K3")["onderdelen"]
    late = _json(capsys, "OM", "--kwartaal", "2016-K2")["onderdelen"]
    assert len(early) == len(late)
    assert sum(bool(r["kwartaal"]) for r in early) < sum(bool(r["kwartaal"]) for r in late)


def test_csv_md_and_table(capsys) -> None:
    code, out, _ = run(
        capsys, "organisatie", "DT&V", "--corpus", str(REPO), "--format", "csv", "--excel"
    )
    assert code == 0 and out.startswith("\ufeffmaatregel;onderdeel;")
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";"))
    assert [r["maatregel"] + r["onderdeel"] for r in rows] == ["5", "5a", "5b"]
    code, out, _ = run(capsys, "organisatie", "DT&V", "--corpus", str(REPO), "--format", "md")
    assert code == 0 and out.startswith("# Dienst Terugkeer en Vertrek (DT\\&V) in ")
    code, out, _ = run(
        capsys, "organisatie", "KMar", "--corpus", str(REPO), "--kwartaal", "2016-K2"
    )
    assert code == 0 and "Koninklijke Marechaussee (KMar) in 2016-K2" in out


def test_unknown_organisation(capsys) -> None:
    code, out, err = run(capsys, "organisatie", "Marechausee", "--corpus", str(REPO))
    assert code == 2 and out == ""
    assert "onbekende organisatie 'Marechausee'" in err and "Traceback" not in err
