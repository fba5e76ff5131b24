"""Document -> observations: find quantities, read their context, classify, de-duplicate.

The flow per document is one way: segment into blocks -> per sentence (or table
row) find numbers and units (``numbers``, ``units``) -> read qualifier, years,
kind and region (``context``) -> map to a catalogue indicator -> de-duplicate.
State carried between sentences is explicit (``Carry``): the paragraph's
observation and target years and the section's region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from . import context as cx

if TYPE_CHECKING:
    from .catalogue import Catalogue
from .model import Document, Observation
from .numbers import MAGNITUDES, MARKER_CHARS, Number, find_numbers, may_hold_number
from .segment import TABLE_FOOTNOTE_RE, Block, segment
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
class ExtractionResult:
    observations: list[Observation] = field(default_factory=list)
    default_year: int | None = None
    default_year_quote: str = ""


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


@dataclass
class Carry:
    """Context carried from sentence to sentence: years within a paragraph, region within a section."""

    obs_year: int | None = None
    target_year: int | None = None
    section_region: str | None = None
    paragraph_region: str | None = None


@dataclass
class DocContext:
    doc: Document
    catalogue: Catalogue
    country: str
    default_year: int | None
    footnote_base_years: dict[str, int]
    observations: list[Observation] = field(default_factory=list)
    year_starts: set[int] = field(default_factory=set)  # char_start of every "year" row, so a peak is read once

    def add(self, obs: Observation) -> None:
        self.observations.append(obs)
        if obs.unit == "year":
            self.year_starts.add(obs.char_start)

    @property
    def ref_year(self) -> int | None:
        return self.default_year


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


# --------------------------------------------------------------- document-level context

_STATISTICS_YEAR_RE = cx.guarded(
    "dfns",
    r"\b(?:statistics|data|figures|numbers)\b[^.]{0,60}?\b(?:collected|as\s+of|up\s+to|until|cut-?off|by)\b"
    r"[^.]{0,25}?\b((?:19|20|21)\d\d)\b",
    re.IGNORECASE,
)
_AS_OF_RE = cx.guarded(
    "ab",
    r"\b(?:by|as\s+of|at)\s+(?:the\s+end\s+of\s+)?(?:" + cx._MONTHS + r"\s*\d{0,2},?\s*)?((?:19|20)\d\d)\b[^.]{0,80}?"
    r"\b(?:had|has|have|was|were|reached)\b",
    re.IGNORECASE,
)


def document_default_year(text: str) -> tuple[int | None, str]:
    """The year of undated statements: what the document says about its own data, else its latest as-of date."""
    m = _STATISTICS_YEAR_RE.search(text)
    if m:
        return int(m.group(1)), _sentence_around(text, m.start(), m.end())
    best: tuple[int, int, int] | None = None
    for m in _AS_OF_RE.finditer(text):
        year = int(m.group(1))
        if best is None or year > best[0]:
            best = (year, m.start(), m.end())
    if best:
        return best[0], _sentence_around(text, best[1], best[2])
    return None, ""


def _sentence_around(text: str, start: int, end: int) -> str:
    s = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    e_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    e = min(e_candidates) + 1 if e_candidates else len(text)
    return " ".join(text[s:e].split())


def table_footnotes(blocks: list[Block], text: str) -> dict[str, int]:
    """Footnote letter -> base year for table footnotes that state one ("^b ... from the 2020 level")."""
    notes: dict[str, int] = {}
    for block in blocks:
        if block.kind != "note":
            continue
        m = TABLE_FOOTNOTE_RE.match(block.text)
        if not m:
            continue
        letter = m.group("caret") or {"ᵃ": "a", "ᵇ": "b", "ᶜ": "c", "ᵈ": "d", "ᵉ": "e"}[m.group("sup")]
        for y in cx.find_years(text, block.start, block.end):
            if y.role == "base":
                notes[letter] = y.year
    return notes


# --------------------------------------------------------------- per-sentence reading


_CLAUSE_SPLIT_RE = cx.guarded(r",;:—–()，；：、（）\sw", r"[,;:—–()，；：、（）]|\s-\s|\bwhich\b|\bwhile\b|\bwhereas\b")
_CHANGE_WORDS_RE = cx.guarded(
    "abcdfghilmrstu增下减提降上",
    r"\b(?:reduc\w*|decreas\w*|declin\w*|drop\w*|lower\w*|cut\w*|fall\w*|fell|increas\w*|grow\w*|grew|growth|ris\w*"
    r"|rose|up|down|higher|more|less|surg\w*|improv\w*|sav\w*|saving|chang\w*|below|above|times|fold)\b"
    r"|增加|下降|减少|提高|降低|增长|上升|减排",
    re.IGNORECASE,
)
_CHANGE_BEFORE_RE = cx.guarded(
    "cdegilrs增下减提降上",
    r"\b(?:growth|increase|decrease|reduction|rise|drop|decline|cut|saving|savings)\s+(?:\w+\s+)?of\s+(?:\w+\s+){0,2}$"
    r"|\b(?:increase|decrease|reduce|raise|lower|cut|expand)[a-z]*\b[^,;]{0,60}?\bby\s+(?:\w+\s+){0,2}$"
    r"|(?:增加|下降|减少|提高|降低|增长|上升)(?:了)?$",
    re.IGNORECASE,
)
_SHARE_WORDS_RE = cx.guarded(
    "apso", r"\b(?:accounting\s+for|accounted\s+for|share|proportion|of\s+the\s+total)\b", re.I
)
_AVERAGE_ANNUAL_RE = cx.guarded("ape", r"\b(?:average\s+annual|annual(?:ly)?|per\s+year|a\s+year|each\s+year)\b", re.I)
_PEAK_RE = cx.guarded(
    "cnp",
    r"\bpeak(?:ing|ed|s)?\b|\bcarbon[\s-]neutral(?:ity)?\b|\bnet[\s-]zero\b|\bclimate[\s-]neutral(?:ity)?\b",
    re.IGNORECASE,
)


def _clause_bounds(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    s, e = start, end
    for m_start, m_end in _clause_marks(text, start, end):
        if m_end <= pos:
            s = m_end
        elif m_start >= pos:
            e = m_start
            break
    return s, e


@lru_cache(maxsize=64)
def _clause_marks(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Spans of the clause separators of a sentence, found once: every quantity of it asks for its clause."""
    return tuple(m.span() for m in _CLAUSE_SPLIT_RE.finditer(text, start, end))


