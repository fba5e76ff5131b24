"""Build the grid of a run of flattened table cells: header, row labels, value columns.

A run of short cells ("Sector", "Unconditional", "MtCO2e", "Power", "87.13", ...) is split into groups of label
cells each followed by its numbers; the number of value columns is the count most rows agree on (or the widest
row's, when the other rows are one blank cell short); the header is what comes before the first row's label.
"""

from __future__ import annotations

import re
from collections import Counter

from . import rx
from .cells import (
    EMPTY_CELL_RE,
    MIN_ROWS,
    PREFIXED_ACRONYM_TAIL,
    YEAR_CELL_RE,
    YEAR_HEADER_RE,
    Cell,
    Grid,
    GridRow,
    continues,
    date_column,
    is_caption,
    is_value_cell,
    joined,
    row_label_year,
)
from .cellunits import UNIT_BRACKET_END_RE, cell_unit
from .header import header_cue
from .rownumbers import row_numbers, year_row_labels
from .unitcolumn import heads_unit_column, own_unit_cell, scaled_unit_cells

#: a header cell that reads as prose (lower-case start, many words): without a caption, no table ("iNDC", a name
#: with a lower-case prefix, is no prose)
_PROSE_RE = rx.compile(rf"^[a-z](?!{PREFIXED_ACRONYM_TAIL})|^(?:\S+\s+){{8,}}\S+")




def _label_is_year(cell: Cell, year_header: bool, nxt: Cell | None) -> bool:
    """A year cell labels its row when the header has a Year column, or when the row's numbers share its block."""
    if not YEAR_CELL_RE.match(cell.text):
        return False
    if year_header:
        return True
    return cell.first_in_block and nxt is not None and nxt.block == cell.block and is_value_cell(nxt)


_UNIT_CELL_CHARS = 20  # a header cell this short that names a unit is the unit of the column under it


