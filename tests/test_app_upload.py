"""app/upload.py without Streamlit: safe names for seeds/, extraction of uploaded bytes, merging, saving."""

from __future__ import annotations

import csv
import hashlib
import io
import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_read import make_docx, pdf_bomb, rezip

from app import export
from app.data import ROW, build_dataset
from app.upload import (
    MAX_NAME_BYTES,
    SESSION_FILES,
    AlreadySaved,
    Upload,
    UploadError,
    catalogue,
    extract_upload,
    inside,
    known_bytes,
    merge,
    merged,
    safe_name,
    save,
    session_full,
    target_name,
    unique_doc,
)
from extract.read import SUPPORTED_SUFFIXES
from extract.schema import OBSERVATIONS

PLAN = (
    b"Wind plan of Examplestan\n\n"
    b'=HYPERLINK("http://evil.example","click") Wind power capacity will reach 50 GW by 2030.\n\n'
    b"In 2022, solar capacity was 392 GW.\n"
)


def upload(
    name: str = "plan.txt", data: bytes = PLAN, taken: set[str] | None = None, known: dict | None = None, **kwargs
) -> Upload:
    return extract_upload(name, data, taken_docs=taken or set(), known=known or {}, catalogue=catalogue(), **kwargs)


def refusal(name: str, data: bytes = PLAN, **kwargs) -> str:
    with pytest.raises(UploadError) as caught:
        upload(name, data, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return message


# ---------------------------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plan.txt", "plan.txt"),
        ("../evil.txt", "evil.txt"),
        ("../../../../etc/cron.d/evil.md", "evil.md"),
        ("..\\..\\Windows\\evil.html", "evil.html"),
        ("C:\\Users\\me\\Plan 2030.DOCX", "Plan_2030.docx"),
        ("/tmp/abs/report.pdf", "report.pdf"),
        ("a/b/../c.htm", "c.htm"),
        ("..／..／fullwidth.txt", "fullwidth.txt"),  # NFKC turns the fullwidth solidus into "/"
        ("report\x00.txt", "report.txt"),
        ("zero\u200bwidth.txt", "zerowidth.txt"),
        ("报告 2030.txt", "报告_2030.txt"),
        ("name with spaces & symbols!.md", "name_with_spaces_symbols.md"),
        ("-rf.txt", "rf.txt"),
        ("$(rm -rf ~).txt", "rm_-rf.txt"),
        ("plan..txt", "plan.txt"),
    ],
)
def test_safe_name_keeps_only_a_plain_basename(name, expected):
    assert safe_name(name) == expected


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("", "no file name"),
        ("..", "no file name"),
        ("../", "no file name"),
        ("../..", "no file name"),
        (".hidden.txt", "hidden file names are not accepted"),
        ("../.bashrc.txt", "hidden file names are not accepted"),
        ("~$plan.docx", "Office lock file"),
        ("/etc/passwd", "no suffix is not a supported type"),
        ("evil.exe", "'.exe' is not a supported type; use one of .txt, .md, .html, .htm, .pdf, .docx"),
        ("report.txt\x00.exe", "'.exe' is not a supported type"),
        ("evil\u202etxt.exe", "'.exe' is not a supported type"),  # right-to-left override shows "exe.txt"
        ("catalogue.yaml", "'.yaml' is not a supported type"),
        ("___.txt", "needs a letter or digit"),
    ],
)
def test_safe_name_refuses_what_cannot_be_a_seed(name, words):
    with pytest.raises(UploadError) as caught:
        safe_name(name)
    assert words in str(caught.value) and repr(name) in str(caught.value)


def test_long_names_are_cut_to_a_safe_length():
    assert len(safe_name("a" * 400 + ".txt").encode()) <= MAX_NAME_BYTES
    cjk = safe_name("报" * 200 + ".pdf")
    assert cjk.endswith(".pdf") and len(cjk.encode()) <= MAX_NAME_BYTES


