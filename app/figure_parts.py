"""The pieces of the explorer's chart: per-year aggregates of big series, required paths and observed trends, the
chart's key. Traces are plain dicts (see ``app.figures``)."""

from __future__ import annotations

import statistics
from typing import Any

import plotly.graph_objects as go

from app.fmt import QUALIFIER_WORDS, fmt_num, fmt_rate
from app.progress import Assessment

ACTUAL_ROLE, TARGET_ROLE, REQUIRED_ROLE, TREND_ROLE = "actual", "target", "required path", "observed trend"
RANGE_ROLE = "actual range"
# Marker shape per qualifier: the shape says "more than", "less than", "around" or "exactly".
TARGET_SYMBOL = {
    ">": "triangle-up",
    ">=": "triangle-up",
    "<": "triangle-down",
    "<=": "triangle-down",
    "~": "diamond-open",
    "=": "circle",
}
_MD_SPECIAL = set("\\`*_{}[]()#+-.!|$<>~")
GLYPH = {"triangle-up": "▲", "triangle-down": "▼", "diamond-open": "◇", "circle": "●"}


def yearly(records: list[dict[str, Any]], qualifier: str | None = None) -> list[dict[str, Any]]:
    """Per year, ascending: rows ``n``, ``median``, ``low``, ``high`` of the values and ``record``, the row nearest
    the median (the earliest row among ties), which stands for the year. ``qualifier`` keeps only rows with it."""
    by_year: dict[int, list[dict[str, Any]]] = {}
    for r in records:
        if qualifier is None or r["qualifier"] == qualifier:
            by_year.setdefault(r["year"], []).append(r)
    out = []
    for year in sorted(by_year):
        group = by_year[year]
        values = sorted(r["value"] for r in group)
        median = statistics.median(values)
        record = min(group, key=lambda r: (abs(r["value"] - median), r["row"]))
        out.append(
            {"year": year, "n": len(group), "median": median, "low": values[0], "high": values[-1], "record": record}
        )
    return out


AGG_HOVER = (
    "<b>median %{y} %{customdata[0]}</b> in %{x}<br>%{customdata[1]} rows, %{customdata[2]} to %{customdata[3]}"
    "<extra>%{fullData.name}</extra>"
)


def _agg_custom(points: list[dict[str, Any]], unit: str) -> list[list[str]]:
    return [[unit, f"{p['n']:,}", fmt_num(p["low"]), fmt_num(p["high"])] for p in points]


def aggregated(
    actual: list[dict[str, Any]],
    targets: list[dict[str, Any]],
    colours: tuple[tuple[str, str], tuple[str, str]],
    i: int,
    suffix: str,
    label: str,
) -> list[dict[str, Any]]:
    """A large series per year: the actuals' median in a min–max band, each qualifier's target medians with
    min–max bars. The rows themselves are in the table under the chart and on the Data page."""
    (colour_name, colour), (target_name, target_colour) = colours
    out: list[dict[str, Any]] = []
    unit = (actual or targets)[0]["unit"]
    points = yearly(actual)
    if points:
        years = [p["year"] for p in points]
        band = {"type": "scatter", "x": years + years[::-1], "mode": "lines", "legendgroup": f"s{i}"}
        out.append(
            band
            | {
                "y": [p["high"] for p in points] + [p["low"] for p in points][::-1],
                "fill": "toself",
                "fillcolor": colour + "33",
                "line": {"width": 0, "color": colour},
                "name": f"Actual min–max per year{suffix}",
                "meta": {"role": RANGE_ROLE, "series": label, "colour": colour_name, "aggregated": True},
                "hoverinfo": "skip",
            }
        )
        out.append(
            {
                "type": "scatter",
                "x": years,
                "y": [p["median"] for p in points],
                "mode": "lines+markers",
                "name": f"Actual, median per year{suffix}",
                "legendgroup": f"s{i}",
                "meta": {"role": ACTUAL_ROLE, "series": label, "colour": colour_name, "aggregated": True},
                "line": {"color": colour},
                "marker": {"size": 7, "color": colour},
                "customdata": _agg_custom(points, unit),
                "hovertemplate": AGG_HOVER,
            }
        )
    for qualifier in sorted({r["qualifier"] for r in targets}):
        points = yearly(targets, qualifier)
        out.append(
            {
                "type": "scatter",
                "x": [p["year"] for p in points],
                "y": [p["median"] for p in points],
                "mode": "markers",
                "name": f"Target: {QUALIFIER_WORDS.get(qualifier, qualifier)}, median per year{suffix}",
                "legendgroup": f"s{i}",
                "meta": {
                    "role": TARGET_ROLE,
                    "series": label,
                    "qualifier": qualifier,
                    "colour": target_name,
                    "aggregated": True,
                },
                "marker": {
                    "symbol": TARGET_SYMBOL.get(qualifier, "circle"),
                    "size": 12,
                    "color": target_colour,
                    "line": {"width": 2, "color": target_colour},
                },
                "error_y": {
                    "type": "data",
                    "symmetric": False,
                    "array": [p["high"] - p["median"] for p in points],
                    "arrayminus": [p["median"] - p["low"] for p in points],
                    "visible": True,
                    "color": target_colour,
                    "thickness": 1.5,
                    "width": 6,
                },
                "customdata": _agg_custom(points, unit),
                "hovertemplate": AGG_HOVER,
            }
        )
    return out


