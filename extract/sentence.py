"""Reading one sentence (or table cell): kind, region, peak years, and the observations it yields."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from . import clauses, scope
from . import context as cx
from .alternation import first_char_guarded
from .milestones import MILESTONE_RE, MILESTONE_WORDS, read_milestones
from .quantities import Quantity, find_quantities
from .scan import lazy
from .state import Carry, DocContext
from .years import (
    FRAME_CHARS,
    SentenceYears,
    assign_own_years,
    assign_paired_years,
    assign_respective_years,
    base_year_for,
    carried_years,
    clause_bounds,
    read_carried_years,
    sentence_years,
    year_for,
)

if TYPE_CHECKING:
    pass
from .model import Observation
from .numbers import may_hold_number

_FUTURE_FRAME_RE = re.compile(
    r"\s*By\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?(?P<y>(?:20|21)\d\d)\s*,", re.IGNORECASE
)


def kind_of(
    ctx: DocContext, start: int, end: int, c_start: int, c_end: int, q: Quantity, years: SentenceYears, carry: Carry
) -> str:
    """Target or actual, read from the number's clause first (see ``clauses.kind_for``), for a number that is not
    a ``recorded_start`` (an actual: ``read_sentence`` asks that first).

    A year of the number's own clause dates it: after the document's present it is a deadline, else an observation.
    The section's kind (a heading about goals or actions, a list introduced by "by 2030") is the last resort.
    """
    ref = ctx.ref_year
    frame = _FUTURE_FRAME_RE.match(ctx.doc.text, start, end)
    if frame and ref is not None and int(frame.group("y")) > ref and q.year in (None, int(frame.group("y"))):
        return "target"  # "By the year 2050, LED lighting has been installed in all buildings": a state to reach
    ev = LazyEvidence(ctx, start, end, c_start, c_end, q, years, carry)
    return clauses.kind_for(ctx.doc.text, start, end, c_start, c_end, q.start, q.end, ev)


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
            or any(
                c_start <= y.start < c_end
                and y.role == "by"
                and y.year > (self._ctx.default_year or 0)
                and clauses.is_deadline(self._ctx.doc.text, y.start)
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
    def fallback_target(self) -> bool:
        carry, ref = self._carry, self._ctx.ref_year
        # items of "By 2030, …:" too
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
        return clauses.restated_kind(self._ctx.doc.text, self._start, self._carry.last_kind)

    @lazy
    def dated(self) -> tuple[tuple[int, str], ...]:
        years = self._years
        return tuple(sorted([(y.start, "actual") for y in years.obs] + [(y.start, "target") for y in years.target]))


#: What a plan raises from one goal to another: "the contribution is increased from 25% to 27%" starts at a goal.
_PLAN_SUBJECT_RE = first_char_guarded(
    r"\b(?:contributions?|targets?|goals?|ambitions?|commitments?|pledges?|NDCs?)\b", re.IGNORECASE
)


_COMPARED_BEFORE_RE = first_char_guarded(
    r"\b(?:as\s+)?compared\s+(?:to|with)\s+(?:about\s+|around\s+|approximately\s+)?$", re.IGNORECASE
)


def recorded_start(ctx: DocContext, q: Quantity) -> bool:
    """The start of a from-to with its own past year is a recorded level ("from 22% (2014) to 30%"), also in a
    table of targets; so is the level a goal is compared with ("5,200 GWh in 2035 compared to 3,400 GWh in 2024")."""
    if not clauses.is_from_side(ctx.doc.text, q.start, q.group):
        ref = ctx.ref_year
        return (
            q.year is not None
            and ref is not None
            and q.year <= ref
            and bool(_COMPARED_BEFORE_RE.search(ctx.doc.text, max(0, q.start - 30), q.start))
        )
    if clauses.bracket_year(ctx.doc.text, q.end) is not None:
        return True  # "from 22% (2014) to 30%": a bracketed year dates the starting point, a record
    ref = ctx.ref_year
    return q.year is not None and (ref is None or q.year <= ref)


_CHINA_HYPHEN_GAP_RE = re.compile(r"\s*(?:China|Chinese)-")
_PLACE_AFTER_GAP_RE = cx.guarded("fiot", r"\b(?:of|in|for|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_IN_BEFORE_RE = first_char_guarded(r"\b[Ii]n\s+(?:the\s+)?$")
_PLACE_LINK_RE = re.compile(r"\s*(?:,|and|, and)\s*(?:the\s+)?")
_PLACES_NOUN_AFTER_RE = re.compile(r"\s+(?:provinces|states|cities|countries|regions)\b")


@lru_cache(maxsize=4)
def sentence_regions(text: str, start: int, end: int) -> tuple[cx.RegionMention, ...]:
    """``find_regions`` of a span, kept for the next calls: a paragraph's first sentence is read for the
    paragraph's place (``extractor.paragraph_region``) and then for its numbers."""
    return tuple(cx.find_regions(text, start, end))


