"""Where things are in the text: the ends of nodes, the lines around them, the model of a node."""

from __future__ import annotations

import types
import typing
from typing import Any

import yaml
from pydantic import BaseModel


def content_end(text: str, node: yaml.Node) -> int:
    """The offset just after the last character that belongs to ``node`` (no trailing breaks)."""
    if isinstance(node, yaml.ScalarNode):
        start, end = node.start_mark.index, node.end_mark.index
        return start + len(text[start:end].rstrip())
    if getattr(node, "flow_style", False) or not node.value:
        return int(node.end_mark.index)
    last = node.value[-1]
    return content_end(text, last[1] if isinstance(node, yaml.MappingNode) else last)


def next_line(text: str, offset: int) -> int:
    """The start of the line after the one holding ``offset`` (the end of the text if none)."""
    newline = text.find("\n", offset)
    return len(text) if newline < 0 else newline + 1


def line_start(text: str, offset: int) -> int:
    """The start of the line holding ``offset``."""
    return text.rfind("\n", 0, offset) + 1


def above_comments(text: str, start: int) -> int:
    """Move a line start up over the comment lines directly above it (they belong to it)."""
    while start > 0:
        previous = line_start(text, start - 1)
        if not text[previous:start].lstrip().startswith("#"):
            break
        start = previous
    return start


def child(node: yaml.Node, key: str | int) -> yaml.Node | None:
    """The value under ``key`` of a mapping node, or item ``key`` of a sequence node."""
    if isinstance(node, yaml.MappingNode) and isinstance(key, str):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return typing.cast(yaml.Node, value_node)
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        return typing.cast(yaml.Node, node.value[key])
    return None


def field_model(model: type[BaseModel] | None, key: str) -> type[BaseModel] | None:
    """The model of the value under ``key`` (through lists and optionals), if it is a model."""
    if model is None or key not in model.model_fields:
        return None
    return _inner_model(model.model_fields[key].annotation)


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for argument in typing.get_args(annotation):
            found = _inner_model(argument)
            if found is not None:
                return found
    return None


def key_order(model: type[BaseModel], key: str) -> int:
    """Rank of ``key`` in the schema's order; unknown keys after all known ones."""
    fields = list(model.model_fields)
    return fields.index(key) if key in fields else len(fields)
