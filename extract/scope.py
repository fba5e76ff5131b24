"""What the tracker is about: numbers of climate plans, not the country profile that surrounds them.

NDCs open with national circumstances: GDP and its structure, population, poverty, income, jobs, trade,
the country's area and biomes, losses from past disasters, projected impacts of warming. Those numbers
are real but they are not what was promised or achieved in climate policy, and an analyst reading the
tracker does not want them mixed with the goals. A number is out of scope when the words leading to it
(its sentence up to the end of its clause: a list of bracketed figures is about the words that open it)
name such a topic and no climate-policy topic (emissions, energy, forests, waste, transport, adaptation
measures, finance for them).

Numbers the catalogue maps to an indicator are always kept: the catalogue is the explicit, reviewed
statement of what is tracked (the seeds' white papers track GDP growth and industry shares on purpose).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .clausecues import cues

# resource potentials and the world's numbers quoted beside the country's, read in ``potentials`` and ``worldstats`` and
# asked of ``scope`` with its other rules
from .economy import economy_figure
from .participation import takes_part
from .potentials import resource_potential as resource_potential
from .wordgate import LazyStarts, WordGate
from .worldstats import global_pathway as global_pathway
from .worldstats import global_statistic as global_statistic
from .worldstats import may_cite_global as may_cite_global
from .worldstats import peer_share as peer_share

if TYPE_CHECKING:
    from .quantities import Quantity

# Topics of a country profile. Words, not phrases of one document: the genre's vocabulary for them. (A share of a
# herd's "population" is no people's: "ranching to reach 15% of the cattle population by 2035" is a farming goal; the
# size of the herd, "Cattle population, million heads", is the profile still.)
_PROFILE_RE = first_char_guarded(
    r"\b(?:GDP|gross\s+domestic\s+product|GNI|gross\s+national\s+income|econom(?:y|ic)|(?<!of\scattle\s)(?<!of\sthe\scattle\s)(?<!of\slivestock\s)(?<!of\sthe\slivestock\s)(?<!herd\s)population|inhabitants|people|persons|citizens|poverty|poor"
    r"|income|wages?|salar(?:y|ies)|(?:un|under)?employment|jobs|workforce|exports?|imports?|trade\s+balance"
    # national accounts and social statistics: "Gross Fixed Capital Formation (4.30%)", "the Gini coefficient",
    # "the illiteracy rate", "the number of households rose by 75,900"
    r"|capital\s+formation|(?:final\s+)?consumption\s+expenditures?|household\s+consumption|(?:government|public)"
    # (not a plan's source of funds: "275 million lei from the state budget")
    r"\s+(?:spending|debt)|(?<!from\sthe\s)(?<!by\sthe\s)(?:state|general)\s+budget|Gini"
    r"|number\s+of\s+(?:households|families)"
    r"|destroyed|damaged|human\s+development|HDI|(?<!\d\d\d\d\s)(?<!constant\s)(?<!current\s)prices?|(?<!feed-in\s)(?<!feed\sin\s)tariffs?"
    # (not a price basis: "US$ 10.4 billion at 2015 prices", "USD 6.11 billion by 2035, without inflation")
    r"|(?<!without\s)(?<!excluding\s)(?<!for\s)(?<!of\s)inflation|losses|damages?|displace(?:d|ment)|food[\s-]insecur\w*"
    r"|deaths?|lives|lost|children|schools|territor(?:y|ies)|continental|biomes?|reserves|(?:il)?literacy|life\s+expectancy"
    # (not the land a practice covers: "expand the land area under sustainable management to 75,000 ha", a goal; "94%
    # of land area under tropical rainforests" is the country's cover)
    r"|households?\s+income|census|trade|(?:land|surface|total)\s+area(?!\s+under\s+(?:sustainable|improved"
    r"|conservation|climate[\s-]smart|integrated|agro-?forestry|irrigation|restoration|management)\b)"
    r"|education|enrol(?:l?ment|led)|dropout"
    # a share of the country's area a landform takes: "Arid zones comprise over 45% of the area of the country"
    r"|area\s+of\s+the\s+country|country['’]s\s+area"
    r"|repetition\s+rates?|tourism|tourists?|visitors?|natural\s+disasters?|urbani[sz]ation|urban\s+population"
    r"|extreme\s+(?:weather\s+)?events?\s+(?:recorded|observed|registered|reported)"  # a record, not a plan
    # the climate observed: "annual rainfall fell by 17-30%", "precipitation increased by 12% over 1958-2018" (not the
    # instruments that measure it: "deploy rainfall and piezometric networks")
    r"|(?:rainfall|precipitation)(?!\s+(?:and\s+[\w-]+\s+)?(?:networks?|stations?|gauges?|harvest\w*|monitor\w*|data)\b)"
    # the economy's output: "83 million tons of coal were extracted, of which 69.6 were exported", "mining accounted
    # for 57.7% of the total industrial production", "the outputs were 21.9 thousand tons of meat"; and the state of
    # nature: "26% of the fauna is endangered", "permafrost declined by 33.7%"
    r"|extract(?:ed|ion)|mined|quarrying|total\s+(?:industrial|agricultur(?:e|al)|manufacturing|mining)\s+"
    r"(?:production|output)|industrial\s+output|production\s+levels?|outputs"
    r"|endangered|permafrost"
    # who holds the land, and the catch landed: "about 50% of the pastures are owned by private individuals", "land
    # tenure", "traditional fisheries landed 23.6 thousand tonnes"
    r"|owned\s+(?:and\s+[\w-]+\s+)?by|ownership|tenure|landholdings?|landings|landed"
    # a fragile state's circumstances: "70-80% of rural conflicts", "remittances of US$ 6 billion", "the fiscal
    # deficit widened to 4% of GDP", "only 2-3% of the land is arable"
    r"|conflicts?|remittances|humanitarian|(?:fiscal|budget)\s+(?:deficits?|balance)|arable"
    # the lie of the land: "nine islands scattered over 500,000 km2 of ocean", "between 26° 22' North latitude and …"
    # (not the coastline or the sea's zone, which plans protect: "60% of the vulnerable coastline by 2035")
    # (a climate zone's "mid-latitude" places no border)
    r"|archipelago|(?<!-)latitud\w*|(?<!-)longitud\w*|scattered)\b",
    re.IGNORECASE,
)
# Projected physical impacts ("temperatures could rise by 1.3 °C by 2035") are scenarios, not plans or records.
_IMPACT_RE = first_char_guarded(
    r"\b(?:temperatures?|rainfall|precipitation|sea[\s-]levels?|glaciers?|heat\s*waves?|droughts?|floods?|runoff"
    r"|groundwater|(?:river|stream)\s*flows?|low\s+flows|snow\s*(?:cover|melt)|crop\s+yields?|El\s+Ni[ñn]o|La\s+Ni[ñn]a"
    r"|wildfires?|(?:dry|hot)\s+days|(?:semi-)?arid|humid|aridity|desertification"
    # "a drop of 18 to 23% in grain yields of sorghum", "could become inundated", "labour productivity … due to heat"
    r"|(?:grain|cereal|agricultural|rainfed)\s+yields?|yields\s+of|inundat\w*|submerged|labou?r\s+productivity)\b",
    re.I,
)
_PROJECTION_RE = first_char_guarded(
    r"\b(?:projected|projections?|could|can|may|might|would|likely"
    r"|expected\s+to\s+(?:rise|increase|decrease|fall|disappear|decline|drop|receive|experience|see|suffer)"
    # what warming will do: "climate change will cause a drop of 9 to 15%", "should cause by 2050", "will lead to"
    r"|(?:will|would|should)\s+(?:cause|lead\s+to|result\s+in)"
    r"|(?:scenarios?|models?)\s+(?:show|indicate|predict|project)"
    # a horizon or a choice of scenario no plan sets: "by the end of the century", "depending on the scenario"
    r"|by\s+the\s+end\s+of\s+(?:the\s+|this\s+)?(?:21st\s+|twenty-first\s+)?century|depending\s+on\s+the\s+scenarios?"
    # an impact word's own future: "rainfall will rise by roughly 10%" (a plan's measure names a policy word too)
    r"|will\s+(?:rise|increase|decrease|fall|decline|drop))\b",
    re.IGNORECASE,
)
# Topics of climate policy: any of these keeps the number.
_POLICY_RE = first_char_guarded(
    # (not the climate models' "under a high emissions scenario", which names how warm the world gets)
    r"\b(?:(?<!high\s)(?<!low\s)(?<!medium\s)emi(?:ssions?|ts?|tted|tting)|GHG|greenhouse|CO2|CO₂|carbon|methane|CH4|N2O|HFCs?|F-gas\w*|mitigat\w*"
    r"|adapt\w*|resilien\w*|energy|electri\w*|(?<!purchasing\s)power|renewable\w*|solar|wind|hydro\w*|geothermal|nuclear"
    # (not "oil", "gas", "coal" alone: commodities of the country profile too, "crude oil (22%)" of its trade)
    # household energy: "the share of the population using biogas / LPG for cooking", "improved charcoal kilns"
    r"|fuel\w*|biofuel\w*|biomass|biogas|LPG|liquefied\s+petroleum\s+gas|cooking|briquettes?|charcoal"
    r"|efficien\w*|forest\w*|deforest\w*|reforest\w*|afforest\w*|trees?|mangroves?"
    r"|land[\s-]use|LULUCF|AFOLU|REDD\+?|sinks?|removals?|waste\w*|recycl\w*|landfill|transport\w*|vehicles?"
    r"|\bEVs?\b|rail\w*|buildings?|cooling|irrigation|NDC|net[\s-]zero|sequest\w*"
    r"|green\s+(?:econom(?:y|ic)|growth)"  # a climate strategy's name: "the Green Economy Strategy requires USD 150 bn"
    # "100% of the national territory covered by climate change plans": the plan's reach, not the country's area
    r"|climate\s+(?:change\s+)?(?:finance|fund|action|plans?|polic(?:y|ies)|strateg(?:y|ies))"
    r"|conservation|restor\w*|protected\s+areas?|clean\s+cooking|cook\s*stoves?|habitats?|ecosystems?|biodiversity"
    r"|wetlands?|species|funds?|financ\w*|investments?"
    # losses of a network, not of a disaster: "acceptable gas losses are set at 5.07%", "grid losses of 14%", "the
    # unbilled water losses", "non-revenue water"
    r"|(?:gas|grid|network|transmission|distribution|technical|water)\s+losses|non[\s-]revenue\s+water"
    # an agriculture goal's losses, not a disaster's: "reduce post harvest losses to 1% by 2030", "food losses"
    r"|(?:post[\s-]?harvest|food)\s+losses"
    # adaptation services: "access to clean and safe water for the total population", "early warning for 90% of people"
    r"|(?:safe|clean|drinking)\s+water|water\s+(?:supply|access|services|security|harvesting)|sanitation"
    r"|rain\s*water|(?:water|household|community)\s+tanks?"  # water security: who stores rain
    r"|early[\s-]warning"
    r"|(?:transmission|distribution|grid|network)\s+losses)",  # energy lost in the grid, not a disaster's losses
    re.IGNORECASE,
)


#: Units that name a climate-policy quantity by themselves: a capacity, an amount of energy, an amount of
#: greenhouse gas. Their numbers are never the country profile, whatever profile word the sentence holds ("95 MW
#: (23 percent) under the new tariff mechanism").
CLIMATE_UNITS = frozenset({"GW", "TWh", "Mt CO2e", "Mt CO2", "Mt C", "Mtce", "Mtoe"})
_PER_AFTER_RE = rx.compile(r"[\s.]*(?:/|per\b)", re.IGNORECASE)  # "5.9 tons of CO2 eq./yr/inhabitant": a ratio


#: What share of the country's emissions a goal or an inventory covers is a scope rule, not a value (the dev-set
#: conventions leave it out): "covers an average of 88% of the sources and removals", "ETS covers 70% or more of
#: national GHG emissions", "intends to account for 100 percent of its greenhouse gas emissions and removals".
_COVERAGE_BEFORE_RE = rx.compile(
    r"\b(?:cover(?:s|ed|ing)?|(?:intends?\s+to|will|shall)\s+account\s+for)\s+(?:an?\s+average\s+of\s+|about\s+"
    r"|around\s+|approximately\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|an\s+estimated\s+|roughly\s+"
    r"|almost\s+|some\s+)?$",
    re.IGNORECASE,
)
_COVERAGE_AFTER_RE = rx.compile(
    r"\s*(?:%|per\s*cent|percent)?\s*(?:or\s+more\s+)?of\s+(?:the\s+|its\s+|all\s+|total\s+)?"
    r"(?:[\w.-]+\s+){0,4}?(?:emissions|sources|removals|GHGs?)\b",
    re.IGNORECASE,
)
#: A label that asks for the share of the emissions a goal covers, right before its answer (an NDC template's field)
_COVERAGE_LABEL_RE = rx.compile(
    r"(?:\b(?:percentage|share|proportion)|%)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?emissions?\s+(?:(?:are|is)\s+)?"
    r"covered\b[^\d%\n]{0,100}$",
    re.IGNORECASE,
)
_COVER_WORDS = ("cover", "account")  # one is in every _COVERAGE_BEFORE_RE match: the cheap test first


def profile_topic(label: str) -> bool:
    """Whether a table row's label names a topic of the country's profile (population, GDP, prices) and none of
    climate policy: the row is out of the plan's scope, and so are the rows of its changes under it."""
    return _PROFILE_RE.search(label) is not None and _POLICY_RE.search(label) is None


