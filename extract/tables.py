"""Tables: header years and units scope their cells; footnotes give base years."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from . import context as cx
from .sentence import _SPACES_RE, read_sentence
from .state import Carry, DocContext

if TYPE_CHECKING:
    pass
from .numbers import MAGNITUDES, MARKER_CHARS, find_numbers
from .segment import TABLE_FOOTNOTE_RE, Block
from .units import (
    NON_INDICATOR,
    match_unit_after,
)


def table_footnotes(blocks: list[Block], text: str) -> dict[str, int]:
    """Footnote letter -> base year for table footnotes that state one ("^b ... from the 2020 level")."""
    notes: dict[str, int] = {}
    for block in blocks:
        if block.kind != "note":
            continue
        m = TABLE_FOOTNOTE_RE.match(block.text)
        if not m:
            continue
        letter = m.group("caret") or {"ᵃ": "a", "ᵇ": "b", "ᶜ": "c", "ᵈ": "d", "ᵉ": "e"}[m.group("sup")]
        for y in cx.find_years(text, block.start, block.end):
            if y.role == "base":
                notes[letter] = y.year
    return notes


# --------------------------------------------------------------- tables

_YEAR_CELL_RE = re.compile(r"^\s*((?:19|20|21)\d\d)\s*$")
_HEADER_UNIT_RE = re.compile(r"\(([^()]*)\)\s*$")
_HEADER_MAGNITUDE_RE = re.compile(
    r"(100\s+million|hundred\s+million|10,?000|ten\s+thousand|thousand|million|billion|trillion)\s*", re.I
)
_MARKER_RE = re.compile(r"\s*(?:\^(?P<caret>[a-z])|(?P<sym>[" + MARKER_CHARS + r"]))")


def _header_unit(text: str, label_start: int, label_end: int) -> tuple[str, Decimal] | None:
    """'Forest Volume (100 million cubic meters)' -> ('billion m3', 0.1) for the cells of that row."""
    m = _HEADER_UNIT_RE.search(text, label_start, label_end)
    if not m:
        return None
    inner = m.group(1).strip()
    scale = Decimal(1)
    mag = _HEADER_MAGNITUDE_RE.match(inner)
    if mag:
        word = (
            _SPACES_RE.sub(" ", mag.group(1).lower()).replace("10,000", "ten thousand").replace("10000", "ten thousand")
        )
        scale = MAGNITUDES.get(word, Decimal(1))
        inner = inner[mag.end() :]
    unit = match_unit_after(inner, 0)
    if unit is None or unit.unit == NON_INDICATOR:
        return None
    return unit.unit, scale * unit.factor


def read_table_row(
    ctx: DocContext,
    block: Block,
    header_years: dict[int, int],
    carry: Carry,
    marker_order: list[str],
    table_is_target: bool,
) -> None:
    text = ctx.doc.text
    label_start, label_end = block.cells[0]
    header_unit = _header_unit(text, label_start, label_end)
    for index, (c_start, c_end) in enumerate(block.cells[1:], start=1):
        if index not in header_years or not text[c_start:c_end].strip():
            continue
        year = header_years[index]
        kind = "target" if table_is_target or (ctx.ref_year is not None and year > ctx.ref_year) else "actual"
        base = None
        for nm in find_numbers(text, c_start, c_end):
            mk = _MARKER_RE.match(text, nm.end, c_end)
            if mk:
                # a letter when the marker shows one (ª, ^b); otherwise the letter after the previous marker
                letter = mk.group("caret") or {"ª": "a"}.get(mk.group("sym") or "", "")
                if not letter:
                    letter = chr(ord(marker_order[-1]) + 1) if marker_order else "a"
                marker_order.append(letter)
                base = ctx.footnote_base_years.get(letter)
        read_sentence(
            ctx,
            c_start,
            c_end,
            carry,
            quote=(block.start, c_end),
            table_year=year,
            table_unit=header_unit,
            table_kind=kind,
            base_year=base,
        )
