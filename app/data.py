"""Where the data lives, loading it (the only cached function), and keeping it fresh.

The committed ``data/`` is the extractor's output for the committed ``seeds/``. When a seed is added, removed or
edited, its sha256 no longer matches ``documents.csv`` and the next page load re-extracts before reading.
"""

from __future__ import annotations

import csv
import hashlib
import importlib
import logging
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import streamlit as st

from app.cache import (  # noqa: F401 - re-exported: the cache's names were this module's
    CACHE_ENV,
    CACHE_KEEP,
    CACHE_VERSION,
    _file_stamp,
    _read_cache,
    _sha256,
    _write_cache,
    cache_dir,
    cache_path,
    cached_observations,
)
from extract.schema import DOCUMENTS, INDICATORS, OBSERVATIONS, Table

REPO = Path(__file__).resolve().parent.parent
DATA_ENV, SEEDS_ENV = "CLIMATE_DATA_DIR", "CLIMATE_SEEDS_DIR"
ROW = "row"  # 1-based position in observations.csv: the id shown next to every highlight and in every table

_PANDAS_TYPE = {"integer": "Int64", "number": "Float64", "string": "str"}
_ARROW_TYPE = {"Int64": pa.int64(), "Float64": pa.float64()}
NUMERIC_COLUMNS = tuple(c.name for c in OBSERVATIONS.columns if c.type in ("integer", "number"))
logger = logging.getLogger(__name__)
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


def _header(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh), [])


def _read_csv_arrow(path: Path) -> pd.DataFrame:
    """Every column as text with pyarrow's multi-threaded reader (5x pandas' at a million rows); empty stays ""."""
    names = _header(path)
    if len(set(names)) != len(names) or "" in names:
        raise pa.ArrowInvalid("duplicate or empty column names")  # pandas renames them; let it
    table = pacsv.read_csv(
        path,
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(
            column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False, quoted_strings_can_be_null=False
        ),
    )
    return table.to_pandas(split_blocks=True, self_destruct=True)


def read_table(path: Path, table: Table) -> pd.DataFrame:
    """A CSV as text, with every schema column present (missing ones empty) and extra columns kept."""
    if not path.is_file() or path.stat().st_size == 0:
        return pd.DataFrame({name: pd.Series(dtype="str") for name in table.fieldnames})
    try:
        frame = _read_csv_arrow(path)
    except (pa.ArrowException, csv.Error, UnicodeDecodeError):  # ragged rows, odd headers: pandas' rules decide
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    for name in table.fieldnames:
        if name not in frame.columns:
            frame[name] = ""
    return frame


def _to_number(column: pd.Series, dtype: str) -> pd.Series:
    """Text to numbers, "" and anything unparsable to <NA>: pyarrow's cast when it takes every cell, else pandas'."""
    try:
        text = pa.array(column, type=pa.large_string())
        cast = pc.cast(pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.large_string()), text), _ARROW_TYPE[dtype])
        values = cast.to_pandas(types_mapper=pd.ArrowDtype).array
        return pd.Series(values, index=column.index, name=column.name).astype(dtype)
    except (pa.ArrowException, TypeError, ValueError):
        return pd.to_numeric(column.replace("", None), errors="coerce").astype(dtype)


def typed(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Schema types for the schema's columns: empty integer/number cells become <NA>."""
    out = frame.copy()  # text columns are immutable Arrow arrays: shared, not copied
    for col in table.columns:
        if col.type in ("integer", "number"):
            out[col.name] = _to_number(out[col.name], _PANDAS_TYPE[col.type])
    return out


def _repeats(column: pd.Series, max_share: float, sample: int = 20_000) -> bool:
    """Whether at most ``max_share`` of the values are distinct, judged on an even sample of long columns."""
    if not len(column):
        return False
    step = max(1, len(column) // sample)
    part = column.iloc[::step]
    return part.nunique(dropna=False) <= max_share * len(part)


def compact(frame: pd.DataFrame, max_share: float = 0.5) -> pd.DataFrame:
    """Text columns that repeat (at most ``max_share`` distinct values) as categoricals: same values, a byte or two
    per row instead of the text, and ``==`` / ``isin`` / ``groupby`` on codes. Other columns are shared."""
    out = {}
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_string_dtype(column.dtype) and not isinstance(column.dtype, pd.CategoricalDtype):
            if _repeats(column, max_share):
                column = column.astype("category")
        out[name] = column
    return pd.DataFrame(out, index=frame.index)


def observations_frames(text: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(observations, raw) from observations.csv read as text.

    ``raw`` shares every text column with ``observations`` (nothing is held twice); only the numeric columns keep
    their source text beside the numbers, so a download repeats the digits exactly as written ("-51.50").
    """
    text = text.copy()
    text.insert(0, ROW, range(1, len(text) + 1))
    obs = typed(text, OBSERVATIONS)
    obs["value"] = obs["value"].astype("float64")
    obs = compact(obs)
    numeric = set(NUMERIC_COLUMNS) & set(text.columns)
    raw = pd.DataFrame({c: text[c] if c in numeric else obs[c] for c in obs.columns}, index=obs.index)
    return obs, compact(raw)


def build_dataset(folder: Path, cache: Path | None = None) -> Dataset:
    """Read the three CSVs in ``folder``; observations get a ``row`` id and float values for the maths.

    With ``cache`` (a folder), observations.csv is read through a Parquet copy kept there (``cached_observations``).
    """
    obs, raw = cached_observations(folder / OBSERVATIONS.path, cache)
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


# cache_resource, not cache_data: cache_data pickles the value in and unpickles a full copy on every call, which at
# a million rows costs 3 s and 700 MB per rerun. The one shared Dataset is read-only: pages derive new frames.
@st.cache_resource(show_spinner="Loading the data…", max_entries=2)
def _load(folder: str, stamp: tuple, cache: str | None) -> Dataset:
    return build_dataset(Path(folder), Path(cache) if cache else None)


def load() -> Dataset:
    """The current data folder's tables, cached in memory until a file in it changes (and on disk as Parquet)."""
    folder = data_dir()
    return _load(str(folder), _stamp(folder), str(cache_dir()))


_MERGED = "uploads:merged"


def current() -> Dataset:
    """What the pages show: ``load()`` plus this session's uploads (``st.session_state``, never written to disk).

    A session with uploads holds its merged copy until the data or its uploads change (one copy of the tables per
    such session: the price of not concatenating them on every rerun); other sessions hold nothing.
    """
    uploads = st.session_state.get("uploads") or []  # app.upload.SESSION_KEY; imported late, it imports this module
    if not uploads:
        st.session_state.pop(_MERGED, None)
        return load()
    from app.upload import merged

    dataset, st.session_state[_MERGED] = merged(load(), uploads, st.session_state.get(_MERGED))
    return dataset


# ---------------------------------------------------------------------------------------------- freshness


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