_STRONG_OBS_RE = re.compile(
    r"(?:as\s+of|end|half|during|quarter|since)\s+(?:of\s+)?(?:" + cx._MONTHS + r"\s*\d{0,2},?\s*)?$", re.IGNORECASE
)
FRAME_CHARS = 60  # a year this close to the sentence start frames the sentence and carries to the next ones


@dataclass
class SentenceYears:
    """The years of one sentence, sorted by role."""

    obs: list[cx.YearMention]  # observation years ("In 2022", "As of the end of 2022", "By 2022, ... had")
    target: list[cx.YearMention]  # target years ("by 2025", "in 2030" in the future of the document)
    span: tuple[int, int] | None
    bases: list[cx.YearMention]
    frame_obs: int | None = None
    period_end: int | None = None

    def nearest(self, mentions: list[cx.YearMention], pos: int, exclude: set[int]) -> int | None:
        """The closest mention before ``pos``; else the first after it."""
        before = [m for m in mentions if m.start < pos and m.year not in exclude]
        if before:
            return before[-1].year
        after = [m for m in mentions if m.start >= pos and m.year not in exclude]
        return after[0].year if after else None


def _sentence_years(text: str, start: int, end: int, ref_year: int | None) -> SentenceYears:
    years = cx.find_years(text, start, end)
    span_start = next((y.year for y in years if y.role == "span_start"), None)
    span_end = next((y.year for y in years if y.role == "span_end"), None)
    span = (span_start, span_end) if span_start and span_end else None
    obs: list[cx.YearMention] = []
    target: list[cx.YearMention] = []
    for y in years:
        if y.role not in ("obs", "by", "plain"):
            continue
        # without a reference year, "by 2030" is still a deadline; with one, any later year is the future
        future = y.year > ref_year if ref_year is not None else y.role == "by"
        strong_obs = y.role == "obs" and _STRONG_OBS_RE.search(text[max(start, y.start - 40) : y.start])
        (target if future and not strong_obs else obs).append(y)
    frame = next((y.year for y in obs if y.start - start < FRAME_CHARS), None)
    if span and frame is None and (ref_year is None or span[1] <= ref_year):
        frame = span[1]
    return SentenceYears(
        obs, target, span, [y for y in years if y.role == "base"], frame, cx.period_end_year(text[start:end])
    )


