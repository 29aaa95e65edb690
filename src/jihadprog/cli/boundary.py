"""The one error boundary: user errors become a Dutch message and an exit code; bugs keep their traceback.

Output goes through the same net: a closed pipe (``| head``) ends the run quietly with status
141, as it ends ``cat`` (killed by SIGPIPE); a full disk or another write error is a Dutch
message with status 1.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

import typer

from jihadprog.cli.dutch import PipeClosed, translate_rich_help, usage_error_text
from jihadprog.errors import UserError, os_reason
from jihadprog.visible import visible

PIPE_CLOSED = 141  # 128 + SIGPIPE, what a shell reports for `cat` whose reader went away


def run_app(app: typer.Typer, args: list[str] | None = None) -> int:
    """Run the app and turn every user-facing failure into a Dutch message and an exit code."""
    argv = sys.argv[1:] if args is None else args
    if not argv or "--help" in argv or "-h" in argv:
        translate_rich_help()
    try:
        code = _run(app, argv)
        sys.stdout.flush()
        return code
    except (PipeClosed, BrokenPipeError):
        _silence_stdout()
        return PIPE_CLOSED
    except OSError as error:
        _silence_stdout()
        where = f" ({visible(str(error.filename))})" if error.filename else ""
        sys.stderr.write(f"jihadprog: invoer-/uitvoerfout{where}: {os_reason(error)}\n")
        return 1


def _run(app: typer.Typer, argv: list[str]) -> int:
    try:
        result: Any = app(args=argv, prog_name="jihadprog", standalone_mode=False)
    except UserError as error:
        sys.stderr.write(f"jihadprog: {visible(error.message)}\n")
        return error.exit_code
    except typer.TyperException as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            error.show()  # type: ignore[attr-defined]
            return 0
        if getattr(error, "exit_code", 1) != 2:  # not a usage error: a bug, keep its traceback
            raise
        sys.stderr.write(f"jihadprog: {visible(usage_error_text(error))}\n")
        sys.stderr.write("Zie 'jihadprog --help' voor de commando's en opties.\n")
        return 2
    except typer.Exit as stop:
        return stop.exit_code
    except typer.Abort:
        sys.stderr.write("jihadprog: afgebroken\n")
        return 130
    return result if isinstance(result, int) else 0


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
