"""The year of a document's undated facts (``timeline``): what it says about its own data, else its base-year
statement, else the end of its inventory's series, else its latest as-of date, else its present; the statements are
looked for only in the stretches of the text that hold a year."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator

from . import context as cx
from . import rx
from .yearindex import document_years

_STATISTICS_YEAR_RE = cx.guarded(
    "dfns",
    r"\b(?:statistics|data|figures|numbers)\b[^.]{0,60}?\b(?:collected|as\s+of|up\s+to|until|cut-?off|by)\b"
    r"[^.]{0,25}?\b((?:19|20|21)\d\d)\b",
    re.IGNORECASE,
)
# "2012 has been considered for the base year", "the 2022 base year", "base year (FY 2013)", "inventory for 2012"
_BASE_YEAR_STATEMENT_RE = cx.guarded(
    "12bBgGiI",
    r"\b((?:19|20)\d\d)\s+(?:has\s+been\s+(?:considered|chosen|selected|taken|used)\s+(?:for|as)\s+the\s+|is\s+the\s+|as\s+(?:the|its)\s+)?"
    r"(?:base|reference|inventory)\s+year\b"
    r"|\b(?:base|reference)\s+year\s*(?:\(|:|is|was|of|to)?\s*(?:the\s+)?(?:(?:fiscal\s+year|FY)\s*)?((?:19|20)\d\d)\b"
    r"|\b(?:GHG|greenhouse\s+gas)\s+(?:emissions?\s+)?inventory\s+(?:for|of)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: Words (lower case) of which every match of the regex above holds one: the cheap test before it (``cx.may_contain``).
_BASE_YEAR_WORDS = ("base", "reference", "inventory")
_STATISTICS_WORDS = ("statistics", "data", "figures", "numbers")  # the same for _STATISTICS_YEAR_RE
#: "the latest year of the NGHGI 1990–2023", "the inventory covers 1990-2022": an inventory's series ends in the year
#: of the document's data
_INVENTORY_PERIOD_RE = cx.guarded(
    "GIgin",
    r"\b(?:inventor(?:y|ies)|N?GHGI)\b[^.]{0,40}?\b(?:19|20)\d\d\s*[-–—]\s*((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_INVENTORY_WORDS = ("inventor", "ghgi")
_AS_OF_RE = cx.guarded(
    "ab",
    r"\b(?:by|as\s+of|at)\s+(?:the\s+end\s+of\s+)?(?:" + cx._MONTHS + r"\s*\d{0,2},?\s*)?((?:19|20)\d\d)\b[^.]{0,80}?"
    r"\b(?:had|has|have|was|were|reached)\b",
    re.IGNORECASE,
)
_AS_OF_VERBS = ("had", "has", "have", "was", "were", "reached")  # one is in every _AS_OF_RE match


def _year_stretches(text: str) -> list[tuple[int, int]]:
    """The spans between full stops that hold a year's digits, in order.

    A statistics or base-year statement holds no full stop and a year that starts a run of digits, so searching
    these spans finds exactly its matches in the whole text, without reading the many spans that hold no year.
    """
    out: list[tuple[int, int]] = []
    starts = document_years(text).digits
    pos, i = 0, 0
    while i < len(starts):  # starts[i]: the next year's digits after the span already listed
        end = text.find(".", starts[i])
        out.append((text.rfind(".", pos, starts[i]) + 1, len(text) if end < 0 else end))
        if end < 0:
            break
        pos, i = end, bisect_left(starts, end, i)
    return out


def _as_of_matches(
    text: str, stretches: list[tuple[int, int]], lows: list[str | None] | None = None
) -> Iterator[re.Match[str]]:
    """``_AS_OF_RE.finditer(text)``, reading only the stretches (``_year_stretches``) that hold one of its verbs
    (``lows``: their ``_stretch_lows``, when the caller has them).

    A match's year and verb lie in one stretch (no full stop between them); what precedes the year holds at most one
    full stop ("by Dec. 2019"), so the search starts a stretch's span earlier, or where the last match ended."""
    last = 0
    for (s, e), low in zip(stretches, lows or _stretch_lows(text, stretches), strict=True):
        if _holds(low, _AS_OF_VERBS):
            for m in _AS_OF_RE.finditer(text, max(text.rfind(".", 0, max(s - 1, 0)) + 1, last), e):
                last = m.end()
                yield m


def _stretch_lows(text: str, stretches: list[tuple[int, int]]) -> list[str | None]:
    """Each stretch in lower case, for the word tests before the statements' regexes (``cx.may_contain``'s, the
    stretch lowered once for all four); None where may_contain passes whatever the words (ı, İ or ſ in it)."""
    lows: list[str | None] = []
    for s, e in stretches:
        span = text[s:e]
        odd = not span.isascii() and ("ı" in span or "İ" in span or "ſ" in span)
        lows.append(None if odd else span.lower())
    return lows


