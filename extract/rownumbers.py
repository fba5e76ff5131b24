"""Cells of a flattened table that label its rows rather than state values: numbers counting the rows ("1", "2", "3"
under a "No." header, or with no header at all) and years labelling rows of numbers ("2000 | 3.36 | 0.09 | 2001 |
…"). The grid builder reads them as labels, so the rows keep their values."""

from __future__ import annotations

import re

from . import rx
from .cells import YEAR_CELL_RE, Cell, is_value_cell


def year_row_labels(cells: list[Cell]) -> set[int]:
    """Indices of year cells that label rows of numbers: at least three years, rising, each the same number of value
    cells after the one before ("Energy | Waste | 2000 | 3.36 | 0.09 | 2001 | 3.69 | 0.11 | ...", a header without
    its "Year" corner). A year header row ("2020 | 2025 | 2030") has no cells between its years."""
    years = [(k, int(m.group(1))) for k, c in enumerate(cells) if (m := YEAR_CELL_RE.match(c.text))]
    for a, (k0, y0) in enumerate(years[:-2]):
        stride = years[a + 1][0] - k0
        if stride < 2:
            continue  # a row of years (a header), not years labelling rows
        chain = [k0]
        last_year = y0
        for k, y in years[a + 1 :]:
            if k - chain[-1] != stride or y <= last_year:
                break
            chain.append(k)
            last_year = y
        between = (cells[j] for i in chain for j in range(i + 1, min(i + stride, len(cells))))
        if len(chain) >= 3 and all(map(is_value_cell, between)):
            return set(chain)
    return set()


def _unheaded_row_numbers(cells: list[Cell]) -> set[int]:
    """Row numbers under a header whose number column is blank (flattening drops the empty corner): "1 | Ethanol
    blending | 202 | 100", "2 | Solar water heaters | 179 | 1230" — at least three numbers counting up from 1, each
    before a text cell, never before a value."""
    found: set[int] = set()
    expected = 1
    for k, c in enumerate(cells[:-1]):
        if c.text.strip().rstrip(".") == str(expected) and not is_value_cell(cells[k + 1]):
            found.add(k)
            expected += 1
    return found if len(found) >= _UNHEADED_NUMBERS else set()


_UNHEADED_NUMBERS = 3
#: the header of a column that numbers the rows
_NUMBER_HEADER_RE = rx.compile(r"^(?:No\.?|N\s?[°º⁰o]|№|#|S/?N|Sr\.?(?:\s*No\.?)?|Priority|Item|Ref\.?|Rank)$", re.I)


def row_numbers(cells: list[Cell]) -> set[int]:
    """Indices of the cells that number the rows ("1", "2", "3" under a "Priority" or "No." header), each opening its
    row before the row's text: labels, not values. At least two in sequence, or none; the first need not be 1 (a
    table may go on numbering the measures of the table before it: "9", "10", "11")."""
    # (the header's first cell, or one of the first three: a section title may open the run, "3.2 Sources of Finance")
    head = next((k for k, c in enumerate(cells[:3]) if _NUMBER_HEADER_RE.match(c.text.strip())), None)
    if head is None:
        return _unheaded_row_numbers(cells)
    found: set[int] = set()
    expected = None
    for k, c in enumerate(cells[head + 1 : -1], start=head + 1):
        number = c.text.strip().rstrip(".")
        if not number.isdigit() or is_value_cell(cells[k + 1]):
            continue
        # (a number printed twice, "3 | … | 3 | …", numbers its row too; the count starts again at 1 in each section:
        # "Unconditional Measures | 1 | … | 2 | … | Conditional Measures | 1 | …")
        if expected is None and len(number) <= 3 or number in (str(expected), str((expected or 0) - 1), "1"):
            found.add(k)
            expected = max(expected or 0, int(number) + 1)
    return found if len(found) >= 2 else set()


def heads_numbers(cell: str) -> bool:
    """Whether a header cell heads a column numbering the rows ("No.", "N°", "#")."""
    return _NUMBER_HEADER_RE.match(cell.strip()) is not None


def numbered_column(rows: list[list[Cell]]) -> list[Cell]:
    """The cells of a tab table's first column that number its rows under a blank corner ("| Actions | 2025" over
    "1 | Rural forestry | 5334", "2 | Bamboo | 250", "| Total | 5584"): a column the tabs keep in place, so two
    numbers counting up from 1, each before its row's text, are enough (a run of flattened cells needs three)."""
    if len(rows) < 3 or not rows[0] or rows[0][0].text.strip():
        return []
    found: list[Cell] = []
    for row in rows[1:]:
        number = row[0].text.strip().rstrip(".") if row else ""
        if not number:
            continue  # a row the numbers skip: "| Total | 5584"
        if number != str(len(found) + 1) or len(row) < 2 or not row[1].text or is_value_cell(row[1]):
            return []
        found.append(row[0])
    return found if len(found) >= 2 else []
