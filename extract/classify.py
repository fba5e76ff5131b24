"""Classify a number: score every indicator rule whose unit fits by how near its keywords sit, pick the best.

Each keyword group must pay for itself relative to the strongest keyword near the number, so a specific indicator
wins when its extra words are as close as the shared ones.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from . import rx
from .nearness import NumberInSentence
from .rules import (
    PREFIX_LEN,
    ROLE_OF_MEASURE,
    WORLD_REGION,
    Indicator,
    Rule,
    compile_term,
    literal_prefixes,
    literal_starts,
    literal_trie,
    word_anchored,
)
from .scan import ScannedSentence

WORLD = compile_term(r"world|global|worldwide|international(?! cooperation| organi)|planet")
PAY = 0.45  # what a keyword group costs, relative to the strongest keyword: a far group lowers the score
MIN_WEIGHT = 0.06  # a required group weaker than this is not found
EXCLUDE_WEIGHT = 0.4  # an excluded word at least this strong rules the rule out
CONTEXT_BONUS = 0.5
WORLD_BONUS = 0.5
WORLD_MIN = 0.3  # outside region World, a world share needs "world"/"global" this close
POSITION_BONUS = 0.5


class Catalogue:
    """The loaded indicator catalogue; ``classify`` maps a number in a sentence to an indicator id."""

    CACHE_SIZE = 256

    def __init__(self, path: Path, indicators: dict[str, Indicator]) -> None:
        self.path = path
        self.indicators = dict(sorted(indicators.items()))
        self._by_unit: dict[str, list[Indicator]] = {}
        for ind in self.indicators.values():
            for unit in ind.accepted_units:
                self._by_unit.setdefault(unit, []).append(ind)
        self._index = {unit: UnitIndex(inds) for unit, inds in self._by_unit.items()}
        # OrderedDict: popping the oldest is O(1); a dict's first key is found past the slots of the keys popped
        self._sentences: OrderedDict[str, ScannedSentence] = OrderedDict()
        self._finder: StartFinder | None = None
        self._number: NumberInSentence | None = None  # the last number classified: its weights hold in any region

    @property
    def finder(self) -> StartFinder:
        """The word starts of all the catalogue's keywords (built on first use: start-up stays cheap)."""
        if self._finder is None:
            starts = {start for index in self._index.values() for start in index.by_prefix}
            # and the word heads of the keywords' literal starts, so has() and find() can skip those absent
            patterns = {WORLD}.union(*(index.keywords for index in self._index.values()))
            starts.update(s[:PREFIX_LEN] for pattern in patterns for s in literal_starts(pattern) or ())
            self._finder = StartFinder(starts)
        return self._finder

    def rows(self) -> list[dict[str, str]]:
        """indicators.csv rows, sorted by id."""
        return [
            {"indicator": i.id, "name": i.name, "sector": i.sector, "unit": i.unit, "direction": i.direction,
             "description": i.description}
            for i in self.indicators.values()
        ]  # fmt: skip

    def classify(self, sentence: str, start: int, end: int, unit: str, region: str = "China") -> str:
        """Indicator id for the number at sentence[start:end] whose canonical unit is `unit`; "" when none fits."""
        index = self._index.get(unit)
        if not index or not sentence or not 0 <= start < end <= len(sentence):
            return ""
        sent = self._sentence(sentence)
        viable = sent.viable.get(unit)
        if viable is None:
            viable = sent.viable[unit] = index.viable(sent, self.finder)
        if not viable:
            return ""
        number = self._number
        if number is None or number.sent is not sent or (number.start, number.end, number.unit) != (start, end, unit):
            number = self._number = NumberInSentence(sent, start, end, unit)  # kept for the value's other regions
        fits = [fit for ind, rules in viable for rule in rules if (fit := _fit(ind, rule, number, region))]
        if not fits:
            return ""
        # Each keyword group must pay for itself relative to the strongest keyword near this number, so a
        # specific indicator wins when its extra words are as close as the shared ones, and loses when they are far.
        pay = PAY * max(max(weights, default=0.0) for _, weights, _ in fits)
        best, best_score = "", -math.inf
        for ind_id, weights, bonus in fits:
            score = bonus + sum(w - pay for w in weights)
            if score > best_score + 1e-9:
                best, best_score = ind_id, score
        return best

    def _sentence(self, text: str) -> ScannedSentence:
        sent = self._sentences.get(text)
        if sent is None:
            if len(self._sentences) >= self.CACHE_SIZE:
                self._sentences.popitem(last=False)
            sent = self._sentences[text] = ScannedSentence(text)
        return sent


