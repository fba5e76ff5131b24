"""Documents an analyst uploads in the dashboard: extracted for their session only, saved to seeds/ on request.

Uploads live in ``st.session_state`` (never on disk) as ``Upload`` records: the bytes, the documents.csv row and the
observation rows the extractor's own ``process_file`` produced. Their document id is ``upload:<name>``, which is
the visible marker on every page and in every download (the observations.csv columns stay exactly the schema's)
and which never collides with a committed document: a taken id gets ``-2``, ``-3``, ….

Saving writes the original bytes into seeds/ under a safe name (basename only, plain characters, a supported
suffix) that resolves inside seeds/ and never replaces an existing document: a taken name gets ``-2``, ``-3``, …
The dashboard's freshness check then extracts the new seed on the next run, and the session copy is dropped so
the rows are never counted twice.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import secrets
import unicodedata
import weakref
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from pandas.api.types import union_categoricals

from app.data import ROW, Dataset, observations_frames, seed_hashes, typed
from extract.read import MAX_MB, SUPPORTED_SUFFIXES
from extract.schema import DOCUMENTS, OBSERVATIONS

if TYPE_CHECKING:
    from extract.catalogue import Catalogue

DOC_PREFIX = "upload:"  # uploaded documents' ids start with this; a seed's id is its file stem
SESSION_KEY = "uploads"  # st.session_state[SESSION_KEY]: list[Upload], this session's uploads in upload order
MAX_NAME_BYTES = 150  # a saved name's UTF-8 length, well under every file system's 255
_NAME_CHAR = re.compile(r"[^\w.-]")  # \w is Unicode: letters and digits of any script, and "_"


class UploadError(ValueError):
    """An upload that is refused; the message names the file and the problem."""


class AlreadySaved(UploadError):
    """The upload's bytes are already a document in seeds/."""


@dataclass(frozen=True)
class Upload:
    """One uploaded document as extracted: kept in the session, never written unless saved."""

    doc: str  # "upload:<stem>", unique among the committed and this session's documents
    name: str  # the name the browser sent, for display only: never used as a path
    file: str  # the safe file name: the reader's format hint and the name proposed for seeds/
    data: bytes
    document: dict[str, str]  # the documents.csv row
    rows: tuple[dict[str, str], ...]  # observations.csv rows, as text exactly as the extractor wrote them

    @property
    def sha256(self) -> str:
        return self.document["sha256"]

    def text(self) -> str:
        """The decoded text the rows' offsets refer to, from the extractor's own reader (as for a seed)."""
        from extract.read import read_document

        return read_document(Path(self.file), self.data).text


# ---------------------------------------------------------------------------------------------- names


def safe_name(name: str) -> str:
    """The name an upload may have in seeds/: the last path component only, letters, digits, ``_ - .``, a supported
    suffix (lower-cased); a name that would be hidden, a lock file or empty is refused, never silently renamed."""
    original = name
    name = unicodedata.normalize("NFKC", name)  # fullwidth "／" and "．" become "/" and "." before the split
    name = "".join(c for c in name if c.isprintable())  # NUL, controls, bidi overrides, zero-width characters
    name = re.split(r"[/\\]", name)[-1].strip()
    if name.strip(".") == "":
        raise UploadError(f"{original!r}: no file name")
    if name.startswith("."):
        raise UploadError(f"{original!r}: hidden file names are not accepted (the extractor skips them)")
    if name.startswith("~$"):
        raise UploadError(f"{original!r}: an Office lock file, not a document")
    name = re.sub(r"\.{2,}", ".", re.sub(r"_{2,}", "_", _NAME_CHAR.sub("_", name)))
    stem, suffix = os.path.splitext(name)
    suffix = suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        found = f"'{suffix}'" if suffix else "no suffix"
        raise UploadError(f"{original!r}: {found} is not a supported type; use one of {', '.join(SUPPORTED_SUFFIXES)}")
    stem = stem.strip("._-")
    if not any(c.isalnum() for c in stem):
        raise UploadError(f"{original!r}: the name needs a letter or digit before {suffix}")
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return stem + suffix


def numbered(name: str, n: int) -> str:
    """``report.txt``, ``report-2.txt``, ``report-3.txt``, …"""
    stem, suffix = os.path.splitext(name)
    return name if n == 1 else f"{stem}-{n}{suffix}"


