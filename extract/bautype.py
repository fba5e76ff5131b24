"""What a plan says its targets are measured against, once for the whole document.

Many NDCs state the type of their target once ("Type of target: deviation from business-as-usual", "the target is
expressed relative to BAU emissions in this year") and then write each cut without its yardstick ("The energy
sector targets a 3.9% reduction in emissions by 2035"). Such a cut is measured against BAU like the headline one,
unless the plan also states a target against a base year (then the cut alone does not say which it is).
"""

from __future__ import annotations

import re

from . import rx
from .changes import CUT_LABEL_RE, EMISSION_WORDS_RE, is_change

#: The plan's own statement that its targets are cuts from BAU (the words of the UNFCCC's types of target: "baseline
#: scenario target", "deviation from BAU"); the blanks inside a name are spaces, not a line break between a heading
#: and what follows it ("Business-As-Usual scenario" over "Target: …")
_BAU_TYPE_RE = rx.compile(
    r"\b(?:deviation|departure)\s+from\s+(?:a\s+|the\s+|its\s+)?(?:BAU|business[ -]+as[ -]+usual|baseline[ ]+scenario)"
    r"|\b(?:targets?|contributions?|NDC|commitments?|goals?)\b[^.;:\n]{0,40}?\bexpressed\s+(?:as\s+[^.;:\n]{0,40}?)?"
    r"(?:relative\s+to|against|compared\s+(?:to|with)|in\s+relation\s+to|below)\s+(?:a\s+|the\s+)?"
    r"(?:BAU|business[ -]+as[ -]+usual)\b"
    r"|\bbaseline[ ]+scenario[ ]+target\b",
    re.IGNORECASE,
)
#: A target against a base year stated anywhere: "absolute emission reduction", "below 2010 levels", "compared to
#: 1990"; the plan then has both kinds, and a cut that names no yardstick may be either.
_BASE_YEAR_TYPE_RE = rx.compile(
    r"\babsolute\s+(?:emissions?\s+)?reductions?\b|\bbase[\s-]+year\s+(?:target|emissions?)\b"
    r"|\b(?:relative\s+to|below|compared\s+(?:to|with)|against)\s+(?:the\s+|its\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


#: every _BAU_TYPE_RE match holds one of these words (lower case): at its start ("deviation", "departure",
#: "baseline"), or up to 70 characters in ("expressed"); each (word, characters before, characters after) is searched
#: around, so the whole text needs no scan with the pattern (that scan cost 12 ms of the 14 documents' 480)
_TYPE_WORDS = (("deviation", 0, 90), ("departure", 0, 90), ("expressed", 70, 140), ("baseline", 0, 50))


def declares_bau_targets(text: str) -> bool:
    """Whether the plan states that its targets are cuts from BAU, and states no target against a base year."""
    low = text.lower()
    for word, before, after in _TYPE_WORDS:
        at = low.find(word)
        while at >= 0:
            if _BAU_TYPE_RE.search(text, max(0, at - before), at + after):
                return _BASE_YEAR_TYPE_RE.search(text) is None
            at = low.find(word, at + 1)
    return False


def cut_from_declared_bau(
    text: str, sentence: tuple[int, int], clause: tuple[int, int], q_start: int, q_end: int
) -> bool:
    """Whether the percentage at ``q_start`` is a cut of emissions ("a 3.9% reduction in emissions", "the transport
    sector targets a 30% reduction, and …") that its clause measures against nothing: in a plan that
    ``declares_bau_targets``, a cut from BAU (the caller checks that the value is a target, a percentage, and has no
    yardstick of its own). A cut of something else is no cut of the plan's emissions ("reduce pesticide use by 75%",
    "reduce water losses by 20%")."""
    (start, end), (c_start, c_end) = sentence, clause
    return (
        is_change(text, c_start, q_start, q_end, c_end)
        and CUT_LABEL_RE.search(text, c_start, c_end) is not None
        and EMISSION_WORDS_RE.search(text, start, end) is not None
    )