#: Lower-case ASCII letters and digits as they are, every other byte a space (see ``StartFinder.find``)
_WORD_BYTES = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))


class StartFinder:
    """Finds which of a set of word starts (the keywords' literal prefixes) begin words of a lower-case text, in one
    regex pass; a start found stands for the shorter starts it begins with too (the regex matches the longest)."""

    def __init__(self, starts: set[str]) -> None:
        # a start begins a word: it follows a space (``find`` makes every character that is no ASCII letter or digit
        # one, and puts one first), matched rather than looked behind for, so ``re`` skips ahead to the next space
        self.regex = rx.compile(rb" (" + literal_trie(starts).encode() + rb")") if starts else None
        self._heads: dict[int, tuple[re.Pattern[str], _Heads | None]] = {}
        self.shorter = {s: frozenset(s[:n] for n in range(1, len(s) + 1) if s[:n] in starts) for s in starts}
        self._shorter = {s.encode(): shorter for s, shorter in self.shorter.items()}

    def find(self, low: str) -> set[str]:
        """The starts that begin words of ``low``, and maybe a few more: a word after a non-ASCII letter ("éco")
        counts as one (the finder narrows what is looked for; a start found where no keyword matches costs a try).
        """
        if self.regex is None:
            return set()
        # Bytes, every non-word character a space: the regex's first character is a literal, which re scans for in
        # C, where a class ([\W_]) would be tested at every character. A non-ASCII character is one byte ("?").
        spaced = b" " + low.encode("ascii", "replace").translate(_WORD_BYTES)
        # one union in C of the starts each found start stands for
        return set().union(*map(self._shorter.__getitem__, set(self.regex.findall(spaced))))

    def heads_of(self, pattern: re.Pattern[str]) -> _Heads | None:
        """The pattern's literal starts split by word head (see ``_Heads``); None when they tell nothing (no
        literal starts, or the pattern may match inside a word). Read once per pattern, not per sentence."""
        entry = self._heads.get(id(pattern))
        if entry is None:
            if len(self._heads) >= HEADS_MAX:
                self._heads.clear()
            starts = literal_starts(pattern)
            heads = None
            if starts is not None and word_anchored(pattern):
                by_head: dict[str, tuple[str, ...]] = {}
                for s in starts:
                    if s[:PREFIX_LEN] in self.shorter:
                        by_head[s[:PREFIX_LEN]] = (*by_head.get(s[:PREFIX_LEN], ()), s)
                always = tuple(s for s in starts if s[:PREFIX_LEN] not in self.shorter)
                heads = _Heads(always, frozenset(by_head), by_head)
            entry = self._heads[id(pattern)] = (pattern, heads)
        return entry[1]


HEADS_MAX = 4096  # patterns whose heads a finder keeps; beyond, it starts over (only a foreign pattern gets there)


@dataclass(frozen=True)
class _Heads:
    """A word-anchored pattern's literal starts: those whose word head the finder does not look for (``always``
    tried), and the others by head (tried only where ``StartFinder.find`` found the head)."""

    always: tuple[str, ...]
    heads: frozenset[str]
    by_head: dict[str, tuple[str, ...]]