def unique_doc(file: str, taken: Collection[str]) -> str:
    """``upload:<stem>``, numbered until no committed or uploaded document has that id."""
    n = 1
    while (doc := DOC_PREFIX + Path(numbered(file, n)).stem) in taken:
        n += 1
    return doc


def inside(folder: Path, name: str) -> Path:
    """``folder / name`` after resolving links and ``..``; refused unless it is directly inside ``folder``."""
    root = folder.resolve()
    path = (root / name).resolve()
    if path.parent != root or path.name != name:
        raise UploadError(f"{name!r}: would be written outside {folder}")
    return path


def target_name(file: str, seeds: Path) -> str:
    """The first of ``file``, ``file-2``, … that clobbers nothing in seeds/ and gives a new document id (the id is
    the stem, so ``report.pdf`` must not join an existing ``report.txt``; compared case-insensitively)."""
    names = {p.name.casefold() for p in seeds.iterdir()} if seeds.is_dir() else set()
    stems = {Path(n).stem for n in names if Path(n).suffix in SUPPORTED_SUFFIXES}
    n = 1
    while (candidate := numbered(file, n)).casefold() in names or Path(candidate).stem.casefold() in stems:
        n += 1
    return candidate


# ---------------------------------------------------------------------------------------------- extracting


@lru_cache(maxsize=2)
def _catalogue(path: str, mtime_ns: int, size: int) -> Catalogue:
    from extract.catalogue import load_catalogue

    return load_catalogue(Path(path))


def catalogue() -> Catalogue:
    """The extractor's default catalogue, loaded again only when the file changes."""
    from extract.catalogue import DEFAULT_CATALOGUE

    stat = DEFAULT_CATALOGUE.stat()
    return _catalogue(str(DEFAULT_CATALOGUE), stat.st_mtime_ns, stat.st_size)


def too_large(name: str, size: int, limit_mb: int) -> UploadError | None:
    """The refusal for a file over the upload limit (checked on the size, before the bytes are read)."""
    if size <= limit_mb * 2**20:
        return None
    return UploadError(f"{name}: file too large: {size / 2**20:.1f} MB; the limit for uploads is {limit_mb} MB")


SESSION_FILES = 4  # a session holds at most this many limit-sized files' worth of uploads (bytes kept in memory)


def session_full(name: str, size: int, held: Sequence[Upload], limit_mb: int) -> UploadError | None:
    """The refusal when one more file would take the session's uploads past ``SESSION_FILES`` x the file limit:
    uploads live in the server's memory, and one browser tab must not fill it for everyone else."""
    budget = SESSION_FILES * limit_mb * 2**20
    used = sum(len(u.data) for u in held)
    if used + size <= budget:
        return None
    return UploadError(
        f"{name}: this session already holds {used / 2**20:.1f} MB of uploads; the limit per session is "
        f"{budget / 2**20:.0f} MB: remove or save an upload first"
    )


def extract_upload(
    name: str,
    data: bytes,
    *,
    taken_docs: Collection[str],
    known: dict[str, str],
    catalogue: Catalogue,
    limit_mb: int = MAX_MB,
) -> Upload:
    """Run the extractor on an uploaded file's bytes; raise UploadError naming the file and the problem.

    ``taken_docs``: document ids in use (committed and uploaded). ``known``: sha256 -> where those bytes already
    are, so the same document is never counted twice.
    """
    from extract.pipeline import process_file

    file = safe_name(name)
    if error := too_large(name, len(data), limit_mb):
        raise error
    sha = hashlib.sha256(data).hexdigest()
    if sha in known:
        raise UploadError(f"{name}: the same bytes are already in the data as {known[sha]}; its rows are shown")
    result = process_file(Path(file), catalogue, data=data)
    if not result.ok:
        raise UploadError(f"{name}: {result.document['error']}")
    doc = unique_doc(file, taken_docs)
    document = result.document | {"doc": doc, "file": file}
    rows = tuple(row | {"doc": doc} for row in result.observations)
    return Upload(doc=doc, name=name, file=file, data=data, document=document, rows=rows)


# ---------------------------------------------------------------------------------------------- merging


def _column(base: pd.Series, extra: pd.Series) -> pd.api.extensions.ExtensionArray | object:
    """``base`` then ``extra`` in base's dtype: categoricals get the union of categories (codes, no re-encoding of
    the committed rows), other columns take the new values cast to base's type."""
    if isinstance(base.dtype, pd.CategoricalDtype):
        return union_categoricals([base.array, pd.Categorical(extra.astype("str"))], ignore_order=True)
    try:
        extra = extra.astype(base.dtype)
    except (TypeError, ValueError):
        pass
    return pd.concat([base, extra], ignore_index=True).array


