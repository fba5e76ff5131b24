"""Reading a loose table (``loosetable.LooseTable``): its text cells as sentences, its bare amounts in the unit its
header states, dated by the deadline or the one past year its caption and header name."""

from __future__ import annotations

from . import context as cx
from .grid import LooseTable
from .header import _cue_kind
from .loosetable import amount_cell, is_bare_amount
from .sentence import read_sentence
from .state import Carry, DocContext

QUOTED_ROW_CELLS = 3  # an amount is quoted with at most this many cells before it (its measure, its indicator)


def read_loose_table(ctx: DocContext, table: LooseTable, carry: Carry) -> None:
    """A loose table's cells are read as text, its bare amounts in the unit its header states (quoted with up to
    ``QUOTED_ROW_CELLS`` cells before them, which name what they measure). A deadline its header or caption names
    (the one year after the document's present) dates its undated cells as goals; the one past year it names alone
    dates them as records."""
    text = ctx.doc.text
    future = {y for y in table.years if ctx.ref_year is not None and y > ctx.ref_year}
    saved = carry.list_year, carry.section_kind, carry.projection, carry.list_projection
    # the table's own caption says whether its values are projections, not a figure's caption above it ("Figure
    # 15: Evolution of projected emissions" over "Table 4: Summary of mitigation options and their costs")
    carry.projection, carry.list_projection = _cue_kind(table.caption)[0] == "bau", False
    if len(future) == 1 and not carry.projection:
        carry.list_year, carry.section_kind = future.pop(), "target"
    elif not table.years and ctx.timeline.target_year and _cue_kind(table.caption or table.title)[0] == "target":
        # "Annex 1: Description of proposed Mitigation Actions" over "Measure | Sector | Cost (USD) | Emission reduction
        # (Gg CO2 eq)", no year anywhere: the plan's measures, each due by the deadline the plan names most
        carry.list_year, carry.section_kind = ctx.timeline.target_year, "target"
    elif not future and len(table.years) == 1 and ctx.ref_year is not None and not carry.projection:
        # "GHG emissions in GgCO2eq, base year 2011" over "Energy: 14,751.66": an inventory of the one past year named
        carry.list_year, carry.section_kind = next(iter(table.years)), "actual"

    try:
        if len(table.units) > 1:
            _read_columns(ctx, table, carry)
            return
        row: list[int] = []  # the starts of the cells since the last amount: its row, quoted with it
        last: tuple[int | None, str] | None = None  # the year and kind of the row's last amount
        for cell in table.cells:
            carry.obs_year = carry.target_year = None  # a cell's own years date only that cell
            for start, end in cell:
                if not is_bare_amount(text[start:end]):
                    read_sentence(ctx, start, end, carry)
                    row.append(start)
                    continue
                quote = ((row[-QUOTED_ROW_CELLS:] or [start])[0], end)
                n = len(ctx.observations)
                if not row and last is not None and not cx.find_years(text, start, end):
                    # an amount right after another ("In the year 2030: 64.36" | "Average: 55.5") is the same row's:
                    # of its year and kind
                    read_sentence(ctx, start, end, carry, quote, last[0], table.unit, last[1])
                else:
                    read_sentence(ctx, start, end, carry, quote=quote, table_unit=table.unit)
                row = []
                last = (ctx.observations[-1].year, ctx.observations[-1].kind) if len(ctx.observations) > n else None
    finally:
        carry.list_year, carry.section_kind, carry.projection, carry.list_projection = saved


def _read_columns(ctx: DocContext, table: LooseTable, carry: Carry) -> None:
    """A table with several amount columns at its end: each row's run of amounts (ticks skipped, "N/A" holding its
    place) ends with one amount per column, in the header's order; a leading amount (the row's number of measures)
    has no column. A run shorter than the columns is left unread: which amount is whose is unclear."""
    text = ctx.doc.text
    row: list[int] = []  # the starts of the row's text cells, quoted with its amounts
    run: list[tuple[int, int] | None] = []  # the row's amounts so far (None: a cell that holds none)

    def flush() -> None:
        if len(run) >= len(table.units):
            quote_start = row[-QUOTED_ROW_CELLS:][0] if row else next(c[0] for c in run if c is not None)
            for cell, unit in zip(run[-len(table.units) :], table.units, strict=True):
                if cell is not None:
                    read_sentence(ctx, cell[0], cell[1], carry, quote=(quote_start, cell[1]), table_unit=unit)
        row.clear()
        run.clear()

    for cell in table.cells:
        carry.obs_year = carry.target_year = None  # a cell's own years date only that cell
        for start, end in cell:
            what = amount_cell(text[start:end], bool(run))
            if what == "amount":
                run.append((start, end))
            elif what == "none":
                run.append(None)
            elif what == "text":
                if run:
                    flush()
                read_sentence(ctx, start, end, carry)
                row.append(start)
    flush()

