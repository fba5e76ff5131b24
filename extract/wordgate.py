"""Word regexes over a span, each tried only where a word starts with one of its literal leads.

The cue regexes of the clause readers (``\\b(?:will|shall|aim(?:s|ed)?\\s+to|…)``) are searched over every clause and
sentence that holds a number, and most of those spans hold no match: the engine still tries every regex at every
position. Every match of such a regex starts at a word boundary with one of a few literal strings (its *leads*:
"will", "shall", "aim", …), read here from the regex's own parse tree. One case-sensitive scan of the lower-cased
span for a separator followed by a lead of any of the regexes finds the few positions where one of them can match;
each regex is tried there with ``match``, which is what its ``finditer`` does at that position, so the matches are
the same. Lower-casing lines up with the text and with the engine's case-blind matching except for İ ı ſ K (and a
lead that is not ASCII, such as a Chinese word, is not in the lower-cased scan): a span holding one is searched the
plain way.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from re import _constants as sre
from re import _parser as sre_parse

from . import rx

_WORD_START_RE = rx.compile("[a-z0-9_]*")
#: Match an ASCII letter case-blind but are not lowered to it one for one (İ -> "i̇", ı, ſ), or are no word character
#: under re.ASCII although lowered to one (K, the Kelvin sign).
ODD_CHARS = "\u0130\u0131\u017f\u212a"
_ODD_RE = rx.compile(f"[{ODD_CHARS}]")
#: What a case-blind ``[A-Za-z]`` matches (ASCII letters and ODD_CHARS), and what ``\s`` matches (the characters of
#: ``str.isspace``, none above U+3000): the characters a regex's matches can hold, to find where a match may start.
CASE_BLIND_LETTERS = string.ascii_letters + ODD_CHARS
SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def lower_words(span: str) -> str | None:
    """``span.lower()`` when an ASCII word that a case-blind regex matches in ``span`` is in it as a plain substring
    (no İ ı ſ K, the only characters other than its own letters that match an ASCII letter case-blind), else None."""
    return span.lower() if span.isascii() or not _ODD_RE.search(span) else None


def run_start(text: str, chars: str) -> int:
    """Where the last run of ``chars`` in ``text`` starts. A ``…$`` regex whose matches hold only ``chars`` matches
    from there on or not at all: a search from there finds what a search of all ``text`` finds (a lookbehind or a
    ``\\b`` still sees the text before it), without trying the positions before it."""
    return len(text.rstrip(chars))


def may_hold(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """A cheap exact pre-check for a case-blind regex each of whose matches holds one of ``words`` (lower-case
    ASCII): False only when ``text[start:end]`` can hold no match."""
    low = lower_words(text[start:end])
    return low is None or any(map(low.__contains__, words))


# A way a match can begin, while the parse tree is read: (anchor, literal prefix in lower case, prefix still growing).
# anchor: "" (none yet), "word" (after \b), "start" (after ^ or \A: only at the start of the text).
_Lead = tuple[str, str, bool]


@dataclass(frozen=True)
class Leads:
    """How every match of a regex begins: at a word start with one of ``words``, at the start of the text when
    ``anchored``, or with one of the non-ASCII characters ``odd`` (spans holding one are searched the plain way)."""

    words: frozenset[str]
    anchored: bool
    odd: frozenset[str]


def word_leads(pattern: re.Pattern[str]) -> Leads | None:
    """The leads of a regex (see ``Leads``), or None when some match may begin otherwise. Stored with the compiled
    patterns (``rx.memo``): parsing the pattern costs as much as compiling it."""
    stored = rx.memo("word_leads", _VERSION, pattern.pattern, pattern.flags, lambda: _stored_leads(pattern))
    return None if stored is None else Leads(frozenset(stored[0]), stored[1], frozenset(stored[2]))


def _stored_leads(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool, tuple[str, ...]] | None:
    """``_word_leads`` as plain values (sorted), which the store of patterns keeps."""
    leads = _word_leads(pattern)
    return None if leads is None else (tuple(sorted(leads.words)), leads.anchored, tuple(sorted(leads.odd)))


_VERSION = rx.source_version(__file__)


def _word_leads(pattern: re.Pattern[str]) -> Leads | None:
    if pattern.flags & re.LOCALE:
        return None
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if tree.getwidth()[0] == 0:
        return None  # an empty match can begin anywhere
    odd: set[str] = set()
    leads = _walk(tree.data, pattern.flags, {("", "", True)}, odd)
    words: set[str] = set()
    for anchor, prefix, _ in leads:
        if anchor == "start":
            continue
        word = _WORD_START_RE.match(prefix).group()  # "at least" -> "at": the gate reads one word
        if anchor != "word" or not word:
            return None  # no literal word start: a match may begin anywhere
        words.add(word)
    words = {w for w in words if not any(w[:i] in words for i in range(1, len(w)))}  # "commit" covers "commits"
    if any(not (c.lower() == c == c.upper()) for c in odd):
        return None  # a cased non-ASCII start: which characters match it case-blind is not read here
    return Leads(frozenset(words), any(a == "start" for a, _, _ in leads), frozenset(odd))


def _walk(ops: Sequence, flags: int, leads: set[_Lead], odd: set[str]) -> set[_Lead]:
    """The leads after a sequence of parsed items, from the leads before it (only growing ones grow)."""
    for op, av in ops:
        growing = {lead for lead in leads if lead[2]}
        if not growing:
            break
        done = leads - growing
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the match goes on from the same place
        if op is sre.AT:
            grown = {_at(lead, av, flags) for lead in growing}
        elif op is sre.LITERAL:
            grown = set()
            for anchor, prefix, _ in growing:
                chars = _ascii_equivalents(chr(av), flags)
                if len(chars) == 1:
                    grown.add((anchor, prefix + chars.pop(), anchor != "start"))
                elif chars or prefix or anchor == "start":
                    grown.add((anchor, prefix, False))
                else:
                    odd.add(chr(av))  # begins with a character no ASCII text holds
        elif op is sre.SUBPATTERN:
            _, add, remove, sub = av
            grown = _walk(sub.data, (flags | add) & ~remove, growing, odd)
        elif op is sre.BRANCH:
            grown = set().union(*(_walk(alt.data, flags, growing, odd) for alt in av[1]))
        elif op in _REPEATS:
            once = {(a, p, False) for a, p, _ in _walk(av[2].data, flags, growing, odd)}
            grown = once | growing if av[0] == 0 else once
        else:
            grown = {(a, p, False) for a, p, _ in growing}  # a class, a category, any character: the prefix ends
        leads = done | grown
    return leads


def _at(lead: _Lead, code: object, flags: int) -> _Lead:
    anchor, prefix, _ = lead
    if not prefix:
        if code is sre.AT_BEGINNING_STRING or (code is sre.AT_BEGINNING and not flags & re.MULTILINE):
            return ("start", "", False)
        if code is sre.AT_BOUNDARY and not anchor:
            return ("word", "", True)
    if code is sre.AT_BOUNDARY and anchor == "word" and not prefix:
        return lead
    return (anchor, prefix, False)


def _ascii_equivalents(char: str, flags: int) -> set[str]:
    """The lower-case ASCII characters that a pattern character matches (case-blind when the flags say so)."""
    if char.isascii():
        return {char.lower()}
    if not flags & re.IGNORECASE:
        return set()
    pattern = rx.compile(re.escape(char), flags)
    return {chr(c).lower() for c in range(128) if pattern.fullmatch(chr(c))}


#: Lower-case ASCII letters, digits and "_" as they are, every other byte a space (a gate's separators)
_SEPARATORS_AS_SPACES = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 or c == 95 else 32 for c in range(256))


def _spaced(low: str) -> bytes:
    """A lower-cased span as ASCII bytes, a space for each separator and one put first (a separator before its first
    word); offsets are the span's (a non-ASCII character, always a separator, is one byte, "?", made a space)."""
    return b" " + low.encode("ascii", "replace").translate(_SEPARATORS_AS_SPACES)


