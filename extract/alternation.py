"""An alternation of many patterns that tries at a position only the patterns that can start with the character there.

Python's ``re`` tries the alternatives of ``a|b|c|…`` one by one, so matching a 90-way alternation (the units) at a
position costs 90 failed starts. Patterns whose first character cannot be the one at the position cannot match there,
so leaving them out changes nothing: the first alternative that matches, in the original order, still wins. The
sub-alternations are compiled lazily, one per set of candidate patterns.
"""

from __future__ import annotations

import re
import weakref
from re import _constants as sre
from re import _parser as sre_parse

from . import rx

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _char_class(op: object, av: object) -> str | None:
    """A one-character pattern for an item of a parsed pattern, or None when it is not a simple character test."""
    if op is sre.LITERAL:
        return re.escape(chr(av))  # type: ignore[arg-type]
    if op is sre.RANGE:
        lo, hi = av  # type: ignore[misc]
        return f"[{re.escape(chr(lo))}-{re.escape(chr(hi))}]"
    if op is sre.CATEGORY:
        return _CATEGORIES.get(av)  # type: ignore[call-overload]
    return None


def _first(items: sre_parse.SubPattern | list) -> tuple[list[str] | None, bool]:
    """(one-character patterns a match can start with, or None for any character; whether the items match empty)."""
    out: list[str] = []
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item starts the match (reading past a lookahead only widens the set)
        if op is sre.LITERAL:
            return out + [_char_class(op, av)], False  # type: ignore[list-item]
        if op is sre.IN:
            chars = [_char_class(o, v) for o, v in av]
            if any(c is None for c in chars):
                return None, False  # a negated class or an unusual item: any character
            return out + chars, False  # type: ignore[operator]
        if op is sre.BRANCH:
            branches = [_first(alt) for alt in av[1]]
            if any(f is None for f, _ in branches):
                return None, False
            out += [c for f, _ in branches for c in f]  # type: ignore[union-attr]
            if not any(n for _, n in branches):
                return out, False
            continue
        if op is sre.SUBPATTERN or op in _REPEATS:
            f, nullable = _first(av[-1])
            if f is None:
                return None, False
            out += f
            if not nullable and (op is sre.SUBPATTERN or av[0] > 0):
                return out, False
            continue
        return None, False  # anything else (a back-reference, "."): any character
    return out, True


def first_chars(pattern: str, flags: int = 0) -> list[str] | None:
    """One-character patterns that a match of ``pattern`` can start with; None when it can start with any. Stored
    with the compiled patterns (``rx.memo``): parsing the pattern costs as much as compiling it."""
    return rx.memo("first_chars", _VERSION, pattern, flags, lambda: _first_chars(pattern, flags))


_VERSION = rx.source_version(__file__)


def _first_chars(pattern: str, flags: int) -> list[str] | None:
    chars, nullable = _first(sre_parse.parse(pattern, flags))  # flags: re.VERBOSE changes what the text means
    return None if nullable else chars


_MADE: weakref.WeakSet[FirstCharAlternation] = weakref.WeakSet()  # every alternation alive, for ``prepare_all``

# The characters ``prepare_all`` compiles for: Latin, Greek and Cyrillic letters, general punctuation, currency and
# letter-like symbols (what follows a number in the plans' languages); any other character compiles on first use.
_PREPARED_RANGES = ((0x20, 0x250), (0x370, 0x500), (0x2000, 0x2160))


class FirstCharAlternation:
    """``rx.compile("(?P<r0>p0)|(?P<r1>p1)|…", flags)`` for ``match``, trying only the patterns that can start with
    the character at the position; the named group ``r<i>`` of a match says which pattern matched."""

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        self.patterns, self.flags = patterns, flags
        self._firsts = [None if (f := first_chars(p, flags)) is None else frozenset(f) for p in patterns]
        self._classes = set().union(*(f for f in self._firsts if f is not None))  # each tested once per character
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._by_set: dict[tuple[int, ...], re.Pattern[str]] = {}
        _MADE.add(self)

    def prepare(self, chars: str) -> None:
        """Compile now the sub-alternations for ``chars`` (and the end of the text), so that ``python -m extract.rx``
        stores them with the other patterns: compiled on first use, they cost every process that reads a
        document about a tenth of a second."""
        for ch in (*chars, ""):
            if ch not in self._by_char:
                self._by_char[ch] = self._pattern_at(ch)

    def _pattern_at(self, ch: str) -> re.Pattern[str] | None:
        """The sub-alternation for the character at a position ("" at the end of the text)."""
        return self._for(ch) if ch else self._for_end()

    def _for(self, ch: str) -> re.Pattern[str] | None:
        # case-insensitive tests whatever the flags: a wider set of candidates is still exact, only slower
        fits = {c for c in self._classes if re.fullmatch(c, ch, self.flags | re.IGNORECASE)}
        found = tuple(i for i, first in enumerate(self._firsts) if first is None or not first.isdisjoint(fits))
        if not found:
            return None
        if found not in self._by_set:
            body = "|".join(f"(?P<r{i}>{self.patterns[i]})" for i in found)
            self._by_set[found] = rx.compile(body, self.flags)
        return self._by_set[found]

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        ch = text[pos : pos + 1] if pos < endpos else ""
        try:
            pattern = self._by_char[ch]
        except KeyError:
            pattern = self._by_char[ch] = self._pattern_at(ch)
        return pattern.match(text, pos, endpos) if pattern is not None else None

    def _for_end(self) -> re.Pattern[str] | None:
        """At the end of the text only patterns that match empty can match."""
        found = tuple(i for i, first in enumerate(self._firsts) if first is None)
        if not found:
            return None
        return rx.compile("|".join(f"(?P<r{i}>{self.patterns[i]})" for i in found), self.flags)


def prepare_all() -> None:
    """``prepare`` every alternation made so far for the characters text mostly holds (``_PREPARED_RANGES``)."""
    chars = "".join(chr(c) for lo, hi in _PREPARED_RANGES for c in range(lo, hi))
    for alternation in _MADE:
        alternation.prepare(chars)


def first_char_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``rx.compile(pattern, flags)`` behind a lookahead for the characters a match can start with, read from the
    pattern itself (see ``context.guarded``): matches are unchanged, but a search skips the positions where no
    match can start without trying the whole pattern there, about twice as fast on long alternations of words."""
    first = first_chars(pattern, flags)
    if first is None:
        return rx.compile(pattern, flags)
    body = "".join(c[1:-1] if c.startswith("[") else c for c in first)  # each a literal, a range or \d, \s, \w
    return rx.compile(f"(?=(?i:[{body}]))(?:{pattern})", flags)  # (?i:): a wider guard is still exact
