"""Dutch for the parts of the CLI that Click and Typer write: usage, help panels, usage errors.

Typer 0.29 vendors Click as the private ``typer._click``; this module uses only Typer's public
names (``typer.core``, ``typer.TyperException``, ``typer.BadParameter``) and recognises Click's
usage errors, which all derive from ``typer.TyperException``, by their class names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar

import typer
import typer.core
from typer.core import TyperCommand, TyperGroup

_HELP_TEXT = "Toon deze hulp en stop."
HELP_NAMES = ["-h", "--help"]
OPTIONS_METAVAR = "[OPTIES]"
SUBCOMMAND_METAVAR = "COMMANDO [ARGUMENTEN]..."
_COMPLETION_HELP = {
    "install_completion": "Installeer tab-aanvulling voor de huidige shell.",
    "show_completion": "Toon het script voor tab-aanvulling, om zelf te installeren.",
}


class _DutchHelp:
    """Mixin: the help option described in Dutch, the usage line prefixed with 'Gebruik: '."""

    def get_help_option(self, ctx: Any) -> Any:
        """The -h/--help option, described in Dutch."""
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = _HELP_TEXT
        return option

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        """'Gebruik: …' instead of 'Usage: …'."""
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix="Gebruik: ")


class DutchCommand(_DutchHelp, TyperCommand):
    """A Typer command whose help option and usage line speak Dutch."""


def fill_optional_values(args: list[str], implicit: Mapping[str, str]) -> list[str]:
    """Give a bare optional-value option its implicit value: ``--kwartaal`` → ``--kwartaal=laatste``.

    Click in Typer has no options whose value may be left out. An option named in ``implicit``
    is bare when it is the last word or the next word is another option; after ``--`` nothing
    is touched.
    """
    out: list[str] = []
    for index, arg in enumerate(args):
        if arg == "--":
            return out + args[index:]
        following = args[index + 1] if index + 1 < len(args) else None
        bare = following is None or (following.startswith("-") and following != "-")
        out.append(f"{arg}={implicit[arg]}" if arg in implicit and bare else arg)
    return out


class OptionalValueCommand(DutchCommand):
    """A Dutch command in which the options in ``implicit_values`` may be given without a value."""

    implicit_values: ClassVar[dict[str, str]] = {}

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Fill in the implicit values, then parse as usual."""
        return super().parse_args(ctx, fill_optional_values(args, self.implicit_values))


class PipeClosed(Exception):
    """The reader of standard output went away (``jihadprog query | head``)."""


class DutchGroup(_DutchHelp, TyperGroup):
    """The top-level group, in Dutch like its commands."""

    def invoke(self, ctx: Any) -> Any:
        """Run the command; a closed output pipe becomes PipeClosed (Click would exit 1)."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise PipeClosed from None

    def get_params(self, ctx: Any) -> list[Any]:
        """The options, with Typer's completion options described in Dutch."""
        params: list[Any] = super().get_params(ctx)
        for param in params:
            if param.name in _COMPLETION_HELP:
                param.help = _COMPLETION_HELP[param.name]
        return params


def translate_rich_help() -> None:
    """Panel titles of Typer's rich help, set only when help is about to be shown."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = "Argumenten"
    rich_utils.OPTIONS_PANEL_TITLE = "Opties"
    rich_utils.COMMANDS_PANEL_TITLE = "Commando's"
    rich_utils.DEFAULT_STRING = "[standaard: {}]"
    rich_utils.REQUIRED_LONG_STRING = "[verplicht]"
    rich_utils.ENVVAR_STRING = "[omgevingsvariabele: {}]"
    for param_class in (typer.core.TyperOption, typer.core.TyperArgument):
        param_class.display_type_rich = _dutch_type  # type: ignore[method-assign,assignment]


_TYPE_LABELS = {"<str>": "<tekst>", "<int>": "<getal>", "<path>": "<pad>", "<float>": "<getal>"}


def _dutch_type(param: Any, ctx: Any) -> str | None:
    """The value column of the help: Dutch, and empty for a flag (it takes no value)."""
    if getattr(param, "is_flag", False):
        return None
    label = str(typer.core.TyperOption.display_type(param, ctx))
    return _TYPE_LABELS.get(label, label)


def _param_name(param: Any) -> str:
    """How the help names a parameter: ``--groep`` for an option, ``NUMMER`` for an argument."""
    if param is None:
        return "waarde"
    if getattr(param, "param_type_name", "") == "option":
        return str(max(param.opts, key=len))
    return str(getattr(param, "metavar", None) or param.name).upper()


_BAD_VALUE_NL = {
    "Input should be a valid integer": "moet een geheel getal zijn",
    "Input should be a valid number": "moet een getal zijn",
    "Input should be a valid boolean": "moet true of false zijn",
}


def usage_error_text(error: typer.TyperException) -> str:
    """Click's usage errors in Dutch; they are told apart by class name (Click's are private)."""
    kind = type(error).__name__
    option_name = getattr(error, "option_name", None)
    message = str(error.message)
    if kind == "NoSuchOption":
        possible = list(getattr(error, "possibilities", None) or [])
        hint = f"; bedoelde u '{possible[0]}'?" if len(possible) == 1 else ""
        return f"onbekende optie '{option_name}'{hint}"
    if kind == "MissingParameter":
        param = getattr(error, "param", None)
        what = "optie" if getattr(param, "param_type_name", "") == "option" else "argument"
        return f"{what} {_param_name(param)} ontbreekt"
    if isinstance(error, typer.BadParameter):
        reason = next((nl for en, nl in _BAD_VALUE_NL.items() if message.startswith(en)), message)
        return f"ongeldige waarde voor {_param_name(error.param)}: {reason}"
    if kind == "BadOptionUsage":
        if message.endswith("requires an argument."):
            return f"optie '{option_name}' heeft een waarde nodig"
        if message.endswith("does not take a value."):
            return f"optie '{option_name}' neemt geen waarde"
        return f"optie '{option_name}' verkeerd gebruikt"
    command = re.match(r"No such command '(.*)'\.(?: Did you mean '(.*)'\?)?", message)
    if command:
        hint = f"; bedoelde u '{command[2]}'?" if command[2] else ""
        return f"onbekend commando '{command[1]}'{hint}"
    extra = re.match(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", message)
    if extra:
        return f"onverwacht extra argument: {extra[1]}"
    if message.startswith("Missing command"):
        return "commando ontbreekt"
    return f"ongeldig gebruik ({message})"
