"""Groups of value columns under a parent cell that dates them ("Horizon 2025" | "Horizon 2030" over "Emissions (t) |
NDC | % | NDC+ | %" twice): which cells head the groups, what a group's columns share, and the year of a total
column after them. Kept apart from
``header`` so each reads alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import rx
from .cellunits import cell_unit
from .headeryears import bases, cell_years

if TYPE_CHECKING:
    from collections.abc import Callable

    from .header import ColumnScope


def dated_group_cell(cell: str) -> bool:
    """A short cell naming one year and nothing else a column would ("Horizon 2030", "By 2025", "2030 NDC"): it heads
    a group of columns, as a bare year cell does (``table_scope`` keeps such groups only where they split the columns
    evenly: "2015 NDC | 2020 NDC" over three columns names editions, no groups)."""
    words = cell.split()
    years = set(cell_years(cell)) - bases(cell)
    return 1 < len(words) <= 3 and len(years) == 1 and cell_unit(cell) is None


def share_group_units(columns: list[ColumnScope], seg: list[int], change_word: Callable[[str], object]) -> None:
    """Within each group, the plan's paths named without a unit ("NDC", "NDC+", "Conditional") are levels of the
    quantity the group's first column states the unit of ("Cumulative emissions (ton)"); that first column, naming no
    path beside them, is the path without the plan (``reference``). Change columns ("% change") keep their own."""
    for g in set(seg):
        members = [c for c, s in zip(columns, seg, strict=True) if s == g]
        lead = members[0]
        if lead.unit is None or lead.unit[0] == "%" or lead.kind or lead.condition:
            continue
        named = [c for c in members[1:] if c.unit is None and (c.kind == "target" or c.condition)]
        paths = [c for c in named if not change_word(c.label)]
        for col in paths:
            col.unit = lead.unit
        lead.reference = lead.reference or bool(paths)


_TOTAL_COLUMN_RE = rx.compile(r"\s*(?:grand\s+)?total\b", re.IGNORECASE)


def date_total_column(columns: list[ColumnScope]) -> None:
    """A "Total" column after columns of periods or years ("2020-2025 | … | 2035-2040 | Total") sums them: its amount
    is reached by the last one's year, of its kind (a cumulative need, due by the end of the last period)."""
    if len(columns) < 3 or columns[-1].year is not None or not _TOTAL_COLUMN_RE.match(columns[-1].label):
        return
    dated = columns[:-1]
    if all(c.year is not None for c in dated) and len({c.year for c in dated}) == len(dated):
        latest = max(dated, key=lambda c: c.year or 0)
        columns[-1].year, columns[-1].kind = latest.year, columns[-1].kind or latest.kind


def change_unit_levels(columns: list[ColumnScope]) -> None:
    """Year columns without a unit beside change columns between them that state one amount unit ("1990 | 2017 |
    Change 1990–2017, Mt CO₂e | Change (1990–2017), %"): a change of the levels is in their unit, so they are too."""
    units = {c.unit for c in columns if c.base_year is not None and c.unit is not None and c.unit[0] != "%"}
    if len(units) != 1:
        return
    unit = units.pop()
    for col in columns:
        if col.unit is None and col.year is not None and col.base_year is None and col.label.strip().isdigit():
            col.unit = unit


#: a column of shares of a whole (not a bare "%", which may be a cut measured against the column before it)
_SHARE_LABEL_RE = rx.compile(r"\b(?:share|percentage|proportion)\b|\bof\s+(?:the\s+)?total\b", re.IGNORECASE)


def date_share_columns(columns: list[ColumnScope]) -> None:
    """A share column without a year right after a dated column of amounts ("2007 GHG emissions, Gg CO2e | Percentage
    of total emission, % | 2020 GHG emissions, Gg CO2e | Percentage …"): the share of that year's amount."""
    for before, col in zip(columns, columns[1:], strict=False):
        if col.year is None and col.unit is not None and col.unit[0] == "%" and _SHARE_LABEL_RE.search(col.label):
            if before.year is not None and before.unit is not None and before.unit[0] != "%":
                col.year, col.kind = before.year, col.kind or before.kind