def _base_year_for(
    text: str,
    q: Quantity,
    sent_start: int,
    sent_end: int,
    years: SentenceYears,
    year: int | None,
    quantities: list[Quantity],
) -> int | None:
    """Base year of a relative change: an explicit reference in the same clause, 'year-on-year', or a span start."""
    c_start, c_end = _clause_bounds(text, sent_start, sent_end, q.num.start)
    clause = text[c_start:c_end]
    if q.unit not in ("%", "times") and not _CHANGE_BEFORE_RE.search(text[c_start : q.start]):
        return None
    is_change = bool(_CHANGE_WORDS_RE.search(clause)) or q.unit == "times"
    for b in years.bases:
        if c_start <= b.start < c_end:
            return b.year if is_change or not _SHARE_WORDS_RE.search(clause) else None
    if cx.prior_year_base(clause) and year:
        return year - 1
    # a reference in a clause of its own attaches to the nearest change before it
    for b in years.bases:
        b_clause = _clause_bounds(text, sent_start, sent_end, b.start)
        has_own = any(b_clause[0] <= other.num.start < b_clause[1] for other in quantities)
        if not has_own and b.start > q.end:
            between = [o for o in quantities if q.end <= o.num.start < b.start and o.unit in ("%", "times")]
            if not between and is_change:
                return b.year
    if cx.prior_year_base(text[q.end : sent_end][:40]) and year:
        return year - 1
    if years.span and is_change and not _AVERAGE_ANNUAL_RE.search(clause) and q.group == "":
        return years.span[0]  # "Between 2012 and 2022, ... fell by 28%": the change since the span's start
    return None


def _kind(text: str, c_start: int, c_end: int, pos: int, sent: str, future_year: bool) -> str:
    """Target or actual, from the nearest cue of intent ("will", "plans to", "target") or of fact ("had", "reached").

    The cue closest before the number in its clause decides; then the first one after it; then the
    sentence as a whole; then whether the number's year lies in the document's future.
    """
    before = [(m.end(), "target") for m in cx.iter_target_cues(text, c_start, pos)]
    before += [(m.end(), "actual") for m in cx.iter_actual_cues(text, c_start, pos)]
    if before:
        return max(before)[1]
    after = [(m.start(), "target") for m in cx.iter_target_cues(text, pos, c_end)]
    after += [(m.start(), "actual") for m in cx.iter_actual_cues(text, pos, c_end)]
    if after:
        return min(after)[1]
    if cx.has_target_cue(sent) and not cx.has_actual_cue(sent):
        return "target"
    if cx.has_actual_cue(sent):
        return "actual"
    return "target" if future_year else "actual"


