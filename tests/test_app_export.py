"""Downloads: exactly the given rows with the schema's columns, formula-safe text, numbers left numeric."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pandas as pd
import pytest

from app.export import (
    EXTRA_COLUMNS,
    csv_bytes,
    neutralise,
    neutralise_cell,
    observations_datapackage,
    readme_text,
    zip_bytes,
)
from extract.schema import OBSERVATIONS

HEADER = OBSERVATIONS.fieldnames + [name for name, _ in EXTRA_COLUMNS]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-51", "-51"),
        ("+1.5", "+1.5"),
        ("-1e3", "-1e3"),
        ("-5 %", "-5 %"),
        ("+1,200", "+1,200"),
        ("plain text", "plain text"),
        ("", ""),
        (-51, -51),
        (None, None),
    ],
)
def test_neutralise_cell(cell, expected):
    assert neutralise_cell(cell) == expected


def raw_rows(**overrides) -> pd.DataFrame:
    row = {name: "" for name in OBSERVATIONS.fieldnames}
    row.update(
        doc="d",
        region="China",
        kind="actual",
        year="2022",
        base_year="2005",
        value="-51",
        unit="%",
        qualifier="=",
        value_raw="-51",
        quote='=HYPERLINK("http://x")',
        char_start="3",
        char_end="6",
    )
    row.update(overrides)
    frame = pd.DataFrame([row]).astype(str)
    frame.insert(0, "row", [7])
    frame["extra_column"] = "dropped"
    return frame


def parse(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def test_csv_has_the_schema_columns_and_keeps_numbers_numeric():
    table = parse(csv_bytes(raw_rows()))
    assert table[0] == HEADER
    row = dict(zip(table[0], table[1], strict=True))
    assert row["value"] == "-51"  # a number column is never touched
    assert row["value_raw"] == "-51"  # a numeric string stays a number
    assert row["quote"] == '\'=HYPERLINK("http://x")'
    assert b"\r\n" not in csv_bytes(raw_rows())


def test_neutralise_touches_only_text_columns():
    frame = pd.DataFrame({"value": ["-51"], "quote": ["-bad"]})
    out = neutralise(frame, text_columns={"quote"})
    assert out.loc[0, "value"] == "-51" and out.loc[0, "quote"] == "'-bad"


def test_csv_of_no_rows_is_just_the_header():
    assert parse(csv_bytes(raw_rows().iloc[0:0])) == [HEADER]


def test_zip_holds_csv_datapackage_and_readme():
    data = csv_bytes(raw_rows())
    readme = readme_text(["kinds: actual"], "http://host/data?kind=actual", 1)
    blob = zip_bytes(data, readme)
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        assert sorted(zf.namelist()) == ["README.md", "datapackage.json", "observations.csv"]
        assert zf.read("observations.csv") == data
        package = json.loads(zf.read("datapackage.json"))
        text = zf.read("README.md").decode()
    assert [r["name"] for r in package["resources"]] == ["observations"]
    assert [f["name"] for f in package["resources"][0]["schema"]["fields"]] == HEADER
    assert "kinds: actual" in text and "http://host/data?kind=actual" in text and "1 rows" in text
    assert zip_bytes(data, readme) == blob  # deterministic


def test_datapackage_is_the_schema_s_own():
    assert observations_datapackage()["resources"][0]["path"] == OBSERVATIONS.path


def test_enumerated_columns_are_never_altered():
    """The qualifier "=" is data, not a formula: only free text is guarded."""
    row = dict(zip(HEADER, parse(csv_bytes(raw_rows(qualifier="=", value_raw="=51")))[1], strict=True))
    assert row["qualifier"] == "="
    assert row["value_raw"] == "'=51"  # free text that a spreadsheet would run


@pytest.mark.parametrize("column", [c.name for c in OBSERVATIONS.columns if c.values])
def test_every_contract_value_round_trips(column):
    """Every value the contract enumerates comes back from the CSV and the ZIP exactly as it went in."""
    values = next(c.values for c in OBSERVATIONS.columns if c.name == column)
    frame = pd.concat([raw_rows(**{column: v}) for v in values], ignore_index=True)
    data = csv_bytes(frame)
    with zipfile.ZipFile(io.BytesIO(zip_bytes(data, readme_text([], "u", len(frame))))) as zf:
        zipped = zf.read("observations.csv")
    for payload in (data, zipped):
        assert [r[column] for r in csv.DictReader(io.StringIO(payload.decode()))] == list(values)


def test_downloads_carry_indicator_name_sector_and_document_title():
    data = csv_bytes(raw_rows(indicator="ind"), {"ind": "=Wind power"}, {"ind": "energy"}, {"d": "A plan"})
    row = next(csv.DictReader(io.StringIO(data.decode())))
    assert (row["indicator_name"], row["sector"], row["document_title"]) == ("'=Wind power", "energy", "A plan")