NAME_PARTS = ["..", "/", "\\", ".", "a", "报", "\x00", "\u202e", "~$", "．", ".txt", ".PDF"]


@settings(max_examples=300, deadline=None)
@given(name=st.text(max_size=80) | st.lists(st.sampled_from(NAME_PARTS)).map("".join))
def test_any_name_is_refused_or_safe(tmp_path_factory, name):
    try:
        safe = safe_name(name)
    except UploadError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert not {"/", "\\", "\x00"} & set(safe) and not safe.startswith((".", "~$")) and ".." not in safe
    assert os.path.splitext(safe)[1] in SUPPORTED_SUFFIXES and len(safe.encode()) <= MAX_NAME_BYTES
    assert safe_name(safe) == safe
    folder = tmp_path_factory.mktemp("seeds")
    assert inside(folder, safe).parent == folder.resolve()


def test_inside_refuses_paths_that_leave_the_folder(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    assert inside(seeds, "plan.txt") == seeds.resolve() / "plan.txt"
    for name in ("../plan.txt", "a/plan.txt", "..", "/etc/plan.txt"):
        with pytest.raises(UploadError, match="outside"):
            inside(seeds, name)
    (seeds / "link.txt").symlink_to(tmp_path / "elsewhere.txt")
    with pytest.raises(UploadError, match="outside"):
        inside(seeds, "link.txt")


def test_target_name_never_clobbers_or_reuses_a_document_id(tmp_path):
    seeds = tmp_path / "seeds"
    assert target_name("report.txt", seeds) == "report.txt"  # no folder yet
    seeds.mkdir()
    (seeds / "report.txt").write_text("x")
    assert target_name("report.txt", seeds) == "report-2.txt"
    assert target_name("REPORT.pdf", seeds) == "REPORT-2.pdf"  # report.pdf would give a second doc "report"
    (seeds / "report-2.md").write_text("x")
    assert target_name("report.txt", seeds) == "report-3.txt"
    assert target_name("other.txt", seeds) == "other.txt"


def test_uploaded_document_ids_never_collide():
    assert unique_doc("plan.txt", set()) == "upload:plan"
    assert unique_doc("plan.txt", {"upload:plan", "upload:plan-2"}) == "upload:plan-3"
    assert unique_doc("plan.pdf", {"plan"}) == "upload:plan"  # committed ids never start with the prefix…
    assert unique_doc("plan.pdf", {"upload:plan"}) == "upload:plan-2"  # …but a seed named so is still avoided


# ---------------------------------------------------------------------------------------------- extracting


def test_uploaded_bytes_go_through_the_extractor():
    u = upload("../../plan.txt")
    assert (u.doc, u.file, u.name) == ("upload:plan", "plan.txt", "../../plan.txt")
    assert u.document["doc"] == u.doc and u.document["file"] == "plan.txt" and u.document["status"] == "ok"
    assert u.sha256 == hashlib.sha256(PLAN).hexdigest() and u.document["rows"] == str(len(u.rows))
    assert {r["doc"] for r in u.rows} == {"upload:plan"} and {r["value"] for r in u.rows} == {"50", "392"}
    text = u.text()
    assert all(text[int(r["char_start"]) : int(r["char_end"])] == r["value_raw"] for r in u.rows)
    assert any(r["quote"].startswith("=HYPERLINK(") for r in u.rows)


def test_the_same_bytes_are_never_counted_twice():
    sha = hashlib.sha256(PLAN).hexdigest()
    assert refusal("copy.txt", known={sha: "seeds/plan.txt"}) == (
        "copy.txt: the same bytes are already in the data as seeds/plan.txt; its rows are shown"
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("junk.txt", b"GIF89a\x01\x00\x01\x00\x00\xff" + bytes(range(256)), "junk.txt: binary content, not text"),
        ("junk.txt", bytes(range(1, 32)) * 50, "junk.txt: binary content, not text ("),
        ("empty.md", b"", "empty.md: empty file"),
        ("fake.pdf", b"<html><body>404</body></html>", "fake.pdf: not a PDF: no %PDF- header (it is an HTML page"),
        ("bomb.docx", rezip(make_docx(), {"word/media/bomb.bin": b"\0" * (20 * 2**20)}), "expands"),
        ("bomb.pdf", pdf_bomb(), "bomb.pdf: PDF page 1 expands past pypdf's decompression limit (bomb?)"),
    ],
    ids=["binary-junk-txt", "control-junk-txt", "empty", "html-as-pdf", "docx-bomb", "pdf-bomb"],
)
def test_unreadable_uploads_are_refused_with_the_reader_s_message(name, data, message):
    assert message in refusal(name, data)


