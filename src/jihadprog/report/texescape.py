"""Escape corpus text for LaTeX so that every character prints literally and nothing executes.

The output is meant for LuaLaTeX with fontspec and babel-dutch (where ``"`` is an
active character); text is composed to NFC, so decomposed accents print as one glyph. Besides TeX's ten specials this escapes the characters that start a T1 input
ligature (``--`` would print an en dash, ``,,`` a low quote, a backtick an opening quote), names
typographic punctuation explicitly, and folds whitespace so corpus text can never end a paragraph.
A run of 25 or more characters without a space (a web address) may wrap after ``/``, ``.`` and
the like, and, at a high penalty that hyphenation beats, every few characters where nothing else
allows a break, so no word can run into the margin. Two typographic choices: straight quotes print as the curly ones a typesetter would use ("x" as
“x”, it's as it’s), and spaces inside numbers ('29 754') and after 'nr.' become non-breaking.
"""

from __future__ import annotations

import re
import unicodedata

_CHARS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
    "'": r"\textquoteright{}",
    "`": r"\textasciigrave{}",
    "‘": r"\textquoteleft{}",
    "’": r"\textquoteright{}",
    "‚": r"\quotesinglbase{}",
    "“": r"\textquotedblleft{}",
    "”": r"\textquotedblright{}",
    "„": r"\quotedblbase{}",
    "«": r"\guillemotleft{}",
    "»": r"\guillemotright{}",
    "‹": r"\guilsinglleft{}",
    "›": r"\guilsinglright{}",
    "–": r"\textendash{}",
    "—": r"\textemdash{}",
    "‑": "-{}",
    "…": r"\dots{}",
    "€": r"\texteuro{}",
    "→": r"\textrightarrow{}",
    "←": r"\textleftarrow{}",
    "°": r"\textdegree{}",
    "×": r"\texttimes{}",
    "\u00a0": "~",
    "\u202f": r"\,",
    "\u2009": r"\,",
    "\u00ad": r"\-",
}
# Only the characters that start a ligature need the empty group; elsewhere it is noise.
_LIGATURE_START = {"-": "-", ",": ","}
_BEFORE_OPENING = frozenset(" ([{\u00a0–—/")
_WHITESPACE = re.compile(r"[ \t\n\r\f\v\u2028\u2029\u0085]+")
# Spaces that must not break a line: inside a number ('29 754') and after 'nr.', 'Stb.', 'art.'.
_TIED = re.compile(r"(?:(?<=\d)|(?<=\bnr\.)|(?<=\bStb\.)|(?<=\bart\.)) (?=\d)")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
# A web address or other long run without spaces may break after these characters.
_LONG_RUN = re.compile(r"\S{25,}")
_BREAK_AFTER = frozenset("/._-?&=#")
# Where a long run has no natural break, one is allowed every _EMERGENCY characters.
_EMERGENCY = 10
_ALLOW_BREAK = r"\allowbreak{}"
_LAST_RESORT = r"\penalty5000\relax{}"


def _break_points(text: str) -> dict[int, str]:
    """Indices after which a long unbroken run may wrap, so it cannot overrun the line."""
    points: dict[int, str] = {}
    for run in _LONG_RUN.finditer(text):
        since = 0
        for index in range(run.start(), run.end() - 1):
            since += 1
            if text[index] in _BREAK_AFTER and text[index + 1].isalnum():
                points[index] = _ALLOW_BREAK
                since = 0
            elif since >= _EMERGENCY and text[index + 1].isalnum():
                points[index] = _LAST_RESORT
                since = 0
    return points


def latex_escape(text: str) -> str:
    """``text`` as LaTeX source that typesets exactly that text, on one line."""
    text = unicodedata.normalize("NFC", text)
    text = _WHITESPACE.sub(" ", text.translate(_ZERO_WIDTH)).strip()
    text = _TIED.sub("\u00a0", text)
    breaks = _break_points(text)
    out: list[str] = []
    for index, char in enumerate(text):
        following = text[index + 1 : index + 2]
        if char == '"':
            opening = index == 0 or text[index - 1] in _BEFORE_OPENING
            out.append(r"\textquotedblleft{}" if opening else r"\textquotedblright{}")
        elif char in _LIGATURE_START:
            out.append(char + "{}" if following == _LIGATURE_START[char] else char)
        elif char in _CHARS:
            out.append(_CHARS[char])
        elif unicodedata.category(char) in {"Cc", "Cf", "Co", "Cs"}:
            out.append(f"[U+{ord(char):04X}]")
        else:
            out.append(char)
        if index in breaks:
            out.append(breaks[index])
    return "".join(out)
