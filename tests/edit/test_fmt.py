"""fmt: the shipped corpus is canonical, fmt is idempotent, keeps data and every comment."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from jihadprog.cli import app, run_app
from jihadprog.edit.fmt import corpus_files, format_text, model_for
from jihadprog.models import Maatregel
from jihadprog.yamlsource import construct
from tests.conftest import REPO

MESSY = """\
# kop van het bestand
titel: "Een korte titel"
nummer: 4  # het nummer
# de groep
groep: 1
actoren: [VenJ, "IND"]
markering: N
voortgang:
  - toelichting: Een lange toelichting die niet op een regel past omdat ze meer dan honderd tekens telt, echt waar.
    # de bronnen
    bronnen: ["Kamerstuk 29 754, nr. 271"]
    kwartaal: 2014-K4
    status: "in voorbereiding"
    datum: '2014-11-12'
acties:
  - tekst: >-
      Kort.
    letter: a
"""

CANONICAL = """\
# kop van het bestand
nummer: 4  # het nummer
titel: Een korte titel
# de groep
groep: 1
markering: N
acties:
  - letter: a
    tekst: Kort.
actoren: [VenJ, "IND"]
voortgang:
  - kwartaal: 2014-K4
    status: in voorbereiding
    datum: "2014-11-12"
    toelichting: >-
      Een lange toelichting die niet op een regel past omdat ze meer dan honderd tekens telt, echt
      waar.
    # de bronnen
    bronnen: ["Kamerstuk 29 754, nr. 271"]
"""


def test_the_shipped_corpus_is_in_canonical_form(capsys) -> None:
    assert run_app(app, ["fmt", "--check", "--corpus", str(REPO)]) == 0
    assert capsys.readouterr().out == ""
    for path in corpus_files(REPO):
        text = path.read_text(encoding="utf-8")
        assert format_text(text, model_for(path), path.name) == text, path.name


def test_fmt_orders_quotes_folds_and_keeps_every_comment() -> None:
    once = format_text(MESSY, Maatregel, "messy.yaml")
    assert once == CANONICAL
    assert format_text(once, Maatregel, "messy.yaml") == once
    assert construct(once) == construct(MESSY)


@pytest.mark.parametrize(
    "path", sorted((REPO / "maatregelen").glob("*.yaml")), ids=lambda p: p.name
)
def test_fmt_of_a_plain_pyyaml_dump_is_idempotent_and_keeps_the_data(path: Path) -> None:
    data = construct(path.read_text(encoding="utf-8"))
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=60)
    once = format_text(dumped, Maatregel, path.name)
    assert format_text(once, Maatregel, path.name) == once
    assert construct(once) == data
    assert max(len(line) for line in once.splitlines()) <= 100


def test_fmt_check_lists_files_and_fmt_writes_them(shipped: Path, capsys) -> None:
    path = shipped / "maatregelen/13-exit-faciliteit.yaml"
    canonical = path.read_text(encoding="utf-8")
    path.write_text(
        canonical.replace("nummer: 13\n", "").replace("groep: 1\n", "groep: 1\nnummer: 13\n")
    )
    messy = path.read_bytes()
    assert run_app(app, ["fmt", "--check", "--corpus", str(shipped)]) == 1
    assert capsys.readouterr().out == f"{path}: zou worden opgemaakt\n"
    assert path.read_bytes() == messy
    assert run_app(app, ["fmt", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == canonical


def test_fmt_refuses_a_file_that_is_not_yaml(shipped: Path, capsys) -> None:
    path = shipped / "begrippen.yaml"
    path.write_text("begrippen: [a, b\n", encoding="utf-8")
    assert run_app(app, ["fmt", str(path)]) == 1
    assert "geen geldige YAML" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "begrippen: [a, b\n"
