"""A goal named by its value in a later sentence: "The estimated cost to reach the 14% target is USD 5.7 billion".

Such a sentence restates no value of its own in "the 14% target": it refers to the goal the document set before
("reduce GHG emissions by 14% by 2030"), and its other values (the cost, the support needed) fall due with that goal.
Kept apart from ``sentence`` so each reads alone; written by hand: the reference is the plan's own value.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from . import rx

if TYPE_CHECKING:
    from .model import Observation
    from .quantities import Quantity

#: "the 14% target", "the 30 percent reduction goal", "its 45% emission reduction commitment"
_NAMED_AFTER_RE = rx.compile(
    r"\s*(?:%|per\s*cent|percent)?\s+(?:[\w-]+\s+){0,2}?(?:target|goal|commitment|pledge)s?\b", re.IGNORECASE
)
_NAMER_BEFORE_RE = rx.compile(r"\b(?:the|its|their|our|this|that)\s+$", re.IGNORECASE)


def named_goal(
    text: str, quantities: list[Quantity], observations: list[Observation]
) -> tuple[set[int], int | None]:
    """Indices of the quantities that name a goal set earlier by its share ("the 14% target"), and that goal's
    deadline (None when no earlier goal of that value has one)."""
    named: set[int] = set()
    deadline = None
    for i, q in enumerate(quantities):
        if q.unit != "%" or not _NAMER_BEFORE_RE.search(text, max(0, q.start - 8), q.start):
            continue
        if not _NAMED_AFTER_RE.match(text, q.num.end):
            continue
        goal = _earlier_goal(observations, q.value, q.start)
        if goal is not None:
            named.add(i)
            deadline = deadline or goal
    return named, deadline


def _earlier_goal(observations: list[Observation], value: Decimal, before: int) -> int | None:
    """The deadline of the first goal of this share set before ``before`` in the text."""
    for o in observations:
        if o.unit == "%" and o.kind == "target" and o.value == value and o.year and o.char_start < before:
            return o.year
    return None


_RESTATED_REACH = 400  # characters back to a goal a later sentence may restate without its deadline


def restated_goal_year(observations: list[Observation], q: Quantity) -> int | None:
    """The deadline of a goal of the same value and unit set just before ``q`` ("By 2030, emissions will be reduced
    by: 18% | 30%", then "Unconditional targets are reductions of net GHG emissions by 18%."): a goal restated
    without its deadline is due when it was first said to be, not at the document's headline deadline."""
    for o in reversed(observations):
        if o.char_start >= q.start:
            continue
        if o.char_start < q.start - _RESTATED_REACH:
            return None
        if o.kind == "target" and o.unit == q.unit and o.value == q.value and o.year:
            return o.year
    return None
