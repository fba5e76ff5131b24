"""Rows of a tab table that hold no values, and what they say: a remark where values belong ("No quantification"),
a last column of repeated condition words ("Conditional"), values marked missing ("-"). Kept apart from the grid
builder (``tabgrid``) so each reads alone."""

from __future__ import annotations

import re
from dataclasses import replace

from . import rx
from .cells import EMPTY_CELL_RE, YEAR_CELL_RE, YEAR_HEADER_RE, Cell, holds_value, is_value_cell
from .headinglines import has_digit

_WORDS_RE = rx.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")


def remark(row: list[Cell], region: list[Cell], ncols: int) -> bool:
    """ "Promote conservation agriculture | No quantification | |": words in the first of several value columns, the
    others empty, saying why the row has no values. (In two columns, "Unconditional target | A 15% reduction …", the
    text is the row's statement, and the table is text; so is a cell that states a value in words, "At least reduce 5%
    of the national energy consumption"; a unit, "GgCO2e | %", heads the rows below.)"""
    return (
        ncols >= 2
        and bool(row[0].text)
        and len(region) == ncols
        and bool(region[0].text)
        and not is_value_cell(region[0])
        and not has_digit(region[0].text)
        and _WORDS_RE.search(region[0].text) is not None
        and not any(c.text for c in region[1:])
    )


_TRAIL_WORDS = 3  # a cell of a trailing column of labels: "Conditional", "Not yet started"

#: a header cell naming a column of notes about each row: where its figures come from, remarks
_NOTES_HEADER_RE = rx.compile(
    r"\s*(?:sources?|sources?\s+of\s+(?:the\s+)?(?:numbers|figures|data|information)|data\s+sources?|remarks?"
    r"|comments?|notes?|observations?|references?)\s*:?\s*$",
    re.IGNORECASE,
)


def notes_column(rows: list[list[Cell]]) -> bool:
    """Whether the header's last cell names a column of notes ("Source of numbers", "Remarks"): its cells say where
    a row's figures come from or what to note ("Area validation workshops"), after the values; they hold none."""
    return len(rows) >= 2 and bool(rows[0]) and _NOTES_HEADER_RE.match(rows[0][-1].text) is not None


def trailing_words(rows: list[list[Cell]]) -> dict[int, str]:
    """The cells of a last column of a few repeated words after the values ("Solar PV | 8 | 200 | 1296.7 |
    Conditional"), by the block of their row, or none. Its header cell names it ("Conditionality"); at least three
    rows end so, full ones or ones a spanning cell left shorter, with at most a third as many different words as rows
    (labels, not remarks), each after a value."""
    if len(rows) < 4 or not rows[0][-1].text or is_value_cell(rows[0][-1]):
        return {}
    ending = [
        r
        for r in rows[1:]
        if len(r) >= 2
        and r[-1].text
        and not is_value_cell(r[-1])
        and len(r[-1].text.split()) <= _TRAIL_WORDS
        and holds_value(r[-2])
    ]
    words = [r[-1].text for r in ending]
    full = [r for r in rows[1:] if len(r) == len(rows[0]) and r[-1].text]
    if len(words) < 3 or len(set(words)) > max(2, len(words) // 3) or any(r not in ending for r in full):
        return {}
    return {r[0].block: r[-1].text for r in ending}


def values_missing(row: list[Cell]) -> bool:
    """A data row whose values are marked missing ("Reductions vs BAU (Mt CO2 eq) | -"): a label, then only empty marks
    ("-", "n/a"). Not a header row: its label's unit measures no column; not a group title, whose cells are blank."""
    marked = [c for c in row[1:] if c.text]
    return bool(row and row[0].text and marked) and all(EMPTY_CELL_RE.match(c.text) for c in marked)


def years_over_leaves(rows: list[list[Cell]]) -> bool:
    """A header's row of years, each spanning the same number of columns ("2025 | | 2030 | | 2050 |"), right over a
    full row of leaves that repeat under each year ("Gg CO2eq | % | Gg CO2eq | % | …"): the grid reads each leaf's
    year from the cell over it (a row of years alone heads a table the row reader reads)."""
    if len(rows) != 2:
        return False
    years, leaves = rows
    named = [k for k, c in enumerate(years) if c.text]
    if len(named) < 2 or len(years) != len(leaves) or not all(YEAR_CELL_RE.match(years[k].text) for k in named):
        return False
    step = named[1] - named[0]
    return (
        step >= 2
        and named == list(range(named[0], len(years), step))
        and len(years) - named[-1] == step
        and all(c.text and not is_value_cell(c) for c in leaves)
        and all(leaves[k].text == leaves[k + step].text for k in range(named[0], len(leaves) - step))
    )


#: a year written with a thousands separator, as a translated table may: "2 018", "2,020", "2.025"
_GROUPED_YEAR_RE = rx.compile(r"^\s*(?:1[ ,.\u00a0]9[5-9]\d|2[ ,.\u00a0](?:0\d\d|100))\s*$")


def grouped_year(cell: str) -> int | None:
    """The year a cell writes with a thousands separator ("2 018", "2,020"), or None."""
    return int("".join(ch for ch in cell if ch.isdigit())) if _GROUPED_YEAR_RE.match(cell) else None


def spelt_years(cells: list[str]) -> dict[int, int]:
    """The years of a row labelled "Years" whose cells write them with a thousands separator ("Years | 2 018 | 2,020
    | 2 025"), by cell index; {} for any other row (a value "2,020" elsewhere is a number)."""
    if len(cells) < 3 or not YEAR_HEADER_RE.match(cells[0]):
        return {}
    found = {i: y for i, c in enumerate(cells) if i and (y := grouped_year(c) or _year_cell(c))}
    if sum(1 for c in cells[1:] if grouped_year(c)) < 2 or len(found) < len([c for c in cells[1:] if c.strip()]):
        return {}
    return found


def _year_cell(cell: str) -> int | None:
    m = YEAR_CELL_RE.match(cell)
    return int(m.group(1)) if m else None


def years_spelt_whole(row: list[Cell]) -> list[Cell]:
    """``spelt_years`` on a tab table's row: its year cells read as the years they are (each keeps its place)."""
    years = spelt_years([c.text for c in row])
    return [replace(c, text=str(years[k])) if k in years else c for k, c in enumerate(row)] if years else row
