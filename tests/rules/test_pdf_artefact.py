"""pdf-artefact: what counts as PDF debris, what is legitimate Dutch, and where it is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from jihadprog.rules.pdf_artefact import artefacts
from tests.conftest import lint_dir


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een terroristische strijd- groepering", "'strijdgroepering'"),
        ("worden gesig- naleerd", "'gesignaleerd'"),
        ("een andere EU- lidstaat", "'EU-lidstaat'"),
        ("van de jihadis tische beweging", "('jihadistische')"),
        ("wordt gesignaleerd.  Daarna", "dubbele spatie"),
        ("ter aanhouding. (N)", "losse markering '(N)'"),
        ("de \ufffd middelen", "U+FFFD"),
        ("de \uf0b7 middelen", "U+F0B7"),
        ("samen\u00adwerking", "U+00AD"),
        ("wordt versterkt. 12", "'. 12' lijkt een paginanummer"),
        ("Pagina 3 van 12 de tekst", "'Pagina 3 van 12'"),
    ],
)
def test_artefacts_are_found(text: str, expected: str) -> None:
    assert any(expected in message for message in artefacts(text)), list(artefacts(text))


@pytest.mark.parametrize(
    "text",
    [
        "ter beschikking gestelden en zeden- en geweldsdelinquenten",
        "reserverings- en check-in gegevens",
        "naar bestaande en nieuwe aanslagmiddelen- en methoden",
        "onderzoek naar woon- of uitkeringsfraude",
        "een gevangenisstraf van meer dan 1 jaar",
        "Wetsvoorstel 33 816 (aanhangig bij Tweede Kamer)",
        "Zie artikel 23 van de Paspoortwet.",
        "het (Mondiaal) jihadisme en de jihadistische beweging",
        "Het wordt heden ten dage moeilijker.",
    ],
)
def test_legitimate_text_is_left_alone(text: str) -> None:
    assert list(artefacts(text)) == []


def test_progress_and_glossary_texts_are_scanned(corpus_dir: Path, edit) -> None:
    m4 = "maatregelen/04-signalering-sis.yaml"
    edit(
        m4,
        "voortgang: []",
        "voortgang:\n  - kwartaal: 2015-K1\n    status: in uitvoering\n"
        "    toelichting: Het  register is gekoppeld.\n    bronnen:\n      - Kamerstuk 29 754, nr. 308",
    )
    edit(
        "begrippen.yaml", "Algemene Inlichtingen- en Veiligheidsdienst.", "Algemene Inlich- tingen."
    )
    found = sorted((p.file, p.line) for p in lint_dir(corpus_dir) if p.rule == "pdf-artefact")
    assert found == [("begrippen.yaml", 11), (m4, 32)]


def test_inline_disable_as_in_the_readme(corpus_dir: Path, edit) -> None:
    m4 = "maatregelen/04-signalering-sis.yaml"
    edit(m4, "    tekst: De NCTV en", "    tekst: De NCTV en een woord- grap en")
    assert [p.rule for p in lint_dir(corpus_dir)] == ["pdf-artefact"]
    edit(
        m4,
        "stemmen af (zie ook maatregel 2).",
        "stemmen af (zie ook maatregel 2). # jihadprog: disable=pdf-artefact",
    )
    assert lint_dir(corpus_dir) == []
    edit(m4, " # jihadprog: disable=pdf-artefact", "")
    edit(
        m4,
        "  - letter: b\n",
        "  - letter: b\n    # jihadprog: disable=abbreviation-defined,pdf-artefact\n",
    )
    assert lint_dir(corpus_dir) == []
