"""Run the stages over a folder of documents and assemble the output tables.

``process_file`` is the unit of work: one path in, one picklable result out, so
it runs unchanged in-process, in a process pool or on a Dask worker. Results
are rendered to CSV per document and cached by content; the output files are
the concatenation of those per-document pieces in document order, which is why
a warm run costs little more than hashing the inputs.
"""

from __future__ import annotations

import hashlib
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .cache import Cache, Entry, file_sha256
from .catalogue import Catalogue
from .extractor import extract_document
from .language import detect, not_read_reason
from .party import document_country, iso3_prefix
from .places import country_label
from .read import DocumentError, check_size, list_documents, read_document
from .schema import DOCUMENTS, INDICATORS, OBSERVATIONS, datapackage
from .spool import Spool
from .write import Content, csv_bytes, json_bytes, write_outputs

if TYPE_CHECKING:
    from .engines import Engine

OBSERVATION_COLUMNS = OBSERVATIONS.fieldnames


@dataclass
class DocResult:
    """What one document contributes: its documents.csv row and its observation rows.

    ``cacheable`` is False for failures that do not follow from the file's bytes
    (the file could not be opened, the extractor raised), so they are retried next run.
    """

    document: dict[str, str]
    observations: list[dict[str, str]] = field(default_factory=list)
    cacheable: bool = True

    @property
    def ok(self) -> bool:
        return self.document["status"] == "ok"


def process_file(path: Path, catalogue: Catalogue, data: bytes | None = None) -> DocResult:
    """Read, extract and classify one document; any failure becomes an ``error`` row naming the reason.

    ``data`` is the file's bytes when the caller already has them (a Dask worker may not see ``path``).
    """
    if data is None:
        try:
            size = path.stat().st_size
            check_size(size)  # before reading: a huge file must not be loaded into memory only to be refused
            data = path.read_bytes()
        except OSError as exc:
            return DocResult(_error_row(path, b"", f"cannot open: {exc.strerror or exc}"), cacheable=False)
        except DocumentError as exc:
            return _too_large(path, size, str(exc))
    try:
        doc = read_document(path, data)
    except DocumentError as exc:
        return DocResult(_error_row(path, data, str(exc)))
    language = detect(doc.text)
    document = {
        "doc": doc.doc,
        "file": doc.file,
        "title": doc.title,
        "sha256": doc.sha256,
        "chars": str(len(doc.text)),
        "status": "ok",
        "error": "",
        "rows": "0",
        "bytes": str(doc.bytes),
        "format": doc.format,
        "encoding": doc.encoding,
        "language": language.code,
        "country": document_country(doc.text, doc.file),
    }
    reason = not_read_reason(language)
    if reason:  # mined with English patterns, a French plan gives junk; say so instead
        return DocResult(_full_row(document | {"status": "skipped", "error": reason}))
    try:
        result = extract_document(doc, catalogue)
        rows = sorted((o.as_row() for o in result.observations), key=observation_sort_key)
        stray = next((r["doc"] for r in rows if r["doc"] != doc.doc), None)
        if stray is not None:
            raise ValueError(f"observation has doc {stray!r}, expected {doc.doc!r}")
    except Exception as exc:  # an extractor bug must not lose the other documents
        return DocResult(_error_row(path, data, f"internal error in extractor: {_describe(exc)}"), cacheable=False)
    document |= {
        "rows": str(len(rows)),
        "default_year": "" if result.default_year is None else str(result.default_year),
        "default_year_quote": result.default_year_quote,
    }
    return DocResult(_full_row(document), rows)


def _full_row(document: dict[str, str]) -> dict[str, str]:
    """Every documents.csv column, in schema order, empty where nothing was said."""
    return {name: document.get(name, "") for name in DOCUMENTS.fieldnames}


def _too_large(path: Path, size: int, reason: str) -> DocResult:
    """The error row of a file refused on its size; its hash is streamed (constant memory) so that the dashboard's
    freshness check, which compares hashes, sees the file as extracted."""
    try:
        sha = file_sha256(path)
    except OSError as exc:
        return DocResult(_error_row(path, b"", f"cannot open: {exc.strerror or exc}"), cacheable=False)
    return DocResult(_error_row(path, b"", reason) | {"sha256": sha, "bytes": str(size)})


def _describe(exc: Exception) -> str:
    """``Type: message (at file:line)``: enough for the lead to find the bug from the one-line error."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _error_row(path: Path, data: bytes, reason: str) -> dict[str, str]:
    row = {name: "" for name in DOCUMENTS.fieldnames}
    row.update(
        doc=path.stem,
        file=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=str(len(data)),
        status="error",
        error=reason,
        rows="0",
    )
    return row


def _int(text: str) -> int:
    return int(text) if text.lstrip("-").isdigit() else -1


def observation_sort_key(row: dict[str, str]) -> tuple:
    """Document, position, then every other column: a total order, so equal input gives equal bytes."""
    return (
        row["doc"],
        _int(row["char_start"]),
        _int(row["char_end"]),
        row["kind"],
        row["year"],
        row["value"],
        row["unit"],
        *map(row.get, OBSERVATION_COLUMNS, _EMPTY),  # row.get(c, "") for each column, without a generator's frames
    )


_EMPTY = repeat("")


def render(result: DocResult) -> Entry:
    """The document's finished contribution: its row, and its sorted observation rows as CSV without header."""
    return Entry(result.document, len(result.observations), csv_bytes(OBSERVATIONS, result.observations, header=False))


