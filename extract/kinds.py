"""Target or actual for one number of a sentence (how the numbers of one sentence relate is ``members``).

The clause decides first (``clauses.kind_for``); what the sentence around the number adds is worked out only when
that reading asks for it (``LazyEvidence``).
"""

from __future__ import annotations

import re

from . import clauses, rx
from .actions import imperative_at
from .alternation import first_char_guarded
from .baseline import YEAR_LABEL_BEFORE_RE
from .clausecues import GOAL_NOUN_AFTER_RE, cues, past_result, reports
from .lazy import lazy
from .quantities import Quantity
from .restate import restated_kind
from .shares import emission_share_record, standing_clause_start
from .state import Carry, DocContext
from .yearof import CURRENT_BEFORE_RE, labelled_above
from .years import SentenceYears

#: "By 2030, …" or "In 2030, …" opening a sentence (a year to come frames all of it), after a goal's label if any
#: ("Goal (8) By 2030, …", "Target 3: By 2035, …").
_FUTURE_FRAME_RE = rx.compile(
    r"\s*(?:(?:goal|target|objective|measure|action|indicator)\s*\(?\w{1,4}\)?\s*[:.\-–]?\s*)?"
    r"(?:By|(?P<in>In))\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?(?P<y>(?:20|21)\d\d)\s*,",
    re.IGNORECASE,
)


def kind_of(
    ctx: DocContext, start: int, end: int, c_start: int, c_end: int, q: Quantity, years: SentenceYears, carry: Carry
) -> str:
    """Target or actual, read from the number's clause first (see ``clauses.kind_for``), for a number that is not
    a ``recorded_start`` (an actual: ``read_sentence`` asks that first).

    A year of the number's own clause dates it: after the document's present it is a deadline, else an observation.
    The section's kind (a heading about goals or actions, a list introduced by "by 2030") is the last resort.
    """
    if ctx.timeline.base_year and q.unit not in ("%", "times", "x") and labelled_above(ctx.doc.text, q.start):
        return "actual"  # "Estimated emissions in base year" over "10,572 kt CO2e": the base year's record
    ref = ctx.ref_year
    if (
        ref is not None
        and (label := YEAR_LABEL_BEFORE_RE.search(ctx.doc.text, max(start, q.start - 30), q.start))
        and int(label.group("y")) <= ref
    ):
        return "actual"  # "Baseline year 2014: 26,062 GgCO2eq", "Year 1990: 34,043 GgCO2eq": labelled by its past year
    frame = _FUTURE_FRAME_RE.match(ctx.doc.text, start, end)
    if (
        frame
        and ref is not None
        # (a deadline of this very year is one still when an order follows: "By the end of 2025, ensure that …")
        and (int(frame.group("y")) > ref or (int(frame.group("y")) == ref and imperative_at(ctx.doc.text, frame.end())))
        and q.year in (None, int(frame.group("y")))
        and (not frame.group("in") or _estimated(ctx.doc.text, start, end))
    ):
        return "target"  # "By the year 2050, LED lighting has been installed in all buildings": a state to reach
    label = _GOAL_LABEL_RE.match(ctx.doc.text, start, q.start)
    if label and not clauses.reports(ctx.doc.text, label.end(), q.end):
        return "target"  # "Emission reduction targets — Reference year 1990, -30% in 2020, -55% in 2030": all goals
    if 0 <= carry.plan_items_from < q.start and q.year in (None, carry.list_year):
        return "target"  # "These have been selected for the INDC: restoration …: 1,030,000 ha; …": the plan's items
    if emission_share_record(ctx.doc.text, start, q.start, q.end, end) and not any(
        k == "target"
        for _, _, k, _ in cues(ctx.doc.text, standing_clause_start(ctx.doc.text, c_start, q.start), q.start)
    ):
        # "Ruritania accounts for 0.02% of global emissions and commits to …": its standing, a record (so is a relative
        # clause of standing under a goal: "… decarbonise the power sub-sector that contributes 42% of emissions")
        return "actual"
    ev = LazyEvidence(ctx, start, end, c_start, c_end, q, years, carry)
    return clauses.kind_for(ctx.doc.text, start, end, c_start, c_end, q.start, q.end, ev)


