"""A sentence read once for the classifier: tokens, clause-crossing costs, keyword hits, lists of values.

Every number of a sentence shares one ``ScannedSentence``; its parts are computed lazily, only when some
indicator's keywords all occur in the sentence.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, chain, compress, product, repeat
from typing import TYPE_CHECKING

from . import rx
from .alternation import first_char_guarded
from .context import guarded
from .lazy import lazy
from .rules import PREFIX_LEN, literal_starts, matches_from, occurs_from

if TYPE_CHECKING:
    from .classify import StartFinder, UnitIndex

PREFIX_LENGTHS = range(1, PREFIX_LEN + 1)

# Tokens: words (pm2.5, co2, 5G and 13th count as words), numbers (2,783 or 1.322) and clause punctuation.
TOKEN = rx.compile(
    r"(?P<word>[^\W\d_][^\W_]*(?:\.\d+)?|\d+(?:st|nd|rd|th|g|d)\b)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<punct>[;:,()\t\u2014\u2013]|\.(?=\s|$)|\s-\s)",
    re.IGNORECASE,
)
# TOKEN after the shortest run of other text: findall then yields (gap, word, num, punct) per token, as finditer
# would find them, and the gaps' lengths give offsets. A TOKEN match starts exactly where there is a letter or digit,
# a clause mark, a "." before a space or the end, or a space before "- ": the gap is the run of the other characters,
# taken whole (possessive) rather than trying TOKEN after each of them as a lazy (.*?) would (a third faster).
# Each alternative, here and in TOKEN's word group, starts with characters no other one does: their order changes
# no match, and the commonest go first (a space in a gap, a letter starting a word), which re tries before the rest.
TOKEN_GAP = r"(?:[^\S\t](?!-\s)|[^\w;:,()\t\u2014\u2013.\s]|_|\.(?=\S))*+"
GAPPED = rx.compile(rf"({TOKEN_GAP})(?:{TOKEN.pattern})", TOKEN.flags)
WORD = rx.compile(r"[^\W_]+")
FRACTION_WORDS = frozenset({"half", "quarter", "quarters", "third", "thirds", "twofold", "threefold", "fourfold"})
FRACTION_FIRST = "fhqtFHQT"  # the only characters whose lower case starts a fraction word (checked over all Unicode)
CONJUNCTIONS = {"and": 0.75, "while": 0.6, "whereas": 0.6, "but": 0.6, "alongside": 0.7, "which": 0.8, "with": 0.85}
CONJUNCTION_FIRST = "abwABW"  # the only characters whose lower case starts a conjunction (checked over all Unicode)
LOG_CONJUNCTIONS = {word: math.log(cost) for word, cost in CONJUNCTIONS.items()}  # log(1.0) == 0.0 for other words
# ... under every spelling whose lower case is a conjunction, so a token is looked up as written, with no lower(): only
# ASCII letters lower to these letters (of all Unicode, only the Kelvin sign lowers to an ASCII letter, k)


def case_spellings(word: str) -> frozenset[str]:
    """Every spelling of a lower-case ASCII word in upper and lower case letters."""
    return frozenset(map("".join, product(*({c, c.upper()} for c in word))))


LOG_CONJUNCTION_CASES = {spelling: cost for word, cost in LOG_CONJUNCTIONS.items() for spelling in case_spellings(word)}
FROM_CASES, TO_CASES = case_spellings("from"), case_spellings("to")  # the tokens whose lower case is "from", "to"
# Per token kind, looked up in C (a dict's __getitem__ costs less per token than str.__ne__): whether it counts as
# a word for distances (all but punctuation), and whether it is other than a plain word (it may cost to cross)
IS_WORD = {"word": 1, "num": 1, "year": 1, "ref": 1, "punct": 0}
NOT_PLAIN_WORD = {"word": False, "num": True, "year": True, "ref": True, "punct": True}
PUNCT_COST = {",": 0.75, ";": 0.5, ":": 0.6, "\u2014": 0.6, "\u2013": 0.6, " - ": 0.6, "(": 0.85, ")": 0.85,
              ".": 0.4, "\t": 0.3}  # fmt: skip
LOG_PUNCT = {mark: math.log(cost) for mark, cost in PUNCT_COST.items()}
LOG_COST = {cost: math.log(cost) for cost in (0.9, 0.5, 0.75, 0.45, 0.95, 1.0)}  # the other tokens' fixed costs
# A comma followed by one of these continues the subject of the number before it ("reached N, accounting for M%").
CONTINUATION = rx.compile(
    r"\s*(?:accounting|account|representing|represents?|constitut\w*|making up|compris\w*|equivalent|reflecting|"
    r"marking|resulting|which (?:is|was|accounts?|represents?|means)|with an?\b|with (?:a |an )?(?:total|average)|"
    r"an? (?:increase|decrease|rise|drop|growth|reduction)|an? \d|up\b|down\b|exceeding|surpassing|or\b|i\.e\.|"
    r"totall?ing|in total|bringing)",
    re.IGNORECASE,
)
RANGE_LINK = rx.compile(r"\s*(?:%|percent)?\s*(?:-|\u2013|~|to|and up to)\s*(?:about |around |approximately )?\d")
YEAR = rx.compile(r"^(?:19|20|21)\d\d$")
# A number right after one of these is a reference ("Figure 9", "Article 6", "COP 28"), not a value.
REFERENCE = guarded(
    "abcfnpst",
    r"(?:figure|fig\.|table|box|annex|chart|note|article|section|chapter|page|paragraph|cop|phase|no\.|per|top)\s*$",
    re.I,
)
#: The last characters of REFERENCE's words in either case (no other character matches one case-blind)
REFERENCE_LAST = frozenset("e.xtnrhpEXTNRHP")
_GAP = r"(?:[^\d;,]|(?<!\d)(?:19|20)\d\d(?!\d)|per [\d,]+){0,80}?"
FROM_TO = rx.compile(rf"{_GAP}\bto\s+(?:about |around |approximately |over |nearly |more than )?\d", re.I)
TO_FROM = rx.compile(rf"{_GAP}\bfrom\s+(?:about |around |approximately |over |nearly |more than )?\d", re.I)

# Characters that match an ASCII letter under re.IGNORECASE or change length when lowered (İ ı ſ K): only in a text
# without them does text.lower() line up with the text and hold every case-blind keyword match as its literal start.
CASE_ODD = rx.compile("[\u0130\u0131\u017f\u212a]")

RATIO = rx.compile(r"\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)+")
RESPECTIVELY = first_char_guarded(r"\brespective(?:ly)?\b", re.IGNORECASE)


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
        text = self.text
        return None if not text.isascii() and CASE_ODD.search(text) else text.lower()

    @lazy
    def columns(self) -> tuple[list[int], list[int], list[str], list[str]]:
        """The tokens' starts, ends, kinds and texts as four lists: no tuple per token to build, track and free."""
        return token_columns(self.text)

    @lazy
    def starts(self) -> list[int]:
        return self.columns[0]

    @lazy
    def ends(self) -> list[int]:
        return self.columns[1]

    @lazy
    def kinds(self) -> list[str]:
        return self.columns[2]

    @lazy
    def texts(self) -> list[str]:
        return self.columns[3]

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
        for start, kind in zip(self.starts, self.kinds, strict=True):
            if kind == "num":
                cell = self.cell_at(start)
                out[cell] = out[cell] or start < self.cells[cell][1]
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
    def values(self) -> list[int]:
        """Token indexes of the values (tokens of kind "num"), found in C."""
        return list(compress(range(len(self.kinds)), map("num".__eq__, self.kinds)))

    def value_run(self, first: int, last: int) -> list[int]:
        """The list of values joined by "and" or commas ("3.4% and 2.3%") that holds the first value among tokens
        first..last; [] when none of them is a value.

        Values join in a run exactly when each is joined to the one before (``_joined``), so the run is found from
        that value outwards, testing only its neighbours: grouping all the sentence's values cost 0.7 % of extraction
        (py-spy), for sentences of many values of which few are classified."""
        values = self.values
        k = bisect_left(values, first)
        if k == len(values) or values[k] > last:
            return []
        lo = hi = k
        while lo > 0 and _joined(self, values[lo - 1], values[lo]):
            lo -= 1
        while hi + 1 < len(values) and _joined(self, values[hi], values[hi + 1]):
            hi += 1
        return values[lo : hi + 1]

    @lazy
    def respectively(self) -> bool:
        low = self.lower  # a case-blind match spells "respective" in a lower-case text without CASE_ODD characters
        if low is not None and "respective" not in low:
            return False
        return RESPECTIVELY.search(self.text) is not None

    @lazy
    def log_cost(self) -> list[float]:
        """Prefix sums of the log crossing cost of each token, so any span's cost is O(1)."""
        # a word costs only when it is a conjunction (no other token's text is one): looked up for all tokens in C,
        # then the other tokens' costs put in (a reference costs nothing); summed in token order, as a running
        # total would be. The logs of the fixed costs are taken once (LOG_COST): the same floats, no call per token.
        kinds, texts, ends, text = self.kinds, self.texts, self.ends, self.text
        costs = list(map(LOG_CONJUNCTION_CASES.get, texts, repeat(0.0)))
        for i in compress(range(len(costs)), map(NOT_PLAIN_WORD.__getitem__, kinds)):
            kind = kinds[i]
            if kind == "punct":
                mark = texts[i]
                if mark in ",\u2014\u2013" and CONTINUATION.match(text, ends[i]):
                    costs[i] = LOG_COST[0.9]
                elif mark == "," and self._ends_list_item(i):
                    costs[i] = LOG_COST[0.5]
                else:
                    costs[i] = LOG_PUNCT.get(mark, LOG_COST[0.75])
            elif kind == "num":
                costs[i] = LOG_COST[self._number_factor(i)]
            elif kind == "year":
                costs[i] = LOG_COST[0.9]
        return list(accumulate(costs, initial=0.0))

    @lazy
    def words(self) -> list[int]:
        """Prefix counts of non-punctuation tokens: the word distance between two tokens."""
        return list(accumulate(map(IS_WORD.__getitem__, self.kinds), initial=0))

    def _number_factor(self, i: int) -> float:
        """Crossing another value costs much, unless it is a range start or the subject carries over."""
        if RANGE_LINK.match(self.text, self.ends[i]):
            return 1.0
        if self._starts_from_to(i):
            return 0.95
        depth, kinds, texts = 0, self.kinds, self.texts
        for j in range(i + 1, min(i + 12, len(kinds))):
            text = texts[j]
            if text in ("(", ")"):
                depth += 1 if text == "(" else -1
            elif depth > 0:
                continue
            elif kinds[j] == "num":
                break
            elif kinds[j] == "punct":
                return 0.75 if text in ",\u2014\u2013" and CONTINUATION.match(self.text, self.ends[j]) else 0.45
        return 0.45

    def _ends_list_item(self, i: int) -> bool:
        """A comma closing "N things," (a list item led by a value) separates that item's words from ours."""
        for kind in reversed(self.kinds[max(0, i - 10) : i]):
            if kind == "num":
                return True
            if kind in ("punct", "year"):
                return False
        return False

    def _starts_from_to(self, i: int) -> bool:
        """ "from X (in 2013) to Y", "to Y from X": X and Y are the same quantity, so crossing X costs little."""
        before = self.texts[max(0, i - 2) : i]
        end = self.ends[i]
        return (any(map(FROM_CASES.__contains__, before)) and bool(FROM_TO.match(self.text, end))) or (
            any(map(TO_CASES.__contains__, before)) and bool(TO_FROM.match(self.text, end))
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
        return index.unprefixed.union(*map(index.by_prefix.__getitem__, starts))  # one union in C

    def has(self, pattern: re.Pattern[str]) -> bool:
        """Whether the keyword occurs in the sentence."""
        low = self.lower
        if low is None:
            return pattern.search(self.text) is not None
        return occurs_from(self._word_starts_of(pattern), pattern, self.text, low)

    def _word_starts_of(self, pattern: re.Pattern[str]) -> tuple[str, ...] | None:
        """The pattern's literal starts less those that begin no word here, when the pattern matches only at word
        starts and the finder (``candidates``) has told which of its word starts begin words of the text (in another
        order: only which starts are tried counts, as ``occurs_from`` and ``matches_from`` read them)."""
        if self._found is None:
            return literal_starts(pattern)
        finder, found = self._found
        split = finder.heads_of(pattern)
        if split is None:
            return literal_starts(pattern)
        present = split.heads & found
        if not present:
            return split.always
        if len(present) == 1 and not split.always:
            return split.by_head[next(iter(present))]
        return split.always + tuple(chain.from_iterable(map(split.by_head.__getitem__, present)))

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


def token_columns(text: str) -> tuple[list[int], list[int], list[str], list[str]]:
    """Starts, ends, kinds and texts of the tokens of TOKEN.finditer(text), read with GAPPED.findall: strings, not
    a match object per token, and four lists, not a tuple per token."""
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    texts: list[str] = []
    add_start, add_end, add_kind, add_text = starts.append, ends.append, kinds.append, texts.append
    end = 0
    for gap, word, num, punct in GAPPED.findall(text):
        start = end + len(gap)
        add_start(start)
        if word:
            end = start + len(word)
            add_kind("num" if word[0] in FRACTION_FIRST and word.lower() in FRACTION_WORDS else "word")
            add_text(word)
        elif num:
            end = start + len(num)
            # the cheap exact test first: a REFERENCE match ends in one of its words' last characters, then spaces
            if text[max(0, start - 12) : start].rstrip()[-1:] in REFERENCE_LAST and REFERENCE.search(
                text, max(0, start - 12), start
            ):
                add_kind("ref")
            elif YEAR.match(num) and not text.startswith("%", end):
                add_kind("year")
            else:
                add_kind("num")
            add_text(num)
        else:  # only punctuation can hold spaces (" - ")
            end = start + len(punct)
            add_kind("punct")
            add_text(punct.strip() or punct)
        add_end(end)
    return starts, ends, kinds, texts


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


FILLER_OR_AND = FILLER | {"and"}


def is_link(text: str) -> bool:
    """Whether a token's text joins list members: a comma, "and", "or"."""
    return text == "," or (len(text) <= 3 and text.lower() in ("and", "or"))  # lower() never shortens a text


def _joined(sent: ScannedSentence, a: int, b: int) -> bool:
    """Values a and b are listed together: "3.4% and 2.3%", "60 GW of wind and 120 GW", "2,783 X, 223 Y, and ..."."""
    if sent.words[b] - sent.words[a + 1] > 4:  # more than 4 words between (from the prefix counts, no token read):
        return False  # the common case, values far apart, costs no loop over the tokens between
    kinds, texts = sent.kinds[a + 1 : b], sent.texts[a + 1 : b]
    links = [i for i, text in enumerate(texts) if is_link(text)]
    if not links or "year" in kinds:
        return False
    after = a + 2 + links[-1]  # the token after the last link (b at the latest)
    # a comma starting a clause ("120 million, with about 46.2 million ...") is not a list
    return texts[links[-1]] != "," or sent.kinds[after] == "num" or sent.texts[after].lower() in FILLER_OR_AND
