"""The cue words of a clause: what says a number is a goal ("will", "target", "needed to") or a record ("were",
"received", "has grown"), found once per clause or sentence and read by ``clauses.kind_for``; and whether a
sentence reports a fact at all (``reports``), which decides whether an undated value has a determinable year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import context as cx
from . import rx
from .actions import ACTION_START_RE, LABEL_THEN_FACT_RE
from .alternation import first_char_guarded
from .conditions import CONDITION_RE, CONDITION_WORDS
from .nowwords import CURRENT_SUBJECT_RE, PRESENT_FACT_RE, PRESENT_FACT_WORDS
from .wordgate import WordGate, lower_words

#: A fact cue right after a modal is part of a future ("will have reduced", "is to be achieved", "would be").
_MODAL_BEFORE_RE = first_char_guarded(
    r"\b(?:will|would|shall|should|must|could|can|may|might|to|expected\s+to|projected\s+to)\s+(?:(?:be|have)\s+)?$",
    re.IGNORECASE,
)
#: A participle after a future of "see" or "have" and its object is that future's ("this NDC will see emissions from
#: electricity generation reduced by 715 kt", "would have its losses cut to 9%"), no past event
_CAUSATIVE_BEFORE_RE = first_char_guarded(r"\b(?:will|would|shall)\s+(?:see|have|get)\s+[^.;:,()\d]{1,80}$", re.I)
#: "was estimated to reduce", "were expected to reach": a past verb that reports a model or an expectation; "were
#: estimated to be 216 kt" is an inventory's estimate of the past, as "were estimated at" is.
_MODELLED_AFTER_RE = rx.compile(
    r"\s+(?:\w+ly\s+)?(?:estimated(?!\s+to\s+(?:be|absorb|emit|store|sequester|cover|contain|represent"
    r"|account\s+for)\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|just"
    r"|over|only)\s+)?(?:[\d$€£¥₹₦₱₩₪₫₴₸₺]|(?:US|USD|EUR|GBP|Rs|R)\s?[$\d.]))"  # an amount, in any currency
    r"|expected|projected|anticipated|forecast|planned|scheduled|designed|intended|modell?ed"
    r"|needed|required)\s+to\b",  # "US$490 million was needed to achieve": a need, not a fact
    re.IGNORECASE,
)
#: "It has been estimated that by 2030 …", "it was calculated that …": a past frame that reports a finding; the clause
#: after "that" decides when it speaks of the future ("… will …"); a past there ("… relied on …") stays a record
_REPORTING_FRAME_RE = rx.compile(
    r"\s+(?:\w+ly\s+)?(?:estimated|calculated|projected|expected|anticipated|forecast|predicted|assumed)\s+that\b",
    re.IGNORECASE,
)
_FUTURE_RE = rx.compile(r"\b(?:will|shall|would|(?:is|are)\s+(?:expected|likely|projected)\s+to)\b", re.IGNORECASE)
#: (or the estimate closing its clause after the value: "an electricity generation of 29,591 GWh has been estimated.")
_ESTIMATED_AT_RE = rx.compile(
    r"\s+(?:estimated|evaluated|assessed|costed|calculated|valued)(?:\s+at\b|\s*(?:[.;]|$))", re.IGNORECASE
)
#: Past forms that are as often participles ("cars sold in 2030", "the reduction achieved through"): weak facts.
_WEAK_FACT_RE = rx.compile(
    r"(?:reached|achieved|completed|recorded|declined|decreased|dropped|increased|manufactured|sold|obtained)$",
    re.IGNORECASE,
)
#: The number names a goal: "a 40% renewables target", "the 0.2% intensity target" (not "80% of the target").
GOAL_NOUN_AFTER_RE = rx.compile(
    r"\s*(?:(?!of\b|in\b|for\b)[A-Za-z-]+\s+){0,3}?(?:targets?|goals?|objectives?|pledges?|ambitions?)\b", re.IGNORECASE
)


def attributive(text: str, start: int, end: int, floor: int, limit: int) -> bool:
    """Whether the participle at ``text[start:end]`` stands between a determiner and its noun ("a cumulative
    installed capacity of 100 MW"): an adjective, no past event."""
    # "solar electricity installed capacity of up to 40 MW": the term for a size, after any noun (not "has installed
    # capacity of 25 MW", a verb)
    if _CAPACITY_AFTER_RE.match(text, end, limit):
        return not _AUXILIARY_BEFORE_RE.search(text, max(floor, start - 12), start)
    return bool(
        _ATTRIBUTIVE_BEFORE_RE.search(text, max(floor, start - 40), start) and _NOUN_AFTER_RE.match(text, end, limit)
    )


_CAPACITY_AFTER_RE = rx.compile(r"\s+capacit(?:y|ies)\b", re.IGNORECASE)
_AUXILIARY_BEFORE_RE = rx.compile(r"\b(?:has|have|had|was|were|been)\s+$", re.IGNORECASE)  # "has installed capacity of"
GOAL_NOUNS = ("target", "goal", "objective", "pledge", "ambition")  # one is in every match above (lower case)
#: (an explanation hedged, "this may be explained by the reliance on wood fuel of 96% of people", is no intent)
_EXPLAINS_NOT_AFTER = (
    r"(?!\s+(?:be\s+)?(?:\w+ly\s+)?(?:explained|attributed|due|related|linked|caused|ascribed|explain|reflect)\b)"
)
#: a resource's name just before "potential" (one lookbehind per word: each must be of fixed width)
_RESOURCE_NOT_BEFORE = "".join(
    rf"(?<!\b{word}\s)" for word in ("energy", "solar", "wind", "hydro", "hydropower", "hydroelectric", "geothermal")
)
#: Intent that the shared cue list does not hold: on course, needs and costs of implementation, modelled plans.
_EXTRA_TARGET_RE = cx.guarded(
    "abcdefgimnoprst",
    # (not the demand of people: "to meet its energy needs", "basic needs", "the cooking needs of households", "the
    # country's food needs")
    # ("They put Ruritania on a trajectory to halve emissions", "on a pathway to net zero": the plan's outcome)
    r"\b(?:on\s+(?:course|track|(?:a|the|its|their)\s+(?:[\w-]+\s+)?(?:trajectory|path(?:way)?))\s+to"
    r"|(?:required|needed|necessary)\s+(?:for|to)\b"
    r"|(?<!\benergy\s)(?<!\bbasic\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bdaily\s)(?<!\bcooking\s)(?<!\bfood\s)"
    # (nor what a people consumes: "meets 12% of the country's consumption needs", "domestic water needs")
    r"(?<!\bconsumption\s)(?<!\bdomestic\s)(?<!\bwater\s)(?<!\bhousehold\s)(?<!\bheating\s)needs?\b"
    # (nor a demand for energy: "48% of total electricity requirements", "the country's power requirements")
    r"|(?<!\benergy\s)(?<!\belectricity\s)(?<!\bpower\s)(?<!\bfuel\s)(?<!\bwater\s)requirements?\b"
    r"|required\s+(?:investments?|funding|financ\w*|budgets?|costs?|resources)\b"  # "the required investment is"
    # the costing of a planned action: "has an estimated budget of US$ 3.4 million", "an indicative cost of"
    r"|(?:estimated|indicative|projected)\s+(?:total\s+)?(?:budgets?|costs?|investments?)\b|cost\s+estimates?\b"
    # the plan's own budget: "the budget for the updated NDCs is US$6.2 billion", "the NDC budget"
    r"|budgets?\s+(?:for|of)\s+(?:the\s+|this\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?I?NDCs?\b|\bI?NDC\s+budgets?\b"
    # "measures are estimated to cost", "the implementation of adaptation measures is estimated at 12 billion US$"
    r"|estimated\s+to\s+cost\b|implementation\s+of\s+[^.;:\d]{0,60}?\b(?:is|are)\s+(?:estimated|costed|valued)\s+at\b"
    # "total plant capital costs estimated at 328 million USD": a costing (not "the cost was/is estimated at", which
    # may report what past projects cost)
    r"|costs?\s+estimated\s+at\b"
    r"|expects\s+(?:[\w-]+\s+){1,4}?to\b"  # "Ruritania expects its emissions to fall to 104 Gg": a plan's outcome
    r"|model(?:l)?ed|achievable|attainable|(?:is|would\s+be|will\s+be)\s+possible\s+to\b|envisioned|envisag(?:e|es|ed)|foresees?|foreseen|foresaw|forecast(?:s|ed)?\b"
    r"|proposed|propos(?:e|es|ing)\s+to|scheduled\s+to|set\s+to"  # "the country proposes to reduce … by 17%"
    # (a gas's "global warming potential" is a property of the gas, no outcome of a plan, and a country's "energy
    # potential" or "hydro potential" its resource: "significant energy potential (hydroelectricity, solar)")
    r"|aspir(?:e|es|ed|ing|ations?)\b|(?:could|might|(?-i:may))" + _EXPLAINS_NOT_AFTER
    + r"|(?<!warming\s)" + _RESOURCE_NOT_BEFORE + r"potential(?:ly)?"
    # (money committed is money allotted: "has committed funds", "has committed more than 1.2 billion USD to …")
    r"|commit(?:s|ted|ting|ments?)?\b(?!\s+(?:funds?|resources|finance|capital"
    r"|(?:(?:more\s+than|over|about|around|nearly|some|almost)\s+)?(?:USD|US\$|\$|€|£|EUR|\d)))"
    r"|(?:is|are)\s+(?:being\s+)?(?:planned|targeted)"
    # what is looked forward to: "investments of approximately €190 million are expected"
    r"|(?:is|are)\s+(?:also\s+)?(?:expected|anticipated)\b"
    # a goal stated in the past is still a goal: "in 2015 the plan was to plant 40,000 ha by 2020"
    r"|\b(?:plan|goal|target|objective|aim|intention)s?\s+(?:was|were|had\s+been)\s+to\b)",
    re.IGNORECASE,
)
#: Facts the shared cue list misses: irregular perfects ("have shrunk"), money spent, a past "since" or "over the
#: last" period, and estimates in the past tense ("was estimated at" is a fact; "is estimated to" is not).
_EXTRA_FACT_RE = cx.guarded(
    "acdefghilmoprs",
    r"\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:shrunk|grown|fallen|risen|become|lost|gone|seen|kept|held|met|built|led"
    r"|brought|made|taken|given|spent|won|cut)|spent|disbursed|invested|mobili[sz]ed|installed|planted|restored"
    r"|reduced|lowered|avoided|saved|abated|mitigated|sequestered|generated|emitted|added|supported|provided"
    r"|helped|enabled|resulted\s+in|estimated\s+(?:[\w-]+\s+){0,3}?at"  # "the inventory estimated emissions at"
    r"|received|secured|announced|approved|granted|awarded|allocated"
    # "the ministry funded a US$4 million installation": the active past with its object (not "projects funded by")
    r"|(?:co-?)?(?:funded|financed)(?=\s+(?:(?:a|an|the|US|USD)\b|\$|€|£|\d))"
    # "in subsequent years it managed to reach goals of 20,000 ha": goals reached, a record
    r"|managed\s+to|succeeded\s+in"
    r"|rehabilitated|(?:over|in|during)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:years?|decades?|period))\b",
    re.IGNORECASE,
)
#: ("the landfill gas generated at Rivertown": where a thing comes about, a participle's place, no past event;
#: "installed at the end of 2020" is a time)
_PARTICIPLE_AFTER_RE = rx.compile(
    r"\s+(?:from|through|using|via|by\s+(?:the\s+(?:end\s+of\s+)?)?(?:year\s+)?20\d\d"
    r"|at(?!\s+(?:the\s+)?(?:end|beginning|start|close|time|moment|present|mid|least|most|(?:19|20)\d\d)\b))\b",
    re.I,
)
#: "…, achieved through", "…, reached by means of": after a comma, a past form before its means is a participle
_MEANS_AFTER_RE = rx.compile(r"\s+(?:through|via|by\s+means\s+of|thanks\s+to|with\s+the\s+help\s+of)\b", re.I)
#: A participle between a determiner or preposition and its noun is an adjective, not a past event: "through
#: installed capacities of 3,200 MW", "the restored areas", "with planted forests" (the noun follows: no number, no
#: preposition or year as after a verb's "installed in 2019" / "installed 40 MW"); "will result in avoided emissions of
#: 9%" names what the future brings, no past event.
_ATTRIBUTIVE_BEFORE_RE = first_char_guarded(
    r"\b(?:the|a|an|its|their|our|of|in|through|with|via|for|from|additional|new|newly|total|cumulative"
    # (or after an infinitive's verb, its object: "potential to achieve avoided emissions of 8%"; not "to have
    # reduced", "to be installed", a perfect or a passive)
    r"|to\s+(?!(?:have|be|been|being|get|got)\b)[a-z]+)\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER_RE = rx.compile(
    r"\s+(?!(?:in|on|at|by|since|during|from|over|under|to|and|or|as|was|were|is|are|has|have|had|so|until"
    r"|between|across|through|within)\b)[A-Za-z]{3,}\b"
)
#: Money participles keep their fact even as adjectives: "the approved financing", "a secured funding of US$5 million".
_MONEY_PARTICIPLE_RE = rx.compile(
    r"spent|disbursed|invested|mobili[sz]ed|received|secured|announced|approved|granted|awarded|allocated", re.I
)
#: A participle after "is"/"are"/"be" is a present or planned state, not a past event ("the share is increased").
_PASSIVE_BEFORE_RE = first_char_guarded(r"\b(?:is|are|be|been|being|get|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: A number held in an NDC is one of its targets ("from 14 Mt in the first NDC to 19 Mt in the updated NDC"), unless
#: its clause dates it in the past ("compared with 250 Mt in 2010 in the current NDC": the NDC's record of a fact).
_NDC_CONTENT_RE = cx.guarded(
    "iu",
    r"\b(?:in|under)\s+(?:the|its|our|their)\s+(?:(?:current|updated|new|previous|first|second|third|enhanced|revised"
    r"|initial)\s+)?I?NDC\b",
    re.IGNORECASE,
)
#: "the estimates reported in the first NDC": the NDC cited as the source of a figure says nothing of its kind.
_CITED_BEFORE_RE = first_char_guarded(
    r"\b(?:reported|published|presented|communicated|estimated|stated)\s+$", re.IGNORECASE
)
#: A revised target is a target: "the 2030 target range has been lowered by 12%", "targets were raised to 45%".
_TARGET_REVISED_RE = cx.guarded(
    "t",
    # "the target for limiting greenhouse gas emissions in Ruritania was limited to no more than 75%"
    r"\btargets?\b[^,;.]{0,80}?\b(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:\w+ly\s+)?(?:revised|raised|reduced|lowered"
    r"|increased|strengthened|tightened|updated|enhanced|set|cut|limited|fixed|capped|defined|expressed)\b",
    re.IGNORECASE,
)
#: A relative clause on a goal gives the goal's size, not a level reached: "the country's commitment in terms of GHG
#: reduction, which amounted to 43,707 Gg CO2eq in 2030" (its past verb reports the goal as once set).
_GOAL_ANTECEDENT_RE = rx.compile(
    r"\b(?:commitments?|targets?|goals?|objectives?|pledges?|ambitions?)\b[^,;.()]{0,60},\s*$", re.IGNORECASE
)
_SIZE_RELATIVE_RE = rx.compile(
    r"\s*(?:which|that)\s+(?:\w+ly\s+)?(?:was|were|amounted|stood|totall?ed|represented|corresponded)\b", re.IGNORECASE
)
_RELATIVE_BEFORE_RE = rx.compile(r"\b(?:which|that)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def sizes_goal(text: str, at: int) -> bool:
    """Whether the relative clause opening at ``at`` (blanks first allowed) states the size of the goal it follows
    ("the commitment …, which amounted to 43,707 Gg in 2030"): its past tense is the goal's, not a record's."""
    return _SIZE_RELATIVE_RE.match(text, at) is not None and bool(
        _GOAL_ANTECEDENT_RE.search(text, max(0, at - 100), at)
    )


_RECEIVED_BEFORE_RE = rx.compile(r"\b(?:received|secured|obtained)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: a need in the present or to come named before an estimate, in its clause: "requires a total investment estimated at"
_NEED_BEFORE_RE = rx.compile(
    r"\b(?:requires?|(?:will|would)\s+require|(?:is|are)\s+(?:needed|necessary|required))\b[^.;:\d]{0,50}$", re.I
)
#: a cut a measure brings, estimated in the present: "GHG emission reduction is estimated at 0.03 MtCO2e/year for 26
#: boilers", "the savings are estimated at": a modelled outcome ("was estimated at" reports one)
_REDUCTION_IS_RE = rx.compile(
    r"\b(?:reductions?|savings?|abatement|avoided\s+emissions|mitigation\s+potential)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:is|are)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
#: "4.3 billion dollars in financial commitments were announced": pledges others made, reported as made
_ANNOUNCED_AFTER_RE = rx.compile(
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:announced|made|received|signed|secured|disbursed)\b",
    re.IGNORECASE,
)
#: The cue regexes ``_cues`` reads, tried together only where one of their leading words starts (see ``wordgate``).
_CUE_GATE = WordGate(
    [
        cx._TARGET_CUE_RE,
        _EXTRA_TARGET_RE,
        CONDITION_RE,
        cx._ACTUAL_CUE_RE,
        _EXTRA_FACT_RE,
        _NDC_CONTENT_RE,
        _TARGET_REVISED_RE,
        PRESENT_FACT_RE,
    ]
)


@lru_cache(maxsize=64)
def reports(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reports a fact: a cue of fact ("were", "currently", "received") or a verb in the
    past tense. A statement in the present tense that nothing dates ("Cooking represents 3% of emissions") has no
    determinable year. Cached (every undated value of a sentence asks); the past tenses are tried only where one of
    their words starts (``_REPORTED_GATE``), not all 60 at every position of the sentence."""
    return any(kind == "actual" for _, _, kind, _ in cues(text, start, end)) or _REPORTED_GATE.search(
        _REPORTED_GATE.lazy_starts(text[start:end], start), text, start, end, 0
    )


def past_result(text: str, start: int, c_start: int) -> bool:
    """Whether the clause at ``c_start`` is a participle of result after a clause of past fact ("355 MW were
    installed, reaching 53.5% of generation until 2017"): what the reported event brought about, a record too."""
    return (
        text[max(start, c_start - 2) : c_start].rstrip().endswith(",")
        and _RESULT_PARTICIPLE_RE.match(text, c_start) is not None
        and reports(text, start, c_start)
    )


#: A participle naming what an event brought about ("…, reaching 53.5%", "…, bringing the total to 1.2 GW")
_RESULT_PARTICIPLE_RE = rx.compile(
    r"\s*(?:reaching|bringing|raising|taking|lifting|pushing|achieving|totall?ing|amounting|representing)\b",
    re.IGNORECASE,
)


#: Past tenses the cues above do not hold: perfects ("has also carried out"), irregular and common regular pasts.
_REPORTED_RE = rx.compile(
    r"\b(?:(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|nt|lt|ht|de)"
    r"|reached|achieved|accounted|amounted|recorded|stood|totall?ed|declined|decreased|dropped|fell|rose|increased"
    r"|grew|peaked|spent|installed|reduced|became|exceeded|surpassed|took|made|built|began|brought|held|led|won|saw"
    r"|contributed|represented|constituted|comprised|registered"
    r"|gave|got|put|set\s+up|attracted|received|allocated|provided|implemented|completed|launched|adopted"
    r"|introduced|established|generated|emitted|produced|consumed|supplied|planted|restored|mobili[sz]ed|invested)\b",
    re.IGNORECASE,
)
_REPORTED_GATE = WordGate([_REPORTED_RE])


@lru_cache(maxsize=256)
def cues(text: str, start: int, end: int) -> tuple[tuple[int, int, str, bool], ...]:
    """(start, end, kind, strong) of every intent or fact cue in ``text[start:end]``, in order.

    Cached: every number of a sentence asks for the same sentence's and often the same clause's cues.
    """
    # Cheap exact pre-checks for the rarer cues: each match holds one of its words (in lower case), so a span without
    # them needs no search (a span with ſ, ı, İ or K is searched: case-blind matching pairs them with ASCII letters).
    span = text[start:end]
    low = lower_words(span)
    wanted = (
        True,
        True,
        low is None or any(map(low.__contains__, CONDITION_WORDS)),
        True,
        True,
        low is None or "ndc" in low,
        low is None or "target" in low,
        low is None or any(map(low.__contains__, PRESENT_FACT_WORDS)),
    )
    starts = _CUE_GATE.span_starts(span, start, low)  # the same lower-case span (None from lower_words: no scan)
    targets, extra_targets, conditions, facts, extra_facts, ndc, revised, present = _CUE_GATE.matches(
        starts, text, start, end, wanted
    )
    # only pledges are conditional or unconditional; a goal named as met is a record ("exceeded its 2020 target")
    out = [(m.start(), m.end(), _attained(text, start, m), True) for m in (*targets, *conditions, *revised)]
    out += [
        (m.start(), m.end(), "target", True)
        for m in extra_targets
        if not (
            m.group()[:1] in "cC"
            and (
                _RECEIVED_BEFORE_RE.search(text, max(start, m.start() - 40), m.start())
                or _ANNOUNCED_AFTER_RE.match(text, m.end(), end)
            )
        )
    ]  # "the country received commitments of US$570 million": pledges of others, received
    for m, weak_form in [(m, False) for m in facts] + [(m, True) for m in extra_facts]:
        before = text[max(start, m.start() - 40) : m.start()]
        # "has been estimated at US$ 3.3 billion for the period 2021-2030": when the estimate was made, not when the
        # amount holds (a deadline or a period to come in the clause makes it a need)
        if (
            m.group(0)[-3:].lower() in ("een", "was", "ere")
            and (frame := _REPORTING_FRAME_RE.match(text, m.end(), end))
            and _FUTURE_RE.search(text, frame.end(), end)
        ):
            continue  # "It has been estimated that by 2030 a total of 8 systems will …": the frame reports, no fact
        estimate = bool(_ESTIMATED_AT_RE.match(text, m.end(), end))
        weak = weak_form or estimate or bool(_WEAK_FACT_RE.search(m.group(0)))
        modal = _MODAL_BEFORE_RE.search(before)
        if modal and modal.group(0)[:2].lower() == "to" and m.group(0)[:4].lower() == "have":
            modal = None  # "estimated to have grown": a perfect infinitive reports the past
        elif modal and modal.group(0).rstrip().lower() == "to" and m.group(0)[:2].lower() != "ha":
            continue  # "programmes have led to increased coverage": a past form right after "to" is an adjective
        lo = max(start, m.start() - 60)
        if m.group(0)[:9].lower() == "estimated" and (
            _REDUCTION_IS_RE.search(text, lo, m.start()) or _NEED_BEFORE_RE.search(text, lo, m.start())
        ):
            # "GHG emission reduction is estimated at 0.03 Mt", "the INDC requires a total investment estimated at
            # US$ 8.7 billion": a modelled outcome, a need
            out.append((m.start(), m.end(), "target", True))
            continue
        relative = _RELATIVE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        causative = weak_form and _CAUSATIVE_BEFORE_RE.search(text, max(start, m.start() - 90), m.start())
        if (
            modal
            or causative
            or _MODELLED_AFTER_RE.match(text, m.end(), end)
            or (relative and sizes_goal(text, relative.start()))
        ):
            out.append((m.start(), m.end(), "target", True))
        elif weak_form and _PARTICIPLE_AFTER_RE.match(text, m.end(), end):
            continue  # "energy generated from waste", "trees planted by 2030": a participle, no past event
        elif weak and text[m.start() - 2 : m.start()] == ", " and _MEANS_AFTER_RE.match(text, m.end(), end):
            continue  # "a 14.7% cut by 2030, achieved through 40% renewables": a participle of means
        elif (
            weak_form
            and not _MONEY_PARTICIPLE_RE.match(m.group(0))
            and attributive(text, m.start(), m.end(), start, end)
        ):
            continue  # "through installed capacities of 3,200 MW": an adjective, no past event
        elif not (weak and _PASSIVE_BEFORE_RE.search(before)):
            out.append((m.start(), m.end(), "actual", not estimate and (not weak or m.group(0)[:2].lower() == "ha")))
    out += [
        (m.start(), m.end(), "target", False)
        for m in ndc
        if not _CITED_BEFORE_RE.search(text, max(start, m.start() - 20), m.start())
    ]
    out += [(m.start(), m.end(), "actual", True) for m in present]
    if wanted[7] and (low is None or "current" in low):
        out += [(m.start(), m.end(), "actual", True) for m in CURRENT_SUBJECT_RE.finditer(text, start, end)]
    if (m := ACTION_START_RE.match(text, start, end)) and m.end() > start:
        if not LABEL_THEN_FACT_RE.match(text, m.end(), end):  # ("Protecting the coastline: 70% of it is protected")
            out.append((m.start(), m.end(), "target", True))
    elif (m := BASELINE_LABEL_RE.match(text, start, end)) is not None:
        out.append((m.start(), m.end(), "actual", True))  # "Baseline 2020: 3,177 MW" under a goal: its record
    if text[end : end + 1] == ":":
        # "… 11.51 million tonne in 2020 Target: 3% …" (a table cell's lines run together): a cue ending the span
        # right before a colon labels what follows the colon, not the clause it ends
        out = [c for c in out if text[c[1] : end].strip()]
    out.sort()
    return tuple(out)


#: A goal noun as the object of a verb that says it was met: "exceeded its overall 2020 target", "met the goal".
_ATTAINED_BEFORE_RE = first_char_guarded(
    r"\b(?:exceeded|surpassed|met|achieved|attained|fulfilled|overachieved|outperformed)\s+(?:its|the|our|their|this)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _attained(text: str, start: int, m: re.Match[str]) -> str:
    """ "actual" for a goal noun that a past verb says was met, else "target"."""
    if m.group(0)[:1] not in "tgoTGO" or not text[max(start, m.start() - 60) : m.start()].rstrip():
        return "target"
    return "actual" if _ATTAINED_BEFORE_RE.search(text, max(start, m.start() - 60), m.start()) else "target"


#: A line labelled by its baseline's year ("Baseline 2020:", "2020 baseline:"): what that year recorded (the year in
#: group 1 or 2; ``timeline`` reads the same labels for the document's present)
BASELINE_LABEL_RE = rx.compile(r"[\s\-–•▪●◦*·]*(?:Baseline\s+((?:19|20)\d\d)|((?:19|20)\d\d)\s+[Bb]aseline)\s*:")

def reports_done(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reports something done: a fact cue other than "currently", "at present", "today"."""
    return any(
        kind == "actual" and not (PRESENT_FACT_RE.fullmatch(text, s, e) or CURRENT_SUBJECT_RE.fullmatch(text, s, e))
        for s, e, kind, _ in cues(text, start, end)
    )
