"""Citations: canonical forms round-trip, anything else is refused or repaired, nothing raises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jihadprog.sources import Citation, claims_citation, parse_citation, suggest_citation

numbers = st.integers(min_value=1, max_value=999_999)
years = st.integers(min_value=1900, max_value=2999)
dossiers = st.builds(
    lambda a, b, extra: f"{a} {b:03d}{extra}",
    st.integers(min_value=10, max_value=99),
    st.integers(min_value=0, max_value=999),
    st.sampled_from(["", " (R2064)", " VI", " XVI"]),
)
tails = st.sampled_from(["", ", p. 4", " (bijlage 1)", ", blz. 12-13"])
papers = st.one_of(numbers, st.from_regex(r"[A-Z]{1,3}", fullmatch=True))
citations = st.one_of(
    st.builds(lambda d, n, t: Citation("kamerstuk", n, dossier=d, tail=t), dossiers, papers, tails),
    st.builds(
        lambda c, y, d, n, t: Citation("kamerstuk", n, y, d, c, t),
        st.sampled_from(["I", "II"]),
        years,
        dossiers,
        papers,
        tails,
    ),
    st.builds(
        lambda k, y, n, t: Citation(k, n, y, tail=t),
        st.sampled_from(["staatsblad", "staatscourant"]),
        years,
        numbers,
        tails,
    ),
)


@given(citations)
def test_canonical_form_round_trips(citation: Citation) -> None:
    text = str(citation)
    assert parse_citation(text) == citation
    assert claims_citation(text)
    assert suggest_citation(text) == text


@given(st.text(max_size=80))
def test_parse_never_raises_and_accepts_only_canonical_text(text: str) -> None:
    parsed = parse_citation(text)
    if parsed is not None:
        assert str(parsed) == text
    suggestion = suggest_citation(text)
    if suggestion is not None:
        assert parse_citation(suggestion) is not None


@given(citations.filter(lambda c: c.tail == "" and c.chamber is None and isinstance(c.number, int)))
def test_sloppy_spelling_is_repaired(citation: Citation) -> None:
    sloppy = (
        str(citation)
        .replace("Stb.", "Staatsblad")
        .replace("Stcrt.", "Staatscourant")
        .replace(", nr. ", " nr ")
        .replace("Kamerstuk ", "kamerstuk ")
    )
    if citation.dossier:
        sloppy = sloppy.replace(citation.dossier, citation.dossier.replace(" ", "", 1))
    assert parse_citation(sloppy) is None
    assert suggest_citation(sloppy) == str(citation)


@pytest.mark.parametrize(
    "text",
    [
        "Kamerstuk 29754, nr. 308",
        "Kamerstuk 29 754 nr. 308",
        "Kamerstuk 29 754, nr 308",
        "Kamerstukken II 2014/16, 29 754, nr. 308",
        "Kamerstukken III 2014/15, 29 754, nr. 308",
        "Stb 2017, 52",
        "Staatsblad 2017, 52",
        "Stb. 17, 52",
        "Stcrt. 2017 13023",
        "Kamerstuk 29 754, nr. 0308",
        "Kamerstuk 34 314, a",
        "Kamerstuk 34 314, nr. A",
    ],
)
def test_non_canonical_forms_are_refused(text: str) -> None:
    assert claims_citation(text)
    assert parse_citation(text) is None


@pytest.mark.parametrize(
    "text", ["Aanhangsel Handelingen II 2014/15, nr. 3221", "ANP, 14 november 2016", "Stbx"]
)
def test_other_sources_make_no_claim(text: str) -> None:
    assert not claims_citation(text)


def test_eerste_kamer_papers_have_letters() -> None:
    assert parse_citation("Kamerstuk 34 314, A") == Citation("kamerstuk", "A", dossier="34 314")
    citation = parse_citation("Kamerstukken I 2015/16, 34 314, C")
    assert citation is not None and (citation.chamber, citation.number) == ("I", "C")
