"""Heading scope: what a section heading says about the values under it (goals or facts, a condition)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .conditions import CONDITION_RE, CONDITION_WORDS
from .headercues import _AGAINST_RE, _BAU_RE
from .scope import impact_heading
from .units import match_unit_after
from .wordgate import lower_words

if TYPE_CHECKING:
    from .state import Carry

_NUMBERED_HEADING_RE = rx.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]+\.|\(?[a-z]\)|Chapter|Section|Annex|Part|Appendix)\s+\S", re.IGNORECASE
)
_HEADING_TARGET_RE = cx.guarded(
    "abcfgkmnpostrTCAMGKPRS",
    r"\b(?:targets?|goals?|mitigation\s+contributions?|pledges?|commitments?|actions?\s+by|measures?\s+by"
    r"|(?:mitigation|adaptation|recommended|proposed|priority)\s+(?:actions?|measures|options|priorities)"
    # "Key actions", "Strategic actions of the CDN" (not a plan's name, "The National Strategic Action Plan")
    r"|(?:strategic|key)\s+(?:actions|measures)(?!\s+(?:plans?|programmes?|programs?|frameworks?)\b)"
    # "Strategic actions of the CDN", "Measures under the NDC": the plan's own actions
    r"|(?:actions?|measures)\s+(?:of|under|in)\s+the\s+(?:I?NDC|CDN)"
    r"|(?:mitigation|attenuation)\s+scenario|planned|by\s+20\d\d)\b",
    re.IGNORECASE,
)
_HEADING_FACT_RE = first_char_guarded(
    r"\b(?:achievements?|progress|inventory|historical|history|circumstances|base\s+year|status|trends?|profile"
    r"|overview|background|impacts?|vulnerability|BAU|business\s+as\s+usual|reference\s+scenario)\b",
    re.IGNORECASE,
)


#: One of these (lower case) is in every _HEADING_FACT_RE / _HEADING_TARGET_RE match: most headings hold none
_FACT_WORDS = ("achievement", "progress", "inventory", "histor", "circumstances", "base", "status", "trend", "profile",
               "overview", "background", "impact", "vulnerability", "bau", "business", "reference")  # fmt: skip
_TARGET_WORDS = ("target", "goal", "mitigation", "attenuation", "pledge", "commitment", "action", "measure", "planned",
                 "by", "option", "priorit")


@lru_cache(maxsize=4)
def _numbered(heading: str) -> bool:
    """Whether a heading opens with a section's number ("3.1.4 Energy – Transport"), not an amount and its unit on
    a line of its own ("96.61 ktCO2eq" under "Target": a value, which ends no section)."""
    if _NUMBERED_HEADING_RE.match(heading) is None:
        return False
    lead = _LEAD_NUMBER_RE.match(heading)
    unit = match_unit_after(heading, lead.end()) if lead else None
    return unit is None or not unit.written


_LEAD_NUMBER_RE = rx.compile(r"\s*\d[\d.,]*")


def _fact_heading(heading: str) -> bool:
    """Whether a heading is about facts: asked by both heading readers of each heading. The reference path named as
    a change's yardstick ("20.8% savings of final energy consumption relative to BAU scenario") is no such subject."""
    if not _holds(heading, _FACT_WORDS):
        return False
    # (the reference path's yardstick words are the header cells': ``headercues._AGAINST_RE``)
    return any(
        not (_BAU_RE.fullmatch(m.group()) and _AGAINST_RE.search(heading[max(0, m.start() - 20) : m.start()]))
        for m in _HEADING_FACT_RE.finditer(heading)
    )


@lru_cache(maxsize=4)
def _lower(heading: str) -> str | None:
    """``lower_words`` of a heading, made once for the word tests of both heading readers (see ``may_hold``)."""
    return lower_words(heading)


def _holds(heading: str, words: tuple[str, ...]) -> bool:
    """``may_hold(heading, 0, len(heading), words)`` from the heading's lower case made once."""
    low = _lower(heading)
    if low is None:
        return True
    for word in words:  # a loop, not any(map(…)): cheaper on a short heading, and this runs three times for each
        if word in low:
            return True
    return False


@lru_cache(maxsize=4)
def _may_name_condition(heading: str) -> bool:
    """The cheap test of CONDITION_RE, asked by both heading readers."""
    return _holds(heading, CONDITION_WORDS)


