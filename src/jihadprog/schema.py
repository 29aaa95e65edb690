"""JSON Schemas of the corpus files, generated from the pydantic models (editor support)."""

from __future__ import annotations

import json
from typing import Any

from jihadprog.models import Begrippenlijst, Maatregel, Organisaties, Programma, Rapportages
from jihadprog.vocab import OMSCHRIJVING, WAARDE_OMSCHRIJVING

SCHEMAS: dict[str, type[Any]] = {
    "maatregel": Maatregel,
    "begrippen": Begrippenlijst,
    "organisaties": Organisaties,
    "programma": Programma,
    "rapportages": Rapportages,
}


# The models' docstrings are English developer documentation; editors show these instead.
MODEL_OMSCHRIJVING = {
    "Maatregel": "Eén van de 38 maatregelen: officiële tekst, markering, actoren, acties en voortgang.",
    "MarkeringHerkomst": "Waar de markering vandaan komt en hoe zeker die is.",
    "Verwijzing": "Een verwijzing naar een andere maatregel of een actie daarvan ('zie ook maatregel 30').",
    "Voetnoot": "Een voetnoot uit de tekst van het programma, bij het onderdeel waar hij staat.",
    "Voortgang": "De voortgang in één kwartaal, met status, toelichting en bronnen.",
    "Wetgevingsstap": "Een stadium dat een wetsvoorstel bereikte, met datum en bronnen.",
    "Wetsvoorstel": "Een wetsvoorstel dat het programma aankondigt of gebruikt, met zijn wetgevingsroute.",
    "Subactie": "Een romeins genummerd onderdeel van een actie (bv. 21b-ii).",
    "Actie": "Een actie van een maatregel, met een letter (bv. 3c).",
    "Begrip": "Een term of afkorting uit de begrippenlijst (of een redactionele aanvulling).",
    "Begrippenlijst": "Het bestand begrippen.yaml: de begrippenlijst van het programma.",
    "Organisatie": "Een organisatie die maatregelen uitvoert; maatregelen noemen haar bij haar id.",
    "Organisaties": "Het bestand organisaties.yaml: alle actoren.",
    "Thema": "Een thema binnen een groep (3a/3b/3c) of een niveau (lokaal/nationaal/internationaal).",
    "Groep": "Eén van de vijf groepen maatregelen, met de doelstelling uit het programma.",
    "Programma": "Het bestand programma.yaml: gegevens van het programma, markeringen en groepen.",
    "Rapportage": "Een voortgangsrapportage aan de Tweede Kamer.",
    "Evaluatie": "De evaluatie van het programma, met bevindingen en aanbevelingen.",
    "Rapportages": "Het bestand rapportages.yaml: de voortgangsrapportages en de evaluatie.",
}
_ENUMS = {enum.__name__: enum for enum in OMSCHRIJVING}


def _in_dutch(name: str, definition: dict[str, Any]) -> None:
    """Dutch description for a model or vocabulary, and one per value (``enumDescriptions``)."""
    if name in _ENUMS:
        enum = _ENUMS[name]
        definition["description"] = OMSCHRIJVING[enum]
        definition["enumDescriptions"] = [WAARDE_OMSCHRIJVING[member] for member in enum]
    else:
        definition["description"] = MODEL_OMSCHRIJVING[name]


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one kind of corpus file, described in Dutch.

    ``enumDescriptions`` is the key VS Code's YAML and JSON language servers show beside
    each allowed value; validators ignore it.
    """
    model = SCHEMAS[kind]
    schema: dict[str, Any] = model.model_json_schema(mode="validation")
    for name, definition in schema.get("$defs", {}).items():
        _in_dutch(name, definition)
    _in_dutch(schema["title"], schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://jihadprog.invalid/schemas/{kind}.schema.json"
    return schema


def schema_text(kind: str) -> str:
    """The schema as stable, pretty-printed JSON text."""
    return json.dumps(json_schema(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
