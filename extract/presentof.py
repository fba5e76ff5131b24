"""The document's present as the year of a value: "as of now", "to date", "currently", "today" (part of the year
stage, ``yearof``). A present the plan's data date ("all figures are as of the end of 2022") or the sentence's own
year dates is that year; progress up to the plan's date ("has reached 31,000 ha to date") is of the plan's present;
a present nothing dates ("Currently, 30% of the land is protected") is no year at all."""

from __future__ import annotations

import re

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .clausecues import reports_done
from .present import INVENTORY_AFTER_RE
from .quantities import Quantity
from .restate import restates_present
from .state import DocContext
from .years import SentenceYears

# (not a comparison with the present: "emissions in 1990 were higher than at present", "lower than today")
#: (a footnote's number glued to the word ends it too: "with around 53000 EVs as of now32.")
_NOW = (
    r"(?<!than\s)\b(?:as\s+of\s+(?:now|today)|to\s+date|so\s+far|at\s+(?:the\s+)?present(?:\s+time)?)"
    r"(?:\b|(?=\d{1,3}\b))"
)
#: The present in a sentence that reports nothing done: "Currently, 50% of power is renewable", "Today, Ruritania has 39
#: protected areas", "mangroves presently cover 30 ha" (not "currently estimated to be", an estimate of a later level
#: or the present status of an estimate: "emissions in 1990 are currently considered to be 228.7 kt";
#: "Presently, consumption has been reduced by 20%" reports a change recorded as of the document's data)
_CURRENT_RE = rx.compile(
    r"(?<!than\s)\b(?:presently|nowadays"
    r"|currently(?!\s+(?:estimated|projected|expected|forecast|planned|anticipated|considered|assessed|calculated"
    r"|thought|believed))"
    r"|today(?!['’]s)"
    # the present said of the subject: "current national emissions equivalent to 0.003% of global emissions" (a
    # subject of any noun, "the current rate of cutting is …", is ``nowwords.CURRENT_SUBJECT_RE``'s, for a record)
    r"|current(?=\s+(?:[a-z-]+\s+){0,2}?(?:emissions|levels?|shares?|rates?|capacity|production|consumption|coverage"
    r"|stocks?|status)\b))\b",
    re.IGNORECASE,
)
AS_OF_NOW_RE = first_char_guarded(_NOW, re.IGNORECASE)
_AS_OF_NOW_WORDS = ("now", "today", "date", "far", "present", "current")  # one is in every "now" match below
#: "the 12,000 ha of wetlands currently under protection": the present, said after the value in its own phrase
#: (or right after a bracketed aside, the value's own or the one it is in: "to about 25% (representing 35 MW) today")
_NOW_AFTER_RE = rx.compile(
    r"(?:[^,;.:()]{0,50}?|\s*\([^()]{0,60}\)\s*|[^,;.:()]{0,40}\)\s*)"
    r"(?:" + _NOW + r"|\bcurrently\b|\btoday\b(?!['’]s))",
    re.IGNORECASE,
)


def _now_before(years: SentenceYears, sent: str, pos: int) -> re.Match[str] | None:
    """``AS_OF_NOW_RE.search(sent, 0, pos)`` from the sentence's matches, found once: the search per value read the
    whole sentence before it, which in a long table cell is quadratic. A match the cut at ``pos`` makes (its last
    word running on past ``pos`` in the sentence) is looked for in the window before ``pos`` alone."""
    if years.nows is None:
        years.nows = list(AS_OF_NOW_RE.finditer(sent))
    first = next((m for m in years.nows if m.end() <= pos), None)
    cut = AS_OF_NOW_RE.search(sent, max(0, pos - _NOW_REACH), pos)
    if cut is not None and cut.end() == pos and (first is None or cut.start() < first.start()):
        return AS_OF_NOW_RE.search(sent, 0, pos)  # rare: read it the long way
    return first


