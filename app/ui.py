"""Small Streamlit helpers shared by the pages (no logic worth a unit test lives here)."""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode

import pandas as pd
import streamlit as st

from app import data
from app.data import Dataset
from app.progress import ACHIEVED, INSUFFICIENT, MET_EARLY, OFF_TRACK, ON_TRACK

STATUS_COLOUR = {ACHIEVED: "green", MET_EARLY: "green", ON_TRACK: "blue", OFF_TRACK: "red", INSUFFICIENT: "gray"}
STATUS_ICON = {
    ACHIEVED: ":material/check_circle:",
    MET_EARLY: ":material/verified:",
    ON_TRACK: ":material/trending_up:",
    OFF_TRACK: ":material/trending_down:",
    INSUFFICIENT: ":material/help:",
}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|$<>~])")


def md_escape(text: object) -> str:
    """Text shown through st.markdown stays text: no emphasis, links, LaTeX or HTML from a document."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def dataset_or_stop() -> Dataset:
    """The loaded tables with this session's uploads; stops the page with a clear message when there is nothing to
    show yet."""
    ds = data.current()
    if ds.empty:
        st.info(
            f"No observations yet in `{data.data_dir()}`. Put documents in `{data.seeds_dir()}` "
            "(the dashboard extracts them on the next load), run `python -m extract`, or upload one on the Upload page."
        )
        st.stop()
    return ds


def indicator_names(ds: Dataset) -> dict[str, str]:
    """indicator id -> readable name, from indicators.csv; ids missing from the catalogue show as themselves."""
    names = dict(zip(ds.indicators["indicator"], ds.indicators["name"], strict=True))
    return {i: names.get(i) or i for i in ds.observations["indicator"].unique() if i} | {"": "(not mapped)"}


def share_url(path: str, params: dict[str, str | list[str]]) -> str:
    """The absolute URL of this view when the browser told us where we are; else a path on the app."""
    base = st.context.url or ""
    if base:
        base = base.split("?", 1)[0].rstrip("/")
        root = base.rsplit("/", 1)[0] if base.rsplit("/", 1)[-1] in ("explorer", "data", "sources", "upload") else base
        url = f"{root}/{path}".rstrip("/")
    else:
        url = f"/{path}"
    query = urlencode(params, doseq=True, quote_via=quote)
    return f"{url}?{query}" if query else url


def row_table(rows: pd.DataFrame, names: dict[str, str] | None = None) -> pd.DataFrame:
    """The columns analysts read first, with the row id that the Sources page shows next to each highlight."""
    cols = [
        "row",
        "indicator",
        "region",
        "kind",
        "year",
        "base_year",
        "qualifier",
        "value",
        "unit",
        "value_raw",
        "quote",
        "doc",
        "char_start",
        "char_end",
    ]
    out = rows[cols].copy()
    if names is not None:
        out.insert(2, "name", out["indicator"].map(names))
    out["source"] = [f"sources?doc={quote(d)}&row={r}" for d, r in zip(rows["doc"], rows["row"], strict=True)]
    return out


ROW_COLUMN_CONFIG = {
    "row": st.column_config.NumberColumn("row", help="Row id in observations.csv (1-based)", format="%d"),
    "year": st.column_config.NumberColumn("year", format="%d"),
    "base_year": st.column_config.NumberColumn("base year", format="%d"),
    "char_start": st.column_config.NumberColumn("start", format="%d"),
    "char_end": st.column_config.NumberColumn("end", format="%d"),
    "quote": st.column_config.TextColumn("quote", width="large"),
    "source": st.column_config.LinkColumn("source", display_text="open ↗", help="The sentence in its document"),
}
