"""Numbers with their units: exclusions (labels, dates, list numbers), counts, ranges, from-to spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from . import context as cx

if TYPE_CHECKING:
    pass
from .numbers import MAGNITUDES, Number, find_numbers
from .units import (
    CURRENCY_BEFORE_RE,
    NON_INDICATOR,
    UnitMatch,
    match_currency_before,
    match_unit_after,
    refine_mass_unit,
    round_significant,
)


@dataclass
class Quantity:
    """A number with its unit, before context is read."""

    num: Number
    value: Decimal
    unit: str
    end: int  # end of value_raw (number + magnitude + unit)
    start: int = -1  # start of value_raw (a currency sign may come first)
    qualifier: str = ""
    year: int | None = None  # a year written right after the quantity ("1.6 million tons in 2012")
    group: str = ""  # "from" / "to" in from-to statements
    base_year: int | None = None

    def __post_init__(self) -> None:
        if self.start < 0:
            self.start = self.num.start


# --------------------------------------------------------------- exclusions

_LABEL_BEFORE_RE = cx.guarded(
    "abcfgilnprstuv+#",
    r"(?:\b(?:Figure|Fig\.|Table|Column|Chapter|Section|Article|Annex|Appendix|Box|Page|No\.?|Number|Phase|Level|Grade"
    r"|Class|Type|Batch|Round|Version|Item|Part|Step|Stage|Volume|Vol\.|Issue|Rule|Clause|Paragraph|Goal|SDG|Scope|"
    r"Tier|Category|Unit|Block|Line|Room|Floor|Building|Road|Street|Lane|Tel\.?|Fax|P\.?O\.?\s*Box)"
    r"|\+|#)\s*$",
    re.IGNORECASE,
)
_LIST_NUMBER_RE = re.compile(r"^\s*(?:[(\[]?\d{1,3}[.)\]、]|\d{1,3}\t|\d{1,3}\s*$)")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:com|cn|org|gov|net|int)(?:/\S*)?")
_PHONE_RE = re.compile(r"(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)\s?)?\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}")
_ORDINAL_AFTER_RE = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_DATE_AFTER_RE = re.compile(r"^\s*(?:" + cx._MONTHS + r")\b", re.IGNORECASE)
_DATE_BEFORE_RE = cx.guarded("adfjmnos", r"(?:" + cx._MONTHS + r")\s*$", re.IGNORECASE)
_PERIOD_WORD_BEFORE_RE = re.compile(r"\b(?:first|second|latter|former|other)\s*$", re.IGNORECASE)
_OF_PERIOD_AFTER_RE = re.compile(
    r"\s+of\s+(?:the\s+|this\s+|that\s+)?(?:year|(?:19|20)\d\d|century|decade|month)", re.IGNORECASE
)
_HYPHEN_WORD_RE = re.compile(r"-[A-Za-z]")
_HYPHEN_MULTIPLE_RE = re.compile(r"-(?:fold|thirds?|quarters?)")
_YEAR_DIGITS_RE = re.compile(r"(?:1[89]|2[01])\d\d")
_GLUED_UNIT_RE = re.compile(r"^(?:GW|MW|kW|kWh|TWh|GWh|MWh|Mt|Gt|kt|km2|km²|km|m2|m3|m²|m³|ha|t|bn|mn|tce|x)\b")

# --------------------------------------------------------------- counts

COUNT_NOUNS = {
    "project", "station", "factory", "park", "enterprise", "company", "technology", "product", "vehicle", "bus",
    "taxi", "truck", "patent", "program", "programme", "model", "seminar", "official", "professional", "country",
    "continent", "base", "certificate", "city", "area", "pilot", "zone", "plant", "unit", "charger", "pile",
    "household", "village", "town", "building", "school", "institution", "facility", "mine", "turbine", "reactor",
    "ship", "vessel", "locomotive", "farm", "demonstration", "standard", "policy", "measure", "law", "regulation",
    "leader", "participant", "trainee", "worker", "job",
}  # fmt: skip
WEAK_COUNT_NOUNS = {
    "area",
    "zone",
    "city",
    "country",
    "continent",
    "program",
    "programme",
    "unit",
    "base",
    "standard",
    "demonstration",
    "pilot",
    "measure",
    "policy",
}
_COUNT_STOP_RE = re.compile(
    r"\b(?:of|in|for|to|with|from|by|across|at|on|that|which|who|have|has|had|were|was|are|is|will|been|being)\b"
    r"|[,;:.()\t]"
)
_ASCII_WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]*")
_NOT_COUNT_NOUNS = {"leader", "job", "standard", "policy", "policies", "measure", "law", "regulation"}
_NUMBER_OF_RE = cx.guarded(
    "cnt", r"\b(?:number\s+of|this\s+number|the\s+number|count\s+of|total\s+of)\b", re.IGNORECASE
)
_RATIO_CONTEXT_RE = cx.guarded(
    "cefipr", r"\b(?:ratio|coefficient|effectiveness|PUE|index|factor|intensity|rate)\b", re.IGNORECASE
)
_SCOPE_BEFORE_RE = cx.guarded(
    "acfio", r"\b(?:across|among|covering|in|of|from|for)\s+(?:the\s+|these\s+|all\s+)?$", re.I
)


def _singular(word: str) -> str:
    w = word.lower()
    if w in COUNT_NOUNS:
        return w
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
        if w.endswith(suffix) and w[: -len(suffix)] + repl in COUNT_NOUNS:
            return w[: -len(suffix)] + repl
    return ""


def count_noun_after(text: str, pos: int, limit: int) -> str:
    """The counted noun after a bare number ("2,783 green factories" -> factory), or ""."""
    window = text[pos : min(limit, pos + 90)]
    stop = _COUNT_STOP_RE.search(window)
    phrase = window[: stop.start()] if stop else window
    words = _ASCII_WORD_RE.findall(phrase)[:8]
    for w in words:
        noun = _singular(w.split("-")[-1])
        if noun:
            return "" if noun in _NOT_COUNT_NOUNS else noun
    return ""


# --------------------------------------------------------------- quantities


def _skip_number(text: str, num: Number, floor: int) -> bool:
    """Numbers that are never indicator values: labels, list numbers, dates, ordinals, URLs, phones."""
    before = text[max(floor, num.start - 30) : num.start]
    after = text[num.end : num.end + 12]
    if _LABEL_BEFORE_RE.search(before):
        return True
    if num.form == "fraction" and (
        _PERIOD_WORD_BEFORE_RE.search(before) or _OF_PERIOD_AFTER_RE.match(after + text[num.end + 12 : num.end + 30])
    ):
        return True  # "the first half of 2023" is a period, not a share
    if num.form in ("fold", "word", "fraction") and before[-1:] in "\"“'‘":
        return True  # a quoted name ("five-fold" model)
    if num.form == "word" and _HYPHEN_WORD_RE.match(after) and not _HYPHEN_MULTIPLE_RE.match(after):
        return True  # part of a name ("Ten-Hundred-Thousand")
    if num.form == "digits":
        if _ORDINAL_AFTER_RE.match(after):
            return True
        if after[:1].isascii() and after[:1].isalpha() and not _GLUED_UNIT_RE.match(after):
            return True
        if after[:1] in ("+",) or (after[:1] == ":" and after[1:2] and not after[1:2].isdigit()):
            return True
        if _DATE_AFTER_RE.match(after) or _DATE_BEFORE_RE.search(before):
            return True
        line_start = text.rfind("\n", 0, num.start) + 1
        if not text[line_start : num.start].strip() and _LIST_NUMBER_RE.match(text[num.start : num.end + 3]):
            return True
    return False


def _year_like(num: Number, text: str) -> bool:
    raw = text[num.start : num.end]
    return num.form == "digits" and _YEAR_DIGITS_RE.fullmatch(raw) is not None


_MU_RE = re.compile(r"\bmu\b|亩", re.IGNORECASE)
_TOP_BEFORE_RE = re.compile(r"\btop\s*$", re.IGNORECASE)
_OUT_OF_RE = re.compile(r"\s+out\s+of\b")


def _quantity(text: str, num: Number, floor: int, limit: int) -> Quantity | None:
    """Attach a unit to ``num``; None when the number is not a quantity we report."""
    unit: UnitMatch | None = match_currency_before(text, num.start) if num.form == "digits" else None
    start = num.start
    if unit:
        cur = CURRENCY_BEFORE_RE.search(text, max(0, num.start - 6), num.start)
        start = cur.start() if cur else num.start
    after = match_unit_after(text, num.end, limit)
    if after and after.unit == NON_INDICATOR:
        return None
    if unit is None:
        unit = after
    end = unit.end if unit and unit.end > num.end else num.end
    if num.form == "fraction":
        return Quantity(num, num.value, "%", num.end)
    if num.form == "fold":
        return Quantity(num, num.value, "times", num.end)
    if unit is not None:
        value = num.value * unit.factor
        name = unit.unit
        if name == "times" and num.magnitude >= MAGNITUDES["million"]:  # "66.28 million times" = occurrences
            name, value = "million", num.value / MAGNITUDES["million"]
        if name == "Mha" and _MU_RE.search(text[num.end : end]):
            value = round_significant(value, 3)
        if name == "Mt":
            name = refine_mass_unit(name, text[max(floor, num.start - 120) : num.start])
        return Quantity(num, value, name, end, start=start)
    # no unit written
    if _year_like(num, text):
        return None
    if num.magnitude >= MAGNITUDES["million"]:
        return Quantity(num, num.value / MAGNITUDES["million"], "million", num.end)
    if _TOP_BEFORE_RE.search(text[max(floor, num.start - 6) : num.start]):
        return None  # "among the top 50": a rank, not a count
    if _OUT_OF_RE.match(text[num.end : num.end + 10]):
        return Quantity(num, num.value, "count", num.end)
    noun = count_noun_after(text, num.end, limit)
    if num.form == "word" and noun in WEAK_COUNT_NOUNS:
        noun = ""  # "three prioritized areas": written-out small numbers describe, they rarely measure
    if noun and num.is_integer:
        if _SCOPE_BEFORE_RE.search(text[max(floor, num.start - 20) : num.start]) and noun in ("city", "country"):
            return None
        return Quantity(num, num.value, "count", num.end)
    before = text[max(floor, num.start - 160) : num.start]
    if num.is_integer and num.form == "digits" and _NUMBER_OF_RE.search(before):
        return Quantity(num, num.value, "count", num.end)
    if not num.is_integer and num.magnitude == 1 and _RATIO_CONTEXT_RE.search(text[floor : num.start]):
        return Quantity(num, num.value, "ratio", num.end)
    return None


_RATIO_SERIES_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?::\d+(?:\.\d+)?){2,}(?![\d.])")
_RANGE_GAP_RE = re.compile(r"^\s*(?:-|–|—|to)\s*$")
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_GAP_RE = re.compile(r"^\s*(?:and|,|, and)\s*$")
_CHAIN_GAP_RE = re.compile(r"^\s*(?:and|,|, and|:)\s*$")  # members of a list, or of a ratio series 8.9:44.2:46.9
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:the\s+|about\s+|around\s+|approximately\s+|over\s+|nearly\s+)?$", re.I)
_TO_GAP_RE = re.compile(
    r"^(?P<pre>.*?)\bto\s+(?:about\s+|around\s+|approximately\s+|over\s+|nearly\s+|just\s+)?$", re.I
)
_FROM_GAP_RE = re.compile(r"^(?P<pre>.*?)\bfrom\s+(?:about\s+|around\s+|approximately\s+|over\s+|nearly\s+)?$", re.I)
_LOCAL_YEAR_RE = re.compile(
    r"\s*(?:in|by|as\s+of|at\s+the\s+end\s+of|by\s+the\s+end\s+of|during)\s+(?:the\s+end\s+of\s+)?"
    r"(?P<y>(?:1[89]|20|21)\d\d)(?![\d%])"
)


def find_quantities(text: str, start: int, end: int, default_unit: tuple[str, Decimal] | None = None) -> list[Quantity]:
    """Quantities of a sentence, with ranges, ratio series and from-to groups resolved.

    ``default_unit`` (unit, factor) applies to bare numbers, as in table cells whose row label states the unit.
    """
    sentence = text[start:end]
    nums = find_numbers(text, start, end)
    # ratio series "8.9:44.2:46.9" -> shares in %
    ratio_spans = [m.span() for m in _RATIO_SERIES_RE.finditer(text, start, end)] if ":" in sentence else []
    out: list[Quantity] = []
    for num in nums:
        if out and num.start < out[-1].end:
            continue  # inside the previous quantity's unit ("per 10,000 RMB")
        if ratio_spans and any(s <= num.start < e for s, e in ratio_spans):
            if num.form == "digits":
                out.append(Quantity(num, num.value, "%", num.end))
            continue
        if _year_like(num, text):
            # a year counts only with a unit written after it ("2020 tons"), so look for that first: most have none
            q = _quantity(text, num, start, end)
            if q is not None and not _skip_number(text, num, start):
                out.append(q)
            continue
        if _skip_number(text, num, start):
            continue
        q = _quantity(text, num, start, end)
        if default_unit and (q is None or q.unit in ("count", "ratio")):
            q = Quantity(num, num.value * default_unit[1], default_unit[0], num.end)
        if q is not None:
            out.append(q)
        elif num.form == "digits":
            out.append(Quantity(num, num.value, "", num.end))  # placeholder: may get a unit from a range partner
    _resolve_ranges(text, out)
    out = [q for q in out if q.unit]
    out = [q for i, q in enumerate(out) if not (i and _is_restatement(text, out[i - 1], q))]
    _resolve_from_to(text, out)
    return out


_RESTATE_GAP_RE = re.compile(
    r"^\s*[(\[]\s*(?:i\.e\.,?\s*|or\s+|approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|~)?$", re.IGNORECASE
)


def _is_restatement(text: str, prev: Quantity, q: Quantity) -> bool:
    """'960 million mu (approximately 64 million hectares)': the bracket restates the same amount in other units."""
    return prev.unit == q.unit and bool(_RESTATE_GAP_RE.match(text[prev.end : q.start]))


def _resolve_ranges(text: str, qs: list[Quantity]) -> None:
    """'60%-70%', '40% to 45%', 'between 3 and 5 GW': two rows, >= and <=; a unitless first bound takes the second's."""
    for a, b in zip(qs, qs[1:], strict=False):
        gap = text[a.end : b.num.start]
        between = _BETWEEN_RE.search(text[max(0, a.num.start - 12) : a.num.start])
        if not _RANGE_GAP_RE.match(gap) and not (between and _AND_GAP_RE.match(gap)):
            continue
        if _FROM_BEFORE_RE.search(text[max(0, a.num.start - 25) : a.start]):
            continue  # "from X to Y" is a change over time, not a range
        if not a.unit and b.unit and a.num.form == b.num.form == "digits":
            # "2.5 to 3 billion tonnes": the first bound shares the second's magnitude and unit
            factor = b.value / b.num.value if b.num.value else Decimal(1)
            magnitude = b.num.magnitude if a.num.magnitude == 1 else Decimal(1)
            a.unit, a.value = b.unit, a.num.value * magnitude * factor
        if a.unit and a.unit == b.unit:
            a.qualifier, b.qualifier = ">=", "<="


