"""Tests of the years a sentence names that decide a number's kind and year in ``sentence``: a date in the
document's future (no record can be there), a deadline, a year of record before the present, the level of a year
named as the base ("used 2016 as its base year", "…compared to 2015, which were 37.6 Mt"), an inventory share.
"""

from __future__ import annotations

import re

from . import context as cx
from . import rx
from .clausecues import cues
from .model import Observation
from .nowwords import present_fact
from .quantities import Quantity
from .timeline import Timeline
from .yearnames import NAMING_ROLES
from .years import SentenceYears

#: a reference, a name, a method's edition, a start
_NO_DATE_ROLES = ("base", "bau", "name", "method", "issued", "act", "price", "span_start")


def dated_future(
    text: str, q: Quantity, year: int | None, years: SentenceYears, timeline: Timeline, clause: tuple[int, int] | None
) -> bool:
    """Whether the number is dated in the document's future, where no record can be: its own year after the
    present, or ("the plant, reduced to 450 MW, should open in 2030") a year its sentence names at or after the
    document's headline deadline (as a date, not a reference: "base year 2005"), in a clause
    (``None`` in a table row) with no strong cue of report (``clauses.reports`` is broader on purpose: its weak
    cues and past forms hold participles such as "reduced to 450 MW", which date nothing). (The
    present is the latest year the document reports, often years before it was written: a nearer year may be a
    date of record: "has achieved by 2025 a reduction of 4.7 Mt".)"""
    present = timeline.present
    if present is None:
        return False
    if q.year is not None:
        return q.year > present
    if year is None or clause is None or timeline.target_year is None:
        return False
    return (
        year > present
        and year >= timeline.target_year
        and any(y.year == year and y.role not in _NO_DATE_ROLES for y in years.mentions)
        # (a perfect at the headline deadline is a future perfect, the plan's results told as reached: "Timber
        # production has increased by 35% … in 2030" in a plan of 2015)
        and not any(
            kind == "actual"
            and strong
            and (not text[s:e].lower().startswith(("has ", "have ")) or _SPENT_RE.match(text, s))
            for s, e, kind, strong in cues(text, *clause)
        )
    )


#: a perfect of money paid out: a record, whatever year it runs to ("have been spent on measures up to 2030")
_SPENT_RE = rx.compile(r"ha(?:s|ve)\s+(?:already\s+)?(?:been\s+)?(?:spent|disbursed|paid|received)\b", re.IGNORECASE)


def a_deadline(year: int | None, years: SentenceYears) -> bool:
    """Whether the sentence names ``year`` as a deadline ("By 2030 …")."""
    return any(y.year == year and y.role == "by" for y in years.mentions)


def inventory_share(text: str, start: int, end: int, q: Quantity) -> bool:
    """Whether an undated value breaks down an inventory: an amount of emissions, or a share in a sentence about
    emissions, not said of the present ("Presently, …")."""
    if q.unit not in _EMISSION_UNITS and not (q.unit == "%" and _EMISSION_WORD_RE.search(text, start, end)):
        return False
    return not present_fact(text, start, end)


_EMISSION_UNITS = frozenset({"Mt CO2e", "Mt CO2", "Mt C", "Mt CH4", "Mt N2O"})
#: a sentence about emissions, or about an inventory's sectors ("The Agriculture sector accounts for 23.9 per cent")
_EMISSION_WORD_RE = rx.compile(
    r"\b(?:emissions?|emitt\w*|removals?|GHG|sectors?\s+(?:accounts?\s+for|contributes?|represents?))\b", re.IGNORECASE
)


def after_present(year: int | None, present: int | None) -> bool:
    return year is not None and present is not None and year > present


#: the value's own year named right after it: "203 MtCO2 in year 2000", "1,625 MW in the year 2010"
_OWN_YEAR_AFTER_RE = rx.compile(r"\s*(?:in|of)\s+(?:the\s+)?(?:year\s+)?((?:19|20)\d\d)\b(?!\s*[-–/])", re.IGNORECASE)


def long_past_level(text: str, q: Quantity, year: int | None, present: int | None) -> bool:
    """Whether a level (no share or change) names as its own year one long before the document's: a record of that
    year, whatever the sentence goes on to plan ("… will change its status of carbon sink of 203 Mt in year 2000 to
    an emitting source of 22 Mt in 2030"); no plan sets a goal for a year already past when it is written.
    (``year`` None: whatever year it names.)"""
    if present is None or q.unit in ("%", "times", "x"):
        return False
    own = _OWN_YEAR_AFTER_RE.match(text, q.end)
    return own is not None and int(own.group(1)) < present - 1 and year in (None, int(own.group(1)))


_BASE_YEAR_AFTER_RE = rx.compile(r"\s+as\s+(?:its|the|our|their|a)\s+base[\s-]+year\b", re.IGNORECASE)


