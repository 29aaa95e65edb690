"""The exported JSON Schemas agree with the models: the shipped corpus validates against them."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import jsonschema
import pytest

from jihadprog.schema import SCHEMAS, json_schema, schema_text
from jihadprog.yamlsource import read_document
from tests.conftest import REPO

FILES = {
    "begrippen": [REPO / "begrippen.yaml"],
    "organisaties": [REPO / "organisaties.yaml"],
    "programma": [REPO / "programma.yaml"],
    "rapportages": [REPO / "rapportages.yaml"],
    "maatregel": sorted((REPO / "maatregelen").glob("*.yaml")),
}


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_committed_schema_is_current(kind: str) -> None:
    committed = (REPO / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(kind), "run 'make schemas' and commit the result"


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_shipped_files_validate_against_exported_schema(kind: str) -> None:
    validator = jsonschema.Draft202012Validator(json_schema(kind))
    for path in FILES[kind]:
        doc = read_document(path)
        errors = list(validator.iter_errors(doc.data))
        assert not errors, f"{path.name}: {errors[0].message}"


def test_schema_rejects_what_the_models_reject(tmp_path: Path) -> None:
    validator = jsonschema.Draft202012Validator(json_schema("maatregel"))
    doc = read_document(sorted((REPO / "maatregelen").glob("01-*.yaml"))[0])
    bad = dict(doc.data, markering="X", onbekend=1)
    messages = {e.validator for e in validator.iter_errors(bad)}
    assert {"anyOf", "additionalProperties"} <= messages  # markering is enum-or-null


def test_every_corpus_file_declares_its_schema() -> None:
    for kind, paths in FILES.items():
        for path in paths:
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# yaml-language-server: $schema="), path
            target = (path.parent / first.split("$schema=", 1)[1]).resolve()
            assert target == (REPO / "schemas" / f"{kind}.schema.json").resolve(), path


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_every_field_model_and_value_is_described_in_dutch(kind: str) -> None:
    """Editors show these while a file is typed: no field without a description, no English."""
    schema = json_schema(kind)
    for name, definition in {**schema.get("$defs", {}), schema["title"]: schema}.items():
        assert definition.get("description"), name
        assert not re.search(r"\b(the|and|which|with|from)\b", definition["description"]), name
        for field, prop in definition.get("properties", {}).items():
            assert prop.get("description"), f"{name}.{field}"
        if "enum" in definition:
            assert len(definition["enumDescriptions"]) == len(definition["enum"]), name


MUTATIONS = [
    (("voortgang", 0, "kwartaal"), "2015-Q2"),
    (("voortgang", 0, "kwartaal"), "2015-k2"),
    (("voortgang", 0, "kwartaal"), "2015-K5"),
    (("voortgang", 0, "kwartaal"), "1800-K1"),
    (("voortgang", 0, "datum"), "9999-12-31"),
    (("voortgang", 0, "datum"), "0001-01-01"),
    (("voortgang", 0, "toelichting"), "   "),
    (("voortgang", 0, "status"), "klaar"),
    (("titel",), "\t"),
    (("acties", 0, "letter"), "A"),
    (("nummer",), 0),
    (("groep",), "5"),
]


@pytest.mark.parametrize(("loc", "value"), MUTATIONS)
def test_lint_and_json_schema_agree(loc: tuple[str | int, ...], value: object) -> None:
    """What an editor flags through the JSON Schema, the lint flags, and the other way round."""
    from pydantic import ValidationError

    from jihadprog.models import Maatregel

    doc = read_document(REPO / "maatregelen" / "01-strafrechtelijk-onderzoek-uitreizigers.yaml")
    data = copy.deepcopy(doc.data)
    target = data
    for part in loc[:-1]:
        target = target[part]
    target[loc[-1]] = value
    schema_errors = list(
        jsonschema.Draft202012Validator(json_schema("maatregel")).iter_errors(data)
    )
    with pytest.raises(ValidationError):
        Maatregel.model_validate(data)
    assert schema_errors, f"the JSON Schema accepts {loc} = {value!r}, the lint does not"
