"""YAML hygiene rules: tabs, line endings, BOM and YAML 1.1 surprises, with their positions."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import lint_dir

M4 = "maatregelen/04-signalering-sis.yaml"


def found(root: Path, rule: str) -> list[tuple[str, int, int, str]]:
    return [(p.file, p.line, p.col, p.message) for p in lint_dir(root) if p.rule == rule]


def test_tabs_reported_once_per_line_at_first_tab(corpus_dir: Path, edit) -> None:
    edit(M4, "titel: Optimalisering bestaande", 'titel: "Optimalisering\tbestaande\t')
    edit(M4, "signaleringsmiddelen.\n", 'signaleringsmiddelen."\n')
    assert found(corpus_dir, "yaml-tabs") == [(M4, 3, 23, "tab-teken; gebruik spaties")]


def test_crlf_reported_once_per_file(corpus_dir: Path) -> None:
    path = corpus_dir / M4
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    ((file, line, _, message),) = found(corpus_dir, "yaml-crlf")
    assert (file, line) == (M4, 1)
    assert message.startswith("regeleinde CRLF (Windows) op 29 regels")


def test_bom_is_read_but_reported(corpus_dir: Path) -> None:
    path = corpus_dir / M4
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    problems = lint_dir(corpus_dir)
    assert [(p.rule, p.file, p.line) for p in problems] == [("yaml-bom", M4, 1)]


def test_yaml11_booleans_and_numbers_are_flagged_with_their_reading(corpus_dir: Path, edit) -> None:
    edit(M4, "  toelichting: Testgegeven met lage zekerheid.", "  toelichting: Off")
    edit(M4, "actoren: [KMar, Politie, NCTV]", "actoren: [KMar, Politie, NCTV, 0777]")
    messages = {m for *_, m in found(corpus_dir, "yaml-ambiguous")}
    assert messages == {
        "'Off' lezen YAML 1.1-programma's als de waarde false; zet het tussen aanhalingstekens: \"Off\"",
        "'0777' lezen YAML 1.1-programma's als een getal; zet het tussen aanhalingstekens: \"0777\"",
    }


def test_plain_date_under_datum_is_fine_elsewhere_not(corpus_dir: Path, edit) -> None:
    edit(M4, "voortgang: []", "redactie: [2015-04-07]\nvoortgang: []")
    edit("programma.yaml", 'datum: "2014-08-29"', "datum: 2014-08-29")
    assert [(f, m.split(";")[0]) for f, _, _, m in found(corpus_dir, "yaml-ambiguous")] == [
        (M4, "'2015-04-07' lezen YAML 1.1-programma's als een datum")
    ]


def test_yaml_line_break_characters_are_reported_where_they_stand(corpus_dir: Path, edit) -> None:
    """U+0085 is a line break to YAML: the parser turns it into a space, the lint names it."""
    edit(M4, "titel: Optimalisering bestaande", "titel: 'Optimalisering\x85  bestaande")
    edit(M4, "signaleringsmiddelen.\n", "signaleringsmiddelen.'\n")
    assert found(corpus_dir, "text-hidden") == [
        (
            M4,
            3,
            23,
            "teken <U+0085> is voor YAML een regeleinde en verdwijnt uit de tekst; verwijder het",
        )
    ]
