"""Downloads: exactly the filtered rows, safe to open in a spreadsheet, and a ZIP that documents itself."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Sequence

import pandas as pd

from extract import __version__
from extract.schema import OBSERVATIONS, datapackage

# A cell starting with one of these is run as a formula by Excel/LibreOffice/Sheets (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TEXT_COLUMNS = frozenset(c.name for c in OBSERVATIONS.columns if c.type == "string")
CSV_NAME = "observations.csv"
_ZIP_DATE = (2000, 1, 1, 0, 0, 0)  # fixed, so the same rows give the same ZIP bytes


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def neutralise_cell(value: object) -> object:
    """Prefix a single quote to text a spreadsheet would run as a formula; numbers such as -51 stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) and not _is_number(value.strip()):
        return "'" + value
    return value


def neutralise(frame: pd.DataFrame, text_columns: Sequence[str] | frozenset[str] = TEXT_COLUMNS) -> pd.DataFrame:
    """A copy with only the text columns neutralised; numeric columns are never touched."""
    out = frame.copy()
    for column in out.columns:
        if column in text_columns:
            out[column] = out[column].map(neutralise_cell)
    return out


def csv_bytes(raw_rows: pd.DataFrame) -> bytes:
    """The rows as observations.csv: schema columns in schema order, UTF-8, LF, neutralised text."""
    columns = OBSERVATIONS.fieldnames
    frame = neutralise(raw_rows.reindex(columns=columns, fill_value=""))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for record in frame.itertuples(index=False, name=None):
        writer.writerow(["" if pd.isna(v) else v for v in record])
    return buf.getvalue().encode("utf-8")


def observations_datapackage() -> dict:
    """The Frictionless descriptor with only the observations resource (what the ZIP contains)."""
    package = datapackage(__version__)
    package["resources"] = [r for r in package["resources"] if r["name"] == OBSERVATIONS.name]
    return package


def readme_text(filter_lines: Sequence[str], url: str, rows: int) -> str:
    """What the ZIP holds and how to get the same rows again."""
    filters = "\n".join(f"- {line}" for line in filter_lines)
    return (
        "# Climate targets tracker: filtered observations\n\n"
        f"`{CSV_NAME}` holds {rows} rows of numeric statements extracted from climate-policy documents, "
        "each with the sentence it came from (`quote`) and its place in the document (`char_start`, `char_end`).\n"
        "`datapackage.json` describes every column (Frictionless Table Schema).\n\n"
        f"## Filters\n{filters}\n\n"
        f"## Shareable URL\nOpen this to see the same rows in the dashboard:\n\n{url}\n\n"
        "## Notes\n"
        "- Text cells starting with = + - @ (or a tab / carriage return) are prefixed with a single quote so that "
        "spreadsheets do not run them as formulas; number columns are unchanged.\n"
        f"- Extractor version {__version__}.\n"
    )


def zip_bytes(csv_data: bytes, readme: str, package: dict | None = None) -> bytes:
    """A ZIP of the CSV, its datapackage.json and the README, with fixed timestamps (same input, same bytes)."""
    package = package if package is not None else observations_datapackage()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in (
            (CSV_NAME, csv_data),
            ("datapackage.json", (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode("utf-8")),
            ("README.md", readme.encode("utf-8")),
        ):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()
