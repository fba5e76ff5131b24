"""Numbers with their units: exclusions (labels, dates, list numbers), counts, ranges, from-to spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from . import context as cx

if TYPE_CHECKING:
    pass
from .money import MIN_PLAIN_AMOUNT, MONEY_MAGNITUDE_RE, MONEY_MAGNITUDES, PRICE_AFTER_RE, dollar_of
from .numbers import MAGNITUDES, Number, find_numbers
from .units import (
    DOLLAR,
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
_LIST_NUMBER_RE = re.compile(r"^\s*(?:[(\[]?\d{1,3}(?:\.(?!\d)|[)\]、])|\d{1,3}\t|\d{1,3}\s*$)")  # "4." not "4.5"
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
        if after[:1].isascii() and after[:1].isalpha() and not _glued_unit(text, num, after):
            return True
        if after[:1] in ("+",) or (after[:1] == ":" and after[1:2] and not after[1:2].isdigit()):
            return True
        if _DATE_AFTER_RE.match(after) or _DATE_BEFORE_RE.search(before):
            return True
        line_start = text.rfind("\n", 0, num.start) + 1
        if not text[line_start : num.start].strip() and _LIST_NUMBER_RE.match(text[num.start : num.end + 3]):
            return True
    return False


def _glued_unit(text: str, num: Number, after: str) -> bool:
    """Letters glued to a number are its unit ("113MtCO2eq", "£3bn", "5km"), or else a name ("5G", "3D")."""
    if _GLUED_UNIT_RE.match(after):
        return True
    unit = match_unit_after(text, num.end, num.end + 40)
    if unit is not None and unit.unit != NON_INDICATOR:
        return True
    return bool(MONEY_MAGNITUDE_RE.match(after)) and match_currency_before(text, num.start) is not None


def _year_like(num: Number, text: str) -> bool:
    raw = text[num.start : num.end]
    return num.form == "digits" and _YEAR_DIGITS_RE.fullmatch(raw) is not None


_MU_RE = re.compile(r"\bmu\b|亩", re.IGNORECASE)
_TOP_BEFORE_RE = re.compile(r"\btop\s*$", re.IGNORECASE)
_OUT_OF_RE = re.compile(r"\s+out\s+of\b")


def _quantity(text: str, num: Number, floor: int, limit: int, country: str = "") -> Quantity | None:
    """Attach a unit to ``num``; None when the number is not a quantity we report."""
    if num.form == "fraction":
        return Quantity(num, num.value, "%", num.end)
    if num.form == "fold":
        return Quantity(num, num.value, "times", num.end)
    money = _money(text, num, limit, country) if num.form == "digits" else None
    if money is not None:
        return money or None
    after = match_unit_after(text, num.end, limit)
    if after is None and (aside := _ASIDE_RE.match(text, num.end, limit)):
        # "0.6 (2.2%) Mt CO2e": a short bracketed aside stands between the number and its unit
        later = match_unit_after(text, aside.end(), limit)
        if later is not None and later.unit != NON_INDICATOR:
            after = UnitMatch(later.unit, later.factor, num.end)
    if after is None or after.unit == NON_INDICATOR:
        return None if after or num.glued else _unitless(text, num, floor, limit)
    end = max(after.end, num.end)
    value, name = num.value * after.factor, after.unit
    if name == DOLLAR:
        name = f"{dollar_of(country)} billion"
    if name.endswith(" billion") and PRICE_AFTER_RE.match(text, end, limit):
        return None  # "2 dollars per tonne": a price
    if name == "times" and num.magnitude >= MAGNITUDES["million"]:  # "66.28 million times" = occurrences
        name, value = "million", num.value / MAGNITUDES["million"]
    if name == "Mha" and _MU_RE.search(text[num.end : end]):
        value = round_significant(value, 3)
    if name == "Mt":
        name = refine_mass_unit(name, text[max(floor, num.start - 120) : num.start])
    if name.startswith("Mt CO2") and (per := _PER_CAPITA_RE.match(text, end, limit)):
        # "14 tCO2e per capita": an intensity in tonnes, never a total
        return Quantity(num, value * _TONNES_PER_MT, f"t {name[3:]} per capita", per.end())
    if name == "°C" and _temperature_goal(text, num.start, end, floor, limit):
        return None
    return Quantity(num, value, name, end)


_TONNES_PER_MT = Decimal(10) ** 6
_ASIDE_RE = re.compile(r"[ \u00a0]*\([^()\n]{1,20}\)")
_PER_CAPITA_RE = re.compile(
    r"\s*(?:per|/|a)\s*(?:capita|cap\b|person|inhabitant|head|resident|citizen)s?\b", re.IGNORECASE
)
# "the 1.5°C goal", "well below 2°C", "limit warming to 1.5 °C": the global temperature goal is context, not a value
_TEMPERATURE_GOAL_AFTER_RE = re.compile(
    r"[\s-]*(?:\w+[\s-]+){0,2}?(?:goal|target|limit|pathway|trajectory|scenario|compatible|aligned|consistent|"
    r"warming|world|above\s+pre-?industrial|global|temperature\s+goal|objective)",
    re.IGNORECASE,
)
_TEMPERATURE_GOAL_BEFORE_RE = re.compile(
    r"(?:\bglobal|\bworld|\bparis\b|\bipcc\b|pre-?industrial|well\s+below|\blimit\w*|\bhold\w*|\bpursu\w+)",
    re.IGNORECASE,
)


def _temperature_goal(text: str, start: int, end: int, floor: int, limit: int) -> bool:
    """A temperature in the language of the Paris goal (1.5 / 2 degrees of global warming) or of a projected or
    observed warming ("could rise by 0.9°C"), not a measured level of the country's own."""
    return bool(
        _TEMPERATURE_GOAL_AFTER_RE.match(text, end, limit)
        or _TEMPERATURE_GOAL_BEFORE_RE.search(text, max(floor, start - 100), start)
        or _WARMING_BEFORE_RE.search(text, max(floor, start - 80), start)
    )


