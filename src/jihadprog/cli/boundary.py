"""The one error boundary: user errors become a Dutch message and an exit code; bugs keep their traceback."""

from __future__ import annotations

import sys
from typing import Any

import typer

from jihadprog.cli.dutch import translate_rich_help, usage_error_text
from jihadprog.errors import UserError


def run_app(app: typer.Typer, args: list[str] | None = None) -> int:
    """Run the app and turn every user-facing failure into a Dutch message and an exit code."""
    argv = sys.argv[1:] if args is None else args
    if not argv or "--help" in argv or "-h" in argv:
        translate_rich_help()
    try:
        result: Any = app(args=argv, prog_name="jihadprog", standalone_mode=False)
    except UserError as error:
        sys.stderr.write(f"jihadprog: {error.message}\n")
        return error.exit_code
    except typer.TyperException as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            error.show()  # type: ignore[attr-defined]
            return 0
        if getattr(error, "exit_code", 1) != 2:  # not a usage error: a bug, keep its traceback
            raise
        sys.stderr.write(f"jihadprog: {usage_error_text(error)}\n")
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
