"""The catalogue's building blocks: indicators, their phrasing rules, keyword patterns and the error they raise.

Kept apart from the YAML loader (catalogue.py) and the classifier (classify.py) so both read the same types.
A keyword pattern's literal starts also serve to search for it (``occurs``, ``matches``) by str.find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from re import _constants as sre
from re import _parser as sre_parse

from . import rx

WORLD_REGION = "World"
# level/share/rate are all read as "a level" in text; they differ only in meaning for the analyst.
ROLE_OF_MEASURE = {"level": "level", "share": "level", "rate": "level", "change": "change", "growth_rate": "annual"}
# Units whose numbers are never changes or rates (counts of things, years, ratios).
ROLELESS_UNITS = frozenset({"count", "million", "year", "ratio", "million TEU"})


class CatalogueError(Exception):
    """A catalogue that cannot be used. ``str(exc)`` is one line: ``<file>: <key path>: <problem>; <how to fix>``."""

    def __init__(self, file: Path | str, where: str, problem: str, fix: str) -> None:
        self.file, self.where, self.problem, self.fix = str(file), where, problem, fix
        super().__init__(f"{self.file}: {where}: {problem}; {fix}")


@dataclass(frozen=True)
class Rule:
    """One way an indicator is phrased: keyword groups near the number, words that exclude it, sentence context."""

    near: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...] = ()
    context: tuple[re.Pattern[str], ...] = ()
    position: int | None = None  # 1-based element of an "a:b:c" ratio

    @property
    def keywords(self) -> tuple[re.Pattern[str], ...]:
        """The patterns that must all occur in a sentence for the rule to apply."""
        return (*self.context, *self.near)


@dataclass(frozen=True)
class Indicator:
    """A catalogue entry; the first six fields are the indicators.csv columns."""

    id: str
    name: str
    sector: str
    unit: str
    direction: str
    description: str
    measure: str = "level"
    world_share: bool = False
    units: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = field(default=(), repr=False)

    @property
    def accepted_units(self) -> tuple[str, ...]:
        return (self.unit, *self.units)


WORD_START = r"(?<![^\W_])"
PREFIX_LEN = 5
PREFIX_LENGTHS = range(1, PREFIX_LEN + 1)


def compile_term(term: str, path: Path | str = "", where: str = "") -> re.Pattern[str]:
    """A keyword pattern: a regex matched case-insensitively at a word start; a space matches spaces or hyphens.

    ``"non ?fossil"`` matches non-fossil, non fossil and nonfossil; ``"capacit"`` matches capacity and capacities.
    When every alternative starts with letters, a lookahead for their first letters leads the pattern: a search
    then skips the other positions without trying the pattern there (the classifier's keyword searches run a third
    faster); matches are unchanged.
    """
    source = term.strip().replace(" ?", r"[\s\-]*").replace(" ", r"[\s\-]+")
    prefixes = _source_prefixes(source)
    guard = f"(?=[{''.join(sorted({p[0] for p in prefixes}))}])" if prefixes else ""
    try:
        pattern = rx.compile(f"{guard}{WORD_START}(?:{source})", re.IGNORECASE)
    except re.error:
        try:  # the error as the term reads, without the lookahead
            rx.compile(f"{WORD_START}(?:{source})", re.IGNORECASE)
        except re.error as exc:
            raise CatalogueError(
                path, where, f"invalid regular expression {term!r}: {exc}", "fix the pattern (escape ( ) [ ] . with \\)"
            ) from None
        raise
    if not prefixes and pattern.match(""):  # with literal starts it cannot match empty text
        raise CatalogueError(path, where, f"pattern {term!r} matches empty text", "remove the empty alternative")
    return pattern


def literal_prefixes(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case literal word starts of each top-level alternative, for a cheap pre-check; None if unknown."""
    source = pattern.pattern
    if source.startswith("(?=["):  # compile_term's first-letter lookahead
        source = source[source.index("])") + 2 :]
    source = source.removeprefix(WORD_START)
    if source.startswith("(?:") and source.endswith(")"):
        source = source[3:-1]
    return _source_prefixes(source)


@cache  # a term and its compiled pattern ask for the same source
def _source_prefixes(source: str) -> tuple[str, ...] | None:
    prefixes, depth, branch_start = [], 0, 0
    for m in re.finditer(r"[()|]", source + "|"):  # other characters change nothing
        i, ch = m.start(), m.group()
        if ch == "(" and source[i - 1 : i] != "\\":
            depth += 1
        elif ch == ")" and source[i - 1 : i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            literal = re.match(r"[a-z0-9]*", source[branch_start:i].lower()).group()
            if source[branch_start + len(literal) : branch_start + len(literal) + 1] in ("?", "*", "{"):
                literal = literal[:-1]
            if not literal:
                return None
            prefixes.append(literal[:PREFIX_LEN])
            branch_start = i + 1
    return tuple(prefixes)


MAX_STARTS = 64  # literal starts kept per pattern; beyond this the expansion stops early (still a valid start)


_STARTS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}
_STARTS_MAX = 4096  # a process that loads many catalogues starts over rather than keep every old pattern alive


