"""Compiled regular expressions kept between runs, as Python keeps compiled modules in ``__pycache__``.

The extractor holds about 800 patterns, and compiling them costs about a quarter of a second at every start: more
than all its per-document work on a small folder (a dashboard refresh, a test run, a worker process). The standard
library compiles a pattern in two steps, parsing it and generating its code in Python (slow), then building the
pattern object from that code in C (``_sre.compile``, fast). This module stores each pattern's code in
``__pycache__/regex.<interpreter>.bin`` and, on the next start, rebuilds the pattern from it in the C step alone.
No library keeps compiled patterns between processes (``re``'s cache lives in one process; ``regex`` has none), so
this is written by hand.

Safety: the code stored is what the standard library generates for the same pattern and flags under the same
interpreter (the file names its cache tag, version and the regex engine's magic number, and is ignored under any
other); each stored entry was checked, when made, to rebuild a pattern equal to ``re.compile``'s; the C step
validates the code it is given; a file that is short, corrupt or of another interpreter is ignored; anything that
fails falls back to ``re.compile``. As with bytecode, nothing is written when Python is told not to write bytecode
(``PYTHONDONTWRITEBYTECODE``, ``-B``), unless asked explicitly (``python -m extract.rx``, as ``compileall`` is).
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import AnyStr, TypeVar

try:  # the two steps of re.compile (CPython's own modules; absent elsewhere, then patterns compile as usual)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

_INTERPRETER = f"{sys.implementation.cache_tag}-{sys.hexversion}-{getattr(_sre, 'MAGIC', 0)}-{sys.byteorder}"
_HEADER = f"extract-regex/2 {_INTERPRETER}\n".encode()
PATH = Path(__file__).resolve().parent / "__pycache__" / f"regex.{sys.implementation.cache_tag}.bin"
_MAX_ENTRIES = 5000  # more (patterns made per document pile up) and the file keeps only this process's

T = TypeVar("T")
#: flags, code (the C step's unsigned ints, in this machine's order, as bytes: marshal reads a list of half a million
#: ints at every start in 15 ms, the same as bytes at once), groups, their names
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_stored: dict[tuple[str | bytes, int], _Entry] = {}  # read from the file
_results: dict[tuple[str, str, str | bytes, int], object] = {}  # analyses of patterns (see ``memo``), read and made
_versions: dict[str, str] = {}  # the reader's version of each kind of analysis asked for in this process
_made: dict[tuple[str | bytes, int], re.Pattern] = {}  # compiled in this process
_used: dict[tuple[str | bytes, int], _Entry] = {}  # the entry of every pattern compiled in this process
_state = {"new": False, "save_registered": False, "write": not sys.dont_write_bytecode}


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:  # noqa: A001 - re.compile's name, on purpose
    """``re.compile(pattern, flags)``, rebuilt from the stored code when this interpreter stored it before."""
    flags = int(flags)
    key = (pattern, flags)
    found = _made.get(key)
    if found is not None:
        return found
    entry = _stored.get(key)
    if entry is not None and _sre is not None:
        try:
            flags_of, code, groups, names, index = entry
            found = _sre.compile(pattern, flags_of, _code(code), groups, names, index)
        except Exception:  # noqa: BLE001 - any failure of a stored entry means: compile as usual
            found = None
    if found is None:
        found = re.compile(pattern, flags)
        entry = _entry(pattern, flags, found) if _state["write"] else None
        if entry is not None:
            _state["new"] = True
            _register_save()
    if len(_made) < _MAX_ENTRIES:  # (patterns made from a document's words must not pile up in a long-lived process)
        if entry is not None:
            _used[key] = entry
        _made[key] = found
    return found


_CODE_TYPE = "I"  # an unsigned int, the C step's code word (``_sre.CODESIZE`` bytes)


def _code(stored: bytes) -> list[int]:
    """The code words of a stored entry, as the C step takes them."""
    words = array(_CODE_TYPE)
    words.frombytes(stored)
    return words.tolist()


def source_version(path: str) -> str:
    """A digest of a module's source, read once by the module: an analysis stored under it is dropped when the
    module that made it changes (its bytecode serves when its source is not shipped)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    except OSError:
        return ""  # no source: analyses are made afresh and not stored