def _estimated(text: str, start: int, end: int) -> bool:
    """Whether a sentence opening "In 2025, …" reports a finding about that year ("the reductions have been calculated
    at"): an estimate's weak cue and no strong one. A fact stated in the present ("In 2015, the island has a 100%
    electricity rate", in a plan whose data stop before it) or in the past names the year of a record."""
    found = [strong for _, _, k, strong in cues(text, start, end) if k == "actual"]
    return bool(found) and not any(found)


class LazyEvidence:
    """``clauses.KindEvidence`` of a number, each field worked out the first time ``kind_for`` reads it.

    Most numbers are decided by a cue of their clause before any field is read, so none is computed up front; each
    field is what ``KindEvidence`` would hold (tests compare them). Fields are ``lazy`` (no lock, unlike
    ``functools.cached_property`` on 3.11): an evidence object lives for one number only.
    """

    def __init__(
        self,
        ctx: DocContext,
        start: int,
        end: int,
        c_start: int,
        c_end: int,
        q: Quantity,
        years: SentenceYears,
        carry: Carry,
    ) -> None:
        self._ctx, self._start, self._end, self._c_start, self._c_end = ctx, start, end, c_start, c_end
        self._q, self._years, self._carry = q, years, carry

    @lazy
    def future_in_clause(self) -> bool:
        q, ref, c_start, c_end = self._q, self._ctx.ref_year, self._c_start, self._c_end
        return (
            (q.year is not None and ref is not None and q.year > ref)
            or any(c_start <= y.start < c_end for y in self._years.target)
            # "estimated at US$ 3.3 billion for the whole period 2021-2030": a plan's period, from its present on
            # (not a fiscal year, "2015-16", nor a period that began before the present)
            or (
                ref is not None
                and (span := self._years.span) is not None
                and ref <= span[0] <= span[1] - 3
                and any(c_start <= y.start < c_end and y.role == "span_end" for y in self._years.mentions)
            )
            or any(
                c_start <= y.start < c_end
                and y.role == "by"
                and y.year > (self._ctx.default_year or 0)
                and clauses.is_deadline(self._ctx.doc.text, y.start)
                # "by 2016 wind already represented 17.3%": a year the document has seen, in a clause of past fact
                # (not a participle's deadline: "100% coverage achieved by 2025")
                and not (
                    ref is not None
                    and y.year <= ref
                    and not _PARTICIPLE_BY_RE.search(self._ctx.doc.text, max(c_start, y.start - 30), y.start)
                    and (
                        reports(self._ctx.doc.text, c_start, c_end)
                        or past_result(self._ctx.doc.text, self._start, c_start)
                    )
                )
                for y in self._years.obs
            )
        )

    @lazy
    def past_in_clause(self) -> bool:
        q, ref, c_start, c_end = self._q, self._ctx.ref_year, self._c_start, self._c_end
        return (q.year is not None and ref is not None and q.year <= ref) or any(
            c_start <= y.start < c_end and (ref is not None or y.role == "obs") for y in self._years.obs
        )

    @lazy
    def future_year(self) -> bool:
        q, ref, years = self._q, self._ctx.ref_year, self._years
        own_future = q.year is not None and ref is not None and q.year > ref
        return bool(years.target) or own_future or bool(years.span and ref is not None and years.span[1] > ref)

    @lazy
    def record_item(self) -> bool:
        """An item under a lead-in of record ("Emissions in 2010 were the following:", "To date, … has reached:")."""
        carry = self._carry
        return carry.list_intro and carry.list_year is not None and carry.list_year == carry.list_record

    @lazy
    def fallback_target(self) -> bool:
        carry, ref = self._carry, self._ctx.ref_year
        # items of "By 2030, …:" too
        if self.record_item:
            return False  # the items of "Emissions in 2010 were the following:" are records, whatever the section
        return carry.section_kind == "target" or (
            carry.list_year is not None and ref is not None and carry.list_year > ref
        )

    @lazy
    def against_reference(self) -> bool:
        q = self._q
        return clauses.against_reference(
            self._ctx.doc.text, self._start, self._end, self._c_start, self._c_end, q.start, q.end
        )

    @lazy
    def restates(self) -> str:
        q, ref = self._q, self._ctx.ref_year
        if q.year is not None and ref is not None and q.year <= ref:
            return ""  # "This represents cuts of 43% … against levels of 1.7 Gt in 2005": its own past year, a record
        return restated_kind(self._ctx.doc.text, self._start, self._carry.last_kind)

    def _period_after(self, text: str, years: SentenceYears, end_at: int) -> bool:
        """Whether the span ending at ``end_at``, written after the number, is a period of record it happened in."""
        start = max((y.start for y in years.mentions if y.role == "span_start" and y.start < end_at), default=None)
        return (
            start is not None
            and start > self._q.end
            and bool(_PERIOD_OPENS_RE.search(text, self._q.end, start))
            and not _YARDSTICK_RE.search(text, self._q.end, start)  # "with respect to average emissions in the period"
        )

    @lazy
    def dated(self) -> tuple[tuple[int, str], ...]:
        years, ref, q = self._years, self._ctx.ref_year, self._q
        # "during the period 2000-2018, emissions were…": a period over by the document's present, written before
        # the number, dates a record; one after it ("reduce by 25% with respect to 2001-2013") names a reference
        ended = years.span is not None and ref is not None and 1900 <= years.span[1] <= ref
        text = self._ctx.doc.text
        spans = [
            (y.start, "actual")
            for y in years.mentions
            if ended and y.role == "span_end" and (y.end <= q.start or self._period_after(text, years, y.start))
        ]
        obs = [(y.start, "actual") for y in years.obs] + [(y.start, "target") for y in years.target]
        return tuple(sorted(obs + spans))


