"""Cue words of intent ("will", "aims to", "target") and of fact ("was", "reached", "has increased"): what the
clause readers weigh to tell a target from an actual (``clauses.kind_for``, ``timeline``)."""

from __future__ import annotations

import re

from .context import guarded
from .wordgate import WordGate

_TARGET_CUE_RE = guarded(
    "acdegimopstuw将力争目计确",
    r"\b(?:will|shall|undert(?:akes?|aken|ook)\s+to|strive[sd]?\s+to|striving\s+to|aim(?:s|ed|ing)?\s+(?:to|at|for)|plan(?:s|ned|ning)?\s+to|targets?|(?<!\bthe\s)targeted"
    r"|goals?|objectives?|commit(?:s|ted|ment)?\s+to|pledge[sd]?|intend(?:s|ed|ing)?\s+to|seek(?:s|ing)?\s+to"
    r"|^To\s+(?=[a-z]+\b)|is\s+to|are\s+to|expected\s+(?:to|from)|projected\s+to|envisage[sd]?|endeavou?r(?:s|ed)?\s+to"
    # a measure's effect to come: "This contribution is estimated to reduce emissions by 0.9 Mt" (not "is estimated
    # to be", the estimate of a level)
    r"|(?:is|are)\s+estimated\s+to\s+(?:reduce|avoid|cut|save|abate|lower|decrease|mitigate)"
    # efforts towards a result: "it is undertaking ambitious efforts across the whole economy to achieve a 47% cut"
    # (not efforts made: "significant efforts have been made to achieve a clean matrix, … reaching 94%")
    r"|efforts?(?:\s+(?!(?:have|has|had|were|was|been|made)\b)[\w-]+){0,6}?\s+to\s+(?:achieve|reach|attain|meet)"
    # a change counted from the document's own time over a period to come: "from 3% to 47% over the course of the
    # next decade" (``horizon`` dates it)
    r"|(?:over|within|during)\s+the\s+(?:course\s+of\s+the\s+)?(?:next|coming)\s+(?:\w+[\s-]+)?(?:years?|decades?)"
    # (not a remark on the text: "it should be noted that emissions amounted to …", "we would like to recall")
    # (nor what a figure works out to: "a supply of 2 Mtoe, which would give around 6 Mt CO2")
    r"|(?:should|must|would)(?!\s+(?:also\s+)?(?:be\s+(?:noted|mentioned|highlighted|emphasi[sz]ed|stressed|recalled"
    r"|underlined|pointed\s+out|recogni[sz]ed|clarified)|like\s+to|give|yield|imply)\b))\b"
    r"|将|力争|争取|目标|计划|确保",
    re.IGNORECASE,
)
_ACTUAL_CUE_RE = guarded(
    "acdfghimorstw已累完",
    r"\b(?:had|has\s+(?:been|reached|achieved|exceeded|surpassed|increased|decreased|fallen|risen|declined|grown)"
    r"|have\s+(?:been|reached|achieved|exceeded|surpassed|increased|decreased|fallen|risen|declined|grown)"
    r"|was|were|reached|achieved|accounted|completed|recorded|stood|totall?ed|amounted|declined|decreased|dropped"
    # ("the energy required for the sector came from three sources": a record, whatever participle of need before it)
    r"|fell|rose|increased|grew|manufactured|sold|obtained|saw|witnessed|came\s+from"
    r"|(?:has|have|had)\s+(?:\w+ly\s+)?(?!committed|pledged|planned|promised|decided|vowed|aimed|undertaken)\w+ed"
    # a source of record: "According to the 2021 Census, 65% of households …"
    r"|according\s+to\s+(?:the\s+)?(?:latest\s+|most\s+recent\s+)?(?:(?:19|20)\d\d\s+)?(?:national\s+)?"
    r"(?:census|survey|inventory|statistics))\b"
    r"|已经|已|累计|完成",
    re.IGNORECASE,
)


def iter_target_cues(text: str, start: int, end: int):
    return _TARGET_CUE_RE.finditer(text, start, end)


def iter_actual_cues(text: str, start: int, end: int):
    return _ACTUAL_CUE_RE.finditer(text, start, end)


#: _TARGET_CUE_RE tried only where one of its words starts (see ``wordgate``): searched at every position, it is slow
_TARGET_CUE_GATE = WordGate([_TARGET_CUE_RE])


def has_target_cue(text: str) -> bool:
    return _TARGET_CUE_GATE.search(_TARGET_CUE_GATE.lazy_starts(text, 0), text, 0, len(text), 0)


def has_actual_cue(text: str) -> bool:
    return bool(_ACTUAL_CUE_RE.search(text))
