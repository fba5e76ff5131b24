"""Status and progress of one target against the actuals of its series (DESIGN.md, "How progress is meant").

Pure functions, unit-tested without Streamlit. A *series* is (indicator, region, base year or BAU baseline, unit):
a change vs 2005 is never compared with a change vs 2020, nor with a change vs business-as-usual, and a value in
GW never with one in TWh. ``app.series`` applies these rules to a whole frame and keeps a series' statuses
consistent with each other.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from app.fmt import fmt_band, fmt_num, fmt_rate, fmt_target, fmt_value, stated_half_step

ACHIEVED = "achieved"
MET_EARLY = "met early"
ON_TRACK = "on track"
OFF_TRACK = "off track"
MISSED = "missed"
INSUFFICIENT = "insufficient data"
STATUSES = (MET_EARLY, ACHIEVED, ON_TRACK, OFF_TRACK, MISSED, INSUFFICIENT)
MET = frozenset({ACHIEVED, MET_EARLY})

# Why data is insufficient (Assessment.missing): the card and the scorecard say which.
NO_ACTUAL, ONE_POINT, OTHER_BASE, BAU_UNQUANTIFIED, NO_YEAR, UNMAPPED, NOT_YET = (
    "no actual",
    "one point only",
    "different base year",
    "BAU not quantified",
    "no target year",
    "not mapped",
    "year passed, no later actual",
)
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
    bau: bool = False
    half_step: float | None = None  # the '~' band, in the target's unit
    latest: Point | None = None
    start: Point | None = None
    start_label: str = ""  # which start progress is measured from, in words
    progress_pct: float | None = None
    observed_rate: float | None = None
    required_rate: float | None = None
    threshold: float | None = None
    missing: str = ""  # for insufficient data: which data is missing
    actual_rows: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The target as read on every page."""
        return fmt_target(self.target, self.unit, self.qualifier, self.year, self.base_year, self.bau)

    @property
    def latest_text(self) -> str:
        if self.latest is None:
            return "—"
        return f"{fmt_value(self.latest.value, self.unit, self.base_year, self.bau)} ({self.latest.year})"

    @property
    def start_text(self) -> str:
        """ "10.2 % in 2013 (earliest actual)": the start named, as DESIGN.md asks."""
        if (
            self.start is None
            or self.progress_pct is None
            or self.latest is None
            or self.start.year == self.latest.year
        ):
            return ""
        return f"{fmt_value(self.start.value, self.unit)} in {self.start.year} ({self.start_label})"


# ---------------------------------------------------------------------------------------------- rules


def _isnull(value: object) -> bool:
    return value is None or value is _NA or (isinstance(value, float) and math.isnan(value))


try:  # pandas' NA without importing pandas at module level of every caller
    from pandas import NA as _NA
except ImportError:  # pragma: no cover
    _NA = object()


def int_or_none(value: object) -> int | None:
    return None if _isnull(value) else int(value)  # type: ignore[arg-type]


def is_bau(indicator: object, baseline: object) -> bool:
    """A change against business-as-usual: the row says so (``baseline``), or its indicator is defined that way."""
    return str(baseline or "") == "bau" or str(indicator or "").endswith("_vs_bau")


