"""The report as data: letter of the quarter, statuses, counts, changes, bills, glossary terms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jihadprog.corpus import Corpus, load_corpus
from jihadprog.errors import UserError
from jihadprog.glossary import used_terms
from jihadprog.history import latest_quarter
from jihadprog.models import Begrip, Wetsvoorstel
from jihadprog.quarters import Kwartaal
from jihadprog.report.build import build_report, default_quarter, wet_regel
from jihadprog.report.data import Rapport
from jihadprog.report.text import dutch_date, dutch_list
from jihadprog.vocab import Status, Wetsstadium
from tests.conftest import GOOD, REPO

K = Kwartaal.parse
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def good() -> Corpus:
    return load_corpus(GOOD)


@pytest.fixture(scope="module")
def shipped() -> Corpus:
    return load_corpus(REPO)


def test_dutch_date_and_list() -> None:
    assert dutch_date(dt.date(2014, 11, 12)) == "12 november 2014"
    assert dutch_date(dt.date(2017, 3, 1)) == "1 maart 2017"
    assert dutch_list([]) == ""
    assert dutch_list(["OM"]) == "OM"
    assert dutch_list(["OM", "KMar"]) == "OM en KMar"
    assert dutch_list([7, 8, 9]) == "7, 8 en 9"


def test_quarter_with_a_letter_takes_its_number_date_and_kamerstuk(good: Corpus) -> None:
    r = build_report(good, K("2014-K4"), TODAY)
    assert r.brief is not None
    assert (r.brief.nummer, r.brief.kamerstuk, r.brief.dtn) == (1, "Kamerstuk 29 754, nr. 271", 37)
    assert r.brief.datum == dt.date(2014, 11, 12)
    assert r.titel == "Voortgangsrapportage Actieprogramma Integrale Aanpak Jihadisme"
    assert r.peildatum == dt.date(2014, 12, 31) and r.reconstructie


def test_a_report_is_a_reconstruction_only_after_the_following_quarter(good: Corpus) -> None:
    assert not build_report(good, K("2014-K4"), dt.date(2015, 3, 31)).reconstructie
    assert build_report(good, K("2014-K4"), dt.date(2015, 4, 1)).reconstructie


def test_quarter_without_a_letter_says_so_and_uses_the_compilation_date(good: Corpus) -> None:
    r = build_report(good, K("2015-K1"), TODAY)
    assert r.brief is None
    assert r.opgesteld == TODAY


def test_peildatum_leaves_out_later_facts(shipped: Corpus) -> None:
    early = build_report(shipped, K("2014-K4"), TODAY, dt.date(2014, 11, 12))
    full = build_report(shipped, K("2014-K4"), TODAY)

    def latest(r: Rapport) -> dt.date:
        return max(w.stap_datum for w in r.wetgeving if w.stap_datum)

    assert latest(early) <= dt.date(2014, 11, 12)
    assert latest(full) == dt.date(2014, 12, 18)
    with pytest.raises(UserError, match="valt niet in 2014-K4"):
        build_report(shipped, K("2014-K4"), TODAY, dt.date(2015, 1, 5))


def test_no_measure_with_recorded_progress_is_onbekend(shipped: Corpus) -> None:
    r = build_report(shipped, K("2019-K2"), TODAY)
    status = {m.nummer: m for g in r.groepen for m in g.maatregelen}
    for nummer in (3, 9, 20, 23, 29, 32):
        assert status[nummer].status is not Status.ONBEKEND, nummer
        assert status[nummer].herkomst, nummer
    assert status[24].verouderd == K("2014-K4")


def test_two_letters_in_one_quarter_the_last_one_leads(shipped: Corpus) -> None:
    r = build_report(shipped, K("2015-K2"), TODAY)
    assert r.brief is not None
    assert r.brief.titel.startswith("Derde voortgangsrapportage")
    assert r.brief.datum == dt.date(2015, 6, 29) and r.brief.datum_zeker
    assert r.brief.kamerstuk == "Kamerstuk 29 754, nr. 314"
    assert [b.nummer for b in r.andere_brieven] == [2]
    assert r.andere_brieven[0].kamerstuk == "Kamerstuk 29 754, nr. 308"


def test_quarter_before_the_programme_is_refused(good: Corpus) -> None:
    with pytest.raises(UserError, match="vanaf 2014-K3"):
        build_report(good, K("2014-K2"), TODAY)


def test_default_quarter_is_the_latest_with_data(good: Corpus, shipped: Corpus) -> None:
    assert default_quarter(good) == K("2018-K1")
    expected = latest_quarter(shipped) or K("2014-K3")
    assert default_quarter(shipped) == expected


def test_every_measure_in_programme_order_with_status(shipped: Corpus) -> None:
    r = build_report(shipped, K("2014-K4"), TODAY)
    numbers = [m.nummer for g in r.groepen for m in g.maatregelen]
    assert numbers == list(range(1, 39))
    assert [g.nummer for g in r.groepen] == [1, 2, 3, 4, 5]
    assert r.samenvatting.totaal.totaal == 38
    assert sum(r.samenvatting.totaal.per_status) == 38
    assert sum(r.samenvatting.totaal.per_markering) == 38


def test_themes_become_blocks_and_shared_themes_stay_together(shipped: Corpus) -> None:
    r = build_report(shipped, K("2014-K4"), TODAY)
    groep3 = r.groepen[2]
    assert [b.kop for b in groep3.blokken] == [
        "3a Aanpakken van verspreiders en ronselaars",
        "3b Radicalisering tegengaan en 3c Maatschappelijke spanningen tegengaan",
    ]
    assert [b.kop for b in r.groepen[4].blokken] == ["Lokaal", "Nationaal", "Internationaal"]
    assert r.groepen[0].blokken[0].kop is None


def test_statuses_and_counts_on_the_fixture(good: Corpus) -> None:
    r = build_report(good, K("2014-K4"), TODAY)
    s = r.samenvatting
    assert s.statussen == (Status.IN_UITVOERING, Status.ONBEKEND)
    assert s.totaal.per_status == (1, 3)
    assert s.rijen[0].per_status == (1, 2)
    assert s.met_gegevens == 1
    assert s.markeringen == ("B", "V", "N", "geen")
    assert s.totaal.per_markering == (2, 2, 0, 0)
    assert s.onzekere_markeringen == (4,)
    m1 = r.groepen[0].maatregelen[0]
    assert m1.status is Status.IN_UITVOERING
    assert m1.stand is not None and not m1.stand.eerder
    assert m1.stand.bronnen == ("Kamerstuk 29 754, nr. 271",)
    assert r.groepen[0].maatregelen[1].stand is None


def test_an_older_entry_is_flagged_as_earlier(good: Corpus) -> None:
    r = build_report(good, K("2016-K1"), TODAY)
    m1 = r.groepen[0].maatregelen[0]
    assert m1.stand is not None and m1.stand.eerder
    assert m1.stand.kwartaal == K("2014-K4")
    assert r.laatste_gegevens == K("2015-K4")


def test_markers_show_their_doubts(shipped: Corpus) -> None:
    r = build_report(shipped, K("2014-K4"), TODAY)
    by_number = {m.nummer: m.markering for g in r.groepen for m in g.maatregelen}
    assert by_number[1].label == "V – versterkte maatregel"
    assert by_number[1].zeker
    assert by_number[33].kort == "V (zekerheid laag)"
    assert not by_number[33].zeker
    assert by_number[30].kort == "geen markering in het programma (Franse vertaling: B)"
    assert by_number[30].code is None


def test_diff_without_earlier_data_lists_everything_so_far(good: Corpus) -> None:
    w = build_report(good, K("2014-K4"), TODAY).wijzigingen
    assert w.vorige is None
    assert [c.nummer for c in w.regels] == [1]
    change = w.regels[0]
    assert (change.status_voor, change.status_na) == (Status.ONBEKEND, Status.IN_UITVOERING)
    assert change.feiten[0].onderdeel == "maatregel 1"
    assert change.feiten[0].datum == dt.date(2014, 11, 12)


def test_diff_against_the_previous_quarter_with_data(good: Corpus) -> None:
    w = build_report(good, K("2015-K4"), TODAY).wijzigingen
    assert w.vorige == K("2014-K4")
    assert w.van == K("2015-K1")
    (change,) = w.regels
    assert change.nummer == 3
    assert change.overgangen[0].voor == "geen stadium"
    assert change.overgangen[0].na == "Staatsblad"
    quiet = build_report(good, K("2016-K2"), TODAY).wijzigingen
    assert quiet.vorige == K("2015-K4") and quiet.regels == ()


def test_bills_hide_numbers_that_did_not_exist_yet() -> None:
    bill = Wetsvoorstel.model_validate(
        {
            "id": "twbmt",
            "titel": "Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding",
            "kamerstuk": "34 359",
            "staatsblad": "Stb. 2017, 51",
            "voortgang": [
                {
                    "kwartaal": "2015-K4",
                    "stadium": "ingediend",
                    "toelichting": "Ingediend.",
                    "bronnen": ["Kamerstuk 34 359, nr. 2"],
                },
                {
                    "kwartaal": "2017-K1",
                    "stadium": "Staatsblad",
                    "toelichting": "Gepubliceerd.",
                    "bronnen": ["Stb. 2017, 51"],
                },
            ],
        }
    )
    early = wet_regel(11, bill, K("2014-K4"))
    assert (early.stadium, early.kamerstuk, early.staatsblad) == (None, None, None)
    filed = wet_regel(11, bill, K("2016-K1"))
    assert (filed.stadium, filed.kamerstuk, filed.staatsblad) == (
        Wetsstadium.INGEDIEND,
        "34 359",
        None,
    )
    done = wet_regel(11, bill, K("2017-K2"))
    assert (done.stadium, done.staatsblad) == (Wetsstadium.STAATSBLAD, "Stb. 2017, 51")


def test_bill_without_a_filing_step_shows_no_kamerstuk(good: Corpus) -> None:
    (wet,) = build_report(good, K("2014-K4"), TODAY).wetgeving
    assert wet.kamerstuk is None
    assert wet.staatsblad is None
    assert wet.actie == "3c"


def test_evaluation_only_in_its_quarter(shipped: Corpus) -> None:
    assert build_report(shipped, K("2017-K3"), TODAY).evaluatie is not None
    assert build_report(shipped, K("2017-K2"), TODAY).evaluatie is None


def test_used_terms_match_abbreviations_exactly_and_terms_with_plurals() -> None:
    def begrip(term: str, afkorting: str | None = None) -> Begrip:
        return Begrip(term=term, afkorting=afkorting, omschrijving="x")

    lijst = [
        begrip("OM", "OM"),
        begrip("Jihadganger"),
        begrip("(Mondiaal) jihadisme"),
        begrip("‘Geliste’ terroristische organisaties"),
        begrip("Rijk"),
        begrip("KMar", "KMar"),
    ]
    texts = ["Het OM vervolgt jihadgangers.", "Mondiaal jihadisme groeit.", "het koninkrijk"]
    assert [b.term for b in used_terms(lijst, texts)] == [
        "OM",
        "Jihadganger",
        "(Mondiaal) jihadisme",
    ]
    assert used_terms(lijst, ["Geliste terroristische organisaties"])[0].term.startswith("‘")
    assert used_terms(lijst, ["ROMEINEN en KMarine"]) == ()


def test_report_does_not_modify_the_corpus(tmp_path: Path) -> None:
    from tests.conftest import build_corpus

    root = build_corpus(tmp_path / "c")
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    build_report(load_corpus(root), K("2014-K4"), TODAY)
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_an_alternative_reading_names_its_source_only_when_the_data_gives_one() -> None:
    from jihadprog.models import MarkeringHerkomst, marker_doubts
    from jihadprog.vocab import Markering

    herkomst = MarkeringHerkomst(
        zekerheid="laag",
        in_brontekst=False,
        toelichting="De Franse vertaling zet er B voor.",
        andere_lezing=Markering.B,
    )
    assert marker_doubts(None, herkomst) == ("andere lezing: B",)
    sourced = herkomst.model_copy(update={"andere_lezing_bron": "Franse vertaling"})
    assert marker_doubts(None, sourced) == ("Franse vertaling: B",)
    assert marker_doubts(Markering.B, sourced) == ("zekerheid laag", "niet in de brontekst")


@pytest.mark.parametrize("quarter", ["2014-K4", "2016-K4", "2018-K1"])
def test_footnotes_are_numbered_in_the_data_in_reading_order(shipped: Corpus, quarter: str) -> None:
    r = build_report(shipped, K(quarter), TODAY)
    numbers = []
    for g in r.groepen:
        for blok in g.blokken:
            for m in blok.maatregelen:
                stands = [m.stand, *(a.stand for a in m.acties)]
                numbers += [s.noot for s in stands if s is not None]
    numbers += [w.noot for w in r.wetgeving if w.toelichting]
    if r.evaluatie_noot is not None:
        numbers.append(r.evaluatie_noot)
    assert numbers == list(range(1, len(numbers) + 1))
