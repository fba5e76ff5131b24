"""Years written next to a sentence's quantities: "respectively" lists, paired lists of years and values, and a
deadline right after a quantity. Each sets ``Quantity.year`` before ``years.year_for`` reads the rest."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .beforeyears import assign_same_period, assign_years_from_before, named_period, own_value_years
from .earlieryears import assign_earlier_years
from .quantities import Quantity
from .shareyears import assign_share_years
from .yearlists import (
    RESPECTIVELY_RE,
    YEAR_LINK_RE,
    assign_paired_years,
    assign_respective_after,
    assign_respective_years,
)
from .yearnames import NAMING_ROLES  # a year that names a document dates no value in brackets after it

if TYPE_CHECKING:
    from .context import YearMention
    from .state import Carry
    from .years import SentenceYears

# A year followed by a noun qualifies the noun ("the 2030 NDC", "the 2023 inventory"); these words may follow a date.
_NOUN_AFTER_YEAR_RE = rx.compile(
    r"[ \t]+(?!(?:and|or|to|compared|relative|against|from|with|under|at|in|on|of|for|respectively|through"
    r"|levels?|onwards?"
    r"|and|as|when|while|which|where|if|is|was|were|will|would|the|a|an|by|than|versus|vs"
    # (nor a scenario's condition: "22% reduction in 2035 without geothermal", "… in 2030 excluding LULUCF")
    r"|without|excluding|including|except"
    # (nor a condition or means that follows a deadline: "by 2025 conditional on financing", "by 2030 through")
    r"|(?:un)?conditional(?:ly)?|subject|depending|contingent|provided|through|via|using)\b)[A-Za-z]{3,}",
    re.IGNORECASE,
)
# What may stand between a quantity and the deadline that is its own: words, a reference ("on 1990 levels"),
# but no other clause (",", ";", "and", "while") and no other number.
_OWN_YEAR_GAP_RE = rx.compile(r"[^,;:()\d.]{0,80}", re.IGNORECASE)
# a "by" deadline that closes the value's clause reaches further: "20% of the energy matrix should be made up of
# non-conventional renewable energies by 2025, a 20% cut in …" (the year before it is the item before's)
_CLOSING_GAP_RE = rx.compile(r"[^,;:()\d.]{81,160}")
_CLAUSE_CLOSES_RE = rx.compile(r"[ \t]*(?:[,;.]|$)")
# "and" joining two nouns of the value's own noun phrase is no clause: "50% of seagrass and mangrove ecosystems by
# 2030" (not "50% of coal and the rest by 2030", nor "… and reduce …": a determiner or a second clause after it)
_NOUN_PAIR_GAP_RE = rx.compile(
    r"\s+of\s+(?:the\s+)?[a-z-]{3,}\s+and\s+(?!(?:the|a|an|its|their|our|this|these|those|to|also|then|it|we|they"
    r"|will|would|is|are|was|were|has|have|had|be|by|in|on|at|for|with)\b)[a-z-]{3,}(?:\s+[a-z-]{3,}){1,2}\s+by\s+"
)
# ("since 2000" and "after 2000" name where a period starts, not the date of a value before them)
# ("the losses registered at urban level by 2015": a participle of record dates its own noun, not the cut before it)
_OWN_YEAR_BREAK_RE = first_char_guarded(
    r"\b(?:and|while|whereas|but|which|including|compared|registered|recorded|observed|measured|reported)\b"
    r"|\b(?:with\s+respect|relative|in\s+relation)\s+to\b"  # "12% with respect to the power generated in 2014"
    r"|\b(?:since|after)\s+$"
    # ("68.80% thermal In 2020 excluding …": a capital after a word opens a run-on sentence, the year its own)
    r"|(?<=[a-z]\s)(?-i:In|By|For)\s+$",
    re.IGNORECASE,
)


#: a footnote marker after a unit, glued to it ("ktCO2e1 in") or set apart as a layout printed a superscript
#: ("kt CO2eq 6 in 2018")
_FOOTNOTE_MARK_RE = rx.compile(r"[ \t]?\d{1,2}(?=\s)")
_LIST_GAP_RE = rx.compile(r"\s*(?:,|;|,?\s*and|,?\s*or)\s*")
_PAREN_YEAR_RE = rx.compile(
    r"\s*\((?:in\s+|as\s+of\s+|(?:data|figures?)\s+(?:from|for|of)\s+)?((?:19|20|21)\d\d)"
    r"(?:\s+(?:estimates?|levels?|data|values?|figures?|inventory))?\)(?!\s*:)"
)  # "(2014)", "(2010 estimate)", "(data from 2018)"; not "(2035): 150,000 ha", a label of what follows



def link_years(
    text: str, start: int, end: int, quantities: list[Quantity], years: SentenceYears, carry: Carry,
    present: int | None,
) -> None:
    """The years written next to a sentence's quantities, each rule in turn (a rule leaves the quantities an earlier
    one dated), then what the sentence leaves the next one: its values' own years and the period it names."""
    assign_respective_years(text, quantities, years, end)
    assign_paired_years(text, quantities, years)
    assign_shared_deadlines(text, quantities, years, present)
    assign_own_years(text, quantities, years)
    assign_respective_after(text, quantities, end)
    assign_share_years(text, quantities)
    assign_earlier_years(text, quantities, years, present)
    assign_goal_years(text, start, end, quantities)
    assign_onwards_start(text, start, end, quantities, years)
    assign_years_from_before(text, start, end, quantities, carry.value_years)
    carry.value_years = (end, own_value_years(quantities))
    assign_same_period(text, start, end, quantities, carry.period)
    if (period := named_period(quantities, years)) is not None:
        carry.period = (end, period)


