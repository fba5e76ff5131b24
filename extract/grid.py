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

from . import context as cx
from . import rx
from .cells import (
    CAPTION_RE,
    YEAR_CELL_RE,
    Cell,
    Grid,
    block_cells,
    is_caption,
    is_value_cell,
    joined,
)
from .gridbuild import build_grid, is_unit_note
from .gridsplit import after_total_row, next_titled_year, repeats_header, second_year_header
from .loosetable import LooseTable, build_loose_table
from .segment import Block
from .tabgrid import build_tab_grid, goes_on, years_head
from .texttables import (
    DeadlineTable,
    YearTable,
    aims_at_years,
    build_deadline_table,
    build_horizon_table,
    build_year_table,
)
from .units import match_unit_after

#: a line that reads as a sentence (several words, a full stop) is text, never a header or label cell
_SENTENCE_RE = rx.compile(r"^(?:\S+\s+){7,}.*[.!?:]$")
SENTENCE_END = (".", "!", "?", ":")  # ":" ends a lead-in ("… are as follows:"), never a header cell


def _reads_as_sentence(line: str) -> bool:
    """``_SENTENCE_RE.search`` of a stripped line without the regex's backtracking (quadratic on long lines): it
    ends with a full stop (or the colon of a lead-in) and holds at least 8 words (7 spaces between the words before
    that stop)."""
    return line.endswith(SENTENCE_END) and len(line.split()) >= 8


MAX_CELL_CHARS = 120  # a longer line is prose, not a cell
MAX_CAPTION_CHARS = 250  # but a caption ("Table 20: Estimated CAPEX requirements and … (2026-2035).") may be longer


def _first(cells: list[Cell] | None) -> str:
    return cells[0].text if cells else ""


def _long_caption(text: str, start: int, end: int) -> bool:
    return end - start <= MAX_CAPTION_CHARS and bool(CAPTION_RE.match(text[start:end]))  # (its "^" needs a slice)


# a wrapped line of running text, not a header cell: it continues a sentence (lowercase) or is long


def _short(blocks: list[Block], text: str, index: int) -> list[Cell] | None:
    """Cells of a block that can belong to a flattened table (short lines, not a note or tab row), else None."""
    block = blocks[index]
    if block.kind not in ("heading", "paragraph"):
        return None
    if _joined_prose(text, block):
        return None
    one_line = text.find("\n", block.start, block.end) == -1
    if block.end - block.start > MAX_CELL_CHARS and one_line and not _long_caption(text, block.start, block.end):
        return None  # one long line: prose
    cells = block_cells(text, blocks, index)
    if cells and _caption_goes_on(blocks, text, index):
        return cells  # "Table 5. Measures under the WM Scenario and under" + "the WAM Scenario in the Energy Sector."
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


