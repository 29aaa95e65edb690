"""The two error families: UserError (clean Dutch message, exit code) and everything else (a bug)."""

from __future__ import annotations


class JihadprogError(Exception):
    """Root of every error this package raises on purpose."""


class UserError(JihadprogError):
    """A mistake in the input or the invocation; the CLI prints the message and exits."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
