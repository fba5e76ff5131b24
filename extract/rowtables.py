"""Tables read row by row as text: tab-separated rows under a header of years, rows under a deadline header, tables
keyed by a Year column, and the footnotes that give their cells base years."""

from __future__ import annotations

import re
from decimal import Decimal

from . import context as cx
from . import rx
from .captionunits import label_states_measure, lead_unit
from .cellobs import PATH_LABEL_RE, add_cell, modelled_cuts, plain_column, reductions_caption
from .cells import CHANGE_ROW_RE, NUM_CELL_RE, YEAR_CELL_RE, Cell, Grid
from .cellunits import (
    cell_unit,
    count_label,
    intensity_label,
    label_unit,
    percent_label,
)
from .conditions import row_condition
from .gases import gas_label_unit
from .grid import DeadlineTable, LooseTable, YearTable
from .header import _BAU_RE, _cue_kind, plain_siblings
from .introunit import names_emissions
from .loosereader import read_loose_table
from .numbers import MARKER_CHARS, find_numbers
from .scope import profile_topic
from .segment import TABLE_FOOTNOTE_RE, Block
from .sentence import read_sentence
from .state import Carry, DocContext
from .tables import read_grid
from .textscope import TextScope, recorded_column_year
from .texttables import column_of, row_years
from .unitcolumn import scaled_unit
from .yearheader import YearHeader, group_unit_of, lead_shift

_SHARE_OR_CUT_RE = rx.compile(r"^\s*%|\b(?:reduc\w*|avoided|abate\w*|abatement|savings?)\b|^\s*total\b", re.I)
_MARKER_RE = rx.compile(r"\s*(?:\^(?P<caret>[a-z])|(?P<sym>[" + MARKER_CHARS + r"]))")


def read_table(ctx: DocContext, table: Grid | YearTable | DeadlineTable | LooseTable, carry: Carry) -> None:
    """Observations of a table rebuilt from flattened cells, read the way its kind of table is laid out."""
    if isinstance(table, YearTable):
        read_year_table(ctx, table, carry)
    elif isinstance(table, DeadlineTable):
        read_deadline_table(ctx, table, carry)
    elif isinstance(table, LooseTable):
        read_loose_table(ctx, table, carry)
    else:
        read_grid(ctx, table, carry)


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


