"""The year written right after a quantity ("87 Mt in 2000", "fell by 32% over 2000-2023", "11.2% (BAU-2025)"):
the quantity's own, read before from-to groups and ranges pair quantities (``ranges``)."""

from __future__ import annotations

import re

from . import rx
from .quantity import Quantity

#: "11.2% (BAU-2025)": the cut is measured against the BAU of that year, and due then
_BAU_YEAR_AFTER_RE = rx.compile(
    r"\s*\(\s*(?:BAU|business[\s-]as[\s-]usual)[\s-]*(?P<y>(?:19|20)\d\d)\s*\)", re.IGNORECASE
)
_LOCAL_YEAR_RE = rx.compile(
    r"\s*(?:in|by|as\s+of|at\s+the\s+end\s+of|by\s+the\s+end\s+of|during|for)\s+(?:the\s+end\s+of\s+)?"
    # "17.5 Mt for the period 2026–2030 and 36.3 Mt for 2031–2035": each its own; "87 Mt in (the) year 2000"
    r"(?:the\s+(?:period|years?)\s+|year\s+)?"
    # a period is dated by its end: "averaged 27 Mt during 2020–2023" -> 2023 (not a fiscal "2019/20")
    r"(?:(?:1[89]|20|21)\d\d\s*(?:[-–—]|to)\s*(?=(?:1[89]|20|21)\d\d(?![\d%])))?"
    r"(?P<y>(?:1[89]|20|21)\d\d)(?![\d%])"
)
#: A year written bare right after a value's unit, closing its clause: "1,240 GgCO2eq by 2030 and 2,310 GgCO2eq 2035."
#: (the "by" of the pair's first half left out of its second)
_BARE_YEAR_AFTER_RE = rx.compile(r"[ \t]+(?P<y>20\d\d)(?=\s*(?:[.;]|$))")
#: The year a value is reported for, right after it: "from the -14,179 Gg CO2 eq reported for 2000"
_REPORTED_FOR_RE = rx.compile(
    r"\s*(?:reported|recorded|registered|observed)\s+(?:for|in)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d\d)(?![\d%])",
    re.IGNORECASE,
)
#: The year after the bracket a value is set in: "from a net GHG source (1,716 Gg CO2 eq) in 2015 to a net sink"
_BRACKET_THEN_YEAR_RE = rx.compile(r"\s*\)\s*(?:in|by)\s+(?P<y>(?:19|20)\d\d)(?![\d%])")

# a change's own period written right after it: "fell by 32% over the period 2000-2023", "rose 17% from 1994-2023",
# "grow by 5% between 2025 and 2030": it reaches the period's end (its base, the start, is ``yearof``'s to read)
_SPAN_AFTER_RE = rx.compile(
    r",?\s*(?:over|from|between)\s+(?:the\s+(?:period|years)\s+(?:of\s+)?)?(?:1[89]|20|21)\d\d\s*(?:[-–—]|to\b|and\b)\s*"
    r"(?P<y>(?:1[89]|20|21)\d\d)(?![\d%])"
)


#: A year labelling the value right after it, as a list line or a bracket's item writes it: "2010: 124 Mt" over
#: "2020: 178 Mt" run into one paragraph, "(2025: 200 MW and 2028: 200 MW)", "- 2030: 61%"
_LABEL_YEAR_BEFORE_RE = rx.compile(
    r"(?:^[ \t]*|\n[ \t]*|[(;,•▪\-−–*“\"]\s*|\band\s+)(?P<y>(?:19|20)\d\d)\s*:\s*"
    r"(?:about\s+|approx(?:\.|imately)\s+|~\s*)?$",
    re.IGNORECASE,
)
_LABEL_REACH = 30  # characters before a value its year label may start at


#: the year after a value opens a list of years ("14.6% and 24.3% by 2025 and 2030"): the list pairs with the values
#: (``yearlists``), the first year is not the last value's own
_YEAR_LIST_GOES_ON_RE = rx.compile(r"\s*(?:,\s*and|,|and|&)\s*(?:in\s+|by\s+)?(?:19|20)\d\d(?![\d%])")


def _in_bracket(text: str, at: int) -> bool:
    """Whether ``at`` is inside a bracket opened shortly before it ("source (1,716 Gg")."""
    lo = max(0, at - 40)
    return text.rfind("(", lo, at) > text.rfind(")", lo, at)


def date_written_after(text: str, qs: list[Quantity]) -> None:
    """Give each quantity the year written right after it, if any."""
    for q in qs:
        m = (
            _LOCAL_YEAR_RE.match(text, q.end)
            or _SPAN_AFTER_RE.match(text, q.end)
            or _BAU_YEAR_AFTER_RE.match(text, q.end)
            or (_BARE_YEAR_AFTER_RE.match(text, q.end) if q.end > q.num.end else None)
            or _REPORTED_FOR_RE.match(text, q.end)
            # (a year labelling the value inside its bracket beats the one after the bracket: "(2028: 200 MW) by 2030")
            or _LABEL_YEAR_BEFORE_RE.search(text, max(0, q.start - _LABEL_REACH), q.start)
            or (_BRACKET_THEN_YEAR_RE.match(text, q.end) if _in_bracket(text, q.start) else None)
        )
        if m and not _YEAR_LIST_GOES_ON_RE.match(text, m.end()):
            q.year = int(m.group("y"))


def deadline_to_end(text: str, end: list[Quantity], start: list[Quantity]) -> None:
    """"will reach 146 Mt from 55 Mt by 2030": the deadline written after the start is the change's, so the end's."""
    last = start[-1]
    if last.year is not None and _DEADLINE_AFTER_RE.match(text, last.end):
        for q in end:
            q.year = q.year or last.year
        for q in start:
            q.year = None


_DEADLINE_AFTER_RE = rx.compile(
    r"\s*(?:by|until|till)\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?(?:1[89]|20|21)\d\d\b", re.I
)


#: "(2020, 20% to 2030, 35%)": each value after its own year and a comma, a change from the first to the second
_PAIR_START_RE = rx.compile(r"(?:\(|\bfrom\s+)\s*(?P<y>(?:19|20)\d\d)\s*,\s*$", re.IGNORECASE)
_PAIR_GAP_RE = rx.compile(r"\s*(?:to|-|–)\s*(?P<y>(?:19|20)\d\d)\s*,\s*", re.IGNORECASE)


def year_value_pairs(text: str, qs: list[Quantity]) -> None:
    """Date and group a change written as year-value pairs ("renewables (2020, 20% to 2030, 35%)"): the start of
    the year before it, the end of the year before it."""
    for a, b in zip(qs, qs[1:], strict=False):
        if a.group or b.group or a.year is not None or b.year is not None:
            continue
        start = _PAIR_START_RE.search(text, max(0, a.start - 12), a.start)
        gap = _PAIR_GAP_RE.fullmatch(text, a.end, b.start) if start else None
        if start and gap and int(start.group("y")) < int(gap.group("y")):
            a.year, a.group, b.year, b.group = int(start.group("y")), "from", int(gap.group("y")), "to"
