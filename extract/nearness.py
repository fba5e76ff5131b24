"""How strongly a keyword describes a number: distance in words, clauses crossed, lists, table cells, roles.

``NumberInSentence.weight`` is 1 for a keyword right next to the number in the same clause and decays with
words and clause marks in between; a number's role (level, change, annual rate) decides which measures fit.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import starmap
from operator import itemgetter

from . import rx
from .alternation import first_char_guarded
from .context import guarded
from .lazy import lazy
from .rules import ROLELESS_UNITS
from .scan import FILLER, ScannedSentence, is_link

DECAY = 8.0  # words at which a keyword's weight halves
OTHER_SEGMENT = 0.1  # weight factor for the other members of an "A and B ... x and y, respectively" list


class NumberInSentence:
    """One number in one sentence: its token range, role, ratio position and list-member weights."""

    def __init__(self, sent: ScannedSentence, start: int, end: int, unit: str) -> None:
        self.sent, self.start, self.end, self.unit = sent, start, end, unit
        self.cell = sent.cell_at(start)
        # keyword group weights by id(pattern), with the pattern held so its id stays its own
        self._weights: dict[int, tuple[re.Pattern[str], float]] = {}

    # Computed on first use: a rule ruled out by role or ratio position needs no tokens of the sentence.
    @lazy
    def first(self) -> int:
        return bisect_right(self.sent.ends, self.start)

    @lazy
    def last(self) -> int:
        return max(self.first, bisect_left(self.sent.starts, self.end) - 1)

    @lazy
    def role(self) -> str:
        sent = self.sent
        return "level" if self.unit in ROLELESS_UNITS else _role(sent.text, self.start, self.end, self.cell, sent.cells)

    @lazy
    def position(self) -> int | None:
        return _ratio_position(self.sent.ratios, self.start)

    @lazy
    def segment_factor(self) -> dict[int, float]:
        return _respectively_factors(self.sent, self.first, self.last)

    @lazy
    def run(self) -> _Run | None:
        return _Run.around(self.sent, self.first, self.last)

    def group_weight(self, pattern: re.Pattern[str]) -> float:
        """The weight of a keyword group: its strongest hit (kept: rules of several indicators share keywords)."""
        entry = self._weights.get(id(pattern))
        if entry is None:
            entry = self._weights[id(pattern)] = (pattern, self.strongest(self.sent.find(pattern)))
        return entry[1]

    def strongest(self, hits: list[tuple[int, int]]) -> float:
        """The weight of a keyword group: that of its strongest hit, 0.0 without one.

        Beyond the number (or its list of values) a hit weighs less the farther it lies: every token crossed costs
        a factor <= 1 and adds distance. So on each side only the nearest hit is weighed, and as hits come in text
        order (by first and by last token), the far sides are a head and a tail of ``hits``.
        """
        if self.segment_factor:  # "respectively" weighs each hit by its list member: weigh them all
            return max((self.weight(hit) for hit in hits), default=0.0)
        best, sent = 0.0, self.sent
        if sent.cells:
            lo = bisect_left(hits, self.cell, key=lambda hit: sent.cell_at(sent.starts[hit[0]]))
            hi = bisect_right(hits, self.cell, lo=lo, key=lambda hit: sent.cell_at(sent.starts[hit[0]]))
            for hit in hits[:lo]:  # a row label, or another value's cell
                best = max(best, self._table_weight(hit))
            hits = hits[lo:hi]  # the number's own cell; later cells weigh 0
        if not hits:
            return best
        run = self.run
        left = run.elements[0] if run else self.first
        right = run.elements[-1] if run and not run.is_last else self.last
        before = bisect_left(hits, left, key=itemgetter(1))  # hits wholly before: weighed by their last token
        after = bisect_right(hits, right, key=itemgetter(0))  # hits from here on lie wholly after
        return max(best, max(starmap(self._text_weight, hits[max(before - 1, 0) : after + 1])))

    def weight(self, hit: tuple[int, int]) -> float:
        """How strongly a keyword at token range ``hit`` describes this number (1 = adjacent, same clause)."""
        sent = self.sent
        factor = self.segment_factor.get(hit[0], 1.0)
        if sent.cells:
            return factor * self._table_weight(hit)
        return factor * self._text_weight(hit[0], hit[1])

    def _text_weight(self, first: int, last: int) -> float:
        """The weight of a keyword at tokens first..last: by the tokens between it and the number (or its list)."""
        factor, run = 1.0, self.run
        # "added 60 GW of wind and 120 GW of solar": words before or after the list are shared by its members
        if run is not None and last < run.elements[0]:
            factor, lo, hi = run.lead_factor, last + 1, run.elements[0]
        elif run is not None and first > run.elements[-1] and not run.is_last:
            factor, lo, hi = run.trail_factor, run.elements[-1] + 1, first
        else:
            if run is not None:
                factor = run.owner_factor(first)
            if last < self.first:
                lo, hi = last + 1, self.first
            elif first > self.last:
                lo, hi = self.last + 1, first
            else:
                return 1.0
        # separated from the number by tokens lo..hi-1: distance decay times crossing costs
        sent = self.sent
        distance = sent.words[hi] - sent.words[lo]
        return factor * (math.exp(sent.log_cost[hi] - sent.log_cost[lo]) / (1.0 + distance / DECAY))

    def _table_weight(self, hit: tuple[int, int]) -> float:
        """In a table row the label (first cell, or text cells before the number's) reads as written just before it."""
        sent = self.sent
        hit_cell = sent.cell_at(sent.starts[hit[0]])
        if hit_cell == self.cell:
            return self._text_weight(*hit)
        if hit_cell > self.cell or (hit_cell > 0 and sent.value_cells[hit_cell]):
            return 0.0
        cell_start = bisect_left(sent.starts, sent.cells[self.cell][0])
        label_end = sent.cell_ends[hit_cell]
        distance = (sent.words[label_end] - sent.words[hit[1] + 1]) + (sent.words[self.first] - sent.words[cell_start])
        return 1.0 / (1.0 + max(distance, 0) / DECAY)


OWNED = 0.5  # a keyword in another list member's own phrase mostly describes that member


@dataclass
class _Run:
    """A list of values joined by "and" or commas ("60 GW of wind and 120 GW of solar"), and our place in it."""

    elements: list[int]  # token index of each value
    links: list[int]  # token index of the "and"/"," after each value but the last
    k: int  # our value's place
    lead_factor: float  # for words before the list: lower when our value has its own verb ("and sold 6.9 million")
    trail_factor: float  # for words after the list: lower when our value has its own noun ("60 GW of wind, ...")

    @property
    def is_last(self) -> bool:
        return self.k == len(self.elements) - 1

    @classmethod
    def around(cls, sent: ScannedSentence, first: int, last: int) -> _Run | None:
        elements = sent.value_run(first, last)
        if len(elements) < 2:
            return None  # a value on its own is no list
        k = next((i for i, e in enumerate(elements) if first <= e <= last), -1)
        if k < 0:
            return None
        texts = sent.texts
        links = [next(j for j in range(b - 1, a, -1) if is_link(texts[j])) for a, b in itertools.pairwise(elements)]
        own_lead = k > 0 and _has_own_words(sent, links[k - 1] + 1, elements[k])
        own_trail = not k == len(elements) - 1 and _has_own_words(sent, elements[k] + 1, links[k])
        return cls(elements, links, k, OWNED if own_lead else 1.0, OWNED if own_trail else 1.0)

    def owner_factor(self, index: int) -> float:
        """OWNED when the token lies in another member's own phrase (between that value and a link)."""
        for j, element in enumerate(self.elements):
            if j == self.k:
                continue
            lead_start = self.links[j - 1] + 1 if j > 0 else element
            trail_end = self.links[j] if j < len(self.links) else element + 1
            if lead_start <= index < element or element < index < trail_end:
                return OWNED
        return 1.0


def _has_own_words(sent: ScannedSentence, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi-1 hold a word that is no unit, scale word or qualifier."""
    return any(
        kind == "word" and text.lower() not in FILLER
        for kind, text in zip(sent.kinds[lo:hi], sent.texts[lo:hi], strict=True)
    )


# ------------------------------------------------------------------------------------------- number roles ----

QUAL = (
    r"(?:more than|less than|over|about|around|approximately|approx\.?|nearly|almost|roughly|some|at least|"
    r"at most|up to|as much as|as many as|a total of|total of|a|an|the|its|their|impressive|remarkable|"
    r"substantial|significant|notable|considerable|overall|cumulative|cumulatively|average|estimated|only|just|"
    r"exceeding|surpassing|below|above|under|another|further|additional|net|by)"
)
CHANGE_STEMS = (
    r"reduc|decreas|declin|cut|lower|increas|rais|rise|rose|risen|rising|grow|grew|drop|fell|fall|surg|improv|"
    r"gain|boost|jump|slash|climb|increment|shrank|shrink"
)
UP_DOWN = r"(?<!made )(?<!make )(?<!makes )(?<!making )\b(?:up|down)"  # "made up 36%" is a share, not a change
CHANGE_LEFT = guarded("bcdfgijlrsu", rf"(?:\b(?:{CHANGE_STEMS})\w*|{UP_DOWN})(?:\s+(?:of|by))?(?:\s+{QUAL})*\s*$", re.I)
BY_LEFT = guarded("b", rf"\bby(?:\s+{QUAL})*\s*$", re.I)
CHANGE_RIGHT = rx.compile(
    rf"^\s*(?:%|percent|per cent|percentage points?|pp\b|-?fold|times)?[\s\-]*(?:{QUAL}\s+)*"
    r"(?:year[\s-]+on[\s-]+year\s+|yoy\s+)?"
    r"(?:reduction|decrease|decline|drop|cut|increase|rise|growth|gain|improvement|lower|higher|less\b|more\b|"
    r"below|above|down\b|up\b|fewer|compared|relative to|than\b|over (?:the )?(?:previous|same|last|prior)|"
    r"(?:from|over|on) (?:the )?(?:19|20)\d\d|against|year[\s-]+on[\s-]+year|yoy\b)",
    re.I,
)
ANNUAL_WORD = guarded("acepy", r"\b(?:annual(?:ly)?|yearly|per (?:year|annum)|a year|each year|cagr|compound)\b", re.I)
GROWTH_WORD = guarded("gir", r"\b(?:growth|grow|grew|increase|rise|rate)", re.I)
ANNUAL_RIGHT = rx.compile(
    rf"^\s*(?:%|percent|per cent)?\s*(?:{QUAL}\s+)*"
    r"(?:annual(?:ly)?|a year|per year|per annum|each year|every year|yearly|on average|cagr)\b",
    re.I,
)
TABLE_CHANGE = first_char_guarded(rf"\b(?:{CHANGE_STEMS})\w*", re.I)
ANNUAL_RIGHT_WORDS = ("annu", "year", "average", "cagr")  # one is in every ANNUAL_RIGHT match, in lower case
GROWTH_RATE_OR_ANNUAL = rx.compile(r"growth rate|annual", re.I)


# Every character of a CHANGE_LEFT or BY_LEFT match is a word character, a space or "." (stems, QUAL words, "approx.")
# and the match runs to the end: it starts after the last other character, so the search starts there too.
_LAST_OTHER = rx.compile(r"(?s).*[^\w\s.]")


def left_tail(left: str) -> int:
    """Where the run of word characters, spaces and dots that ends ``left`` begins."""
    m = _LAST_OTHER.match(left)
    return m.end() if m else 0


def _role(text: str, start: int, end: int, cell: int, cells: list[tuple[int, int]]) -> str:
    """``annual`` (growth rate per year), ``change`` (against a base) or ``level`` for the number at start:end."""
    lo = cells[cell][0] if cells else 0
    hi = cells[cell][1] if cells else len(text)
    left, right = text[max(lo, start - 90) : start], text[end : min(hi, end + 60)]
    window = " ".join(left.split()[-8:])
    # word tests in lower case first (exact: no letter of these words is one that case-blind matching pairs with a
    # non-ASCII character, i k s), so most numbers are not tried against the regexes that cannot match
    if (ANNUAL_WORD.search(window) and GROWTH_WORD.search(window)) or "growth rate" in window.lower():
        return "annual"
    right_low = right.lower()
    if any(map(right_low.__contains__, ANNUAL_RIGHT_WORDS)) and ANNUAL_RIGHT.match(right):
        return "annual"
    tail = left_tail(left)
    if (
        CHANGE_LEFT.search(left, tail)
        or ("by" in left.lower() and BY_LEFT.search(left, tail))
        or CHANGE_RIGHT.match(right)
    ):
        return "change"
    if cells and cell > 0:
        label = text[cells[0][0] : cells[0][1]]
        if TABLE_CHANGE.search(label):
            return "change"
        if GROWTH_RATE_OR_ANNUAL.search(label):
            return "annual"
    return "level"


def _ratio_position(ratios: list[tuple[int, int, str]], start: int) -> int | None:
    """1-based place of the number in an ``a:b:c`` ratio such as a sector structure 7.3:39.9:52.8."""
    for r_start, r_end, text in ratios:
        if r_start <= start < r_end:
            return text[: start - r_start].count(":") + 1
    return None


def _respectively_factors(sent: ScannedSentence, first: int, last: int) -> dict[int, float]:
    """Down-weight the other members of "A and B ... x and y, respectively" so x reads as A and y as B."""
    if not sent.respectively:
        return {}
    run = sent.value_run(first, last)
    if len(run) < 2:
        return {}
    k = next((i for i, idx in enumerate(run) if first <= idx <= last), -1)
    segments = _coordination(sent, run)
    if k < 0 or len(segments) != len(run):
        return {}
    factors: dict[int, float] = {}
    for j, (lo, hi) in enumerate(segments):
        if j != k:
            factors.update({i: OTHER_SEGMENT for i in range(lo, hi)})
    return factors


def _coordination(sent: ScannedSentence, run: list[int]) -> list[tuple[int, int]]:
    """Token ranges of the coordinated phrases ("A", "B") in front of the value list, one per value."""
    kinds, texts = sent.kinds, sent.texts
    prev = max((i for i, kind in enumerate(kinds[: run[0]]) if kind == "num"), default=-1)
    ands = [i for i in range(prev + 1, run[0]) if texts[i].lower() == "and"]
    if not ands:
        return []
    cut = ands[-1]
    end = next((i for i in range(cut + 1, run[0]) if kinds[i] == "punct"), run[0])
    bounds = [(cut + 1, end)]
    hi = cut
    for _ in range(len(run) - 1):
        lo = next((i for i in range(hi - 1, prev, -1) if kinds[i] == "punct"), prev) + 1
        bounds.insert(0, (lo, hi))
        hi = lo - 1
    return bounds
