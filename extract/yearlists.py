"""A list of years paired in order with a list of as many values: "29% and 32% in 2030 and 2035, respectively",
"-15.6% and -24.2% respectively in 2025 and 2030", "By 2030 and 2035, raise the share to 40% and 55%". Part of the year
stage (``yearlinks.link_years`` asks these first); kept apart so each reads alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .quantities import Quantity

if TYPE_CHECKING:
    from .years import SentenceYears

RESPECTIVELY_RE = first_char_guarded(r"\brespectively\b", re.IGNORECASE)
# (a fiscal year's tail stays with its year: "2023/24 and 2024/25", "FY2023/24 and FY2024/25")
YEAR_LINK_RE = rx.compile(r"(?:/\d\d)?\s*(?:,\s*and|,|and)\s*(?:FY\s*)?")
# (a signed value's minus is no gap: "of -3.9% and -6.0% respectively")
QUANTITY_LINK_RE = rx.compile(r"\s*(?:,\s*and|,|and)\s*(?:about\s+|around\s+|by\s+)?[-−–]?")


def assign_respective_years(text: str, quantities: list[Quantity], years: SentenceYears, end: int) -> None:
    """'cuts of 29% and 32% ... in 2030 and 2035, respectively': the n-th quantity of a list takes the n-th year.

    The years form a list ("2030 and 2035", "2025, 2030 and 2035") followed by "respectively"; the quantities
    are the last list of as many quantities before it, joined by "and" or commas.
    """
    if len(quantities) < 2 or len(years.mentions) < 2 or not RESPECTIVELY_RE.search(text, years.start, end):
        return
    for resp in RESPECTIVELY_RE.finditer(text, years.start, end):
        before = [y for y in years.mentions if y.end <= resp.start() and y.role not in ("base", "bau", "act")]
        run: list[cx.YearMention] = []
        for y in reversed(before):
            if not run:
                if not re.fullmatch(r"[\s,)]*", text[y.end : resp.start()]):
                    break
                run.insert(0, y)
            elif YEAR_LINK_RE.fullmatch(text[y.end : run[0].start]):
                run.insert(0, y)
            else:
                break
        if len(run) < 2:
            run = _years_after(text, years, resp.end())  # "-15.6% and -24.2% respectively in 2025 and 2030"
        parallel = len(run) < 2  # (the years, when any, are an earlier list's deadlines: the list is after them)
        if parallel:
            run = _parallel_deadlines(text, quantities, years, resp.start())
        if len(run) < 2:
            continue
        listed = [q for q in quantities if q.end <= (resp.start() if parallel else min(run[0].start, resp.start()))]
        if len(run) == 2 and _pair_changes(listed, years, run):
            continue
        listed, partners = _bracket_partners(text, listed)
        chain: list[Quantity] = listed[-1:]
        for q in reversed(listed[:-1]):
            after = partners[id(q)].end if id(q) in partners else q.end  # (past its partner's bracket)
            if len(chain) == len(run) or not QUANTITY_LINK_RE.fullmatch(text[after : chain[0].start].lstrip(" )")):
                break
            chain.insert(0, q)
        if len(chain) == len(run):
            for q, y in zip(chain, run, strict=True):
                q.year = y.year
                if id(q) in partners:
                    partners[id(q)].year = y.year


_PARTNER_OPENS_RE = rx.compile(r"\s*\(\s*")


def _bracket_partners(text: str, listed: list[Quantity]) -> tuple[list[Quantity], dict[int, Quantity]]:
    """The members of a list, less the values bracketed right after a member ("2,237 kt (-4,821 kt) and 2,281 kt
    (-5,065 kt) in 2018 and 2022, respectively": the removals beside each total), each kept as its member's partner,
    which takes the member's year (``id`` of the member -> its partner)."""
    members: list[Quantity] = []
    partners: dict[int, Quantity] = {}
    for q in listed:
        if members and id(members[-1]) not in partners and _PARTNER_OPENS_RE.fullmatch(text, members[-1].end, q.start):
            partners[id(members[-1])] = q
        else:
            members.append(q)
    return members, partners


def _pair_changes(listed: list[Quantity], years: SentenceYears, run: list[cx.YearMention]) -> bool:
    """ "… rose from 12.7 to 15.9 litres, and diesel from 28.7 to 54.7 litres in 1991 and 2000 respectively": each
    change's start takes the first year, its end the second. Only from-to pairs right before the two years, with no
    other year between them, are paired; True when some were."""
    pairs: list[tuple[Quantity, Quantity]] = []
    k = len(listed) - 1
    while k >= 1 and listed[k].group == "to" and listed[k - 1].group == "from":
        pairs.insert(0, (listed[k - 1], listed[k]))
        k -= 2
    if not pairs or any(pairs[0][0].start < y.start < run[0].start for y in years.mentions):
        return False
    for start, end in pairs:
        start.year, end.year = run[0].year, run[1].year
    return True


_RESPECTIVE_YEARS_RE = rx.compile(r"\s*,?\s*(?:in|for|by)?\s*$")


def _parallel_deadlines(
    text: str, quantities: list[Quantity], years: SentenceYears, pos: int
) -> list[cx.YearMention]:
    """The deadlines of an earlier list of values that a "respectively" list after them follows, one each: "75% of
    urban areas by 2025 and 100% by 2035, with rates of 50% and 75% respectively in rural areas" (the last two values
    are the rural side of the same steps). Each deadline right after a value of its own, rising; none when the
    listed values before "respectively" are not as many as those deadlines."""
    listed = [q for q in quantities if q.end <= pos]
    chain = listed[-1:]
    for q in reversed(listed[:-1]):
        if not QUANTITY_LINK_RE.fullmatch(text[q.end : chain[0].start].lstrip(" )")):
            break
        chain.insert(0, q)
    n = len(chain)
    if n < 2:
        return []
    before = [y for y in years.mentions if y.end <= chain[0].start and y.role == "by"]
    run = before[-n:]
    if len(run) < n or any(a.year >= b.year for a, b in zip(run, run[1:], strict=False)):
        return []
    # each deadline closes a value of its own: "75% … by 2025", then "100% by 2035"
    edges = [-1] + [y.start for y in run]
    for lo, hi in zip(edges, edges[1:], strict=False):
        if not any(lo < q.start and q.end <= hi for q in quantities):
            return []
    return run


def _years_after(text: str, years: SentenceYears, pos: int) -> list[cx.YearMention]:
    """The list of years written right after "respectively" ("… respectively in 2025 and 2030"), or none."""
    run: list[cx.YearMention] = []
    for y in years.mentions:
        if y.start < pos or y.role in ("base", "bau", "act"):
            continue
        gap = text[run[-1].end : y.start] if run else text[pos : y.start]
        if (run and YEAR_LINK_RE.fullmatch(gap)) or (not run and _RESPECTIVE_YEARS_RE.match(gap)):
            run.append(y)
        else:
            break
    return run


def assign_paired_years(text: str, quantities: list[Quantity], years: SentenceYears) -> None:
    """'By 2030 and 2035, raise the share to 40% and 55%': a list of years and one list of as many values of one
    unit in the same sentence pair in order, as with "respectively" left unsaid.

    Only a list of increasing years that are not references or spans, and only when the sentence holds exactly one
    list of that length (values joined by "and" or commas): two lists, or lone values, leave the years to the
    other rules.
    """
    if len(quantities) < 2 or len(years.mentions) < 2:
        return
    runs: list[list[cx.YearMention]] = []
    for y in years.mentions:
        if y.role in ("base", "bau", "act", "span_start", "span_end"):
            runs.append([])
        elif (
            runs
            and runs[-1]
            and YEAR_LINK_RE.fullmatch(text, runs[-1][-1].end, y.start)
            and y.year > runs[-1][-1].year
        ):
            runs[-1].append(y)
        else:
            runs.append([y])
    year_lists = [r for r in runs if len(r) >= 2]
    if not year_lists:
        return
    chains: list[list[Quantity]] = []
    for q in quantities:
        prev = chains[-1][-1] if chains else None
        if (
            prev is not None
            and not q.group
            and not prev.group
            and q.unit == prev.unit
            and QUANTITY_LINK_RE.fullmatch(text, prev.end, q.start)
            and {prev.qualifier, q.qualifier} != {">=", "<="}  # "between 398 and 614 Mt": one range, no list
        ):
            chains[-1].append(q)
        else:
            chains.append([q])
    lists = [c for c in chains if len(c) >= 2]
    if len(year_lists) > 1:
        _pair_each_run(text, lists, year_lists)
        return
    run = year_lists[0]
    listed_years = {y.year for y in run}
    # one list of as many values, or several ("wind 390 MW and 2,100 MW, and solar 560 MW and 900 MW"), each in order
    if not lists or any(len(c) != len(run) or any(q.year not in (None, *listed_years) for q in c) for c in lists):
        return  # (the last value may have taken the list's first year as its own: "33% in 2030 and 2035")
    lo, hi = min(run[0].start, lists[0][0].start), max(run[-1].end, lists[-1][-1].end)
    if _SENTENCE_BREAK_RE.search(text, lo, hi):
        return  # a table cell may hold several sentences: the lists must share one
    for listed in lists:
        for q, y in zip(listed, run, strict=True):
            q.year = y.year


_SENTENCE_BREAK_RE = rx.compile(r"[.;]\s+[A-Z(]")


def _pair_each_run(text: str, lists: list[list[Quantity]], year_lists: list[list[cx.YearMention]]) -> None:
    """'9.03% and 11.82% respectively by 2025 and 2030 …; and 24.16% and 24.28% respectively by 2025 and 2030': with
    several lists of years, each pairs with the list of as many values right before it (after the list of years
    before), in order; a list of years with no such list dates nothing."""
    floor = -1
    for run in year_lists:
        before = [c for c in lists if floor < c[0].start and c[-1].end <= run[0].start]
        chain = before[-1] if before else []
        if len(chain) == len(run) and not _SENTENCE_BREAK_RE.search(text, chain[-1].end, run[0].start):
            for q, y in zip(chain, run, strict=True):
                if q.year is None:
                    q.year = y.year
        floor = run[-1].end


#: what may stand between "respectively" and the list it distributes: "respectively, to a reduction of 37% and 43%"
_RESPECTIVE_LEAD_RE = rx.compile(
    r"[\s,]*(?:to\s+|with\s+|at\s+)?(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+|by\s+)?"
)


def assign_respective_after(text: str, quantities: list[Quantity], end: int) -> None:
    """'… 1.3 Gt in 2025 and 1.2 Gt in 2030, corresponding, respectively, to a reduction of 37% and 43%': a list
    that "respectively" opens takes, in order, the own years of the list of as many values before it (read once the
    values' own years are linked)."""
    if len(quantities) < 4:
        return
    for resp in RESPECTIVELY_RE.finditer(text, quantities[0].end, end):
        after = [i for i, q in enumerate(quantities) if q.start >= resp.end()]
        if not after or not _RESPECTIVE_LEAD_RE.fullmatch(text, resp.end(), quantities[after[0]].start):
            continue
        chain = [after[0]]
        for i in after[1:]:
            if not QUANTITY_LINK_RE.fullmatch(text, quantities[chain[-1]].end, quantities[i].start):
                break
            chain.append(i)
        before = [q for q in quantities[: after[0]] if q.year is not None]
        listed = before[-len(chain) :]
        if len(chain) < 2 or len(listed) < len(chain) or any(quantities[i].year is not None for i in chain):
            continue
        if any(a.year >= b.year for a, b in zip(listed, listed[1:], strict=False)):
            continue  # (the earlier values' own years, rising: a list of deadlines)
        for i, q in zip(chain, listed, strict=True):
            quantities[i].year = q.year
