"""Shares coordinated in one predicate ("31% and … 43% below BAU"): they share the yardstick named after the last
one. Split from ``baseline``, which asks it of a share before a yardstick."""

from __future__ import annotations

import re

from . import context as cx
from . import rx


def coordinated_shares(text: str, q_start: int, q_end: int, yardstick: int) -> bool:
    """Whether the share at ``text[q_start:q_end]`` and the shares between it and a yardstick are coordinated in one
    predicate: no other kind of number and no second verb between them ("31% and … 43% below BAU")."""
    if not text[q_start:q_end].rstrip().endswith(("%", "cent")):
        return False
    between = text[q_end:yardstick]
    if len(NEXT_QUANTITY_RE.findall(between)) != len(shares := list(_SHARE_RE.finditer(between))) or not shares:
        return False  # another kind of number between: not a list of shares
    if cx.NEW_PREDICATE_RE.search(between):
        return False
    gap_start = 0
    for share in shares:  # each share joined to the one before by "and", "or" or a comma, with no number between
        if not _LIST_JOIN_RE.fullmatch(between, gap_start, share.start()):
            return False
        gap_start = share.end()
    return True


_SHARE_RE = rx.compile(r"\d[\d,.]*\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
#: the join between two coordinated shares, each share's own year kept with it: "3% in 2020, 6% by 2025 and …"
_LIST_JOIN_RE = rx.compile(
    r"(?=.{0,70}$)(?:\s*(?:in|by)\s+(?:19|20)\d\d\b)?[^\d]*?(?:,|\band\b|\bor\b)[^\d]*", re.IGNORECASE | re.DOTALL
)
NEXT_QUANTITY_RE = rx.compile(r"\d[\d,.]*\s*(?:%|per\s*cent|percent|Mt|Gt|kt|million|billion)", re.IGNORECASE)
