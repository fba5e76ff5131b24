"""Tables: header years and units scope their cells; footnotes give base years."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations

from . import context as cx
from .cells import NUM_CELL_RE, YEAR_CELL_RE, Cell, Grid, GridRow, cell_number
from .grid import DeadlineTable, YearTable
from .header import TableScope, _cue_kind, table_scope
from .header import TextScope as TextScope  # re-exported: the driver reads text tables through this module
from .header import header_row_year as header_row_year
from .model import Observation
from .numbers import MAGNITUDES, MARKER_CHARS, find_numbers
from .segment import TABLE_FOOTNOTE_RE, Block
from .sentence import read_sentence
from .state import Carry, DocContext
from .units import (
    NON_INDICATOR,
    match_unit_after,
)

_SPACES_RE = re.compile(r"\s+")


def table_footnotes(blocks: list[Block], text: str) -> dict[str, int]:
    """Footnote letter -> base year for table footnotes that state one ("^b ... from the 2020 level")."""
    notes: dict[str, int] = {}
    for block in blocks:
        if block.kind != "note":
            continue
        m = TABLE_FOOTNOTE_RE.match(block.text)
        if not m:
            continue
        letter = m.group("caret") or {"ᵃ": "a", "ᵇ": "b", "ᶜ": "c", "ᵈ": "d", "ᵉ": "e"}[m.group("sup")]
        for y in cx.find_years(text, block.start, block.end):
            if y.role == "base":
                notes[letter] = y.year
    return notes


# --------------------------------------------------------------- tables

_YEAR_CELL_RE = re.compile(r"^\s*((?:19[5-9]\d|20\d\d|2100))\s*$")
_HEADER_UNIT_RE = re.compile(r"\(([^()]*)\)\s*$")
_HEADER_MAGNITUDE_RE = re.compile(
    r"(100\s+million|hundred\s+million|10,?000|ten\s+thousand|thousand|million|billion|trillion)\s*", re.I
)
_MARKER_RE = re.compile(r"\s*(?:\^(?P<caret>[a-z])|(?P<sym>[" + MARKER_CHARS + r"]))")


def _header_unit(text: str, label_start: int, label_end: int) -> tuple[str, Decimal] | None:
    """'Forest Volume (100 million cubic meters)' -> ('billion m3', 0.1) for the cells of that row."""
    m = _HEADER_UNIT_RE.search(text, label_start, label_end)
    if not m:
        return None
    inner = m.group(1).strip()
    scale = Decimal(1)
    mag = _HEADER_MAGNITUDE_RE.match(inner)
    if mag:
        word = (
            _SPACES_RE.sub(" ", mag.group(1).lower()).replace("10,000", "ten thousand").replace("10000", "ten thousand")
        )
        scale = MAGNITUDES.get(word, Decimal(1))
        inner = inner[mag.end() :]
    unit = match_unit_after(inner, 0)
    if unit is None or unit.unit == NON_INDICATOR:
        return None
    return unit.unit, scale * unit.factor


def read_table_row(
    ctx: DocContext,
    block: Block,
    header_years: dict[int, int],
    carry: Carry,
    marker_order: list[str],
    table_is_target: bool,
) -> None:
    text = ctx.doc.text
    label_start, label_end = block.cells[0]
    header_unit = _header_unit(text, label_start, label_end)
    for index, (c_start, c_end) in enumerate(block.cells[1:], start=1):
        if index not in header_years or not text[c_start:c_end].strip():
            continue
        year = header_years[index]
        kind = "target" if table_is_target or (ctx.ref_year is not None and year > ctx.ref_year) else "actual"
        base = None
        for nm in find_numbers(text, c_start, c_end):
            mk = _MARKER_RE.match(text, nm.end, c_end)
            if mk:
                # a letter when the marker shows one (ª, ^b); otherwise the letter after the previous marker
                letter = mk.group("caret") or {"ª": "a"}.get(mk.group("sym") or "", "")
                if not letter:
                    letter = chr(ord(marker_order[-1]) + 1) if marker_order else "a"
                marker_order.append(letter)
                base = ctx.footnote_base_years.get(letter)
        read_sentence(
            ctx,
            c_start,
            c_end,
            carry,
            quote=(block.start, c_end),
            table_year=year,
            table_unit=header_unit,
            table_kind=kind,
            base_year=base,
        )


def read_text_row(ctx: DocContext, block: Block, carry: Carry, scope: TextScope, width: int) -> None:
    """A row under a header like "Actions by 2030": its cells are read as the items of a list aiming at that year;
    the cells of the deadline's own column are goals. Under a Year column, the row's year dates its cells. A row
    with fewer cells than the header lost its first ones to a cell spanning rows above, so cells are matched to
    columns from the right."""
    text = ctx.doc.text
    shift = width - len(block.cells)
    cells = [(j + shift, s, e) for j, (s, e) in enumerate(block.cells) if text[s:e].strip()]
    row_year = None
    if scope.year_key and cells and cells[0][0] == 0 and (m := YEAR_CELL_RE.match(text[cells[0][1] : cells[0][2]])):
        row_year, cells = int(m.group(1)), cells[1:]
    saved = carry.list_year
    carry.list_year = scope.year
    try:
        for column, c_start, c_end in cells:
            kind = "target" if column in scope.columns else None
            quote = (block.start, block.end)
            read_sentence(ctx, c_start, c_end, carry, quote=quote, table_year=row_year, table_kind=kind)
    finally:
        carry.list_year = saved


def read_year_table(ctx: DocContext, table: YearTable, carry: Carry) -> None:
    """Each text cell of a Year-keyed table is read as a sentence dated by its row's year."""
    kinds = {_cue_kind(h)[0] for h in [table.caption] + [c.text for c in table.header]} - {""}
    for year, year_cell, cells in table.rows:
        for j, cell in enumerate(cells, start=1):
            column = table.header[j].text if j < len(table.header) else ""
            kind = _cue_kind(column)[0] or ("target" if kinds == {"target"} else "")
            if kind == "bau" or "bau" in kinds:
                continue
            read_sentence(
                ctx,
                cell.start,
                cell.end,
                carry,
                quote=(year_cell.start, cell.end),
                table_year=year,
                table_kind=kind or None,
            )


