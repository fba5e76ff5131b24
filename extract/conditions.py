"""Conditional and unconditional pledges: the mention nearest to a number in its sentence, else its section's.

NDCs split targets into a part met with domestic means and a part "conditional on international support"; a
sentence often names both ("5% unconditionally and a further 10% with international finance").
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from . import context as cx
from . import rx
from .coordinated import NEXT_QUANTITY_RE
from .wordgate import WordGate, may_hold

_UNCONDITIONAL = (
    # ("4% … will be based on national efforts", "relying on domestic resources")
    r"unconditional(?:ly)?|(?:with|from|through|using|based\s+on|relying\s+on|by)\s+"
    r"(?:its\s+|our\s+|their\s+|the\s+country'?s\s+)?(?:own\s+)?"
    r"(?:domestic|national|internal)\s+(?:resources|funding|finance|financing|means|efforts|budget)"
    r"|(?:with|from|using)\s+(?:its|our|their)\s+own\s+resources|domestically[\s-]+(?:funded|financed)"
    # "without attracting new substantial international funding": what the country does on its own
    r"|without\s+(?:\w+\s+){0,4}?(?:international|external|foreign)\s+(?:\w+\s+){0,2}?"
    r"(?:support|assistance|financ\w*|funding|funds)"
)
_CONDITIONAL = (
    r"conditional(?:ly)?|conditioned\s+(?:on|upon)|contingent\s+(?:up)?on|subject\s+to\s+(?:\w+\s+){0,5}?"
    r"(?:support|financ\w*|funding|funds|availability|provision)|(?:with|given|upon|receiving)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:international|external|foreign|adequate|additional|financial|technical|technological)\s+(?:\w+\s+){0,3}?"
    r"(?:support|assistance|financ\w*|funding|cooperation)|(?:if|provided\s+that|when|where|should)\s+(?:\w+\s+){0,6}?"
    r"(?:support|financ\w*|funding|technology\s+transfer)\s+(?:is|are|becomes?|were)\b|(?:if|when)\s+(?:\w+\s+){0,4}?"
    r"(?:support|financ\w*|funding)\s+(?:is|are)\s+(?:made\s+)?available|through\s+(?:a\s+combination\s+of\s+)?"
    r"international\s+(?:support|finance|financing|funding|climate\s+finance)|dependent\s+on\s+(?:\w+\s+){0,5}?"
    r"(?:support|financ\w*|funding)"
    # "When supported and fully implemented, this action is to mitigate 7 kt", "if adequately financed"
    r"|(?:if|when|once)\s+(?:\w+\s+){0,2}?(?:supported|financed|funded)"
    # "the remaining 3% would necessitate grants and other forms of concessional financing"
    r"|(?:necessitat|requir)(?:e|es|ing)\s+(?:\w+\s+){0,3}?(?:grants?|concessional)"
)
CONDITION_RE = cx.guarded("ucwftdsgripobn", rf"\b(?:(?P<u>{_UNCONDITIONAL})|(?P<c>{_CONDITIONAL}))\b", re.IGNORECASE)
#: Every CONDITION_RE match holds one of these (lower case), so an ASCII span without any has no match: a cheap
#: pre-check, as the regex's lazy word loops after "with", "if", "when" are slow.
CONDITION_WORDS = (
    "condition", "domestic", "national", "internal", "resources", "contingent", "subject", "support", "assistance",
    "financ", "fund", "cooperation", "technology", "grant", "concessional",
)  # fmt: skip

#: CONDITION_RE tried only where one of its words starts (see ``wordgate``).
_CONDITION_GATE = WordGate([CONDITION_RE])


@lru_cache(maxsize=64)
def _conditions(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """(start, end, condition) of every condition mention of a sentence, found once for all its numbers."""
    if not may_hold(text, start, end, CONDITION_WORDS):
        return ()
    return tuple(
        (m.start(), m.end(), "unconditional" if m.group("u") else "conditional")
        for m in _CONDITION_GATE.finditer(text, start, end)[0]
    )


def _hinted(sent: str) -> bool:
    """Whether a sentence may name a condition at all (a case-sensitive test of a few word parts: the first check)."""
    return (
        "ondition" in sent
        or "support" in sent
        or "domestic" in sent
        or "own" in sent
        or "contingent" in sent
        or "financ" in sent
        or "fund" in sent
        or "resources" in sent
        or "ONDITION" in sent
        or "national" in sent  # "based on national efforts"
        or "grant" in sent
        or "oncessional" in sent
    )


#: A modal raise of a value: "could increase to", "can be raised up to", "may be further enhanced to". A bare
#: "increase" is a goal's own verb ("Increase renewables to 40% with support") and raises nothing.
_MODAL_RAISE = (
    r"(?:could|can|may|might|would)\s+(?:be\s+)?(?:further\s+)?(?:increased?|raised?|enhanced?|scaled?\s+up|"
    r"go\s+up|rise|reach)"
)
#: A condition phrase set off by a comma before a raise: "with adequate support, this target could be raised"
_OPENS_RAISE_RE = rx.compile(rf"\s*,\s*(?:[\w-]+\s+){{0,4}}?{_MODAL_RAISE}\b", re.IGNORECASE)
_CLAUSE_GAP_RE = rx.compile(r"[;,]")
_NEW_CONJUNCT_RE = rx.compile(r"[^\d]*?(?:,\s*|\s)(?:and|while|whereas|but)\s+(?:(?:its|their|the|a)\s+)?$", re.I)
_LABEL_AFTER_RE = rx.compile(r"[ \t]*:")


def _labels(text: str, found: tuple[int, int, str]) -> bool:
    """Whether a mention is a label of what follows it: the bare word and a colon ("Unconditional: 10,500 SHS"; not
    "contingent upon:", which goes on into its list)."""
    return text[found[0] : found[1]].lower() in _LABEL_WORDS and bool(_LABEL_AFTER_RE.match(text, found[1]))


_LABEL_WORDS = ("conditional", "unconditional")
_OWN_NUMBER_REACH = 40  # characters from a mention to a number it introduces ("conditional target to 43.20%")


def condition_for(text: str, sent_start: int, sent_end: int, q_start: int, q_end: int, section: str) -> str:
    """``conditional`` / ``unconditional`` from the nearest mention in the number's sentence, else its section's.

    "5% unconditionally and a further 10% conditional on finance": each share takes the mention nearest to it
    (not past another number, so "an unconditional 20% and a further 15% with international support" splits).
    """
    if not _hinted(text[sent_start:sent_end]):
        return section
    found = _conditions(text, sent_start, sent_end)
    if not found:
        return section

    def gap(f: tuple[int, int, str]) -> tuple[int, int]:
        """(another number owns it, distance): a mention belongs to the number nearest to it; a label in brackets
        ("25% (unconditional) and 28% (conditional)") to the number before it."""
        between = (f[1], q_start) if f[1] <= q_start else (q_end, f[0])
        owned = NEXT_QUANTITY_RE.search(text, *between) or (
            f[1] <= q_start
            and text[f[0] - 1 : f[0]] == "("
            and NEXT_QUANTITY_RE.search(text, max(sent_start, f[0] - 150), f[0])
        )
        if not owned and f[0] >= q_end and _NEW_CONJUNCT_RE.match(text, q_end, f[0]):
            # "its unconditional target to 31% and its conditional target to 43%": a mention that opens the next
            # conjunct, with a number of its own after it, is that number's
            owned = NEXT_QUANTITY_RE.search(text, f[1], min(sent_end, f[1] + _OWN_NUMBER_REACH))
        if not owned and f[0] >= q_end and (raise_ := _OPENS_RAISE_RE.match(text, f[1])):
            # "7% by 2030; with adequate support, this target could be increased to 15%": an opening phrase of the
            # raise after it, not the value before it
            owned = _CLAUSE_GAP_RE.search(text, q_end, f[0]) and NEXT_QUANTITY_RE.search(text, raise_.end(), sent_end)
        return (1 if owned else 0, between[1] - between[0])

    # a mention after another number is that number's ("25% in all (5% unconditionally and 20% conditionally)");
    # each mention's gap is weighed once, for the test and for the choice; a label ("Conditional: 21,000 stoves")
    # heads what follows it, never a number before it
    before = [f for f in found if f[1] <= q_start or not _labels(text, f)]
    owned = [(g, f) for f in before if (g := gap(f)) and (f[1] <= q_start or not g[0])]
    return min(owned, key=itemgetter(0))[1][2] if owned else section


def sentence_condition(text: str, start: int, end: int, values: tuple[int, ...] = ()) -> str:
    """The condition a sentence states when it names only one kind ("With domestic resources, … will cut 9%"); not
    one it states of some of its values (``values``: their starts): "cut 16% below BAU, and with international
    support by 37%" names the 37%'s, which the paragraph's later values do not share."""
    if not _hinted(text[start:end]):
        return ""
    found = _conditions(text, start, end)
    if len(values) > 1 and any(f[1] > values[0] for f in found):
        return ""
    kinds = {c for _, _, c in found}
    return kinds.pop() if len(kinds) == 1 else ""