def _caption_goes_on(blocks: list[Block], text: str, index: int) -> bool:
    """Whether a short line goes on with the caption right above it, cut mid-phrase: the caption ends with no stop and
    the line starts in lower case (it is the caption's end, however much it reads as a sentence)."""
    block = blocks[index]
    if index == 0 or block.end - block.start > MAX_CELL_CHARS or not text[block.start].islower():
        return False
    above = blocks[index - 1]
    return bool(CAPTION_RE.match(above.text)) and not above.text.rstrip().endswith(SENTENCE_END)


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
    halves: dict[int, str] = {}  # the caption of a table whose second half starts at a block
    unit_words: dict[int, bool] = {}  # build_loose_table's test of each block, kept for the next start

    def short(k: int) -> list[Cell] | None:
        if k not in shorts:
            shorts[k] = _short(blocks, text, k)
        return shorts[k]

    read_on = -1  # the block after a row-read table's run (headed by years), which a blank line may part from the rest
    while i < n:
        if blocks[i].kind == "table":
            if i == read_on and goes_on(blocks, read_on):
                # "Energy | 20.79 | …" then a blank line, then "IPPU | 0.87 | …": the rest of the table above,
                # whose header of years the row reader keeps; a grid of its own would have no header
                i += 1
                while i < n and blocks[i].kind == "table" and blocks[i].start == blocks[i - 1].end + 1:
                    i += 1
                continue
            tab, end = build_tab_grid(blocks, text, i)
            if tab is None and years_head(blocks[i], text):
                read_on = end
            if tab is not None:
                _take_notes(tab, blocks)
                after = tab.last_block + 1
                if after < n and blocks[after].kind in ("heading", "paragraph") and not tab.unit_note:
                    line = blocks[after].text.strip().split("\n", 1)[0]
                    tab.unit_note = line if is_unit_note(line) else ""  # "[Unit: million tCO2e]" under the rows
                if not tab.caption:
                    tab.title = _title_above(blocks, tab.first_block)  # "… (USD million 2021)" over the header row
                grids[tab.first_block] = tab
                end = tab.last_block + 1
            i = end
            continue
        if short(i) is None:
            # a caption wrapped over lines ("Table 5. Portfolio of … with an impact on" + "three indicators. Source: …")
            # is too long for a cell, but still opens a loose table
            captioned = CAPTION_RE.match(blocks[i].text.lstrip())
            loose = build_loose_table(blocks, text, i, unit_words) if captioned else None
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
                # a row's description as long as a sentence, before its value (or a short cell, then its value)
                after = (short(j + 1) or []) + ((short(j + 2) or []) if j + 2 < n else [])
                got = _long_cells(blocks, text, j, after)
                if got is None and short(j + 1) is None and j + 3 < n:
                    # a row's two long text cells before its values ("Promotion of … in forest areas" | "1 million
                    # ha of … developed (ii) …" | "180 to 187 Mt CO2e (43%)" | "1.7"): the second leads to them
                    values = (short(j + 2) or []) + (short(j + 3) or [])
                    if second := _long_cells(blocks, text, j + 1, values):
                        got = _long_cells(blocks, text, j, second[:1] + values, reach=3)
                if got is not None and first_long < 0:
                    first_long = j
            after = short(j + 1) if j + 1 < n else None
            nxt = [c.text for c in (got[1:] + (after or []))[:2]] if got and j > i else []
            if len(nxt) == 1 and j + 2 < n:
                nxt.append(_first(short(j + 2)))  # the cell after the next one: a value makes the line a row's label
            if got is None or (j > i and is_caption(got[0].text, *nxt)):
                break  # prose, or the next table's caption
            run.extend(got)
            j += 1
        whole = build_grid(run, halves.pop(i, ""))
        if whole is None and (split := second_year_header(run)) is not None:
            # a wide table printed in two halves, each under its own row of years: the first half now, the second
            # from its header on, under the same caption
            whole = build_grid(run[:split])
            if whole is not None:
                halves[run[split].block] = whole.caption or whole.title or "(continued)"
        resume = -1  # where the next table starts, when the run holds more than one
        if whole is None and (split := after_total_row(run)) is not None:
            # a second table right below the first's "Total" row: the first now, the second from its title on
            whole = build_grid(run[:split])
            resume = run[split].block if whole is not None else -1
        if (split := next_titled_year(run)) is not None and (whole is None or repeats_header(run, split)):
            # the next table, titled by its year, starts at the year (also when the run reads as one grid: the same
            # header under each year, "1990" | "Emissions in Gg CO2 equivalent" | … then "2005" | "Emissions in …")
            whole = build_grid(run[:split])
            resume = run[split].block
        grid: Grid | YearTable | DeadlineTable | LooseTable | None = (
            # a table keyed by its goals' years ("Target Year | Target | …") is read row by row, however short its cells
            (build_year_table(blocks, text, i) if aims_at_years(blocks, i) else None)
            or build_horizon_table(blocks, text, i)
            or whole
            or build_year_table(blocks, text, i)
            # a header that names its amounts' unit reads the bare amounts among the text cells in it
            or build_loose_table(blocks, text, i, unit_words)
            or build_deadline_table(blocks, text, i)
        )
        if (grid is None or isinstance(grid, Grid) and not grid.header) and isinstance(prev, Grid):
            grid = _continued(prev, run, i) or grid
        if isinstance(grid, Grid):
            _take_notes(grid, blocks)
            if not grid.caption:
                grid.title = _title_above(blocks, grid.first_block)
            grid.intro_year = announced_year(blocks, text, grid.first_block)
        if grid is not None:
            grids[grid.first_block] = grid
            prev = grid
            # (a table read from earlier blocks, continued, never moves back; the next one titled by its year starts
            # at its year, past any cell of the last row the grid left)
            i = max(grid.last_block + 1, i + 1, resume if grid is whole else -1)
        elif i < first_long < j - 1:
            i = first_long + 1  # a paragraph hard-wrapped into short lines ran into the table below it: retry after it
        elif (ended := _prose_end(run)) is not None and i <= ended < j - 1:
            i = ended + 1  # the same with lines all short: retry after the last line that ends a sentence
        else:
            i = j
    return grids


def _prose_end(run: list[Cell]) -> int | None:
    """The block of the last line before a run's first value that ends a sentence ("… climate finance.", "In
    contrast:"): a paragraph hard-wrapped into short lines ends there, and a table may start after it."""
    end = None
    for k, c in enumerate(run):
        if is_value_cell(c):
            break
        if c.text.endswith(SENTENCE_END) and len(c.text.split()) >= 2:
            end = c.block
        elif k == 0 and c.text[:1].islower():
            end = c.block  # "wearable in": the tail of a line wrapped from the note above ("Source: … available in")
        elif _ANNOUNCES_TABLE_RE.search(c.text):
            end = c.block  # "Table below summarizes emissions for 1994, 2000 and 2020" (no stop): the table's lead-in
    return end