def _holds(low: str | None, words: tuple[str, ...]) -> bool:
    """``cx.may_contain`` of a stretch from its ``_stretch_lows`` entry."""
    if low is None:
        return True
    for word in words:  # a loop, not any(map(…)): cheaper, and this runs four times for each stretch of a document
        if word in low:
            return True
    return False


_EARLIER_PLAN_RE = rx.compile(
    r"\b(?:previous|former|earlier|first|old|initial)\s+(?:I?NDC|plan|contribution)|\bNDC\s?1\b(?![.\d])", re.I
)


_FOR_PROJECTION_RE = rx.compile(r"\s+(?:for|of)\s+the\s+(?:projections?|BAU|business|scenarios?|model)", re.I)


_STALE_BASE_YEARS = 15  # a base year further back than this from the present is a yardstick, not the data's year


def default_year(text: str, present: int | None, deadlines: set[int]) -> tuple[int | None, str, str]:
    """What the document says about its own data; else its base-year statement; else the end of its inventory's
    series; else its latest as-of date; else its present. None of these may lie in the document's future ("data up to
    2030" names a period, "2021-2030 Reference Year 2000" is a table's cells): after the present, or, with no present,
    a year the document uses as a deadline. The third item says which of these the year is."""

    def past(year: int) -> bool:
        return year <= present if present is not None else year not in deadlines

    stretches = _year_stretches(text)
    lows = _stretch_lows(text, stretches)
    for (s, e), low in zip(stretches, lows, strict=True):
        for m in _STATISTICS_YEAR_RE.finditer(text, s, e) if _holds(low, _STATISTICS_WORDS) else ():
            if past(int(m.group(1))):
                return int(m.group(1)), _sentence_around(text, m.start(), m.end()), "statistics"
    stated = [
        (year, m)
        for (s, e), low in zip(stretches, lows, strict=True)
        if _holds(low, _BASE_YEAR_WORDS)
        for m in _BASE_YEAR_STATEMENT_RE.finditer(text, s, e)
        if past(year := int(next(g for g in m.groups() if g)))
        and not _EARLIER_PLAN_RE.search(text, max(0, m.start() - 40), m.start())
        and not _FOR_PROJECTION_RE.match(text, m.end())
    ]  # "replacing the previous NDC's base year of 2015", "2016 as the base year for the projection": not the data's
    inventories = [
        m
        for (s, e), low in zip(stretches, lows, strict=True)
        if _holds(low, _INVENTORY_WORDS)
        for m in _INVENTORY_PERIOD_RE.finditer(text, s, e)
        if past(int(m.group(1)))
        and not _EARLIER_PLAN_RE.search(text, max(s, m.start() - 120), m.start())
    ]  # "the contributions in NDC 1 were based on the Inventory 1995 - 2004": the earlier plan's data, not this one's
    latest = max(inventories, key=lambda m: int(m.group(1))) if inventories else None
    if stated:  # the base year named most often ("compared to the base year of 2010 in the former NDC" is one)
        counts = Counter(year for year, _ in stated)
        year = max(counts, key=lambda y: (counts[y], y))
        # (unless an inventory series runs past it: "emissions over the period 1990–2023, and in the NDC base year
        # 2017" reports 2023's data, measured against 2017; nor when it lies decades back: "Base year 1990" in a
        # plan of 2021 is a yardstick, no data year of its facts)
        stale = present is not None and present - year > _STALE_BASE_YEARS
        if not stale and (latest is None or int(latest.group(1)) <= year):
            m = next(m for y, m in stated if y == year)
            return year, _sentence_around(text, m.start(), m.end()), "base year"
    if latest is not None:  # the latest series the document's inventories end in
        return int(latest.group(1)), _sentence_around(text, latest.start(), latest.end()), "inventory"
    best: tuple[int, int, int] | None = None
    for m in _as_of_matches(text, stretches, lows):
        year = int(m.group(1))
        if not past(year):
            continue  # "by 2030 ... has been prepared" names a deadline, not the date of the data
        if best is None or year > best[0]:
            best = (year, m.start(), m.end())
    if best:
        return best[0], _sentence_around(text, best[1], best[2]), "as of"
    if present is not None:  # an undated fact is reported as of the document's present
        # (a present the text never writes, one year before the file's name, is quoted by nothing)
        m = next((m for m in cx.year_matches(text, 0, len(text)) if int(m.group(1)) == present), None)
        return present, _sentence_around(text, m.start(), m.end()) if m else "", "present"
    return None, "", ""


def _sentence_around(text: str, start: int, end: int) -> str:
    stop = text.rfind(". ", 0, start)
    s = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, start) + 1)  # no stop before: the text's start
    e_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    e = min(e_candidates) + 1 if e_candidates else len(text)
    return " ".join(text[s:e].split())
