"""Hidden characters: the table in visible.py against the running Python's Unicode database."""

from __future__ import annotations

import unicodedata

from jihadprog.visible import fingerprint, hidden_chars, is_hidden, readable, visible

HIDDEN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Co"}


def test_table_covers_every_control_format_separator_and_private_character() -> None:
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        category = unicodedata.category(char)
        if category in HIDDEN_CATEGORIES:
            assert is_hidden(char), f"U+{code:04X} ({category}) is not in HIDDEN_CLASS"
        elif is_hidden(char):  # only look-alike spaces, or characters this Python does not know
            assert category in {"Zs", "Cn"}, f"U+{code:04X} ({category}) should not be hidden"


def test_visible_readable_and_fingerprint() -> None:
    text = "De NC\u200bTV\u202e\x1b[2J\nen\u00a0meer"
    assert visible(text) == "De NC<U+200B>TV<U+202E><U+001B>[2J<U+000A>en<U+00A0>meer"
    assert visible(text, keep="\n") == "De NC<U+200B>TV<U+202E><U+001B>[2J\nen<U+00A0>meer"
    assert readable(text) == "De NCTV[2J\nen meer"
    assert hidden_chars(text, keep="\n") == ["\u200b", "\u202e", "\x1b", "\u00a0"]
    assert fingerprint("Cafe\u0301") == fingerprint("CAF\u00c9") == fingerprint("Ca\u200bfé")
    assert visible("gewoon, ‘Nederlands’ — één") == "gewoon, ‘Nederlands’ — één"
