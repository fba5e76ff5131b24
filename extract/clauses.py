"""The clause around a number: target or actual (here), reference projection and baseline (``baseline``), condition
(``conditions``).

NDCs state goals, facts and business-as-usual projections in the same sentences ("emissions were 80 Mt in 2020
and are projected to reach 140 Mt in 2030 under BAU; Ruritania will cut them by 25% below BAU"). What decides is
the clause nearest to the number and the words that govern it, never the sentence as a whole. Everything here is
about the language of climate plans, not about particular documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from . import context as cx
from .alternation import first_char_guarded
from .baseline import (
    against_reference,
    baseline_for,
    bracket_year,
    is_change,
    is_from_side,
    is_reference_projection,
    names_plan_scenario,
)
from .conditions import CONDITION_RE, CONDITION_WORDS, condition_for, sentence_condition
from .headings import heading_condition, heading_kind
from .wordgate import WordGate, lower_words

if TYPE_CHECKING:
    pass

#: The clause readers that ``sentence`` calls, whichever module holds them.
__all__ = [
    "Evidence",
    "KindEvidence",
    "against_reference",
    "baseline_for",
    "bracket_year",
    "condition_for",
    "heading_condition",
    "heading_kind",
    "is_change",
    "is_deadline",
    "verbless",
    "is_from_side",
    "is_reference_projection",
    "names_plan_scenario",
    "kind_for",
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


#: A fact cue right after a modal is part of a future ("will have reduced", "is to be achieved", "would be").
_MODAL_BEFORE_RE = first_char_guarded(
    r"\b(?:will|would|shall|should|must|could|can|may|might|to|expected\s+to|projected\s+to)\s+(?:(?:be|have)\s+)?$",
    re.IGNORECASE,
)
#: "was estimated to reduce", "were expected to reach": a past verb that reports a model or an expectation; "were
#: estimated to be 216 kt" is an inventory's estimate of the past, as "were estimated at" is.
_MODELLED_AFTER_RE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:estimated(?!\s+to\s+be\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|just"
    r"|over|only)\s+)?[\d$€£])|expected|projected|anticipated|forecast|planned|scheduled|designed|intended|modell?ed"
    r"|needed|required)\s+to\b",  # "US$490 million was needed to achieve": a need, not a fact
    re.IGNORECASE,
)
#: Past forms that are as often participles ("cars sold in 2030", "the reduction achieved through"): weak facts.
_WEAK_FACT_RE = re.compile(
    r"(?:reached|achieved|completed|recorded|declined|decreased|dropped|increased|manufactured|sold|obtained)$",
    re.IGNORECASE,
)
#: The number names a goal: "a 40% renewables target", "the 0.2% intensity target" (not "80% of the target").
_GOAL_NOUN_AFTER_RE = re.compile(
    r"\s*(?:(?!of\b|in\b|for\b)[A-Za-z-]+\s+){0,3}?(?:targets?|goals?|objectives?|pledges?|ambitions?)\b", re.IGNORECASE
)
_GOAL_NOUNS = ("target", "goal", "objective", "pledge", "ambition")  # one is in every match above (lower case)
#: Intent that the shared cue list does not hold: on course, needs and costs of implementation, modelled plans.
_EXTRA_TARGET_RE = cx.guarded(
    "acdefimnoprst",
    r"\b(?:on\s+(?:course|track)\s+to|(?:required|needed|necessary)\s+(?:for|to)\b|needs?\b|requirements?\b"
    r"|required\s+(?:investments?|funding|financ\w*|budgets?|costs?|resources)\b"  # "the required investment is"
    r"|expects\s+(?:[\w-]+\s+){1,4}?to\b"  # "Ruritania expects its emissions to fall to 104 Gg": a plan's outcome
    r"|model(?:l)?ed|achievable|attainable|envisioned|foresees?|foreseen|proposed|scheduled\s+to|set\s+to"
    r"|aspir(?:e|es|ed|ing|ations?)\b|could|might|(?-i:may)|potential(?:ly)?"
    r"|commit(?:s|ted|ting|ments?)?\b(?!\s+(?:funds?|resources|finance|capital))"
    r"|(?:is|are)\s+(?:being\s+)?(?:planned|targeted))",
    re.IGNORECASE,
)
#: Facts the shared cue list misses: irregular perfects ("have shrunk"), money spent, a past "since" or "over the
#: last" period, and estimates in the past tense ("was estimated at" is a fact; "is estimated to" is not).
_EXTRA_FACT_RE = cx.guarded(
    "adeghilmoprs",
    r"\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:shrunk|grown|fallen|risen|become|lost|gone|seen|kept|held|met|built|led"
    r"|brought|made|taken|given|spent|won|cut)|spent|disbursed|invested|mobili[sz]ed|installed|planted|restored"
    r"|reduced|lowered|avoided|saved|abated|mitigated|sequestered|generated|emitted|added|supported|provided"
    r"|helped|enabled|resulted\s+in|estimated\s+(?:[\w-]+\s+){0,3}?at"  # "the inventory estimated emissions at"
    r"|received|secured|announced|approved|granted|awarded|allocated"
    r"|rehabilitated|(?:over|in|during)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:years?|decades?|period))\b",
    re.IGNORECASE,
)
_PARTICIPLE_AFTER_RE = re.compile(
    r"\s+(?:from|through|using|via|by\s+(?:the\s+(?:end\s+of\s+)?)?(?:year\s+)?20\d\d)\b", re.I
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
    r"\btargets?\b[^,;.]{0,40}?\b(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:revised|raised|reduced|lowered"
    r"|increased|strengthened|tightened|updated|enhanced|set|cut)\b",
    re.IGNORECASE,
)
_RECEIVED_BEFORE_RE = re.compile(r"\b(?:received|secured|obtained)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: Words that put a number in the present: a current state is a fact.
_PRESENT_FACT_RE = cx.guarded(
    "acinpst", r"\b(?:currently|at\s+present|presently|today|to\s+date|so\s+far|as\s+it\s+stands|now\s+stands?)\b", re.I
)
_PRESENT_FACT_WORDS = ("current", "present", "today", "date", "far", "stand")  # one is in every match


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
        _PRESENT_FACT_RE,
    ]
)


@lru_cache(maxsize=64)
def reports(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reports a fact: a cue of fact ("were", "currently", "received") or a verb in the
    past tense. A statement in the present tense that nothing dates ("Cooking represents 3% of emissions") has no
    determinable year. Cached (every undated value of a sentence asks); the past tenses are tried only where one of
    their words starts (``_REPORTED_GATE``), not all 60 at every position of the sentence."""
    return any(kind == "actual" for _, _, kind, _ in _cues(text, start, end)) or _REPORTED_GATE.search(
        _REPORTED_GATE.lazy_starts(text[start:end], start), text, start, end, 0
    )