def _joined_prose(text: str, block: Block) -> bool:
    """Lines a page layout wrapped mid-sentence, joined across blank lines (``segment``): prose, never cells."""
    return text.find("\n\n", block.start, block.end) != -1


def _long_cells(
    blocks: list[Block], text: str, index: int, after: list[Cell] | None, reach: int = 2
) -> list[Cell] | None:
    """The lines of a block that is too long for cells, as cells, when each long line is followed by a value (in
    the block or opening the next one), or by one short cell and then a value: a row's description may run to a
    sentence ("Reduced emissions from deforestation and forest degradation, … and enhancement of carbon stocks." |
    1,100; "Manage demand-side energy consumption by … for the energy and water sectors." | "Conditional on
    finance" | 5,000,000)."""
    if blocks[index].kind != "paragraph" or _joined_prose(text, blocks[index]):
        return None
    cells = block_cells(text, blocks, index)
    following = cells[1:] + (after or [])[:reach]
    for k, cell in enumerate(cells):
        if len(cell.text) > MAX_CELL_CHARS or _reads_as_sentence(cell.text):
            if (
                not any(is_value_cell(c) for c in following[k : k + reach])
                or (k < len(following) and YEAR_CELL_RE.match(following[k].text))
                or cell.text.rstrip().endswith((":", "："))
                or _ANNOUNCES_TABLE_RE.search(cell.text)
            ):
                # (right before a row of years: the title of the next table, "The following table shows …"; a lead-in
                # "… include the following with the estimated costs:" opens the next table, it describes no row; nor
                # does "The table below shows the shares of …", over a corner cell and a row of years)
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
    if above.kind == "paragraph" and above.sentences and _ANNOUNCES_TABLE_RE.search(last := above.sentences[-1].text):
        if len(last) <= MAX_TITLE_CHARS:
            # "… without mitigation policies. The following table shows the baseline values."; a unit line above
            # such a sentence is the table's ("Emission reductions (MtCO2eq)" / "The following table shows …")
            line = blocks[first - 2] if first >= 2 else None
            if line is not None and line.kind == "heading" and _UNIT_TITLE_RE.search(line.text):
                return f"{line.text.strip()} {last.strip()}"
            return last.strip()
    if above.kind not in ("heading", "paragraph") or above.end - above.start > MAX_TITLE_CHARS or "\n" in above.text:
        return ""
    if _states_quantity(above.text):
        return ""  # "By 2050, the country will absorb 138,000 t of CO2eq per year.": a cell of the row above, no title
    return above.text.strip()


#: a number that is not a year alone (a year may date a title's money: "(USD million 2021)")
_AMOUNT_RE = rx.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d,.]))\d[\d,.]*")


def _states_quantity(line: str) -> bool:
    """Whether a line states an amount with its unit ("138,000 t of CO2eq"): it says what one thing measures, where
    a title names the unit of the cells under it without a number ("Emission reductions (MtCO2eq)")."""
    return any(match_unit_after(line, m.end()) is not None for m in _AMOUNT_RE.finditer(line))


def announced_year(blocks: list[Block], text: str, first: int) -> int | None:
    """The one year of the sentence right above a table that announces it ("In 2011, emissions reached 18.9 kt and
    are broken down as shown in the table below."): the year of the table's undated cells."""
    above = blocks[first - 1] if first else None
    if above is None or above.kind != "paragraph" or not above.sentences:
        return None
    last = above.sentences[-1]
    if not _ANNOUNCES_TABLE_RE.search(last.text):
        return None
    years = {y.year for y in cx.find_years(text, last.start, last.end) if y.role in ("obs", "plain")}
    return years.pop() if len(years) == 1 else None


#: A sentence that announces the table after it ("The following table shows the baseline values", "as shown in the
#: table below"): what it says the table holds is what a title would, though it closes a longer paragraph.
_ANNOUNCES_TABLE_RE = rx.compile(
    r"\b(?:following|next)\s+table\b|\btable\s+below\b|\bbelow\s+(?:table|shows|presents|lists)\b", re.I
)


#: A short line ending with a bracketed unit: "Emission reductions (MtCO2eq)".
_UNIT_TITLE_RE = rx.compile(r"^[^()\n]{3,120}\([^()\d]*[A-Za-z%][^()]{0,20}\)\s*$")
_TABLE_NOTE_RE = rx.compile(r"^\s*Notes?\b", re.I)


def _take_notes(grid: Grid, blocks: list[Block]) -> None:
    """Notes printed right under a table belong to it (and to its year)."""
    k = grid.last_block + 1
    while k < len(blocks) and blocks[k].kind == "note" and _TABLE_NOTE_RE.match(blocks[k].text):
        grid.notes.extend((sentence.start, sentence.end) for sentence in blocks[k].sentences)
        grid.last_block = k
        k += 1


__all__ = ["DeadlineTable", "LooseTable", "YearTable", "build_grid", "find_grids"]  # the row-read tables re-exported
