"""A page printed in two columns of text, read as two: pypdf's layout text puts the two columns' lines side by side
("…the base year following the Third        sectors which contributes most (total 82.62 Mt…"), so neither its
gaps between paragraphs nor its tables can be read until the left column is put before the right one, as the plain
text (in the order the page was written) has them.

A gutter is a run of blank character positions that most lines of the page cross with text on both sides and that
almost no line prints into; a table or heading across the whole width prints into it, and then the page is left
whole. Written by hand: pypdf has no column detection, and the libraries that do (pdfminer's layout analysis)
would read every page a third time.
"""

from __future__ import annotations

from . import rx

_MARGIN = 15  # a gutter lies at least this many characters from either side of the page
_CROSSING = 0.4  # of the page's text lines at least this share have text on both sides of the gutter
_PRINTED_INTO = 0.03  # and at most this share print into it


def split_columns(layout: str) -> tuple[str, str]:
    """The layout text of a page, its left column's lines first and then its right column's if it has two: for its
    tables, and for its paragraphs. The two columns' lines do not line up: a column's blank line where the other
    column prints parts a table's spaced rows, but is no gap between paragraphs, so the second text leaves it out."""
    lines = layout.split("\n")
    gutter = _gutter([line for line in lines if line.strip()])
    if gutter is None:
        return layout, layout
    pairs = [(line[:gutter].rstrip(), line[gutter:].rstrip()) for line in lines]
    indent = min((len(b) - len(b.lstrip()) for _, b in pairs if b), default=0)
    rows = "\n".join([*(a for a, _ in pairs), "", *(b[indent:] for _, b in pairs)])
    left = [a for a, b in pairs if a or not b]
    right = [b[indent:] for a, b in pairs if b or not a]
    return rows, "\n".join([*left, "", *right])


def _words(side: str) -> bool:
    """Whether one side of a line holds prose (two words of letters): a table's gutters, between a label and its
    numbers or between two columns of numbers, are no page's."""
    return len(_WORD_RE.findall(side)) >= 2


_WORD_RE = rx.compile(r"[^\W\d_]{2,}")


def _gutter(lines: list[str]) -> int | None:
    """Where the right column starts: past the gutter most lines cross, or None for a page of one column."""
    if len(lines) < 8:
        return None
    width = max(len(line) for line in lines)
    # positions no more than _PRINTED_INTO of the lines print into (a character before, at or after), counted once
    # per line over its runs of text: a page of one column has none and costs no more
    printed = [0] * (width + 2)
    for line in lines:
        for m in _TEXT_RE.finditer(line):
            printed[max(m.start() - 1, 0)] += 1
            printed[m.end() + 1] -= 1
    limit = _PRINTED_INTO * len(lines)
    best: tuple[int, int] | None = None  # (lines crossing, position)
    count = 0
    for x in range(width):
        count += printed[x]
        if _MARGIN <= x < width - _MARGIN and count <= limit:
            crossing = sum(1 for line in lines if _crosses(line, x))
            if crossing >= _CROSSING * len(lines) and (best is None or crossing > best[0]):
                best = (crossing, x)
    return None if best is None else best[1] + 2


def _crosses(line: str, x: int) -> bool:
    """Whether a line leaves positions x-1 to x+1 blank with prose on both sides."""
    return not line[x - 1 : x + 2].strip() and _words(line[: x - 1]) and _words(line[x + 2 :])


_TEXT_RE = rx.compile(r"\S+(?: \S+)*")  # text parted by two spaces or more: no line counted twice