SERIES_YEARS = 6  # a table over this many years is a time series


def read_deadline_table(ctx: DocContext, table: DeadlineTable, carry: Carry) -> None:
    """Each cell under a deadline header is read as an item of a list aiming at that year: undated values take
    it, and short verbless items are goals."""
    saved = carry.list_year, carry.section_kind
    carry.list_year, carry.section_kind = table.year, "target"
    try:
        for cell in table.cells:
            carry.obs_year = carry.target_year = None  # a cell's own years date only that cell
            for start, end in cell:
                read_sentence(ctx, start, end, carry)
    finally:
        carry.list_year, carry.section_kind = saved


def read_grid(ctx: DocContext, grid: Grid | YearTable | DeadlineTable, carry: Carry) -> None:
    """Observations of a rebuilt flattened table: each numeric cell with its column's and row's scope.

    A row with fewer cells than columns lost its empty cells in flattening: a cell is read only when every
    column it could fill (in order, and no value over 100 in a % column) gives it the same unit, year and kind.
    """
    if isinstance(grid, YearTable):
        read_year_table(ctx, grid, carry)
        return
    if isinstance(grid, DeadlineTable):
        read_deadline_table(ctx, grid, carry)
        return
    text = ctx.doc.text
    scope = table_scope(grid.caption, [c.text for c in grid.header], grid.ncols)
    if scope is None:
        return
    if _misfits(grid, scope):
        return
    years = {r.year for r in grid.rows} | {c.year for c in scope.columns}
    scope.series = len(years - {None}) >= SERIES_YEARS
    _read_notes(ctx, grid, scope, carry)
    for row in grid.rows:
        label = " ".join(c.text for c in row.labels)
        row_kind, row_condition = _cue_kind(label)
        if row_kind == "bau" and (row.year is None or row.year not in scope.actual_years):
            continue  # a "BAU" or "reference case" row is a projection
        row_unit = _header_unit(text, row.labels[-1].start, row.labels[-1].end)
        row_start = row.labels[0].start
        placements = _placements(row.values, scope, grid.ncols)
        for i, cell in enumerate(row.values):
            if cell is None:
                continue
            m = NUM_CELL_RE.match(cell.text)
            percent, own_unit = bool(m and m.group("pct")), m is None  # "1,200 MW", "around 20": read as text
            options = [
                (k, _cell_scope(ctx, scope, k, row, row_unit, carry, percent, row_kind, own_unit))
                for k in placements[i]
            ]
            if not options or len({o[:3] if o else None for _, o in options}) > 1:
                continue  # which column the cell fills decides what it is, and that is not known
            k, found = options[0]
            if found is None:
                continue
            col = scope.columns[k]
            unit, year, kind = found
            if row_condition:
                kind = "target"  # an "Unconditional" / "Conditional" row holds pledges
            first = len(ctx.observations)
            if own_unit:
                table_unit = unit if unit[0] else None
                quote = (row_start, cell.end)
                read_sentence(
                    ctx,
                    cell.start,
                    cell.end,
                    carry,
                    quote=quote,
                    table_year=year,
                    table_unit=table_unit,
                    table_kind=kind,
                )
            else:
                context = f"{row.group} {label} {col.label} ".lstrip()
                _add_cell(ctx, cell.start, cell.end, unit, year, kind, context, (row_start, cell.end), carry)
            conditions = {scope.columns[c].condition for c, _ in options}
            for obs in ctx.observations[first:]:
                obs.condition = row_condition or (conditions.pop() if len(conditions) == 1 else "")
                obs.baseline = col.baseline
                base = col.base_year or scope.base_year
                if obs.unit == "%" and base is not None and not obs.baseline:
                    obs.base_year = base


