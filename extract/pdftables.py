"""Tables found in a PDF's layout text (pypdf's ``extraction_mode="layout"``, every character near its place on
the line) and given back their columns: each row one line of tab-separated cells, as the HTML and Word readers
write them (``tabgrid`` reads such rows). ``pdflayout`` puts them in place of the plain text's lines.

- a **row line** of the layout text holds two numeric cells or more (cells are separated by two spaces or more),
  or ends in its only number, after text, aligned with two such lines more on the page (one column of amounts);
- lines not parted by a blank line form a **band** (one row, its label or header cells wrapped inside it) unless
  the band holds several row lines (a table printed without space between its rows: one row per line);
- a **table** is a run of row bands, short label bands between them allowed ("Other energy sub-sectors:", or a
  page's running foot between a table's two halves), under the **header** bands right above it that look like
  header cells (several cells on a line, or indented ones), up to a caption ("Table 3: …") or prose;
- the **numeric columns** are the x-ranges the row lines' numbers cover, merged where they overlap, and the
  **label columns** start where a row's second or third label cell starts; every cell, header cells too, goes to
  the first numeric column it overlaps (a header spanning columns sits over its first), else to the label column
  it starts in, else to the nearest numeric column.

Written by hand: pypdf gives positions, not tables, and the libraries that find tables in PDFs (camelot,
pdfplumber) bring another PDF parser and, for camelot, OpenCV and Ghostscript.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import rx
from .ligatures import expand_ligatures

#: a cell of a layout line: words parted by single spaces (two spaces or more part cells)
_CELL_RE = rx.compile(r"\S+(?: \S+)*")
#: a numeric cell: "95.14", "-37.5", "(3.2)", "12%", "1,234", "17 663", "+4.5 %"; or a cell in a column of numbers
#: that holds none: an inventory's notation keys (not occurring, not estimated, not applicable, included elsewhere),
#: "n/a", a dash
_NUMBER_RE = rx.compile(
    r"[-+−–(]?\d[\d.,]*(?: \d{3})*(?: ?%)?\)?\*?|(?:NO|NE|NA|IE)(?:, ?(?:NO|NE|NA|IE))*|[nN]/[aA]|[-–—]"
)
#: a line that is no header cell: a caption, a unit or source note above or below a table
_NOT_HEADER_RE = rx.compile(r"(?:Table|Figure|Fig\.|Chart|Box|Source|Sources|Note|Notes|Unit|Units)\b", re.I)
_MAX_HEADER_BANDS = 4
_SHORT_LABEL = 40  # a label-only band between rows ("Other energy sub sectors:") is at most this wide
_PROSE_WORDS = 10  # a line of a paragraph has this many words or more; a header cell's line fewer


@dataclass(frozen=True)
class _Cell:
    x0: int
    x1: int
    text: str

    @property
    def numeric(self) -> bool:
        return _NUMBER_RE.fullmatch(self.text) is not None


def may_hold_table(plain: str) -> bool:
    """Whether a page's plain text has a line ending in two numbers or more, as a table's row prints there: only
    such a page's layout text, which costs pypdf as much again to read, is read."""
    return _PLAIN_ROW_RE.search(plain) is not None


_PLAIN_ROW_RE = rx.compile(r"\d[\d.,%)]* [-+(]?\d[\d.,%)]*[ \t]*$", re.M)


def _cells(line: str) -> list[_Cell]:
    """A layout line's cells where they are printed, their ligatures expanded as the plain text's are."""
    return [_Cell(m.start(), m.end(), expand_ligatures(m.group())) for m in _CELL_RE.finditer(line)]


class _AmountLine(list):
    """A line of label cells ending in one amount that lines up with the amounts of other such lines: a row of a
    table with one numeric column ("Industry: energy saving measures      1,045.2")."""


def _is_row(cells: list[_Cell]) -> bool:
    return isinstance(cells, _AmountLine) or sum(c.numeric for c in cells) >= 2


def _amount_lines(lines: list[list[_Cell]]) -> list[list[_Cell]]:
    """``lines`` with those that end in their only number, after text, aligned with two such lines more (a column
    of amounts), made ``_AmountLine``s."""
    ends = [
        (cells[-1].x0, cells[-1].x1)
        if len(cells) > 1 and cells[-1].numeric and sum(c.numeric for c in cells) == 1
        else None
        for cells in lines
    ]
    found = [e for e in ends if e is not None]
    out: list[list[_Cell]] = []
    for cells, end in zip(lines, ends, strict=True):
        aligned = end is not None and (
            sum(abs(e[1] - end[1]) <= 1 for e in found) >= _AMOUNT_ROWS
            or sum(abs(e[0] - end[0]) <= 1 for e in found) >= _AMOUNT_ROWS
        )
        out.append(_AmountLine(cells) if aligned else cells)
    return out