def region_for(
    ctx: DocContext,
    text: str,
    q: Quantity,
    sent_start: int,
    sent_end: int,
    regions: Sequence[cx.RegionMention],
    carry: Carry,
    clause: tuple[int, int] | None = None,
) -> list[str]:
    """Regions of a quantity, most specific evidence first (``clause``: its ``clause_bounds`` when already known).

    World for shares of a world total; a place named right after the number ("in developing
    countries", "China-Africa"); a place named before it in the same clause (several places
    joined by "and" before "provinces" give one row each, a group inside one macro-region gives
    that region); the paragraph's or section's place; else the document's country.
    """
    if q.unit == "%":
        after = text[q.end : sent_end]
        before = text[max(sent_start, q.num.start - 40) : q.start]
        if cx.WORLD_AFTER_RE.match(after) or cx.WORLD_BEFORE_RE.search(before):
            return ["World"]
    c_start, c_end = clause or clause_bounds(text, sent_start, sent_end, q.num.start)
    for r in regions:
        if q.end <= r.start < c_end:
            gap = text[q.end : r.start]
            if _CHINA_HYPHEN_GAP_RE.fullmatch(gap) or _PLACE_AFTER_GAP_RE.search(gap) and len(gap) < 100:
                if r.name != ctx.country:
                    return [r.name]
    before_regions = [r for r in regions if r.end <= q.start and r.name != "World"]
    in_clause = [r for r in before_regions if r.start >= c_start]
    framing = [
        r
        for r in before_regions
        if r.start - sent_start < FRAME_CHARS and _IN_BEFORE_RE.search(text[max(sent_start, r.start - 12) : r.start])
    ]
    if in_clause or framing:
        last = (in_clause or framing)[-1]
        group = [last]
        for r in reversed(before_regions[: before_regions.index(last)]):
            if _PLACE_LINK_RE.fullmatch(text[r.end : group[0].start]):
                group.insert(0, r)
            else:
                break
        names = [r.name for r in group]
        macro = cx.macro_region(names)
        if macro:
            return [macro]
        if len(names) > 1 and _PLACES_NOUN_AFTER_RE.match(text, last.end):
            return names
        return [names[-1]]
    if carry.paragraph_region:
        return [carry.paragraph_region]
    if carry.section_region:
        return [carry.section_region]
    return [ctx.country]


#: Between a value and its restatement in other terms: "…, which corresponds to a", ", representing an increase of".
_RESTATE_GAP_RE = re.compile(
    r"[^.;:\d]{0,60}?\b(?:which\s+(?:\w+\s+){0,2}?)?(?:corresponds?|corresponding|represents?|representing"
    r"|equivalent|equals?|equating|amounts?|amounting|translates?|translating|i\.e\.)(?![\w.])[^.;:\d]{0,50}",
    re.IGNORECASE,
)
_MODAL_RE = re.compile(r"\b(?:will|would|shall|could|may|might|should)\b", re.IGNORECASE)


def restates(text: str, prev: Quantity, q: Quantity) -> bool:
    """``q`` restates ``prev`` in other terms in the same sentence: it is the same fact or goal, of the same kind."""
    gap = _RESTATE_GAP_RE.fullmatch(text, prev.end, q.start)
    return bool(gap) and not _MODAL_RE.search(gap.group())


_LIST_GAP_RE = re.compile(r"\s*(?:,|;|,?\s*and|,?\s*or)\s*")