def test_too_large_upload_is_refused_naming_the_limit():
    assert refusal("big.txt", b"a" * (3 * 2**19), limit_mb=1) == (
        "big.txt: file too large: 1.5 MB; the limit for uploads is 1 MB"
    )


def test_a_session_cannot_hold_more_than_its_budget():
    held = [upload("a.txt"), upload("b.txt", PLAN + b" ")]
    used = sum(len(u.data) for u in held)
    budget = SESSION_FILES * 2**20
    assert session_full("c.txt", budget - used, held, limit_mb=1) is None
    message = str(session_full("c.txt", budget - used + 1, held, limit_mb=1))
    assert message.startswith("c.txt: this session already holds") and f"per session is {SESSION_FILES} MB" in message


def test_html_upload_keeps_visible_text_only():
    page = (
        b"<html><head><script>window.pwned = 1; alert('x')</script></head><body>"
        b"<p onclick=\"alert('y')\">By 2030, wind power capacity will reach 60 GW.</p>"
        b"<img src=x onerror=alert(1)></body></html>"
    )
    u = upload("evil.html", page)
    text = u.text()
    assert "<" not in text and "alert" not in text and "pwned" not in text
    assert [r["value"] for r in u.rows] == ["60"] and all("alert" not in r["quote"] for r in u.rows)


def test_names_are_checked_before_anything_is_read():
    assert "hidden file names" in refusal(".plan.txt")
    assert "'.exe' is not a supported type" in refusal("../plan.exe")


# ---------------------------------------------------------------------------------------------- merging


@pytest.fixture
def base(dashboard_env):
    return build_dataset(dashboard_env[0])


def test_merge_appends_rows_with_new_ids_and_keeps_the_tables_aligned(base):
    first = upload("plan.txt")
    second = upload("plan.txt", PLAN + b"\nBy 2025, solar capacity will exceed 500 GW.\n", taken={"upload:plan"})
    merged = merge(base, [first, second])
    n = len(base.observations)
    assert len(merged.observations) == len(merged.raw) == n + len(first.rows) + len(second.rows)
    assert merged.observations.index.is_unique and merged.raw.index.equals(merged.observations.index)
    added = merged.observations.iloc[n:]
    assert list(added[ROW]) == list(range(int(base.observations[ROW].max()) + 1, int(added[ROW].max()) + 1))
    assert set(added["doc"]) == {"upload:plan", "upload:plan-2"}
    assert (merged.raw.loc[added.index, "quote"] == added["quote"]).all()
    for merged_frame, base_frame in ((merged.observations, base.observations), (merged.documents, base.documents)):
        assert [str(t) for t in merged_frame.dtypes] == [str(t) for t in base_frame.dtypes]
    assert list(merged.documents["doc"].iloc[-2:]) == ["upload:plan", "upload:plan-2"]
    assert merged.indicators is base.indicators
    assert len(base.observations) == n, "the committed tables are not changed"


def test_merge_into_empty_data(tmp_path):
    empty = build_dataset(tmp_path)
    u = upload()
    merged = merge(empty, [u])
    assert list(merged.observations[ROW]) == list(range(1, len(u.rows) + 1))
    assert merged.observations["value"].dtype == "float64" and str(merged.observations["year"].dtype) == "Int64"


