"""Rebuild tables that arrive flattened, one cell per line, into a grid of header, row labels and value columns.

HTML tables converted to text lose their row and column structure: every cell becomes its own line
("Sector", "Unconditional", "MtCO2e", "Power", "87.13", ...), with blank lines or line breaks between.
A number alone on a line says nothing, so without the grid its header's year, unit, kind and condition are lost.
The grid is rebuilt from the pattern such tables follow: a run of short header cells (none a bare number),
then rows made of label cells followed by their numeric cells. The number of value columns is the count most
rows agree on; a table is refused (left as text) when rows disagree or there are too few of them.
"""

from __future__ import annotations

import re
from collections import Counter

from .cells import (
    CAPTION_RE,
    EMPTY_CELL_RE,
    MIN_ROWS,
    YEAR_CELL_RE,
    YEAR_HEADER_RE,
    Cell,
    Grid,
    GridRow,
    block_cells,
    continues,
    is_value_cell,
    joined,
    row_label_year,
)
from .header import header_cue
from .loosetable import LooseTable, build_loose_table
from .segment import Block
from .tabgrid import build_tab_grid
from .texttables import DeadlineTable, YearTable, aims_at_years, build_deadline_table, build_year_table

#: a line that reads as a sentence (several words, a full stop) is text, never a header or label cell
_SENTENCE_RE = re.compile(r"^(?:\S+\s+){7,}.*[.!?:]$")
SENTENCE_END = (".", "!", "?", ":")  # ":" ends a lead-in ("… are as follows:"), never a header cell


def _reads_as_sentence(line: str) -> bool:
    """``_SENTENCE_RE.search`` of a stripped line without the regex's backtracking (quadratic on long lines): it
    ends with a full stop (or the colon of a lead-in) and holds at least 8 words (7 spaces between the words before
    that stop)."""
    return line.endswith(SENTENCE_END) and len(line.split()) >= 8


MAX_CELL_CHARS = 120  # a longer line is prose, not a cell
MAX_CAPTION_CHARS = 250  # but a caption ("Table 20: Estimated CAPEX requirements and … (2026-2035).") may be longer


def _long_caption(text: str, start: int, end: int) -> bool:
    return end - start <= MAX_CAPTION_CHARS and bool(CAPTION_RE.match(text[start:end]))  # (its "^" needs a slice)


# a wrapped line of running text, not a header cell: it continues a sentence (lowercase) or is long
_PROSE_RE = re.compile(r"^[a-z]|^(?:\S+\s+){8,}\S+")


def _short(blocks: list[Block], text: str, index: int) -> list[Cell] | None:
    """Cells of a block that can belong to a flattened table (short lines, not a note or tab row), else None."""
    block = blocks[index]
    if block.kind not in ("heading", "paragraph"):
        return None
    one_line = text.find("\n", block.start, block.end) == -1
    if block.end - block.start > MAX_CELL_CHARS and one_line and not _long_caption(text, block.start, block.end):
        return None  # one long line: prose
    cells = block_cells(text, blocks, index)
    if not cells or any(
        (len(c.text) > MAX_CELL_CHARS and not _long_caption(c.text, 0, len(c.text)))
        or (_reads_as_sentence(c.text) and not CAPTION_RE.match(c.text))
        for c in cells
    ):
        return None  # (a caption may end with a full stop: "Table 3: Cost of the targets for each sector.")
    if (
        len(cells) > 1
        and any(c.text[:1].islower() for c in cells[1:])
        and _words(cells) >= MIN_PROSE_WORDS
        and sum(len(c.text) for c in cells) > WRAPPED_LINE_CHARS * len(cells)
    ):
        return None  # a hard-wrapped paragraph: its lines go on mid-sentence ("... presented in Table 4.1 does" /
        # "not include the emissions ..."), though each is short; header cells ("ktCO2e reduction potential") are
        # shorter
    return joined(cells)  # a cell wrapped over lines in its block is one cell


WRAPPED_LINE_CHARS = 40  # the mean length of a hard-wrapped paragraph's lines is more, of a header's cells less
MIN_PROSE_WORDS = 15  # a wrapped header cell ("Mitigation Scenarios with" / "respect to BAU emissions") is shorter


