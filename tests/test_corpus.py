from __future__ import annotations

from pathlib import Path

import pytest

from jihadprog.corpus import load_corpus
from jihadprog.errors import UserError

M4 = "maatregelen/04-signalering-sis.yaml"


def schema_problems(root: Path) -> list[tuple[str, int | None, str]]:
    corpus = load_corpus(root)
    return [(f.file, f.line, f.message) for rule, f in corpus.findings if rule == "schema"]


def line_of(root: Path, rel: str, text: str) -> int:
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if line.startswith(text))


def test_every_validation_error_is_reported_with_its_line(corpus_dir: Path, edit) -> None:
    edit(M4, "markering: V\n", "markering: X\n")
    edit(M4, "  - letter: b\n", "  - letter: B\n")
    edit(M4, "groep: 5\n", "groep: 5\nonbekend: 1\n")
    assert sorted(schema_problems(corpus_dir), key=lambda p: p[1] or 0) == [
        (M4, line_of(corpus_dir, M4, "onbekend:"), "onbekend: onbekend veld 'onbekend'"),
        (
            M4,
            line_of(corpus_dir, M4, "markering:"),
            "markering: ongeldige waarde 'X'; toegestaan: 'B', 'V' of 'N'",
        ),
        (
            M4,
            line_of(corpus_dir, M4, "  - letter: B"),
            "acties[2].letter: 'B' heeft niet de juiste vorm; verwacht een kleine letter a–z",
        ),
    ]


def test_strict_types_refuse_quoted_numbers_and_octal_lookalikes(corpus_dir: Path, edit) -> None:
    edit(M4, "nummer: 4\n", "nummer: '4'\n")
    assert schema_problems(corpus_dir) == [(M4, 2, "nummer: moet een geheel getal zijn, niet '4'")]
    edit(M4, "nummer: '4'\n", "nummer: 04\n")
    assert schema_problems(corpus_dir) == [(M4, 2, "nummer: moet een geheel getal zijn, niet '04'")]


def test_missing_field_points_at_its_item(corpus_dir: Path, edit) -> None:
    edit(M4, "    tekst: De NCTV en de Minister van BZK stemmen af (zie ook maatregel 2).\n", "")
    assert schema_problems(corpus_dir) == [
        (M4, line_of(corpus_dir, M4, "  - letter: b"), "acties[2].tekst: verplicht veld ontbreekt")
    ]


def test_impossible_date_is_a_positioned_error(corpus_dir: Path, edit) -> None:
    edit(
        M4,
        "voortgang: []\n",
        "voortgang:\n  - kwartaal: 2015-K1\n    status: in uitvoering\n    datum: 2015-13-01\n"
        "    toelichting: x\n    bronnen: [Kamerstuk 29 754, nr. 308]\n",
    )
    assert schema_problems(corpus_dir) == [
        (
            M4,
            line_of(corpus_dir, M4, "    datum:"),
            "voortgang[1].datum: '2015-13-01' is geen bestaande datum",
        )
    ]


def test_top_level_list_is_a_schema_problem(corpus_dir: Path) -> None:
    (corpus_dir / M4).write_text("- a\n- b\n")
    assert schema_problems(corpus_dir)[0][2].startswith("verwachtte een mapping")


def test_missing_directory_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        load_corpus(tmp_path / "bestaat-niet")
