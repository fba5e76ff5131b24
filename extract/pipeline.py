"""Run the stages over a folder of documents and assemble the output tables.

``process_file`` is the unit of work: one path in, one picklable result out, so
it runs unchanged in-process, in a process pool or on a Dask worker.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .catalogue import Catalogue
from .extractor import extract_document
from .read import DocumentError, read_document
from .schema import DOCUMENTS, INDICATORS, OBSERVATIONS, datapackage
from .write import csv_bytes, json_bytes


@dataclass
class DocResult:
    """What one document contributes: its documents.csv row and its observation rows."""

    document: dict[str, str]
    observations: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.document["status"] == "ok"


def process_file(path: Path, catalogue: Catalogue) -> DocResult:
    """Read, extract and classify one document; a read failure becomes an ``error`` row."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return DocResult(_error_row(path, b"", f"cannot open: {exc.strerror or exc}"))
    try:
        doc = read_document(path, data)
    except DocumentError as exc:
        return DocResult(_error_row(path, data, str(exc)))
    result = extract_document(doc, catalogue)
    rows = [o.as_row() for o in result.observations]
    document = {
        "doc": doc.doc,
        "file": doc.file,
        "title": doc.title,
        "sha256": doc.sha256,
        "chars": str(len(doc.text)),
        "status": "ok",
        "error": "",
        "rows": str(len(rows)),
        "bytes": str(doc.bytes),
        "format": doc.format,
        "encoding": doc.encoding,
        "default_year": "" if result.default_year is None else str(result.default_year),
        "default_year_quote": result.default_year_quote,
    }
    return DocResult(document, rows)


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


def _observation_sort_key(row: dict[str, str]) -> tuple:
    return (row["doc"], int(row["char_start"]), int(row["char_end"]), row["kind"], row["year"], row["value"], row["unit"])


def build_outputs(results: list[DocResult], catalogue: Catalogue) -> dict[str, bytes]:
    """The bytes of every output file, sorted so that the same input gives the same bytes."""
    results = sorted(results, key=lambda r: r.document["doc"])
    observations = sorted((row for r in results for row in r.observations), key=_observation_sort_key)
    return {
        OBSERVATIONS.path: csv_bytes(OBSERVATIONS, observations),
        DOCUMENTS.path: csv_bytes(DOCUMENTS, [r.document for r in results]),
        INDICATORS.path: csv_bytes(INDICATORS, catalogue.rows()),
        "datapackage.json": json_bytes(datapackage(__version__)),
    }
