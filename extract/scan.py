"""A sentence read once for the classifier: tokens, clause-crossing costs, keyword hits, lists of values.

Every number of a sentence shares one ``ScannedSentence``; its parts are computed lazily, only when some
indicator's keywords all occur in the sentence.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from .alternation import first_char_guarded
from .context import guarded
from .rules import PREFIX_LEN, literal_starts, matches_from, occurs_from, word_anchored

if TYPE_CHECKING:
    from .classify import StartFinder, UnitIndex

PREFIX_LENGTHS = range(1, PREFIX_LEN + 1)

# Tokens: words (pm2.5, co2, 5G and 13th count as words), numbers (2,783 or 1.322) and clause punctuation.
TOKEN = re.compile(
    r"(?P<word>\d+(?:st|nd|rd|th|g|d)\b|[^\W\d_][^\W_]*(?:\.\d+)?)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<punct>[;:,()\t\u2014\u2013]|\.(?=\s|$)|\s-\s)",
    re.IGNORECASE,
)
# TOKEN after the shortest run of other text: findall then yields (gap, word, num, punct) per token, as finditer
# would find them, and the gaps' lengths give offsets. A TOKEN match starts exactly where there is a letter or digit,
# a clause mark, a "." before a space or the end, or a space before "- ": the gap is the run of the other characters,
# taken whole (possessive) rather than trying TOKEN after each of them as a lazy (.*?) would (a third faster).
TOKEN_GAP = r"(?:[^\w;:,()\t\u2014\u2013.\s]|_|\.(?=\S)|[^\S\t](?!-\s))*+"
GAPPED = re.compile(rf"({TOKEN_GAP})(?:{TOKEN.pattern})", TOKEN.flags)
WORD = re.compile(r"[^\W_]+")
FRACTION_WORDS = frozenset({"half", "quarter", "quarters", "third", "thirds", "twofold", "threefold", "fourfold"})
FRACTION_FIRST = "fhqtFHQT"  # the only characters whose lower case starts a fraction word (checked over all Unicode)
CONJUNCTIONS = {"and": 0.75, "while": 0.6, "whereas": 0.6, "but": 0.6, "alongside": 0.7, "which": 0.8, "with": 0.85}
CONJUNCTION_FIRST = "abwABW"  # the only characters whose lower case starts a conjunction (checked over all Unicode)
LOG_CONJUNCTIONS = {word: math.log(cost) for word, cost in CONJUNCTIONS.items()}  # log(1.0) == 0.0 for other words
PUNCT_COST = {",": 0.75, ";": 0.5, ":": 0.6, "\u2014": 0.6, "\u2013": 0.6, " - ": 0.6, "(": 0.85, ")": 0.85,
              ".": 0.4, "\t": 0.3}  # fmt: skip
# A comma followed by one of these continues the subject of the number before it ("reached N, accounting for M%").
CONTINUATION = re.compile(
    r"\s*(?:accounting|account|representing|represents?|constitut\w*|making up|compris\w*|equivalent|reflecting|"
    r"marking|resulting|which (?:is|was|accounts?|represents?|means)|with an?\b|with (?:a |an )?(?:total|average)|"
    r"an? (?:increase|decrease|rise|drop|growth|reduction)|an? \d|up\b|down\b|exceeding|surpassing|or\b|i\.e\.|"
    r"totall?ing|in total|bringing)",
    re.IGNORECASE,
)
RANGE_LINK = re.compile(r"\s*(?:%|percent)?\s*(?:-|\u2013|~|to|and up to)\s*(?:about |around |approximately )?\d")
YEAR = re.compile(r"^(?:19|20|21)\d\d$")
# A number right after one of these is a reference ("Figure 9", "Article 6", "COP 28"), not a value.
REFERENCE = guarded(
    "abcfnpst",
    r"(?:figure|fig\.|table|box|annex|chart|note|article|section|chapter|page|paragraph|cop|phase|no\.|per|top)\s*$",
    re.I,
)
_GAP = r"(?:[^\d;,]|(?<!\d)(?:19|20)\d\d(?!\d)|per [\d,]+){0,80}?"
FROM_TO = re.compile(rf"{_GAP}\bto\s+(?:about |around |approximately |over |nearly |more than )?\d", re.I)
TO_FROM = re.compile(rf"{_GAP}\bfrom\s+(?:about |around |approximately |over |nearly |more than )?\d", re.I)

# Characters that match an ASCII letter under re.IGNORECASE or change length when lowered (İ ı ſ K): only in a text
# without them does text.lower() line up with the text and hold every case-blind keyword match as its literal start.
CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")

RATIO = re.compile(r"\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)+")
RESPECTIVELY = first_char_guarded(r"\brespective(?:ly)?\b", re.IGNORECASE)


class lazy:  # lower case: used like functools.cached_property
    """functools.cached_property without its lock: 3.11 takes one on every first access, and a sentence's
    properties are many and each read once; sentences are never shared between threads."""

    def __init__(self, fn: Any) -> None:
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)  # later reads find the instance attribute first
        return value


class Token(NamedTuple):
    """A word, number or clause mark of a sentence, with its character offsets."""

    start: int
    end: int
    kind: str  # word, num (a value), year, ref (Figure 9), punct
    text: str


_new_token = tuple.__new__  # Token(...) without the Python-level __new__ of a NamedTuple: a sentence has hundreds


class ScannedSentence:
    """Tokens, clause costs and keyword hits of one sentence, computed once and shared by all its numbers.

    Only the word starts are computed up front; tokens and costs are built when some indicator's keywords all occur.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # id(pattern) -> (pattern, its hits): a compiled pattern hashes all its code; holding it keeps its id its own
        self.hits: dict[int, tuple[re.Pattern[str], list[tuple[int, int]]]] = {}
        self.viable: dict[str, list] = {}  # unit -> indicators whose keywords all occur in the sentence
        self._found: tuple[StartFinder, set[str]] | None = None

    @lazy
    def word_starts(self) -> set[str]:
        """Every start of up to PREFIX_LEN letters of every word (a word shorter than n is its own n-letter start)."""
        words = set(WORD.findall(self.text.lower()))
        return {w[:n] for w in words for n in PREFIX_LENGTHS}

    @lazy
    def lower(self) -> str | None:
        """The lower-case text, character for character; None when the text holds a CASE_ODD character."""
        return None if CASE_ODD.search(self.text) else self.text.lower()

    @lazy
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @lazy
    def starts(self) -> list[int]:
        return list(map(itemgetter(0), self.tokens))

    @lazy
    def ends(self) -> list[int]:
        return list(map(itemgetter(1), self.tokens))

    @lazy
    def ratios(self) -> list[tuple[int, int, str]]:
        """Spans of "a:b:c" ratios (sector structures)."""
        return [(m.start(), m.end(), m.group()) for m in RATIO.finditer(self.text)] if ":" in self.text else []

    @lazy
    def cells(self) -> list[tuple[int, int]]:
        return table_cells(self.text)

    @lazy
    def cell_starts(self) -> list[int]:
        return [start for start, _ in self.cells]

    @lazy
    def value_cells(self) -> list[bool]:
        """Whether each table cell holds a value (a number token starting inside it)."""
        out = [False] * len(self.cells)
        for t in self.tokens:
            if t.kind == "num":
                cell = self.cell_at(t.start)
                out[cell] = out[cell] or t.start < self.cells[cell][1]
        return out

    @lazy
    def cell_ends(self) -> list[int]:
        """Index of the first token at or after the end of each table cell."""
        return [bisect_left(self.starts, end) for _, end in self.cells]

    def cell_at(self, offset: int) -> int:
        """The table cell holding text offset ``offset`` (a cell's closing tab counts to it); 0 outside a table."""
        # cells are contiguous, so the last cell starting at or before the offset is the one; 0 <= offset <= len(text)
        return bisect_right(self.cell_starts, offset) - 1 if self.cells else 0

    @lazy
    def value_runs(self) -> list[list[int]]:
        return find_value_runs(self)

    @lazy
    def run_of(self) -> dict[int, list[int]]:
        """The value run of each value's token."""
        return {i: run for run in self.value_runs for i in run}

    @lazy
    def respectively(self) -> bool:
        low = self.lower  # a case-blind match spells "respective" in a lower-case text without CASE_ODD characters
        if low is not None and "respective" not in low:
            return False
        return RESPECTIVELY.search(self.text) is not None

    @lazy
    def log_cost(self) -> list[float]:
        """Prefix sums of the log crossing cost of each token, so any span's cost is O(1)."""
        out = [0.0]
        for i, tok in enumerate(self.tokens):
            if tok.kind == "word":  # the common case, inlined: a word costs only when it is a conjunction
                text = tok.text
                out.append(out[-1] + (LOG_CONJUNCTIONS.get(text.lower(), 0.0) if text[0] in CONJUNCTION_FIRST else 0.0))
            else:
                out.append(out[-1] + math.log(self._crossing_factor(i)))
        return out

    @lazy
    def words(self) -> list[int]:
        """Prefix counts of non-punctuation tokens: the word distance between two tokens."""
        return list(accumulate((tok.kind != "punct" for tok in self.tokens), initial=0))

    def _crossing_factor(self, i: int) -> float:
        tok = self.tokens[i]
        if tok.kind == "num":
            return self._number_factor(i)
        if tok.kind == "year":
            return 0.9
        if tok.kind == "punct":
            if tok.text in ",\u2014\u2013" and CONTINUATION.match(self.text, tok.end):
                return 0.9
            if tok.text == "," and self._ends_list_item(i):
                return 0.5
            return PUNCT_COST.get(tok.text, 0.75)
        return CONJUNCTIONS.get(tok.text.lower(), 1.0)

    def _number_factor(self, i: int) -> float:
        """Crossing another value costs much, unless it is a range start or the subject carries over."""
        tok = self.tokens[i]
        if RANGE_LINK.match(self.text, tok.end):
            return 1.0
        if self._starts_from_to(i):
            return 0.95
        depth = 0
        for nxt in self.tokens[i + 1 : i + 12]:
            if nxt.text in ("(", ")"):
                depth += 1 if nxt.text == "(" else -1
            elif depth > 0:
                continue
            elif nxt.kind == "num":
                break
            elif nxt.kind == "punct":
                return 0.75 if nxt.text in ",\u2014\u2013" and CONTINUATION.match(self.text, nxt.end) else 0.45
        return 0.45

    def _ends_list_item(self, i: int) -> bool:
        """A comma closing "N things," (a list item led by a value) separates that item's words from ours."""
        for prev in reversed(self.tokens[max(0, i - 10) : i]):
            if prev.kind == "num":
                return True
            if prev.kind in ("punct", "year"):
                return False
        return False

    def _starts_from_to(self, i: int) -> bool:
        """ "from X (in 2013) to Y", "to Y from X": X and Y are the same quantity, so crossing X costs little."""
        before = {t.text.lower() for t in self.tokens[max(0, i - 2) : i]}
        end = self.tokens[i].end
        return ("from" in before and bool(FROM_TO.match(self.text, end))) or (
            "to" in before and bool(TO_FROM.match(self.text, end))
        )

    def candidates(self, index: UnitIndex, finder: StartFinder) -> set[int]:
        """The numbers (in ``index.keywords``) of the keywords that may occur: those with a literal prefix that
        begins a word. One regex pass over the lower-case text finds the prefixes of all the catalogue's keywords."""
        if self.lower is None:  # word starts of odd-case text, looked up one by one
            starts = self.word_starts & index.by_prefix.keys()
        else:
            if self._found is None or self._found[0] is not finder:
                self._found = finder, finder.find(self.lower)
            starts = self._found[1] & index.by_prefix.keys()
        maybe = set(index.unprefixed)
        for start in starts:
            maybe.update(index.by_prefix[start])
        return maybe

    def has(self, pattern: re.Pattern[str]) -> bool:
        """Whether the keyword occurs in the sentence."""
        low = self.lower
        if low is None:
            return pattern.search(self.text) is not None
        return occurs_from(self._word_starts_of(pattern), pattern, self.text, low)

    def _word_starts_of(self, pattern: re.Pattern[str]) -> tuple[str, ...] | None:
        """The pattern's literal starts less those that begin no word here, when the pattern matches only at word
        starts and the finder (``candidates``) has told which of its word starts begin words of the text."""
        starts = literal_starts(pattern)
        if starts is None or self._found is None or not word_anchored(pattern):
            return starts
        known, found = self._found[0].shorter, self._found[1]
        if len(starts) == 1:  # the common case, without a generator
            head = starts[0][:PREFIX_LEN]
            return starts if head in found or head not in known else ()
        return tuple(s for s in starts if (head := s[:PREFIX_LEN]) in found or head not in known)

    def find(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """Token index ranges of a keyword's matches (cached per pattern)."""
        entry = self.hits.get(id(pattern))
        if entry is None:
            found = []
            low = self.lower
            for m in matches_from(self._word_starts_of(pattern), pattern, self.text, low):
                first = bisect_right(self.ends, m.start())
                last = max(first, bisect_left(self.starts, m.end()) - 1)
                found.append((first, last))
            entry = self.hits[id(pattern)] = (pattern, found)
        return entry[1]


def tokenize(text: str) -> list[Token]:
    """The tokens of TOKEN.finditer(text), read with GAPPED.findall: strings, not a match object per token."""
    tokens: list[Token] = []
    append, end = tokens.append, 0
    for gap, word, num, punct in GAPPED.findall(text):
        start = end + len(gap)
        if word:
            end = start + len(word)
            fraction = word[0] in FRACTION_FIRST and word.lower() in FRACTION_WORDS
            append(_new_token(Token, (start, end, "num" if fraction else "word", word)))
        elif num:
            end = start + len(num)
            if REFERENCE.search(text, max(0, start - 12), start):
                kind = "ref"
            elif YEAR.match(num) and not text.startswith("%", end):
                kind = "year"
            else:
                kind = "num"
            append(_new_token(Token, (start, end, kind, num)))
        else:  # only punctuation can hold spaces (" - ")
            end = start + len(punct)
            append(_new_token(Token, (start, end, "punct", punct.strip() or punct)))
    return tokens


def table_cells(text: str) -> list[tuple[int, int]]:
    """Character ranges of the cells of a tab-separated table row; empty for ordinary sentences."""
    if "\t" not in text:
        return []
    cells, start = [], 0
    for m in re.finditer("\t", text):
        cells.append((start, m.start()))
        start = m.end()
    cells.append((start, len(text)))
    return cells


# Words that do not make a list member's own phrase: units, scale words, qualifiers ("120 GW", "about 3 million t").
FILLER = frozenset(
    "thousand million billion trillion hundred tons tonnes tonne ton tone t kilowatts kilowatt kw mw gw megawatts "
    "megawatt gigawatts gigawatt kwh twh gwh hours cubic square meters metres meter kilometers kilometres km "
    "hectares ha mu yuan rmb cny usd dollars units percent per cent of the a an about around approximately nearly "
    "over more than some roughly almost at least up to respectively".split()
)


def is_link(token: Token) -> bool:
    text = token.text
    return text == "," or (len(text) <= 3 and text.lower() in ("and", "or"))  # lower() never shortens a text


def find_value_runs(sent: ScannedSentence) -> list[list[int]]:
    """The sentence's values grouped into lists of values joined by "and" or commas."""
    runs: list[list[int]] = []
    for i, t in enumerate(sent.tokens):
        if t.kind != "num":
            continue
        if runs and _joined(sent, runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _joined(sent: ScannedSentence, a: int, b: int) -> bool:
    """Values a and b are listed together: "3.4% and 2.3%", "60 GW of wind and 120 GW", "2,783 X, 223 Y, and ..."."""
    between = sent.tokens[a + 1 : b]
    links = [i for i, t in enumerate(between) if is_link(t)]
    if not links or len([t for t in between if t.kind != "punct"]) > 4 or any(t.kind == "year" for t in between):
        return False
    after = between[links[-1] + 1 :] + [sent.tokens[b]]
    # a comma starting a clause ("120 million, with about 46.2 million ...") is not a list
    return between[links[-1]].text != "," or after[0].kind == "num" or after[0].text.lower() in FILLER | {"and"}
