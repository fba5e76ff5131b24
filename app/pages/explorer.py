"""Indicator explorer (``/explorer``): one indicator in one region, actuals against targets, with sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import state, ui
from app.data import Dataset
from app.figures import explorer_figure, legend_key
from app.progress import assess_all, fmt_target

SCOPE = "explorer"


def default_indicator(obs: pd.DataFrame, names: dict[str, str]) -> str | None:
    """Open on something worth seeing: the first indicator (by name) with both actuals and targets."""
    mapped = obs[obs["indicator"] != ""]
    kinds = mapped.groupby("indicator")["kind"].nunique()
    both = sorted(kinds[kinds > 1].index, key=lambda i: names.get(i, i).lower())
    if both:
        return both[0]
    return min(mapped["indicator"], key=lambda i: names.get(i, i).lower(), default=None)


def render() -> None:
    """Few elements on purpose: each one is a message the browser processes before the rerun settles."""
    ds: Dataset = ui.dataset_or_stop()
    names = ui.indicator_names(ds)
    obs = ds.observations
    st.title("Indicator explorer")
    options = sorted((i for i in obs["indicator"].unique() if i), key=lambda i: names.get(i, i).lower())
    if not options:
        st.info("No observation is mapped to a catalogue indicator yet.")
        return
    choices = st.container(horizontal=True)
    indicator = state.selectbox(
        "Indicator",
        options,
        "indicator",
        scope=SCOPE,
        default=lambda: default_indicator(obs, names),
        format_func=lambda i: f"{names.get(i, i)} ({i})",
        where=choices,
        width=560,
    )
    rows = obs[obs["indicator"] == indicator]
    regions = sorted(rows["region"].unique())
    region = state.selectbox(
        "Region",
        regions,
        "region",
        scope=SCOPE,
        default="China" if "China" in regions else None,
        where=choices,
        width=240,
    )
    rows = rows[rows["region"] == region]
    assessments = assess_all(rows, ds.indicators)
    fig = explorer_figure(rows, assessments, title=f"{names.get(indicator, indicator)} — {region}")
    st.plotly_chart(fig, width="stretch", config={"displaylogo": False})
    st.caption("  \n".join(notes(fig, rows, ds.indicators, indicator)))
    table = ui.row_table(rows)
    by_row = {a.row: a for a in assessments}
    table.insert(1, "status", [by_row[r].status if r in by_row else None for r in table["row"]])
    table.insert(
        2,
        "progress %",
        [
            round(by_row[r].progress_pct, 1) if r in by_row and by_row[r].progress_pct is not None else None
            for r in table["row"]
        ],
    )
    table.insert(3, "reason", [by_row[r].reason if r in by_row else None for r in table["row"]])
    table.insert(
        4,
        "target",
        [
            fmt_target(by_row[r].target, by_row[r].unit, by_row[r].qualifier, by_row[r].year, by_row[r].base_year)
            if r in by_row
            else None
            for r in table["row"]
        ],
    )
    st.dataframe(table, hide_index=True, width="stretch", column_config=ui.ROW_COLUMN_CONFIG)


def notes(fig, rows: pd.DataFrame, indicators: pd.DataFrame, indicator: str) -> list[str]:
    """One caption under the chart: the key, what the indicator is, and what is not drawn."""
    lines = [legend_key(fig)] if fig.data else ["Nothing to chart: no row has a year."]
    meta = indicators[indicators["indicator"] == indicator]
    if len(meta):
        m = meta.iloc[0]
        lines.append(
            f"{ui.md_escape(m['description'])} · sector {ui.md_escape(m['sector'])} · "
            f"{ui.md_escape(m['direction'])} is better"
        )
    undated = int(rows["year"].isna().sum())
    if undated:
        lines.append(f"{undated} row(s) without a year are listed below but not charted.")
    if rows["base_year"].nunique(dropna=False) > 1:
        lines.append("Series with different base years are separate traces, never joined.")
    lines.append("Every row below with its sentence; targets carry their status (see Goals for the rule).")
    return lines


if __name__ == "__main__":
    render()