#: A share that is a chance, not an amount: "a 77% chance that", "80% probability", "66-100% (likely)", "with a
#: probability of 66% and 50%", "the likelihood … has increased by about 70%"
_CHANCE_AFTER_RE = rx.compile(
    r"\s*(?:\((?:very\s+|extremely\s+|about\s+as\s+|more\s+)?(?:un)?likely(?:\s+than\s+not)?\)"
    r"|(?:probability|chance|likelihood)\b)",
    re.IGNORECASE,
)
_CHANCE_BEFORE_RE = rx.compile(
    r"\b(?:probability|likelihood|chance)\b[^.;%]{0,50}?(?:\d[\d.,]*\s*%\s*(?:,|and|or|to|-|–)\s*)*$", re.IGNORECASE
)
_CHANCE_WORDS = ("probabilit", "likel", "chance")  # one is in every _CHANCE_*_RE match: the cheap test first


def chance(text: str, floor: int, q_start: int, q_end: int) -> bool:
    """Whether the share at ``text[q_start:q_end]`` is a probability (of warming, of a disaster, applied to a plant's
    output): no amount of anything the plan or the record measures."""
    if not cx.may_contain(text, max(floor, q_start - 60), q_end + 30, _CHANCE_WORDS):
        return False
    return bool(_CHANCE_AFTER_RE.match(text, q_end, q_end + 30)) or bool(
        _CHANCE_BEFORE_RE.search(text, max(floor, q_start - 60), q_start)
    )


