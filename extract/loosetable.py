"""Tables whose rows do not line up once flattened: a plan's table of measures ("Sector | Objective | Actions |
Indicators | Reduction potential in 2030 | Estimated cost (USD billion) | Implementation period").

Converted to text, each cell is a line, and since a row's text cells come in any number (an indicator cell wraps
into two, an empty cell vanishes), no grid can be rebuilt (``gridbuild.build_grid`` refuses it). Two things survive:

- the header names the unit of the one numeric column ("(USD billion)", "(Gg CO2 eq)"), so a number alone in a
  cell ("1.95", "In the year 2030: 64.36") is an amount in that unit, not a stray number;
- the header or caption may name the year the plan's values are due ("Reduction potential in 2030"), which then
  dates the table's undated cells as goals, as a deadline table's header does (``texttables.DeadlineTable``).

Written by hand: no library reads tables out of plain text whose cells have lost their columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import rx
from .cells import CAPTION_RE, YEAR_CELL_RE
from .cellunits import cell_unit
from .headeryears import named_years
from .quantities import find_quantities
from .segment import Block

MAX_HEADER_CELLS = 14  # the header's cells (and a first row's text cells) searched for the column's unit
MAX_HEADER_CHARS = 80  # a longer line is a body cell, not a header cell
MAX_BODY_BLOCKS = 400
MAX_CELL_CHARS = 700  # a longer block is running text: the table has ended
BARE_GAP = 20  # blocks without a cell of the amounts' column after which the table has ended
MIN_AMOUNTS = 3  # fewer bare amounts: not a table of amounts
UNIT_LINE_GAP = 2  # under a unit line, the lines of amounts run on with at most one other line among them

_YEAR_RE = rx.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d|2100)(?!\d)")
#: a cell that is an amount alone ("1.95", "-1,055.68") or after a short label and a colon ("In the year 2030:
#: 64.36", "Accumulated to 2030: 666 (with …)", "Average: 55.5"; thousands with or without a separator: "5373.4")
#: ("-Agriculture 29,163.75": a label without a colon before an amount written with a separator)
_BARE_RE = rx.compile(
    r"^\s*(?:[^\d:\n]{1,40}(?:(?:19|20)\d\d\s*)?:\s*)?[-–]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:\(|$)"
    r"|^\s*[-–•]?\s*[A-Za-z][^\d:\n]{0,39}\s[-–]?\d{1,3}(?:(?:,\d{3})+(?:\.\d+)?|\.\d+)\s*$"
)

#: a cell of the amounts' column that holds none: "-", "n/a", "Mitigation potential: Not Estimated (NE)"
_NO_AMOUNT_RE = rx.compile(
    r"^\s*(?:[^\d:\n]{1,40}:\s*)?(?:[-–—]\s*$|(?:n/?a|not\s+(?:estimated|available|applicable|quantified))\b)", re.I
)


#: a cell that only ticks a column ("X" under "GHG impact", "✓"): no text, no amount
_MARK_RE = rx.compile(r"^\s*[xX✓✔√•]\s*$")
MAX_AMOUNT_COLUMNS = 3  # more unit columns at the header's end: not clearly a table of amounts


@dataclass
class LooseTable:
    """A captioned table of text cells and bare amounts under a header that states the amounts' unit, or the units
    of its last few columns ("Reduced emissions ktCO2 eq | Estimated investment USD")."""

    first_block: int
    last_block: int
    caption: str
    units: list[tuple[str, Decimal]]  # the unit of each amount column, in the header's order
    years: set[int]  # the years its caption and header cells name (a future one is the plan's deadline)
    cells: list[list[tuple[int, int]]]  # the sentences of each body cell
    title: str = ""  # the cells of a header without a caption, joined ("Annex 1: Proposed actions | Measure | …")

    @property
    def unit(self) -> tuple[str, Decimal]:
        """The unit of a one-column table's amounts."""
        return self.units[0]


def amount_cell(sentence: str, in_run: bool) -> str:
    """What a cell of a row of amount columns is: "mark" (a tick, "X": skipped), "amount" (a bare amount), "none" (an
    amount column's cell that holds none, "N/A", within a run of amounts) or "text"."""
    if _MARK_RE.match(sentence):
        return "mark"
    if is_bare_amount(sentence):
        return "amount"
    return "none" if in_run and _NO_AMOUNT_RE.match(sentence) else "text"


def is_bare_amount(sentence: str) -> bool:
    """A cell that holds an amount without a unit: the column's unit is its unit."""
    return bool(_BARE_RE.match(sentence)) and not YEAR_CELL_RE.match(sentence)


