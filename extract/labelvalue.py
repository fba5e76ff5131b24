"""A label that states its unit in brackets over its bare value ("Emission target by 2030 (Mt CO2-eq.)" over
"57.4"), or beside it in a row of two cells: the key-value tables of a plan's summary (its information for clarity,
transparency and understanding: "Base year | 2010", "Base year emissions (Mt CO2e) | 25.8", "Target year | 2030").

No grid holds them (one value column under no header, and a label that reads as a heading), and the value alone
says nothing: its unit and year are the label's, so label and value are read together as one sentence.
"""

from __future__ import annotations

from decimal import Decimal

from . import rx
from .cells import YEAR_CELL_RE
from .cellunits import UNIT_BRACKET_END_RE, lone_bracket_unit
from .headinglines import states_value
from .segment import Block

_LABEL_CHARS = 150  # longer, a line is prose that happens to end with a bracket
#: a value alone: a number with its sign, no unit and no percent sign (a share, "22.7%", reads by itself)
_BARE_VALUE_RE = rx.compile(r"\s*[-−]?\d[\d,.]*\s*")
_FIGURES_RE = rx.compile(r"[-−+\d\s.,%()*]+")  # a line of figures alone: the next cell of a row of values


def label_unit(label: str) -> tuple[str, Decimal] | None:
    """The unit a short label states in its closing bracket ("… by 2030 (Mt CO2-eq.)"); None for no unit, or only a
    count or a ratio (which say what is counted, not in what)."""
    if len(label) > _LABEL_CHARS or (m := UNIT_BRACKET_END_RE.search(label)) is None:
        return None
    if states_value(label[: m.start()]):
        return None  # "Emissions of 3 sectors (Mt CO2e)": a number of its own, which the unit would be given to
    unit = lone_bracket_unit(label, m.start(), m.end())  # (a unit alone: not "(10 MW, 18 GWh)", values of its own)
    return unit if unit is not None and unit[0] not in ("million", "count", "ratio") else None


def bare_value(cell: str) -> bool:
    """Whether a line or cell is a value alone ("25.8", "-2.6", "1,045.2"), not a year that labels what follows."""
    return _BARE_VALUE_RE.fullmatch(cell) is not None and YEAR_CELL_RE.match(cell.strip()) is None


def value_below_label(blocks: list[Block], index: int) -> tuple[str, Decimal] | None:
    """The unit of the label line right above a bare value line, when that line is a label stating one."""
    if index == 0 or not bare_value(blocks[index].text):
        return None
    if index + 1 < len(blocks) and _FIGURES_RE.fullmatch(blocks[index + 1].text):
        return None  # "Emissions (Gg CO2-eq)" over "-1339" | "12 441" | "22 647": a row of a table of years
    above = blocks[index - 1]
    return label_unit(above.text) if above.kind == "heading" else None


def labels_value_below(blocks: list[Block], index: int) -> bool:
    """Whether a line is a label stating its unit over a bare value line: it states no value itself (the digits of
    "(Mt CO2-eq.)" are its unit's), so it neither ends a projection's list nor dates its section as a value would."""
    return index + 1 < len(blocks) and value_below_label(blocks, index + 1) is not None


def value_beside_label(cells: list[str]) -> tuple[str, Decimal] | None:
    """The unit of a row of two cells, a label stating one and a bare value ("Base year emission (Mt CO2e) | 25.8")."""
    named = [c for c in cells if c.strip()]
    if len(named) != 2 or not bare_value(named[1]):
        return None
    return label_unit(named[0])
