"""Which year a quantity takes, and its base year: its own, its from-to side, the nearest fitting year of its
sentence, or one carried from the paragraph, list or table; a goal with none takes the document's deadline, a fact
with none has no determinable year. The sentence's years themselves are read by ``years``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import context as cx
from . import rx
from .baseyearof import dated_apart, own_since, since_year
from .clauseforms import conceded_before
from .clauses import concession_end
from .horizon import horizon_after, plan_subject, relative_horizon
from .namedgoal import restated_goal_year
from .presentof import dates_by_present, present_of, present_only
from .quantities import Quantity
from .recordyear import measured_from, plans_ahead, standing_of_new_subject
from .shares import emission_share_record
from .state import Carry, DocContext
from .years import FRAME_CHARS, SentenceYears, clause_bounds, enumeration_end, period_after

#: "from the current 20% to more than 30%", "today's 41 MW": the number is named as the present level
#: the present level named before the value: "from the current 20%", "from the current baseline of 7.7%", "from
#: current levels of 18%"
CURRENT_BEFORE_RE = rx.compile(
    r"\b(?:the\s+)?(?:current(?:ly)?|present|today'?s|existing)\s+"
    r"(?:(?:baseline|levels?|values?|rates?|shares?|status)\s+(?:of\s+)?)?$"
    # "a current extent of 30 ha", "the present coverage of 12%": the thing's size now (not the verb in "forests
    # currently cover 70%")
    r"|\b(?:current|present|existing)\s+(?:extent|coverage|cover|area|size|stock)\s+of\s+$",
    re.IGNORECASE,
)

#: the present level of a thing named before the bracket the value is in: "our existing high proportion of renewable
#: electricity generation (80 to 85 per cent)"
_CURRENT_NOUN_BRACKET_RE = rx.compile(
    r"\b(?:current|present|today'?s|existing)\s+(?:[\w-]+\s+){0,6}?[\w-]+\s*\(\s*(?:[\d.,]+\s*(?:to|-|–)\s*)?$",
    re.IGNORECASE,
)

#: "… was estimated at 208 kt and this is expected to rise to 661 kt": a report, then a look ahead
_REPORTED_RE = rx.compile(r"\b(?:was|were|stood|amounted|reached|totall?ed|recorded)\b", re.I)
_LOOKS_AHEAD_RE = rx.compile(
    r"\b(?:(?:is|are)\s+(?:expected|projected|anticipated|forecast|set|planned|estimated)\s+to|will|would)\b", re.I
)


def _reported_then_looks_ahead(sent: str, y: cx.YearMention, q: Quantity, offset: int, ref_year: int | None) -> bool:
    """Whether a past year before a goal dates only the report before it: "In 2018, the sink was estimated at
    208 kt and this is expected to rise to 661 kt" (the rise is due when the plan's goals are, not in 2018)."""
    if ref_year is None or y.year >= ref_year or y.start >= q.start:
        return False
    before = sent[: q.start - offset]
    reported = _REPORTED_RE.search(before)
    return bool(reported and _LOOKS_AHEAD_RE.search(before, max(reported.end(), y.end - offset)))


