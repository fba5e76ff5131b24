"""The actions a plan lists: an item or cell that opens with an action verb ("Install 2 GW of …", "Restoring 50,000
ha …", "To expand …") or its noun ("Construction of a 20 km dyke") is an action of the plan, and a clause that opens
with a verb in the base form ("ensure that …") is an order, a thing still to do. Split from ``clausecues``, which
reads them among a clause's cues."""

from __future__ import annotations

import re

from . import rx

#: A list item or table cell that opens with an action verb is an action of the plan: "Install 2 GW of ...",
#: "Restoring 50,000 ha ...". General verbs of climate plans, in the base form or the gerund.
_ACTION_VERBS = (
    r"(?:increas|reduc|achiev|restor|expand|promot|ensur|upscal|introduc|improv|phas|enhanc|construct|provid|replac"
    r"|deploy|scal|rais|doubl|tripl|halv|maintain|adopt|electrif|retrofit|convert|rehabilitat|afforest|reforest"
    r"|protect|conserv|mobilis|mobiliz|generat|switch|shift|decarbonis|decarboniz|establish|install|implement|develop"
    r"|strengthen|reach|attain|plant|build|cut|limit|lower|eliminat|accelerat|support|encourag|extend|keep)(?:e|es|y|ies|ing)?"
    # (in the base form only: "Producing 800,000 barrels a day, the country …", "Recycling contributed 0.1%" are
    # facts a gerund opens, "Produce cement with 45% pozzolana" an order)
    r"|produce|create|apply|launch|recycle|treat|collect|capture|substitute|upgrade|moderni[sz]e"
    r"|us(?:e|ing)"
)
_IMPERATIVE_RE = rx.compile(rf"\s*(?:{_ACTION_VERBS})\b", re.IGNORECASE)


def imperative_at(text: str, at: int) -> bool:
    """Whether the clause at ``at`` opens with an order in the base form ("ensure that …", "establish policies …"):
    an action to take, not a record ("ensures", "increasing", "reduced" are no orders)."""
    m = _IMPERATIVE_RE.match(text, at)
    if m is None:
        return False
    word = m.group().strip().lower()
    return not word.endswith(("ing", "ed")) and not (word.endswith("s") and not word.endswith("ss"))


#: The same action named by its noun, as plans translated from French or Spanish list their measures
#: ("Establishment of two 150 MW plants", "Construction of a 20 km dyke", "Installation of 30,000 solar kits").
_ACTION_NOUNS = (
    r"(?:establishment|installation|construction|creation|extension|expansion|development|rehabilitation|restoration"
    r"|promotion|implementation|introduction|reali[sz]ation|improvement|strengthening|deployment|electrification"
    r"|conversion|replacement|planting|provision|acquisition|upgrading|moderni[sz]ation|distribution|setting\s+up"
    r"|building|reforestation|afforestation|regeneration|connection|hybridi[sz]ation|densification|generali[sz]ation)"
)
#: After an action that titles its item ("Protecting the coastline:"), a clause of fact in the present or past
#: ("70-80% of the coastline is protected by sea walls"): the title names the field, the clause reports its state.
LABEL_THEN_FACT_RE = rx.compile(
    r"[^:.;\d]{0,60}:\s+[^.;:]*?\b(?:is|are|was|were|has|have|had)\b(?!\s+(?:to|being|planned|expected|targeted)\b)",
    re.IGNORECASE,
)
#: Capitalised (an item's first word) or after "To": a lower-case gerund after a comma ("..., reaching 5 GW") is none;
#: "Building on the 12,000 ha already protected, …" names a starting point, not an action.
ACTION_START_RE = rx.compile(
    rf"[\s\-–•▪●◦*·\d.)(]*(?:[Tt]o\s+(?i:{_ACTION_VERBS})|(?=[A-Z])(?i:{_ACTION_VERBS})"
    rf"|(?=[A-Z])(?i:{_ACTION_NOUNS})(?=\s+of\b))\b(?!\s+upon\b|\s+on\b)"
    # (a gerund naming a sector is a noun: "Building sector emissions totalling 5 Mt", not an action)
    r"(?!\s+(?:sectors?|stock)\b)"
)
