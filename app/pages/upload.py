"""Upload (``/upload``): extract your own documents for this session, download their rows, or save them to seeds/.

The logic (names, extraction, merging, saving) is in app/upload.py; this page only moves files between the widget,
the session and seeds/, and says what happened to each.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from app import data, export, ui, upload
from extract.read import MAX_MB, SUPPORTED_SUFFIXES

NOTICES = "upload:notices"  # [(level, plain text)]: the outcome of the last batch or action, shown until the next
WIDGET = "upload:widget"  # part of the uploader's key: bumped after a batch, so the files move from it to the list
LEVELS = {"success": st.success, "warning": st.warning, "error": st.error, "info": st.info}


def limit_mb() -> int:
    """The per-file limit: Streamlit's ``server.maxUploadSize`` (set in .streamlit/config.toml), which the server
    enforces while receiving, and never above the extractor's own ``MAX_MB``."""
    return min(int(st.get_option("server.maxUploadSize")), MAX_MB)


def uploads() -> list[upload.Upload]:
    return st.session_state.setdefault(upload.SESSION_KEY, [])


def notify(level: str, message: str) -> None:
    st.session_state.setdefault(NOTICES, []).append((level, message))


def add_files(files: Sequence[UploadedFile], limit: int) -> None:
    """Extract each file into the session; one notice per file (rows extracted, or why it was refused)."""
    st.session_state[NOTICES] = []
    committed = data.load().documents
    taken = set(committed["doc"]) | {u.doc for u in uploads()}
    known = upload.known_bytes(committed, uploads())
    for f in files:
        if error := upload.too_large(f.name, f.size, limit) or upload.session_full(f.name, f.size, uploads(), limit):
            notify("error", str(error))
            continue
        try:
            with st.spinner(f"Extracting {f.name}…", show_time=True):
                new = upload.extract_upload(
                    f.name, f.getvalue(), taken_docs=taken, known=known, catalogue=upload.catalogue(), limit_mb=limit
                )
        except upload.UploadError as exc:
            notify("error", str(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - a broken catalogue must not lose the other files
            notify("error", f"{f.name}: {type(exc).__name__}: {exc}")
            continue
        uploads().append(new)
        taken.add(new.doc)
        known[new.sha256] = new.doc
        notify(
            "success" if new.rows else "warning", f"{f.name}: {rows(len(new.rows))} extracted, as document {new.doc}"
        )


def rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def remove(doc: str) -> None:
    st.session_state[upload.SESSION_KEY] = [u for u in uploads() if u.doc != doc]


def save(doc: str) -> None:
    """Write the upload into seeds/ and drop the session copy: the next extraction of seeds/ brings its rows back."""
    st.session_state[NOTICES] = []
    found = next((u for u in uploads() if u.doc == doc), None)
    if found is None:
        return
    seeds = data.seeds_dir()
    try:
        path = upload.save(found, seeds)
    except upload.AlreadySaved as exc:
        remove(doc)
        notify("info", f"{exc}; its rows come from there")
        return
    except (upload.UploadError, OSError) as exc:
        notify("error", f"Not saved: {exc}")
        return
    remove(doc)
    notify("success", f"Saved {found.name} as {path} (document {path.stem}); it is extracted with the other seeds.")


def render() -> None:
    st.title("Upload")
    limit = limit_mb()
    types = [s.lstrip(".") for s in SUPPORTED_SUFFIXES]
    st.caption(
        f"Add your own documents ({', '.join(types)}; up to {limit} MB per file, "
        f"{upload.SESSION_FILES * limit} MB per session). They are extracted like the seeds "
        f"and their rows join Goals, Explorer, Data and Sources for this browser session only, under document ids "
        f"starting with `{upload.DOC_PREFIX}`. Nothing is written to `{data.seeds_dir()}` unless you save it."
    )
    key = f"upload-files-{st.session_state.setdefault(WIDGET, 0)}"
    files = st.file_uploader(
        f"Documents, up to {limit} MB each", type=types, accept_multiple_files=True, key=key, max_upload_size=limit
    )
    if files:
        add_files(files, limit)
        st.session_state[WIDGET] += 1
        st.rerun()
    for level, message in st.session_state.get(NOTICES, []):
        LEVELS[level](ui.md_escape(message))

    mine = uploads()
    if not mine:
        st.info("No documents uploaded in this session.")
        return
    st.subheader("Uploaded in this session")
    seeds = data.seeds_dir()
    for u in mine:
        with st.container(border=True, horizontal=True, vertical_alignment="center"):
            st.markdown(
                f"**{ui.md_escape(u.doc)}** · {ui.md_escape(u.name)} · {rows(len(u.rows))} · "
                f"{len(u.data) / 1024:,.1f} KB · {ui.md_escape(u.document['format'])}",
                width="stretch",
            )
            st.button("Remove", key=f"remove:{u.doc}", on_click=remove, args=(u.doc,), icon=":material/delete:")
            name = upload.target_name(u.file, seeds)
            st.button(
                f"Save to seeds/ as {ui.md_escape(name)}",
                key=f"save:{u.doc}",
                on_click=save,
                args=(u.doc,),
                icon=":material/save:",
                help=f"Writes the file into {seeds}; the dashboard then extracts it with the other seeds.",
            )

    ds = data.current()
    shown = ds.observations[ds.observations["doc"].isin({u.doc for u in mine})]
    st.caption(f"{rows(len(shown))} from {len(mine)} uploaded document{'' if len(mine) == 1 else 's'}")
    st.dataframe(
        ui.row_table(shown, ui.indicator_names(ds), ui.titles(ds), details=True),
        hide_index=True,
        width="stretch",
        column_config=ui.ROW_COLUMN_CONFIG,
    )
    st.download_button(
        "Download CSV",
        export.csv_bytes(ds.raw.loc[shown.index], *ui.labels(ds)),
        file_name="observations-uploaded.csv",
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        key="download-uploads-csv",
    )


if __name__ == "__main__":
    render()
