"""Climate impacts and losses: what the climate does or did, observed or projected, is no plan's figure. A table whose
caption names an impact ("Temperature anomalies (°C) under four climate change scenarios", "Impact of climate change on
yields") and money that measures a loss or damage ("an annual loss of 0,6 to 1,2 thousand million USD") are left out.
Part of the scope stage (``scope`` holds the topic words these read).
"""

from __future__ import annotations

import re

from . import context as cx
from . import rx
from .economy import CLIMATE_MONEY_RE
from .scope import _ANSWER_HEADING_RE, _IMPACT_RE, _POLICY_RE, _PROJECTION_RE

#: A climate model's scenarios, not the plan's: "under four climate change scenarios (RCP)", "RCP 4.5", "anomalies"
_CLIMATE_SCENARIO_RE = rx.compile(
    r"\b(?:RCP|SSP)(?:s\b|\s?\d|\b)|\bclimate(?:\s+change)?\s+scenarios?\b|\banomal(?:y|ies)\b", re.IGNORECASE
)


#: A caption naming what the climate does, observed or projected: "Impact of climate change on yields", "Climate
#: change impacts by region", "Extreme events 2000-2015"
_CLIMATE_IMPACT_RE = rx.compile(
    r"\bimpacts?\s+of\s+(?:the\s+)?climate(?:\s+change)?\b|\bclimate(?:\s+change)?\s+impacts?\b"
    r"|\bextreme\s+(?:weather\s+|climate\s+)?events?\b"
    # "Key Projected Climate Trends (Mid-Century, SSP3-7.0)", "Observed climate trends", "Climate projections"
    r"|\b(?:projected|observed|future)\s+climat(?:e|ic)\b|\bclimat(?:e|ic)\s+(?:trends|projections)\b",
    re.IGNORECASE,
)


def impact_table(caption: str) -> bool:
    """Whether a table's caption or title says its cells are a climate impact ("Average mean temperature anomalies
    (°C) under four climate change scenarios (RCP)", "Impact of climate change on yields from 2005 to 2014"): the
    climate's scenarios or its damage, no plan's figures (a caption naming the plan's answer, adaptation measures or
    their cost, is the plan's)."""
    if not caption or _POLICY_RE.search(caption) is not None or _ANSWER_HEADING_RE.search(caption) is not None:
        return False
    if _CLIMATE_IMPACT_RE.search(caption):
        return True
    return _IMPACT_RE.search(caption) is not None and (
        _PROJECTION_RE.search(caption) is not None or _CLIMATE_SCENARIO_RE.search(caption) is not None
    )


