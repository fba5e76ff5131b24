"""Text-table scope: what a header row of text cells says about the rows under it (a deadline, a Year column)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import rx
from .cells import YEAR_CELL_RE
from .header import _cell_years, _cue_kind
from .units import match_unit_after

_NUMBER_RE = rx.compile(r"^\s*[-−–]?\s*\d[\d,.]*\s*%?\s*$")
#: a number inside a cell, not part of a word ("CO2") or a year; with a unit after it, the cell states a value
_CELL_NUMBER_RE = rx.compile(r"(?<![\w.])(?!(?:19|20)\d\d(?![\d,.]))\d[\d,.]*")


def _states_value(cell: str) -> bool:
    """Whether a cell states an amount with its unit ("A 17% cut below BAU by 2035", "Install 500 MW of solar PV by
    2030"): the row states a goal, it heads no rows. Labels' numbers have no unit ("Phase 1", "SDG 13", "Scope 2")."""
    return any(match_unit_after(cell, m.end()) is not None for m in _CELL_NUMBER_RE.finditer(cell))
_YEAR_COLUMN_RE = rx.compile(r"^\s*(?:years?|period|timeline)\s*:?\s*$", re.I)
#: A column of each row's deadline: "Completion Date", "Target year", "Deadline" (not a project's "End date")
_DUE_COLUMN_RE = rx.compile(r"\s*(?:(?:completion|target)\s+(?:date|year)|deadline|horizon)\s*$", re.IGNORECASE)
_BY_YEAR_RE = rx.compile(r"\b(?:by|until|up\s+to|to)\s+(?:FY\s*)?(?:19|20|21)\d\d\b", re.I)


@dataclass
class TextScope:
    """What a text table's header row says about the rows under it."""

    year: int | None  # the deadline it names ("Actions by 2030"), if any
    columns: set[int]  # the columns whose cells are goals ("Actions by 2030", "Target")
    year_key: bool = False  # "Year | Target | ...": each row opens with its own year
    date_column: int | None = None  # "Target and Actions | Completion Date | …": each row's deadline, in that column
    records: dict[int, int] = field(default_factory=dict)  # "Baseline (2018)": a column of the records of a year


def header_row_year(cells: list[str]) -> TextScope | None:
    """The scope a table's header row gives the rows below: a deadline ("Sector | Description | Actions by 2030")
    or a Year column ("Year | Target | Period"), or None. Only a row of short label cells, none a number or stating an
    amount ("Target | A 17% cut below BAU by 2035" is the table's first goal, not its header)."""
    if not cells or any(len(c.strip()) > 60 or _NUMBER_RE.match(c) or _states_value(c) for c in cells):
        return None
    goals = {j for j, c in enumerate(cells) if _cue_kind(c)[0] == "target"}
    if len(cells) >= 2 and _YEAR_COLUMN_RE.match(cells[0]):
        return TextScope(None, goals, year_key=True)
    due = next((j for j, c in enumerate(cells) if j and _DUE_COLUMN_RE.match(c)), None)
    if due is not None and goals - {due}:
        return TextScope(None, goals, date_column=due)  # "Target and Actions | Completion Date | …"
    if due is not None and due >= 2 and not goals and not YEAR_CELL_RE.match(cells[due - 1]):
        # "# | Measure | Horizon | Progress": the cell before each row's deadline is the goal due then
        return TextScope(None, {due - 1}, date_column=due)
    dated = {j: set(_cell_years(c)) for j, c in enumerate(cells) if j in goals or _BY_YEAR_RE.search(c)}
    years = set().union(*dated.values()) if dated else set()
    parts = goals - {0}  # (the label column may name goals too: "Target sub-sector")
    if not years and len(parts) >= 2 and all(_cue_kind(cells[j])[1] for j in parts):
        # "Sub-sector | Unconditional options | Conditional options": the plan's two parts, each cell a goal (due
        # when the plan or the cell says)
        return TextScope(None, parts)
    if len(years) != 1:
        return None
    due = years.pop()
    # "Indicator | Baseline (2018) | 2030 Target": a column of what the year before the deadline recorded
    records = {j: year for j, c in enumerate(cells) if j not in dated and (year := _record_year(c)) and year < due}
    return TextScope(due, {j for j, ys in dated.items() if ys}, records=records)


#: A header cell of a column of records: "Baseline (2018)", "Status as of 2023", "Reference value (2024)"
_RECORD_HEADER_RE = rx.compile(
    r"\b(?:baseline|base\s+year|reference(?:\s+value)?|status|current|existing|achieved|progress)\b", re.IGNORECASE
)


def _record_year(cell: str) -> int | None:
    """The year a header cell names a column of records of ("Baseline (2018)"), if it names one year and a record."""
    years = set(_cell_years(cell))
    return years.pop() if len(years) == 1 and _RECORD_HEADER_RE.search(cell) else None
