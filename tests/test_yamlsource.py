from __future__ import annotations

from pathlib import Path

import pytest

from jihadprog.yamlsource import read_document


def load(tmp_path: Path, text: str | bytes):
    path = tmp_path / "x.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return read_document(path, "x.yaml")


def rules_of(doc) -> list[str]:
    return [rule for rule, _ in doc.findings]


def test_positions_are_one_based_for_keys_and_items(tmp_path: Path) -> None:
    doc = load(tmp_path, "nummer: 1\nacties:\n  - letter: a\n    tekst: x\n  - letter: b\n")
    assert doc.positions[("nummer",)] == (1, 1)
    assert doc.positions[("acties", 1)] == (5, 5)
    assert doc.positions[("acties", 0, "tekst")] == (4, 5)
    assert doc.at(("acties", 1, "ontbreekt")) == (5, 5)


def test_duplicate_key_reported_at_second_occurrence(tmp_path: Path) -> None:
    doc = load(tmp_path, "a: 1\nb:\n  c: 1\n  c: 2\n")
    ((rule, finding),) = doc.findings
    assert rule == "yaml-duplicate-key"
    assert (finding.line, finding.col) == (4, 3)
    assert "eerder op regel 3" in finding.message


@pytest.mark.parametrize(
    ("text", "value"),
    [("a: no\n", "no"), ("a: on\n", "on"), ("a: 010\n", "010"), ("a: 2015-04-07\n", "2015-04-07")],
)
def test_yaml11_surprises_stay_text_and_are_noted(tmp_path: Path, text: str, value: str) -> None:
    doc = load(tmp_path, text)
    assert doc.data == {"a": value}
    assert [(a.value, a.loc) for a in doc.ambiguous] == [(value, ("a",))]


def test_impossible_date_is_plain_text_not_a_crash(tmp_path: Path) -> None:
    doc = load(tmp_path, "datum: 2015-13-01\n")
    assert doc.data == {"datum": "2015-13-01"}


def test_true_false_and_decimal_ints_still_typed(tmp_path: Path) -> None:
    doc = load(tmp_path, "a: true\nb: 12\nc: 0\n")
    assert doc.data == {"a": True, "b": 12, "c": 0}


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    doc = load(tmp_path, "\n".join(lines) + "\n")
    assert rules_of(doc) == ["yaml-alias"]
    assert doc.data is None


def test_python_tag_is_refused_without_constructing(tmp_path: Path) -> None:
    marker = tmp_path / "uitgevoerd"
    doc = load(tmp_path, f"a: !!python/object/apply:os.system ['touch {marker}']\n")
    assert rules_of(doc) == ["yaml-tag"]
    assert not marker.exists()


def test_syntax_error_has_position_and_dutch_message(tmp_path: Path) -> None:
    doc = load(tmp_path, "a: 1\nb: [2\n")
    ((rule, finding),) = doc.findings
    assert rule == "yaml-syntax"
    assert finding.line == 3
    assert finding.message.startswith("ongeldige YAML: lijst tussen [ ] niet gesloten")


def test_binary_and_bad_utf8_and_bom(tmp_path: Path) -> None:
    assert rules_of(load(tmp_path, b"a: 1\n\x00\x01")) == ["file-encoding"]
    bad = load(tmp_path, "a: 1\nb: é\n".encode("latin-1"))
    assert rules_of(bad) == ["file-encoding"]
    assert bad.findings[0][1].line == 2
    bom = load(tmp_path, "\ufeffa: 1\n".encode())
    assert bom.bom and bom.data == {"a": 1}


def test_empty_and_comment_only_files(tmp_path: Path) -> None:
    assert rules_of(load(tmp_path, "")) == ["file-empty"]
    assert rules_of(load(tmp_path, "# alleen commentaar\n")) == ["file-empty"]


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    doc = load(tmp_path, "a: " + "[" * 60 + "]" * 60 + "\n")
    assert rules_of(doc) == ["yaml-syntax"]


def test_directory_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "map.yaml").mkdir()
    assert rules_of(read_document(tmp_path / "map.yaml")) == ["file-unreadable"]
    assert rules_of(read_document(tmp_path / "weg.yaml")) == ["file-unreadable"]


