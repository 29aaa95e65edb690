from __future__ import annotations

from typing import Any

from jihadprog.history import diff, latest_quarter
from jihadprog.models import Maatregel
from jihadprog.quarters import Kwartaal
from jihadprog.status import measure_status
from jihadprog.vocab import Status, Wetsstadium

K = Kwartaal.parse


def entry(kwartaal: str, status: str, **extra: Any) -> dict[str, Any]:
    return {
        "kwartaal": kwartaal,
        "status": status,
        "toelichting": "x",
        "bronnen": ["Kamerstuk 29 754, nr. 271"],
        **extra,
    }


def measure(
    nummer: int = 1, voortgang: list[dict[str, Any]] | None = None, **extra: Any
) -> Maatregel:
    data = {
        "nummer": nummer,
        "titel": "Titel.",
        "groep": 1,
        "markering": "B",
        "actoren": ["OM"],
        "voortgang": voortgang or [],
        **extra,
    }
    return Maatregel.model_validate(data)


def test_status_is_latest_entry_up_to_the_quarter() -> None:
    m = measure(voortgang=[entry("2014-K4", "in voorbereiding"), entry("2016-K1", "in uitvoering")])
    assert measure_status(m, K("2014-K3")).status is Status.ONBEKEND
    assert measure_status(m, K("2014-K4")).status is Status.IN_VOORBEREIDING
    assert measure_status(m, K("2015-K4")).status is Status.IN_VOORBEREIDING
    assert measure_status(m, K("2016-K1")).status is Status.IN_UITVOERING
    assert measure_status(m, K("2030-K1")).status is Status.IN_UITVOERING


def test_no_entry_means_onbekend_never_in_uitvoering() -> None:
    assert measure_status(measure(), K("2017-K1")).status is Status.ONBEKEND


def test_unsorted_entries_still_give_the_latest() -> None:
    m = measure(voortgang=[entry("2016-K1", "gerealiseerd"), entry("2014-K4", "in voorbereiding")])
    assert measure_status(m, K("2016-K2")).status is Status.GEREALISEERD


def bill_measure() -> Maatregel:
    steps = [
        {
            "kwartaal": "2015-K4",
            "stadium": "ingediend",
            "toelichting": "x",
            "bronnen": ["Kamerstuk 34 359, nr. 2"],
        },
        {
            "kwartaal": "2017-K1",
            "stadium": "in werking",
            "toelichting": "x",
            "bronnen": ["Stb. 2017, 51"],
        },
    ]
    wet = {"id": "twbmt", "titel": "Twbmt", "kamerstuk": "34 359", "voortgang": steps}
    actie = {"letter": "a", "tekst": "Actie.", "voortgang": [entry("2015-K2", "gerealiseerd")]}
    return measure(
        11,
        voortgang=[entry("2014-K4", "in voorbereiding"), entry("2017-K1", "gerealiseerd")],
        wetgeving=[wet],
        acties=[actie],
    )


def test_diff_reports_status_stage_action_and_sources() -> None:
    (change,) = diff([bill_measure(), measure(2)], K("2014-K4"), K("2017-K1"))
    assert change.nummer == 11
    assert (change.status_voor.status, change.status_na.status) == (
        Status.IN_VOORBEREIDING,
        Status.GEREALISEERD,
    )
    (stage,) = change.wetgeving
    assert (stage.voor, stage.na) == (None, Wetsstadium.IN_WERKING)
    (action,) = change.acties
    assert (action.letter, action.voor, action.na) == ("a", None, Status.GEREALISEERD)
    assert change.nieuwe_bronnen == [
        "Kamerstuk 29 754, nr. 271",
        "Kamerstuk 34 359, nr. 2",
        "Stb. 2017, 51",
    ]
    assert [str(f.kwartaal) for f in change.feiten] == ["2015-K2", "2015-K4", "2017-K1", "2017-K1"]


def test_diff_boundaries_are_exclusive_then_inclusive() -> None:
    # the 2015-K4 step is not new after 2015-K4, the 2017-K1 step is not yet there in 2016-K4
    assert diff([bill_measure()], K("2015-K4"), K("2016-K4")) == []
    (change,) = diff([bill_measure()], K("2016-K4"), K("2017-K1"))
    assert [str(f.kwartaal) for f in change.feiten] == ["2017-K1", "2017-K1"]
    assert diff([bill_measure()], K("2017-K1"), K("2018-K1")) == []


def test_latest_quarter_looks_at_measures_actions_and_bills(tmp_path) -> None:
    from jihadprog.corpus import Bestand, Corpus
    from jihadprog.yamlsource import Document

    corpus = Corpus(root=tmp_path)
    assert latest_quarter(corpus) is None
    corpus.maatregelen.append(Bestand(Document(tmp_path, "x"), bill_measure()))
    assert latest_quarter(corpus) == K("2017-K1")