def read_table_row(ctx: DocContext, block: Block, header: YearHeader, carry: Carry, marker_order: list[str]) -> None:
    """The cells of a row under a header of years, each dated by its column. A bare number takes the unit its row
    label states, else the one of the table's caption. A reference row (or any row of a reference table whose label
    names no goal) is left out where it is modelled: after the document's present, or in a table of scenarios after
    their shared history, where the plan's rows are goals."""
    text = ctx.doc.text
    label_start, label_end = block.cells[0]
    label = text[label_start:label_end].strip() or header.group  # (an empty label cell: the group row names it)
    # the label's own cue decides; a label without one is of the kind its group row names ("BAU baseline")
    # the row's group ("BAU baseline", "Conditional mitigation") names its path with it: "Projected emissions" under
    # the plan's group are the plan's; a label naming the reference path itself ("GHG emissions BAU") is a projection
    label_kind, condition = _cue_kind(f"{header.group} {label}" if header.group != label else label)
    # a cell of the row that states a condition alone ("Agriculture | Unconditional | Project … | 118.5") holds for
    # the rows below it that state none (its cell spanned them), over the group row's
    shift = max(header.width - len(block.cells), 0) if header.width else 0
    shift = shift or lead_shift(header, [text[s:e] for s, e in block.cells])
    first_value = min(max(min(header.years) - shift, 1), len(block.cells) - 1)
    if own := row_condition(text, block.start, block.cells[first_value][0]):
        header.condition = own
    condition = condition if own or not header.condition else header.condition
    # (a row that names no condition has the caption's: "Table 3. Benefits of conditional mitigation measures")
    condition = own or condition or (_cue_kind(header.caption)[1] if header.caption else "")
    if _BAU_RE.search(label) and _cue_kind(label)[0] == "bau":
        label_kind = "bau"
    # "BAU (INDC) RE (MW) | 44.41 | …", a row of "Table 4: Projection of emissions by fuel": a projection
    bau = label_kind == "bau" or (header.reference and label_kind != "target")
    # under a caption naming both paths, a row that names neither ("CONSTRUCTION" for the reference) is not the plan's
    # (a row of reductions is the plan's: "Emission reductions, hard scenario")
    bau = bau or (header.both_paths and not label_kind and not _SHARE_OR_CUT_RE.search(f"{header.group} {label}"))
    change_row = CHANGE_ROW_RE.search(label) is not None
    if not change_row:
        header.subject = label
    stated = label_unit(text, label_start, label_end)
    if profile_topic(header.subject) and (change_row or stated is not None):
        return  # a statistic of the country's profile ("GDP, billion $"), and its changes under it ("Compared to 1990")
    # (an intensity first: "Emissions per capita, t CO2e" states tonnes a person, not the row's total)
    label_unit_ = intensity_label(label) or stated or count_label(label) or percent_label(label)
    if stated is not None:
        header.label_units.add(stated)
    elif label_unit_ is None and header.unit is None and not header.units and len(header.label_units) == 1 and (
        names_emissions(label)
    ):
        # "Expected emission reduction" under rows "Emissions … (Mt CO2eq)": the one unit the rows above state
        shared = next(iter(header.label_units))
        label_unit_ = shared if shared[0].startswith("Mt CO2") else None
    # a bare number is one value in the unit of its row's unit cell ("Reduced emissions | ktCO2e | 26.2 | …"), else
    # of the caption, however it groups its digits ("3 788,6"), unless the label states its own measure (decided
    # once per row: the label is the same for every cell)
    # (a row of a two-row header's table may lack the leading cells a cell above spans, ``shift``: "Fruit tree growing
    # | 1000 ha | 7.5 | 25" under "Sector | Mitigation measure | Unit of measurement | 2025 | 2030"; its cells end
    # aligned)
    named = f"{header.group} {label}"
    # a row of a table of reductions ("Table 7. Breakdown of GHG reductions (Gg and %) …" over "Years | 2020 | …"):
    # its signs are the direction the caption names, each amount the cut, as in a rebuilt grid (``read_grid``)
    cut = header.caption if header.caption and reductions_caption(header.caption) and plain_column(label) else ""
    own_label = f"{label} {cut}".rstrip()
    against_bau = bool(_BAU_RE.search(named)) and _cue_kind(named)[0] != "bau"  # "relative to BAU": the yardstick
    caption_unit_ = None
    if label_unit_ is None and not label_states_measure(label):
        caption_unit_ = (
            lead_unit(text, block.cells[1:], min(header.years) - 1 - shift) or group_unit_of(header) or header.unit
        )
        if header.unit_column is not None and 1 <= header.unit_column - shift < len(block.cells):
            u_start, u_end = block.cells[header.unit_column - shift]
            caption_unit_ = scaled_unit(text[u_start:u_end]) or caption_unit_  # "1000 ha | 6 | 7": thousands of ha
        if header.implied_co2e and caption_unit_ and caption_unit_[0] == "Mt CO2e" and (gas := gas_label_unit(label)):
            caption_unit_ = gas, caption_unit_[1]  # "CH4 | 22.50" under "(Gg) … in CO2e": gigagrams of methane
    own_year = _label_year(text, block, header) if len(block.cells) > 2 else None
    for index, (c_start, c_end) in enumerate(block.cells[1:], start=1):
        if index + shift not in header.years and own_year is not None and _own_amount(text[c_start:c_end]):
            # "Solar plant in Osh (2027) | 400 MW | 131.2 | 131.2" under "… | 2030 | 2035": a capacity with its own
            # unit beside the year columns, due in the one year its row's label names
            kind = "target" if ctx.ref_year is None or own_year > ctx.ref_year else "actual"
            _read_row_cell(ctx, c_start, c_end, (block.start, c_end), own_year, kind, None, carry, marker_order)
            continue
        if index + shift not in header.years or not text[c_start:c_end].strip():
            continue
        year = header.years[index + shift]
        if header.history_end is not None:
            if bau and year > header.history_end:
                continue
            kind = "actual" if year <= header.history_end else "target"
        elif bau and (ctx.ref_year is None or year > ctx.ref_year or index + shift in header.target_columns):
            continue  # (its past years are recorded, as in a rebuilt grid; not under "NDC1.0 Target 2025": projected)
        else:
            # a row of the plan ("Unconditional scenario", "Mitigation measures") aims from the present on; its past
            # years are the recorded start it shares with every path
            planned = label_kind == "target" and ctx.ref_year is not None and year >= ctx.ref_year
            # (under a header of goals, "Target Indicator | 2010 | 2025 | 2035", the first year, past while the others
            # are to come, is the baseline the goals start from: its cells are records)
            start = (
                ctx.ref_year is not None
                and year < ctx.ref_year < max(header.years.values())
                and year == min(header.years.values())
            )
            kind = (
                "target"
                if (header.is_target and not start)
                or planned
                or index + shift in header.target_columns  # ("NDC1.0 Target 2025": the column of a goal)
                or (ctx.ref_year is not None and year > ctx.ref_year)
                # (a row naming a path, "Domestic contribution | 9.33 | …", holds its levels: the first year shared)
                or (
                    not bau
                    and not PATH_LABEL_RE.search(label)
                    and modelled_cuts(f"{header.caption} {header.title}", header.years, ctx.ref_year)
                )
                else "actual"
            )
        first = len(ctx.observations)
        unit = header.units.get(index, caption_unit_) if label_unit_ is None else None  # "Gg | %" under the years
        money = unit is not None and unit[0].endswith(" billion")
        if kind == "actual" and money and year == ctx.ref_year < max(header.years.values()):
            kind = "target"  # the plan's money for its present year, among its years to come ("Funding | 2025 | …")
        if unit is not None:  # (a cell with words is no value of the table's: "Communication 1")
            obs = add_cell(
                ctx, c_start, c_end, unit, year, kind, f"{label} ", (block.start, c_end), carry,
                header.caption, own_label=own_label, decimal_comma=header.decimal_comma,
            )  # fmt: skip
            if obs is not None and obs.unit == "%" and _BAU_RE.search(f"{header.group} {label}"):
                obs.baseline = "bau"  # "Difference relative to BAU | % | -10.6": a change from the reference path
        elif label_unit_ is not None and _plain_number(text[c_start:c_end]):
            # "Change compared to 1990, % | -59.9": a bare number in the label's unit, its sign kept as the cell
            # writes it (read as a sentence, "-59.9" would lose it)
            obs = add_cell(
                ctx, c_start, c_end, label_unit_, year, kind, f"{label} ", (block.start, c_end), carry,
                header.caption, own_label=label, decimal_comma=header.decimal_comma,
            )  # fmt: skip
            if obs is not None and obs.unit == "%" and (base := _label_base(text, label_start, label_end)):
                obs.base_year = base  # "Change compared to 1990, %": a change from that year
        else:
            _read_row_cell(ctx, c_start, c_end, (block.start, c_end), year, kind, label_unit_, carry, marker_order)
        for obs in ctx.observations[first:]:
            if obs.kind == "target":  # "Conditional scenario | 120 | 340": the plan's (a recorded start has none)
                obs.condition = obs.condition or condition
            if obs.unit == "%" and not obs.baseline and against_bau:
                obs.baseline = "bau"  # "31%" under a group row "GHG reduction relative to BAU": a cut from BAU


