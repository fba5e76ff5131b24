"""Progress and status of every target against the actuals of its series (DESIGN.md, "How progress is meant").

Pure functions over the typed observations frame (see ``app.data``), so the rules are unit-tested without
Streamlit. A *series* is (indicator, region, base_year, unit): a change vs 2005 is never compared with a
change vs 2020, and a value in GW never with one in TWh.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pandas as pd

# "~ 25 %" holds within this relative distance of the target (25 ± 1.25). Named, and quoted in every reason.
APPROX_TOLERANCE = 0.05

ACHIEVED = "achieved"
MET_EARLY = "met early"
ON_TRACK = "on track"
OFF_TRACK = "off track"
INSUFFICIENT = "insufficient data"
STATUSES = (ACHIEVED, MET_EARLY, ON_TRACK, OFF_TRACK, INSUFFICIENT)

# Target years that get their own group on the overview, in this order; the rest follow by year.
HEADLINE_YEARS = (2025, 2030, 2060)

QUALIFIER_SYMBOL = {"=": "", "~": "≈", ">": ">", ">=": "≥", "<": "<", "<=": "≤"}
QUALIFIER_WORDS = {
    "=": "exactly",
    "~": "around",
    ">": "more than",
    ">=": "at least",
    "<": "less than",
    "<=": "at most",
}
_EPS = 1e-9


@dataclass(frozen=True)
class Point:
    """One actual used by an assessment; ``row`` is None for the implicit zero at a base year."""

    year: int
    value: float
    row: int | None = None


@dataclass
class Assessment:
    """The verdict on one target row, with everything needed to explain it."""

    row: int
    indicator: str
    region: str
    unit: str
    base_year: int | None
    target: float
    qualifier: str
    year: int | None
    direction: str
    status: str
    reason: str
    rule: str
    latest: Point | None = None
    start: Point | None = None
    progress_pct: float | None = None
    observed_rate: float | None = None
    required_rate: float | None = None
    threshold: float | None = None
    actual_rows: list[int] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- formatting


def fmt_num(value: float, significant: int = 6) -> str:
    """Thousands separators, no float noise (19.493, 1,200, 0.0665)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if float(value).is_integer():
        return f"{int(value):,}"
    digits = max(0, significant - int(math.floor(math.log10(abs(value)))) - 1) if value else 0
    text = f"{value:,.{min(digits, 10)}f}".rstrip("0").rstrip(".")
    return text


def fmt_value(value: float, unit: str, base_year: int | None = None) -> str:
    """A value with its unit, and the base year a relative change refers to ("51 % vs 2005")."""
    if unit == "year":
        return fmt_num(value).replace(",", "")
    text = (
        fmt_num(value) if unit == "count" else f"{fmt_num(value)} {unit}".strip()
    )  # "60 by 2025", not "60 count by 2025"
    return f"{text} vs {base_year}" if base_year is not None else text


def fmt_target(value: float, unit: str, qualifier: str, year: int | None, base_year: int | None = None) -> str:
    """The target as analysts read it: "> 1,200 GW by 2030", "≈ 25 % by 2030", "before 2030"."""
    if unit == "year":
        y = fmt_num(value).replace(",", "")
        words = {"<": "before", "<=": "by", "=": "in", "~": "around", ">": "after", ">=": "in or after"}
        return f"{words.get(qualifier, qualifier)} {y}"
    symbol = QUALIFIER_SYMBOL.get(qualifier, qualifier)
    text = f"{symbol} {fmt_value(value, unit, base_year)}".strip()
    return f"{text} by {year}" if year is not None else f"{text} (no year)"


def fmt_tolerance(tolerance: float = APPROX_TOLERANCE) -> str:
    """The ``~`` band as shown everywhere: "±5 %"."""
    return f"±{tolerance * 100:g} %"


def fmt_rate(rate: float, unit: str) -> str:
    """Change per year with sign; percentages move in percentage points."""
    per = "pp" if unit == "%" else unit
    sign = "+" if rate >= 0 else "−"
    return f"{sign}{fmt_num(abs(rate), 3)} {per}/yr"


# ---------------------------------------------------------------------------------------------- rules


