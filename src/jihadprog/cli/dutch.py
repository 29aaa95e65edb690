"""Dutch for the parts of the CLI that Click and Typer write: usage, help panels, usage errors.

Typer 0.29 vendors Click as the private ``typer._click``; this module uses only Typer's public
names (``typer.core``, ``typer.TyperException``, ``typer.BadParameter``) and recognises Click's
usage errors, which all derive from ``typer.TyperException``, by their class names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import typer
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


class DutchGroup(_DutchHelp, TyperGroup):
    """The top-level group, in Dutch like its commands."""

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


def usage_error_text(error: typer.TyperException) -> str:
    """Click's usage errors in Dutch; they are told apart by class name (Click's are private)."""
    kind = type(error).__name__
    option_name = getattr(error, "option_name", None)
    if kind == "NoSuchOption":
        return f"onbekende optie '{option_name}'"
    if kind == "MissingParameter":
        name = getattr(getattr(error, "param", None), "human_readable_name", None)
        return f"'{name or 'een argument'}' ontbreekt"
    if isinstance(error, typer.BadParameter):
        name = getattr(error.param, "human_readable_name", None) or "waarde"
        return f"ongeldige waarde voor '{name}': {error.message}"
    if kind == "BadOptionUsage":
        return f"optie '{option_name}' verkeerd gebruikt: {error.message}"
    message = error.message
    if message.startswith("No such command"):
        return "onbekend commando " + message.removeprefix("No such command").strip(" .")
    if message.startswith("Got unexpected extra argument"):
        return "onverwacht extra argument " + message.split("(", 1)[-1].rstrip(")")
    return message
