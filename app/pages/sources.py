"""Sources (``/sources``): the documents, and one document's text with every extracted number marked."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

import pandas as pd
import streamlit as st

from app import data, docs, state, ui, upload
from app.highlight import context_window, highlight_html, spans_from_rows

SCOPE = "sources"


def document_text(path: Path) -> str:
    """The decoded text the offsets refer to (the extractor's own reader, cached per file version)."""
    text = docs.document_text(path)
    if text is None:
        raise OSError(f"{path} could not be read")
    return text


def richest(documents: pd.DataFrame, observations: pd.DataFrame) -> str | None:
    """The document to open on: the one with the most extracted rows (then the longest)."""
    counts = observations["doc"].astype(str).value_counts()
    if counts.empty:
        return None if documents.empty else str(documents["doc"].iloc[0])
    return str(counts.index[0])


def row_links(row: pd.Series, country: str | None) -> str:
    """Markdown links from one highlighted number to its row in Data, its chart in Explorer, its goal in Goals."""
    links = [f"[Data row](data?{urlencode({'row': int(row['row'])})})"]
    if row["indicator"]:
        query = urlencode({"indicator": row["indicator"], "region": row["region"]}, quote_via=quote)
        links.append(f"[Explorer](explorer?{query})")
    if row["kind"] == "target" and country:
        links.append(f"[Goals](./?{urlencode({'country': country, 'goal': int(row['row'])}, quote_via=quote)})")
    return " · ".join(links)


def uploaded_text(doc: str) -> str | None:
    """The text of a document uploaded in this session (it is in the session, not in seeds/)."""
    found = next((u for u in st.session_state.get(upload.SESSION_KEY, []) if u.doc == doc), None)
    if found is None:
        return None
    st.caption(
        f"Uploaded in this session as `{found.file}`; not in `{data.seeds_dir()}` unless saved on the Upload page."
    )
    return found.text()


def selected_row() -> int | None:
    try:
        return int(st.query_params.get("row", ""))
    except ValueError:
        return None


def render() -> None:
    ds = ui.dataset_or_stop()
    documents = ds.documents
    titles = ui.titles(ds)
    st.title("Sources")
    table = pd.DataFrame(
        {
            "title": documents["doc"].map(lambda d: titles.get(d, d)),
            "doc": documents["doc"],
            "file": documents["file"],
            "size (KB)": (documents["bytes"].astype("Float64") / 1024).round(1),
            "characters": documents["chars"],
            "rows extracted": documents["rows"],
            "status": documents["status"],
            "error": documents["error"],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
    failed = documents[~documents["status"].isin(["ok", "skipped"])]
    for r in failed.itertuples(index=False):
        st.error(f"{r.file}: {r.error}")

    choices = list(documents["doc"])
    doc = state.selectbox(
        "Read a document",
        choices,
        "doc",
        scope=SCOPE,
        default=lambda: richest(documents, ds.observations),
        format_func=lambda d: f"{titles.get(d, d)} ({d})"[:140],
    )
    if doc is None:
        return
    info = documents[documents["doc"] == doc].iloc[0]
    text = uploaded_text(doc) if doc.startswith(upload.DOC_PREFIX) else None
    if text is None:
        path = data.seeds_dir() / info["file"]
        if not path.is_file():
            st.warning(f"{info['file']} is not in {data.seeds_dir()} any more.")
            return
        if info["status"] == "skipped":  # readable, deliberately not mined (a language the extractor does not read)
            st.info(f"{info['file']} was not mined: {info['error'] or 'skipped by the extractor'}. Its text follows.")
        elif info["status"] != "ok":
            st.error(f"{info['file']} could not be read: {info['error']}")
            return
        text = document_text(path)
    rows = ds.observations[ds.observations["doc"] == doc]
    spans, bad = spans_from_rows(rows, len(text))
    row = selected_row()
    if row is not None and row in set(rows["row"]):
        picked = rows[rows["row"] == row].iloc[0]
        country = docs.countries(ds.documents, ds.observations).get(doc)
        st.info(
            f"Row #{row}: {picked['kind']} {picked['value']:g} {ui.md_escape(picked['unit'])} ({picked['year']}) — "
            f"“{ui.md_escape(picked['quote'])}”  \n{row_links(picked, country)}",
            icon=":material/push_pin:",
        )
        if pd.notna(picked["char_start"]) and int(picked["row"]) not in bad:
            window = context_window(text, int(picked["char_start"]), int(picked["char_end"]))
            st.html(highlight_html(text, spans, selected=row, window=window))
    st.caption(
        f"{len(rows)} extracted numbers marked; the number after each mark is its row id. Click a mark for its row "
        "in Data, its chart in Explorer and, for a target, its line in Goals."
    )
    if bad:
        st.warning(f"Offsets outside the text for rows {', '.join(f'#{b}' for b in bad)}.")
    mismatched = [
        int(r.row)
        for r in rows.itertuples(index=False)
        if int(r.row) not in bad and text[int(r.char_start) : int(r.char_end)] != r.value_raw
    ]
    if mismatched:
        st.warning(
            f"text[char_start:char_end] differs from value_raw for rows {', '.join(f'#{m}' for m in mismatched)}."
        )
    link = f"sources?doc={quote(doc)}&row="
    st.html(highlight_html(text, spans, selected=row, href=lambda r: f"{link}{r}"))
    st.markdown("**Rows from this document**")
    st.dataframe(
        ui.row_table(rows, ui.indicator_names(ds), titles, details=True),
        hide_index=True,
        width="stretch",
        column_config=ui.ROW_COLUMN_CONFIG,
    )


if __name__ == "__main__":
    render()