class UnitIndex:
    """The rules of the indicators of one unit, indexed by how their keywords begin, for fast lookup.

    Keywords are numbered (``keywords[k]``): sets of numbers are cheap, while a compiled pattern hashes all its code.
    """

    def __init__(self, indicators: list[Indicator]) -> None:
        self.indicators = indicators
        self.order = {ind.id: i for i, ind in enumerate(indicators)}
        self.keywords: list[re.Pattern[str]] = []
        self._numbers: dict[int, int] = {}  # id(pattern) -> its number; self.keywords holds the pattern
        self.by_prefix: dict[str, set[int]] = {}
        self.unprefixed: set[int] = set()
        # Each rule is triggered by its first required keyword and applies when all its keywords occur.
        self.triggers: dict[int, list[tuple[Indicator, Rule, frozenset[int]]]] = {}
        for ind in indicators:
            for rule in ind.rules:
                numbers = [self._number(pattern) for pattern in rule.keywords]
                self.triggers.setdefault(numbers[0], []).append((ind, rule, frozenset(numbers)))

    def _number(self, pattern: re.Pattern[str]) -> int:
        number = self._numbers.get(id(pattern))
        if number is None:
            number = self._numbers[id(pattern)] = len(self.keywords)
            self.keywords.append(pattern)
            prefixes = literal_prefixes(pattern)
            if prefixes is None:
                self.unprefixed.add(number)
            for prefix in prefixes or ():
                self.by_prefix.setdefault(prefix, set()).add(number)
        return number

    def viable(self, sent: ScannedSentence, finder: StartFinder) -> list[tuple[Indicator, tuple[Rule, ...]]]:
        """The indicators, in id order, with the rules whose keywords all occur in the sentence.

        Only rules whose keywords all may occur are checked, each up to its first missing keyword: a keyword is
        looked for only when some rule still needs it.
        """
        maybe = sent.candidates(self, finder)
        known: dict[int, bool] = {}  # whether each keyword looked for occurs
        keywords, has = self.keywords, sent.has
        found: dict[str, tuple[Indicator, list[Rule]]] = {}
        for number in maybe:
            for ind, rule, needed in self.triggers.get(number, ()):
                if not needed <= maybe:
                    continue
                for k in needed:
                    occurs = known.get(k)
                    if occurs is None:
                        occurs = known[k] = has(keywords[k])
                    if not occurs:
                        break
                else:
                    found.setdefault(ind.id, (ind, []))[1].append(rule)
        ordered = sorted(found.values(), key=lambda item: self.order[item[0].id])
        return [(ind, tuple(sorted(rules, key=ind.rules.index))) for ind, rules in ordered]


_Fit = tuple[str, list[float], float]  # an indicator rule that fits a number: its id, keyword-group weights, bonus


def _fit(ind: Indicator, rule: Rule, number: NumberInSentence, region: str) -> _Fit | None:
    """The rule's weights for the number; None when the measure, a group, an excluded word or the world rules it out."""
    if ind.measure != "any" and ROLE_OF_MEASURE[ind.measure] != number.role:
        return None
    if rule.position is not None and rule.position != number.position:
        return None
    bonus = POSITION_BONUS if rule.position is not None else 0.0
    bonus += CONTEXT_BONUS * len(rule.context)
    weights = []
    for pattern in rule.near:
        weight = number.group_weight(pattern)
        if weight < MIN_WEIGHT:
            return None  # a group not found: the other groups need no weighing
        weights.append(weight)
    for pattern in rule.none:
        if number.group_weight(pattern) >= EXCLUDE_WEIGHT:
            return None
    if ind.world_share:
        if region == WORLD_REGION:
            bonus += WORLD_BONUS
        else:  # "world" is weighed only where it counts
            world = number.group_weight(WORLD)
            if world < WORLD_MIN:
                return None
            weights.append(world)
    return ind.id, weights, bonus
