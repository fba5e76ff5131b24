"""What a short line or a heading says about the lines under it: the deadline or data year it names, the unit its
label states, whether it states a value at all. Split from ``extractor``, whose driver asks these of every heading
and short line; each reads one line alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import context as cx
from . import rx
from .cells import CAPTION_RE
from .cellunits import cell_unit
from .segment import Block


def heading_deadline(text: str, block: Block, present: int | None) -> int | None:
    """The one future year a heading names ("Projections of greenhouse gas emissions for the period up to 2035",
    "Targets for 2030"): the deadline of the section's undated goals, until the next heading."""
    if present is None:
        return None
    # (not a period's end: "GOALS 2025-2030" names when, not by when)
    years = cx.find_years(text, block.start, block.end)
    future = {y.year for y in years if y.year > present and y.role in ("by", "obs", "plain")}
    return future.pop() if len(future) == 1 else None


#: a heading about a country's emissions or their inventory ("4.4. GHG emissions in 2021", "Inventory 2019")
_EMISSIONS_HEADING_RE = rx.compile(r"\b(?:emissions?|inventor(?:y|ies)|GHG|greenhouse\s+gas(?:es)?)\b", re.I)
#: One of these (lower case) is in every _EMISSIONS_HEADING_RE match: the cheap test (``cx.may_contain``) first
_EMISSIONS_WORDS = ("emission", "inventor", "ghg", "greenhouse")


#: A line that labels its bare value: "% of renewables in final energy: 45", "Solar PV capacity (MW): 350"
_LABEL_LINE_RE = rx.compile(r"^\s*(?P<label>[^:\n]{3,120}?)\s*:\s*[-−]?\d[\d.,]*(?:\s|$|,)")


def labels_bare_value(line: str) -> bool:
    """Whether a line is a label and its bare value after a colon ("Transport: 129 (government policies)")."""
    return _LABEL_LINE_RE.match(line) is not None


def label_line_unit(line: str) -> tuple[str, Decimal] | None:
    """The unit a short line's label states for the bare number after its colon ("Solar PV capacity (MW): 350",
    "% reduction of GHG emissions vs. 2005: 61.5"); None for a label that states none or only a count."""
    m = _LABEL_LINE_RE.match(line)
    if m is None:
        return None
    unit = cell_unit(m.group("label"))
    return unit if unit is not None and unit[0] not in ("million", "count", "ratio") else None


def heading_data_year(text: str, block: Block, present: int | None) -> int | None:
    """The one past year a heading about emissions names ("4.4. GHG emissions in 2021"): the year of its section's
    undated inventory figures and tables, until the next heading. Not a year the heading measures against ("GHG
    emissions compared to 1990") nor a period ("Emissions 2000-2019")."""
    if (
        present is None
        or not cx.may_contain(block.text, 0, len(block.text), _EMISSIONS_WORDS)
        or not _EMISSIONS_HEADING_RE.search(block.text)
        or CAPTION_RE.match(block.text)
    ):
        return None  # (a figure's or a table's caption dates its own figure, not the section)
    years = cx.find_years(text, block.start, block.end)
    if len(years) != 1 or years[0].role not in ("obs", "plain") or years[0].year > present:
        return None
    return years[0].year


_SECTION_NUMBER_RE = rx.compile(
    r"\s*(?:(?:chapter|section|part|table|figure|annex|box)\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s", re.I
)


def states_value(line: str) -> bool:
    """A short line with a number besides its section number and its years: a data line ("Energy, 26,620 Gg"), not
    a section title ("Reduction of GHG emissions by 2030:")."""
    m = _SECTION_NUMBER_RE.match(line)
    return has_digit(_YEAR_WORD_RE.sub("", line[m.end() :] if m else line))


_YEAR_WORD_RE = rx.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,%])")


def has_digit(line: str) -> bool:
    """``any(ch.isdigit() for ch in line)`` without a Python step per character: 0-9 by ten substring scans in C,
    and only a line with none of them that is not ASCII (whose other digits, "²", "٣", are all non-ASCII) by hand."""
    for digit in "0123456789":  # a loop, not any(): this runs for every heading and short line
        if digit in line:
            return True
    return not line.isascii() and any(ch.isdigit() for ch in line)


_LINE_CHARS = 100  # a paragraph this short is a line of a list or table, not running prose


#: a line labelling when a measure runs: "Program Timing: 2016-2025;", "Timeframe: 2021-2030", "Implementation
#: period: 2022 – 2027"
_TIMING_LABEL_RE = rx.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:timing|time[\s-]?frame|timeline|implementation\s+period|duration)\s*:", re.IGNORECASE
)

#: a line naming the year the plan measures from: "Year of Reference: 2010", "Base year: 2015", "Reference year - 2005"
_BASE_LABEL_RE = rx.compile(
    r"\s*(?:(?:the\s+)?(?:base|reference|baseline)\s+year|year\s+of\s+(?:reference|base)|base(?:line)?\s+period"
    r"|reference\s+period)\b",
    re.IGNORECASE,
)


def line_year(text: str, block: Block) -> int | None:
    """The one year a short line dates (not a reference, a report's year or a period), or None; a line labelling
    the period a measure runs in dates the lines after it by the period's end ("Program Timing: 2016-2025;" over
    "Forecasted Emissions Reductions: 0.24Gg;": 2025)."""
    if _BASE_LABEL_RE.match(text, block.start, block.end):
        return None  # "Year of Reference: 2010" over the sector's measures: the base their cuts count from, no date
    years = cx.find_years(text, block.start, block.end)
    if len(years) == 1 and years[0].role in ("by", "obs", "plain"):
        return years[0].year
    if years and years[-1].role == "span_end" and _TIMING_LABEL_RE.match(text, block.start, block.end):
        return years[-1].year
    return None
