"""How a document writes its numbers: the continental way ("15,4 million", "1.234,5") or the English way.

A number such as "99.992" or "5.000" reads either way: a decimal point with three decimals, or a thousands point.
Each number alone cannot tell, but the document can: translations and French or Spanish plans write their decimals
with commas and their thousands with points throughout, and a number whose form is unambiguous shows which. Table
readers already decide per table (``cells.CONTINENTAL_CELL_RE``); this decides for the whole text. A decimal comma
set apart by spaces ("5 , 1 Mt") is joined here too (``spaced_decimal_commas``).

Written by hand: number-format libraries (babel) parse by a locale given in advance; here the locale is unknown
and only the document's own numbers reveal it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from . import rx

if TYPE_CHECKING:
    from .numbers import Number

#: What a value is followed by when it is one: a percent, a magnitude word, a degree or a common unit. A bare
#: "3,5" may be a list ("Articles 3,5 and 7") and a bare "4.1" a section number: neither counts as evidence.
_UNIT_AFTER = (
    r"\s*(?:%|per\s*cent|percent|pour\s*cent|por\s*ciento|million|billion|milli|bil|°|t\b|Mt|Gg|kt|MW|GW|ha\b)"
)
_ALONE_BEFORE = r"(?=\d)(?<![\d.,])"  # the whole number: no digit, point or comma just before it (a digit first)
_ALONE_AFTER = r"(?![\d.,]\d)"  # nor a digit after a point or comma just after it (a full stop may end a sentence)

#: Unambiguously continental: thousands points and a decimal comma ("1.234,5"), two or more thousands points
#: ("26.681.590"), a decimal comma with one or two decimals before a unit ("15,4 million", "2,5 %").
_CONTINENTAL_RE = rx.compile(
    _ALONE_BEFORE
    + r"(?:\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d{1,3},\d{1,2}"
    + _UNIT_AFTER
    + ")"
    + _ALONE_AFTER,
    re.IGNORECASE,
)
#: Unambiguously English: thousands commas and a decimal point ("1,234.5"), two or more thousands commas
#: ("26,681,590"), a decimal point with one or two decimals before a unit ("3.5 million", "1.5°C", "2.74 t").
_ENGLISH_RE = rx.compile(
    _ALONE_BEFORE
    + r"(?:\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}|\d+\.\d{1,2}"
    + _UNIT_AFTER
    + ")"
    + _ALONE_AFTER,
    re.IGNORECASE,
)
#: What every continental form holds: a comma before one or two final digits, or a thousands point group followed by
#: another separator. Its matches consist of separators and digits only, and a continental match has none of them
#: just before it, so each continental match holds a match of this of its own: fewer of these, fewer of those. A
#: pattern led by "," or "." is scanned for in C; the full patterns try every position (5 % of extraction).
_SEPARATOR_RE = rx.compile(r",\d{1,2}(?!\d)|\.\d{3}[.,]\d")
MIN_EVIDENCE = 3  # continental forms needed at least
DOMINANCE = 3  # ... and at least this many times the English ones: a translation may keep a few of each


def writes_decimal_commas(text: str) -> bool:
    """Whether the document writes numbers the continental way: at least ``MIN_EVIDENCE`` unambiguous continental
    forms and ``DOMINANCE`` times as many as unambiguous English ones. Then "99.992 ktCO2e" is 99,992 kt, as the
    same text's "15,4 million" is 15.4 million."""
    if "," not in text or len(_SEPARATOR_RE.findall(text)) < MIN_EVIDENCE:
        return False  # (nearly every English text: the exact count below is not needed)
    continental = len(_CONTINENTAL_RE.findall(text))
    if continental < MIN_EVIDENCE:
        return False
    return continental >= DOMINANCE * len(_ENGLISH_RE.findall(text))


#: a decimal comma set apart by a translation's spaces, before what the number measures: "5 , 1 Mt", "20 , 6%",
#: "-6, 04%" (after a comma and one space only two digits led by a zero: no list writes "04")
_SPACED_COMMA_RE = rx.compile(r" , |, ")
_MEASURED_AFTER_RE = rx.compile(_UNIT_AFTER + r"|\s*tCO", re.IGNORECASE)  # (the units that mark a value, as above)


def spaced_decimal_commas(text: str, found: list[Number]) -> list[Number]:
    """Numbers joined where a comma set apart by spaces splits one decimal number ("5 , 1 Mt CO2" is 5.1 Mt): two
    plain digit runs, the second of one or two digits and followed by a percent or a unit. Written by hand: no number
    parser reads a decimal comma with spaces around it, which only translations and re-typed tables print."""
    out: list[Number] = []
    for num in found:
        prev = out[-1] if out else None
        gap = _SPACED_COMMA_RE.fullmatch(text, prev.end, num.start) if prev is not None else None
        digits = text[num.start : num.end].split()[0] if gap else ""
        if (
            gap is not None
            and prev is not None
            and prev.form == num.form == "digits"
            and prev.magnitude == 1
            and prev.value == prev.value.to_integral_value()
            and prev.end - prev.start <= 3  # (not a year: "by 2030 , 10% of …")
            and digits.isdigit()
            and (len(digits) <= 2 if gap.group() == " , " else len(digits) == 2 and digits[0] == "0")
            and _MEASURED_AFTER_RE.match(text, num.start + len(digits))
        ):
            fraction = Decimal(digits) / Decimal(10) ** len(digits)
            value = (prev.value + (fraction if prev.value >= 0 else -fraction)) * num.magnitude
            mag, word = num.magnitude, num.magnitude_word
            out[-1] = replace(prev, end=num.end, value=value, magnitude=mag, magnitude_word=word)
            continue
        out.append(num)
    return out