def build_grid(run: list[Cell], caption: str = "") -> Grid | None:
    """The grid of a run of short cells, or None when the run is not clearly a table (``caption``: the one of the
    table it continues)."""
    start = 0
    # a caption opens the run; cells before the caption belong to the text above
    for k, c in enumerate(run):
        if is_caption(c.text, *(d.text for d in run[k + 1 : k + 3])):
            caption, start = c.text, k + 1
            while start < len(run) and continues(run[start - 1], run[start]):
                caption, start = f"{caption} {run[start].text}", start + 1  # "... (million US" + "dollars)"
            break
        if is_value_cell(c):
            break
    if (
        not start
        and not caption
        and len(run) > 2
        and YEAR_CELL_RE.match(run[0].text)
        and not is_value_cell(run[1])
        and not YEAR_CELL_RE.match(run[1].text)
    ):
        # a year alone over a header of words ("2025" | "Sector" | "Reduction (kt)" | …) titles the table: the
        # year its values are of, not a row of one year without a label
        caption, start = run[0].text, 1
    cells = run[start:]
    year_header = any(YEAR_HEADER_RE.match(c.text) for c in cells[:12])
    numbered = row_numbers(cells)
    numbered_at = {cells[k].start for k in numbered}
    unit_column = heads_unit_column(cells)  # "Unit of measure": its cells are the rows' units, no values
    year_rows = (set() if year_header else year_row_labels(cells)) | numbered
    if unit_column:
        year_rows |= scaled_unit_cells(cells)
    # split into (labels, numbers) groups
    groups: list[tuple[list[Cell], list[Cell]]] = []
    labels: list[Cell] = []
    nums: list[Cell] = []
    for k, c in enumerate(cells):
        nxt = cells[k + 1] if k + 1 < len(cells) else None
        numeric = is_value_cell(c) and k not in year_rows and not _label_is_year(c, year_header, nxt)
        if numeric:
            nums.append(c)
            continue
        if nums:
            groups.append((labels, nums))
            labels, nums = [], []
        labels.append(c)
    if nums:
        groups.append((labels, nums))
        labels = []
    unit_note = next((c.text for c in labels if is_unit_note(c.text)), "")
    join = own_unit_cell if unit_column else joined  # (a unit column's cells stand apart)
    groups = [(join(lab), vals) for lab, vals in groups]  # "Land use, land-use change and" + "forestry"
    groups = groups[: _paragraph_between(groups)]
    # a captioned table of one row: its header names each of at least two columns, above the corner and the row's
    # label ("Table 5: Reductions by sector" | "Sectors | Energy | Waste | Total" | "Amount (Gg) | 20.1 | 6.0 | 26.1")
    one_row = len(groups) == 1 and bool(caption) and 2 <= len(groups[0][1]) <= len(groups[0][0]) - 2
    if len(groups) < MIN_ROWS and not one_row:
        return None
    # header years wrapped each over its own line ("Sector | 2030 | UC | 2030 | C | …") read as rows of one year:
    # the columns are counted on the rows after them
    lead = 0
    while lead < len(groups) - MIN_ROWS and all(YEAR_CELL_RE.match(c.text) for c in groups[lead][1]):
        lead += 1
    counts = Counter(len(g[1]) for g in groups[lead:])
    ncols, agree = counts.most_common(1)[0]
    if _blank_text_cells(groups, ncols):
        counts = Counter(len(g[1]) for g in groups[lead:])
        ncols, agree = counts.most_common(1)[0]
    agree = MIN_ROWS if one_row else agree
    if _rows_lost_cells(groups, counts, bool(caption)):
        ncols, agree = max(counts), len(groups)
    # a header row of years whose corner cell is blank ("" | 2018 | 2019 | …) arrives as years with no label
    blank_corner = not groups[0][0] and len(groups[0][1]) >= 2 and all(YEAR_CELL_RE.match(c.text) for c in groups[0][1])
    unlabelled = groups[1:] if blank_corner else groups
    if agree < MIN_ROWS or any(len(g[1]) > ncols for g in groups) or any(not g[0] for g in unlabelled):
        return None  # rows disagree on the number of columns, or numbers without a label: not clearly a table
    while (
        len(groups) > MIN_ROWS and len(groups[0][1]) < ncols and all(YEAR_CELL_RE.match(c.text) for c in groups[0][1])
    ):
        # "Pollutants | 2012 | 2030 baseline | ...": a year among the header cells is a header cell, not a row
        groups[1] = (groups[0][0] + groups[0][1] + groups[1][0], groups[1][1])
        groups.pop(0)
    label_len = Counter(len(g[0]) for g in groups[1:]).most_common(1)[0][0] if len(groups) > 1 else 1
    if all(YEAR_CELL_RE.match(c.text) for c in groups[0][1]) and len(groups) > MIN_ROWS:
        # a header row of years ("Sector | 2020 | 2025 | 2030"): the header ends with it
        header = groups[0][0] + groups[0][1]
        row_groups = groups[1:]
        first_labels, first_values = row_groups[0]
        if len(first_labels) > label_len and _CHANGE_HEADER_RE.match(first_labels[0].text):
            # "2010 | … | 2015 | Trend" over "Energy | 2.92 | …": a last header cell over no value (a chart, a
            # change the rows leave blank) heads nothing; it is no group label of the first row (nor a scenario)
            row_groups[0] = (first_labels[1:], first_values)
    else:
        # the first group's labels hold the header, then the first row's label
        first_labels = groups[0][0]
        split = _header_split(first_labels, label_len)
        row_start = len(first_labels) - label_len
        while split < row_start and first_labels[split].text in {c.text for c in first_labels[:split]}:
            split += 1  # sub-headers repeat under each group ("2023/24 | 2024/25" over "Mitigation | Adaptation" twice)
        if split < ncols <= len(first_labels) - label_len:
            # a header names each value column: cells after its last cue that leave the first row its usual label
            # are header cells too ("Domestic effort (unconditional) | International support | Total need")
            split = len(first_labels) - label_len
        elif (
            split == ncols < len(first_labels) - label_len
            and not header_cue(first_labels[0].text)
            and all(header_cue(c.text) for c in first_labels[1:split])
        ):
            # "Sector | Unconditional | Conditional | Total": a corner cell and a value column's header without a cue
            # ("Total") before the first row's label: the header names every value column
            split += 1
        if numbered:
            # rows numbered under a "No." header: the header ends before the first row's number, whatever cue the
            # first row's text holds ("1 | Losses cut from 18% in 2020 to 11% in 2025 | …")
            split = next((k for k, c in enumerate(first_labels) if c.start in numbered_at), split)
        if numbered and 2 <= split and _section_after_years(first_labels[:split]):
            split -= 1  # "… | 2030 | 2035 | Conditional Measures | 1 | Solar plant": a section row over the rows
        header = first_labels[:split]
        row_groups = [(first_labels[split:], groups[0][1])] + groups[1:]
    trails = _trailing_column(row_groups, label_len)
    if trails:  # the trailing column's header cell is left out: it names no value column
        row_groups = [(lab[1:] if len(lab) == label_len else lab, vals) for lab, vals in row_groups]
        label_len -= 1
    # (one value column will do when the rows are numbered under a "No." / "Priority" header and it states a unit)
    # (or under a title that ends with the unit: "Funding needs by sector (millions of US dollars)" | "Sector | Total")
    one_column = ncols == 1 and bool(header) and (
        (bool(numbered) and cell_unit(header[-1].text) is not None)
        or any(
            (m := UNIT_BRACKET_END_RE.search(c.text)) is not None and cell_unit(m.group(1)) is not None
            for c in (header[0], header[-1])
        )  # (or the value column's own header does: "Sector" | "Cumulative mitigation 2020-2030 (Gg CO2 eq)")
        or (len(header[-1].text) <= _UNIT_CELL_CHARS and cell_unit(header[-1].text) is not None)  # "Sectors | tCO2eq."
    )
    # (a long header cell that names its unit is a column's header: "Contribution to the total effort (ktCO2e) in 2030")
    # (a long first cell over a header of years alone, capitalised and without a stop, is the table's title:
    # "Summary of key data regarding the mitigation scenarios (all gases)" | 2000 | 2020 | 2030)
    titled = (
        len(header) >= 3
        and all(YEAR_CELL_RE.match(c.text) for c in header[1:])
        and header[0].text[:1].isupper()
        and not header[0].text.rstrip().endswith((".", ";", "!", "?"))
    )
    prose_header = any(
        _PROSE_RE.search(c.text) and (c.text.rstrip().endswith(".") or cell_unit(c.text) is None)
        for c in (header[1:] if titled else header)
    )
    if not caption and (
        (len(row_groups) < 3 and not _two_named_rows(header, row_groups, ncols))
        or (ncols < 2 and not one_column)
        or prose_header
    ):
        return None  # without a caption only a clear grid counts: several rows and columns, short header cells
    values_all = [v for _, vals in row_groups for v in vals]
    firsts = [vals[0].text.strip() for _, vals in row_groups]
    if (
        len(firsts) >= 3
        and all(f.isdigit() for f in firsts)
        and [int(f) for f in firsts] == list(range(int(firsts[0]), int(firsts[0]) + len(firsts)))
    ):
        return None  # 1, 2, 3, ...: row numbers, not values
    dated = any(date_column(c.text) for c in header)  # "Start date | End date": the years are the rows' dates
    if not dated and sum(1 for v in values_all if YEAR_CELL_RE.match(v.text)) * 2 > len(values_all):
        return None  # mostly years: a schedule or a list of deadlines, not a table of values
    rows: list[GridRow] = []
    group_label = ""
    for lab, vals in row_groups:
        if not lab:
            return None
        # label cells above the row's own label that carry no number are a group label ("Energy")
        if len(lab) > 1 and len(lab) > label_len:
            group_label = " ".join(c.text for c in lab[:-label_len])
        elif (number := next((k for k, c in enumerate(lab) if k and c.start in numbered_at), None)) is not None:
            # (in numbered rows the labels before a row's number are a group's, however few label cells the row
            # has: "Grid Connect Solar Farms 2020-2021 | 17 | Ranadi Solar Farm" lacks the province column)
            group_label = " ".join(c.text for c in lab[:number])
        values: list[Cell | None] = [None if EMPTY_CELL_RE.match(v.text) else v for v in vals]
        rows.append(GridRow(lab, values, group_label, row_label_year(lab[-1].text)))
    for row, trail in zip(rows, trails, strict=False):
        row.trail = trail
    last = rows[-1].values
    last_cell = [c for c in last if c is not None] or rows[-1].labels
    first_block = run[start - 1].block if start else cells[0].block
    return Grid(first_block, last_cell[-1].block, caption, header, ncols, rows, unit_note=unit_note)


