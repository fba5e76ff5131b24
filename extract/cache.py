"""Content-addressed cache of per-document results, so unchanged documents are not extracted again.

An entry is keyed by the document's name and bytes, the catalogue's bytes and a
fingerprint of the extractor's source: editing any of them misses the cache, so
a stale result is never served. Entries are written atomically (temporary file,
fsync, rename) and carry a checksum; an entry that is truncated, corrupt or from
another format is treated as a miss and recomputed.

An entry holds the document's ``documents.csv`` row and its observation rows
already rendered as CSV, which is what makes a warm run little more than
hashing the inputs and concatenating bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DEFAULT_CACHE_DIR = PROJECT_DIR / ".cache" / "extract"

#: Bump when the entry layout changes.
FORMAT = "extract-cache/1"
MAGIC = (FORMAT + "\n").encode()

#: Modules that run the work but do not decide what it produces; editing them keeps the cache.
NOT_FINGERPRINTED = frozenset({"__main__.py", "cli.py", "engines.py"})
#: Files inside extract/ whose content can decide the output (source and data the extractor may load).
FINGERPRINTED_SUFFIXES = frozenset({".py", ".yaml", ".yml", ".json", ".csv", ".txt", ".tsv"})


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 over the extractor's source files (path and bytes), so any code change invalidates the cache."""
    digest = hashlib.sha256(FORMAT.encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        rel = path.relative_to(PACKAGE_DIR)
        if (
            not path.is_file()
            or "__pycache__" in rel.parts
            or path.suffix not in FINGERPRINTED_SUFFIXES
            or (len(rel.parts) == 1 and path.name in NOT_FINGERPRINTED)
        ):
            continue
        digest.update(rel.as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


@dataclass(frozen=True)
class Entry:
    """A cached document result: its documents.csv row and its rendered, sorted observation rows."""

    document: dict[str, str]
    rows: int
    csv: bytes


class Cache:
    """A folder of entries, one file each, named by key. ``folder=None`` disables caching."""

    def __init__(self, folder: Path | None, catalogue_bytes: bytes, fingerprint: str | None = None) -> None:
        self.folder = folder
        self._catalogue_bytes, self._fingerprint = catalogue_bytes, fingerprint

    @cached_property
    def _context(self) -> str:
        """The run's part of every key; computed when first needed, which a disabled cache never does (hashing
        the extractor's source is a few milliseconds of every run's start-up)."""
        fingerprint = self._fingerprint or code_fingerprint()
        return hashlib.sha256(
            b"\0".join([MAGIC, hashlib.sha256(self._catalogue_bytes).hexdigest().encode(), fingerprint.encode()])
        ).hexdigest()

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def key(self, file_name: str, file_sha256: str) -> str:
        """The entry key of a document: its name (it becomes the doc id), its bytes' hash, and the run context."""
        return hashlib.sha256(f"{self._context}\0{file_name}\0{file_sha256}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.entry"

    def get(self, key: str) -> Entry | None:
        """The entry stored under ``key``, or None when missing or invalid (never a damaged entry)."""
        if self.folder is None:
            return None
        try:
            blob = self._path(key).read_bytes()
        except OSError:
            return None
        return decode_entry(blob, key)

    def put(self, key: str, entry: Entry) -> None:
        """Store ``entry`` atomically; a failure to write (disk full, read-only) only loses the caching."""
        if self.folder is None:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=path.parent)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(encode_entry(entry, key))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def encode_entry(entry: Entry, key: str) -> bytes:
    """``MAGIC``, the SHA-256 of the rest, then a JSON header line and the CSV bytes."""
    header = json.dumps(
        {"key": key, "document": entry.document, "rows": entry.rows, "csv_bytes": len(entry.csv)},
        ensure_ascii=False,
        sort_keys=True,
    ).encode()
    body = header + b"\n" + entry.csv
    return MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def decode_entry(blob: bytes, key: str) -> Entry | None:
    """The entry in ``blob`` if it is complete, uncorrupted and stored under ``key``; None otherwise."""
    if not blob.startswith(MAGIC):
        return None
    checksum, _, body = blob[len(MAGIC) :].partition(b"\n")
    if hashlib.sha256(body).hexdigest().encode() != checksum:
        return None
    header_line, _, csv = body.partition(b"\n")
    try:
        header = json.loads(header_line)
        document, rows = header["document"], header["rows"]
        valid = (
            header["key"] == key
            and header["csv_bytes"] == len(csv)
            and isinstance(document, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in document.items())
            and isinstance(rows, int)
        )
    except (ValueError, KeyError, TypeError):
        return None
    return Entry(document, rows, csv) if valid else None
