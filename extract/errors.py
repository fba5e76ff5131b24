"""The error every reader raises for a file it cannot read, and the one-line reason it quotes."""

from __future__ import annotations


class DocumentError(Exception):
    """A document that cannot be read; the message names the problem (the caller adds the file)."""


def reason(exc: Exception) -> str:
    """One line naming the exception, for messages about damaged files."""
    message = (str(exc).splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