_AMOUNT_ROWS = 3  # amounts aligned on this many lines of a page make a column


@dataclass(frozen=True)
class Band:
    """Lines of a page's layout text not parted by a blank line: one row of a table (or of its header)."""

    page: int
    lines: tuple[list[_Cell], ...]

    @property
    def is_row(self) -> bool:
        return any(_is_row(cells) for cells in self.lines)

    def is_header(self, margin: int, adjacent: bool = False) -> bool:
        """Whether the band reads as header cells: several cells on a line, or indented ones; right over the rows
        (``adjacent``), any band that is no caption and ends no sentence ("Sector" / "Emissions (Gg CO2-eq,
        thousand tonnes)" at the margin)."""
        if any(_NOT_HEADER_RE.match(cells[0].text) for cells in self.lines) or self.is_prose or self.is_row:
            return False  # (a row of numbers left alone above a label line is a row, not this table's header)
        if adjacent and not self.lines[-1][-1].text.endswith((".", ":", ";", "!", "?")):
            return True
        return any(len(cells) > 1 for cells in self.lines) or all(cells[0].x0 > margin + 2 for cells in self.lines)

    @property
    def is_prose(self) -> bool:
        """A line of a paragraph (one cell of ten words or more) is no header cell, however indented."""
        return any(len(cells) == 1 and len(cells[0].text.split()) >= _PROSE_WORDS for cells in self.lines)

    def goes_on(self, rows: list[Band]) -> bool:
        """A row with one of its numbers only ("LULUCF    -96,811" between two rows of two): it goes on with a table
        already begun (``rows``), its number under one of the table's numbers and its label left of them all; it
        opens none."""
        if len(self.lines) != 1 or len(self.lines[0]) < 2 or not self.lines[0][-1].numeric:
            return False
        cells = self.lines[0]
        numbers = [c for band in rows for line in band.lines if _is_row(line) for c in line if c.numeric]
        return (
            bool(numbers)
            and all(c.x1 <= min(n.x0 for n in numbers) for c in cells[:-1])  # labels left of the numbers only
            and any(c.x0 < cells[-1].x1 and cells[-1].x0 < c.x1 for c in numbers)
        )

    @property
    def is_short_label(self) -> bool:
        """A label between rows ("Other energy sub sectors:"), or a page's running foot between a table's halves."""
        return len(self.lines) <= 3 and all(len(c) == 1 and len(c[0].text) <= _SHORT_LABEL for c in self.lines)


def bands(page: int, layout: str) -> list[Band]:
    """A page's layout lines in bands; a band with several row lines (a table printed without space between its
    rows) is one band per line."""
    bands: list[Band] = []
    current: list[list[_Cell]] = []
    for cells in [*_amount_lines([_cells(line) for line in layout.splitlines()]), []]:
        caption = len(cells) == 1 and _NOT_HEADER_RE.match(cells[0].text) is not None
        if cells and not caption:
            current.append(cells)
            continue
        if current:
            if sum(_is_row(c) for c in current) > 1:
                bands.extend(_tight_rows(page, current))
            else:
                bands.append(Band(page, tuple(current)))
        if caption:  # a caption printed right over the header is a band of its own, no header cell
            bands.append(Band(page, (cells,)))
        current = []
    return bands


def _tight_rows(page: int, lines: list[list[_Cell]]) -> list[Band]:
    """The rows of a table printed without space between them: the lines over the first row line are the header
    (its cells wrapped over them), and a line that goes on with a wrapped label ("1" under "Scenario", "(energy)"
    under "Industry", "and Livestock") belongs to the row line above it; any other line is a row of its own."""
    lead = next(k for k, cells in enumerate(lines) if _is_row(cells))
    out = [Band(page, tuple(lines[:lead]))] if lead else []
    for cells in lines[lead:]:
        if out and not _is_row(cells) and _CONTINUES_RE.match(cells[0].text):
            out[-1] = Band(page, (*out[-1].lines, cells))
        else:
            out.append(Band(page, (cells,)))
    return out