def _section_after_years(header: list[Cell]) -> bool:
    """Whether the last of these header cells is a section row's label after a header that ends with years ("… |
    2030 | 2035 | Conditional Measures" before numbered rows): a name with no unit or year of its own."""
    last, before = header[-1].text, header[-2].text
    return bool(YEAR_CELL_RE.match(before)) and not YEAR_CELL_RE.match(last) and cell_unit(last) is None and (
        not any(ch.isdigit() for ch in last)
    )


def _two_named_rows(header: list[Cell], row_groups: list[tuple[list[Cell], list[Cell]]], ncols: int) -> bool:
    """Two rows are clearly a table when a header without a corner cell names each value column by a cue ("BAU" |
    "NDC") and each row's label ends with its unit in brackets ("Total emissions in 2030 (MtCO2e)" | 335 | 268), one
    of them a unit of a table cell (per-capita units are read from the label later)."""
    if len(row_groups) != MIN_ROWS or not (len(header) == ncols >= 2) or not all(lab for lab, _ in row_groups):
        return False
    units = [UNIT_BRACKET_END_RE.search(lab[-1].text) for lab, _ in row_groups]
    return (
        all(header_cue(c.text) for c in header)
        and all(len(vals) == ncols for _, vals in row_groups)
        and all(units)
        and any(cell_unit(m.group(1)) is not None for m in units if m)
    )


