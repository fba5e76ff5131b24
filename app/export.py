"""Downloads: exactly the rows the data holds, safe to open in a spreadsheet, and a ZIP that documents itself.

Only free text is guarded against spreadsheet formulas. A column whose values are enumerated in
``extract/schema.py`` (qualifier, kind, baseline, condition, …) or numeric is written exactly as the data holds it:
``=`` is a qualifier, not a formula. Free text that is a plain number ("-5", "-5 %", "+1,200") is not guarded either.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Mapping, Sequence

import pandas as pd

from extract import __version__
from extract.schema import OBSERVATIONS, datapackage

# A cell starting with one of these is run as a formula by Excel/LibreOffice/Sheets (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
ENUMERATED = frozenset(c.name for c in OBSERVATIONS.columns if c.values)
FREE_TEXT = frozenset(c.name for c in OBSERVATIONS.columns if c.type == "string" and not c.values)
TEXT_COLUMNS = FREE_TEXT  # the columns ``neutralise`` guards by default
# Read-friendly columns every observations download carries after the contract's (one lookup each, never typed).
EXTRA_COLUMNS = (
    ("indicator_name", "Indicator name, from the catalogue (indicators.csv)."),
    ("sector", "Sector of the indicator, from the catalogue."),
    ("document_title", "Title of the document the row came from."),
)
CSV_NAME = "observations.csv"
_ZIP_DATE = (2000, 1, 1, 0, 0, 0)  # fixed, so the same rows give the same ZIP bytes
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?\s*%?$")


def _is_number(text: str) -> bool:
    return bool(_PLAIN_NUMBER.match(text.strip()))


def neutralise_cell(value: object) -> object:
    """Prefix a single quote to free text a spreadsheet would run as a formula; plain numbers stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) and not _is_number(value):
        return "'" + value
    return value


def neutralise(frame: pd.DataFrame, text_columns: Sequence[str] | frozenset[str] = TEXT_COLUMNS) -> pd.DataFrame:
    """A copy with only the free-text columns neutralised; enumerated and numeric columns are never touched."""
    out = frame.copy()
    for column in out.columns:
        if column in text_columns and column not in ENUMERATED:
            out[column] = out[column].astype(object).map(neutralise_cell)
    return out


def with_labels(
    raw_rows: pd.DataFrame,
    names: Mapping[str, str] | None = None,
    sectors: Mapping[str, str] | None = None,
    titles: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """The contract's columns in order, then indicator name, sector and document title (empty when unknown)."""
    frame = raw_rows.reindex(columns=OBSERVATIONS.fieldnames, fill_value="")
    indicator = frame["indicator"].astype(str)
    frame["indicator_name"] = indicator.map(dict(names or {})).fillna("") if names else ""
    frame["sector"] = indicator.map(dict(sectors or {})).fillna("") if sectors else ""
    frame["document_title"] = frame["doc"].astype(str).map(dict(titles or {})).fillna("") if titles else ""
    return frame


def write_csv(frame: pd.DataFrame, free_text: Sequence[str] | frozenset[str]) -> bytes:
    """UTF-8, LF, header first; ``free_text`` columns guarded, everything else written as held."""
    frame = neutralise(frame, free_text)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(list(frame.columns))
    for record in frame.itertuples(index=False, name=None):
        writer.writerow(["" if v is None or (not isinstance(v, str) and pd.isna(v)) else v for v in record])
    return buf.getvalue().encode("utf-8")


def csv_bytes(
    raw_rows: pd.DataFrame,
    names: Mapping[str, str] | None = None,
    sectors: Mapping[str, str] | None = None,
    titles: Mapping[str, str] | None = None,
) -> bytes:
    """The rows as observations.csv (schema columns in schema order) plus the label columns."""
    labelled = with_labels(raw_rows, names, sectors, titles)
    return write_csv(labelled, FREE_TEXT | {name for name, _ in EXTRA_COLUMNS})


def observations_datapackage() -> dict:
    """The Frictionless descriptor with only the observations resource, and the label columns it carries."""
    package = datapackage(__version__)
    package["resources"] = [r for r in package["resources"] if r["name"] == OBSERVATIONS.name]
    fields = package["resources"][0]["schema"]["fields"]
    fields += [{"name": name, "type": "string", "description": text} for name, text in EXTRA_COLUMNS]
    return package


def readme_text(filter_lines: Sequence[str], url: str, rows: int) -> str:
    """What the ZIP holds and how to get the same rows again."""
    filters = "\n".join(f"- {line}" for line in filter_lines)
    return (
        "# Climate targets tracker: filtered observations\n\n"
        f"`{CSV_NAME}` holds {rows} rows of numeric statements extracted from climate-policy documents, "
        "each with the sentence it came from (`quote`) and its place in the document (`char_start`, `char_end`), "
        "then the indicator's name and sector and the document's title.\n"
        "`datapackage.json` describes every column (Frictionless Table Schema).\n\n"
        f"## Filters\n{filters}\n\n"
        f"## Shareable URL\nOpen this to see the same rows in the dashboard:\n\n{url}\n\n"
        "## Notes\n"
        "- Free-text cells (quote, value_raw, names, titles) starting with = + - @ (or a tab / carriage return) are "
        "prefixed with a single quote so that spreadsheets do not run them as formulas, unless they are a plain "
        "number. Enumerated columns (kind, qualifier, baseline, condition) and number columns are exactly as in the "
        "data: the qualifier `=` means 'exactly'.\n"
        f"- Extractor version {__version__}.\n"
    )


def zip_bytes(csv_data: bytes, readme: str, package: dict | None = None, name: str = CSV_NAME) -> bytes:
    """A ZIP of the CSV, its datapackage.json and the README, with fixed timestamps (same input, same bytes)."""
    package = package if package is not None else observations_datapackage()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for member, payload in (
            (name, csv_data),
            ("datapackage.json", (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode("utf-8")),
            ("README.md", readme.encode("utf-8")),
        ):
            info = zipfile.ZipInfo(member, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, payload)
    return buf.getvalue()
