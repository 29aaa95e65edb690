"""Read one YAML file into data plus line positions, turning every defect into a positioned finding.

Compose first, then construct: the node tree gives marks for every key and item, repeated keys
and aliases; the resolvers are narrowed so that YAML 1.1 surprises (``no`` as a boolean, ``010``
as octal 8, ``2015-04-07`` as a date) stay text and reach the schema as what they are.

Two paths give the same result. The exact path measures the event stream, walks the node tree
and lets PyYAML construct; the fast path, for a file that is small and shallow enough that
neither limit can be hit, checks and constructs in one walk and hands any file it does not
find clean to the exact path. Key positions are computed when a finding first asks for them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern as _intern
from typing import Any, NamedTuple

import yaml

from jihadprog.errors import os_reason
from jihadprog.problems import Finding
from jihadprog.visible import unusual_chars

MAX_BYTES = 1_048_576
MAX_DEPTH = 40
MAX_NODES = 50_000  # the largest corpus file has about a thousand
MAX_NUMBER_CHARS = 20  # the corpus counts measures, groups and pages; no number needs more
SAFE_NESTING = 1_000  # the C composer overflows its stack somewhere past 10,000 levels

Loc = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP = _TAG + "str", _TAG + "seq", _TAG + "map"
_SAFE_TAGS = {_TAG + name for name in ("str", "int", "float", "bool", "null", "seq", "map")}

# YAML 1.1 spellings that other tools (PyYAML, ruamel.yaml in 1.1 mode) read as booleans, dates
# or octal numbers. The single letters y/n are booleans only in the spec's regex, not in those
# tools, and ``N`` is a marker value, so they are left out.
_AMBIGUOUS = re.compile(
    r"""^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF
        |[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?
        |[-+]?0[0-9_]+
        |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+)$""",
    re.VERBOSE,
)

# Problems reported by libyaml (CSafeLoader) and by PyYAML's pure-Python parser, in Dutch.
# Matched by prefix; the pure-Python wording comes second where the two differ.
_PYYAML_PROBLEMS_NL = {
    "mapping values are not allowed": "dubbele punt op een plek waar geen sleutel kan beginnen",
    "mapping keys are not allowed": "sleutel op een plek waar geen sleutel kan staan",
    "block sequence entries are not allowed": "'-' op een plek waar geen lijst kan beginnen",
    "could not find expected ':'": "verwachtte een ':' na de sleutel",
    "found unexpected end of stream": "aanhalingsteken niet gesloten of bestand houdt onverwacht op",
    "found character '\\t' that cannot start any token": "tab-teken waar YAML het niet toestaat",
    "found character that cannot start any token": "teken waarmee geen waarde kan beginnen (bijvoorbeeld een tab, @ of `)",
    "found a tab character": "tab-teken in de inspringing",
    "did not find expected key": "inspringing klopt niet: verwachtte een sleutel",
    "did not find expected '-' indicator": "inspringing klopt niet: verwachtte een '-'",
    "found undefined alias": "verwijzing naar een onbekend anker",
    "found duplicate anchor": "anker komt twee keer voor",
    "control characters are not allowed": "stuurtekens zijn niet toegestaan",
    "special characters are not allowed": "stuurtekens zijn niet toegestaan",
    "found unknown escape character": "onbekende escape-reeks in tekst tussen aanhalingstekens",
    "found invalid Unicode character escape code": "ongeldige \\u-escape in tekst tussen aanhalingstekens",
    "did not find expected node content": "verwachtte een waarde",
    "found unexpected ':'": "onverwachte ':'",
    "expected a comment or a line break": "onverwachte tekens na de waarde",
    "did not find expected comment or line break": "onverwachte tekens na de waarde",
    "did not find expected whitespace": "verwachtte een spatie of regeleinde",
    "did not find expected ',' or ']'": "lijst tussen [ ] niet gesloten",
    "did not find expected ',' or '}'": "mapping tussen { } niet gesloten",
    "but found another document": "meer dan één YAML-document (---) in het bestand",
    "did not find expected <document start>": "onverwachte tekst na het einde van het document",
    "found unexpected document indicator": "onverwachte '---' of '...' midden in een waarde",
    "did not find expected alphabetic or numeric character": "ongeldige naam van een anker of alias",
    "found undefined tag handle": "onbekende tag",
    "did not find expected tag URI": "onbekende tag",
    "did not find expected '!'": "onbekende tag",
    # libyaml 0.2.5 (bundled since PyYAML 6.0.2) stops at 1,000 levels itself, far past our limit
    "exceeded maximum nesting depth": f"dieper genest dan {MAX_DEPTH}",
    "found unknown directive name": "onbekende %-richtlijn",
    "found incompatible YAML document": "onbekende YAML-versie",
    "found duplicate %YAML directive": "%YAML-richtlijn staat er twee keer",
    "found duplicate %TAG directive": "%TAG-richtlijn staat er twee keer",
    "found an indentation indicator equal to 0": "inspringingsteken 0 na | of > is niet toegestaan",
    "invalid leading UTF-8 octet": "ongeldige UTF-8",
    "invalid trailing UTF-8 octet": "ongeldige UTF-8",
    "found an incorrect": "ongeldige UTF-8",
    "incomplete UTF-8 octet sequence": "ongeldige UTF-8",
    "invalid Unicode character": "ongeldig Unicode-teken",
    "expected a single document in the stream": "meer dan één YAML-document (---) in het bestand",
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


class Ambiguous(NamedTuple):
    """A plain scalar that YAML 1.1 tools would not read as text; kept as text here."""

    line: int
    col: int
    value: str
    loc: Loc


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
    ambiguous: list[Ambiguous] = field(default_factory=list)
    _positions: dict[Loc, tuple[int, int]] | None = field(default=None, repr=False, compare=False)
    _unusual: str | None = field(default=None, repr=False, compare=False)

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

    @property
    def unusual(self) -> str:
        """The distinct characters of the text other than printable ASCII, tab and newline.

        Worked out once per file: text-hidden and pdf-glyph skip a file on them.
        """
        if self._unusual is None:
            self._unusual = "".join(unusual_chars(self.text))
        return self._unusual

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


def document_from_text(path: Path, name: str, text: str) -> Document:
    """Parse ``text`` as if it were the content of ``path`` (for an edit checked before writing)."""
    doc = Document(path=path, name=name, text=text)
    _parse(doc)
    return doc


def compose(text: str) -> yaml.Node | None:
    """The node tree of ``text``, with marks, resolved as the corpus loader resolves."""
    loader = _Loader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def construct(text: str) -> Any:
    """The data of ``text`` as the corpus loader constructs it."""
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


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
        reason = os_reason(error)
        doc._report("file-unreadable", None, None, f"kan niet worden gelezen: {reason}")
        return None


def _decode(doc: Document, raw: bytes) -> str | None:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        doc._report("file-encoding", 1, 1, "bestand is UTF-16-tekst; sla het op als UTF-8")
        return None
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
    if _within_limits(doc.text):
        try:
            if _parse_fast(doc):
                return
        except (yaml.YAMLError, RecursionError):
            pass
    _parse_exact(doc)


def _within_limits(text: str) -> bool:
    """True when no file this size can exceed MAX_NODES events or nest deep enough to hurt.

    A YAML event takes at least a quarter of a character (``[?,?]``: four events for ``?,``),
    and every collection opens with one of ``[{-:?``, so fewer of those than SAFE_NESTING
    bounds the depth the C composer recurses to far below its stack limit.
    """
    if 4 * len(text) + 16 > MAX_NODES:
        return False
    return sum(map(text.count, "[{-:?")) < SAFE_NESTING


def _parse_fast(doc: Document) -> bool:
    """Compose, then check and construct in one walk; False (and no trace) if not clean."""
    loader = _Loader(doc.text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    if node is None:
        doc._report("file-empty", 1, 1, "bestand is leeg")
        return True
    builder = _Builder(doc, loader)
    try:
        data = builder.build(node, 0, None)
    except _NotClean:
        return False
    doc.findings.extend(builder.findings)
    doc.ambiguous.extend(builder.ambiguous)
    doc.data = data
    if data is None:
        doc._report("file-empty", *_mark(node), "bestand bevat geen gegevens (alleen null)")
    return True


def _parse_exact(doc: Document) -> None:
    loader = _Loader(doc.text)
    try:
        deep = _too_deep(doc.text)
        if deep is not None:
            doc._report(*deep)
            return
        node = loader.get_single_node()
        if node is None:
            doc._report("file-empty", 1, 1, "bestand is leeg")
            return
        walker = _Walker(doc, loader)
        walker.walk(node, (), 0)
        doc._positions = walker.positions
        if walker.fatal:
            return
        doc.data = loader.construct_document(node)
        if doc.data is None:
            doc._report("file-empty", *_mark(node), "bestand bevat geen gegevens (alleen null)")
    except yaml.YAMLError as error:
        line, col = _error_position(doc.text, error)
        doc._report("yaml-syntax", line, col, f"ongeldige YAML: {_dutch_problem(error)}")
    except RecursionError:
        doc._report("yaml-syntax", None, None, "ongeldige YAML: te diep genest")
    finally:
        loader.dispose()


def _too_deep(text: str) -> tuple[str, int, int, str] | None:
    """A yaml-syntax finding when collections nest deeper than MAX_DEPTH, else None.

    The C composer recurses once per level and overflows the C stack (a segfault, not a
    RecursionError) on a few thousand levels; the event stream is flat, so measure it first.
    The same pass bounds the number of nodes, and so the time and memory of composing.
    """
    scanner = _Loader(text)
    depth = 0
    nodes = 0
    try:
        while scanner.check_event():
            event = scanner.get_event()
            nodes += 1
            if nodes > MAX_NODES:
                message = f"ongeldige YAML: meer dan {MAX_NODES:,} waarden".replace(",", ".")
                return "yaml-syntax", *_event_mark(event), message
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    message = f"ongeldige YAML: dieper genest dan {MAX_DEPTH}"
                    return "yaml-syntax", *_event_mark(event), message
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        scanner.dispose()
    return None


def _event_mark(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


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
    return f"fout die de YAML-parser meldt als '{problem.splitlines()[0]}'"


class _Walker:
    """One pass over the node tree: marks, duplicate keys, aliases, tags, ambiguous scalars."""

    def __init__(self, doc: Document, loader: Any) -> None:
        self.doc = doc
        self.loader = loader
        self.positions: dict[Loc, tuple[int, int]] = {}
        self.seen: set[int] = set()
        self.fatal = False

    def walk(self, node: yaml.Node, loc: Loc, depth: int) -> None:
        if self.fatal:
            return
        if id(node) in self.seen:
            self._fatal(node, "yaml-alias", "ankers en aliassen (&, *) zijn niet toegestaan")
            return
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self._fatal(node, "yaml-syntax", f"ongeldige YAML: dieper genest dan {MAX_DEPTH}")
            return
        if node.tag not in _SAFE_TAGS:
            tag = "!!" + node.tag.removeprefix(_TAG) if node.tag.startswith(_TAG) else node.tag
            self._fatal(node, "yaml-tag", f"tag '{tag}' is niet toegestaan")
            return
        if isinstance(node, yaml.MappingNode):
            self._walk_mapping(node, loc, depth)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self.positions[(*loc, index)] = _mark(item)
                self.walk(item, (*loc, index), depth + 1)
        elif isinstance(node, yaml.ScalarNode) and node.tag != _STR:
            problem = scalar_problem(self.loader, node)
            if problem:
                self._fatal(node, "yaml-tag", problem)
        elif isinstance(node, yaml.ScalarNode) and not node.style and _AMBIGUOUS.match(node.value):
            line, col = _mark(node)
            self.doc.ambiguous.append(Ambiguous(line, col, node.value, loc))

    def _walk_mapping(self, node: yaml.MappingNode, loc: Loc, depth: int) -> None:
        first_seen: dict[object, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self._fatal(key_node, "yaml-syntax", "ongeldige YAML: een sleutel moet tekst zijn")
                return
            if key_node.tag == _TAG + "merge":
                self._fatal(key_node, "yaml-alias", "samenvoegsleutels (<<) zijn niet toegestaan")
                return
            if key_node.tag != _TAG + "str":
                self._fatal(
                    key_node,
                    "yaml-syntax",
                    f"ongeldige YAML: sleutel '{short(key_node.value)}' moet tekst zijn, geen getal of "
                    "waarheidswaarde; zet hem tussen aanhalingstekens",
                )
                return
            key = key_node.value
            line, col = _mark(key_node)
            if key in first_seen:
                self.doc._report(
                    "yaml-duplicate-key",
                    line,
                    col,
                    f"sleutel '{short(key)}' komt dubbel voor (eerder op regel {first_seen[key]}); "
                    "YAML houdt stilzwijgend alleen de laatste",
                )
            else:
                first_seen[key] = line
                self.positions[(*loc, key)] = (line, col)
            self.walk(value_node, (*loc, key), depth + 1)

    def _fatal(self, node: yaml.Node, rule: str, message: str) -> None:
        line, col = _mark(node)
        self.doc._report(rule, line, col, message)
        self.fatal = True


_TYPE_NAMES = {
    _TAG + "int": "geheel getal",
    _TAG + "float": "getal",
    _TAG + "bool": "waarheidswaarde (true of false)",
    _TAG + "null": "lege waarde (null)",
}


def scalar_problem(loader: Any, node: yaml.ScalarNode) -> str | None:
    """Why PyYAML cannot (or should not) construct this typed scalar, in Dutch; else None.

    A tag names the type (``!!int zeven``), and so does plain text that looks like a number;
    PyYAML raises on what does not fit and converts numbers of any length, slowly.
    """
    tag = node.tag
    if tag not in _TYPE_NAMES:
        return None
    value = node.value
    shown = short(value)
    if tag in (_TAG + "int", _TAG + "float") and len(value) > MAX_NUMBER_CHARS:
        return f"getal van {len(value)} tekens is te lang (hoogstens {MAX_NUMBER_CHARS})"
    try:
        loader.yaml_constructors[tag](loader, node)
    except (ValueError, KeyError, TypeError, OverflowError, yaml.YAMLError):
        return f"'{shown}' is geen {_TYPE_NAMES[tag]}"
    return None


class _NotClean(Exception):
    """The fast path met something the exact path must judge."""


_AMBIGUOUS_FIRST = frozenset("yYnNoO+-0123456789")


class _Builder:
    """The fast path's one walk: the _Walker's checks and PyYAML's construction together.

    It gives up (``_NotClean``) wherever the walker would stop the file, near the depth limit
    and at any node PyYAML would construct differently; otherwise it notes what the walker
    notes (duplicate keys, ambiguous scalars), in the same order, and returns what
    ``construct_document`` returns. Paths are nested pairs, flattened only when needed.
    """

    def __init__(self, doc: Document, loader: Any) -> None:
        self.name = doc.name
        self.loader = loader
        self.constructors = loader.yaml_constructors
        self.findings: list[tuple[str, Finding]] = []
        self.ambiguous: list[Ambiguous] = []
        # An alias needs a '*' in the text; without one no node can be seen twice.
        self.seen: set[int] | None = set() if "*" in doc.text else None

    def build(self, node: Any, depth: int, loc: Any) -> Any:
        if self.seen is not None:
            if id(node) in self.seen:
                raise _NotClean
            self.seen.add(id(node))
        if depth >= MAX_DEPTH:
            raise _NotClean
        tag = node.tag
        kind = node.__class__
        if kind is yaml.ScalarNode:
            if tag == _STR:
                value = node.value
                if not node.style and value[:1] in _AMBIGUOUS_FIRST and _AMBIGUOUS.match(value):
                    line, col = _mark(node)
                    self.ambiguous.append(Ambiguous(line, col, value, _flat(loc)))
                return _intern(value) if len(value) <= 32 else value
            if tag not in _SAFE_TAGS or tag in (_SEQ, _MAP) or scalar_problem(self.loader, node):
                raise _NotClean
            return self.constructors[tag](self.loader, node)
        if kind is yaml.MappingNode:
            if tag != _MAP:
                raise _NotClean
            return self._mapping(node, depth, loc)
        if tag != _SEQ:
            raise _NotClean
        return [self.build(item, depth + 1, (loc, i)) for i, item in enumerate(node.value)]

    def _mapping(self, node: Any, depth: int, loc: Any) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode or key_node.tag != _STR:
                raise _NotClean
            key = _intern(key_node.value)
            if key in data:
                self._duplicate(node, key_node)
            data[key] = self.build(value_node, depth + 1, (loc, key))
        return data

    def _duplicate(self, node: Any, key_node: Any) -> None:
        key = key_node.value
        first = next(k for k, _ in node.value if k.value == key)
        line, col = _mark(key_node)
        message = (
            f"sleutel '{short(key)}' komt dubbel voor (eerder op regel {_mark(first)[0]}); "
            "YAML houdt stilzwijgend alleen de laatste"
        )
        self.findings.append(("yaml-duplicate-key", Finding(self.name, line, col, message)))


def _flat(loc: Any) -> Loc:
    parts: list[str | int] = []
    while loc is not None:
        loc, part = loc
        parts.append(part)
    return tuple(reversed(parts))


def _positions(text: str) -> dict[Loc, tuple[int, int]]:
    """The _Walker's positions for ``text`` (only asked for files that loaded)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError:
        return {}
    finally:
        loader.dispose()
    walker = _Walker(Document(path=Path(), name="", text=text), loader)
    if node is not None:
        walker.walk(node, (), 0)
    return walker.positions


def short(text: str, limit: int = 40) -> str:
    """A key or value as messages quote it: at most ``limit`` characters."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1