#: A table row's cell that states its condition alone: "E1 – 89 MW of solar PV\tConditional\t97 GgCO2e in 2030"
_ROW_CONDITION_RE = rx.compile(r"(?:^|\t)[ ]*(?P<c>(?:un)?conditional)[ ]*(?=\t|$)", re.IGNORECASE | re.MULTILINE)


def row_condition(text: str, start: int, end: int) -> str:
    """``conditional`` / ``unconditional`` when a cell of the table row ``text[start:end]`` says so alone: the
    condition of every value of the row (a column of conditions beside the measures); else empty."""
    if "onditional" not in text[start:end]:
        return ""
    m = _ROW_CONDITION_RE.search(text, start, end)
    return m.group("c").lower() if m else ""


#: A raise before a conditional value: "could increase to 31%", "can be raised up to 27%", "a further 15%", "an
#: additional 60 MtCO2eq", "and by up to 15% if support is provided".
RAISE_RE = rx.compile(rf"\b(?:{_MODAL_RAISE}|further|additional|up\s+to)\b", re.IGNORECASE)


#: A row that states the condition of what it describes: "Conditionality | Conditional", "Condition: | Unconditional"
_CONDITIONALITY_LABEL_RE = rx.compile(
    r"\s*(?:type\s+of\s+)?condition(?:ality|s)?(?:\s+of\s+[\w\s]{0,30})?\s*:?\s*", re.IGNORECASE
)
_CONDITION_VALUE_RE = rx.compile(r"\s*((?:un)?conditional)\s*\.?\s*", re.IGNORECASE)


