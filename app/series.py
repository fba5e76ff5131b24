"""A frame's targets assessed against their series, and a series' statuses kept consistent with each other.

``assess_all`` is linear in the rows: each (indicator, region)'s actuals are sorted once and each series' points
built once, shared by all its targets. ``reconcile`` enforces DESIGN.md's "statuses never contradict each other".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from typing import Any

import pandas as pd

from app.progress import (
    BAU_UNQUANTIFIED,
    INSUFFICIENT,
    MET,
    MISSED,
    NO_ACTUAL,
    OFF_TRACK,
    OTHER_BASE,
    Assessment,
    Point,
    assess_target,
    int_or_none,
    is_bau,
    strictness,
)

SMALL_FRAME = 2_000  # rows up to which plain records beat pandas' per-operation cost (the explorer's one series)
_ASSESS_COLUMNS = [
    "row",
    "indicator",
    "region",
    "kind",
    "year",
    "base_year",
    "value",
    "unit",
    "qualifier",
    "value_raw",
    "baseline",
]
_ACTUAL_COLUMNS = ["row", "indicator", "region", "year", "base_year", "value", "unit", "baseline"]
_POINT_KEY = ["indicator", "region", "base_year", "unit", "baseline", "year"]


class Actuals:
    """The dated actuals of one indicator and region, sorted once; each series' points are built once."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.dated = sorted((a for a in records if a["year"] is not None), key=lambda a: (a["year"], a["row"]))
        self._points: dict[tuple, list[Point]] = {}
        self._rows: dict[tuple, list[int]] = {}

    @classmethod
    def of(cls, frame: pd.DataFrame | Sequence[Mapping[str, Any]]) -> Actuals:
        """From a frame or row dicts (missing ``baseline`` = a level or a base-year change)."""
        rows = frame.to_dict("records") if isinstance(frame, pd.DataFrame) else [dict(r) for r in frame]
        for r in rows:
            r["year"], r["base_year"] = int_or_none(r.get("year")), int_or_none(r.get("base_year"))
            r["baseline"] = r.get("baseline") or ""
        return cls(rows)

    def points(self, base_year: int | None, unit: str, bau: bool = False) -> list[Point]:
        """The series (base_year or BAU, unit): one point per year, the first row of a year winning."""
        key = (base_year, unit, bau)
        if key not in self._points:
            points: list[Point] = []
            for a in self.dated:
                same = (
                    a["base_year"] == base_year
                    and a["unit"] == unit
                    and is_bau(a.get("indicator"), a["baseline"]) == bau
                )
                if same and (not points or points[-1].year != a["year"]):
                    points.append(Point(int(a["year"]), float(a["value"]), int(a["row"])))
            self._points[key] = points
        return self._points[key]

    def rows(self, base_year: int | None, unit: str, bau: bool = False) -> list[int]:
        """The row ids of ``points``: one list per series, shared by its targets (read, never changed)."""
        key = (base_year, unit, bau)
        if key not in self._rows:
            self._rows[key] = [p.row for p in self.points(base_year, unit, bau)]  # type: ignore[misc]
        return self._rows[key]

    def why_none(self, base_year: int | None, unit: str, bau: bool) -> tuple[str, str]:
        """(what is missing, the sentence saying so) when the series has no point."""
        dated = self.dated
        if bau:
            return BAU_UNQUANTIFIED, (
                "Insufficient data: the target is a change against a business-as-usual scenario, and no document "
                "quantifies that scenario or reports progress against it (the BAU level for the target year and an "
                "actual level are missing)."
            )
        if not dated:
            if unit == "year":
                return NO_ACTUAL, (
                    "Insufficient data: no actual — no document states the year this peak/neutrality happened."
                )
            return NO_ACTUAL, "Insufficient data: no actual for this indicator and region."
        bases = sorted({a["base_year"] for a in dated if a["base_year"] is not None})
        described = [f"change vs {b}" for b in bases if b != base_year]
        if base_year is not None and any(
            a["base_year"] is None and not is_bau(a.get("indicator"), a["baseline"]) for a in dated
        ):
            described.append("absolute values")
        if any(is_bau(a.get("indicator"), a["baseline"]) for a in dated):
            described.append("change vs BAU")
        mine = f"a change vs {base_year}" if base_year is not None else "an absolute value"
        if described:
            return OTHER_BASE, (
                f"Insufficient data: only actuals with a different base year ({', '.join(described)}); "
                f"they are not comparable with {mine}."
            )
        other_units = sorted({a["unit"] for a in dated} - {unit})
        if other_units:
            return NO_ACTUAL, f"Insufficient data: only actuals in another unit ({', '.join(other_units)}), not {unit}."
        return NO_ACTUAL, "Insufficient data: no actual for this indicator and region."


