"""Reading one sentence (or table cell): kind, region, peak years, and the observations it yields."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from . import clauses
from . import context as cx
from .quantities import Quantity, find_quantities
from .state import Carry, DocContext
from .years import _PEAK_RE, FRAME_CHARS, SentenceYears, base_year_for, clause_bounds, sentence_years, year_for

if TYPE_CHECKING:
    pass
from .model import Observation
from .numbers import Number, may_hold_number


def kind_of(
    ctx: DocContext, start: int, end: int, c_start: int, c_end: int, q: Quantity, years: SentenceYears, carry: Carry
) -> str:
    """Target or actual, read from the number's clause first (see ``clauses.kind_for``).

    A year of the number's own clause dates it: after the document's present it is a deadline, else an observation.
    The section's kind (a heading about goals or actions, a list introduced by "by 2030") is the last resort.
    """
    ref = ctx.ref_year
    if recorded_start(ctx, q):
        return "actual"
    own_future = q.year is not None and ref is not None and q.year > ref
    own_past = q.year is not None and ref is not None and q.year <= ref
    ev = clauses.KindEvidence(
        future_in_clause=own_future or any(c_start <= y.start < c_end for y in years.target),
        past_in_clause=own_past or any(c_start <= y.start < c_end for y in years.obs),
        future_year=bool(years.target) or own_future or bool(years.span and ref is not None and years.span[1] > ref),
        against_reference=clauses.against_reference(ctx.doc.text, start, end, c_start, c_end, q.start, q.end),
        fallback_target=carry.section_kind == "target"
        or (carry.list_year is not None and ref is not None and carry.list_year > ref),  # items of "By 2030, …:"
    )
    dated = tuple(sorted([(y.start, "actual") for y in years.obs] + [(y.start, "target") for y in years.target]))
    return clauses.kind_for(ctx.doc.text, start, end, c_start, c_end, q.start, q.end, ev, dated)


def recorded_start(ctx: DocContext, q: Quantity) -> bool:
    """The start of a from-to with its own past year is a recorded level ("from 22% (2014) to 30%"), also in a
    table of targets."""
    if not clauses.is_from_side(ctx.doc.text, q.start, q.group):
        return False
    if clauses.bracket_year(ctx.doc.text, q.end) is not None:
        return True  # "from 22% (2014) to 30%": a bracketed year dates the starting point, a record
    ref = ctx.ref_year
    return q.year is not None and (ref is None or q.year <= ref)


_CHINA_HYPHEN_GAP_RE = re.compile(r"\s*(?:China|Chinese)-")
_PLACE_AFTER_GAP_RE = cx.guarded("fiot", r"\b(?:of|in|for|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_IN_BEFORE_RE = re.compile(r"\b[Ii]n\s+(?:the\s+)?$")
_PLACE_LINK_RE = re.compile(r"\s*(?:,|and|, and)\s*(?:the\s+)?")
_PLACES_NOUN_AFTER_RE = re.compile(r"\s+(?:provinces|states|cities|countries|regions)\b")


def region_for(
    ctx: DocContext,
    text: str,
    q: Quantity,
    sent_start: int,
    sent_end: int,
    regions: list[cx.RegionMention],
    carry: Carry,
) -> list[str]:
    """Regions of a quantity, most specific evidence first.

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
    c_start, c_end = clause_bounds(text, sent_start, sent_end, q.num.start)
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
    sent = text[start:end]
    quantities = find_quantities(text, start, end, table_unit, ctx.country)
    years = sentence_years(text, start, end, ctx.ref_year)
    peak = _PEAK_RE.search(text, start, end)
    regions = cx.find_regions(text, start, end) if quantities or peak else []
    from_years = {q.year for q in quantities if q.group == "from" and q.year}
    if peak:
        peak_years(ctx, start, end, carry, regions, q_start, q_end)
    for q in quantities:
        c_start, c_end = clause_bounds(text, start, end, q.num.start)
        qualifier = q.qualifier or cx.qualifier_after(text, q.end) or cx.qualifier_before(text, q.start, c_start)
        carry.condition_from_heading = False  # a value was read under the heading: it is no column header
        if not table_kind and clauses.is_reference_projection(
            text, start, end, c_start, c_end, q.start, q.end, q.group
        ):
            continue  # a business-as-usual or projected level is neither a target nor an actual
        recorded = recorded_start(ctx, q)
        kind = "actual" if recorded else table_kind or kind_of(ctx, start, end, c_start, c_end, q, years, carry)
        year = year_for(q, years, carry, kind, ctx, table_year, sent, from_years)
        base = base_year if base_year is not None else base_year_for(text, q, start, end, years, year, quantities)
        baseline, base = clauses.baseline_for(text, start, end, c_start, c_end, q.start, q.end, base)
        condition = (
            clauses.condition_for(text, start, end, q.start, q.end, carry.section_condition) if kind == "target" else ""
        )
        for region in region_for(ctx, text, q, start, end, regions, carry):
            obs = Observation(
                doc=ctx.doc.doc,
                value=q.value,
                unit=q.unit,
                value_raw=text[q.start : q.end],
                quote=text[q_start:q_end].replace("\n", " "),
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
            # a table cell is classified with its row label: the quote span holds both
            ctx_start, ctx_end = min(start, q_start), max(end, q_end)
            rel = q.start - ctx_start
            obs.indicator = ctx.catalogue.classify(
                text[ctx_start:ctx_end], rel, rel + (q.end - q.start), q.unit, region
            )
            ctx.add(obs)
    # carry the sentence's framing years to the next sentences of the paragraph
    if years.frame_obs:
        carry.obs_year = years.frame_obs
    future = [y.year for y in years.target] + (
        [years.span[1]] if years.span and years.span[1] > (ctx.ref_year or 0) else []
    )
    if future:
        carry.target_year = future[0]


_PEAK_YEAR_RE = cx.guarded(
    "abinp",
    r"(?P<q>\bbefore|\bby|\bno\s+later\s+than|\bin|\bprior\s+to|\bafter)\s+(?:the\s+end\s+of\s+)?(?P<y>(?:20|21)\d\d)\b"
    r"|In\s+(?P<y2>(?:20|21)\d\d)\b",
    re.IGNORECASE,
)


_REACH_PEAK_RE = re.compile(r"\b(?:reach|achieve)\w*\s+(?:the|its|a)\s+peak", re.I)
#: A peak in the past: "peaked", "after peaking in 2014", "reached its peak in 2013" (not "reach a peak by 2030").
_PEAKED_RE = re.compile(
    r"\bpeaked\b|\b(?:after|since|having|following)\s+(?:\w+\s+)?peaking\b|\breached\s+(?:the|its|a)\s+peak\b", re.I
)
_SPACES_RE = re.compile(r"\s+")


def peak_years(
    ctx: DocContext, start: int, end: int, carry: Carry, regions: list[cx.RegionMention], q_start: int, q_end: int
) -> None:
    """'peak carbon emissions before 2030' -> carbon_peak_year 2030 '<'; 'carbon neutrality by 2060' -> 2060 '<='."""
    text = ctx.doc.text
    for kw in _PEAK_RE.finditer(text, start, end):
        c_start, c_end = clause_bounds(text, start, end, kw.start())
        best = None
        for m in _PEAK_YEAR_RE.finditer(text, c_start, c_end):
            dist = abs(m.start() - kw.end()) if m.start() >= kw.end() else abs(kw.start() - m.end())
            if dist <= 60 and (best is None or dist < best[0]):
                best = (dist, m)
        if best is None:
            # "In 2025, the total carbon emissions will reach the peak": the year opens the sentence
            m = _PEAK_YEAR_RE.match(text, start, end)
            if m and _REACH_PEAK_RE.search(text[start:end]):
                best = (0, m)
        if best is None:
            continue
        m = best[1]
        ystart = m.start("y") if m.group("y") else m.start("y2")
        year = int(text[ystart : ystart + 4])
        word = (m.group("q") or "in").lower()
        qualifier = {"before": "<", "prior to": "<", "by": "<=", "no later than": "<=", "after": ">"}.get(
            _SPACES_RE.sub(" ", word), "="
        )
        if ystart in ctx.year_starts:
            continue
        past = _PEAKED_RE.search(text[start:end])
        kind = "actual" if past else "target"
        region = region_for(
            ctx,
            text,
            Quantity(Number(ystart, ystart + 4, Decimal(year), "digits"), Decimal(year), "year", ystart + 4),
            start,
            end,
            regions,
            carry,
        )[0]
        obs = Observation(
            doc=ctx.doc.doc,
            value=Decimal(year),
            unit="year",
            value_raw=text[ystart : ystart + 4],
            quote=text[q_start:q_end].replace("\n", " "),
            char_start=ystart,
            char_end=ystart + 4,
            kind=kind,
            year=year,
            qualifier=qualifier,
            region=region,
            page=ctx.doc.page_at(ystart),
        )
        ctx_start, ctx_end = min(start, q_start), max(end, q_end)
        rel = ystart - ctx_start
        obs.indicator = ctx.catalogue.classify(text[ctx_start:ctx_end], rel, rel + 4, "year", region)
        ctx.add(obs)
