"""Flattened tables: each numeric cell of a rebuilt grid is read with its column's and row's scope."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from itertools import combinations

from . import rx
from .captionunits import numbered_title
from .cellobs import add_cell, modelled_cuts, per_million_money, plain_column, reductions_caption, whole_money
from .cells import (
    CHANGE_ROW_RE,
    CONTINENTAL_CELL_RE,
    CURRENCY_CODE_CELL_RE,
    CURRENCY_SIGN_CELL_RE,
    END_COLUMN_RE,
    LABEL_YEAR_RE,
    MAGNITUDE_CELL_RE,
    NUM_CELL_RE,
    START_COLUMN_RE,
    YEAR_CELL_RE,
    YEAR_COLUMN_RE,
    Cell,
    Grid,
    GridRow,
    cell_number,
    decimal_comma_columns,
    projected_row,
    recorded_row_years,
    row_label_year,
)
from .cellscope import cell_scope
from .cellunits import count_label, group_unit, intensity_label, label_unit, percent_label
from .citations import cited_year
from .columnfit import cell_numbers, misfits, money_split_columns, per_item_columns, share_columns
from .gases import gas_label_unit
from .header import TableScope, _cue_kind, names_bau, reference_row, table_scope
from .headergroups import change_unit_levels, date_share_columns, date_total_column
from .headerleaves import split_year_cells
from .headeryears import bases, years_row
from .headings import names_plan
from .impacts import impact_table
from .introunit import co2e_masses, intro_emission_unit, names_emissions, rows_emission_unit, sibling_unit, table_shape
from .rownumbers import heads_numbers
from .scope import profile_topic
from .sentence import read_sentence
from .state import Carry, DocContext
from .unitcolumn import names_unit_column, scaled_unit

_DIGIT_RE = rx.compile(r"\d")
_CODE_RE = rx.compile(r"[A-Z]{1,3}\d{1,3}")  # a measure's code as its row label ("M2", "MA7"): no unit ("m2")


SERIES_YEARS = 6  # a table over this many years is a time series


def read_grid(ctx: DocContext, grid: Grid, carry: Carry) -> None:
    """Observations of a rebuilt flattened table: each numeric cell with its column's and row's scope.

    A row with fewer cells than columns lost its empty cells in flattening: a cell is read only when every
    column it could fill (in order, and no value over 100 in a % column) gives it the same unit, year and kind.
    """
    text = ctx.doc.text
    label_cols = Counter(len(r.labels) for r in grid.rows).most_common(1)[0][0] if grid.rows else 1
    named = len(grid.header) - grid.ncols
    if named > label_cols and any(heads_numbers(c.text) for c in grid.header[:named]) and any(
        len(r.labels) == named for r in grid.rows
    ):
        label_cols = named  # "Sector | N° | Action | Cost": a sector cell spanning rows leaves the others a label short
    # (a unit stated under the table, "[Unit: million tCO2e]", is read as a title's: when the caption states none)
    title = grid.unit_note or grid.title
    if impact_table(grid.caption or grid.title):
        return  # "Temperature anomalies (°C) under four climate change scenarios": the climate's, not the plan's
    caption = grid.caption or numbered_title(grid)
    scope = table_scope(caption, split_year_cells([c.text for c in grid.header]), grid.ncols, title, label_cols)
    if scope is None:
        return
    intro_emission_unit(text, grid, scope)
    co2e_masses(grid, scope)
    change_unit_levels(scope.columns)
    date_total_column(scope.columns)
    date_share_columns(scope.columns)
    if scope.table.year is None and grid.intro_year is not None and not any(c.year for c in scope.columns):
        scope.table.year = grid.intro_year  # "In 2011, emissions … are broken down as shown in the table below."
    named = f"{grid.caption or grid.title} {' '.join(c.text for c in grid.header)}"
    if carry.section_projection and not scope.table.kind and not names_plan(named):
        scope.table.kind = "bau"  # "Figure 11. Emissions by IPCC category" under "4.1 The baseline scenario": its path
    scope.actual_years |= recorded_row_years(grid.rows)  # "2020" over "2021 (proj.)": the rows of record
    scope.cited_year = cited_year(ctx, grid.caption)
    sibling_unit(grid, scope, carry.last_table)
    carry.last_table = table_shape(grid, scope)
    share_columns(grid, scope)
    money_split_columns(scope)
    per_item_columns(scope)
    _one_deadline(ctx, scope)
    typos = misfits(grid, scope)
    if typos is None:
        return
    years = {r.year for r in grid.rows} | {c.year for c in scope.columns}
    scope.modelled_cuts = modelled_cuts(grid.caption or grid.title, dict(enumerate(years - {None})), ctx.ref_year)
    scope.series = len(years - {None}) >= SERIES_YEARS
    _read_notes(ctx, grid, scope, carry)
    wider = f"{grid.caption or grid.title} {' '.join(c.text for c in grid.header)}"  # what the whole table is about
    # a table whose cells write decimal commas writes its thousands with points: "9.534" beside "0,04" is 9534
    continental = ctx.continental or any(
        v is not None and CONTINENTAL_CELL_RE.search(v.text) for r in grid.rows for v in r.values
    )  # (or the whole text does: a table of "5.000" alone in a document of "15,4 million")
    decimal_commas = decimal_comma_columns(grid.rows, grid.ncols)
    # a table of reductions ("Breakdown of GHG reductions (Gg and %) … compared to the trend scenario"): its signs are
    # the direction the caption names, each amount the cut (not where it names removals or sinks, which are signed)
    heading = grid.caption or grid.title  # (a title line says it too: "Emission reductions by gas are as follows.")
    reductions = heading if reductions_caption(heading) else ""
    labels_read: set[int] = set()  # label cells read for their own amounts (a group label spans several rows)
    money = {u for u in [scope.table.unit, *(c.unit for c in scope.columns)] if u and per_million_money(u)}
    numbers, fractions = cell_numbers(grid) if money else ([], False)
    whole = {u: whole_money(u, numbers, fractions) for u in money}  # whole amounts under "(in millions of US$)"
    year_col = next((k for k, c in enumerate(scope.columns) if YEAR_COLUMN_RE.match(c.label)), None)
    if year_col is None:
        year_col = next((k for k, c in enumerate(scope.columns) if END_COLUMN_RE.match(c.label)), None)
    start_col = next((k for k, c in enumerate(scope.columns) if START_COLUMN_RE.match(c.label)), None)
    # the reference path's cells, by column: where a plan's path prints the same value in a past year, the paths
    # have not parted yet and the value is the record ("Status quo | 14,72 | …" over "Mitigation | 14,72 | …")
    bau_cells: dict[int, set[str]] = {}
    for row in grid.rows:
        if len(row.values) == grid.ncols and _cue_kind(" ".join(c.text for c in row.labels))[0] == "bau":
            for k, cell in enumerate(row.values):
                if cell is not None:
                    bau_cells.setdefault(k, set()).add(_same(cell.text))
    # (only in a table whose header and caption state no unit: else theirs measure the rows that state none)
    no_unit = scope.table.unit is None and not any(c.unit for c in scope.columns)
    rows_unit = rows_emission_unit(text, grid) if no_unit else None
    reference = reference_row([" ".join(c.text for c in r.labels) for r in grid.rows], grid.caption or grid.title)
    subject: str | None = None  # the label of the last row of levels: the rows of changes under it are its changes
    unit_column = names_unit_column(grid.header)  # "Unit of measure": each row's cell there scales its numbers
    framing = carry.obs_year, carry.target_year  # the years the text above the table carries
    for r_index, row in enumerate(grid.rows):
        if any(ch.isalpha() for cell in row.labels for ch in cell.text):
            # a row named in words: the years a label read before set date their own row, no later one ("Solar
            # plant (2026)" then "Landfill gas capture"); a row whose "label" is a spilled value ("+0.18%") goes on
            carry.obs_year, carry.target_year = framing
        if r_index == reference:
            continue  # "CONSTRUCTION" beside "CDN | CDN+" under "BAU / CDN / CDN+ emissions": the reference path
        if named := years_row(" ".join(c.text for c in row.labels), [c.text if c else None for c in row.values]):
            for col, year in zip(scope.columns, named, strict=False):
                col.year = col.year or year  # "Years | 2 018 | 2,020 | 2 025": the columns' years, no values
            continue
        if year_col is not None and len(row.values) == grid.ncols and (cell := row.values[year_col]) is not None:
            if m := YEAR_CELL_RE.match(cell.text):
                row.year = int(m.group(1))  # "Year of implementation | 2017": the row's year, not a value
                row.values[year_col] = None
        if start_col is not None and len(row.values) == grid.ncols and (cell := row.values[start_col]) is not None:
            if YEAR_CELL_RE.match(cell.text):
                row.values[start_col] = None  # "Start date | 2021": when the work begins, no value
        row_first = len(ctx.observations)
        label = " ".join(c.text for c in row.labels)
        change_row = CHANGE_ROW_RE.search(label) is not None
        if not change_row:
            subject = label
        own = row.labels[-1]
        stated = None if _CODE_RE.fullmatch(own.text) else label_unit(text, own.start, own.end)
        if stated is None and unit_column:
            stated = scaled_unit(row.labels[-1].text)  # "1000 ha | 6 | 7": six and seven thousand hectares
        outer = None
        if stated is None and len(row.labels) > 1 and scope.table.unit is None:
            # "Conditional Mitigation (ktCO2) | Fossil fuel emissions | 0 | 515": the outer label states the unit of
            # a table that states none (under a caption's unit, it measures the row's own subject: "(% DM fat)")
            outer = label_unit(text, row.labels[0].start, row.labels[0].end)
        if subject is not None and profile_topic(subject) and (change_row or stated is not None):
            continue  # a statistic of the country's profile ("GDP, billion $"), and its changes ("Compared to 1990")
        row_kind, row_condition = _cue_kind(f"{label} {row.trail}")
        if row_kind == "bau" and row.group and not names_bau(label) and _cue_kind(row.group)[0] == "target":
            # "Projected emissions" under "Conditional mitigation": the plan's projected path, not the reference
            row_kind, row_condition = _cue_kind(f"{row.group} {label} {row.trail}")
        share_row = percent_label(f"{row.group}, {label}") is not None  # "Total, % of 2023 net emissions": shares
        if row_kind == "bau" and share_row:
            row_kind = ""  # "% (reduction * 100 / Reference scenario)": a cut measured against the reference path
        elif row_kind == "bau" and (row.year is None or row.year not in scope.actual_years):
            continue  # a "BAU" or "reference case" row is a projection
        # (an intensity first: "Emissions per capita, t CO2e" states tonnes a person, not the row's total)
        row_unit = intensity_label(label) or stated or count_label(label) or group_unit(row.group) or outer
        if row_unit is None and rows_unit is not None and names_emissions(label):
            row_unit = rows_unit  # "Expected emission reduction" under rows "… (Mt CO2eq)": the unit stated once
        row_start = row.labels[0].start
        placements = _placements(row.values, scope, grid.ncols, label)
        for i, cell in enumerate(row.values):
            if cell is None or id(cell) in typos:
                continue
            m = NUM_CELL_RE.match(cell.text)
            sign = CURRENCY_SIGN_CELL_RE.match(cell.text) if m is None else None
            if sign is not None:
                m = NUM_CELL_RE.match(cell.text[sign.end() :])  # "$304.83": its digits, if the column counts money
            code = CURRENCY_CODE_CELL_RE.search(cell.text) if m is None and sign is None else None
            if code is not None:
                m = NUM_CELL_RE.match(cell.text[: code.start()])  # "17.50 USD": the same, if it counts that money
            percent, own_unit = bool(m and m.group("pct")) or share_row, m is None  # "1,200 MW": read as text
            options = [
                (k, cell_scope(ctx, scope, k, row, row_unit, carry, percent, row_kind, own_unit))
                for k in placements[i]
            ]
            if not options or len({o[:3] if o else None for _, o in options}) > 1:
                reportable = [(k, o) for k, o in options if o is not None]
                if not (i == len(row.values) - 1 and [k for k, _ in reportable] == [grid.ncols - 1]):
                    continue  # which column the cell fills decides what it is, and that is not known
                # a short row's last cell, which only the last column would report: the table's measured
                # quantity ("GHG reductions (Gg)") is the column a row lacking other cells still fills
                options = reportable
            k, found = options[0]
            if found is None:
                continue
            col = scope.columns[k]
            if col.split or col.per_item:
                continue  # "Total (%)" beside the money: a part of the costs' total; one stove's figure
            unit, year, kind = found
            if sign is not None and not unit[0].endswith(" billion"):
                continue  # "$5" under a column of tonnes: which figure the sign belongs to is not known
            if code is not None and m is not None and unit[0] != f"{code.group('code')} billion":
                m, own_unit = None, True  # "5 USD" under a column of tonnes or of another money: its own amount
            if unit[0] == "Mt" and (
                gas := gas_label_unit(label) or gas_label_unit(row.labels[-1].text) or gas_label_unit(col.label)
            ):
                # "CH₄ | 415" under "Gas (kt)": kilotonnes of methane, not of CO2e (the row's own label cell may
                # follow the text cells of the row before it: "… 60.5% of GHG emissions | N2O | 32")
                unit = (gas, unit[1])
            if kind == "actual" and projected_row(row):
                continue  # "2021 (proj.) | … | 22,958" under "National GHG Inventory": modelled, no record
            if row_condition:
                kind = "target"  # an "Unconditional" / "Conditional" row holds pledges
            if kind == "target" and i in bau_cells and _same(cell.text) in bau_cells[i] and _past(ctx, year):
                kind = "actual"  # a past year where the plan's path prints the reference path's value: the record
            first = len(ctx.observations)
            alt = None  # the (year, kind) of a bracketed companion value ("1,235 (1,219)")
            if own_unit:
                table_unit = unit if unit[0] else None
                if table_unit and table_unit[0].endswith(" billion") and MAGNITUDE_CELL_RE.match(cell.text):
                    # "369 million" under "(US$ million)": the cell's magnitude replaces the column's
                    table_unit = (table_unit[0], Decimal("1e-9"))
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
                    continental=continental,
                )
            else:
                context = f"{row.group} {label} {col.label} ".lstrip()
                if m.group("alt") and col.alt_year is not None:
                    alt = cell_scope(ctx, scope, k, row, row_unit, carry, percent, row_kind, alt=True)
                add_cell(
                    ctx,
                    cell.start + (sign.end() if sign else 0),
                    cell.start + code.start() if code and m else cell.end,
                    whole.get(unit, unit),
                    year,
                    kind,
                    context,
                    (row_start, cell.end),
                    carry,
                    wider,
                    continental,
                    f"{label} {col.label} {reductions if plain_column(col.label) else ''}",
                    decimal_commas[k] if len(row.values) == grid.ncols else all(decimal_commas),
                    alt[1:] if alt else None,
                )
            conditions = {scope.columns[c].condition for c, _ in options}
            # (a goal states none: its caption's or heading's, "Table 8. Conditional target for carbon enhancement")
            framed = scope.table.condition or carry.table_condition or carry.section_condition
            column_condition = conditions.pop() if len(conditions) == 1 else ""
            for obs in ctx.observations[first:]:
                obs.condition = row_condition or column_condition or (framed if obs.kind == "target" else "")
                # a row of shares "Potential change from BAU" is against BAU whatever column it fills
                obs.baseline = col.baseline or ("bau" if obs.unit == "%" and names_bau(label) else "")
                row_bases = bases(label)  # "Forestry, change from 2010": the row's own yardstick
                base = col.base_year or (row_bases.pop() if len(row_bases) == 1 else None) or scope.base_year
                # a column's own base dates its changes in any unit ("Change 1990–2017, Mt CO2e"); a caption's
                # base only the shares beneath it, for its amounts may be levels
                if base is not None and not obs.baseline and (obs.unit == "%" or col.base_year):
                    obs.base_year = base
        _read_label_amounts(ctx, row, row_first, carry, labels_read, continental)


def _one_deadline(ctx: DocContext, scope: TableScope) -> None:
    """A header that names one year, ahead of the document's present, in one column ("Sector | Mitigation potential
    (Gg CO2-eq) | % BAU scenario in 2030") dates its other plan columns too: the table sets out that year's goals."""
    named = {c.year for c in scope.columns if c.year is not None}
    if len(named) != 1 or ctx.ref_year is None or (year := next(iter(named))) <= ctx.ref_year:
        return
    for col in scope.columns:
        # (not a rate's column, "Abatement cost (USD/tCO2)": a price, no amount of the plan)
        if col.year is None and col.kind != "bau" and not _RATE_LABEL_RE.search(col.label):
            col.year = year