def _words(cells: list[Cell]) -> int:
    return sum(len(c.text.split()) for c in cells)


def find_grids(blocks: list[Block], text: str) -> dict[int, Grid | YearTable | DeadlineTable | LooseTable]:
    """Flattened tables of a document, keyed by the index of their first block (the caption when there is one)."""
    grids: dict[int, Grid | YearTable | DeadlineTable | LooseTable] = {}
    i = 0
    n = len(blocks)
    shorts: dict[int, list[Cell] | None] = {}
    prev: Grid | YearTable | DeadlineTable | LooseTable | None = None  # the last table found: the next may continue it

    def short(k: int) -> list[Cell] | None:
        if k not in shorts:
            shorts[k] = _short(blocks, text, k)
        return shorts[k]

    while i < n:
        if blocks[i].kind == "table":
            tab, end = build_tab_grid(blocks, text, i)
            if tab is not None:
                _take_notes(tab, blocks)
                grids[tab.first_block] = tab
                end = tab.last_block + 1
            i = end
            continue
        if short(i) is None:
            # a caption wrapped over lines ("Table 5. Portfolio of … with an impact on" + "three indicators. Source: …")
            # is too long for a cell, but still opens a loose table
            loose = build_loose_table(blocks, text, i) if CAPTION_RE.match(blocks[i].text.lstrip()) else None
            if loose is not None:
                grids[loose.first_block] = prev = loose
                i = loose.last_block + 1
                continue
            i += 1
            continue
        run: list[Cell] = []
        j = i
        first_long = -1  # the first block read as long cells: wrapped prose, maybe, before a table
        while j < n:
            got = short(j)
            if got is None and blocks[j].kind == "note" and run and all(CAPTION_RE.match(c.text) for c in run):
                j += 1  # "Table 3: Emissions in 2022" + "Source: inventory, 2025": the caption heads what follows
                continue
            if got is None and run and j + 1 < n:
                got = _long_cells(blocks, text, j, short(j + 1))  # a row's description as long as a sentence
                if got is not None and first_long < 0:
                    first_long = j
            if got is None or (j > i and CAPTION_RE.match(got[0].text)):
                break  # prose, or the next table's caption
            run.extend(got)
            j += 1
        grid: Grid | YearTable | DeadlineTable | LooseTable | None = (
            # a table keyed by its goals' years ("Target Year | Target | …") is read row by row, however short its cells
            (build_year_table(blocks, text, i) if aims_at_years(blocks, i) else None)
            or build_grid(run)
            or build_year_table(blocks, text, i)
            # a header that names its amounts' unit reads the bare amounts among the text cells in it
            or build_loose_table(blocks, text, i)
            or build_deadline_table(blocks, text, i)
        )
        if (grid is None or isinstance(grid, Grid) and not grid.header) and isinstance(prev, Grid):
            grid = _continued(prev, run, i) or grid
        if isinstance(grid, Grid):
            _take_notes(grid, blocks)
            if not grid.caption:
                grid.title = _title_above(blocks, grid.first_block)
        if grid is not None:
            grids[grid.first_block] = grid
            prev = grid
            i = max(grid.last_block + 1, i + 1)  # a table read from earlier blocks (continued) never moves back
        elif i < first_long < j - 1:
            i = first_long + 1  # a paragraph hard-wrapped into short lines ran into the table below it: retry after it
        else:
            i = j
    return grids


def _long_cells(blocks: list[Block], text: str, index: int, after: list[Cell] | None) -> list[Cell] | None:
    """The lines of a block that is too long for cells, as cells, when each long line is followed by a value (in
    the block or opening the next one): a row's description may run to a sentence ("Reduced emissions from
    deforestation and forest degradation, foster conservation, … and enhancement of carbon stocks." | 1,100)."""
    if blocks[index].kind != "paragraph":
        return None
    cells = block_cells(text, blocks, index)
    following = cells[1:] + (after or [])[:1]
    for k, cell in enumerate(cells):
        if len(cell.text) > MAX_CELL_CHARS or _reads_as_sentence(cell.text):
            if k >= len(following) or not is_value_cell(following[k]):
                return None
    return cells


