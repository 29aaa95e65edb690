"""``fmt``: the canonical form of a corpus file, reached by rewriting only what differs from it.

Canonical means: keys in the schema's order, every string value as ``style.render_scalar``
writes it (plain, double-quoted when ambiguous, folded at 100 columns when long). Comments,
flow lists, numbers and multi-line texts are left as they are, so formatting twice changes
nothing the second time. The result must construct to the same data, or nothing is returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml
from pydantic import BaseModel

from jihadprog.corpus import (
    BEGRIPPEN_FILE,
    MAATREGELEN_DIR,
    ORGANISATIES_FILE,
    PROGRAMMA_FILE,
    RAPPORTAGES_FILE,
)
from jihadprog.edit.marks import content_end, field_model, key_order, line_start, next_line
from jihadprog.edit.style import render_scalar
from jihadprog.errors import UserError
from jihadprog.models import Begrippenlijst, Maatregel, Organisaties, Programma, Rapportages
from jihadprog.yamlsource import compose, construct

_STR = "tag:yaml.org,2002:str"
_MODELS: dict[str, type[BaseModel]] = {
    PROGRAMMA_FILE: Programma,
    ORGANISATIES_FILE: Organisaties,
    BEGRIPPEN_FILE: Begrippenlijst,
    RAPPORTAGES_FILE: Rapportages,
}


def model_for(path: Path) -> type[BaseModel] | None:
    """The model of a corpus file, by its name and folder (None: format without key order)."""
    if path.parent.name == MAATREGELEN_DIR:
        return Maatregel
    return _MODELS.get(path.name)


def corpus_files(root: Path) -> list[Path]:
    """The files ``fmt`` formats by default: the four single files and every measure file."""
    singles = [root / name for name in _MODELS if (root / name).is_file()]
    directory = root / MAATREGELEN_DIR
    measures = sorted(directory.glob("*.yaml")) if directory.is_dir() else []
    return singles + measures


def format_paths(root: Path, paths: Sequence[Path] | None, write: bool) -> list[Path]:
    """Format ``paths`` (default: the corpus files); the files that changed (or would)."""
    from jihadprog.edit.write import Edit, read, refuse_if_changed
    from jihadprog.report.publish import write_atomic

    changed: list[Path] = []
    for path in paths or corpus_files(root):
        raw, text = read(path)
        result = format_text(text, model_for(path), str(path))
        if result == text:
            continue
        changed.append(path)
        if write:
            refuse_if_changed(Edit(path, raw, result))
            write_atomic(path, result.encode("utf-8"))
    return changed


def format_text(text: str, model: type[BaseModel] | None, name: str) -> str:
    """``text`` in canonical form; a UserError naming ``name`` if it is not readable YAML."""
    try:
        before = construct(text)
        result = _reorder(_rewrite_scalars(text), model)
        same = construct(result) == before
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark is not None else name
        raise UserError(f"{where}: geen geldige YAML; fmt laat het bestand ongemoeid", 1) from None
    except RecursionError:
        raise UserError(f"{name}: te diep genest; fmt laat het bestand ongemoeid", 1) from None
    if not same:  # a guard against a bug in the formatter, never against the user's input
        raise AssertionError(f"fmt would change the data of {name}")
    return result


def _rewrite_scalars(text: str) -> str:
    root = compose(text)
    edits: list[tuple[int, int, str]] = []
    if root is not None:
        _collect(text, root, edits)
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _collect(text: str, node: yaml.Node, edits: list[tuple[int, int, str]]) -> None:
    """The scalar rewrites under a block collection; flow collections stay as written."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style:
        for key, value in node.value:
            _scalar(text, value, key.start_mark.column + 2, edits)
            _collect(text, value, edits)
    elif isinstance(node, yaml.SequenceNode) and not node.flow_style:
        for item in node.value:
            _scalar(text, item, item.start_mark.column, edits)
            _collect(text, item, edits)


def _scalar(text: str, node: yaml.Node, indent: int, edits: list[tuple[int, int, str]]) -> None:
    if not isinstance(node, yaml.ScalarNode) or node.tag != _STR or node.style == "|":
        return
    if "\n" in node.value or not node.value:
        return
    start, end = node.start_mark.index, content_end(text, node)
    new = render_scalar(node.value, node.start_mark.column, indent)
    if text[start:end] != new:
        edits.append((start, end, new))


def _reorder(text: str, model: type[BaseModel] | None) -> str:
    """Put the keys of every block mapping in schema order, one mapping per pass."""
    while True:
        root = compose(text)
        found = _unordered(root, model) if root is not None else None
        if found is None:
            return text
        text = _reorder_mapping(text, *found)


def _unordered(
    node: yaml.Node, model: type[BaseModel] | None
) -> tuple[yaml.MappingNode, type[BaseModel]] | None:
    if isinstance(node, yaml.SequenceNode) and not node.flow_style:
        for item in node.value:
            found = _unordered(item, model)
            if found is not None:
                return found
    if not isinstance(node, yaml.MappingNode) or node.flow_style:
        return None
    if model is not None:
        ranks = [key_order(model, key.value) for key, _ in node.value]
        if ranks != sorted(ranks):
            return node, model
    for key, value in node.value:
        found = _unordered(value, field_model(model, key.value))
        if found is not None:
            return found
    return None


def _reorder_mapping(text: str, node: yaml.MappingNode, model: type[BaseModel]) -> str:
    """Move whole entries (with the comment lines above them) into schema order."""
    column = node.value[0][0].start_mark.column
    first = node.value[0][0].start_mark.index
    region_start = line_start(text, first)
    prefix = text[region_start:first]
    bounds = [line_start(text, key.start_mark.index) for key, _ in node.value[1:]]
    region_end = next_line(text, content_end(text, node))
    starts = [region_start, *bounds]
    chunks = [text[s:e] for s, e in zip(starts, [*bounds, region_end], strict=True)]
    # comment lines at the end of a chunk stand above the next key: move them with it
    leads = [""] + [_trailing_comments(chunk) for chunk in chunks[:-1]]
    bodies = [
        chunk[: len(chunk) - len(leads[i + 1])] if i + 1 < len(chunks) else chunk
        for i, chunk in enumerate(chunks)
    ]
    entries = [body[len(prefix) if i == 0 else column :] for i, body in enumerate(bodies)]
    order = sorted(range(len(entries)), key=lambda i: key_order(model, node.value[i][0].value))
    rebuilt = "".join(
        leads[index] + (prefix if position == 0 else " " * column) + entries[index]
        for position, index in enumerate(order)
    )
    return text[:region_start] + rebuilt + text[region_end:]


def _trailing_comments(chunk: str) -> str:
    lines = chunk.splitlines(keepends=True)
    count = 0
    while count < len(lines) - 1 and lines[-1 - count].lstrip().startswith("#"):
        count += 1
    return "".join(lines[len(lines) - count :])