def _label_base(text: str, start: int, end: int) -> int | None:
    """The year a row label measures its changes from ("Change compared to 1990, %"), if it names one."""
    bases = [y.year for y in cx.find_years(text, start, end) if y.role == "base"]
    return bases[-1] if bases else None


_PLAIN_NUMBER_RE = rx.compile(r"\s*[-−–]?\s*\d[\d,. ]*\s*")


def _plain_number(cell: str) -> bool:
    """A cell that is a bare number, maybe signed ("-59.9", "1,235"): no unit, qualifier or footnote mark of its own."""
    return _PLAIN_NUMBER_RE.fullmatch(cell) is not None and NUM_CELL_RE.match(cell) is not None


_LABEL_YEAR_RE = rx.compile(r"\((?:19|20)\d\d\)")  # "Construction of a wind farm (2027)": the row's own year


def _label_year(text: str, block: Block, header: YearHeader) -> int | None:
    """The one bracketed year the text cells of a row under a header of years name ("… wind farm (2027)"), if any."""
    found = {
        int(m.group(0)[1:5])
        for k, (s, e) in enumerate(block.cells)
        if k not in header.years
        for m in _LABEL_YEAR_RE.finditer(text, s, e)
    }
    return found.pop() if len(found) == 1 else None


def _own_amount(cell: str) -> bool:
    """Whether a cell states an amount in its own unit, not a share ("400 MW", "12 km"; not "60% of households")."""
    unit = cell_unit(cell.strip())
    return unit is not None and unit[0] != "%"


