"""Make control, invisible and bidi characters visible as ``<U+200B>`` before text reaches a terminal.

Corpus text and file names are data: an ESC sequence must not drive the terminal, a newline in
a key must not forge a line of lint output, a zero-width or bidi character must not make a wrong
name read as a right one or a line display reversed.
"""

from __future__ import annotations

import re
import unicodedata

# Every character of the Unicode categories Cc (control), Cf (format: zero-width, bidi, soft
# hyphen, BOM), Zl and Zp (line and paragraph separators) and Co (private use), and the spaces
# that look like a space but are not one (no-break, en, em, thin …). Written out as data (Unicode
# 15.1, generated from unicodedata) so that a check is one regex scan, not a lookup per
# character; tests/test_visible.py compares it with the running Python's unicodedata.
HIDDEN_CLASS = (
    "\x00-\x1f\x7f-\xa0\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u1680"
    "\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ue000-\uf8ff"
    "\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\U000f0000-\U000ffffd\U00100000-\U0010fffd"
)
_HIDDEN = re.compile(f"[{HIDDEN_CLASS}]")
# Printable ASCII, tab and newline: the bytes a scan for anything else can drop at once.
_PLAIN = bytes([0x09, 0x0A, *range(0x20, 0x7F)])


def is_hidden(char: str, keep: str = "") -> bool:
    """True for a character a reader cannot see or that changes how text around it displays."""
    return char not in keep and _HIDDEN.match(char) is not None


def visible(text: str, keep: str = "") -> str:
    """``text`` with every hidden character written as ``<U+200B>``; ``keep`` lists exceptions."""
    return _HIDDEN.sub(
        lambda m: m.group(0) if m.group(0) in keep else f"<U+{ord(m.group(0)):04X}>", text
    )


def hidden_chars(text: str, keep: str = "") -> list[str]:
    """The distinct hidden characters in ``text``, in order of first appearance."""
    return list(dict.fromkeys(c for c in _HIDDEN.findall(text) if c not in keep))


def unusual_chars(text: str) -> set[str]:
    """The distinct characters of ``text`` other than printable ASCII, tab and newline.

    A rule checks only these few characters and skips a file when none of them concerns it.
    Dropping the plain bytes from the UTF-8 leaves whole sequences (no byte of a multi-byte
    one is ASCII): four times faster than a regex scan, which checks every character.
    """
    raw = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN)
    return set(raw.decode("utf-8", "surrogatepass"))


def readable(text: str, keep: str = "\n\t\u00ad") -> str:
    """``text`` without its hidden characters (but ``keep``): what text rules should judge.

    text-hidden reports the characters once; other rules then see the words a reader sees:
    a look-alike space or separator reads as a space, anything else as nothing.
    """
    # the hidden class checked at every character is slow: first the few unusual ones
    candidates = unusual_chars(text).union(c for c in "\t\n" if c in text)
    if not any(c not in keep and _HIDDEN.match(c) for c in candidates):
        return text
    return _HIDDEN.sub(lambda m: _as_read(m.group(0), keep), text)


def _as_read(char: str, keep: str) -> str:
    if char in keep:
        return char
    return " " if unicodedata.category(char) in ("Zs", "Zl", "Zp") else ""


def fingerprint(text: str) -> str:
    """``text`` as a reader sees it: NFC, hidden characters dropped, case folded (for duplicates)."""
    return readable(unicodedata.normalize("NFKC", text), keep="").casefold()
