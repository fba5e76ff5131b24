"""A conditional raise of a target: what it tells of the target it raises, and what it takes from it.

"We will cut 18% below BAU by 2030. This could increase to 31% with international support": no word says the 18% is
met on the country's own, nor that the 31% is a cut below BAU; the raise says both. The rows are the paragraph's,
read by the sentence stage and not yet written.
"""

from __future__ import annotations

from .conditions import RAISE_RE
from .model import Observation


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
    and itself) marks the targets without a condition before it: back to the first value that states a condition of
    its own ("USD 7.06 billion in all, USD 2.78 billion from domestic resources and an additional USD 4.28 billion
    conditional": the total is neither).
    """
    for i in range(first, len(observations)):
        raised = observations[i]
        if raised.condition != "conditional" or raised.kind != "target":
            continue
        before = observations[i - 1].char_end if i > first else start
        if before > raised.char_start or not RAISE_RE.search(text, before, raised.char_start):
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
