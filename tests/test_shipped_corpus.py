"""The shipped corpus is the programme: complete, faithful and lint-clean."""

from __future__ import annotations

import re

from jihadprog.corpus import load_corpus
from jihadprog.problems import Level
from tests.conftest import REPO, lint_dir

SOURCE = REPO.parent / "shared" / "bronnen" / "001_43c3fb31b5d3c3b6.txt"


def test_shipped_corpus_lints_clean_in_strict_mode() -> None:
    problems = lint_dir(REPO, strict=True)
    assert [p for p in problems if p.level > Level.INFO] == []
    # glossary terms the programme defines but never uses in its measures (faithful to source)
    assert {p.message.split("'")[1] for p in problems if p.rule == "glossary-unused"} <= {
        "al Qa’ida",
        "Eerstelijnwerkers",
        "ISIS",
    }


def test_all_measures_actions_and_sub_items() -> None:
    corpus = load_corpus(REPO)
    measures = corpus.sorted_maatregelen()
    assert [m.nummer for m in measures] == list(range(1, 39))
    letters = {m.nummer: "".join(a.letter for a in m.acties) for m in measures}
    assert letters[20] == "abcdefg"
    assert letters[29] == "abcdefgh"
    assert letters[35] == "abcde"
    # 102 lettered lines in the source, minus the three objectives a/b/c of group 3
    assert sum(len(m.acties) for m in measures) == 99
    subs = {
        f"{m.nummer}{a.letter}": len(a.subacties) for m in measures for a in m.acties if a.subacties
    }
    assert subs == {"21b": 3, "27b": 4, "34a": 3, "37a": 3, "37b": 2}


def test_groups_markers_and_footnotes() -> None:
    corpus = load_corpus(REPO)
    measures = corpus.sorted_maatregelen()
    groups = {g: [m.nummer for m in measures if m.groep == g] for g in range(1, 6)}
    assert groups[2] == [14, 15, 16, 17] and groups[4] == [29]
    assert {m.nummer for m in measures if m.markering is None} == {28, 30, 31}
    source_markers = [
        m.markering for m in measures if m.markering_herkomst and m.markering_herkomst.in_brontekst
    ]
    assert source_markers.count("B") == 4
    notes = sorted(
        [n.nummer for m in measures for n in m.voetnoten]
        + [n.nummer for m in measures for a in m.acties for n in a.voetnoten]
    )
    assert notes == [1, 2, 3, 4]
    assert corpus.begrippen is not None and corpus.begrippen.model.voetnoot.nummer == 5


def test_glossary_has_every_source_term() -> None:
    corpus = load_corpus(REPO)
    assert corpus.begrippen is not None
    terms = corpus.begrippen.model.begrippen
    assert len([b for b in terms if not b.aanvulling]) == 49
    # additions: abbreviations the programme text uses (BZK, EU, VS) and those of the progress
    # texts, so that the report's annex explains every abbreviation it prints
    assert {b.term for b in terms if b.aanvulling} == {
        *("BZK", "EU", "VS", "AEF", "CMO", "DTN", "GCTF", "ISD", "LSGBO", "OPS", "Pi-NL"),
        *("SLTD", "SMN", "SP", "TA"),
    }


def test_no_pdf_debris_in_texts() -> None:
    from jihadprog.rules.common import measure_texts

    corpus = load_corpus(REPO)
    for m in corpus.sorted_maatregelen():
        for _, text in measure_texts(m):
            assert "\t" not in text and "�" not in text and "  " not in text, (m.nummer, text)
            assert not re.search(r"\(\s*[BVN]\s*\)", text), (m.nummer, text)
