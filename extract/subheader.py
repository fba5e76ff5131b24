"""A tab table's header printed on two rows: a cell spanning several columns ("Number", over empty cells) and, on
the row under it, the sub-cells of every spanning cell in order ("2025 | 2030 | Gender | The SDGs"). The cells
that span both rows ("Sector", "Unit of measure") are not repeated on the second row, so its cells are not at their
columns' positions: they are placed under the spanning cells' columns, in order."""

from __future__ import annotations

import re
from decimal import Decimal

from .captionunits import caption_unit
from .cells import YEAR_CELL_RE
from .cellunits import cell_unit
from .headerleaves import YEARS_NAME_RE
from .unitcolumn import UNIT_HEADER_RE


def spanned_columns(header: list[str]) -> list[int]:
    """The positions of the columns that a cell of ``header`` spans with the empty cells after it, in order."""
    spanned: list[int] = []
    k = 0
    while k < len(header):
        end = k + 1
        while end < len(header) and not header[end].strip():
            end += 1
        if header[k].strip() and end - k >= 2:
            spanned.extend(range(k, end))
        k = end
    return spanned


_DIGITS = frozenset("0123456789")  # (str.isdigit holds for "₂" too)


#: A digit of a chemical formula or unit ("GgCO2e", "CH4", "N2O", "m3"): a header of words may hold one
_FORMULA_DIGIT_RE = re.compile(r"(?<=[A-Za-z])\d")


def sub_header_years(header: list[str], row: list[str]) -> dict[int, int] | None:
    """Column position -> year of a second header row whose years ``row`` lists under the spanning cells of the row
    above (``header``, a row of words, a unit such as "Projection (GgCO2e)" among them): None unless it holds two
    years or more and fits the spanned columns."""
    if any(ch in _DIGITS for c in header for ch in _FORMULA_DIGIT_RE.sub("", c)):
        return _under_years_cell(header, row)  # the row above is no header of words (a subscript is no digit)
    subs = [c for c in row if c.strip()]
    spanned = spanned_columns(header)
    if len(subs) != len(row) or not 2 <= len(subs) <= len(spanned):
        return _under_years_cell(header, row) or _under_one_span(header, row)
    years = {spanned[i]: int(m.group(1)) for i, c in enumerate(subs) if (m := YEAR_CELL_RE.match(c))}
    return years if len(years) >= 2 else None


def _under_years_cell(header: list[str], row: list[str]) -> dict[int, int] | None:
    """The years of a second header row under one cell naming them ("Years" spanning "2010 | 2020 | 2030"), whatever
    else the row above holds ("Total (2010-2030)", spanning both rows: the row below ends in an empty cell under it)."""
    subs = [c for c in row if c.strip()]
    if row[: len(subs)] != subs or len(subs) < 2 or not all(YEAR_CELL_RE.match(c) for c in subs):
        return None
    named = [k for k, c in enumerate(header) if YEARS_NAME_RE.fullmatch(c.strip())]
    if len(named) != 1:
        return None
    k = named[0]
    end = next((j for j in range(k + 1, len(header)) if header[j].strip()), len(header))
    if end - k != len(subs):
        return None
    return {k + i: int(m.group(1)) for i, c in enumerate(subs) if (m := YEAR_CELL_RE.match(c))}


def unit_column(header: list[str]) -> int | None:
    """The position of a header's "Unit of measure" column, if it has one."""
    return next((k for k, c in enumerate(header) if UNIT_HEADER_RE.match(c)), None)


def parent_units(header: list[str], years: dict[int, int]) -> dict[int, tuple[str, Decimal]]:
    """The unit of each year column that the spanning cell over it states ("Reduction potential (Gg CO₂eq)" over
    "2030 | 2035", then "Cost in USD" over "2030 | 2035"): each group of years in its own parent's unit."""
    units: dict[int, tuple[str, Decimal]] = {}
    for k in years:
        parent = parent_cell(header, k)
        if parent and (unit := caption_unit(parent) or cell_unit(parent)) is not None:
            units[k] = unit
    return units


def parent_cell(header: list[str], k: int) -> str:
    """The cell of ``header`` over column ``k``: its own, else the nearest named cell left of it that spans it."""
    return next((header[j] for j in range(min(k, len(header) - 1), -1, -1) if header[j].strip()), "")


def _under_one_span(header: list[str], row: list[str]) -> dict[int, int] | None:
    """The years of a second header row that lost its leading cells to the cells spanning both rows, under the one
    cell of the row above whose columns it fills exactly ("MEASURE | ANNUAL AMOUNT … BY YEAR (GG CO2EQ.) | …" over
    "2023 | | 2024 | | …", each year over a "GG | %" pair): the row's cells are that cell's columns, in order."""
    if not row or not YEAR_CELL_RE.match(row[0]) or not header or not header[0].strip():
        return None
    for k in range(1, len(header)):
        if not header[k].strip():
            continue
        end = next((j for j in range(k + 1, len(header)) if header[j].strip()), len(header))
        if end - k == len(row):
            years = {k + i: int(m.group(1)) for i, c in enumerate(row) if (m := YEAR_CELL_RE.match(c))}
            return years if len(years) >= 2 else None
    return None


def lost_lead(row: list[str], above: list[str], years: dict[int, int]) -> int:
    """How many leading cells a row of units under a row of years lost, as that row of years did, to the cells
    spanning every header row ("GG | % | GG | %" under "2023 | | 2024 | |", both under "MEASURE | ANNUAL AMOUNT …"):
    the first year's column less its place in the row of years, when the row of units starts with a unit."""
    first = next((i for i, c in enumerate(above) if YEAR_CELL_RE.match(c)), None)
    if first is None or not years or not row or cell_unit(row[0]) is None:
        return 0
    return max(min(years) - first, 0)
