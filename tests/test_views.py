from __future__ import annotations

import json
from pathlib import Path

import pytest

from jihadprog.corpus import load_corpus
from jihadprog.views import as_record, to_json
from tests.conftest import GOOD, REPO


@pytest.mark.parametrize("root", [REPO, GOOD], ids=["shipped", "good"])
def test_streamed_json_is_json_dumps_of_the_records(root: Path) -> None:
    measures = load_corpus(root).sorted_maatregelen()
    expected = json.dumps([as_record(m) for m in measures], ensure_ascii=False, indent=2) + "\n"
    assert to_json(measures) == expected
    assert (
        to_json(measures[:1])
        == json.dumps([as_record(measures[0])], ensure_ascii=False, indent=2) + "\n"
    )
    assert to_json([]) == "[]\n"
