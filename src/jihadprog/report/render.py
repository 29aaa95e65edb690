r"""Jinja environments for the report: Markdown and LaTeX, every value escaped on output.

Both environments escape in ``finalize``, which Jinja applies to every ``{{ … }}`` (``\VAR{…}``)
result, so a template cannot forget to escape. Only values wrapped in ``Raw`` pass unchanged;
the filters that make them (``mermaid``, ``taart``) keep a strict whitelist. The LaTeX environment
uses ``\BLOCK{…}``, ``\VAR{…}`` and ``\#{…}`` so template syntax never clashes with TeX.
Templates are looked up file by file in the user's directory first, then among the shipped ones.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2

from jihadprog.errors import UserError, os_reason
from jihadprog.report.data import Rapport, Wijzigingen
from jihadprog.report.mdescape import escape_inline
from jihadprog.report.texescape import latex_escape
from jihadprog.report.text import dutch_date, dutch_list
from jihadprog.vocab import MARKERING_KLEUR, STATUS_KLEUR, STATUS_KLEUREN

TEMPLATES = {"md": "report.md.j2", "tex": "report.tex.j2"}
CHANGES_TEMPLATE = "diff.md.j2"
_SHIPPED_MARKER = "report.md.j2"
_MERMAID_UNSAFE = re.compile(r"[^\w .,:()/–-]")


class Raw(str):
    """Text a filter has already made safe for the output format."""


class NoneInOutput(jinja2.TemplateRuntimeError):
    """A template printed None: a missing value it should have tested for."""


def shipped_loader() -> jinja2.BaseLoader:
    """The shipped templates: inside the installed package, else the checkout's ``templates/``.

    A wheel carries them as ``jihadprog/templates`` (read through importlib.resources); an
    editable install of the checkout reads the top-level folder they are edited in.
    """
    from importlib.resources import files

    if files("jihadprog").joinpath("templates", _SHIPPED_MARKER).is_file():
        return jinja2.PackageLoader("jihadprog", "templates")
    checkout = Path(__file__).resolve().parents[3] / "templates"
    if (checkout / _SHIPPED_MARKER).is_file():
        return jinja2.FileSystemLoader(str(checkout))
    raise UserError("de meegeleverde sjablonen (map templates/) zijn niet gevonden", exit_code=1)


def _finalizer(escape: Any) -> Any:
    def finalize(value: object) -> str:
        if isinstance(value, Raw):
            return value
        if value is None:
            raise NoneInOutput("sjabloon drukt een lege waarde (None) af")
        return str(escape(str(value)))

    return finalize


def _capital(value: object) -> str:
    """The first letter in upper case, the rest untouched (unlike Jinja's ``capitalize``)."""
    text = str(value)
    return text[:1].upper() + text[1:]


def _mermaid(value: object) -> Raw:
    """A label for a Mermaid chart: letters, digits and plain punctuation only, no quotes."""
    return Raw(_MERMAID_UNSAFE.sub("", str(value)))


def _pie(labels: Sequence[object], counts: Sequence[int], titel: str, soort: str = "status") -> Raw:
    """A Mermaid pie with each slice in its fixed colour.

    Mermaid draws slices largest first and colours them pie1, pie2 … in that order, so the
    slices are written in that order (ties in vocabulary order) with the colours to match.
    """
    colours: Mapping[str, str] = (
        {str(k): v for k, v in STATUS_KLEUR.items()} if soort == "status" else MARKERING_KLEUR
    )
    pairs = sorted(
        ((str(label), n) for label, n in zip(labels, counts, strict=True) if n),
        key=lambda pair: -pair[1],
    )
    theme = ", ".join(f'"pie{i}": "#{colours[label]}"' for i, (label, _) in enumerate(pairs, 1))
    lines = [
        f'%%{{init: {{"theme": "base", "themeVariables": {{{theme}}}}}}}%%',
        "pie showData",
        f"    title {_mermaid(titel)}",
    ]
    for label, n in pairs:
        shown = "geen markering" if label == "geen" else label
        lines.append(f'    "{_mermaid(shown)}" : {n}')
    return Raw("\n".join(lines))


def environment(fmt: str, user_dir: Path | None) -> jinja2.Environment:
    """The Jinja environment for ``md`` or ``tex``, searching ``user_dir`` before the shipped dir."""
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(user_dir))] if user_dir else []
    common: dict[str, Any] = {
        "loader": jinja2.ChoiceLoader([*loaders, shipped_loader()]),
        "undefined": jinja2.StrictUndefined,
        "autoescape": False,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
    }
    if fmt == "tex":
        env = jinja2.Environment(
            block_start_string=r"\BLOCK{",
            block_end_string="}",
            variable_start_string=r"\VAR{",
            variable_end_string="}",
            comment_start_string=r"\#{",
            comment_end_string="}",
            finalize=_finalizer(latex_escape),
            **common,
        )
    else:
        env = jinja2.Environment(finalize=_finalizer(escape_inline), **common)
        env.filters["mermaid"] = _mermaid
        env.filters["taart"] = _pie
    env.globals["statuskleur"] = {str(status): kleur for status, kleur in STATUS_KLEUR.items()}
    env.globals["statuskleurnaam"] = {
        str(status): STATUS_KLEUREN[status] for status in STATUS_KLEUR
    }
    env.filters["datum"] = dutch_date
    env.filters["opsomming"] = dutch_list
    env.filters["hoofdletter"] = _capital
    return env