def _read_row_cell(
    ctx: DocContext, start: int, end: int, quote: tuple[int, int], year: int, kind: str,
    unit: tuple[str, Decimal] | None, carry: Carry, marker_order: list[str],
) -> None:  # fmt: skip
    """A cell of a year-table row read as text (its own unit, qualifier, footnote marker): "≥ 30%ª", "1,200 MW"."""
    text = ctx.doc.text
    base = None
    for nm in find_numbers(text, start, end):
        mk = _MARKER_RE.match(text, nm.end, end)
        if mk:
            # a letter when the marker shows one (ª, ^b); otherwise the letter after the previous marker
            letter = mk.group("caret") or {"ª": "a"}.get(mk.group("sym") or "", "")
            if not letter:
                letter = chr(ord(marker_order[-1]) + 1) if marker_order else "a"
            marker_order.append(letter)
            base = ctx.footnote_base_years.get(letter)
    read_sentence(
        ctx, start, end, carry, quote=quote, table_year=year, table_unit=unit, table_kind=kind, base_year=base
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
    if scope.date_column is not None:
        # "a) 100 MW of renewable capacity | 2030 | 2015 | Conditional" under "Completion Date": the first year cell
        # after a text cell is its deadline (a row that lost its last cells is matched from the left)
        years = [k for k, c in enumerate(cells) if k and YEAR_CELL_RE.match(text[c[1] : c[2]])]
        if years:
            row_year = int(YEAR_CELL_RE.match(text[cells[years[0]][1] : cells[years[0]][2]]).group(1))
            cells = cells[: years[0]]
    saved = carry.list_year
    carry.list_year = scope.year
    try:
        for column, c_start, c_end in cells:
            kind = "target" if column in scope.columns else None
            quote = (block.start, block.end)
            if (record := scope.records.get(column)) is not None and row_year is None:
                # a cell under "Baseline (2018)" beside "2030 Target": the record of that year, not a goal
                carry.list_year = None
                read_sentence(ctx, c_start, c_end, carry, quote=quote, table_year=record, table_kind="actual")
                carry.list_year = scope.year
                continue
            read_sentence(ctx, c_start, c_end, carry, quote=quote, table_year=row_year, table_kind=kind)
    finally:
        carry.list_year = saved


def read_year_table(ctx: DocContext, table: YearTable, carry: Carry) -> None:
    """Each cell of a Year-keyed table, dated by its row's year: a bare number under a header that states its unit
    ("GHG emissions (Gg CO2eq)") is a value of that column; any other cell is read as a sentence."""
    headers = [c.text for c in table.header]
    kinds = {_cue_kind(h)[0] for h in [table.caption] + headers} - {""}
    plain = plain_siblings(headers)
    for year, year_cell, cells in table.rows:
        future = ctx.ref_year is not None and year > ctx.ref_year
        # "2030, 2035" or under "Target Year": the row's goals, each with its own deadline or the row's
        aimed = row_years(year_cell.text)
        aims = len(aimed) > 1 or (future and _cue_kind(headers[0])[0] == "target")
        notes = 0  # notes so far in the row: a note ("Note: 112 km laid") belongs to the column of the cell before it
        for j, cell in enumerate(cells, start=1):
            notes += bool(_NOTE_RE.match(cell.text)) and j > 1
            column = column_of(table.header, j - notes)
            recorded = recorded_column_year(column, ctx.ref_year, min(aimed or [year]))
            if recorded is not None or aims:
                _read_aimed_cell(ctx, carry, cell, year_cell, column, year, recorded)
                continue
            kind, condition = _cue_kind(column)
            if j in plain:
                if future:
                    continue  # "GHG emissions" beside "GHG emissions mitigation": the path without the plan
                kind = "actual"
            kind = kind or ("target" if kinds == {"target"} else "")
            if kind == "bau" or "bau" in kinds:
                continue
            unit = cell_unit(column)  # "GHG emissions (Gg CO2eq)": the unit of the column's bare numbers
            if unit is not None and NUM_CELL_RE.match(cell.text):
                first = len(ctx.observations)
                if ctx.ref_year is not None and not future:
                    kind = "actual"  # a year the document reports as past: every path has the recorded value
                kind = kind or ("target" if future else "actual")
                quote = (year_cell.start, cell.end)
                add_cell(ctx, cell.start, cell.end, unit, year, kind, f"{column} ", quote, carry, table.caption)
                for obs in ctx.observations[first:]:
                    obs.condition = condition if kind == "target" else ""
                continue
            read_sentence(
                ctx,
                cell.start,
                cell.end,
                carry,
                quote=(year_cell.start, cell.end),
                table_year=year,
                table_unit=unit,
                table_kind=kind or None,
            )


_NOTE_RE = rx.compile(r"\s*Notes?\s*[:.]")


def _read_aimed_cell(
    ctx: DocContext, carry: Carry, cell: Cell, year_cell: Cell, column: str, year: int, recorded: int | None
) -> None:
    """A cell of a row that aims at several years ("2030, 2035"), or of a column its header dates: a dated column's
    cells are records of its year; the others are the row's goals, each value due at its own deadline ("14 GW by
    2030 and 28 GW by 2035"), an undated one at the row's last year. A money header ("Costs (USD)") gives bare
    amounts ("8.45 billion") their currency."""
    saved = carry.list_year, carry.obs_year, carry.target_year
    carry.obs_year = carry.target_year = None
    carry.list_year = year
    try:
        read_sentence(
            ctx,
            cell.start,
            cell.end,
            carry,
            quote=(year_cell.start, cell.end) if recorded is None else (cell.start, cell.end),
            table_year=recorded,
            table_kind="actual" if recorded is not None else "target",
            amounts_in=money if (money := cell_unit(column)) and money[0].endswith(" billion") else None,  # a currency
        )
    finally:
        carry.list_year, carry.obs_year, carry.target_year = saved


def read_deadline_table(ctx: DocContext, table: DeadlineTable, carry: Carry) -> None:
    """Each cell under a deadline header is read as an item of a list aiming at that year: undated values take
    it, and short verbless items are goals."""
    saved = carry.list_year, carry.section_kind, carry.list_intro
    carry.list_year, carry.section_kind = table.year, "target"
    try:
        for k, cell in enumerate(table.cells):
            carry.obs_year = carry.target_year = None  # a cell's own years date only that cell
            if table.row_years:
                # the row's own deadline ("Horizon | 2020"), even one now past: a goal set then
                carry.list_year, carry.list_intro = table.row_years[k], True
            for start, end in cell:
                read_sentence(ctx, start, end, carry)
    finally:
        carry.list_year, carry.section_kind, carry.list_intro = saved