def coverage(text: str, floor: int, q_start: int, q_end: int) -> bool:
    """Whether the share at ``text[q_start:q_end]`` says how much of the emissions a goal or inventory covers."""
    lo = max(floor, q_start - 40)
    if cx.may_contain(text, max(floor, q_start - 160), q_start, ("covered",)) and _COVERAGE_LABEL_RE.search(
        text, max(floor, q_start - 160), q_start
    ):
        return True  # "Percentage of national emissions covered: 100%", "% of Emissions Covered\t100%": the scope
    return (
        cx.may_contain(text, lo, q_start, _COVER_WORDS)
        and bool(_COVERAGE_BEFORE_RE.search(text, lo, q_start))
        and bool(_COVERAGE_AFTER_RE.match(text, q_end, q_end + 80))
    )


def share_of_climate_amount(text: str, amount_end: int, amount_unit: str, share_start: int) -> bool:
    """Whether a bracketed share right after a climate amount restates it: "32.7 MW (4.7 percent) under …"."""
    return climate_amount(text, amount_end, amount_unit) and text[amount_end:share_start].strip() == "("


def climate_amount(text: str, q_end: int, unit: str) -> bool:
    """Whether the value ending at ``q_end`` is an amount in a ``CLIMATE_UNITS`` unit, not the numerator of a ratio
    the unit reader stopped short of ("0.7 tCO2e/mi-llion CLP$")."""
    return unit in CLIMATE_UNITS and not _PER_AFTER_RE.match(text, q_end, q_end + 12)