_CONTINUES_RE = rx.compile(r"[a-z0-9(]")  # a wrapped label goes on in lower case, with a number or a bracket


@dataclass
class Table:
    """A table found in the layout text of one page or of consecutive pages."""

    header: list[Band]
    rows: list[Band]  # from the first row band to the last, label bands between them included
    partial: list[Band]  # the rows among them with one of their numbers only (``Band.goes_on``)

    def body_rows(self, page: int | None = None) -> list[list[_Cell]]:
        bands = [band for band in self.rows if page is None or band.page == page]
        return [cells for band in bands for cells in band.lines if _is_row(cells) or band in self.partial]

    def columns(self) -> dict[int, _Columns]:
        """The columns on each page the table is printed on: a page's layout text may shift its columns by a
        character or two from the page before, enough to merge two columns two characters apart. Pages that
        show a different number of numeric columns (an empty column on a page) share the columns of all."""
        pages = sorted({band.page for band in [*self.header, *self.rows]})
        own = {page: _Columns.of(self.body_rows(page) or self.body_rows()) for page in pages}
        if len({len(columns.numbers) for columns in own.values()}) == 1:
            return own
        shared = _Columns.of(self.body_rows())
        return {page: shared for page in pages}


def find_tables(found: list[Band]) -> list[Table]:
    """The tables of consecutive pages' bands: runs of row bands, short labels between them allowed (a table
    printed over two pages is one table), each under the header bands right above it."""
    margin = min((cells[0].x0 for band in found for cells in band.lines), default=0)
    tables: list[Table] = []
    i = 0
    taken = 0  # bands before this one belong to a table found already: no header takes them
    while i < len(found):
        if not found[i].is_row:
            i += 1
            continue
        first = last = i
        partial: list[Band] = []
        j = i + 1
        while j < len(found):
            if found[j].is_row:
                last = j
            elif found[j].goes_on(found[first:j]):
                last = j
                partial.append(found[j])
            elif not found[j].is_short_label:
                break
            j += 1
        head = first
        while head > taken and first - head < _MAX_HEADER_BANDS and found[head - 1].is_header(margin, head == first):
            head -= 1
        rows = found[first : last + 1]
        if sum(band.is_row for band in rows) >= 2:
            tables.append(Table(found[head:first], rows, [band for band in partial if band in rows]))
            taken = last + 1
        i = last + 1
    return tables


@dataclass(frozen=True)
class _Columns:
    """Where a table's cells go: label columns left of the numbers, told apart by where their cells start, and
    numeric columns, the x-ranges the numbers cover (a column's numbers overlap, however they are aligned)."""

    labels: tuple[int, ...]  # the x at which each label column starts (the first at 0)
    numbers: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, rows: list[list[_Cell]]) -> _Columns:
        merged: list[list[int]] = []
        for x0, x1 in sorted((c.x0, c.x1) for cells in rows for c in cells if c.numeric):
            if merged and x0 <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], x1)
            else:
                merged.append([x0, x1])
        first = merged[0][0] if merged else 0
        # a label cell after another on its row starts a label column ("IPPU | Cement and Fertilizer"); a label
        # alone on its row may span them ("Total Emission"), so it only tells where it starts
        starts: list[int] = []
        for cells in rows:
            for c in [c for c in cells if c.x1 <= first][1:]:
                if all(abs(c.x0 - s) > _SAME_X for s in starts):
                    starts.append(c.x0)
        return cls((0, *sorted(starts)), tuple((a, b) for a, b in merged))

    def index(self, cell: _Cell) -> int:
        """The column of a cell: the first numeric column it overlaps, else the label column it starts in, else
        the nearest numeric column (a header cell over the gap between two)."""
        for k, (x0, x1) in enumerate(self.numbers):
            if cell.x0 < x1 and x0 < cell.x1:
                return len(self.labels) + k
        first = self.numbers[0][0] if self.numbers else cell.x1
        if cell.x1 <= first or not self.numbers:
            return max(k for k, x in enumerate(self.labels) if x <= cell.x0 + _SAME_X or k == 0)
        nearest = min(
            range(len(self.numbers)), key=lambda k: max(self.numbers[k][0] - cell.x1, cell.x0 - self.numbers[k][1])
        )
        return len(self.labels) + nearest


_SAME_X = 3  # label cells starting this close start the same column


