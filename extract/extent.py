"""The country's own extent: its area, its land, its waters ("Burundi is a country in Central Africa with an area of
27,834 km2", "spans over 199,9 thousand km2", "The combined land area is 345 km2", "an EEZ of nearly 3 million km²").
The country profile, like its population: no area the plan protects, plants, restores or loses. Part of the scope
stage (``asides``), asked of areas only.
"""

from __future__ import annotations

import re

from . import rx
from .quantities import Quantity

REACH = 120  # characters before the value its extent's words are read in (within the sentence)
#: how a text says the extent of what it names: "has an area of", "extends over", "spans over", "covering an area of"
_EXTENT_VERB = (
    r"\b(?:(?:has|with)\s+an?\s+(?:total\s+|land\s+|surface\s+)?area\s+of|extends?\s+over|spans?\s+over"
    r"|spanning\s+over|covering\s+an\s+area\s+of|covers\s+an\s+area\s+of)"
    r"\s+(?:about|approximately|nearly|some|around|roughly|almost)?\s*$"
)
#: the whole territory named as whose area it is: "a country … with an area of", "The island of Mauritius has an area
#: of", "The Republic of Guinea … covering an area of", "Kyrgyzstan … spans over", "extends over" (not "It covers an
#: area of …": "it" may be a peat bog)
_TERRITORY_AREA_RE = rx.compile(
    r"\b(?:country|state|island|islands|nation|republic|archipelago|territory|Republic\s+of\s+\w+)\b[^.;:]{0,80}?"
    + _EXTENT_VERB,
    re.IGNORECASE,
)
#: the land, waters or extent as such: "The combined land area is", "limited land area (", "Singapore's land area
#: of", "With an area of 2,381,741 km², Algeria is", "an EEZ of nearly", "Surface Area\t" (not "green urban areas …
#: stretching a total land area of 58.7 km²", what a programme made)
_EXTENT_BEFORE_RE = rx.compile(
    r"(?:\b(?:combined|limited|national)\s+land\s+area|\b[A-Z][\w-]+(?:’|')s\s+(?:total\s+)?land\s+area"
    r"|^\s*(?:geography\s+)?with\s+an\s+area\s+of|\bEEZ\s+of|\bexclusive\s+economic\s+zone\s+of"
    r"|\b(?:island|country|state|nation|archipelago)\s+of"  # "a low-lying island state of 716 km²"
    r"|^\s*(?:total\s+|surface\s+|land\s+)?area\s*(?::|\t))"
    r"\s*(?:is\s+|of\s+)?\(?\s*(?:about|approximately|nearly|some|around|roughly|almost|only)?\s*$",
    re.IGNORECASE,
)
_LANDMASS_AFTER_RE = rx.compile(r"\s+of\s+landmass\b", re.IGNORECASE)  # "its 10,990 km2 of landmass"
#: what a plan does with land, or the cover it tracks: such an area is in scope, however it is introduced
_LAND_USE_RE = rx.compile(
    r"\b(?:forest|woodland|protect|degrad|mangrove|peat|wetland|reforest|afforest|restor|agricult|crop|irrigat"
    r"|plant|conserv|burn|deforest|cultivat|pasture|graz|park|reserve|cover(?:ed)?\s+by|manag|tree|canop)",
    re.IGNORECASE,
)


#: what the country's name (the document's country) is said to do before the value: "Kyrgyzstan … spans over"
_NAMED_EXTENT_RE = rx.compile(r"[^.;:]{0,80}?" + _EXTENT_VERB, re.IGNORECASE)


def country_extent(text: str, start: int, q: Quantity, country: str = "") -> bool:
    """Whether an area ``q`` in the sentence from ``start`` is the country's own extent (see the module);
    ``country``: the document's country, whose name may be the subject ("Kyrgyzstan … spans over")."""
    if q.unit != "Mha":
        return False
    lo = max(start, q.start - REACH)
    if _LAND_USE_RE.search(text, lo, min(len(text), q.end + 60)):
        return False
    before = text[lo : q.start]
    named = before.find(country) if country else -1
    return bool(
        _TERRITORY_AREA_RE.search(before)
        or (named >= 0 and _NAMED_EXTENT_RE.match(before, named + len(country)))
        or _EXTENT_BEFORE_RE.search(text[start : q.start] if q.start - start <= REACH else before)
        or _LANDMASS_AFTER_RE.match(text, q.end)
    )
