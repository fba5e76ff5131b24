"""The clause around a number: target or actual (here), reference projection and baseline (``baseline``), condition
(``conditions``), the clause's form (``clauseforms``: a statement or a fragment, a concession, a deadline).

NDCs state goals, facts and business-as-usual projections in the same sentences ("emissions were 80 Mt in 2020
and are projected to reach 140 Mt in 2030 under BAU; Ruritania will cut them by 25% below BAU"). What decides is
the clause nearest to the number and the words that govern it, never the sentence as a whole. Everything here is
about the language of climate plans, not about particular documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .baseline import is_reference_projection, names_plan_scenario
from .changes import bracket_year, emitted_start, is_change, is_from_side
from .clausecues import GOAL_NOUN_AFTER_RE, GOAL_NOUNS, cues, reports
from .clauseforms import (
    CAUSAL_OPENING_RE,
    CONTRAST_RE,
    FINITE_RE,
    concession_end,
    finite,
    is_deadline,
    verbless,
)
from .conditions import condition_for, names_condition, sentence_condition
from .headings import heading_condition, heading_kind
from .yardstick import against_reference, baseline_for

#: The clause readers that ``sentence`` calls, whichever module holds them.
__all__ = [
    "Evidence",
    "KindEvidence",
    "against_reference",
    "baseline_for",
    "bracket_year",
    "concession_end",
    "condition_for",
    "emitted_start",
    "finite",
    "heading_condition",
    "heading_kind",
    "is_change",
    "is_deadline",
    "verbless",
    "is_from_side",
    "is_reference_projection",
    "names_plan_scenario",
    "kind_for",
    "reports",
    "sentence_condition",
]

# ------------------------------------------------------------------------ kind


@dataclass(frozen=True)
class KindEvidence:
    """What the clause and sentence around a number say about it (what ``kind_for`` weighs)."""

    future_in_clause: bool  # a year after the document's present written in the number's own clause ("by 2035")
    past_in_clause: bool  # an observation year in the number's own clause ("in 2019")
    future_year: bool  # the sentence names a future year, or the number carries one
    fallback_target: bool  # the section (heading, table, list) is about targets and the sentence says nothing
    against_reference: bool = False  # a change measured against business-as-usual: counterfactual, so planned
    restates: str = ""  # the kind of the sentence before, which this one restates ("This corresponds to 40 Mt")
    dated: tuple[tuple[int, str], ...] = ()  # (start, kind) of the sentence's dated years: "actual" or "target"
    record_item: bool = False  # an item under a lead-in of record ("Emissions in 2010 were the following:")


class Evidence(Protocol):
    """What ``kind_for`` reads: a ``KindEvidence``, or an object that works each field out only when asked
    (``sentence.LazyEvidence``: most numbers are decided by a cue of their clause before any field is read)."""

    @property
    def future_in_clause(self) -> bool: ...
    @property
    def past_in_clause(self) -> bool: ...
    @property
    def future_year(self) -> bool: ...
    @property
    def fallback_target(self) -> bool: ...
    @property
    def against_reference(self) -> bool: ...
    @property
    def restates(self) -> str: ...
    @property
    def dated(self) -> tuple[tuple[int, str], ...]: ...
    @property
    def record_item(self) -> bool: ...


def _last_before(cues: tuple[tuple[int, int, str, bool], ...], q_start: int) -> tuple[int, int, str, bool] | None:
    """The first cue with the greatest end among those ending by ``q_start`` (what ``max`` by end picks): one pass,
    no list, as most numbers are decided here."""
    best = None
    for cue in cues:
        if cue[1] <= q_start and (best is None or cue[1] > best[1]):
            best = cue
    return best


def _nearest(
    cues: tuple[tuple[int, int, str, bool], ...], q_start: int, q_end: int
) -> tuple[int, int, str, bool] | None:
    """The nearest cue before the number (see ``_last_before``), else the first after it; None without either."""
    best = _last_before(cues, q_start)
    if best is not None:
        return best
    return next((cue for cue in cues if cue[0] >= q_end), None)


#: a change's participle and "by" before its amount: "reduced by 56%", "increased by about 25%"
_CHANGED_BY_RE = rx.compile(
    r"(?:reduced|increased|decreased|lowered|raised|improved|expanded|cut)\s+by\s+"
    r"(?:about\s+|around\s+|approximately\s+|up\s+to\s+|at\s+least\s+)?",
    re.IGNORECASE,
)
#: a change's participle that names a level reached, not a deed done ("reduced to …", not "achieved", "secured")
_LEVEL_PARTICIPLE_RE = rx.compile(r"(?:reduced|decreased|lowered|cut|limited|curbed|brought\s+down)", re.IGNORECASE)
#: a perfect cue ("has been achieved") and a deadline after it: a goal told as the state reached by then
_PERFECT_CUE_RE = rx.compile(r"(?:has|have)\s+been\b", re.IGNORECASE)
#: A perfect passive of planning: what "has been identified / prioritised / planned" is a measure of the plan
_PLANNED_AFTER_RE = rx.compile(
    r"\s+(?:\w+ly\s+)?(?:identified|prioriti[sz]ed|planned|proposed|envisaged|foreseen|earmarked|scheduled"
    r"|programmed|shortlisted)\b",
    re.IGNORECASE,
)
_BY_YEAR_RE = rx.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
#: the purpose of a past act, what it is to bring about: "acts were adopted in 2020 to ensure that at least 30% … by
#: 2030", "a fund was set up so that 40% of … by 2030"
_PURPOSE_RE = rx.compile(
    r"\b(?:to\s+ensure|so\s+(?:as\s+)?that|in\s+order\s+(?:to|that)|with\s+the\s+(?:aim|goal|objective)\s+of)\b",
    re.IGNORECASE,
)


def _decide(cue: tuple[int, int, str, bool], ev: Evidence) -> str:
    _, _, kind, strong = cue
    if kind == "actual" and not strong and ev.future_in_clause:
        return "target"  # "cars sold ... rising to 80% by 2030": the participle does not date the number
    if kind == "target" and not strong and ev.past_in_clause:
        return "actual"
    return kind


#: A goal as the subject the number is the value of: "the target was 38.4%", "the previous goal is 7.7 tCO2e".
_GOAL_SUBJECT_BEFORE_RE = rx.compile(
    # (a year may date the goal: "the target for 2020 was 60%")
    r"\b(?:targets?|goals?|objectives?|pledges?)\b(?:[^.;:\d%]|\b(?:19|20)\d\d\b){0,60}?"
    r"\b(?:was|were|is|are|stood\s+at|set\s+at)\s+"
    # (the goal's predicate may name its measure first: "the target was an emission cap between 80 and 90%")
    r"(?:an?\s+(?:[a-z-]+\s+)?(?:cap|ceiling|limit|reduction|cut|increase)\s+(?:of|between|at)\s+)?"
    # (or the article of the change the number measures: "the mitigation target was a 14% reduction")
    r"(?:an?\s+)?(?:about\s+|around\s+|approximately\s+|up\s+to\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_GOAL_SUBJECT_ENDS = (  # (at most ten letters each, as ``may_end_with_at`` reads: "mately" ends "approximately")
    "was", "were", "is", "are", "at", "about", "around", "mately", "to", "least", "of", "between", "a", "an"
)  # fmt: skip
#: How far a goal is met, as the subject of the number: "the rate of achievement of the goal was 64%", "the level of
#: implementation of the commitment for 2016-2020 is 91%", "the degree of fulfilment of the pledges stood at".
_PROGRESS_SUBJECT_BEFORE_RE = rx.compile(
    r"\b(?:levels?|rates?|degrees?|percentages?|shares?|status)\s+of\s+(?:achievement|attainment|fulfil+ment"
    r"|implementation|completion|execution|reali[sz]ation|compliance)\s+of\s+(?:the|its|our|their|this|these)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:targets?|goals?|objectives?|pledges?|commitments?|contributions?|NDCs?)\b"
    r"(?:[^.;:\d%]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?\b(?:was|were|is|are|stood\s+at|reached|amounted\s+to)\s+"
    r"(?:about\s+|around\s+|approximately\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: One of these (lower case) is in every _PROGRESS_SUBJECT_BEFORE_RE match: the cheap exact pre-check.
_PROGRESS_WORDS = ("achievement", "attainment", "fulfil", "implementation", "completion", "execution", "realiz",
                   "realis", "compliance")  # fmt: skip
#: A number named as the goal itself: "the targeted 16 Gg", "its pledged 31%", "the planned 200 MW".
_GOAL_BEFORE_RE = rx.compile(r"\b(?:the|its|our|their)\s+(?:targeted|pledged|planned|intended)\s+$", re.IGNORECASE)
#: A measure named as planned right before its value: "a planned total capacity of 170 MW", "the envisaged output of"
_PLANNED_MEASURE_BEFORE_RE = rx.compile(
    r"\b(?:the|its|our|their|a|an)\s+(?:planned|envisaged|intended|proposed|targeted|pledged)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:of|at)\s+$",
    re.IGNORECASE,
)
#: A share of a goal ("62% of the goal"): how far the goal is met, which the goal noun does not date.
_SHARE_OF_GOAL_RE = rx.compile(
    r"\s*of\s+(?:the|its|our|this|their)\s+(?:[\w-]+\s+){0,2}?(?:targets?|goals?)\b", re.IGNORECASE
)
#: "compared with the 2024 level of 650 Mt": the number is the level of the comparison's base year, a fact.
_BASE_LEVEL_BEFORE_RE = first_char_guarded(
    r"\b(?:compared\s+(?:with|to)|relative\s+to|against|from|than)\s+(?:the\s+|its\s+)?(?:(?:FY\s*)?(?:19|20)\d\d"
    r"|base[\s-]+year)(?:'s)?\s+(?:[\w-]+\s+){0,3}?(?:levels?|emissions?|value)\s+(?:of\s+)?"
    r"(?:about\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)
#: The last word of every _BASE_LEVEL_BEFORE_RE match (lower case), which spaces follow up to the number.
_BASE_LEVEL_ENDS = ("level", "levels", "emission", "emissions", "value", "of", "about", "around", "approximately")
#: "emissions in the base year (2010) amount to 80 Mt", "Base year: 80 Mt": the level of the base year is a fact.
_BASE_YEAR_LEVEL_RE = first_char_guarded(
    r"\b(?:base|reference)[\s-]+year\b(?!\s*(?:is|was|:)\s*(?:19|20)\d\d)"  # "the base year is 2020": which year
    r"(?![^.;]{0,80}?\b(?:by|below|compared|relative)\b)",
    re.IGNORECASE,
)
BASE_LEVEL_REACH = 130  # "The base year emissions according to the first BUR were estimated at 90.53 Mt"
_IN_BASE_YEAR_AFTER_RE = rx.compile(
    r"\s*(?:of\s+[\w-]+\s+)?(?:in|for)\s+the\s+(?:base|reference)[\s-]+year\b", re.IGNORECASE
)
#: the number is the amount of a reduction, named right before it: "resulting in reduction of", "reducing128.33"
_EFFECT_BEFORE_RE = rx.compile(
    r"\b(?:(?:emissions?\s+)?reductions?\s+of|reducing|abatement\s+of|savings?\s+of)\s*"
    r"(?:(?:around|about|approximately|some|nearly)\s+)?$",
    re.IGNORECASE,
)
_EFFECT_AFTER_RE = rx.compile(  # "hence 11.88 ktCO2eq/year emission reductions", "14 kt of emission reduction"
    r"(?:\s*/\s*(?:yr|year|annum)|\s+(?:a|per)\s+year)?\s+(?:of\s+)?(?:GHG\s+|CO2\s+)?emissions?\s+reductions?\b",
    re.IGNORECASE,
)
#: a change named as a noun, then what it changes and "by" the amount: "Decrease in demand for electric power by 95
#: MW", "Reduction of emissions by 20%", opening a line, a cell or a clause (a line of a plan's actions with no verb:
#: the change it is to make; not "led to a reduction of demand by 5 MW")
_NOMINAL_CUT_RE = rx.compile(
    r"(?:^|[\t\n(:;•)])\s*(?:[-–]\s*)?(?:reductions?|decreases?|declines?|cuts?)\s+(?:in|of)\s+[^\d.;:!?]{1,80}?\bby\s+"
    r"(?:(?:around|about|approximately|some|nearly)\s+)?$",
    re.IGNORECASE,
)
#: a past verb of the clause's subject before its effect: "contributed to", "led to", "resulted in", "brought"
_PAST_BEFORE_EFFECT_RE = rx.compile(r"\b(?:contributed|led|resulted|brought|achieved|enabled|allowed|yielded)\b", re.I)
#: a verb of record, or one restating a value told before ("This change represents a reduction of 15.4%")
_PERFECT_RE = rx.compile(  # (not "has" of having: "Energy efficient and has a reduction of 0.53 kt")
    r"\b(?:(?:has|have|had)\s+(?:been|already|\w+(?:ed|en|ght|ade|nt))|was|were|represents?|corresponds?|amounts?\s+to"
    r"|equals?|equivalent)\b",
    re.IGNORECASE,
)
_UNIT_AMOUNT_RE = rx.compile(r"(?:one|a|an)\b", re.IGNORECASE)
_MONEY_RE = rx.compile(r"US\$|USD|\$|€|EUR\b|£|dollars?\b|euros?\b", re.IGNORECASE)


def kind_for(
    text: str,
    sent_start: int,
    sent_end: int,
    c_start: int,
    c_end: int,
    q_start: int,
    q_end: int,
    ev: Evidence,
) -> str:
    """Target or actual: a goal noun naming the number; a level of the base year; the nearest cue in its clause
    (before, then after); the clause's own year; the nearest cue of the sentence before it, else its nearest cue or
    dated year after it; a future year in it; for a verbless fragment, its section's kind; else actual.

    ``ev.dated`` holds (start, kind) of the sentence's dated years: an observation year is a fact, a deadline a goal.
    Fields of ``ev`` are read only where a step needs them (see ``Evidence``).
    """
    conceded, full_end = False, sent_end  # (a concession is a clause of its own: its verb may be any, see below)
    if (comma := concession_end(text, sent_start, sent_end, q_start, q_end)) is not None:
        c_end, sent_end, conceded = min(c_end, comma), comma, True
    if cx.may_contain(text, q_end, c_end, GOAL_NOUNS) and GOAL_NOUN_AFTER_RE.match(text, q_end, c_end):
        return "target"
    lo = max(sent_start, q_start - 90)  # the cheap exact tests first: what a match ends with, then its goal noun
    if (
        cx.may_contain(text, lo, q_start, _PROGRESS_WORDS)
        and _PROGRESS_SUBJECT_BEFORE_RE.search(text, lo, q_start)
        and not ev.future_in_clause
    ):
        return "actual"  # "the level of achievement of the commitment is 91%": how far a goal is met, a record
    if (
        cx.may_end_with_at(text, lo, q_start, _GOAL_SUBJECT_ENDS)
        and cx.may_contain(text, lo, q_start, GOAL_NOUNS)
        and _GOAL_SUBJECT_BEFORE_RE.search(text, lo, q_start)
    ):
        return "target"  # "the net reduction target including removals was 38.4%": a goal told in the past tense
    if text.endswith("ed ", max(c_start, q_start - 3), q_start) and _GOAL_BEFORE_RE.search(
        text, max(c_start, q_start - 30), q_start
    ):
        return "target"  # "9.9 Gg of the targeted 16 Gg": the goal's own value
    if text.endswith(("of ", "at "), max(c_start, q_start - 3), q_start) and _PLANNED_MEASURE_BEFORE_RE.search(
        text, max(c_start, q_start - 50), q_start
    ):
        return "target"  # "with a planned total capacity of 170 MW": the size a plan sets, not one built
    # the cheap exact test of _BASE_LEVEL_BEFORE_RE first (``cx.may_end_with``, a longer tail for "approximately"):
    tail = text[max(sent_start, q_start - 80) : q_start].rstrip()[-13:]  # it almost never matches
    if (not tail.isascii() or tail.lower().endswith(_BASE_LEVEL_ENDS)) and _BASE_LEVEL_BEFORE_RE.search(
        text, max(sent_start, q_start - 80), q_start
    ):
        return "actual"
    base_level = _BASE_YEAR_LEVEL_RE.search(
        text, max(sent_start, q_start - BASE_LEVEL_REACH), q_start
    ) or _IN_BASE_YEAR_AFTER_RE.match(text, q_end, c_end)
    if base_level and not is_change(text, c_start, q_start, q_end, c_end):
        return "actual"
    clause = cues(text, c_start, c_end)
    if text[q_end - 1 : q_end] == "%" and _SHARE_OF_GOAL_RE.match(text, q_end, c_end):
        cue = _last_before(clause, q_start)  # "roughly 62% of the goal": the goal it measures says nothing of its kind
    else:
        cue = _nearest(clause, q_start, q_end)
    if cue is not None and cue[2] == "actual" and cue[1] <= q_start and _PURPOSE_RE.search(text, cue[1], q_start):
        by = _BY_YEAR_RE.search(text, q_end, sent_end)
        if by and (by.end() - 4, "target") in ev.dated:
            return "target"  # the act is past, what it is to bring about by its deadline a goal
    if cue is not None:
        if (
            cue[2] == "actual"
            and not cue[3]
            and _LEVEL_PARTICIPLE_RE.fullmatch(text, cue[0], cue[1])
            and names_condition(text, c_start, c_end)
        ):
            return "target"  # "reduced to 391.66 Mt with unconditional actions": the level the plan's part reaches
        if cue[2] == "actual" and cue[3] and _PERFECT_CUE_RE.match(text, cue[0], cue[1]) and ev.future_year:
            by = _BY_YEAR_RE.search(text, max(cue[1], q_end), c_end)
            if by and not any(ch.isdigit() for ch in text[q_end : by.start()]) and (by.end() - 4, "target") in ev.dated:
                # "100% coverage has been achieved … by 2030": the state the plan is to reach by then (the number's
                # own deadline, no other number between: "reduced … to 28% by 2016 … to 17% by 2022" reports one)
                return "target"
            if ev.future_in_clause and _PLANNED_AFTER_RE.match(text, cue[1], c_end):
                # "12 actions have been identified for implementation up to 2030 at a total cost of US$ 3 billion":
                # the planning is the past event, the measures it chose and their costs are the plan's
                return "target"
        if (
            not cue[3]
            and cue[2] == "actual"
            and ev.fallback_target
            and not FINITE_RE.search(text, sent_start, sent_end)
            and (cue[0] >= q_end or (_CHANGED_BY_RE.fullmatch(text, cue[0], q_start) and not ev.dated))
        ):
            # "Energy, 4,200 Gg avoided" in a list of goals: a participle after it, no past event; or a change's
            # participle right before it in an undated line ("Action: Charcoal production reduced by 56%" under a
            # measure of the plan; "Hydropower's share declined to 18.7%" tells where a change ended, a fact)
            return "target"
        return _decide(cue, ev)
    if ev.restates:
        return ev.restates
    if ev.future_in_clause:
        return "target"
    if ev.past_in_clause:
        return "actual"
    if ev.against_reference and not conceded:  # (the main clause's yardstick is not the concession's)
        return "target"  # "a reduction of 30% compared to BAU": measured against a counterfactual, so planned
    if CAUSAL_OPENING_RE.match(text, c_start, q_start) and FINITE_RE.search(text, c_start, q_start):
        return "actual"  # "…to meet the goal, since the sector contributes 31% of emissions": the reason is a fact
    sentence = cues(text, sent_start, sent_end)
    cue = _last_before(sentence, q_start)
    if cue is not None:
        return _decide(cue, ev)
    # (a goal past a turn of contrast is the other side's: "X accounts for 1.4% of emissions, but has set a target";
    # or a consequence's: "90% of power is generated by hydro, making it dependent on water …")
    turn = CONTRAST_RE.search(text, q_end, sent_end) if "," in text[q_end:sent_end] else None
    reach = turn.start() if turn else sent_end
    after = [c for c in sentence if c[0] >= q_end and (c[0] < reach or c[2] != "target")] + [
        (y, y + 4, k, True) for y, k in ev.dated if y >= q_end and (y < reach or k != "target")
    ]
    if after:
        return _decide(min(after), ev)
    if before := [d for d in ev.dated if d[0] < q_start]:
        # no cue word: the year nearest before the number dates it ("the country, which aims to be an emerging
        # economy by 2030, shows that over the period 2000-2018 its emissions are 86% forestry": a record), also
        # in a verbless line under a goal's heading ("2015: 41 Mt")
        return before[-1][1]
    if ev.future_year and not conceded:  # (the main clause's deadline is not the concession's)
        return "target"
    if ev.fallback_target and not conceded and not FINITE_RE.search(text, sent_start, full_end):
        return "target"
    if _MONEY_RE.search(text, q_start, q_end) and not FINITE_RE.search(text, sent_start, full_end):
        # "13 million USD." alone in a plan's table: a costing line (money recorded comes with a verb, or with the
        # lead-in of record it is an item of)
        return "actual" if ev.record_item else "target"
    if (
        (_EFFECT_BEFORE_RE.search(text, max(c_start, q_start - 40), q_start) or _EFFECT_AFTER_RE.match(text, q_end))
        and not _PERFECT_RE.search(text, sent_start, q_start)
        and not _UNIT_AMOUNT_RE.match(text, q_start, q_end)
        # (nor is one a past verb reports: "the LULUCF sector contributed to a reduction of 73.8 kt")
        and not (_PAST_BEFORE_EFFECT_RE.search(text, c_start, q_start) and reports(text, c_start, q_start))
    ):
        # "… to reduce deforestation, resulting in reduction of 293 ktCO2/year", "This leads to a reduction of 147
        # kt": the effect a measure is to have, which no word of record or past year makes a record ("This has meant
        # the reduction of 2.5 Mt" is one; "the cost of reducing one ton" names a unit, no amount)
        return "target"
    if _NOMINAL_CUT_RE.search(text, max(c_start - 1, q_start - 120, 0), q_start) and not FINITE_RE.search(
        text, sent_start, full_end
    ):
        return "target"  # "Decrease in demand for electric power by 95 MW (NDC)": a verbless line of the plan's changes
    return "actual"