_CHINA_HYPHEN_GAP_RE = re.compile(r"\s*(?:China|Chinese)-")
_PLACE_AFTER_GAP_RE = cx.guarded("fiot", r"\b(?:of|in|for|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_IN_BEFORE_RE = re.compile(r"\b[Ii]n\s+(?:the\s+)?$")
_PLACE_LINK_RE = re.compile(r"\s*(?:,|and|, and)\s*(?:the\s+)?")
_PLACES_NOUN_AFTER_RE = re.compile(r"\s+(?:provinces|states|cities|countries|regions)\b")


def _region_for(
    ctx: DocContext,
    text: str,
    q: Quantity,
    sent_start: int,
    sent_end: int,
    regions: list[cx.RegionMention],
    carry: Carry,
) -> list[str]:
    """Regions of a quantity, most specific evidence first.

    World for shares of a world total; a place named right after the number ("in developing
    countries", "China-Africa"); a place named before it in the same clause (several places
    joined by "and" before "provinces" give one row each, a group inside one macro-region gives
    that region); the paragraph's or section's place; else the document's country.
    """
    if q.unit == "%":
        after = text[q.end : sent_end]
        before = text[max(sent_start, q.num.start - 40) : q.start]
        if cx.WORLD_AFTER_RE.match(after) or cx.WORLD_BEFORE_RE.search(before):
            return ["World"]
    c_start, c_end = _clause_bounds(text, sent_start, sent_end, q.num.start)
    for r in regions:
        if q.end <= r.start < c_end:
            gap = text[q.end : r.start]
            if _CHINA_HYPHEN_GAP_RE.fullmatch(gap) or _PLACE_AFTER_GAP_RE.search(gap) and len(gap) < 100:
                if r.name != ctx.country:
                    return [r.name]
    before_regions = [r for r in regions if r.end <= q.start and r.name != "World"]
    in_clause = [r for r in before_regions if r.start >= c_start]
    framing = [
        r
        for r in before_regions
        if r.start - sent_start < FRAME_CHARS and _IN_BEFORE_RE.search(text[max(sent_start, r.start - 12) : r.start])
    ]
    if in_clause or framing:
        last = (in_clause or framing)[-1]
        group = [last]
        for r in reversed(before_regions[: before_regions.index(last)]):
            if _PLACE_LINK_RE.fullmatch(text[r.end : group[0].start]):
                group.insert(0, r)
            else:
                break
        names = [r.name for r in group]
        macro = cx.macro_region(names)
        if macro:
            return [macro]
        if len(names) > 1 and _PLACES_NOUN_AFTER_RE.match(text, last.end):
            return names
        return [names[-1]]
    if carry.paragraph_region:
        return [carry.paragraph_region]
    if carry.section_region:
        return [carry.section_region]
    return [ctx.country]


def read_sentence(
    ctx: DocContext,
    start: int,
    end: int,
    carry: Carry,
    quote: tuple[int, int] | None = None,
    table_year: int | None = None,
    table_unit: tuple[str, Decimal] | None = None,
    table_kind: str | None = None,
    base_year: int | None = None,
) -> None:
    """Extract the quantities of one sentence (or table cell) into ``ctx.observations``."""
    text = ctx.doc.text
    if not may_hold_number(text, start, end):
        return  # every value, year and peak year needs a digit or a number word: nothing to read or to carry
    q_start, q_end = quote or (start, end)
    sent = text[start:end]
    quantities = find_quantities(text, start, end, table_unit)
    years = _sentence_years(text, start, end, ctx.ref_year)
    peak = _PEAK_RE.search(text, start, end)
    regions = cx.find_regions(text, start, end) if quantities or peak else []
    from_years = {q.year for q in quantities if q.group == "from" and q.year}
    if peak:
        _peak_years(ctx, start, end, carry, regions, q_start, q_end)
    for q in quantities:
        c_start, c_end = _clause_bounds(text, start, end, q.num.start)
        qualifier = q.qualifier or cx.qualifier_after(text, q.end) or cx.qualifier_before(text, q.start, c_start)
        if table_kind:
            kind = table_kind
        else:
            future = bool(years.target) or (q.year is not None and ctx.ref_year is not None and q.year > ctx.ref_year)
            kind = _kind(text, c_start, c_end, q.start, sent, future)
        year = _year_for(q, years, carry, kind, ctx, table_year, sent, from_years)
        base = base_year if base_year is not None else _base_year_for(text, q, start, end, years, year, quantities)
        for region in _region_for(ctx, text, q, start, end, regions, carry):
            obs = Observation(
                doc=ctx.doc.doc,
                value=q.value,
                unit=q.unit,
                value_raw=text[q.start : q.end],
                quote=text[q_start:q_end].replace("\n", " "),
                char_start=q.start,
                char_end=q.end,
                kind=kind,
                year=year,
                base_year=base,
                qualifier=qualifier,
                region=region,
                page=ctx.doc.page_at(q.start),
            )
            # a table cell is classified with its row label: the quote span holds both
            ctx_start, ctx_end = min(start, q_start), max(end, q_end)
            rel = q.start - ctx_start
            obs.indicator = ctx.catalogue.classify(
                text[ctx_start:ctx_end], rel, rel + (q.end - q.start), q.unit, region
            )
            ctx.add(obs)
    # carry the sentence's framing years to the next sentences of the paragraph
    if years.frame_obs:
        carry.obs_year = years.frame_obs
    future = [y.year for y in years.target] + (
        [years.span[1]] if years.span and years.span[1] > (ctx.ref_year or 0) else []
    )
    if future:
        carry.target_year = future[0]


def _year_for(
    q: Quantity,
    years: SentenceYears,
    carry: Carry,
    kind: str,
    ctx: DocContext,
    table_year: int | None,
    sent: str,
    from_years: set[int],
) -> int | None:
    """Year of a quantity: its own, its from-to side, the nearest fitting year of the sentence, or carried."""
    if table_year:
        return table_year
    if q.year:
        return q.year
    if years.span and q.group == "from":
        return years.span[0]
    if years.span and q.group == "to":
        return years.span[1]
    exclude = from_years if q.group == "to" else set()
    if kind == "target":
        found = years.nearest(years.target, q.start, exclude)
        if found:
            return found
        if years.span and years.span[1] > (ctx.ref_year or 0):
            return years.span[1]
        return carry.target_year or years.nearest(years.obs, q.start, exclude) or carry.obs_year or ctx.default_year
    found = years.nearest(years.obs, q.start, exclude) or years.nearest(years.target, q.start, exclude)
    if found:
        return found
    if years.span:
        return years.span[1]
    if years.period_end:
        return years.period_end
    if cx.mentions_past_period(sent):
        return ctx.default_year
    return carry.obs_year or ctx.default_year


_PEAK_YEAR_RE = cx.guarded(
    "abinp",
    r"(?P<q>\bbefore|\bby|\bno\s+later\s+than|\bin|\bprior\s+to|\bafter)\s+(?:the\s+end\s+of\s+)?(?P<y>(?:20|21)\d\d)\b"
    r"|In\s+(?P<y2>(?:20|21)\d\d)\b",
    re.IGNORECASE,
)


_REACH_PEAK_RE = re.compile(r"\b(?:reach|achieve)\w*\s+(?:the|its|a)\s+peak", re.I)
_PEAKED_RE = re.compile(r"\bpeaked\b|\bhas\s+peaked\b|\bhad\s+peaked\b", re.I)
_SPACES_RE = re.compile(r"\s+")


def _peak_years(
    ctx: DocContext, start: int, end: int, carry: Carry, regions: list[cx.RegionMention], q_start: int, q_end: int
) -> None:
    """'peak carbon emissions before 2030' -> carbon_peak_year 2030 '<'; 'carbon neutrality by 2060' -> 2060 '<='."""
    text = ctx.doc.text
    for kw in _PEAK_RE.finditer(text, start, end):
        c_start, c_end = _clause_bounds(text, start, end, kw.start())
        best = None
        for m in _PEAK_YEAR_RE.finditer(text, c_start, c_end):
            dist = abs(m.start() - kw.end()) if m.start() >= kw.end() else abs(kw.start() - m.end())
            if dist <= 60 and (best is None or dist < best[0]):
                best = (dist, m)
        if best is None:
            # "In 2025, the total carbon emissions will reach the peak": the year opens the sentence
            m = _PEAK_YEAR_RE.match(text, start, end)
            if m and _REACH_PEAK_RE.search(text[start:end]):
                best = (0, m)
        if best is None:
            continue
        m = best[1]
        ystart = m.start("y") if m.group("y") else m.start("y2")
        year = int(text[ystart : ystart + 4])
        word = (m.group("q") or "in").lower()
        qualifier = {"before": "<", "prior to": "<", "by": "<=", "no later than": "<=", "after": ">"}.get(
            _SPACES_RE.sub(" ", word), "="
        )
        if ystart in ctx.year_starts:
            continue
        past = _PEAKED_RE.search(text[start:end])
        kind = "actual" if past else "target"
        region = _region_for(
            ctx,
            text,
            Quantity(Number(ystart, ystart + 4, Decimal(year), "digits"), Decimal(year), "year", ystart + 4),
            start,
            end,
            regions,
            carry,
        )[0]
        obs = Observation(
            doc=ctx.doc.doc,
            value=Decimal(year),
            unit="year",
            value_raw=text[ystart : ystart + 4],
            quote=text[q_start:q_end].replace("\n", " "),
            char_start=ystart,
            char_end=ystart + 4,
            kind=kind,
            year=year,
            qualifier=qualifier,
            region=region,
            page=ctx.doc.page_at(ystart),
        )
        ctx_start, ctx_end = min(start, q_start), max(end, q_end)
        rel = ystart - ctx_start
        obs.indicator = ctx.catalogue.classify(text[ctx_start:ctx_end], rel, rel + 4, "year", region)
        ctx.add(obs)


# --------------------------------------------------------------- tables

_YEAR_CELL_RE = re.compile(r"^\s*((?:19|20|21)\d\d)\s*$")
_HEADER_UNIT_RE = re.compile(r"\(([^()]*)\)\s*$")
_HEADER_MAGNITUDE_RE = re.compile(
    r"(100\s+million|hundred\s+million|10,?000|ten\s+thousand|thousand|million|billion|trillion)\s*", re.I
)
_MARKER_RE = re.compile(r"\s*(?:\^(?P<caret>[a-z])|(?P<sym>[" + MARKER_CHARS + r"]))")


def _header_unit(text: str, label_start: int, label_end: int) -> tuple[str, Decimal] | None:
    """'Forest Volume (100 million cubic meters)' -> ('billion m3', 0.1) for the cells of that row."""
    m = _HEADER_UNIT_RE.search(text, label_start, label_end)
    if not m:
        return None
    inner = m.group(1).strip()
    scale = Decimal(1)
    mag = _HEADER_MAGNITUDE_RE.match(inner)
    if mag:
        word = (
            _SPACES_RE.sub(" ", mag.group(1).lower()).replace("10,000", "ten thousand").replace("10000", "ten thousand")
        )
        scale = MAGNITUDES.get(word, Decimal(1))
        inner = inner[mag.end() :]
    unit = match_unit_after(inner, 0)
    if unit is None or unit.unit == NON_INDICATOR:
        return None
    return unit.unit, scale * unit.factor


def read_table_row(
    ctx: DocContext,
    block: Block,
    header_years: dict[int, int],
    carry: Carry,
    marker_order: list[str],
    table_is_target: bool,
) -> None:
    text = ctx.doc.text
    label_start, label_end = block.cells[0]
    header_unit = _header_unit(text, label_start, label_end)
    for index, (c_start, c_end) in enumerate(block.cells[1:], start=1):
        if index not in header_years or not text[c_start:c_end].strip():
            continue
        year = header_years[index]
        kind = "target" if table_is_target or (ctx.ref_year is not None and year > ctx.ref_year) else "actual"
        base = None
        for nm in find_numbers(text, c_start, c_end):
            mk = _MARKER_RE.match(text, nm.end, c_end)
            if mk:
                # a letter when the marker shows one (ª, ^b); otherwise the letter after the previous marker
                letter = mk.group("caret") or {"ª": "a"}.get(mk.group("sym") or "", "")
                if not letter:
                    letter = chr(ord(marker_order[-1]) + 1) if marker_order else "a"
                marker_order.append(letter)
                base = ctx.footnote_base_years.get(letter)
        read_sentence(
            ctx,
            c_start,
            c_end,
            carry,
            quote=(block.start, c_end),
            table_year=year,
            table_unit=header_unit,
            table_kind=kind,
            base_year=base,
        )


# --------------------------------------------------------------- driver


def extract_document(doc: Document, catalogue: Catalogue) -> ExtractionResult:
    """Every numeric indicator statement of ``doc``, in document order, repeated facts kept once."""
    text = doc.text
    blocks = segment(text)
    default_year, default_quote = document_default_year(text)
    ctx = DocContext(doc, catalogue, cx.document_country(text), default_year, table_footnotes(blocks, text))
    carry = Carry()
    header_years: dict[int, int] = {}
    marker_order: list[str] = []
    table_is_target = False
    last_heading = ""
    for block in blocks:
        if block.kind != "table":
            header_years = {}
        if block.kind == "heading":
            last_heading = block.text
            found = cx.find_regions(text, block.start, block.end)
            carry.section_region = found[-1].name if found and found[-1].name != ctx.country else None
            carry.paragraph_region = None
            continue
        if block.kind == "note":
            continue
        if block.kind == "table":
            cells = [text[s:e] for s, e in block.cells]
            years = {i: int(m.group(1)) for i, c in enumerate(cells) if (m := _YEAR_CELL_RE.match(c))}
            if len(years) >= 2 and 0 not in years:
                header_years = years
                table_is_target = bool(cx.has_target_cue(last_heading + " " + cells[0]))
                continue
            if header_years:
                read_table_row(ctx, block, header_years, carry, marker_order, table_is_target)
            else:
                for c_start, c_end in block.cells:
                    if text[c_start:c_end].strip():
                        read_sentence(ctx, c_start, c_end, carry, quote=(block.start, block.end))
            continue
        carry.obs_year = carry.target_year = None
        carry.paragraph_region = _paragraph_region(ctx, block)
        for sentence in block.sentences:
            read_sentence(ctx, sentence.start, sentence.end, carry)
    return ExtractionResult(dedupe(ctx.observations), default_year, default_quote)


_PARTNER_BEFORE_RE = re.compile(r"\b(?:with|and|to|from|like|as)\s+(?:the\s+)?$")


def _paragraph_region(ctx: DocContext, block: Block) -> str | None:
    """A paragraph whose first sentence is about a sub-national place or another country speaks for that place."""
    if not block.sentences:
        return None
    first = block.sentences[0]
    text = ctx.doc.text
    for r in cx.find_regions(text, first.start, first.end):
        partner = _PARTNER_BEFORE_RE.search(text[max(0, r.start - 10) : r.start])
        if r.name != ctx.country and not partner:
            return r.name
    return None


def dedupe(observations: list[Observation]) -> list[Observation]:
    """Repeated facts are kept once, at their first occurrence."""
    seen: set[tuple] = set()
    out: list[Observation] = []
    for o in sorted(observations, key=lambda o: (o.char_start, o.char_end)):
        key = (o.indicator or o.quote, o.region, o.kind, o.year, o.base_year, o.value, o.unit, o.qualifier)
        if key in seen:
            continue
        seen.add(key)
        out.append(o)
    return out
