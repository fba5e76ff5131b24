"""A PDF page's plain text with a blank line wherever the page shows a gap between two lines: pypdf's plain text
ends every line with one newline, so a caption, a heading and the paragraphs around them would run into one block
(the segmenter parts blocks at blank lines, as a web page's paragraphs are parted).

pypdf reports, for each piece of the plain text, where on the page it is printed (``extract_text``'s
``visitor_text``: the pieces put together are the plain text). A line's height is its first piece's; a gap is a drop
to the next line of more than 1.4 times the expected step: the page's usual step between lines, or 1.2 times the
larger font of the two lines (a caption in large type steps wider without a gap). A line printed higher than the
one before it starts a new column or a side-by-side cell: no gap. Written by hand: pypdf gives positions, not
paragraphs.
"""

from __future__ import annotations

import math
import statistics
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pypdf

_GAP = 1.4  # a drop this many expected steps deep parts two paragraphs
_LEADING = 1.2  # the step of a font's lines, in units of the font's size


def gapped_text(page: pypdf.PageObject) -> str:
    """The page's plain text (``page.extract_text()``) with blank lines where the page shows gaps."""
    pieces: list[tuple[str, float, float]] = []  # (text, height on the page, font size)

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        try:
            pieces.append((text, tm[5] * cm[3] + tm[4] * cm[1] + cm[5], abs((size or 0.0) * tm[3] * cm[3])))
        except (TypeError, IndexError, ValueError):  # a damaged matrix: the piece's text counts, its place is unknown
            pieces.append((text, math.nan, 0.0))

    plain = page.extract_text(visitor_text=visit)
    lines, places = _lines(pieces)
    if "\n".join(lines) != plain:
        return plain  # (a pypdf that reports its pieces otherwise: the text as it is, without gaps)
    seen = [place for place in places if place is not None]
    drops = [a[0] - b[0] for a, b in zip(seen, seen[1:], strict=False) if a[0] > b[0]]
    if not drops:
        return plain
    step = statistics.median(drops)
    out: list[str] = []
    last: tuple[float, float] | None = None
    for line, place in zip(lines, places, strict=True):
        if place is not None:
            if last is not None and out and out[-1].strip():
                expected = max(step, _LEADING * max(last[1], place[1]), 1.0)
                if last[0] - place[0] > _GAP * expected:
                    out.append("")
            last = place
        out.append(line)
    return "\n".join(out)


def _lines(pieces: list[tuple[str, float, float]]) -> tuple[list[str], list[tuple[float, float] | None]]:
    """The plain text's lines and where each is printed (its first visible piece's height and font size; None for
    a line with nothing visible)."""
    lines: list[str] = []
    places: list[tuple[float, float] | None] = []
    current: list[str] = []
    place: tuple[float, float] | None = None
    for text, height, size in pieces:
        for k, part in enumerate(text.split("\n")):
            if k:
                lines.append("".join(current))
                places.append(place)
                current, place = [], None
            current.append(part)
            if place is None and part.strip() and not math.isnan(height):
                place = (height, size)
    lines.append("".join(current))
    places.append(place)
    return lines, places
