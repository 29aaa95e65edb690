"""`report --format docx`: built by pandoc from the Markdown report; read back and checked."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from jihadprog.corpus import load_corpus
from jihadprog.errors import UserError
from jihadprog.quarters import Kwartaal
from jihadprog.report.publish import produce
from jihadprog.report.word import Taart, charts_as_images, parse_pie
from tests.conftest import REPO
from tests.test_cli import run

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
needs_pandoc = pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc niet gevonden (apt-get install pandoc)"
)


def _text(element: ElementTree.Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


@pytest.fixture(scope="module")
def report() -> tuple[str, zipfile.ZipFile]:
    pytest.importorskip("matplotlib")
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc niet gevonden (apt-get install pandoc)")
    corpus = load_corpus(REPO)
    quarter, today = Kwartaal.parse("2017-K3"), dt.date(2026, 11, 23)
    markdown = produce(corpus, quarter, "md", None, today).decode("utf-8")
    data = produce(corpus, quarter, "docx", None, today)
    return markdown, zipfile.ZipFile(io.BytesIO(data))


def test_headings_follow_the_markdown(report) -> None:
    markdown, docx = report
    body = ElementTree.fromstring(docx.read("word/document.xml")).find(f"{W}body")
    assert body is not None
    headings = []
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val", "").startswith("Heading"):
            level = int(style.get(f"{W}val", "Heading0")[7:])
            headings.append((level, _text(p)))
    expected = [
        (len(m.group(1)), m.group(2).replace("\\", ""))
        for m in re.finditer(r"^(#{1,6}) (.+)$", markdown, re.MULTILINE)
    ]
    assert headings == expected
    assert (2, "Samenvatting") in headings and (2, "Bijlage: begrippen") in headings


def test_tables_footnotes_and_charts(report) -> None:
    markdown, docx = report
    document = ElementTree.fromstring(docx.read("word/document.xml"))
    tables = list(document.iter(f"{W}tbl"))
    assert len(tables) == len(re.findall(r"^\|[:-]", markdown, re.MULTILINE))
    first_row = [_text(c) for c in tables[0].find(f"{W}tr").iter(f"{W}tc")]  # type: ignore[union-attr]
    header = re.search(r"^\|(.+)\|$", markdown, re.MULTILINE)
    assert header is not None
    assert first_row == [cell.strip() for cell in header.group(1).split("|")]
    notes = ElementTree.fromstring(docx.read("word/footnotes.xml"))
    real = [n for n in notes.iter(f"{W}footnote") if int(n.get(f"{W}id", "0")) > 0]
    definitions = re.findall(r"^\[\^\d+\]: (.+)$", markdown, re.MULTILINE)
    assert len(real) == len(definitions) > 10
    assert _text(real[0]).strip() == definitions[0].replace("\\", "")
    references = list(document.iter(f"{W}footnoteReference"))
    assert len(references) == len(real)
    media = [n for n in docx.namelist() if n.startswith("word/media/")]
    assert len(media) == markdown.count("```mermaid") > 1
    assert all(docx.read(n).startswith(b"\x89PNG") for n in media)
    assert "```mermaid" not in _text(document) and "pie showData" not in _text(document)
    assert b'w:val="nl-NL"' in docx.read("word/styles.xml")


def test_parse_pie() -> None:
    block = 'pie showData\n    title Status, 2017\n    "in uitvoering" : 9\n    "onbekend" : 20\n'
    assert parse_pie(block) == Taart("Status, 2017", (("in uitvoering", 9.0), ("onbekend", 20.0)))
    assert parse_pie("graph TD\n  a --> b\n") is None


def test_parse_pie_takes_the_fixed_colours_of_the_init_line() -> None:
    init = '%%{init: {"themeVariables": {"pie1": "#3182BD", "pie2": "#F0F0F0"}}}%%\n'
    block = init + 'pie showData\n    title 2. Uitreis\n    "doorlopend" : 2\n    "onbekend" : 2\n'
    taart = parse_pie(block)
    assert taart is not None
    assert taart.delen == (("doorlopend", 2.0), ("onbekend", 2.0))
    assert taart.kleuren == ("#3182BD", "#F0F0F0")


def test_other_mermaid_charts_stay_as_code(tmp_path: Path) -> None:
    text = "voor\n```mermaid\ngraph TD\n  a --> b\n```\nna\n"
    assert charts_as_images(text, tmp_path) == text
    assert list(tmp_path.iterdir()) == []


def test_missing_pandoc_is_a_clean_error(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(UserError, match="apt-get install pandoc"):
        from jihadprog.report.word import find_pandoc

        find_pandoc()
    code, _, err = run(
        capsys,
        "report",
        "--corpus",
        str(REPO),
        "--format",
        "docx",
        "--output",
        str(tmp_path / "r.docx"),
    )
    assert code == 2 and "pandoc nodig" in err and not (tmp_path / "r.docx").exists()


def test_docx_never_goes_to_stdout(capsys) -> None:
    code, out, err = run(
        capsys, "report", "--corpus", str(REPO), "--format", "docx", "--output", "-"
    )
    assert code == 2 and out == "" and "--output BESTAND.docx" in err


@needs_pandoc
def test_cli_writes_the_file(capsys, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / "rapport.docx"
    code, out, err = run(
        capsys,
        "report",
        "--corpus",
        str(REPO),
        "--kwartaal",
        "2015-K2",
        "--format",
        "docx",
        "--output",
        str(target),
    )
    assert code == 0, err
    assert out == f"{target}\n" and zipfile.is_zipfile(target)
