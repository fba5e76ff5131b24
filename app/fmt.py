"""How numbers, targets and tolerances read on every page: one place, so a card, a table and a chart agree."""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

QUALIFIER_SYMBOL = {"=": "", "~": "≈", ">": ">", ">=": "≥", "<": "<", "<=": "≤"}
QUALIFIER_WORDS = {
    "=": "exactly",
    "~": "around",
    ">": "more than",
    ">=": "at least",
    "<": "less than",
    "<=": "at most",
}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def fmt_num(value: float | None, significant: int = 6) -> str:
    """Thousands separators, no float noise (19.493, 1,200, 0.0665)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return _fmt_num(float(value), significant)


@lru_cache(maxsize=65_536)  # the same values recur across a dataset's targets and their reasons
def _fmt_num(value: float, significant: int) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    digits = max(0, significant - int(math.floor(math.log10(abs(value)))) - 1) if value else 0
    return f"{value:,.{min(digits, 10)}f}".rstrip("0").rstrip(".")


def fmt_value(value: float, unit: str, base_year: int | None = None, bau: bool = False) -> str:
    """A value with its unit and what a change refers to ("51 % vs 2005", "30 % vs BAU")."""
    if unit == "year":
        return fmt_num(value).replace(",", "")
    text = fmt_num(value) if unit == "count" else f"{fmt_num(value)} {unit}".strip()  # "60 by 2025", not "60 count"
    if base_year is not None:
        return f"{text} vs {base_year}"
    return f"{text} vs BAU" if bau else text


def fmt_target(
    value: float, unit: str, qualifier: str, year: int | None, base_year: int | None = None, bau: bool = False
) -> str:
    """The target as analysts read it: "> 1,200 GW by 2030", "≈ 25 % by 2030", "before 2030"."""
    if unit == "year":
        y = fmt_num(value).replace(",", "")
        words = {"<": "before", "<=": "by", "=": "in", "~": "around", ">": "after", ">=": "in or after"}
        return f"{words.get(qualifier, qualifier)} {y}"
    symbol = QUALIFIER_SYMBOL.get(qualifier, qualifier)
    text = f"{symbol} {fmt_value(value, unit, base_year, bau)}".strip()
    return f"{text} by {year}" if year is not None else f"{text} (no year)"


def fmt_rate(rate: float, unit: str) -> str:
    """Change per year with sign; percentages move in percentage points."""
    per = "pp" if unit == "%" else unit
    sign = "+" if rate >= 0 else "−"
    return f"{sign}{fmt_num(abs(rate), 3)} {per}/yr"


def fmt_band(half_step: float, unit: str) -> str:
    """The ``~`` band in the target's own unit: "±0.5 %", "±50 GW"."""
    return f"±{fmt_num(half_step)} {unit}".strip() if unit != "count" else f"±{fmt_num(half_step)}"


def _decimals(number: str) -> int:
    return len(number.split(".", 1)[1]) if "." in number else 0


def stated_half_step(value_raw: object, value: float) -> float:
    """Half a step of the last digit the document wrote, in the canonical unit of ``value``.

    "around 25 %" → 0.5 (it holds from 24.5); "24.1 %" → 0.05; "1.2 billion kilowatts" stored as 1,200 GW → 50 GW
    (the stated step, 0.1 billion kW, scaled by value / number as written). Without digits in the raw text ("a
    quarter"), the value's own last digit decides.
    """
    text = str(value_raw or "")
    candidates = [n.replace(",", "") for n in _NUMBER.findall(text)]
    best: tuple[float, str] | None = None
    for number in candidates:
        try:
            stated = float(number)
        except ValueError:
            continue
        if stated == 0:
            continue
        scale = value / stated if value else 1.0
        exponent = math.log10(abs(scale)) if scale else 0.0
        if abs(exponent - round(exponent)) < 1e-6:  # the number as written, up to a power of ten (unit scaling)
            best = (abs(scale), number)
            break
    if best is None:
        try:
            exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
        except (InvalidOperation, ValueError):
            return 0.5
        digits = max(0, -int(exponent)) if isinstance(exponent, int) else 0
        return 0.5 * 10.0**-digits
    scale, number = best
    return 0.5 * 10.0 ** -_decimals(number) * scale
