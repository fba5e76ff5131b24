"""A document's years read once: where their digits are, where a span of years may start, and the role of each year
over the whole text. A sentence's years (``find_years``) are then sliced from the document's: the scans become
bisections, and a year far enough from the sentence's edges keeps the role the whole text gave it.

A year's role depends only on the 60 characters before it and the 20 after it, clipped to the sentence
(``context.year_role``), and on the spans of the sentence; a year closer to an edge, or in a span, is read again.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter

from . import rx

_YEAR_DIGITS_19_RE = rx.compile(r"1(?=[89]\d\d)")  # a literal first character: ``re`` finds it fast
_YEAR_DIGITS_20_RE = rx.compile(r"2(?=[01]\d\d)")
_SPAN_LINK_FIRST = "-–—"  # after a span's first year: a dash, or a space before "to", "through", "until", "till"


def year_digit_starts(text: str, start: int, end: int) -> list[int]:
    """Every position in ``text[start:end]`` where YEAR_DIGITS_RE matches, overlapping ones too, in order."""
    return sorted(
        [m.start() for m in _YEAR_DIGITS_19_RE.finditer(text, start, end)]
        + [m.start() for m in _YEAR_DIGITS_20_RE.finditer(text, start, end)]
    )


_YEAR_PART_BEFORE_RE = rx.compile(r"(?i:mid|early|late)[\s-]+$")  # what _SPAN_RE allows before a year of a span


def _span_start_candidates(text: str, digits: list[int]) -> list[int]:
    """In order, a superset of the positions where _SPAN_START_RE matches, whatever the end of the search: a year's
    digits followed by a space or a dash, and the start of a "from" or "between" (any case: these letters have no
    other case-insensitive match) before the spaces in front of a year."""
    found: set[int] = set()
    for y in digits:
        after = text[y + 4 : y + 5]
        if after and (after.isspace() or after in _SPAN_LINK_FIRST):
            found.add(y)
        k = y
        if (part := _YEAR_PART_BEFORE_RE.search(text, max(0, y - 8), y)) is not None:
            k = part.start()  # "from mid-2015": a part of the year between the word and the year
        while k > 0 and text[k - 1].isspace():  # str.isspace is what \s matches
            k -= 1
        if k < y:
            if k >= 4 and text[k - 4 : k].lower() == "from":
                found.add(k - 4)
            if k >= 7 and text[k - 7 : k].lower() == "between":
                found.add(k - 7)
    return sorted(found)


@dataclass
class YearIndex:
    """The years of one text, read over the whole of it."""

    digits: list[int]  # year_digit_starts of the whole text
    span_starts: list[int]  # _span_start_candidates
    mentions: list[cx.YearMention]  # find_years of the whole text
    roles: dict[int, tuple[int, str]]  # start -> (end of its YEAR_RE match, role) of each year outside a span


_KEPT = 4  # texts whose index is kept (the documents a worker reads in turn, and their copies)
_INDEXES: OrderedDict[str, YearIndex] = OrderedDict()


def document_years(text: str) -> YearIndex:
    """The ``YearIndex`` of ``text``, kept: every sentence of a document asks for its years."""
    index = _INDEXES.get(text)
    if index is not None:
        _INDEXES.move_to_end(text)
        return index
    digits = year_digit_starts(text, 0, len(text))
    index = YearIndex(digits, _span_start_candidates(text, digits), [], {})
    index.mentions = _find_years(text, 0, len(text), index, None)
    _keep(text, index)
    return index


def share_years(copy: str, original: str) -> None:
    """Let ``copy``, a copy of ``original`` with the same years at the same offsets and only whitespace changed
    (``timeline.wraps_joined``), use the index of ``original``: read once, not twice, with the same roles."""
    if copy is not original and len(copy) == len(original):
        _keep(copy, document_years(original))


def _keep(text: str, index: YearIndex) -> None:
    _INDEXES[text] = index
    while len(_INDEXES) > _KEPT:
        _INDEXES.popitem(last=False)


def year_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``YEAR_RE.finditer(text, start, end)``, faster: YEAR_RE is tried only where YEAR_DIGITS_RE finds a year's
    digits (``YearIndex.digits``, scanned as ``YEAR_DIGITS_RE.finditer`` would: without overlaps). A YEAR_RE match
    starts a run of digits (nothing but "FY" may precede it), so no match is missed."""
    return _year_matches(text, start, end, document_years(text).digits)


