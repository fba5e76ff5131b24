"""Atomic, deterministic CSV and JSON output.

Every output file is staged as a temporary file beside its target and fsynced;
only when *all* of them are staged are they renamed over the old ones. A crash
or error while staging therefore leaves the old files untouched and no
temporary files behind; a crash during the renames leaves each file either
wholly old or wholly new, never half-written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from .schema import Table

#: File content: one bytes object, or a sequence of chunks written one after the other
#: (so that a large observations.csv is never joined into one copy in memory).
Content = bytes | Sequence[bytes]


def _chunks(content: Content) -> Sequence[bytes]:
    return (content,) if isinstance(content, bytes | bytearray) else content


def _unchanged(path: Path, content: Content) -> bool:
    """True when ``path`` already holds exactly ``content``: such a file is not rewritten, so its mtime stays."""
    chunks = _chunks(content)
    try:
        if path.stat().st_size != sum(len(c) for c in chunks):
            return False
        with path.open("rb") as fh:
            return all(fh.read(len(c)) == c for c in chunks)
    except OSError:
        return False


@lru_cache(maxsize=1)
def _umask() -> int:
    """The process umask, read without changing it (``os.umask`` can only be read by setting it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _mode_for(path: Path) -> int:
    """Keep a replaced file's permissions; a new file gets the usual ones (mkstemp would make it private)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _stage(path: Path, content: Content) -> str:
    """Write ``content`` to a fsynced temporary file in ``path``'s folder and return its name."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as fh:
            for chunk in _chunks(content):
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _unlink(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def _fsync_dir(folder: Path) -> None:
    """Make the renames themselves durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: Content) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.replace(_stage(path, data), path)
    _fsync_dir(path.parent)


def write_outputs(out: Path, files: dict[str, Content]) -> list[str]:
    """Replace the files in ``out`` all-or-nothing as far as a file system allows; return the names rewritten.

    Files whose bytes would not change are left alone.
    """
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, content in files.items():
            target = out / name
            if not _unchanged(target, content):
                staged.append((_stage(target, content), target))
    except BaseException:
        for tmp, _ in staged:
            _unlink(tmp)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)
    if staged:
        _fsync_dir(out)
    return [target.name for _, target in staged]


def csv_bytes(table: Table, rows: Iterable[dict[str, str]], header: bool = True) -> bytes:
    """Rows as UTF-8 CSV with LF line endings, columns in the schema's order.

    Rows with exactly the schema's columns (every row the pipeline makes) go to csv.writer as their values in column
    order, which is what csv.DictWriter writes for them, without its per-row key checks and generator; otherwise
    DictWriter writes them, raising on an unknown column and leaving a missing one empty.
    """
    names = table.fieldnames
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=names, lineterminator="\n", extrasaction="raise")
    if header:
        writer.writeheader()
    rows = rows if isinstance(rows, list) else list(rows)
    keys = frozenset(names)
    if len(names) > 1 and all(len(row) == len(keys) and row.keys() == keys for row in rows):
        csv.writer(buf, lineterminator="\n").writerows(map(itemgetter(*names), rows))
    else:  # itemgetter of one key gives the value, not a row of one
        writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def json_bytes(obj: object) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
