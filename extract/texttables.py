"""Tables read row by row rather than rebuilt as a grid: a Year table ("Year | Emissions | Removals", each row
opened by its year) and a deadline table (a header naming a deadline, "Actions by 2030", over rows of text cells).
Both arrive flattened, one cell per line, like the grids of ``grid``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import rx
from .cells import CAPTION_RE, MIN_ROWS, YEAR_CELL_RE, YEAR_COLUMN_RE, Cell, block_cells, is_value
from .header import _cue_kind
from .headeryears import cell_years
from .segment import Block
from .textscope import header_row_year


@dataclass
class YearTable:
    """A table keyed by a Year column whose other cells are text ("2030 | Emissions will be 350-420 Mt | ...")."""

    first_block: int
    last_block: int
    caption: str
    header: list[Cell]
    rows: list[tuple[int, Cell, list[Cell]]]  # (year, year cell, the row's other cells)


MAX_TEXT_CELL_CHARS = 300


@dataclass
class DeadlineTable:
    """A table of text cells under a header that names a deadline ("Sector | Description | Actions by 2030")."""

    first_block: int
    last_block: int
    year: int
    cells: list[list[tuple[int, int]]]  # the sentences of each of its cells
    row_years: list[int] = field(default_factory=list)  # each cell's own deadline, from a "Horizon" column


MAX_BODY_BLOCKS = 400
_SECTION_NUMBER_RE = rx.compile(r"^\s*\d+(?:\.\d+)+\.?\s+\S")


def build_deadline_table(blocks: list[Block], text: str, first: int) -> DeadlineTable | None:
    """A caption, a few short header cells one of which names a deadline, then text cells: the table runs to the
    next caption or to running prose (a paragraph of several sentences)."""
    caption = blocks[first].text
    if not CAPTION_RE.match(caption) or not caption.lstrip().upper().startswith("TABLE"):
        return None
    header: list[str] = []
    k = first + 1
    scope = None
    while k < len(blocks) and len(header) < 6 and blocks[k].kind == "heading" and len(blocks[k].text) <= 60:
        if _SECTION_NUMBER_RE.match(blocks[k].text):
            return None  # a numbered section title: the text has moved on
        header.append(blocks[k].text.strip())
        k += 1
        scope = header_row_year(header)
        if scope is not None and scope.year is not None:
            break
    if scope is None or scope.year is None:
        # "Table 1: Targets to be achieved by 2030" over "Target and Actions | Completion Date | …": the caption
        scope = header_row_year([CAPTION_RE.sub("", caption, count=1)]) if len(header) >= 2 else None
    if scope is None or scope.year is None:
        return None
    if any(_cue_kind(h)[0] in ("bau", "actual") for h in [caption, *header]):
        return None  # projections or a status column: not a plan's list of actions
    body: list[int] = []
    while k < len(blocks) and len(body) < MAX_BODY_BLOCKS:
        block = blocks[k]
        if block.kind not in ("heading", "paragraph") or CAPTION_RE.match(block.text):
            break
        if len(block.sentences) > 1 or len(block.text) > MAX_TEXT_CELL_CHARS:
            break
        body.append(k)
        k += 1
    if not body:
        return None
    cells = [[(sentence.start, sentence.end) for sentence in blocks[b].sentences] for b in body]
    return DeadlineTable(first, body[-1], scope.year, cells)


_HORIZON_WORDS_RE = rx.compile(r"(?i:year|horizon|time|period|date)")  # a word every ``_horizon_header`` cell holds
#: A schedule's cell: the period a row's measure runs over ("2021-2025", "2021 – 2030"); it aims at the period's end
_PERIOD_CELL_RE = rx.compile(r"^\s*((?:19|20)\d\d)\s*(?:[-\u2013\u2014]|to)\s*((?:19|20)?\d\d)\s*$")
_HEADER_REACH = 7  # blocks: a caption and the header cells up to the deadline column
_HEADER_CELL_CHARS = 80  # a header cell (or a few of them on lines of one block) is no longer


def build_horizon_table(blocks: list[Block], text: str, first: int) -> DeadlineTable | None:
    """A table of text cells keyed by a deadline column anywhere in its header ("# | 2015 NDC Measure | Horizon |
    Progress" over "M1 | Increase forest cover to 70% | 2020 | Not achieved"): each row's cells aim at its own year.
    A grid would read the year cells as its only values; here they date the measures the row's text states."""
    head = [b.text for b in blocks[first : first + _HEADER_REACH] if b.end - b.start <= _HEADER_CELL_CHARS]
    if not any(_HORIZON_WORDS_RE.search(t) for t in head) or not any(
        _horizon_header(line) for t in head for line in t.split("\n")
    ):
        return None  # the cheap tests first: tried at every run of short lines, most name no deadline column
    cells: list[Cell] = []
    k = first
    while k < len(blocks) and len(cells) < MAX_ROW_TABLE_CELLS:
        got = block_cells(text, blocks, k) if blocks[k].kind in ("heading", "paragraph") else []
        if not got or any(len(c.text) > MAX_TEXT_CELL_CHARS for c in got):
            break
        cells.extend(got)
        k += 1
    start = 1 if cells and CAPTION_RE.match(cells[0].text) else 0
    column = next((j for j in range(start, min(start + 6, len(cells))) if _horizon_header(cells[j].text)), None)
    first_year = next((j for j, c in enumerate(cells) if j > (column or 0) and _deadline(c.text)), None)
    if column is None or first_year is None:
        return None
    before, width = column - start, first_year - column  # cells before the year in a full row; the header's width
    after = width - before - 1
    if before < 1 or after < 0 or width > 6:
        return None
    rows: list[tuple[int, list[Cell]]] = []
    pos = first_year - before
    # (a column after the deadline's that the header says holds years, "Year communicated", may hold them)
    dated_trail = any("year" in c.text.lower() for c in cells[column + 1 : column + 1 + after])
    while pos < len(cells):
        reach = range(pos, min(pos + before + 1, len(cells)))
        year_at = next((j for j in reach if _deadline(cells[j].text)), None)
        if year_at is None or year_at == pos:
            break  # no year where the row's deadline stands (a row spanning cells above may lack its first ones)
        trail = cells[year_at + 1 : year_at + 1 + after]
        if (not dated_trail and any(_deadline(c.text) for c in trail)) or any(
            is_value(c.text) for c in cells[pos:year_at] + ([] if dated_trail else trail)
        ):
            break  # (a bare amount in a row: a grid of values by year, "2016 | 9,100 | -1,450", is no table of text)
        rows.append((_deadline(cells[year_at].text), cells[pos:year_at] + trail))
        pos = year_at + 1 + after
    if len(rows) < MIN_ROWS:
        # the deadline column closes the header and each row: "NDC # | Actions | Timeline" over "NDC 1 | Enhance
        # renewables … | (Target: 3,867 MW …) | 2021-2030" then "1.1 Establish solar plants | 2021-2030", rows of
        # unequal width (a group's row with a second line of text, a sub-item without the group's number)
        rows = _closed_by_deadline(cells, column + 1, before)
    if len(rows) < MIN_ROWS:
        return None
    last = max(c.block for _, row in rows for c in row)
    sentences = [[(c.start, c.end) for c in row] for _, row in rows]
    return DeadlineTable(first, last, rows[0][0], sentences, [year for year, _ in rows])


def _horizon_header(cell: str) -> bool:
    """A deadline column's header: a year column's ("Horizon", "Target year") or a schedule's ("Timeline", "Time
    frame", "Implementation period": a Year table's keys)."""
    return bool(YEAR_COLUMN_RE.match(cell) or _YEAR_KEY_HEADER_RE.match(cell))


def _deadline(cell: str) -> int | None:
    """The year a deadline cell names: a year ("2025"), or the end of a period ("2021-2025" -> 2025)."""
    if m := YEAR_CELL_RE.match(cell):
        return int(m.group(1))
    return period_end(cell)


def period_end(cell: str) -> int | None:
    """The end of the period a cell holds alone ("2021-2025", "2023-30" -> 2030), else None."""
    if (m := _PERIOD_CELL_RE.match(cell)) is None:
        return None
    end = max(cell_years(cell))  # (the period's end as a header cell's: "2023-30" -> 2030)
    return end if end > int(m.group(1)) else None


def _closed_by_deadline(cells: list[Cell], pos: int, before: int) -> list[tuple[int, list[Cell]]]:
    """Rows each closed by its deadline cell, from ``pos`` on: one to ``before`` + 1 text cells then the deadline
    (a row may lack the cells a group's row spans, or hold one more line of its text)."""
    rows: list[tuple[int, list[Cell]]] = []
    while pos < len(cells):
        year_at = next((j for j in range(pos, min(pos + before + 2, len(cells))) if _deadline(cells[j].text)), None)
        if year_at is None or year_at == pos or any(is_value(c.text) for c in cells[pos:year_at]):
            break
        rows.append((_deadline(cells[year_at].text), cells[pos:year_at]))
        pos = year_at + 1
    return rows


#: A Year column's header: "Year", "Period", or the plan's own "Target Year(s)", "Implementation period".
_YEAR_KEY_HEADER_RE = rx.compile(
    # ("Completion date", "Target date": the day a row's measure is due, a deadline as a year is)
    r"^\s*(?:(?:(?:target|implementation|completion)\s+)?(?:years?|period|timeline|time\s*frame)"
    r"|(?:completion|target|due)\s+dates?)\s*:?\s*$",
    re.I
)
#: A cell that opens a row: a year, or the years a row aims at ("2030, 2035", "2025 and 2030").
ROW_YEARS_RE = rx.compile(
    r"^\s*(?:FY\s*)?((?:19[5-9]\d|20\d\d))(?:\s*(?:,|;|and|&)\s*(?:19[5-9]\d|20\d\d))*\s*[*†‡]?\s*$"
)
_ROW_YEAR_RE = rx.compile(r"(?:19[5-9]\d|20\d\d)")
MAX_ROW_TABLE_CELLS = 400


def row_years(cell: str) -> list[int]:
    """The years of a row-opening cell ("2030, 2035" -> [2030, 2035]), or [] for any other cell."""
    return [int(y) for y in _ROW_YEAR_RE.findall(cell)] if ROW_YEARS_RE.match(cell) or YEAR_CELL_RE.match(cell) else []


_AIMED_HEADER_RE = rx.compile(r"^\s*(?:target|completion)\s+(?:years?|dates?)\s*:?\s*$", re.I)


def aims_at_years(blocks: list[Block], first: int) -> bool:
    """A table opens here whose Year column holds its goals' deadlines ("Target Year")."""
    return any(_AIMED_HEADER_RE.match(b.text) for b in blocks[first : first + 2])


def build_year_table(blocks: list[Block], text: str, first: int) -> YearTable | None:
    """A caption (optional), a header starting with "Year" ("Target Year"), then rows each opened by a year cell
    (or the years the row aims at, "2030, 2035"). Cells between a full row and the next row's year cell (a second
    sentence of its last column, a sector label) belong to the row's last column (``column_of``)."""
    if not any(_YEAR_KEY_HEADER_RE.match(b.text) for b in blocks[first : first + 2]):
        return None
    cells: list[Cell] = []
    k = first
    while k < len(blocks) and len(cells) < MAX_ROW_TABLE_CELLS:
        block = blocks[k]
        # (a note between rows, "Note: 112 km of trackbed laid", is a cell of its row)
        got = block_cells(text, blocks, k) if block.kind in ("heading", "paragraph", "note") else []
        if not got or any(len(c.text) > MAX_TEXT_CELL_CHARS for c in got):
            break
        cells.extend(got)
        k += 1
    # the Year header opens the table, after its caption or a line of text above it (which stays text)
    start = next((k for k in range(min(2, len(cells))) if _YEAR_KEY_HEADER_RE.match(cells[k].text)), None)
    if start is None or len(cells) < start + 5:
        return None
    caption = cells[start - 1].text if start and CAPTION_RE.match(cells[start - 1].text) else ""
    opening = cells[start - 1] if caption else cells[start]
    pos = start
    while pos < len(cells) and not row_years(cells[pos].text):
        pos += 1
    header = [c for c in cells[start:pos] if not _SECTION_LABEL_RE.match(c.text)]  # "1. Energy" heads no column
    if not 2 <= len(header) <= 6 or any(len(h.text) > 60 for h in header):
        return None
    rows: list[tuple[int, Cell, list[Cell]]] = []
    while pos < len(cells) and (years := row_years(cells[pos].text)):
        own = []
        nxt = pos + 1
        while nxt < len(cells) and len(own) < len(header) - 1 and not row_years(cells[nxt].text):
            own.append(cells[nxt])
            nxt += 1
        if not own:
            break
        more = nxt
        while more < len(cells) and not row_years(cells[more].text):
            more += 1
        if more < len(cells) and more > nxt:  # (after the last row, such cells are the text below the table)
            own.extend(cells[nxt:more])
            nxt = more
        rows.append((max(years), cells[pos], own))
        pos = nxt
    if len(rows) < MIN_ROWS:
        return None
    return YearTable(opening.block, rows[-1][2][-1].block, caption, header, rows)


#: A sector label between a table's header and rows, or between rows: "1. Energy", "(ii) Cooking and Heating".
_SECTION_LABEL_RE = rx.compile(r"^\s*(?:\d+\.|\(?[ivx]+\)|\(?[a-h]\))\s+[A-Z][^\d]{0,60}$")


def column_of(header: list[Cell], j: int) -> str:
    """The header of a row's ``j``-th cell (0: the year): cells past the header's width run on in its last column."""
    return header[min(j, len(header) - 1)].text