def in_list(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` follows ``prev`` as the next member of a list of the same unit ("31%, 36% and 39%")."""
    return (
        prev.unit == q.unit and not prev.group and not q.group and bool(_LIST_GAP_RE.fullmatch(text, prev.end, q.start))
    )


_PARALLEL_GAP_RE = re.compile(r"[^\d;.()，；。]{0,40}")  # Chinese commas separate clauses, not members


def parallel(text: str, prev: Quantity, q: Quantity) -> bool:
    """``q`` continues ``prev``'s enumeration ("by 8% in forestry, 104% for energy"): same unit, a short gap."""
    return prev.unit == q.unit and bool(_PARALLEL_GAP_RE.fullmatch(text, prev.end, q.start))


_BASE_YEAR_AFTER_RE = re.compile(r"\s+as\s+(?:its|the|our|their|a)\s+base[\s-]+year\b", re.IGNORECASE)


def named_base_year(text: str, years: SentenceYears) -> list[cx.YearMention]:
    """The one year of a sentence, named its base year: its levels are that year's ("The plan used 2016 as its
    base year, with emissions recorded at 4,100 Gg")."""
    if len(years.mentions) == 1 and years.bases and _BASE_YEAR_AFTER_RE.match(text, years.bases[0].end):
        return years.bases
    return []


def _dated_before_now(years: SentenceYears, ref_year: int | None) -> bool:
    """The sentence names a year of record: an observation year, or any year up to the document's present."""
    return bool(years.obs) or any(
        ref_year is not None and y.year <= ref_year and y.role not in ("name", "bau") for y in years.mentions
    )


def read_sentence(
    ctx: DocContext,
    start: int,
    end: int,
    carry: Carry,
    quote: tuple[int, int] | None = None,
    table_year: int | None = None,
    table_unit: tuple[str, Decimal] | None = None,
    table_kind: str | None = None,
    base_year: int | None = None,
) -> None:
    """Extract the quantities of one sentence (or table cell) into ``ctx.observations``."""
    text = ctx.doc.text
    if not may_hold_number(text, start, end):
        return  # every value, year and peak year needs a digit or a number word: nothing to read or to carry
    q_start, q_end = quote or (start, end)
    quantities = find_quantities(text, start, end, table_unit, ctx.country)
    # the cheap word test first: few sentences name a milestone
    peak = MILESTONE_RE.search(text, start, end) if cx.may_contain(text, start, end, MILESTONE_WORDS) else None
    if not quantities and not peak:
        # no value: the sentence's years and condition are read only if a later value of the paragraph asks
        carry.offer_years(partial(read_carried_years, text, start, end, ctx.ref_year))
        _carry_on(ctx, start, end, carry, table_kind)
        return
    sent = text[start:end]
    years = sentence_years(text, start, end, ctx.ref_year)
    if not table_year:
        assign_respective_years(text, quantities, years, end)
        assign_paired_years(text, quantities, years)
        assign_own_years(text, quantities, years)
    regions = sentence_regions(text, start, end) if quantities or peak else ()
    from_years = {q.year for q in quantities if q.group == "from" and q.year}
    if peak:
        read_milestones(ctx, start, end, carry, regions, q_start, q_end)
    quote_text = text[q_start:q_end].replace("\n", " ")  # the same for every value of the sentence
    # a table cell is classified with its row label: the quote span holds both
    ctx_start = min(start, q_start)
    ctx_text = text[ctx_start : max(end, q_end)]
    prev: tuple[Quantity, str, str, int | None] | None = None  # the last quantity read: (q, kind, qualifier, base)
    said_baseline: tuple[str, int | None] | None = None  # only BAU carries: a base year is stated each time
    for i, q in enumerate(quantities):
        c_start, c_end = clause_bounds(text, start, end, q.num.start)
        qualifier = q.qualifier or cx.qualifier_after(text, q.end) or cx.qualifier_before(text, q.start, c_start)
        carry.condition_from_heading = False  # a value was read under the heading: it is no column header
        if not table_kind and scope.global_pathway(text, start, q.start):
            continue  # "The IPCC states that emissions will need to fall 43% by 2030": the world's need, as context
        if not table_kind and clauses.is_reference_projection(
            text, start, end, c_start, c_end, q.start, q.end, q.group
        ):
            continue  # a business-as-usual or projected level is neither a target nor an actual
        recorded = recorded_start(ctx, q)
        listed = prev is not None and in_list(text, prev[0], q)  # "by 31%, 36% and 39%": members, not clauses
        if recorded:
            kind = "actual"
        elif table_kind:
            kind = table_kind
        elif listed:
            kind = prev[1]  # a list member takes the kind of the one before it: its own clause is not read
        elif prev is not None and restates(text, quantities[i - 1], q):
            # "achieved 2.5 Mt, which corresponds to a 7% reduction", "5.9 Mt against a BAU of 6.5 Mt, representing
            # a 10% cut": one fact in other terms, of the kind of the last value read (not of a projection skipped)
            kind = prev[1]
        else:
            kind = kind_of(ctx, start, end, c_start, c_end, q, years, carry)
        if listed and qualifier == "=" and prev[2] == "~":
            qualifier = "~"  # "around 24% and 5%": the qualifier is written once for the list
        if kind == "target" and not table_kind and q.group == "from" and q.unit == "%" and q.year is None:
            if not recorded and not _PLAN_SUBJECT_RE.search(text, start, q.start):
                continue  # "cut grid losses from 14% to 9% by 2030": today's share, with no year to date it
                # (amounts changed "from 62 Mt to 84 Mt" are mostly an earlier plan's, kept as its goals)
        if (
            not table_kind
            and kind == "target"
            and (carry.projection or carry.list_projection)
            and not clauses.is_change(text, c_start, q.start, q.end, c_end)
            and not clauses.names_plan_scenario(text, start, end)  # "In the conditional scenario, … 70 Mt in 2035"
        ):
            continue  # a future level under "BAU scenario" or after "Projections for 2030:" is modelled, not pledged
        if (
            not table_kind
            and kind == "actual"
            and carry.projection
            and not _dated_before_now(years, ctx.ref_year)
            and not clauses.is_change(text, c_start, q.start, q.end, c_end)
            and not clauses.names_plan_scenario(text, start, end)
        ):
            continue  # "BAU projections" / "Energy, 26,620 Gg": an undated level under a projection heading is modelled
        level_refs = (
            [b for b in years.bases if c_start <= b.start < c_end] or named_base_year(text, years)
            if q.unit not in ("%", "times", "x") and not clauses.is_change(text, c_start, q.start, q.end, c_end)
            else []
        )
        year = year_for(q, years, carry, kind, ctx, table_year, sent, from_years, level_refs)
        if kind == "target" and not table_kind and year is not None and ctx.ref_year is not None:
            if year <= ctx.ref_year and clauses.is_from_side(text, q.start, q.group):
                kind = "actual"  # "from 86% and 68% respectively in 2015 to 100% by 2030": the recorded start
        if (
            kind == "actual"
            and not recorded
            and q.year is not None
            and ctx.ref_year is not None
            and q.year > ctx.ref_year
        ):
            kind = "target"  # "the reductions were 30 Mt in 2030": a value of the document's future is no record
        base = (
            base_year
            if base_year is not None
            else base_year_for(text, q, start, end, years, year, quantities, (c_start, c_end))
        )
        if base is None and prev is not None and prev[3] is not None and kind == prev[1] and parallel(text, prev[0], q):
            base = prev[3]  # "increased by 8% in LULUCF, 111% for energy … between 2000 and 2022": one reference
        baseline, base = clauses.baseline_for(text, start, end, c_start, c_end, q.start, q.end, base)
        prev = (q, kind, qualifier, base)
        if baseline == "bau":
            said_baseline = (baseline, base)
        elif kind == "target" and carry.paragraph_baseline and clauses.is_change(text, c_start, q.start, q.end, c_end):
            baseline, base = carry.paragraph_baseline  # "… 9% compared to BAU. This can be raised to 27% with support"
        condition = (
            clauses.condition_for(
                text, start, end, q.start, q.end, carry.paragraph_condition or carry.section_condition
            )
            if kind == "target"
            else ""
        )
        for region in region_for(ctx, text, q, start, end, regions, carry, (c_start, c_end)):
            obs = Observation(
                doc=ctx.doc.doc,
                value=q.value,
                unit=q.unit,
                value_raw=text[q.start : q.end],
                quote=quote_text,
                char_start=q.start,
                char_end=q.end,
                kind=kind,
                year=year,
                base_year=base,
                qualifier=qualifier,
                region=region,
                page=ctx.doc.page_at(q.start),
                baseline=baseline,
                condition=condition,
            )
            rel = q.start - ctx_start
            obs.indicator = ctx.catalogue.classify(ctx_text, rel, rel + (q.end - q.start), q.unit, region)
            if not obs.indicator and q.unit == "count" and scope.counts_paperwork(text, q.end):
                continue  # "47 programmes of action", "828 projects": the plan's paperwork, not its substance
            # a table cell is read with its row label (the quote): "GDP growth (%/year)  4-5 %" is the country profile
            window = (q_start, q_end, q_end) if table_year else (start, end, c_end)
            if not obs.indicator and scope.out_of_scope(text, *window, q.end):
                continue  # the country profile (GDP, population, losses) or a projected impact, not a climate plan
            ctx.add(obs)
    if said_baseline:
        carry.paragraph_baseline = said_baseline  # the yardstick the paragraph's later changes are measured against
    # carry the sentence's framing years to the next sentences of the paragraph
    obs_year, target_year = carried_years(years, ctx.ref_year)
    if obs_year:
        carry.obs_year = obs_year
    if target_year:
        carry.target_year = target_year
    _carry_on(ctx, start, end, carry, table_kind)


def _carry_on(ctx: DocContext, start: int, end: int, carry: Carry, table_kind: str | None) -> None:
    """What every sentence carries to the next ones: the kind of its last value, the condition it states."""
    if ctx.observations and ctx.observations[-1].char_start >= start and not table_kind:
        carry.last_kind = (end, ctx.observations[-1].kind)  # what a "This corresponds to ..." after it restates
    # "With domestic resources, … In particular, energy will cut 51 Mt": read if a later target asks
    carry.offer_condition(partial(clauses.sentence_condition, ctx.doc.text, start, end))