#: "emissions in the base year", "for the reference year": the year named elsewhere (no year follows the phrase).
_OF_THE_BASE_YEAR_RE = rx.compile(
    r"\b(?:in|for|of)\s+(?:the\s+)?(?:base|reference)[\s-]+year\b(?!\s*(?:\(|:|of|is|was)?\s*(?:FY\s*)?(?:19|20)\d\d)"
    # "Base year emissions were 498 Mt", "Current base year estimate: 817.1 MtCO2e"
    r"|\b(?:base|reference)[\s-]+year\s+(?:[\w-]+\s+){0,2}?(?:estimat(?:es?|ions?)|emissions?(?:\s+estimat(?:es?|ions?))?|levels?|values?|totals?)\b",
    re.IGNORECASE,
)
_BASE_YEAR_AFTER_RE = rx.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:in|for)\s+the\s+(?:base|reference)[\s-]+year\b(?!\s*\(?\s*(?:19|20)\d\d)", re.I
)
#: "The base year emissions according to the first BUR were estimated at 90.53 Mt": a source between them
_ESTIMATED_AT_RE = rx.compile(
    r"[^\d;.]{0,60}?\b(?:was|were|is|are)\s+(?:estimated|put|calculated|reported)\s+(?:at|to\s+be)\s+"
    r"(?:(?:about|around|approximately|some)\s+)?",
    re.IGNORECASE,
)
_ASIDE_RE = rx.compile(r"\([^()]*\)")  # a bracketed aside: "(NDC 3.0)", "(with LULUCF)"
#: What may stand between the phrase and the level it dates: a colon, a verb of amount, an approximation.
_TO_LEVEL_RE = rx.compile(
    r"\s*(?::|,)?\s*(?:(?:(?:was|were|is|are)(?:\s+(?:put|estimated|calculated|revised|set))?(?:\s+(?:at|to))?"
    r"|amount(?:s|ed)\s+to|total(?:l?ed|s)|stood\s+at|reached|of)\s+)?"
    r"(?:(?:about|around|approximately|some)\s+)?",
    re.IGNORECASE,
)
_BASE_YEAR_REACH = 130  # characters from the phrase to the value it dates
#: a sentence that opens in the base year, named without its year: "In the base year, …", "For the reference year, …"
_BASE_YEAR_OPENER_RE = rx.compile(r"\s*(?:In|For)\s+the\s+(?:base|reference)[\s-]+year\s*,", re.IGNORECASE)


#: A label line over a value line that names the base year's level without a year: "Estimated emissions in base
#: year" over "10,572 thousand metric tons of CO2e", "Base year emissions" over "About 52.0 Mt"
_BASE_LEVEL_LABEL_LINE_RE = rx.compile(
    r"(?:(?:estimated|total|national|net|gross)\s+)*(?:(?:GHG|greenhouse\s+gas)\s+)?emissions?\s+(?:in|of|for)\s+"
    r"(?:the\s+)?(?:base|reference)[\s-]+year|(?:base|reference)[\s-]+year\s+(?:GHG\s+)?emissions?(?:\s+level)?",
    re.IGNORECASE,
)
_VALUE_LINE_LEAD = 12  # "About ", "Approximately ": what may stand before the value on its line
_LABEL_LINE_CHARS = 60


def labelled_above(text: str, q_start: int) -> bool:
    """Whether the value at ``q_start`` opens its line and the line above it (blank lines skipped) is a label naming
    the base year's level (``_BASE_LEVEL_LABEL_LINE_RE``): the up-front table of an NDC, flattened one cell a line."""
    line_start = text.rfind("\n", max(0, q_start - _VALUE_LINE_LEAD - 1), q_start) + 1
    if not line_start:
        return False  # (the value does not open its line, or opens the text)
    end = line_start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1  # the blank lines between the label and the value (a few characters: no copy of the text)
    label = text[text.rfind("\n", max(0, end - _LABEL_LINE_CHARS), end) + 1 : end].strip().rstrip(":")
    return len(label) <= _LABEL_LINE_CHARS and bool(_BASE_LEVEL_LABEL_LINE_RE.fullmatch(label))


def _of_the_base_year(sent: str, q_start: int, q_end: int) -> bool:
    """Whether the value at ``sent[q_start:q_end]`` is the level of the base year a phrase names without a year:
    the phrase close before it, with nothing but an aside between ("Net GHG emissions in the reference year (NDC
    3.0): 43.8 Mt"), or right after it ("43.8 Mt in the base year")."""
    if "year" not in sent and "Year" not in sent and "YEAR" not in sent:
        return False  # (the cheap test first: this runs for every value)
    if (opener := _BASE_YEAR_OPENER_RE.match(sent)) and not cx.YEAR_RE.search(sent, opener.end(), q_start):
        return True  # "In the base year, net removals in the sector were 10.1 Mt": the frame dates what no year does
    before = list(_OF_THE_BASE_YEAR_RE.finditer(sent, max(0, q_start - _BASE_YEAR_REACH), q_start))
    if before:
        between = _ASIDE_RE.sub("", sent[before[-1].end() : q_start])
        if _TO_LEVEL_RE.fullmatch(between) or _ESTIMATED_AT_RE.fullmatch(between):
            return True
    return bool(_BASE_YEAR_AFTER_RE.match(sent, q_end, min(len(sent), q_end + 60)))