def is_aggregated(fig: go.Figure) -> bool:
    """Whether some series is drawn per year rather than row by row."""
    return any((t.meta or {}).get("aggregated") for t in fig.data)


def paths(
    assessed: list[Assessment], colours: tuple[tuple[str, str], tuple[str, str]], i: int, suffix: str, label: str
) -> list[dict[str, Any]]:
    """Dashed: from the latest actual to each later target. Dotted: the observed trend carried to the last one.
    Neither takes the hover, so the actual under their first point stays reachable."""
    (colour_name, colour), (target_name, target_colour) = colours
    ahead = [a for a in assessed if a.latest is not None and a.year is not None and a.year > a.latest.year]
    if not ahead:
        return []
    xs: list[int | None] = []
    ys: list[float | None] = []
    for a in ahead:
        xs += [a.latest.year, a.year, None]  # type: ignore[union-attr]
        ys += [a.latest.value, a.target, None]  # type: ignore[union-attr]
    out: list[dict[str, Any]] = [
        {
            "type": "scatter",
            "x": xs,
            "y": ys,
            "mode": "lines",
            "name": f"Required path{suffix}",
            "legendgroup": f"s{i}",
            "meta": {"role": REQUIRED_ROLE, "series": label, "colour": target_name},
            "line": {"dash": "dash", "color": target_colour, "width": 1.5},
            "hoverinfo": "skip",
        }
    ]
    trend = [a for a in ahead if a.observed_rate is not None]
    if trend:
        last = max(trend, key=lambda a: a.year)  # type: ignore[arg-type,return-value]
        start, rate = last.latest, float(last.observed_rate)  # type: ignore[arg-type]
        end_year = int(last.year)  # type: ignore[arg-type]
        out.append(
            {
                "type": "scatter",
                "x": [start.year, end_year],  # type: ignore[union-attr]
                "y": [start.value, start.value + rate * (end_year - start.year)],  # type: ignore[union-attr]
                "mode": "lines",
                "name": f"Observed trend {fmt_rate(rate, last.unit)}{suffix}",
                "legendgroup": f"s{i}",
                "meta": {"role": TREND_ROLE, "series": label, "colour": colour_name},
                "line": {"dash": "dot", "color": colour, "width": 2},
                "hoverinfo": "skip",
            }
        )
    return out


def legend_key(fig: go.Figure) -> str:
    """The chart's key as Streamlit markdown: each trace's mark in its colour, then its name."""
    items = []
    for t in fig.data:
        meta = t.meta or {}
        role = meta.get("role")
        if role == ACTUAL_ROLE:
            mark = "━●"
        elif role == TARGET_ROLE:
            mark = GLYPH.get(TARGET_SYMBOL.get(meta.get("qualifier", "="), "circle"), "●")
            if meta.get("qualifier") == "~":
                mark += "╪"
        elif role == REQUIRED_ROLE:
            mark = "╌╌"
        elif role == RANGE_ROLE:
            mark = "▒▒"
        else:
            mark = "┈┈"
        name = "".join("\\" + c if c in _MD_SPECIAL else c for c in (t.name or ""))
        items.append(f":{meta.get('colour', 'gray')}[{mark}] {name}")
    return " · ".join(items)


def roles(fig: go.Figure) -> list[str]:
    """The role of every trace (actual, target, …), for tests and the page's caption."""
    return [(t.meta or {}).get("role", "") for t in fig.data]
