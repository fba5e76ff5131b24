"""Whether a number is a change, and of what: a cut ("by 35%", "a reduction of 60 Mt", "27 Mt below"), a rise
("projected to increase by 110%"), the start of a from-to ("from 22% (2014) to 30%"). Split from ``baseline``,
which asks these of every number it weighs against a reference.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import context as cx
from . import rx
from .alternation import first_char_guarded

#: A number that is itself a change: "by 35%", "a reduction of 60 Mt", "abate 12 Mt".
_CHANGE_BEFORE_RE = first_char_guarded(
    r"(?:\b(?:reduc\w*|abat\w*|cut\w*|lower\w*|decreas\w*|mitigat\w*|sav\w*|avoid\w*|remov\w*|sequest\w*|offset\w*)\b"
    r"(?:[^.;\d%]|\b(?:19|20)\d\d\b){0,60}?|\bby\s+(?:about\s+|around\s+|up\s+to\s+|approximately\s+)?)$",
    re.IGNORECASE,
)
_CHANGE_AFTER_RE = rx.compile(
    r"\s*(?:(?:of\s+\w+\s+)?(?:\w+\s+)?(?:reductions?|below|less\s+than|lower\s+than|cuts?|abatement|savings?|decrease)\b"
    # a number set right against its reference: "Tea 2.7 MtCO2e, 35% vs BAU by 2030", "12% compared to 2010 levels"
    # (not a level against a level: "12 Mt compared to 10 Mt")
    r"|,?\s*(?:vs\.?|versus|compared\s+(?:to|with)|relative\s+to|against)\s+(?:the\s+|a\s+|its\s+)?"
    r"(?:BAU\b|business[\s-]as[\s-]usual|baseline|reference\b|base[\s-]year|(?:19|20)\d\d\s+levels?\b))",
    re.IGNORECASE,
)
#: One of these (lower case) is in every _CHANGE_AFTER_RE match: the cheap exact test first (it seldom matches)
_CHANGE_AFTER_WORDS = (
    "reduction", "below", "less", "lower", "cut", "abatement", "saving", "decrease", "vs", "versus", "compared",
    "relative", "against",
)  # fmt: skip

_FROM_BEFORE_RE = first_char_guarded(  # "from the emissions of 573.5 Mt in 2018": the level a cut starts from
    r"\bfrom\s+(?:(?:the|its)\s+)?(?:(?:total|net)\s+)?(?:emissions?\s+of\s+)?(?:about|around|approximately)?\s*$", re.I
)


_BRACKET_YEAR_RE = rx.compile(r"\s*\((?:in\s+)?((?:19|20)\d\d)\)")


def bracket_year(text: str, end: int) -> int | None:
    """The year in brackets right after a number: "from 18% (2016) to 25%" -> 2016."""
    m = _BRACKET_YEAR_RE.match(text, end)
    return int(m.group(1)) if m else None


def is_from_side(text: str, q_start: int, group: str) -> bool:
    """The number starts a from-to ("from 22% (2014) to 30%"), also when a bracket keeps the parser from pairing."""
    lo = max(0, q_start - 40)  # ("from the emissions of 573.5 Mt": the words of the level between)
    # "from" first: no character but its own letters lowers to or matches f, r, o or m case-blind
    return group == "from" or "from" in text[lo:q_start].lower() and bool(_FROM_BEFORE_RE.search(text, lo, q_start))


#: what makes a plain mass one of emissions: "from 216 Mt to 112 Mt in 2025 and 70 Mt CO2-eq"
EMISSION_WORDS_RE = rx.compile(r"\bemi(?:ssions?|t\w*)\b|\bGHG|CO2|CO₂|carbon|greenhouse", re.IGNORECASE)


def emitted_start(text: str, start: int, end: int, unit: str) -> bool:
    """An undated start of a from-to in tonnes that the sentence (``start``-``end``) makes a level of emissions (or
    of energy, "Mtoe"): mostly an earlier plan's goal, kept. A plain mass in a sentence that names no emissions
    ("freight will reach 146 million tonnes from 55 million tonnes") is today's level of some good, with no year."""
    if not unit.startswith("Mt"):
        return False
    return unit != "Mt" or EMISSION_WORDS_RE.search(text, start, end) is not None


#: A rise, not a cut: "projected to increase by 110%".
INCREASE_BEFORE_RE = first_char_guarded(
    r"\b(?:increas|ris|rose|grow|grew|doubl|tripl|climb)\w*\s+(?:by|of|to)\s+"
    r"(?:about\s+|around\s+|approximately\s+|some\s+|almost\s+|nearly\s+|up\s+to\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)  # a sentence asks it up to three times for each of its numbers
def is_change(text: str, c_start: int, q_start: int, q_end: int, c_end: int) -> bool:
    """The number is a reduction or a saving, not a level: "by 35%", "a reduction of 60 Mt", "27 Mt below"."""
    return bool(
        _CHANGE_BEFORE_RE.search(text, max(c_start, q_start - 80), q_start)
        or (cx.may_contain(text, q_end, c_end, _CHANGE_AFTER_WORDS) and _CHANGE_AFTER_RE.match(text, q_end, c_end))
    )


def cut_under_reference(text: str, c_start: int, q_start: int, q_end: int, c_end: int) -> bool:
    """A cut the clause makes by the number, its reference named right after it: "reduce power demand through
    efficiency by 3% under the BAU scenario" is the plan's cut measured against BAU, no level of BAU."""
    return (
        _CUT_AMOUNT_BEFORE_RE.search(text, max(c_start, q_start - 60), q_start) is not None
        and CUT_LABEL_RE.search(text, max(c_start, q_start - 80), q_start) is not None
        and not INCREASE_BEFORE_RE.search(text, max(c_start, q_start - 60), q_start)
    )


#: The amount a cut is made by: "… by 3%", "a cumulative reduction of emissions of 136 Mt", "a GHG saving 24 Gg" (not
#: a level it starts from: "decrease from 18,970 kt in the reference scenario")
_CUT_AMOUNT_BEFORE_RE = rx.compile(
    r"(?:\bby|\b(?:reductions?|cuts?|savings?|abatement)(?:\s+(?:[\w-]+\s+){0,3}?of)?)\s+"
    r"(?:about\s+|around\s+|up\s+to\s+|approximately\s+)?$",
    re.IGNORECASE,
)
#: A label that names a cut: "Absolute emission reduction in 2030 compared to BAU: …", "% savings vs. BAU: …"
CUT_LABEL_RE = rx.compile(r"\b(?:reduc|abat|cut|lower|decreas|sav|avoid)\w*", re.IGNORECASE)