_BASE_YEAR_BEFORE_RE = rx.compile(r"\bbase[\s-]+year\s+(?:of\s+)?$", re.IGNORECASE)


def named_base_year(text: str, years: SentenceYears, q_start: int) -> list[cx.YearMention]:
    """The one year of a sentence, named its base year: its levels are that year's ("The plan used 2016 as its
    base year, with emissions recorded at 4,100 Gg", and before a level "Based on the base year 2006, emissions were
    28,717 Gg"; not "limits emissions to 30 Mt, a cut relative to the base year 2006")."""
    if len(years.mentions) == 1 and years.bases and (
        _BASE_YEAR_AFTER_RE.match(text, years.bases[0].end)
        or (
            years.bases[0].end <= q_start
            and _BASE_YEAR_BEFORE_RE.search(text, max(0, years.bases[0].start - 20), years.bases[0].start)
        )
    ):
        return years.bases
    return []


def relative_level_base(text: str, years: SentenceYears, q_start: int) -> list[cx.YearMention]:
    """The base year a relative clause gives its level: "30% compared to emissions measured in 2015, which were 37.6
    Mt" (the clause right after the base year reports that year's level)."""
    if not years.bases:
        return []
    last = max((b for b in years.bases if b.end <= q_start), key=lambda b: b.end, default=None)
    if last is None or q_start - last.end > 60 or not _RELATIVE_LEVEL_RE.fullmatch(text, last.end, q_start):
        return []
    return [last]


_RELATIVE_LEVEL_RE = rx.compile(
    r"\s*,?\s*which\s+(?:were|was|amounted\s+to|stood\s+at|totall?ed|reached)\s+(?:about\s+|around\s+|some\s+)?",
    re.IGNORECASE,
)


#: the change between two levels just compared, named after them: "2,145 ktoe in 2018 compared to 1,973 ktoe in
#: 2016, an increase of 172 ktoe", "…, a decline of 8%"
_CHANGE_NAMED_RE = rx.compile(
    r"(?:\s+in\s+(?:19|20)\d\d)?\s*[,;]?\s*(?:i\.e\.,?\s*|that\s+is\s*,?\s*)?(?:an?|the)\s+(?:net\s+|total\s+)?"
    r"(?:increase|decrease|rise|growth|drop|decline|reduction|fall|change|gain|loss)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|approximately\s+|almost\s+)?",
    re.IGNORECASE,
)
_BRACKET_GAP_RE = rx.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+|nearly\s+|approximately\s+)?")


def names_change(text: str, level_end: int, q_start: int) -> bool:
    """Whether the number at ``q_start`` is named the change right after a level ending at ``level_end``."""
    return bool(_CHANGE_NAMED_RE.fullmatch(text, level_end, q_start))


def in_brackets_after(text: str, prev_end: int, q_start: int) -> bool:
    """Whether the number at ``q_start`` opens a bracket right after the value ending at ``prev_end``: "172 ktoe
    (8.7%)" gives one change in two units."""
    return bool(_BRACKET_GAP_RE.fullmatch(text, prev_end, q_start))


def compared_years(read_years: dict[int, int | None], i: int) -> tuple[int, int] | None:
    """(later, earlier) year of the two levels read just before quantity ``i``, when they differ: the change that
    restates their comparison is the later year's, measured from the earlier."""
    a, b = read_years.get(i - 2), read_years.get(i - 1)
    if a is None or b is None or a == b:
        return None
    return max(a, b), min(a, b)


def dated_before_now(years: SentenceYears, ref_year: int | None, strictly: bool = False) -> bool:
    """The sentence names a year of record: an observation year, or any year up to the document's present; only a
    year before the present, ``strictly`` (under a projection heading, a verbless "In 2020: 528 Mt" starts the projected
    path; "the fleet has reached 6,859 cars in 2020" is still a record)."""
    if strictly and ref_year is not None:
        return any(y.year < ref_year and y.role not in _NAMING_ROLES for y in years.mentions)
    return bool(years.obs) or any(
        ref_year is not None and y.year <= ref_year and y.role not in _NAMING_ROLES for y in years.mentions
    )


_NAMING_ROLES = (*NAMING_ROLES, "bau")  # years that name a document, a plan, an act or a projection


