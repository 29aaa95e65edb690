from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jihadprog.quarters import Kwartaal

quarters = st.builds(Kwartaal, st.integers(1900, 2999), st.integers(1, 4))


@given(quarters)
def test_canonical_form_round_trips(k: Kwartaal) -> None:
    assert Kwartaal.parse(str(k)) == k


@given(quarters, st.sampled_from(["{j}-Q{n}", "{j}K{n}", "K{n} {j}", "q{n}-{j}", " {j} k{n} "]))
def test_alternative_notations(k: Kwartaal, template: str) -> None:
    assert Kwartaal.parse(template.format(j=k.jaar, n=k.nummer)) == k


@given(st.dates(dt.date(1900, 1, 1), dt.date(2999, 12, 31)))
def test_date_falls_in_its_quarter(day: dt.date) -> None:
    k = Kwartaal.of(day)
    assert k.first_day <= day <= k.last_day


@given(quarters)
def test_next_and_previous_are_inverse_and_ordered(k: Kwartaal) -> None:
    if k.jaar < 2999:
        assert k.next().previous() == k and k < k.next()


@pytest.mark.parametrize(
    "text", ["2015-K5", "2015-K0", "", "K4", "2015", "2015-Q12", "vierde kwartaal"]
)
def test_malformed_quarters_are_refused_in_dutch(text: str) -> None:
    with pytest.raises(ValueError, match=r"kwartaal|K1 tot en met K4"):
        Kwartaal.parse(text)


def test_dutch_label() -> None:
    assert Kwartaal.parse("2014-K4").label == "vierde kwartaal 2014"
    assert Kwartaal(2015, 1).label == "eerste kwartaal 2015"


@given(st.text(max_size=20))
def test_parse_raises_only_value_error(text: str) -> None:
    try:
        parsed = Kwartaal.parse(text)
    except ValueError as error:
        assert str(error)
    else:
        assert 1 <= parsed.nummer <= 4