def render(rapport: Rapport, fmt: str, user_dir: Path | None = None) -> str:
    """The report as Markdown (``md``) or LaTeX source (``tex``)."""
    env = environment(fmt, user_dir)
    name = TEMPLATES[fmt]
    try:
        return env.get_template(name).render(r=rapport)
    except jinja2.TemplateNotFound as error:
        raise UserError(f"sjabloon '{error.name}' niet gevonden") from None
    except jinja2.TemplateSyntaxError as error:
        raise UserError(
            f"{error.filename or error.name}:{error.lineno}: fout in sjabloon: "
            f"{jinja_reason(error.message or '')}"
        ) from None
    except jinja2.TemplateRuntimeError as error:
        if user_dir is None:
            raise
        raise UserError(f"fout in sjabloon (uit {user_dir}): {jinja_reason(str(error))}") from None
    except (RecursionError, UnicodeDecodeError, OSError) as error:
        if user_dir is None:
            raise
        raise UserError(f"fout in sjabloon (uit {user_dir}): {_load_reason(error)}") from None


def _load_reason(error: Exception) -> str:
    """Why a user's template could not be loaded or expanded, in Dutch."""
    if isinstance(error, RecursionError):
        return "sjablonen roepen elkaar eindeloos aan (include of extends in een kring)"
    if isinstance(error, UnicodeDecodeError):
        return "een sjabloon is geen UTF-8-tekst"
    assert isinstance(error, OSError)
    return f"kan een sjabloon niet lezen: {os_reason(error)}"


_JINJA_NL = (
    (
        r"[Uu]nexpected end of template.*?looking for the following tags: (.*?)\.",
        "het sjabloon houdt op voordat een blok is gesloten; verwacht {0}",
    ),
    (r"[Uu]nexpected end of template", "het sjabloon houdt op midden in een opdracht"),
    (r"Encountered unknown tag '(.*)'", "onbekende opdracht '{0}'"),
    (r"No filter named '(.*)'", "onbekend filter '{0}'"),
    (r"No test named '(.*)'", "onbekende test '{0}'"),
    (r"Expected an expression, got '(.*)'", "verwachtte een expressie, niet '{0}'"),
    (r"unexpected '(.*)'", "onverwacht '{0}'"),
    (r"'(.*)' is undefined", "'{0}' bestaat niet in de rapportgegevens"),
    (r"'(.*)' has no attribute '(.*)'", "'{0}' heeft geen veld '{1}'"),
)


def jinja_reason(message: str) -> str:
    """Jinja's English message in Dutch; an unknown one is quoted, marked as Jinja's."""
    for pattern, dutch in _JINJA_NL:
        match = re.match(pattern, message)
        if match:
            return dutch.format(*(g.replace(" or ", " of ") for g in match.groups()))
    return f"Jinja meldt: {message.splitlines()[0] if message else 'onbekende fout'}"


def render_changes(wijzigingen: Wijzigingen) -> str:
    """The 'what changed' part of the report on its own, as Markdown (``jihadprog diff``)."""
    return environment("md", None).get_template(CHANGES_TEMPLATE).render(w=wijzigingen)