def _read_notes(ctx: DocContext, grid: Grid, scope: TableScope, carry: Carry) -> None:
    """A note under a table of one year speaks of that year ("Note: the previous NDC proposed 12 Mt ..." under a
    2030 table); under a table of several years, or none, it is left alone."""
    years = {c.year for c in scope.columns if c.kind != "bau"} | {scope.table.year}
    years.discard(None)
    if len(years) != 1:
        return
    year = years.pop()
    for start, end in grid.notes:
        read_sentence(ctx, start, end, carry, table_year=year)


def _placements(values: list[Cell | None], scope: TableScope, ncols: int) -> list[set[int]]:
    """For each cell of a row, the columns it can fill. A full row fills its columns in order; a row that lost
    empty cells in flattening fills them in order too, but only where no value over 100 falls in a % column and
    no "12%" falls outside one (when the table has % columns): every such placement is counted."""
    k = len(values)
    if k == ncols:
        return [{i} for i in range(k)]
    units = [(c.unit or scope.table.unit or ("",))[0] for c in scope.columns]
    has_percent = "%" in units

    # (is a share, is over 100) of each number cell, read once rather than for every placement tried
    matches = [NUM_CELL_RE.match(v.text) if v else None for v in values]
    read = [
        (bool(m.group("pct")), has_percent and not m.group("pct") and cell_number(m.group("num")) > 100) if m else None
        for m in matches
    ]

    def fits(i: int, col: int) -> bool:
        if read[i] is None:
            return True
        pct, over_100 = read[i]
        if pct:
            return units[col] == "%" or not has_percent
        return not (units[col] == "%" and over_100)

    out: list[set[int]] = [set() for _ in range(k)]
    if ncols > 16:  # too many placements to count: each cell may fill any column of its window
        for i in range(k):
            out[i] = {c for c in range(i, i + ncols - k + 1) if fits(i, c)}
        return out
    for cols in combinations(range(ncols), k):
        if all(fits(i, c) for i, c in enumerate(cols)):
            for i, c in enumerate(cols):
                out[i].add(c)
    return out


