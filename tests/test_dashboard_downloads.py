"""Every download of every page holds exactly what the data holds: each value the contract enumerates (kind,
qualifier, baseline, condition) goes in through observations.csv and comes back out unchanged."""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import zipfile

import pytest
from conftest import DASHBOARD, source_data_dir
from streamlit.testing.v1 import AppTest

from extract.schema import DOCUMENTS, OBSERVATIONS
from extract.write import csv_bytes

ENUMERATED = {c.name: c.values for c in OBSERVATIONS.columns if c.values}
TEXT = "Kenya will cut emissions. =SUM(1) is a formula.\n"


def rows() -> list[dict[str, str]]:
    """One target row per enumerated value (headline indicator, so Compare lists it too), all in one document."""
    out = []
    for column, values in ENUMERATED.items():
        for value in values:
            row = dict.fromkeys(OBSERVATIONS.fieldnames, "")
            row.update(
                doc="KEN-first_ndc-EN",
                indicator="ghg_emissions_reduction",
                region="Kenya",
                kind="target",
                year=str(2030 + len(out)),
                value="32",
                unit="%",
                qualifier="=",
                value_raw="32",
                quote="=SUM(1) is a formula." if value == "conditional" else "Kenya will cut emissions.",
                char_start="0",
                char_end="5",
            )
            row[column] = value
            out.append(row)
    return out


@pytest.fixture
def every_value(tmp_path, monkeypatch):
    data, seeds = tmp_path / "data", tmp_path / "seeds"
    data.mkdir(), seeds.mkdir()
    (seeds / "KEN-first_ndc-EN.txt").write_text(TEXT, encoding="utf-8")
    doc = dict.fromkeys(DOCUMENTS.fieldnames, "")
    doc.update(
        doc="KEN-first_ndc-EN",
        file="KEN-first_ndc-EN.txt",
        title="Kenya's NDC",
        sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        status="ok",
        rows=str(len(rows())),
    )
    (data / "observations.csv").write_bytes(csv_bytes(OBSERVATIONS, rows()))
    (data / "documents.csv").write_bytes(csv_bytes(DOCUMENTS, [doc]))
    shutil.copy2(source_data_dir() / "indicators.csv", data / "indicators.csv")
    monkeypatch.setenv("CLIMATE_DATA_DIR", str(data))
    monkeypatch.setenv("CLIMATE_SEEDS_DIR", str(seeds))
    monkeypatch.setenv("CLIMATE_CACHE_DIR", str(tmp_path / "cache"))
    return data


def payloads(at: AppTest, media) -> dict[str, bytes]:
    """label -> the CSV inside each download button (a ZIP's observations.csv or compare table)."""
    out = {}
    for button in at.download_button:
        blob = media.bytes_for(button.proto.url)
        if blob[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(blob)) as zf:
                (name,) = [n for n in zf.namelist() if n.endswith(".csv")]
                blob = zf.read(name)
        out[button.label] = blob
    return out


def test_every_contract_value_round_trips_through_every_download(every_value, media):
    source = list(csv.DictReader(io.StringIO((every_value / "observations.csv").read_text(encoding="utf-8"))))
    at = AppTest.from_file(str(DASHBOARD), default_timeout=60).run()
    got = {}
    for page in ("app/pages/data_table.py", "app/pages/compare.py"):
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
        got |= {f"{page}: {label}": blob for label, blob in payloads(at, media).items()}
    assert len(got) == 4, sorted(got)
    targets = [r for r in source if r["kind"] == "target"]  # Compare lists targets (and their observations)
    for label, blob in got.items():
        downloaded = list(csv.DictReader(io.StringIO(blob.decode("utf-8"))))
        expected = targets if "compare" in label else source
        assert len(downloaded) == len(expected), label
        if "row" in downloaded[0]:  # the Compare table: one line per target, keyed by row id
            downloaded = sorted(downloaded, key=lambda r: int(r["row"]))
        for column in ("qualifier", *ENUMERATED):
            if column in downloaded[0]:
                assert [r[column] for r in downloaded] == [r[column] for r in expected], (label, column)
        assert {r["quote"] for r in downloaded} <= {"'=SUM(1) is a formula.", "Kenya will cut emissions."}, label
        assert any(r["quote"] == "Kenya will cut emissions." for r in downloaded), label
