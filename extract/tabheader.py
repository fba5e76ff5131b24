"""The header rows of a tab table and what their shapes say: years grouped under unit or scenario cells, a stub's
label over grouped years, leaves named by the group over them, a unit cell out of place, a next table's header
repeated below the rows. Kept apart from the grid builder (``tabgrid``) so each reads alone."""

from __future__ import annotations

from .cellobs import per_million_money
from .cells import YEAR_CELL_RE, Cell
from .cellunits import cell_unit, lone_bracket_unit, year_unit_cell
from .columnfit import CHANGE_RE
from .header import _BAU_RE, _cue_kind
from .headerleaves import YEARS_NAME_RE
from .subheader import parent_cell, parent_units, sub_header_years


def unit_groups_of_years(above: list[str], row: list[str]) -> bool:
    """Whether ``row`` is a second header row of years under cells that span them and each state a unit ("GHG
    reductions, kt CO₂e | " over "2030 | 2035"): the row reader reads them (cells naming paths, "BAU projection |
    | Unconditional |", are groups the grid tells apart)."""
    years = sub_header_years(above, row)
    if years is None:
        return False
    if all(YEARS_NAME_RE.fullmatch(parent_cell(above, k).strip()) for k in years):
        return True  # "Years" spanning "2010 | 2020 | 2030" (a "Total (2010-2030)" cell beside it spans both rows)
    if len(units := parent_units(above, years)) != len(years):
        return False
    # (not money counted by the million, whose whole amounts the grid tells apart: ``cellobs.whole_money``)
    paths = any(_cue_kind(c)[0] or _BAU_RE.search(c) for c in above if c.strip())
    return not paths and not any(per_million_money(u) for u in units.values())


def change_columns(header: list[Cell]) -> bool:
    """Whether a header of years goes on with columns of changes between them ("1990 | 2017 | 2023 | Change
    1990–2017, Mt CO₂e | Change (1990–2017), %") or has columns of shares among them ("2007 GHG emissions, Gg CO2e |
    Percentage of total emission, % | 2020 …"): the grid reads each column's own year, base and unit, which the row
    reader, reading years alone, leaves out."""
    dated = [bool(YEAR_CELL_RE.match(c.text) or year_unit_cell(c.text)) for c in header]
    if True not in dated:
        return False
    after = dated.index(True) + 1  # the cells after the first year, other than years
    others = [c.text for c, d in zip(header[after:], dated[after:], strict=True) if c.text and not d]
    return any(CHANGE_RE.search(t) or cell_unit(t) for t in others)


def groups_years(above: list[Cell], years: list[Cell]) -> bool:
    """Whether a header row groups the row of years under it by paths, each group cell spanning its years with empty
    cells ("Sector | BAU projection (Mt) | | | Unconditional (Mt) | | Conditional (Mt) |" over "| 2020 | 2025 | 2030 |
    2025 | 2030 | 2025 | 2030"): two groups or more, each over a year, none over a blank. The stub cell may span
    both rows, so the row of years lacks it ("Sector | BAU (Mt) | | | Target (Mt) | |" over "2025 | … | 2035")."""
    if above and not above[0].text and len(above) > len(years) and not any(c.text for c in above[len(years) :]):
        above = above[: len(years)]  # blank cells a word processor left past the table's last column
    if len(above) == len(years) + 1 and years:
        years = [blank_cell(years[0]), *years]
    if len(above) != len(years):
        return False
    starts = [k for k, c in enumerate(above) if k and c.text]
    return (
        len(starts) >= 2
        and all(YEAR_CELL_RE.match(years[k].text) for k in starts)
        and all(YEAR_CELL_RE.match(c.text) for c in years[starts[0] :])
        and any(k + 1 < len(above) and not above[k + 1].text for k in starts)  # (a group spans years; a header
        # cell over each year, "Emissions (Gg) | Emissions (Gg)" over "2025 | 2030", heads a row-read table)
    )


