"""Who takes part, by group: shares of women or youth among participants, members or decision-makers ("800
participants (45% women)", "30% representation of women", "youth representation in at least 60% of committees").
They measure participation, not emissions or resilience (the dev-set conventions leave them out), whatever climate
words the sentence holds. Kept apart from ``scope`` so each reads alone."""

from __future__ import annotations

import re

from . import context as cx
from . import rx

#: A share of people by group named right after it ("800 participants (45% women)", "at least 30% women members", "40%
#: of them female", "half of the trainees are women"); a sentence merely naming women keeps its numbers.
_AFTER_RE = rx.compile(
    # (the lower end of a range shares what its upper end names: "20-30% of women in rural areas")
    r"(?:(?:\s*(?:%|per\s*cent|percent))?\s*(?:[-–]|to|and)\s*\d[\d.,]*)?(?:"
    r"\s*(?:(?:%|per\s*cent|percent)\s*)?(?:of\s+(?:(?:them|the|all)\s+)?)?(?:women|females?|girls)\b"
    # "half of the members of the board are women": the share's clause ends by naming its gender
    r"|[^.;:,()\d%\t\n|]{0,120}?\b(?:are|be|is|being)\s+(?:women|female)\b"
    # who takes part, by group: "30% representation of women", "30% of youth actively engaged", "70% of vulnerable
    # women and youth", "a 40% increase in women and youth participation"
    r"|\s*(?:(?:%|per\s*cent|percent)\s*)?(?:(?:representation|participation)\s+of\s+|of\s+(?:the\s+)?(?:vulnerable\s+|young\s+)?"
    r"|increase\s+in\s+)(?:women|youth|young\s+people|female)\b)",
    re.IGNORECASE,
)
_WORDS = ("women", "female", "girls", "youth", "young")
_BEFORE_WORDS = (*_WORDS, "gender")
#: the same named before the share, in its clause: "youth representation in at least 60% of local committees",
#: "Increase female labour force participation by 40%", "Percentage of women in decision-making bodies, … 30%"
_BEFORE_RE = rx.compile(
    r"\b(?:(?:women|female|youth|gender)\b[^.;:\d%]{0,40}?\b(?:representation|participation)"
    r"|(?:percentage|share|proportion)\s+of\s+(?:women|youth|young\s+people|female))\b[^.;:\d%]{0,60}$",
    re.IGNORECASE,
)
_REACH = 160  # the longest match: 120 characters of the clause, the verb and the word, and some spaces


def takes_part(text: str, sent_start: int, q_end: int, q_start: int | None) -> bool:
    """Whether the number ending at ``q_end`` is a share of people by group, named right after it or before it in
    its clause. Every match holds one of the group words within its reach: the cheap exact test first (this runs for
    every number the catalogue does not map)."""
    if cx.may_contain(text, q_end, q_end + _REACH, _WORDS) and _AFTER_RE.match(text, q_end):
        return True
    if q_start is None:
        return False
    lo = max(sent_start, q_start - _REACH)
    return cx.may_contain(text, lo, q_start, _BEFORE_WORDS) and _BEFORE_RE.search(text, lo, q_start) is not None
