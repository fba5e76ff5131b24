"""Counts: a number with no unit written counts a named thing ("2,783 green factories", "4.5 million stoves",
"5,000 Nos."), or is a ratio in a ratio's context; otherwise it is nothing we report (a bare "1,407 million").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import context as cx
from . import rx
from .actions import imperative_at
from .alternation import first_char_guarded
from .numbers import MAGNITUDES, Number
from .quantity import Quantity
from .units import match_unit_after
from .yearnames import LEGAL_ACT

if TYPE_CHECKING:
    from .catalogue import Catalogue

_YEAR_DIGITS_RE = rx.compile(r"(?:1[89]|2[01])\d\d")  # a year; year_like tests it by hand
_CENTURIES = frozenset({"18", "19", "20", "21"})
MILLION = MAGNITUDES["million"]

COUNT_NOUNS = {
    "project", "station", "factory", "park", "enterprise", "company", "technology", "product", "vehicle", "bus",
    "taxi", "truck", "patent", "program", "programme", "model", "seminar", "official", "professional", "country",
    "continent", "base", "certificate", "city", "area", "pilot", "zone", "plant", "unit", "charger", "pile",
    "household", "village", "town", "building", "school", "institution", "facility", "mine", "turbine", "reactor",
    "ship", "vessel", "locomotive", "farm", "demonstration", "standard", "policy", "measure", "law", "regulation",
    "leader", "participant", "trainee", "worker", "job", "tree", "seedling", "sapling", "wheeler", "motorcycle", "car",
    "stove", "cookstove", "centre", "center", "borehole", "digester", "landfill", "dam", "lamp", "bulb", "cooker",
    "heater", "pump", "boiler", "kiln", "streetlight", "connection", "home", "house", "dwelling",
    # assets adaptation and farm measures count: "20,000 improved cattle sheds", "300 solar-powered clinics"
    "shed", "clinic", "hospital", "tank", "latrine", "toilet", "incinerator", "bridge", "boat",
    "ferry", "lantern", "biodigester", "barn", "silo", "sensor",
    "minigrid", "microgrid",  # "120 solar PV mini-grids" (no "grid" alone: "a 33 kV grid", "a sampling grid")
    "passenger", "traveler", "traveller",  # "rail passenger transport will rise from 19.5 million to 98 million"
    "ev",  # "100,000 EVs were on the roads" (not "system": MRV, storm and grid systems are no assets counted)
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
    "wheeler",  # "two wheelers", "three-wheelers": a kind of vehicle, not how many
    # how a plan or a study is organised, not what it counts: "three scenarios", "four pillars" (not "models":
    # "eight models of battery-swapping trucks" counts a product's models)
    "scenario",
    "sector",
    "pillar",
    "component",
    "objective",
    "priority",
    "scale",
}
_NEXT_WORD_RE = rx.compile(r"[ \t]+([a-z][a-z-]*)")


def counted_after(text: str, end: int) -> bool:
    """Whether the word right after ``end`` is a noun a number counts ("– 2000 lamps", "2030 buses"): the number
    before it is how many, not a year."""
    m = _NEXT_WORD_RE.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    noun = word[:-2] if word.endswith(("ches", "shes", "ses")) else word[:-1] if word.endswith("s") else word
    return noun in COUNT_NOUNS and noun not in WEAK_COUNT_NOUNS and noun not in _NOT_COUNT_NOUNS


_COUNT_STOP_RE = first_char_guarded(
    r"\b(?:of|in|for|to|with|from|by|across|at|on|that|which|who|have|has|had|were|was|are|is|will|been|being)\b"
    r"|[,;:.()\t]"
)
_STOP_CHARS = frozenset(",;:.()\t")  # the characters _COUNT_STOP_RE stops at by themselves
_ASCII_WORD_RE = rx.compile(r"[A-Za-z][A-Za-z-]*")
_RANGE_TO_RE = rx.compile(r"\s*(?:[-–—]|to\b)\s*\d[\d,.]*")  # "150-250MW", "150 to 250 MW": a range's high end next
#: A unit of a measure no indicator reports (rainfall, length, duration, temperature), written after a bare number.
_MEASURE_AFTER_RE = rx.compile(
    r"\s*(?:mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|met(?:er|re)s|inch(?:es)?|feet|foot|degrees?|days?|hours?"
    r"|weeks?|months?|years?|litres?|liters?)\b",
    re.I,
)
_NOT_COUNT_NOUNS = {"leader", "job", "standard", "policy", "policies", "measure", "law", "regulation"}
#: A count noun per hour, day, week or month after the number: a rate ("a year" counts a year's total).
_PER_SHORT_TIME_RE = rx.compile(r"[^.;,\d/]{0,40}?(?:/\s*|\bper\s+|\ban?\s+)(?:hour|day|week|month)\b", re.IGNORECASE)
#: A count for each of something that is no span of time, right after the number (its noun between): a rate, not how
#: many ("125 per province", "12 trees per household"); "per year" keeps a yearly flow
_PER_THING_RE = rx.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+per\s+(?!cent\b|centum\b|(?:year|annum|month|week|day|hour)s?\b)[a-z]", re.IGNORECASE
)
#: The items a plan is made of, counted right after the number: counts of policies are no indicator.
_PLAN_ITEMS_AFTER_RE = rx.compile(
    r"\s+(?:(?:specific|strategic|sectoral|priority|mitigation|adaptation)\s+)?(?:objectives|actions|activities"
    r"|targets|goals|measures|policies|priorities|initiatives|interventions|pillars|action\s+lines)\b",
    re.IGNORECASE,
)
_NUMBER_OF_RE = cx.guarded(
    "cnt", r"\b(?:number\s+of|this\s+number|the\s+number|count\s+of|total\s+of)\b", re.IGNORECASE
)
_RATIO_CONTEXT_RE = cx.guarded(
    "cefipr",
    # (an intensity not named so: "the level of GHG per GDP point", "emissions per unit of GDP")
    r"\b(?:ratio|coefficient|effectiveness|PUE|index|factor|intensity|rate)\b"
    r"|\bper\s+(?:(?:unit|point)\s+of\s+)?GDP\b",
    re.IGNORECASE,
)
#: A word every match of _NUMBER_OF_RE, of _RATIO_CONTEXT_RE holds (lower case), for the cheap exact ``cx.may_contain``.
_NUMBER_OF_WORDS = ("number", "count", "total")
_RATIO_WORDS = ("ratio", "coefficient", "effectiveness", "pue", "index", "factor", "intensity", "rate", "gdp")
_SCOPE_BEFORE_RE = cx.guarded(
    "acfio", r"\b(?:across|among|covering|in|of|from|for)\s+(?:the\s+|these\s+|all\s+)?$", re.I
)


def _singular_by_rules(word: str) -> str:
    """The count noun ``word`` is, or is a plural of ("cities" -> city), or ""."""
    w = word.lower()
    if w in COUNT_NOUNS:
        return w
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
        if w.endswith(suffix) and w[: -len(suffix)] + repl in COUNT_NOUNS:
            return w[: -len(suffix)] + repl
    return ""


#: _singular_by_rules of every word it does not answer "" for: a noun, or a noun with "s", "es" or "ies" for "y".
_SINGULAR = {
    form: _singular_by_rules(form)
    for noun in COUNT_NOUNS
    for form in (noun, noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun)
}


def _singular(word: str) -> str:
    """The count noun ``word`` is, or is a plural of, or "": one look-up (it runs for every word after a number)."""
    return _SINGULAR.get(word.lower(), "")


def count_noun_after(text: str, pos: int, limit: int) -> str:
    """The counted noun after a bare number ("2,783 green factories" -> factory), or ""."""
    if pos >= limit or text[pos] in _STOP_CHARS:
        return ""  # the phrase ends at once: "25," "(25)" "25\t" (most bare numbers)
    window = text[pos : min(limit, pos + 90)]
    stop = _COUNT_STOP_RE.search(window)
    phrase = window[: stop.start()] if stop else window
    if (to := _RANGE_TO_RE.match(phrase)) and (unit := match_unit_after(text, pos + to.end())) and unit.written:
        return ""  # a range's low end ("up to 150-250MW … 55 mini-grids"): it takes the unit of its high end
    words = _ASCII_WORD_RE.findall(phrase)[:8]
    for w in words:
        # a compound written with a hyphen is a noun whole ("mini-grids"), else by its head ("solar-powered clinics")
        noun = ("-" in w and _singular(w.replace("-", ""))) or _singular(w.split("-")[-1])
        if noun:
            return "" if noun in _NOT_COUNT_NOUNS else noun
    return ""


def year_like(num: Number, text: str) -> bool:
    """A year ("2030"), also with a footnote marker fused to it after a year's preposition ("by 20501") or as the end
    of a span ("2021-203013")."""
    if num.form != "digits":
        return False
    raw = text[num.start : num.end]
    if len(raw) == 4:  # _YEAR_DIGITS_RE written out: this runs for every number (\d is isdecimal)
        return raw[:2] in _CENTURIES and raw[2:].isdecimal()
    return (
        5 <= len(raw) <= 6
        and bool(_FOOTNOTED_YEAR_RE.fullmatch(raw))
        and bool(_YEAR_WORD_BEFORE_RE.search(text, max(0, num.start - 12), num.start))
    )


_FOOTNOTED_YEAR_RE = rx.compile(r"(?:19[5-9]\d|20\d\d|2100)[1-9]\d?")  # YEAR_RE's years; a note is never 0 or 05
_YEAR_WORD_BEFORE_RE = first_char_guarded(
    # (and the first year of a span: "during 2021-203013" or "between 2021 and 20309", the 13 and 9 footnotes')
    r"\b(?:by|in|until|till|before|after|since|from|to|of|year|FY)\s+$|\b(?:19|20)\d\d\s*(?:[-\u2013\u2014]|and)\s*$",
    re.IGNORECASE,
)


def _after_label_word(text: str, floor: int, start: int) -> bool:
    """The cheap test of _LABEL_BEFORE_RE: the number follows (a space after) an upper-case letter, one lower-case
    letter after upper-case ones, or the last letter of "version", "phase", "tier", "scope", "scenario", "option",
    "pathway", "variant" or "alternative"."""
    j = start - 1 if start > floor and text[start - 1] in " \t" else start
    c = text[j - 1] if j > floor else ""
    # "NDC 2" ends upper-case; "NOx 131", "RCIs 1": one lower-case letter after upper-case ones
    return c.isupper() or c in _LABEL_LAST_LETTERS or (j - 2 >= floor and c.islower() and text[j - 2].isupper())


_LABEL_LAST_LETTERS = frozenset("enroyt")


_LABEL_BEFORE_RE = rx.compile(
    # ("the NDC scenario 1", "Option 2": which of the document's alternatives, no count)
    r"(?:\b[A-Z]{2,}[a-z]?|\b(?:[Vv]ersion|[Pp]hase|[Tt]ier|[Ss]cope|[Ss]cenario|[Oo]ption|[Pp]athway|[Vv]ariant"
    r"|[Aa]lternative))[ \t]?$"
)
_ACT_BEFORE_RE = rx.compile(rf"\b{LEGAL_ACT}\s+(?:No\.?\s*)?$")
_TOP_BEFORE_RE = first_char_guarded(r"\btop\s*$", re.IGNORECASE)
_OUT_OF_RE = rx.compile(r"\s+out\s+of\b")
_OUT_OF_PLACES_RE = rx.compile(
    r"\s+out\s+of\s+(?:the\s+|all\s+)?\d[\d,]*\s+(?:\w+\s+){0,2}?(?:provinces|counties|districts|regions|states"
    r"|countries|municipalities|cities|islands|departments|parties|nations|economies)\b",
    re.IGNORECASE,
)


_NOS_RE = rx.compile(r"\s*(?:nos\.?|numbers)(?![A-Za-z])", re.IGNORECASE)
_NOS_FIRST = ("n", "N")  # what a _NOS_RE match starts with but a space (no other character folds to n)
_WORDS_AFTER_RE = rx.compile(r"(?:\s+[A-Za-z][\w-]*){1,4}")
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
        if word == "more" and not phrase:
            continue  # "one million more trees": the comparative stands before the counted noun
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


#: A count with its noun and its deadline, then "and" right before this number: "48,000 households by 2030 and".
_ELLIPTIC_BEFORE_RE = rx.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})*((?:\s+[A-Za-z][\w-]*){1,4}?)\s+(?:by|in)\s+(?:19|20)\d\d\s*,?\s*(?:and|,)\s*$"
)


def _elliptic_count(text: str, floor: int, start: int) -> bool:
    """Whether the bare number at ``start`` is the second of two dated counts that name their noun once."""
    if text.find("and", max(floor, start - 6), start) < 0 and text.find(",", max(floor, start - 3), start) < 0:
        return False  # (the cheap test first: this runs for every bare number)
    m = _ELLIPTIC_BEFORE_RE.search(text, max(floor, start - 90), start)
    return m is not None and bool(count_noun_after(text, m.start(1), m.end(1)))


#: The rest of a list of numbers that name classes of vehicles by their wheels: "2 & 3 Wheelers", "2, 3 and 4-wheelers"
_CLASS_BY_NUMBER_RE = rx.compile(r"(?:-?\s*(?:&|and|/|,)\s*\d\s*)*-?\s*wheel(?:er)?s?\b", re.IGNORECASE)


def unitless(text: str, num: Number, floor: int, limit: int) -> Quantity | None:
    """A number with no unit written, not a year (the caller has asked ``year_like``): a count of a named thing, a
    ratio, or nothing we report."""
    if (
        num.form == "digits"
        and ((after := text[num.end : num.end + 1]) in _NOS_FIRST or after.isspace())
        and (nos := _NOS_RE.match(text, num.end, limit))
        and num.is_integer
    ):
        return Quantity(num, num.value, "count", nos.end())  # "5,000 Nos. solar pumps", "(1,200 nos.)"
    if num.magnitude >= MILLION:
        if not _counted_noun_after(text, num.end, limit) and not _counted_noun_before(text, floor, num.start):
            return None  # a bare "1,407 million" counts nothing named
        return Quantity(num, num.value / MAGNITUDES["million"], "million", num.end)
    if text[num.end : num.end + 1] == "-" and text[num.end + 1 : num.end + 2].isalpha():
        return None  # "3-wheelers", "2-stroke engines": the number is part of a compound word
    if _CLASS_BY_NUMBER_RE.match(text, num.end, limit):
        return None  # "2 & 3 Wheelers", "2- and 3-wheelers": the numbers name vehicle classes by their wheels
    if text[num.end : num.end + 1] == "/" and _ACT_BEFORE_RE.search(text, max(floor, num.start - 20), num.start):
        return None  # "Law 10/99", "Decree No. 13/2012": a legal act's number and year, no count
    if _after_label_word(text, floor, num.start) and _LABEL_BEFORE_RE.search(
        text, max(floor, num.start - 12), num.start
    ):
        return None  # "NDC 2.0", "SDG 13", "Phase 2": a name's number or a version, not a count
    before = text[max(floor, num.start - 6) : num.start]
    # t, o and p match no other character case-insensitively (checked over all of Unicode): an exact pre-check
    if "top" in before.lower() and _TOP_BEFORE_RE.search(before):
        return None  # "among the top 50": a rank, not a count
    if text.find("out", num.end, num.end + 10) >= 0 and _OUT_OF_RE.match(text[num.end : num.end + 10]):
        if _OUT_OF_PLACES_RE.match(text, num.end, limit):
            return None  # "14 out of 17 provinces", "113 out of 140 countries": a tally of places or a rank
        return Quantity(num, num.value, "count", num.end)
    if _PLAN_ITEMS_AFTER_RE.match(text, num.end, limit):
        return None  # "a total of 32 objectives and 81 actions": how a plan is organised, not what it counts
    if not text[floor : num.start].strip() and _MARKED_LINE_RE.match(text, num.end, limit):
        if _MARKER_WORD_RE.match(text, num.end + 1) or imperative_at(text, num.end):
            return None  # "19 The plant is …", "12 Rehabilitate the dams": a note's or an item's number, no count
    if num.is_integer and _PER_THING_RE.match(text, num.end, limit):
        return None  # "125 per province per year", "40 schools per district": a count for each, no total
    noun = count_noun_after(text, num.end, limit)
    if noun and _PER_SHORT_TIME_RE.match(text, num.end, limit):
        return None  # "306,000 passengers per day", "20,729 passengers/hour": a rate of flow, not how many
    if num.form == "word" and noun in WEAK_COUNT_NOUNS:
        noun = ""  # "three prioritized areas": written-out small numbers describe, they rarely measure
    integer = num.is_integer
    if noun and integer:
        if _SCOPE_BEFORE_RE.search(text[max(floor, num.start - 20) : num.start]) and noun in ("city", "country"):
            return None
        return Quantity(num, num.value, "count", num.end)
    if _MEASURE_AFTER_RE.match(text, num.end, limit):
        return None  # "a total of 64 millimeters", "the number of 12 days": a measure we do not report, no count
    if integer and num.form == "digits" and _elliptic_count(text, floor, num.start):
        return Quantity(num, num.value, "count", num.end)  # "to 48,000 households by 2030 and 90,000 by 2035"
    if integer and num.form == "digits":
        before_start = max(floor, num.start - 160)
        if cx.may_contain(text, before_start, num.start, _NUMBER_OF_WORDS) and _NUMBER_OF_RE.search(
            text[before_start : num.start]
        ):
            return Quantity(num, num.value, "count", num.end)
    if (
        not integer
        and num.magnitude == 1
        and cx.may_contain(text, floor, num.start, _RATIO_WORDS)
        and _RATIO_CONTEXT_RE.search(text[floor : num.start])
        and not _SOCIAL_INDEX_RE.search(text, floor, num.start)
    ):
        return Quantity(num, num.value, "ratio", num.end)
    return None


#: A sentence that opens with a number, then a capital (a footnote's "19 The Babeldaob plant …", a numbered item's
#: "12 Rehabilitate existing plants"): a determiner or an order after it says the number marks the line ("2 Pilot
#: programs" counts them).
_MARKED_LINE_RE = rx.compile(r"[ \t][A-Z]")
_MARKER_WORD_RE = rx.compile(
    r"(?:The|This|These|Those|Other|Its|It|In|See|For|According|Source|Note|Our|Such|As|At|On|By)\b"
)


#: a society's or a country's standing, out of scope: "gender development index (GDI) … 0.967", "vulnerability score
#: of 0.311", "the Human Capital Index rose from 0.39"
_SOCIAL_INDEX_RE = rx.compile(
    r"\b(?:development|inequality|capital|vulnerability|readiness|gini|gender|poverty|competitiveness|happiness"
    r"|ND-GAIN)\b[^.;]{0,40}?\b(?:index|score)\b|\bscores?\s+of\b",
    re.IGNORECASE,
)


def prose_count(q: Quantity) -> bool:
    """A count written as a small word ("two coal power plants", "five national parks", "four building blocks"):
    prose tells such numbers in passing, a plan counts what it pledges in digits ("5,925 solar pumps"). The sentence
    stage drops one that no catalogue indicator names (one that an indicator names, "eight models of battery-swapping
    trucks", is a value the user asked for)."""
    return q.unit == "count" and q.num.form == "word" and q.num.value < 10 and q.num.magnitude == 1


def in_millions(catalogue: Catalogue, indicator: str) -> bool:
    """Whether an indicator is counted in millions ("nev_sales": "6.887 million new energy vehicles"); a count in
    millions of anything else is a count ("2 million trees" is 2,000,000 trees, as "500,000 trees" is 500,000)."""
    return bool(indicator) and catalogue.indicators[indicator].unit == "million"
