"""The Upload page under AppTest: files through the real st.file_uploader, rows on every page, downloads, saving."""

from __future__ import annotations

import csv
import io
import re
import tomllib
from pathlib import Path

import pytest
from conftest import DASHBOARD, REPO
from streamlit import config
from streamlit.testing.v1 import AppTest
from test_app_upload import PLAN
from test_read import make_docx, pdf_bomb, rezip

from app.data import build_dataset
from extract.read import MAX_MB
from extract.schema import DOCUMENTS, OBSERVATIONS

UPLOAD_PAGE = "app/pages/upload.py"
INJECTION = '=HYPERLINK("http://evil.example","click") Wind power capacity will reach 50 GW by 2030.'


def open_page(path: str, query: dict | None = None, at: AppTest | None = None) -> AppTest:
    if at is None:
        at = AppTest.from_file(str(DASHBOARD), default_timeout=120).run()
    at.query_params.clear()
    at.query_params.update(query or {})
    return at.switch_page(path).run()


def plain(markdown: str) -> str:
    """The text of a message the page escaped for st.markdown."""
    return re.sub(r"\\(.)", r"\1", markdown)


def messages(at: AppTest, kind: str) -> list[str]:
    return [plain(e.value) for e in getattr(at, kind)]


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader[0].set_value([(name, data, "application/octet-stream") for name, data in files])
    return at.run()


def download(at: AppTest, media, label: str) -> bytes:
    (button,) = [b for b in at.download_button if b.label.startswith(label)]
    return media.bytes_for(button.proto.url)


def snapshot(*folders: Path) -> dict[Path, tuple[int, int]]:
    return {p: (p.stat().st_size, p.stat().st_mtime_ns) for f in folders for p in sorted(f.rglob("*"))}


def test_the_stated_limit_is_the_server_s(dashboard_env):
    at = open_page(UPLOAD_PAGE)
    no_errors(at)
    limit = config.get_option("server.maxUploadSize")
    with (REPO / ".streamlit" / "config.toml").open("rb") as fh:
        settings = tomllib.load(fh)
    assert settings["server"]["maxUploadSize"] == limit <= MAX_MB
    assert settings["client"]["disableDataExport"] is True, "a table's own CSV export would not neutralise formulas"
    assert [t.value for t in at.title] == ["Upload"]
    assert f"up to {limit} MB per file" in at.caption[0].value
    (widget,) = at.file_uploader
    assert f"up to {limit} MB each" in widget.label and widget.accept_multiple_files
    assert sorted(widget.allowed_type) == sorted([".txt", ".md", ".html", ".htm", ".pdf", ".docx"])
    assert widget.proto.max_upload_size_mb == limit, "the browser refuses a bigger file before sending it"


def test_uploaded_rows_join_every_page_and_download_neutralised(dashboard_env, media):
    data, seeds = dashboard_env
    before = snapshot(data, seeds)
    committed = build_dataset(data)
    at = upload(open_page(UPLOAD_PAGE), ("../../../plan.txt", PLAN))
    no_errors(at)
    assert messages(at, "success") == ["../../../plan.txt: 2 rows extracted, as document upload:plan"]
    table = at.dataframe[0].value
    assert set(table["doc"]) == {"upload:plan"} and INJECTION in set(table["quote"])
    first = len(committed.observations) + 1
    assert sorted(table["row"]) == [first, first + 1]

    rows = list(csv.DictReader(io.StringIO(download(at, media, "Download CSV").decode())))
    assert list(rows[0])[: len(OBSERVATIONS.fieldnames)] == OBSERVATIONS.fieldnames and len(rows) == 2
    assert "'" + INJECTION in [r["quote"] for r in rows], "the formula must reach the spreadsheet as text"
    assert {r["doc"] for r in rows} == {"upload:plan"} and {r["value"] for r in rows} == {"50", "392"}

    at = open_page("app/pages/data_table.py", at=at)
    no_errors(at)
    total = len(committed.observations) + 2
    assert any(c.value.startswith(f"{total} of {total} rows") for c in at.caption)
    everything = download(at, media, "Download CSV").decode()
    assert everything.count("upload:plan") == 2 and "'" + INJECTION.replace('"', '""') in everything

    target = table[table["kind"] == "target"].iloc[0]
    query = {"indicator": target["indicator"], "region": target["region"]}
    at = open_page("app/pages/explorer.py", query, at=at)
    no_errors(at)
    assert at.multiselect(key="qp:explorer:region").value == [target["region"]]
    assert target["row"] in set(at.dataframe[-1].value["row"])

    at = open_page("app/pages/goals.py", {"country": target["region"]}, at=at)
    no_errors(at)
    assert target["row"] in {r for d in at.dataframe for r in d.value["row"]}

    at = open_page("app/pages/sources.py", {"doc": "upload:plan", "row": str(first)}, at=at)
    no_errors(at)
    assert "upload:plan" in set(at.dataframe[0].value["doc"])
    page = at.get("html")[-1].value
    assert '<mark id="row-' in page and "=HYPERLINK(&quot;http://evil.example&quot;" in page
    assert any("Uploaded in this session as `plan.txt`" in c.value for c in at.caption)
    assert snapshot(data, seeds) == before, "an upload must not write to data/ or seeds/"