def literal_starts(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case letters and digits that every match of the pattern begins with, one string per way to begin; None
    when some match may begin otherwise. With them a keyword is looked for by ``str.find`` and tried only there.

    Read from the regex module's own parse tree (not the pattern text), so groups, alternatives and escapes count
    exactly as the engine reads them. Cached by identity: hashing a compiled pattern hashes all its code, which
    costs more than the lookup; the cache holds the pattern, so no other pattern can take its id.
    """
    entry = _STARTS.get(id(pattern))
    if entry is None:
        if len(_STARTS) >= _STARTS_MAX:
            _STARTS.clear()
        entry = _STARTS[id(pattern)] = (pattern, _starts(pattern))
    return entry[1]


_ANCHORED: dict[int, tuple[re.Pattern[str], bool]] = {}


def word_anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every match begins at a word start: compile_term's WORD_START leads the pattern (after its guard).
    Cached by identity, as ``literal_starts``."""
    entry = _ANCHORED.get(id(pattern))
    if entry is None:
        if len(_ANCHORED) >= _STARTS_MAX:
            _ANCHORED.clear()
        source = pattern.pattern
        if source.startswith("(?=[") and "])" in source:  # compile_term's first-letter lookahead
            source = source[source.index("])") + 2 :]
        entry = _ANCHORED[id(pattern)] = (pattern, source.startswith(WORD_START))
    return entry[1]


def _starts(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Stored with the compiled patterns (``rx.memo``): parsing a pattern costs as much as compiling it, and a process
    reads the starts of every keyword of the catalogue."""
    return rx.memo("literal_starts", _VERSION, pattern.pattern, pattern.flags, lambda: _parsed_starts(pattern))


_VERSION = rx.source_version(__file__)


def _parsed_starts(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    try:
        ops = sre_parse.parse(pattern.pattern, pattern.flags).data
    except (re.error, TypeError, ValueError):
        return None
    starts, _ = _literal_starts(ops)
    if "" in starts:
        return None
    kept = sorted(starts)  # a start with a shorter start as its prefix sorts after it; it adds nothing
    return tuple(s for i, s in enumerate(kept) if not any(s.startswith(t) for t in kept[:i]))


def _literal_starts(ops: list) -> tuple[set[str], bool]:
    """The literal starts of a sequence of parsed ops, and whether every match of the whole sequence is one of them."""
    starts = {""}
    for op, av in ops:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: consumes nothing, so the starts go on after it
        if op is sre.LITERAL:
            chars, complete = _alnum([av]), True
        elif op is sre.IN:
            literal = all(kind is sre.LITERAL for kind, _ in av)  # [sz]: no ranges, classes or negation
            chars, complete = (_alnum([code for _, code in av]) if literal else None), True
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group with no flags of its own
            chars, complete = _literal_starts(av[3].data)
        elif op is sre.BRANCH:
            parts = [_literal_starts(alt.data) for alt in av[1]]
            chars = set().union(*(p[0] for p in parts))
            complete = all(p[1] for p in parts)
        else:
            chars, complete = None, False
        if not chars or len(starts) * len(chars) > MAX_STARTS:
            return starts, False
        starts = {s + c for s in starts for c in chars}
        if not complete:
            return starts, False
    return starts, True


def _alnum(codes: list[int]) -> set[str] | None:
    """Lower-case ASCII letters and digits for the character codes; None if any is something else."""
    chars = {chr(code).lower() for code in codes}
    return chars if all(c.isascii() and c.isalnum() for c in chars) else None


def occurs(pattern: re.Pattern[str], text: str, low: str) -> bool:
    """``pattern.search(text) is not None``, trying the pattern only where one of its literal starts occurs in
    ``low`` (the lower-case text, aligned with ``text``): str.find skips the rest far faster than the regex engine."""
    return occurs_from(literal_starts(pattern), pattern, text, low)


def occurs_from(starts: tuple[str, ...] | None, pattern: re.Pattern[str], text: str, low: str) -> bool:
    """``occurs`` given the literal starts that may occur (None: unknown, the pattern is searched for)."""
    if starts is None:
        return pattern.search(text) is not None
    match = pattern.match  # match(text, i) sees text before i, as a search passing i would
    for start in starts:
        i = low.find(start)
        while i >= 0:
            if match(text, i):
                return True
            i = low.find(start, i + 1)
    return False


def matches(pattern: re.Pattern[str], text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying the pattern only where one of its literal starts occurs (see ``occurs``)."""
    return matches_from(literal_starts(pattern), pattern, text, low)


def matches_from(
    starts: tuple[str, ...] | None, pattern: re.Pattern[str], text: str, low: str | None
) -> Iterator[re.Match[str]]:
    """``matches`` given the literal starts that may occur (None: unknown, the pattern is searched for)."""
    if starts is None or low is None:
        yield from pattern.finditer(text)
        return
    tries = set()
    for start in starts:
        i = low.find(start)
        while i >= 0:
            tries.add(i)
            i = low.find(start, i + 1)
    end = 0
    for i in sorted(tries):  # leftmost match first, the next one searched from its end: finditer's order
        if i >= end and (m := pattern.match(text, i)):
            yield m
            end = m.end()  # a literal start is never empty, so neither is a match


def literal_trie(words: Iterable[str]) -> str:
    """Regex source that matches the longest of the words at a position, written as a trie so the engine follows
    one branch per letter instead of trying every word in turn (hand-written: the re module builds no tries)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_source(tree)


def _trie_source(node: dict) -> str:
    branches = [re.escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body  # greedy: a longer word wins over one ending here
