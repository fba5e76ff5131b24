"""Business-as-usual and reference projections, and what a change is measured against (``baseline``).

"Emissions would reach 90 Mt in 2030 under BAU" is a reference projection: neither the plan's target nor a fact,
so it is not emitted. "A 25% reduction below BAU" is a target whose baseline is ``bau``; "35% below 2005 levels"
one whose baseline is ``base_year``; a level has none (``yardstick``). Everything here is about the language of
climate plans.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .changes import (
    CUT_LABEL_RE,
    INCREASE_BEFORE_RE,
    cut_under_reference,
    is_change,
    is_from_side,
)
from .wordgate import WordGate, may_hold
from .years import clause_bounds

_REF = (
    r"(?:BAU|business[\s-]+as[\s-]+usual|reference\s+(?:scenario|case|projection|pathway|level)s?"
    r"|baseline\s+(?:scenario|projection|pathway|case)s?"  # "the projections of the baseline scenarios reach …"
    r"|base\s+(?:scenario|case)s?"  # "demand in 2030 under the Base Scenario is estimated at …": the same path
    # "without (co-benefit adaptation) measures", "without implementing climate change adaptation measures": up to
    # four words name which measures are left out
    r"|without[\s-]+(?:[\w-]+\s+){0,4}?(?:mitigation|measures|policies|actions?|I?NDCs?)"
    # "with no (further) measures", "in the absence of new policies": the same counterfactual, said otherwise
    # ("in the absence of the INDC": without the plan's contribution, the path it is measured against)
    r"|(?:with\s+no|absence\s+of(?:\s+any)?)\s+(?:[\w-]+\s+){0,2}?(?:mitigation|measures|policies|actions?|interventions"
    r"|I?NDCs?)"
    r"|(?:current|existing)[\s-]+polic(?:y|ies)\s+scenario|with[\s-]+existing[\s-]+measures|WEM"
    # "compared to the expected baseline level in 2030": a projected level, not a base year's
    r"|(?:expected|projected|anticipated)\s+baseline\s+(?:levels?|emissions)"
    r"|status[\s-]+quo"  # "the status quo scenario" (a translation of "scénario de statu quo")
    # "a normal course of business scenario", "the CNA scenario": "cours normal des affaires" translated
    r"|(?:normal\s+)?course\s+of\s+business|CNA(?=\s+scenario)"
    # "the trend scenario", "the tendential scenario": "scénario tendanciel" translated
    r"|(?:trend(?:[\s-]+based)?|tendential|tendency)\s+scenarios?"
    # "the extension of current management practices leads to emissions of 814 kt in 2030": today's path carried on
    r"|(?:extension|continuation)\s+of\s+(?:the\s+)?current\s+(?:[\w-]+\s+){0,2}?(?:practices|trends|policies))"
)
_REF_RE = cx.guarded(
    "abcenprstw", r"\b" + _REF + r"\b(?:\s*\(BAU\))?(?:\s+(?:scenario|projection|case|pathway))?", re.IGNORECASE
)
#: a later value coordinated with this one ("… and 41.2% compared to BAU"): a number after "and" that is no year
# one in each match
_REF_WORDS = (
    "bau", "business", "reference", "baseline", "without", "scenario", "existing", "wem", "status", "cna", "with no",
    "absence", "extension", "continuation", "base case",
)  # fmt: skip
#: A reference named as the yardstick of a change: "below BAU", "compared to the BAU scenario", "relative to ...".
AGAINST_RE = first_char_guarded(
    r"(?:below|above|beyond|compared\s+(?:to|with)|relative\s+to|against|from|than|versus|vs\.?|of|over|in\s+comparison\s+(?:to|with)"
    r"|(?:with\s+)?respect(?:ive)?\s+to)\s+(?:to\s+)?"
    r"(?:the\s+|a\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
#: The reference governs the number directly: "a BAU scenario of 215 Mt", "BAU emissions are estimated at 90 Mt".
#: The reference's level named right before the number: "the BAU level of 1,175 Mt", "BAU emissions of 90 Mt"
#: ("the BAU scenario estimate of 107.39 Mt"; not a bracket after it, which may hold the cut: "below BAU (3.1 Mt)")
_REF_LEVEL_OF_RE = rx.compile(
    r"\s*(?:\(BAU\)\s*)?(?:scenarios?\s+)?(?:emissions?\s+)?(?:levels?|emissions?|projections?|estimates?)\s+"
    r"(?:of|at)\s+(?:about\s+|around\s+|some\s+)?"
    # (the reference's year written bare after it, a translation's order: "the scenario BAU 2030 estimated at 51 Mt")
    r"|\s*(?:19|20)\d\d\s+(?:estimated|projected|valued)\s+at\s+(?:about\s+|around\s+|some\s+)?",
    re.IGNORECASE,
)
#: a reference (bracketed or not), then a dash set apart, labelling the line's values: "The Inertial scenario (BAU) - by
#: 34 percent" (not a minus glued to it: "to BAU-16% by 2020" is a cut)
_REF_LABEL_DASH_RE = rx.compile(
    r"(?:\s*\)\s*|\s+)[-–—]\s+(?:[^.;:()]{0,60}?(?:\band|,)\s+)?(?:by\s+|to\s+)?(?:about\s+|around\s+|approximately\s+)?"
)  # (and the line's later values: "… by 34 percent by 2030 and by 55 percent by 2035")
_GOVERNS_RE = rx.compile(
    # ("BAU emission levels in target year 2030 is 17.78 Mt": the year named as the goal's is the level's date)
    # ("the BAU estimate for 2030 emissions of CO2 only will also be around 80 kt": the estimate's year and gas)
    r"\s*(?:(?:estimates?|forecasts?)\s+for\s+(?:the\s+year\s+)?\d{4}\s+)?"
    r"(?:emissions?|emission\s+levels?|levels?|scenario|projections?|case|pathway)?\s*"
    r"(?:of\s+(?:CO2|CH4|N2O|GHGs?)(?:\s+only)?\s+)?"
    r"(?:in\s+(?:the\s+)?(?:target\s+year\s+)?\d{4}\s+)?"
    r"(?:of|at|is|are|was|were|(?:would|will)\s+(?:also\s+)?be|:|reach(?:es|ing)?|amounts?\s+to|totals?)\s+"
    r"(?:estimated\s+(?:at|to\s+be)\s+|expected\s+to\s+be\s+|about\s+|around\s+|approximately\s+|some\s+)?$",
    re.IGNORECASE,
)
#: The reference's path from a start to the number: "would increase from 372 kt in 2020 to around [706 kt]".
_PATH_OF_REF_RE = rx.compile(
    r"[^.;]{0,40}?\b(?:would|will|could|may|might|is|are|was|were)\s+(?:\w+\s+){0,2}?"
    r"(?:increas|ris|grow|reach|evolv|go|climb|declin|decreas|drop|fall)"
    r"\w*\s+from\s+[^.;]{1,60}?\bto\s+(?:about\s+|around\s+|approximately\s+|some\s+|only\s+)?",
    re.IGNORECASE,
)
#: Between a reference and a number, words that make the number something else: a change, a restatement, a base.
_BREAK_WORDS = (
    r"reduc\w*|abat\w*|cut\w*|lower\w*|decreas\w*|mitigat\w*|sav(?:e|ed|es|ing|ings)|avoid\w*|below|less"
    r"|compared|relative|against|than|equivalent|corresponding|i\.e\.|namely|aims?|targets?|commit\w*"
    r"|pledge\w*|goals?|NDC|contribution|compris\w*|consist\w*|of\s+which"  # "…, comprising 7% unconditional"
)
_BREAKS_RE = first_char_guarded(r"\b(?:" + _BREAK_WORDS + r"|will|shall)\b", re.IGNORECASE)
#: A sentence framed by the reference ("Under the BAU scenario, emissions will reach 1.6 Mt by 2040") speaks of it in
#: the future: "will" is the scenario's, not the plan's.
_FRAMED_BREAKS_RE = first_char_guarded(r"\b(?:" + _BREAK_WORDS + r")\b", re.IGNORECASE)
_FRAME_BEFORE_RE = first_char_guarded(
    r"\b(?:under|in|according\s+to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE
)  # (or the reference opens the sentence: "Without new measures, emissions will reach …")
#: The reference as the subject of what it shows: "the BAU projection indicates that … emissions will reach 240 kt"
#: frames the clause after it as the framing phrases above do
_REPORTS_AFTER_RE = rx.compile(
    r"\s+(?:indicates?|shows?|suggests?|predicts?|estimates?|projects?|assumes?|foresees?|expects?)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_EARLIER_PLAN_SOURCE_RE = rx.compile(
    r"\b(?:from|in|of|under)\s+the\s+(?:first|previous|earlier|initial|original)\s+I?NDC\b", re.IGNORECASE
)
#: The number's own relative clause in the past tense: a record, whatever reference came before ("Without new measures,
#: emissions, which were estimated at 24 Mt in 2014, will …").
_PAST_VERB_BEFORE_RE = rx.compile(r"\b(?:which|that)\s+(?:was|were)\b[^.;,\d]{0,30}$", re.IGNORECASE)
#: After the number: "409 Mt in 2030 under the BAU scenario", "85 Mt (reference scenario)".
_UNDER_AFTER_RE = rx.compile(
    r"\s*(?:of\s+CO2\w*\s+)?(?:(?:in|by)\s+\d{4}\s+)?[(,]?\s*(?:under|in|for|according\s+to)?\s*(?:the\s+|a\s+)?"
    + _REF
    + r"\b",
    re.IGNORECASE,
)


#: A scenario named right after a number, as its label: "17 Mt in the unconditional scenario", "85 Mt (reference
#: scenario)". Group 1 is set for a reference projection, unset for one of the plan's own scenarios.
_OWN_SCENARIO_RE = rx.compile(
    # (a relative clause of what would have been may come between: "4.25 t it would have increased to under the BAU
    # scenario")
    r"\s*(?:(?:that\s+|which\s+)?(?:it|they|emissions)\s+would\s+(?:have\s+)?\w+(?:\s+to)?\s+)?"
    r"(?:(?:in|by)\s+\d{4}\s+)?[(,]?\s*(?:under|in|for|according\s+to)?\s*(?:the\s+|a\s+|its\s+)?(?:"
    r"(" + _REF + r")|(?:mitigation|attenuation|NDC(?:\s*\d(?:\.\d)?)?|conditional|unconditional|policy|target"
    r"|with[\s-]+(?:additional\s+)?measures)\s+(?:scenario|pathway|case)"
    # "… according to the scenario of conditional mitigation": "scénario d'atténuation conditionnelle" translated
    r"|scenarios?\s+of\s+(?:(?:un)?conditional\s+)?(?:mitigation|attenuation))\b",
    re.IGNORECASE,
)

#: One of these (lower case) is in every _OWN_SCENARIO_RE match: the cheap exact test first (it seldom matches)
_OWN_SCENARIO_WORDS = (
    "scenario", "pathway", "case", "bau", "business", "reference", "baseline", "without", "polic", "wem", "existing",
)  # fmt: skip


def _dated_bracket(text: str, ref_start: int) -> bool:
    """The reference is a yardstick in brackets after another value ("11.2% (BAU-2025) and 10.6%"): it governs no
    number after it."""
    opening = text.rfind("(", max(0, ref_start - 3), ref_start + 1)
    return opening >= 0 and bool(_DATED_REF_BRACKET_RE.match(text, opening))


_DATED_REF_BRACKET_RE = rx.compile(r"\s*\(\s*(?:BAU|business[\s-]as[\s-]usual)[\s-]*(?:19|20)\d\d\s*\)", re.IGNORECASE)
#: The reference named as the frame of the whole sentence, at its end after a comma: "it will remain at 85% thermal
#: and 15% renewable by 2030, for the reference scenario."
_TAIL_FRAME_RE = rx.compile(
    r",\s*(?:for|under|in|according\s+to)\s+(?:the\s+|a\s+)?" + _REF
    + r"\b(?:\s*\(BAU\))?(?:\s+(?:scenario|projection|case|pathway))?\s*[.;]?\s*$",
    re.IGNORECASE,
)
#: A share of the reference's emissions: "5% of total BAU emissions in 2030".
_SHARE_OF_REF_RE = rx.compile(
    r"\s*of\s+(?:the\s+)?(?:total\s+|sectoral\s+|national\s+|projected\s+)?" + _REF + r"\s+emissions\b", re.IGNORECASE
)
_PROJECTED_RE = first_char_guarded(
    r"\b(?:projected|projections?|forecast(?:ed|s)?|(?:expected|anticipated)\s+to\s+(?:emit|reach|increase|rise|grow"
    r"|double|triple|total|amount)"
    # what emissions could do, a possibility no plan pledges: "transport emissions could rise by 47% by 2050"
    r"|(?:could|would|may|might)\s+(?:even\s+|further\s+)?(?:rise|increase|grow|double|triple|climb)"
    # (or reach, but for a cap: "by 2030, GHG emissions can reach 135,800 Gg"; not "would reach 2.4 t per capita" with
    # the plan's measures, nor "could reach a maximum level of 179 Mt", a conditional cap)
    r"|(?:could|may|might|can)\s+(?:even\s+|further\s+)?reach(?!\s+(?:a\s+|the\s+|its\s+)?(?:maximum|peak|ceiling)))\b",
    re.IGNORECASE,
)
#: what a demand is forecast to do: "electricity demand is expected to increase by 5% annually", "demand growth is
#: expected to reach 7.2 GW", "daily water needs are predicted to increase to 160,000 m3": the market's path, no goal
#: of the plan's (and no record)
_DEMAND_FORECAST_RE = rx.compile(
    # (not money the plan needs: "the financing needs are estimated to reach USD 5 billion")
    r"\b(?:demand|(?<!financial\s)(?<!financing\s)(?<!investment\s)(?<!funding\s)(?:needs|requirements))\b[^.;]{0,80}?\b(?:expected|projected|forecast(?:ed)?|predicted|anticipated"
    r"|estimated|likely|set)\s+to\s+"
    r"(?:\w+\s+){0,2}?(?:increase|grow|rise|reach|double|triple|climb|exceed)\w*",
    re.IGNORECASE,
)
#: _PROJECTED_RE tried only where one of its words starts (see ``wordgate``)
_PROJECTED_GATE = WordGate([_PROJECTED_RE])
# one is in every _PROJECTED_RE match
_PROJECTED_WORDS = ("project", "forecast", "expected", "anticipated", "could", "would", "may", "might", "can")
_RISE_OF_EMISSIONS_RE = rx.compile(
    # (the lower end of a range shares it: "between 33% and 55% increase in …")
    r"(?:\s*(?:and|to|-|–)\s*\d[\d.,]*\s*(?:%|per\s*cent))?"
    r"\s*(?:increase|rise|growth)\s+(?:in|of)\s+(?:[\w-]+\s+){0,3}?(?:emissions|GHGs?)\b",
    re.IGNORECASE,
)
_EMISSION_RE = first_char_guarded(r"\bemi(?:ssions?|t(?:s|ted)?)\b|\bGHG\b", re.IGNORECASE)
_PLAN_SCENARIO_RE = first_char_guarded(
    r"\bwith\b[^.;]{0,60}?\b(?:NDC|mitigation|measures|interventions|policies|actions|implementation)\b"
    r"|\b(?:mitigation|attenuation|NDC|conditional|unconditional|policy|target|low[\s-]+(?:carbon|emissions?))"
    r"\s+(?:development\s+)?(?:scenario|pathway)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)  # asked once per number of a sentence
def names_plan_scenario(text: str, start: int, end: int) -> bool:
    """The sentence speaks of the plan's own scenario ("in the conditional scenario", "with mitigation measures"):
    its future levels are the plan's modelled targets even under a heading about projections."""
    return bool(_TARGET_SUBJECT_RE.match(text, start, end) or _PLAN_SCENARIO_RE.search(text, start, end))