def data_docs(at: AppTest) -> list[str]:
    """The Data page's doc ids (shown with the ids-and-offsets option)."""
    at.toggle(key="data-details").set_value(True).run()
    return list(at.dataframe[0].value["doc"])


def test_a_new_session_does_not_see_another_session_s_uploads(dashboard_env):
    at = upload(open_page(UPLOAD_PAGE), ("plan.txt", PLAN))
    assert messages(at, "success")
    other = open_page("app/pages/data_table.py")
    assert "upload:plan" not in data_docs(other)


HOSTILE = [  # (name, bytes, the message's start): each refused, one line each, the other files still extracted
    ("junk.txt", b"GIF89a\x01\x00\x01\x00\x00\xff" * 10, "junk.txt: binary content, not text (NUL byte at offset 7)"),
    ("bomb.docx", rezip(make_docx(), {"word/media/bomb.bin": b"\0" * (20 * 2**20)}), "bomb.docx: DOCX member "),
    ("bomb.pdf", pdf_bomb(), "bomb.pdf: PDF page 1 expands past pypdf's decompression limit (bomb?)"),
    ("..\\..\\.profile.txt", b"x", "'..\\\\..\\\\.profile.txt': hidden file names are not accepted"),
    ("../~$plan.docx", make_docx(), "'../~$plan.docx': an Office lock file, not a document"),
    ("../../.txt", b"Wind capacity will reach 50 GW by 2030.", "'../../.txt': hidden file names are not accepted"),
]


def test_hostile_uploads_are_refused_with_a_clear_message(dashboard_env):
    """Binary junk named .txt, a DOCX and a PDF that expand enormously, names with ../ or ..\\ that would be hidden
    or a lock file: one batch, one clear message per file, and the good file beside them is still extracted."""
    at = upload(open_page(UPLOAD_PAGE), *[(name, data) for name, data, _ in HOSTILE], ("../plan.txt", PLAN))
    assert not at.exception
    errors = messages(at, "error")
    assert len(errors) == len(HOSTILE)
    for (name, _, message), error in zip(HOSTILE, errors, strict=True):
        assert error.startswith(message), (name, error)
    assert messages(at, "success") == ["../plan.txt: 2 rows extracted, as document upload:plan"]
    assert [u.doc for u in at.session_state["uploads"]] == ["upload:plan"]
    assert not at.file_uploader[0].value, "the uploader is emptied after each batch"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../../evil.exe", "Invalid file extension: `.exe`"),
        ("catalogue.yaml", "Invalid file extension: `.yaml`"),
        ("../plan.txt\x00.exe", "Filename cannot contain null bytes"),
    ],
)
def test_a_name_streamlit_refuses_never_reaches_the_page(dashboard_env, name, message):
    """A suffix outside ``type=`` (the browser's picker offers none) or a NUL: Streamlit refuses the file itself.
    app/upload.py refuses them too (test_app_upload.py), for a client that gets past Streamlit."""
    at = upload(open_page(UPLOAD_PAGE), (name, b"x: !!python/object/apply:os.system ['true']\n"))
    assert any(message in e.value for e in at.exception), [e.value for e in at.exception]
    assert "uploads" not in at.session_state or not at.session_state["uploads"]


def test_a_file_over_the_limit_is_refused_naming_the_limit(dashboard_env):
    limit = config.get_option("server.maxUploadSize")
    config.set_option("server.maxUploadSize", 1)
    try:
        at = open_page(UPLOAD_PAGE)
        assert "up to 1 MB per file" in at.caption[0].value
        at = upload(at, ("big.txt", b"Wind capacity will reach 50 GW by 2030.\n" * 40_000), ("plan.txt", PLAN))
    finally:
        config.set_option("server.maxUploadSize", limit)
    assert messages(at, "error") == ["big.txt: file too large: 1.5 MB; the limit for uploads is 1 MB"]
    assert messages(at, "success") == ["plan.txt: 2 rows extracted, as document upload:plan"], "the others go on"


