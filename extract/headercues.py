"""What one header cell or caption says about the values under it: a kind (a BAU or reference path, an actual, a
target) and a condition (conditional / unconditional), read from its words alone (``_cue_kind``). Split from
``header``, which combines the cells' statements into a table's scope.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import rx

_BAU_RE = rx.compile(
    r"\b(?:BAU|business[\s-]+as[\s-]+usual|reference\s+scenario|baseline(?!\s+years?\b)|without\s+(?:additional\s+)?"
    # ("Costs without adaptation in 2020": what inaction costs, the yardstick of the plan's costs)
    r"(?:measures|adaptation|mitigation|interventions?|actions?|policies)|WOM|no[\s-]policy|status\s+quo)\b",
    re.I,
)
_PROJECTION_RE = rx.compile(r"\b(?:projections?|projected|forecasts?|trends?|outlook)\b", re.I)
#: a trend the text says was observed ("Observed Trends in the Annual Mean", "historical trends"): what happened
_OBSERVED_TREND_RE = rx.compile(r"\b(?:observed|historical|recorded|past)\s+trends?\b", re.I)
#: "Compared to BAU", "Change from LT-LEDS BAU": the reference is a yardstick (a named one may come between)
_AGAINST_RE = rx.compile(
    # ("of" only after a word of comparison: "% of BAU", "reduction of the BAU"; "number of the BAU emissions" is BAU)
    r"(?:\b(?:compared\s+(?:to|with)|relative\s+to|vs\.?|versus|below|from|against|respect\s+to)"
    r"|(?:\b(?:reduc\w*|decreas\w*|cuts?|shares?|percent(?:age)?|deviation|change|fraction|proportion)|%)\s+of)\s+"
    r"(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
    r"|^\s*%\s*$",  # "% BAU scenario in 2030": a share of the BAU, no projection
    re.I,
)
#: cuts measured against the reference path: "avoided emissions … (compared to a baseline Business As Usual
#: projection)", "reductions relative to BAU"
CUTS_AGAINST_REFERENCE_RE = rx.compile(
    r"\b(?:reductions?|avoided|abatement|savings|mitigation)\b[^.;]{0,80}?\b(?:compared\s+(?:to|with)|relative\s+to"
    r"|against|below|vs\.?|versus)\s+(?:the\s+|a\s+)?(?:baseline\s+)?(?:BAU|business[\s-]+as[\s-]+usual|baseline|reference)",
    re.IGNORECASE,
)
_COND_RE = rx.compile(
    r"\bconditional\b|\binternational\s+(?:support|finance|funding)\b|\bexternal\s+(?:support|finance|funding)\b"
    r"|\bwith\s+support\b|\bcombined\b",
    re.I,
)
_UNCOND_RE = rx.compile(
    r"\bunconditional\b|\b(?:domestic|internal|national)\s+(?:resources|efforts|funding|finance)\b"
    r"|\bown\W{0,3}\s+(?:resources|funds|funding)\b",  # ("Own** funds": a footnote mark after "own")
    re.I,
)
_ACTUAL_HEADER_RE = rx.compile(
    r"\b(?:base[\s-]*year|inventory|historical|historic|actual|achieved|observed|reference\s+year)\b", re.I
)
#: "Potential change from BAU (2015 base year)", "% reduction relative to base year": the base year is the yardstick
#: of a change, not the kind of the cells
_CHANGE_BEFORE_RE = rx.compile(
    r"\b(?:change|reduction|decrease|increase|compared|relative|below|above|vs|versus)\b", re.I
)


def _observed_cues(cell: str) -> list[re.Match[str]]:
    """The words of a cell that name observed values, less a base year that is the yardstick of a change."""
    return [
        m
        for m in _ACTUAL_HEADER_RE.finditer(cell)
        if not (m.group().lower().startswith("base") and _CHANGE_BEFORE_RE.search(cell, 0, m.start()))
    ]


_TARGET_HEADER_RE = rx.compile(
    r"\b(?:targets?|goals?|mitigation|attenuation|abatement|pledged?|commitments?|contributions?|with\s+(?:additional\s+)?(?:measures|policies)|WEM|WAM"
    r"|planned|actions?\s+by|low[\s-]+(?:carbon|emissions?)\s+(?:development\s+)?(?:scenario|pathway)|NDCs?(?:\s+\d\.\d)?\s+(?:scenario|case|pathway|measures|actions|policies|(?:emissions?\s+)?reductions?))\b",
    re.I,
)
#: a money column that costs the plan ("Estimated Budget (USD)", "Investment needs, USD million", "Cost")
_NEED_RE = rx.compile(
    r"\b(?:costs?|costing|budgets?|investments?|needs?|needed|required|requirements?|financing|funding"
    r"|indicative|necessary)\b",  # "Indicative Amounts (Billion) - ($)": what a source of finance is to bring;
    # "Estimated finance necessary (US $)": what it needs
    re.I,
)


#: a share of a projection: "% of 2025 projected inventory", "share of the projected emissions"
_SHARE_OF_PROJECTION_RE = rx.compile(
    r"(?:%|\bper\s*cent|\bpercent(?:age)?|\bshare)\s+of\b[^%]{0,30}?\bprojected\b", re.IGNORECASE
)


_PLUS_RE = rx.compile(r"\b(?:I?NDC|CP?DN)\s*\+")
#: The plan's path named by its acronym alone ("CDN", "NDC+", "% CDN reduction", "BAU / CDN / CDN+ emissions"), not a
#: sentence about it ("CDNs are integrated into all development plans"); its edition may come between ("NDC 3.0 total
#: emissions", "NDC 2.0 - Carbon intensity", "NDC 3.0 Emission per capita")
_NDC_PATH_RE = rx.compile(
    r"(?:^|/|%)\s*(?:I?NDC|CP?DN)(?:\s*\d\.\d)?\s*\+?\s*(?:-\s*)?"
    r"(?=$|/|(?:total\s+|net\s+|GHG\s+)?(?:reduction|emissions?|scenario|carbon\s+intensity)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # a function of the text alone: a table's header cells are asked several times each
def _cue_kind(cell: str) -> tuple[str, str]:
    """(kind, condition) a header cell gives its columns: kind 'bau' (a projection, not reported), 'actual',
    'target' or ''; condition 'conditional', 'unconditional' or ''. "Compared to BAU" is a baseline, not a kind."""
    condition = ""
    cond, uncond = _COND_RE.search(cell), _UNCOND_RE.search(cell)
    if cond:
        condition = "conditional"  # "total with both domestic and international support" is conditional too
    elif uncond:
        condition = "unconditional"
    plan = _TARGET_HEADER_RE.search(cell) or _NDC_PATH_RE.search(cell)
    if not plan and not condition and CUTS_AGAINST_REFERENCE_RE.search(cell):
        return "", ""  # "avoided emissions (compared to a baseline BAU projection)": the cuts' yardstick, no path
    bau = [m for m in _BAU_RE.finditer(cell) if not _AGAINST_RE.search(cell[max(0, m.start() - 20) : m.start()])]
    if bau and not condition:
        # "Reference, Baseline and Mitigation" names both paths (its rows say which is which): no kind of its own
        return ("", "") if plan else ("bau", "")
    if plan and not condition and _PLUS_RE.search(cell):
        condition = "conditional"  # "CDN+", "NDC +": the plan with support
    if condition or plan:
        return "target", condition
    if _SHARE_OF_PROJECTION_RE.search(cell):
        return "", ""  # "% of 2025 projected inventory": a cut measured as a share of the projection, no path
    projection = _PROJECTION_RE.search(cell)
    if projection and not (projection.group().lower().startswith("trend") and _OBSERVED_TREND_RE.search(cell)):
        return "bau", ""  # a projection or trend that names no plan is a reference path ("Observed trends": a record)
    if _observed_cues(cell):
        return "actual", ""
    return "", ""


TITLE_CELL_CHARS = 90  # a longer header cell is prose (an ICTU paragraph), no title


def caption_cue(caption: str, header: list[str], taken: set[int]) -> tuple[str, str]:
    """What a table's caption says of its values; without a caption, what its header's short cells that head no
    column say ("Annex 2: Description of proposed mitigation actions" | "Measure" | "Sector" over the unit columns)."""
    cells = (h for k, h in enumerate(header) if k not in taken and len(h) < TITLE_CELL_CHARS)
    return _cue_kind(caption or " | ".join(cells))
