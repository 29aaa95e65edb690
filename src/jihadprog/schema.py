"""JSON Schemas of the corpus files, generated from the pydantic models (editor support)."""

from __future__ import annotations

import json
from typing import Any

from jihadprog.models import Begrippenlijst, Maatregel, Organisaties, Programma, Rapportages

SCHEMAS: dict[str, type[Any]] = {
    "maatregel": Maatregel,
    "begrippen": Begrippenlijst,
    "organisaties": Organisaties,
    "programma": Programma,
    "rapportages": Rapportages,
}


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one kind of corpus file."""
    model = SCHEMAS[kind]
    schema: dict[str, Any] = model.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://jihadprog.invalid/schemas/{kind}.schema.json"
    return schema


def schema_text(kind: str) -> str:
    """The schema as stable, pretty-printed JSON text."""
    return json.dumps(json_schema(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