#: A sentence that opens by naming the plan's goal: "Target emissions in the energy sector in 2030: 330 kt",
#: "Conditional target emission is 73.7% …": its levels are the plan's, whatever projection came before.
#: (not the world's: "The global target to avoid 1.5°C of warming is …")
_TARGET_SUBJECT_RE = rx.compile(
    r"\W*(?!(?:the\s+)?(?:global|world|international)\b)(?:[\w-]+\s+){0,2}?(?:targets?|goals?)\b", re.I
)


_PROJECTED_FROM_RE = first_char_guarded(
    r"\b(?:projected|BAU|business[\s-]+as[\s-]+usual|reference|baseline)\s+(?:[\w-]+\s+){0,2}?(?:emissions?|levels?)"
    r"\s+from\s+(?:about\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)
_OWN_YEAR_AFTER_RE = rx.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:in|of)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


def is_reference_projection(
    text: str, sent_start: int, sent_end: int, c_start: int, c_end: int, q_start: int, q_end: int, group: str
) -> bool:
    """A business-as-usual, reference or projected level: neither the plan's target nor a fact, so not emitted.

    "BAU emissions of 90 Mt in 2030", "emissions under BAU are estimated at 60 Mt, 75 Mt and 90 Mt", "80 Mt in 2030
    under the reference scenario", "emissions are projected to rise to 70 Mt". A change against the reference
    ("25% below BAU") is a target and stays; so does the start of a from-to ("from 40 Mt in 2015 to ...").
    """
    if (
        _NAME_GOES_ON_RE.match(text, q_end, sent_end)
        and (opening := text.rfind("(", max(sent_start, q_start - 3), q_start + 1)) >= 0
        and any(not text[r_end:opening].strip() for _, r_end in reference_spans(text, sent_start, sent_end))
    ):
        return True  # "emissions from the status quo (430 Mt CO2e) scenario": the level set inside the reference's name
    if group != "from" and (step := _NEXT_ON_PATH_RE.search(text, max(sent_start, q_start - 60), q_start)):
        # "BAU emission levels in 2030 is 17.78 Mt and in 2035 is 23.95 Mt": the next step of the path before it
        p_start, p_end = step.span("v")
        if is_reference_projection(text, sent_start, sent_end, *clause_bounds(text, sent_start, sent_end, p_start),
                                   p_start, p_end, ""):  # fmt: skip
            return True
    own_end = min(sent_end, q_end + 70)
    own = cx.may_contain(text, q_end, own_end, _OWN_SCENARIO_WORDS) and _OWN_SCENARIO_RE.match(text, q_end, own_end)
    if own and not (text[q_end - 1 : q_end] == "%" and _DATED_REF_BRACKET_RE.match(text, q_end, sent_end)):
        # the number's own label decides, whatever the sentence says elsewhere: "from 19 Mt in the reference
        # scenario to 17 Mt in the unconditional scenario" -> the first is projected, the second the plan's (a
        # percentage with "(BAU-2030)" after it is a cut measured against that year's BAU; a cut "by 3% under the
        # BAU scenario" is measured against it too)
        return own.group(1) is not None and not cut_under_reference(text, c_start, q_start, q_end, c_end)
    if is_from_side(text, q_start, group):
        # the start of a path is a record, unless it is the projection being cut: "reduce the projected emissions
        # from 84 Mt to 55 Mt" (a start with a year of its own, "from 40 Mt in 2015", stays a record)
        return bool(
            _PROJECTED_FROM_RE.search(text, max(sent_start, q_start - 80), q_start)
            and not _OWN_YEAR_AFTER_RE.match(text, q_end, sent_end)
        )
    path = cx.may_contain(text, sent_start, q_start, ("scenario",)) and _PATH_IN_THIS_SCENARIO_RE.search(
        text, sent_start, q_start
    )
    if path and any(r_end <= path.start() for _, r_end in reference_spans(text, sent_start, sent_end)):
        return CUT_LABEL_RE.search(text, path.end(), q_start) is None  # (the scenario named earlier in the sentence)
    if (_THIS_SCENARIO_RE.match(text, sent_start, q_start) or path) and _reference_before(text, sent_start):
        # "The reference point was quantified under a BAU scenario … In this scenario, 991 Mt were quantified in
        # 2030.": the scenario the sentence before named (not a cut the sentence names, "In this scenario, the
        # expected reduction is 20% by 2025 and 50% by 2030", whose members are the plan's)
        return CUT_LABEL_RE.search(text, sent_start, q_start) is None
    refs = reference_spans(text, sent_start, sent_end)
    named = [r for r in refs if r[1] <= q_start]
    if named and _REF_LEVEL_OF_RE.fullmatch(text, named[-1][1], q_start):
        return True  # "a 41% reduction from the BAU level of 1,175 Mt": the reference's own level, in a cut's clause
    if named and _REF_LABEL_DASH_RE.fullmatch(text, named[-1][1], q_start):
        return True  # "The Inertial scenario (BAU) - by 34 percent by 2030": a line the reference path labels
    if is_change(text, c_start, q_start, q_end, c_end) and not INCREASE_BEFORE_RE.search(
        text, max(c_start, q_start - 60), q_start
    ):
        return False  # a cut against the reference is the plan's; a rise under it ("increase by 110%") is projected
    if refs:
        before = [r for r in refs if r[1] <= q_start and not _dated_bracket(text, r[0])]
        if before:
            r_start, r_end = before[-1]
            # (an earlier plan named as the reference's source is no break: "BAU emissions from the first NDC for
            # 2025 are 512 Gg")
            between = _EARLIER_PLAN_SOURCE_RE.sub(" ", text[r_end:q_start])
            lo = max(sent_start, r_start - 30)
            against = AGAINST_RE.search(text, lo, r_start)
            # (not a label that names the reference as the yardstick of a cut: "Emission reduction in 2030 compared
            # to BAU: 7,603 Gg", whose clause after the colon holds no change word)
            yardstick = (
                against is not None
                and between.strip() in (":", "=")
                and CUT_LABEL_RE.search(text, sent_start, against.start()) is not None
            )
            if len(between) <= 80 and _GOVERNS_RE.fullmatch(between) and not yardstick:
                return True
            if group == "to" and _PATH_OF_REF_RE.fullmatch(between):
                return True  # "emissions of the reference scenario would increase from 372 kt in 2020 to 706 kt"
            framed = (
                not text[sent_start:r_start].strip()
                or _FRAME_BEFORE_RE.search(text, lo, r_start)
                or _REPORTS_AFTER_RE.match(text, r_end, q_start)
            )
            breaks = _FRAMED_BREAKS_RE if framed else _BREAKS_RE
            if not against and not breaks.search(between) and not _PAST_VERB_BEFORE_RE.search(between):
                return True
        tail = _TAIL_FRAME_RE.search(text, q_end, sent_end) if refs[-1][0] >= q_end else None
        if tail and not _FRAMED_BREAKS_RE.search(text, q_end, tail.start()):
            return True  # "… 85% thermal and 15% renewable by 2030, for the reference scenario.": the sentence's frame
        if (
            _UNDER_AFTER_RE.match(text, q_end, min(sent_end, q_end + 60))
            and not (text[q_end - 1 : q_end] == "%" and _DATED_REF_BRACKET_RE.match(text, q_end, sent_end))
        ) or _SHARE_OF_REF_RE.match(text, q_end, sent_end):
            return True  # (a percentage with "(BAU-2030)" after it is a cut measured against that year's BAU)
    if cx.may_contain(text, sent_start, q_start, ("demand", "needs", "requirements")) and (
        demand := _DEMAND_FORECAST_RE.search(text, max(sent_start, q_start - 200), q_start)
    ):
        if not _BREAKS_RE.search(text, demand.end(), q_start) and not names_plan_scenario(text, sent_start, sent_end):
            return True  # "Electricity demand is expected to increase from 300 MW to 1,450 MW by 2035": a forecast
    proj = _PROJECTED_GATE.matches(_projection_starts(text, sent_start, sent_end), text, sent_start, q_start)[0]
    if proj and not names_plan_scenario(text, sent_start, sent_end):
        m = proj[-1]
        between = text[m.end() : q_start]
        basis = _BASIS_FOR_RE.search(text, max(sent_start, m.start() - 50), m.start())
        # (the emissions named before the value, or the rise of them it measures: "between 33% and 55% increase in
        # greenhouse gas emissions")
        emissions = _EMISSION_RE.search(text, sent_start, q_start) or _RISE_OF_EMISSIONS_RE.match(text, q_end, c_end)
        # (a label of a year opens a record of its own, unless a reference path is named: "the path described by the
        # emissions in this BAU scenario is as follows: Year 2012: 18.9 Gg Year 2020: 22.0 Gg")
        labelled = not refs and YEAR_LABEL_BEFORE_RE.search(between)
        if not basis and not _BREAKS_RE.search(between) and emissions and not labelled:
            return True
    return False


