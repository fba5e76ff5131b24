"""Builders of the number patterns: alternations grouped by first letter, a prefix tree, words anchored at their
rarest letter, and ``\\d`` as a character class. Pure functions of word lists, run once at import; kept apart from
``numbers`` so the reader of that stage sees the patterns, not how they are assembled for speed.
"""

from __future__ import annotations

import re

#: Letters a search for number words may stop at, the rarer in English first: every number word holds one.
_ANCHORS = "xqwvfhn"


def by_first_letter(words: list[str]) -> str:
    """``w1|w2|…`` as one group per first letter behind a lookahead for it, each in the words' order: ``re`` tries
    alternatives one by one, and words of other letters cannot match there anyway, so the first match is the same."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower(), []).append(w)
    return "|".join(f"(?=[{letter}])(?:{'|'.join(ws)})" for letter, ws in groups.items())


def decimal_class() -> str:
    """``\\d`` as a character class (re's \\d is ``str.isdecimal``): the decimal digits of the Basic Multilingual
    Plane, and every character above it, which a ``(?<=\\d)`` after the class must then check. Searching for a
    class, re tests each character in a bitmap; for ``\\d`` it asks the Unicode database, several times slower."""
    ranges: list[str] = []
    first = None
    for code in range(0x10001):
        if code < 0x10000 and chr(code).isdecimal():
            first = code if first is None else first
        elif first is not None:
            ranges.append(f"{re.escape(chr(first))}-{re.escape(chr(code - 1))}")
            first = None
    return f"[{''.join(ranges)}\U00010000-\U0010ffff]"


def prefix_tree(words: list[str], order: str = "") -> str:
    """``w1|w2|…`` with the words grouped by first letter (``t(?:en|wo)``): the engine then tries one group at a
    position instead of every word; a word that extends another ("seventeen", "seven") needs no entry of its own.
    The groups come in the letters' ``order`` (then alphabetically): the engine tries them one by one, so the
    commonest letters first reject the fewest groups. Only where a match starts is read, never which word it is."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words):
        rest = groups.setdefault(w[0], [])
        if not any(w[1:].startswith(r) for r in rest):
            rest.append(w[1:])
    letters = sorted(groups, key=lambda c: (order.find(c) % (len(order) + 1), c))
    return "|".join(f"{letter}(?:{'|'.join(groups[letter])})" for letter in letters)


def anchored(words: dict[str, str]) -> str:
    """``w1|w2|…`` for words (lower-case letters) each after its lookbehind (``words[w]``, fixed width), written
    to be found from the word's rarest letter of ``_ANCHORS``, the letters before it a lookbehind. re tries a
    pattern at every position holding a letter it can start with, and the first letters of the words (o, t, f, s,
    e, n, h, d, q) are half of English text; each try costs far more than the skip. Where a match starts moves,
    whether there is one does not: only that may be read."""
    groups: dict[str, list[str]] = {}
    for w, before in words.items():
        at = min(range(len(w)), key=lambda i: _ANCHORS.find(w[i]) % (len(_ANCHORS) + 1))
        behind = f"(?<={before}{w})" if at or before else ""
        groups.setdefault(w[at], []).append(w[at + 1 :] + behind)
    return "|".join(f"{letter}(?:{'|'.join(sorted(alts))})" for letter, alts in groups.items())
