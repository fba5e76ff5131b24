"""The explorer's chart: actuals, targets drawn by qualifier, the required path and the observed trend, for one
indicator in one or several regions.

Built from frames, returned as a ``go.Figure`` so tests read its traces without a browser. A chart stands alone:
its legend, units (on each panel's axis) and source line are inside the figure, so the PNG export carries them.
Series measured against different baselines (levels, change vs 2005, change vs 2020, change vs BAU) get separate
panels with their own axes, never one shared axis; regions share a panel in different colours.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from app.figure_parts import (
    ACTUAL_ROLE,
    GLYPH,
    RANGE_ROLE,
    REQUIRED_ROLE,
    TARGET_ROLE,
    TARGET_SYMBOL,
    TREND_ROLE,
    aggregated,
    is_aggregated,
    legend_key,
    paths,
    roles,
    yearly,
)
from app.fmt import QUALIFIER_WORDS, fmt_band, stated_half_step
from app.progress import Assessment, is_bau

__all__ = [
    "ACTUAL_ROLE",
    "GLYPH",
    "RANGE_ROLE",
    "REQUIRED_ROLE",
    "TARGET_ROLE",
    "TREND_ROLE",
    "explorer_figure",
    "is_aggregated",
    "legend_key",
    "roles",
    "yearly",
]
# A series with more dated rows than this is drawn as per-year aggregates (median, min–max).
MAX_POINTS = 300
# (Streamlit markdown colour, hex) so the key can repeat each trace's colour.
SERIES_COLOURS = (("blue", "#1c83e1"), ("violet", "#803df5"), ("green", "#21c354"), ("gray", "#808495"))
TARGET_COLOURS = (("red", "#ff2b2b"), ("orange", "#ff8700"), ("red", "#ff2b2b"), ("orange", "#ff8700"))
WRAP = 70
PANEL_HEIGHT = 340  # px for a chart of one panel; each panel of several gets PANEL_SHARE of it
PANEL_SHARE = 0.7
PANEL_GAP = 36  # px between stacked panels
LEGEND_WIDTH = 290  # px right of the plot for the legend (inside the figure, so the PNG export keeps it)
SOURCE_SPACE = 40  # px under the year axis for the source line
AXIS = {"gridcolor": "#e6e9ef", "zeroline": False, "linecolor": "#c8ccd4", "ticks": "outside", "tickcolor": "#c8ccd4"}
HOVER = (
    "<b>%{y:,~g} %{customdata[0]}</b> in %{x} (%{customdata[4]})<br>"
    "%{customdata[1]} · row #%{customdata[3]}<br>%{customdata[2]}<extra>%{fullData.name}</extra>"
)


def wrap_quote(quote: str, width: int = WRAP) -> str:
    """Hover text: the sentence with plotly's markup characters escaped (quotes stay quotes), broken into lines."""
    return "<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(str(quote), width)) or ""


def series_label(base_year: int | None, bau: bool, unit: str, units: int) -> str:
    """ "change vs 2005", "change vs BAU"; the unit too when an indicator comes in several."""
    label = f"change vs {base_year}" if base_year is not None else ("change vs BAU" if bau else "")
    if units > 1:
        label = f"{label}, {unit}" if label else unit
    return label


def _hover(rows: list[dict[str, Any]], titles: dict[str, str]) -> list[list[str]]:
    return [
        [
            r["unit"],
            html.escape(titles.get(r["doc"], r["doc"]), quote=False),
            wrap_quote(r["quote"]),
            str(r["row"]),
            QUALIFIER_WORDS.get(r["qualifier"], r["qualifier"]),
        ]
        for r in rows
    ]