_SNIPPETS = [
    "a: 1\nb: [1, 2.5, .inf, ~, null, true, False, 1_000, +5, -0, '', x]\n",
    "a:\n  b: 1\n  b:\n    c: [1, {d: 2}]\n  e: 3\n",
    "- a\n- - b\n  - {c: d}\n",
    "a: !!int '12'\nb: !!float 1\nc: !!str 12\nd: !!bool 'true'\n",
    "a: |\n  regel\n  twee\nb: >-\n  gevouwen\n  tekst\n",
    "a: no\nb: [on, 010, 2015-04-07, 1:20]\nc: {d: [x, yes]}\n",
    "a: &x 1\nb: *x\n",
    "a: 'x*y'\nb: 1\nb: 2\n",
    "1: a\n",
    "<<: {a: 1}\n",
    "a: !!str [1]\n",
    "a: !!python/name:os.system\n",
    "a: " + "[" * 45 + "]" * 45 + "\n",
    "a: " + "[" * 39 + "]" * 39 + "\n",
    "~\n",
    "# alleen commentaar\n",
    "a: [1\n",
    "---\na: 1\n---\nb: 2\n",
]


@pytest.mark.parametrize("text", _SNIPPETS)
def test_fast_path_agrees_with_exact_path(text: str) -> None:
    """The one-walk fast path must give what the walker plus PyYAML's constructor give."""
    from jihadprog.yamlsource import Document, _parse, _parse_exact

    fast, exact = Document(Path("x"), "x", text), Document(Path("x"), "x", text)
    _parse(fast)
    _parse_exact(exact)
    assert repr(fast.data) == repr(exact.data)
    assert fast.findings == exact.findings
    assert fast.ambiguous == exact.ambiguous
    assert fast.positions == exact.positions


def test_fast_path_agrees_on_every_shipped_file() -> None:
    from jihadprog.yamlsource import Document, _parse, _parse_exact
    from tests.conftest import REPO

    for path in sorted(REPO.glob("*.yaml")) + sorted(REPO.glob("maatregelen/*.yaml")):
        text = path.read_text(encoding="utf-8")
        fast, exact = Document(path, path.name, text), Document(path, path.name, text)
        _parse(fast)
        _parse_exact(exact)
        assert (fast.data, fast.findings, fast.ambiguous) == (
            exact.data,
            exact.findings,
            exact.ambiguous,
        ), path
        assert fast.positions == exact.positions, path


@pytest.mark.parametrize("text", ["a: !!str [1]\n", "a: !!map [1]\n"])
def test_tag_that_does_not_fit_its_node_is_a_syntax_finding(tmp_path: Path, text: str) -> None:
    doc = load(tmp_path, text)
    assert rules_of(doc) == ["yaml-syntax"]
    assert doc.data is None


def test_positions_of_a_duplicate_key_follow_the_value_that_is_kept(tmp_path: Path) -> None:
    doc = load(tmp_path, "a:\n  b: 1\na:\n  c: 2\n")
    assert doc.data == {"a": {"c": 2}}
    assert doc.positions[("a",)] == (1, 1)
    assert doc.positions[("a", "c")] == (4, 3)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # flow and block nesting at depths where libyaml (0.2.5+) stops itself and below that
        ("a: " + "[" * 100_000 + "\n", 1),
        ("a: " + "{b: " * 2_000 + "\n", 1),
        ("a:\n" + "- " * 1_500 + "x\n", 2),
        ("a: " + "[" * 500 + "\n", 1),
    ],
    ids=["flow-100000", "flow-mapping-2000", "block-1500", "flow-500"],
)
def test_very_deep_nesting_is_one_dutch_finding_at_its_line(
    tmp_path: Path, text: str, line: int | None
) -> None:
    # 100 000 levels used to overflow the C stack in the composer (a segfault); PyYAML 6.0.4's
    # libyaml stops at 1 000 levels with an English message of its own.
    doc = load(tmp_path, text)
    ((rule, finding),) = doc.findings
    assert rule == "yaml-syntax"
    assert finding.message.startswith("ongeldige YAML: dieper genest dan")
    assert finding.line is not None
    if line is not None:
        assert finding.line == line


def test_too_many_values_are_refused_quickly(tmp_path: Path) -> None:
    doc = load(tmp_path, "a: [" + "1," * 300_000 + "]\n")
    assert rules_of(doc) == ["yaml-syntax"]
    assert "meer dan 50.000 waarden" in doc.findings[0][1].message


def test_unreadable_file_has_a_dutch_reason(tmp_path: Path, monkeypatch) -> None:
    import errno

    path = tmp_path / "x.yaml"
    path.write_text("a: 1\n")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    ((rule, finding),) = read_document(path, "x.yaml").findings
    assert (rule, finding.message) == (
        "file-unreadable",
        "kan niet worden gelezen: geen toegang (rechten)",
    )
