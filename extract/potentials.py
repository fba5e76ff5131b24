"""Resource potentials: "a geothermal potential of 650 MW", "Total renewable energy potential for X is 450 MW,
including 352 MW from hydropower", "its 520 MW hydropower potential". A resource estimate is neither a goal nor a
record of the plan; a "mitigation potential of 3 Mt" is the plan's own estimate and is not one of them."""

from __future__ import annotations

import re

from . import context as cx
from . import rx

#: A resource estimate, neither a goal nor a record: "geothermal (with a potential of 650 MW)", "10,215 MW in
#: potential solar projects". Only capacities and energy: a "mitigation potential of 3 Mt" is a plan's estimate.
_POTENTIAL_BEFORE_RE = rx.compile(
    r"\b(?:re)?sources\s+with\s+$"  # "…huge potential: … followed by hydroelectric sources with 19 GW"
    r"|\bpotential\s+(?:capacity\s+)?(?:of|for|at|with|estimated\s+at"
    # "Renewable potential is estimated in Moldova at over 27 GW": the potential is the subject of the estimate
    r"|(?:is|was|has\s+been)\s+(?:estimated|assessed|put)\s+(?:(?:in|for)\s+[\w-]+(?:\s+[\w-]+)?\s+)?at"
    # "Total renewable energy potential for Ruritania is 450 MW": the potential is the copula's subject
    r"|(?:(?:for|in|of)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+)?(?:is|are|was|were|amounts\s+to|totals?))\s+"
    r"(?:about\s+|around\s+|over\s+|up\s+to\s+|approximately\s+|some\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
#: "10,215 MW in potential solar projects", "4.6 GW of wind and solar potential", "23,000 GW of solar resources"
_POTENTIAL_AFTER_RE = rx.compile(
    r"\s+(?:in|of)\s+(?:[\w-]+\s+){0,3}?(?:potential|resources)\b|[ \t]+(?:[\w-]+[ \t]+){0,2}?potential\b",
    re.IGNORECASE,
)  # (and "its 450 MW hydropower potential", on its line: not a heading "Mitigation potential" below it)
#: the parts a potential is broken into: "… potential … is 450 MW, including 352 MW from hydropower, 72 MW from wind"
_POTENTIAL_PARTS_RE = rx.compile(
    r"\bpotential\b[^.;]{0,60}?\d[\d.,]*\s*(?:[GMk]W[ph]?|[GT]Wh)\s*,?\s+(?:including|of\s+which)\b[^.;]*$",
    re.IGNORECASE,
)


#: what a resource could do, the value its verb's object: "the dam had the potential to irrigate 13,000 ha and
#: generate 4,600 kW" (a list member after the first shares it)
_POTENTIAL_TO_RE = rx.compile(
    r"\bpotential\s+to\s+[a-z-]+(?:\s+(?:about|around|up\s+to|some|over|approximately))?\s+"
    r"(?:[\d.,]+\s*[\w/]+\s+(?:and|or)\s+[a-z-]+(?:\s+(?:about|around|up\s+to|some|over|approximately))?\s+)?$",
    re.IGNORECASE,
)


def resource_potential(text: str, q_start: int, q_end: int, unit: str) -> bool:
    """Whether the capacity, energy amount or area at ``text[q_start:q_end]`` is a resource potential (an area only
    as what a resource could serve: "the potential to irrigate 13,000 ha")."""
    if unit not in ("GW", "TWh", "Mha") or not cx.may_contain(
        text, max(0, q_start - 160), q_end + 40, ("potential",)
    ):
        return False
    if _POTENTIAL_TO_RE.search(text, max(0, q_start - 70), q_start):
        return True
    if unit == "Mha":
        return False
    if _POTENTIAL_BEFORE_RE.search(text, max(0, q_start - 70), q_start) or _POTENTIAL_AFTER_RE.match(text, q_end):
        return True
    if _POTENTIAL_PARTS_RE.search(text, max(0, q_start - 160), q_start):
        return True
    # a list shares the words after its last member: "22.5 and 7.1 GW of wind and solar potential"
    listed = _LIST_TAIL_RE.match(text, q_end)
    return bool(listed and _POTENTIAL_AFTER_RE.match(text, listed.end()))


_LIST_TAIL_RE = rx.compile(r"(?:\s*(?:,|and|or)\s*\d[\d.,]*)+\s*(?:[GMk]W[ph]?|[GT]Wh)\b")