#: a column of rates ("Abatement cost (USD/tCO2)", "Cost per tonne"): prices, no amounts of the plan
_RATE_LABEL_RE = rx.compile(r"/\s*[a-zA-Z]|\bper\s+\w", re.IGNORECASE)


def _past(ctx: DocContext, year: int | None) -> bool:
    return year is not None and ctx.ref_year is not None and year < ctx.ref_year


def _same(cell: str) -> str:
    """A cell's number as printed, its decimal mark aside: "16,94" beside "16.94" in one table is one value."""
    return cell.strip().replace(",", ".")


def _read_label_amounts(
    ctx: DocContext, row: GridRow, first: int, carry: Carry, done: set[int], continental: bool = False
) -> None:
    """A row label that states its measure's own amount ("Reforestation - 1.004.347 ha", "Convert to BEVs (96,500
    light vehicles)") is read as text, dated and kinded as the row's cells when they agree on one year and kind, else
    by the one year its labels name ("Solar plant in Osh (2027) | 400 MW | 2030 cut | 2035 cut": due in 2027)."""
    dated = {(obs.year, obs.kind) for obs in ctx.observations[first:]}
    own = [c for c in row.labels if row_label_year(c.text) is not None or len(LABEL_YEAR_RE.findall(c.text)) > 1]
    for cell in own:
        if cell.start not in done and _DIGIT_RE.search(cell.text):
            # "Mini-grids: 3.5 MW added by 2028", "Cut CH4 by 3% in 2025 and 2030": a label that dates its own
            # amounts is read as the sentence it is, whatever years the row's cells hold
            done.add(cell.start)
            read_sentence(ctx, cell.start, cell.end, carry, quote=(cell.start, cell.end), continental=continental)
    if len(dated) != 1:
        named = {int(y) for cell in row.labels for y in LABEL_YEAR_RE.findall(cell.text)}
        if len(named) != 1 or ctx.ref_year is None:
            return
        year = named.pop()
        dated = {(year, "target" if year > ctx.ref_year else "actual")}
    year, kind = dated.pop()
    for cell in row.labels:
        if cell.start in done or not _DIGIT_RE.search(cell.text):
            continue
        done.add(cell.start)
        quote = (cell.start, cell.end)
        read_sentence(
            ctx, cell.start, cell.end, carry, quote=quote, table_year=year, table_kind=kind, continental=continental
        )


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


