"""A value dated by a count of years back from a year the sentence names ("28.5% by 2024, up from just 1% a decade
earlier", "five years before") or from the document's present ("12 MW ten years ago"). Part of the year stage
(``yearlinks.link_years`` asks it); counted by hand, as no date library reads such a phrase in running text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import rx
from .numvalue import WORD_NUMBERS
from .quantities import Quantity
from .yearnames import NAMING_ROLES

if TYPE_CHECKING:
    from .years import SentenceYears

#: the count back, right after the value: "a decade earlier", "two decades ago", "five (5) years before"
_BACK_AFTER_RE = rx.compile(
    # (the value's noun may stand between: "40 buses five years before")
    r"(?:\s+(?!an?\s)[a-z][\w-]*){0,2}?\s+(?:just\s+|some\s+|about\s+)?"
    r"(?P<n>an?|[a-z]+|\d{1,2})(?:\s*\(\d{1,2}\))?\s+"
    r"(?P<unit>decades?|years?)\s+(?P<dir>earlier|before|ago|previously)\b",
    re.IGNORECASE,
)
_ANCHOR_ROLES = ("base", "bau", "span_start", *NAMING_ROLES)  # years no value is counted back from


def assign_earlier_years(
    text: str, quantities: list[Quantity], years: SentenceYears, present: int | None
) -> None:
    """Date each undated value written with a count back: from the last year named before it in its sentence
    ("earlier", "before"), or from the document's present ("ago")."""
    for q in quantities:
        after = text[q.end : q.end + 60]
        if q.year is not None or ("ear" not in after and "ago" not in after):
            continue  # (the cheap test first: "years", "earlier", "decade(s)"… hold "ear", the rest "ago")
        m = _BACK_AFTER_RE.match(text, q.end)
        if m is None:
            continue
        word = m.group("n").lower()
        n = 1 if word in ("a", "an") else int(word) if word.isdigit() else WORD_NUMBERS.get(word)
        if not n:
            continue
        span = n * (10 if m.group("unit").lower().startswith("decade") else 1)
        if m.group("dir").lower() == "ago":
            anchor = present
        else:
            named = [y.year for y in years.mentions if y.end <= q.start and y.role not in _ANCHOR_ROLES]
            anchor = named[-1] if named else None
        if anchor is not None:
            q.year = anchor - span
