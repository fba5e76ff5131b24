"""A sentence that restates the value of the sentence before it in other terms ("This corresponds to 40 Mt",
"This is a 12.5 percent decrease compared to …"): it takes that value's kind. Part of the kind stage (``kinds``)."""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx
from .model import Observation
from .projection import speaks_of_the_plan

#: "This corresponds to an emission level of 40 Mt", "This represents reductions of 30%": the sentence restates the
#: value of the sentence before it in other terms.
_RESTATEMENT_START_RE = rx.compile(
    r"(?:This|That|It|These|Which)\s+(?:\w+\s+){0,2}?(?:is\s+|are\s+|would\s+be\s+|will\s+be\s+)?(?:\w+ly\s+)?"
    r"(?:(?:consistent|equivalent|equal|corresponds?|translates?|amounts?)(?:,[^,.]{0,40},)?\s+(?:with|to|into)"
    r"|represents?|means|equals|implies)\b"
    # "This is a 12.5 percent decrease compared to …": the change the value before it makes, in other terms
    r"|(?:This|That|It|Which)\s+(?:is|was|would\s+be|will\s+be)\s+an?\s+(?=\d[\d.,]*\s*(?:%|percent|per\s+cent))"
    # the parts of the value before: "Major allocations include flood protection (US$ 13 billion)", "Of this, …"
    r"|(?:(?:The\s+)?(?:major|main|key|largest)\s+)?(?:allocations|components|items|shares)\s+(?:include|are)\b"
    r"|(?:This|It|These|The\s+total)\s+(?:includes?|comprises?|consists?\s+of|covers?)\b|Of\s+(?:this|which|these)\b",
    re.IGNORECASE,
)


def restated_kind(text: str, start: int, last: tuple[int, str, int | None] | None) -> str:
    """The kind a sentence inherits when it restates the value of the sentence right before it (same paragraph)."""
    return last[1] if last is not None and _restates_last(text, start, last[0]) else ""


def restates_present(text: str, start: int, present_end: int) -> bool:
    """Whether the sentence at ``start`` restates one whose record was of the present alone ("Currently, capacity is
    estimated at 2,900 MW. Of these, 1,000 MW are for domestic use."): its parts are of no year either."""
    return present_end >= 0 and _restates_last(text, start, present_end)


def restates_projection(text: str, start: int, end: int, projection_end: int) -> bool:
    """Whether the sentence ``text[start:end]`` restates a reference projection the sentence before it stated ("…
    BAU emissions are expected to reach 90 Mt in 2030. This will be equal to 9.1 t per capita."): not the plan's cut
    against it ("This NDC represents a 20% cut below it", "This implies an unconditional share of 10%")."""
    return (
        projection_end >= 0
        and _restates_last(text, start, projection_end)
        and not speaks_of_the_plan(_YEAR_YARDSTICK_RE.sub(" ", text[start:end]))
    )


#: A yardstick of a year's level ("compared to 2022 levels", "relative to 2010"), not of the reference: the change a
#: restatement measures against it is the projection's own path, no cut of the plan ("… projected in the BAU to be
#: 51 Mt in 2030, 50 Mt in 2035. This represents a decrease of 3% and 4%, respectively, compared to 2022 levels.")
_YEAR_YARDSTICK_RE = rx.compile(
    r"\b(?:compared\s+(?:to|with)|relative\s+to|against)\s+(?:the\s+)?(?:levels?\s+(?:of|in)\s+)?(?:19|20)\d\d"
    r"(?:\s+levels?)?\b(?!\s*(?:BAU|business|baseline|reference|scenario|projection))",
    re.IGNORECASE,
)


def restated_year(text: str, start: int, last: tuple[int, str, int | None] | None) -> int | None:
    """The year a sentence inherits when it restates the value of the sentence right before it: "… stood at 167 kt in
    2023. This corresponds to around 4.18 t per capita." (2023)."""
    return last[2] if last is not None and _restates_last(text, start, last[0]) else None


def _restates_last(text: str, start: int, last_end: int) -> bool:
    """Whether the sentence at ``start`` opens as a restatement right after the sentence ending at ``last_end``."""
    if not _RESTATEMENT_START_RE.match(text, start):
        return False
    gap = text[last_end:start]
    return len(gap) < 40 and "\n\n" not in gap and not gap.strip(" \n.;:)\"'”’¹²³⁴⁵⁶⁷⁸⁹⁰0123456789")


def dated_before(observations: list[Observation], value: Decimal, unit: str, bases: set[int]) -> int | None:
    """The year of the same record stated earlier in the document: a change restated without its date ("As of 2019,
    emissions decreased by 62.4% from the level of 1990." … "Thus, emissions reduced on 62.4% from the 1990 level.")
    is of that date. The same value, unit and base year (named in both sentences) make it the same record: a level
    without a base year is too common a number to be recognised so."""
    if not bases:
        return None
    for obs in reversed(observations):
        if obs.kind == "actual" and obs.value == value and obs.unit == unit and obs.base_year in bases:
            return obs.year
    return None
