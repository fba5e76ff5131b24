"""Finished documents' CSV rows, kept in an unnamed temporary file rather than in memory until the outputs are written.

Hundreds of plans render to tens of megabytes of observation rows (48 MB for the NDC corpus); held in memory, they
set the run's peak. The rows go to the spool as each document finishes and are read back, in document order, while
observations.csv is written (``write.Content`` accepts any sequence of chunks).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence

from .cache import Entry


class Spool:
    """Append-only store of each document's rendered rows; closed (and so deleted) by ``close``."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="extract-rows-")
        self._spans: dict[str, tuple[int, int]] = {}

    def keep(self, entry: Entry) -> Entry:
        """Store ``entry``'s rows; return the entry without them (its document row and row count only)."""
        if entry.csv:
            offset = self._file.seek(0, os.SEEK_END)
            self._file.write(entry.csv)
            self._spans[entry.document["doc"]] = (offset, len(entry.csv))
        return Entry(entry.document, entry.rows, b"")

    def read(self, doc: str) -> bytes:
        """The rows stored for ``doc`` (empty when it had none)."""
        if doc not in self._spans:
            return b""
        offset, size = self._spans[doc]
        self._file.seek(offset)
        return self._file.read(size)

    def chunks(self, head: bytes, docs: list[str]) -> Chunks:
        """``head`` then the rows of ``docs`` in that order, read one document at a time."""
        return Chunks(self, head, [d for d in docs if d in self._spans])

    def close(self) -> None:
        self._file.close()


class Chunks(Sequence[bytes]):
    """The chunks of observations.csv, read from the spool when asked for (write.py iterates them twice)."""

    def __init__(self, spool: Spool, head: bytes, docs: list[str]) -> None:
        self._spool, self._head, self._docs = spool, head, docs

    def __len__(self) -> int:
        return 1 + len(self._docs)

    def __getitem__(self, index: int) -> bytes:  # type: ignore[override]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        index %= len(self)
        return self._head if index == 0 else self._spool.read(self._docs[index - 1])