def _year_matches(text: str, start: int, end: int, digits: list[int]) -> Iterator[re.Match[str]]:
    last = digits_end = start
    for i in range(bisect_left(digits, start), bisect_right(digits, end - 4)):
        at = digits[i]
        if at >= digits_end:  # the non-overlapping starts of YEAR_DIGITS_RE.finditer
            digits_end = at + 4
            if at >= last and (m := cx.YEAR_RE.match(text, at, end)):
                last = m.end()
                yield m


def _span_matches(text: str, start: int, end: int, index: YearIndex | None = None) -> Iterator[re.Match[str]]:
    """``_SPAN_RE.finditer(text, start, end)``, trying _SPAN_RE only where _SPAN_START_RE matches."""
    starts = (index or document_years(text)).span_starts
    last = start
    for i in range(bisect_left(starts, start), len(starts)):
        at = starts[i]
        if at >= end:
            return
        if at >= last and cx._SPAN_START_RE.match(text, at, end) and (m := cx._SPAN_RE.match(text, at, end)):
            last = m.end()
            yield m


def find_years(text: str, start: int, end: int) -> list[cx.YearMention]:
    """Year mentions in a sentence with the role their surrounding words give them."""
    index = document_years(text)
    if start == 0 and end == len(text):
        return list(index.mentions)
    digits = index.digits
    lo = bisect_left(digits, start)
    if lo == len(digits) or digits[lo] > end - 4:
        return []  # most sentences name no year
    return _find_years(text, start, end, index, index.roles)


def may_name_year(text: str, start: int, end: int) -> bool:
    """False only when ``find_years(text, start, end)`` is empty for want of a year's digits (its first test)."""
    digits = document_years(text).digits
    lo = bisect_left(digits, start)
    return lo < len(digits) and digits[lo] <= end - 4


def _find_years(
    text: str, start: int, end: int, index: YearIndex, known: dict[int, tuple[int, str]] | None
) -> list[cx.YearMention]:
    """The years of ``text[start:end]``; a year at least 60 characters after ``start`` and 20 before ``end`` takes
    its role from ``known`` (the whole text's) when it is outside a span in both readings. Fills ``index.roles``
    when ``known`` is None."""
    spans: dict[int, str] = {}
    out: list[cx.YearMention] = []
    fiscal_ends: set[int] = set()  # the second year of a fiscal year named by both ("FY 2017-2018"): no year of its own
    for m in _span_matches(text, start, end, index):
        if m.group("e"):  # "2026-30" -> 2026 to 2030, the end written with two digits
            first = int(m.group("e"))
            last = first // 100 * 100 + int(m.group("f"))
            if last == first + 1 and _fiscal_before(text, start, m.start("e")):
                continue  # "FY 2019-20": one fiscal year, named by its first ("2019/20" is read so too)
            if last > first:
                spans[m.start("e")] = "span_start"
                out.append(cx.YearMention(m.start("f"), m.end("f"), last, "span_end"))
            continue
        a, b = ("a", "b") if m.group("a") else ("c", "d")
        if int(m.group(b)) == int(m.group(a)) + 1 and _fiscal_before(text, start, m.start(a)):
            fiscal_ends.add(m.start(b))  # "FY 2017-2018": one fiscal year, the first year named
        elif int(m.group(b)) > int(m.group(a)):
            spans[m.start(a)] = "span_start"
            spans[m.start(b)] = "span_end"
    for m in _year_matches(text, start, end, index.digits):
        at = m.start()
        if at in fiscal_ends:
            continue
        if at in spans:
            role = spans[at]
        elif known is None:
            role = cx.year_role(text, start, end, m)
            index.roles[at] = (m.end(), role)
        elif at - 60 >= start and m.end() + 20 <= end and (seen := known.get(at)) and seen[0] == m.end():
            role = seen[1]
        else:
            role = cx.year_role(text, start, end, m)
        out.append(cx.YearMention(at, at + 4, int(m.group(1)), role))
    out.sort(key=_START)  # (attrgetter: a lambda called for each of a document's thousand years costs more)
    return out


_START = attrgetter("start")


def _fiscal_before(text: str, start: int, at: int) -> bool:
    """Whether "FY" or "fiscal year" stands right before the year at ``at`` (within its sentence from ``start``)."""
    return bool(cx.FISCAL_TAIL_RE.search(text, max(start, at - 20), at))


# at the end: ``context`` re-exports this module's readers at its own end, so either may be imported first
from . import context as cx  # noqa: E402
