"""The lint configuration of a corpus: ``jihadprog.toml``, or ``[tool.jihadprog]`` in pyproject.toml.

yamllint-style and deliberately small::

    uitschakelen = ["glossary-unused"]

    [niveaus]
    abbreviation-defined = "error"     # or fout / waarschuwing / info

Every mistake in the file is a UserError (exit 2) naming the file, never a silent default.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

from jihadprog.errors import UserError, os_reason
from jihadprog.linter import LintConfig
from jihadprog.problems import Level
from jihadprog.rules import RULES
from jihadprog.rules.loading import LOADING_IDS
from jihadprog.suggest import suggest

CONFIG_FILE = "jihadprog.toml"
PYPROJECT_FILE = "pyproject.toml"
_KEYS = ("uitschakelen", "niveaus")


def load_config(root: Path) -> LintConfig:
    """The configuration in ``root``: jihadprog.toml first, then pyproject.toml, else defaults."""
    own = root / CONFIG_FILE
    if own.exists() or own.is_symlink():
        return parse_config(_read_toml(own), own.name)
    pyproject = root / PYPROJECT_FILE
    if pyproject.exists() or pyproject.is_symlink():
        tool = _read_toml(pyproject).get("tool", {})
        table = tool.get("jihadprog") if isinstance(tool, dict) else None
        if table is not None:
            return parse_config(table, f"{PYPROJECT_FILE} [tool.jihadprog]")
    return LintConfig()


def parse_config(table: object, source: str) -> LintConfig:
    """Validate a configuration table; ``source`` names it in messages."""
    if not isinstance(table, Mapping):
        raise UserError(f"{source}: verwachtte een tabel met {' en '.join(_KEYS)}")
    for key in table:
        if key not in _KEYS:
            raise UserError(f"{source}: onbekende sleutel '{key}'; toegestaan: {', '.join(_KEYS)}")
    disabled = table.get("uitschakelen", [])
    if not isinstance(disabled, list) or not all(isinstance(r, str) for r in disabled):
        raise UserError(f"{source}: uitschakelen moet een lijst met regel-id's zijn")
    for rule_id in disabled:
        _known(rule_id, source, "uitschakelen")
    levels_table = table.get("niveaus", {})
    if not isinstance(levels_table, Mapping):
        raise UserError(f'{source}: niveaus moet een tabel zijn, bv. niveaus = {{regel = "error"}}')
    levels: dict[str, Level] = {}
    for rule_id, value in levels_table.items():
        _known(rule_id, source, "niveaus")
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            levels[rule_id] = Level.parse(value)
        except ValueError:
            raise UserError(
                f"{source}: onbekend niveau {value!r} voor regel '{rule_id}'; "
                "kies uit error, warning, info (of fout, waarschuwing)"
            ) from None
    return LintConfig(disabled=frozenset(disabled), levels=levels)


def _known(rule_id: str, source: str, key: str) -> None:
    if rule_id not in RULES:
        raise UserError(
            f"{source}: onbekende regel '{rule_id}' in {key}; 'jihadprog regels' toont ze alle"
            + suggest(rule_id, RULES)
        )
    if rule_id in LOADING_IDS:
        raise UserError(
            f"{source}: regel '{rule_id}' in {key} kan niet worden uitgeschakeld of van niveau "
            "veranderd: een bestand dat hij afkeurt valt uit het corpus"
        )


def _read_toml(path: Path) -> dict[str, object]:
    if not path.is_file():
        raise UserError(f"{path.name}: geen gewoon bestand; kan de configuratie niet lezen")
    try:
        text = path.read_bytes().decode("utf-8")
        return tomllib.loads(text)
    except OSError as error:
        raise UserError(f"{path.name}: kan niet worden gelezen: {os_reason(error)}") from None
    except UnicodeDecodeError:
        raise UserError(f"{path.name}: is geen UTF-8-tekst") from None
    except RecursionError:
        raise UserError(f"{path.name}: ongeldige TOML: te diep genest") from None
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        if where:
            place = f" op regel {where[1]}, kolom {where[2]}"
        elif "(at end of document)" in str(error):
            place = " aan het einde van het bestand (iets is niet gesloten)"
        else:
            place = ""
        raise UserError(f"{path.name}: ongeldige TOML{place}") from None
    except ValueError:  # a number past Python's conversion limit, e.g. 5,000 digits
        raise UserError(f"{path.name}: ongeldige TOML: getal te lang") from None