#: a line under a table that states its cells' unit: "[Unit: million tCO2e]", "Values: Gg CO2-eq", "(in kt)"
_UNIT_NOTE_RE = rx.compile(r"^\s*[\[(（]?\s*(?:units?|values?|in)\b\s*[:：]?\s*\S", re.I)


def is_unit_note(line: str) -> bool:
    """A line under a table that states the unit of its cells (the line after its last row)."""
    return len(line) <= _UNIT_NOTE_CHARS and bool(_UNIT_NOTE_RE.match(line)) and cell_unit(line) is not None


_UNIT_NOTE_CHARS = 60


_CHANGE_HEADER_RE = rx.compile(r"(?:trends?|change|variation|growth|evolution)\b", re.IGNORECASE)


def _paragraph_between(groups: list[tuple[list[Cell], list[Cell]]]) -> int:
    """The number of groups before a paragraph that ends the table: rows with short labels, then a label that reads
    as a sentence ("To implement its NDC, … dependent on international finance.") over the next table's header and
    rows. A table whose rows are all described in sentences is not cut (no short labels before)."""
    for g, (lab, vals) in enumerate(groups[1:], start=1):
        if any(len(c.text.split()) >= 8 and c.text.rstrip().endswith((".", "!", "?")) for c in lab):
            # (the next table has columns of its own: a row described in a sentence fills the table's columns)
            short = all(len(c.text.split()) <= 6 for lab0, _ in groups[1:g] for c in lab0)
            if g > MIN_ROWS and short and len(vals) != len(groups[g - 1][1]):
                return g
            break
    return len(groups)


def _blank_text_cells(groups: list[tuple[list[Cell], list[Cell]]], ncols: int) -> bool:
    """Give back to the labels the blank ("–") a row writes in a column of text: "Sector | Pathway (till 2030) |
    Reduction | Sequestration" has rows "Waste | 30% reduction … | 10.94 | –" and "Industry | – | – | –", where the
    first dash reads as one value too many. Only where the rows that agree on the columns have a text cell more
    than such a row has labels. Whether any row changed."""
    lengths = Counter(len(lab) for lab, vals in groups[1:] if len(vals) == ncols)  # (the first holds the header)
    if not lengths:
        return False
    # the widest label of a full row: rows under a group label write one cell fewer ("Transport" under "Energy"
    # beside "AFOLU | Agriculture"), so a row with its own group and a blank sub-label ("IPPU | - | 8.30") is short
    label_len = max(lengths)
    changed = False
    for k, (lab, vals) in enumerate(groups):
        blank = len(lab) == label_len - 1 and EMPTY_CELL_RE.match(vals[0].text)
        # (or an amount with its own unit in a column other rows fill with text: "Activity Indicators" over "300 MW",
        # "60% of households", "Bishkek and Osh cities"; a group label may stand before the row's labels)
        amount = len(lab) >= label_len - 1 and _AMOUNT_WITH_UNIT_RE.match(vals[0].text)
        if label_len >= 2 and len(vals) == ncols + 1 and (blank or amount):
            groups[k] = (lab + vals[:1], vals[1:])
            changed = True
    return changed


#: a cell that states an amount with its unit in words ("300 MW", "1,000 ha"), not a bare number or share
_AMOUNT_WITH_UNIT_RE = rx.compile(r"\s*[-−]?\d[\d,.\s]*\s?[A-Za-zА-я]{1,12}\.?\s*$")