#: Past tenses the cues above do not hold: perfects ("has also carried out"), irregular and common regular pasts.
_REPORTED_RE = re.compile(
    r"\b(?:(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|nt|lt|ht|de)"
    r"|reached|achieved|accounted|amounted|recorded|stood|totall?ed|declined|decreased|dropped|fell|rose|increased"
    r"|grew|peaked|spent|installed|reduced|became|exceeded|surpassed|took|made|built|began|brought|held|led|won|saw"
    r"|gave|got|put|set\s+up|attracted|received|allocated|provided|implemented|completed|launched|adopted"
    r"|introduced|established|generated|emitted|produced|consumed|supplied|planted|restored|mobili[sz]ed|invested)\b",
    re.IGNORECASE,
)
_REPORTED_GATE = WordGate([_REPORTED_RE])


@lru_cache(maxsize=256)
def _cues(text: str, start: int, end: int) -> tuple[tuple[int, int, str, bool], ...]:
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
        low is None or any(map(low.__contains__, _PRESENT_FACT_WORDS)),
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
        if not (m.group()[:1] in "cC" and _RECEIVED_BEFORE_RE.search(text, max(start, m.start() - 40), m.start()))
    ]  # "the country received commitments of US$570 million": pledges of others, received
    for m, weak_form in [(m, False) for m in facts] + [(m, True) for m in extra_facts]:
        before = text[max(start, m.start() - 40) : m.start()]
        weak = weak_form or bool(_WEAK_FACT_RE.search(m.group(0)))
        modal = _MODAL_BEFORE_RE.search(before)
        if modal and modal.group(0)[:2].lower() == "to" and m.group(0)[:4].lower() == "have":
            modal = None  # "estimated to have grown": a perfect infinitive reports the past
        if modal or _MODELLED_AFTER_RE.match(text, m.end(), end):
            out.append((m.start(), m.end(), "target", True))
        elif weak_form and _PARTICIPLE_AFTER_RE.match(text, m.end(), end):
            continue  # "energy generated from waste", "trees planted by 2030": a participle, no past event
        elif not (weak and _PASSIVE_BEFORE_RE.search(before)):
            out.append((m.start(), m.end(), "actual", not weak or m.group(0).lower().startswith("ha")))
    out += [
        (m.start(), m.end(), "target", False)
        for m in ndc
        if not _CITED_BEFORE_RE.search(text, max(start, m.start() - 20), m.start())
    ]
    out += [(m.start(), m.end(), "actual", True) for m in present]
    if (m := _ACTION_START_RE.match(text, start, end)) and m.end() > start:
        out.append((m.start(), m.end(), "target", True))
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