def _dated_records(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows with a year as plain dicts (ints, None for no base year), sorted by year then row."""
    cols = ["row", "kind", "year", "base_year", "value", "unit", "qualifier", "doc", "quote", "region", "value_raw"]
    cols += ["indicator"]
    frame = rows.assign(baseline=rows["baseline"] if "baseline" in rows.columns else "")
    out = []
    for r in frame[[*cols, "baseline"]].to_dict("records"):
        if pd.isna(r["year"]):
            continue
        r["year"] = int(r["year"])
        r["base_year"] = None if pd.isna(r["base_year"]) else int(r["base_year"])
        r["bau"] = is_bau(r["indicator"], r["baseline"])
        out.append(r)
    return sorted(out, key=lambda r: (r["year"], r["row"]))


def _axis_range(values: list[float], years: list[int]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Axes that read well for any number of points: a lone value sits on a scale from zero (not 1,199–1,201),
    and a short span of years gets one tick per year, never the same year twice."""
    x: dict[str, Any] = {"tickformat": "d"}
    lo_year, hi_year = min(years), max(years)
    if hi_year - lo_year <= 8:
        x |= {"range": [lo_year - 1, hi_year + 1], "dtick": 1 if hi_year - lo_year <= 4 else 2}
    y: dict[str, Any] = {"tickformat": ",~g", "separatethousands": True}
    lo, hi = min(values), max(values)
    if hi - lo <= 0.05 * max(abs(hi), abs(lo), 1e-9):
        if lo >= 0:
            y["range"] = [0, hi * 1.25 if hi > 0 else 1]
        else:
            y["range"] = [lo * 1.25, 0]
    return x, y


def _target_trace(
    group: list[dict], qualifier: str, colour: tuple[str, str], i: int, suffix: str, label: str, titles: dict
) -> dict[str, Any]:
    target_name, target_colour = colour
    trace: dict[str, Any] = {
        "type": "scatter",
        "x": [r["year"] for r in group],
        "y": [r["value"] for r in group],
        "mode": "markers",
        "name": f"Target: {QUALIFIER_WORDS.get(qualifier, qualifier)}{suffix}",
        "legendgroup": f"s{i}",
        "meta": {"role": TARGET_ROLE, "series": label, "qualifier": qualifier, "colour": target_name},
        "marker": {
            "symbol": TARGET_SYMBOL.get(qualifier, "circle"),
            "size": 14,
            "color": target_colour,
            "line": {"width": 2, "color": target_colour},
        },
        "customdata": _hover(group, titles),
        "hovertemplate": HOVER,
    }
    if qualifier == "~":
        steps = [stated_half_step(r["value_raw"], r["value"]) for r in group]
        trace["name"] += f" (within {fmt_band(steps[0], group[0]['unit'])})" if len(set(steps)) == 1 else ""
        trace["error_y"] = {
            "type": "data",
            "array": steps,
            "visible": True,
            "color": target_colour,
            "thickness": 2,
            "width": 8,
        }
    return trace


def explorer_figure(
    rows: pd.DataFrame,
    assessments: Sequence[Assessment] = (),
    title: str = "",
    validate: bool = False,
    max_points: int = MAX_POINTS,
    titles: dict[str, str] | None = None,
    source: str = "",
) -> go.Figure:
    """One indicator in one or more regions: every row with a year, split into series by (region, baseline, unit),
    one panel per (baseline, unit).

    Traces are plain dicts wrapped without plotly's validation on the page (``validate=True`` in tests). A series
    with more than ``max_points`` dated rows is drawn per year (median line in a min–max band, target medians with
    min–max bars) and says so on the chart. ``source`` is the line printed under the legend.
    """
    titles = titles or {}
    dated = _dated_records(rows)
    units = sorted({r["unit"] for r in dated})
    regions = sorted({r["region"] for r in dated})
    by_row = {a.row: a for a in assessments}
    panels = sorted(
        {(r["base_year"], r["bau"], r["unit"]) for r in dated}, key=lambda k: (k[0] is not None, k[1], k[0] or 0, k[2])
    )
    traces: list[dict[str, Any]] = []
    n_aggregated = 0
    layout_axes: dict[str, Any] = {}
    count = len(panels)
    plot_height = PANEL_HEIGHT if count <= 1 else int(PANEL_HEIGHT * PANEL_SHARE * count)
    gap = PANEL_GAP / plot_height if count > 1 else 0.0  # a fixed gap in px, whatever the number of panels
    height = (1.0 - gap * (count - 1)) / count if count else 1.0
    annotations: list[dict[str, Any]] = []
    colour_index = 0
    for p, (base_year, bau, unit) in enumerate(panels):
        axis = "y" if p == 0 else f"y{p + 1}"
        panel_rows = [r for r in dated if (r["base_year"], r["bau"], r["unit"]) == (base_year, bau, unit)]
        label = series_label(base_year, bau, unit, len(units))
        top = 1.0 - p * (height + gap)
        for region in regions:
            series = [r for r in panel_rows if r["region"] == region]
            if not series:
                continue
            i = colour_index
            colour_index += 1
            colours = (SERIES_COLOURS[i % len(SERIES_COLOURS)], TARGET_COLOURS[i % len(TARGET_COLOURS)])
            parts = [x for x in (region if len(regions) > 1 else "", label) if x]
            suffix = f" ({', '.join(parts)})" if parts else ""
            actual = [r for r in series if r["kind"] == "actual"]
            targets = [r for r in series if r["kind"] == "target"]
            made: list[dict[str, Any]] = []
            if len(series) > max_points:
                n_aggregated += len(series)
                made += aggregated(actual, targets, colours, i, suffix, label)
                shown = [y["record"] for q in {r["qualifier"] for r in targets} for y in yearly(targets, q)]
                made = paths([by_row[r["row"]] for r in shown if r["row"] in by_row], colours, i, suffix, label) + made
            else:
                made += paths([by_row[r["row"]] for r in targets if r["row"] in by_row], colours, i, suffix, label)
                for qualifier in sorted({r["qualifier"] for r in targets}):
                    group = [r for r in targets if r["qualifier"] == qualifier]
                    made.append(_target_trace(group, qualifier, colours[1], i, suffix, label, titles))
                if actual:  # last, so drawn on top: its hover is never hidden by a path starting at it
                    made.append(
                        {
                            "type": "scatter",
                            "x": [r["year"] for r in actual],
                            "y": [r["value"] for r in actual],
                            "mode": "lines+markers",
                            "name": f"Actual{suffix}",
                            "legendgroup": f"s{i}",
                            "meta": {"role": ACTUAL_ROLE, "series": label, "colour": colours[0][0]},
                            "line": {"color": colours[0][1]},
                            "marker": {"size": 9, "color": colours[0][1]},
                            "customdata": _hover(actual, titles),
                            "hovertemplate": HOVER,
                        }
                    )
            for t in made:
                t["meta"] = t.get("meta", {}) | {"region": region}
                if axis != "y":
                    t["yaxis"] = axis
            traces += made
        values = [r["value"] for r in panel_rows]
        years = [r["year"] for r in panel_rows]
        xfmt, yfmt = _axis_range(values, years) if panel_rows else ({}, {})
        name = "yaxis" if p == 0 else f"yaxis{p + 1}"
        axis_title = f"{label} ({unit})" if label and unit not in label else (label or unit)
        layout_axes[name] = {"title": {"text": axis_title}, "domain": [max(top - height, 0.0), top], **AXIS, **yfmt}
        if p == 0:
            layout_axes["xaxis"] = {"anchor": "y" if count == 1 else f"y{count}", **AXIS}  # years need no title
            layout_axes["xaxis"] |= xfmt
    if count > 1:  # one shared year axis under the last panel; the others follow it
        for p in range(count):
            layout_axes["yaxis" if p == 0 else f"yaxis{p + 1}"]["anchor"] = "x"
    if n_aggregated:
        annotations.append(
            _note(f"{n_aggregated:,} rows, more than a chart can show: per-year median, min–max band and bars", 0, 1)
        )
    if source:
        annotations.append(_note(html.escape(source, quote=False), 0, 0, "top", yshift=-30))
    layout = {
        "title": {"text": html.escape(title, quote=False), "x": 0, "xanchor": "left"} if title else None,
        **layout_axes,
        "hovermode": "closest",
        "hoverlabel": {"align": "left"},
        "showlegend": True,
        "legend": {"x": 1.01, "y": 1, "xanchor": "left", "yanchor": "top", "font": {"size": 11}},
        "margin": {"l": 80, "r": LEGEND_WIDTH, "t": 60 if title else 20, "b": 50 + SOURCE_SPACE},
        "height": plot_height + 80 + SOURCE_SPACE,
        "annotations": annotations or None,
        "template": {"data": {"scatter": [{"type": "scatter"}]}},
        "font": {"family": "Source Sans Pro, sans-serif", "color": "#31333F", "size": 13},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
    }
    spec = {"data": traces, "layout": {k: v for k, v in layout.items() if v is not None}}
    return go.Figure(spec) if validate else go.Figure(spec, _validate=False)


def _note(text: str, x: float, y: float, anchor: str = "bottom", yshift: int = 0) -> dict[str, Any]:
    return {
        "text": text,
        "xref": "paper",
        "yref": "paper",
        "x": x,
        "y": y,
        "xanchor": "left",
        "yanchor": anchor,
        "yshift": yshift,
        "showarrow": False,
        "font": {"size": 12, "color": "#555867"},
    }
