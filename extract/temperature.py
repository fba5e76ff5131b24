"""Temperatures a plan quotes that are no value of the country's: the Paris goal (1.5 / 2 degrees of global warming)
and warming to come; a warming measured over a past period is the country's record and stays.
"""

from __future__ import annotations

import re

from . import rx
from .alternation import first_char_guarded

# "the 1.5°C goal", "well below 2°C", "limit warming to 1.5 °C": the global temperature goal is context, not a value
_TEMPERATURE_GOAL_AFTER_RE = rx.compile(
    r"[\s\-),]*(?:\w+[\s-]+){0,2}?(?:goal|target|limit|pathway|trajectory|scenario|compatible|aligned|consistent|"
    r"warming|world|above\s+pre-?industrial|global|temperature\s+goal|objective)"
    # "1.5°C or even 2°C as set by the Paris Agreement": the agreement named a few words on
    r"|[\s\-),]*(?:[\w°.]+[\s-]+){0,6}?Paris\b",
    re.IGNORECASE,
)
_TEMPERATURE_GOAL_BEFORE_RE = first_char_guarded(
    r"(?:\bglobal|\bworld|\bparis\b|\bipcc\b|pre-?industrial|\bbelow\b|\blimit\w*|\bhold\w*|\bpursu\w+"
    # "in line with the objective of 1.5°C": close before the number, not a setting later in the sentence
    r"|\b(?:(?:objective|goal)\s+of|(?:in\s+line|consistent|aligned|compatible)\s+with)\b[^.;\d]{0,30}$"
    # "the alignment of our second NDC with 1.5°C"
    r"|\balignment\s+(?:of\s+[^.;\d]{0,40}?\s+)?with\b[^.;\d]{0,30}$)",
    re.IGNORECASE,
)


def temperature_goal(text: str, start: int, end: int, floor: int, limit: int) -> bool:
    """A temperature in the language of the Paris goal (1.5 / 2 degrees of global warming) or of a projected or
    observed warming ("could rise by 0.9°C"), not a measured level of the country's own."""
    if _TEMPERATURE_GOAL_AFTER_RE.match(text, end, limit) or _TEMPERATURE_GOAL_BEFORE_RE.search(
        text, max(floor, start - 100), start
    ):
        return True
    if not _WARMING_BEFORE_RE.search(text, max(floor, start - 80), start):
        return False
    # a warming measured over a past period is the country's record: "has increased by 1.84°C from 1950 to 2016"
    return not (_PAST_PERIOD_RE.search(text, floor, limit) and not _FUTURE_RE.search(text, floor, limit))


#: a period of records: "from 1950 to 2016", "between 1961 and 2015", "1960-2010", "since 1950"
_PAST_PERIOD_RE = rx.compile(
    r"\b(?:19\d\d|20[01]\d)\s*(?:-|–|to|and|until)\s*(?:19\d\d|20[012]\d)\b|\bsince\s+(?:the\s+)?(?:19\d\d|20[01]\d)",
    re.IGNORECASE,
)
#: what makes a warming projected: a modal, a scenario, a future year ("by 2050")
_FUTURE_RE = rx.compile(
    r"\b(?:will|would|could|may|might|shall|expected|projected|projections?|scenarios?|forecast\w*|models?"
    r"|(?:by|in|to)\s+(?:20[3-9]\d|21\d\d)|century|SSP\d|RCP\s?\d)\b",
    re.IGNORECASE,
)
_WARMING_BEFORE_RE = first_char_guarded(
    r"\b(?:project\w*|scenario|could|would|expected|rise|rising|rose|increas\w*|warm\w*|hotter|higher|change)\b",
    re.IGNORECASE,
)