_WARMING_BEFORE_RE = re.compile(
    r"\b(?:project\w*|scenario|could|would|expected|rise|rising|rose|increas\w*|warm\w*|hotter|higher|change)\b",
    re.IGNORECASE,
)


def _money(text: str, num: Number, limit: int, country: str) -> Quantity | bool | None:
    """An amount of money with its currency written before the number; False when it is a price; None: not money."""
    cur = match_currency_before(text, num.start, yen="JPY" if country == "Japan" else "CNY")
    if cur is None:
        return None
    value, end = num.value, num.end
    if num.magnitude == 1 and (mag := MONEY_MAGNITUDE_RE.match(text, num.end, limit)):
        value, end = num.value * MONEY_MAGNITUDES[mag.group("mag")], mag.end()  # "£3m", "$1.2bn"
    if PRICE_AFTER_RE.match(text, end, limit):
        return False
    unit = f"{dollar_of(country)} billion" if cur.unit == DOLLAR else cur.unit
    return Quantity(num, value * cur.factor, unit, end, start=cur.begin)


_NOS_RE = re.compile(r"\s*(?:nos\.?|numbers)(?![A-Za-z])", re.IGNORECASE)
_WORDS_AFTER_RE = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,4}")
_NOT_A_NOUN = frozenset(
    "and or of in to for by from with at on as is are was were will would shall should can could may might must be "
    "been being has have had which that this these those than more less over under about around per the a an its "
    "their such including respectively while each every worth".split()
)
_NOT_A_HEAD = ("ed", "ing", "ly")  # "4 billion required", "2 million living in", "3 million severely"


def _counted_noun_after(text: str, pos: int, limit: int) -> bool:
    """ "12 million households", "4.5 million improved cook stoves": a magnitude needs a counted noun after it."""
    m = _WORDS_AFTER_RE.match(text, pos, limit)
    phrase: list[str] = []
    for word in m.group().lower().split() if m else ():
        if word in _NOT_A_NOUN or (phrase and word.endswith(_NOT_A_HEAD)):
            break  # "46 million certificates having been traded": a participle after the noun ends it
        phrase.append(word)
    return bool(phrase) and not phrase[-1].endswith(_NOT_A_HEAD)