def test_merge_leaves_out_an_upload_already_in_the_data(base):
    u = upload()
    committed = merge(base, [u])  # as if it had been saved and extracted: its sha256 is in documents
    committed.documents.loc[committed.documents["doc"] == u.doc, "doc"] = "plan"
    assert len(merge(committed, [u]).observations) == len(committed.observations)
    assert known_bytes(committed.documents, [])[u.sha256] == "seeds/plan.txt"


def test_downloaded_rows_keep_the_schema_and_are_neutralised(base):
    merged = merge(base, [upload()])
    rows = merged.raw[merged.raw["doc"] == "upload:plan"]
    records = list(csv.DictReader(io.StringIO(export.csv_bytes(rows).decode())))
    assert list(records[0])[: len(OBSERVATIONS.fieldnames)] == OBSERVATIONS.fieldnames
    quotes = [r["quote"] for r in records]
    assert '\'=HYPERLINK("http://evil.example","click") Wind power capacity will reach 50 GW by 2030.' in quotes
    free = [c for c in export.FREE_TEXT if c in records[0]]
    assert not any(r[c].startswith(export.FORMULA_PREFIXES) for r in records for c in free)
    assert {r["qualifier"] for r in records} <= {"=", "~", ">", "<", ">=", "<="}  # data, never guarded


# ---------------------------------------------------------------------------------------------- saving


def test_save_writes_the_bytes_under_a_safe_name_inside_seeds(tmp_path):
    seeds = tmp_path / "seeds"
    u = upload("../../../plan.txt")
    path = save(u, seeds)
    assert path == seeds.resolve() / "plan.txt" and path.read_bytes() == PLAN
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["plan.txt", "seeds"], "nothing else, no temporary file"


def test_save_never_replaces_a_document_and_never_saves_twice(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "plan.txt").write_bytes(b"someone else's plan")
    (seeds / "plan-2.txt").symlink_to(tmp_path / "outside.txt")  # a dangling link out of seeds/ is not followed
    u = upload()
    assert save(u, seeds).name == "plan-3.txt"
    assert (seeds / "plan.txt").read_bytes() == b"someone else's plan" and not (tmp_path / "outside.txt").exists()
    with pytest.raises(AlreadySaved, match="already in .* as plan-3.txt"):
        save(u, seeds)


def test_save_of_a_name_that_resolves_outside_is_refused(tmp_path, monkeypatch):
    """Belt and braces: even if a name slipped through, the resolved path is checked before writing."""
    import app.upload as module

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    monkeypatch.setattr(module, "target_name", lambda file, folder: "../escaped.txt")
    with pytest.raises(UploadError, match="outside"):
        save(upload(), seeds)
    assert not (tmp_path / "escaped.txt").exists() and list(seeds.iterdir()) == []


def test_dataframe_of_uploads_is_not_kept_anywhere_on_disk(base, tmp_path):
    """Merging is in memory: the data and seeds folders are untouched."""
    data, seeds = Path(os.environ["CLIMATE_DATA_DIR"]), Path(os.environ["CLIMATE_SEEDS_DIR"])
    before = {p: p.stat().st_mtime_ns for folder in (data, seeds) for p in folder.iterdir()}
    merged = merge(base, [upload()])
    assert isinstance(merged.observations, pd.DataFrame)
    assert {p: p.stat().st_mtime_ns for folder in (data, seeds) for p in folder.iterdir()} == before


def test_the_merge_is_reused_until_the_data_or_the_uploads_change(base, dashboard_env):
    first = [upload("a.txt")]
    out, held = merged(base, first, None)
    again, held_again = merged(base, list(first), held)
    assert again is out and held_again is held
    more = [*first, upload("b.txt", PLAN + b" ", taken={first[0].doc}, known={first[0].sha256: first[0].doc})]
    grown, held = merged(base, more, held)
    assert grown is not out and len(grown.observations) == len(out.observations) + len(more[1].rows)
    reloaded = build_dataset(dashboard_env[0])
    fresh, _ = merged(reloaded, more, held)
    assert fresh is not grown and fresh.observations.equals(grown.observations)