def build_outputs(entries: list[Entry], catalogue: Catalogue, spool: Spool | None = None) -> dict[str, Content]:
    """The content of every output file, in document order, so that the same input gives the same bytes.

    Observations are sorted by document first, so concatenating each document's sorted rows in
    document order is the same as sorting them all. With ``spool``, the rows are read from it.
    """
    entries = sorted(entries, key=lambda e: e.document["doc"])
    head = csv_bytes(OBSERVATIONS, [])
    if spool is not None:
        observations: Content = spool.chunks(head, [e.document["doc"] for e in entries])
    else:
        observations = [head] + [e.csv for e in entries if e.csv]
    return {
        OBSERVATIONS.path: observations,
        DOCUMENTS.path: csv_bytes(DOCUMENTS, [e.document for e in entries]),
        INDICATORS.path: csv_bytes(INDICATORS, catalogue.rows()),
        "datapackage.json": json_bytes(datapackage(__version__)),
    }


@dataclass
class RunSummary:
    """What a run did, for the CLI's summary line, the benchmarks and the dashboard's spinner.

    ``entries`` hold each document's row and row count; their rows were written, not kept (``spool``).
    """

    entries: list[Entry]
    seconds: float
    extracted: int = 0  # documents run through the extractor this time
    cached: int = 0  # documents served from the cache
    written: list[str] = field(default_factory=list)  # output files whose bytes changed

    @property
    def failed(self) -> list[Entry]:
        return [e for e in self.entries if e.document["status"] == "error"]

    @property
    def skipped(self) -> list[Entry]:
        """Read but not mined: a language the extractor does not read, or a copy of another document."""
        return [e for e in self.entries if e.document["status"] == "skipped"]

    @property
    def rows(self) -> int:
        return sum(e.rows for e in self.entries)

    @property
    def megabytes(self) -> float:
        return sum(int(e.document["bytes"] or 0) for e in self.entries) / 1e6


#: Called once per document as it finishes: its path, its result, whether it came from the cache.
OnResult = Callable[[Path, Entry, bool], None]


def run_extraction(
    seeds: Path | list[Path],
    out: Path,
    catalogue: Catalogue,
    on_result: OnResult | None = None,
    cache: Cache | None = None,
    engine: Engine | None = None,
) -> RunSummary:
    """Extract every document in ``seeds`` (a folder or a list of files) and atomically replace the outputs in ``out``.

    Documents whose entry is in ``cache`` are not extracted again; the others go to ``engine``
    (default: in this process). Nothing in ``out`` is touched until every document is done.
    """
    from .engines import SerialEngine

    started = time.perf_counter()
    paths = list_documents(seeds) if isinstance(seeds, Path) else list(seeds)
    hashes = {path: _sha256(path) for path in _to_hash(paths, cache is not None and cache.enabled)}
    copies = duplicates(paths, hashes)
    entries: list[Entry] = []
    misses: list[Path] = []
    spool = Spool()
    try:
        for path in paths:
            if path in copies:
                continue
            entry = _lookup(cache, path, hashes.get(path))
            if entry is None:
                misses.append(path)
            else:
                entries.append(spool.keep(entry))
                if on_result:
                    on_result(path, entry, True)
        for path, result in (engine or SerialEngine()).map(misses, catalogue):
            entry = render(result)
            if cache is not None and cache.enabled and result.cacheable:
                cache.put(cache.key(path.name, result.document["sha256"]), entry)
            entries.append(spool.keep(entry))
            if on_result:
                on_result(path, entry, False)
        by_doc = {e.document["doc"]: e for e in entries}
        for path, original in copies.items():
            entry = copy_entry(path, by_doc[original.stem].document)
            entries.append(entry)
            if on_result:
                on_result(path, entry, False)
        written = write_outputs(out, build_outputs(entries, catalogue, spool))
    finally:
        spool.close()
    cached = len(paths) - len(misses) - len(copies)
    return RunSummary(entries, time.perf_counter() - started, len(misses), cached, written)


def _to_hash(paths: list[Path], caching: bool) -> list[Path]:
    """The files whose hash is needed before extraction: all of them for the cache; else those that may be copies
    of another (a file whose size no other file has is not one), as reading a document hashes it again."""
    if caching:
        return paths
    sizes: dict[Path, int | None] = {}
    for path in paths:
        try:
            sizes[path] = path.stat().st_size
        except OSError:
            sizes[path] = None  # hashed: that fails too, and process_file reports it
    count = Counter(sizes.values())
    return [path for path in paths if sizes[path] is None or count[sizes[path]] > 1]


def _sha256(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None  # process_file reports it


def duplicates(paths: list[Path], hashes: dict[Path, str | None]) -> dict[Path, Path]:
    """Each file whose bytes repeat an earlier one's (in sorted name order, so the choice is stable), with that one."""
    first: dict[str, Path] = {}
    copies: dict[Path, Path] = {}
    for path in sorted(paths, key=lambda p: p.name):
        sha = hashes.get(path)
        if sha is None:
            continue
        if sha in first:
            copies[path] = first[sha]
        else:
            first[sha] = path
    return copies


def copy_entry(path: Path, original: dict[str, str]) -> Entry:
    """The documents.csv row of a copy: the original's reading of the bytes, none of its rows, and which it repeats.

    Its country comes from its own file name when that has a party prefix (one text may be filed by several parties).
    """
    prefix = iso3_prefix(path.name)
    row = original | {
        "doc": path.stem,
        "file": path.name,
        "status": "skipped",
        "error": f"same bytes as {original['doc']}: its rows are not emitted twice",
        "rows": "0",
        "duplicate_of": original["doc"],
        "country": country_label(prefix) if prefix else original.get("country", ""),
    }
    return Entry(_full_row(row), 0, b"")


def _lookup(cache: Cache | None, path: Path, sha: str | None) -> Entry | None:
    if cache is None or not cache.enabled or sha is None:
        return None
    return cache.get(cache.key(path.name, sha))