def relation_holds(actual: float, target: float, qualifier: str, direction: str | None, half_step: float = 0.0) -> bool:
    """Whether ``actual`` already satisfies the target.

    ``~`` holds within ``half_step`` (the precision the document used) or beyond it on the better side; ``=`` needs
    a direction to know that overshooting is fine (a forest stock above its goal is met), else it means equal.
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
        if abs(actual - target) <= half_step + _EPS * max(1.0, abs(target)):
            return True
        return (direction == "higher" and actual > target) or (direction == "lower" and actual < target)
    if direction == "higher":
        return actual >= target - _EPS
    if direction == "lower":
        return actual <= target + _EPS
    return abs(actual - target) <= _EPS * max(1.0, abs(target))


def threshold_for(target: float, qualifier: str, latest: float, half_step: float = 0.0) -> float:
    """The nearest value at which the target holds: the target itself, or the near edge of a ``~`` band."""
    if qualifier == "~":
        low, high = target - half_step, target + half_step
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


@lru_cache(maxsize=1024)  # pure, and few distinct arguments: built once, not once per target
def rule_text(qualifier: str, unit: str, direction: str | None, band: str = "") -> str:
    """The rule behind a status, in words (shown one click away from every goal)."""
    holds = {
        ">": "the latest actual exceeds the target",
        ">=": "the latest actual reaches the target",
        "<": "the latest actual is below the target",
        "<=": "the latest actual does not exceed the target",
        "~": f"the latest actual is within {band} of the target (half a step of the last digit the document "
        "wrote)" + (f", or beyond it on the better side ({direction} is better)" if direction else ""),
    }.get(qualifier)
    if holds is None:
        holds = (
            f"the latest actual reaches the target from the better side ({direction} is better)"
            if direction
            else "the latest actual equals the target (no better side is known)"
        )
    lines = [
        f"Achieved when {holds}; 'met early' when that is so before the target year.",
        "Missed when the target year has passed, an actual for it or later exists, and the target does not hold.",
        "Progress % = (latest − start) / (target − start); start = the actual at the target's base year "
        "(a change vs its own base year is 0 there), else the earliest actual of the series; the line names it.",
        "On track when the observed change per year (start → latest) is at least the change still needed per "
        "year to reach the target by its year; off track otherwise.",
        "A series is (indicator, region, base year or BAU, unit): other base years are never mixed in, and a "
        "later, stricter goal is never met while an earlier, easier one of the series is not.",
    ]
    if unit == "year":
        lines.insert(0, "A peak/neutrality year: the goal is met when a document states the year it happened.")
    return "\n".join(lines)


def assess_target(
    target: Mapping[str, object],
    actuals: object,
    direction: str = "none",
    today_year: int | None = None,
) -> Assessment:
    """Status and progress of one target row against the actuals of the same indicator and region.

    ``actuals``: an ``app.series.Actuals`` (or a frame / row dicts, wrapped into one); it may hold other base years
    and units, which only explain missing data. ``today_year`` (default: this year) tells a passed deadline.
    """
    from app.series import Actuals  # the data side of a series; imported here to keep the rules importable alone

    value = float(target["value"])  # type: ignore[arg-type]
    qualifier = str(target["qualifier"] or "=")
    unit = str(target["unit"])
    year = int_or_none(target.get("year"))
    base_year = int_or_none(target.get("base_year"))
    bau = is_bau(target.get("indicator"), target.get("baseline"))
    indicator = str(target.get("indicator") or "")
    half = stated_half_step(target.get("value_raw"), value) if qualifier == "~" else None
    band = fmt_band(half, unit) if half is not None else ""
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
        rule=rule_text(qualifier, unit, effective_direction(direction, qualifier, value, None), band),
        bau=bau,
        half_step=half,
    )
    if not indicator:
        result.missing = UNMAPPED
        result.reason = "Insufficient data: the number is not mapped to a catalogue indicator, so no actual matches."
        return result

    prepared = actuals if isinstance(actuals, Actuals) else Actuals.of(actuals)
    points = prepared.points(base_year, unit, bau)
    result.actual_rows = prepared.rows(base_year, unit, bau)  # shared by the series' targets: read, never changed
    if not points:
        result.missing, result.reason = prepared.why_none(base_year, unit, bau)
        return result

    latest = points[-1]
    result.latest = latest
    start, result.start_label = points[0], "earliest actual"
    if base_year is not None:
        at_base = [p for p in points if p.year == base_year]
        start = at_base[0] if at_base else Point(base_year, 0.0, None)
        result.start_label = "actual at the base year" if at_base else "base year"
    result.start = start
    way = effective_direction(direction, qualifier, value, start.value if start is not latest else None)
    result.rule = rule_text(qualifier, unit, way, band)
    half_step = half or 0.0

    has_trend = start.year != latest.year
    if has_trend and abs(value - start.value) > _EPS and unit != "year":
        result.progress_pct = 100.0 * (latest.value - start.value) / (value - start.value)

    shown_target = result.text
    shown_latest = result.latest_text
    within = f" (a '~' target holds within {band})" if qualifier == "~" else ""
    if relation_holds(latest.value, value, qualifier, way, half_step):
        early = year is not None and latest.year < year
        result.status = MET_EARLY if early else ACHIEVED
        result.reason = f"{shown_latest} meets {shown_target}{within}" + (
            f", {year - latest.year} years early." if early else "."
        )
        if result.progress_pct is None or result.progress_pct < 100:
            result.progress_pct = 100.0
        return result

    if result.progress_pct is not None and result.progress_pct >= 100:
        result.progress_pct = None  # the start already lies beyond the target on the wrong side: no share of the way
    this_year = today_year if today_year is not None else datetime.date.today().year
    if year is None:
        result.missing = NO_YEAR
        result.reason = f"Insufficient data: the target has no year; latest actual {shown_latest}."
        return result
    if latest.year >= year:
        result.status = MISSED
        result.reason = f"Missed: the target year has passed and {shown_latest} does not meet {shown_target}{within}."
        return result
    if unit == "year":
        result.status = OFF_TRACK
        result.reason = f"The stated year {shown_latest} does not satisfy '{shown_target}'."
        return result
    if year < this_year:
        result.missing = NOT_YET
        result.reason = (
            f"Insufficient data: {year} has passed, but no actual for {year} or later is stated "
            f"(latest {shown_latest}), so it cannot yet be called met or missed."
        )
        return result
    if not has_trend:
        result.missing = ONE_POINT
        result.reason = (
            f"Insufficient data: one point only ({shown_latest}), so there is no observed change to compare "
            f"with the change needed to reach {shown_target}{within}."
        )
        return result

    observed = (latest.value - start.value) / (latest.year - start.year)
    threshold = threshold_for(value, qualifier, latest.value, half_step)
    required = (threshold - latest.value) / (year - latest.year)
    result.observed_rate, result.required_rate, result.threshold = observed, required, threshold
    on_track = observed >= required - _EPS if required >= 0 else observed <= required + _EPS
    result.status = ON_TRACK if on_track else OFF_TRACK
    edge = f" (the near edge of {band})" if qualifier == "~" else ""
    result.reason = (
        f"Observed {fmt_rate(observed, unit)} ({start.year}, {result.start_label} → {latest.year}) "
        f"{'≥' if on_track else '<'} {fmt_rate(required, unit)} needed to reach "
        f"{fmt_value(threshold, unit, base_year, bau)}{edge} by {year}; latest {shown_latest}."
    )
    if not on_track and observed * required < 0:
        result.reason += " The series moves the wrong way."
    return result


def strictness(a: Assessment) -> float | None:
    """Where a target's bar sits on its series' better side (higher = stricter), or None when no side is known."""
    way = effective_direction(a.direction, a.qualifier, a.target, a.start.value if a.start else None)
    if way is None or a.unit == "year":
        return None
    bar = a.target - (a.half_step or 0.0) if way == "higher" else a.target + (a.half_step or 0.0)
    return bar if way == "higher" else -bar


def fmt_progress(a: Assessment) -> str:
    """ "Progress 49 % from 10.2 % in 2013 (earliest actual)" or an em dash."""
    if a.progress_pct is None:
        return "Progress: —"
    return f"Progress {fmt_num(round(a.progress_pct))} % from {a.start_text}"