#: the year a recurring amount starts from: "which will, from 2025 onwards, enable exports of 200 Gg annually"
_ONWARDS_RE = rx.compile(
    r"\b(?:from|as\s+of|starting(?:\s+in|\s+from)?|beginning(?:\s+in)?)\s+((?:19|20)\d\d)\s*(?:onwards?|on|forward)\b",
    re.IGNORECASE,
)
#: a goal named by its year: "the 2015 target", "its 2030 goal", "the 2020 electrification target"
_GOAL_YEAR_RE = rx.compile(
    r"\b(?:the|its|their|our|this|that)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:targets?|goals?|objectives?"
    r"|commitments?|pledges?)\b",
    re.IGNORECASE,
)
_GOAL_WORDS = ("target", "goal", "objective", "commitment", "pledge")


def assign_goal_years(text: str, start: int, end: int, quantities: list[Quantity]) -> None:
    """'The 2015 target was increased from 35% to 40%, the 2020 target shifted from 40% to 50%, and the 2030 target to
    60%': each goal named by its year dates the values of its own clause, up to the next comma, semicolon or goal (a
    sentence naming one such goal is dated by the other rules already)."""
    if not cx.may_contain(text, start, end, _GOAL_WORDS):
        return  # (the cheap exact test first: one of these is in every match)
    goals = list(_GOAL_YEAR_RE.finditer(text, start, end))
    if len(goals) < 2:
        return
    for goal, nxt in zip(goals, [*goals[1:], None], strict=True):
        marks = [p for p in (text.find(",", goal.end(), end), text.find(";", goal.end(), end)) if p >= 0]
        stop = min(marks, default=end) if nxt is None else min(*marks, nxt.start())
        for q in quantities:
            if q.year is None and goal.end() <= q.start < stop:
                q.year = int(goal.group(1))


#: the start named right after a recurring amount: "USD 662 Million/Year from 2020" (not a period: "from 2020 to 2030")
_FROM_YEAR_AFTER_RE = rx.compile(
    r"\s*(?:from|starting(?:\s+in|\s+from)?|as\s+of|beginning(?:\s+in)?)\s+((?:19|20)\d\d)\b"
    r"(?!\s*(?:[-–/]|to\b|until\b|till\b|through\b|and\b))",
    re.IGNORECASE,
)
#: an amount that recurs: "200 Gg annually", "5 kt per year", "each year"
_RECURS_AFTER_RE = rx.compile(
    r"\s*(?:annually|(?:per|a|each|every)\s+(?:year|annum)|/\s?(?:year|yr|a)\b|yearly)", re.IGNORECASE
)


