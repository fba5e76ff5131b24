"""The unit of an emissions table's bare columns, from the paragraph that introduces it: a table two or more of whose
figures that paragraph writes with one emission unit ("a net sink of -85.823 Mt CO2 e in the base year" over a Total
row "-85.823") is read in it; else a table whose header and
caption state no unit for its emission or year columns is read in the one emission unit that paragraph states in
words ("Table 1 shows emissions in megatonnes of CO₂e") or, for its emission columns only, writes all its figures in
("A total mitigation potential of 3.6 Mt CO2e … (Table A1)"); or, failing both, in the unit of the table before
it when the two share their year columns and most row labels (``sibling_unit``): plans print one table per scenario
("Table 2: … BAU scenario (ktCO2e)", "Table 3: … unconditional scenario") and state the unit once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import rx
from .cells import YEAR_CELL_RE, Grid
from .cellunits import label_unit as label_unit_of
from .gases import NAMES_OTHER_GAS_RE, as_co2e, gas_label_unit
from .header import TableScope
from .numbers import find_numbers
from .segment import Block
from .units import match_unit_after

_EMISSION_COLUMN_RE = rx.compile(r"\b(?:emissions?|GHG|CO2|mitigation|reductions?|abatement|removals?)\b", re.I)
INTRO_CHARS = 1200  # how far before a table its introducing paragraph is read for the unit it speaks in
_UNIT_STATED_RE = rx.compile(r"\b(?:in|expressed\s+in|units?:?)\s+(?=[A-Za-z])", re.I)  # before a unit in words


def intro_emission_unit(text: str, grid: Grid, scope: TableScope) -> None:
    """A table whose emission column names no unit reads it in the one emission unit of the paragraph that introduces
    it ("A total mitigation potential of 3.6 Mt CO2e … (Table A1) | Emissions reduction | 0.025"). Only when the
    header and caption state no unit for it and that paragraph writes emissions in one unit alone. The year columns of
    an emissions table ("GHG Emissions … in 1990, 2017 and 2023") take only a unit the paragraph states in words
    ("Table 1 shows emissions in megatonnes of CO₂e"), never one read off its figures."""
    if scope.table.unit is not None or not grid.header:
        return
    if (stated_cells := _unit_of_stated_cells(text, grid)) is not None:
        for k, col in enumerate(scope.columns):
            if not _writes_shares(grid, k):  # ("Average annual growth rate | 2%": its own unit)
                col.unit = col.unit or stated_cells
        return
    emitted = [c for c in scope.columns if c.unit is None and _EMISSION_COLUMN_RE.search(c.label)]
    # an inventory's columns by gas ("Year | CO2 | CH4 | N2O") beside the CO2 one: masses of their own gas
    gases = [c for c in scope.columns if c.unit is None and gas_label_unit(c.label)]
    years = (
        [c for c in scope.columns if c.unit is None and YEAR_CELL_RE.match(c.label)]
        if _EMISSION_COLUMN_RE.search(grid.caption or grid.title)  # (a caption closed by a stop is the title line)
        else []
    )
    if not emitted and not years and not gases:
        return
    end = grid.header[0].start
    start = max(0, end - INTRO_CHARS)
    stated = set()
    for m in _UNIT_STATED_RE.finditer(text, start, end):
        u = match_unit_after(text, m.end(), end)
        if u is not None and u.unit.startswith("Mt CO2"):
            stated.add((u.unit, u.factor))
    if len(stated) == 1:
        unit = stated.pop()  # the unit the text says it speaks in outweighs the units of its own figures
        for col in emitted + years:
            col.unit = unit
        for col in gases:
            col.unit = "Mt", unit[1]
        return
    units = set()
    for num in find_numbers(text, start, end):
        u = match_unit_after(text, num.end, end)
        if u is not None and u.unit.startswith("Mt CO2"):
            units.add((u.unit, u.factor * num.magnitude))  # "927 million t-CO2": the figures are in Mt
    if len(units) == 1:
        unit = units.pop()
        for col in emitted:
            col.unit = unit
        for col in gases:
            col.unit = "Mt", unit[1]  # a mass of the gas its column names (the table reader names the gas)


def _unit_of_stated_cells(text: str, grid: Grid) -> tuple[str, Decimal] | None:
    """The one emission unit in which the introducing paragraph writes two or more of the table's own figures: "a net
    sink of -90.713 Mt CO2 e in 2030 compared to -85.823 Mt CO2 e in the base year" over a unitless Total row
    "-85.823 | -90.713". Figures that match cells are the table's, whatever the header says of its columns."""
    cells = set()
    for row in grid.rows:
        for cell in row.values:
            if cell is not None and (m := _FIGURE_RE.fullmatch(cell.text.strip())):
                cells.add(m.group(1))
    if len(cells) < 2:
        return None
    end = grid.header[0].start
    units, hits = set(), set()
    for num in find_numbers(text, max(0, end - INTRO_CHARS), end):
        figure = text[num.start : num.end]
        if figure not in cells or ("." not in figure and not _DECIMAL_COMMA_RE.fullmatch(figure)):
            continue  # (a whole number matches too easily: "2030", "15", a row of a table above "1,140")
        u = match_unit_after(text, num.end, end)
        if u is not None and u.unit.startswith("Mt CO2") and not _PER_RE.match(text, u.end, end):
            units.add((u.unit, u.factor))
            hits.add(figure)
    # (one figure will do under a caption about emissions: "the remainder (47,9 MteCO2)" over "Conditional | 47,9")
    enough = len(hits) >= 2 or (len(hits) == 1 and _EMISSION_COLUMN_RE.search(grid.caption) is not None)
    return units.pop() if enough and len(units) == 1 else None


