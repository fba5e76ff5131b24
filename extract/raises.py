"""What a later statement tells of a target: a conditional raise of it, and what the raise takes from it; a
condition stated of it in the sentence after it.

"We will cut 18% below BAU by 2030. This could increase to 31% with international support": no word says the 18% is
met on the country's own, nor that the 31% is a cut below BAU; the raise says both. The rows are the paragraph's,
read by the sentence stage and not yet written.
"""

from __future__ import annotations

import re

from . import rx
from .conditions import RAISE_RE, sentence_condition
from .model import Observation

#: A second value of the same measure coordinated after the first: "cut emissions by 14% below BAU, and by 31% with
#: international support" (the gap between them ends so)
_COORDINATED_RE = rx.compile(
    r",?\s+(?:and|while|whereas)\s+(?:[^\d;.]{0,60}?\s)?(?:by\s+|to\s+)?$", re.IGNORECASE
)  # ("…, and with international support by 31%": the condition may stand between)


def _raised_targets(
    observations: list[Observation], first: int, i: int, previous: tuple[int, int], unit: str
) -> list[Observation]:
    """The targets before row ``i``, nearest first: those of its sentence, then the paragraph's previous sentence's
    (``previous``: their index range) of its unit."""
    own = [o for o in reversed(observations[first:i]) if o.kind == "target"]
    earlier = [o for o in reversed(observations[previous[0] : previous[1]]) if o.kind == "target" and o.unit == unit]
    return own + earlier


def read_raises(observations: list[Observation], first: int, text: str, start: int, previous: tuple[int, int]) -> None:
    """Mark the targets a conditional raise implies are met without support ``unconditional``; give the raise the
    yardstick and indicator of the target it raises when it states none.

    A conditional target whose clause raises (``RAISE_RE`` between the value before it, or its sentence's ``start``,
    and itself), or that is coordinated with a value of its unit before it (``_COORDINATED_RE``), marks the targets
    without a condition before it: back to the first value that states a condition of its own ("USD 7.06 billion in
    all, USD 2.78 billion from domestic resources and an additional USD 4.28 billion conditional": the total is
    neither).
    """
    for i in range(first, len(observations)):
        raised = observations[i]
        if raised.condition != "conditional" or raised.kind != "target":
            continue
        before = observations[i - 1].char_end if i > first else start
        if before > raised.char_start:
            continue
        if not RAISE_RE.search(text, before, raised.char_start) and not (
            i > first
            and observations[i - 1].unit == raised.unit
            and _COORDINATED_RE.search(text, before, raised.char_start)
        ):
            continue
        targets = _raised_targets(observations, first, i, previous, raised.unit)
        for obs in targets:
            if obs.condition:
                break
            obs.condition = "unconditional"
        # "… could be increased to 20%": the same measure, against the same yardstick
        same = next((o for o in targets if o.unit == raised.unit), None)
        if same is not None:
            if not raised.baseline and same.baseline and raised.year == same.year:
                raised.baseline, raised.base_year = same.baseline, same.base_year
            if not raised.indicator:
                raised.indicator = same.indicator
        return


#: A sentence whose subject is the plan's goal just stated: "This further reduction is …", "The mitigation
#: contribution is …", "These targets are …"
_OF_THE_GOAL_BEFORE_RE = rx.compile(
    r"\s*(?:This|These|That|Such|The|Its)\s+(?:\w+\s+){0,2}?(?:contributions?|targets?|reductions?|commitments?|goals?"
    r"|pledges?|objectives?|ambition)\s+(?:is|are|will\s+be|would\s+be|remains?)\b",
    re.IGNORECASE,
)


def condition_stated_after(
    observations: list[Observation], previous: tuple[int, int], text: str, start: int, end: int
) -> None:
    """Give the targets of the paragraph's last sentence with values (``previous``: their index range) the condition
    a sentence whose subject is their goal states: "… a further 43%, an 81% reduction by 2030 in all. This further
    reduction is conditional on receiving external support." (targets that state their own keep it)."""
    if previous[0] >= previous[1] or not _OF_THE_GOAL_BEFORE_RE.match(text, start, end):
        return  # (every sentence asks: the index range and the anchored pattern are the cheap tests)
    condition = sentence_condition(text, start, end)
    if condition:
        for obs in observations[previous[0] : previous[1]]:
            if obs.kind == "target" and not obs.condition:
                obs.condition = condition
