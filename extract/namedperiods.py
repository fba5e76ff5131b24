"""Periods a sentence names without their years: a Five-Year Plan by its rank, a Kyoto commitment period, "the past
decade". Their years follow from the name (calendar facts), so a value dated by them needs no year written."""

from __future__ import annotations

import re

from .context import guarded, may_contain

_PERIOD_END_RE = guarded(r"\d", r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+Five[\s-]Year\s+Plan", re.IGNORECASE)
_PAST_PERIOD_RE = guarded(
    "dio", r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:decade|\w+\s+years|few\s+years|years)", re.IGNORECASE
)


def five_year_plan_end(n: int) -> int:
    """Last year of China's n-th Five-Year Plan (3rd: 1966-1970; 13th: 2016-2020)."""
    return 1970 + 5 * (n - 3)


def period_end_year(text: str) -> int | None:
    """The last year of a period the sentence names by its rank: a Five-Year Plan, a Kyoto commitment period."""
    if (kyoto := kyoto_period_end(text)) is not None:
        return kyoto
    if not may_contain(text, 0, len(text), ("plan",)):
        return None  # "13th Five-Year Plan": rare, and the regex is slow on long sentences
    m = _PERIOD_END_RE.search(text)
    return five_year_plan_end(int(m.group("n"))) if m else None


#: The Kyoto Protocol's commitment periods named by their rank: "the first period of the Kyoto Protocol", "the Kyoto
#: Protocol's second commitment period", "the first Kyoto commitment period". The first ran 2008-2012 and the second
#: 2013-2020: calendar facts of the treaty, as a Five-Year Plan's years follow from its number.
_KYOTO_PERIOD_RE = guarded(
    "fFsSkK",
    r"\b(?P<a>first|second)\s+(?:commitment\s+)?period\s+(?:of|under)\s+the\s+Kyoto\s+Protocol"
    r"|\bKyoto\s+Protocol['’]s\s+(?P<b>first|second)\s+commitment\s+period"
    r"|\b(?P<c>first|second)\s+Kyoto\s+(?:commitment\s+)?period",
    re.IGNORECASE,
)
_KYOTO_PERIOD_END = {"first": 2012, "second": 2020}


def kyoto_period_end(text: str) -> int | None:
    """The last year of the Kyoto commitment period the sentence names, or None."""
    if "Kyoto" not in text or (m := _KYOTO_PERIOD_RE.search(text)) is None:
        return None
    return _KYOTO_PERIOD_END[(m.group("a") or m.group("b") or m.group("c")).lower()]


def mentions_past_period(text: str) -> bool:
    """Whether the sentence speaks of a past period ("over the past decade"); the cheap word test first."""
    return may_contain(text, 0, len(text), ("past", "last")) and bool(_PAST_PERIOD_RE.search(text))
