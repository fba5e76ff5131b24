"""The years a table's header cell names: a year ("BAU 2030", "FY2030", "(2030)"), the end of a period ("2021-2030",
"Change 1990–2017"), the year a fiscal year opens ("2023/24"), and the base year of a change ("compared to 2010"),
which names no column. Kept apart from ``header`` so each reads alone.
"""

from __future__ import annotations

import re

from . import rx
from .context import FISCAL_TAIL_RE
from .yearnames import naming_role

# a footnote marker may be fused to a bracketed year: "Current (20205)" is 2020 with note 5
HEADER_YEAR_RE = rx.compile(r"(?<![\d.])(?:FY\s*)?((?:19[5-9]\d|20\d\d|2100))(?:(?![\d.])|(?<=\(\d{4})\d(?=\)))")
_PERIOD_RE = rx.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)(?!\d)")
BASE_YEAR_RE = rx.compile(
    # ("Percentage increase over 2012": a change's start too)
    r"\b(?:compared\s+(?:to|with)|relative\s+to|below|against|vs\.?|versus|from"
    r"|(?<=increase\s)over|(?<=decrease\s)over|(?<=growth\s)over|(?<=change\s)over)\s+(?:the\s+)?(?:year\s+)?"
    r"((?:19|20)\d\d)\b",
    re.I,
)
# "USD 2020", "million US$ (2015 prices)": the year of the prices, not of the values
_PRICE_YEAR_RE = rx.compile(r"(?:USD|US\$|\$|EUR|€)\s*(?:millions?|billions?|M|bn)?\s*\(?$", re.I)


def cell_years(cell: str) -> list[int]:
    """Years of a header cell; a period "2021-2030" gives its end year, a fiscal year "2023/24" the year it opens
    (the dev-set conventions: "2019/20" -> 2019)."""
    ends = [int(m.group(1)) if _fiscal(m) else _period_end(m) for m in _PERIOD_RE.finditer(cell)]
    if ends:
        return ends
    return [int(m.group(1)) for m in HEADER_YEAR_RE.finditer(cell) if not _PRICE_YEAR_RE.search(cell, 0, m.start())]


def _period_end(m: re.Match[str]) -> int:
    """The end year of a _PERIOD_RE match: "2021-30" -> 2030, "1990–2017" -> 2017 (a century of its own)."""
    first, second = m.group(1), m.group(2)
    return int(second) if len(second) == 4 else int(first[:2] + second)


def _fiscal(m: re.Match[str]) -> bool:
    """A _PERIOD_RE match that is one fiscal year: "2023/24", "2023/2024", or two consecutive years after "FY" ("FY
    2017-2018 (MMK million)")."""
    if _period_end(m) != int(m.group(1)) + 1:
        return False
    return "/" in m.group(0) or bool(FISCAL_TAIL_RE.search(m.string, max(0, m.start() - 16), m.start()))



# "Change 1990–2017", "Variation (2005-2019), %": a change over a span reaches its end from its start (the dev-set
# convention "from 2005 to 2019" -> year 2019, base year 2005); "Reduction 2021-2030" is left alone, for a plan's
# reductions over a period are cumulative, not measured against the period's first year, and "Climate Change
# Strategy 2022-2035" names a plan (words between the change and its span are lower-case: "increase in emissions")
_CHANGE_SPAN_RE = rx.compile(
    r"(?<!climate\s)\b(?:change|changes|variation|increase|decrease|growth|evolution|trend)\b\W{0,3}"
    r"(?:(?-i:[a-z]+)\W{1,3}){0,3}?\(?"
    r"((?:19|20)\d\d)\s*(?:[-–—]|to)\s*((?:19|20)\d\d)(?!\d)",  # "(2010 to 2022)" too
    re.I,
)


#: "% change 2005-Mastered", "Variation 2010 - Controlled (%)": a change from a year to another column's scenario
_CHANGE_FROM_RE = rx.compile(
    r"(?<!climate\s)\b(?:change|variation|evolution|difference)\b\W{0,3}\(?((?:19|20)\d\d)\s*[-–—]\s*(?=[A-Za-z])", re.I
)


def change_from(cell: str) -> int | None:
    """The base year of a change column that runs from a year to a named column ("% change 2005-Mastered")."""
    m = _CHANGE_FROM_RE.search(cell)
    return int(m.group(1)) if m else None


