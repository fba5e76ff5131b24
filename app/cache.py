"""The columnar cache: observations.csv read through a Parquet copy, named after the CSV's sha256.

A copy is written atomically, pruned to the newest ``CACHE_KEEP``, and rebuilt when it cannot be read or does not
match; deleting the folder is always safe. Parsing itself is ``app.data.observations_frames``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from app import data

CACHE_ENV = "CLIMATE_CACHE_DIR"
CACHE_VERSION = 1  # bump when observations_frames changes what it returns: old copies are then never read
CACHE_KEEP = 4  # Parquet copies kept in the cache folder (the newest)
CACHE_COMPRESSION = "lz4"  # 3x faster to read than zstd, for 1.5x the size
_CACHE_META = b"climate_dashboard_cache"
_TEXT = "__text__"  # Parquet column prefix for a numeric column's source text
logger = logging.getLogger(__name__)


@lru_cache(maxsize=4096)
def _sha256(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def cache_dir() -> Path:
    """Where the Parquet copies live: CLIMATE_CACHE_DIR, else .cache/dashboard/ in the repo (ignored by git)."""
    return data._folder(CACHE_ENV, ".cache/dashboard")


def _file_stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def cache_path(cache: Path, digest: str) -> Path:
    """The Parquet copy of the observations.csv whose bytes hash to ``digest``, in this cache layout."""
    return cache / f"observations-{digest[:32]}-v{CACHE_VERSION}.parquet"


def cached_observations(path: Path, cache: Path | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``observations_frames`` of ``path``, read from its Parquet copy in ``cache`` when there is a valid one.

    The copy is keyed on the CSV's sha256 (computed once per size and mtime), so a changed CSV never meets a stale
    copy and identical copies of the data share one. It is written atomically (temporary file, then rename); a copy
    that cannot be read, or whose stored hash, version or row count is wrong, is deleted and rebuilt from the CSV.
    Without ``cache``, or when the cache folder cannot be written, the CSV is simply parsed.
    """
    stamp = _file_stamp(path)
    if cache is None or stamp is None or stamp[0] == 0:
        return data.observations_frames(data.read_table(path, data.OBSERVATIONS))
    digest = _sha256(str(path), *stamp)
    target = cache_path(cache, digest)
    frames = _read_cache(target, digest)
    if frames is not None:
        return frames
    obs, raw = data.observations_frames(data.read_table(path, data.OBSERVATIONS))
    if _file_stamp(path) == stamp:  # the CSV did not change while we read it: the copy matches the digest
        _write_cache(target, digest, obs, raw)
    return obs, raw


def _cache_meta(digest: str, rows: int) -> bytes:
    return json.dumps({"sha256": digest, "version": CACHE_VERSION, "rows": rows}).encode()


def _write_cache(target: Path, digest: str, obs: pd.DataFrame, raw: pd.DataFrame) -> bool:
    """One Parquet file: the typed columns, plus ``__text__<col>`` for raw's own (numeric source text) columns."""
    extra = {_TEXT + c: raw[c] for c in data.NUMERIC_COLUMNS if c in raw.columns}
    frame = pd.concat([obs, pd.DataFrame(extra, index=obs.index)], axis=1) if extra else obs
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pandas(frame, preserve_index=False)
        table = table.replace_schema_metadata(
            (table.schema.metadata or {}) | {_CACHE_META: _cache_meta(digest, len(obs))}
        )
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=".tmp")
        os.close(fd)
        pq.write_table(table, tmp, compression=CACHE_COMPRESSION)
        os.replace(tmp, target)
        tmp = None
    except (OSError, pa.ArrowException) as exc:  # a read-only or full disk: serve from the CSV, say why in the log
        logger.warning("dashboard cache: could not write %s: %s", target, exc)
        return False
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    _prune(target.parent, keep=target)
    return True


def _read_cache(target: Path, digest: str) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The frames from a valid copy; None (and the bad file deleted) when there is none."""
    if not target.is_file():
        return None
    try:
        parquet = pq.ParquetFile(target)
        meta = json.loads((parquet.schema_arrow.metadata or {}).get(_CACHE_META, b"{}"))
        if meta != json.loads(_cache_meta(digest, parquet.metadata.num_rows)):
            raise ValueError(f"stale or foreign cache metadata {meta}")
        frame = parquet.read().to_pandas(split_blocks=True, self_destruct=True)
        del parquet
        if data.ROW not in frame.columns or list(frame[data.ROW][:1]) not in ([], [1]):
            raise ValueError("no row column")
    except Exception as exc:  # noqa: BLE001 - anything wrong with a cache file means: rebuild it
        logger.warning("dashboard cache: ignoring unreadable %s (%s: %s)", target, type(exc).__name__, exc)
        target.unlink(missing_ok=True)
        return None
    obs = frame[[c for c in frame.columns if not c.startswith(_TEXT)]]
    raw = pd.DataFrame({c: frame.get(_TEXT + c, obs[c]) for c in obs.columns}, index=obs.index)
    return obs, raw


def _prune(folder: Path, keep: Path, limit: int = CACHE_KEEP) -> None:
    """Delete all but the ``limit`` most recently used copies (old data versions pile up otherwise)."""
    try:
        files = sorted(folder.glob("observations-*.parquet"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [f for f in files if f != keep][max(limit - 1, 0) :]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