def assign_onwards_start(
    text: str, start: int, end: int, quantities: list[Quantity], years: SentenceYears
) -> None:
    """'… which will, from 2025 onwards, enable exports estimated to exceed 200 Gg annually': an amount that recurs
    takes the year its part of the sentence (up to a semicolon) says it starts from, not a neighbouring item's."""
    onwards = cx.may_contain(text, start, end, ("on", "forward"))  # (one is in every _ONWARDS_RE match)
    for q in quantities:
        if q.year is not None or q.group or not (recurs := _RECURS_AFTER_RE.match(text, q.end)):
            continue
        from_year = _FROM_YEAR_AFTER_RE.match(text, recurs.end())
        if from_year and len(years.mentions) == 1:
            # "USD 662 million/year from 2020": the year it recurs from, when the sentence names no other (a rate
            # toward a goal is the goal's: "53,340 ha in 2030 at the rate of 5,334 ha/year from 2021")
            q.year = int(from_year.group(1))
            continue
        if not onwards:
            continue  # (almost no sentence names a start this way)
        lo = max(start, text.rfind(";", start, q.start) + 1)
        stop = text.find(";", q.end, end)
        starts = list(_ONWARDS_RE.finditer(text, lo, end if stop < 0 else stop))
        if len(starts) == 1:
            q.year = int(starts[0].group(1))


def assign_shared_deadlines(
    text: str, quantities: list[Quantity], years: SentenceYears, present: int | None
) -> None:
    """'emissions by 2025 and 2030 will be between 398 and 614 Mt': one value, or one range, under a list of
    deadlines holds for each of them. The value takes the last deadline and ``also_years`` the others.

    Only deadlines after the document's present (a past pair, "floods in 2016 and 2017 hit a million farmers", may
    total both years), only when the sentence names no other year and its values are that one statement.
    """
    if not quantities or len(quantities) > 2 or len(years.mentions) < 2 or present is None:
        return
    if len(quantities) == 2 and not (
        {quantities[0].qualifier, quantities[1].qualifier} == {">=", "<="} and quantities[0].unit == quantities[1].unit
    ):
        return  # two values are a list, paired with the years by other rules ("55% and 60% by 2030 and 2035")
    run = years.mentions
    if any(y.role not in ("by", "obs", "plain") or y.year <= present for y in run):
        return
    pairs = zip(run, run[1:], strict=False)
    if any(y.year >= z.year or not YEAR_LINK_RE.fullmatch(text, y.end, z.start) for y, z in pairs):
        return
    if any(q.year is not None or q.group for q in quantities):
        return
    if RESPECTIVELY_RE.search(text, max(0, run[0].start - 30), run[-1].end + 40):
        # "-14.64% and -24.28 in 2025 and 2030 respectively", "-9.03% and -11.82 respectively in 2025 and 2030": a
        # list, its second value written without its unit
        return
    for q in quantities:
        q.year, q.also_years = run[-1].year, tuple(y.year for y in run[:-1])


