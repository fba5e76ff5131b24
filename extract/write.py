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
from collections.abc import Callable, Iterable, Sequence
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
    """Rows as UTF-8 CSV with LF line endings, columns in the schema's order: what ``csv.DictWriter`` writes.

    Rows of strings are joined here, quoted by the csv module's minimal rule (``_field``): its writer copies each
    character in C, three times as long as ``str.join`` on an observations.csv of 45 MB. A row holding exactly the
    table's columns (as the extractor builds them) is read by one ``itemgetter`` call.
    """
    fieldnames = tuple(table.fieldnames)
    rows = list(rows)
    if len(fieldnames) > 1:  # a one-column row of an empty string is written '""'
        read = _row_reader(fieldnames)
        try:
            lines = [",".join([_field(v) for v in read(row)]) for row in rows]
        except TypeError:  # a value that is not a string: the csv module converts it
            pass
        else:
            head = ",".join([_field(name) for name in fieldnames]) + "\n" if header else ""
            return (head + "".join([line + "\n" for line in lines])).encode("utf-8")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(fieldnames)
    writer.writerows(map(_row_reader(fieldnames), rows))
    return buf.getvalue().encode("utf-8")


def _writes_quoted(char: str) -> bool:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([char, ""])
    return buf.getvalue().startswith('"')


#: Whether the csv module quotes a field holding "\r" when the line terminator is "\n" (Python 3.12 on); it always
#: quotes one holding the delimiter, the quote or the line terminator.
_QUOTES_CR = _writes_quoted("\r")


def _field(value: str) -> str:
    """A field as the csv module writes it (QUOTE_MINIMAL, doubled quotes); a TypeError for a non-string."""
    if "," in value or '"' in value or "\n" in value or (_QUOTES_CR and "\r" in value):
        return '"' + value.replace('"', '""') + '"'
    return value


def _row_reader(fieldnames: tuple[str, ...]) -> Callable[[dict[str, str]], Sequence[str]]:
    """A row's values in column order; as DictWriter: a missing column is empty, an unknown one a ValueError."""
    columns = frozenset(fieldnames)
    values = itemgetter(*fieldnames) if len(fieldnames) > 1 else None  # of one key: the value, not a tuple

    def read(row: dict[str, str]) -> Sequence[str]:
        if values is not None and row.keys() == columns:
            return values(row)
        unknown = row.keys() - columns
        if unknown:
            raise ValueError("dict contains fields not in fieldnames: " + ", ".join(repr(k) for k in unknown))
        return [row.get(name, "") for name in fieldnames]

    return read


def json_bytes(obj: object) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
