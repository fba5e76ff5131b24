"""A share written of an amount the sentence states ("the capture of 10% of 1.34 million m3 of CH4 in 2030", "15% of
the USD 2.1 billion needed by 2035") is one statement with that amount: it holds in the amount's year. Part of the
year stage (``yearlinks.link_years`` asks it once the amounts' own years are known); kept apart so it reads alone."""

from __future__ import annotations

import re

from . import rx
from .quantities import Quantity

#: what stands between a share and the amount it is of: "of", "of the", "of an estimated", "of a total of"
_OF_AMOUNT_RE = rx.compile(
    r"\s*(?:percent|per\s?cent)?\s+of\s+(?:(?:the|an?|its|their)\s+)?(?:(?:total|estimated|expected)\s+(?:of\s+)?)?"
    r"(?:about\s+|around\s+|approximately\s+|some\s+)?",
    re.IGNORECASE,
)


def assign_share_years(text: str, quantities: list[Quantity]) -> None:
    """A share with no year of its own right before "of" and an amount that has one takes the amount's year (else
    the nearest year the amount leaves it, before both, would date it: "Beginning of capture in 2025 and … the
    capture of 10% of 1.34 million m3 in 2030")."""
    for share, amount in zip(quantities, quantities[1:], strict=False):
        if share.unit != "%" or share.year is not None or share.group or amount.year is None or amount.unit == "%":
            continue
        if _OF_AMOUNT_RE.fullmatch(text, share.end, amount.start):
            share.year = amount.year
