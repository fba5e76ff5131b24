"""The explorer's chart: actuals, targets drawn by qualifier, the required path and the observed trend.

Built from frames, returned as a ``go.Figure`` so tests read its traces without a browser. Every series
(base year, unit) gets its own traces and label; a change vs 2005 is never joined to a change vs 2020.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence

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
_COLOURS = ("#1f77b4", "#9467bd", "#8c564b", "#17becf", "#7f7f7f")
_TARGET_COLOURS = ("#d62728", "#ff7f0e", "#e377c2", "#bcbd22", "#2ca02c")
WRAP = 70


def wrap_quote(quote: str, width: int = WRAP) -> str:
    """Hover text: the sentence escaped (plotly reads tags) and broken into lines."""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(str(quote), width)) or ""


def series_label(base_year: object, unit: str, units: int) -> str:
    """ "change vs 2005" for relative series; the unit too when an indicator comes in several."""
    label = f"change vs {int(base_year)}" if pd.notna(base_year) else ""  # type: ignore[call-overload]
    if units > 1:
        label = f"{label}, {unit}" if label else unit
    return label


def _hover(rows: pd.DataFrame) -> tuple[list[list[str]], str]:
    custom = [
        [unit, doc, wrap_quote(quote), str(row), QUALIFIER_WORDS.get(q, q)]
        for unit, doc, quote, row, q in zip(
            rows["unit"], rows["doc"], rows["quote"], rows["row"], rows["qualifier"], strict=True
        )
    ]
    template = (
        "<b>%{y} %{customdata[0]}</b> in %{x} (%{customdata[4]})<br>"
        "%{customdata[1]} · row #%{customdata[3]}<br>%{customdata[2]}<extra>%{fullData.name}</extra>"
    )
    return custom, template


def explorer_figure(
    rows: pd.DataFrame,
    assessments: Sequence[Assessment] = (),
    title: str = "",
    tolerance: float = APPROX_TOLERANCE,
) -> go.Figure:
    """One indicator in one region: every row with a year, split into series by (base_year, unit)."""
    fig = go.Figure()
    dated = rows[rows["year"].notna()]
    units = dated["unit"].nunique()
    by_row = {a.row: a for a in assessments}
    keys = dated[["base_year", "unit"]].drop_duplicates().sort_values(["base_year", "unit"], na_position="first")
    for i, (base_year, unit) in enumerate(keys.itertuples(index=False, name=None)):
        colour = _COLOURS[i % len(_COLOURS)]
        target_colour = _TARGET_COLOURS[i % len(_TARGET_COLOURS)]
        same_base = dated["base_year"].isna() if pd.isna(base_year) else dated["base_year"] == base_year
        series = dated[same_base.fillna(False).astype(bool) & (dated["unit"] == unit)]
        label = series_label(base_year, unit, units)
        suffix = f" ({label})" if label else ""
        actual = series[series["kind"] == "actual"].sort_values(["year", "row"])
        if len(actual):
            custom, template = _hover(actual)
            fig.add_trace(
                go.Scatter(
                    x=actual["year"].astype(int).tolist(),
                    y=actual["value"].tolist(),
                    mode="lines+markers",
                    name=f"Actual{suffix}",
                    legendgroup=f"s{i}",
                    meta={"role": ACTUAL_ROLE, "series": label},
                    line={"color": colour},
                    marker={"size": 9, "color": colour},
                    customdata=custom,
                    hovertemplate=template,
                )
            )
        targets = series[series["kind"] == "target"].sort_values(["year", "row"])
        for qualifier, group in targets.groupby("qualifier", sort=True):
            custom, template = _hover(group)
            values = group["value"].tolist()
            error = None
            if qualifier == "~":
                error = {
                    "type": "data",
                    "array": [tolerance * abs(v) for v in values],
                    "visible": True,
                    "color": target_colour,
                    "thickness": 2,
                    "width": 8,
                }
            fig.add_trace(
                go.Scatter(
                    x=group["year"].astype(int).tolist(),
                    y=values,
                    mode="markers",
                    name=f"Target: {QUALIFIER_WORDS.get(qualifier, qualifier)}"
                    + (f" ({fmt_tolerance(tolerance)})" if qualifier == "~" else "")
                    + suffix,
                    legendgroup=f"s{i}",
                    meta={"role": TARGET_ROLE, "series": label, "qualifier": qualifier},
                    marker={
                        "symbol": TARGET_SYMBOL.get(qualifier, "circle"),
                        "size": 14,
                        "color": target_colour,
                        "line": {"width": 2, "color": target_colour},
                    },
                    error_y=error,
                    customdata=custom,
                    hovertemplate=template,
                )
            )
        assessed = [by_row[r] for r in targets["row"] if r in by_row]
        _add_paths(fig, assessed, (colour, target_colour), i, suffix, label)
    fig.update_layout(
        title=title or None,
        xaxis_title="Year",
        yaxis_title=" / ".join(sorted(dated["unit"].unique())) or None,
        hovermode="closest",
        hoverlabel={"align": "left"},
        legend={"orientation": "h", "yanchor": "top", "y": -0.18},
        margin={"l": 10, "r": 10, "t": 50 if title else 20, "b": 10},
        height=480,
    )
    fig.update_xaxes(tickformat="d")
    return fig


def _add_paths(
    fig: go.Figure, assessed: list[Assessment], colours: tuple[str, str], i: int, suffix: str, label: str
) -> None:
    """Dashed: from the latest actual to each later target. Dotted: the observed trend carried to the last one."""
    colour, target_colour = colours
    ahead = [a for a in assessed if a.latest is not None and a.year is not None and a.year > a.latest.year]
    if not ahead:
        return
    xs: list[int | None] = []
    ys: list[float | None] = []
    for a in ahead:
        xs += [a.latest.year, a.year, None]  # type: ignore[union-attr]
        ys += [a.latest.value, a.target, None]  # type: ignore[union-attr]
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines",
            name=f"Required path{suffix}",
            legendgroup=f"s{i}",
            meta={"role": REQUIRED_ROLE, "series": label},
            line={"dash": "dash", "color": target_colour, "width": 1.5},
            hoverinfo="skip",
        )
    )
    trend = [a for a in ahead if a.observed_rate is not None]
    if trend:
        last = max(trend, key=lambda a: a.year)  # type: ignore[arg-type,return-value]
        start = last.latest
        end_year = last.year
        end_value = start.value + last.observed_rate * (end_year - start.year)  # type: ignore[operator,union-attr]
        fig.add_trace(
            go.Scatter(
                x=[start.year, end_year],
                y=[start.value, end_value],
                mode="lines",  # type: ignore[union-attr]
                name=f"Observed trend{suffix}",
                legendgroup=f"s{i}",
                meta={"role": TREND_ROLE, "series": label},
                line={"dash": "dot", "color": colour, "width": 2},
                hovertemplate=f"trend {fmt_num(last.observed_rate)}/yr → %{{y:.4g}} in %{{x}}<extra></extra>",  # type: ignore[arg-type]
            )
        )


def roles(fig: go.Figure) -> list[str]:
    """The role of every trace (actual, target, …), for tests and the page's caption."""
    return [(t.meta or {}).get("role", "") for t in fig.data]
