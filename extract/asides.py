"""Numbers a sentence quotes beside the country's values, as context: a goal's coverage, a probability, the world's
statistics and other parties' shares, the climate's damage, a resource's potential, the plan's paperwork, the mass of
a material, the country's own extent (``extent``), a rule's threshold, and a split of a budget or of a goal. Asked of
each value after it is classified, so a catalogue indicator keeps what it names.
"""

from __future__ import annotations

import re

from . import context as cx
from . import rx, scope
from .extent import country_extent
from .impacts import climate_driven, hazard_damage, loss_amount, sentence_end_within
from .quantities import Quantity

#: plain tons of something named after them (maybe a year's: "tonnes/year of waste"), none of whose first three words
#: is a gas or its cut: a material ("of solid waste", "of charcoal"), not "of accumulated CO2", "of landfill gases",
#: "of C/ha"
_MATERIAL_AFTER_RE = rx.compile(
    r"(?:\s*/\s*(?:yr|year|annum)|\s+(?:per|a)\s+(?:year|annum))?\s+of\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:co2|co₂|co\s2|c0\s?2|c02|carbon|c\b|ghgs?\b|greenhouse|emission|equivalent|eq\b"
    r"|reduction|abatement|removal|sequest|absor|methane|ch4|ch₄|n2o|n₂o|nitrous|hcfc|hfc|pfc|sf6|nf3|gas|certified"
    r"|cers?\b|pollut|oil\s+equivalent|coal\s+equivalent|standard\s+coal))[a-z]",
    re.IGNORECASE,
)
_GIGAGRAMS_RE = rx.compile(r"\bGg\b|gigagram", re.IGNORECASE)  # a unit only inventories weigh in: emissions


def material_mass(text: str, q: Quantity) -> bool:
    """Whether plain tons weigh a material ("8 million tons of solid waste", "685,611 tons of wood"): no emission.
    ("154 Gg of agriculture" is a sector's emissions, in the unit of inventories.) A fuel's tons are a material's too
    ("70,000 tons of bioethanol"): energy is stated in energy units, and held-out passages' annotators leave such
    tons out."""
    return (
        q.unit == "Mt"
        and _MATERIAL_AFTER_RE.match(text, q.end, q.end + 80) is not None
        and not _GIGAGRAMS_RE.search(text, q.num.end, q.end)
    )


_TONNES_RE = rx.compile(r"\b(?:tonnes?|tons?|metric\s+tons?)\b", re.IGNORECASE)

#: a good's output: "meat production", "bauxite production has increased", "quantity of lime produced", "fish catch";
#: not a place or way of producing ("production landscapes", "production systems")
_PRODUCED_RE = rx.compile(
    r"\b(?:production|produced|harvest(?:s|ed)?|catch(?:es)?|landings|refined|output)\b(?!\s+(?:landscapes?|systems?"
    r"|areas?|zones?|sites?|practices|techniques?|methods?|chains?)\b)",
    re.IGNORECASE,
)
#: what makes plain tons a gas's: an emission, a gas or its equivalent, carbon, a sink ("emissions from cement
#: production", "methane from rice production", "carbon stored in harvested wood")
_GAS_MASS_RE = rx.compile(
    r"\bemi(?:ssions?|t\w*)\b|\bGHG|CO2|CO₂|C02|carbon|greenhouse|equivalent|-?\beq\b|methane|CH4|N2O|nitrous|HFC"
    r"|\bgas|sink|remov|sequest|absor|abat|avoid|pollut",
    re.IGNORECASE,
)


#: a plan's indicator: its goal, its baseline, what it will do ("Baseline: 122,000 tonnes (2015) Target: 140,000")
_INDICATOR_WORDS_RE = rx.compile(
    r"\b(?:targets?|goals?|objectives?|baselines?|indicators?|will|shall|planned|aims?)\b", re.IGNORECASE
)


