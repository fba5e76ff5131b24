"""The years of a sentence and their roles, read once for all its numbers: observations, deadlines, spans, base and
BAU years, the clause each number sits in, and the years a paragraph carries on (``yearof`` picks each number's year).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .yearlinks import link_years

# --------------------------------------------------------------- per-sentence reading

#: A coordinated predicate of its own: "emissions stand at 54 Mt in 2024 and will rise to 85 Mt by 2035" (the future
#: of the second verb does not govern the first number, nor its year the second), its "is" perhaps left out ("… and
#: projected to decline to 54 m3 by 2050").
_NEW_PREDICATE = (
    r"\s+(?:will|would|shall)\b|\s+(?:(?:is|are)\s+)?(?:expected|projected|forecast)\s+to\b"
    r"|\s+(?:is|are)\s+(?:set|likely)\s+to\b"
)
# a comma between digits is part of a number ("12,000", a decimal comma "1,5"), not a clause break
_CLAUSE_SPLIT_RE = cx.guarded(
    ",;:—–()，；：、（）\\swabcg",
    r"[;:—–()，；：、（）]|,(?:(?<!\d,)|(?!\d))|\s[-−]\s|\bwh(?:ich|ile|ereas)\b"
    r"|\b(?:and|but)(?=" + _NEW_PREDICATE + ")"
    r"|\b(?=considering\s+that\b|given\s+that\b|because\b(?!\s+of\b))",  # (``_REASON_MARK_RE``)
)
#: ``_CLAUSE_SPLIT_RE`` found from a character class it starts with, which ``re`` scans for in C: the guard above
#: stops at every space (for " - ") and tries the alternation there. The " - " separator is found at its dash, the
#: space before it looked behind for (``_clause_marks`` moves its start back to that space). Every separator is
#: told by its first character, so each position starts at most one.
_CLAUSE_MARK_RE = rx.compile(
    r"[;:—–()，；：、（）,\-−wab](?:(?<=,)(?:(?<!\d,)|(?!\d))|(?<=[;:—–()，；：、（）])|(?<=\s[-−])\s"
    r"|(?<=\bw)h(?:ich|ile|ereas)\b"
    r"|(?<=\ba)nd(?=" + _NEW_PREDICATE + r")|(?<=\bb)ut(?=" + _NEW_PREDICATE + "))"
)
#: A clause of reason is a clause of its own, opening with its word: "… to 21% in 2030 is ambitious considering that
#: 89.5% of energy needs are currently met by charcoal" (not "because of", a preposition). Searched apart, only in a
#: sentence that holds one of the words: in the pattern above, every "c" and "g" would be a place to try.
_REASON_MARK_RE = rx.compile(r"\b(?:considering\s+that\b|given\s+that\b|because\b(?!\s+of\b))")
_REASON_WORDS = ("because", "considering", "given")


def clause_bounds(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` holding ``pos``: from the end of the last separator that ends at or before
    it to the start of the first that starts at or after it (a separator around ``pos`` bounds neither side)."""
    starts, ends = _clause_marks(text, start, end)
    i = bisect_right(ends, pos)  # separators never overlap, so both lists are sorted
    j = bisect_left(starts, pos)
    return ends[i - 1] if i else start, starts[j] if j < len(starts) else end


