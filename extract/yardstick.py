"""What a change is measured against: a named year (``base_year``) or a reference scenario (``bau``).

"A 25% reduction below BAU", "by 14% under the BAU scenario": the yardstick is the reference path; "35% below 2005
levels": the year. The reference must be the number's own yardstick, not another number's in the sentence. The
reference mentions and the prepositions that make one a yardstick are the reference reader's (``baseline``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import rx
from .alternation import first_char_guarded
from .baseline import AGAINST_RE, reference_spans
from .changes import is_change
from .coordinated import NEXT_QUANTITY_RE, coordinated_shares

#: a later value's own clause between a number and a reference: "12% compared to 2020 and 40% compared to BAU"
_LATER_VALUE_RE = rx.compile(r"\b(?:and|while|whereas|but)\b[^.;()]*?(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]\d))\d")


def baseline_for(
    text: str, sent_start: int, sent_end: int, c_start: int, c_end: int, q_start: int, q_end: int, base_year: int | None
) -> tuple[str, int | None]:
    """(baseline, base year): ``base_year`` for a change against a named year, ``bau`` for one against a reference
    scenario, else empty.

    The reference must be the yardstick of this number: after it ("25% below BAU", "60 Mt, or 5% compared to the
    BAU scenario") or, when the number restates a change ("equivalent to 40 Mt"), anywhere in its sentence. A year
    read as a base right after the reference ("relative to BAU in 2030") is the reference's year, not a base year.
    """
    refs = reference_spans(text, sent_start, sent_end)
    if not refs:
        return ("base_year", base_year) if base_year is not None else ("", None)
    if base_year is not None:
        for r_start, r_end in refs:
            if r_start > q_end and _LATER_VALUE_RE.search(text, q_end, r_start):
                continue  # "12% compared to the 2020 level and 40% compared to BAU": the later value's yardstick
            if c_start <= r_start and r_end <= c_end and AGAINST_RE.search(text, max(c_start, r_start - 40), r_start):
                return "bau", None
            year = _REF_YEAR_RE.match(text, r_end, sent_end)
            if year and int(year.group(1)) == base_year:
                return "bau", None  # "compared to BAU emissions in 2030": the year of the reference, not a base
        return "base_year", base_year
    return _bau_baseline(text, sent_start, sent_end, c_start, c_end, q_start, q_end), None


def against_reference(
    text: str, sent_start: int, sent_end: int, c_start: int, c_end: int, q_start: int, q_end: int
) -> bool:
    """The number is a change measured against business-as-usual ("30% below BAU", "reduction of 5 Mt against the
    reference scenario")."""
    return _bau_baseline(text, sent_start, sent_end, c_start, c_end, q_start, q_end) == "bau"


@lru_cache(maxsize=16)  # asked twice for each number: for its kind (``against_reference``) and its baseline
def _bau_baseline(text: str, sent_start: int, sent_end: int, c_start: int, c_end: int, q_start: int, q_end: int) -> str:
    """``bau`` when a reference scenario is this number's yardstick (see ``baseline_for``)."""
    yardsticks = []
    for r_start, r_end in reference_spans(text, sent_start, sent_end):
        against = AGAINST_RE.search(text, max(sent_start, r_start - 40), r_start)
        if not against:
            if _under_it(text, r_start, c_start, c_end, q_start, q_end):
                return "bau"  # "cut by 14% under the BAU scenario" (a level under it is its projection)
            continue
        yardsticks.append(r_start)
        if r_start >= q_end and not NEXT_QUANTITY_RE.search(text, q_end, against.start()):
            if ";" in text[q_end : against.start()]:
                continue  # "USD 175 billion; counting costs above BAU, …": the next clause's yardstick
            return "bau"  # the yardstick follows the number with no other number between
        if r_start >= q_end and coordinated_shares(text, q_start, q_end, against.start()):
            return "bau"  # "its unconditional target to 31% and its conditional target to 43% below BAU": shared
        if r_end <= q_start and is_change(text, c_start, q_start, q_end, c_end):
            return "bau"  # "relative to BAU, emissions will be cut by 30%"
        if (
            r_end <= q_start
            and _REDUCTION_BEFORE_RE.search(text, max(sent_start, against.start() - 40), against.start())
            and not NEXT_QUANTITY_RE.search(text, r_end, q_start)
        ):
            return "bau"  # "the biggest reduction from the BAU comes from forestry (25 Mt)"
    if yardsticks and (
        _RESTATES_RE.search(text, max(sent_start, q_start - 30), q_start)
        or is_change(text, c_start, q_start, q_end, c_end)
    ):
        return "bau"
    return ""


def _under_it(text: str, r_start: int, c_start: int, c_end: int, q_start: int, q_end: int) -> bool:
    """Whether a change is measured under the reference path named after it with no other number between: "cut its
    emissions by 14% under the BAU scenario", "by 16% of the emission levels under the BAU scenario"."""
    under = _UNDER_RE.search(text, max(q_end, r_start - 60), r_start) if r_start >= q_end else None
    return bool(under) and not NEXT_QUANTITY_RE.search(text, q_end, under.start()) and is_change(
        text, c_start, q_start, q_end, c_end
    )


_UNDER_RE = rx.compile(r"\bunder\s+(?:the\s+|a\s+|its\s+)?(?:[\w\"“”-]+\s+){0,2}?[\"“]?$", re.IGNORECASE)
_REDUCTION_BEFORE_RE = first_char_guarded(
    r"\b(?:reductions?|cuts?|savings?|abatement|decrease|mitigation)\b(?:\s+(?:in|of)\s+(?:\w+\s+){0,2}?\w+)?\s*$",
    re.IGNORECASE,
)
_REF_YEAR_RE = rx.compile(
    r"\s*(?:emissions?\s+|levels?\s+)?(?:\((?:in\s+)?|in\s+(?:the\s+year\s+)?|for\s+(?:the\s+year\s+)?|of\s+)?"
    r"((?:19|20|21)\d\d)\b",
    re.IGNORECASE,
)
_RESTATES_RE = first_char_guarded(
    r"\b(?:equivalent\s+to|corresponding\s+to|i\.e\.|or)\s+(?:about\s+|around\s+)?$",
    re.I,
)
