"""The lint's surroundings: README rule table, `regels`, the pre-commit hook and the CI workflow."""

from __future__ import annotations

import re

import pytest
import yaml

from jihadprog.cli import app, run_app
from jihadprog.output.ruletable import BEGIN, END, markdown_table, replace_block
from jihadprog.rules import RULES
from tests.conftest import REPO


def test_readme_rule_table_is_current() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert BEGIN in readme and END in readme
    assert replace_block(readme, markdown_table()) == readme, "run 'make readme' and commit"


def test_markdown_table_lists_every_rule_once() -> None:
    rows = [line for line in markdown_table().splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == list(RULES)


def test_regels_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_app(app, ["regels", "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert "| `schema` | fout | De inhoud voldoet aan het schema" in out
    assert "| `yaml-tabs` | waarschuwing | Geen tab-tekens in corpusbestanden. |" in out
    assert len([line for line in out.splitlines() if line.startswith("| `")]) == len(RULES)
    assert run_app(app, ["regels", "--format", "html"]) == 2
    assert "onbekend formaat 'html'" in capsys.readouterr().err


def test_replace_block_needs_markers() -> None:
    assert replace_block(f"a\n{BEGIN}\noud\n{END}\nb", "nieuw\n") == f"a\n{BEGIN}\nnieuw\n{END}\nb"
    with pytest.raises(ValueError):
        replace_block("geen markers", "x")


def test_pre_commit_hook() -> None:
    hook, _ = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "jihadprog-lint"
    assert hook["entry"] == "jihadprog lint --strict"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    for path in (
        "maatregelen/04-x.yaml",
        "maatregelen/notities.txt",
        "begrippen.yaml",
        "corpus/programma.yml",
        "jihadprog.toml",
    ):
        assert files.search(path), path
    for path in ("README.md", "src/jihadprog/cli/app.py", "schemas/maatregel.schema.json"):
        assert not files.search(path), path


def test_pre_commit_fmt_hook_formats_the_corpus_files_it_is_given() -> None:
    _, hook = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "jihadprog-fmt"
    assert hook["entry"] == "jihadprog fmt"
    assert hook["language"] == "python" and hook.get("pass_filenames", True) is True
    files = re.compile(hook["files"])
    for path in ("maatregelen/04-x.yaml", "begrippen.yaml", "corpus/programma.yml"):
        assert files.search(path), path
    for path in (
        "maatregelen/notities.txt",
        "jihadprog.toml",
        "README.md",
        "x/maatregelen/a/b.yaml",
    ):
        assert not files.search(path), path


def test_readme_pre_commit_example_names_a_rev_that_carries_the_hooks() -> None:
    import shutil
    import subprocess

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- pre-commit:begin -->", 1)[1].split("<!-- pre-commit:end -->", 1)[0]
    config = yaml.safe_load(block.split("```yaml", 1)[1].split("```", 1)[0])
    (repo,) = config["repos"]
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    shown = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{repo['rev']}:.pre-commit-hooks.yaml"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 0, f"rev {repo['rev']} does not exist or has no hooks file"
    offered = {hook["id"] for hook in yaml.safe_load(shown.stdout)}
    assert {hook["id"] for hook in repo["hooks"]} <= offered


def test_ci_workflow_lints_and_tests_pull_requests() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1: the key 'on' reads as a boolean
    assert "pull_request" in triggers
    runs = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert "make check" in runs and "make test" in runs
    assert any("jihadprog lint --strict --format github" in run for run in runs)


def test_ci_workflow_pins_actions_and_covers_pythons_and_the_wheel() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    uses = [
        step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step
    ]
    assert uses and all(re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", use) for use in uses), uses
    assert workflow["jobs"]["check"]["strategy"]["matrix"]["python-version"] == [
        "3.11",
        "3.12",
        "3.13",
    ]
    runs = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert any("make smoke-wheel" in run for run in runs)
