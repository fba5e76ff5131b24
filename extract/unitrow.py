"""A row of units right under a table's header of years: "Years | 2015 | | 2020 |" over "Sector | Gg | % | Gg | %".

Wide NDC tables print each year over two or more columns (an amount and its share, a level and its change); in HTML
the year cell spans them, so the flattened header row leaves blanks after each year, and the row below names each
column's unit. Each year then spans the blank cells after it, and each column reads in the unit its cell names.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx
from .cells import is_value
from .cellunits import cell_unit
from .segment import Block

Unit = tuple[str, Decimal]

#: A caption's bracketed phrase, where captions state their cells' unit ("(Gg CO2e)"): read here and by ``rowtables``.
BRACKET_RE = rx.compile(r"\(([^()]{1,60})\)")
_AND_RE = rx.compile(r"\s+(?:and|or|&)\s+", re.IGNORECASE)


def caption_units(caption: str) -> list[Unit]:
    """The units a caption names in brackets, several where it joins them ("(GgCO2 eq. and %)")."""
    found = []
    for inner in BRACKET_RE.findall(caption):
        for part in _AND_RE.split(inner):
            if unit := cell_unit(part):
                found.append(unit)
    return found


def column_units(cells: list[str], header: list[str], years: dict[int, int], caption: str = "") -> (
    tuple[dict[int, int], dict[int, Unit]] | None
):  # fmt: skip
    """The years and units of the columns a row of units heads, or None when ``cells`` is no such row: every cell
    after the first names a unit (at least two), and each sits under a year or under a blank cell after one.

    A bare mass ("Gg") takes the gas of the caption's unit of the same size ("(GgCO2 eq. and %)" -> Gg CO2e), or of
    the title row's over the years (``title_row_above``)."""
    named = {j: c.strip() for j, c in enumerate(cells) if j > 0 and c.strip()}
    if len(named) < 2 or any(is_value(c) for c in named.values()):
        return None
    units = {j: cell_unit(c) for j, c in named.items()}
    if any(u is None for u in units.values()):
        return None
    spans: dict[int, int] = {}
    year = None
    for j in range(1, max(len(cells), len(header))):
        if j in years:
            year = years[j]
        elif j < len(header) and header[j].strip():
            year = None  # a header cell of its own ("Total"): no year spans it
        if year is not None and j in units:
            spans[j] = year
    if set(spans) != set(units):
        return None
    gassed = {u[1]: u for u in caption_units(caption) if u[0].startswith("Mt ")}
    return spans, {j: gassed.get(u[1], u) if u[0] == "Mt" else u for j, u in units.items() if u is not None}


def title_row_above(text: str, blocks: list[Block], k: int) -> str:
    """The text of the table row at block ``k``, the row over a header of years ("LULUCF SECTOR AMOUNT … (GG CO2EQ.)"
    over "MITIGATION | 2023 | … " over "MEASURE | GG | % | GG"), where a table names its masses' gas; else ""."""
    return text[blocks[k].start : blocks[k].end] if k >= 0 and blocks[k].kind == "table" else ""
