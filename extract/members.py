"""How the numbers of one sentence relate: members of a list, a value restated in other terms or in brackets,
the parts of a whole, values set side by side (split from ``kinds``, which reads each number's own kind)."""

from __future__ import annotations

import re

from . import rx
from .context import YEAR_RE
from .quantities import Quantity
from .wordgate import may_hold

#: Between a value and its restatement in other terms: "…, which corresponds to a", ", representing an increase of".
_RESTATE_GAP_RE = rx.compile(
    # (a duration too: "8,000 ha per year for 5 years, i.e. 40,000 ha", the same goal summed over it; a long name of
    # the yardstick before it: "45% relative to absolute emissions in the 2008 base year, i.e., 880 Gg")
    r"(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\d.,])\d{1,2}\s+years?\b){0,80}?\b(?:which\s+(?:\w+\s+){0,2}?)?(?:corresponds?|corresponding|represents?|representing"
    r"|equivalent|equals?|equating|amounts?|amounting|translates?|translating|i\.e\."
    # "28% below emissions in year 2000, at a level of 108,000 tCO2e": the level the cut leaves
    r"|at\s+an?\s+(?:\w+\s+)?level)(?![\w.])[^.;:\d]{0,50}",
    re.IGNORECASE,
)
#: One of these (lower case) is in every _RESTATE_GAP_RE match: a gap without any is no restatement (most are not).
_RESTATE_WORDS = ("correspond", "represent", "equivalent", "equal", "equating", "amount", "translat", "i.e.", "level")
_MODAL_RE = rx.compile(r"\b(?:will|would|shall|could|may|might|should)\b", re.IGNORECASE)


_BRACKET_GAP_RE = rx.compile(r"\s*\(\s*(?:about\s+|around\s+|approximately\s+|~\s*)?")


#: a share of a thing's size in a year, then the amount it comes to in brackets: "100% of the native forest area of
#: year 2012 (849,960 ha)", "a 5% increase in the forest area of year 2012 (892,458 ha)", "(17.5% of the forest area of
#: 2003)"
_SHARE_OF_YEAR_GAP_RE = rx.compile(
    r"\s*(?:(?:increase|decrease|reduction|rise|growth)\s+)?(?:in|of)\s+the\s+[A-Za-z-]+(?:\s+[A-Za-z-]+){0,6}?\s+of\s+"
    r"(?:the\s+)?(?:year\s+)?(?:19|20)\d\d\s*\(\s*(?:about\s+|around\s+|approximately\s+|~\s*)?",
    re.IGNORECASE,
)


def bracketed_amount(text: str, prev: Quantity, q: Quantity) -> bool:
    """``q`` is an amount in brackets right after the share ``prev`` ("by 47% (38,000 Gg CO2 eq.)"): the same cut
    in tonnes, whatever reference scenario the sentence named before it; or after the share and the thing of a year
    it is a share of ("100% of the forest area of year 2012 (849,960 ha)"): the amount the share comes to."""
    if prev.unit != "%" or q.unit == "%":
        return False
    return bool(_BRACKET_GAP_RE.fullmatch(text, prev.end, q.start)) or share_of_year_amount(text, prev, q)


def share_of_year_amount(text: str, prev: Quantity, q: Quantity) -> bool:
    """``q`` is the amount in brackets the share ``prev`` of a thing's size in a year comes to ("100% of the forest
    area of year 2012 (849,960 ha)"): of the share's year, not of the year the brackets follow."""
    return prev.unit == "%" and q.unit != "%" and bool(_SHARE_OF_YEAR_GAP_RE.fullmatch(text, prev.end, q.start))


#: "4,200 Gg, or 5.1%", "12 Mt, i.e. 9%": an apposition that gives the value before it in another unit.
_APPOSITION_GAP_RE = rx.compile(
    r"\s*,\s*(?:or|i\.e\.,?|that\s+is,?|namely)\s*(?:about\s+|around\s+|approximately\s+|nearly\s+)?"
)


