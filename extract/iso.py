"""ISO 3166 data as pycountry ships it (the Debian iso-codes JSON and its translations), read as plain records.

pycountry's own import reads package metadata and its indexed databases stay in memory for good (about 10 MB at
the extractor's peak, which the corpus benchmark holds to today's); the extractor needs only names, once, so it
reads the same files directly. The files are pycountry's, pinned in requirements.txt.
"""

from __future__ import annotations

import gettext
import hashlib
import importlib.util
import json
import sys
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .write import atomic_write_bytes

#: Derived tables (see ``derived``) are kept here, beside the extractor's result cache.
TABLES_DIR = Path(__file__).resolve().parent.parent / ".cache" / "tables"


@lru_cache(maxsize=1)
def data_dir() -> Path:
    """pycountry's package folder, found without importing it."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pycountry is not installed: pip install -r requirements.txt")
    return Path(next(iter(spec.submodule_search_locations)))


def _records(name: str, key: str) -> list[dict[str, str]]:
    with (data_dir() / "databases" / name).open(encoding="utf-8") as fh:
        return json.load(fh)[key]


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, str]]:
    """ISO 3166-1 countries by alpha-3: alpha_2, alpha_3, name, and official_name / common_name when ISO has them."""
    return {c["alpha_3"]: c for c in _records("iso3166-1.json", "3166-1")}


@lru_cache(maxsize=1)
def currencies() -> dict[str, str]:
    """ISO 4217 currencies: alpha-3 code -> English name ("CHF" -> "Swiss Franc")."""
    return {c["alpha_3"]: c["name"] for c in _records("iso4217.json", "4217")}


@lru_cache(maxsize=1)
def alpha3_of() -> dict[str, str]:
    """alpha-2 -> alpha-3."""
    return {c["alpha_2"]: code for code, c in countries().items()}


def subdivisions() -> list[dict[str, str]]:
    """ISO 3166-2 subdivisions: code ("CN-GD"), name, type; read once, not kept."""
    return _records("iso3166-2.json", "3166-2")


def translation(language: str) -> gettext.NullTranslations:
    """ISO 3166-1 names in ``language`` (pycountry's gettext catalogues); untranslated names stay English."""
    return gettext.translation("iso3166-1", str(data_dir() / "locales"), languages=[language], fallback=True)


def derived(name: str, build: Callable[[], dict[str, Any]], valid: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """``build()``, a JSON-able table derived from pycountry's data, read from TABLES_DIR when it was built before.

    Why: the place-name tables take about 60 ms to build, most of what a run over a few small documents spends
    after its imports, and they change only with their inputs. So the file is keyed on those: pycountry's version,
    the source of the modules that derive the tables, Python's and Unicode's versions. A file that is missing,
    damaged, of another key or not ``valid`` is rebuilt; it is written atomically (temporary file, rename), so
    concurrent workers never read half a file, and a folder that cannot be written only costs the rebuild.
    It is JSON, never pickle: a file in the project folder must not be able to run code.
    """
    key = _tables_key()
    if key is None:
        return build()
    path = TABLES_DIR / f"{name}.json"
    try:
        stored = json.loads(path.read_bytes())
        if isinstance(stored, dict) and stored.get("key") == key and isinstance(stored.get("table"), dict):
            if valid(stored["table"]):
                return stored["table"]
    except (OSError, ValueError):
        pass
    table = build()
    _write_atomically(path, json.dumps({"key": key, "table": table}, ensure_ascii=False).encode())
    return table


@lru_cache(maxsize=1)
def _tables_key() -> str | None:
    """What derived tables depend on; None when pycountry's version cannot be told (then nothing is kept)."""
    versions = sorted(p.name for p in data_dir().parent.glob("pycountry-*.dist-info"))
    if len(versions) != 1:
        return None
    digest = hashlib.sha256(f"{versions[0]}\0{sys.version_info[:2]}\0{unicodedata.unidata_version}".encode())
    for module in ("iso.py", "names.py", "places.py", "party.py"):
        digest.update(b"\0" + (Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()


def _write_atomically(path: Path, data: bytes) -> None:
    """``write.atomic_write_bytes``, best effort: a folder that cannot be written only costs the rebuild."""
    try:
        atomic_write_bytes(path, data)
    except OSError:
        pass
