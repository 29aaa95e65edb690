"""Every rule has a good fixture (the shared good corpus) and a bad one under fixtures/bad/<id>/."""

from __future__ import annotations

from pathlib import Path

import pytest

from jihadprog.rules import RULES
from tests.conftest import BAD, GOOD, build_corpus, fixture_quarter, lint_dir

BAD_CASES = sorted(p.name for p in BAD.iterdir() if p.is_dir())
GENERATED_IN_TESTS = {"file-size"}  # a 1 MiB+ file is made by the test, not committed


def test_good_corpus_has_no_problems() -> None:
    assert lint_dir(GOOD) == []


@pytest.mark.parametrize("rule_id", BAD_CASES)
def test_bad_fixture_triggers_its_rule(rule_id: str, tmp_path: Path) -> None:
    root = build_corpus(tmp_path / "corpus", BAD / rule_id)
    problems = lint_dir(root, fixture_quarter(BAD / rule_id))
    fired = [p for p in problems if p.rule == rule_id]
    assert fired, f"{rule_id} did not fire; got {[(p.rule, p.message) for p in problems]}"
    for problem in fired:
        assert problem.file and problem.message


@pytest.mark.parametrize("rule_id", BAD_CASES)
def test_bad_fixture_is_silenced_when_rule_disabled(rule_id: str, tmp_path: Path) -> None:
    root = build_corpus(tmp_path / "corpus", BAD / rule_id)
    problems = lint_dir(root, fixture_quarter(BAD / rule_id), disabled=frozenset({rule_id}))
    assert all(p.rule != rule_id for p in problems)


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
