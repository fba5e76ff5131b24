"""Temperatures a plan quotes that are no value of the country's: the Paris goal (1.5 / 2 degrees of global warming)
and any change of temperature, a warming to come or one observed ("has increased by 1.84°C from 1950 to 2016", "0.26°C
per decade"): the climate's trend, which the dev set's annotators leave out. A level stays, a record of the climate
("a mean annual temperature of 12.7°C"). (Session 48 kept observed warming as a record; session 73 reversed that.)
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
    """A temperature in the language of the Paris goal (1.5 / 2 degrees of global warming), or a change of
    temperature, projected or observed ("could rise by 0.9°C", "has increased by 1.84°C", "1.2°C warmer", "0.02
    °C/year"), not a measured level of the country's own."""
    if _TEMPERATURE_GOAL_AFTER_RE.match(text, end, limit) or _TEMPERATURE_GOAL_BEFORE_RE.search(
        text, max(floor, start - 100), start
    ):
        return True
    return bool(_WARMING_BEFORE_RE.search(text, max(floor, start - 80), start) or _WARMING_AFTER_RE.match(text, end))


#: a change of temperature named before it: "increased by", "a rise of", "warming of", "an anomaly of", "deviations
#: from the mean in the range of", "could reach" (not "the warmest month is July (28.8°C)", a level)
_WARMING_BEFORE_RE = first_char_guarded(
    r"\b(?:project\w*|scenario|could|would|expected|rise[sn]?|rising|rose|increas\w*|decreas\w*|warm(?:s|ed|er|ing)?|hotter"
    r"|higher|chang\w*|anomal\w*|deviations?)\b",
    re.IGNORECASE,
)
#: or after it: "1.23°C temperature rise", "2.1 degrees Celsius warmer", "0.024 °C/year", "0.04 °C a year"
_WARMING_AFTER_RE = rx.compile(
    r"\s*(?:(?:average\s+|mean\s+)?temperature\s+)?(?:of\s+)?(?:warming|warmer|increase|rise|higher|hotter)\b"
    r"|\s*/\s*(?:year|yr|decade)\b|\s+(?:a|per)\s+(?:year|annum|decade)\b",
    re.IGNORECASE,
)
