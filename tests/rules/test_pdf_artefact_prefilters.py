"""The pdf-artefact prefilters only skip texts in which their regex cannot match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jihadprog.rules import pdf_artefact as rule

_PIECES = st.sampled_from(
    [
        "strijd- groepering", "zeden- en ", "jihadis tische", "mogelijk heid", " 12", "12 ",
        "pagina 3", "Pagina 4 van 9", ". 7", "! 12 \n", "\n", " ", "  ", "-", "- ", "(N)",
        "\ufffd", "\u00ad", "\ue000", "\ufb01", "a", "B", "één", "A- b", "1- c", "2", "\t", "isch", " heid", ".", "\u2003",
    ]
)  # fmt: skip


@settings(max_examples=2000)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_prefilters_are_necessary_conditions(text: str) -> None:
    if rule._HYPHEN_BREAK.search(text):
        assert "- " in text
    if rule._SPLIT_WORD.search(text):
        assert rule._SPLIT_TAIL.search(text)
    if rule._PAGE_NUMBER.search(text):
        assert rule._may_hold_page_number(text)
    if rule._BAD_CHAR.search(text):
        assert not text.isascii()
