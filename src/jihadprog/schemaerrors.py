"""Turn pydantic validation errors into Dutch, positioned findings: all of them, not just the first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, get_args

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from jihadprog.problems import Finding
from jihadprog.suggest import suggest
from jihadprog.visible import visible
from jihadprog.yamlsource import Document, short

_PATTERN_HINTS = {
    "letter": "een kleine letter a–z",
    "nummer": "een romeins cijfer in kleine letters (i, ii, iii …)",
    "kamerstuk": "een Kamerstuknummer als '34 359' of '34 356 (R2064)'",
    "staatsblad": "de vorm 'Stb. 2017, 51'",
    "id": "kleine letters, cijfers en streepjes",
    "code": "kleine letters",
    "bij": "titel, toelichting, tekst of inleiding",
}


def dutch_validation_findings(
    doc: Document, error: ValidationError, model: type[BaseModel] | None = None
) -> Iterator[Finding]:
    """One finding per mistake, placed at the key or item it concerns.

    A misspelt key is one mistake, though pydantic reports two (the unknown key and the
    missing field): where an unknown key is close to a missing field of the same mapping,
    only the unknown key is reported, with the field it probably means.
    """
    details = [
        (tuple(part for part in d["loc"] if part != "[key]"), d)
        for d in error.errors(include_url=False)
    ]
    missing: dict[tuple[str | int, ...], list[str]] = {}
    for loc, d in details:
        if d["type"] == "missing":
            missing.setdefault(loc[:-1], []).append(str(loc[-1]))
    meant: set[tuple[str | int, ...]] = set()
    hints: dict[tuple[str | int, ...], str] = {}
    for loc, d in details:
        if d["type"] != "extra_forbidden" or not loc:
            continue
        absent = missing.get(loc[:-1], [])
        hint = suggest(str(loc[-1]), absent)
        if hint:
            meant.add((*loc[:-1], hint.split("'")[1]))
        else:
            hint = suggest(str(loc[-1]), _fields_at(model, loc[:-1]))
        hints[loc] = hint
    for loc, detail in details:
        if loc in meant and detail["type"] == "missing":
            continue
        message = _message(detail, loc) + hints.get(loc, "")
        yield doc.finding(loc, f"{_format_loc(loc)}: {message}")


def _fields_at(model: type[BaseModel] | None, loc: tuple[str | int, ...]) -> list[str]:
    """The field names of the model found at ``loc`` below ``model`` (for suggestions)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        field = current.model_fields.get(part)
        current = _model_in(field.annotation) if field else None
    return list(current.model_fields) if current is not None else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model inside ``X``, ``list[X]`` or ``X | None``, if there is one."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _format_loc(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{short(part)}" if text else short(part)
    return text or "bestand"


def _message(detail: ErrorDetails, loc: tuple[str | int, ...]) -> str:
    kind = detail["type"]
    ctx: dict[str, Any] = dict(detail.get("ctx") or {})
    value = detail.get("input")
    name = next((part for part in reversed(loc) if isinstance(part, str)), "")
    simple = {
        "missing": "verplicht veld ontbreekt",
        "extra_forbidden": f"onbekend veld '{short(name)}'",
        "int_type": f"moet een geheel getal zijn, niet {_show(value)}",
        "string_type": f"moet tekst zijn, niet {_show(value)}",
        "bool_type": f"moet true of false zijn, niet {_show(value)}",
        "list_type": "moet een lijst zijn",
        "model_type": "moet een mapping (sleutel: waarde) zijn",
        "model_attributes_type": "moet een mapping (sleutel: waarde) zijn",
        "dict_type": "moet een mapping (sleutel: waarde) zijn",
        "date_type": "moet een datum zijn in de vorm JJJJ-MM-DD",
        "none_required": "moet leeg (null) zijn",
    }
    if kind in simple:
        return simple[kind]
    if kind == "enum":
        expected = str(ctx.get("expected", ""))
        options = re.findall(r"'([^']*)'", expected)
        hint = suggest(str(value), options) if isinstance(value, str) else ""
        return (
            f"ongeldige waarde {_show(value)}; toegestaan: {expected.replace(' or ', ' of ')}{hint}"
        )
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(name, f"het patroon {ctx.get('pattern')}")
        if loc[:1] == ("organisaties",) and name == "id":
            hint = "een letter, dan letters, cijfers of streepjes (bv. NCTV, VenJ, CT-Infobox)"
        return f"{_show(value)} heeft niet de juiste vorm; verwacht {hint}"
    if kind == "too_short":
        return f"moet minstens {ctx.get('min_length')} element(en) bevatten"
    if kind in ("greater_than_equal", "greater_than"):
        return f"moet minstens {ctx.get('ge', ctx.get('gt'))} zijn, niet {_show(value)}"
    if kind in ("less_than_equal", "less_than"):
        return f"mag hoogstens {ctx.get('le', ctx.get('lt'))} zijn, niet {_show(value)}"
    if kind in ("too_long", "string_too_long"):
        return f"is te lang (hoogstens {ctx.get('max_length')})"
    if kind in ("float_type", "int_parsing", "float_parsing"):
        return f"moet een getal zijn, niet {_show(value)}"
    if kind == "value_error":
        return str(ctx.get("error", "ongeldige waarde"))
    return f"ongeldige waarde {_show(value)}"


def _show(value: object) -> str:
    """A value as the YAML file spells it, shortened, hidden characters made visible."""
    if value is None:
        return "leeg (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = visible(value)
        return f"'{text}'" if len(text) <= 58 else f"'{text[:57]}…'"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een mapping"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
