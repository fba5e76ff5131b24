"""Sources (``/sources``): the documents, and one document's text with every extracted number marked."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from app import data, state, ui, upload
from app.highlight import context_window, highlight_html, spans_from_rows

SCOPE = "sources"


def document_text(path: Path) -> str:
    """The decoded text the offsets refer to: the extractor's own reader, so offsets line up for every format."""
    from extract.read import read_document

    return read_document(path, path.read_bytes()).text


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
    docs = ds.documents
    st.title("Sources")
    table = pd.DataFrame(
        {
            "doc": docs["doc"],
            "title": docs["title"],
            "file": docs["file"],
            "size (KB)": (docs["bytes"].astype("Float64") / 1024).round(1),
            "characters": docs["chars"],
            "rows extracted": docs["rows"],
            "status": docs["status"],
            "error": docs["error"],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
    failed = docs[docs["status"] != "ok"]
    for r in failed.itertuples(index=False):
        st.error(f"{r.file}: {r.error}")

    choices = list(docs["doc"])
    titles = dict(zip(docs["doc"], docs["title"], strict=True))
    doc = state.selectbox(
        "Read a document", choices, "doc", scope=SCOPE, format_func=lambda d: f"{d} — {titles.get(d) or ''}"[:120]
    )
    if doc is None:
        return
    info = docs[docs["doc"] == doc].iloc[0]
    text = uploaded_text(doc) if doc.startswith(upload.DOC_PREFIX) else None
    if text is None:
        path = data.seeds_dir() / info["file"]
        if not path.is_file():
            st.warning(f"{info['file']} is not in {data.seeds_dir()} any more.")
            return
        if info["status"] != "ok":
            st.error(f"{info['file']} could not be read: {info['error']}")
            return
        text = document_text(path)
    rows = ds.observations[ds.observations["doc"] == doc]
    spans, bad = spans_from_rows(rows, len(text))
    row = selected_row()
    if row is not None and row in set(rows["row"]):
        picked = rows[rows["row"] == row].iloc[0]
        st.info(
            f"Row #{row}: {picked['kind']} {picked['value']:g} {ui.md_escape(picked['unit'])} ({picked['year']}) — "
            f"“{ui.md_escape(picked['quote'])}”",
            icon=":material/push_pin:",
        )
        if pd.notna(picked["char_start"]) and int(picked["row"]) not in bad:
            window = context_window(text, int(picked["char_start"]), int(picked["char_end"]))
            st.html(highlight_html(text, spans, selected=row, window=window))
    st.caption(f"{len(rows)} extracted numbers marked; the number after each mark is its row id in the Data table.")
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
    st.html(highlight_html(text, spans, selected=row))
    st.markdown("**Rows from this document**")
    st.dataframe(ui.row_table(rows), hide_index=True, width="stretch", column_config=ui.ROW_COLUMN_CONFIG)


if __name__ == "__main__":
    render()
