"""Tables whose rows are tab-separated lines (what the HTML and Word readers emit).

Empty cells keep their place, so a row's values are its last cells; a cell spanning rows above drops the
first cells of the rows below it, which right alignment absorbs.
"""

from __future__ import annotations

import re
from collections import Counter

from . import rx
from .captionunits import caption_row
from .cells import (
    CAPTION_RE,
    EMPTY_CELL_RE,
    MIN_ROWS,
    YEAR_CELL_RE,
    YEAR_HEADER_RE,
    Cell,
    Grid,
    GridRow,
    holds_value,
    is_value_cell,
    misprinted,
    row_label_year,
)
from .cellunits import year_unit_cell
from .gridbuild import is_unit_note
from .headeryears import HEADER_YEAR_RE
from .rownumbers import numbered_column, row_numbers
from .segment import Block
from .tabheader import (
    blank_cell,
    change_columns,
    grouped_header,
    groups_years,
    repeats_header,
    stub_under_groups,
    unit_groups_of_years,
    unplaced_unit,
)
from .tabrows import notes_column, remark, trailing_words, values_missing, years_over_leaves, years_spelt_whole
from .texttables import period_end


def _tab_row(text: str, blocks: list[Block], k: int) -> list[Cell]:
    block = blocks[k]
    spans = block.cells or [(block.start, block.end)]
    out = []
    for s, e in spans:
        raw = text[s:e]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        out.append(Cell(s + lead, s + lead + len(stripped), stripped, k, True))
    return out


#: the heading of a table's stub column: what its rows are ("Sector", "Sectors", "Category", "Source", "Gas")
_STUB_RE = rx.compile(r"\s*(?:sectors?|sub-?sectors?|categor(?:y|ies)|sources?|gases|gas|items?|activit(?:y|ies))\s*",
                      re.IGNORECASE)  # fmt: skip


