"""Shares of emissions stated as a standing: "Ruritania accounts for 0.02% of global emissions", "the energy sector,
which accounts for about 90% of its total emissions": the make-up of a record, never a goal, whatever goal the
sentence goes on to set, and dated by a year of its own clause, never by that goal's deadline. Part of the context
stage: ``kinds`` reads the kind, ``yearof`` the year."""

from __future__ import annotations

import re

from . import rx

#: A share of the world's emissions (or of its footprint or total): "0.02% of global emissions", "0.006% to global
#: GHG emissions", "approximately below 0.1% of the global GHG footprint", "0.03% of the global total"
_SHARE_OF_WORLD_TOTAL_RE = rx.compile(
    r"\s*(?:\[\d+\]\s*)?(?:of|to)\s+(?:the\s+)?(?:total\s+)?(?:global|world(?:'s|’s)?|worldwide)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:emissions?|footprint|total)\b",
    re.I,
)
#: A share of a total of emissions after it: "90% of its total emissions", "42% of the total GHG emissions of the
#: country", "7% of emissions"
_SHARE_OF_EMISSIONS_RE = rx.compile(r"\s*(?:of|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?emissions\b", re.I)
#: A finite verb of standing right before the share: "accounts for", "represents", "contributes" (a participle,
#: "…, representing 14% of national emissions", restates the amount before it)
_STANDING_BEFORE_RE = rx.compile(
    r"\b(?:accounts?\s+for|represents|constitutes|contributes|(?:is|are)\s+responsible\s+for|makes\s+up|comprises)"
    r"\s+(?:about|around|approximately|roughly|only|just|some|nearly|almost|over|more\s+than|less\s+than)?\s*$",
    re.I,
)
_NUMBER_RE = rx.compile(r"\d")
_YEAR_RE = rx.compile(r"\b(?:19|20)\d\d\b")


def emission_share_record(text: str, sent_start: int, q_start: int, q_end: int, limit: int) -> bool:
    """Whether the share at ``text[q_start:q_end]`` states a standing in emissions: a part of the world's emissions,
    or a part of a total of emissions after a finite verb of standing, the first figure of its sentence ("5,176 Gg
    in 2030, which represents 9% of baseline emissions" restates a projection)."""
    if text[q_end - 1 : q_end] != "%":
        return False
    if _SHARE_OF_WORLD_TOTAL_RE.match(text, q_end, limit):
        return True
    if not _SHARE_OF_EMISSIONS_RE.match(text, q_end, limit):
        return False
    if not _STANDING_BEFORE_RE.search(text, max(sent_start, q_start - 50), q_start):
        return False
    return not _NUMBER_RE.search(_YEAR_RE.sub("", text[sent_start:q_start]))


#: a relative clause of standing: "the electricity sub-sector that contributes 42% of the total GHG emissions", "…,
#: which accounts for 30% of emissions": it describes its noun as things stand, whatever the main clause plans for it
_STANDING_RELATIVE_RE = rx.compile(
    r"\b(?:that|which)\s+(?:currently\s+|still\s+|alone\s+|now\s+)?(?:accounts?\s+for|represents|constitutes"
    r"|contributes|comprises|makes\s+up)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)


def standing_clause_start(text: str, c_start: int, q_start: int) -> int:
    """Where the clause that states the share's standing starts: at the relative pronoun of a relative clause of
    standing before the share, else at the clause's start (``c_start``)."""
    m = _STANDING_RELATIVE_RE.search(text, max(c_start, q_start - 80), q_start)
    return m.start() if m else c_start
