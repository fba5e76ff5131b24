"""Base year of a relative change: a reference in its own clause ("30% below 2010"), one a clause of its own
attaches to the nearest change before it, "since 2008", a sentence opening "Since 2005,", "year-on-year", or the
start of a period the change spans. Split from ``yearof``, which dates the value itself.
"""

from __future__ import annotations

import re

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .quantities import Quantity
from .yearlists import QUANTITY_LINK_RE
from .years import SentenceYears, clause_bounds

_CHANGE_WORDS_RE = cx.guarded(
    "abcdfghilmrstu增下减提降上",
    r"\b(?:reduc\w*|decreas\w*|declin\w*|drop\w*|lower\w*|cut\w*|fall\w*|fell|increas\w*|grow\w*|grew|growth|ris\w*"
    r"|rose|up|down|higher|more|less|surg\w*|improv\w*|sav\w*|saving|chang\w*|below|above|times|fold"
    r"|halv(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing))\b"
    r"|增加|下降|减少|提高|降低|增长|上升|减排",
    re.IGNORECASE,
)
_CHANGE_BEFORE_RE = cx.guarded(
    "cdegilrs增下减提降上",
    r"\b(?:growth|increases?|decreases?|reductions?|rises?|drops?|declines?|cuts?|savings?)\s+(?:\w+\s+)?of\s+(?:\w+\s+){0,2}$"
    r"|\b(?:increase|decrease|reduce|raise|lower|cut|expand)[a-z]*\b[^,;]{0,60}?\bby\s+(?:\w+\s+){0,2}$"
    r"|(?:增加|下降|减少|提高|降低|增长|上升)(?:了)?$",
    re.IGNORECASE,
)
_SHARE_WORDS_RE = cx.guarded(
    "apso", r"\b(?:accounting\s+for|accounted\s+for|share|proportion|of\s+the\s+total)\b", re.I
)
_AVERAGE_ANNUAL_RE = cx.guarded("ape", r"\b(?:average\s+annual|annual(?:ly)?|per\s+year|a\s+year|each\s+year)\b", re.I)


def _change_before(before: str) -> bool:
    """``_CHANGE_BEFORE_RE.search(before)``, its cheap exact test first (this runs for every level): a match of the
    English words ends in "of" or "by" and at most two words after it, then spaces; one of the Chinese, in a Chinese
    character (or a line break after it)."""
    if before[-1:].isspace():
        words = before.rsplit(None, 3)[-3:]  # the last three words (\s is what str.split splits at)
        if all(w.isascii() for w in words) and not any(w.lower().endswith(("of", "by")) for w in words):
            return False
    elif before[-1:].isascii():
        return False
    return bool(_CHANGE_BEFORE_RE.search(before))


_SINCE_BEFORE_RE = first_char_guarded(
    # "since 2008", "since the end of 2015", "since the beginning of temperature measurements in Switzerland in 1864"
    r"\bsince\s+(?:the\s+)?(?:end\s+of\s+|(?:beginning|start)\s+of\s+(?:[\w-]+\s+){1,5}?in\s+)?$",
    re.IGNORECASE,
)
_SINCE_BEFORE_ENDS = ("since", "the", "of", "in")  # the last word of every _SINCE_BEFORE_RE match


def since_before(text: str, start: int, at: int) -> bool:
    """``_SINCE_BEFORE_RE.search(text[start:at])``: "since (the end of)" right before ``at``. The cheap test of the
    span's last word first: the regex alone reads the whole span, and this runs per quantity and year."""
    return cx.may_end_with_at(text, start, at, _SINCE_BEFORE_ENDS) and bool(_SINCE_BEFORE_RE.search(text[start:at]))


# A sentence that opens with "Since 2005," (after at most a linking phrase) measures its changes from that year.
_SINCE_OPENER_RE = rx.compile(r"(?:[A-Z][\w ]{0,20},\s*)?[Ss]ince\s+((?:19|20)\d\d)\s*,", re.ASCII)