#: a level labelled as the base year's, after it ("a 24 Mt baseline (year 2000)", "51 Mt base year (1990) emissions")
_BASE_NOUN = r"(?:base(?:line)?[\s-]+year|baseline|reference[\s-]+year)"
_BASE_LABEL_AFTER_RE = rx.compile(
    r"\s*(?:[\w-]+\s+)?" + _BASE_NOUN + r"\s*\(\s*(?:(?:base|reference)\s+)?(?:year\s+)?$", re.I
)  # (and "a 31 Mt baseline (base year 2005)")
#: ... or before it, the year then naming a level: "the base year (2010) level of 4.1 Mt", "Base year (2010) net
#: removals stood at -85.8 Mt", "the 2015 baseline of 9 Mt", "the 2015 estimate of 3,300 Gg", "the level in 2005 of
#: 10.4 t", "below emissions in year 2000, at a level of 108,000 t" (not "from 2019) of 640 kt": a cut's size)
_TO_LEVEL = r"(?:of|at|was|were|stood\s+at|amounted\s+to|:)\s*(?:about\s+|around\s+|some\s+)?$"
_LEVEL_NOUN = r"(?:" + _BASE_NOUN + r"|levels?|estimates?|values?|emissions)"
_BASE_NOUN_BEFORE_RE = rx.compile(
    _BASE_NOUN + r"\s*\(\s*(?:year\s+)?$"
    r"|\b(?:levels?|estimates?|emissions)\s+(?:in|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BASE_LABEL_BEFORE_RE = rx.compile(r"\)?\s*(?:[\w-]+\s+){0,3}?" + _TO_LEVEL, re.IGNORECASE)
_BASE_NOUN_AFTER_RE = rx.compile(
    r"\)?\s+" + _LEVEL_NOUN + r"\s+" + _TO_LEVEL + r"|,?\s*at\s+(?:a|the)\s+level\s+of\s*$",
    re.IGNORECASE,
)


def labelled_base_level(text: str, q: Quantity, bases: list[cx.YearMention]) -> cx.YearMention | None:
    """The base year whose own level ``q`` is labelled as: a record of that year, whatever goal the sentence builds on
    it ("These targets, built upon a 24 Mt baseline (year 2000) and projected emissions of …")."""
    for b in bases:
        if b.start >= q.end and b.start - q.end <= 40 and _BASE_LABEL_AFTER_RE.search(text, q.end, b.start):
            return b
        if b.end <= q.start and q.start - b.end <= 30:
            if _BASE_NOUN_AFTER_RE.match(text, b.end, q.start) or (
                _BASE_LABEL_BEFORE_RE.match(text, b.end, q.start)
                and _BASE_NOUN_BEFORE_RE.search(text, max(0, b.start - 30), b.start)
            ):
                return b
    return None


#: The year of an inventory a sentence names: "the national GHG Inventory (2012)", "the 2016 inventory", "its
#: inventory for the year 2015", "inventory year 2010".
_INVENTORY_YEAR_RE = rx.compile(
    r"\binventor(?:y|ies)\b(?:\s+(?:of|for|year))?(?:\s+the\s+year)?\s*\(?\s*((?:19|20)\d\d)\b(?!\)?\s*(?:[-–/,]|and|to)\s*(?:19|20)\d\d)"
    r"|\b((?:19|20)\d\d)\s+(?:national\s+)?(?:(?:GHG|greenhouse\s+gas|emissions?)\s+)?inventor(?:y|ies)\b",
    re.IGNORECASE,
)
#: A sentence that cites an inventory named before: "According to this inventory, …", "the latest inventory shows".
_CITES_INVENTORY_RE = rx.compile(
    r"\b(?:this|that|the|said|latest|most\s+recent|last)\s+(?:(?:national|GHG|greenhouse\s+gas|emissions?)\s+){0,3}"
    r"inventory\b",
    re.IGNORECASE,
)


def inventory_year(text: str, start: int, end: int) -> int | None:
    """The one year of the inventory the sentence names (two inventories, or none: None)."""
    found = {int(m.group(1) or m.group(2)) for m in _INVENTORY_YEAR_RE.finditer(text, start, end)}
    return found.pop() if len(found) == 1 else None


def cites_inventory(text: str, start: int, end: int) -> bool:
    """Whether the sentence speaks of an inventory as one already named ("According to this inventory, …")."""
    return _CITES_INVENTORY_RE.search(text, start, end) is not None


#: a level named the base year's without naming the year: "base year emissions … is 52.1 Mt", "emissions in the base
#: year amounted to 5 383 Gg", "Base-year emissions were estimated at 1500 kt"
_BASE_YEAR_LEVEL_RE = rx.compile(
    r"\bbase[\s-]+year(?:'s)?\s+(?:GHG\s+|greenhouse\s+gas\s+)?emissions\b|\bemissions\s+(?:in|of)\s+the\s+base[\s-]+year\b",
    re.IGNORECASE,
)


def base_year_level(text: str, start: int, q: Quantity, observations: list[Observation]) -> int | None:
    """The year of a level its sentence (from ``start``) names the base year's before it, in a sentence that names no
    year: the base year the document's goals so far are measured from (the latest such goal's), None when none is."""
    if q.unit in ("%", "times", "x") or not _BASE_YEAR_LEVEL_RE.search(text, start, q.start):
        return None
    return next((o.base_year for o in reversed(observations) if o.base_year is not None), None)
