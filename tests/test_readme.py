"""Every console example in README.md runs against the shipped corpus and prints what it shows.

A ```console block holds commands (lines starting with ``$ ``) each followed by its output.
The commands of one block run in order, in one scratch copy of the shipped corpus, with the
installed ``jihadprog`` first on the PATH, as a user would type them after ``make report``.
``pytest --update-snapshots`` rewrites the shown output from what the commands print now.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

README = REPO / "README.md"
CONSOLE = re.compile(r"^```console\n(.*?)^```\n", re.DOTALL | re.MULTILINE)
CORPUS_FILES = ("maatregelen", "schemas", "begrippen.yaml", "organisaties.yaml")
CORPUS_FILES += ("programma.yaml", "rapportages.yaml")


@dataclass(frozen=True)
class Step:
    """One ``$ command`` with the output the README shows for it."""

    command: str
    shown: str


def parse_block(body: str) -> list[Step]:
    """The steps of one console block."""
    steps: list[Step] = []
    command: str | None = None
    shown: list[str] = []
    for line in body.splitlines(keepends=True):
        if line.startswith("$ "):
            if command is not None:
                steps.append(Step(command, "".join(shown)))
            command, shown = line[2:].rstrip("\n"), []
        elif command is not None:
            shown.append(line)
    if command is not None:
        steps.append(Step(command, "".join(shown)))
    return steps


def render_block(steps: list[Step]) -> str:
    """A console block body from its steps."""
    return "".join(f"$ {step.command}\n{step.shown}" for step in steps)


def scratch_corpus(target: Path) -> Path:
    """A copy of the shipped corpus: examples may write files, the checkout stays untouched."""
    target.mkdir()
    for name in CORPUS_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copyfile(source, target / name)
    return target


def run_step(command: str, cwd: Path) -> str:
    """What ``command`` prints (stdout and stderr, as on a terminal without colour)."""
    env = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(cwd),
        "LANG": "C.UTF-8",
        "NO_COLOR": "1",
        "COLUMNS": "100",
        "TERM": "dumb",
    }
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        check=False,
    )
    return done.stdout


def console_blocks(text: str) -> list[re.Match[str]]:
    """The console blocks of the README, in order."""
    return list(CONSOLE.finditer(text))


BLOCKS = [
    (text.count("\n", 0, match.start()) + 1, match.group(1))
    for text in [README.read_text(encoding="utf-8")]
    for match in console_blocks(text)
]


def test_readme_has_console_examples() -> None:
    assert len(BLOCKS) >= 5
    assert all(parse_block(body) for _, body in BLOCKS), "a console block without '$ ' command"


@pytest.mark.parametrize(
    ("index", "line", "body"),
    [(index, line, body) for index, (line, body) in enumerate(BLOCKS)],
    ids=[f"README.md:{line}" for line, _ in BLOCKS],
)
def test_console_example_prints_what_it_shows(
    index: int, line: int, body: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    cwd = scratch_corpus(tmp_path / "corpus")
    steps = parse_block(body)
    actual = [Step(step.command, run_step(step.command, cwd)) for step in steps]
    if request.config.getoption("--update-snapshots"):
        text = README.read_text(encoding="utf-8")
        span = console_blocks(text)[index].span(1)
        README.write_text(text[: span[0]] + render_block(actual) + text[span[1] :], "utf-8")
        return
    for step, got in zip(steps, actual, strict=True):
        assert got.shown == step.shown, (
            f"README.md:{line}: '$ {step.command}' prints something else than the README shows; "
            "check the change and run pytest tests/test_readme.py --update-snapshots"
        )