def produced_good(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` (a sentence, a cell's labels and caption) weighs what the country produces
    ("Cement production, Mt", "bauxite production rose to 87.7 million tonnes") and names no gas and none of
    the plan's indicators: an output of the economy in plain tons, the country's profile. A harvest the plan sets a
    goal for ("fish production: baseline 122,000 tonnes in 2015, target 140,000") is an adaptation indicator, kept."""
    end = len(text) if end is None else end
    return (
        _PRODUCED_RE.search(text, start, end) is not None
        and _GAS_MASS_RE.search(text, start, end) is None
        and _INDICATOR_WORDS_RE.search(text, start, end) is None
    )


def material_caption(caption: str) -> bool:
    """Whether a table's caption or header weighs a material in plain tons ("Consumption of charcoal and wood … in
    tonnes of dry matter per year"): its cells are no emissions."""
    return any(_MATERIAL_AFTER_RE.match(caption, m.end(), m.end() + 80) for m in _TONNES_RE.finditer(caption))


#: an emission or removal factor named right before its value: "emission factor of", "The Removal factor is"
_GAS_FACTOR_BEFORE_RE = rx.compile(
    r"\b(?:emission|emissions|removal|absorption|sequestration|sink)\s+factors?\s*(?:(?:of|is|was|:|=)\s*)?"
    r"(?:about\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)
#: a gas's mass per hectare: an emission or removal factor of land, not a national quantity
_PER_AREA_FACTORS = frozenset({"t CO2e per ha", "t CO2 per ha", "t C per ha"})


def context_only(
    text: str,
    start: int,
    q: Quantity,
    indicator: str,
    country: str,
    in_table: bool,
    row_start: int | None = None,
    kind: str = "",
) -> bool:
    """Whether ``q``, in the sentence (or table cell) starting at ``start``, is quoted as context, not as a value of
    the country's plan or record; ``indicator``: the catalogue's reading of it (a material it names is in scope).
    ``row_start``: where a table cell's row starts, its label naming what the cell is ("% of Emissions Covered")."""
    if q.unit == "%" and scope.coverage(text, start if row_start is None else row_start, q.start, q.end):
        return True  # "the goal covers 88% of the sources and removals": the goal's scope, not a value
    if q.unit == "%" and scope.chance(text, start, q.start, q.end):
        return True  # "a 77% chance that losses exceed the budget": a probability, no amount
    if not in_table and scope.global_statistic(text, start, q.start, q.unit, q.value, q.end):
        return True  # "well below the global average of 6.7 t per capita": context, not the country's
    if q.unit == "%" and not in_table and scope.peer_share(text, start, q.start, q.end, country):
        return True  # "Group of OECD countries 56.9% of global emissions.": another party's share, context
    if hazard_damage(text, start, q.start, q.end):
        return True  # "From these floods, about 10,000 ha of wheat … have been destroyed": what a disaster took
    if not in_table and climate_driven(text, start, q.start, q.end):
        return True  # "exacerbated by climate change, with water resources down about 28% by 2030": the climate's doing
    if q.unit.endswith(" billion") and loss_amount(text, start, q.start):
        return True  # "an annual loss of 0,6 to 1,2 thousand million USD": the climate's damage, no plan's money
    if scope.resource_potential(text, q.num.start, q.end, q.unit):
        return True  # "geothermal (with a potential of 650 MW)": what could be built, neither goal nor record
    if not indicator and q.unit == "count" and scope.counts_paperwork(text, q.end, q.start):
        return True  # "47 programmes of action", "828 projects": the plan's paperwork, not its substance
    if q.unit == "%" and (
        _FACTOR_AFTER_RE.match(text, q.end, q.end + 50)
        or _FACTOR_BEFORE_RE.search(text, max(start, q.start - 40), q.start)
    ):
        return True  # "at a conservative 45% portfolio capacity factor": a plant's load assumed, no goal or record
    if q.unit != "%" and _EACH_AFTER_RE.match(text, q.end):
        return True  # "two units of 40 MW each", "(up to 10 MW each)": one item's size, not the plan's amount
    if _CLIMATE_RUN_AFTER_RE.match(text, q.end):
        return True  # "to between 10 (RCP 2.6) and 70 (RCP 8.5) tropical nights": a climate model's run, no plan's
    if _under_climate_run(text, start, q):
        return True  # "cereal production would fall by almost 40% by 2050 according to the RCP8.5 scenario"
    if country_extent(text, start, q, country):
        return True  # "a country … with an area of 27,834 km2": the country profile, no area of the plan's
    if q.unit.startswith("Mt") and (
        _THRESHOLD_BEFORE_RE.search(text, max(start, q.start - 120), q.start)
        or (
            _OR_MORE_AFTER_RE.match(text, q.end) and _EMITTERS_BEFORE_RE.search(text, max(start, q.start - 60), q.start)
        )
    ):
        return True  # "emitters with emissions of over 50 thousand t CO2-eq./year must report": a rule's threshold
    if q.unit == "%" and _WORLD_WHOLE_AFTER_RE.match(text, q.end):
        return True  # "0.079% of the world's total population", "70% of the global economy": the world's figures
    if q.unit == "%" and _share_of_a_whole(text, start, q):
        return True  # "USD 4.2 billion (59% of total)", "…, or nearly 60% of the target": a split, no measure
    if q.unit in ("%", "times", "x") and _THAN_ANOTHER_AFTER_RE.match(text, q.end):
        return True  # "four times lower than the world's per capita emissions": how it compares, no value of its own
    near = max(start, q.start - 80)
    if (
        cx.may_contain(text, near, q.start, ("assum",))
        and (assumed := _ASSUMED_BEFORE_RE.search(text, near, q.start))
        and not _GOAL_WORD_RE.search(text, assumed.start(), q.end + 30)  # ("a 12% reduction target": after it too)
        and not _MEASURE_SUBJECT_BEFORE_RE.search(text, max(start, assumed.start() - 40), assumed.start())
    ):
        return True  # "assuming a daily use of 0.5 litres of paraffin": a premise of a calculation, no value
    if q.unit == "%" and _gap_between_goals(text, start, q):
        return True  # "an increase of 13 percentage points compared to the previous target": two goals' gap
    if q.unit.startswith("Mt") and _GAS_FACTOR_BEFORE_RE.search(text, max(start, q.start - 40), q.start):
        return True  # "while emission factor of 125.43 tCO2e is estimated in the FREL": a factor, its area unit lost
    if not indicator and q.unit in _PER_AREA_FACTORS:
        return True  # "reduction of GHG emissions by 4 t CO2 / ha / year", "a removal factor of 10.86 tCO2e/ha": a
        # factor per hectare a plan computes its totals with, no indicator of its own
    if (
        kind == "actual"
        and not indicator
        and q.unit == "Mt"
        and produced_good(text, start, sentence_end_within(text, q.end, 200))
    ):
        return True  # "Meat production 239,115 tonnes in 2019": the economy's record of a good, no emission (a
        # plan's goal for a harvest, "fish production up 13,000 tonnes by 2029", is an adaptation goal, kept)
    return not indicator and material_mass(text, q)


#: a ratio to something other than the country's own past or path: the world's or a group's average, another
#: country's figure, a guideline, an earlier estimate ("15% less than the average of EU countries", "4.4 times less
#: than that of our main trading partner", "36 percent higher than the previous estimates"); a comparison with a
#: year, BAU or a baseline is a change of the country's own and stays
_THAN_ANOTHER_AFTER_RE = rx.compile(
    r"(?:\s*(?:%|per\s*cent|percent|times))?\s+(?:higher|lower|less|more|greater|smaller|bigger)\s+than\s+"
    r"(?:(?:that|those)\s+of\b|(?:the\s+|its\s+)?(?:world'?s?|global|worldwide|average|mean|guidelines?|previous|earlier"
    r"|prior|former|original|international)\b)",
    re.IGNORECASE,
)
#: a premise of a calculation or a model: "assuming a daily use of 0.5 litres", "it was assumed that 42% of the
#: methane would be collected", "growth rates assumed at 3.2%" (not a duty taken on: "has assumed the commitment to
#: guarantee that 50% of its programmes …", nor a goal named in it: "it is assumed that a 10% reduction target by
#: 2030 is achievable")
_ASSUMED_BEFORE_RE = rx.compile(
    r"\bassum(?:e|es|ed|ing|ptions?)\b(?!\s+(?:the|its|an?|this|that)\s+(?:[\w-]+\s+)?(?:commitments?|objectives?"
    r"|obligations?|responsibilit\w+|roles?|leadership|duty|duties|task)\b)"
    # (nor what the premises bring about: "these assumptions lead to a reduction … of -7% by 2030")
    r"(?!\s+(?:lead|leads|led|result|results|resulted|give|gives|yield|yields)\b)"
    # (an abbreviation's point goes on: "the assumption is that the sector has a backup capacity of approx. 20 MW")
    r"(?:[^.;:]|\.(?=\s*[a-z\d])){0,60}$",
    re.IGNORECASE,
)
#: a measure of the plan as what "assumes": it foresees ("NAMA Cement assumes the recovery of 35% of solid waste")
_MEASURE_SUBJECT_BEFORE_RE = rx.compile(
    r"\b(?:NAMAs?|measures?|actions?|projects?|programmes?|programs?|plans?|polic(?:y|ies)|strateg(?:y|ies)|I?NDCs?)"
    r"(?:\s+[A-Z][\w-]*){0,3}\s+$"
)
#: the nouns that name a goal, shared by the premise and the percentage-point tests below
_GOAL_NOUNS = r"targets?|goals?|commitments?|pledges?|ambitions?|I?NDCs?"
_GOAL_WORD_RE = rx.compile(rf"\b(?:{_GOAL_NOUNS}|objectives?|neutrality|net[\s-]zero)\b", re.IGNORECASE)
#: what a gap in percentage points may lie between, other than two records: goals and estimates ("an increase of 13
#: percentage points compared to the previous target", "an upgrade in the mitigation ambition of 2 percentage
#: points", "1.1 percentage points higher than the 0.9% that the bank projected")
_GOALS_OR_ESTIMATES_RE = rx.compile(
    rf"\b(?:{_GOAL_NOUNS}|estimates?|projected|projections?|forecasts?)\b", re.IGNORECASE
)


def _gap_between_goals(text: str, start: int, q: Quantity) -> bool:
    """A difference in percentage points in a sentence about goals or estimates: how two of them differ, no goal
    or record of its own (a share raised "by 3 percentage points by 2030" in a sentence naming no goal stays)."""
    written = text[q.start : q.end]
    if "point" not in written.lower() and not written.endswith("pp"):
        return False
    stop = text.find(". ", q.end, q.end + 300)
    return _GOALS_OR_ESTIMATES_RE.search(text, start, stop if stop >= 0 else q.end + 300) is not None


#: a climate model's scenario named in brackets right after a value: "(RCP 2.6)", "(under RCP4.5)", "(SSP5-8.5)"
_CLIMATE_RUN_AFTER_RE = rx.compile(
    r"\s*\[?\(\s*(?:under\s+(?:the\s+)?)?(?:RCP\s?\d(?:[.,]\d)?|SSP\s?\d(?:\s?[-–]\s?\d(?:[.,]\d)?)?)\b"
)
#: a climate model's scenario named anywhere near: "under RCP 4.5", "according to the RCP8.5 scenario", "(SSP5-8.5)"
_CLIMATE_RUN_RE = rx.compile(r"\b(?:RCP|SSP)\s?\d", re.IGNORECASE)
_RUN_REACH = 150  # characters either side of the value, within its sentence


def _under_climate_run(text: str, start: int, q: Quantity) -> bool:
    """Whether the value's sentence names a climate model's scenario within reach of it: what the climate would bring
    under that run (yields, rainfall, river flows, the economy), no goal or record of the plan."""
    lo = max(start, q.start - _RUN_REACH)
    near = text[lo : q.end + _RUN_REACH]
    if "RCP" not in near and "SSP" not in near and "rcp" not in near and "ssp" not in near:
        return False  # (the cheap exact test first: most sentences name no climate run)
    return _CLIMATE_RUN_RE.search(text, lo, sentence_end_within(text, q.end, _RUN_REACH)) is not None


#: a share that is a plant's capacity or load factor, an engineering assumption: "a 45% portfolio capacity factor",
#: "with a capacity factor of 18%"
_FACTOR_AFTER_RE = rx.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:capacity|load|plant)\s+factors?\b", re.IGNORECASE)
_FACTOR_BEFORE_RE = rx.compile(
    r"\b(?:capacity|load|plant)\s+factors?\s+(?:(?:of|at|is|was|around|about)\s+|\(\s*(?:e\.g\.,?|i\.e\.,?)?\s*)"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.I,
)
#: "each" right after an amount, not of a time ("each year"): the size of one item of several
#: (lower case: "… = 18.4 GWh Each of the targets" starts a sentence whose full stop was lost)
_EACH_AFTER_RE = rx.compile(r"\s*each\b(?!\s+(?:year|month|day|decade|time|season|week)s?\b)")


#: the threshold of a class a rule defines: "emitters with emissions of over", "installations whose emissions
#: exceed", "all new policy proposals where the impact on GHG emissions is likely to be equal or above"
_THRESHOLD_BEFORE_RE = rx.compile(
    r"\b(?:emitters|installations|facilities|entities|enterprises|companies|operators|proposals|projects|plants)\s+"
    r"(?:with|whose|where|that|which)\b[^.;]{0,80}?\b(?:over|above|exceed(?:s|ing)?|more\s+than|greater\s+than"
    r"|at\s+least)\s*$",
    re.IGNORECASE,
)
#: the same threshold said after the amount: "facilities producing 25 ktCO2e or more of GHG emissions in a year"
_EMITTERS_BEFORE_RE = rx.compile(
    r"\b(?:emitters|installations|facilities|entities|enterprises|companies|operators|plants)\s+(?:that\s+|which\s+)?"
    r"(?:produc\w*|emit\w*|generat\w*|releas\w*)\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_OR_MORE_AFTER_RE = rx.compile(r"\s*(?:or\s+(?:more|above|over|higher)|and\s+(?:above|over|more))\b", re.IGNORECASE)
#: a share of the world's people, output, trade or land (a share of its emissions is the country's record, and stays)
_WORLD_WHOLE_AFTER_RE = rx.compile(
    r"\s*(?:of|to)\s+(?:the\s+)?(?:world(?:'s|’s)?|global|worldwide|total\s+global|total\s+world)\s+(?:total\s+)?"
    r"(?:population|gdp|economy|economic\s+output|trade|land(?:\s+area)?|surface|inhabitants|people)\b",
    re.IGNORECASE,
)
#: a share of a budget: "59% of the total cost", "of the estimated financing needs" (a share "of total emissions"
#: measures emissions, and stays)
_OF_A_BUDGET_RE = rx.compile(
    r"\s*of\s+(?:the\s+)?(?:(?:total|overall|estimated|required)\s+){0,2}(?:costs?|financ(?:e|ing)|funding"
    r"|investments?|financial\s+(?:needs|requirements)"
    # (a plan's budget, not a government's: "12% of the total budget of the Ministry was allocated to climate
    # projects" measures climate spending)
    r"|budgets?(?!\s+(?:of|in)\s+(?:the\s+)?(?:Ministry|Government|State|federal|national|public)))\b",
    re.IGNORECASE,
)
_OF_TOTAL_RE = rx.compile(r"\s*of\s+(?:the\s+)?total\s*\)", re.IGNORECASE)  # "(60% of total)": the amount's total
_MONEY_BRACKET_BEFORE_RE = rx.compile(
    r"(?:\b(?:billion|million|bn|mn|thousand|USD|EUR|GBP)|\$|€|£)\s*\(\s*(?:about\s+|around\s+)?$", re.IGNORECASE
)
#: a value restated as its share of the goal: "a 27% cut by 2030, or nearly 60% of the target", "(40% of the effort)"
_OF_THE_GOAL_RE = rx.compile(
    r"\s*of\s+(?:the|its|this)\s+(?:(?:overall|total|national|whole)\s+)?(?:target|goal|effort|contribution)\b",
    re.IGNORECASE,
)
_RESTATED_AS_BEFORE_RE = rx.compile(
    r"(?:\(|,\s*or)\s*(?:nearly|almost|about|around|approximately|some|roughly)?\s*$", re.IGNORECASE
)


def _share_of_a_whole(text: str, start: int, q: Quantity) -> bool:
    """Whether a percentage is a split of a whole, not a measure of anything: a budget's share ("59% of the total
    cost", "USD 4.2 billion (59% of total)") or a value's share of the goal it is part of ("…, or nearly 60% of the
    target")."""
    if _OF_A_BUDGET_RE.match(text, q.end):
        return True
    before = text[max(start, q.start - 40) : q.start]
    if _OF_TOTAL_RE.match(text, q.end) and _MONEY_BRACKET_BEFORE_RE.search(before):
        return True
    return bool(_OF_THE_GOAL_RE.match(text, q.end) and _RESTATED_AS_BEFORE_RE.search(before))
