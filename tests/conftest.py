from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from jihadprog.corpus import load_corpus
from jihadprog.lintcontext import LintContext
from jihadprog.linter import LintConfig, lint
from jihadprog.problems import Problem
from jihadprog.quarters import Kwartaal

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "good"
BAD = FIXTURES / "bad"
REPO = Path(__file__).parent.parent
TODAY = dt.date(2026, 11, 23)


def build_corpus(target: Path, overlay: Path | None = None) -> Path:
    """Copy the good fixture corpus to ``target`` and lay ``overlay`` (a bad fixture) over it.

    Files whose name starts with '_' steer the test and are not copied: ``_verwijder`` lists
    files to delete, ``_kwartaal`` the quarter to lint with, ``_verwacht`` expected output.
    """
    shutil.copytree(GOOD, target)
    if overlay is not None:
        removals = overlay / "_verwijder"
        if removals.exists():
            for rel in removals.read_text().split():
                (target / rel).unlink()
        for path in overlay.rglob("*"):
            if path.is_file() and not path.name.startswith("_"):
                destination = target / path.relative_to(overlay)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, destination)
    return target


def lint_dir(root: Path, kwartaal: Kwartaal | None = None, **config: object) -> list[Problem]:
    context = LintContext(load_corpus(root), TODAY, kwartaal)
    return lint(context, LintConfig(**config))  # type: ignore[arg-type]


def fixture_quarter(overlay: Path) -> Kwartaal | None:
    """The quarter a bad fixture is linted for (its ``_kwartaal`` file), if any."""
    path = overlay / "_kwartaal"
    return Kwartaal.parse(path.read_text()) if path.exists() else None


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A writable copy of the good fixture corpus."""
    return build_corpus(tmp_path / "corpus")


@pytest.fixture
def edit(corpus_dir: Path) -> Callable[[str, str, str], Path]:
    """Replace text in a file of the writable corpus copy."""

    def replace(rel: str, old: str, new: str) -> Path:
        path = corpus_dir / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return corpus_dir

    return replace


SNAPSHOTS = Path(__file__).parent / "snapshots"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-snapshots",
        action="store_true",
        default=False,
        help="Rewrite tests/snapshots/ from the current output instead of comparing.",
    )


@pytest.fixture
def snapshot(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/snapshots/<name>; with --update-snapshots, rewrite it instead."""
    update = bool(request.config.getoption("--update-snapshots"))

    def check(name: str, text: str) -> None:
        path = SNAPSHOTS / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        assert path.exists(), f"snapshot {name} ontbreekt; draai pytest --update-snapshots"
        assert text == path.read_text(encoding="utf-8"), (
            f"{name} wijkt af van de snapshot; bekijk het verschil en draai zo nodig "
            "pytest --update-snapshots"
        )

    return check
