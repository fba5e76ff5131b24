"""Words that put a number in the present ("currently", "today", "the current rate of cutting is …") or in a past too
remote to be the document's data year ("last century"). Shared by the cue reader (``clausecues``) and the readers of
a record's year (``recordyear``, ``datedness``); kept apart so each reads alone."""

from __future__ import annotations

import re

from . import context as cx
from . import rx

#: A past too remote to be the document's data year, and named by no year: "last century", "decades ago"
REMOTE_PAST_RE = rx.compile(
    r"\b(?:(?:last|previous|past|the\s+\w+\s+half\s+of\s+the)\s+century|(?:decades|centuries)\s+ago)\b", re.IGNORECASE
)
#: Words that put a number in the present: a current state is a fact.
PRESENT_FACT_RE = cx.guarded("acinpst", r"\b(?:currently|at\s+(?:the\s+)?present(?:\s+time)?|presently|today|to\s+date"
                              r"|so\s+far|as\s+it\s+stands|now\s+stands?)\b", re.I)  # fmt: skip
PRESENT_FACT_WORDS = ("current", "present", "today", "date", "far", "stand")  # one is in every match
#: "the current rate of cutting is estimated to be 85,000 m3": a subject in the present, a fact of now too (not the
#: current plan's goal: "the current NDC target is 30%"). Apart from PRESENT_FACT_RE: its "the" opens too many words
#: for the shared gate; searched only where "current" is (``present_fact``).
CURRENT_SUBJECT_RE = rx.compile(
    r"\bthe\s+current\s+(?!(?:I?NDCs?|targets?|goals?|commitments?|pledges?|plans?|polic\w+|measures|trends?"
    r"|trajector\w+|path\w*|scenarios?|base)\b)(?:[\w-]+\s+){1,4}?(?:is|are)\b",
    re.IGNORECASE,
)


def present_fact(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first word of ``text[start:end]`` that puts a number in the present ("currently", "today", "the current
    rate … is"), or None."""
    now = PRESENT_FACT_RE.search(text, start, end)
    if cx.may_contain(text, start, end, ("current",)):
        subject = CURRENT_SUBJECT_RE.search(text, start, now.start() if now else end)
        if subject is not None:
            return subject
    return now