def _looks_back(scope: TableScope) -> bool:
    """Whether the columns' years rise to the last but one and the last column goes back to an earlier year."""
    years = [c.year for c in scope.columns]
    if len(years) < 3 or None in years:
        return False
    path, last = years[:-1], years[-1]
    return all(a < b for a, b in zip(path, path[1:], strict=False)) and last < path[-1]  # type: ignore[operator]


def _placements(values: list[Cell | None], scope: TableScope, ncols: int, label: str = "") -> list[set[int]]:
    """For each cell of a row, the columns it can fill. A full row fills its columns in order; a row that lost
    empty cells in flattening fills them in order too, but only where no value over 100 falls in a % column and
    no "12%" falls outside one (when the table has % columns): every such placement is counted. A row of changes
    one cell short under columns of years ("Change compared to 1990, %" under "1990 | 1995 | …") lacks the first:
    the first year is the start the changes are counted from. A change against the reference path ("Change from
    BAU") has a cell for every year: its row lacks some other column. Under years in order and a last column that
    goes back to an earlier year ("2025 | 2030 | Target 2035 | Previous target 2025"), a row one short lacks that
    column: a comparison set beside the path, which rows of the path's other quantities leave blank."""
    k = len(values)
    if k == ncols:
        return [{i} for i in range(k)]
    if k == ncols - 1 and scope.columns[0].year is not None and CHANGE_ROW_RE.search(label) and not names_bau(label):
        return [{i + 1} for i in range(k)]
    if k == ncols - 1 and _looks_back(scope):
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