def heading_condition(heading: str, carry: Carry) -> str:
    """The condition a heading puts on its section ("Conditional contribution"); a new numbered section clears it.

    Headings of opposite conditions with nothing read between them are a flattened table's column headers
    ("Unconditional", "Conditional"): no single condition holds below them. A numbered heading is a section's title,
    no column header ("3.2.1.4 Unconditional Target …" then "3.2.1.5 Conditional Target …").
    """
    m = CONDITION_RE.search(heading) if _may_name_condition(heading) else None
    if m:
        new = "unconditional" if m.group("u") else "conditional"
        columns = carry.condition_from_heading and carry.section_condition not in ("", new) and not _numbered(heading)
        carry.condition_from_heading = True
        return "" if columns else new
    if _numbered(heading) or _fact_heading(heading):
        carry.condition_from_heading = False
        return ""
    return carry.section_condition


#: a heading over records and goals alike: "Current and Planned Mitigation Actions", "Existing and planned policies"
_MIXED_HEADING_RE = rx.compile(
    r"\b(?:current|existing|implemented)\s+(?:and|&)\s+(?:planned|proposed|future)\b"
    r"|\b(?:planned|proposed)\s+(?:and|&)\s+(?:current|existing|implemented)\b",
    re.IGNORECASE,
)
_MIXED_WORDS = ("current", "existing", "implemented")  # (not "ongoing": under way is not yet done)


def heading_kind(heading: str, current: str) -> str:
    """``target`` under a heading about goals, actions or contributions ("Actions by 2030"); facts clear it, and so
    does a heading over what is done and what is planned alike: its sentences say which each value is."""
    if _fact_heading(heading) or (_holds(heading, _MIXED_WORDS) and _MIXED_HEADING_RE.search(heading)):
        return ""
    if (_holds(heading, _TARGET_WORDS) and _HEADING_TARGET_RE.search(heading)) or (
        _may_name_condition(heading) and CONDITION_RE.search(heading)
    ):
        return "target"
    return "" if _numbered(heading) else current


#: a heading naming the path without the plan: "4.1 Description of the baseline scenario", "3.2 BAU projections"
_PROJECTION_HEADING_RE = rx.compile(
    r"\b(?:BAU|business[\s-]as[\s-]usual|reference\s+(?:scenario|case|pathway)s?|baseline\s+(?:scenario|projection)s?"
    r"|projections?)\b",
    re.IGNORECASE,
)
#: and one that names the plan beside it: "Baseline and mitigation scenarios", "Reduction targets against BAU"
_PLAN_HEADING_RE = rx.compile(
    r"\b(?:I?NDCs?|CDNs?|mitigation|attenuation|measures?|targets?|goals?|contributions?|(?:un)?conditional|reduc\w*|abatement"
    r"|polic(?:y|ies)|ambition|WAM)\b",
    re.IGNORECASE,
)


def names_plan(text: str) -> bool:
    """Whether a heading or a caption names the plan ("NDC emission reduction scenarios against BAU"): a table under
    a section on the reference path that says so is the plan's."""
    return _PLAN_HEADING_RE.search(text) is not None


def section_projection(heading: str, current: bool) -> bool:
    """Whether the section a numbered heading opens models the path without the plan ("4.1 Description of the
    baseline scenario"): its tables and figures print that path, not goals nor records, until the next numbered
    heading. Other headings (a figure's caption, a table's cell lines) leave it as it is."""
    if not _numbered(heading):
        return current
    return bool(_PROJECTION_HEADING_RE.search(heading)) and not names_plan(heading)


def impact_section(heading: str, carry: Carry, data_line: bool) -> tuple[bool, bool]:
    """(whether the values after a heading are under a section on climate impacts, whether a numbered heading opened
    it): a numbered impact heading ("3.3.5.2 Future impacts of climate change") holds over the unnumbered headings
    of its parts ("Crops", "Water resources") until the next numbered heading; an unnumbered one ends at the next
    heading. A line that states a value ends none."""
    if impact_heading(heading):
        return True, _numbered(heading)
    if carry.impact_section and (data_line or (carry.impact_numbered and not _numbered(heading))):
        return True, carry.impact_numbered
    return False, False