def restates(text: str, prev: Quantity, q: Quantity) -> bool:
    """``q`` restates ``prev`` in other terms in the same sentence: it is the same fact or goal, of the same kind.
    (The cheap exact word test first: the pattern, tried at every position of the gap, is slow.)"""
    if bracketed_amount(text, prev, q):
        return True  # "by 47% (38,000 Gg CO2 eq.)": the cut in tonnes
    if prev.unit != q.unit and q.start - prev.end < 24 and _APPOSITION_GAP_RE.fullmatch(text, prev.end, q.start):
        return True  # (same unit: "30% or 40%" are alternatives, not one value twice)
    if not may_hold(text, prev.end, q.start, _RESTATE_WORDS):
        return False
    gap = _RESTATE_GAP_RE.fullmatch(text, prev.end, q.start)
    return bool(gap) and not _MODAL_RE.search(gap.group())


_LIST_GAP_RE = rx.compile(r"\s*(?:,|;|,?\s*and|,?\s*or)\s*")


def in_list(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` follows ``prev`` as the next member of a list of the same unit ("31%, 36% and 39%")."""
    return (
        prev.unit == q.unit and not prev.group and not q.group and bool(_LIST_GAP_RE.fullmatch(text, prev.end, q.start))
    )


_PARALLEL_GAP_RE = rx.compile(r"[^\d;.()，；。]{0,40}")  # Chinese commas separate clauses, not members


def parallel(text: str, prev: Quantity, q: Quantity) -> bool:
    """``q`` continues ``prev``'s enumeration ("by 8% in forestry, 104% for energy"): same unit, a short gap."""
    return prev.unit == q.unit and bool(_PARALLEL_GAP_RE.fullmatch(text, prev.end, q.start))


#: the words that open a breakdown of the amount before them: "6,900 kt, of which 1,979 kt in energy and 4,909 kt in
#: forestry", "including", "among which"
_BREAKDOWN_RE = rx.compile(r"\b(?:of\s+which|among\s+which|including|out\s+of\s+which)\b", re.IGNORECASE)
_BREAKDOWN_WORDS = ("which", "including")
_BREAKDOWN_REACH = 160  # from the whole to the last of its parts


def part_of(text: str, quantities: list[Quantity], i: int) -> int | None:
    """The index of the amount quantity ``i`` is a part of: the last one of the same unit, within reach, that an
    "of which" / "including" follows before the next quantity; None when there is none."""
    q = quantities[i]
    for j in range(i - 1, -1, -1):
        whole = quantities[j]
        if q.start - whole.end > _BREAKDOWN_REACH:
            break  # the quantities come in order: every earlier one is farther still
        if whole.group:
            continue
        if whole.unit != q.unit:
            # a share of the whole, right after the breakdown's word: "8.4 Mt in 2009, of which roughly 60% CO2"
            if q.unit == "%" and j == i - 1 and _SHARE_PART_RE.search(text, whole.end, q.start):
                return j
            continue
        gap_end = quantities[j + 1].num.start
        if not may_hold(text, whole.end, gap_end, _BREAKDOWN_WORDS):
            continue
        if _BREAKDOWN_RE.search(text, whole.end, min(gap_end, whole.end + 80)):
            return j
    return None


#: a share of the whole right after the breakdown's word: "8.4 Mt in 2009, of which roughly 60% CO2"
_SHARE_PART_RE = rx.compile(r"\b(?:of|among|out\s+of)\s+which\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
#: a record's year right after the whole: "8.4 Mt in 2009, of which …"
_DATED_WHOLE_RE = rx.compile(r"\s*(?:in|for)\s+(?:19|20)\d\d\b")
#: a part said to come yet: "2.1 GW in 2020, of which 40% will be replaced by 2030"
_PART_AHEAD_RE = rx.compile(r"[^.;]{0,60}?\b(?:will|shall|would|to\s+be|planned|expected)\b", re.IGNORECASE)


def part_kind(text: str, quantities: list[Quantity], i: int, kinds_read: dict[int, str], limit: int) -> str | None:
    """The kind a part takes from its whole ("avoid 6,900 kt in 2030, of which 1,979 kt in energy": a goal's part;
    "emissions were 8.4 Mt in 2009, of which roughly 60% CO2": a record's), unless its own words say otherwise (a
    goal's part already done, a record's part yet to come); None when it is no part or its whole was not read.

    A record passes its kind on only when dated right after it: in "up to 2 million ha, of which 22% is
    unconditional" the share may be of another amount the sentence named before."""
    q = quantities[i]
    whole = part_of(text, quantities, i)
    if whole is None:
        return None
    kind = kinds_read.get(whole)
    if kind == "target" and not recorded_part(text, q.end, limit):
        return kind
    if kind == "actual" and _DATED_WHOLE_RE.match(text, quantities[whole].end, q.start):
        return None if _PART_AHEAD_RE.match(text, q.end, limit) else kind
    return None


#: a part said to be done already: "(target of 10 million trees, of which 8.5 million already planted)"
_RECORDED_PART_RE = rx.compile(r"[^.;\d]{0,40}?\b(?:already|have\s+been|has\s+been|were|was|had\s+been)\b", re.I)


def recorded_part(text: str, q_end: int, limit: int) -> bool:
    """Whether the words right after a part of a goal say it is done already (a record, not a share of the goal)."""
    return bool(_RECORDED_PART_RE.match(text, q_end, limit))


#: what joins the second member of a coordination to the first, asides of other units between: "a reduction of 4,858 Gg,
#: or 5.3% of the unconditional scenario and 2,643 Gg, or 2.9% of the conditional one"
_AND_MEMBER_GAP_RE = rx.compile(r"[^.;:\d()]{0,60}\band\s+(?:by\s+|about\s+|around\s+|of\s+)?")
_CONDITION_CUE_RE = rx.compile(r"(?:un)?conditional(?:ly)?", re.IGNORECASE)


def coordinated_member(text: str, quantities: list[Quantity], i: int) -> int | None:
    """The index of the earlier member of the same unit that quantity ``i`` is coordinated with by "and" (only
    quantities of other units, its restatements, between them), else None."""
    q = quantities[i]
    if i == 0 or q.group or not _AND_MEMBER_GAP_RE.fullmatch(text, quantities[i - 1].end, q.num.start):
        return None
    for j in range(i - 1, -1, -1):
        if quantities[j].unit == q.unit:
            return None if quantities[j].group else j
    return None


def names_condition_only(text: str, clause_cues: tuple[tuple[int, int, str, bool], ...]) -> bool:
    """Whether a clause has no cue but condition words: "(un)conditional" names which part of a goal a figure is of,
    not whether it is the goal or a record of it (a clause with no cue at all says nothing of its own either)."""
    return all(_CONDITION_CUE_RE.fullmatch(text, a, b) for a, b, _, _ in clause_cues)


def inherited_year(
    text: str, quantities: list[Quantity], i: int, read_years: dict[int, int | None], clause: tuple[int, int]
) -> int | None:
    """The year quantity ``i`` takes from a value read before it: the amount in brackets a share of a thing's year
    comes to ("100% of the forest area of year 2012 (849,960 ha)"), a share in brackets right after an amount ("275
    million MDL (15%)"), or a part of a dated whole its clause names no year of ("1,836 million lei are needed for
    2023-2027, of which 275 million from the state budget"); None when it takes none."""
    q = quantities[i]
    prev = quantities[i - 1] if i else None
    if prev is not None and (i - 1) in read_years and share_of_year_amount(text, prev, q):
        return read_years[i - 1]
    if q.year is not None or YEAR_RE.search(text, *clause):
        return None  # (the part's own clause dates it: "of which 1,979 kt in energy by 2030")
    share = q.unit == "%" and prev is not None and prev.unit != "%"
    if share and prev is not None and _SHARE_BRACKET_GAP_RE.fullmatch(text, prev.end, q.start):
        return read_years.get(i - 1)  # "275.0 million MDL (15%)": the amount's share, of its year
    whole = part_of(text, quantities, i)
    if whole is None or quantities[whole].unit == "%":
        return None  # (a share of a share: "63.4% of which 46.9% is conditional")
    # a share "of which" only of a whole dated right after it ("72,000 tonnes emitted in 2010, of which 90% …"): in
    # "up to 2 million ha, of which 22% is unconditional" it may be of another amount, the sentence's goal
    w = quantities[whole]
    if w.unit == q.unit or _DATED_WHOLE_RE.match(text, w.end, q.start) or _EMITTED_IN_RE.match(text, w.end, q.start):
        return read_years.get(whole)
    return None


_EMITTED_IN_RE = rx.compile(r"\s*(?:emitted|recorded|produced|released)\s+in\s+(?:19|20)\d\d\b", re.IGNORECASE)


_SHARE_BRACKET_GAP_RE = rx.compile(r"\s*\(\s*")