def _isnull(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _int_or_none(value: object) -> int | None:
    return None if _isnull(value) else int(value)  # type: ignore[arg-type]


def relation_holds(
    actual: float, target: float, qualifier: str, direction: str | None, tolerance: float = APPROX_TOLERANCE
) -> bool:
    """Whether ``actual`` already satisfies the target.

    ``=`` and ``~`` need a direction to know that overshooting is fine (a forest stock above its goal is met);
    without one, ``=`` means equal and ``~`` means within the tolerance.
    """
    if qualifier == ">":
        return actual > target
    if qualifier == ">=":
        return actual >= target - _EPS
    if qualifier == "<":
        return actual < target
    if qualifier == "<=":
        return actual <= target + _EPS
    if qualifier == "~":
        band = tolerance * abs(target)
        if abs(actual - target) <= band + _EPS:
            return True
        return (direction == "higher" and actual > target) or (direction == "lower" and actual < target)
    if direction == "higher":
        return actual >= target - _EPS
    if direction == "lower":
        return actual <= target + _EPS
    return abs(actual - target) <= _EPS * max(1.0, abs(target))


def threshold_for(target: float, qualifier: str, latest: float, tolerance: float = APPROX_TOLERANCE) -> float:
    """The nearest value at which the target holds: the target itself, or the near edge of a ``~`` band."""
    if qualifier == "~":
        low, high = target - tolerance * abs(target), target + tolerance * abs(target)
        return low if latest < low else high
    return target


def effective_direction(direction: str, qualifier: str, target: float, start: float | None) -> str | None:
    """Which way is progress: the qualifier for inequalities, else the catalogue, else start → target."""
    if qualifier in (">", ">="):
        return "higher"
    if qualifier in ("<", "<="):
        return "lower"
    if direction in ("higher", "lower"):
        return direction
    if start is not None and abs(target - start) > _EPS:
        return "higher" if target > start else "lower"
    return None


@lru_cache(maxsize=256)  # pure, and a handful of distinct arguments: built once, not once per target
def _rule_text(qualifier: str, unit: str, direction: str | None, tolerance: float) -> str:
    tol = fmt_tolerance(tolerance)
    holds = {
        ">": "the latest actual must exceed the target",
        ">=": "the latest actual must reach the target",
        "<": "the latest actual must stay below the target",
        "<=": "the latest actual must not exceed the target",
        "~": f"the latest actual must be within {tol} of the target (APPROX_TOLERANCE)"
        + (f", or beyond it on the better side ({direction} is better)" if direction else ""),
    }.get(qualifier)
    if holds is None:
        holds = (
            f"{direction} is better, so the latest actual must reach the target from that side"
            if direction
            else "no direction is known, so the latest actual must equal the target"
        )
    lines = [
        f"Achieved when {holds}; 'met early' when that is so before the target year.",
        "Progress % = (latest − start) / (target − start); start = the actual at the target's base year "
        "(a change vs its own base year is 0 there), else the earliest actual of the series.",
        "On track when the observed change per year (start → latest) is at least the change still needed per "
        "year to reach the target by its year; off track otherwise.",
        "A series is (indicator, region, base year, unit): actuals with another base year are never mixed in.",
    ]
    if unit == "year":
        lines.insert(0, "A peak/neutrality year: the goal is met when a document states the year it happened.")
    return "\n".join(lines)


def assess_target(
    target: Mapping[str, object],
    actuals: pd.DataFrame | Sequence[Mapping[str, Any]],
    direction: str = "none",
    tolerance: float = APPROX_TOLERANCE,
) -> Assessment:
    """Status and progress of one target row against the actual rows of the same indicator and region.

    ``actuals`` (a frame or row dicts) may hold other base years and units; they only explain missing data.
    """
    value = float(target["value"])  # type: ignore[arg-type]
    qualifier = str(target["qualifier"] or "=")
    unit = str(target["unit"])
    year = _int_or_none(target.get("year"))
    base_year = _int_or_none(target.get("base_year"))
    indicator = str(target.get("indicator") or "")
    result = Assessment(
        row=int(target["row"]),  # type: ignore[arg-type]
        indicator=indicator,
        region=str(target["region"]),
        unit=unit,
        base_year=base_year,
        target=value,
        qualifier=qualifier,
        year=year,
        direction=direction,
        status=INSUFFICIENT,
        reason="",
        rule=_rule_text(qualifier, unit, effective_direction(direction, qualifier, value, None), tolerance),
    )
    if not indicator:
        result.reason = "Insufficient data: the number is not mapped to a catalogue indicator, so no actual matches."
        return result

    prepared = actuals if isinstance(actuals, _Actuals) else _Actuals(_records(actuals))
    dated = prepared.dated
    points = prepared.points(base_year, unit)
    result.actual_rows = prepared.rows(base_year, unit)  # shared by the series' targets: read, never changed
    if not points:
        result.reason = _why_no_series(dated, base_year, unit)
        return result

    latest = points[-1]
    result.latest = latest

    start = points[0]
    if base_year is not None:
        at_base = [p for p in points if p.year == base_year]
        start = at_base[0] if at_base else Point(base_year, 0.0, None)
    result.start = start
    way = effective_direction(direction, qualifier, value, start.value if start is not latest else None)
    result.rule = _rule_text(qualifier, unit, way, tolerance)

    has_trend = start.year != latest.year
    if has_trend and abs(value - start.value) > _EPS and unit != "year":
        result.progress_pct = 100.0 * (latest.value - start.value) / (value - start.value)

    tol = fmt_tolerance(tolerance)
    shown_target = fmt_target(value, unit, qualifier, year, base_year)
    shown_latest = f"{fmt_value(latest.value, unit, base_year)} ({latest.year})"
    if relation_holds(latest.value, value, qualifier, way, tolerance):
        early = year is not None and latest.year < year
        result.status = MET_EARLY if early else ACHIEVED
        how = (
            f"within {tol} of" if qualifier == "~" and abs(latest.value - value) <= tolerance * abs(value) else "meets"
        )
        result.reason = f"{shown_latest} {how} {shown_target}" + (
            f", {year - latest.year} years early." if early else "."
        )
        if result.progress_pct is None or result.progress_pct < 100:
            result.progress_pct = 100.0
        return result

    if year is None:
        result.reason = f"Insufficient data: the target has no year; latest actual {shown_latest}."
        return result
    if unit == "year":
        result.status = OFF_TRACK
        result.reason = f"The stated year {shown_latest} does not satisfy '{shown_target}'."
        return result
    if latest.year >= year:
        result.status = OFF_TRACK
        result.reason = f"Target year passed: {shown_latest} does not meet {shown_target}."
        return result
    if not has_trend:
        result.reason = (
            f"Insufficient data: one point only ({shown_latest}), so there is no observed change to compare "
            f"with the change needed to reach {shown_target}."
        )
        return result

    observed = (latest.value - start.value) / (latest.year - start.year)
    threshold = threshold_for(value, qualifier, latest.value, tolerance)
    required = (threshold - latest.value) / (year - latest.year)
    result.observed_rate, result.required_rate, result.threshold = observed, required, threshold
    on_track = observed >= required - _EPS if required >= 0 else observed <= required + _EPS
    result.status = ON_TRACK if on_track else OFF_TRACK
    edge = f" (the near edge of {tol})" if qualifier == "~" else ""
    start_note = "base year, 0 by definition" if start.row is None else "start"
    result.reason = (
        f"Observed {fmt_rate(observed, unit)} ({start.year} {start_note} → {latest.year}) "
        f"{'≥' if on_track else '<'} {fmt_rate(required, unit)} needed to reach "
        f"{fmt_value(threshold, unit, base_year)}{edge} by {year}; latest {shown_latest}."
    )
    if not on_track and observed * required < 0:
        result.reason += " The series moves the wrong way."
    return result


class _Actuals:
    """The dated actuals of one indicator and region, sorted once; each series' points are built once and shared
    by all its targets (sorting per target made a large series quadratic)."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.dated = sorted((a for a in records if a["year"] is not None), key=lambda a: (a["year"], a["row"]))
        self._points: dict[tuple[int | None, str], list[Point]] = {}
        self._rows: dict[tuple[int | None, str], list[int]] = {}

    def points(self, base_year: int | None, unit: str) -> list[Point]:
        """The series (base_year, unit): one point per year, the first row of a year winning."""
        key = (base_year, unit)
        if key not in self._points:
            points: list[Point] = []
            for a in self.dated:
                if a["base_year"] == base_year and a["unit"] == unit and (not points or points[-1].year != a["year"]):
                    points.append(Point(int(a["year"]), float(a["value"]), int(a["row"])))
            self._points[key] = points
        return self._points[key]

    def rows(self, base_year: int | None, unit: str) -> list[int]:
        """The row ids of ``points``, one list per series."""
        key = (base_year, unit)
        if key not in self._rows:
            self._rows[key] = [p.row for p in self.points(base_year, unit)]  # type: ignore[misc]
        return self._rows[key]


def _records(frame: pd.DataFrame | Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows as plain dicts with None for missing years: pandas masks per target cost more than the maths."""
    if not isinstance(frame, pd.DataFrame):
        return [dict(r) for r in frame]
    out = frame[["row", "year", "base_year", "value", "unit"]].to_dict("records")
    for r in out:
        r["year"] = _int_or_none(r["year"])
        r["base_year"] = _int_or_none(r["base_year"])
    return out


def _why_no_series(dated: list[dict[str, Any]], base_year: int | None, unit: str) -> str:
    """Say which data is missing: none at all, or only actuals that are not comparable."""
    if not dated:
        if unit == "year":
            return "Insufficient data: no actual — no document states the year this peak/neutrality happened."
        return "Insufficient data: no actual for this indicator and region."
    bases = sorted({a["base_year"] for a in dated if a["base_year"] is not None})
    has_absolute = any(a["base_year"] is None for a in dated)
    other_units = sorted({a["unit"] for a in dated} - {unit})
    described = [f"change vs {b}" for b in bases if b != base_year]
    if has_absolute and base_year is not None:
        described.append("absolute values")
    mine = f"a change vs {base_year}" if base_year is not None else "an absolute value"
    if described:
        return (
            f"Insufficient data: only actuals with a different base year ({', '.join(described)}); "
            f"they are not comparable with {mine}."
        )
    if other_units:
        return f"Insufficient data: only actuals in another unit ({', '.join(other_units)}), not {unit}."
    return "Insufficient data: no actual for this indicator and region."


def assess_all(
    observations: pd.DataFrame, indicators: pd.DataFrame, tolerance: float = APPROX_TOLERANCE
) -> list[Assessment]:
    """An assessment for every target row, in row order."""
    directions = dict(zip(indicators["indicator"], indicators["direction"], strict=True)) if len(indicators) else {}
    targets, actual = _targets_and_actuals(observations)
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in actual:
        r["year"], r["base_year"] = _int_or_none(r["year"]), _int_or_none(r["base_year"])
        by_key.setdefault((r["indicator"], r["region"]), []).append(r)
    prepared = {key: _Actuals(rows) for key, rows in by_key.items()}
    empty = _Actuals([])
    return [
        assess_target(
            t,
            prepared.get((t["indicator"], t["region"]), empty),
            str(directions.get(t["indicator"], "none")),
            tolerance,
        )
        for t in targets
    ]


SMALL_FRAME = 2_000  # rows up to which plain records beat pandas' per-operation cost (the explorer's one series)
_ASSESS_COLUMNS = ["row", "indicator", "region", "kind", "year", "base_year", "value", "unit", "qualifier"]
_ACTUAL_COLUMNS = ["row", "indicator", "region", "year", "base_year", "value", "unit"]
_POINT_KEY = ["indicator", "region", "base_year", "unit", "year"]


def _targets_and_actuals(observations: pd.DataFrame) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The target rows, and the first dated actual of each (series, year) by row: the only actuals that can be a
    point. Vectorised for big frames (a million rows must not become a million dicts); plain records for small
    ones, where each pandas operation costs a millisecond. Both give the same lists (a test holds them equal)."""
    frame = observations[_ASSESS_COLUMNS]
    if len(frame) <= SMALL_FRAME:
        records = frame.to_dict("records")
        dated = [r for r in records if r["kind"] == "actual" and not pd.isna(r["year"])]
        first: dict[tuple, dict[str, Any]] = {}
        for r in sorted(dated, key=lambda r: (r["year"], r["row"])):
            first.setdefault(tuple(_int_or_none(r[c]) if c == "base_year" else r[c] for c in _POINT_KEY), r)
        actual = [{c: r[c] for c in _ACTUAL_COLUMNS} for r in first.values()]
        return [r for r in records if r["kind"] == "target"], actual
    targets = frame[frame["kind"] == "target"].to_dict("records")
    dated = frame[(frame["kind"] == "actual") & frame["year"].notna()].sort_values(["year", "row"], kind="stable")
    return targets, dated.drop_duplicates(_POINT_KEY)[_ACTUAL_COLUMNS].to_dict("records")


def year_group(year: int | None) -> str:
    """The overview's group label: the headline years first, then every other year, then undated."""
    return "No year" if year is None else str(year)


def group_order(years: Iterable[int | None]) -> list[int | None]:
    """2025, 2030, 2060 first (those present), then the other years ascending, then targets without a year."""
    present = set(years)
    head = [y for y in HEADLINE_YEARS if y in present]
    rest = sorted(y for y in present if y is not None and y not in HEADLINE_YEARS)
    return head + rest + ([None] if None in present else [])
