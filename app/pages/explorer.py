"""Indicator explorer (``/explorer``): one indicator in one region, actuals against targets, with sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import state, ui
from app.data import Dataset
from app.figures import explorer_figure
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
    ds: Dataset = ui.dataset_or_stop()
    names = ui.indicator_names(ds)
    obs = ds.observations
    st.title("Indicator explorer")
    options = sorted((i for i in obs["indicator"].unique() if i), key=lambda i: names.get(i, i).lower())
    if not options:
        st.info("No observation is mapped to a catalogue indicator yet.")
        return
    left, right = st.columns([2, 1])
    indicator = state.selectbox(
        "Indicator",
        options,
        "indicator",
        scope=SCOPE,
        default=default_indicator(obs, names),
        format_func=lambda i: f"{names.get(i, i)} ({i})",
        where=left,
    )
    rows = obs[obs["indicator"] == indicator]
    regions = sorted(rows["region"].unique())
    region = state.selectbox(
        "Region", regions, "region", scope=SCOPE, default="China" if "China" in regions else None, where=right
    )
    rows = rows[rows["region"] == region]
    assessments = [a for a in assess_all(rows, ds.indicators)]
    meta = ds.indicators[ds.indicators["indicator"] == indicator]
    if len(meta):
        m = meta.iloc[0]
        st.caption(
            f"{ui.md_escape(m['description'])} · sector {ui.md_escape(m['sector'])} · "
            f"{ui.md_escape(m['direction'])} is better"
        )
    fig = explorer_figure(rows, assessments, title=f"{names.get(indicator, indicator)} — {region}")
    st.plotly_chart(fig, width="stretch", config={"displaylogo": False})
    if rows["year"].isna().any():
        st.caption(f"{int(rows['year'].isna().sum())} row(s) without a year are listed below but not charted.")
    if rows["base_year"].nunique(dropna=False) > 1:
        st.caption("Series with different base years are drawn as separate traces and never joined.")
    if assessments:
        st.markdown("**Targets**")
        st.dataframe(
            pd.DataFrame(
                {
                    "row": [a.row for a in assessments],
                    "target": [fmt_target(a.target, a.unit, a.qualifier, a.year, a.base_year) for a in assessments],
                    "status": [a.status for a in assessments],
                    "progress %": [None if a.progress_pct is None else round(a.progress_pct, 1) for a in assessments],
                    "reason": [a.reason for a in assessments],
                }
            ),
            hide_index=True,
            width="stretch",
        )
    st.markdown("**Rows and their sentences**")
    st.dataframe(ui.row_table(rows), hide_index=True, width="stretch", column_config=ui.ROW_COLUMN_CONFIG)


if __name__ == "__main__":
    render()