#: a label of a year of record right before the value opens a statement of its own: "… Sectoral development forecasts
#: Baseline year 2014: 26,062 GgCO2eq", "Year 1990: 34,043 GgCO2eq" (a flattened cell's list)
YEAR_LABEL_BEFORE_RE = rx.compile(
    r"(?:^|\s)(?:(?:Base(?:line)?|Reference)\s+year|Year)\s*\(?(?P<y>(?:19|20)\d\d)\)?\s*:\s*$"
)


#: a level of the same path a year on, after the one before it: "17.78 Mt CO2eq and in 2035 is [23.95]"
_NEXT_ON_PATH_RE = rx.compile(
    r"(?<![\d.,])(?P<v>\d[\d.,]*)\s*(?:[A-Za-z][\w₂-]*\.?\s*){0,2},?\s*(?:and\s+)?(?:in|for|by)\s+(?:the\s+year\s+)?"
    r"(?:19|20)\d\d\s*(?:is|are|was|were|will\s+be|would\s+be|:|,)\s*(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


#: the rest of a reference's name after a bracket set inside it: "the status quo (430 Mt) scenario"
_NAME_GOES_ON_RE = rx.compile(r"\s*\)\s*(?:scenario|projection|pathway|case|levels?|emissions?)\b", re.IGNORECASE)


#: what the projections are computed from: "inventory figures, used as a base for the NDC projections, …" name the
#: record the projections start from, no projected level
_BASIS_FOR_RE = rx.compile(
    r"\b(?:used|taken|serv(?:es|ed|ing)|adopted)\s+as\s+(?:a|the)\s+(?:base|basis|input|starting\s+point)\s+"
    r"(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: a sentence opening in the scenario the one before named: "In this scenario, …", "Under that scenario, …"
_THIS_SCENARIO_RE = rx.compile(r"\W*(?:in|under)\s+(?:this|that|such\s+an?|the\s+same)\s+scenario\b", re.I)
#: the path or the emissions of the scenario just named, later in the sentence: "The path described by the emissions
#: in this scenario is as follows: Year 2012: …"
_PATH_IN_THIS_SCENARIO_RE = rx.compile(
    r"\b(?:path|trajectory|emissions|levels?)\s+(?:\w+\s+){0,4}?(?:in|under|of)\s+(?:this|that|the\s+same)\s+scenario\b",
    re.IGNORECASE,
)
_BEFORE_CHARS = 300  # how far back the sentences before are looked for (the whole of the one right before)
_SENTENCE_END_RE = re.compile(r"[.!?]\s")


def _reference_before(text: str, sent_start: int) -> bool:
    """Whether the sentences before, in the same paragraph, name a reference scenario: the last 300 characters, or
    the whole sentence right before when it is longer (one that names its scenario first, then lists its inputs)."""
    lo = max(0, sent_start - 1000)
    lo = max(lo, text.rfind("\n\n", lo, sent_start) + 1)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, lo, max(lo, sent_start - 2))]
    lo = min(ends[-1] if ends else lo, max(lo, sent_start - _BEFORE_CHARS))
    return _REF_RE.search(text, lo, sent_start) is not None


# ---------------------------------------------------------------------- baseline


@lru_cache(maxsize=64)
def reference_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Spans of a sentence's reference-scenario mentions, found once for all its numbers."""
    if not may_hold(text, start, end, _REF_WORDS):
        return ()
    return tuple(m.span() for m in _REF_RE.finditer(text, start, end))


@lru_cache(maxsize=16)
def _projection_starts(text: str, start: int, end: int) -> list[tuple[int, tuple[int, ...]]] | None:
    """Where a projection word may start in a sentence, found once for the text before each of its numbers (none
    where the sentence holds none of their words: four substring tests cost less than the gate's scan)."""
    if not may_hold(text, start, end, _PROJECTED_WORDS):
        return []
    return _PROJECTED_GATE.starts(text, start, end)