AFTER_CHARS = 40  # "a tenth (8.2%) of the population": what a bracketed figure measures follows the bracket
# Counted paperwork: how many programmes, projects, measures, sectors or meetings a plan has says nothing about
# emissions or resilience (the dev-set conventions leave such counts out); counted assets (plants, pumps) stay.
_PAPERWORK_NOUNS = (
    r"(?:programmes?|programs?|projects?|polic(?:y|ies)|measures?"
    r"|actions?|categor(?:y|ies)|sectors?|(?<!protected\s)areas?|initiatives?|plans?|strateg(?:y|ies)|workshops?|meetings?"
    r"|reports?|documents?|laws?|regulations?|standards?|countries|nations|counties|states|members?|partners?|stakeholders?"
    r"|institutions?|ministr(?:y|ies)|agenc(?:y|ies)|sites|territories|lands|calls|sessions|consultations"
    r"|participants|attendees|comments|recommendations|submissions|responses"
    # (what the plan's capacity building counts: "120 training seminars", "30 awareness campaigns")
    r"|seminars|webinars|courses|conferences|campaigns|trainings|forums|dialogues|studies|surveys"
    # (and how a plan was worked out: "36 national experts", "the 35 Global Circulation Models", "2,717 events of
    # natural origin were registered", "18 indicators")
    r"|experts|specialists|consultants|models|GCMs|scenarios|events|indicators)"
)
_PAPERWORK_COUNT_RE = rx.compile(
    # "12 administrative units" counts offices; "550 units" alone counts what the sentence builds (plants, stoves)
    r"(?:\s+(?!(?:of|in|for|to|with)\b)[\w()-]+){1,4}?\s+units\b"
    rf"|(?:\s+(?!(?:of|in|for|to|with)\b)[\w()-]+){{0,4}}?\s+{_PAPERWORK_NOUNS}\b",
    re.IGNORECASE,
)
#: the noun named before: "increasing the number of measures/actions from 24 in the NDC 2.0 to 39" (only the plan's
#: own paperwork: "the number of landfill sites" counts what it builds)
_NUMBER_OF_PAPERWORK_RE = rx.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?:programmes?|programs?|projects?|polic(?:y|ies)|measures?|actions?"
    r"|categor(?:y|ies)|initiatives?|plans?|strateg(?:y|ies)|workshops?|meetings?|reports?|documents?|laws?"
    r"|regulations?)(?:/[\w-]+)?\b(?:[^.;]|\.(?=\d)){0,60}$",
    re.IGNORECASE,
)


