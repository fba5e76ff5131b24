"""ISO 3166 data as pycountry ships it (the Debian iso-codes JSON and its translations), read as plain records.

pycountry's own import reads package metadata and its indexed databases stay in memory for good (about 10 MB at
the extractor's peak, which the corpus benchmark holds to today's); the extractor needs only names, once, so it
reads the same files directly. The files are pycountry's, pinned in requirements.txt.
"""

from __future__ import annotations

import gettext
import importlib.util
import json
from functools import lru_cache
from pathlib import Path


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
def alpha3_of() -> dict[str, str]:
    """alpha-2 -> alpha-3."""
    return {c["alpha_2"]: code for code, c in countries().items()}


def subdivisions() -> list[dict[str, str]]:
    """ISO 3166-2 subdivisions: code ("CN-GD"), name, type; read once, not kept."""
    return _records("iso3166-2.json", "3166-2")


def translation(language: str) -> gettext.NullTranslations:
    """ISO 3166-1 names in ``language`` (pycountry's gettext catalogues); untranslated names stay English."""
    return gettext.translation("iso3166-1", str(data_dir() / "locales"), languages=[language], fallback=True)
