"""Organisations by id, name, abbreviation or alias, and the `query --actor` that uses them."""

from __future__ import annotations

import json

import pytest

from jihadprog.corpus import load_corpus
from jihadprog.errors import UserError
from jihadprog.organisations import key, resolve
from tests.conftest import REPO
from tests.test_cli import run


@pytest.fixture(scope="module")
def shipped():
    return load_corpus(REPO)


@pytest.mark.parametrize(
    ("name", "org_id"),
    [
        ("OM", "OM"),
        ("om", "OM"),
        ("Openbaar Ministerie", "OM"),
        ("openbaar  ministerie", "OM"),
        ("Functioneel Parket", "OM"),
        ("DT&V", "DTenV"),
        ("dt & v", "DTenV"),
        ("FIU", "FIU-Nederland"),
        ("Ministerie van Financien", "Financien"),
        ("MINISTERIE VAN FINANCIËN", "Financien"),
        ("V&J", "VenJ"),
    ],
)
def test_resolve_by_any_name(shipped, name: str, org_id: str) -> None:
    assert resolve(shipped, name).id == org_id


def test_key_ignores_case_accents_and_punctuation() -> None:
    assert key("DT&V") == key("dtenv") == key("DT en V") == "dtenv"
    assert key("Financiën") == key("financien")


def test_unknown_organisation_suggests_close_names(shipped) -> None:
    with pytest.raises(UserError) as caught:
        resolve(shipped, "Openbaar Minsterie")
    assert caught.value.exit_code == 2
    assert "onbekende organisatie 'Openbaar Minsterie'" in caught.value.message
    assert "bedoelde u 'Openbaar Ministerie'?" in caught.value.message
    with pytest.raises(UserError, match="onbekende organisatie 'xyz' \\(zie"):
        resolve(shipped, "xyz")


def test_query_actor_by_name_equals_by_id(capsys) -> None:
    def numbers(actor: str) -> list[int]:
        code, out, _ = run(
            capsys, "query", "--corpus", str(REPO), "--format", "json", "--actor", actor
        )
        assert code == 0
        return [r["nummer"] for r in json.loads(out)]

    om = numbers("OM")
    assert om and numbers("Openbaar Ministerie") == numbers("om") == om
    assert numbers("DT&V") == numbers("DTenV") == [5]
    assert numbers("FIU") == numbers("FIU-Nederland")


def test_query_unknown_actor_is_a_usage_error(capsys) -> None:
    code, out, err = run(capsys, "query", "--corpus", str(REPO), "--actor", "Openbaar Minsterie")
    assert code == 2 and out == ""
    assert "bedoelde u 'Openbaar Ministerie'?" in err and "Traceback" not in err
