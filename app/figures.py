"""The explorer's chart: actuals, targets drawn by qualifier, the required path and the observed trend.

Built from frames, returned as a ``go.Figure`` so tests read its traces without a browser. Every series
(base year, unit) gets its own traces and label; a change vs 2005 is never joined to a change vs 2020.
"""

from __future__ import annotations

import html
import re
import statistics
import textwrap
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from app.progress import APPROX_TOLERANCE, QUALIFIER_WORDS, Assessment, fmt_num, fmt_tolerance

# Marker shape per qualifier: the shape says "more than", "less than", "around" or "exactly".
TARGET_SYMBOL = {
    ">": "triangle-up",
    ">=": "triangle-up",
    "<": "triangle-down",
    "<=": "triangle-down",
    "~": "diamond-open",
    "=": "circle",
}
ACTUAL_ROLE, TARGET_ROLE, REQUIRED_ROLE, TREND_ROLE = "actual", "target", "required path", "observed trend"
RANGE_ROLE = "actual range"
# A series with more dated rows than this is drawn as per-year aggregates (median, min–max): thousands of markers on
# thirty-odd years help no reader, and their hover text alone made each rerun send megabytes.
MAX_POINTS = 300
# (Streamlit markdown colour, hex) so the key under the chart can repeat each trace's colour.
SERIES_COLOURS = (("blue", "#1c83e1"), ("violet", "#803df5"), ("green", "#21c354"), ("gray", "#808495"))
TARGET_COLOURS = (("red", "#ff2b2b"), ("orange", "#ff8700"), ("red", "#ff2b2b"), ("orange", "#ff8700"))
GLYPH = {"triangle-up": "▲", "triangle-down": "▼", "diamond-open": "◇", "circle": "●"}
WRAP = 70
# Fixed margins, no automargin: plotly measures automargined labels and then draws the chart a second time.
AXIS = {
    "gridcolor": "#e6e9ef",
    "zeroline": False,
    "linecolor": "#c8ccd4",
    "ticks": "outside",
    "tickcolor": "#c8ccd4",
}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|$<>~])")


def wrap_quote(quote: str, width: int = WRAP) -> str:
    """Hover text: the sentence escaped (plotly reads tags) and broken into lines."""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(str(quote), width)) or ""


def series_label(base_year: int | None, unit: str, units: int) -> str:
    """ "change vs 2005" for relative series; the unit too when an indicator comes in several."""
    label = f"change vs {base_year}" if base_year is not None else ""
    if units > 1:
        label = f"{label}, {unit}" if label else unit
    return label


HOVER = (
    "<b>%{y} %{customdata[0]}</b> in %{x} (%{customdata[4]})<br>"
    "%{customdata[1]} · row #%{customdata[3]}<br>%{customdata[2]}<extra>%{fullData.name}</extra>"
)


def _hover(rows: list[dict[str, Any]]) -> list[list[str]]:
    return [
        [
            r["unit"],
            r["doc"],
            wrap_quote(r["quote"]),
            str(r["row"]),
            QUALIFIER_WORDS.get(r["qualifier"], r["qualifier"]),
        ]
        for r in rows
    ]