def stub_under_groups(above: list[Cell], years: list[Cell]) -> bool:
    """A row of years that opens with the stub's own label ("Sectors | 2020 | 2025 | 2030 | 2020 | …") under group
    cells that span them (``groups_years``)."""
    return bool(years) and bool(years[0].text) and not YEAR_CELL_RE.match(years[0].text) and groups_years(above, years)


def grouped_header(rows: list[list[Cell]]) -> list[Cell] | None:
    """A header row of leaves under a row of group cells that span them, both rows full width (the corner blank):
    "| | | Conditional targets | | Unconditional targets |" over "No | Sector | BAU (Mt) | Target (Mt) | Avoided (Mt)
    | Target (Mt) | Avoided (Mt)". Each leaf is named with the group over it ("Conditional targets Avoided (Mt)"),
    which only the cells' places tell: the header the grid reads is flattened. None for any other header (a row of
    years under groups is read as such, see ``groups_years``)."""
    if len(rows) != 2 or any(YEAR_CELL_RE.match(c.text) for c in rows[1]):
        return None
    upper, lower = rows
    out: list[Cell] = []
    if len(upper) == len(lower) + 1 and upper[0].text and len(lower) >= 2 and spans_alone(upper[1:], lower):
        # the stub cell spans both rows, so the leaves' row lacks it: "Sectors | Financing needs (USD million) | |"
        # over "Unconditional | Conditional | Total"
        out, upper = [upper[0]], upper[1:]
    elif len(upper) != len(lower) or upper[0].text or len([c for c in upper if c.text]) < 2:
        return None
    group = ""
    for above, cell in zip(upper, lower, strict=True):
        group = above.text or group
        if cell.text:
            named = f"{group} {cell.text}" if group else cell.text
            out.append(Cell(cell.start, cell.end, named, cell.block, cell.first_in_block))
        elif above.text:
            out.append(above)  # a group cell over a blank: it spans both rows, one column of its own ("BAU 2035")
    return out


def unplaced_unit(above: list[Cell], row: list[Cell]) -> bool:
    """Whether a header's last row is a unit alone ("(Gg CO2)") under a row naming several kinds of columns (periods
    and costs: "2020-2030 | 2030 | Costs in millions of US$"): which columns it measures only the printed page showed,
    and guessing swaps emissions for money."""
    named = [c for c in row if c.text]
    if len(named) != 1 or len(above) < 3 or not named[0].text.lstrip().startswith("("):
        return False
    cell = named[0].text
    return lone_bracket_unit(cell, 0, len(cell)) is not None and any(cell_unit(c.text) for c in above if c.text)


def spans_alone(upper: list[Cell], lower: list[Cell]) -> bool:
    """Whether a group row beside a stub spanning both header rows is read only by the cells' places: one group over
    all the leaves, or a group cell over a blank leaf, spanning both rows itself ("BAU 2035" beside "Unconditional
    2035" over "Emissions | Reduction"). Several groups over full leaves are the flattened header's to pair."""
    groups = [k for k, c in enumerate(upper) if c.text]
    return len(upper) == len(lower) and (groups == [0] or any(not lower[k].text for k in groups))


def repeats_header(row: list[Cell], header_rows: list[list[Cell]]) -> bool:
    """A row of words that names the value columns again, as a header row of the table above does ("B. MITIGATION |
    Unconditional measures | Conditional measures" under "Sectors | Unconditional | Conditional"): a next table's
    header. Each of its cells after the first opens as the header cell of its column does, or that one as it. (The
    caller asks it of a row with a first cell, the next table's title: a header repeated at a page break, its first
    cell blank, goes on with the same table.)"""
    for head in header_rows:
        if len(head) != len(row):
            continue
        pairs = [(c.text.lower(), h.text.lower()) for c, h in zip(row[1:], head[1:], strict=True) if c.text]
        if len(pairs) >= 2 and all(h and (c.startswith(h) or h.startswith(c)) for c, h in pairs):
            return True
    return False


def blank_cell(cell: Cell) -> Cell:
    """An empty cell in the place of ``cell``."""
    return Cell(cell.start, cell.start, "", cell.block, cell.first_in_block)