def _concat(base: pd.DataFrame, extra: pd.DataFrame, fill: object) -> pd.DataFrame:
    """``base`` then ``extra`` (aligned on base's columns, missing ones ``fill``), the index continued after base's,
    base's dtypes kept (the pages' filters and groupbys must not meet object columns)."""
    start = int(base.index.max()) + 1 if len(base) else 0
    extra = extra.reindex(columns=base.columns, fill_value=fill)
    extra.index = pd.RangeIndex(start, start + len(extra))
    if not len(base):
        return extra
    index = base.index.append(extra.index)
    return pd.DataFrame({name: _column(base[name], extra[name]) for name in base.columns}, index=index)


def merge(base: Dataset, uploads: Sequence[Upload]) -> Dataset:
    """The committed tables with the uploads' rows appended; row ids continue after the last committed row.

    An upload whose bytes are already a committed document (saved, and extracted since) is left out: never twice.
    """
    committed = set(base.documents["sha256"])
    uploads = [u for u in uploads if u.sha256 not in committed]
    if not uploads:
        return base
    text = pd.DataFrame([row for u in uploads for row in u.rows], columns=OBSERVATIONS.fieldnames, dtype="str")
    obs, raw = observations_frames(text.fillna(""))  # the committed rows' own recipe: same types, same raw text
    shift = int(base.observations[ROW].max()) if len(base.observations) else 0
    obs[ROW], raw[ROW] = obs[ROW] + shift, raw[ROW] + shift
    documents = pd.DataFrame([u.document for u in uploads], columns=DOCUMENTS.fieldnames, dtype="str").fillna("")
    return dataclasses.replace(
        base,
        observations=_concat(base.observations, obs, pd.NA),
        raw=_concat(base.raw, raw, ""),
        documents=_concat(base.documents, typed(documents, DOCUMENTS), pd.NA),
    )


def merged(base: Dataset, uploads: Sequence[Upload], held: tuple | None) -> tuple[Dataset, tuple]:
    """``merge(base, uploads)``, reusing ``held`` (what this returned last time) while neither has changed.

    Returns (dataset, what to hold). Reusing the merged frames keeps a session with uploads from concatenating a
    million rows on every rerun, and keeps their assessments (app.scale, keyed on the frame) alive between runs.
    The base is held weakly: a reloaded dataset must not stay in memory because a session still points at it.
    """
    key = tuple((u.doc, u.sha256) for u in uploads)
    if held is not None and held[0]() is base and held[1] == key:
        return held[2], held
    out = merge(base, uploads)
    return out, (weakref.ref(base), key, out)


def known_bytes(documents: pd.DataFrame, uploads: Iterable[Upload]) -> dict[str, str]:
    """sha256 -> a description of where those bytes already are (a committed file or an upload)."""
    out = {sha: f"seeds/{file}" for sha, file in zip(documents["sha256"], documents["file"], strict=True) if sha}
    return out | {u.sha256: u.doc for u in uploads}


# ---------------------------------------------------------------------------------------------- saving


def save(upload: Upload, seeds: Path) -> Path:
    """Write the upload's bytes into ``seeds`` under a new safe name; return the path written.

    Written to a hidden temporary file first (the extractor and freshness check skip hidden names) and then
    hard-linked to its name, which fails instead of replacing a file another session created meanwhile.
    """
    seeds.mkdir(parents=True, exist_ok=True)
    for file, sha in seed_hashes(seeds).items():
        if sha == upload.sha256:
            raise AlreadySaved(f"{upload.name}: already in {seeds} as {file}")
    tmp = inside(seeds, f".upload-{secrets.token_hex(8)}.part")
    try:
        with open(tmp, "xb") as fh:
            fh.write(upload.data)
            fh.flush()
            os.fsync(fh.fileno())
        for _ in range(100):
            path = inside(seeds, target_name(safe_name(upload.file), seeds))
            try:
                os.link(tmp, path)
            except FileExistsError:
                continue
            return path
        raise UploadError(f"{upload.name}: no free name in {seeds}")
    finally:
        tmp.unlink(missing_ok=True)
