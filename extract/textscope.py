"""Text-table scope: what a header row of text cells says about the rows under it (a deadline, a Year column)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import rx
from .cells import YEAR_CELL_RE
from .header import _cell_years, _cue_kind
from .segment import Block
from .units import match_unit_after

_NUMBER_RE = rx.compile(r"^\s*[-−–]?\s*\d[\d,.]*\s*%?\s*$")
#: a number inside a cell, not part of a word ("CO2") or a year; with a unit after it, the cell states a value
_CELL_NUMBER_RE = rx.compile(r"(?<![\w.])(?!(?:19|20)\d\d(?![\d,.]))\d[\d,.]*")


def _states_value(cell: str) -> bool:
    """Whether a cell states an amount with its unit ("A 17% cut below BAU by 2035", "Install 500 MW of solar PV by
    2030"): the row states a goal, it heads no rows. Labels' numbers have no unit ("Phase 1", "SDG 13", "Scope 2")."""
    return any(match_unit_after(cell, m.end()) is not None for m in _CELL_NUMBER_RE.finditer(cell))
def label_row(cells: list[str]) -> bool:
    """Whether a row is of short label cells, none a number or stating an amount: a header naming columns ("Target |
    Reference value (2024) | Costs (USD)"), not a row of values ("Target | A 17% cut below BAU by 2035")."""
    return bool(cells) and not any(len(c.strip()) > 60 or _NUMBER_RE.match(c) or _states_value(c) for c in cells)


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
    if not label_row(cells):
        return None
    goals = {j for j, c in enumerate(cells) if _cue_kind(c)[0] == "target"}
    if len(cells) >= 2 and _YEAR_COLUMN_RE.match(cells[0]):
        return TextScope(None, goals, year_key=True)
    due = next((j for j, c in enumerate(cells) if j and _DUE_COLUMN_RE.match(c)), None)
    if due is not None and goals - {due}:
        return TextScope(None, goals, date_column=due)  # "Target and Actions | Completion Date | …"
    if due is not None and due >= 2 and not goals - {due} and not YEAR_CELL_RE.match(cells[due - 1]):
        # "# | Measure | Horizon | Progress": the cell before each row's deadline is the goal due then ("Target year"
        # names a goal only by its own word)
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
    records = {j: year for j, c in enumerate(cells) if j not in dated and (year := recorded_column_year(c, None, due))}
    return TextScope(due, {j for j, ys in dated.items() if ys}, records=records)


#: A column dated by its header: "Reference value (2024)", "Baseline (2019)", "Status (as of 2023)".
_COLUMN_YEAR_RE = rx.compile(r"\((?:as\s+of\s+|in\s+)?((?:19|20)\d\d)\)")
_RECORD_COLUMN_RE = rx.compile(r"\b(?:reference|baseline|base|status|current|existing|achieved|progress)\b", re.I)


def recorded_column_year(column: str, ref_year: int | None, first_aim: int) -> int | None:
    """The year a column's header dates its cells with, when that year is a record's: not after the document's
    present, or a reference or status column's year before the row's first deadline. Its cells are records of that
    year (a baseline value, the status reached), whatever the row aims at."""
    m = _COLUMN_YEAR_RE.search(column)
    if m is None:
        return None
    year = int(m.group(1))
    if ref_year is not None and year <= ref_year or year < first_aim and _RECORD_COLUMN_RE.search(column):
        return year
    return None


def title_row(text: str, blocks: list[Block], k: int) -> bool:
    """Whether table line ``k`` opens its table and only its first cell has text ("STRATEGIC OBJECTIVE 1: To promote
    … | |"): a group title above the header, which it does not replace (a title line inside a table, as a form's
    section rows are, heads no new table)."""
    cells = blocks[k].cells
    return (
        (k == 0 or blocks[k - 1].kind != "table")
        and len(cells) >= 2
        and bool(text[cells[0][0] : cells[0][1]].strip())
        and not any(text[s:e].strip() for s, e in cells[1:])
    )