def build_tab_grid(blocks: list[Block], text: str, first: int) -> tuple[Grid | None, int]:
    """A table whose rows are tab-separated lines (single-cell header lines may sit between them), and the index
    of the block after it. Empty cells keep their place, so a row's values are its last cells.

    Tables headed by a row of years ("Objectives | 2025 | 2030") are left to the row reader, which reads
    qualifiers and footnote markers in their cells."""
    k = first
    rows: list[list[Cell]] = []
    years_first = years_head(blocks[first], text)  # (as the row reader reads such a table: ``grid.find_grids``)
    while k < len(blocks):
        block = blocks[k]
        # (under a header of years, a row one blank line below a row as wide goes on with the table: "Energy | 20.79 |
        # …", then "IPPU | …")
        # (and so does a row numbered next after the row before it: "1 | Rural forestry | …", a blank line, "2 | …")
        wraps = k > first + 1 and (years_first or _numbered_next(text, blocks, k)) and goes_on(blocks, k)
        contiguous = k == first or block.start == blocks[k - 1].end + 1 or wraps
        if not contiguous or not (block.kind == "table" or (block.kind == "heading" and len(block.text) <= 60)):
            break
        rows.append(years_spelt_whole(_tab_row(text, blocks, k)))
        k += 1
    end = k
    caption = ""
    head = first
    above: list[Cell] = []  # a line between the caption and the table ("Unit: kt CO2e") heads it too
    sources = 0  # "Table 3: Emissions in 2022" + "Source: inventory report, 2025": the caption heads the table too
    for back in (1, 2, 3):
        if first - back < 0:
            break
        if blocks[first - back].kind == "note" and _SOURCE_NOTE_RE.match(blocks[first - back].text) and not sources:
            sources = 1
            continue
        if blocks[first - back].kind != "heading" or back - sources > 2:
            break
        if CAPTION_RE.match(blocks[first - back].text):
            caption, head = blocks[first - back].text.strip(), first - back
            above = [
                c
                for k in range(first - back + 1, first)
                if blocks[k].kind != "note"
                for c in _tab_row(text, blocks, k)
            ]
            break
    if not caption and rows and (lone := caption_row([c.text for c in rows[0]])):
        caption, rows = lone, rows[1:]  # "Table 1: Emission reductions …" with its row's empty cells
    trails = trailing_words(rows)
    if trails:  # "… | 1296.7 | Conditional": a last column of a few words after the values, each row's own
        rows = [r[:-1] if r[0].block in trails or len(r) == len(rows[0]) else r for r in rows]
    elif notes_column(rows):  # "… | 53340 | Area validation workshops" under "Source of numbers": no values
        rows = [r[:-1] if len(r) == len(rows[0]) else r for r in rows]

    # a first header cell "Years" over a column of years: a row opens with its year ("2025 | KtCO2e | 7.509 | …"), a
    # label, and the next row, under a year cell spanning both, with its own label ("% | 17.09% | …")
    year_labels = bool(rows) and bool(rows[0]) and YEAR_HEADER_RE.match(rows[0][0].text) is not None
    # a first column counting the rows ("#" | "1" | "2" …, before each row's text) labels them: no value
    flat = [c for r in rows for c in r if c.text]
    counters = {id(flat[k]) for k in row_numbers(flat)} or {id(c) for c in numbered_column(rows)}

    def is_data(row: list[Cell]) -> bool:
        """A value cell, and no text cell after the first one (loops, not generators: this reads every row)."""
        for j, c in enumerate(row):
            if (j == 0 and year_labels and YEAR_CELL_RE.match(c.text)) or id(c) in counters:
                continue  # the row's year or number, a label
            if holds_value(c):  # the row's first value cell (itself a value cell: the test goes on after it)
                for after in row[j + 1 :]:
                    if after.text and not is_value_cell(after):
                        return False
                return True
        return values_missing(row)

    if len(rows) > 1 and unit_groups_of_years([c.text for c in rows[0]], [c.text for c in rows[1]]):
        return None, end  # "Reduction (Gg) | | Cost (USD) |" over "2030 | 2035 | 2030 | 2035": the row reader's
    if rows and sum(1 for c in rows[0] if YEAR_CELL_RE.match(c.text) or year_unit_cell(c.text)) >= 2:
        if not change_columns(rows[0]):
            return None, end  # "Sector | 2015 | 2030" ("| 2015 Gg CO2e |") heads the table: years are its columns

    def stub_year(j: int) -> bool:
        """The first row "Sector | 2010" over a column of figures: the stub's heading and the one column's year, a
        header (a row of data opens with the label of what it counts)."""
        cells = [c for c in rows[j] if c.text]
        return j == 0 and len(cells) == 2 and bool(_STUB_RE.fullmatch(cells[0].text)) and bool(
            YEAR_CELL_RE.match(cells[1].text)
        )

    def years_only(j: int) -> bool:
        """A row of years over every value column of the row below, under one header cell spanning them, the stub
        cell spanning both header rows ("Sector | Emissions (Gg)" over "1990 | 1995 | … | 2016"): it heads the
        columns, it holds no data."""
        cells = [c for c in rows[j] if c.text]
        if j > 0 and stub_under_groups(rows[j - 1], rows[j]):
            cells = cells[1:]  # the stub's own label over the row labels: "Sectors | 2020 | 2025 | 2020 | 2025"
        return (
            len(cells) >= 2
            and all(YEAR_CELL_RE.match(c.text) for c in cells)
            and j + 1 < len(rows)
            and len([c for c in rows[j + 1] if c.text]) == len(cells) + 1
            and j > 0
            and (
                len([c for c in rows[j - 1] if c.text]) == 2  # one cell spans the years
                or groups_years(rows[j - 1], rows[j])
            )
        )

    def of_years(j: int) -> bool:
        """A row whose value cells are all years right under a one-cell title row ("Absolute values (1987 - 1991)" over
        "Gas | Unit / Year | 1987 | … | 1991"): the table's header of years, for the row reader (under group headers,
        "Unconditional | Conditional" over "2025 | 2030 | 2025 | 2030", the grid reads them)."""
        cells = [c for c in rows[j] if c.text and is_value_cell(c)]
        if len(cells) < 2 or not all(YEAR_CELL_RE.match(c.text) for c in cells):
            return False
        if j == 1 and len([c for c in rows[0] if c.text]) == 1:
            return True
        if (
            j >= 1
            and rows[j][0].text
            and len(cells) == len([c for c in rows[j] if c.text])
            and len({c.text for c in cells}) == len(cells)
        ):
            # years alone, no label (a data row opens with its label): "2030 | 2035" under a header (years that
            # repeat, "2025 | 2030 | 2025 | 2030", are under group cells, which the grid reads)
            return True
        # (or right under a header row of words over the same columns: "| Avoided emissions (Gg) | Avoided emissions
        # (Gg)" over "Sectors | 2025 | 2030", whose cells state the years' unit)
        above = rows[j - 1] if j else []
        return (
            j >= 1
            and len(above) == len(rows[j])
            and all(not above[k].text or not is_value_cell(above[k]) for k in range(len(above)))
            and all(above[k].text for k, c in enumerate(rows[j]) if YEAR_CELL_RE.match(c.text))
        )

    data = [
        j for j, r in enumerate(rows) if is_data(r) and not years_only(j) and not of_years(j) and not stub_year(j)
    ]
    if len(data) < MIN_ROWS:
        return None, end
    header_rows = rows[: data[0]]
    if len(header_rows) >= 2 and unplaced_unit(header_rows[-2], header_rows[-1]):
        return None, end
    # (the row of years may sit above a group title row: "2030 | 2035" over "Unconditional Measures (WM) | | |")
    dated = [j for j, h in enumerate(header_rows) if sum(1 for c in h if YEAR_CELL_RE.match(c.text)) >= 2]
    if (
        dated
        and not years_only(dated[-1])
        and not change_columns(header_rows[dated[-1]])
        and not years_over_leaves(header_rows[dated[-1] :])
    ):
        return None, end  # a row of years heads the table: the row reader handles it

    def trailing(row: list[Cell]) -> int:
        count = 0
        for c in reversed(row[1:] if YEAR_CELL_RE.match(row[0].text) else row):  # "2014 | 171.6 | ...": a label
            if c.text and not is_value_cell(c):
                break
            count += 1
        return count

    ncols = Counter(trailing(rows[j]) for j in data).most_common(1)[0][0]
    width = max(len(rows[j]) for j in data)
    grid_rows: list[GridRow] = []
    group = ""
    group_cells: list[Cell] = []
    last = header_rows[-1] if len(header_rows) >= 2 else []
    if len(last) > 1 and last[0].text and not any(c.text for c in last[1:]):
        # a group title right above the first row ("Mitigation measures | | |" under "USD million | Unconditional |
        # …"): the first rows' group, not a header row
        group_cells, header_rows = [last[0]], header_rows[:-1]
        group = last[0].text
    unit_note = ""
    # a few rows of a table of values may say in words why they have none; rows of words repeated under every row of
    # values ("Indicator/s | No. of clinics commissioned" under each measure) make a table of text
    remarks_allowed = 4 * sum(1 for r in rows[data[0] :] if remark(r, r[len(r) - ncols :], ncols)) <= len(data)
    for j, r in enumerate(rows[data[0] :], start=data[0]):
        if len(named := [c for c in r if c.text]) == 1 and is_unit_note(named[0].text):
            unit_note = named[0].text  # "[value: Million tCO2eq" as the table's last row: the unit of its cells
            continue
        labels = [c for c in r[: len(r) - ncols] if c.text]
        values = r[len(r) - ncols :] if len(r) > ncols else []
        if len(r) < width and any(c.text and not is_value_cell(c) for c in values):
            # a row short of its last cells (the source left a cell out: "Forests | (KT) | -245,177" in a table of
            # "Energy | (KT) | 2676 | 63.81 | 0.75"): right-aligned, its unit cell falls among the values; its cells
            # sit under the columns they open
            left = r + [blank_cell(r[-1])] * (width - len(r))
            moved = left[width - ncols :]
            if (
                any(holds_value(c) for c in moved)
                and not any(c.text and not is_value_cell(c) for c in moved)
                and not any(c.text and is_value_cell(c) for c in left[: width - ncols])  # (labels, no values)
            ):
                r, labels, values = left, [c for c in left[: width - ncols] if c.text], moved
        if not any(holds_value(c) for c in values):
            if values_missing(r):
                continue  # "Reductions vs BAU (Mt CO2 eq) | -": a row of the table without its values, no title
            # a full row's value cells are its last ones (a group title spanning the row keeps its empty cells);
            # a short row (cells spanned from above) is right-aligned: any text after its first cell may be a value's
            region = values if len(r) > ncols else r[1:]
            notes = {c.text for c in region if c.text and not is_value_cell(c)}
            if len(notes) == 1 and grid_rows and sum(1 for c in region if c.text in notes) >= 2:
                continue  # "Included in M30 | NA | Included in M30 | NA": one note repeated where values belong
            if remarks_allowed and remark(r, region, ncols):
                continue
            if notes:
                # (opening as this one's header does, or repeating its value columns' cells: "Other indicators |
                # Baseline | Target in 2035" under rows headed "GHG indicators | Baseline | Target in 2035")
                last_head = [c.text for c in header_rows[-1]] if header_rows else []
                next_header = (
                    bool(last_head)
                    and bool(r[0].text)
                    and (r[0].text == last_head[0] or [c.text for c in r[1:]] == last_head[1:])
                ) or (bool(r[0].text) and repeats_header(r, header_rows))
                dated = any(len(c.text) <= 60 and HEADER_YEAR_RE.search(c.text) for h in header_rows for c in h)
                if len(grid_rows) >= MIN_ROWS and (next_header or (dated and j > data[-1])):
                    # the header of a next table, opening as this one's does ("Sector | | Gross emissions (NERF,
                    # 2020)" after rows under "Sector | Emissions in 2018 | …"), or a note after the last row of
                    # values ("Joint Crediting Mechanism (JCM) | | Japan aims to …"): it ends the table, whose rows
                    # are read
                    end = first + j
                    break
                return None, end  # text where values belong: not a table of values
            group_cells = [c for c in r if c.text]
            group = " ".join(c.text for c in group_cells)
            continue
        # a misprinted number ("500 00": digits grouped as no number is) is a value no one can read: a blank cell,
        # not text that makes the whole grid no table of values
        values = [blank_cell(c) if misprinted(c) else c for c in values]
        if not labels and j == data[-1] and len(grid_rows) >= MIN_ROWS:
            break  # the last row's values under no label ("| | | 414.25 USD"): an unnamed total, after the rows
        if not labels and group_cells and grid_rows and grid_rows[-1].group != group:
            labels = group_cells  # "3. LULUCF | |" over "| | -25.31": the group row names the one row it heads
        if not labels or len(values) != ncols or any(c.text and not is_value_cell(c) for c in values):
            return None, end
        cells: list[Cell | None] = [c if c.text and not EMPTY_CELL_RE.match(c.text) else None for c in values]
        year = row_label_year(labels[-1].text)
        if year is None and year_labels and (lead := YEAR_CELL_RE.match(labels[0].text)):
            year = int(lead.group(1))  # "2025 | KtCO2e | …": the row's year, its unit after it
        elif year is None and year_labels and grid_rows and len(r) < len(rows[data[0]]):
            year = grid_rows[-1].year  # "%" under "2025 | KtCO2e": the year cell spans this row too
        elif year is None and (period := period_end(labels[-1].text)) is not None:
            year = period  # "2025-2030 | 953 | 1,912": a row of a period, due at its end
        grid_rows.append(GridRow(labels, cells, group, year, trails.get(r[0].block, "")))
    if len(grid_rows) < MIN_ROWS:
        return None, end
    flat = [c for r in header_rows for c in r if c.text]
    if len(header_rows) >= 2 and stub_under_groups(header_rows[-2], header_rows[-1]):
        # "| Unconditional | | | Conditional" over "Sectors | 2020 | 2025 | 2030 | 2020 | …": the stub's label heads
        # the row labels, read before the group cells that head the years (as a stub spanning both rows is)
        flat = [header_rows[-1][0]] + [c for c in flat if c is not header_rows[-1][0]]
    header = above + (grouped_header(header_rows) or flat)
    last = max(c.block for r in grid_rows for c in r.labels)
    return Grid(head, max(last, end - 1), caption, header, ncols, grid_rows, unit_note=unit_note), end


