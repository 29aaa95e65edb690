"""The status rule: own entry, else derived from actions and bills; cut-off date; staleness."""

from __future__ import annotations

import datetime as dt
from typing import Any

from jihadprog.models import Maatregel
from jihadprog.quarters import Kwartaal
from jihadprog.status import measure_status
from jihadprog.vocab import Status
from tests.test_history import entry, measure

K = Kwartaal.parse


def step(kwartaal: str, stadium: str, datum: str | None = None) -> dict[str, Any]:
    extra = {"datum": datum} if datum else {}
    return {"kwartaal": kwartaal, "stadium": stadium, "toelichting": "x", "bronnen": ["x"], **extra}


def with_parts(voortgang: list[dict[str, Any]] | None = None, **extra: Any) -> Maatregel:
    acties = [
        {"letter": "a", "tekst": "A.", "voortgang": [entry("2015-K1", "gerealiseerd")]},
        {"letter": "b", "tekst": "B.", "voortgang": [entry("2015-K3", "doorlopend")]},
    ]
    return measure(voortgang=voortgang, acties=acties, **extra)


def test_without_own_entry_the_status_is_derived_from_the_actions() -> None:
    m = with_parts()
    assert measure_status(m, K("2014-K4")).status is Status.ONBEKEND
    first = measure_status(m, K("2015-K1"))
    assert (first.status, first.afgeleid) == (Status.IN_UITVOERING, True)
    assert first.label == "in uitvoering (afgeleid uit de acties)"
    both = measure_status(m, K("2015-K3"))
    assert (both.status, both.bevestigd) == (Status.DOORLOPEND, K("2015-K3"))


def test_own_entry_wins_over_the_actions() -> None:
    m = with_parts([entry("2015-K2", "vertraagd")])
    bepaling = measure_status(m, K("2016-K1"))
    assert (bepaling.status, bepaling.afgeleid) == (Status.VERTRAAGD, False)


def test_a_law_in_the_staatsblad_is_progress_of_its_measure() -> None:
    wet = {"id": "w", "titel": "Wet x", "voortgang": [step("2017-K1", "Staatsblad", "2017-01-16")]}
    m = measure(voortgang=[entry("2016-K4", "in voorbereiding")], wetgeving=[wet])
    assert measure_status(m, K("2016-K4")).status is Status.IN_VOORBEREIDING
    after = measure_status(m, K("2017-K1"))
    assert (after.status, after.herkomst) == (Status.IN_UITVOERING, "afgeleid uit de wetgeving")


def test_peildatum_leaves_out_later_facts_and_undated_facts_of_the_quarter() -> None:
    m = measure(voortgang=[entry("2014-K4", "in uitvoering", datum="2014-12-18")])
    assert measure_status(m, K("2014-K4"), dt.date(2014, 11, 12)).status is Status.ONBEKEND
    assert measure_status(m, K("2014-K4")).status is Status.IN_UITVOERING
    undated = measure(voortgang=[entry("2014-K4", "in uitvoering")])
    assert measure_status(undated, K("2014-K4"), dt.date(2014, 12, 30)).status is Status.ONBEKEND
    assert measure_status(undated, K("2014-K4")).status is Status.IN_UITVOERING


def test_a_status_goes_stale_after_the_configured_number_of_quarters() -> None:
    m = measure(voortgang=[entry("2014-K4", "in uitvoering")])
    assert measure_status(m, K("2015-K4")).verouderd(K("2015-K4"), 4) is None
    assert measure_status(m, K("2016-K1")).verouderd(K("2016-K1"), 4) == K("2014-K4")
    done = measure(voortgang=[entry("2014-K4", "gerealiseerd")])
    assert measure_status(done, K("2019-K2")).verouderd(K("2019-K2"), 4) is None