def _resolve_from_to(text: str, qs: list[Quantity]) -> None:
    """Mark from/to groups and years written right after a quantity, pairing lists ('8.0% and 13.9% in 2018 to ...')."""
    for q in qs:
        m = _LOCAL_YEAR_RE.match(text, q.end)
        if m:
            q.year = int(m.group("y"))
    i = 0
    while i < len(qs):
        # find a chain of quantities joined by "and" / ","
        j = i
        while j + 1 < len(qs) and _CHAIN_GAP_RE.match(text[qs[j].end : qs[j + 1].num.start]):
            j += 1
        chain = qs[i : j + 1]
        before = text[max(0, chain[0].num.start - 25) : chain[0].start]
        if j + 1 < len(qs):
            gap = text[qs[j].end : qs[j + 1].num.start]
            k = j + 1
            while k + 1 < len(qs) and _CHAIN_GAP_RE.match(text[qs[k].end : qs[k + 1].num.start]):
                k += 1
            nxt = qs[j + 1 : k + 1]
            to_gap = _TO_GAP_RE.match(gap)
            if _FROM_BEFORE_RE.search(before) and to_gap and len(to_gap.group("pre")) < 40:
                _mark(chain, "from", gap)
                _mark(nxt, "to", "")
                i = k + 1
                continue
            from_gap = _FROM_GAP_RE.match(gap)
            if from_gap and _TO_BEFORE_RE.search(before) and len(from_gap.group("pre")) < 40:
                _mark(chain, "to", "")
                _mark(nxt, "from", "")
                i = k + 1
                continue
        i = j + 1


_TO_BEFORE_RE = re.compile(r"\bto\s+(?:\w+\s+)?$")
_IN_YEAR_RE = re.compile(r"\bin\s+((?:1[89]|20|21)\d\d)\b")


def _mark(group: list[Quantity], role: str, gap: str) -> None:
    m = _IN_YEAR_RE.search(gap)
    for q in group:
        q.group = role
        if m and q.year is None:
            q.year = int(m.group(1))