CONTINUE_GAP = 8  # blocks of text (notes, a long row-group line) a table may break for and go on under the same header


def _continued(prev: Grid, run: list[Cell], first: int) -> Grid | None:
    """The rows after a table's long row-group line, read under its header: a flattened table breaks where one
    cell is too long to count as a cell ("Measure 3. Transport – substitute fossil fuels with …")."""
    if not prev.header or first - prev.last_block > CONTINUE_GAP:
        return None
    grid = build_grid(prev.header + run, prev.caption or prev.title or "(continued)")
    if grid is None or grid.ncols != prev.ncols or [c.text for c in grid.header] != [c.text for c in prev.header]:
        return None
    grid.first_block, grid.caption, grid.title = run[0].block, prev.caption, prev.title
    return grid


MAX_TITLE_CHARS = 200


def _title_above(blocks: list[Block], first: int) -> str:
    """The one-line paragraph right above a table that has no "Table N" caption: a title such as "Emissions by
    sector, million tons of CO2-eq." states the unit of its cells."""
    if first == 0:
        return ""
    above = blocks[first - 1]
    if above.kind not in ("heading", "paragraph") or above.end - above.start > MAX_TITLE_CHARS or "\n" in above.text:
        return ""
    return above.text.strip()


_TABLE_NOTE_RE = re.compile(r"^\s*Notes?\b", re.I)


def _take_notes(grid: Grid, blocks: list[Block]) -> None:
    """Notes printed right under a table belong to it (and to its year)."""
    k = grid.last_block + 1
    while k < len(blocks) and blocks[k].kind == "note" and _TABLE_NOTE_RE.match(blocks[k].text):
        grid.notes.extend((sentence.start, sentence.end) for sentence in blocks[k].sentences)
        grid.last_block = k
        k += 1


def _year_row_labels(cells: list[Cell]) -> set[int]:
    """Indices of year cells that label rows of numbers: at least three years, rising, each the same number of value
    cells after the one before ("Energy | Waste | 2000 | 3.36 | 0.09 | 2001 | 3.69 | 0.11 | ...", a header without
    its "Year" corner). A year header row ("2020 | 2025 | 2030") has no cells between its years."""
    years = [(k, int(m.group(1))) for k, c in enumerate(cells) if (m := YEAR_CELL_RE.match(c.text))]
    for a, (k0, y0) in enumerate(years[:-2]):
        stride = years[a + 1][0] - k0
        if stride < 2:
            continue  # a row of years (a header), not years labelling rows
        chain = [k0]
        last_year = y0
        for k, y in years[a + 1 :]:
            if k - chain[-1] != stride or y <= last_year:
                break
            chain.append(k)
            last_year = y
        between = (cells[j] for i in chain for j in range(i + 1, min(i + stride, len(cells))))
        if len(chain) >= 3 and all(map(is_value_cell, between)):
            return set(chain)
    return set()


def _label_is_year(cell: Cell, year_header: bool, nxt: Cell | None) -> bool:
    """A year cell labels its row when the header has a Year column, or when the row's numbers share its block."""
    if not YEAR_CELL_RE.match(cell.text):
        return False
    if year_header:
        return True
    return cell.first_in_block and nxt is not None and nxt.block == cell.block and is_value_cell(nxt)