#: Money that measures a loss: "an annual loss that varies among 0,6 and 1,2 thousand million USD", "losses
#: estimated between 2 to 7 thousand million USD", "The cost of these events was estimated as 1 356,9 million USD"
_LOSS_MONEY_BEFORE_RE = rx.compile(
    r"\b(?P<loss>loss(?:es)?(?!\s+(?:and|&)\s+damage)|(?<!and\s)(?<!&\s)damages?|cost\s+of\s+(?:these|the|such)\s+"
    r"(?:[\w-]+\s+)?(?:events?|disasters?|floods?|droughts?|cyclones?|storms?)"
    # "the cost of the degradation of coastal areas …, according to an assessment by the World Bank, would amount to"
    r"|cost\s+of\s+(?:the\s+)?(?:degradation|erosion)\b)\b(?:[^.;:]|\.(?=\d)){0,120}$",
    re.IGNORECASE,
)
#: what a plan does about a loss, before it: then the amount may be the plan's ("funds to compensate losses of …")
_LOSS_ANSWER_BEFORE_RE = rx.compile(
    r"\b(?:avoid\w*|avert\w*|reduc\w*|prevent\w*|minimi\w*|compensat\w*|insur\w*|cover\w*|financ\w*|fund\w*"
    r"|recover\w*|rehabilitat\w*)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_LOSS_WORDS = ("loss", "damage", "cost of")
#: the worth a disaster destroyed, right before the money: "destroyed USD 56.3 million worth of infrastructure"
_DESTROYED_BEFORE_RE = rx.compile(
    r"\b(?:destroyed|damaged|wiped\s+out|washed\s+away|ruined)\s+(?:an\s+estimated\s+|about\s+|some\s+|over\s+"
    r"|more\s+than\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


def loss_amount(text: str, floor: int, q_start: int) -> bool:
    """Whether the money starting at ``q_start`` is the size of a loss or damage the climate caused or will cause, a
    fact of the country's exposure, no cost or finance of the plan (the plan's answer to it, before, keeps it)."""
    if _DESTROYED_BEFORE_RE.search(text, max(floor, q_start - 40), q_start):
        return True  # "Super Typhoon Odette destroyed USD 41.7 million worth of infrastructure"
    lo = max(floor, q_start - 170)
    if not cx.may_contain(text, lo, q_start, _LOSS_WORDS):
        return False
    m = _LOSS_MONEY_BEFORE_RE.search(text, lo, q_start)
    return (
        m is not None
        and not _LOSS_ANSWER_BEFORE_RE.search(text, max(floor, m.start() - 45), m.start())
        # ("a 3.86% GDP loss by 2050 is expected, demanding resilience investments of USD 36.5 billion": the answer's)
        and not CLIMATE_MONEY_RE.search(text, m.end("loss"), q_start)
    )


#: a disaster named near a value ("From these floods, about 10,000 ha of wheat … have been destroyed", "Cyclone Evan
#: destroyed 3 of the 5 hydropower plants"), and the damage it did, in the past: the value is what the disaster took
_HAZARD_RE = rx.compile(
    r"\b(?:floods?|flooding|droughts?|cyclones?|storms?|hurricanes?|typhoons?|landslides?|wildfires?|heat\s?waves?"
    r"|tsunamis?|earthquakes?)\b",
    re.IGNORECASE,
)
_HAZARD_WORDS = ("flood", "drought", "cyclone", "storm", "hurricane", "typhoon", "landslide", "fire", "heat", "tsunami",
                 "earthquake")  # fmt: skip
_DAMAGE_DONE_RE = rx.compile(
    r"\b(?:destroyed|damaged|swept\s+away|washed\s+away|led\s+to\s+the\s+loss|(?:was|were)\s+lost|killed|displaced"
    r"|inundated|(?:resulted\s+in|caused)\s+(?:[\w-]+\s+){0,2}?(?:damages?|losses))\b",
    re.IGNORECASE,
)
_SENTENCE_END_RE = rx.compile(r"[.!?](?=\s|$)|\n")
_DAMAGE_REACH = 200  # characters before the value the disaster may be named


def sentence_end_within(text: str, at: int, reach: int) -> int:
    """Where the sentence that goes on at ``at`` ends, looked for within ``reach`` characters (else ``at + reach``):
    the span a value's neighbourhood tests read after it."""
    stop = _SENTENCE_END_RE.search(text, at, at + reach)
    return stop.start() if stop else at + reach


def hazard_damage(text: str, floor: int, q_start: int, q_end: int) -> bool:
    """Whether the value's sentence (from ``floor``) tells what a disaster destroyed or took: an impact of the
    climate on the country, no goal or record of its plan. A sentence with a cue of intent ("flood alerts with 100%
    coverage by 2035", "rehabilitate the plants the cyclone destroyed" as a goal) is the plan's answer, kept."""
    lo = max(floor, q_start - _DAMAGE_REACH)
    if not cx.may_contain(text, lo, q_end + _DAMAGE_REACH, _HAZARD_WORDS):
        return False  # (the cheap exact test first: most sentences name no disaster)
    end = sentence_end_within(text, q_end, _DAMAGE_REACH)
    return (
        _HAZARD_RE.search(text, lo, end) is not None
        and _DAMAGE_DONE_RE.search(text, lo, end) is not None
        and not cx.has_target_cue(text[floor:end])
        and not _DEADLINE_RE.search(text, floor, end)  # ("flood mapping (100% coverage by 2035)": a goal)
    )


_DEADLINE_RE = rx.compile(r"\bby\s+(?:the\s+end\s+of\s+)?20\d\d\b", re.IGNORECASE)


#: the climate named as what brings a change about: "exacerbated by climate change, with the decrease in water
#: resources estimated at 28 per cent", "as a result of climate change, river flows will fall by up to 50%", "the
#: impact of climate change will be positive, with 7% higher production", "climate change could cut yields by 10%"
_CLIMATE_CAUSE_RE = rx.compile(
    r"\b(?:(?:due|owing)\s+to|because\s+of|as\s+a\s+(?:result|consequence)\s+of|under\s+the\s+effects?\s+of"
    r"|(?:exacerbated|caused|driven|induced|worsened)\s+by|(?:impacts?|effects?)\s+of)\s+(?:the\s+)?"
    r"(?:(?:ongoing|projected|future|expected|increasing|adverse)\s+)?(?:climate\s+change|global\s+warming"
    r"|rising\s+temperatures?|(?:the\s+)?rise\s+in\s+(?:the\s+)?sea[\s-]levels?|sea[\s-]level\s+rise)\b"
    # (what climate change will do, by its verb: not "capacities in gender and climate change will be strengthened")
    r"|\bclimate\s+change\s+(?:will|would|could|may|might|is\s+(?:expected|projected|likely)\s+to)\s+(?:further\s+"
    r"|also\s+)?(?:reduce|decrease|increase|cause|lead|result|affect|cut|lower|raise|exacerbate|intensify|worsen"
    r"|threaten)\w*\b",
    re.IGNORECASE,
)
#: what makes such a sentence the plan's: an intent, or its answer to the climate (adapting, protecting, paying,
#: studying: "to adapt to the effects of climate change, 30% of farms will be irrigated by 2030")
_INTENT_OR_ANSWER_RE = rx.compile(
    r"\b(?:aim\w*|targets?|goals?|objectives?|commit\w*|pledge\w*|plan(?:s|ned)?\s+to|intend\w*|undertak\w*"
    r"|strive\w*|seek\w*|adapt\w*|resilien\w*|protect\w*|invest\w*|costs?|financ\w*|budget\w*|needs?|needed"
    r"|requir\w*|fund\w*|stud(?:y|ies)|research|awareness|measures?|actions?|programmes?|programs?|projects?"
    r"|strateg\w*|I?NDCs?|contributions?|mitigat\w*"
    r"|reduc\w*\s+(?:of\s+)?(?:the\s+|its\s+)?(?:vulnerab\w*|risks?|impacts?|effects?)"
    r"|address\w*|respon(?:d|se)\w*|cope|coping|combat\w*|emissions?|GHGs?)\b",
    re.IGNORECASE,
)
_CAUSE_WORDS = ("climate change", "global warming", "temperature", "sea level", "sea-level")


def climate_driven(text: str, floor: int, q_start: int, q_end: int) -> bool:
    """Whether the value's sentence (from ``floor``) names the climate as what brings its change about, and nothing
    of the plan's intent or answer: what the climate does to water, crops or coasts, no goal or record of the plan."""
    end = sentence_end_within(text, q_end, _DAMAGE_REACH)
    if not cx.may_contain(text, floor, end, _CAUSE_WORDS):
        return False  # (the cheap exact test first: most sentences name no climate cause)
    if "\t" in text[floor:end]:
        return False  # a table's row read as a sentence: its cells are measures and their figures, not a narrative
    return (
        _CLIMATE_CAUSE_RE.search(text, floor, end) is not None
        and _INTENT_OR_ANSWER_RE.search(text, floor, end) is None
    )