def year_amid_amounts(blocks: list[Block], index: int) -> bool:
    """Whether the year-shaped line ``blocks[index]`` is one of the amounts of a column printed one cell per line
    ("12,400" | "8,310" | "1996" | "3,905": 1,996 tonnes written without its separator), not a year labelling the
    lines after it. Amounts stand right before it (two or more, their run not led by a year line, as a year-labelled
    row's values are) and right after it."""
    if index < 2 or index + 1 >= len(blocks) or not _bare_line(blocks[index + 1]):
        return False
    k = index - 1
    while k >= 0 and _bare_line(blocks[k]):
        k -= 1
    if index - 1 - k < 2:
        return False
    return k < 0 or not (_one_line(blocks[k]) and YEAR_CELL_RE.match(blocks[k].text.strip()))


def _bare_line(block: Block) -> bool:
    return _one_line(block) and is_bare_amount(block.text.strip())


def _one_line(block: Block) -> bool:
    return block.kind in ("heading", "paragraph") and "\n" not in block.text.strip()


def _unit_line(blocks: list[Block], text: str, first: int) -> tuple[str, Decimal] | None:
    """The unit a short line states for the label-amount lines right under it, or None: "GHG emissions and removals
    in GgCO2eq Base year: 2011" over "Energy: 14,751.66", "Waste: 924.67" (an inventory listed line by line)."""
    block = blocks[first]
    line = block.text.strip()
    if not _one_line(block) or len(line) > MAX_HEADER_CHARS or first + 1 >= len(blocks):
        return None
    if not is_bare_amount(blocks[first + 1].text.strip()) or find_quantities(text, block.start, block.end):
        return None  # no amount right under it, or the line states a value of its own
    return cell_unit(line)


#: a sentence that cites a table by its number before the table's own caption: "Table 6.2 summarizes …"
_CITING_RE = rx.compile(
    r"Tables?\s+[\d.]+[a-z]?\s+(?:below\s+)?(?:summari[sz]es|shows|presents|lists|provides|gives|illustrates|details"
    r"|sets\s+out|describes|contains)\b",
    re.IGNORECASE,
)


def build_loose_table(
    blocks: list[Block], text: str, first: int, unit_words: dict[int, bool] | None = None
) -> LooseTable | None:
    """The loose table opened by the caption at ``first``, or None: its header must state exactly one unit, and
    bare amounts must follow (``MIN_AMOUNTS``), none further than ``BARE_GAP`` blocks from the one before. A line
    that states a unit with bare amounts right under it is caption and header at once (``_unit_line``).
    ``unit_words``: ``_names_unit`` of blocks by index, kept by a caller that asks for the tables at many blocks of
    one document (each window of the header test overlaps the next)."""
    caption = blocks[first].text.strip()
    if _CITING_RE.match(caption):
        return None  # "Table 6.2 summarizes … for 1994, 2000 and 2007.": a sentence citing the table, no caption
    gap = BARE_GAP
    units: list[tuple[int, tuple[str, Decimal]]] = []
    years = {int(y) for y in _YEAR_RE.findall(caption)}
    k = first + 1
    header_only = False  # no caption: a header whose last cells name the amounts' units ("… | Finance Required USD")
    if not CAPTION_RE.match(caption) or not caption.upper().startswith("TABLE"):
        if (unit := _unit_line(blocks, text, first)) is not None:
            units.append((first, unit))
            k = len(blocks)  # no header cells under it: the amounts follow at once
            gap = UNIT_LINE_GAP
        else:
            # (most runs of short lines are no such header: two unit words among the next lines, a cheap test first)
            if not _unit_words_under(blocks, first, {} if unit_words is None else unit_words):
                return None
            header_only, k, caption, years = True, first, "", set()
    while k < len(blocks) and k - first <= MAX_HEADER_CELLS:
        cell = blocks[k].text.strip()
        if not _one_line(blocks[k]) or len(cell) > MAX_HEADER_CHARS:
            if (
                units
                and (other := cell_unit(cell)) is not None
                and other != units[-1][1]
                and not any(q.unit == other[0] for q in find_quantities(text, blocks[k].start, blocks[k].end))
            ):
                return None  # a long header cell naming another unit ("Investment cost in US$, taking into …"):
                # the header goes on past it, with more than one measure (a row's cell states amounts in it: "from
                # 3 GW in 2020 to 4 GW in 2030")
            break
        if find_quantities(text, blocks[k].start, blocks[k].end):
            break  # a cell that states a value ("from 12% in 2019 to 60%"): the rows have begun
        if (unit := cell_unit(cell)) is not None:
            units.append((k, unit))
        years |= {int(y) for y in _YEAR_RE.findall(cell)} - named_years(cell)  # not "(IPCC, 2006)": a source's year
        k += 1
    if len({u for _, u in units}) != 1 and not _trailing_units(units):
        return None  # no unit, or several not at the header's end: which amount is in which is unclear
    if header_only and (
        not _trailing_units(units)
        or units[0][0] - first < 3
        or any(CAPTION_RE.match(blocks[j].text.strip()) for j in range(first, units[-1][0]))
    ):
        return None  # without a caption, only a header of named columns that ends with two or three unit columns
        # (a "Table N" caption among them opens its own table)
    start = units[-1][0] + 1
    body: list[int] = []
    last_bare = -1
    amounts = 0
    for k in range(start, min(len(blocks), start + MAX_BODY_BLOCKS)):
        block = blocks[k]
        if block.kind not in ("heading", "paragraph") or CAPTION_RE.match(block.text):
            break
        if len(block.text) > MAX_CELL_CHARS or k - max(last_bare, start - 1) > gap:
            break
        if bare := sum(is_bare_amount(text[s.start : s.end]) for s in block.sentences):
            amounts += bare
            last_bare = k
        elif last_bare >= 0 and _NO_AMOUNT_RE.match(block.text):
            last_bare = k  # the column goes on: a row without an amount
        body.append(k)
    if amounts < MIN_AMOUNTS:
        return None
    body = [k for k in body if k <= last_bare]
    cells = [[(s.start, s.end) for s in blocks[k].sentences] for k in body]
    # a header without a caption: its cells, a title among them ("Annex 1: Description of proposed Mitigation
    # Actions" | "Measures" | "Sector" | "Expected Implementation Cost (USD)" | …), say what its amounts are
    title = " | ".join(blocks[j].text.strip() for j in range(first, start)) if header_only else ""
    if len({u for _, u in units}) == 1:
        return LooseTable(first, body[-1], caption, [units[0][1]], years, cells, title)
    runs = _run_lengths([text[a:b] for cell in cells for a, b in cell])
    if len(runs) < MIN_AMOUNT_ROWS or sum(n >= len(units) for n in runs) * 3 < len(runs) * 2:
        return None  # most rows must end with an amount for each unit column, else which is whose is unclear
    return LooseTable(first, body[-1], caption, [u for _, u in units], years, cells, title)


