from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from jihadprog.corpus import load_corpus
from jihadprog.output.measures import as_record, stream_json
from jihadprog.quarters import Kwartaal
from jihadprog.status import Statusbepaling
from jihadprog.vocab import Status
from tests.conftest import GOOD, REPO


@pytest.mark.parametrize("root", [REPO, GOOD], ids=["shipped", "good"])
def test_streamed_json_is_json_dumps_of_the_records(root: Path) -> None:
    statuses = [
        Statusbepaling(s, i % 2 == 1, Kwartaal(2015, 1) if i % 3 else None)
        for i, s in enumerate(Status)
    ]
    measures = load_corpus(root).sorted_maatregelen()
    rows = [(m, statuses[i % len(statuses)]) for i, m in enumerate(measures)]
    for part in (rows, rows[:1], []):
        records = [as_record(m, s) for m, s in part]
        buffer = io.StringIO()
        stream_json(part, buffer)
        assert buffer.getvalue() == json.dumps(records, ensure_ascii=False, indent=2) + "\n"
