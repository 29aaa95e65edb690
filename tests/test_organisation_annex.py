"""The report's annex "Overzicht per organisatie" (`report --per-organisatie`)."""

from __future__ import annotations

import datetime as dt

from jihadprog.corpus import load_corpus
from jihadprog.quarters import Kwartaal
from jihadprog.report.organisations import per_organisatie
from jihadprog.report.publish import produce
from jihadprog.vocab import Status
from tests.conftest import REPO
from tests.test_cli import run

K = Kwartaal.parse("2016-K2")
TODAY = dt.date(2026, 11, 23)


def test_rows_count_every_measure_once_per_organisation() -> None:
    corpus = load_corpus(REPO)
    rows = {r.naam: r for r in per_organisatie(corpus, K)}
    om = rows["Openbaar Ministerie (OM)"]
    carried = [m.nummer for m in corpus.sorted_maatregelen() if "OM" in m.actoren]
    assert om.maatregelen == tuple(carried)
    assert sum(n for _, n in om.statussen) == len(carried)
    named = [s for s, _ in om.statussen]
    assert named == [str(s) for s in Status if str(s) in named] and all(n for _, n in om.statussen)


def test_annex_only_when_asked(capsys) -> None:
    corpus = load_corpus(REPO)
    plain = produce(corpus, K, "md", None, TODAY).decode()
    annexed = produce(corpus, K, "md", None, TODAY, per_organisatie=True).decode()
    assert "overzicht per organisatie" not in plain
    assert annexed.startswith(plain.split("\n---\n")[0])
    assert "## Bijlage: overzicht per organisatie" in annexed
    assert "| Dienst Terugkeer en Vertrek (DT\\&V) | 5 | 1 onbekend |" in annexed
    tex = produce(corpus, K, "tex", None, TODAY, per_organisatie=True).decode()
    assert r"\section*{Bijlage: overzicht per organisatie}" in tex
    assert r"Dienst Terugkeer en Vertrek (DT\&V) & 5 & 1 onbekend \\" in tex
    code, out, _ = run(
        capsys,
        "report",
        "--corpus",
        str(REPO),
        "--kwartaal",
        "2016-K2",
        "--per-organisatie",
        "--output",
        "-",
    )
    assert code == 0 and "## Bijlage: overzicht per organisatie" in out
