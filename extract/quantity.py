"""A number with its unit: what the quantity stages (quantities, counts, ranges) hand on to the sentence reader."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .numbers import Number


@dataclass
class Quantity:
    """A number with its unit, before context is read."""

    num: Number
    value: Decimal
    unit: str
    end: int  # end of value_raw (number + magnitude + unit)
    start: int = -1  # start of value_raw (a currency sign may come first)
    qualifier: str = ""
    year: int | None = None  # a year written right after the quantity ("1.6 million tons in 2012")
    group: str = ""  # "from" / "to" in from-to statements
    base_year: int | None = None
    coded: bool = False  # money whose ISO code, written after it, overrode the document's own "$"
    also_years: tuple[int, ...] = ()  # earlier deadlines of a list the value holds for too ("by 2025 and 2030, 40 Mt")

    def __post_init__(self) -> None:
        if self.start < 0:
            self.start = self.num.start
