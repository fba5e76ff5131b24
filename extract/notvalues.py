"""Numbers that are never indicator values: labels ("Table 4", "Article 6"), list numbers, dates, ordinals, web
addresses, phone numbers, names ("5G"). ``quantities`` asks before giving a number a unit; kept apart because what
is not a value is a question of its own, read alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .money import CURRENCY_BEFORE_RE, ISO_CODES, MONEY_MAGNITUDE_RE
from .numbers import Number
from .quantity import Quantity
from .units import NON_INDICATOR, match_unit_after

_LABEL_BEFORE_RE = cx.guarded(
    "abcdfgilnprstuv+#",
    r"(?:\b(?:Figure|Fig\.|Table|Column|Chapter|Section|Article|Annex|Appendix|Box|Page|No\.?|Number|Phase|Level|Grade|RCP|SSP"
    r"|Class|Type|Batch|Round|Version|Item|Part|Step|Stage|Volume|Vol\.|Issue|Rule|Clause|Paragraph|Goal|SDG|Scope|"
    r"Tier|Category|Unit|Block|Line|Room|Floor|Building|Road|Street|Lane|Tel\.?|Fax|P\.?O\.?\s*Box|Decision"
    r"|NDC|(?<=Determined\s)Contribution)"  # a version: "NDC 3.0", "Nationally Determined Contribution 2.0"
    r"|\+|#)\s*$",
    re.IGNORECASE,
)
#: "4." not "4.5"; "2 - Industrial Processes": an inventory category's code before its name
_LIST_NUMBER_RE = rx.compile(r"^\s*(?:[(\[]?\d{1,3}(?:\.(?!\d)|[)\]、])|\d{1,3}\t|\d{1,3}\s*$|\d{1,3} [-–] (?=[A-Z]))")
_PHONE_RE = rx.compile(r"(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)\s?)?\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}")
_ORDINAL_AFTER_RE = rx.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
# every month starts with one of a d f j m n o s: the lookahead turns other words away before the 23 alternatives
_DATE_AFTER_RE = rx.compile(r"^\s*(?=[adfjmnos])(?:" + cx._MONTHS + r")\b", re.IGNORECASE)
_DATE_BEFORE_RE = cx.guarded("adfjmnos", r"(?:" + cx._MONTHS + r")\s*$", re.IGNORECASE)
#: The last word of every _LABEL_BEFORE_RE match (lower case), for a cheap exact test before it (``cx.may_end_with``).
_LABEL_ENDS = (
    "figure", "fig.", "table", "column", "chapter", "section", "article", "annex", "appendix", "box", "page", "no",
    "no.", "number", "phase", "level", "grade", "rcp", "ssp", "class", "type", "batch", "round", "version", "item",
    "part", "step", "stage", "volume", "vol.", "issue", "rule", "clause", "paragraph", "goal", "sdg", "scope", "tier",
    "category", "unit", "block", "line", "room", "floor", "building", "road", "street", "lane", "tel", "tel.", "fax",
    "decision", "ndc", "contribution", "+", "#",
)  # fmt: skip
# A label match ends where the spaces before the number start, so it starts at most this far before them
# ("Contribution"; but "P.O.  Box", whose spaces are unbounded): the search need not try the 50 words at every earlier
# position.
_LONGEST_LABEL = 12
# "the first half of 2023" is a period; "the southern half of the country", "the upper third of the basin" a place
_PERIOD_WORD_BEFORE_RE = first_char_guarded(
    r"\b(?:first|second|latter|former|other|(?:north|south)(?:[\s-]?(?:east|west))?ern|eastern|western|upper|lower"
    r"|central|inner|outer)\s*$",
    re.IGNORECASE,
)
_OF_PERIOD_AFTER_RE = rx.compile(
    r"\s+of\s+(?:the\s+|this\s+|that\s+)?(?:year|(?:19|20)\d\d|century|decade|month)"
    # "the past half-century", "half a decade", "a quarter of a century", "half-way", "half-life": a span of time
    r"|(?:[ -]|\s+(?:of\s+)?an?\s+)(?:centur(?:y|ies)|decades?|years?|months?|hours?|days?|way|life)\b",
    re.IGNORECASE,
)
#: a singular fraction word is also an ordinal ("a third of the forest" is a share, "a third phase" an ordinal)
_ORDINALS = ("third", "fourth", "fifth", "tenth")
#: a word after the fraction word that is none of those a share goes on with ("a third of", "by a third by 2030")
_NOUN_AFTER_RE = rx.compile(
    r"[ -](?!(?:of|by|in|to|from|for|below|above|compared|relative|between|over|since|until|and|or|than|less|more"
    r"|lower|higher|on|at|with|per|each|every|the|this|its|their)\b)[A-Za-z]",
    re.IGNORECASE,
)
_TWOFOLD_PARTS_RE = rx.compile(r"\s*:")  # "the objectives are twofold: …"
_SIGN_OPENER_RE = rx.compile(r"(?:\(|\b(?:of|by))\s*\+$", re.IGNORECASE)
_SHARE_AFTER_RE = rx.compile(r"\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_QUOTES = ("\"", "“", "'", "‘")
_HYPHEN_WORD_RE = rx.compile(r"-[A-Za-z]")
_DOTTED_DATE_RE = rx.compile(r"\.(?:19|20)\d\d\b")
_HYPHEN_MULTIPLE_RE = rx.compile(r"-(?:fold|thirds?|quarters?)")
_GLUED_UNIT_RE = rx.compile(r"^(?:GW|MW|kW|kWh|TWh|GWh|MWh|Mt|Gt|kt|km2|km²|km|m2|m3|m²|m³|ha|t|bn|mn|tce|x)\b")


# --------------------------------------------------------------- quantities


_URL_ESCAPE_RE = rx.compile(r"%[0-9A-Fa-f]{2}(?=[A-Za-z0-9%])")


def inside_last(text: str, num: Number, out: list[Quantity | Number], floor: int) -> bool:
    """Does ``num`` start inside the last quantity of ``out`` (``num.start < out[-1].end``)? A placeholder that is
    no value (``skip_number``) was never one: it is dropped and the one before asked. One that is stays a bare one."""
    while out and num.start < out[-1].end:
        last = out[-1]
        if type(last) is Quantity:
            return True
        if not skip_number(text, last, floor):
            out[-1] = Quantity(last, last.value, "", last.end)
            return True
        out.pop()
    return False


#: A cell that is a reference code: capitals and a section number ("ENV 1.5", "SOC 3.1", "ECO 2.2"), alone on its line.
_REF_CODE_BEFORE_RE = rx.compile(r"(?:^|\n)[ \t]*([A-Z]{2,5}) $")
_SECTION_NUMBER_RE = rx.compile(r"\d{1,2}\.\d{1,2}")
_CELL_END_RE = rx.compile(r"(?:\.\d+)*[ \t]*(?:\n|$)")


#: a year and a dash right before a two-digit number: "2011-12", "FY2020–21" (a fiscal year written short)
_FISCAL_HEAD_RE = rx.compile(r"(?<!\d)((?:19|20)\d\d)[-–/]$")


_YEAR_RE = rx.compile(r"(?:19[89]\d|20\d\d)")
_YEAR_BEFORE_PERCENT_RE = rx.compile(r"\b(?:by|in|until|till|before)\s+$", re.IGNORECASE)
_URL_REACH = 1000  # a web address's characters before a number in it (statistics queries run long)


def _in_web_address(text: str, at: int) -> bool:
    """Whether the position ``at`` lies in a web address: the run of non-space characters around it opens with
    "http", "www." or holds "://"."""
    lo = max(0, at - _URL_REACH)  # (not the sentence's start: a sentence may have been split inside the address)
    start = max(text.rfind(" ", lo, at), text.rfind("\n", lo, at), text.rfind("\t", lo, at)) + 1
    if start == 0 and lo > 0:
        return False  # no space within reach: not a word's run of characters
    token = text[start:at].lstrip("([<\"'")
    return "://" in token or token.startswith("www.")


#: a plan's numbered item, its name after a dash or a colon: "Strategic Action 2 — Sectoral risk assessments",
#: "Pillar 3 - Peace building", "Component 1: Capacity building" (not "Action 10% of industries adopt …")
_ITEM_LABEL_BEFORE_RE = rx.compile(r"\b(?:Action|Measure|Objective|Pillar|Priority|Component|Axis)\s*$")
_ITEM_NAME_AFTER_RE = rx.compile(r"\s*(?:[-–—:]|\.\s)")
_ITEM_ENDS = ("action", "measure", "objective", "pillar", "priority", "component", "axis")


_PER_BEFORE_RE = rx.compile(r"\bper\s+(?:each\s+)?$", re.IGNORECASE)
_DENOMINATORS = frozenset(Decimal(10) ** k for k in range(7))  # 1, 10, 100, … a million: a rate's round base


#: the parts a plant is built in: a number after one with a unit of power or energy right after it is the part's size
#: ("the first stage 4 MW geothermal plant"), not its label ("Phase 2 of the programme")
_PLANT_PARTS = ("stage", "phase", "unit", "block")
_PLANT_UNITS = frozenset({"GW", "TWh"})


def _plant_size(text: str, end: int) -> bool:
    unit = match_unit_after(text, end)
    return unit is not None and unit.unit in _PLANT_UNITS


def skip_number(text: str, num: Number, floor: int) -> bool:
    """Numbers that are never indicator values: labels, list numbers, dates, ordinals, URLs, phones."""
    before = text[max(floor, num.start - 30) : num.start]
    after = text[num.end : num.end + 12]
    # cx.may_end_with(before, …) for the label and the month words, its lower-cased tail made once (None: not ASCII,
    # the regexes decide)
    stripped = before.rstrip()
    tail = stripped[-_LONGEST_LABEL:]
    low_tail = tail.lower() if tail.isascii() else None
    # "an increase of +18.1%", "4,664 kt in 2016 (+9.9%)": a change's sign (not "+2%/year" in a list of assumptions)
    signed_share = tail.endswith("+") and _SIGN_OPENER_RE.search(stripped) is not None and _SHARE_AFTER_RE.match(after)
    if (
        not signed_share
        and (low_tail is None or low_tail.endswith(_LABEL_ENDS))
        and _LABEL_BEFORE_RE.search(
            before, 0 if low_tail is None or low_tail.endswith("box") else max(0, len(stripped) - _LONGEST_LABEL)
        )
        and not (low_tail is not None and low_tail.endswith(_PLANT_PARTS) and _plant_size(text, num.end))
    ):
        return True
    if (
        low_tail is not None
        and low_tail.endswith(_ITEM_ENDS)
        and _ITEM_NAME_AFTER_RE.match(after)
        and _ITEM_LABEL_BEFORE_RE.search(before)
    ):
        return True
    if (
        num.end - num.start == 2
        and (fiscal := _FISCAL_HEAD_RE.search(before))
        and (int(fiscal.group(1)) + 1) % 100 == int(text[num.start : num.end])
    ):
        return True  # "27% in 2011-12": the tail of a fiscal year, no value
    if (
        before[-1:] == " "
        and (code := _REF_CODE_BEFORE_RE.search(before))
        and code.group(1) not in ISO_CODES
        and _SECTION_NUMBER_RE.fullmatch(text, num.start, num.end)
        and _CELL_END_RE.match(text, num.end)
    ):
        return True  # "ENV 1.5", "ECO 2.3" alone in a cell: a policy's reference code, no value (not "USD 2.1")
    if num.value in _DENOMINATORS and _PER_BEFORE_RE.search(before):
        return True  # "the energy intensity per 1 cubic meter", "per 100,000 inhabitants": the unit of a rate
    year_percent = after[:2].lstrip()[:1] == "%" and _YEAR_RE.fullmatch(text, num.start, num.end)
    if year_percent and _YEAR_BEFORE_PERCENT_RE.search(before):
        return True  # "restored by 2030 % of flooded forest": a deadline, the share's number lost in the layout
    if not before[-1:].isspace() and _in_web_address(text, num.start):
        return True  # ".../article/60529-70000-seedlings", "?projectID=274": part of a web address
    if (after[:1] == "%" and _URL_ESCAPE_RE.match(after)) or (
        "%" in before[-6:] and _URL_ESCAPE_RE.search(before[-6:])
    ):
        return True  # "…%20on%2 02015%20POPCEN.pdf": a percent-encoded web address, not a share
    if num.form == "fraction" and (
        _PERIOD_WORD_BEFORE_RE.search(before) or _OF_PERIOD_AFTER_RE.match(after + text[num.end + 12 : num.end + 30])
    ):
        return True  # "the first half of 2023", "the past half-century", "the southern half of X": no share
    if num.form == "fraction" and text[num.start : num.end].lower().endswith(_ORDINALS) and _NOUN_AFTER_RE.match(
        text, num.end, num.end + 30
    ):
        return True  # "a third sub-period", "a fourth phase": an ordinal before its noun, no share ("a third of")
    if num.form == "fold" and _TWOFOLD_PARTS_RE.match(text, num.end, num.end + 3):
        return True  # "its targets are twofold:": two parts follow, no multiple
    if num.form in ("fold", "word", "fraction") and before.endswith(_QUOTES):
        return True  # a quoted name ("five-fold" model); (not a word opening the sentence: "" is in every string)
    if num.form == "word" and _HYPHEN_WORD_RE.match(after) and not _HYPHEN_MULTIPLE_RE.match(after):
        return True  # part of a name ("Ten-Hundred-Thousand")
    if num.form == "digits":
        if "." in text[num.start : num.end] and _DOTTED_DATE_RE.match(after):
            return True  # "04.10.2019": a date written with dots
        if text[num.start - 1 : num.start] == "%":
            return True  # "77%19": a footnote marker fused to the value before it
        if (
            text[num.start] == "0"
            and text[num.start + 1 : num.start + 2].isdigit()
            and text[num.start - 1 : num.start] in ("-", "/")
            and text[num.start - 2 : num.start - 1].isdigit()
        ):
            return True  # "Law No. 2015-005", "Decree 2019/021": a text's serial number (not "09 vehicles")
        if num.end - num.start <= 2 and _MASS_BEFORE_RE.search(before) and _GAS_AFTER_RE.match(after):
            return True  # "102.74 kt 5 CO2equivalent": a footnote marker a layout set inside the unit
        if after[:1].isalpha():  # a letter right after the number: rarely (every ordinal suffix starts with one)
            if _ORDINAL_AFTER_RE.match(after):
                return True
            if after[:1].isascii() and not _glued_unit(text, num, after):
                return True
        if after[:1] in ("+",) or (after[:1] == ":" and after[1:2] and not after[1:2].isdigit()):
            return True
        if _DATE_AFTER_RE.match(after) or (
            (low_tail is None or low_tail.endswith(cx.MONTH_WORDS)) and _DATE_BEFORE_RE.search(before)
        ):
            return True
        if text[num.start : num.end] == "1000" and _THOUSAND_TONNES_UNIT_RE.match(text, num.end):
            if before.rstrip()[-1:] in ("(", ",") or before.endswith(("in ", "In ")):
                return True  # "Reduction (1000 tonnes)", "Target indicators, 1000 tons of CO2 eq.": a unit, no value
        if (
            text[num.start : num.end] == "1000"
            and _BRACKET_IN_RE.search(before)
            and _THOUSAND_TONNES_CLOSED_RE.match(text, num.end)
        ):
            return True  # "under both scenarios (in 1000 tons of CO2) relative to BAU": the bracket states a unit
        if _LIST_NUMBER_RE.match(text[num.start : num.end + 4]):  # rarely: then is it first on its line?
            line_start = text.rfind("\n", 0, num.start) + 1
            if not text[line_start : num.start].strip():
                return True
    return False


#: an amount and a mass unit right before a number, and a gas right after it: the number splits a unit
_MASS_BEFORE_RE = rx.compile(r"\d\s*(?:[kMG]t|Gg|tonnes?|tons?)\s$")
_GAS_AFTER_RE = rx.compile(r"\s*(?:CO2|CO₂|CH4|N2O)")


def _glued_unit(text: str, num: Number, after: str) -> bool:
    """Letters glued to a number are its unit ("113MtCO2eq", "£3bn", "5km"), or else a name ("5G", "3D")."""
    if _GLUED_UNIT_RE.match(after):
        return True
    unit = match_unit_after(text, num.end, num.end + 40)
    if unit is not None and unit.unit != NON_INDICATOR:
        return True
    sign = CURRENCY_BEFORE_RE.search(text, max(0, num.start - 7), num.start)
    return sign is not None and MONEY_MAGNITUDE_RE.match(after) is not None


#: a bracket opened on the unit a text's figures are in: "(in 1000 tons of CO2)", "(in 1000 t CO2e)"
_BRACKET_IN_RE = rx.compile(r"\(\s*in\s+$", re.I)
_THOUSAND_TONNES_CLOSED_RE = rx.compile(
    r"\s*(?:metric\s+)?(?:tons?|tonnes?|t)\b(?:\s+(?:of\s+)?(?:CO2|CO₂)[\w\s.-]{0,8}?)?\s*\)", re.I
)
#: "1000 tonnes" naming the unit of a column or a list: the unit phrase and nothing after it but its bracket's close
#: or the line's end
_THOUSAND_TONNES_UNIT_RE = rx.compile(
    r"\s*(?:metric\s+)?(?:tons?|tonnes?|t)\b(?:\s+(?:of\s+)?(?:CO2|CO₂)[\w\s.-]{0,8}?)?\s*[).]?\s*(?:$|\n)", re.I
)
