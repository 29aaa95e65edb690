"""Dutch for the parts of the CLI that Click and Typer write: usage, help panels, usage errors.

Typer (0.29+) vendors Click as ``typer._click``; this module is the one place that reaches into it.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any, ClassVar

import typer
from typer._click import core as click_core
from typer._click import exceptions as click_errors
from typer._click.formatting import HelpFormatter
from typer.core import TyperCommand, TyperGroup, TyperOption

from jihadprog.errors import UserError

_HELP_TEXT = "Toon deze hulp en stop."


def _dutch_help_option(command: click_core.Command, ctx: click_core.Context) -> TyperOption | None:
    option = click_core.Command.get_help_option(command, ctx)
    if option is not None:
        option.help = _HELP_TEXT
    return option


def _dutch_usage(
    command: click_core.Command, ctx: click_core.Context, formatter: HelpFormatter
) -> None:
    dutch = {"[OPTIONS]": "[OPTIES]", "COMMAND [ARGS]...": "COMMANDO [ARGUMENTEN]..."}
    pieces = [dutch.get(piece, piece) for piece in command.collect_usage_pieces(ctx)]
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix="Gebruik: ")


class DutchCommand(TyperCommand):
    """A Typer command whose help option and usage line speak Dutch."""

    def get_help_option(self, ctx: click_core.Context) -> TyperOption | None:
        """The --help option, described in Dutch."""
        return _dutch_help_option(self, ctx)

    def format_usage(self, ctx: click_core.Context, formatter: HelpFormatter) -> None:
        """'Gebruik: …' instead of 'Usage: …'."""
        _dutch_usage(self, ctx, formatter)


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

    def parse_args(self, ctx: click_core.Context, args: list[str]) -> list[str]:
        """Fill in the implicit values, then parse as usual."""
        return super().parse_args(ctx, fill_optional_values(args, self.implicit_values))


class DutchGroup(TyperGroup):
    """The top-level group, in Dutch like its commands."""

    def get_help_option(self, ctx: click_core.Context) -> TyperOption | None:
        """The --help option, described in Dutch."""
        return _dutch_help_option(self, ctx)

    def format_usage(self, ctx: click_core.Context, formatter: HelpFormatter) -> None:
        """'Gebruik: …' instead of 'Usage: …'."""
        _dutch_usage(self, ctx, formatter)


def _translate_rich_help() -> None:
    """Panel titles of Typer's rich help, set only when help is about to be shown."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = "Argumenten"
    rich_utils.OPTIONS_PANEL_TITLE = "Opties"
    rich_utils.COMMANDS_PANEL_TITLE = "Commando's"
    rich_utils.DEFAULT_STRING = "[standaard: {}]"
    rich_utils.REQUIRED_LONG_STRING = "[verplicht]"
    rich_utils.ENVVAR_STRING = "[omgevingsvariabele: {}]"


def _usage_error_text(error: click_errors.UsageError) -> str:
    if isinstance(error, click_errors.NoSuchOption):
        return f"onbekende optie '{error.option_name}'"
    if isinstance(error, click_errors.MissingParameter):
        name = getattr(error.param, "human_readable_name", None) or "een argument"
        return f"'{name}' ontbreekt"
    if isinstance(error, click_errors.BadParameter):
        name = getattr(error.param, "human_readable_name", None) or "waarde"
        return f"ongeldige waarde voor '{name}': {error.message}"
    if isinstance(error, click_errors.BadOptionUsage):
        return f"optie '{error.option_name}' verkeerd gebruikt: {error.message}"
    message = error.message
    if message.startswith("No such command"):
        return "onbekend commando " + message.removeprefix("No such command").strip(" .")
    if message.startswith("Got unexpected extra argument"):
        return "onverwacht extra argument " + message.split("(", 1)[-1].rstrip(")")
    return message


def run_app(app: typer.Typer, args: list[str] | None = None) -> int:
    """Run the app and turn every user-facing failure into a Dutch message and an exit code."""
    argv = sys.argv[1:] if args is None else args
    if not argv or "--help" in argv or "-h" in argv:
        _translate_rich_help()
    try:
        result: Any = app(args=argv, prog_name="jihadprog", standalone_mode=False)
    except UserError as error:
        sys.stderr.write(f"jihadprog: {error.message}\n")
        return error.exit_code
    except click_errors.NoArgsIsHelpError as error:
        error.show()
        return 0
    except click_errors.UsageError as error:
        sys.stderr.write(f"jihadprog: {_usage_error_text(error)}\n")
        sys.stderr.write("Zie 'jihadprog --help' voor de commando's en opties.\n")
        return 2
    except typer.Exit as stop:
        return stop.exit_code
    except typer.Abort:
        sys.stderr.write("jihadprog: afgebroken\n")
        return 130
    except BrokenPipeError:
        return 0
    return result if isinstance(result, int) else 0