def _change_between(quantities: list[Quantity], start: int, end: int) -> bool:
    """Whether a change (a share or a multiple) lies between ``start`` and ``end``: a reference year after it belongs
    to that nearer change ("cut 13% and set a target of 30% below 2010": 2010 is the base of the 30%)."""
    return any(start <= o.num.start < end and o.unit in ("%", "times") for o in quantities)


_ATTACHED_BASE_RE = rx.compile(r"\D{0,30}")  # "30 percent below 2010": no number between a change and its base


def _base_of_another(text: str, quantities: list[Quantity], q: Quantity, base_start: int) -> bool:
    """Whether the reference year at ``base_start`` is attached to a change of another predicate after ``q`` ("has cut
    13% and has set a target of 30% below 2010": 2010 is the base of the 30% only). A reference after coordinated
    changes ("by 5% and those of fires by 10% compared to 2015", "68% by 2030 and 78% by 2035 based on 1990",
    "from 40% to 55% below 1990", "26-28 per cent below 2005") is shared by them."""
    for o in quantities:
        if not (q.end <= o.num.start < base_start) or o.unit not in ("%", "times"):
            continue
        attached = _ATTACHED_BASE_RE.fullmatch(text, o.end, base_start)
        if attached and cx.NEW_PREDICATE_RE.search(text, q.end, o.num.start):
            return True
    return False


def base_year_for(
    text: str,
    q: Quantity,
    sent_start: int,
    sent_end: int,
    years: SentenceYears,
    year: int | None,
    quantities: list[Quantity],
    clause_span: tuple[int, int] | None = None,
) -> int | None:
    """Base year of a relative change: an explicit reference in the same clause, 'year-on-year', or a span start.

    ``clause_span``: the quantity's ``clause_bounds`` when the caller has them."""
    c_start, c_end = clause_span or clause_bounds(text, sent_start, sent_end, q.num.start)
    clause = text[c_start:c_end]
    if q.unit not in ("%", "times") and not _change_before(text[c_start : q.start]):
        return None
    changed: list[bool] = []  # whether the clause speaks of a change: read only once a reference or span asks

    def is_change() -> bool:
        if not changed:
            changed.append(bool(_CHANGE_WORDS_RE.search(clause)) or q.unit == "times")
        return changed[0]

    # its own reference right after it first: "by 12.7% compared to 2012 and by 31.9% compared to 1991" (1991)
    own = next(
        (b for b in years.bases if q.end <= b.start < c_end and _ATTACHED_BASE_RE.fullmatch(text, q.end, b.start)),
        None,
    )
    for b in [own] if own is not None else years.bases:
        if c_start <= b.start < c_end and not _base_of_another(text, quantities, q, b.start):
            return b.year if is_change() or not _SHARE_WORDS_RE.search(clause) else None
    if cx.prior_year_base(clause) and year:
        return year - 1
    # a reference in a clause of its own attaches to the nearest change before it
    for b in years.bases:
        b_clause = clause_bounds(text, sent_start, sent_end, b.start)
        has_own = any(b_clause[0] <= other.num.start < b_clause[1] for other in quantities)
        if not has_own and b.start > q.end:
            between = [o for o in quantities if q.end <= o.num.start < b.start and o.unit in ("%", "times")]
            if not between and is_change():
                return b.year
    if cx.prior_year_base(text[q.end : min(sent_end, q.end + 40)]) and year:
        return year - 1
    if q.unit in ("%", "times"):  # (the cheap tests first: most clauses name no year after the value)
        after = next((y for y in years.obs if q.end <= y.start < c_end), None)
        if (
            after is not None
            and is_change()
            and since_before(text, q.end, after.start)
            and not any(q.end <= o.num.start < after.start and o.unit in ("%", "times") for o in quantities)
        ):
            # "risen 12% since 2010", "a 73.5% increase since 1990": measured from it, even after a change measured
            # from another ("by 114.7% since 1990 and by 20.0% since 2007")
            return after.year
    since = [y for y in years.obs if c_start <= y.start < q.start and _SINCE_BEFORE_RE.search(text, c_start, y.start)]
    if not since and (opener := _SINCE_OPENER_RE.match(text, sent_start, c_start)):
        if not _change_between(quantities, opener.end(), q.start):
            since = [y for y in years.obs if y.start == opener.start(1)]  # "Since 2005, emissions have fallen 12%"
    if since and is_change() and q.unit in ("%", "times"):
        return since[-1].year  # "since 2008 ... has cut emissions by 17%": the change is measured from 2008
    if years.span and is_change() and not _AVERAGE_ANNUAL_RE.search(clause) and q.group == "":
        return years.span[0]  # "Between 2012 and 2022, ... fell by 28%": the change since the span's start
    if q.unit == "%" and (level := _yardstick_level(text, q, sent_end, quantities)) is not None and is_change():
        return level  # "a reduction of 37% and 43%, based on estimated emission levels of 2.1 Gt in 2005"
    return None