def assign_own_years(text: str, quantities: list[Quantity], years: SentenceYears) -> None:
    """'68% by 2030 and 78% by 2035', 'by 73 percent in FY 2040': a deadline right after a quantity is its own.

    The first "by"/"in" year after the quantity, before the next quantity, with no clause break between,
    dates that quantity alone; reference years ("below 2005 levels") are skipped.
    """
    for q in quantities:
        paren = _PAREN_YEAR_RE.match(text, q.end)
        if q.year is None and paren:
            q.year = int(paren.group(1))  # "from 22% (2014) to 30%": the bracketed year dates the number before it
        elif (
            q.year is None
            and q.unit == "%"
            and (whole := _SHARE_OF_DATED_RE.match(text, q.end))
            and _REPORTED_SHARE_BEFORE_RE.search(text, max(0, q.start - 40), q.start)
        ):
            # "represented 29 percent of 2019 gross emissions": a reported share of that year's total ("not exceed
            # 60% of 1990 emissions" measures against a yardstick: no verb of record)
            q.year = int(whole.group(1))
        elif (
            q.year is None
            and q.unit not in ("%", "times", "x")  # "below 2012 levels (19.6% compared to BAU)": a change restated
            and (level := _RESTATED_LEVEL_RE.search(text, max(0, q.start - 60), q.start))
        ):
            q.year = int(level.group(1) or level.group(2))  # "cut 40% from the emissions in 2018, which is 727.6 Mt"
        elif (
            q.year is None
            and (dash := _YEAR_DASH_BEFORE_RE.search(text, max(0, q.start - 12), q.start))
            and any(y.start == dash.start(1) and y.role not in NAMING_ROLES for y in years.mentions)
        ):
            q.year = int(dash.group(1))  # "in 2005 it was 48,000 Gg, and in 2010 – 66,400 Gg": the dash is the verb
        elif q.year is None and text[q.start - 1 : q.start] in ("(", " ") and _BRACKET_CLOSE_RE.match(text, q.end):
            year = _YEAR_THEN_BRACKET_RE.search(text, max(0, q.start - 16), q.start)
            if year and any(y.start == year.start(1) and y.role not in NAMING_ROLES for y in years.mentions):
                q.year = int(year.group(1))  # "targets for 2020 (27%) and 2030 (45%)": the year before the bracket
    for i, q in enumerate(quantities):
        if q.year is not None or q.group:
            continue
        end, limit = q.end, quantities[i + 1].num.start if i + 1 < len(quantities) else None
        aside = _restated_in_brackets(text, quantities, i)
        if aside is not None:  # "8,866 Gg (17.12%) in 2030": the year after the bracket dates both
            end, limit = aside, quantities[i + 2].num.start if i + 2 < len(quantities) else None
        for y in years.mentions:
            if y.start < end or (limit is not None and y.start >= limit):
                continue
            if y.role == "base":
                continue
            if y.role == "span_start":
                # "(ii) 45% RE penetration rate in 2018-2020; and (iii) 90% RE penetration rate in 2020-2025": a
                # period right after the value, when the sentence names several, is its own; it is due at its end
                pair = _own_period_end(text, years, y, end)
                if pair is not None:
                    q.year = pair
                break
            gap = _PLAIN_GAP_RE.sub("", text[end : y.start])  # "(household-like)", "on 1990 levels", "FY"
            if text[q.end - 1 : q.end].isalpha() and (mark := _FOOTNOTE_MARK_RE.match(gap)):
                gap = gap[mark.end() :]  # "50,742.91 ktCO2e1 in year 2000": a footnote marker after the unit
            attributive = _NOUN_AFTER_YEAR_RE.match(text, y.end)  # "in the 2023 inventory" names, it does not date
            if attributive and y.role == "by" and attributive.group().strip().istitle():
                attributive = None  # "… 44% below 2012 levels by 2030 Indicative target …": a full stop lost
            if text[y.end : y.end + 2].strip()[:1] == ":":
                break  # "… 30% of permits By 2030: At least 60% …": a deadline that labels what follows it
            if (
                y.role in ("by", "obs", "bau")  # "by 40% from the baseline scenario level in 2030": its projection's
                and not attributive
                and (
                    (_OWN_YEAR_GAP_RE.fullmatch(gap) and not _OWN_YEAR_BREAK_RE.search(gap))
                    or (y.role == "by" and _NOUN_PAIR_GAP_RE.fullmatch(gap))
                    or (
                        y.role == "by"
                        and _CLOSING_GAP_RE.fullmatch(gap)
                        and not _OWN_YEAR_BREAK_RE.search(gap)
                        and _CLAUSE_CLOSES_RE.match(text, y.end)
                    )
                )
            ):
                q.year = y.year
                if aside is not None and quantities[i + 1].year is None:
                    quantities[i + 1].year = y.year
            break
    # a list shares the deadline written after its last member: "by 31%, 36% and 39% in 2030"
    for a, b in reversed(list(zip(quantities, quantities[1:], strict=False))):
        if a.year is None and b.year is not None and a.unit == b.unit and not a.group and not b.group:
            if _LIST_GAP_RE.fullmatch(text, a.end, b.num.start):
                a.year = b.year


_PERIOD_JOIN_RE = rx.compile(r"\s*(?:[-–—]|to)\s*")
_MEASURED_AGAINST_RE = rx.compile(r"\b(?:than|average|levels?|baseline|reference)\b", re.IGNORECASE)
_OWN_PERIOD_BEFORE_RE = rx.compile(r"(?:in|over|during|for|by)\s+(?:the\s+)?(?:period\s+)?$", re.IGNORECASE)


def _own_period_end(text: str, years: SentenceYears, first: YearMention, end: int) -> int | None:
    """The end year of the period ``first`` opens when the sentence names more than one period and nothing but a
    gap of words ("RE penetration rate in") stands between the value (ending at ``end``) and it."""
    starts = [y for y in years.mentions if y.role == "span_start"]
    if len(starts) < 2:
        return None  # one period: the sentence's (``yearof``), as it has always read
    after = [y for y in years.mentions if y.start > first.start]
    if not after or after[0].role != "span_end" or not _PERIOD_JOIN_RE.fullmatch(text, first.end, after[0].start):
        return None
    gap = text[end : first.start]
    if not _OWN_YEAR_GAP_RE.fullmatch(gap) or _OWN_YEAR_BREAK_RE.search(gap) or not _OWN_PERIOD_BEFORE_RE.search(gap):
        return None
    if _MEASURED_AGAINST_RE.search(gap):
        return None  # "… 1.6°C warmer than they were in 1960-1969", "50% of the national average for 2000-2015"
    return after[0].year


