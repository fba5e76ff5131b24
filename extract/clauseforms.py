"""The form of a clause: a statement or a verbless fragment, a concession opening its sentence, a turn of contrast,
a reason given, a deadline or a date of record. Part of the clause stage (``clauses.kind_for`` reads these); kept
apart so each module reads alone."""

from __future__ import annotations

import re

from . import rx
from .alternation import first_char_guarded
from .clausecues import cues

#: A verb that makes a sentence a statement: without one, a fragment (table cell, list item) takes its section's kind.
FINITE_RE = first_char_guarded(
    r"\b(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|should|must|be|been|accounts?|stands?|remains?"
    r"|represents?|contributes?|comprises?|covers?|emits?|generates?|produces?|consumes?|supplies|shows?|indicates?"
    # verbs that describe how things are: "85% of food production goes to export", "80% of generation uses hydro"
    r"|goes|uses|relies|depends|comes|occupies|employs|hosts|contains"
    # how far the country is: "Israel attains extremely high levels of water reuse (85%)", "ranks 5th"
    r"|attains|achieves|reaches|ranks|boasts|enjoys"
    r"|makes?\s+up)\b",  # "livestock make up 11% of national emissions"
    re.IGNORECASE,
)
#: A clause that gives the reason for the sentence's goal states how things are ("to meet the goal, since the sector
#: contributes 31% of emissions", "…, as the sector accounts for 22%"): the goal's cue before it does not reach it.
#: Temporal "since 2010" / "since the adoption of" has no finite verb before the number (checked by the caller).
#: A clause that turns against the one before: "…, but has set a target", "…, whereas the plan aims at …"
#: a turn of contrast, or a participle that tells what the fact before it brings about ("…, making the economy
#: dependent on water while also offering potential for clean generation"): its goal words are no cue of the value
CONTRAST_RE = rx.compile(
    r",\s*(?:but|whereas|while|yet|however|making|rendering|leaving|causing|resulting\s+in|leading\s+to)\b",
    re.IGNORECASE,
)
CAUSAL_OPENING_RE = rx.compile(
    r"\s*(?:since(?!\s+(?:the\s+)?(?:(?:19|20)\d\d|then)\b)|because|given\s+that|considering\s+that|insofar\s+as"
    r"|inasmuch\s+as|as(?=\s+(?:the|this|these|it|its|our|their|such)\s+(?!(?:result|case|part|well|basis)\b)))\s",
    re.IGNORECASE,
)
#: a concession opening the sentence (its first letter, one of "ATWED", is tested first: most sentences open otherwise)
_CONCESSIVE_OPENING_RE = rx.compile(
    r"(?:Although|Though|Even\s+though|While|Whilst|Despite|In\s+spite\s+of)\b"  # ("Despite contributing 1% to …")
)
_END_OF_BEFORE_RE = first_char_guarded(r"\bend\s+of\s+(?:the\s+)?(?:year\s+)?$", re.IGNORECASE)


def finite(line: str) -> bool:
    """Whether ``line`` has a verb that makes it a statement ("Access has already risen to 73%"), not a fragment
    ("HFC consumption reduced to 197 kt", "Construction of a 752 km railway line")."""
    return FINITE_RE.search(line) is not None


def verbless(line: str) -> bool:
    """A line with no finite verb and no cue of intent or fact: a label and its value, a list or table line."""
    return not FINITE_RE.search(line) and not cues(line, 0, len(line))


def is_deadline(text: str, year_start: int) -> bool:
    """A "by YEAR" that reads as a deadline, not "by the end of 2019" (a date of record)."""
    return not _END_OF_BEFORE_RE.search(text, max(0, year_start - 20), year_start)


def concession_end(text: str, sent_start: int, sent_end: int, q_start: int, q_end: int) -> int | None:
    """The comma that ends a concession opening the sentence, or a tab-set part of it ("Fairness;\tAlthough …"), when
    the value at ``q_start`` is in it: "Although its share of global emissions stands at only 0.004%, the country
    has committed to …" states a fact of its own, up to its comma; the main clause's goal and deadline do not reach
    into it. None otherwise."""
    opening = _concession_opening(text, sent_start, q_start)
    if opening is None:
        return None
    comma = text.find(",", q_end, sent_end)
    return comma if comma != -1 and "," not in text[opening:q_start] else None


def conceded_before(text: str, sent_start: int, q_start: int) -> int | None:
    """The end (its comma) of a concession opening the sentence that closes before the value at ``q_start``:
    "Although it contributed 0.5% of global emissions in 2019, …, it is making efforts to achieve a 47% cut": the
    concession's years are its own fact's, no date of the main clause's goal. None otherwise."""
    opening = _concession_opening(text, sent_start, q_start)
    if opening is None:
        return None
    comma = text.find(",", opening, q_start)
    return comma if comma != -1 else None


def _concession_opening(text: str, sent_start: int, q_start: int) -> int | None:
    """Where a concession opens the sentence (or the tab-set part of it) holding ``q_start``, or None."""
    opening = max(sent_start, text.rfind("\t", sent_start, q_start) + 1)
    opening += len(text[opening:q_start]) - len(text[opening:q_start].lstrip())
    if text[opening : opening + 1] not in "ATWEDI" or not _CONCESSIVE_OPENING_RE.match(text, opening, q_start):
        return None
    return opening