def _counted_noun_before(text: str, floor: int, start: int) -> bool:
    """ "the number of participants has reached 2.7 million", "issuance of certificates surpassed 120 million"."""
    before = text[max(floor, start - 160) : start]
    if _NUMBER_OF_RE.search(before):
        return True
    return any(_singular(w) and _singular(w) not in WEAK_COUNT_NOUNS for w in _ASCII_WORD_RE.findall(before[-80:]))


def _unitless(text: str, num: Number, floor: int, limit: int) -> Quantity | None:
    """A number with no unit written: a count of a named thing, a ratio, or nothing we report."""
    if _year_like(num, text):
        return None
    if num.form == "digits" and (nos := _NOS_RE.match(text, num.end, limit)) and num.is_integer:
        return Quantity(num, num.value, "count", nos.end())  # "5,000 Nos. solar pumps", "(1,200 nos.)"
    if num.magnitude >= MAGNITUDES["million"]:
        if not _counted_noun_after(text, num.end, limit) and not _counted_noun_before(text, floor, num.start):
            return None  # a bare "1,407 million" counts nothing named
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


def find_quantities(
    text: str, start: int, end: int, default_unit: tuple[str, Decimal] | None = None, country: str = ""
) -> list[Quantity]:
    """Quantities of a sentence, with ranges, ratio series and from-to groups resolved.

    ``default_unit`` (unit, factor) applies to bare numbers, as in table cells whose row label states the unit.
    ``country`` is the document's own country: it says which dollar a bare "$" is, and which yen "¥" is.
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
            q = _quantity(text, num, start, end, country)
            if q is not None and not _skip_number(text, num, start):
                out.append(q)
            continue
        if _skip_number(text, num, start):
            continue
        q = _quantity(text, num, start, end, country)
        if default_unit and (q is None or q.unit in ("count", "ratio")):
            q = Quantity(num, num.value * default_unit[1], default_unit[0], num.end)
        if q is not None:
            out.append(q)
        elif num.form == "digits" and not num.glued:
            out.append(Quantity(num, num.value, "", num.end))  # placeholder: may get a unit from a range partner
    _resolve_ranges(text, out)
    out = [q for q in out if q.unit and not _small_plain_money(q)]
    out = [q for i, q in enumerate(out) if not (i and _is_restatement(text, out[i - 1], q))]
    _resolve_from_to(text, out)
    return out


def _small_plain_money(q: Quantity) -> bool:
    """ "USD 650" with no magnitude is a price or a unit cost; plans state budgets and funds in millions."""
    return q.unit.endswith(" billion") and q.num.magnitude == 1 and q.value * _BILLION < MIN_PLAIN_AMOUNT


_RESTATE_GAP_RE = re.compile(
    r"^\s*[(\[]\s*(?:i\.e\.,?\s*|or\s+|approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|~)?$", re.IGNORECASE
)


def _is_restatement(text: str, prev: Quantity, q: Quantity) -> bool:
    """'960 million mu (approximately 64 million hectares)': the bracket restates the same amount in other units.

    Only the same amount is a restatement: "R$300 million (R$100 million of which ...)" names a part of it.
    """
    if not _RESTATE_GAP_RE.match(text[prev.end : q.start]):
        return False
    if prev.unit != q.unit:
        # "KES 20 billion (approximately USD 200 million)": the same money in another currency
        return prev.unit.endswith(" billion") and q.unit.endswith(" billion")
    big = max(abs(prev.value), abs(q.value))
    return big == 0 or abs(prev.value - q.value) <= big * _RESTATE_TOLERANCE


_RESTATE_TOLERANCE = Decimal("0.05")
_RANGE_GAP_RE = re.compile(r"\s*(?:-|–|—|−|~|～|〜|to)\s*")
_DASH_GAP_RE = re.compile(r"\s*(?:-|–|—|−|~|～|〜)\s*")
_LIST_GAP_RE = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*")
_BRACKET_OPEN_RE = re.compile(r"\s*[(\[]\s*")
_BRACKET_CLOSE_RE = re.compile(r"[^()\[\]]{0,20}?[)\]]")
_PARALLEL_GAP_RE = re.compile(r"\s*,?\s*(?:and|or|while|but)(?:\s+[a-z]+){0,2}\s+")
_BILLION = Decimal(10) ** 9
# Units a bare number may share with its partner: written units, not those inferred from a noun or a magnitude.
_UNSHARED = frozenset({"", "count", "million", "ratio"})


def _share_unit(a: Quantity, b: Quantity) -> None:
    """A bare bound takes the unit and magnitude written at its partner: "2.5 to 3 billion t", "USD 3 - 4 billion"."""
    a_money, b_money = a.unit.endswith(" billion") and a.start < a.num.start, b.unit.endswith(" billion")
    if not a.unit and b.unit not in _UNSHARED and a.num.form == b.num.form == "digits":
        factor = b.value / b.num.value if b.num.value else Decimal(1)
        magnitude = b.num.magnitude if a.num.magnitude == 1 else Decimal(1)
        a.unit, a.value = b.unit, a.num.value * magnitude * factor
    elif a_money and b.unit in ("", "million") and b.start == b.num.start and b.num.magnitude > 1:
        # "USD 3 - 4 billion": the currency is written at the first bound, the magnitude at the last
        b.unit, b.value = a.unit, b.num.value / _BILLION
        if a.num.magnitude == 1:
            a.value = a.value * b.num.magnitude
    elif a_money and b_money and a.unit == b.unit and a.num.magnitude == 1 and b.num.magnitude > 1:
        a.value = a.value * b.num.magnitude  # "USD 16 – USD 267 billion"


def _list_partner(text: str, qs: list[Quantity], i: int) -> Quantity | None:
    """The next listed value whose written unit the bare value ``qs[i]`` shares: "3 and 4.5 per cent", and across
    bracketed asides, "0.6 (2.3%) and 0.5 (2.0%) Mt CO2e"."""
    a, j = qs[i], i + 1
    while j < len(qs):
        b = qs[j]
        if _BRACKET_OPEN_RE.fullmatch(text, a.end, b.start) and _BRACKET_CLOSE_RE.match(text, b.end):
            a = Quantity(a.num, a.value, a.unit, _BRACKET_CLOSE_RE.match(text, b.end).end())  # skip "(2.3%)"
            j += 1
            continue
        if b.unit not in _UNSHARED and _LIST_GAP_RE.fullmatch(text, a.end, b.num.start):
            return b
        return None
    return None


def _resolve_ranges(text: str, qs: list[Quantity]) -> None:
    """Ranges ("60%-70%", "40% to 45%", "between 3 and 5 GW", "1.05 to 0.85 Gt") give two rows: >= the smaller bound
    and <= the larger, in the unit and magnitude written at either bound; "from X to Y" is a change, not a range.
    Values listed with "and" or commas share the unit written after the last one ("3 and 4.5 per cent")."""
    for a, b in zip(qs, qs[1:], strict=False):
        gap_end = b.start if b.start < b.num.start else b.num.start
        between = _BETWEEN_RE.search(text[max(0, a.num.start - 12) : a.num.start])
        ranged = _RANGE_GAP_RE.fullmatch(text, a.end, gap_end) or (between and _AND_GAP_RE.match(text[a.end : gap_end]))
        if not ranged:
            continue
        if _FROM_BEFORE_RE.search(text[max(0, a.num.start - 25) : a.start]) and not _DASH_GAP_RE.fullmatch(
            text, a.end, gap_end
        ):
            continue  # "from X to Y" is a change over time; "from 350-420 Mt" is still a range
        _share_unit(a, b)
        if a.unit and a.unit == b.unit:
            low, high = (a, b) if a.value <= b.value else (b, a)
            low.qualifier, high.qualifier = ">=", "<="
    for i in range(len(qs) - 2, -1, -1):  # right to left: "3, 4 and 5 GW"
        a, b = qs[i], qs[i + 1]
        if a.unit:
            continue
        partner = _list_partner(text, qs, i)
        if partner is not None:
            _share_unit(a, partner)
        elif (
            b.unit == "million"
            and a.num.magnitude == b.num.magnitude
            and _PARALLEL_GAP_RE.fullmatch(text, a.end, b.num.start)
        ):  # "made 7 million and sold 6.9 million vehicles": the counted noun is written once, at the end
            a.unit, a.value = b.unit, a.num.value / MAGNITUDES["million"]


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