#: the words that open a period of record ("contributed 40% of emissions between 2001 and 2012", "lost 2% of its
#: area over the period 2000-2009"), unlike a yardstick's ("with respect to 2001-2013")
_PERIOD_OPENS_RE = rx.compile(
    r"\b(?:between|during|throughout|(?:over|in|for|throughout)\s+the\s+(?:period|years?)(?:\s+of)?)\s*$",
    re.IGNORECASE,
)


_YARDSTICK_RE = rx.compile(
    r"\b(?:respect|compared|comparison|relative|against|versus|than|average|baseline|reference|levels?)\b",
    re.IGNORECASE,
)


#: A participle right before the "by" of a year: "achieved by 2025", "planted by 2030" (a deadline, not a date)
_PARTICIPLE_BY_RE = rx.compile(r"\b\w+(?:ed|en|wn)\s+by\s+(?:the\s+(?:end\s+of\s+)?)?(?:year\s+)?$", re.IGNORECASE)


#: What a plan raises from one goal to another: "the contribution is increased from 25% to 27%" starts at a goal.
_PLAN_SUBJECT_RE = first_char_guarded(
    r"\b(?:contributions?|targets?|goals?|ambitions?|commitments?|pledges?|NDCs?)\b", re.IGNORECASE
)


_COMPARED_BEFORE_RE = first_char_guarded(
    r"\b(?:(?:as\s+)?compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:about\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)


#: The rest of a list of starting values up to the year in brackets that dates them all: " and 68% (2015)".
_LISTED_BRACKET_YEAR_RE = rx.compile(r"(?:\s*(?:,|,?\s*and)\s*\d[\d.,]*\s*%?){1,4}\s*\(\s*(?:19|20)\d\d\s*\)")


#: A sentence that opens on a label naming goals, then lists them after a colon or a dash
_GOAL_LABEL_RE = rx.compile(
    r"\s*[^.:;—–\d]{0,80}?\b(?:targets|goals|objectives|commitments)\s*(?::|—|–|\s-)\s", re.IGNORECASE
)


#: the present named in the value's own phrase right after it: "53000 EVs as of now", "9.8 GW installed to date"
_RECORD_NOW_AFTER_RE = rx.compile(
    r"[^,;.:()\d]{0,30}?\b(?:as\s+of\s+(?:now|today)|to\s+date)(?:\b|(?=\d{1,3}\b))", re.IGNORECASE
)

#: a change the value starts, told in the future right after its own year: "estimated at 2,146 ktCO2 in 2014 will
#: increase to 7,454 ktCO2 in 2025"
_WILL_CHANGE_AFTER_RE = rx.compile(
    r"\s*(?:in\s+(?:19|20)\d\d\s*,?\s*)?(?:will|would|is\s+(?:expected|projected|set)\s+to|are\s+(?:expected|projected)\s+to)"
    r"\s+(?:increase|rise|grow|decrease|fall|decline|drop)\s+to\b",
    re.IGNORECASE,
)


#: a goal changed from one level to another: "the 2015 target was increased from 35% to 40%", "the goal shifted from"
_REVISED_GOAL_BEFORE_RE = rx.compile(
    r"\b(?:targets?|goals?|objectives?|commitments?|pledges?)\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?"
    r"(?:\w+ly\s+)?(?:increased|raised|revised|shifted|changed|updated|lowered|reduced|moved|upgraded|adjusted)"
    r"(?:\s+(?:upwards?|downwards?))?\s+from\s+$",
    re.IGNORECASE,
)


def revised_goal_start(text: str, q: Quantity) -> bool:
    """Whether ``q`` starts the change of a goal ("the 2015 target was increased from 35% to 40%"): the goal as first
    set, a goal too, not a record."""
    return q.group == "from" and _REVISED_GOAL_BEFORE_RE.search(text, max(0, q.start - 80), q.start) is not None


def recorded_start(ctx: DocContext, q: Quantity) -> bool:
    """The start of a from-to with its own past year is a recorded level ("from 22% (2014) to 30%"), also in a
    table of targets; so is the level a goal is compared with ("5,200 GWh in 2035 compared to 3,400 GWh in 2024"),
    and a level named as the present one ("from the current 20% to more than 30%")."""
    if CURRENT_BEFORE_RE.search(ctx.doc.text, max(0, q.start - 40), q.start):
        return not GOAL_NOUN_AFTER_RE.match(ctx.doc.text, q.end)  # (not "the current 10% target for 2020")
    if q.group != "to" and _RECORD_NOW_AFTER_RE.match(ctx.doc.text, q.end):
        return True  # "… has shown limited progress, with around 53000 EVs as of now": the present's record
    if q.year is not None and ctx.ref_year is not None and q.year <= ctx.ref_year:
        if _WILL_CHANGE_AFTER_RE.match(ctx.doc.text, q.end):
            return True  # "… 2,146 ktCO2 in 2014 will increase to …": the level a change starts from, in its past year
    if revised_goal_start(ctx.doc.text, q):
        return False  # "The 2015 target was increased from 35% to 40%": the start is the goal as first set
    if not clauses.is_from_side(ctx.doc.text, q.start, q.group):
        ref = ctx.ref_year
        return (
            q.year is not None
            and ref is not None
            and q.year <= ref + 1  # (as for a path's start, below)
            and bool(_COMPARED_BEFORE_RE.search(ctx.doc.text, max(0, q.start - 30), q.start))
        )
    if clauses.bracket_year(ctx.doc.text, q.end) is not None or _LISTED_BRACKET_YEAR_RE.match(ctx.doc.text, q.end):
        return True  # "from 22% (2014) to 30%", "from 86% and 68% (2015) to": a bracketed year dates the start
    ref = ctx.ref_year
    # a path's start may be a year after the last one the text reports ("from 372 kt in 2020 to 393 kt in 2030", in a
    # plan whose latest record is of 2019): the year its scenarios start from, compiled as the plan was written
    return q.year is not None and (ref is None or q.year <= ref + 1)