_SPAN_OR_REFERENCE = ("span_start", "span_end", "base", "bau")  # a sentence dated only by a period and references
#: a period the goal is due in ("in the period 2008-2012", "over 2013-2020"), not one it is measured from ("the
#: average consumption from 2020 to 2022")
_PERIOD_OF_GOAL_RE = rx.compile(
    r"\b(?:in|over|during|for|throughout)\s+(?:the\s+)?(?:(?:commitment|accounting|implementation)\s+)?"
    r"(?:period\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)


def _period_of_the_goal(sent: str, years: SentenceYears) -> bool:
    first = next(y for y in years.mentions if y.role == "span_start")
    at = first.start - years.start
    return bool(_PERIOD_OF_GOAL_RE.search(sent, max(0, at - 40), at))


def _ahead(year: int | None, ref: int | None) -> bool:
    """Whether a carried year may be a goal's deadline: after the document's present (any year, when unknown)."""
    return ref is None or (year is not None and year > ref)


#: what follows a year that opens a labelled part of a sentence: "2017 NDC2: 189.2 Mt" (not "… in 2024: Target 2035: …")
_OPENS_LABEL_RE = rx.compile(r"[ \t]*(?:[A-Z][\w.-]*[ \t]*){1,3}:(?!\d)")
#: the sentence's period named again after the value: "… each year during this period", "over the same period"
_THIS_PERIOD_AFTER_RE = rx.compile(
    r"[^.;:\d]{0,40}?\b(?:during|over|in|for|within|throughout)\s+(?:this|that|the\s+same|the\s+said|such\s+a)"
    r"\s+period\b",
    re.IGNORECASE,
)
_SPAN_REACH = 40  # characters from a period's end year to the value it dates ("between 2005 and 2015 were 41 Mt")
_SPAN_BREAK_RE = rx.compile(r"[;:()]|\d")  # another clause or number between them


def year_for(
    q: Quantity,
    years: SentenceYears,
    carry: Carry,
    kind: str,
    ctx: DocContext,
    table_year: int | None,
    sent: str,
    from_years: set[int],
    level_refs: list[cx.YearMention] | None = None,
) -> int | None:
    """Year of a quantity: its own, its from-to side, the nearest fitting year of the sentence, or carried; None
    for a fact that nothing but the document dates (a target takes the document's deadline or data year).

    ``level_refs`` are the reference years of the quantity's own clause when it is an absolute level (not a
    change): a level is observed in the year its clause calls the reference ("emission levels in 2005 were
    2.5 Gt", "the 2024 net emissions level of 651 Mt", "the 2022 base year of 113 Mt"). A change "since
    2008" is a change up to the document's present.
    """
    if table_year:
        return q.year or table_year  # "Expansion of solar: 300 MW in 2025" under a 2030 column: its own year first
    now = ctx.ref_year
    current = kind == "actual" and now and (q.year or now + 1) > now
    text = ctx.doc.text
    if current and (
        CURRENT_BEFORE_RE.search(text, max(0, q.start - 40), q.start)
        or _CURRENT_NOUN_BRACKET_RE.search(text, max(0, q.start - 90), q.start)
    ):
        # "from the current 20%", "the existing 12 plants will close by 2030": the document's present, which a plan
        # that does not date its data leaves a reader no year to check (``recordyear.plans_ahead``)
        return None if plans_ahead(ctx) else now
    if q.year and kind == "target" and now and q.year <= now < (carry.list_year or 0) and _level_of_a_past_year(years):
        # "Increase the area of native forest by 5% in 2012" under "2030 Mitigation Targets": a goal's own past year
        # is the level it keeps or changes; the deadline its list or column names dates it
        return carry.list_year
    if q.year:
        return q.year
    if kind == "actual" and (comma := concession_end(text, years.start, years.start + len(sent), q.start, q.end)):
        # "Although its share of global emissions is about 0.4%, … cut 50% by 2035": the main clause's deadlines are
        # not the concession's (its own years, and the sentence's dates of record, still are)
        years = replace(years, target=[y for y in years.target if y.start < comma])
    if ctx.timeline.base_year and (
        _of_the_base_year(sent, q.start - years.start, q.end - years.start) or labelled_above(ctx.doc.text, q.start)
    ):
        return ctx.timeline.base_year  # "Net emissions in the reference year: 43 Mt": the year the plan measures from
    if (end := period_after(ctx.doc.text, q.end, kind == "target", ctx.ref_year)) is not None:
        return end  # "65 Mt (2021-2030)", "76.5 Mt in the period from 2020 to 2030": a sum reached at its end
    if years.span and _THIS_PERIOD_AFTER_RE.match(text, q.end, q.end + 60):
        # "from 2014 to 2021, … expected to abate 1.2 Mt each year during this period": the last period named before
        ends = [y.year for y in years.mentions if y.role == "span_end" and y.start < q.start]
        return ends[-1] if ends else years.span[1]
    if years.span and q.group == "from":
        return years.span[0]
    if years.span and q.group == "to":
        return years.span[1]
    exclude = from_years if q.group == "to" else set()
    if kind == "target":
        if (own := horizon_after(sent, q.end - years.start, ctx.ref_year, ctx.timeline.target_year)) is not None:
            return own  # "… by 2035 Plant three million trees over the next five years": the value's own horizon
        found = years.nearest(_outside_asides(years, sent, q), q.start, exclude) or years.nearest(
            years.bau, q.start, exclude
        )
        if found:
            return found  # a cut "below the 2035 BAU" with no deadline of its own is due in the projection's year
        if years.span and years.span[1] > (ctx.ref_year or 0):
            return years.span[1]
        if (kyoto := cx.kyoto_period_end(sent)) is not None:
            return kyoto  # "a reduction commitment of 8% … within the first period of the Kyoto Protocol": 2012
        if years.span and _opens_with_span(years):
            return years.span[1]  # "For the period 2015-2020, it planned a cut of 5 Mt": a past goal, not the next one
        only_period = years.span and all(y.role in _SPAN_OR_REFERENCE for y in years.mentions)
        if only_period and _period_of_the_goal(sent, years):
            return years.span[1]  # "to 94% of base year (1990) emissions in the period 2008-2012": that period's goal
        ref = ctx.ref_year
        conceded = conceded_before(text, years.start, q.start) or -1  # (its years are its own fact's)
        reported = [
            y
            for y in years.obs
            if y.role not in ("name", "issued")
            and not _reported_then_looks_ahead(sent, y, q, years.start, ref)
            and not y.start < conceded
        ]
        # (a past year a data line above named dates the record lines under it, not a goal: "48.6% of emissions
        # (2019)" over "Reduce by 36% the intensity …" under "Mitigation targets for 2030")
        listed = carry.list_year if carry.list_intro or ref is None or (carry.list_year or 0) > ref else None
        if (horizon := relative_horizon(sent, ref, ctx.timeline.target_year)) is not None:
            return horizon  # its own horizon beats the year its paragraph or list carries
        if ctx.timeline.target_year and plan_subject(sent):
            return ctx.timeline.target_year  # so does the plan's own deadline, for a goal stated of the plan
        return (
            carry.target_year
            or listed
            # a report's year ("below BAU … (BUR2 2020)") dates what it reports, not when a goal is due
            or years.nearest(reported, q.start, exclude)
            # a base year framing an earlier sentence ("Base-year value (2024): 93.6 Mt") is no goal's deadline
            # (nor is a past year the paragraph's records carry: "… in 2012. This could reduce emissions by 0.9 Mt")
            or (carry.obs_year if carry.obs_year != carry.base_frame_year and _ahead(carry.obs_year, ref) else None)
            or carry.section_year  # "Projections … for the period up to 2035" heads the section
            or restated_goal_year(ctx.observations, q)  # the same goal, said just before with its deadline
            or ctx.timeline.target_year  # an undated goal aims at the deadline the document names most
            or ctx.default_year
        )
    has_own = own_since(years, sent, q)  # "… by 114.7% since 1990 and by 20.0% since 2007": each its own
    if not level_refs and ctx.ref_year is not None and not has_own:
        since = [y for y in years.obs if y.start < q.start and since_year(years, sent, y)]
        if since and since[-1].year < ctx.ref_year and not dated_apart(years, sent, q, since[-1]):
            # "Since 2020, solar has more than tripled from 0.43 GWp to 1.35 GWp": the start is the level of 2020
            return since[-1].year if q.group == "from" else ctx.ref_year
    if years.span and (ends := [y for y in years.mentions if y.role == "span_end" and y.end <= q.start]):
        between = sent[ends[-1].end - years.start : q.start - years.start]
        if len(between) <= _SPAN_REACH and not _SPAN_BREAK_RE.search(between):
            return ends[-1].year  # "…, while average emissions between 2005 and 2015 were 41 Mt": its own period
    observed = sorted(years.obs + level_refs, key=lambda y: y.start) if level_refs else years.obs
    if observed and (observed[-1].start > q.start or has_own):
        # "reached 7.1 Mt (2%), a 73.5% increase since 1990": a period's start after the value dates nothing of it,
        # nor, once the value has its own, one before it that the value before it was measured from
        observed = [y for y in observed if (y.start < q.start and not has_own) or not since_year(years, sent, y)]
    if observed and observed[-1].start > q.start:
        # "NDC1: 190.6 Mt … NDC2: 200.1 Mt … 2017 NDC2: 189.2 Mt": a year opening a labelled part after the value
        # dates that part, not the value before it
        observed = [y for y in observed if y.start < q.start or not _OPENS_LABEL_RE.match(sent, y.end - years.start)]
    now = present_of(q, years, sent, ctx)
    if now and present_only(now, q, years, ctx):
        return None  # "Currently, 30% of the land is protected": no year (see ``undated_present``)
    if now and dates_by_present(now, q, years, sent, ctx.doc.text):
        return ctx.ref_year  # "As of now, sequestration had reached 47 Mt, beyond the goal for 2022": the present
    if observed and "(" in sent:
        # a year in a bracketed aside that closes before the value dates the aside, not the value: "By 31 January
        # 2025, it had 618 MW (8 times the level of 1 January 2020), including: wind - 179 MW"
        observed = [y for y in observed if not _in_closed_aside(sent, y.start - years.start, q.start - years.start)]
    if years.span and observed and (own_end := _own_period_end(years, sent, q, observed, ctx.ref_year)):
        return own_end  # "since 1990, contributing 0.12% of global emissions from 1990 to 2021": its own period's
    found = years.nearest(observed, q.start, exclude)
    if found:
        return enumeration_end(years, sent, q.start, found)
    if years.span and ctx.ref_year is not None and years.span[1] <= ctx.ref_year:
        return years.span[1]  # a fact "during the period 2000-2018" in a sentence that also names a deadline
    # (a share of emissions stated as a standing is no goal's: the sentence's deadline is not its year)
    found = (
        None
        if emission_share_record(text, years.start, q.start, q.end, years.start + len(sent))
        else years.nearest(years.target, q.start, exclude)
    )
    if found:
        return found
    if years.span:
        return years.span[1]
    period_end = cx.period_end_year(sent)  # "the 13th Five-Year Plan": read only for a value that needs it
    if period_end:
        return period_end
    if cx.mentions_past_period(sent):
        return ctx.default_year
    carried = carry.obs_year
    if carried is not None and carried in measured_from(q, years):
        carried = None  # "Base Year: 1990" above "have cut emissions by 19% on 1990 levels": measured from it
    if carried is not None and not years.mentions and standing_of_new_subject(sent, q.start - years.start):
        # "In 2018, emissions were 12 Mt. The agricultural land covers 45% of the country.": a standing told in the
        # present tense of another subject is no record of the year the sentence before reported
        carried = None
    return carried or carry.list_year  # None: nothing dates it but the document (``sentence`` decides)


def _level_of_a_past_year(years: SentenceYears) -> bool:
    """Whether the goal's sentence names one year, and not as a deadline: "by 5% in 2012", "100% of the area under
    management of year 2015 (763,070 ha)" say which year's level the goal keeps or changes (not "-30% in 2020, -55% in
    2030", a list of deadlines, nor "to 5% by 2020")."""
    return len(years.mentions) == 1 and years.mentions[0].role != "by"


def _own_period_end(
    years: SentenceYears, sent: str, q: Quantity, observed: list[cx.YearMention], ref_year: int | None
) -> int | None:
    """The end of a past period the value's own clause names as its time ("from 1990 to 2021", "for 1960-2010"),
    when no observation year is in that clause; not a period it is compared with ("above the 1961-1990 average")."""
    c_start, c_end = clause_bounds(sent, 0, len(sent), q.start - years.start)
    inside = [y for y in years.mentions if c_start <= y.start - years.start < c_end]
    if any(y.role == "obs" for y in inside) or any(c_start <= y.start - years.start < c_end for y in observed):
        return None
    first = next((y for y in inside if y.role == "span_start"), None)
    end = next((y for y in inside if y.role == "span_end"), None)
    if first is None or end is None or ref_year is None or end.year > ref_year:
        return None
    at = first.start - years.start
    return end.year if _PERIOD_OF_RECORD_RE.search(sent, max(0, at - 40), at) else None


#: what introduces the period a record covers: "from 1990 to 2021", "between 2010 and 2016", "for 1960-2010"
_PERIOD_OF_RECORD_RE = rx.compile(
    r"\b(?:from|between|during|over|for|within|throughout|in)\s+(?:the\s+)?(?:period\s+)?(?:of\s+)?$", re.I
)


_ASIDE_WORDS = 5


def _opens_with_span(years: SentenceYears) -> bool:
    """Whether the sentence's period is named in its opening words, framing all it says ("Over 2016-2020, …")."""
    first = next((y for y in years.mentions if y.role == "span_start"), None)
    return first is not None and first.start - years.start < FRAME_CHARS


def _outside_asides(years: SentenceYears, sent: str, q: Quantity) -> list[cx.YearMention]:
    """The deadlines of the sentence that may date goal ``q``: a deadline in an aside that closes before the value
    dates the aside ("By 2030, energy emissions fall by 55% (mainly by closing the Beta plant by 2027) and waste
    emissions by 21%": 2030), unless the sentence names no other."""
    if "(" not in sent or len(years.target) < 2:
        return years.target
    outside = [y for y in years.target if not _in_closed_aside(sent, y.start - years.start, q.start - years.start)]
    return outside or years.target


def _in_closed_aside(sent: str, at: int, q_at: int) -> bool:
    """Whether position ``at`` of ``sent`` lies in a bracket that opens and closes before ``q_at``, or one of a later
    item of a list parted by semicolons ("a 20 MW plant at Mango; a 10 MW array (offers considered as at June
    2015); …": the aside dates its own item)."""
    opening = sent.rfind("(", 0, at)
    if opening < 0 or sent.rfind(")", opening, at) >= 0:
        return False
    closing = sent.find(")", at)
    # an aside is a clause of its own; "the base year (2008)", "(FY 2013)" name the words before them
    if closing < 0 or len(sent[opening + 1 : closing].split()) < _ASIDE_WORDS:
        return False
    return closing < q_at or (q_at < opening and ";" in sent[q_at:opening])


#: An undetermined horizon right after a goal's value: "to 1 - 1.5 t CO2eq in the longer term", "over the long run",
#: "over the coming decades", "in the coming years"
_LONG_TERM_AFTER_RE = rx.compile(
    r"(?:[^.;]|\.(?=\d)){0,40}?\b(?:(?:in|over)\s+the\s+(?:very\s+)?long(?:er)?[\s-]+(?:term|run)"
    # (or decades not counted: "financing worth $100 billion to make the country resilient over the coming decades")
    r"|(?:in|over|during)\s+the\s+(?:coming|next|following)\s+(?:few\s+|several\s+)?decades|in\s+decades\s+to\s+come"
    # (and years not counted: "investments of around $220 million are planned in the coming years")
    r"|(?:in|over|during)\s+the\s+(?:coming|next|following)\s+(?:few\s+|several\s+)?years|in\s+(?:the\s+)?years\s+to\s+come)\b"
    r"(?!\s*\(?\s*(?:\d|by\b|to\s+(?:\d|the\s+(?:end|year)\b)))",  # (not "… years to 2030": counted)
    re.I,
)


def long_term_only(text: str, q: Quantity, start: int, end: int, years: SentenceYears) -> bool:
    """Whether a goal's value is dated only by an undetermined horizon right after it ("… to 1 - 1.5 t per capita in
    the longer term"): another clause's deadline ("by 2050 by 70 percent … as well as the vision to …") is not its.
    ``start``, ``end``: the sentence's bounds."""
    after = text[q.end : min(end, q.end + 80)].lower()
    if q.year is not None or ("long" not in after and "decades" not in after and "years" not in after):
        return False  # (the cheap test first)
    m = _LONG_TERM_AFTER_RE.match(text, q.end, end)
    lo = max(start, q.start - _OWN_PHRASE)  # (not the clause: "By 2050, it will …" splits one at its comma)
    return m is not None and not any(lo <= y.start < m.end() and y.role != "base" for y in years.mentions)


_OWN_PHRASE = 60  # characters before a value that its own phrase spans ("to reduce per capita emissions to 1")