def test_html_with_scripts_is_shown_as_text(dashboard_env):
    page = (
        b"<html><body><script>window.pwned = 1; alert('x')</script>"
        b"<p>By 2030, wind power capacity will reach 60 GW.</p></body></html>"
    )
    text = b"Notes\n\n<script>alert('y')</script> <b>Wind power capacity</b> will reach 70 GW by 2030.\n"
    at = upload(open_page(UPLOAD_PAGE), ("evil.html", page), ("evil.txt", text))
    no_errors(at)
    at = open_page("app/pages/sources.py", {"doc": "upload:evil"}, at=at)
    for doc, shown, hidden in (("upload:evil", "60 GW", "pwned"), ("upload:evil-2", "&lt;script&gt;alert(", "<script")):
        at.selectbox(key="qp:sources:doc").select(doc).run()
        no_errors(at)
        html = at.get("html")[-1].value
        assert shown in html and hidden not in html and "<b>" not in html


def test_same_bytes_twice_or_already_committed_are_not_counted_again(dashboard_env):
    _, seeds = dashboard_env
    seed = sorted(seeds.glob("*.txt"))[0]
    at = upload(open_page(UPLOAD_PAGE), ("plan.txt", PLAN), ("copy.txt", PLAN), ("seed.txt", seed.read_bytes()))
    errors = messages(at, "error")
    assert "copy.txt: the same bytes are already in the data as upload:plan; its rows are shown" in errors
    assert f"seed.txt: the same bytes are already in the data as seeds/{seed.name}; its rows are shown" in errors
    assert len(at.session_state["uploads"]) == 1


def test_remove_drops_the_upload_and_its_rows(dashboard_env):
    at = upload(open_page(UPLOAD_PAGE), ("plan.txt", PLAN))
    at.button(key="remove:upload:plan").click().run()
    no_errors(at)
    assert messages(at, "info") == ["No documents uploaded in this session."]
    at = open_page("app/pages/data_table.py", at=at)
    assert "upload:plan" not in data_docs(at)


def test_save_writes_a_safe_name_in_seeds_and_the_rows_come_back_from_there(fresh_dirs, tmp_path):
    data, seeds = fresh_dirs
    outside = {p.name for p in tmp_path.iterdir()}
    at = upload(open_page(UPLOAD_PAGE), ("../../../plan.txt", PLAN))
    (button,) = [b for b in at.button if b.key == "save:upload:plan"]
    assert plain(button.label) == "Save to seeds/ as plan.txt"
    button.click().run()
    no_errors(at)
    assert (seeds / "plan.txt").read_bytes() == PLAN
    assert {p.name for p in tmp_path.iterdir()} == outside, "nothing written next to seeds/"
    assert [m for m in messages(at, "success") if m.startswith("Saved ../../../plan.txt as ")]
    assert at.session_state["uploads"] == [], "the session copy is dropped: the rows now come from seeds/"
    documents = build_dataset(data).documents
    assert "plan.txt" in set(documents["file"]), "re-extracted on the same run"
    at = open_page("app/pages/data_table.py", at=at)
    docs = data_docs(at)
    assert docs.count("plan") == 2 and "upload:plan" not in docs

    # The same name again with other bytes: a new name, the first file untouched; the same bytes: refused.
    at = upload(open_page(UPLOAD_PAGE, at=at), ("plan.txt", PLAN + b"\nBy 2025, solar capacity will exceed 500 GW.\n"))
    at.button(key="save:upload:plan").click().run()
    assert (seeds / "plan.txt").read_bytes() == PLAN and (seeds / "plan-2.txt").exists()
    at = upload(at, ("plan.txt", PLAN))
    assert messages(at, "error") == [
        "plan.txt: the same bytes are already in the data as seeds/plan.txt; its rows are shown"
    ]
    assert DOCUMENTS.path in {p.name for p in data.iterdir()}


def test_uploads_work_without_any_committed_data(tmp_path, monkeypatch):
    """A first-time user with empty folders: the upload alone fills the Data page (row ids from 1)."""
    monkeypatch.setenv("CLIMATE_DATA_DIR", str(tmp_path / "nothing"))
    monkeypatch.setenv("CLIMATE_SEEDS_DIR", str(tmp_path / "no-seeds"))
    at = upload(open_page(UPLOAD_PAGE), ("plan.txt", PLAN))
    no_errors(at)
    at = open_page("app/pages/data_table.py", at=at)
    no_errors(at)
    assert data_docs(at) == ["upload:plan", "upload:plan"]
    assert list(at.dataframe[0].value["row"]) == [1, 2]
    assert not (tmp_path / "no-seeds").exists() and not (tmp_path / "nothing").exists()
