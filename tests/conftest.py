"""Dashboard test fixtures: a private copy of the data and seeds, and the bytes behind download buttons.

Tests read the committed ``data/`` (or ``CLIMATE_TEST_DATA_DIR``, e.g. a dev copy while the extractor is being
written) through a copy in a temporary folder, so a re-extraction triggered by a test never touches the repo.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DASHBOARD = REPO / "dashboard.py"
DATA_FILES = ("observations.csv", "documents.csv", "indicators.csv", "datapackage.json")


def source_data_dir() -> Path:
    """Where the tests' data comes from: the committed data/ unless CLIMATE_TEST_DATA_DIR says otherwise."""
    override = os.environ.get("CLIMATE_TEST_DATA_DIR", "").strip()
    return Path(override).resolve() if override else REPO / "data"


@pytest.fixture(scope="session")
def dashboard_dirs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(data, seeds): copies of the real ones, shared by the session; tests must not write into them."""
    root = tmp_path_factory.mktemp("dashboard")
    data, seeds = root / "data", root / "seeds"
    data.mkdir()
    for name in DATA_FILES:
        if (source_data_dir() / name).is_file():
            shutil.copy2(source_data_dir() / name, data / name)
    shutil.copytree(REPO / "seeds", seeds)
    return data, seeds


@pytest.fixture
def dashboard_env(dashboard_dirs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Point the dashboard at the session's copies."""
    data, seeds = dashboard_dirs
    monkeypatch.setenv("CLIMATE_DATA_DIR", str(data))
    monkeypatch.setenv("CLIMATE_SEEDS_DIR", str(seeds))
    monkeypatch.setenv("CLIMATE_CACHE_DIR", str(data.parent / "cache"))  # the Parquet copies stay out of the repo
    return data, seeds


@pytest.fixture
def fresh_dirs(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path]:
    """Private writable copies for tests that change the seeds (re-extraction)."""
    data, seeds = tmp_path / "data", tmp_path / "seeds"
    data.mkdir()
    for name in DATA_FILES:
        if (source_data_dir() / name).is_file():
            shutil.copy2(source_data_dir() / name, data / name)
    shutil.copytree(REPO / "seeds", seeds)
    for path in seeds.iterdir():
        path.chmod(0o644)
    monkeypatch.setenv("CLIMATE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))  # not beside data/ and seeds/
    monkeypatch.setenv("CLIMATE_DATA_DIR", str(data))
    monkeypatch.setenv("CLIMATE_SEEDS_DIR", str(seeds))
    return data, seeds


class MediaRecorder:
    """Keeps every file a script run registers (download buttons), keyed by its URL."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def bytes_for(self, url: str) -> bytes:
        file_id = url.rsplit("/", 1)[-1].split(".", 1)[0]
        return self.files[file_id]


@pytest.fixture
def media() -> Iterator[MediaRecorder]:
    """Record download payloads: AppTest's in-memory media storage is dropped after each run."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
    from streamlit.testing.v1 import app_test

    recorder = MediaRecorder()

    class Recording(MemoryMediaFileStorage):
        def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):  # type: ignore[override]
            file_id = super().load_and_get_id(path_or_data, mimetype, kind, filename)
            recorder.files[file_id] = self.get_file(file_id).content
            return file_id

    original = app_test.MemoryMediaFileStorage
    app_test.MemoryMediaFileStorage = Recording  # type: ignore[misc]
    try:
        yield recorder
    finally:
        app_test.MemoryMediaFileStorage = original  # type: ignore[misc]


def make_observations(rows: list[dict]) -> pd.DataFrame:
    """A typed observations frame from partial synthetic rows (defaults for every other schema column)."""
    from app.data import ROW, typed
    from extract.schema import OBSERVATIONS

    defaults = {
        "doc": "doc_a",
        "indicator": "ind",
        "region": "China",
        "kind": "actual",
        "year": "",
        "base_year": "",
        "value": "0",
        "unit": "%",
        "qualifier": "=",
        "value_raw": "0",
        "quote": "a sentence",
        "char_start": "0",
        "char_end": "1",
        "page": "",
    }
    filled = [{k: str(v) if v is not None else "" for k, v in (defaults | r).items()} for r in rows]
    raw = pd.DataFrame(filled, columns=OBSERVATIONS.fieldnames).astype(str)
    raw.insert(0, ROW, range(1, len(raw) + 1))
    obs = typed(raw, OBSERVATIONS)
    obs["value"] = obs["value"].astype("float64")
    return obs


def make_indicators(directions: dict[str, str], sectors: dict[str, str] | None = None) -> pd.DataFrame:
    """A synthetic catalogue: indicator -> direction (and sector)."""
    sectors = sectors or {}
    return pd.DataFrame(
        {
            "indicator": list(directions),
            "name": [i.replace("_", " ").title() for i in directions],
            "sector": [sectors.get(i, "energy") for i in directions],
            "unit": ["%"] * len(directions),
            "direction": list(directions.values()),
            "description": [""] * len(directions),
        }
    )


def pdf_document(streams: list[bytes], base_font: str = "Helvetica") -> bytes:
    """A minimal valid PDF: one page per content stream, one standard font (F1), xref offsets computed. PDFs are built
    by hand because pypdf cannot write text."""
    count = len(streams)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{base_font} /Encoding /WinAnsiEncoding >>".encode(),
    ]
    for i, stream in enumerate(streams):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_string(text: str) -> str:
    """``text`` as a PDF string literal's content (backslashes and brackets escaped)."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
