"""The value a number's text is written for: digits grouped the English way ("1,234.5") or the continental way
("1.234,5"), and number words ("thirty-four", "three and a half"). Part of the numbers stage; ``numbers`` finds
where numbers are, this module reads what each one is worth.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx

WORD_NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

_SPACES_IN_NUMBER_RE = rx.compile("[ \u00a0\u202f\u2009]")
#: a comma no thousands grouping could hold is a decimal comma: after a lone 0 ("0,004") or after four or more digits
#: ("6962,628"; not after a year: "2019,20" is a year and a number run together)
LONE_DECIMAL_COMMA = r"0,\d+|(?!(?:19|20)\d\d,)\d{4,},\d+"
_LONE_DECIMAL_COMMA_RE = rx.compile(LONE_DECIMAL_COMMA)
#: thousands points alone ("9.534", "1.004.347"): thousands in a continental table, a decimal elsewhere when one
THOUSANDS_POINTS_RE = rx.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")  # never "0.698": no grouping starts with 0


def parse_digits(text: str, continental: bool = False) -> Decimal:
    """The value of a digits match, written the English way ("1,234.5") or the continental way ("1.234,5"); in a
    ``continental`` span (a table whose cells write decimal commas) "2.863" is 2863, its point a thousands one."""
    if text.isdecimal():
        return Decimal(text)  # digits alone (four numbers in five, "2030" among them): what the last line makes of them
    if continental and THOUSANDS_POINTS_RE.fullmatch(text):
        return Decimal(text.replace(".", ""))
    if "," in text and ("." not in text or text.rindex(",") > text.rindex(".")) and len(text) - text.rindex(",") <= 3:
        return Decimal(text.replace(".", "").replace(",", "."))  # "5.215,73", "0,04": a decimal comma
    if _LONE_DECIMAL_COMMA_RE.fullmatch(text):
        return Decimal(text.replace(",", "."))  # "0,002", "1017,463": no thousands grouping looks like them
    if text.count(".") >= 2:
        return Decimal(text.replace(".", ""))  # "1.004.347": thousands points
    return Decimal(_SPACES_IN_NUMBER_RE.sub("", text.replace(",", "")))  # "1,234.5", "1, 717", "3 000"


def parse_word_number(text: str) -> Decimal:
    """'thirty-four' -> 34, 'one hundred' -> 100, 'five thousand' -> 5000, 'three and a half' -> 3.5."""
    words = re.split(r"[\s-]+", text.lower())
    half = words[-3:] == ["and", "a", "half"]
    if half:
        words = words[:-3]
    total = Decimal(0)
    for w in words:
        if w in WORD_NUMBERS:
            total += WORD_NUMBERS[w]
        elif w in ("hundred", "thousand"):
            total = (total or Decimal(1)) * (100 if w == "hundred" else 1000)
        elif w == "a":
            total = Decimal(1)
    return total + Decimal("0.5") if half else total
