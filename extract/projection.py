"""The reference path in a document's layout: a heading, caption, list lead-in or paragraph opening that states
modelled reference levels ("BAU Scenario", "Projections for 2030:", "In the reference case, …"), whose future levels
are neither goals nor records, as opposed to one naming BAU as the yardstick of a cut ("30% below BAU")."""

from __future__ import annotations

import re

from . import rx
from .alternation import first_char_guarded
from .counterfactual import opens_counterfactual
from .segment import Block

# A section or list of modelled reference levels: "BAU Scenario", "Projections for 2030:", "Reference case".
_PROJECTION_SCOPE_RE = first_char_guarded(
    r"\b(?:BAU|business[\s-]as[\s-]usual|reference\s+(?:scenario|case)|baseline\s+scenario|projections?|projected"
    r"|without\s+(?:additional\s+)?measures|WOM)\b",
    re.IGNORECASE,
)
#: a list's label that names the baseline alone ("Baseline:" over "2020: 906 MtCO2e"): its future levels are the
#: reference path (a heading "3.2.1 Baseline" opens a section that may state goals against it)
BASELINE_ONLY_LABEL_RE = rx.compile(r"\s*(?:(?:GHG\s+)?emissions?\s+)?baseline(?:\s+emissions?)?\s*:\s*", re.IGNORECASE)
#: A paragraph that opens in a reference scenario: "In the BAU pathway, fuel imports grow …", "Under the reference
#: case, …" (its first words; "In the BAU scenario of the previous NDC" names a document). Its future levels are
#: modelled, not pledged; a first sentence that measures a cut against it ("… 30% below it") opens no such paragraph.
_PROJECTION_FRAME_RE = rx.compile(
    r"\s*(?:(?:In|Under)\s+(?:the|a)"
    # ("The results of the BAU scenario over the period 2016-2032 show …": the paragraph reports the reference path)
    r"|The\s+(?:results?|projections?|outcomes?)\s+of\s+the)"
    # (a word may name what the path is of: "Under a BAU emissions scenario, …")
    r"\s+(?:BAU|business[\s-]as[\s-]usual|reference|baseline)\s+(?:[\w-]+\s+)?(?:pathway|scenario|case)"
    r"\b(?!\s+(?:of|for)\b)"
    # ("The baseline scenario shows that emissions will increase …": the path is the subject of a report's verb)
    r"|\s*The\s+(?:BAU|business[\s-]as[\s-]usual|reference|baseline)\s+(?:[\w-]+\s+)?(?:pathway|scenario|case)\s+"
    r"(?:shows|indicates|projects|predicts|suggests|assumes|estimates|foresees)\b",
    re.IGNORECASE,
)
#: A sentence of such a paragraph that turns to the plan ("In the NDC scenario, …", "measures could cut …")
PLAN_TURN_RE = rx.compile(
    r"\b(?:I?NDCs?|plan|mitigation|measures?|commit\w*|targets?|goals?|(?:un)?conditional|reduc\w*|could|would)\b",
    re.IGNORECASE,
)


#: The baseline's label run on with its first year's level in one paragraph: "Baseline: 2020: 906 MtCO2e … 2025: …"
_BASELINE_LABEL_THEN_YEAR_RE = rx.compile(BASELINE_ONLY_LABEL_RE.pattern + r"(?:19|20)\d\d\s*:", re.IGNORECASE)


def opens_in_projection(first_sentence: str) -> bool:
    """Whether a paragraph's first sentence opens in a reference scenario (see _PROJECTION_FRAME_RE), with the
    baseline's label over its levels by year, or in a counterfactual frame ("If nothing is done, …")."""
    if _BASELINE_LABEL_THEN_YEAR_RE.match(first_sentence) or opens_counterfactual(first_sentence):
        return True
    return bool(_PROJECTION_FRAME_RE.match(first_sentence)) and not _CUT_WORD_RE.search(first_sentence)


#: A sentence that speaks of the scenario the one before named: "This scenario was developed in 2015 … and includes
#: the following emissions pathway:"
_THIS_SCENARIO_RE = rx.compile(r"\s*(?:This|That|The|Such\s+a)\s+(?:scenario|pathway|projection)\b", re.IGNORECASE)


def continues_projection(before: str, sentence: str) -> bool:
    """Whether ``sentence`` goes on about the reference scenario the sentence ``before`` it named, no cut against it
    ("The reference level is the projected BAU scenario. This scenario … includes the following pathway: …")."""
    return (
        _THIS_SCENARIO_RE.match(sentence) is not None
        and _PROJECTION_SCOPE_RE.search(before) is not None
        and not _CUT_WORD_RE.search(before)
        and not _CUT_WORD_RE.search(sentence)
    )


def names_projection(line: str) -> bool:
    """Whether a list's lead-in names the reference path as what its items state, not as the yardstick of their cuts
    ("Projections for 2030:", not "The reductions against the BAU are as follows:")."""
    scope = _PROJECTION_SCOPE_RE.search(line)
    return scope is not None and not _CUT_WORD_RE.search(line, 0, scope.start())


# ("Deviation from BAU type of target in 2030", "Savings against BAU": the reference path as a yardstick too; not
# "versus", which sets the paths side by side: "business as usual versus efficient green scenarios", unless a share
# stands right before it: "Garments 2.3 MtCO2e, 55% vs BAU by 2030" is a cut)
_CUT_WORD_RE = rx.compile(
    r"\b(?:reduc|cut|abat|below|compared|relative|lower|less|deviat|against)|%\s*(?:vs\b|versus\b)", re.IGNORECASE
)


def heading_opens_projection(line: str, data_line: bool) -> bool:
    """Whether a heading opens a section of the reference path: it names one, unless it is a data line that states a
    cut ("Reductions: 11% (BAU-2025)") or names BAU as the yardstick of a cut ("GHG Reduction (%) Relative to BAU in
    2035")."""
    scope = _PROJECTION_SCOPE_RE.search(line)
    if scope is None or (data_line and _CUT_WORD_RE.search(line)):
        return False
    return not _CUT_WORD_RE.search(line, 0, scope.start())


def speaks_of_the_plan(sentence: str) -> bool:
    """Whether a sentence speaks of a cut, a yardstick or the plan ("reduce", "below", "target", "unconditional"): a
    reference path it names or restates is then what the plan is measured against, not what it states."""
    return _CUT_WORD_RE.search(sentence) is not None or PLAN_TURN_RE.search(sentence) is not None


#: a table named by its number in prose: "in Table 1", "Table No. 3"
_TABLE_NAMED_RE = rx.compile(r"\b(?:Table|TABLE|Tab\.)\s*(?:(?:[nN]\s?[°º]|No\.)\s*)?(\d+(?:[.-]\d+)*)\b")


def introduced_as_projection(blocks: list[Block], first: int, caption: str) -> bool:
    """Whether the prose right above a table's caption introduces that very table as the reference path
    ("Afghanistan's GHG inventory in Table 1 is calculated for 2005 and business-as-usual projections for
    2020-2030"): its columns of years to come are modelled, not the plan's goals."""
    own = _TABLE_NAMED_RE.match(caption.strip())
    if own is None:
        return False
    for k in range(first - 1, max(-1, first - 4), -1):
        if blocks[k].kind != "paragraph":
            continue
        for sentence in blocks[k].sentences:
            named = any(m.group(1) == own.group(1) for m in _TABLE_NAMED_RE.finditer(sentence.text))
            if named and _PROJECTION_SCOPE_RE.search(sentence.text) and not speaks_of_the_plan(sentence.text):
                return True
    return False