def counts_paperwork(text: str, q_end: int, q_start: int | None = None) -> bool:
    """Whether the count at ``text[q_start:q_end]`` counts programmes, projects, measures ("47 programmes of action",
    "the number of measures from 24 to 39")."""
    if _PAPERWORK_COUNT_RE.match(text, q_end, q_end + 80):
        return True
    return q_start is not None and bool(_NUMBER_OF_PAPERWORK_RE.search(text, max(0, q_start - 100), q_start))


#: the size of the country's zones named right before the number: "a vast EEZ (719,174km2)", "an exclusive economic
#: zone of 1.3 million km2", "a total land area of 26 km2" (not a share of it, "30% of its EEZ", nor the area of a
#: forest: "forests cover a land area of 2.3 million ha")
_ZONE_SIZE_BEFORE_RE = rx.compile(
    r"\b(?:EEZ|exclusive\s+economic\s+zone|total\s+(?:land|surface)\s+area|land\s?mass)\s*"
    r"(?:\(\s*|(?:of|covering|is|spans?)\s+(?:about\s+|around\s+|some\s+|approximately\s+)?)$",
    re.IGNORECASE,
)


_SHARE_OF_BEFORE_RE = rx.compile(r"(?:%|\bper\s?cent)\s+of\s+(?:the\s+|its\s+|their\s+|[\w-]+['’]s\s+)?$", re.I)


