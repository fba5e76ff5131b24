"""Indicator explorer (``/explorer``): one indicator in one region, actuals against targets, with sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import scale, state, ui
from app.data import Dataset
from app.figures import MAX_POINTS, explorer_figure, is_aggregated
from app.fmt import fmt_target

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
    st.title("Indicator explorer")
    if not (ds.observations["indicator"] != "").any():
        st.info("No observation is mapped to a catalogue indicator yet.")
        return
    view(ds)


@st.fragment
def view(ds: Dataset) -> None:
    """Choices, chart and rows. A fragment, and few elements on purpose: changing the indicator reruns only this,
    not the navigation and page frame, and every element is a message the browser handles before it settles.
    The URL is updated last, after the chart."""
    with state.url_written_last():
        _view(ds)


def _view(ds: Dataset) -> None:
    names = ui.indicator_names(ds)
    obs = ds.observations
    options = sorted((i for i in obs["indicator"].unique() if i), key=lambda i: names.get(i, i).lower())
    choices = st.container(horizontal=True)
    indicator = state.selectbox(
        "Indicator",
        options,
        "indicator",
        scope=SCOPE,
        default=lambda: default_indicator(obs, names),
        format_func=lambda i: names.get(i, i),  # names only: the options are re-sent on every rerun
        where=choices,
        width=560,
    )
    rows = obs[obs["indicator"] == indicator]
    counts = rows["region"].value_counts()
    regions = sorted(counts.index)
    chosen = state.multiselect(
        "Regions (several to compare)",
        regions,
        "region",
        scope=SCOPE,
        where=choices,
        width=420,
        placeholder=default_region(counts),
    )
    chosen = chosen or [default_region(counts)]
    rows = rows[rows["region"].isin(chosen)]
    assessments = [
        a
        for region in chosen
        for a in scale.series_assessments(obs, rows[rows["region"] == region], ds.indicators, indicator, region)
    ]
    titles = ui.titles(ds)
    fig = explorer_figure(
        rows,
        assessments,
        title=f"{names.get(indicator, indicator)} — {', '.join(chosen)}",
        titles=titles,
        source=source_line(rows, titles),
    )
    if fig.data:
        st.plotly_chart(fig, width="stretch", theme=None, config={"displaylogo": False})  # styled by figures.py
    else:  # a plain statement, not an empty chart
        st.info(f"No row of {names.get(indicator, indicator)} in {', '.join(chosen)} has a year: nothing to chart.")
    st.caption("  \n".join(notes(fig, rows, ds.indicators, indicator)))
    listed = rows.iloc[: scale.TABLE_ROWS]
    st.dataframe(
        explorer_table(listed, assessments, titles), hide_index=True, width="stretch", column_config=TABLE_CONFIG
    )
    if len(listed) < len(rows):
        link = ui.share_url("data", {"indicator": indicator, "region": chosen})
        st.caption(f"{scale.showing(len(listed), len(rows), 'rows')} (the first by row id); [all of them]({link}).")


def default_region(counts: pd.Series) -> str:
    """China when it has rows (the seeds' country), else the region with the most rows."""
    return "China" if "China" in counts.index else str(counts.idxmax())


def source_line(rows: pd.DataFrame, titles: dict[str, str]) -> str:
    """The line printed inside the chart: which documents the points come from, and from where."""
    docs = list(dict.fromkeys(rows["doc"]))
    named = "; ".join(titles.get(d, d) for d in docs[:2]) + (f" and {len(docs) - 2} more" if len(docs) > 2 else "")
    return f"Source: {named}. Extracted sentence by sentence by the Climate targets tracker (every point: its row)."


# Fixed widths: the grid then skips measuring every cell's text on each rerun.
TABLE_CONFIG = ui.ROW_COLUMN_CONFIG | {
    "row": st.column_config.NumberColumn("row", format="%d", width=50, help="Row id in observations.csv"),
    "kind": st.column_config.TextColumn("kind", width=60),
    "year": st.column_config.NumberColumn("year", format="%d", width=55),
    "base_year": st.column_config.NumberColumn("base year", format="%d", width=70),
    "qualifier": st.column_config.TextColumn("q", width=35),
    "value": st.column_config.NumberColumn("value", width=80),
    "unit": st.column_config.TextColumn("unit", width=80),
    "target": st.column_config.TextColumn("target", width=170),
    "status": st.column_config.TextColumn("status", width=110),
    "progress %": st.column_config.NumberColumn("progress %", format="%.1f", width=80),
    "quote": st.column_config.TextColumn("quote", width=520),
    "document": st.column_config.TextColumn("document", width=200),
    "region": st.column_config.TextColumn("region", width=100),
}


def explorer_table(rows: pd.DataFrame, assessments: list, titles: dict[str, str] | None = None) -> pd.DataFrame:
    """The charted rows with their sentences; targets carry their status and progress."""
    by_row = {a.row: a for a in assessments}
    out = rows[["value", "unit", "qualifier", "year", "region", "kind", "base_year", "row"]].copy()
    out["target"] = [
        fmt_target(a.target, a.unit, a.qualifier, a.year, a.base_year, a.bau) if (a := by_row.get(r)) else None
        for r in rows["row"]
    ]
    out["status"] = [a.status if (a := by_row.get(r)) else None for r in rows["row"]]
    out["progress %"] = [
        round(a.progress_pct, 1) if (a := by_row.get(r)) and a.progress_pct is not None else None for r in rows["row"]
    ]
    out["quote"] = rows["quote"]
    out["document"] = rows["doc"].map(lambda d: (titles or {}).get(d, d))
    out["source"] = [f"sources?doc={d}&row={r}" for d, r in zip(rows["doc"], rows["row"], strict=True)]
    return out


def notes(fig, rows: pd.DataFrame, indicators: pd.DataFrame, indicator: str) -> list[str]:
    """One caption under the chart: the key, what the indicator is, and what is not drawn."""
    lines = [] if fig.data else ["Nothing to chart: no row has a year."]
    meta = indicators[indicators["indicator"] == indicator]
    if len(meta):
        m = meta.iloc[0]
        lines.append(
            f"`{indicator}`: {ui.md_escape(m['description'])} · sector {ui.md_escape(m['sector'])} · "
            f"{ui.md_escape(m['direction'])} is better"
        )
    if is_aggregated(fig):
        lines.append(
            f"More than {MAX_POINTS} rows in a series: drawn per year (line = median, band and bars = min–max); "
            "hover a point for its row count. Every row is in the table below and on the Data page."
        )
    undated = int(rows["year"].isna().sum())
    if undated:
        lines.append(f"{undated} row(s) without a year are listed below but not charted.")
    if rows["base_year"].nunique(dropna=False) > 1:
        lines.append("Series with different base years are drawn in separate panels, never on one axis.")
    lines.append("Every row below with its sentence; targets carry their status (the reason is on Goals).")
    return lines


if __name__ == "__main__":
    render()
