"""The qualifier a number is written with: "at least", "up to", "more than", "about" before it (English), "以上"
or "左右" after it (Chinese). Split from ``context`` (which re-exports both readers) so each module reads alone."""

from __future__ import annotations

import re

from . import rx

_QUALIFIERS: list[tuple[str, str]] = [
    (r"at\s+least|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|a\s+minimum\s+of|minimum\s+of", ">="),
    (r"up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|not\s+(?:to\s+)?exceed(?:ing)?", "<="),
    (
        r"more\s+than|over|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|above|in\s+excess\s+of|upwards\s+of|beyond"
        r"|greater\s+than|higher\s+than|an\s+excess\s+of(?:\s+over)?",
        ">",
    ),
    (r"less\s+than|fewer\s+than|below|under|lower\s+than|within", "<"),
    (
        r"approximately|approx\.|around|about|nearly|roughly|almost|close\s+to|some|an\s+estimated|estimated|circa"
        r"|ca\.|~|≈",
        "~",
    ),
    (r"≥|>=", ">="),
    (r"≤|<=", "<="),
    (r">", ">"),
    (r"<", "<"),
]
_QUALIFIER_TAIL = r"\s*(?:a\s+total\s+of\s+|the\s+)?$"
_QUALIFIER_RE = [(rx.compile(rf"(?:^|[^\w])(?:{pat}){_QUALIFIER_TAIL}", re.IGNORECASE), q) for pat, q in _QUALIFIERS]
#: Matches exactly when one of _QUALIFIER_RE does: one search rules out the usual case, a number with no qualifier.
_ANY_QUALIFIER_RE = rx.compile(
    rf"(?:^|[^\w])(?:{'|'.join(f'(?:{pat})' for pat, _ in _QUALIFIERS)}){_QUALIFIER_TAIL}", re.IGNORECASE
)


#: The last word of every _ANY_QUALIFIER_RE match (lower case), its tail's ("a total of", "the") included: an ASCII
#: window whose last word ends in none of them holds no match (the match ends at the window's end, spaces aside).
_QUALIFIER_ENDS = (
    "least", "than", "of", "to", "most", "exceed", "exceeds", "exceeded", "exceeding", "over", "surpass", "surpasses",
    "surpassed", "surpassing", "above", "beyond", "below", "under", "within", "approximately", "approx.", "around",
    "about", "nearly", "roughly", "almost", "some", "estimated", "circa", "ca.", "~", "=", ">", "<", "the",
)  # fmt: skip


_CN_QUALIFIERS_BEFORE = [
    ("不低于", ">="), ("不少于", ">="), ("至少", ">="), ("不超过", "<="), ("最多", "<="), ("超过", ">"), ("逾", ">"),
    ("高于", ">"), ("低于", "<"), ("不足", "<"), ("大约", "~"), ("约", "~"), ("近", "~"),
]  # fmt: skip
_CN_QUALIFIER_WORDS = tuple(word for word, _ in _CN_QUALIFIERS_BEFORE)
_CN_QUALIFIER_AFTER_RE = rx.compile(r"(以上|多|余|左右|上下|以下|以内)")
_CN_AFTER = {"以上": ">", "多": ">", "余": ">", "左右": "~", "上下": "~", "以下": "<", "以内": "<="}


def qualifier_after(text: str, end: int) -> str:
    """Chinese qualifiers follow the amount: "12亿千瓦以上" (more than), "25%左右" (around)."""
    m = _CN_QUALIFIER_AFTER_RE.match(text, end)
    return _CN_AFTER[m.group(1)] if m else ""


def qualifier_before(text: str, start: int, floor: int) -> str:
    """Qualifier written right before the number (within the same clause)."""
    window = text[max(floor, start - 40) : start]
    if window.endswith(_CN_QUALIFIER_WORDS):
        for word, q in _CN_QUALIFIERS_BEFORE:
            if window.endswith(word):
                return q
    tail = window.rstrip()[-14:]
    if tail.isascii() and not tail.lower().endswith(_QUALIFIER_ENDS):
        return "="  # the cheap exact test first (see _QUALIFIER_ENDS): most numbers have no qualifier
    if not _ANY_QUALIFIER_RE.search(window):
        return "="
    for regex, q in _QUALIFIER_RE:
        if regex.search(window):
            if q == "<=" and _FROM_UP_TO_RE.search(text, max(floor, start - 90), start):
                return "="  # "from 39.4% in 2013 up to 41% in 2030": the end of a change, no ceiling
            return q
    return "="


#: "up to" closing a change that a "from" and its number (not a year) opened: "to", not a ceiling ("from 12%
#: up to 35%", "from 2,100 MW in 2020 up to 4,500 MW")
_FROM_UP_TO_RE = rx.compile(
    r"\bfrom\s+(?!(?:19|20)\d\d\b)[^;:]{0,50}?\d[^;:]{0,30}?\bup\s+to\s+(?:the\s+)?$", re.IGNORECASE
)