def _dated_records(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows with a year as plain dicts (ints, None for no base year), sorted by year then row."""
    cols = ["row", "kind", "year", "base_year", "value", "unit", "qualifier", "doc", "quote"]
    out = []
    for r in rows[cols].to_dict("records"):
        if pd.isna(r["year"]):
            continue
        r["year"] = int(r["year"])
        r["base_year"] = None if pd.isna(r["base_year"]) else int(r["base_year"])
        out.append(r)
    return sorted(out, key=lambda r: (r["year"], r["row"]))


def explorer_figure(
    rows: pd.DataFrame,
    assessments: Sequence[Assessment] = (),
    title: str = "",
    tolerance: float = APPROX_TOLERANCE,
    validate: bool = False,
    max_points: int = MAX_POINTS,
) -> go.Figure:
    """One indicator in one region: every row with a year, split into series by (base_year, unit).

    Traces are built as plain dicts and wrapped without plotly's validation, which cost more than the rest of the
    page's rerun; ``validate=True`` (the tests) checks every property against plotly's schema. A series with more
    than ``max_points`` dated rows is drawn per year (median line in a min–max band, target medians with min–max
    bars), says so in a note on the chart, and its paths start from the targets nearest each year's median.
    """
    dated = _dated_records(rows)
    units = sorted({r["unit"] for r in dated})
    by_row = {a.row: a for a in assessments}
    keys = sorted({(r["base_year"], r["unit"]) for r in dated}, key=lambda k: (k[0] is not None, k[0] or 0, k[1]))
    traces: list[dict[str, Any]] = []
    aggregated = 0
    for i, (base_year, unit) in enumerate(keys):
        colour_name, colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        target_name, target_colour = TARGET_COLOURS[i % len(TARGET_COLOURS)]
        series = [r for r in dated if r["base_year"] == base_year and r["unit"] == unit]
        label = series_label(base_year, unit, len(units))
        suffix = f" ({label})" if label else ""
        actual = [r for r in series if r["kind"] == "actual"]
        targets = [r for r in series if r["kind"] == "target"]
        if len(series) > max_points:
            aggregated += len(series)
            colours = ((colour_name, colour), (target_name, target_colour))
            traces += _aggregated(actual, targets, colours, i, suffix, label)
            shown = [y["record"] for q in {r["qualifier"] for r in targets} for y in yearly(targets, q)]
            assessed = [by_row[r["row"]] for r in shown if r["row"] in by_row]
            traces += _paths(assessed, colours, i, suffix, label)
            continue
        if actual:
            traces.append(
                {
                    "type": "scatter",
                    "x": [r["year"] for r in actual],
                    "y": [r["value"] for r in actual],
                    "mode": "lines+markers",
                    "name": f"Actual{suffix}",
                    "legendgroup": f"s{i}",
                    "meta": {"role": ACTUAL_ROLE, "series": label, "colour": colour_name},
                    "line": {"color": colour},
                    "marker": {"size": 9, "color": colour},
                    "customdata": _hover(actual),
                    "hovertemplate": HOVER,
                }
            )
        for qualifier in sorted({r["qualifier"] for r in targets}):
            group = [r for r in targets if r["qualifier"] == qualifier]
            values = [r["value"] for r in group]
            trace: dict[str, Any] = {
                "type": "scatter",
                "x": [r["year"] for r in group],
                "y": values,
                "mode": "markers",
                "name": f"Target: {QUALIFIER_WORDS.get(qualifier, qualifier)}"
                + (f" ({fmt_tolerance(tolerance)})" if qualifier == "~" else "")
                + suffix,
                "legendgroup": f"s{i}",
                "meta": {"role": TARGET_ROLE, "series": label, "qualifier": qualifier, "colour": target_name},
                "marker": {
                    "symbol": TARGET_SYMBOL.get(qualifier, "circle"),
                    "size": 14,
                    "color": target_colour,
                    "line": {"width": 2, "color": target_colour},
                },
                "customdata": _hover(group),
                "hovertemplate": HOVER,
            }
            if qualifier == "~":
                trace["error_y"] = {
                    "type": "data",
                    "array": [tolerance * abs(v) for v in values],
                    "visible": True,
                    "color": target_colour,
                    "thickness": 2,
                    "width": 8,
                }
            traces.append(trace)
        assessed = [by_row[r["row"]] for r in targets if r["row"] in by_row]
        traces += _paths(assessed, ((colour_name, colour), (target_name, target_colour)), i, suffix, label)
    layout = {
        "title": {"text": title} if title else None,
        "xaxis": {"title": {"text": "Year"}, "tickformat": "d", **AXIS},
        "yaxis": {"title": {"text": " / ".join(units)} if units else None, **AXIS},
        "hovermode": "closest",
        "hoverlabel": {"align": "left"},
        # The key is drawn by the page (legend_key): plotly's own legend doubled the chart's redraw time.
        "showlegend": False,
        "margin": {"l": 80, "r": 20, "t": 50 if title else 20, "b": 50},
        "height": 480,
        # Styled here and drawn with theme=None: Streamlit's theme pass over a multi-trace figure took longer in
        # the browser than plotly's own drawing, and a named template triples the JSON sent on every rerun.
        # plotly's "none" template as plotly itself resolves it: a name would be resolved only when validating.
        "template": {"data": {"scatter": [{"type": "scatter"}]}},
        "font": {"family": "Source Sans Pro, sans-serif", "color": "#31333F", "size": 13},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
    }
    if aggregated:
        layout["annotations"] = [
            {
                "text": f"{aggregated:,} rows, more than a chart can show: per-year median, min–max band and bars",
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": 1,
                "xanchor": "left",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 12, "color": "#555867"},
            }
        ]
    spec = {"data": traces, "layout": {k: v for k, v in layout.items() if v is not None}}
    return go.Figure(spec) if validate else go.Figure(spec, _validate=False)


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


def _aggregated(
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


def _paths(
    assessed: list[Assessment], colours: tuple[tuple[str, str], tuple[str, str]], i: int, suffix: str, label: str
) -> list[dict[str, Any]]:
    """Dashed: from the latest actual to each later target. Dotted: the observed trend carried to the last one."""
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
                "name": f"Observed trend{suffix}",
                "legendgroup": f"s{i}",
                "meta": {"role": TREND_ROLE, "series": label, "colour": colour_name},
                "line": {"dash": "dot", "color": colour, "width": 2},
                "hovertemplate": f"trend {fmt_num(rate, 3)}/yr → %{{y:.4g}} in %{{x}}<extra></extra>",
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
        name = _MD_SPECIAL.sub(r"\\\1", t.name or "")
        items.append(f":{meta.get('colour', 'gray')}[{mark}] {name}")
    return " · ".join(items)


def roles(fig: go.Figure) -> list[str]:
    """The role of every trace (actual, target, …), for tests and the page's caption."""
    return [(t.meta or {}).get("role", "") for t in fig.data]
