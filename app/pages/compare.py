"""Compare countries (``/compare``): one row per country and headline target, each linked to its sentence;
sortable (click a header), filterable (kept in the URL) and downloadable like the Data page."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import docs, export, scale, state, ui
from app.data import Dataset
from app.pages import goals as goals_page
from app.progress import STATUSES
from app.scorecard import HEADLINE_SECTION, TARGET_TYPES, goal_frame, newest_only, ordered

SCOPE = "compare"
STYLED_ROWS = 2_000  # status colours up to this many lines (a Styler costs per cell)
COLUMNS = [
    "country",
    "goal",
    "type",
    "target",
    "base year",
    "target year",
    "conditionality",
    "latest actual",
    "status",
    "progress %",
    "document",
    "sentence",
]
# The download: the table's columns with the value split out (qualifier exactly as in the data), and provenance.
DOWNLOAD_COLUMNS = [
    "country",
    "goal",
    "indicator",
    "region",
    "type",
    "qualifier",
    "value",
    "unit",
    "base year",
    "target year",
    "condition",
    "latest actual",
    "status",
    "progress %",
    "from",
    "why",
    "document",
    "doc",
    "row",
    "quote",
]
CONFIG = {
    "country": st.column_config.TextColumn("country", width=105),
    "goal": st.column_config.TextColumn("goal", width=175),
    "type": st.column_config.TextColumn("type", width=95),
    "target": st.column_config.TextColumn("target", width=150),
    "base year": st.column_config.NumberColumn("base", format="%d", width=50),
    "target year": st.column_config.NumberColumn("year", format="%d", width=50),
    "conditionality": st.column_config.TextColumn("condition", width=85),
    "latest actual": st.column_config.TextColumn("latest actual", width=120),
    "status": st.column_config.TextColumn("status", width=180),
    "progress %": st.column_config.ProgressColumn("progress", min_value=0, max_value=100, format="%.0f%%", width=75),
    "document": st.column_config.TextColumn("document", width=110),
    "sentence": st.column_config.LinkColumn("sentence", display_text="open ↗", width=60),
}
PARAMS = {"status_word": "status", "conditionality": "condition"}  # filter -> its URL parameter
FREE_TEXT = frozenset({"country", "goal", "region", "latest actual", "from", "why", "document", "doc", "quote"})


def headline_frame(ds: Dataset) -> pd.DataFrame:
    """Every country's headline national goals (newest document wins), as compare lines."""
    names = ui.indicator_names(ds)
    countries = docs.countries(ds.documents, ds.observations)
    with st.spinner("Assessing every target against its actuals…", show_time=True):
        goals = scale.goals(ds.observations, ds.indicators, countries, ui.titles(ds))
    head = newest_only([g for g in goals if g.section == HEADLINE_SECTION], docs.duplicates(ds.documents))
    head = sorted(ordered(head, names), key=lambda g: g.country)
    return goal_frame(head, names, condition_in_target=False)  # the condition has its own column


def render() -> None:
    ds = ui.dataset_or_stop()
    st.title("Compare countries")
    frame = scale.memo(ds.observations, ("compare",), lambda: headline_frame(ds))
    if frame.empty:
        st.info("No headline national goal (emissions, peak or net-zero year, shares, capacities) in the data yet.")
        return
    view(ds, frame)


@st.fragment
def view(ds: Dataset, frame: pd.DataFrame) -> None:
    """Filters, table and downloads: a fragment, so a filter change reruns only this part."""
    cols = st.columns(4)
    chosen = {
        "country": state.multiselect(
            "Country", sorted(frame["country"].unique()), "country", scope=SCOPE, where=cols[0], placeholder="All"
        ),
        "type": state.multiselect(
            "Target type",
            [t for t in TARGET_TYPES if t in set(frame["type"])],
            "type",
            scope=SCOPE,
            where=cols[1],
            placeholder="All types",
        ),
        "status_word": state.multiselect(
            "Status", list(STATUSES), "status", scope=SCOPE, where=cols[2], placeholder="All statuses"
        ),
        "conditionality": state.multiselect(
            "Condition",
            sorted(frame["conditionality"].unique()),
            "condition",
            scope=SCOPE,
            where=cols[3],
            placeholder="Any",
        ),
    }
    shown = filter_frame(frame, chosen)
    st.caption(
        f"{len(shown):,} of {len(frame):,} headline targets of {countries(frame['country'].nunique())}. Click a "
        "column header to sort; each line links to its sentence. Where several documents state the same goal, the "
        "newest NDC's is shown."
    )
    st.dataframe(
        goals_page.styled(shown, limit=STYLED_ROWS),
        column_order=COLUMNS,
        hide_index=True,
        width="stretch",
        column_config=CONFIG,
        height=min(35 * (len(shown) + 1) + 3, 560),
    )
    query = {PARAMS.get(k, k): v for k, v in chosen.items() if v}
    url = ui.share_url("compare", query)
    table_csv = export.write_csv(shown[DOWNLOAD_COLUMNS], FREE_TEXT)
    names, sectors, titles = ui.labels(ds)
    rows = ds.raw[ds.raw["row"].isin(shown["row"])]
    obs_csv = export.csv_bytes(rows, names, sectors, titles)
    lines = [f"{PARAMS.get(k, k)}: {', '.join(v)}" for k, v in chosen.items() if v] or ["none (all rows)"]
    ui.download_pair(
        table_csv,
        "compare.csv",
        "Download CSV (this table)",
        export.zip_bytes(obs_csv, export.readme_text(lines, url, len(rows))),
        "compare-observations.zip",
        "Download ZIP (the targets' observations + datapackage.json + README)",
        "compare",
        url,
    )


def countries(n: int) -> str:
    return f"{n:,} country" if n == 1 else f"{n:,} countries"


def filter_frame(frame: pd.DataFrame, chosen: dict[str, list[str]]) -> pd.DataFrame:
    """The lines passing every chosen filter (empty = all); status matches the word before any ': why'."""
    mask = pd.Series(True, index=frame.index)
    for column, values in chosen.items():
        if not values:
            continue
        if column == "status_word":
            words = frame["status"].str.replace(r"^\W+\s*", "", regex=True).str.split(":").str[0]
            mask &= words.isin(values)
        else:
            mask &= frame[column].isin(values)
    return frame[mask]


if __name__ == "__main__":
    render()