def _trie(words: set[str]) -> str:
    """An alternation of ``words`` that matches the longest of them that the text starts with."""
    children: dict[str, set[str]] = {}
    for word in words:
        if word:
            children.setdefault(word[0], set()).add(word[1:])
    parts = [re.escape(c) + (f"(?:{_trie(rest)})" if rest != {""} else "") for c, rest in sorted(children.items())]
    return "|".join(parts + ([""] if "" in words else []))


class WordGate:
    """``finditer`` of several regexes over one span, each tried only where one of its leads starts a word."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        found = [word_leads(p) for p in self.patterns]
        self._plain = tuple(k for k, leads in enumerate(found) if leads is None)
        self._anchored = tuple(k for k, leads in enumerate(found) if leads is not None and leads.anchored)
        words = {w for leads in found if leads is not None for w in leads.words}
        owners: dict[str, set[int]] = {}  # lead -> the regexes it is a lead of
        for k, leads in enumerate(found):
            for w in leads.words if leads is not None else ():
                owners.setdefault(w, set()).add(k)
        #: for each lead, the regexes with a lead it starts with (the scan reports the longest lead at a position)
        self._which = {
            w: tuple(sorted(set().union(*(owners.get(w[:i], ()) for i in range(1, len(w) + 1))))) for w in words
        }
        # a separator (any character but a-z 0-9 _ in the lower-cased span) and the longest lead after it, read in
        # ``_spaced`` bytes where every separator is a space: a literal first character, which re scans for in C,
        # where a class ([^a-z0-9_]) would be tested at every character
        self._gate = rx.compile(rb" (" + _trie(words).encode() + rb")") if words else None
        self._which_of = {w.encode(): which for w, which in self._which.items()}  # the gate reads bytes
        odd = sorted(set(ODD_CHARS).union(*(leads.odd for leads in found if leads is not None)))
        self._odd = rx.compile("[" + "".join(re.escape(c) for c in odd) + "]")

    def starts(self, text: str, start: int, end: int) -> list[tuple[int, tuple[int, ...]]] | None:
        """(position, indexes of the regexes that may match there) of every word start in ``text[start:end]`` that
        begins with a lead, in order; None when the span holds an odd character (each regex must search it)."""
        return self.span_starts(text[start:end], start)

    def span_starts(self, span: str, start: int, low: str | None = None) -> list[tuple[int, tuple[int, ...]]] | None:
        """``starts`` of ``span``, the text from ``start`` on; ``low``: ``span.lower()`` when the caller has it."""
        if not span.isascii() and self._odd.search(span):
            return None
        if self._gate is None:
            return []
        which = self._which_of
        return [(start + g.start(), which[g[1]]) for g in self._gate.finditer(_spaced(low or span.lower()))]

    def lazy_starts(self, span: str, start: int) -> LazyStarts | None:
        """``span_starts`` read only as far as a reader asks: a reader that stops at a span's first match leaves
        the rest of the span unscanned."""
        if not span.isascii() and self._odd.search(span):
            return None
        if self._gate is None:
            return LazyStarts(iter(()))
        which = self._which_of
        return LazyStarts((start + g.start(), which[g[1]]) for g in self._gate.finditer(_spaced(span.lower())))

    def search(self, starts: LazyStarts | None, text: str, start: int, end: int, k: int) -> bool:
        """Whether regex ``k`` matches in ``text[start:end]`` (``starts``: ``lazy_starts`` of a span from ``start`` to
        ``end`` or further): ``matches`` of that one regex with ``first``, reading no more starts than it needs."""
        pattern = self.patterns[k]
        if starts is None or k in self._plain:
            return pattern.search(text, start, end) is not None
        if start == 0 and k in self._anchored and pattern.match(text, 0, end):
            return True
        for at, which in starts:
            if at >= end:
                return False
            if k in which and pattern.match(text, at, end):
                return True
        return False

    def finditer(
        self, text: str, start: int, end: int, wanted: Sequence[bool] | None = None, first: bool = False
    ) -> list[list[re.Match[str]]]:
        """For each regex (or only the ``wanted`` ones; the others get no matches), its matches in
        ``text[start:end]``: the same as ``list(pattern.finditer(text, start, end))``; with ``first``, only the
        first (what ``pattern.search`` finds)."""
        return self.matches(self.starts(text, start, end), text, start, end, wanted, first)

    def matches(
        self,
        starts: list[tuple[int, tuple[int, ...]]] | None,
        text: str,
        start: int,
        end: int,
        wanted: Sequence[bool] | None = None,
        first: bool = False,
    ) -> list[list[re.Match[str]]]:
        """``finditer`` with the ``starts`` of a span from ``start`` to ``end`` or further: a sentence's, found once
        and read for the text before each of its numbers."""
        n = len(self.patterns)
        wanted = wanted or (True,) * n
        if starts is None:
            return [_plain(p, text, start, end, first) if wanted[k] else [] for k, p in enumerate(self.patterns)]
        found: list[list[re.Match[str]]] = [[] for _ in range(n)]
        for k in self._plain:
            if wanted[k]:
                found[k] = _plain(self.patterns[k], text, start, end, first)
        pos = [start] * n  # where each regex's scan goes on: after its last match (past the end once one is enough)
        left = sum(map(bool, wanted)) - sum(map(bool, map(wanted.__getitem__, self._plain)))  # may still match
        if start == 0:
            for k in self._anchored:
                if wanted[k] and (m := self.patterns[k].match(text, 0, end)):
                    found[k].append(m)
                    pos[k] = end + 1 if first else m.end()
                    left -= first
        for at, which in starts:
            if at >= end:
                break
            for k in which:
                if wanted[k] and at >= pos[k] and (m := self.patterns[k].match(text, at, end)):
                    found[k].append(m)
                    pos[k] = end + 1 if first else m.end()
                    left -= first
            if not left:
                break
        return found


class LazyStarts:
    """A gate's starts of a span, scanned as far as its readers have read and kept for the next reader."""

    def __init__(self, scan: Iterator[tuple[int, tuple[int, ...]]]) -> None:
        self._scan, self._read = scan, []

    def __iter__(self) -> Iterator[tuple[int, tuple[int, ...]]]:
        yield from self._read
        for item in self._scan:  # a reader that stops leaves the scan where it was: the next one goes on from there
            self._read.append(item)
            yield item


def _plain(pattern: re.Pattern[str], text: str, start: int, end: int, first: bool) -> list[re.Match[str]]:
    if first:
        m = pattern.search(text, start, end)
        return [m] if m else []
    return list(pattern.finditer(text, start, end))
