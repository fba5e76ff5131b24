"""Reading one sentence (or table cell): kind, region, peak years, and the observations it yields.

The kind of a number is read in ``kinds``, its place in ``placeof``; both are re-exported here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import partial

from . import clauses, rx, scope
from . import context as cx
from .asides import context_only
from .baseyearof import base_year_for
from .bautype import cut_from_declared_bau
from .carriedyears import carry_framing_years, carry_paragraph_year, read_carried_years
from .clausecues import cues, reports_done
from .conditions import condition_part, row_condition
from .counterfactual import recalled_record, under_counterfactual
from .counts import MILLION, in_millions, prose_count
from .datedness import (
    a_deadline,
    after_present,
    compared_years,
    dated_before_now,
    dated_future,
    in_brackets_after,
    inventory_year,
    labelled_base_level,
    long_past_level,
    named_base_year,
    names_change,
    relative_level_base,
)
from .economy import filed_off_the_economy
from .kinds import _PLAN_SUBJECT_RE, LazyEvidence, kind_of, recorded_start, revised_goal_start
from .members import (
    bracketed_amount,
    coordinated_member,
    in_list,
    inherited_year,
    names_condition_only,
    parallel,
    part_kind,
    restates,
)
from .milestones import names_milestone, read_milestones
from .model import Observation
from .namedgoal import named_goal
from .numbers import may_hold_number
from .placeof import region_for, sentence_regions
from .presentof import present_alone
from .quantities import Quantity, find_quantities
from .raises import condition_stated_after, read_raises
from .ranges import is_upper_bound, share_range_context
from .recordyear import record_year
from .restate import dated_before, restated_year, restates_projection
from .state import Carry, DocContext
from .yearindex import may_name_year
from .yearof import long_term_only, year_for
from .years import clause_bounds, link_years, sentence_years, with_own_span

#: a finite verb in the present that states a fact ("Agriculture accounts for 31% of emissions")
_PRESENT_VERB_RE = rx.compile(
    r"\b(?:is|are|accounts?\s+for|represents?|constitutes?|covers?|makes?\s+up|comprises?|stands?\s+at"
    r"|amounts?\s+to|contributes?|emits?|produces?)\b",
    re.IGNORECASE,
)


#: the start of a from-to named as the present: "from around 10% at present to 30% in 2030", "from 14% today"
_NOW_NAMED_RE = rx.compile(r"\s+(?:at\s+present|currently|today|now)\b", re.IGNORECASE)


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
    amounts_in: tuple[str, Decimal] | None = None,
    label: str = "",
    continental: bool = False,
) -> None:
    """Extract the quantities of one sentence (or table cell) into ``ctx.observations``; ``label``: the row label of
    a sentence in a table cell, read with it to classify its values; ``continental``: the cell's table writes
    decimal commas (see ``quantities.find_quantities``)."""
    text = ctx.doc.text
    if not may_hold_number(text, start, end):
        if not table_kind:  # "… an 81% cut by 2030. This further reduction is conditional on external support."
            condition_stated_after(ctx.observations, carry.last_values, text, start, end)
        return  # every value, year and peak year needs a digit or a number word: nothing to read or to carry
    if not table_kind and cx.may_contain(text, start, end, ("nventor",)) and (inv := inventory_year(text, start, end)):
        carry.inventory_year = inv  # "the national GHG Inventory (2012)": "this inventory" later: 2012
    q_start, q_end = quote or (start, end)
    quantities = find_quantities(text, start, end, table_unit, ctx.country, amounts_in, continental or ctx.continental)
    peak = names_milestone(text, start, end)
    if not quantities and not peak:
        # no value: the sentence's years and condition are read only if a later value of the paragraph asks
        if may_name_year(text, start, end):  # (a sentence without a year's digits carries no year: no offer)
            carry.offer_years(partial(read_carried_years, text, start, end, ctx.ref_year))
        if not table_kind:
            condition_stated_after(ctx.observations, carry.last_values, text, start, end)
        _carry_on(ctx, start, end, carry, table_kind)
        return
    sent = text[start:end]
    years = sentence_years(text, start, end, ctx.ref_year)
    if not table_year:
        link_years(text, start, end, quantities, years, carry, ctx.ref_year)
    regions = sentence_regions(text, start, end) if quantities or peak else ()
    from_years = {q.year for q in quantities if q.group == "from" and q.year}
    if peak:
        read_milestones(ctx, start, end, carry, regions, q_start, q_end, label)
    quote_text = text[q_start:q_end].replace("\n", " ")  # the same for every value of the sentence
    # a table cell is classified with its row label: the quote span holds both
    ctx_start = min(start, q_start) - len(label)
    ctx_text = label + text[ctx_start + len(label) : max(end, q_end)]
    prev: tuple[Quantity, str, str, int | None] | None = None  # the last quantity read: (q, kind, qualifier, base)
    said_baseline: tuple[str, int | None] | None = None  # only BAU carries: a base year is stated each time
    prev_bau = projected = False  # the value before started a change against BAU; the last was a projection
    read_years: dict[int, int | None] = {}  # the year each quantity read took, by its index
    kinds_read: dict[int, str] = {}  # the kind each quantity read took, by its index
    compared_at: dict[int, tuple[int, int]] = {}  # (year, base year) of each change of two levels, by its index
    cites_global = not table_kind and scope.may_cite_global(text, start, end)
    first_obs = len(ctx.observations)
    shared: list[Observation] = []  # the same goals for a list's other deadlines, added after the sentence's own
    named, due = named_goal(text, quantities, ctx.observations)
    saved_target = carry.target_year
    if due is not None and carry.target_year is None:
        carry.target_year = due  # "the cost to reach the 14% target": due with the goal named (restored below)
    for i, q in enumerate(quantities):
        if i in named:
            continue  # "the 14% target" names the goal set before; it states no value of its own
        restated = False
        c_start, c_end = clause_bounds(text, start, end, q.num.start)
        qualifier = q.qualifier or cx.qualifier_after(text, q.end) or cx.qualifier_before(text, q.start, c_start)
        carry.condition_from_heading = False  # a value was read under the heading: it is no column header
        if cites_global and scope.global_pathway(text, start, q.start, end):
            continue  # "The IPCC states that emissions will need to fall 43% by 2030": the world's need, as context
        # (a goal's bracketed amount, or its part split by condition: "by 50% …, 15% through domestic resources")
        goal_part = prev is not None and prev[1] == "target" and (
            bracketed_amount(text, prev[0], q) or condition_part(text, q.end, end)
        )
        if not table_kind and not goal_part and (
            clauses.is_reference_projection(text, start, end, c_start, c_end, q.start, q.end, q.group)
            or restates_projection(text, start, end, carry.projection_end)
        ):
            projected = i == len(quantities) - 1  # ("This will be equal to 9.1 t per capita": the same projection)
            continue  # a BAU or projected level is neither a target nor an actual (a cut's bracketed amount is one)
        recalled = False
        if not table_kind and q.group != "from" and under_counterfactual(text, start, end, q.start):
            # "Without adaptation measures, 10% of the delta will be at risk": what inaction would bring, but for
            # a record the sentence recalls ("… against its sink of -63,072 Gg in 2010")
            if not (recalled := recalled_record(text, q.end, end, ctx.ref_year)):
                continue
        recorded = recalled or recorded_start(ctx, q)
        listed = prev is not None and in_list(text, prev[0], q)  # "by 31%, 36% and 39%": members, not clauses
        if recorded:
            kind = "actual"
        elif table_kind:
            kind = table_kind
        elif listed:
            kind = prev[1]  # a list member takes the kind of the one before it: its own clause is not read
        elif part := part_kind(text, quantities, i, kinds_read, end):
            kind = part  # "avoid 6,900 kt in 2030, of which 1,979 kt in energy": a goal's parts are goals
        elif (
            (member := coordinated_member(text, quantities, i)) is not None
            and member in kinds_read
            and names_condition_only(text, cues(text, c_start, c_end))
        ):
            kind = kinds_read[member]  # "4,858 Gg (…) of the unconditional and 2,643 Gg of the conditional scenario"
        elif prev is not None and (restated := restates(text, quantities[i - 1], q)):
            # "achieved 2.5 Mt, which corresponds to a 7% reduction", "5.9 Mt against a BAU of 6.5 Mt, representing
            # a 10% cut": one fact in other terms, of the kind of the last value read (not of a projection skipped)
            kind = prev[1]
        else:
            kind = kind_of(ctx, start, end, c_start, c_end, q, years, carry)
        if kind == "actual" and q.group == "to" and prev is not None and _NOW_NAMED_RE.match(text, prev[0].end):
            kind = "target"  # "from about 270 km today to 360 km in the early 2030s": a change from now on, a goal
        if listed and qualifier == "=" and prev[2] == "~":
            qualifier = "~"  # "around 24% and 5%": the qualifier is written once for the list
        start_only = kind == "target" and not table_kind and q.group == "from" and q.year is None
        if start_only and not clauses.emitted_start(text, start, end, q.unit):
            if _NOW_NAMED_RE.match(text, q.end) and ctx.ref_year is not None:
                # "from around 10% at present to 30% in 2030": a record of the present, dated as if its year were
                # written after it (the year of the goal's end must not reach it)
                kind, q.year = "actual", ctx.ref_year
            elif years.span and ctx.ref_year is not None and years.span[0] <= ctx.ref_year < years.span[1]:
                # "During the period 2012-2030, renewables will evolve from around 4% to almost 38%": the start of
                # the change is the record of the period's first year
                kind, q.year = "actual", years.span[0]
            elif not recorded and not _PLAN_SUBJECT_RE.search(text, start, q.start):
                continue  # "cut grid losses from 14% to 9% by 2030": today's level, with no year to date it
                # (emissions changed "from 62 Mt to 84 Mt" are mostly an earlier plan's, kept: ``emitted_start``)
        upper_bound = prev is not None and is_upper_bound(text, prev[0], q)  # the partner read and kept
        if (
            not table_kind
            and kind == "target"
            and not upper_bound
            and (carry.projection or carry.list_projection or carry.paragraph_projection)
            and not clauses.is_change(text, c_start, q.start, q.end, c_end)
            and not clauses.names_plan_scenario(text, start, end)  # "In the conditional scenario, … 70 Mt in 2035"
            and not long_past_level(text, q, None, ctx.ref_year)  # ("… its sink of 203 Mt in year 2000 …": a record)
        ):
            continue  # a future level under "BAU scenario" or after "Projections for 2030:" is modelled, not pledged
        if (
            not table_kind
            and kind == "actual"
            and not upper_bound
            and carry.projection
            and not dated_before_now(years, ctx.ref_year, strictly=clauses.verbless(text[start:end]))
            and not clauses.is_change(text, c_start, q.start, q.end, c_end)
            and not clauses.names_plan_scenario(text, start, end)
        ):
            continue  # "BAU projections" / "Energy, 26,620 Gg": an undated level under a projection heading is modelled
        level_refs = (
            [b for b in years.bases if c_start <= b.start < c_end]
            or named_base_year(text, years, q.start)
            or relative_level_base(text, years, q.start)
            if q.unit not in ("%", "times", "x")
            and not restated  # ("24% below 2005, at a level of 312 kt": the change's level, not the base year's)
            and not clauses.is_change(text, c_start, q.start, q.end, c_end)
            else []
        )
        if years.bases and not table_kind and not restated and q.unit not in ("%", "times", "x"):
            if (labelled := labelled_base_level(text, q, years.bases)) is not None:
                level_refs, kind = [labelled], "actual"  # "targets built upon a 24 Mt baseline (year 2000)": a record
        # a record takes the period of its own clause, of two or more (a goal's period is the first: "This goal, for
        # 2026-2030, sets the loss at 50% of the average for 2000-2015")
        own = with_own_span(years, text, start, end, q.num.start) if kind != "target" else years
        year = year_for(q, own, carry, kind, ctx, table_year, sent, from_years, level_refs)
        if kind != "target" and not table_kind and present_alone(q, own, sent, ctx, year, carry.present_end, start):
            carry.present_end, carry.last_kind = end, (end, "actual", None)  # a record, of no year
            continue  # "Currently, 30% of the territory is protected": the present of no year the text names
        if year is None and not table_kind:
            year = restated_year(text, start, carry.last_kind)  # "… 167 kt in 2023. This corresponds to 4.18 t …"
        if year is None and kind != "target" and not table_kind and years.bases:
            year = dated_before(ctx.observations, q.value, q.unit, {y.year for y in years.bases})
        if year is None and kind != "target":  # (a goal's year is its deadline, or the document's)
            year = record_year(ctx, carry, q, years, (start, end), (c_start, c_end), bool(table_kind))
            if year is None:
                continue  # "over 60% of the hydropower comes from the Tana": present tense, no determinable year
        compared = None
        if not table_year and i >= 2:
            levels = quantities[i - 2], quantities[i - 1]  # a change names the two levels of one measure before it
            same = levels[0].unit == levels[1].unit and q.unit in ("%", levels[1].unit)
            if (restated and q.unit == "%") or (same and names_change(text, levels[1].end, q.start)):
                # "6.4 Mt in 2024 compared to 6.3 Mt in 2023, representing 2.4%", "…, an increase of 0.1 Mt"
                compared = compared_years(read_years, i)
            elif in_brackets_after(text, quantities[i - 1].end, q.start):
                compared = compared_at.get(i - 1)  # "an increase of 172 ktoe (8.7%)": the same change
        if compared:
            year, base_year_of_change = compared
            compared_at[i] = compared
        else:
            base_year_of_change = None
        if (inherited := inherited_year(text, quantities, i, read_years, (c_start, c_end))) is not None:
            year = inherited  # a share of a dated amount, or a part of one ("…, of which 275 million (15%)"): its year
        read_years[i] = year
        if kind == "target" and not table_kind and year is not None and ctx.ref_year is not None:
            if (
                year <= ctx.ref_year
                and years.mentions
                and clauses.is_from_side(text, q.start, q.group)
                and not revised_goal_start(text, q)
            ) or long_past_level(text, q, year, ctx.ref_year):
                kind = "actual"  # "from 86% and 68% respectively in 2015 to 100% by 2030": the recorded start
                # (a sentence that names no year dates no start: "from 14 Mt in the first NDC to 19 Mt")
        clause = None if table_kind else (c_start, c_end)
        if kind == "actual" and not recorded and dated_future(text, q, year, years, ctx.timeline, clause):
            kind = "target"
        elif kind == "actual" and not recorded and q.group == "to" and after_present(year, ctx.ref_year):
            kind = "target"  # "from 12% in 2019 to 60%" under "By 2035:": the start is a record, the end a goal
        elif (
            kind == "actual"
            and not recorded
            and after_present(year, ctx.ref_year)
            and a_deadline(year, years)
            and not reports_done(text, start, end)
        ):
            kind = "target"  # "By 2030 a 55% cut, currently estimated to be around 103 kt": no record of 2030 yet
        elif (
            kind == "actual"
            and not recorded
            and after_present(year, ctx.ref_year)
            and not any(y.year == year for y in years.mentions)
        ):
            # a level dated by the goal its list or section aims at has no record of that year yet: it states what
            # is to be reached ("• Livestock productivity increased by 35%;" under "By 2033, the following will be in
            # place:"); a state in the present ("Agriculture accounts for 31% of emissions") or a fact in the past
            # ("emissions were …") is of the document's data instead
            past = any(
                k == "actual" and strong and not text[s:e].lower().startswith(("has", "have"))
                for s, e, k, strong in cues(text, c_start, c_end)
            )  # (a perfect under a deadline is a future perfect: "By 2030: 90% of plans have integrated …")
            if not past and not _PRESENT_VERB_RE.search(text, c_start, q.start):
                kind = "target"  # ("ensuring that 100% of municipalities …", "Forest coverage increases to 45%")
            elif ctx.default_year is None:
                continue  # no year but one still to come: none determinable
            else:
                year = ctx.default_year
        if kind == "target" and long_term_only(text, q, start, end, years):
            continue  # "the vision to reduce per capita emissions to 1 - 1.5 t in the longer term": no year says when
        if kind == "target" and q.unit == "°C":
            continue  # "in line with 1.5°C", "warming of 2.5°C by 2100": the world's limit or a model's warming, no
            # country's goal (a recorded temperature stays)
        base = (
            base_year
            if base_year is not None
            else base_year_of_change or base_year_for(text, q, start, end, own, year, quantities, (c_start, c_end))
        )
        if base is None and prev is not None and prev[3] is not None and kind == prev[1] and parallel(text, prev[0], q):
            base = prev[3]  # "increased by 8% in LULUCF, 111% for energy … between 2000 and 2022": one reference
        if base is not None and year is not None and base >= year:
            base = None  # "42% by 2030, moved forward from 2035": a year after the value's is no base it is compared to
        baseline, base = clauses.baseline_for(text, start, end, c_start, c_end, q.start, q.end, base)
        prev = (q, kind, qualifier, base)
        kinds_read[i] = kind
        if not baseline and q.group == "to" and prev_bau and q.unit == "%":
            baseline = "bau"  # "relative to the BAU scenario from 15% to 20%": the end shares its start's yardstick
        prev_bau = baseline == "bau" and q.group == "from"
        if baseline == "bau":
            said_baseline = (baseline, base)
        elif not baseline and kind == "target" and carry.paragraph_baseline and clauses.is_change(
            text, c_start, q.start, q.end, c_end
        ):  # (not over a base year of its own: "… 44% below BAU. This is 23% compared with the base year, 2008.")
            baseline, base = carry.paragraph_baseline  # "… 9% compared to BAU. This can be raised to 27% with support"
        elif not baseline and kind == "target" and ctx.bau_targets and q.unit == "%" and base is None:
            baseline = "bau" if cut_from_declared_bau(text, (start, end), (c_start, c_end), q.start, q.end) else ""
        condition = (
            clauses.condition_for(
                text, start, end, q.start, q.end,
                row_condition(text, q_start, q_end)
                or carry.paragraph_condition
                or carry.table_condition
                or carry.section_condition,
            )
            if kind == "target"
            else ""
        )
        for region in region_for(ctx, text, q, start, end, regions, carry, (c_start, c_end)):
            obs = Observation(
                doc=ctx.doc.doc, value=q.value, unit=q.unit, value_raw=text[q.start : q.end], quote=quote_text,
                char_start=q.start, char_end=q.end, kind=kind, year=year, base_year=base, qualifier=qualifier,
                region=region, page=ctx.doc.page_at(q.start), baseline=baseline, condition=condition,
            )  # fmt: skip
            rel = q.start - ctx_start
            obs.indicator = ctx.catalogue.classify(ctx_text, rel, rel + (q.end - q.start), q.unit, region)
            if obs.unit == "million" and not in_millions(ctx.catalogue, obs.indicator):
                obs.unit, obs.value = "count", q.value * MILLION  # "2 million trees": 2,000,000 of them
            # (a table cell's coverage is read from its row's start: "% of Emissions Covered\t100%")
            aside = context_only(text, start, q, obs.indicator, ctx.country, bool(table_year), q_start, kind)
            if aside or filed_off_the_economy(ctx.catalogue, obs.indicator, text, start, q.start, q.end) or (
                not obs.indicator and prose_count(q)  # "five national parks": no indicator counts them (``counts``)
            ):
                continue  # a goal's coverage, the world's numbers (``asides``), the economy's growth (``economy``)
            # a table cell is read with its row label (the quote): "GDP growth (%/year)  4-5 %" is the country profile
            window = (q_start, q_end, q_end) if table_year else (start, end, c_end)
            if not obs.indicator and scope.country_profile(
                text, q, quantities[i - 1] if i else None, window, (start, end), (c_start, c_end),
                carry.impact_section and kind == "target" and not table_kind,
            ):  # fmt: skip
                continue  # the country profile (GDP, population, losses) or an impact, not a climate plan
            ctx.add(obs)
            if q.also_years and year == q.year:  # "by 2025 and 2030 … 398 Mt": the same goal for each deadline
                shared.extend(replace(obs, year=also) for also in q.also_years)
    for obs in sorted(shared, key=lambda o: o.year or 0):  # stable: a range's bounds stay side by side
        ctx.add(obs)
    share_range_context(ctx.observations[first_obs:], text)
    if not table_kind:  # "… cut 18% by 2030. This could increase to 31% with support": the 18%'s unconditional
        read_raises(ctx.observations, first_obs, text, start, carry.last_values)
        carry.last_values = (first_obs, len(ctx.observations))
        carry_paragraph_year(ctx, carry, years, start, end)
    carry.projection_end = end if projected else -1
    if said_baseline:
        carry.paragraph_baseline = said_baseline  # the yardstick the paragraph's later changes are measured against
    if due is not None and saved_target is None:
        carry.target_year = None  # the named goal's deadline dated this sentence's values only
    carry_framing_years(carry, years, ctx.ref_year)
    read = () if table_kind else tuple(sorted(o.char_start for o in ctx.observations[first_obs:]))
    _carry_on(ctx, start, end, carry, table_kind, read)  # (the values read: "the 15% target" names no value)


def _carry_on(
    ctx: DocContext, start: int, end: int, carry: Carry, table_kind: str | None, values: tuple[int, ...] = ()
) -> None:
    """What every sentence carries to the next ones: the kind of its last value, the condition it states."""
    if ctx.observations and ctx.observations[-1].char_start >= start and not table_kind:
        last = ctx.observations[-1]
        carry.last_kind = (end, last.kind, last.year)  # what a "This corresponds to ..." after it restates
    # "With domestic resources, … In particular, energy will cut 51 Mt": read if a later target asks
    carry.offer_condition(partial(clauses.sentence_condition, ctx.doc.text, start, end, values))


__all__ = ["LazyEvidence", "in_list", "kind_of", "parallel", "read_sentence", "recorded_start", "region_for",
           "restates", "sentence_regions"]  # fmt: skip