def _clean(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns assessments read; ``baseline`` and ``value_raw`` may be absent from older data."""
    out = frame
    for col, default in (("baseline", ""), ("value_raw", "")):
        if col not in out.columns:
            out = out.assign(**{col: default})
    return out[_ASSESS_COLUMNS]


def targets_and_actuals(observations: pd.DataFrame) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The target rows, and the first dated actual of each (series, year) by row: the only actuals that can be a
    point. Vectorised for big frames; plain records for small ones (a test holds them equal)."""
    frame = _clean(observations)
    if len(frame) <= SMALL_FRAME:
        records = frame.to_dict("records")
        dated = [r for r in records if r["kind"] == "actual" and not pd.isna(r["year"])]
        first: dict[tuple, dict[str, Any]] = {}
        for r in sorted(dated, key=lambda r: (r["year"], r["row"])):
            first.setdefault(tuple(int_or_none(r[c]) if c == "base_year" else r[c] for c in _POINT_KEY), r)
        actual = [{c: r[c] for c in _ACTUAL_COLUMNS} for r in first.values()]
        return [r for r in records if r["kind"] == "target"], actual
    targets = frame[frame["kind"] == "target"].to_dict("records")
    dated = frame[(frame["kind"] == "actual") & frame["year"].notna()].sort_values(["year", "row"], kind="stable")
    return targets, dated.drop_duplicates(_POINT_KEY)[_ACTUAL_COLUMNS].to_dict("records")


def assess_all(observations: pd.DataFrame, indicators: pd.DataFrame, today_year: int | None = None) -> list[Assessment]:
    """An assessment for every target row, in row order, reconciled within each series."""
    directions = dict(zip(indicators["indicator"], indicators["direction"], strict=True)) if len(indicators) else {}
    targets, actual = targets_and_actuals(observations)
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in actual:
        r["year"], r["base_year"] = int_or_none(r["year"]), int_or_none(r["base_year"])
        r["baseline"] = r["baseline"] or ""
        by_key.setdefault((r["indicator"], r["region"]), []).append(r)
    prepared = {key: Actuals(rows) for key, rows in by_key.items()}
    empty = Actuals([])
    out = [
        assess_target(
            t,
            prepared.get((t["indicator"], t["region"]), empty),
            str(directions.get(t["indicator"], "none")),
            today_year,
        )
        for t in targets
    ]
    return reconcile(out)


def series_key(a: Assessment) -> tuple:
    return (a.indicator, a.region, a.base_year, a.bau, a.unit)


def contradictions(assessments: Sequence[Assessment]) -> list[tuple[Assessment, Assessment]]:
    """(easier earlier goal not met, stricter later goal met) pairs within a series: what must never be shown.

    One pass per series in year order, keeping the easiest unmet goal of the earlier years (linear, not pairwise: a
    series can hold thousands of targets). Each met goal is paired with that easiest unmet one when it is stricter.
    """
    by_series: dict[tuple, list[tuple[float, Assessment]]] = {}
    for a in assessments:
        if a.indicator and a.year is not None and (bar := strictness(a)) is not None:
            by_series.setdefault(series_key(a), []).append((bar, a))
    pairs = []
    for group in by_series.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda item: item[1].year)
        easiest: tuple[float, Assessment] | None = None  # the lowest bar among unmet goals of earlier years
        for _, items in groupby(group, key=lambda item: item[1].year):
            same = list(items)
            for bar, late in same:
                if late.status in MET and easiest is not None and bar >= easiest[0] - 1e-9:
                    pairs.append((easiest[1], late))
            for bar, early in same:
                if early.status not in MET and (easiest is None or bar < easiest[0]):
                    easiest = (bar, early)
    return pairs


def reconcile(assessments: list[Assessment]) -> list[Assessment]:
    """A later, stricter goal is not called met while an earlier, easier one of its series is not: it takes the
    status it would have without being met (missed once its year has passed, else off track), and says why."""
    for early, late in contradictions(assessments):
        if late.status not in MET:
            continue
        late.status = MISSED if (late.latest and late.year is not None and late.latest.year >= late.year) else OFF_TRACK
        late.reason = (
            f"Not counted as met: the earlier, easier goal {early.text} of the same series is {early.status}; "
            f"latest {late.latest_text}."
        )
    return assessments


def insufficient_counts(assessments: Sequence[Assessment]) -> dict[str, int]:
    """How many goals lack which data (for the scorecard's summary line)."""
    out: dict[str, int] = {}
    for a in assessments:
        if a.status == INSUFFICIENT:
            out[a.missing or NO_ACTUAL] = out.get(a.missing or NO_ACTUAL, 0) + 1
    return out
