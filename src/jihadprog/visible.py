"""Make control, invisible and bidi characters visible as ``<U+200B>`` before text reaches a terminal.

Corpus text and file names are data: an ESC sequence must not drive the terminal, a newline in
a key must not forge a line of lint output, a zero-width or bidi character must not make a wrong
name read as a right one or a line display reversed.
"""

from __future__ import annotations

import re
import unicodedata

# Cc (control), Cf (format: zero-width, bidi, soft hyphen, BOM), Zl/Zp (line and paragraph
# separators), and other separators that look like a space but are not one.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
_ODD_SPACES = frozenset(
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_CANDIDATE = re.compile(r"[^\x20-\x7e]")


def is_hidden(char: str, keep: str = "") -> bool:
    """True for a character a reader cannot see or that changes how text around it displays."""
    if char in keep:
        return False
    return unicodedata.category(char) in _HIDDEN_CATEGORIES or char in _ODD_SPACES


def visible(text: str, keep: str = "") -> str:
    """``text`` with every hidden character written as ``<U+XXXX>``; ``keep`` lists exceptions."""
    if text.isascii() and text.isprintable() and not keep:
        return text
    return _CANDIDATE.sub(
        lambda m: f"<U+{ord(m.group(0)):04X}>" if is_hidden(m.group(0), keep) else m.group(0),
        text,
    )


def hidden_chars(text: str, keep: str = "") -> list[str]:
    """The distinct hidden characters in ``text``, in order of first appearance."""
    return list(dict.fromkeys(c for c in _CANDIDATE.findall(text) if is_hidden(c, keep)))


def readable(text: str, keep: str = "\n\t\u00ad") -> str:
    """``text`` without its hidden characters (but ``keep``): what text rules should judge.

    text-hidden reports the characters once; other rules then see the words a reader sees.
    """
    if text.isascii() and text.isprintable():
        return text
    return "".join(c for c in text if not is_hidden(c, keep))


def fingerprint(text: str) -> str:
    """``text`` as a reader sees it: NFC, hidden characters dropped, case folded (for duplicates)."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if not is_hidden(c)).casefold()
