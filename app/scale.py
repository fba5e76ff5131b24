"""What keeps the pages usable at a million rows: assessments computed once per loaded dataset, and the caps on
what a page draws or lists (the downloads never are capped).

At a million observations the Goals page has ~250,000 targets: assessing them takes seconds, so the result is kept
for as long as the observations frame it came from is alive (the one shared by every session, see
``app.data.load``), and dropped with it. Nothing here is a Streamlit cache: the key is the frame's identity,
which costs nothing to check, and a frame that is never mutated (pages only derive new ones) cannot go stale.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence

import pandas as pd

from app.progress import Assessment
from app.series import assess_all

CARDS_PER_PAGE = 30  # goal cards on one page of the Goals overview
TABLE_ROWS = 1_000  # rows of one series listed under the explorer's chart
DATA_ROWS = 10_000  # rows shown in the Data page's grid (the download has them all)
EAGER_DOWNLOAD_ROWS = 20_000  # up to this, download bytes are made in the run; above, only when clicked

_lock = threading.Lock()
_assessed: dict[int, tuple[weakref.ref, list[Assessment], dict[tuple[str, str], list[Assessment]]]] = {}


def _entry(observations: pd.DataFrame) -> tuple | None:
    found = _assessed.get(id(observations))
    return found if found is not None and found[0]() is observations else None


def assessments(observations: pd.DataFrame, indicators: pd.DataFrame) -> list[Assessment]:
    """``assess_all`` of the frame, computed once while the frame lives (and by one session at a time)."""
    with _lock:
        found = _entry(observations)
        if found is None:
            result = assess_all(observations, indicators)
            by_series: dict[tuple[str, str], list[Assessment]] = {}
            for a in result:
                by_series.setdefault((a.indicator, a.region), []).append(a)
            key = id(observations)
            found = (weakref.ref(observations), result, by_series)
            _assessed[key] = found
            weakref.finalize(observations, _assessed.pop, key, None)
        return found[1]


def series_assessments(
    observations: pd.DataFrame, rows: pd.DataFrame, indicators: pd.DataFrame, indicator: str, region: str
) -> list[Assessment]:
    """The assessments of one (indicator, region), whose rows are ``rows``: from the whole frame's when the Goals
    page already made them, else just this series' (an assessment only reads its own indicator and region)."""
    with _lock:
        found = _entry(observations)
    if found is not None:
        return found[2].get((indicator, region), [])
    return assess_all(rows, indicators)


def page_count(items: int, per_page: int = CARDS_PER_PAGE) -> int:
    """How many pages ``items`` fill (at least one)."""
    return max(1, -(-items // per_page))


def page_of(items: Sequence, page: int, per_page: int = CARDS_PER_PAGE) -> tuple[Sequence, int, int]:
    """(the items on 1-based ``page``, clamped to the pages there are; that page; the number of pages)."""
    pages = page_count(len(items), per_page)
    page = min(max(page, 1), pages)
    return items[(page - 1) * per_page : page * per_page], page, pages


def showing(shown: int, total: int, what: str) -> str:
    """ "Showing 1,000 of 38,211 rows" or "All 12 rows"."""
    return f"Showing {shown:,} of {total:,} {what}" if shown < total else f"All {total:,} {what}"


_goals: dict[int, tuple[weakref.ref, list]] = {}


def goals(observations: pd.DataFrame, indicators: pd.DataFrame, countries: dict, titles: dict) -> list:
    """``scorecard.build_goals`` over ``assessments``, once while the observations frame lives."""
    from app.docs import national_regions
    from app.scorecard import build_goals

    with _lock:
        found = _goals.get(id(observations))
        if found is not None and found[0]() is observations:
            return found[1]
    national = national_regions(observations, countries)
    result = assessments(observations, indicators) if national is observations else assess_all(national, indicators)
    built = build_goals(national, result, indicators, countries, titles)
    with _lock:
        _goals[id(observations)] = (weakref.ref(observations), built)
        weakref.finalize(observations, _goals.pop, id(observations), None)
    return built


_memos: dict[int, tuple[weakref.ref, dict]] = {}


def memo(observations: pd.DataFrame, key: tuple, build):  # noqa: ANN001, ANN201 - any value, built once
    """``build()``, computed once per ``key`` while the observations frame lives (a country's scorecard sections,
    Compare's lines): at a million rows sorting a country's goals takes seconds, and they only change with the data."""
    with _lock:
        found = _memos.get(id(observations))
        if found is None or found[0]() is not observations:
            found = (weakref.ref(observations), {})
            _memos[id(observations)] = found
            weakref.finalize(observations, _memos.pop, id(observations), None)
        table = found[1]
    if key not in table:
        table[key] = build()
    return table[key]
