"""Data (``/data``): filter the observations, read them, and download exactly the filtered rows."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import export, scale, state, ui
from app.data import Dataset
from app.filters import LIST_PARAMS, ROWS, TEXT, YEAR_MAX, YEAR_MIN, Filters, apply_filters, to_query

SCOPE = "data"


def render() -> None:
    ds = ui.dataset_or_stop()
    st.title("Data")
    view(ds)


@st.fragment
def view(ds: Dataset) -> None:
    """Filters, table and downloads: a fragment, so a filter change reruns only this part of the page."""
    names = ui.indicator_names(ds)
    obs = ds.observations
    sectors = dict(zip(ds.indicators["indicator"], ds.indicators["sector"], strict=True))

    top = st.columns(3)
    indicators = state.multiselect(
        "Indicator",
        sorted(obs["indicator"].unique(), key=lambda i: names.get(i, i).lower()),
        LIST_PARAMS["indicators"],
        scope=SCOPE,
        where=top[0],
        format_func=lambda i: names.get(i, i),
        placeholder="All indicators",
    )
    sector_options = sorted({sectors[i] for i in obs["indicator"].unique() if sectors.get(i)})
    chosen_sectors = state.multiselect(
        "Sector", sector_options, LIST_PARAMS["sectors"], scope=SCOPE, where=top[1], placeholder="All sectors"
    )
    regions = state.multiselect(
        "Region",
        sorted(obs["region"].unique()),
        LIST_PARAMS["regions"],
        scope=SCOPE,
        where=top[2],
        placeholder="All regions",
    )
    middle = st.columns(3)
    kinds = state.multiselect(
        "Kind",
        sorted(obs["kind"].unique()),
        LIST_PARAMS["kinds"],
        scope=SCOPE,
        where=middle[0],
        placeholder="Actuals and targets",
    )
    titles = ui.titles(ds)
    docs = state.multiselect(
        "Document",
        sorted(obs["doc"].unique(), key=lambda d: titles.get(d, d).lower()),
        LIST_PARAMS["docs"],
        scope=SCOPE,
        where=middle[1],
        format_func=lambda d: titles.get(d, d),
        placeholder="All documents",
    )
    text = state.text_input("Search quotes", TEXT, scope=SCOPE, where=middle[2], placeholder="e.g. non-fossil")
    years = obs["year"].dropna()
    year_min = year_max = None
    if len(years):
        low, high = int(years.min()), int(years.max())
        year_min, year_max = state.year_range("Years", low, high, (YEAR_MIN, YEAR_MAX), scope=SCOPE)
        year_min = None if year_min == low else year_min
        year_max = None if year_max == high else year_max

    rows = tuple(int(r) for r in state.query_list(ROWS) if r.isdigit())
    filters = Filters(
        tuple(indicators),
        tuple(chosen_sectors),
        tuple(regions),
        tuple(kinds),
        tuple(docs),
        year_min,
        year_max,
        text,
        rows,
    )
    shown = apply_filters(obs, filters, ds.indicators)
    left, right = st.columns([4, 1])
    left.caption(
        f"{len(shown):,} of {len(obs):,} rows"
        + ("" if filters.active else " (no filter)")
        + (f"; only row(s) {', '.join(map(str, rows))}, from a link: clear it by opening Data anew" if rows else "")
    )
    details = right.toggle(
        "Ids and offsets", key="data-details", help="Row id, indicator id, doc id, value as written, character offsets"
    )
    listed = shown.iloc[: scale.DATA_ROWS]
    st.dataframe(
        ui.row_table(listed, names, titles, details=details),
        hide_index=True,
        width="stretch",
        column_config=ui.ROW_COLUMN_CONFIG,
    )
    if len(listed) < len(shown):
        st.caption(
            f"{scale.showing(len(listed), len(shown), 'rows')} in the table (the first by row id): narrow the filters "
            f"to see others. The downloads hold all {len(shown):,} filtered rows."
        )

    url = ui.share_url("data", to_query(filters))
    csv_data, zip_data = downloads(ds.raw, shown.index, filters.describe(), url, ui.labels(ds))
    ui.download_pair(
        csv_data,
        "observations-filtered.csv",
        "Download CSV",
        zip_data,
        "observations-filtered.zip",
        "Download ZIP (CSV + datapackage.json + README)",
        "download",
        url,
    )


def downloads(
    raw: pd.DataFrame, index: pd.Index, filter_lines: list[str], url: str, labels: tuple = ({}, {}, {})
) -> tuple:
    """(CSV, ZIP) payloads of exactly the rows at ``index`` in their source text. Up to EAGER_DOWNLOAD_ROWS rows
    they are bytes made now; above, functions Streamlit calls only when the button is clicked, so a filter change
    over a million rows does not build a 300 MB file that nobody asked for."""

    def csv_data() -> bytes:
        return export.csv_bytes(raw.loc[index], *labels)

    def zip_of(csv: bytes) -> bytes:
        return export.zip_bytes(csv, export.readme_text(filter_lines, url, len(index)))

    if len(index) <= scale.EAGER_DOWNLOAD_ROWS:
        csv = csv_data()
        return csv, zip_of(csv)
    return csv_data, lambda: zip_of(csv_data())


if __name__ == "__main__":
    render()
