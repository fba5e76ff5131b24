"""Loading the CSVs and noticing when the seeds no longer match them."""

from __future__ import annotations

import hashlib

import pandas as pd

from app.data import build_dataset, read_table, seed_hashes, stale_reason, summary_message
from extract.schema import DOCUMENTS, OBSERVATIONS


def test_missing_or_empty_files_give_empty_tables_with_the_schema_columns(tmp_path):
    (tmp_path / "observations.csv").write_text("")
    ds = build_dataset(tmp_path)
    assert ds.empty
    assert list(ds.observations.columns) == ["row", *OBSERVATIONS.fieldnames]
    assert list(ds.documents.columns) == DOCUMENTS.fieldnames


def test_types_follow_the_schema_and_text_is_kept_exact(tmp_path):
    header = ",".join(OBSERVATIONS.fieldnames[:-1])  # an older file without the last column
    (tmp_path / "observations.csv").write_text(
        header + ",extra\n"
        "d,ind,China,actual,2022,2005,-51.50,%,=,-51.50,a quote,3,9,x\n"
        "d,ind,China,target,,,1200,GW,>,1.2 billion kilowatts,b,10,30,y\n"
    )
    ds = build_dataset(tmp_path)
    obs = ds.observations
    assert list(obs["row"]) == [1, 2]
    assert obs["value"].tolist() == [-51.5, 1200.0]
    assert obs["year"].iloc[0] == 2022 and pd.isna(obs["year"].iloc[1])
    assert str(obs["year"].dtype) == "Int64"
    assert ds.raw["value"].tolist() == ["-51.50", "1200"]  # downloads repeat the source text
    assert "extra" in obs.columns and "page" in obs.columns


def test_read_table_fills_missing_schema_columns(tmp_path):
    (tmp_path / "documents.csv").write_text("doc,file,sha256,status\nx,x.txt,abc,ok\n")
    table = read_table(tmp_path / "documents.csv", DOCUMENTS)
    assert set(DOCUMENTS.fieldnames) <= set(table.columns) and table.loc[0, "error"] == ""


def test_seed_hashes_are_sha256_of_the_files(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"hello")
    (tmp_path / ".hidden.txt").write_bytes(b"x")
    assert seed_hashes(tmp_path) == {"a.txt": hashlib.sha256(b"hello").hexdigest()}
    assert seed_hashes(tmp_path / "missing") == {}


def test_stale_reason_names_added_removed_and_edited_files():
    documents = pd.DataFrame({"file": ["a.txt", "b.txt", "c.txt"], "sha256": ["1", "2", "3"]})
    assert stale_reason({"a.txt": "1", "b.txt": "2", "c.txt": "3"}, documents) is None
    reason = stale_reason({"a.txt": "1", "b.txt": "9", "d.txt": "4"}, documents)
    assert reason == "added d.txt; removed c.txt; edited b.txt"
    assert stale_reason({"a.txt": "1"}, documents.iloc[0:0]) == "added a.txt"


def test_summary_message_reads_any_run_summary():
    class Entry:
        document = {"file": "bad.pdf"}

    class Summary:
        entries = [Entry(), object()]
        failed = [Entry()]
        rows = 12
        seconds = 0.5

    assert summary_message(Summary()) == "Re-extracted 2 documents (12 rows) in 0.5 s. Could not read: bad.pdf."