def _row_text(band: Band, columns: _Columns, labels: int) -> str:
    """A band as a row of tab-separated cells, ``labels`` label columns wide (the most any page of the table has)."""
    parts: list[list[str]] = [[] for _ in range(labels + len(columns.numbers))]
    shift = labels - len(columns.labels)
    for cells in band.lines:
        for cell in cells:
            k = columns.index(cell)
            parts[k + shift if k >= len(columns.labels) else k].append(cell.text)
    return "\t".join(_joined(p) for p in parts)


def _joined(fragments: list[str]) -> str:
    """A cell's lines as one: a line ending in a hyphen or dash goes on without a space ("2021-" over "2025")."""
    out = ""
    for fragment in fragments:
        out += fragment if not out or out.endswith(("-", "–")) else " " + fragment
    return out


def row_key(cells: list[_Cell]) -> tuple[str | None, list[str]]:
    """How to find a row line in the plain text, which prints its numbers in this order: its numbers word by word,
    and, for a row of one number, its label's first word (a line ending in the number is not enough)."""
    numbers = [word for c in cells if c.numeric for word in c.text.split()]
    label = next((c.text.split()[0] for c in cells if not c.numeric), None) if len(numbers) == 1 else None
    return label, numbers


def header_words(table: Table, row_line: str) -> Counter[str]:
    """The words of a table's header cells, to find the header's lines in the plain text, and those of its first
    row's label that the row's plain line (``row_line``) lacks: the plain text may print the label's first word over
    its row ("Scenario" over "1 1960 7403")."""
    words = Counter(w for band in table.header for cells in band.lines for c in cells for w in c.text.split())
    label = Counter(w for cells in table.rows[0].lines for c in cells if not c.numeric for w in c.text.split())
    label.subtract(row_line.split())
    words.update(+label)
    return words


def table_rows(table: Table) -> list[tuple[int, str]]:
    """(page, tab-separated cells) of each row of the table, header rows first."""
    columns = table.columns()
    width = max(len(c.labels) for c in columns.values())
    out: list[tuple[int, str]] = []
    # (the first row band too: a row of years may print right under the header's lines, in one band with them)
    for band in [*table.header, *table.rows[:1]]:
        group = _group_row(band.lines[0], band.lines[1], columns[band.page], width) if len(band.lines) > 1 else None
        if group is not None:  # the top line of the header names groups of columns: a header row of its own
            out.append((band.page, group))
            band = Band(band.page, band.lines[1:])
        out.append((band.page, _row_text(band, columns[band.page], width)))
    out += [(band.page, _row_text(band, columns[band.page], width)) for band in table.rows[1:]]
    cells = [text.split("\t") for _, text in out]
    # a label column no cell of the table fills (a table whose first column is years: "Year" sits over them)
    kept = [k for k in range(len(cells[0])) if any(row[k] for row in cells)]
    return [(page, "\t".join(row[k] for k in kept)) for (page, _), row in zip(out, cells, strict=True)]


def _group_row(cells: list[_Cell], below: list[_Cell], columns: _Columns, labels: int) -> str | None:
    """A header line of labels each centred over a group of numeric columns ("Total | Domestic efforts |
    International support" over pairs of columns) as a row that puts each label over the first column of its group,
    as a web page's spanning cell is written (``below``: the next line of the header); None when the line is no
    such line. A numeric column belongs to the
    label whose centre is nearest to its own; a label centred over a pair of columns sits over the gap between them
    (one centred over three columns sits over the middle one and is read as that column's)."""
    numbers = columns.numbers
    if len(cells) < 2 or len(cells) >= len(numbers) or not numbers or cells[0].x1 <= numbers[0][0]:
        return None
    centres = [(c.x0 + c.x1) / 2 for c in cells]
    if any(a <= centre <= b for centre in centres for a, b in numbers) or any(
        abs(c.x0 - d.x0) <= 1 for c in cells for d in below
    ):
        return None  # over a column, or where a cell below starts: a cell wrapped ("Reduction" over "MtCO2e")
    owner = [min(range(len(cells)), key=lambda k: abs(centres[k] - (a + b) / 2)) for a, b in numbers]
    if sorted(set(owner)) != list(range(len(cells))) or len(set(owner)) == len(owner):
        return None  # a label heading no column, or every column its own label: no groups
    parts = [""] * (labels + len(numbers))
    for k, cell in enumerate(cells):
        parts[labels + owner.index(k)] = cell.text
    return "\t".join(parts)
