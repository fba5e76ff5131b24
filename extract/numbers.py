"""Find the numbers written in a sentence: digits, number words, fractions in words, magnitudes.

This stage only answers "where is a number and what is its value"; whether the
number is an indicator (and in which unit) is decided by later stages.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from decimal import Decimal

from . import rx
from .numberstyle import spaced_decimal_commas
from .numpatterns import anchored, by_first_letter, decimal_class, prefix_tree
from .numvalue import WORD_NUMBERS, parse_digits, parse_word_number

#: Shares written in words, as percentages.
FRACTION_WORDS: dict[str, Decimal] = {
    "half": Decimal(50), "one-half": Decimal(50), "one half": Decimal(50), "a quarter": Decimal(25),
    "one quarter": Decimal(25), "one-quarter": Decimal(25), "a fourth": Decimal(25), "one-fourth": Decimal(25),
    "three quarters": Decimal(75), "three-quarters": Decimal(75), "three-fourths": Decimal(75),
    "a third": Decimal("33.3"), "one-third": Decimal("33.3"), "one third": Decimal("33.3"),
    "two-thirds": Decimal("66.7"), "two thirds": Decimal("66.7"), "a fifth": Decimal(20), "one-fifth": Decimal(20),
    "one fifth": Decimal(20), "two-fifths": Decimal(40), "three-fifths": Decimal(60), "four-fifths": Decimal(80),
    "a tenth": Decimal(10), "one-tenth": Decimal(10),
    # the verb: a cut by half ("to halve its emissions by 2030", "halving deforestation", "emissions have halved")
    "halve": Decimal(50), "halves": Decimal(50), "halving": Decimal(50), "halved": Decimal(50),
}  # fmt: skip

#: a capitalised word after a capitalised fraction word makes it part of a title ("a Fourth National Communication")
_TITLE_AFTER_RE = rx.compile(r"[ -][A-Z][a-z]")
#: a fraction word hyphen-joined to the word after it is a compound's first part, no share ("half-moons" dug to
#: catch rain, "a half-degree", "third- party verification"); "one-third" and the like are fraction words whole
_COMPOUND_AFTER_RE = rx.compile(r"-\s?[a-z]")

#: Multiples written as one word ("twofold", "double").
FOLD_WORDS: dict[str, Decimal] = {
    "twofold": Decimal(2), "two-fold": Decimal(2), "threefold": Decimal(3), "three-fold": Decimal(3),
    "fourfold": Decimal(4), "four-fold": Decimal(4), "fivefold": Decimal(5), "tenfold": Decimal(10),
    # nouns of multiplication ("an approximate doubling", "tripling capacity"); not "double", which also names
    # things ("double counting", "double-digit")
    "doubling": Decimal(2), "tripling": Decimal(3), "quadrupling": Decimal(4),
    "sixfold": Decimal(6), "sevenfold": Decimal(7), "eightfold": Decimal(8), "ninefold": Decimal(9),
    # ("will have quadrupled by 2030"; not "doubled", "tripled": "has doubled its efforts" multiplies nothing counted)
    "quadrupled": Decimal(4),
}  # fmt: skip

MAGNITUDES: dict[str, Decimal] = {
    "hundred million": Decimal(10) ** 8,
    "thousand million": Decimal(10) ** 9,  # the long scale's billion: "USD 7,586 thousand million"
    "100 million": Decimal(10) ** 8,
    "ten thousand": Decimal(10) ** 4,
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mil": Decimal(10) ** 6,  # English: "USD 61 - 86 mil" (the Spanish "mil", a thousand, is in plans this tool skips)
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    # plurals after a number, as translations from French and Spanish write them: "2.124 Billions of US $"
    "millions": Decimal(10) ** 6,
    "billions": Decimal(10) ** 9,
    "trillions": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
}

#: Footnote markers that may stick to a number in tables and must not be read as digits.
MARKER_CHARS = "ªº°¹²³⁴⁵⁶⁷⁸⁹⁰*†‡"

# "169. 05" is a decimal torn by a stray space in PDF conversion: a fraction part with a leading zero is unambiguous,
# since no number or sentence starts with "05". This is the number after its first digit: ``\d{1,3}(?:,\d{3})+``
# and ``\d+`` with one digit taken (same backtracking order), since the digits half consumes that digit first.
#: Numbers printed the continental way where the form is unambiguous come first: two or more thousands points
#: ("1.004.347"), thousands points with a decimal comma ("5.215,73"), a decimal comma after at most three digits
#: ("0,04", "127,2", never "2019,20"): no number in the English way looks like them.
#: (Each of those needs a point or a comma after at most two more digits: a lookahead skips them for most numbers.)
_DIGITS_AFTER_FIRST = (
    r"(?:(?=\d{0,2}[.,])(?:\d{0,2}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.])|\d{0,2}\.\d{3},\d+(?![\d.,])"
    # "5,00,000", "1,50,00,000": the Indian grouping, lakhs and crores in pairs of digits before the last three
    r"|\d?(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d.,])"
    r"|\d{0,2},\d{1,2}(?![\d.,])"
    # "1,030 000 ha": a thousands comma, then thousands set apart by a space (a mixed grouping), before a word
    r"|\d{0,2},\d{3}(?:[ \u00a0]\d{3})+(?![\d.,])(?=[ \u00a0]?[A-Za-z])"
    r"|(?<!,[ ]\d)\d{0,2},[ ]\d{3}(?![\d.,])(?![ ]?,[ ]?\d))"  # "1, 717 Gg": a thousands comma spaced out
    # "3 000 hectares", "1 250 000 t": thousands set apart by spaces, as the French way writes them, when a word
    # follows (not another number: "45 120 300" may be three cells; nor "%": "1 100%" is a cell and a share)
    r"|\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d.,])(?=[ \u00a0]?[A-Za-z])"  # "585 311.76 tCO2e" too
    # "$70,000,0001": a footnote mark glued to a number of two or more groups (no grouping ends in four digits)
    r"|\d{0,2}(?:,\d{3}){2,}(?=\d{1,2}(?![\d.,]))"
    # a comma no thousands grouping could hold is a decimal comma: after a lone 0 ("0,002 %") or after four or
    # more digits ("1017,463" in a table of millions; not after a year: "in 2019,20 percent")
    r"|(?<=0),\d+(?!\d|[.,]\d)"
    r"|(?:(?<=1)(?!9\d\d,)|(?<=2)(?!0\d\d,)|(?<=[03-9]))\d{3,},\d{1,3}(?!\d|[.,]\d)"
    r"|(?:\d{0,2}(?:,\d{3})+(?!\d)|\d*)(?:\.\d+|\.[ ](?=0\d)\d+)?)"
)


#: where a number of two or more thousands groups ends though a digit follows: the footnote mark of "70,000,0001"
_FOOTNOTE_AFTER = r"(?<=,\d{3},\d{3})(?=\d{1,2}(?![\d.,]))"
_WORD_NUM = by_first_letter(sorted(WORD_NUMBERS, key=len, reverse=True))
# "thirty-four", and "twenty one" (a space after a tens word)
_WORD_NUMBER_RE = rf"(?:(?:{_WORD_NUM})(?:(?:-|(?<=ty)[ ])(?:one|two|three|four|five|six|seven|eight|nine)\b)?)"
_FRACTION_RE = by_first_letter([re.escape(k) for k in sorted(FRACTION_WORDS, key=len, reverse=True)])
_FOLD_RE = by_first_letter([re.escape(k) for k in sorted(FOLD_WORDS, key=len, reverse=True)])
#: the verbs "double" and "triple" before their object ("plans to double its capacity", "Double the areas"); the
#: words alone also name things ("double counting", "triple bottom line")
_VERB_MULTIPLES = {"double": Decimal(2), "triple": Decimal(3)}
_VERB_FOLD_RE = r"\b(?:double|triple)(?=\s+(?:the|its|their|our|this|that|these|those|current|existing)\b)"
# "100 million" is a scale in table headers ("(100 million cubic meters)"), not a word that follows a number.
_MAG_RE = "|".join(re.escape(k) for k in sorted(MAGNITUDES, key=len, reverse=True) if not k[0].isdigit())

# Currency codes an amount may be glued to ("USD13 million", "KES5 billion"); other letters make a name ("CO2").
_GLUED_CODES = "USD EUR GBP JPY CNY RMB INR BRL ZAR KES KSh Ksh AUD CAD NZD CHF IDR BDT PKR NGN EGP VND PHP".split()
# What may come before a number, asserted after its first digit (hence the ``\d`` in every lookbehind): no letter,
# digit or separator, or a currency code ("USD13 million"; each ends with a letter, the cheap test first), or the rand.
_AFTER_CODE = "|".join(f"(?<={code}\\d)" for code in _GLUED_CODES) + r"|(?<=\$US\d)"  # "$US2.9bn" too
# (a comma glued between a word and a percentage parts them, a missing space: "emissions,10% will be"; after a digit
# it is a separator, "2030,15", and before other numbers often a footnote's mark, "Uzbekistan,50 all new plants")
_BEFORE_DIGITS = (
    rf"(?:(?<![A-Za-z0-9_.,/]\d)|(?<=[a-z],\d)(?=[\d.]*\s?%)|(?<=[A-Zh]\d)(?:{_AFTER_CODE})|(?<=\bR\d))"  # "R40bn"
)


#: Matches exactly where ``\d`` does, found faster by a search (see ``numpatterns.decimal_class``).
FIRST_DIGIT = decimal_class() + r"(?<=\d)"
# "Solar-581 MW": a number hyphen-glued to a word is kept and marked (``Number.glued``); only a unit written after
# it makes it a value, so "COVID-19" stays a name. (Not case-insensitive as a whole: a case-insensitive class is
# tested letter by letter and loses its bitmap; the letters before a number are matched in either case.)
_DIGITS_ALT = rf"(?P<digits>{FIRST_DIGIT}(?i:{_BEFORE_DIGITS}){_DIGITS_AFTER_FIRST}(?:(?![\d])|{_FOOTNOTE_AFTER}))"
_WORD_ALTS = (
    rf"(?P<fraction>\b(?:{_FRACTION_RE})\b)",
    rf"(?P<fold>\b(?:{_FOLD_RE})\b|{_VERB_FOLD_RE})",
    rf"(?P<word>\b{_WORD_NUMBER_RE}(?:\s+(?:hundred|thousand))?(?:\s+and\s+a\s+half)?\b)",  # "three and a half"
    r"(?P<hundred>\b(?:a|one)\s+(?:hundred|thousand)\b)",
)
# A number is a match of the digits alternative or of a word alternative, searched in two halves for speed.
# A digits match holds only digits, commas and points, a word match only letters, hyphens and spaces, so the
# halves never overlap and their matches, merged in order, are exactly those of the single alternation. A pattern
# that starts by consuming a digit lets the engine skip to the digits in C; the word lookahead at least skips the
# positions where no word alternative can start (every one starts with one of o t f s e n h a d q).
_DIGITS_ONLY_RE = rx.compile(_DIGITS_ALT, re.VERBOSE)
_WORDS_ONLY_RE = rx.compile(rf"\b(?=[otfsenhadq])(?:{'|'.join(_WORD_ALTS)})", re.IGNORECASE | re.VERBOSE)
#: Every word match contains one of these (lower case): an ASCII text without any has no number words.
_ALL_STEMS = (
    *WORD_NUMBERS, "half", "halv", "quarter", "third", "fourth", "fifth", "tenth", "fold", "hundred", "thousand",
    "doubl", "tripl", "quadrupl",
)  # fmt: skip
#: A stem holding another ("seventeen" holds "seven") adds nothing to that test: the shorter ones answer it faster.
_WORD_STEMS = tuple(s for s in _ALL_STEMS if not any(o != s and o in s for o in _ALL_STEMS))


#: Letters by how often English text starts a word with them.
_WORD_INITIALS = "taosefdhnq"


# One search of the lower-cased text for any stem, without re.IGNORECASE: several times faster than a test per stem.
_STEM_RE = rx.compile(anchored(dict.fromkeys(_WORD_STEMS, "")))
# Every word match starts at a word start with a number word, "half", a multiplication noun or "a" before a
# fraction or "hundred"/"thousand" (the fractions and multiples start with one of the number words). This finds far
# fewer sentences than the stems ("one" is in "done", "ten" in "often"), so the costly word search runs on a sixth of
# them; a span start always counts as a word start, which only widens the test. The search is in the span folded to
# bytes (``_fold``), where a word starts after a space: a pattern with a literal first character lets re skip to
# those in C (it tries a class like [^a-z0-9_] at every character, several times slower).
# (its words by the letters that most often start a word, "a" before a fraction among them: the same match start)
_A_WORDS = [k[2:] for k in FRACTION_WORDS if k.startswith("a ")] + ["hundred", "thousand"]
_START_WORDS = ["half", "halv", "doubl", "tripl", "quadrupl"]
_A_PHRASE = rf"a\s+(?:{'|'.join(_A_WORDS)})"  # "a quarter": one more word, of the tree's "a" group
_WORD_START_RE = rx.compile(rf"(?:{prefix_tree([*WORD_NUMBERS, *_START_WORDS])}|{_A_PHRASE})".encode())
_AFTER_SPACE_RE = rx.compile(f" (?:{prefix_tree([*WORD_NUMBERS, *_START_WORDS, _A_PHRASE], _WORD_INITIALS)})".encode())
#: ``_fold``: ASCII letters lower-cased, digits 0, every other character (non-ASCII ones are "?" first) a space.
_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else 48 if 48 <= c <= 57 else c if 97 <= c <= 122 or c == 95 else 32 for c in range(256)
)
#: The only non-ASCII characters that re.IGNORECASE matches to ASCII letters ("ſix" is a word match) or that lower()
#: turns into ASCII letters: a span holding one is searched by the word pattern itself.
_ASCII_LOOKALIKES = frozenset("\u0130\u0131\u017f\u212a")
_MAX_NON_ASCII = 64  # a span with more (Chinese, Cyrillic) is searched by the patterns themselves
# a footnote marker may be fused to the magnitude word ("US$ 15.5 billion4 of investment")
# ("2.124 Billions of US $": a plural magnitude takes "of" before the currency it counts, as "millions of people" not)
MAGNITUDE_RE = rx.compile(
    rf"[\s-]*(?P<mag>{_MAG_RE})(?:\b|(?=\d{{1,2}}(?!\d)))"
    r"(?:(?<=[sS])\s+of(?=\s+(?:U\.?S\.?\s?\$|\$|€|(?-i:[A-Z]{3})\b|(?:US\s+)?dollars|euros)))?",
    re.IGNORECASE,
)
#: the tonnes after an "M" (or "m") glued to a number: "3.5M tCO2", "21m tonnes" are millions of tonnes ("5MW",
#: "5 Mt", "15m high" are not); after a "k", thousands: "40k toe", "12k tonnes" ("40kt" is a unit of its own)
_MILLION_TONNES_RE = rx.compile(r"[ \t]+(?:t(?:CO|oe\b|\b)|tonnes?\b|tons?\b|metric\s+tons?\b)")
_GLUED_SCALES = {"M": "million", "m": "million", "k": "thousand", "K": "thousand"}
#: Chinese magnitudes: 万 = 10^4, 亿 = 10^8 ("12亿千瓦" = 1.2 billion kW). 千 is left out: 千瓦 is kilowatt.
CN_MAGNITUDES: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
    "万": Decimal(10) ** 4,
}  # fmt: skip
CN_MAGNITUDE_RE = rx.compile(r"\s*(?P<mag>万亿|千万|百万|亿|万)")
# After digits: a magnitude word, else a Chinese magnitude, in one match (the first alternative is tried first).
_DIGITS_MAGNITUDE_RE = rx.compile(
    MAGNITUDE_RE.pattern + "|" + CN_MAGNITUDE_RE.pattern.replace("?P<mag>", "?P<cn>"), re.IGNORECASE
)
_ONE = Decimal(1)
_ECHO_RE = rx.compile(r" \(\s*(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*\)")
#: Characters no magnitude match starts with (it starts with a space, "-", a letter or 万千百亿): the commonest ones
#: after a number, for which the regex need not be asked.
_NO_MAGNITUDE_NEXT = frozenset(",.%)(;:/")
_ASCII_LETTERS = frozenset(string.ascii_letters)


@dataclass(unsafe_hash=True, slots=True)  # hashed like a frozen one; not frozen, whose __init__ is four times slower
class Number:
    """A number found in a text: its span, value (magnitude applied) and how it was written. Never changed once made."""

    start: int
    end: int  # end of the number including any magnitude word
    value: Decimal
    form: str  # digits, word, fraction, fold
    magnitude: Decimal = Decimal(1)
    magnitude_word: str = ""
    glued: bool = False  # hyphen-glued to a word before it ("Solar-581 MW", "COVID-19")

    @property
    def is_integer(self) -> bool:
        return self.value == self.value.to_integral_value()


def _may_have_number_words(text: str, start: int, end: int) -> bool:
    """A cheap exact pre-check: an ASCII span without any number-word stem has no number word."""
    span = text[start:end]
    return not span.isascii() or _STEM_RE.search(span.lower()) is not None


def _may_start_number_word(text: str, start: int, end: int) -> bool:
    """False only when text[start:end] holds no word match: no word in it starts with a number word."""
    return _word_starts(text, start, end)[0] < end


def _fold(span: str) -> bytes | None:
    """``span`` as bytes, one a character: letters of a word lower-case ASCII, decimal digits 0, any other character
    a space; None for a span with a look-alike or many non-ASCII characters. Word starts and digits stay where they
    were: a digit is found by memchr, a word start after a space (lower() would keep non-ASCII characters non-word)."""
    raw = span.encode("ascii", "replace")  # a non-ASCII character is one "?"
    folded = raw.translate(_FOLD)
    if span.isascii():
        return folded
    if raw.count(b"?") > _MAX_NON_ASCII:
        return None
    digits: bytearray | None = None
    at = raw.find(b"?")
    while at >= 0:
        char = span[at]
        if char in _ASCII_LOOKALIKES:
            return None
        if char.isdecimal():  # "٣": what FIRST_DIGIT matches beyond ASCII
            digits = digits or bytearray(folded)
            digits[at] = 48
        at = raw.find(b"?", at + 1)
    return folded if digits is None else bytes(digits)


def _word_starts(text: str, start: int, end: int) -> tuple[int, bytes | None]:
    """(where the first word match can start, or ``end``; the span folded, or None when any position can start
    one). Every word match starts at one; ``_AFTER_SPACE_RE`` finds the next in the folded span."""
    folded = _fold(text[start:end])
    if folded is None or _WORD_START_RE.match(folded) is not None:
        return start, folded
    found = _AFTER_SPACE_RE.search(folded)
    return (end if found is None else start + found.start() + 1), folded


def _word_matches(text: str, start: int, end: int, at: int, folded: bytes | None) -> list[re.Match[str]]:
    """``list(_WORDS_ONLY_RE.finditer(text, start, end))`` from ``_word_starts``. The word pattern, slow on every
    character, is only tried at the word starts with a number word, found by the fast search of the folded span:
    every match starts at one, so the first that matches after the last match is the one finditer finds."""
    if at >= end:
        return []
    if folded is None:
        return list(_WORDS_ONLY_RE.finditer(text, at, end))
    words: list[re.Match[str]] = []
    while True:
        m = _WORDS_ONLY_RE.match(text, at, end)  # \b and lookbehinds still see the text before ``at``
        if m is not None:
            words.append(m)
        # the next word start after the match (never empty), else after ``at``: its space from there on
        found = _AFTER_SPACE_RE.search(folded, (m.end() if m is not None else at + 1) - 1 - start)
        if found is None:
            return words
        at = start + found.start() + 1


def _digit_matches(text: str, start: int, end: int, folded: bytes | None) -> list[re.Match[str]]:
    """``list(_DIGITS_ONLY_RE.finditer(text, start, end))``: the pattern, whose match starts with a digit, is tried
    at the digits in order, each found by memchr in the folded span (a class search tests every character)."""
    if folded is None:
        return list(_DIGITS_ONLY_RE.finditer(text, start, end))
    found: list[re.Match[str]] = []
    at = folded.find(b"0")
    while at >= 0:
        m = _DIGITS_ONLY_RE.match(text, start + at, end)
        if m is None:
            at = folded.find(b"0", at + 1)
        else:
            found.append(m)
            at = folded.find(b"0", m.end() - start)
    return found


def may_hold_number(text: str, start: int, end: int) -> bool:
    """False only when text[start:end] has no digit and no number word, so no number, year or date in it.

    A search for ``FIRST_DIGIT``, else ``_may_have_number_words``, written out: a span that is not ASCII may hold
    number words, and in one that is, a digit is one of 0-9, found by ten memchr scans (the regex tests every
    character against all decimal digits of Unicode, several times slower; half the sentences have no digit)."""
    span = text[start:end]
    if not span.isascii():
        return True
    for digit in "0123456789":  # a loop, not any(): this runs for every sentence
        if digit in span:
            return True
    return _STEM_RE.search(span.lower()) is not None


def _number_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The number matches in text[start:end], found by the two faster halves."""
    at, folded = _word_starts(text, start, end)
    found = _digit_matches(text, start, end, folded)
    words = _word_matches(text, start, end, at, folded)
    return sorted(found + words, key=lambda m: m.start()) if words else found