def _restated_in_brackets(text: str, quantities: list[Quantity], i: int) -> int | None:
    """Where the bracket closes when the next quantity restates quantity ``i`` in brackets right after it ("8,866 Gg
    (17.12%)", "420 GWh (USD 34 million)"), else None."""
    if i + 1 >= len(quantities):
        return None
    nxt = quantities[i + 1]
    # (up to its currency: "238.8 million kWh (USD 27.2 million) in 2022")
    if not _BRACKET_OPEN_RE.fullmatch(text, quantities[i].end, min(nxt.start, nxt.num.start)):
        return None
    close = _BRACKET_CLOSE_RE.match(text, nxt.end)
    return close.end() if close else None


_BRACKET_OPEN_RE = rx.compile(r"\s*\(\s*")
#: the dated total a share is of: "29 percent of 2019 gross emissions" (not "of 2005 levels": a yardstick)
_SHARE_OF_DATED_RE = rx.compile(r"\s+of\s+(?:the\s+)?((?:19|20)\d\d)\s+(?!levels?\b)(?=[a-z])", re.IGNORECASE)
_REPORTED_SHARE_BEFORE_RE = rx.compile(
    r"\b(?:represented|accounted\s+for|made\s+up|contributed|comprised)\s+(?:about\s+|around\s+|approximately\s+"
    r"|nearly\s+|almost\s+|over\s+)?$",
    re.IGNORECASE,
)
#: a dated level restated in a relative clause: "… the total emissions in 2018, which is 727.6 MtCO2eq, …"
#: and a yardstick's level in brackets after it: "16% in 2030 below 1990 levels (1.4 GtCO2e)"
_RESTATED_LEVEL_RE = rx.compile(
    r"\b(?:in|of)\s+((?:19|20)\d\d)\s*,\s*(?:which|that)\s+(?:is|was|were|are|amounted\s+to|stood\s+at|totall?ed)"
    r"\s+(?:about\s+|approximately\s+|around\s+|some\s+)?$"
    r"|\b((?:19|20)\d\d)(?:['’]s)?\s+(?:emissions?\s+)?levels?\s*\(\s*(?:i\.e\.,?\s*|about\s+|approximately\s+)?$",
    re.IGNORECASE,
)
_YEAR_THEN_BRACKET_RE = rx.compile(r"(?<![\d.,])((?:19|20|21)\d\d)\s*\(\s*(?:about\s+|around\s+|approx\.\s*)?$")
_BRACKET_CLOSE_RE = rx.compile(r"\s*\)")
#: a year, then a dash set apart by spaces (not the hyphen of a span, "2010-2015"), right before the number
_YEAR_DASH_BEFORE_RE = rx.compile(r"(?<![\d.,])((?:19|20|21)\d\d)(?:\s*[–—]|\s+-)\s+$")


# Asides that do not break the link between a quantity and its deadline: a bracketed word, a reference year, the
# reference path it is compared with ("by 13% compared to the BAU scenario by 2030": "compared" else ends the link)
_PLAIN_GAP_RE = rx.compile(
    r"\([^()\d]{0,40}\)|(?<!\d)(?:19|20)\d\d(?!\d)(?=\s+levels?\b)|\(FY\)"
    # the metric a value is stated in: "1.3 GtCO2e (GWP-100; IPCC AR5) in 2025" (its digits are no value)
    r"|\((?=[^()]{0,60}\b(?:GWP|GTP|AR[1-6]|SAR|TAR)\b)[^()]{0,60}\)"
    r"|\bcompared\s+(?:with|to)\s+(?:the\s+|a\s+)?(?:BAU|business[\s-]as[\s-]usual|baseline|reference)"
    r"(?:\s+(?:scenario|case|levels?|emissions|projections?|pathway|trajectory))?\b"
    # the base year a cut is measured from, between it and its deadline: "by 31% below 2016 by 2030"
    r"|\b(?:below|under|above|over|from)\s+(?:the\s+)?(?:19|20)\d\d(?!\d)(?:\s+levels?)?"
    r"|\bof\s+(?:19|20)\d\d(?=\s+(?:by|in|until|before)\s)"  # "by 40% of 2010 by 2030" (``context.year_role``)
    # a gas's formula, whose digits are no value: "1.34 million m3 of CH4 in 2030", "5 Mt of CO2 in 2035"
    r"|\b(?:CH4|CO2(?:e|eq)?|N2O|SF6|NF3)\b",
    re.IGNORECASE,
)
