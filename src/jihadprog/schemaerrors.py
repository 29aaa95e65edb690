"""Turn pydantic validation errors into Dutch, positioned findings: all of them, not just the first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from jihadprog.problems import Finding
from jihadprog.yamlsource import Document

_PATTERN_HINTS = {
    "letter": "een kleine letter a–z",
    "nummer": "een romeins cijfer in kleine letters (i, ii, iii …)",
    "kamerstuk": "een Kamerstuknummer als '34 359' of '34 356 (R2064)'",
    "staatsblad": "de vorm 'Stb. 2017, 51'",
    "id": "kleine letters, cijfers en streepjes",
    "code": "kleine letters",
    "bij": "titel, toelichting, tekst of inleiding",
}


def dutch_validation_findings(doc: Document, error: ValidationError) -> Iterator[Finding]:
    """One finding per pydantic error, placed at the key or item it concerns."""
    for detail in error.errors(include_url=False):
        loc = tuple(part for part in detail["loc"] if part != "[key]")
        yield doc.finding(loc, f"{_format_loc(loc)}: {_message(detail, loc)}")


def _format_loc(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "bestand"


def _message(detail: ErrorDetails, loc: tuple[str | int, ...]) -> str:
    kind = detail["type"]
    ctx: dict[str, Any] = dict(detail.get("ctx") or {})
    value = detail.get("input")
    name = next((part for part in reversed(loc) if isinstance(part, str)), "")
    simple = {
        "missing": "verplicht veld ontbreekt",
        "extra_forbidden": f"onbekend veld '{name}'",
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
        expected = str(ctx.get("expected", "")).replace(" or ", " of ")
        return f"ongeldige waarde {_show(value)}; toegestaan: {expected}"
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(name, f"het patroon {ctx.get('pattern')}")
        return f"{_show(value)} heeft niet de juiste vorm; verwacht {hint}"
    if kind == "too_short":
        return f"moet minstens {ctx.get('min_length')} element(en) bevatten"
    if kind in ("greater_than_equal", "greater_than"):
        return f"moet minstens {ctx.get('ge', ctx.get('gt'))} zijn, niet {_show(value)}"
    if kind == "value_error":
        return str(ctx.get("error", detail["msg"]))
    return f"ongeldige waarde {_show(value)} ({detail['msg']})"


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
