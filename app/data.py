"""Where the data lives, loading it (the only place with ``st.cache_data``), and keeping it fresh.

The committed ``data/`` is the extractor's output for the committed ``seeds/``. When a seed is added, removed or
edited, its sha256 no longer matches ``documents.csv`` and the next page load re-extracts before reading.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import streamlit as st

from extract.schema import DOCUMENTS, INDICATORS, OBSERVATIONS, Table

REPO = Path(__file__).resolve().parent.parent
DATA_ENV, SEEDS_ENV = "CLIMATE_DATA_DIR", "CLIMATE_SEEDS_DIR"
ROW = "row"  # 1-based position in observations.csv: the id shown next to every highlight and in every table

_PANDAS_TYPE = {"integer": "Int64", "number": "Float64", "string": "str"}
_extract_lock = threading.Lock()
_failed_fingerprints: dict[str, str] = {}


def _folder(env: str, default: str) -> Path:
    """A folder from the environment (relative to the working directory) or the repo's own default."""
    value = os.environ.get(env, "").strip()
    return Path(value).expanduser().resolve() if value else REPO / default


def data_dir() -> Path:
    return _folder(DATA_ENV, "data")


def seeds_dir() -> Path:
    return _folder(SEEDS_ENV, "seeds")


@dataclass
class Dataset:
    """The three tables. ``raw`` keeps observations.csv's text exactly, so downloads repeat the source digits."""

    observations: pd.DataFrame
    raw: pd.DataFrame
    documents: pd.DataFrame
    indicators: pd.DataFrame

    @property
    def empty(self) -> bool:
        return self.observations.empty


# ---------------------------------------------------------------------------------------------- pure parsing


def read_table(path: Path, table: Table) -> pd.DataFrame:
    """A CSV as text, with every schema column present (missing ones empty) and extra columns kept."""
    if not path.is_file() or path.stat().st_size == 0:
        return pd.DataFrame({name: pd.Series(dtype="str") for name in table.fieldnames})
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    for name in table.fieldnames:
        if name not in frame.columns:
            frame[name] = ""
    return frame