def _misfits(grid: Grid, scope: TableScope) -> bool:
    """Cells that contradict their column's unit ("6.1%" under a tonnes column, 3,500 under a % column) show that
    the header was not mapped onto the columns the way the table lays them out."""
    for row in grid.rows:
        if len(row.values) != grid.ncols:
            continue
        for col, cell in zip(scope.columns, row.values, strict=True):
            m = NUM_CELL_RE.match(cell.text) if cell else None
            unit = col.unit or scope.table.unit
            if m is None or unit is None:
                continue
            if m.group("pct") and unit[0] != "%" or unit[0] == "%" and cell_number(m.group("num")) > 100:
                return True
    return False


def _cell_scope(
    ctx: DocContext,
    scope: TableScope,
    k: int,
    row: GridRow,
    row_unit: tuple[str, Decimal] | None,
    carry: Carry,
    percent: bool = False,
    row_kind: str = "",
    own_unit: bool = False,
) -> tuple[tuple[str, Decimal], int, str] | None:
    """(unit, year, kind) of a cell in column ``k`` of ``row``; None when it is not reported (BAU, no unit or year)."""
    col = scope.columns[k]
    unit = ("%", Decimal(1)) if percent else col.unit or row_unit or scope.table.unit  # "Solar (MW)" beats the caption
    kind = col.kind or scope.table.kind or row_kind
    year = row.year or col.year or scope.table.year
    if year is not None and year in scope.actual_years:
        kind = "actual"
    elif kind == "bau":
        return None  # a business-as-usual projection is neither a target nor an actual
    if year is None and kind == "target":
        year = carry.target_year  # "by 2030 ... (see Table 3)": the text above dates the table
    if unit is None and own_unit:
        unit = ("", Decimal(1))  # the cell states its unit
    if unit is None or year is None:
        return None
    if not kind and scope.target_cue and (ctx.default_year is None or year > ctx.default_year):
        kind = "target"  # "Target indicators | 2025 | 2030": years after the document's data year are its goals
    future = ctx.ref_year is not None and year > ctx.ref_year
    if kind == "actual" and future and row_kind == "target" and year not in scope.actual_years:
        kind = "target"  # "2030 emissions (conditional)" under "GHG inventory" columns: the row names a goal
    if kind == "actual" and future and year not in scope.actual_years:
        return None  # an observed value of a year still to come: a modelled path, not a fact
    if not kind:
        if future and scope.series:
            return None  # a long yearly series that names no plan: a model's projection, not a goal
        kind = "target" if future else "actual"
    return unit, year, kind


def _add_cell(
    ctx: DocContext,
    start: int,
    end: int,
    unit: tuple[str, Decimal],
    year: int,
    kind: str,
    context: str,
    quote: tuple[int, int],
    carry: Carry,
) -> Observation | None:
    """One numeric cell as an observation; its indicator is classified with the row and column labels."""
    text = ctx.doc.text
    m = NUM_CELL_RE.match(text[start:end])
    if m is None:
        return
    raw_start = start + (m.start("sign") if m.group("sign") else m.start("num"))
    value = cell_number(m.group("num")) * unit[1]
    if m.group("sign"):
        value = -value
    name = "%" if m.group("pct") else unit[0]
    raw_end = start + (m.end("pct") if m.group("pct") else m.end("num"))
    region = carry.section_region or ctx.country
    obs = Observation(
        doc=ctx.doc.doc,
        value=value,
        unit=name,
        value_raw=text[raw_start:raw_end],
        quote=_SPACES_RE.sub(" ", text[quote[0] : quote[1]]),
        char_start=raw_start,
        char_end=raw_end,
        kind=kind,
        year=year,
        qualifier="=",
        region=region,
        page=ctx.doc.page_at(raw_start),
    )
    raw = obs.value_raw
    obs.indicator = ctx.catalogue.classify(context + raw, len(context), len(context) + len(raw), name, region)
    ctx.add(obs)
    return obs
