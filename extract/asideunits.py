"""Bare numbers beside a value that are the same measure at another step, and take its unit: an aside dated by its
own year ("deploy 77 buses by 2030 (17 by 2025)") and a number the value is compared with ("800,000 stoves by 2030,
compared to around 350,000 in 2016"). Kept apart from the range and from-to readers (``ranges``), which pair bounds."""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx
from .quantity import Quantity

# "77 electric buses by 2030 (17 by 2025)": a bracket opening after the quantity, a bare number dated by its own year
_ASIDE_BEFORE_RE = rx.compile(r"[^()\n]{0,60}\(\s*$")
_ASIDE_DATED_AFTER_RE = rx.compile(r"\s+(?:by|in)\s+(?:19|20)\d\d\s*\)")


def dated_asides(text: str, out: list[Quantity]) -> None:
    """A bare number in brackets after a quantity, with a year of its own, is the same quantity at an earlier step:
    it takes that quantity's unit ("deploy 77 buses by 2030 (17 by 2025)")."""
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if q.unit or not prev.unit or not _ASIDE_DATED_AFTER_RE.match(text, q.end):
            continue
        if _ASIDE_BEFORE_RE.fullmatch(text, prev.end, q.start):
            factor = prev.value / prev.num.value if prev.num.value else Decimal(1)
            out[i] = Quantity(q.num, q.num.value * factor, prev.unit, q.end)


#: between a value and a bare number it is compared with: "800,000 stoves per year by 2030, compared to around"
_COMPARED_GAP_RE = rx.compile(
    r"[^\d;:.!?]{0,60}?(?:\b(?:19|20)\d\d\b[^\d;:.!?]{0,20}?)?,?\s*(?:as\s+)?(?:compared\s+(?:to|with)|against|versus"
    r"|vs\.?)\s+(?:(?:around|about|approximately|nearly|some|only|just|roughly)\s+)?",
    re.IGNORECASE,
)
#: a bare number's own year after it, maybe past an abbreviation of what it counts: "350,000 FA in 2016" (and, for
#: ``ranges.is_restatement``, a bracketed amount's: "(MDL 34.9 million in 2022, …)")
OWN_YEAR_AFTER_RE = rx.compile(r"(?:\s+[A-Z]{1,5}\b)?\s+(?:in|for|as\s+of)\s+(?:19|20)\d\d\b")


def compared_to_bare(text: str, out: list[Quantity]) -> None:
    """A bare number a value is compared with, dated by a year of its own, is the same measure at that year: it takes
    the value's unit ("800,000 improved cookstoves per year by 2030, compared to around 350,000 in 2016")."""
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if q.unit or not prev.unit or prev.unit == "million" or not OWN_YEAR_AFTER_RE.match(text, q.end):
            continue
        if _COMPARED_GAP_RE.fullmatch(text, prev.end, q.start) and q.num.form == prev.num.form == "digits":
            factor = prev.value / prev.num.value if prev.num.value else Decimal(1)
            out[i] = Quantity(q.num, q.num.value * factor, prev.unit, q.end)
