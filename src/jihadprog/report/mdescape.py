"""Escape corpus text for Markdown so that no text can become markup, a table break or HTML."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|~#&!^$])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")


def escape_inline(text: str) -> str:
    """Text that renders literally inside a paragraph or list item (newlines become spaces)."""
    flat = " ".join(text.split())
    escaped = _SPECIAL.sub(r"\\\1", flat)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def escape_cell(text: str) -> str:
    """Text that stays inside one cell of a pipe table."""
    return escape_inline(text)
