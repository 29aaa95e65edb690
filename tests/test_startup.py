"""Start-up stays light: a command imports what it needs and nothing heavier (issue 7)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import GOOD

_PROBE = """
import sys
from jihadprog.cli import main
sys.argv = ["jihadprog", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\n".join(sorted(sys.modules)))
"""


def imported_by(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True
    )
    return set(done.stderr.split())


def test_help_imports_neither_pydantic_nor_yaml() -> None:
    modules = imported_by("--help")
    assert "jihadprog.cli" in modules
    assert not {"pydantic", "yaml", "jinja2", "jihadprog.models", "jihadprog.corpus"} & modules


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_lint_imports_no_rendering_code(fmt: str) -> None:
    modules = imported_by("lint", "--strict", "--format", fmt, "--corpus", str(GOOD))
    assert "jihadprog.linter" in modules
    assert not {"jinja2", "markdown_it", "rich", "jihadprog.output.measures"} & modules