def out_of_scope(text: str, sent_start: int, sent_end: int, c_end: int, q_end: int, q_start: int | None = None) -> bool:
    """Whether the number ending at ``q_end`` (its clause ends at ``c_end``) describes the country profile or a
    projected impact. A bracketed figure's clause is the bracket: the words just after it ("(8.2%) of the
    population") are read too. The growth of the economy or population named right before it (from ``q_start``)
    decides alone."""
    window = text[sent_start : min(sent_end, max(c_end, q_end + AFTER_CHARS))]
    if economy_figure(text, sent_start, sent_start + len(window), q_end, q_start):
        return True  # "58% of GDP", "GDP grew by 4%", "fuel prices rose by 35%", "interest rates up to 16%"
    if takes_part(text, sent_start, q_end, q_start):
        return True  # "800 participants (45% women)", "30% representation of women": who takes part
    if (
        q_start is not None
        and (zone := _ZONE_SIZE_BEFORE_RE.search(text, max(sent_start, q_start - 40), q_start))
        and not _SHARE_OF_BEFORE_RE.search(text, max(sent_start, zone.start() - 30), zone.start())
    ):
        # "a vast EEZ (719,174 km2)": the size of the country, whatever follows (not the area of a share of it:
        # "40% of Niue's EEZ (127,000 square kilometres under no-take zone)")
        return True
    # the window is a prefix of the sentence: its starts serve, scanned only as far as a topic's first match
    starts = _topic_starts(text, sent_start, sent_end)

    def names(topic: int) -> bool:
        """``pattern.search(window)`` of one topic regex, tried only where one of its words starts."""
        return _TOPIC_GATE.search(starts, window, 0, len(window), topic)

    if "century" in window and _CENTURY_HORIZON_RE.search(window) and not _OWN_GOAL_RE.search(window):
        # "projected GDP losses of 24.5% to 77.9% by the end of the century", "by the end of the 21st century, about
        # 50% of the beech forests will …": a horizon only the climate's models and the science's budgets reach,
        # whatever topic it names (unless the country sets a goal for it)
        return True
    if names(0):  # policy
        return False
    if names(1):  # profile
        return True
    return names(2) and names(3)  # a projected impact


_CENTURY_HORIZON_RE = rx.compile(
    r"\b(?:by|until|towards?|at|in)\s+the\s+end\s+of\s+(?:the\s+|this\s+)?(?:21st\s+|twenty-first\s+)?century\b",
    re.IGNORECASE,
)
_OWN_GOAL_RE = rx.compile(r"\b(?:commit\w*|pledge\w*|targets?|aims?|goals?|we\s+will|intends?)\b", re.IGNORECASE)


#: The topic regexes, tried only where one of their words starts (see ``wordgate``).
_TOPIC_GATE = WordGate([_POLICY_RE, _PROFILE_RE, _IMPACT_RE, _PROJECTION_RE])


@lru_cache(maxsize=8)
def _topic_starts(text: str, start: int, end: int) -> LazyStarts | None:
    """Where a topic word may start in a sentence read as a string of its own, found once for all its numbers."""
    return _TOPIC_GATE.lazy_starts(text[start:end], 0)


