from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tests.test_readme import scratch_corpus


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A writable copy of the shipped corpus (the checkout is never edited by a test)."""
    return scratch_corpus(tmp_path / "corpus")


def inserted_lines(before: str, after: str) -> list[str]:
    """The lines ``after`` adds to ``before``; fails if it changes or removes any other line.

    The one line that may change is an empty list, ``voortgang: []``, which becomes the key
    of the new entry.
    """
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    added: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            (line,) = old[i1:i2]
            assert line.strip() == "voortgang: []", line
            assert new[j1] == line.replace(" []", ""), new[j1]
        else:
            assert tag in ("equal", "insert"), f"{tag}: {old[i1:i2]}"
        if tag != "equal":
            added.extend(new[j1:j2])
    return added