def _writes_shares(grid: Grid, k: int) -> bool:
    """Whether every cell of value column ``k`` that holds something writes a percent sign."""
    cells = [row.values[k] for row in grid.rows if k < len(row.values) and row.values[k] is not None]
    return bool(cells) and all(c.text.rstrip().endswith("%") for c in cells)


_DECIMAL_COMMA_RE = rx.compile(r"\d+,\d{1,2}")  # "47,9": a decimal comma (three digits after it are thousands)
_PER_RE = rx.compile(r"\s*(?:/|per\b)", re.IGNORECASE)  # "2.02 tCO2eq/capita": an intensity, not the table's unit
_FIGURE_RE = rx.compile(r"[-−–]?\s?(\d[\d,.]*)")  # a cell's figure, its sign set apart


@dataclass(frozen=True)
class TableShape:
    """What a year table's successor must share to be read in its unit: year columns, row labels and the unit."""

    years: tuple[str, ...]
    rows: frozenset[str]
    unit: tuple[str, Decimal]


def table_shape(grid: Grid, scope: TableScope) -> TableShape | None:
    """The shape of a table whose value columns are years and all hold one unit, else None."""
    years = tuple(c.label.strip() for c in scope.columns)
    units = {c.unit or scope.table.unit for c in scope.columns}
    if not years or not all(YEAR_CELL_RE.match(y) for y in years) or len(units) != 1 or None in units:
        return None
    return TableShape(years, _row_labels(grid), units.pop())


def sibling_unit(grid: Grid, scope: TableScope, before: TableShape | None) -> None:
    """A year table that states no unit at all reads in the unit of the table before it when it repeats that table's
    year columns and at least two thirds of its row labels (two at least): the same table under another scenario.
    A table of other rows or other years is another quantity, whose unit the text does not give."""
    if before is None or scope.table.unit is not None or any(c.unit is not None for c in scope.columns):
        return
    if tuple(c.label.strip() for c in scope.columns) != before.years:
        return
    rows = _row_labels(grid)
    if len(rows & before.rows) < max(2, 2 * len(rows) / 3):
        return
    for col in scope.columns:
        col.unit = before.unit


def sibling_row_unit(
    text: str, blocks: list[Block], index: int, years: dict[int, int], unit: tuple[str, Decimal] | None,
    before: TableShape | None,
) -> tuple[TableShape | None, tuple[str, Decimal] | None]:  # fmt: skip
    """The same for a tab table read row by row under its header of years (block ``index``): the table's shape, to
    hand on, and its unit, the one of the table before it when it states none and repeats that table's years and at
    least two thirds of its row labels ("Table 3: Level of sectoral GHG emissions according to the unconditional
    scenario" under "Table 2: Projection of emissions … in ktCO2e / year", the same sectors and years)."""
    labels = set()
    for block in blocks[index + 1 :]:
        if block.kind != "table" or not block.cells:
            break
        start, end = block.cells[0]
        if label := text[start:end].strip().lower():
            labels.add(label)
    shape_years = tuple(str(y) for _, y in sorted(years.items()))
    if unit is None and before is not None and shape_years == before.years:
        if len(labels & before.rows) >= max(2, 2 * len(labels) / 3):
            unit = before.unit
    return (TableShape(shape_years, frozenset(labels), unit) if unit is not None else None), unit


def _row_labels(grid: Grid) -> frozenset[str]:
    return frozenset(" ".join(c.text for c in r.labels).strip().lower() for r in grid.rows)


def rows_emission_unit(text: str, grid: Grid) -> tuple[str, Decimal] | None:
    """The one emission unit that two or more rows' labels state, when no row's label states another: rows of the
    same table that name emissions or reductions without a unit ("Expected emission reduction" under "Emissions,
    unconditional scenario (Mt CO2eq)") are read in it, as a printed table states a shared unit once."""
    stated: set[tuple[str, Decimal]] = set()
    count = 0
    for row in grid.rows:
        if not row.labels:
            continue
        own = row.labels[-1]
        u = label_unit_of(text, own.start, own.end)
        if u is None:
            continue
        if not u[0].startswith("Mt CO2"):
            return None
        stated.add(u)
        count += 1
    return stated.pop() if count >= 2 and len(stated) == 1 else None


def names_emissions(label: str) -> bool:
    """Whether a row's label names emissions, reductions or removals (which a table's emission unit measures)."""
    return _EMISSION_COLUMN_RE.search(label) is not None


def co2e_masses(grid: Grid, scope: TableScope) -> None:
    """Plain masses ("GG" under "… (GG CO2EQ.)", "in Gg" in "CO2eq emissions and removals …, in Gg") of a table whose
    caption or header states its figures as CO2 equivalent and names no other gas: tonnes of CO2e, not of a
    material. (A table by gas, "CO2 (Gg) | CH4 (Gg) | … (Gg CO2eq)" or rows "CH4 | 41.2", keeps each one's own.)"""
    named = f"{grid.caption or grid.title} {' '.join(c.text for c in grid.header)}"
    if any(NAMES_OTHER_GAS_RE.search(cell.text) for row in grid.rows for cell in row.labels):
        return  # "CH4 | 41.2": rows by gas, each a mass of its own
    for col in (scope.table, *scope.columns):
        if not gas_label_unit(col.label):
            col.unit = as_co2e(col.unit, named)