@lru_cache(maxsize=64)
def _clause_marks(text: str, start: int, end: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the clause separators of a sentence, found once: every quantity of it asks for its clause.

    ``_CLAUSE_SPLIT_RE.finditer`` read with ``_CLAUSE_MARK_RE``: a " - " starts at the space before its dash, and is
    no separator when that space is before ``start`` or ends the separator before it (finditer went on after it).
    """
    starts: list[int] = []
    ends: list[int] = []
    last = start
    for m in _CLAUSE_MARK_RE.finditer(text, start, end):
        s, e = m.span()
        if text[s] in "-−":
            s -= 1
            if s < last:
                continue
        starts.append(s)
        ends.append(e)
        last = e
    span = text[start:end]
    if any(map(span.__contains__, _REASON_WORDS)):
        # a mark at the word itself, of no width: the clause of reason opens with its word (``clauses`` reads it)
        reasons = [m.start() for m in _REASON_MARK_RE.finditer(text, start, end)]
        if reasons:
            marks = sorted([*zip(starts, ends, strict=True), *((r, r) for r in reasons)])
            starts, ends = [s for s, _ in marks], [e for _, e in marks]
    return tuple(starts), tuple(ends)


_STRONG_OBS_RE = first_char_guarded(
    r"(?:as\s+of|end|half|during|quarter|since)\s+(?:of\s+)?(?:" + cx._MONTHS + r"\s*\d{0,2},?\s*)?$", re.IGNORECASE
)
FRAME_CHARS = 60  # a year this close to the sentence start frames the sentence and carries to the next ones
_HEADING_AFTER_RE = rx.compile(r"\s*:\s*")  # "By 2035" ending its sentence with a colon: the next list's heading


@dataclass
class SentenceYears:
    """The years of one sentence, sorted by role."""

    obs: list[cx.YearMention]  # observation years ("In 2022", "As of the end of 2022", "By 2022, ... had")
    target: list[cx.YearMention]  # target years ("by 2025", "in 2030" in the future of the document)
    span: tuple[int, int] | None
    bases: list[cx.YearMention]
    frame_obs: int | None = None
    mentions: list[cx.YearMention] = field(default_factory=list)  # every year of the sentence, in order
    start: int = 0  # where the sentence starts in the document
    says_now: bool | None = None  # may the sentence hold an AS_OF_NOW_RE match (read once, for its first value)
    nows: list[re.Match[str]] | None = None  # the sentence's AS_OF_NOW_RE matches (read once, for its first value)
    bau: list[cx.YearMention] = field(default_factory=list)  # years of a reference projection ("the 2035 BAU")
    heading: int | None = None  # "… efficiency measures By 2035:": the next list's deadline, glued to this item
    frame_is_base: bool = False  # the framing year is labelled the base year: "Base-year value (2024): 93.6 Mt"
    since: dict[int, bool] | None = None  # ``since_before`` of each observation year read so far, by its start

    def nearest(self, mentions: list[cx.YearMention], pos: int, exclude: set[int]) -> int | None:
        """The closest mention before ``pos``; else the first after it (found without listing the others)."""
        for m in reversed(mentions):
            if m.start < pos and m.year not in exclude:
                return m.year
        for m in mentions:
            if m.start >= pos and m.year not in exclude:
                return m.year
        return None


#: An NDC named by a year ("Lebanon's 2020 NDC target"): up to the present, the year it was filed (which edition);
#: after it, the deadline it aims at ("the 2035 NDC"), which dates its goals.
_NDC_AFTER_RE = rx.compile(r" I?NDCs?\b(?!\s+(?i:inventory))")  # ("the 2015 NDC inventory": a record of its data)


def names_edition(text: str, y: cx.YearMention, ref_year: int | None) -> bool:
    """Whether a year up to the present names a plan's edition ("Fiji's 2015 NDC"): no date of a value."""
    return ref_year is not None and y.year <= ref_year and _NDC_AFTER_RE.match(text, y.end) is not None


def _chained(text: str, span: tuple[int, int], years: list[cx.YearMention]) -> tuple[int, int]:
    """The whole of periods named together that follow on one another ("over the two periods of 2015-2020 and
    2020-2030"): a sum over them is over 2015-2030. A period with words of its own before the next ("2.1 billion for
    2026-2030 and 3.4 billion for 2031-2035"; "quota for 2015-2050, … the balance for 2050-2100"), or one that does
    not start where the one before ends, stands apart."""
    starts = [y for y in years if y.role == "span_start"]
    if len(starts) < 2:
        return span  # one period: nothing to chain (most sentences with a span)
    ends = [y for y in years if y.role == "span_end"]
    end = ends[0]
    if _EVERY_RE.search(text, max(0, starts[0].start - _EVERY_REACH), starts[0].start):
        return span  # "in 11,666 ha every 10 years (2020-2030, 2030-2040, 2040-2050)": the value of each period
    for start, later in zip(starts[1:], ends[1:], strict=False):
        if start.year not in (end.year, end.year + 1) or not _JOINED_RE.fullmatch(text, end.end, start.start):
            break
        end = later
    return span[0], end.year


_EVERY_RE = rx.compile(r"\b(?:every|each|per)\s+(?:\d+\s+years?|decade|period|phase)\b", re.IGNORECASE)
_EVERY_REACH = 40
#: what joins periods named together: "2015-2020 and 2020-2030", "2021-2025, 2026-2030"
_JOINED_RE = rx.compile(r"\s*(?:,|;|and|&)\s*(?:(?:the|then)\s+)?(?:(?:period|phase|stage)s?\s+)?(?:of\s+|from\s+)?")


def sentence_years(text: str, start: int, end: int, ref_year: int | None) -> SentenceYears:
    years = cx.find_years(text, start, end)
    if ref_year is not None and cx.may_contain(text, start, end, ("ndc",)):
        # (issued: a plan's edition dates none of its values, not even alone in its sentence: "Compared to the 2015
        # NDC which was 18.2%, the State has raised its ambitions by 11.2%")
        years = [y._replace(role="issued") if names_edition(text, y, ref_year) else y for y in years]
    if len(years) >= 2 and cx.may_contain(text, start, end, ("from",)):
        years = _value_spans(text, start, end, years)
    if len(years) >= 2 and "%" in text[start:end]:
        years = _dated_wholes(text, years)
    span_start = next((y.year for y in years if y.role == "span_start"), None)
    span_end = next((y.year for y in years if y.role == "span_end"), None)
    span = (span_start, span_end) if span_start and span_end else None
    if span is not None:
        span = _chained(text, span, years)
    obs: list[cx.YearMention] = []
    target: list[cx.YearMention] = []
    names = [y for y in years if y.role == "name"]  # (an "issued" year never dates data: no fallback)
    dates_only_by_name = bool(names) and not any(y.role in ("obs", "by", "plain") for y in years)
    for y in years:
        if y.role not in ("obs", "by", "plain") and not (dates_only_by_name and y.role == "name"):
            continue  # a report's year dates the sentence only when nothing else does ("the 2024 Report: 17% coal")
        # without a reference year, "by 2030" is still a deadline; with one, any later year is the future
        future = y.year > ref_year if ref_year is not None else y.role == "by"
        if future and y.role == "name":
            continue  # "in its First NDC (2017)" in a text whose data are older: when it was issued, no deadline
        strong_obs = future and y.role == "obs" and _STRONG_OBS_RE.search(text[max(start, y.start - 40) : y.start])
        (target if future and not strong_obs else obs).append(y)
    heading = None
    last = target[-1] if target else None
    if (
        last
        and text[last.start - 3 : last.start] == "By "  # a capital mid-sentence: a heading glued on, not "by 2030:"
        and _HEADING_AFTER_RE.fullmatch(text, last.end, end)
        and last.start - start > FRAME_CHARS // 3
    ):
        # "Achieve a 10% cut in energy use By 2035:": a list item with the next list's heading glued to it dates
        # nothing of the item; the sentences after it take it (a lead-in's own "… 100% renewables by 2030:" dates it)
        heading = target.pop().year
        years = [y for y in years if y is not last]
    # (a period's start frames no record: "Since 1991, the country has …" speaks of the years up to now)
    framing = next(
        (y for y in obs if _frames(text, start, y, names) and not SINCE_BEFORE_RE.search(text, start, y.start)), None
    )
    frame = framing.year if framing else None
    # (a period in an aside dates the aside: "Grow farm output (farming 23% of GDP over 2000-2013)")
    if span and frame is None and (ref_year is None or span[1] <= ref_year) and not _in_aside(text, start, end, years):
        frame = span[1]
    return SentenceYears(
        obs,
        target,
        span,
        [y for y in years if y.role == "base"],
        frame,
        years,
        start,
        bau=[y for y in years if y.role == "bau"],
        heading=heading,
        frame_is_base=framing is not None and labelled_base(text, start, framing.start),
    )


def _in_aside(text: str, start: int, stop: int, years: list[cx.YearMention]) -> bool:
    """Whether the sentence's period ends inside a bracket that closes after it and states a value of its own (an
    aside, a clause of its own: "(farming 23% of GDP over the period 2000-2013)"; a bare "(2010-2020)" after a
    name still dates the sentence)."""
    end = next((y for y in years if y.role == "span_end"), None)
    opening = text.rfind("(", start, end.start) if end is not None else -1
    closing = text.find(")", end.end, stop) if opening >= 0 and text.rfind(")", opening, end.start) < 0 else -1
    return closing >= 0 and _DIGIT_RE.search(_YEAR_TOKEN_RE.sub("", text[opening:closing])) is not None


_YEAR_TOKEN_RE = rx.compile(r"\b(?:19|20)\d\d\b")
_DIGIT_RE = rx.compile(r"\d")


# "50% of the area of peatlands in 2020", "100% of the native forest area of 2012": the year dates the whole the
# share is of (a noun phrase after "% of", no verb or number between)
_WHOLE_DATED_RE = rx.compile(
    r"%\s+of\s+(?:the\s+|its\s+|their\s+)?[A-Za-z][A-Za-z\s-]{0,50}?\b(?:in|of|for)\s+(?:the\s+)?(?:year\s+)?$",
    re.IGNORECASE,
)
_WHOLE_REACH = 70
#: "access to 35% of households in 2015, 50% in 2020 and 80% by 2030": values listed with their years, each its own
_NEXT_VALUE_RE = rx.compile(r"\s*[,;]?\s*(?:and\s+)?\d")


def _dated_wholes(text: str, years: list[cx.YearMention]) -> list[cx.YearMention]:
    """``years`` with a year that dates the whole a share is of made a base, when a deadline later than it is named
    before it: "By 2030, at least 50% of the area of peatlands in 2020 has been protected" is a goal for 2030 measured
    on the 2020 area; without a deadline, "35% of total emissions in 2020" is a share in 2020."""
    out = list(years)
    for i, y in enumerate(years):
        if y.role not in ("obs", "plain") or not any(d.role == "by" and d.year > y.year for d in years[:i]):
            continue
        if _WHOLE_DATED_RE.search(text, max(0, y.start - _WHOLE_REACH), y.start) and not _NEXT_VALUE_RE.match(
            text, y.end
        ):
            out[i] = y._replace(role="base")
    return out


def _value_spans(text: str, start: int, end: int, years: list[cx.YearMention]) -> list[cx.YearMention]:
    """``years`` with the two years of each "from 3.8 t in 1990 to 5.5 t in 2022" as a span's start and end."""
    roles: dict[int, str] = {}
    for m in cx.VALUE_SPAN_RE.finditer(text, start, end):
        if int(m.group("b")) > int(m.group("a")):
            roles[m.start("a")], roles[m.start("b")] = "span_start", "span_end"
    if not roles:
        return years
    return [cx.YearMention(y.start, y.end, y.year, roles[y.start]) if y.start in roles else y for y in years]


SINCE_BEFORE_RE = rx.compile(
    r"\b(?:since|(?:dating|dates?|going|goes)\s+back\s+to)\s+(?:(?:the\s+)?(?:year|end\s+of)\s+)?$", re.IGNORECASE
)


def _frames(text: str, start: int, y: cx.YearMention, names: list[cx.YearMention]) -> bool:
    """A year near the sentence start frames it; so does one fronting the clause a report's words introduce, with
    no number before it but the report's year ("The Biennial Report (BTR1) 2024 indicates that in 2022, ...")."""
    if y.start - start < FRAME_CHARS:
        return True
    if (
        y.start - start >= 2 * FRAME_CHARS
        or text[y.end : y.end + 1] != ","
        or not _FRONTED_RE.search(text, start, y.start)
    ):
        return False
    at = start
    for n in names:  # a number standing alone (not "BTR1", "CO2"), outside the report's year and its footnote
        if n.start < y.start:
            if _LONE_NUMBER_RE.search(text, at, n.start):
                return False
            at = n.end + len(_DIGITS_RE.match(text, n.end).group())
    return not _LONE_NUMBER_RE.search(text, at, y.start)


def labelled_base(text: str, floor: int, year_start: int) -> bool:
    """Whether the year at ``year_start`` is labelled the base year ("Base-year value (2024):", "Base year: 2019", "The
    year 2000 was used as a base year"): it dates the level it labels, never a goal or a list after it."""
    return bool(
        _BASE_LABEL_RE.search(text, max(floor, year_start - 30), year_start)
        or _BASE_LABEL_AFTER_RE.match(text, year_start + 4, year_start + 60)
    )


#: A label naming the base year before it: "Base-year value (2024):", "Base year: 2019", "in the base year (2010)".
_BASE_LABEL_RE = rx.compile(
    r"\bbase(?:line)?[\s-]+year(?:\s+(?:value|emissions?|level|inventory|total))?\s*[(:]?\s*$", re.IGNORECASE
)
#: The same said after the year: "The year 2000 was used as a base year", "2010 is the base year", "(2019) as base
#: year".
_BASE_LABEL_AFTER_RE = rx.compile(
    r"\)?\s*(?:(?:was|is|has\s+been|will\s+be)\s+(?:(?:used|chosen|selected|taken|set|defined|designated)\s+)?)?"
    r"(?:as\s+)?(?:the\s+|a\s+|its\s+)?base(?:line)?[\s-]+year\b",
    re.IGNORECASE,
)
_FRONTED_RE = rx.compile(r"\bthat,?\s+(?:in|as\s+of|by\s+the\s+end\s+of)\s+$", re.IGNORECASE)
_LONE_NUMBER_RE = rx.compile(r"(?<![A-Za-z\d])\d")
_DIGITS_RE = rx.compile(r"\d*")


__all__ = [
    "link_years",
]  # re-exported: sentence reads it here


_FROM_REACH = 60  # characters from a clause's end to the start year of the from-to that restates its change
_FROM_NEXT_RE = rx.compile(r"\s*,?\s*from\b")  # "declined by 30%, from 36 Mt in 2012 to 25 Mt in 2024"


def with_own_span(years: SentenceYears, text: str, start: int, end: int, pos: int) -> SentenceYears:
    """The sentence's years with the period of the clause at ``pos`` as its span, when the sentence names more than
    one: "Between 2014 and 2023 GDP fell 47%, while emissions declined by 30%, from 36 Mt in 2012 to 25 Mt in 2024"
    (the 30% is the change over 2012-2024, not over the first period; the from-to right after a clause is its own)."""
    starts = [m for m in years.mentions if m.role == "span_start"]
    if len(starts) < 2:
        return years
    c_start, c_end = clause_bounds(text, start, end, pos)
    for first in starts:
        if c_start <= first.start < c_end or (
            c_end <= first.start < c_end + _FROM_REACH and _FROM_NEXT_RE.match(text, c_end, first.start)
        ):
            last = next((m for m in years.mentions if m.role == "span_end" and m.start > first.start), None)
            if last is not None and (first.year, last.year) != years.span:
                return replace(years, span=(first.year, last.year))
            return years
    return years


# a period in brackets right after a value; "(20262035)": a dash the text conversion dropped
#: a named period with its years in brackets right after a value: "in Phase 2 (2018-2020)", "during the second
#: commitment period (2013-2020)"
_LABELLED_PERIOD_RE = rx.compile(
    r"\s+(?:in|during|for|over|of)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?\(\s*((?:19|20)\d\d)\s*(?:[-–—]|to)\s*((?:19|20)\d\d)\s*\)"
)
#: a day and month before a period's year: "for the period 1 January 2021 to 31 December 2030"
_DAY_MONTH = r"(?:\d{1,2}\s+(?:" + cx._MONTHS + r")\s+)?"
#: "the period" named right after a value: "a total reduction of 76.5 Mt in the period from 2020 to 2030" (a
#: sum over the period, whatever later deadline the sentence names for its parts)
_PERIOD_AFTER_RE = rx.compile(
    r"(?:\s+(?:in\s+total|in\s+all|overall|cumulatively|altogether))?"  # "41.2 Mt in total in the period …"
    # (the noun the value measures between them: "40 per cent greenhouse gas emission reductions for the period …")
    r"(?:\s+[A-Za-z][\w-]*){0,4}?"
    # (a named period too: "by 15.61% for the mid-period from 2026-2030", "over the implementation period 2021-2030")
    r"\s+(?:in|during|over|for|within)\s+the\s+(?:(?:reference|implementation|commitment|mid|whole|entire|first"
    r"|second|third|same)[\s-])?period\s+(?:from\s+|of\s+|between\s+)?" + _DAY_MONTH + r"((?:19|20)\d\d)\s*"
    r"(?:[-–—]|to|and|until)\s*" + _DAY_MONTH + r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: a change's own period after the emissions it changes: "halve its GHG emissions between 2010 and 2030", "cut net
#: emissions 40% … from 2010 to 2030" (the period closes the value's clause: a later "by 2050" is another goal's)
_EMISSIONS_PERIOD_RE = rx.compile(
    r"(?:\s+(?:its|their|our|the|total|net|national|overall|annual|gross|GHG|CO2|carbon|greenhouse|gas)){0,4}"
    r"\s+emissions\s+(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to)\s+((?:19|20)\d\d)\b(?!\s*levels?\b)",
    re.IGNORECASE,
)
_PERIOD_REACH = 120  # characters after the value a period named after it may take ("… for the period 1 January …")
_BRACKET_PERIOD_RE = rx.compile(r"[ \t]*\(\s*((?:19|20)\d\d)\s*(?:[-–—]|to)?\s*((?:19|20)\d\d)\s*\)")


def period_after(text: str, q_end: int, target: bool, ref_year: int | None) -> int | None:
    """The end year of a period named right after a value: in brackets ("65 Mt (2021-2030)", a sum over it), labelled
    ("in Phase 2 (2018-2020)") or "in the period from 2020 to 2030"; the last two only when the period's end agrees
    with the value's kind (a record of a period still running is not dated by an end to come)."""
    if (period := _BRACKET_PERIOD_RE.match(text, q_end)) and period.group(1) < period.group(2):
        return int(period.group(2))
    for pattern in (_LABELLED_PERIOD_RE, _PERIOD_AFTER_RE, _EMISSIONS_PERIOD_RE):
        period = pattern.match(text, q_end, q_end + _PERIOD_REACH)
        if period and period.group(1) < period.group(2) and (int(period.group(2)) > (ref_year or 0)) == target:
            return int(period.group(2))
    return None


#: what joins the members of a list of years: "1994, 2000, 2006, 2012 and 2014"
#: what joins the years of a list: "1990, 1995, 2000 and 2005"
YEAR_LIST_JOIN_RE = rx.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_YEAR_LIST_MIN = 3  # years a list names before it reads as one statement over all of them ("in 2010 and 2015" may
# date two facts)


def enumeration_end(years: SentenceYears, sent: str, q_start: int, found: int) -> int:
    """The last year of a list of years written after the value that ``found`` opens: "account for 87% of emissions
    in the years 1994, 2000, 2006, 2012 and 2014" states one share over every inventory year, and a share over
    several years is dated by the latest of them (as a period's by its end)."""
    after = [y for y in years.mentions if y.start >= q_start]
    if len(after) < _YEAR_LIST_MIN or after[0].year != found:
        return found
    run = [after[0]]
    for y in after[1:]:
        if not YEAR_LIST_JOIN_RE.fullmatch(sent, run[-1].end - years.start, y.start - years.start):
            break
        run.append(y)
    return run[-1].year if len(run) >= _YEAR_LIST_MIN else found
