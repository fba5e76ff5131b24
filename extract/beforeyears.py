"""Years a sentence takes from the sentence right before it in its paragraph: the years that sentence gave its own
values ("… 1.0 Gt in 2025 and 0.8 Gt in 2030. This represents cuts of 43% and 52%, respectively") and the period it
named ("Over the same period, …"). Part of the year stage (``yearlinks.link_years`` asks it after a sentence's own
years are linked); kept apart so each reads alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import rx
from .alternation import first_char_guarded
from .quantities import Quantity
from .yearlists import QUANTITY_LINK_RE

if TYPE_CHECKING:
    from .years import SentenceYears


def assign_years_from_before(
    text: str, start: int, end: int, quantities: list[Quantity], before: tuple[int, tuple[int, ...]]
) -> None:
    """'… 1.0 Gt in 2025 and 0.8 Gt in 2030. This represents cuts of 43% and 52%, respectively, …': a list of values
    said "respectively" whose sentence dates none of them takes, in order, the years the sentence right before gave
    as many values of its own (``before``: that sentence's end and its values' own years)."""
    prev_end, earlier = before
    if len(earlier) < 2 or len(quantities) < len(earlier) or prev_end < 0 or text[prev_end:start].strip():
        return
    if "\n\n" in text[prev_end:start]:
        return
    chain = quantities[: len(earlier)]
    if any(q.year is not None or q.group or q.unit != chain[0].unit for q in chain):
        return
    if not all(QUANTITY_LINK_RE.fullmatch(text, a.end, b.start) for a, b in zip(chain, chain[1:], strict=False)):
        return
    if not text[chain[-1].end : end].lstrip(" ,").lower().startswith("respectively") and not _SAME_YEARS_RE.search(
        text, chain[-1].end, end
    ):
        return  # (the list itself is said "respectively": "43% and 52%, respectively", or "in the same years")
    for q, year in zip(chain, earlier, strict=True):
        q.year = year


def named_period(quantities: list[Quantity], years: SentenceYears) -> tuple[int, int] | None:
    """The period a sentence names: its span ("between 2010 and 2015"), else the years of its first from/to pair
    ("from US$0.28m in 2010 to US$1.2m in 2015")."""
    if years.span is not None:
        return years.span
    first = next((q.year for q in quantities if q.group == "from" and q.year), None)
    last = next((q.year for q in quantities if q.group == "to" and q.year), None)
    return (first, last) if first and last and first < last else None


#: the years the sentence before named, in its order: "… from 391 kt in 2011 to 467 kt in 2017. Transport accounted
#: for 15% and 16% of energy emissions, in the same reference years"
_SAME_YEARS_RE = rx.compile(r"\b(?:in|for)\s+the\s+same\s+(?:reference\s+)?years\b", re.IGNORECASE)


def assign_same_period(
    text: str, start: int, end: int, quantities: list[Quantity], before: tuple[int, tuple[int, int] | None]
) -> None:
    """'Over the same period, investment increased from US$0.18 to US$0.59 bn': the period named last in the
    paragraph (``before``: where it was named, and its first and last year) dates each from and to value."""
    named_end, period = before
    if period is None or named_end < 0 or "\n\n" in text[named_end:start]:
        return
    if not _SAME_PERIOD_RE.search(text, start, end):
        return
    for q in quantities:
        if q.year is None and q.group in ("from", "to"):
            q.year = period[0] if q.group == "from" else period[1]


_SAME_PERIOD_RE = first_char_guarded(
    r"\b(?:over|during|in|for)\s+the\s+same\s+(?:period|years?|time(?:\s+frame)?)\b", re.IGNORECASE
)


def own_value_years(quantities: list[Quantity]) -> tuple[int, ...]:
    """The years a sentence's values took as their own, when they rise in order (a list of deadlines)."""
    years = tuple(q.year for q in quantities if q.year is not None)
    return years if len(years) >= 2 and all(a < b for a, b in zip(years, years[1:], strict=False)) else ()
