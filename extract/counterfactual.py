"""A sentence framed as a counterfactual: "Without adaptation measures, …", "In the absence of any intervention, …",
"If nothing is done, …".

What such a sentence says would happen if nothing were done: the losses, the areas at risk, the emissions of a world
without the plan. Its values are neither the plan's goals nor records, whatever their verbs ("will be at risk",
"would rise by 35%", "could cut yields by 20%"), up to where the sentence turns to another case: a contrast
("while", "but", "whereas"), a semicolon, or the case with measures ("with adaptation, …", "compared to …").
A condition on support is no counterfactual: "Without international support, the country will cut 10%" states the
plan's unconditional goal (the frame names what is left out: measures, action, policies, mitigation, adaptation).
"""

from __future__ import annotations

import re

from . import rx

#: the frame, opening the sentence or after one short lead phrase ("By 2050, without adaptation, …", "The results show
#: that without measures, …"); what is left
#: out is named within four words: "without implementing climate change adaptation measures"
_FRAME_RE = rx.compile(
    # (or after a report's lead-in: "The results show that without co-benefit adaptation measures, emissions …")
    r"[\s\W]{0,4}(?:[^,;.:]{1,40},\s*|[^,;.:]{1,40}?\b(?:show|shows|indicate|indicates|suggest|suggests)\s+that\s+)?"
    r"(?:without|in\s+(?:the\s+)?absence\s+of|absent)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:measures?|actions?|interventions?|polic(?:y|ies)(?:\s+(?:change|response)s?)?|mitigation|adaptation"
    r"|adaptive\s+capacity)\b(?:[^,;]*?,)?"  # (the comma closing the frame may be left out: "In absence of any
    # actions the net sink is expected to fall to …")
    # the same frame as a condition: "If nothing is done, …", "if no further measures are taken, …"
    r"|if\s+(?:nothing\s+(?:is|was|were|gets)\s+done|no\s+(?:[\w-]+\s+){0,3}?(?:measures?|actions?|interventions?"
    r"|polic(?:y|ies))\s+(?:is|are|were)\s+(?:taken|implemented|adopted|undertaken|put\s+in\s+place))\b[^,;]*?,",
    re.IGNORECASE,
)
#: where the sentence leaves the counterfactual for another case
_TURN_RE = rx.compile(
    r";|\b(?:while|whereas|but|however|instead|compared|relative|versus|vs)\b"
    r"|\bwith\s+(?:the\s+)?(?:(?:full|planned|proposed)\s+)?(?:implementation|adaptation|mitigation|measures|policies"
    r"|actions?|interventions?|NDC|these|this|such|the\s+plan)\b",
    re.IGNORECASE,
)
#: what makes the frame hypothetical: a modal or a prediction, anywhere after it ("over 10% of the delta will be at
#: risk"); without one, "without" tells a fact ("without cross subsidies, prices have led to a 4% fall in demand")
_MODAL_RE = rx.compile(
    r"\b(?:would|could|will|may|might|can|shall|projected|expected|likely|forecast|predicted|estimated\s+to)\b",
    re.IGNORECASE,
)
#: a record told in passing, in a relative clause in the past: "emissions, which were estimated at 18 Mt in 2015, will
#: grow to …" (the number right after it)
_PAST_RELATIVE_RE = rx.compile(r"\b(?:which|that)\s+(?:was|were|had\s+been)\b[^.;,\d]{0,30}$", re.IGNORECASE)
#: the year a number's own phrase dates it by, right after it: "-63,072 Gg eq. CO2 in 2010", "in (the) year 2000"
_OWN_YEAR_RE = rx.compile(r"[^,;.\d]{0,25}?\bin\s+(?:the\s+)?(?:year\s+)?((?:19|20)\d\d)\b(?!\s*[-–])")
#: a condition contrary to fact, its sentence's every value a supposition: "If 20% of these households had switched
#: to improved stoves in 2015, emissions would have fallen by 0.3 Mt"
_UNREAL_PAST_RE = rx.compile(
    r"if\s+(?:[^;.]|\.(?=\d)){1,160}?\bhad\b(?:[^;.]|\.(?=\d)){0,200}?\b(?:would|could|might)\b", re.IGNORECASE
)  # (or contrary to the present, "If 20% of these households had enough cattle …, firewood use could be reduced")
_LEAD = 60  # the frame starts within the sentence's first characters (one short lead phrase, see _FRAME_RE)


def under_counterfactual(text: str, sent_start: int, sent_end: int, q_start: int) -> bool:
    """Whether the number at ``q_start`` lies under a counterfactual frame that opens its sentence. (The start of a
    from-to is not asked: "could decrease from -1,714 kt in 2015 to …" starts from a record.)"""
    if text[sent_start : sent_start + 3].lower() == "if " and _UNREAL_PAST_RE.match(text, sent_start, sent_end):
        return True  # "If 20% of these households had switched …, emissions would have fallen by 0.3 Mt": none was
    lead = text[sent_start : min(q_start, sent_start + _LEAD)].lower()
    if "without" not in lead and "absen" not in lead and "if no" not in lead:
        return False  # the cheap test first: it runs for every number
    frame = _FRAME_RE.match(text, sent_start, q_start)
    return (
        frame is not None
        and _TURN_RE.search(text, frame.end(), q_start) is None
        and _PAST_RELATIVE_RE.search(text, frame.end(), q_start) is None
        and _MODAL_RE.search(text, frame.end(), sent_end) is not None
    )


def recalled_record(text: str, q_end: int, sent_end: int, present: int | None) -> bool:
    """Whether the number ending at ``q_end`` is dated right after it by a year up to ``present``: under a
    counterfactual frame ("Without … actions, the country will display a balance of -1,734 Gg against its sink of
    -63,072 Gg in 2010"), it recalls a record, not what inaction would bring."""
    own = _OWN_YEAR_RE.match(text, q_end, sent_end) if present is not None else None
    return own is not None and int(own.group(1)) <= (present or 0)


def opens_counterfactual(sentence: str) -> bool:
    """Whether a sentence opens in a counterfactual frame and stays in it ("If nothing is done, total emissions will
    rise from 87 Mt in 2000 to 214 Mt in 2030."): a paragraph it opens goes on telling what inaction would bring
    (``projection.opens_in_projection``), until a sentence turns to the plan."""
    low = sentence[:_LEAD].lower()
    if "without" not in low and "absen" not in low and "if no" not in low:
        return False
    frame = _FRAME_RE.match(sentence)
    return (
        frame is not None
        and _TURN_RE.search(sentence, frame.end()) is None
        and _MODAL_RE.search(sentence, frame.end()) is not None
    )
