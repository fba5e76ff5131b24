"""Read a file from the seeds folder into a decoded ``Document``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .model import Document

SUPPORTED_SUFFIXES = (".txt", ".md")


class DocumentError(Exception):
    """A document that cannot be read; the message names the problem (the caller adds the file)."""


def read_document(path: Path, data: bytes) -> Document:
    """Decode ``data`` (the bytes of ``path``); raise DocumentError when it is not a readable document."""
    if not data.strip():
        raise DocumentError("empty file")
    if b"\x00" in data[:4096]:
        raise DocumentError("binary content, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"not valid UTF-8 at byte {exc.start}") from None
    return Document(
        doc=path.stem,
        file=path.name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        format=path.suffix.lstrip(".").lower() or "txt",
        encoding="utf-8",
    )


def list_documents(folder: Path) -> list[Path]:
    """Documents in ``folder`` in a stable order; hidden files are ignored."""
    return sorted(
        p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in SUPPORTED_SUFFIXES
    )
