"""Small Streamlit helpers shared by the pages (no logic worth a unit test lives here)."""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode

import pandas as pd
import streamlit as st

from app import data, docs
from app.data import Dataset
from app.progress import ACHIEVED, INSUFFICIENT, MET_EARLY, MISSED, OFF_TRACK, ON_TRACK

STATUS_COLOUR = {
    ACHIEVED: "green",
    MET_EARLY: "green",
    ON_TRACK: "blue",
    OFF_TRACK: "orange",
    MISSED: "red",
    INSUFFICIENT: "gray",
}
STATUS_ICON = {
    ACHIEVED: ":material/check_circle:",
    MET_EARLY: ":material/verified:",
    ON_TRACK: ":material/trending_up:",
    OFF_TRACK: ":material/trending_down:",
    MISSED: ":material/cancel:",
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


PAGES = ("goals", "compare", "explorer", "data", "sources", "upload")


def titles(ds: Dataset) -> dict[str, str]:
    """doc id -> the title people read (boilerplate first lines skipped), computed once per loaded documents."""
    return docs.display_titles(ds.documents, data.seeds_dir())


def labels(ds: Dataset) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(indicator names, sectors, document titles): the label columns every download carries."""
    ind = ds.indicators
    names = dict(zip(ind["indicator"], ind["name"], strict=True))
    sectors = dict(zip(ind["indicator"], ind["sector"], strict=True))
    return names, sectors, titles(ds)


def share_url(path: str, params: dict[str, str | list[str]]) -> str:
    """The absolute URL of this view when the browser told us where we are; else a path on the app."""
    base = st.context.url or ""
    if base:
        base = base.split("?", 1)[0].rstrip("/")
        root = base.rsplit("/", 1)[0] if base.rsplit("/", 1)[-1] in PAGES else base
        url = f"{root}/{path}".rstrip("/")
    else:
        url = f"/{path}"
    query = urlencode(params, doseq=True, quote_via=quote)
    return f"{url}?{query}" if query else url


def row_table(
    rows: pd.DataFrame, names: dict[str, str] | None = None, titles: dict[str, str] | None = None, details: bool = False
) -> pd.DataFrame:
    """What people read first (value, unit, qualifier, year, indicator name, region, the sentence, the document's
    title); ``details`` adds the ids and offsets (row, indicator id, doc id, value as written, char_start/end)."""
    names = names or {}
    out = pd.DataFrame(
        {
            "value": rows["value"],
            "unit": rows["unit"],
            "qualifier": rows["qualifier"],
            "year": rows["year"],
            "indicator name": rows["indicator"].map(lambda i: names.get(i) or i or "(not mapped)"),
            "region": rows["region"],
            "kind": rows["kind"],
            "base_year": rows["base_year"],
            "baseline": rows["baseline"].astype(str) if "baseline" in rows.columns else "",
            "condition": rows["condition"].astype(str) if "condition" in rows.columns else "",
            "quote": rows["quote"],
            "document": rows["doc"].map(lambda d: (titles or {}).get(d, d)),
        },
        index=rows.index,
    )
    out["source"] = [f"sources?doc={quote(str(d))}&row={r}" for d, r in zip(rows["doc"], rows["row"], strict=True)]
    if details:
        for col in ("row", "indicator", "doc", "value_raw", "char_start", "char_end"):
            out[col] = rows[col]
    return out


ROW_COLUMN_CONFIG = {
    "row": st.column_config.NumberColumn("row", help="Row id in observations.csv (1-based)", format="%d"),
    "value": st.column_config.NumberColumn("value", format="%g", width=80),
    "unit": st.column_config.TextColumn("unit", width=70),
    "qualifier": st.column_config.TextColumn("qualifier", width=60, help="= ~ > < >= <= as stated"),
    "year": st.column_config.NumberColumn("year", format="%d", width=55),
    "indicator name": st.column_config.TextColumn("indicator", width=220),
    "base_year": st.column_config.NumberColumn("base year", format="%d", width=70),
    "char_start": st.column_config.NumberColumn("start", format="%d"),
    "char_end": st.column_config.NumberColumn("end", format="%d"),
    "quote": st.column_config.TextColumn("quote", width="large"),
    "document": st.column_config.TextColumn("document", width=200),
    "source": st.column_config.LinkColumn("source", display_text="open ↗", help="The sentence in its document"),
}


def download_pair(
    csv: bytes, csv_name: str, csv_label: str, zip_data: bytes, zip_name: str, zip_label: str, key: str, url: str
) -> None:
    """The two downloads every table page offers (the rows as CSV; the rows with datapackage.json and a README as
    ZIP), side by side, then the shareable link of the view they were made from."""
    left, right = st.columns(2)
    left.download_button(
        csv_label,
        csv,
        file_name=csv_name,
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        key=f"{key}-csv",
    )
    right.download_button(
        zip_label,
        zip_data,
        file_name=zip_name,
        mime="application/zip",
        icon=":material/folder_zip:",
        on_click="ignore",
        key=f"{key}-zip",
    )
    st.caption("Shareable link to this view:")
    st.code(url, language=None)
