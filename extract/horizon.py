"""A horizon a sentence counts from the document's own time ("over the next 30 years", "within the coming decade"):
the year a goal dated only by it is due. Part of the context stage, beside ``yearof`` (which asks it last)."""

from __future__ import annotations

import re

from . import rx
from .numvalue import WORD_NUMBERS

#: a horizon counted from the document's own time: "over the next 30 years", "within the coming decade", "over the
#: course of the next decade", "over the next five (5) years" (the count restated in figures, as a legal text writes it)
_NEXT_YEARS_RE = rx.compile(
    r"\b(?:over|in|within|during|for)\s+the\s+(?:course\s+of\s+the\s+)?(?:next|coming|following)\s+(?:(?P<n>\d{1,2}|[a-z]+)(?:\s*\(\d{1,2}\))?[\s-]+years?"
    r"|(?P<d>(?:two\s+|three\s+)?decades?))(?![A-Za-z])",  # (a footnote may be fused: "the next 10 years10")
    re.IGNORECASE,
)
_DECADES = {"decade": 10, "two decades": 20, "three decades": 30}


def relative_horizon(sent: str, now: int | None, headline: int | None) -> int | None:
    """The end of a horizon the sentence counts from the document's time ("reduce HFCs by 80% over the next 30
    years"): the present plus its length, or the plan's headline year when that is within a year of it ("over the
    next decade" in a plan for 2030). Counted by hand: no date library reads a relative horizon."""
    low = sent.lower() if now is not None else ""
    if not any(w in low for w in ("next", "coming", "following")):
        return None  # (the cheap test first: one of these words, in any case, is in every match)
    m = _NEXT_YEARS_RE.search(sent)
    if m is None:
        return None
    count = (m.group("n") or "").lower()
    n = _DECADES.get(" ".join((m.group("d") or "").lower().split())) or (
        int(count) if count.isdigit() else WORD_NUMBERS.get(count)
    )
    if not n:
        return None
    end = now + n
    if headline is not None and end < headline - _BEFORE_HEADLINE:
        return None  # counted from a present read too early (a ratification year): the count cannot be trusted
    return headline if headline is not None and abs(end - headline) <= 1 else end


_BEFORE_HEADLINE = 10  # years a horizon may end before the plan's headline year
_OWN_HORIZON_REACH = 60  # characters from a value to a horizon said of it ("three million trees over the next …")
_YEAR_BETWEEN_RE = rx.compile(r"(?:19|20)\d\d|[.;:]\s")  # a year or a clause's end between a value and a horizon


def horizon_after(sent: str, pos: int, now: int | None, headline: int | None) -> int | None:
    """The end of a horizon said right after a value at ``sent[pos]``, in its clause ("Plant three million trees over
    the next five years"): the value's own deadline, over a year elsewhere in its sentence (a list item fused to the
    one before it: "… to 10% by 2035 Plant three million trees over the next five years")."""
    if now is None or "next" not in sent and "coming" not in sent and "following" not in sent:
        return None
    m = _NEXT_YEARS_RE.search(sent, pos, pos + _OWN_HORIZON_REACH)
    if m is None or _YEAR_BETWEEN_RE.search(sent, pos, m.start()):
        return None
    return relative_horizon(sent[m.start() : m.end()], now, headline)


#: the plan itself as a sentence's subject: "The NDC 3.0 will, if fully implemented, reduce …", "this NDC will see …"
_PLAN_SUBJECT_RE = rx.compile(
    r"\b(?:[Tt]his|[Tt]he)\s+(?:updated\s+|new\s+)?NDC(?:\s+\d(?:\.\d)?)?\s+(?:will|would|shall)\b"
)


def plan_subject(sent: str) -> bool:
    """Whether the sentence's goal is the plan's own, stated of it as a whole ("The NDC will, if fully implemented,
    reduce emissions from energy efficiency by 60.1 kt overall"): due by the plan's headline year, not by a year the
    paragraph before it carried ("… supply by 2.7 PJ by 2050")."""
    return "NDC" in sent and _PLAN_SUBJECT_RE.search(sent) is not None
