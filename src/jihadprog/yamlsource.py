"""Read one YAML file into data plus line positions, turning every defect into a positioned finding.

Compose first, then construct: the node tree gives marks for every key and item, repeated keys
and aliases; the resolvers are narrowed so that YAML 1.1 surprises (``no`` as a boolean, ``010``
as octal 8, ``2015-04-07`` as a date) stay text and reach the schema as what they are.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import yaml

from jihadprog.problems import Finding

MAX_BYTES = 1_048_576
MAX_DEPTH = 40

Loc = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_SAFE_TAGS = {_TAG + name for name in ("str", "int", "float", "bool", "null", "seq", "map")}

# YAML 1.1 spellings that other tools read as booleans, dates or octal numbers.
_AMBIGUOUS = re.compile(
    r"""^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF
        |[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?
        |[-+]?0[0-9_]+
        |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+)$""",
    re.VERBOSE,
)

_PYYAML_PROBLEMS_NL = {
    "mapping values are not allowed here": "dubbele punt op een plek waar geen sleutel kan beginnen",
    "could not find expected ':'": "verwachtte een ':' na de sleutel",
    "found unexpected end of stream": "onverwacht einde van het bestand",
    "found character '\\t' that cannot start any token": "tab-teken waar YAML het niet toestaat",
    "found a tab character that violates indentation": "tab-teken in de inspringing",
    "did not find expected key": "inspringing klopt niet: verwachtte een sleutel",
    "did not find expected '-' indicator": "inspringing klopt niet: verwachtte een '-'",
    "found undefined alias": "verwijzing naar een onbekend anker",
    "control characters are not allowed": "stuurtekens zijn niet toegestaan",
    "found unknown escape character": "onbekende escape-reeks in tekst tussen aanhalingstekens",
    "did not find expected node content": "verwachtte een waarde",
    "found unexpected ':'": "onverwachte ':'",
    "expected a comment or a line break, but found": "onverwachte tekens na de waarde",
    "did not find expected ',' or ']'": "lijst tussen [ ] niet gesloten",
    "did not find expected ',' or '}'": "mapping tussen { } niet gesloten",
    "found unexpected end of stream while scanning": "aanhalingsteken niet gesloten",
}


def _narrowed_loader(base: type[Any]) -> type[Any]:
    """A loader class whose implicit resolvers follow YAML 1.2 core for booleans and ints."""
    dropped = {_TAG + "bool", _TAG + "int", _TAG + "timestamp"}
    loader: type[Any] = type("CorpusLoader", (base,), {})
    loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in dropped]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(
        _TAG + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    loader.add_implicit_resolver(
        _TAG + "int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
    )
    if not loader.yaml_path_resolvers:
        _fast_resolution(loader)
    return loader


def _fast_resolution(loader: type[Any]) -> None:
    """Give the loader PyYAML's own resolution, minus the per-node overhead (no path resolvers).

    The composer asks for a tag once per node; this answers with one dict lookup for the
    common case (a scalar whose first character no resolver is registered for).
    """
    table = loader.yaml_implicit_resolvers
    wildcard = list(table.get(None, []))
    by_first = {
        first: [*resolvers, *wildcard] for first, resolvers in table.items() if first is not None
    }
    scalar, sequence, mapping = _TAG + "str", _TAG + "seq", _TAG + "map"
    scalar_node, sequence_node = yaml.ScalarNode, yaml.SequenceNode

    def resolve(self: Any, kind: type[Any], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is scalar_node:
            if implicit[0]:
                for tag, regexp in by_first.get(value[:1], wildcard):
                    if regexp.match(value):
                        return str(tag)
            return scalar
        return sequence if kind is sequence_node else mapping

    def descend_resolver(self: Any, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self: Any) -> None:
        return None

    loader.resolve = resolve
    loader.descend_resolver = descend_resolver
    loader.ascend_resolver = ascend_resolver


_Loader = _narrowed_loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@dataclass
class Document:
    """One YAML file: its text, constructed data, key positions and loading findings.

    Positions are worked out on first use, by composing the text again: a clean file never
    needs them, so a lint of thousands of files neither spends the time nor holds the memory.
    """

    path: Path
    name: str
    text: str = ""
    data: Any = None
    findings: list[tuple[str, Finding]] = field(default_factory=list)
    bom: bool = False
    ambiguous: list[tuple[int, int, str]] = field(default_factory=list)
    _positions: dict[Loc, tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    @property
    def usable(self) -> bool:
        """True when the data could be constructed (it may still be invalid for the schema)."""
        return self.data is not None

    @property
    def positions(self) -> dict[Loc, tuple[int, int]]:
        """1-based (line, column) of every key and item, by path: ``("acties", 0, "tekst")``."""
        if self._positions is None:
            self._positions = _positions(self.text) if self.text else {}
        return self._positions

    def at(self, loc: Loc) -> tuple[int | None, int | None]:
        """The 1-based line and column of ``loc``, or of its nearest known ancestor."""
        positions = self.positions
        for end in range(len(loc), -1, -1):
            position = positions.get(tuple(loc[:end]))
            if position:
                return position
        return None, None

    def finding(self, loc: Loc, message: str) -> Finding:
        """A finding placed at ``loc`` in this document."""
        line, col = self.at(loc)
        return Finding(self.name, line, col, message)

    def _report(self, rule: str, line: int | None, col: int | None, message: str) -> None:
        self.findings.append((rule, Finding(self.name, line, col, message)))


def read_document(path: Path, name: str | None = None) -> Document:
    """Read, decode and parse ``path``; never raises for bad input, reports findings instead."""
    doc = Document(path=path, name=name or str(path))
    raw = _read_bytes(doc)
    if raw is None:
        return doc
    text = _decode(doc, raw)
    if text is None:
        return doc
    doc.text = text
    _parse(doc)
    return doc


def _read_bytes(doc: Document) -> bytes | None:
    try:
        if not doc.path.is_file():
            kind = "een map" if doc.path.is_dir() else "geen gewoon bestand"
            doc._report("file-unreadable", None, None, f"is {kind} en kan niet worden gelezen")
            return None
        size = doc.path.stat().st_size
        if size > MAX_BYTES:
            doc._report(
                "file-size",
                None,
                None,
                f"bestand is te groot ({size:,} bytes; maximaal {MAX_BYTES:,})".replace(",", "."),
            )
            return None
        with doc.path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        doc._report("file-unreadable", None, None, f"kan niet worden gelezen: {reason}")
        return None


def _decode(doc: Document, raw: bytes) -> str | None:
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        doc._report(
            "file-encoding", line, None, "bevat binaire gegevens (NUL-bytes); geen YAML-tekst"
        )
        return None
    if raw.startswith(codecs.BOM_UTF8):
        doc.bom = True
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        doc._report("file-encoding", line, col, "bevat bytes die geen geldige UTF-8 zijn")
        return None


def _parse(doc: Document) -> None:
    loader = _Loader(doc.text)
    try:
        node = loader.get_single_node()
        if node is None:
            doc._report("file-empty", 1, 1, "bestand is leeg")
            return
        builder = _Builder(doc, loader)
        try:
            data = builder.build(node, 0)
        except _Fatal:
            return
        doc.data = loader.construct_document(node) if builder.fallback else data
    except yaml.YAMLError as error:
        line, col = _error_position(doc.text, error)
        doc._report("yaml-syntax", line, col, f"ongeldige YAML: {_dutch_problem(error)}")
    except RecursionError:
        doc._report("yaml-syntax", None, None, "ongeldige YAML: te diep genest")
    finally:
        loader.dispose()


def _error_position(text: str, error: yaml.YAMLError) -> tuple[int | None, int | None]:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is not None:
        return mark.line + 1, mark.column + 1
    position = getattr(error, "position", None)
    if isinstance(position, int):
        line = text.count("\n", 0, position) + 1
        return line, position - (text.rfind("\n", 0, position) + 1) + 1
    return None, None


def _dutch_problem(error: yaml.YAMLError) -> str:
    problem = str(getattr(error, "problem", None) or getattr(error, "reason", None) or error)
    for english, dutch in _PYYAML_PROBLEMS_NL.items():
        if problem.startswith(english):
            return dutch
    return problem.splitlines()[0]


class _Fatal(Exception):
    """A node that stops the file: reported, and no data is constructed."""


_STR, _SEQ, _MAP, _MERGE = _TAG + "str", _TAG + "seq", _TAG + "map", _TAG + "merge"
_AMBIGUOUS_FIRST = frozenset("yYnNoO+-0123456789")


class _Builder:
    """One pass over the node tree that checks and constructs at once.

    It refuses aliases, unsafe tags and deep nesting, notes duplicate keys and ambiguous
    scalars, and builds the data.

    The data equals what PyYAML's SafeConstructor builds from the same nodes; for the odd node
    whose tag does not fit its kind (``!!str [1]``) PyYAML constructs instead (``fallback``), so
    its errors stay exactly PyYAML's.
    """

    def __init__(self, doc: Document, loader: Any) -> None:
        self.doc = doc
        self.loader = loader
        self.constructors = loader.yaml_constructors
        # An alias needs a '*' in the text; without one no node can be seen twice.
        self.seen: set[int] | None = set() if "*" in doc.text else None
        self.fallback = False

    def build(self, node: Any, depth: int) -> Any:
        if self.seen is not None:
            if id(node) in self.seen:
                self._fatal(node, "yaml-alias", "ankers en aliassen (&, *) zijn niet toegestaan")
            self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self._fatal(node, "yaml-syntax", f"ongeldige YAML: dieper genest dan {MAX_DEPTH}")
        tag = node.tag
        if tag not in _SAFE_TAGS:
            self._fatal(node, "yaml-tag", f"tag '{tag}' is niet toegestaan")
        kind = node.__class__
        if kind is yaml.ScalarNode:
            if tag == _STR:
                value = node.value
                if not node.style and value[:1] in _AMBIGUOUS_FIRST and _AMBIGUOUS.match(value):
                    line, col = _mark(node)
                    self.doc.ambiguous.append((line, col, value))
                return value
            return self._scalar(node)
        if kind is yaml.MappingNode:
            if tag != _MAP:
                self.fallback = True
            return self._mapping(node, depth)
        if tag != _SEQ:
            self.fallback = True
        return [self.build(item, depth + 1) for item in node.value]

    def _scalar(self, node: yaml.Node) -> Any:
        """A typed scalar (int, bool, null, float) through PyYAML's own constructor."""
        if node.tag in (_SEQ, _MAP):
            self.fallback = True
            return None
        try:
            return self.constructors[node.tag](self.loader, node)
        except Exception:
            self.fallback = True
            return None

    def _mapping(self, node: Any, depth: int) -> dict[Any, Any]:
        data: dict[Any, Any] = {}
        first: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode:
                self._fatal(key_node, "yaml-syntax", "ongeldige YAML: een sleutel moet tekst zijn")
            key_tag = key_node.tag
            if key_tag == _MERGE:
                self._fatal(key_node, "yaml-alias", "samenvoegsleutels (<<) zijn niet toegestaan")
            text = key_node.value
            if text in first:
                line, col = _mark(key_node)
                self.doc._report(
                    "yaml-duplicate-key",
                    line,
                    col,
                    f"sleutel '{text}' komt dubbel voor (eerder op regel "
                    f"{_mark(first[text])[0]}); YAML houdt stilzwijgend alleen de laatste",
                )
            else:
                first[text] = key_node
            if key_tag == _STR:
                key: Any = text
            elif key_tag in _SAFE_TAGS:
                key = self._scalar(key_node)
            else:
                self.fallback = True
                key = text
            data[key] = self.build(value_node, depth + 1)
        return data

    def _fatal(self, node: yaml.Node, rule: str, message: str) -> NoReturn:
        line, col = _mark(node)
        self.doc._report(rule, line, col, message)
        raise _Fatal


def _positions(text: str) -> dict[Loc, tuple[int, int]]:
    """Where every key (its first occurrence in its mapping) and every item starts, by path.

    The walk is the builder's, in the same order, so a later duplicate's subtree wins as its
    data does; it stops where the builder would refuse the file.
    """
    positions: dict[Loc, tuple[int, int]] = {}
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError:
        return positions
    finally:
        loader.dispose()
    seen: set[int] = set()

    def walk(node: yaml.Node, loc: Loc, depth: int) -> None:
        if id(node) in seen or depth > MAX_DEPTH or node.tag not in _SAFE_TAGS:
            raise _Fatal
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: set[str] = set()
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
                    raise _Fatal
                key = key_node.value
                if key not in first:
                    first.add(key)
                    positions[(*loc, key)] = _mark(key_node)
                walk(value_node, (*loc, key), depth + 1)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                positions[(*loc, index)] = _mark(item)
                walk(item, (*loc, index), depth + 1)

    if root is not None:
        with contextlib.suppress(_Fatal):
            walk(root, (), 0)
    return positions


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1