def find_numbers(text: str, start: int = 0, end: int | None = None, continental: bool = False) -> list[Number]:
    """Every number in ``text[start:end]`` with the magnitude word that follows it applied (``continental``: see
    ``parse_digits``)."""
    end = len(text) if end is None else end
    found: list[Number] = []
    echoed = start  # the end of digits in brackets that repeat a number word ("five (5) million trees")
    for m in _number_matches(text, start, end):
        kind = m.lastgroup
        num_start, num_end = m.span()
        if num_start < echoed:  # the digits of "five (5)", read with the word
            continue
        magnitude, mag_word, glued = _ONE, "", False
        if kind == "digits":
            value, form = parse_digits(m.group(), continental), "digits"
            # _GLUED_BEFORE_RE ("[A-Za-z]-") written out: this runs for every number
            glued = num_start >= 2 and text[num_start - 1] == "-" and text[num_start - 2] in _ASCII_LETTERS
            mm = (
                None
                if text[num_end : num_end + 1] in _NO_MAGNITUDE_NEXT
                else _DIGITS_MAGNITUDE_RE.match(text, num_end, end)
            )
            if mm:
                mag_word = mm.group("mag").lower() if mm.lastgroup == "mag" else mm.group("cn")
                magnitude = MAGNITUDES[mag_word] if mm.lastgroup == "mag" else CN_MAGNITUDES[mag_word]
                num_end = mm.end()
            elif (scale := _GLUED_SCALES.get(text[num_end : num_end + 1])) and _MILLION_TONNES_RE.match(
                text, num_end + 1, end
            ):
                mag_word, magnitude, num_end = scale, MAGNITUDES[scale], num_end + 1  # "3.5M tCO2", "40k toe"
        elif kind == "fraction":
            if m.group().split()[-1][:1].isupper() and _TITLE_AFTER_RE.match(text, num_end):
                continue  # "a Fourth National Communication": an ordinal in a title, no share
            if _COMPOUND_AFTER_RE.match(text, num_end):
                continue  # "half-moons", "a half-degree rise", "a third- party review": a compound's first word
            value, form = FRACTION_WORDS[m.group().lower()], "fraction"
        elif kind == "fold":
            word = m.group().lower()
            value, form = FOLD_WORDS.get(word) or _VERB_MULTIPLES[word], "fold"
        else:
            value, form = parse_word_number(m.group()), "word"
            echo = _ECHO_RE.match(text, num_end, end) if text[num_end : num_end + 2] == " (" else None
            if echo and parse_digits(echo.group(1)) == value:  # legal style: the word, then its digits in brackets
                num_end = echoed = echo.end()
            if mm := MAGNITUDE_RE.match(text, num_end, end):
                mag_word = mm.group("mag").lower()
                magnitude = MAGNITUDES[mag_word]
                num_end = mm.end()
        found.append(Number(num_start, num_end, value * magnitude, form, magnitude, mag_word, glued))
    if len(found) > 1 and (text.find(" , ", start, end) >= 0 or text.find(", 0", start, end) >= 0):
        return spaced_decimal_commas(text, found)  # (rarely: most spans hold neither)
    return found