def typed(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Schema types for the schema's columns: empty integer/number cells become <NA>."""
    out = frame.copy()
    for col in table.columns:
        if col.type in ("integer", "number"):
            out[col.name] = pd.to_numeric(out[col.name].replace("", None), errors="coerce").astype(
                _PANDAS_TYPE[col.type]
            )
    return out


def build_dataset(folder: Path) -> Dataset:
    """Read the three CSVs in ``folder``; observations get a ``row`` id and float values for the maths."""
    raw = read_table(folder / OBSERVATIONS.path, OBSERVATIONS)
    raw.insert(0, ROW, range(1, len(raw) + 1))
    obs = typed(raw, OBSERVATIONS)
    obs["value"] = obs["value"].astype("float64")
    documents = typed(read_table(folder / DOCUMENTS.path, DOCUMENTS), DOCUMENTS)
    indicators = read_table(folder / INDICATORS.path, INDICATORS)
    return Dataset(obs, raw, documents, indicators)


# ---------------------------------------------------------------------------------------------- loading


def _stamp(folder: Path) -> tuple:
    """Changes whenever an output file is replaced, so the cache never serves stale tables."""
    out = []
    for name in (OBSERVATIONS.path, DOCUMENTS.path, INDICATORS.path):
        try:
            st_ = (folder / name).stat()
            out.append((name, st_.st_mtime_ns, st_.st_size))
        except FileNotFoundError:
            out.append((name, None, None))
    return tuple(out)


@st.cache_data(show_spinner=False, max_entries=8)
def _load(folder: str, stamp: tuple) -> Dataset:
    return build_dataset(Path(folder))


def load() -> Dataset:
    """The current data folder's tables, cached until a file in it changes."""
    folder = data_dir()
    return _load(str(folder), _stamp(folder))


# ---------------------------------------------------------------------------------------------- freshness


@lru_cache(maxsize=4096)
def _sha256(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _seed_files(folder: Path) -> list[Path]:
    try:
        from extract.read import list_documents
    except ImportError:  # pragma: no cover - extract/ is part of the repo
        return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    return list_documents(folder)


def seed_hashes(folder: Path) -> dict[str, str]:
    """file name -> sha256 for every document the extractor would read; hashed again only when a file changes."""
    if not folder.is_dir():
        return {}
    out = {}
    for path in _seed_files(folder):
        stat = path.stat()
        out[path.name] = _sha256(str(path), stat.st_size, stat.st_mtime_ns)
    return out


@lru_cache(maxsize=16)
def _known_hashes(path: str, mtime_ns: int, size: int) -> dict[str, str]:
    documents = read_table(Path(path), DOCUMENTS)
    return dict(zip(documents["file"], documents["sha256"], strict=True))


def known_hashes(folder: Path) -> dict[str, str]:
    """file -> sha256 from documents.csv, read again only when the file changes (this runs on every rerun)."""
    path = folder / DOCUMENTS.path
    try:
        stat = path.stat()
    except FileNotFoundError:
        return {}
    return _known_hashes(str(path), stat.st_mtime_ns, stat.st_size)


def stale_reason(seeds: dict[str, str], documents: pd.DataFrame | dict[str, str]) -> str | None:
    """Why the data no longer matches the seeds (added, removed, edited files), or None when it does.

    ``documents`` is documents.csv (a frame) or its file -> sha256 map.
    """
    if isinstance(documents, pd.DataFrame):
        documents = dict(zip(documents["file"], documents["sha256"], strict=True))
    known = documents
    added = sorted(set(seeds) - set(known))
    removed = sorted(set(known) - set(seeds))
    edited = sorted(f for f in set(seeds) & set(known) if seeds[f] != known[f])
    parts = [
        f"{label} {_names(files)}"
        for label, files in (("added", added), ("removed", removed), ("edited", edited))
        if files
    ]
    return "; ".join(parts) if parts else None


def _names(files: Iterable[str]) -> str:
    files = list(files)
    shown = ", ".join(files[:3])
    return shown + (f" and {len(files) - 3} more" if len(files) > 3 else "")


def _fingerprint(seeds: dict[str, str]) -> str:
    return hashlib.sha256(repr(sorted(seeds.items())).encode()).hexdigest()


def run_extraction(seeds: Path, out: Path) -> object:
    """The extractor's own pipeline with its default catalogue; imported late so a broken extractor cannot stop
    the dashboard from showing the data it already has."""
    catalogue = importlib.import_module("extract.catalogue")
    pipeline = importlib.import_module("extract.pipeline")
    return pipeline.run_extraction(seeds, out, catalogue.load_catalogue())


def ensure_fresh() -> None:
    """Re-extract, under a visible spinner, when the seeds no longer match documents.csv."""
    seeds, out = seeds_dir(), data_dir()
    hashes = seed_hashes(seeds)
    if not hashes and not seeds.is_dir():
        return
    reason = stale_reason(hashes, known_hashes(out))
    if reason is None:
        return
    fingerprint = _fingerprint(hashes)
    with _extract_lock:
        if stale_reason(seed_hashes(seeds), known_hashes(out)) is None:  # another session may have just done it
            return
        if _failed_fingerprints.get(str(out)) == fingerprint:
            st.warning(f"Showing the last extracted data: re-extraction of {seeds} failed earlier ({reason}).")
            return
        with st.spinner(f"Documents changed ({reason}): re-extracting {len(hashes)} documents…", show_time=True):
            try:
                summary = run_extraction(seeds, out)
            except Exception as exc:  # noqa: BLE001 - any failure must leave the old data on screen, with why
                _failed_fingerprints[str(out)] = fingerprint
                st.error(f"Re-extraction from {seeds} into {out} failed: {type(exc).__name__}: {exc}")
                return
        _failed_fingerprints.pop(str(out), None)
        st.toast(summary_message(summary))


def summary_message(summary: object) -> str:
    """One line about a run, read duck-typed so it survives changes to the extractor's RunSummary."""
    done = getattr(summary, "entries", None) or getattr(summary, "results", None) or []
    failed = [getattr(r, "document", {}).get("file", "?") for r in getattr(summary, "failed", [])]
    message = (
        f"Re-extracted {len(done)} documents ({getattr(summary, 'rows', '?')} rows) "
        f"in {getattr(summary, 'seconds', 0.0):.1f} s."
    )
    return message + (f" Could not read: {', '.join(failed)}." if failed else "")