def build_grid(run: list[Cell], caption: str = "") -> Grid | None:
    """The grid of a run of short cells, or None when the run is not clearly a table (``caption``: the one of the
    table it continues)."""
    start = 0
    # a caption opens the run; cells before the caption belong to the text above
    for k, c in enumerate(run):
        if CAPTION_RE.match(c.text):
            caption, start = c.text, k + 1
            while start < len(run) and continues(run[start - 1], run[start]):
                caption, start = f"{caption} {run[start].text}", start + 1  # "... (million US" + "dollars)"
            break
        if is_value_cell(c):
            break
    cells = run[start:]
    year_header = any(YEAR_HEADER_RE.match(c.text) for c in cells[:12])
    year_rows = set() if year_header else _year_row_labels(cells)
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
    groups = [(joined(lab), vals) for lab, vals in groups]  # "Land use, land-use change and" + "forestry"
    # a captioned table of one row: its header names each of at least two columns, above the corner and the row's
    # label ("Table 5: Reductions by sector" | "Sectors | Energy | Waste | Total" | "Amount (Gg) | 20.1 | 6.0 | 26.1")
    one_row = len(groups) == 1 and bool(caption) and 2 <= len(groups[0][1]) <= len(groups[0][0]) - 2
    if len(groups) < MIN_ROWS and not one_row:
        return None
    counts = Counter(len(g[1]) for g in groups)
    ncols, agree = counts.most_common(1)[0]
    agree = MIN_ROWS if one_row else agree
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
        header = first_labels[:split]
        row_groups = [(first_labels[split:], groups[0][1])] + groups[1:]
    trails = _trailing_column(row_groups, label_len)
    if trails:  # the trailing column's header cell is left out: it names no value column
        row_groups = [(lab[1:] if len(lab) == label_len else lab, vals) for lab, vals in row_groups]
        label_len -= 1
    if not caption and (len(row_groups) < 3 or ncols < 2 or any(_PROSE_RE.search(c.text) for c in header)):
        return None  # without a caption only a clear grid counts: several rows and columns, short header cells
    values_all = [v for _, vals in row_groups for v in vals]
    firsts = [vals[0].text.strip() for _, vals in row_groups]
    if (
        len(firsts) >= 3
        and all(f.isdigit() for f in firsts)
        and [int(f) for f in firsts] == list(range(int(firsts[0]), int(firsts[0]) + len(firsts)))
    ):
        return None  # 1, 2, 3, ...: row numbers, not values
    if sum(1 for v in values_all if YEAR_CELL_RE.match(v.text)) * 2 > len(values_all):
        return None  # mostly years: a schedule or a list of deadlines, not a table of values
    rows: list[GridRow] = []
    group_label = ""
    for lab, vals in row_groups:
        if not lab:
            return None
        # label cells above the row's own label that carry no number are a group label ("Energy")
        if len(lab) > 1 and len(lab) > label_len:
            group_label = " ".join(c.text for c in lab[:-label_len])
        values: list[Cell | None] = [None if EMPTY_CELL_RE.match(v.text) else v for v in vals]
        rows.append(GridRow(lab, values, group_label, row_label_year(lab[-1].text)))
    for row, trail in zip(rows, trails, strict=False):
        row.trail = trail
    last = rows[-1].values
    last_cell = [c for c in last if c is not None] or rows[-1].labels
    first_block = run[start - 1].block if start else cells[0].block
    return Grid(first_block, last_cell[-1].block, caption, header, ncols, rows)


def _trailing_column(row_groups: list[tuple[list[Cell], list[Cell]]], label_len: int) -> list[str]:
    """The text cells of a last column after the numbers ("... | 1296.7 | Conditional"), one per row, or [].

    Flattened, such a cell lands before the next row's label, so every row but the first seems to have one label
    cell more, drawn from a few repeated words, while the first row has the column's header cell there instead."""
    if label_len < 2:
        return []
    firsts = [lab[0].text for lab, _ in row_groups[1:] if len(lab) == label_len]
    if len(firsts) < 3 or len(set(firsts)) > max(2, len(firsts) // 3):
        return []
    first_row = row_groups[0][0]
    if len(first_row) != label_len or first_row[0].text in firsts:
        return []  # the first row opens with one of the words too: a leading label column ("Energy | Solar")
    # each row's trail is the first label cell of the row after it; the last row's is lost after its numbers
    return [lab[0].text if len(lab) == label_len else "" for lab, _ in row_groups[1:]]


GROUP_CHARS = 40  # a cell this long between the header and the first row label names a group of rows, not a column


def _header_split(first_labels: list[Cell], label_len: int) -> int:
    """Where the header ends in the label cells before the first numbers: after its last unit, year or cue cell
    when at most a row label's worth of cells follows it, else a typical row label's length before the numbers."""
    last = -1
    for k, c in enumerate(first_labels):
        if header_cue(c.text):
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


__all__ = ["DeadlineTable", "LooseTable", "YearTable", "build_grid", "find_grids"]  # the row-read tables re-exported