def change_span(cell: str) -> tuple[int, int] | None:
    """The (base year, end year) of a change column's span ("Change (1990–2017), %"), or None."""
    m = _CHANGE_SPAN_RE.search(cell)
    if m is None or int(m.group(2)) <= int(m.group(1)):
        return None
    return int(m.group(1)), int(m.group(2))


#: two years compared: "2010 vs 2035", "2030 compared to 2005"; printed either way round (the later year first or
#: last), the change runs from the earlier year to the later
_YEARS_COMPARED_RE = rx.compile(
    r"\b((?:19|20)\d\d)\s*(?:vs\.?|versus|compared\s+(?:to|with)|relative\s+to|against)\s*((?:19|20)\d\d)\b", re.I
)


def bases(cell: str) -> set[int]:
    """The base years of the changes a header cell names ("% below 2010"): no column's year. Of two years compared
    ("2010 vs 2035, % change"), the earlier is the base whichever way round they are printed."""
    found = {int(m.group(1)) for m in BASE_YEAR_RE.finditer(cell)}
    for m in _YEARS_COMPARED_RE.finditer(cell):
        a, b = int(m.group(1)), int(m.group(2))
        found = (found - {a, b}) | {min(a, b)}
    return found


#: A contribution and when it was filed, heading its column: "NDC filed in 2015", "NDCs updated in 2020", "INDC
#: submitted in 2015" (a header cell only: in prose "the NDC is to be updated in 2025" looks ahead).
_EDITION_FILED_RE = rx.compile(
    r"\b(?:I?NDCs?|contributions?)\b[^\d]{0,20}?\b(?:filed|presented|submitted|updated|communicated)\s+(?:in\s+)?$",
    re.I,
)


def named_years(cell: str) -> set[int]:
    """Years of a header cell that name a document, not the column's data: "NDC filed in 2015 (MtCO2eq)", "First NDC
    (2015)" head the goals each edition set, which are due by the plan's deadline, not in the year it was filed."""
    return {
        int(m.group(1))
        for m in HEADER_YEAR_RE.finditer(cell)
        if _EDITION_FILED_RE.search(cell, 0, m.start())
        or naming_role(cell[max(0, m.start() - 60) : m.start()], cell[m.end() : m.end() + 20], None) is not None
    }


#: A row of the table that names the columns' years ("Years | 2 018 | 2,020 | 2 025 | 2,030"), printed as a row of
#: values (a translation may group a year's digits as thousands).
_YEARS_LABEL_RE = rx.compile(r"^\s*(?:years?|années?)\s*:?\s*$", re.I)
_GROUPED_YEAR_RE = rx.compile(r"^\s*(?:(19|20)\d\d|(?:1\s?9|2[\s,.]?0)\d\d)\s*$")


def years_row(label: str, cells: list[str | None]) -> list[int | None] | None:
    """The years a row labelled "Years" gives the columns (a blank cell: none), or None when it is no such row."""
    if not _YEARS_LABEL_RE.match(label) or not any(cells):
        return None
    years: list[int | None] = []
    for cell in cells:
        if cell is None:
            years.append(None)
        elif _GROUPED_YEAR_RE.match(cell) and 1950 <= (year := int(re.sub(r"\D", "", cell))) <= 2100:
            years.append(year)
        else:
            return None
    return years


#: "FY 2013 (FY 2005)", "2019 (2010)": a column of one year's values, each with, in brackets, another year's value
_BRACKET_YEAR_RE = rx.compile(
    r"(?<![\d.])(?:(?:FY|CY)\s*)?((?:19[5-9]\d|20\d\d))\s*[(（]\s*(?:(?:FY|CY)\s*)?((?:19[5-9]\d|20\d\d))\s*[)）]"
)


def bracket_year(cell: str) -> tuple[int, int] | None:
    """(the column's year, its bracketed companion's) of a header cell written "2013 (2005)" and naming no other
    year; the cells under it write "1,235 (1,219)" (``cells.NUM_CELL_RE``'s ``alt``)."""
    m = _BRACKET_YEAR_RE.search(cell)
    if m is None or len(HEADER_YEAR_RE.findall(cell)) != 2:
        return None
    return int(m.group(1)), int(m.group(2))
