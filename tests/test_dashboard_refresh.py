"""When seeds/ changes, the next page load re-extracts on its own (keyed on sha256), and only then."""

from __future__ import annotations

import hashlib

import pandas as pd
from conftest import DASHBOARD
from streamlit.testing.v1 import AppTest

from app import data as appdata
from extract.schema import DOCUMENTS


def run_dashboard() -> AppTest:
    return AppTest.from_file(str(DASHBOARD), default_timeout=120).run()


def test_added_document_triggers_one_extraction(fresh_dirs, monkeypatch):
    data, seeds = fresh_dirs
    (seeds / "zz_added.txt").write_text("A new plan.\nWind capacity will exceed 50 GW by 2030.\n", encoding="utf-8")
    calls = []

    def fake_extraction(seeds_dir, out):
        """Stands in for the extractor: records the call and writes a documents.csv matching the seeds."""
        calls.append((seeds_dir, out))
        docs = [
            dict.fromkeys(DOCUMENTS.fieldnames, "")
            | {"doc": p.stem, "file": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest(), "status": "ok"}
            for p in sorted(seeds_dir.iterdir())
        ]
        pd.DataFrame(docs, columns=DOCUMENTS.fieldnames).to_csv(out / DOCUMENTS.path, index=False)

        class Summary:
            entries, failed, rows, seconds = docs, [], 0, 0.01

        return Summary()

    monkeypatch.setattr(appdata, "run_extraction", fake_extraction)
    at = run_dashboard()
    assert not at.exception
    assert calls == [(seeds, data)]
    assert any("Re-extracted" in t.value for t in at.toast)
    at.run()
    assert len(calls) == 1, "unchanged seeds must not be extracted again"


def test_failed_extraction_keeps_the_old_data_and_says_why(fresh_dirs, monkeypatch):
    _, seeds = fresh_dirs
    (seeds / "zz_added.txt").write_text("Another plan.\n", encoding="utf-8")

    def broken(seeds_dir, out):
        raise RuntimeError("catalogue missing")

    monkeypatch.setattr(appdata, "run_extraction", broken)
    at = run_dashboard()
    assert not at.exception
    assert any("catalogue missing" in e.value for e in at.error)
    assert [t.value for t in at.title] == ["Goals"] or any("No observations" in i.value for i in at.info)


def test_edited_document_is_really_re_extracted(fresh_dirs):
    """End to end with the real extractor: edit a seed, load the page, documents.csv has the new hash."""
    data, seeds = fresh_dirs
    path = sorted(p for p in seeds.iterdir() if p.suffix == ".txt")[-1]
    path.write_bytes(path.read_bytes() + b"\nThe share of wind power will reach 30% by 2030.\n")
    at = run_dashboard()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    documents = pd.read_csv(data / DOCUMENTS.path, dtype=str, keep_default_na=False)
    hashes = dict(zip(documents["file"], documents["sha256"], strict=True))
    assert hashes[path.name] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert appdata.stale_reason(appdata.seed_hashes(seeds), documents) is None
