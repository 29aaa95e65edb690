"""Every rule has a good fixture (the shared good corpus) and a bad one under fixtures/bad/<id>/."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from jihadprog.output.problems import write_text
from jihadprog.problems import Level, Problem
from jihadprog.rules import RULES
from jihadprog.rules.loading import LOADING_IDS
from tests.conftest import BAD, GOOD, build_corpus, fixture_quarter, lint_dir

BAD_CASES = sorted(p.name for p in BAD.iterdir() if p.is_dir())
GENERATED_IN_TESTS = {"file-size"}  # a 1 MiB+ file is made by the test, not committed


def test_good_corpus_has_no_problems() -> None:
    assert lint_dir(GOOD) == []


def _lines(problems: list[Problem]) -> str:
    """The findings as the text format prints them, one per line."""
    buffer = io.StringIO()
    write_text(problems, buffer, color=False)
    return buffer.getvalue()


@pytest.mark.parametrize("rule_id", BAD_CASES)
def test_bad_fixture_gives_exactly_its_findings(
    rule_id: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The fixture's _verwacht holds every line the lint prints: a finding that moves, multiplies
    or appears under another rule fails. ``--update-snapshots`` rewrites it (review the diff)."""
    root = build_corpus(tmp_path / "corpus", BAD / rule_id)
    problems = lint_dir(root, fixture_quarter(BAD / rule_id))
    expected = BAD / rule_id / "_verwacht"
    if request.config.getoption("--update-snapshots"):
        expected.write_text(_lines(problems), encoding="utf-8")
    assert any(p.rule == rule_id for p in problems), f"{rule_id} did not fire"
    assert _lines(problems) == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("rule_id", sorted(set(BAD_CASES) - LOADING_IDS))
def test_bad_fixture_is_silenced_when_rule_disabled(rule_id: str, tmp_path: Path) -> None:
    root = build_corpus(tmp_path / "corpus", BAD / rule_id)
    problems = lint_dir(root, fixture_quarter(BAD / rule_id), disabled=frozenset({rule_id}))
    assert all(p.rule != rule_id for p in problems)


@pytest.mark.parametrize("rule_id", sorted(set(BAD_CASES) & LOADING_IDS))
def test_loading_verdict_cannot_be_silenced(rule_id: str, tmp_path: Path) -> None:
    """A file that did not load is missing from every command; nothing may hide that."""
    root = build_corpus(tmp_path / "corpus", BAD / rule_id)
    quarter = fixture_quarter(BAD / rule_id)
    plain = lint_dir(root, quarter)
    silenced = lint_dir(root, quarter, disabled=frozenset({rule_id}), levels={rule_id: Level.INFO})
    assert silenced == plain
    assert any(p.rule == rule_id and p.level is Level.ERROR for p in silenced)


def test_every_rule_has_a_bad_fixture() -> None:
    missing = set(RULES) - set(BAD_CASES) - GENERATED_IN_TESTS
    assert not missing, f"rules without a bad fixture: {sorted(missing)}"


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    root = build_corpus(tmp_path / "corpus")
    big = root / "maatregelen" / "05-groot.yaml"
    big.write_text("titel: " + "x" * 1_100_000 + "\n")
    problems = [p for p in lint_dir(root) if p.rule == "file-size"]
    assert [p.file for p in problems] == ["maatregelen/05-groot.yaml"]
    assert "te groot" in problems[0].message


def test_glossary_terms_match_inflected_bracketed_and_split(corpus_dir: Path, edit) -> None:
    lijst = "begrippen.yaml"
    edit(
        lijst,
        "  - term: BZK\n",
        "  - term: (Mondiaal) kalifaat\n    omschrijving: Test.\n"
        "  - term: Tegoeden en signalering\n    omschrijving: Test.\n"
        "  - term: Opsporingsregister\n    omschrijving: Test.\n"
        "  - term: BZK\n",
    )
    unused = [p.message for p in lint_dir(corpus_dir) if p.rule == "glossary-unused"]
    assert unused == [
        "begrip '(Mondiaal) kalifaat' komt in geen enkele maatregel-, voortgangs- of programmatekst voor",
        "begrip 'Tegoeden en signalering' komt in geen enkele maatregel-, voortgangs- of programmatekst voor",
    ]
    edit("programma.yaml", "inleiding:\n", "inleiding:\n  - Het kalifaat en de tegoeden.\n")
    assert [p.rule for p in lint_dir(corpus_dir)] == []


@pytest.mark.parametrize(
    "twin",
    ["NC\u200bTV", "nctv", "N\u200dCTV", "NCTV\u2060"],
)
def test_glossary_terms_that_read_the_same_are_duplicates(
    corpus_dir: Path, edit, twin: str
) -> None:
    edit(
        "begrippen.yaml",
        "  - term: NCTV\n",
        f'  - term: "{twin}"\n    omschrijving: Dubbel.\n  - term: NCTV\n',
    )
    found = [p.message for p in lint_dir(corpus_dir) if p.rule == "registry-unique"]
    assert found == ["'NCTV' staat al in de begrippenlijst"], found


def test_glossary_terms_in_other_normal_forms_are_duplicates(corpus_dir: Path, edit) -> None:
    nfc, nfd = "Caf\u00e9", "Cafe\u0301"
    edit(
        "begrippen.yaml",
        "  - term: NCTV\n",
        f"  - term: {nfc}\n    omschrijving: Een.\n  - term: {nfd}\n    omschrijving: Twee.\n"
        "  - term: NCTV\n",
    )
    found = [p.message for p in lint_dir(corpus_dir) if p.rule == "registry-unique"]
    assert found == [f"'{nfd}' staat al in de begrippenlijst"]


def test_bill_on_an_action_the_measure_lacks(corpus_dir: Path, edit) -> None:
    edit(
        "maatregelen/04-signalering-sis.yaml",
        "voortgang: []\n",
        "wetgeving:\n  - id: x\n    titel: Wet X.\n    actie: z\nvoortgang: []\n",
    )
    found = [(p.line, p.message) for p in lint_dir(corpus_dir) if p.rule == "reference-exists"]
    assert found == [(32, "wetsvoorstel 'x' hoort bij actie 4z, die niet bestaat")]


def test_a_loading_finding_under_an_unregistered_rule_is_a_bug(tmp_path: Path) -> None:
    from jihadprog.corpus import load_corpus
    from jihadprog.lintcontext import LintContext
    from jihadprog.linter import lint
    from jihadprog.problems import Finding

    corpus = load_corpus(build_corpus(tmp_path / "corpus"))
    corpus.findings.append(("yaml-nieuw", Finding("programma.yaml", 1, 1, "x")))
    with pytest.raises(RuntimeError, match="yaml-nieuw"):
        lint(LintContext(corpus, dt.date(2026, 11, 23)))
