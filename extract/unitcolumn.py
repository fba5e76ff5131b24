"""A table's "Unit of measure" column: each row's unit, scaled by a power of ten ("1000 ha | 6 | 7" is six and seven
thousand hectares, "1 MW | 600 | 625" six hundred megawatts, "1000 lamps | 5 | 8" five thousand lamps)."""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx
from .cells import Cell, is_value_cell, joined
from .units import match_unit_after

#: the header of a column that states each row's unit ("Unit", "Unit of measure", "Units of measurement")
UNIT_HEADER_RE = rx.compile(r"^\s*(?:units?(?:\s+of\s+measure(?:ment)?)?|measure\s+units?)\s*$", re.I)
#: a unit cell scaled by a number: "1000 ha", "1 MW", "1,000 lamps", and glued, "1MW", "2MW", "40 kW from solar"
#: (what follows opens with a letter)
_SCALED_UNIT_RE = rx.compile(r"^\s*(?P<scale>\d{1,3}(?:[ ,.]?\d{3})*)\s*(?=[^\W\d])")
#: a rate ("uses / day", "t / day central", "kt sugar cane / year") or a bracket: no amount a cell could scale
_RATE_RE = rx.compile(r"/|\bper\b|\(", re.I)
_WORDS_RE = rx.compile(r"[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3}\s*")
#: things counted, named alone in a unit cell: a plural noun or two ("Lamps", "fireplaces", "solar pumps")
_NOUNS_RE = rx.compile(r"(?:[^\W\d_]+\s+)?[^\W\d_]{2,}s", re.I)


def names_unit_column(header: list[Cell]) -> bool:
    """Whether a table's header names a column of units ("Unit of measure")."""
    return any(UNIT_HEADER_RE.match(c.text) for c in header)


def heads_unit_column(cells: list[Cell]) -> bool:
    """Whether a run of flattened cells opens with a header naming a "Unit of measure" column, before any value."""
    for c in cells[:12]:
        if is_value_cell(c):
            return False
        if UNIT_HEADER_RE.match(c.text):
            return True
    return False


def scaled_unit_cells(cells: list[Cell]) -> set[int]:
    """Indices of the cells of a "Unit of measure" column that scale their row's numbers: unit cells, no values (the
    cell after each is the row's first number). Asked of a run whose header names such a column
    (``heads_unit_column``)."""
    return {k for k, c in enumerate(cells[:-1]) if _SCALED_UNIT_RE.match(c.text) and is_value_cell(cells[k + 1])}


def own_unit_cell(labels: list[Cell]) -> list[Cell]:
    """A row's label cells with wrapped lines joined, but its unit cell kept apart: under a "Units" column, a unit in
    lower case ("Efficient charcoal stoves" over "fireplaces") is the next cell, not the rest of the label."""
    if len(labels) >= 2 and scaled_unit(labels[-1].text) is not None:
        return [*joined(labels[:-1]), labels[-1]]
    return joined(labels)


def scaled_unit(cell: str) -> tuple[str, Decimal] | None:
    """The unit and scale of a "Unit of measure" cell: "1000 ha" -> thousands of hectares, "1 GWh losses avoided" ->
    GWh, "1000 pans" -> thousands of things counted, "Lamps" -> lamps counted; None for a rate ("1000 uses / day")
    or anything else."""
    m = _SCALED_UNIT_RE.match(cell)
    if m is None:
        # a unit cell without a power of ten: the unit itself ("MW"), or the things counted ("Lamps", "fireplaces")
        unit = match_unit_after("0 " + cell.strip(), 1)
        if unit is not None and unit.written and unit.unit not in ("count", "year", "ratio", "times"):
            return (unit.unit, unit.factor) if unit.end == len(cell.strip()) + 2 else None
        return ("count", Decimal(1)) if _NOUNS_RE.fullmatch(cell.strip()) else None
    if _RATE_RE.search(cell, m.end()):
        return None
    scale = Decimal(re.sub(r"[ ,.]", "", m.group("scale")))
    unit = match_unit_after(cell, m.end("scale"))
    if unit is not None and unit.written and unit.unit not in ("count", "year", "ratio", "times"):
        return unit.unit, scale * unit.factor
    if _WORDS_RE.fullmatch(cell, m.end()) and scale == 10 ** (len(str(scale)) - 1):
        return "count", scale  # "1000 refrigerators": things counted in thousands ("500 W" counts no five hundreds)
    return None