def memo(
    kind: str, version: str, pattern: str | bytes, flags: int, compute: Callable[[], T], latest_only: bool = False
) -> T:
    """What ``compute`` reads from a pattern alone (the characters a match can start with, its leading words),
    stored with the compiled patterns: reading them parses the pattern, which costs as much as compiling it.
    ``version`` (``source_version`` of the module that reads it) drops what an older reader stored; ``latest_only``
    keeps one result of the kind, the last made (a file read whole, which each edit would otherwise add again)."""
    key = (kind, version, pattern, int(flags))
    _versions[kind] = version
    if key in _results:
        return _results[key]  # type: ignore[return-value]
    value = compute()
    if version and _state["write"]:
        try:
            marshal.dumps(value)
        except ValueError:
            return value  # not storable (a reader returning objects): made afresh each time
        if latest_only:
            for other in [k for k in _results if k[0] == kind]:
                del _results[other]
        _results[key] = value
        _state["new"] = True
        _register_save()
    return value


def _entry(pattern: AnyStr, flags: int, compiled: re.Pattern[AnyStr]) -> _Entry | None:
    """The C step's arguments for ``pattern``, as ``re._compiler.compile`` makes them; None when they do not rebuild
    a pattern equal to ``compiled`` (or this interpreter's ``re`` is made otherwise)."""
    if _sre is None or array(_CODE_TYPE).itemsize != getattr(_sre, "CODESIZE", 0):
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        names = parsed.state.groupdict
        index: list[str | None] = [None] * parsed.state.groups
        for name, i in names.items():
            index[i] = name
        # (plain ints: the code holds the opcodes as named int constants, which marshal does not write)
        as_ints = array(_CODE_TYPE, [int(c) for c in code])
        entry: _Entry = (
            int(flags | parsed.state.flags), as_ints.tobytes(), parsed.state.groups - 1, dict(names), tuple(index)
        )
        rebuilt = _sre.compile(pattern, entry[0], _code(entry[1]), *entry[2:])
    except Exception:  # noqa: BLE001 - an interpreter whose re works otherwise: no entry, the pattern still compiles
        return None
    same = (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
        compiled.pattern,
        compiled.flags,
        compiled.groups,
        compiled.groupindex,
    )
    return entry if same else None


def _load() -> None:
    """Read the stored entries; a missing, short, corrupt or foreign file leaves none."""
    try:
        data = PATH.read_bytes()
    except OSError:
        return
    if not data.startswith(_HEADER) or len(data) < len(_HEADER) + 32:
        return
    body, digest = data[len(_HEADER) : -32], data[-32:]
    if hashlib.sha256(body).digest() != digest:
        return
    try:
        entries = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return
    if isinstance(entries, tuple) and len(entries) == 2 and all(isinstance(e, dict) for e in entries):
        _stored.update(entries[0])
        _results.update(entries[1])


def save(force: bool = False) -> None:
    """Write the entries (the stored ones and this process's) atomically, when there are new ones; ``force`` writes
    even when Python is told not to write bytecode."""
    if not (_state["new"] or force) or (not _state["write"] and not force):
        return
    entries = {**_stored, **_used}
    if len(entries) > _MAX_ENTRIES:
        entries = dict(_used)
    # (an analysis whose reader changed since is dropped: only the version asked for in this process is kept)
    results = {k: v for k, v in _results.items() if _versions.get(k[0], k[1]) == k[1]}
    try:
        body = marshal.dumps((entries, results))
        PATH.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=PATH.parent, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_HEADER + body + hashlib.sha256(body).digest())
            os.chmod(tmp, 0o644)  # readable as the bytecode beside it is (mkstemp makes it the owner's alone)
            os.replace(tmp, PATH)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return  # a read-only install: patterns compile as usual next time
    _state["new"] = False


def _register_save() -> None:
    if not _state["save_registered"]:
        _state["save_registered"] = True
        atexit.register(save)


_load()


if __name__ == "__main__":  # python -m extract.rx: compile the pipeline's patterns and store them (as compileall)
    from extract import rx as package_rx  # (this file runs as __main__: the package's copy is the one in use)

    package_rx._state["write"] = True  # before the pipeline's modules compile their patterns
    from extract import alternation, catalogue, extractor  # noqa: F401 - imported for the patterns they compile

    _ = catalogue.load_catalogue().finder  # the literal starts of its keywords (``rules.literal_starts``)
    alternation.prepare_all()  # the unit alternation's sub-patterns, else compiled in each process on first use
    package_rx.save(force=True)
    print(f"{len(package_rx._used)} patterns stored in {package_rx.PATH}")
