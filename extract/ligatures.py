"""Typographic ligatures written as their letters: a PDF's text layer, and web pages converted from PDFs, often keep
"ﬁ", "ﬂ" and "ﬃ" as one character each ("eﬃciency", "ﬁnance", "ﬂood"), which no keyword, unit or cue matches.

Only the Latin ligatures of Unicode's Alphabetic Presentation Forms (U+FB00-U+FB06) are replaced, each by its
compatibility decomposition: a whole-text NFKC would also change full-width tildes of ranges ("348.9～289.5"),
superscripts and other characters the later stages read as they are.

Cyrillic letters drawn like Latin ones are read as those Latin letters inside a token that also holds a Latin
letter or a digit: plans from the region type "CО2" or "СО2-eq." with a Cyrillic O (or C, H), which no unit matches.
Words written wholly in Cyrillic stay as they are, and so does a token with a Cyrillic letter that has no Latin
twin ("2030г"). The twins are written out by hand: Unicode's confusables table (and the libraries that ship it)
maps thousands of characters to skeletons, where this needs only the dozen capitals and lower-case letters that
look the same in Latin, replaced one for one so that offsets stay put.

Unicode's hyphens (U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, U+2012 FIGURE DASH) are written as the ASCII
hyphen-minus, also one for one: word processors put them between years ("during 2000‐2013"), where every period,
range and compound pattern of the later stages looks for "-", "–" or "—".
"""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
_LIGATURES.update({code: "-" for code in (0x2010, 0x2011, 0x2012)})
# ``str.translate`` with a dict looks up every character of the text in Python; most texts hold none of these, which
# one regex search in C tells (a 100 kB plan: 2 ms for the translate, 0.05 ms for the search)
_LIGATURE_RE = re.compile("[" + "".join(map(chr, _LIGATURES)) + "]")
_CYRILLIC_TWINS = str.maketrans("АВЕКМНОРСТХаеорсхі", "ABEKMHOPCTXaeopcxi")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_TOKEN_WITH_CYRILLIC_RE = re.compile(r"[\w₀-₉]*[\u0400-\u04ff][\w₀-₉]*")
_LATIN_OR_DIGIT_RE = re.compile("[A-Za-z0-9₀-₉]")


def expand_ligatures(text: str) -> str:
    """``text`` with each ligature replaced by its letters ("eﬃciency" -> "efficiency"), each Unicode hyphen by "-" and
    the Cyrillic twins of Latin letters in mixed tokens replaced by those letters ("СО2" -> "CO2"); every other
    character as it is."""
    if _LIGATURE_RE.search(text) is not None:
        text = text.translate(_LIGATURES)
    if _CYRILLIC_RE.search(text) is None:
        return text
    return _TOKEN_WITH_CYRILLIC_RE.sub(_latin_twins, text)


def _latin_twins(match: re.Match[str]) -> str:
    """A mixed token ("СО2") in Latin letters ("CO2"); a Cyrillic word, or one with a letter Latin lacks, as it is."""
    token = match.group()
    if _LATIN_OR_DIGIT_RE.search(token) is None:
        return token
    latin = token.translate(_CYRILLIC_TWINS)
    return token if _CYRILLIC_RE.search(latin) else latin
