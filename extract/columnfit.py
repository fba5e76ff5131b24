"""What a rebuilt grid's columns hold, read from their cells: share columns and reduction columns among amounts,
the numbers of its value cells, and cells that contradict their column's unit (a header mapped onto the wrong
columns)."""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx
from .cellobs import REDUCTION_LABEL_RE
from .cells import NUM_CELL_RE, Grid, cell_number
from .header import TableScope


def share_columns(grid: Grid, scope: TableScope) -> None:
    """A column without a unit of its own whose every cell writes "%" is a share column among amounts ("Emissions |
    Reduction | Percentual reduction" under one scenario, its header cells wrapped past telling which is which).
    A column whose every cell is negative or zero, under a header that speaks of reductions, is a reduction column:
    its signs are the direction its header names ("-164 | -47%" under "Emission reduction | Percentual reduction")."""
    full = [r for r in grid.rows if len(r.values) == grid.ncols]
    if len(full) < 2:
        return
    # ("Cumulative mitigation 2020-2030 (Gg CO2 eq)" over negative cells: what the plan takes off, as a reduction)
    reductions = any(REDUCTION_LABEL_RE.search(c.text) or _MITIGATION_RE.search(c.text) for c in grid.header)
    for k, col in enumerate(scope.columns):
        cells = [r.values[k] for r in full]
        if col.unit is None and all(c is not None and c.text.rstrip().endswith("%") for c in cells):
            col.unit = ("%", Decimal(1))
        signs = [_SIGN_RE.match(c.text) for c in cells if c is not None]
        if reductions and signs and all(signs) and not REDUCTION_LABEL_RE.search(col.label):
            col.label = f"{col.label} reduction".strip()


#: a header naming a share and nothing it is a share of: "Total (%)", "%", "Share (%)", "% of total", "Percentage"
_BARE_SHARE_RE = rx.compile(
    r"\s*(?:(?:total|share|percentage|proportion|part)\s*(?:\(\s*%\s*\)|%|in\s+%)?|%(?:\s+of\s+(?:the\s+)?total)?"
    r"|\(\s*%\s*\))\s*",
    re.IGNORECASE,
)


def money_split_columns(scope: TableScope) -> None:
    """A share column beside money columns that names no measure of its own ("Contribution | Unconditional (million
    USD) | … | Total (million USD) | Total (%)") holds each row's part of the money total: a split of the table's
    costs, neither a goal nor a record."""
    money = [c for c in scope.columns if c.unit is not None and c.unit[0].endswith(" billion")]
    if not money:
        return
    for col in scope.columns:
        if (col.unit is None or col.unit[0] == "%") and _BARE_SHARE_RE.fullmatch(col.label):
            col.split = True


#: a header measuring one item of what a row counts: "Emission Reduced/unit (tCO2e/yr)", "Savings per stove (kWh)",
#: "Stove lifespan (years)", "# Stoves (Units)"
_PER_ITEM_RE = rx.compile(
    r"/\s*(?:unit|item|stove|household|device|system|vehicle|plant|project|lamp|bulb)s?\b"
    r"|\bper\s+(?:unit|item|stove|household|device|system|vehicle|plant|project|lamp|bulb|beneficiary)\b"
    r"|\b(?:life\s*-?\s*span|lifetime\s*\(\s*years?\s*\)|useful\s+life)|\(\s*(?:units?|years?|pieces)\s*\)",
    re.IGNORECASE,
)


def per_item_columns(scope: TableScope) -> None:
    """A column whose header measures one item of what its row counts ("Emission Reduced/unit (tCO2e/yr)" beside
    "Annual Emission Reduced (tCO2e/yr)"), an item's life or the number of items, holds no amount of the plan's in
    the table's unit: its cells are not read (the total columns beside it are)."""
    for col in scope.columns:
        if _PER_ITEM_RE.search(col.label) and not (col.unit is not None and col.unit[0] in ("count", "%")):
            col.per_item = True


#: mitigation as an amount ("Cumulative mitigation 2020-2030 (Gg)"), not as a path of levels ("Mitigation scenario");
#: "attenuation" is the word machine translations of French plans use for it ("atténuation")
_MITIGATION_RE = rx.compile(
    r"\b(?:mitigation|attenuation)\b(?!\s+(?:scenarios?|pathways?|path|case|measures?|actions?))", re.I
)
_SIGN_RE = rx.compile(r"\s*(?:[-–−]\s*\d|0+(?:[.,]0+)?\s*%?\s*$)")  # a negative cell, or a zero


def cell_numbers(grid: Grid) -> tuple[list[Decimal], bool]:
    """The numbers of a grid's value cells, and whether any writes a fraction ("451.83", "12,5")."""
    found = [m for m in (NUM_CELL_RE.match(c.text) for r in grid.rows for c in r.values if c is not None) if m]
    return [cell_number(m.group("num")) for m in found], any(_FRACTION_RE.search(m.group("num")) for m in found)


_FRACTION_RE = rx.compile(r"[.,]\d{1,2}$")  # one or two digits after the last separator: a fraction, no thousands


def misfits(grid: Grid, scope: TableScope) -> set[int] | None:
    """Cells that contradict their column's unit ("6.1%" under a tonnes column, 3,500 under a % column) show that
    the header was not mapped onto the columns the way the table lays them out: None then. A lone such cell in a
    table of four full rows or more is a typo of its own ("-3558" for "-35.58" in a column of %): its id is
    returned, to be read as nothing, and the rest of the table stands."""
    found: set[int] = set()
    full = 0
    for row in grid.rows:
        if len(row.values) != grid.ncols:
            continue
        full += 1
        cells = [c for c in row.values if c is not None]
        if len(cells) > 1 and all(c.text.rstrip().endswith("%") for c in cells):
            continue  # a row of shares ("Breakdown | 23% | 77%") under amounts: the row's own unit, not a misfit
        for col, cell in zip(scope.columns, row.values, strict=True):
            m = NUM_CELL_RE.match(cell.text) if cell else None
            unit = col.unit or scope.table.unit
            if m is None or unit is None:
                continue
            # (a cell written with its own "%" agrees with a % column, whatever its size: "109.9%" of a projection)
            over = (
                unit[0] == "%"
                and not m.group("pct")
                and cell_number(m.group("num")) > 100
                and not CHANGE_RE.search(col.label)
            )
            if m.group("pct") and unit[0] != "%" or over:
                found.add(id(cell))
    return None if len(found) > 1 or (found and full < _TYPO_TABLE_ROWS) else found


_TYPO_TABLE_ROWS = 4  # a table this long shows its mapping by its other cells: one cell against it is a typo


#: a % change, unlike a share, may pass 100 ("Progress (%) | 262"); a change column's header
CHANGE_RE = rx.compile(r"increase|change|growth|rise|progress|variation|evolution", re.I)
