"""The two error families: UserError (clean Dutch message, exit code) and everything else (a bug)."""

from __future__ import annotations

import errno


class JihadprogError(Exception):
    """Root of every error this package raises on purpose."""


class UserError(JihadprogError):
    """A mistake in the input or the invocation; the CLI prints the message and exits."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


_OS_REASONS = {
    errno.EACCES: "geen toegang (rechten)",
    errno.EPERM: "geen toestemming",
    errno.ENOENT: "bestaat niet",
    errno.ELOOP: "symbolische links vormen een lus",
    errno.EISDIR: "is een map",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EIO: "invoer-/uitvoerfout van het apparaat",
    errno.ENAMETOOLONG: "naam is te lang",
    errno.ENOSPC: "geen ruimte meer op het apparaat",
    errno.EROFS: "het bestandssysteem is alleen-lezen",
    errno.EDQUOT: "schijfquotum overschreden",
    errno.EFBIG: "bestand te groot",
    errno.EPIPE: "de ontvanger van de uitvoer is gestopt",
    errno.EEXIST: "bestaat al",
    errno.EBUSY: "is in gebruik",
    errno.EXDEV: "ligt op een ander bestandssysteem",
}


def os_reason(error: OSError) -> str:
    """A short Dutch reason for an OS error (the system's own text is often English)."""
    if error.errno in _OS_REASONS:
        return _OS_REASONS[error.errno]
    return f"systeemfout {errno.errorcode.get(error.errno or 0, type(error).__name__)}"