#: the level a change is measured against, named after it with its year: "based on estimated emission levels of
#: 2.1 GtCO2e (GWP-100) in 2005", "relative to emissions of 54 Mt in 1990"
_YARDSTICK_LEVEL_RE = first_char_guarded(
    r"[\s,]*\b(?:based\s+on|relative\s+to|compared\s+(?:to|with))\s+(?:the\s+)?(?:estimated\s+|total\s+|net\s+)?"
    r"(?:(?:GHG|greenhouse\s+gas)\s+)?(?:emissions?\s+)?(?:levels?\s+)?of\s+(?:\([^()]{0,40}\)|\d[.,]\d|[^.;:()]){0,80}?"
    r"\bin\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_YARDSTICK_WORDS = ("based", "relative", "compared")  # one is in every _YARDSTICK_LEVEL_RE match


def _yardstick_level(text: str, q: Quantity, sent_end: int, quantities: list[Quantity]) -> int | None:
    """The year of a level named right after the change ``q`` (or after the list it ends) as its yardstick."""
    last = q
    for other in quantities:
        if other.start >= q.end and other.unit == "%" and QUANTITY_LINK_RE.fullmatch(text, last.end, other.start):
            last = other  # "37% and 43%, based on …": the list shares its yardstick
    if not cx.may_contain(text, last.end, last.end + 20, _YARDSTICK_WORDS):
        return None  # (the cheap test first)
    m = _YARDSTICK_LEVEL_RE.match(text, last.end, sent_end)
    return int(m.group(1)) if m else None


# The "since" years of a sentence, as ``yearof`` dates a change by them (read once per sentence)


def since_year(years: SentenceYears, sent: str, y: cx.YearMention) -> bool:
    """``since_before`` the observation year ``y`` of the sentence ``sent``, read once: every later value of the
    sentence asks it again, and it reads the whole sentence before the year."""
    if years.since is None:
        years.since = {}
    found = years.since.get(y.start)
    if found is None:
        found = years.since[y.start] = since_before(sent, 0, y.start - years.start)
    return found


def own_since(years: SentenceYears, sent: str, q: Quantity) -> bool:
    """Whether the change ``q`` names the start it is measured from right after it, in its own clause ("… and by 20%
    since 2007"), no other number between."""
    if not years.obs or years.obs[-1].start < q.end:
        return False
    c_end = clause_bounds(sent, 0, len(sent), q.start - years.start)[1]
    for y in years.obs:
        rel = y.start - years.start
        if y.start >= q.end and rel < c_end and since_year(years, sent, y):
            return not any(ch.isdigit() for ch in sent[q.end - years.start : rel - 6])
    return False


def dated_apart(years: SentenceYears, sent: str, q: Quantity, since: cx.YearMention) -> bool:
    """Whether a year other than ``since`` dates the change ``q``: one between "since" and the value, or one in the
    value's own clause. A year of another clause after it ("…by 17 percent and, under an order issued in 2015, has
    set a new target") dates that clause, not the change measured from ``since`` to the present; the end of a period
    in the value's clause does too ("since 1990, contributing 0.12% of emissions from 1990 to 2021")."""
    c_start, c_end = clause_bounds(sent, 0, len(sent), q.start - years.start)
    for y in (*years.obs, *(m for m in years.mentions if m.role == "span_end")):
        if y.year == since.year:
            continue
        rel = y.start - years.start
        if since.start < y.start < q.start or c_start <= rel < c_end:
            return True
    return False