def conditionality_row(label: str, value: str) -> str:
    """``conditional`` / ``unconditional`` when a two-cell table row states it of the target the table describes."""
    if "ondition" not in label or "ondition" not in value:
        return ""
    m = _CONDITION_VALUE_RE.fullmatch(value)
    return m.group(1).lower() if m and _CONDITIONALITY_LABEL_RE.fullmatch(label) else ""


#: A statement that the plan's pledges are all conditional: "All commitments are conditional …", "All mitigation and
#: adaptation measures contained in this NDC are presented as conditional", "Compliance with the NDC remains fully
#: conditional on …" (not one of an earlier plan, "our first NDC being fully conditional", nor "all other
#: interventions are conditional", which leaves one that is not)
_ALL_CONDITIONAL_RE = rx.compile(
    r"\b(?:all|every)\s+(?!other\b)(?:(?:of\s+(?:the|its|our)\s+)?[\w-]+\s+){0,5}?(?:commitments?|targets?|measures?|contributions?"
    r"|actions?|interventions?)\b[^.;:]{0,60}?\b(?:are|is|remain|remains|will\s+be)\s+(?:\w+\s+){0,2}?conditional\b"
    r"|\b(?:NDC|contribution|commitment)\b[^.;:]{0,40}?\b(?:is|remains)\s+(?:fully|entirely|wholly|totally|100\s?%)\s+"
    r"conditional\b",
    re.IGNORECASE,
)
_SECTION_ONLY_RE = rx.compile(r"\bin\s+this\s+(?:section|chapter|table|sector)\b", re.IGNORECASE)


def document_condition(text: str) -> str:
    """``conditional`` when the document declares all its pledges conditional and names no unconditional part (a
    plan that does has both, and its targets say which); else empty. Read once per document: a plan's own statement
    of what its pledges rest on holds for every target that states no condition of its own."""
    if "onditional" not in text or _UNCONDITIONAL_WORD_RE.search(text):
        return ""
    for m in _ALL_CONDITIONAL_RE.finditer(text):
        sentence_end = text.find(".", m.end())
        if not _SECTION_ONLY_RE.search(text, m.start(), sentence_end if sentence_end > 0 else len(text)):
            return "conditional"
    return ""


_UNCONDITIONAL_WORD_RE = rx.compile(r"\bun-?conditional", re.IGNORECASE)


#: a condition that opens right after a value: "15% through domestic resources", "an additional 35% contingent on
#: international support", "10% unconditionally"
_CONDITION_AFTER_REACH = 4


def condition_part(text: str, q_end: int, end: int) -> bool:
    """Whether the value is one part of a goal split by condition: a condition opens right after it ("by 50% …, 15%
    through domestic resources and an additional 35% contingent on international support")."""
    floor = q_end + _CONDITION_AFTER_REACH
    return any(q_end <= s <= floor for s, _, _ in _conditions(text, q_end, min(end, q_end + 160)))


def names_condition(text: str, start: int, end: int) -> bool:
    """Whether the span names a condition of the plan's ("with unconditional actions", "with international support"):
    what a modelled level is reached under."""
    return bool(_conditions(text, start, end))