#: A heading about what the climate does to the country: "Loss and Damage", "Projected climate impacts", "Observed
#: climate hazards", "Vulnerability assessment". The figures its prose foresees (shares of assets lost, yields cut) are
#: impacts, unless the heading also names the country's answer ("Impacts and adaptation measures", "Proposed
#: activities in loss and damage", "Integration of loss and damage considerations")
_IMPACT_HEADING_RE = rx.compile(
    r"\bloss(?:es)?\s+(?:and|&)\s+damages?\b|\bvulnerabilit(?:y|ies)\b"
    r"|\b(?:climate|climatic|projected|observed|expected|future)\s+(?:change\s+)?(?:impacts?|risks?|hazards?"
    r"|projections?)\b"
    r"|\b(?:projected|observed|future)\s+climat(?:e|ic)\s+(?:change|trends?)\b",  # "Projected Climate Change (2050)"
    re.IGNORECASE,
)
_ANSWER_HEADING_RE = rx.compile(
    r"\b(?:adapt\w*|resilien\w*|targets?|goals?|measures?|actions?|activit\w*|plans?|planning|responses?|priorit\w*"
    r"|contributions?|NDC|commitments?|mitigation|financ\w*|needs?|costs?|support|interventions?|programmes?"
    r"|programs?|projects?|integrat\w*|considerations?|management|reduc\w*|prevent\w*|strateg\w*|polic(?:y|ies)"
    r"|frameworks?|mechanisms?|proposed|sectoral)\b",
    re.IGNORECASE,
)


def impact_heading(heading: str) -> bool:
    """Whether a heading opens a section about climate impacts (see _IMPACT_HEADING_RE), not about the plan."""
    return bool(_IMPACT_HEADING_RE.search(heading)) and not _ANSWER_HEADING_RE.search(heading)


#: What an impact does, said in the sentence itself: under an impact heading, a sentence without these words may
#: still be an action ("Non-revenue water is reduced by 15% by 2032" in a table the heading did not end)
_HARM_RE = first_char_guarded(
    r"\b(?:loss(?:es)?|lost|damages?|affected|exposed|at\s+risk|vulnerab\w*|declin\w*|shrink\w*|drops?\s+in"
    r"|yields?|productivity|precipitation|rainfall|temperatures?|droughts?|floods?|flooding|inundat\w*"
    r"|sea[\s-]levels?|warming|heat(?:\s*waves?|\s+stress)?|hazards?)\b",
    re.IGNORECASE,
)


def names_harm(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names what the climate does (see _HARM_RE)."""
    return _HARM_RE.search(text, start, end) is not None


#: a forecast's frame before a value: "it is predicted that the yield of maize will decrease by 17%", "yields are
#: expected to fall by 9%": the "will" after it foretells, it sets no goal
_FORECAST_FRAME_RE = rx.compile(
    r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:predicted|expected|projected|forecast|anticipated|likely)\s+(?:that|to)\b",
    re.IGNORECASE,
)


def sets_goal(text: str, sent_start: int, q_start: int, clause_cues: tuple[tuple[int, int, str, bool], ...]) -> bool:
    """Whether a value's clause under an impact heading sets a goal ("Reduce losses by 30%"): a cue of a goal in it,
    unless a forecast frames the sentence before the value."""
    if not any(kind == "target" for _, _, kind, _ in clause_cues):
        return False
    return _FORECAST_FRAME_RE.search(text, sent_start, q_start) is None


def country_profile(
    text: str,
    q: Quantity,
    before: Quantity | None,
    window: tuple[int, int, int],
    sentence: tuple[int, int],
    clause: tuple[int, int],
    impact_goal: bool,
) -> bool:
    """Whether a value no indicator names is the country's profile (GDP, population, losses), not the climate plan's.

    ``window`` is what ``out_of_scope`` reads (the sentence, or a table cell's row); ``before`` the value before it
    (a share of a climate amount stays: "USD 2 billion, of which 60% for adaptation"); ``impact_goal``: the value is
    a level to come, outside a table, under a heading about impacts ("Loss and Damage"), where "roads face an average
    loss of 1.94% by 2035" is a projected impact (a record stays, "3% of habitat was lost by 2018"; money is the
    plan's; so is a goal set against the harm, "Reduce losses by 30%")."""
    if climate_amount(text, q.end, q.unit):
        return False
    if before is not None and q.unit == "%" and share_of_climate_amount(text, before.end, before.unit, q.start):
        return False
    if (
        impact_goal
        and not q.unit.endswith(" billion")
        and names_harm(text, *sentence)
        and not sets_goal(text, sentence[0], q.start, cues(text, *clause))
    ):
        return True
    return out_of_scope(text, *window, q.end, q.start)