def _decide(cue: tuple[int, int, str, bool], ev: Evidence) -> str:
    _, _, kind, strong = cue
    if kind == "actual" and not strong and ev.future_in_clause:
        return "target"  # "cars sold ... rising to 80% by 2030": the participle does not date the number
    if kind == "target" and not strong and ev.past_in_clause:
        return "actual"
    return kind


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
    r"\bbase[\s-]+year\b(?![^.;]{0,80}?\b(?:by|below|compared|relative)\b)",
    re.IGNORECASE,
)
_IN_BASE_YEAR_AFTER_RE = re.compile(r"\s*(?:of\s+[\w-]+\s+)?(?:in|for)\s+the\s+base[\s-]+year\b", re.IGNORECASE)
#: A verb that makes a sentence a statement: without one, a fragment (table cell, list item) takes its section's kind.
_FINITE_RE = first_char_guarded(
    r"\b(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|should|must|be|been|accounts?|stands?|remains?"
    r"|represents?|contributes?|comprises?|covers?|emits?|generates?|produces?|consumes?|supplies|shows?|indicates?)\b",
    re.IGNORECASE,
)
#: A list item or table cell that opens with an action verb is an action of the plan: "Install 2 GW of ...",
#: "Restoring 50,000 ha ...". General verbs of climate plans, in the base form or the gerund.
_ACTION_VERBS = (
    r"(?:increas|reduc|achiev|restor|expand|promot|ensur|upscal|introduc|improv|phas|enhanc|construct|provid|replac"
    r"|deploy|scal|rais|doubl|tripl|halv|maintain|adopt|electrif|retrofit|convert|rehabilitat|afforest|reforest"
    r"|protect|conserv|mobilis|mobiliz|generat|switch|shift|decarbonis|decarboniz|establish|install|implement|develop"
    r"|strengthen|reach|plant|build|cut|limit|lower|eliminat|accelerat|support|encourag|extend|keep)(?:e|es|y|ies|ing)?"
    r"|us(?:e|ing)"
)
#: Capitalised (an item's first word) or after "To": a lower-case gerund after a comma ("..., reaching 5 GW") is none;
#: "Building on the 12,000 ha already protected, …" names a starting point, not an action.
_ACTION_START_RE = re.compile(
    rf"[\s\-–•▪●◦*·\d.)(]*(?:[Tt]o\s+(?i:{_ACTION_VERBS})|(?=[A-Z])(?i:{_ACTION_VERBS}))\b(?!\s+upon\b|\s+on\b)"
)


_END_OF_BEFORE_RE = first_char_guarded(r"\bend\s+of\s+(?:the\s+)?(?:year\s+)?$", re.IGNORECASE)


def verbless(line: str) -> bool:
    """A line with no finite verb and no cue of intent or fact: a label and its value, a list or table line."""
    return not _FINITE_RE.search(line) and not _cues(line, 0, len(line))


def is_deadline(text: str, year_start: int) -> bool:
    """A "by YEAR" that reads as a deadline, not "by the end of 2019" (a date of record)."""
    return not _END_OF_BEFORE_RE.search(text, max(0, year_start - 20), year_start)


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
    if cx.may_contain(text, q_end, c_end, _GOAL_NOUNS) and _GOAL_NOUN_AFTER_RE.match(text, q_end, c_end):
        return "target"
    # the cheap exact test of _BASE_LEVEL_BEFORE_RE first (``cx.may_end_with``, a longer tail for "approximately"):
    tail = text[max(sent_start, q_start - 80) : q_start].rstrip()[-13:]  # it almost never matches
    if (not tail.isascii() or tail.lower().endswith(_BASE_LEVEL_ENDS)) and _BASE_LEVEL_BEFORE_RE.search(
        text, max(sent_start, q_start - 80), q_start
    ):
        return "actual"
    base_level = _BASE_YEAR_LEVEL_RE.search(
        text, max(sent_start, q_start - 60), q_start
    ) or _IN_BASE_YEAR_AFTER_RE.match(text, q_end, c_end)
    if base_level and not is_change(text, c_start, q_start, q_end, c_end):
        return "actual"
    cue = _nearest(_cues(text, c_start, c_end), q_start, q_end)
    if cue is not None:
        if (
            cue[0] >= q_end
            and not cue[3]
            and cue[2] == "actual"
            and ev.fallback_target
            and not _FINITE_RE.search(text, sent_start, sent_end)
        ):
            return "target"  # "Energy, 4,200 Gg avoided" in a list of goals: a participle after it, no past event
        return _decide(cue, ev)
    if ev.restates:
        return ev.restates
    if ev.future_in_clause:
        return "target"
    if ev.past_in_clause:
        return "actual"
    if ev.against_reference:
        return "target"  # "a reduction of 30% compared to BAU": measured against a counterfactual, so planned
    sentence = _cues(text, sent_start, sent_end)
    cue = _last_before(sentence, q_start)
    if cue is not None:
        return _decide(cue, ev)
    after = [c for c in sentence if c[0] >= q_end] + [(y, y + 4, k, True) for y, k in ev.dated if y >= q_end]
    if after:
        return _decide(min(after), ev)
    if ev.future_year:
        return "target"
    if ev.fallback_target and not _FINITE_RE.search(text, sent_start, sent_end):
        return "target"
    return "actual"