#: a relative clause that describes the year just before it: ", the last year for which the inventory has been made"
_YEAR_RELATIVE_RE = rx.compile(r"\s*,?\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:for|in|of)\s+which\b[^,;.\d]*", re.I)
_NOW_REACH = 40  # longer than any AS_OF_NOW_RE match ("as of today" with spaces)


def present_of(q: Quantity, years: SentenceYears, sent: str, ctx: DocContext) -> re.Match[str] | None:
    """The word that puts ``q`` in the document's present ("as of now", "to date", "currently", "today"), before
    the value or right after it in its own phrase; None when there is none (or the document has no present)."""
    if ctx.ref_year is None:
        return None
    if years.says_now is None:  # the cheap word test, once per sentence
        years.says_now = cx.may_contain(sent, 0, len(sent), _AS_OF_NOW_WORDS)
    if not years.says_now:
        return None
    now = _now_before(years, sent, q.start - years.start)
    if now is None and (after := _NOW_AFTER_RE.match(sent, q.end - years.start)):
        now = after if not any(q.end <= y.start < years.start + after.end() for y in years.mentions) else None
    if now is None:
        now = _CURRENT_RE.search(sent, 0, q.start - years.start)
        if now is not None and reports_done(ctx.doc.text, years.start, years.start + len(sent)):
            now = None
    return now


def undated_present(q: Quantity, years: SentenceYears, sent: str, ctx: DocContext) -> bool:
    """Whether a record is of the present alone, in a sentence that names no year and a document that does not say
    when its data were collected ("Currently, 30% of the territory is protected", "At present only 40% of waste is
    collected"): the reader cannot tell which year that is, so it has none (annotators leave such facts out; a
    progress report that dates its data speaks of that year, and a year its sentence names dates it)."""
    return (now := present_of(q, years, sent, ctx)) is not None and present_only(now, q, years, ctx)


def present_alone(
    q: Quantity, years: SentenceYears, sent: str, ctx: DocContext, year: int | None, present_end: int, start: int
) -> bool:
    """Whether record ``q`` (``year``: the year it was given, if any) is of the present alone: an undated present
    (``undated_present``), or a part of the one the sentence before stated, in a sentence that names no year
    ("Currently, capacity is estimated at 2,900 MW. Of these, 1,000 MW are for domestic use.")."""
    return (year is None and undated_present(q, years, sent, ctx)) or (
        not years.mentions and restates_present(ctx.doc.text, start, present_end)
    )


#: Progress up to the document's date ("has reached 31,000 ha to date", "around 41000 EVs as of now", "So far, 12
#: plants have been built"): a record of the date the plan was written, unlike a description of the present
PROGRESS_NOW_RE = rx.compile(r"as\s+of|to\s+date|so\s+far", re.IGNORECASE)


def present_only(now: re.Match[str], q: Quantity, years: SentenceYears, ctx: DocContext) -> bool:
    """See ``undated_present``: ``now`` describes the present of ``q``, nothing else dates it. (The start of a change
    from the present is the present's record, as "from the current 18%" is: "from 140 km today to 230 km".)"""
    return (
        not years.mentions
        and not ctx.timeline.data_dated
        and q.group != "from"
        and not PROGRESS_NOW_RE.search(now.group(0))
    )


def dates_by_present(now: re.Match[str], q: Quantity, years: SentenceYears, sent: str, text: str) -> bool:
    """Whether ``now`` (``present_of``'s match) dates ``q``: no year of the sentence comes between them, and it is no
    inventory's present or a present inside a year's own relative clause."""
    return (
        not any(now.end() <= y.start - years.start < q.start - years.start for y in years.mentions)
        # "According to the 2018 National GHG Inventory, the sector currently contributes 11.5%": the source's year
        and not any(
            y.start - years.start < now.start() and INVENTORY_AFTER_RE.match(text, y.end) for y in years.mentions
        )
        # "Emissions in 2014, the last year for which the inventory has been made to date, amounted to …": the
        # present of the year's own relative clause, not the value's
        and not any(
            y.end - years.start <= now.start() and _YEAR_RELATIVE_RE.fullmatch(sent, y.end - years.start, now.start())
            for y in years.mentions
        )
    )
