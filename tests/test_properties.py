"""Property tests: arbitrary Unicode in every kind of text field, through lint and every output.

Whatever a text holds (control characters, bidi marks, rich markup, TeX and Markdown syntax,
YAML-ish punctuation), lint and every output format finish without an exception, the text
arrives literally where the format carries data (JSON, CSV), hidden characters never reach a
terminal view raw, and LaTeX never receives it unescaped.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jihadprog.corpus import load_corpus
from jihadprog.history import diff
from jihadprog.lintcontext import LintContext
from jihadprog.linter import lint
from jihadprog.output import changes, measure, measures, problems
from jihadprog.quarters import Kwartaal
from jihadprog.report.build import build_report
from jihadprog.report.render import render
from jihadprog.status import measure_status
from jihadprog.visible import visible
from tests.conftest import build_corpus

M1 = "maatregelen/01-strafrechtelijk-onderzoek-uitreizigers.yaml"
TODAY = dt.date(2026, 11, 23)
RAW_HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
SYNTAX = st.sampled_from(
    [
        "[bold]",
        "[/x]",
        "\\input{/etc/passwd}",
        "$",
        "#",
        "%",
        "&",
        "_",
        "{",
        "}",
        "~",
        "^",
        "**",
        "|",
        "<b>",
        "`",
        "\x1b[2J",
        "\u202e",
        "\u200b",
        "\n",
        "- ",
        ": ",
        "&a",
        "*a",
        "!!int",
    ]
)
TEXT = st.lists(
    st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12), SYNTAX),
    min_size=1,
    max_size=8,
).map("".join)


def _corpus_with(root: Path, title: str, note: str, source: str, term: str) -> None:
    path = root / M1
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["titel"] = title
    data["voortgang"][0]["toelichting"] = note
    data["voortgang"][0]["bronnen"] = [source]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    glossary = root / "begrippen.yaml"
    lijst: Any = yaml.safe_load(glossary.read_text(encoding="utf-8"))
    lijst["begrippen"][0]["term"] = term
    glossary.write_text(yaml.safe_dump(lijst, allow_unicode=True), encoding="utf-8")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, note=TEXT, source=TEXT, term=TEXT)
def test_any_text_through_lint_and_every_output(
    title: str, note: str, source: str, term: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = build_corpus(Path(tmp) / "corpus")
        _corpus_with(root, title, note, source, term)
        corpus = load_corpus(root)
        found = lint(LintContext(corpus, TODAY))

        written = {}
        for name, write in problems.WRITERS.items():
            buffer = io.StringIO()
            write(found, buffer, False)
            written[name] = buffer.getvalue()
        assert not RAW_HIDDEN.search(written["text"] + written["github"])
        assert [p["message"] for p in json.loads(written["json"])] == [p.message for p in found]
        assert len(written["text"].splitlines()) == len(found) + 1, "a message forged a line"

        maatregel = corpus.maatregel(1)
        if maatregel is None:
            assert any(p.file == M1 and p.level.name == "ERROR" for p in found)
            return
        if maatregel.titel != title:  # YAML itself changed it (e.g. U+0085 is a line break)
            assert any(p.file == M1 and p.level.name == "ERROR" for p in found)
        title = maatregel.titel
        van, tot = Kwartaal(2014, 3), Kwartaal(2015, 1)
        views = {
            **{
                f"measures-{n}": (
                    w,
                    measures.Selection([(maatregel, measure_status(maatregel, tot))], str(tot)),
                )
                for n, w in measures.WRITERS.items()
            },
            **{
                f"measure-{n}": (w, measure.Shown(maatregel, corpus, None))
                for n, w in measure.WRITERS.items()
            },
            **{
                f"changes-{n}": (
                    w,
                    changes.Changes(van, tot, diff([maatregel], van, tot), [maatregel]),
                )
                for n, w in changes.WRITERS.items()
            },
        }
        out = {}
        for name, (write, data) in views.items():
            buffer = io.StringIO()
            write(data, buffer, False)  # type: ignore[operator]
            out[name] = buffer.getvalue()
        assert json.loads(out["measures-json"])[0]["titel"] == title
        (header, row) = list(csv.reader(io.StringIO(out["measures-csv"])))
        assert row[header.index("titel")] == visible(title, keep="\n")
        for name in (
            "measures-table",
            "measure-tekst",
            "measure-historie",
            "changes-table",
            "changes-md",
        ):
            assert not RAW_HIDDEN.search(out[name]), name
        if corpus.programma is None or corpus.rapportages is None:
            return
        rapport = build_report(corpus, Kwartaal(2015, 1), TODAY)
        render(rapport, "md")
        tex = render(rapport, "tex")
        assert "\\input{/etc/passwd}" not in tex
        assert "\x1b" not in tex
