"""Tables cited by number in the text before them: "measures were selected for the unconditional contribution
(Table 11)" after a paragraph about the 2025 goal dates Table 11's undated goals 2025, though the paragraph right
above the table speaks of an annex's 2030 goals. The citing sentence names the table; the paragraph above it may not.
"""

from __future__ import annotations

import re

from . import rx
from .state import Carry, DocContext

_NUMBER = r"[A-Z]?\d+(?:[.\-–]\d+)*"
#: "Table 11", "(Table 4.2)", "Tables 11 and 12", "Tables 3, 4 and 5"
_CITE_RE = rx.compile(rf"\bTables?\s+({_NUMBER}(?:\s*(?:,|and|&)\s*{_NUMBER})*)")
_NUMBER_RE = rx.compile(_NUMBER)
#: the number a caption gives its table: "Table 11 – Unconditional Mitigation Contributions"
_CAPTION_RE = rx.compile(rf"^\s*Table\s+({_NUMBER})", re.IGNORECASE)


def cite_tables(ctx: DocContext, carry: Carry, text: str) -> None:
    """Record the deadline in force where a sentence cites tables by number: the sentence's paragraph's, else the
    paragraph's before it ("To achieve that, measures were selected (Table 11)" follows the goal it achieves)."""
    found = _CITE_RE.findall(text)
    if not found:
        return
    year = carry.target_year or carry.previous_target_year
    if year is None:
        return
    for numbers in found:
        for number in _NUMBER_RE.findall(numbers):
            ctx.cited_tables[number] = year


def cited_year(ctx: DocContext, caption: str) -> int | None:
    """The deadline in force where the text cited the table this caption numbers, if it did."""
    m = _CAPTION_RE.match(caption) if ctx.cited_tables else None
    return ctx.cited_tables.get(m.group(1)) if m else None
