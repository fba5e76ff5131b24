"""What the pages need to know about documents: their text, their display title, whose plan they are, how new.

documents.csv will carry ``country``, ``language`` and ``duplicate_of`` (DESIGN.md); until it does, a document's
country is the region most of its rows name (an NDC talks about its own country), and nothing is a duplicate.
Everything here is computed once per loaded documents frame (kept while the frame lives, like ``app.scale``).
"""

from __future__ import annotations

import re
import threading
import weakref
from functools import lru_cache
from pathlib import Path

import pandas as pd

from app import titles

_lock = threading.Lock()
_cache: dict[int, tuple[weakref.ref, dict]] = {}
# Version words in NDC file names (ISO3-version-LANG), oldest first: the newest pledge of a country wins.
VERSIONS = ("indc", "first_ndc", "revised_first_ndc", "second_ndc", "revised_second_ndc", "third_ndc")
_LANG_PREFERENCE = ("EN", "EN_TR", "EN-TR")


def read_text(path: Path) -> str:
    """The decoded text the offsets refer to: the extractor's own reader, so offsets line up for every format."""
    from extract.read import read_document

    return read_document(path, path.read_bytes()).text


@lru_cache(maxsize=64)
def _text(path: str, mtime_ns: int, size: int) -> str:
    return read_text(Path(path))


def document_text(path: Path) -> str | None:
    """The text of a seed file, cached per file version; None when the file is gone or unreadable."""
    try:
        stat = path.stat()
        return _text(str(path), stat.st_mtime_ns, stat.st_size)
    except Exception:  # noqa: BLE001 - the caller says the document cannot be shown
        return None


def version_rank(doc: str) -> tuple[int, int]:
    """(version, language preference) from an NDC-style id; (-1, 0) when it names no version."""
    lowered = doc.lower()
    version = max((i for i, v in enumerate(VERSIONS) if re.search(rf"(?:^|[-_]){v}(?:$|[-_])", lowered)), default=-1)
    lang = doc.rsplit("-", 1)[-1] if "-" in doc else ""
    pref = len(_LANG_PREFERENCE) - _LANG_PREFERENCE.index(lang) if lang in _LANG_PREFERENCE else 0
    return version, pref


def _memo(documents: pd.DataFrame, name: str, build):  # noqa: ANN001 - a tiny per-frame memo
    with _lock:
        found = _cache.get(id(documents))
        if found is None or found[0]() is not documents:
            found = (weakref.ref(documents), {})
            _cache[id(documents)] = found
            weakref.finalize(documents, _cache.pop, id(documents), None)
        memo = found[1]
    if name not in memo:
        memo[name] = build()
    return memo[name]


def display_titles(documents: pd.DataFrame, seeds: Path | None = None) -> dict[str, str]:
    """doc id -> title to show; a boilerplate stored title is replaced from the seed file's text when readable."""
    files = dict(zip(documents["doc"], documents["file"], strict=True))

    def text_of(doc: str) -> str | None:
        return document_text(seeds / files[doc]) if seeds is not None and files.get(doc) else None

    return _memo(documents, "titles", lambda: titles.titles(documents, text_of))


PLACEHOLDERS = frozenset({"National", "national", ""})  # what an extractor writes for "the document's own country"
_NOT_COUNTRIES = frozenset({"World", "Global"})
_ISO3 = re.compile(r"^([A-Z]{3})[-_]")


def _iso3_names(doc: str) -> list[str]:
    """Names of the party an NDC-style id starts with (``KEN-first_ndc-EN``), when pycountry is installed."""
    found = _ISO3.match(doc)
    if not found:
        return []
    try:
        import pycountry  # optional: only for ids until documents.csv carries the country
    except ImportError:
        return []
    if found.group(1) == "EUU":
        return ["European Union"]
    entry = pycountry.countries.get(alpha_3=found.group(1))
    if entry is None:
        return []
    return [n for n in (getattr(entry, k, None) for k in ("common_name", "name", "official_name")) if n]


def _words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", name.lower()))


def _pick(doc: str, regions: list[str]) -> str:
    """The document's country from its id's party (matched to the spelling its rows use) or its rows' regions."""
    names = _iso3_names(doc)
    for name in names:
        for region in regions:
            if _words(region) == _words(name):  # "Republic of Korea" is "Korea, Republic of"
                return region
    if names:
        return names[0]
    return next((r for r in regions if r not in PLACEHOLDERS and r not in _NOT_COUNTRIES), "National")


def countries(documents: pd.DataFrame, observations: pd.DataFrame) -> dict[str, str]:
    """doc id -> the country whose plan it is: documents.csv's ``country`` when given; else the party its NDC-style
    id names; else the region most of its rows name (an NDC talks mostly about its own country)."""

    def build() -> dict[str, str]:
        given = {}
        if "country" in documents.columns:
            given = {str(d): str(c) for d, c in zip(documents["doc"], documents["country"], strict=True) if str(c)}
        rows = observations[["doc", "region"]].astype(str)
        rows = rows[~rows["doc"].isin(given)]
        counted = rows.value_counts(sort=True).reset_index(name="n")
        regions: dict[str, list[str]] = {}
        for doc, region in zip(counted["doc"], counted["region"], strict=True):
            regions.setdefault(doc, []).append(region)
        docs = [str(d) for d in documents["doc"] if str(d) not in given]
        return given | {d: _pick(d, regions.get(d, [])) for d in docs}

    return _memo(documents, f"countries:{id(observations)}", build)


def national_regions(observations: pd.DataFrame, countries: dict[str, str]) -> pd.DataFrame:
    """The frame with a placeholder region ("National") replaced by its document's country, so a country's goals
    meet its own actuals and never another country's; the frame itself when there is nothing to replace."""
    region = observations["region"].astype(str)
    placeholder = region.isin(PLACEHOLDERS)
    if not placeholder.any():
        return observations
    fixed = region.where(~placeholder, observations["doc"].astype(str).map(countries).fillna("National"))
    return observations.assign(region=fixed)


def duplicates(documents: pd.DataFrame) -> set[str]:
    """Documents that repeat another's bytes (documents.csv ``duplicate_of``; empty until that column lands)."""
    if "duplicate_of" not in documents.columns:
        return set()
    return {str(d) for d, of in zip(documents["doc"], documents["duplicate_of"], strict=True) if str(of)}
