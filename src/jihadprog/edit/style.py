"""The corpus's style for one value: plain when it fits, quoted when ambiguous, folded when long.

One function decides how a string value is written, so ``fmt`` and the commands that add
entries cannot disagree about it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import yaml
from yaml.emitter import Emitter

WIDTH = 100
_STR = "tag:yaml.org,2002:str"
_EMITTER = Emitter(io.StringIO(), allow_unicode=True)
# YAML 1.1 resolution (PyYAML, ruamel.yaml in 1.1 mode): what other tools would make of a
# plain scalar. A value that is not text for them gets quotes.
_RESOLVER = yaml.resolver.Resolver()


def render_scalar(value: str, column: int, indent: int) -> str:
    """The text of ``value`` starting at ``column``; the lines of a folded block at ``indent``."""
    if _plain(value) and column + len(value) <= WIDTH:
        return value
    quoted = _quoted(value)
    if column + len(quoted) <= WIDTH or not _foldable(value):
        return quoted
    lines = wrap(value.split(" "), WIDTH - indent)
    return ">-" + "".join("\n" + " " * indent + line for line in lines)


def _plain(value: str) -> bool:
    if not value or value != value.strip():
        return False
    analysis = _EMITTER.analyze_scalar(value)
    if not analysis.allow_block_plain or analysis.multiline:
        return False
    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return bool(tag == _STR)


def _foldable(value: str) -> bool:
    """True when a folded block gives back exactly ``value`` (single spaces, nothing special)."""
    if not value or value != value.strip() or "  " in value:
        return False
    analysis = _EMITTER.analyze_scalar(value)
    return bool(analysis.allow_block and not analysis.multiline)


def _quoted(value: str) -> str:
    text = yaml.dump(
        value, Dumper=yaml.SafeDumper, default_style='"', allow_unicode=True, width=10**9
    )
    return str(text).rstrip("\n")


def wrap(words: Sequence[str], width: int) -> list[str]:
    """Greedy fill: as many words on a line as fit in ``width``; a long word gets its own line."""
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines
