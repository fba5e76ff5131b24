"""A PDF's text as the later stages read it: paragraphs parted by blank lines, a paragraph's wrapped lines joined,
tables as rows of tab-separated cells, as the HTML and Word readers write them.

pypdf's plain text keeps a page's reading order, which suits prose (a cell of text stays whole, columns of a page
come one after the other), but loses what the segmenter and the table readers need:

- **paragraphs**: every line ends with one newline; ``pdfgaps`` puts a blank line where the page shows a gap (from
  where pypdf says each piece of text is printed), and on a page that may hold a table the layout text
  (``extraction_mode="layout"``) adds the gaps it shows (a page of two columns first put in reading order,
  ``pdfcolumns``);
- **lines**: a sentence wraps at the margin, and a wrapped line's start ("2031 to 31 December 2035") reads as a
  heading's, a list item's or a date line's; lines that reach the margin are joined to the next;
- **tables**: a row prints as one line of words and numbers ("Energy Power 95.14 23.24 87.13"), its columns, empty
  cells and header cells gone; ``pdftables`` rebuilds the tables from the layout text, and their lines in the plain
  text (found by the numbers of the first and last rows, the header's lines above by their words) are replaced;
- and it keeps what is no text of the document: running heads and feet (page numbers, a title, a print date)
  are dropped, and a table printed over two pages is one block.

The layout text alone will not do: it interleaves side-by-side cells of text line by line. Measured by
``bench/pdf_accuracy.py`` (the dev set's nine NDCs printed to PDF from their HTML renderings, whole documents,
scored on the gold rows): recall 0.585 from the plain text alone, 0.928 now (0.895 from the HTML), at about 1.25
times pypdf's plain reading (the layout text is read only on pages whose plain text ends a line in two numbers).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from . import pdftables, rx
from .ligatures import expand_ligatures
from .pdfcolumns import split_columns

_Line = tuple[int, str, int]  # (page, text, the number of the table it is a row of, or -1)
_LOOKAHEAD = 12  # layout lines searched for a plain line: blank lines and a side-by-side cell's lines between


def pdf_text(pages: list[str], layouts: list[str | None]) -> tuple[str, list[int]]:
    """The text of a PDF from its pages' plain texts (blank lines between pages), with the paragraphs and tables
    that the pages' layout texts (None where there is none) show, and the offset where each page starts. A table
    printed over two pages is one block: no blank line parts its halves."""
    running = _running_lines(pages)
    if running:
        pages = [_without(page, running) for page in pages]
        layouts = [None if layout is None else _without(layout, running) for layout in layouts]
    lines: list[_Line] = []
    columned = [None if layout is None else split_columns(layout) for layout in layouts]
    for page, (plain, split) in enumerate(zip(pages, columned, strict=True)):
        texts = plain.split("\n")
        if split is not None:
            texts = _paragraphs(texts, split[1])
        lines += [(page, text, -1) for text in texts]
    layouts = [None if split is None else split[0] for split in columned]
    number = 0
    page = 0
    while page < len(pages):  # tables are looked for in each run of pages that have a layout text
        if layouts[page] is None:
            page += 1
            continue
        end = page
        while end < len(pages) and layouts[end] is not None:
            end += 1
        found = [band for p in range(page, end) for band in pdftables.bands(p, layouts[p] or "")]
        if tables := pdftables.find_tables(found):
            first_line = next(k for k, line in enumerate(lines) if line[0] >= page)
            lines = _replace(lines, tables, number, first_line)
            number += len(tables)
        page = end
    return _joined(_unwrapped(lines), len(pages))


def _shape(line: str) -> str:
    """A line with its digits and spacing made alike: a running head's page number or date changes page by page."""
    return _DIGITS_RE.sub("#", " ".join(expand_ligatures(line).split()))


_DIGITS_RE = rx.compile(r"\d+")
_EDGE_LINES = 3  # a running head or foot is among a page's first or last lines
_RUNNING_SHARE = 0.5  # … and of that shape on at least half the pages


def _running_lines(pages: list[str]) -> set[str]:
    """The shapes of the lines printed at the head or foot of most pages: page numbers, running titles, a print
    date and address. They are not the document's text, and between the halves of a table they part it."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page.split("\n") if line.strip()]
        seen.update({_shape(line) for line in [*lines[:_EDGE_LINES], *lines[-_EDGE_LINES:]]})
    return {shape for shape, count in seen.items() if count >= max(3, _RUNNING_SHARE * len(pages))}


def _without(text: str, running: set[str]) -> str:
    return "\n".join(line for line in text.split("\n") if not line.strip() or _shape(line) not in running)


def _paragraphs(plain: list[str], layout: str) -> list[str]:
    """``plain`` (a page's lines) with a blank line before each line that follows a gap in the layout text."""
    spaced = [" ".join(expand_ligatures(line).split()) for line in layout.splitlines()]
    out: list[str] = []
    at = 0  # the layout line after the last one matched
    for line in plain:
        key = " ".join(line.split())
        for k in range(at, min(at + _LOOKAHEAD, len(spaced))) if key else ():
            if spaced[k] == key:
                if 0 < at < k and not any(spaced[at:k]) and out and out[-1]:
                    out.append("")  # only blank layout lines since the last line matched: a gap
                at = k + 1
                break
        out.append(line)
    return out


_ITEM_RE = rx.compile(r"[•●▪◦■□❖➢►\-–*]\s|\(?(?:[a-z]|[0-9]{1,2}|[ivx]{1,4})[.)]\s")
#: a caption line, kept whole (and so is a row of numbers: ``pdftables.may_hold_table``)
_CAPTION_RE = rx.compile(r"(?:Table|Figure|Chart|Box)\s+\w+[.:]", re.I)
_FULL = 0.8  # a line this share as long as a page's long lines reaches its margin: the sentence wrapped there
_WORD_RE = rx.compile(r"[^\W\d_]+")
_BROKEN_RE = rx.compile(r"([^\W\d_]+)-$")  # a word broken at the margin: "emis-"


def _join(line: str, wrapped: str, words: set[str]) -> str:
    """Two lines of a paragraph as one. A word hyphenated at the margin ("emis-" / "sions") is made whole when the
    document writes it whole elsewhere; otherwise the hyphen is the word's own ("low-" / "carbon")."""
    broken = _BROKEN_RE.search(line.rstrip())
    rest = _WORD_RE.match(wrapped)
    if broken is None or rest is None or not rest.group()[0].islower():
        return f"{line} {wrapped}"
    head = line.rstrip()[: broken.end(1)]
    if (broken.group(1) + rest.group()).lower() in words:
        return head + wrapped
    return f"{head}-{wrapped}"


def _kept_whole(line: str) -> bool:
    return _CAPTION_RE.match(line) is not None or pdftables.may_hold_table(line)


def _unwrapped(lines: list[_Line]) -> list[_Line]:
    """Lines of a paragraph that wrapped at the margin joined into one, as a web page's paragraph is one line: the
    later stages read a line's start as a heading's, a list item's or a date line's. A line ending short of the
    margin, a list item's start, a lead-in's colon and a table row keep their line breaks."""
    widths: dict[int, list[int]] = {}
    for page, text, table in lines:
        if table < 0 and len(text) > 20:
            widths.setdefault(page, []).append(len(text))
    full = {page: sorted(w)[int(0.9 * (len(w) - 1))] * _FULL for page, w in widths.items() if len(w) >= 5}
    words = {w.lower() for _, text, table in lines if table < 0 for w in _WORD_RE.findall(text)}
    out: list[_Line] = []
    last = ""  # the last line as printed (out[-1] may be lines joined)
    for line in lines:
        page, text, table = line
        if out and table < 0 and text and not _ITEM_RE.match(text) and not _kept_whole(text):
            prev_page, prev, prev_table = out[-1]
            if prev_page == page and prev_table < 0 and page in full and len(last) >= full[page]:
                if not last.rstrip().endswith((".", ":", ";", "!", "?")) and not _kept_whole(last):
                    out[-1] = (page, _join(prev, text, words), -1)
                    last = text
                    continue
        out.append(line)
        last = text
    return out


def _find_line(lines: list[_Line], key: tuple[str | None, list[str]], start: int, pages: range) -> int | None:
    """The first line from ``start`` on, on one of ``pages``, that prints a row (``pdftables.row_key``): its numbers
    in order, words between them allowed; a row of one amount ends with it after its label's first word, so that a
    sentence citing the amount before its table is not taken for the row."""
    for k in range(start, len(lines)):
        if lines[k][0] >= pages.stop:
            return None
        if lines[k][0] in pages and _prints(lines[k][1].split(), key):
            return k
    return None


def _prints(words: list[str], key: tuple[str | None, list[str]]) -> bool:
    label, numbers = key
    if len(numbers) == 1:
        return bool(words) and words[-1] == numbers[0] and (label is None or label in words[:-1])
    it = iter(words)
    return all(any(word == number for word in it) for number in numbers)  # (a subsequence: ``it`` is consumed)


def _header_start(lines: list[_Line], first: int, table: pdftables.Table, done: int) -> int:
    """The first plain line of the table's header: the lines above its first row made only of the header's words."""
    words = pdftables.header_words(table, lines[first][1])
    start = k = first
    while k > done:
        line_words = lines[k - 1][1].split()  # (a blank line between the header's bands is passed over)
        if any(words[w] <= 0 for w in line_words):
            break
        words.subtract(line_words)
        k -= 1
        if line_words:
            start = k
    return start


def _row_end(lines: list[_Line], last: int, table: pdftables.Table) -> int:
    """The last plain line of the table: its last row's line, and the lines after it made only of that row's other
    words (a label wrapped under its row: "2021-" over "2025")."""
    words = Counter(w for cells in table.rows[-1].lines for c in cells for w in c.text.split())
    words.subtract(lines[last][1].split())
    end = last
    while end + 1 < len(lines) and (following := lines[end + 1][1].split()):
        if any(words[w] <= 0 for w in following):
            break
        words.subtract(following)
        end += 1
    return end


def _first_row(lines: list[_Line], table: pdftables.Table, done: int, pages: range) -> int | None:
    """The plain line of the table's first row: the first that prints its numbers, or, when a table with a header
    has rows alike, the first such line right under the header's lines."""
    key = pdftables.row_key(table.body_rows()[0])
    first = _find_line(lines, key, done, pages)
    k = first
    while table.header and k is not None and _header_start(lines, k, table, done) == k:
        k = _find_line(lines, key, k + 1, pages)
    return first if k is None else k


def _replace(lines: list[_Line], tables: list[pdftables.Table], number: int, done: int) -> list[_Line]:
    """``lines`` with the lines of each table replaced by its rebuilt rows (the tables numbered from ``number``),
    looked for from line ``done`` on; a table whose first row is not found in the plain text is left as it is."""
    out: list[_Line] = lines[:done]
    for table in tables:
        body = table.body_rows()
        pages = range(table.rows[0].page, table.rows[-1].page + 1)  # a row is looked for on the table's pages only
        first = _first_row(lines, table, done, pages)
        if first is None:
            continue
        last = first
        for cells in body[1:]:
            key = pdftables.row_key(cells)
            # the row's own line after the last one's (rows alike, "NO NO" twice, are two lines), else that same line
            found = _find_line(lines, key, last + 1, pages)
            if found is None and (found := _find_line(lines, key, last, pages)) is None:
                break
            last = found
        last = _row_end(lines, last, table)
        start = _header_start(lines, first, table, done)
        rows = pdftables.table_rows(table)
        if _characters(text for _, text, _ in lines[start : last + 1]) - _characters(text for _, text in rows):
            continue  # the plain lines hold text the rows do not (a line matched wrongly): nothing is replaced
        out.extend(lines[done:start])
        # a table is a block of its own, as a paragraph is: a blank line before and after it
        if out and out[-1][1]:
            out.append((rows[0][0], "", -1))
        out.extend((page, text, number) for page, text in rows)
        if last + 1 < len(lines) and lines[last + 1][1]:
            out.append((rows[-1][0], "", -1))
        number += 1
        done = last + 1
    out.extend(lines[done:])
    return out


def _characters(texts: Iterable[str]) -> Counter[str]:
    return Counter(ch for text in texts for ch in text if not ch.isspace())


def _joined(lines: list[_Line], count: int) -> tuple[str, list[int]]:
    """The pages' lines joined, a blank line between pages unless a table runs on; and where each page starts."""
    texts: list[list[str]] = [[] for _ in range(count)]
    first_table = [-1] * count  # the table the first line of each page is a row of (-1: none)
    last_table = [-1] * count
    for page, text, table in lines:
        if not texts[page]:
            first_table[page] = table
        texts[page].append(text)
        last_table[page] = table
    out: list[str] = []
    starts: list[int] = []
    offset = 0
    for page in range(count):
        if page:
            runs_on = last_table[page - 1] >= 0 and last_table[page - 1] == first_table[page]
            separator = "\n" if runs_on else "\n\n"
            out.append(separator)
            offset += len(separator)
        starts.append(offset)
        body = "\n".join(texts[page])
        out.append(body)
        offset += len(body)
    return "".join(out), starts
