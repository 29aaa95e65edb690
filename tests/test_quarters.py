"""Quarters: every accepted notation parses to the same quarter; nothing else is accepted."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jihadprog.quarters import Kwartaal

quarters = st.builds(
    Kwartaal, st.integers(min_value=1900, max_value=2999), st.integers(min_value=1, max_value=4)
)


@given(quarters, st.sampled_from(["{j}-K{k}", "{j}-Q{k}", "{j}K{k}", "K{k} {j}", " {j}-k{k} "]))
def test_every_notation_parses_to_the_same_quarter(kwartaal: Kwartaal, notation: str) -> None:
    text = notation.format(j=kwartaal.jaar, k=kwartaal.nummer)
    assert Kwartaal.parse(text) == kwartaal
    assert Kwartaal.parse(str(kwartaal)) == kwartaal


@given(st.text(max_size=20))
def test_parse_raises_only_value_error(text: str) -> None:
    try:
        parsed = Kwartaal.parse(text)
    except ValueError as error:
        assert str(error)
    else:
        assert 1 <= parsed.nummer <= 4


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_a_date_lies_in_its_quarter(day: dt.date) -> None:
    kwartaal = Kwartaal.of(day)
    assert kwartaal.first_day <= day <= kwartaal.last_day


@given(quarters.filter(lambda k: Kwartaal(1900, 1) < k < Kwartaal(2999, 4)))
def test_next_and_previous_are_inverse_and_ordered(kwartaal: Kwartaal) -> None:
    assert kwartaal.previous() < kwartaal < kwartaal.next()
    assert kwartaal.next().previous() == kwartaal


@pytest.mark.parametrize("text", ["2015-K5", "2015-K0", "2015", "K5 2015", "2015-K", "15-K1"])
def test_invalid_quarters_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Kwartaal.parse(text)