def years_head(block: Block, text: str) -> bool:
    """Whether a tab row is a header of years ("Source | 1990 | 2017 | 2023 | …"): the row reader's table."""
    return sum(1 for s, e in block.cells if YEAR_CELL_RE.match(text[s:e]) or year_unit_cell(text[s:e])) >= 2


#: a line naming where a table's figures come from, set between its caption and its rows
_SOURCE_NOTE_RE = rx.compile(r"\s*(?:data\s+)?sources?\s*:", re.IGNORECASE)


def goes_on(blocks: list[Block], k: int) -> bool:
    """Whether tab row ``k`` goes on with the table of the row before it, one blank line apart, as wide."""
    before, row = blocks[k - 1], blocks[k]
    return before.kind == "table" and row.start - before.end == 2 and len(row.cells) == len(before.cells)


def _numbered_next(text: str, blocks: list[Block], k: int) -> bool:
    """Whether tab row ``k`` opens with the number after the one the row before it opens with ("2" after "1")."""
    if not blocks[k - 1].cells or not blocks[k].cells:
        return False
    (s0, e0), (s1, e1) = blocks[k - 1].cells[0], blocks[k].cells[0]
    before, number = text[s0:e0].strip().rstrip("."), text[s1:e1].strip().rstrip(".")
    return before.isdigit() and number.isdigit() and int(number) == int(before) + 1