def _rows_lost_cells(groups: list[tuple[list[Cell], list[Cell]]], counts: Counter[int], captioned: bool) -> bool:
    """Whether a captioned table's rows of one number fewer are full rows that lost a blank cell: flattening drops
    empty cells, so a table whose first row fills every column ("2025 | 2030 | Target 2035 | Previous target") has
    later rows one short ("-16.4 | -19.5 | -20.0"). The table then has the first row's columns; which column each
    short row lacks is left to the reader of the table (tables._placements), which reads only the cells every
    placement dates alike (a blank amid a row is as common as a blank last column)."""
    widest = max(counts)
    body = list(groups)
    while body and len(body[0][1]) < widest and all(YEAR_CELL_RE.match(c.text) for c in body[0][1]):
        body.pop(0)  # header years read as numbers ("Unit | 2025 | 2030 | Target 2035")
    shorter = Counter(len(g[1]) for g in body)
    return (
        captioned
        and len(body) >= 4
        and len(shorter) == 2
        and len(body[0][1]) == widest
        and shorter[widest] >= 2
        and widest - min(shorter) == 1
    )


_REMARKS_HEADER_RE = rx.compile(
    r"(?:comments?|remarks?|notes?|observations?|status|description|justification|explanation)s?", re.IGNORECASE
)


def _trailing_column(row_groups: list[tuple[list[Cell], list[Cell]]], label_len: int) -> list[str]:
    """The text cells of a last column after the numbers ("... | 1296.7 | Conditional"), one per row, or [].

    Flattened, such a cell lands before the next row's label, so every row but the first seems to have one label
    cell more, drawn from a few repeated words, while the first row has the column's header cell there instead."""
    if label_len < 2:
        return []
    firsts = [lab[0].text for lab, _ in row_groups[1:] if len(lab) == label_len]
    first_row = row_groups[0][0]
    # (free text under a header that names a column of remarks: "Stations | Diesel (kW) | Solar (kW) | Comments")
    remarks = len(first_row) == label_len and bool(_REMARKS_HEADER_RE.fullmatch(first_row[0].text.strip()))
    if len(firsts) < 3 or (len(set(firsts)) > max(2, len(firsts) // 3) and not remarks):
        return []
    if len(first_row) != label_len or first_row[0].text in firsts:
        return []  # the first row opens with one of the words too: a leading label column ("Energy | Solar")
    # each row's trail is the first label cell of the row after it; the last row's is lost after its numbers
    return [lab[0].text if len(lab) == label_len else "" for lab, _ in row_groups[1:]]


#: a year, or a number a header spells its unit with ("Cost x 1000 USD"): neither is an amount of the row's own
_YEAR_OR_SCALE_RE = rx.compile(r"\b(?:1[89]\d\d|20\d\d|2100|10+)\b")
_STATEMENT_CHARS = 60


def _states_amount(cell: str) -> bool:
    """Whether a label cell is a row's statement of its own amount ("Create plantations on 10,600 ha at a rate of
    1,060 ha/year from 2021"): long, with a number that is no year. Its year or unit names no column, so it is no
    header cell (a header's long cells hold years and units only: "Contribution to the effort (ktCO2e) in 2030")."""
    return len(cell) > _STATEMENT_CHARS and any(ch.isdigit() for ch in _YEAR_OR_SCALE_RE.sub("", cell))


GROUP_CHARS = 40  # a cell this long between the header and the first row label names a group of rows, not a column


def _header_split(first_labels: list[Cell], label_len: int) -> int:
    """Where the header ends in the label cells before the first numbers: after its last unit, year or cue cell
    when at most a row label's worth of cells follows it, else a typical row label's length before the numbers."""
    last = -1
    for k, c in enumerate(first_labels):
        if header_cue(c.text) and not _states_amount(c.text):
            last = k
    rest = len(first_labels) - (last + 1)
    if last >= 0 and 1 <= rest <= max(label_len, 2):
        return last + 1
    row_start = len(first_labels) - label_len  # the first row's own label: its year cell may read as a cue
    cues = [k for k in range(row_start) if header_cue(first_labels[k].text)]
    between = first_labels[cues[-1] + 1 : row_start] if cues else []
    # the group labels of the first row: long ("Measure 1. Energy – substitute fossil fuel …"), or no more than the
    # header's label columns before its first cue ("Sector | Area | … | Cost (M USD) | Energy | Solar | Solar PV")
    if between and (all(len(c.text) > GROUP_CHARS for c in between) or len(between) <= cues[0]):
        return cues[-1] + 1
    return max(0, len(first_labels) - max(label_len, 1))
