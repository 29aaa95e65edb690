"""Insert one progress entry into a file's text, in quarter order, touching no other byte.

The place comes from PyYAML's marks: before the first entry of a later quarter (and the
comment lines above it), else after the last entry; a missing ``voortgang`` key is added
where the schema's key order puts it. The entry's text is written in the canonical style.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import yaml
from pydantic import BaseModel

from jihadprog.edit.marks import (
    above_comments,
    child,
    content_end,
    field_model,
    key_order,
    line_start,
    next_line,
)
from jihadprog.edit.style import render_scalar
from jihadprog.quarters import Kwartaal
from jihadprog.yamlsource import Loc, compose

VOORTGANG = "voortgang"
Value = str | Sequence[str]


class NotBlock(Exception):
    """The progress list is written in flow style (``[…]``); splicing into it is refused."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def entry_lines(entry: Mapping[str, Value], dash: int) -> str:
    """The text of a sequence item ``- key: value …`` with its dash at column ``dash``."""
    column = dash + 2
    lines: list[str] = []
    for key, value in entry.items():
        lead = (" " * dash + "- ") if not lines else " " * column
        if isinstance(value, str):
            rendered = render_scalar(value, column + len(key) + 2, column + 2)
            lines.append(f"{lead}{key}: {rendered}")
            continue
        lines.append(f"{lead}{key}:")
        for item in value:
            lines.append(" " * (column + 2) + "- " + render_scalar(item, column + 4, column + 4))
    return "\n".join(lines) + "\n"


def insert_entry(
    text: str, loc: Loc, model: type[BaseModel], entry: Mapping[str, Value], kwartaal: Kwartaal
) -> str:
    """``text`` with ``entry`` added to the ``voortgang`` list of the mapping at ``loc``."""
    parent = _node_at(text, loc)
    track = child(parent, VOORTGANG)
    if isinstance(track, yaml.SequenceNode) and track.value and not track.flow_style:
        return _into_sequence(text, track, entry, kwartaal)
    column: int = parent.value[0][0].start_mark.column
    block = " " * column + f"{VOORTGANG}:\n" + entry_lines(entry, column + 2)
    if track is not None and (not isinstance(track, yaml.SequenceNode) or track.value):
        raise NotBlock(track.start_mark.line + 1)
    if track is not None:  # an empty list written as []: the key line is replaced
        for key, _ in parent.value:
            if key.value == VOORTGANG:
                start = line_start(text, key.start_mark.index)
                rest = next_line(text, content_end(text, track))
                return str(text[:start] + block + text[rest:])
    rank = key_order(model, VOORTGANG)
    for key, _ in parent.value:
        if key_order(model, key.value) > rank:
            at = above_comments(text, line_start(text, key.start_mark.index))
            if at <= parent.start_mark.index:  # the first key shares its line with '- '
                break
            return str(text[:at] + block + text[at:])
    return _after(text, content_end(text, parent), block)


def model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel]:
    """The model of the mapping at ``loc`` (list indices skipped)."""
    for part in loc:
        if isinstance(part, str):
            inner = field_model(model, part)
            if inner is None:
                raise KeyError(part)
            model = inner
    return model


def _node_at(text: str, loc: Loc) -> yaml.MappingNode:
    node = compose(text)
    for part in loc:
        node = child(node, part) if node is not None else None
    if not isinstance(node, yaml.MappingNode) or node.flow_style:
        raise ValueError(f"no block mapping at {loc}")
    return node


def _into_sequence(
    text: str, track: yaml.SequenceNode, entry: Mapping[str, Value], kwartaal: Kwartaal
) -> str:
    first = line_start(text, track.value[0].start_mark.index)
    dash = len(text[first:]) - len(text[first:].lstrip(" "))
    block = entry_lines(entry, dash)
    for item in track.value:
        quarter = child(item, "kwartaal")
        if isinstance(quarter, yaml.ScalarNode) and _later(quarter.value, kwartaal):
            at = above_comments(text, line_start(text, item.start_mark.index))
            return text[:at] + block + text[at:]
    return _after(text, content_end(text, track), block)


def _later(value: str, kwartaal: Kwartaal) -> bool:
    try:
        return Kwartaal.parse(value) > kwartaal
    except ValueError:
        return False


def _after(text: str, end: int, block: str) -> str:
    """``block`` on the lines right after the line holding offset ``end``."""
    at = next_line(text, end)
    if at == len(text) and not text.endswith("\n"):
        return text + "\n" + block
    return text[:at] + block + text[at:]