def _unit_words_under(blocks: list[Block], first: int, known: dict[int, bool]) -> bool:
    """Whether two of the blocks from ``first`` on (``MAX_HEADER_CELLS`` + 1 of them) are short lines with a unit
    word; ``known`` keeps each block's answer: find_grids asks at each block of a run of short lines, and the
    windows overlap (the search of every block 15 times was ~0.3 % of extraction)."""
    found = 0
    for k in range(first, min(len(blocks), first + MAX_HEADER_CELLS + 1)):
        unit = known.get(k)
        if unit is None:
            unit = known[k] = _names_unit(blocks[k])
        if unit:
            found += 1
            if found == 2:
                return True
    return False


def _names_unit(block: Block) -> bool:
    return len(block.text) <= MAX_HEADER_CHARS and _UNITISH_RE.search(block.text) is not None


#: (the lookahead names the first character of every branch: at most other characters re tries no branch, which
#: halves the cost of this test, run on most short lines of a document)
_UNITISH_RE = rx.compile(
    r"(?=[%$€UEkMGCmbht])(?:%|\$|€|\b(?:USD|EUR|[kMG]Wh?|Gg|kt|Mt|CO2|ha|hectares|million|billion|tonnes?)\b)"
)
MIN_AMOUNT_ROWS = 2  # fewer rows of amounts: not clearly a table with several amount columns


def _run_lengths(sentences: list[str]) -> list[int]:
    """The number of amounts (a cell without one holding its place, ticks skipped) in each run of them."""
    runs: list[int] = []
    n = 0
    for sentence in sentences:
        what = amount_cell(sentence, n > 0)
        if what in ("amount", "none"):
            n += 1
        elif what == "text" and n:
            runs.append(n)
            n = 0
    return [*runs, n] if n else runs


def _trailing_units(units: list[tuple[int, tuple[str, Decimal]]]) -> bool:
    """Whether the header's unit cells are its last cells (the body starts after the last), side by side, one per
    amount column ("… | Reduced emissions ktCO2 eq | Estimated investment USD"): each row's last amounts are then
    those columns', in order."""
    at = [k for k, _ in units]
    return 2 <= len(at) <= MAX_AMOUNT_COLUMNS and at == list(range(at[0], at[0] + len(at)))
