"""Recognise the unit written after (or before) a number and convert to the canonical units.

Canonical units and conversions follow the gold README: capacity in GW, generation
in TWh, masses in Mt with CO2 / standard-coal / carbon variants, volumes in
billion m3, floor area in billion m2, land in Mha, money in CNY billion, and so on.
Factors are Decimals so the source digits stay exact (37.63 million kW is 37.63 GW).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import rx
from .alternation import FirstCharAlternation, first_chars
from .money import CURRENCY_WORDS, SHARED_CURRENCY_WORDS, code_after, currency_before, local_currency, name_after
from .numbers import MAGNITUDES

D = Decimal

#: Units that are not indicator values at all (durations, temperatures, ages).
NON_INDICATOR = "skip"


@dataclass(frozen=True)
class UnitRule:
    pattern: str
    unit: str
    factor: Decimal  # multiply a value in the written unit (magnitude applied) to get the canonical unit


KG_IN_MT = D("1e-9")

# Order matters: longest / most specific first. Patterns are matched right after the number.
_TON = r"(?:metric\s+)?(?:tons?|tonnes?|tones?)"  # "tones": a common misspelling
_PER_10K_CNY = r"per\s+(?:10,?000|ten\s+thousand)\s+(?:RMB|yuan|CNY)(?:\s+of\s+GDP)?"

# Emission masses in every spelling: tCO2e, t-CO2, t CO2-eq, ktCO2e, Gg CO2e, MtCO₂eq, Mt CO2 eq, GtCO2e, "tonnes of
# carbon dioxide equivalent". Gg is kt (10^9 g) and Tg is Mt; the mass word and the gas may be glued, spaced or
# hyphenated. A CO2 equivalent is Mt CO2e, plain CO2 is Mt CO2.
_MASSES = (
    (r"(?:kilograms?|kg)", KG_IN_MT),  # per capita and per unit only (see ``quantities``): no country emits kilograms
    (rf"(?:{_TON}|t)", D("1e-6")),
    # "850 kTonCO₂e", "1500 kilo tonnes" (the prefix set apart)
    (r"(?:kilo[\s-]?tonnes?|kilo[\s-]?tons?|ktonnes?|ktons?|kt|gg|gigagrams?)", D("1e-3")),
    # "MMtCO2e": million metric tons; "8,4 M tons": a million set apart as "M"
    (r"(?:mega[\s-]?tonnes?|mega[\s-]?tons?|(?-i:M)\s+tonnes?|(?-i:M)\s+tons?|mtons?|mmt|mt|tg|teragrams?)", D(1)),
    (r"(?:gigatonnes?|gigatons?|gt|pg)", D(1000)),
)
_CO2 = r"(?:carbon\s+dioxide|c[o0]\s?[2₂])"  # ("C02": a zero typed for the O, as some plans print it)
#: a gas other than CO2 glued to its mass word ("6 GgCH4", "0.3 ktN2O"): the mass ends where the gas starts
_GLUED_GAS = r"(?=(?:ch4|ch₄|n2o|n₂o)(?![a-z0-9]))"  # "CO 2" where HTML set the 2 as a subscript, "CO ₂" a wrapped line
# "ktCO eq", "MtCO -eq": a rendering that dropped the subscript 2 (no other gas has a CO "equivalent"); "teCO2",
# "GgeCO2", "t eqCO2": the equivalent written before the gas, as francophone plans do
_CO2E = (
    rf"(?:{_CO2}(?:\s*-?\s*(?:equivalents?|equ?\b\.?|e\b|é)|\s+equ?\b\.?)|co(?:\s*-?\s*eq\b\.?|\s+e\b)|(?:equivalents?\s|equiv\b\.?\s?|eq?\.?[\s-]?){_CO2})"
)  # ("Gg eq. CO2": the equivalent abbreviated with a point; "MtCO 2 -equ.", a translation's abbreviation; "ktonne
# Equiv CO 2", "ktonne equivalent CO2": the word before the gas)
# tCO2e, t-CO2, t CO2e, tonnes of CO2e, thousand tons in CO2-eq; "gigagrams (Gg) of CO2eq" names its abbreviation
_LINK = r"(?:\s*\((?:kt|gg|mt|tg|gt|t)\))?(?:\s*-?\s*|\s+(?:of|in)\s+)"
#: the gas in brackets after the mass word: "7,040 Gg (CO2-eq.)", "66,700 Gg. (CO2-eq.)", "12 kt (CO2e)"
_BRACKET_OPEN, _BRACKET_CLOSE = r"\.?\s*\(\s*", r"\s*\)"
EMISSION_RULES: list[UnitRule] = [
    *(UnitRule(rf"{mass}{_BRACKET_OPEN}{_CO2E}{_BRACKET_CLOSE}", "Mt CO2e", factor) for mass, factor in _MASSES),
    *(UnitRule(rf"{mass}{_BRACKET_OPEN}{_CO2}{_BRACKET_CLOSE}", "Mt CO2", factor) for mass, factor in _MASSES),
    *(UnitRule(rf"{mass}{_LINK}{_CO2E}", "Mt CO2e", factor) for mass, factor in _MASSES),
    UnitRule(rf"{_TON}\s+of\s+(?:carbon\s+dioxide|co2|co₂|carbon)(?:\s+emissions?)?", "Mt CO2", D("1e-6")),
    *(UnitRule(rf"{mass}{_LINK}{_CO2}\b", "Mt CO2", factor) for mass, factor in _MASSES),
    # the equivalent before the mass word: "900,000 annual equivalent tons of CO2" (a translation's word order)
    UnitRule(rf"(?:annual\s+)?equivalent\s+{_TON}\s+(?:of\s+)?{_CO2}", "Mt CO2e", D("1e-6")),
    # the gas before its mass: "30,011 CO2-eq Gg" (the mass word after the equivalent)
    *(
        UnitRule(rf"{_CO2}\s*-?\s*(?:equivalents?|eq\b\.?)\s*{mass}\b", "Mt CO2e", factor)
        for mass, factor in _MASSES
    ),
    # a CO2 equivalent with no mass word is counted in tonnes: "916.5 million CO2-equivalent"
    UnitRule(rf"{_CO2}\s*-?\s*(?:equivalents?\b|eq\b\.?)", "Mt CO2e", D("1e-6")),
]
_RULES: list[UnitRule] = [
    # compound intensities
    UnitRule(rf"{_TON}\s+of\s+(?:standard\s+coal|coal\s+equivalent|sce)\s+{_PER_10K_CNY}", "tce/10k CNY", D(1)),
    UnitRule(r"tce\s*/\s*10,?000\s+(?:RMB|yuan|CNY)", "tce/10k CNY", D(1)),
    UnitRule(r"kilograms?\s+of\s+(?:standard\s+coal|coal\s+equivalent|sce)\s+per\s+(?:ton|tonne)", "kgce/t", D(1)),
    UnitRule(r"kgce\s*/\s*t\b", "kgce/t", D(1)),
    UnitRule(r"(?:micrograms?|μg|ug|µg)\s*(?:per\s+cubic\s+met(?:er|re)s?|/\s*m(?:3|³))", "ug/m3", D(1)),
    # energy before power (kilowatt-hours before kilowatts); the prefix may stand apart: "3,200 Mega Watts"
    UnitRule(r"(?:kilo[\s-]?watt[\s-]*hours?|kwh)\b", "TWh", D("1e-9")),
    UnitRule(r"(?:mega[\s-]?watt[\s-]*hours?|mwh)\b", "TWh", D("1e-6")),
    UnitRule(r"(?:giga[\s-]?watt[\s-]*hours?|gwh)\b", "TWh", D("1e-3")),
    UnitRule(r"(?:tera[\s-]?watt[\s-]*hours?|twh)\b", "TWh", D(1)),
    UnitRule(r"(?:kilo[\s-]?watts?|kw)\b", "GW", D("1e-6")),
    UnitRule(r"(?:mega[\s-]?watts?|mw|mwp)\b", "GW", D("1e-3")),
    UnitRule(r"(?:giga[\s-]?watts?|gw|(?-i:GWp))\b", "GW", D(1)),  # not "GWP", a warming potential
    UnitRule(r"(?:tera[\s-]?watts?|tw)\b", "GW", D(1000)),
    # masses with their substance
    UnitRule(rf"{_TON}\s+of\s+(?:standard\s+coal|coal\s+equivalent|sce)", "Mtce", D("1e-6")),
    UnitRule(r"(?:tce\b|t\.\s?c\.\s?e\.?)", "Mtce", D("1e-6")),  # "million t.c.e." too
    UnitRule(r"(?:mtce)\b", "Mtce", D(1)),
    # oil equivalent, before the plain masses: "2,800 kilotons of oil equivalent" is energy, not a mass
    UnitRule(rf"(?:{_TON}\s+of\s+oil\s+equivalents?|toe)\b", "Mtoe", D("1e-6")),
    UnitRule(r"(?:(?:kilotonnes?|kilotons?)\s+of\s+oil\s+equivalents?|ktoe)\b", "Mtoe", D("1e-3")),
    UnitRule(r"(?:(?:megatonnes?|megatons?)\s+of\s+oil\s+equivalents?|mtoe)\b", "Mtoe", D(1)),
    *EMISSION_RULES,
    UnitRule(rf"{_TON}\b", "Mt", D("1e-6")),
    UnitRule(
        r"(?:mt|megatonnes?|megatons?|mtons?|(?-i:M)\s+tonnes?|(?-i:M)\s+tons?)(?:\b|" + _GLUED_GAS + ")", "Mt", D(1)
    ),
    UnitRule(r"(?:gt|gigatonnes?|gigatons?)\b", "Mt", D(1000)),
    UnitRule(r"(?:kilotonnes?|kilotons?|ktonnes?|ktons?|kt|gg|gigagrams?)(?:\b|" + _GLUED_GAS + ")", "Mt", D("1e-3")),
    UnitRule(r"t" + _GLUED_GAS, "Mt", D("1e-6")),  # "tCH4": tonnes, the gas read after it (``gases``)
    # joules
    UnitRule(r"(?:exajoules?|ej)\b", "PJ", D(1000)),
    UnitRule(r"(?:petajoules?|pj)\b", "PJ", D(1)),
    UnitRule(r"(?:terajoules?|tj)\b", "PJ", D("1e-3")),
    UnitRule(r"(?:gigajoules?|gj)\b", "PJ", D("1e-6")),
    # heat, as post-Soviet energy balances count it: "Heat consumed, million Gcal" (kept in its own unit, as plans
    # print it and as analysts compare it; a calorie's joules differ by convention)
    UnitRule(r"(?:gcal|gigacalories?)\b", "million Gcal", D("1e-6")),
    # volume and area
    UnitRule(r"(?:cubic\s+met(?:er|re)s?|m3|m³)", "billion m3", D("1e-9")),
    UnitRule(r"bcm\b", "billion m3", D(1)),
    # million cubic metres: "7 MCM of rainwater", "310 Mm3" (in capitals: "5000 mm3" of rain is a typo of mm)
    UnitRule(r"(?-i:MCM|Mm3|Mm³)(?![\w/])", "billion m3", D("1e-3")),
    # a flow of water treated or supplied: "510 million liters of wastewater per day" is a rate, not a stock (spelt
    # as the dev-set conventions write it; a plain volume stays "million litres", as held-out annotators wrote it)
    UnitRule(
        r"(?:litres?|liters?)(?:\s+of\s+[\w-]+)?\s*(?:per\s+day|a\s+day|/\s*day\b)", "million liters per day", D("1e-6")
    ),
    UnitRule(r"(?:litres?|liters?)\b", "million litres", D("1e-6")),  # liquid fuels, milk, water
    UnitRule(r"(?:kilolit(?:re|er)s?|(?-i:kL))\b", "million litres", D("1e-3")),  # "1,402 kL of fuel"
    # "18 million gallons of diesel" (US gallons); not a rate ("900,000 gallons a month")
    UnitRule(r"(?:US\s+)?gallons?\b(?!\s+(?:a|per|each)\s+(?:day|week|month))", "million gallons", D("1e-6")),
    # a flow of oil: "4.6 million barrels per day" (bpd) is a rate, not a stock of barrels
    UnitRule(
        r"(?:(?:barrels?|bbl)\s*(?:per\s+day|a\s+day|/\s*d(?:ay)?\b)|b/d\b|bpd\b)", "million barrels per day", D("1e-6")
    ),
    UnitRule(r"(?:barrels?|bbl)\b", "million barrels", D("1e-6")),
    UnitRule(r"(?:square\s+(?:kilomet(?:er|re)s?|km\b)|sq\.?\s*km|km2|km²)", "Mha", D("1e-4")),
    UnitRule(r"(?:square\s+met(?:er|re)s?|sq\.?\s*m\b|m2\b|m²)", "billion m2", D("1e-9")),
    UnitRule(r"(?:hectares?|ha)\b", "Mha", D("1e-6")),
    UnitRule(r"(?-i:Mha)\b", "Mha", D(1)),  # "3.5 Mha": million hectares (the unit the tracker itself writes)
    UnitRule(r"(?-i:kha)\b", "Mha", D("1e-3")),  # "120 kha": thousand hectares
    UnitRule(r"mu\b", "Mha", D(1) / D("15e6")),
    # lengths
    UnitRule(r"(?:cubic\s+kilomet(?:er|re)s?|km3|km³)", "billion m3", D(1)),
    # (not a speed: "winds of 142 km/h")
    UnitRule(r"(?:kilomet(?:er|re)s?|kms?)\b(?!\s*(?:/\s*h(?:ou)?r?\b|per\s+hour|an\s+hour))", "km", D(1)),
    UnitRule(r"miles?\b", "miles", D(1)),
    # money ("$ billion" until the document's dollar is known)
    UnitRule(r"usd\b", "USD billion", D("1e-9")),
    # a sign after the amount, as many francophone plans write it in English too: "635 Million US$", "34 million €"
    # (not one that leads the next amount: "20 US$ 3 million")
    UnitRule(r"(?:(?:us|u\.s\.)\s?\$|\$\s?us\b)(?![ \u00a0]?\d)", "USD billion", D("1e-9")),  # "US $" too
    UnitRule(r"€(?![ \u00a0]?\d)", "EUR billion", D("1e-9")),
    UnitRule(r"eur\b", "EUR billion", D("1e-9")),
    UnitRule(r"(?:cny|rmb)\b", "CNY billion", D("1e-9")),
    *(UnitRule(rf"{pattern}\b", f"{iso} billion", D("1e-9")) for pattern, iso in CURRENCY_WORDS),
    # shares, multiples, concentrations
    # "by 5 pp by 2035": percentage points, set apart ("151 pp, https://…", "11pp_", "7.5 pp 42" count pages)
    UnitRule(r"(?:%|percent(?:age)?\s+points?|per\s?cent|percent|pct\b|(?<=\s)pp\b(?![.,_]|\s*\d))", "%", D(1)),
    UnitRule(r"(?:standard\s+container\s+units|teu)\b", "million TEU", D("1e-6")),
    UnitRule(r"(?:times|-fold|fold)\b", "times", D(1)),
    # Chinese units (千瓦 = kW, 千瓦时 = kWh, 吨标准煤 = tce, 立方米 = m3, 亩 = mu, 元 = yuan)
    UnitRule(r"(?:千瓦时|千瓦·时|千瓦小时|度电)", "TWh", D("1e-9")),
    UnitRule(r"千瓦", "GW", D("1e-6")),
    UnitRule(r"兆瓦", "GW", D("1e-3")),
    UnitRule(r"吉瓦", "GW", D(1)),
    UnitRule(r"吨(?:标准煤|标煤)", "Mtce", D("1e-6")),
    UnitRule(r"吨二氧化碳当量", "Mt CO2e", D("1e-6")),
    UnitRule(r"吨(?:二氧化碳|CO2)", "Mt CO2", D("1e-6")),
    UnitRule(r"吨", "Mt", D("1e-6")),
    UnitRule(r"立方米", "billion m3", D("1e-9")),
    UnitRule(r"平方公里", "Mha", D("1e-4")),
    UnitRule(r"平方米", "billion m2", D("1e-9")),
    UnitRule(r"公顷", "Mha", D("1e-6")),
    UnitRule(r"亩", "Mha", D(1) / D("15e6")),
    UnitRule(r"(?:元|人民币)", "CNY billion", D("1e-9")),
    UnitRule(r"(?:％|个百分点)", "%", D(1)),
    UnitRule(r"倍", "times", D(1)),
    # a rate of warming: "0.26°C per decade", "0.3 °C/decade" (a measured trend, not a level nor a global goal)
    UnitRule(
        r"(?:[°º˚⁰]\s*c|℃|degrees?(?:\s+(?:celsius|centigrade))?)\s*(?:/|per\s+)\s*decade\b", "°C per decade", D(1)
    ),
    # temperatures; degrees also written with the ordinal sign, a ring or a superscript zero; bare "degrees" is Celsius
    UnitRule(
        # (not a coordinate: "45.5 degrees East longitude", where "degree" alone must not match before the "s")
        r"(?:[°º˚⁰]\s*c\b|℃|degrees?(?:\s+(?:celsius|centigrade))?(?![s\w])(?!\s*(?:of|north|south|east|west)))",
        "°C",
        D(1),
    ),
    # not indicators
    UnitRule(r"°\s*f\b", NON_INDICATOR, D(1)),
    UnitRule(
        r"(?:consecutive\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|second\(s\))\b"
        r"(?!\s+(?:of|ago)\b)",
        NON_INDICATOR,
        D(1),
    ),
    UnitRule(r"(?:-|\s)?(?:year|month|week|day|hour|minute)-?(?:old|long)?\b", NON_INDICATOR, D(1)),
]


def _ends_at_letters(pattern: str) -> str:
    """A unit ends where letters end: "yuan⁵⁷" (a footnote mark) still ends the unit, which \\b would not see."""
    return pattern.replace(r"\b", r"(?![A-Za-z])")


# All rules in one alternation (rule patterns use non-capturing groups only): one call tries them in order, like a
# loop over the rules, and the first that matches wins; the named group says which one. Only the rules that can start
# with the character after the number are tried: most cannot, and trying all 90 made this the costliest regex.
_UNIT_RE = FirstCharAlternation([_ends_at_letters(r.pattern) for r in _RULES], re.I)


def _no_unit_starts(patterns: list[str]) -> frozenset[str]:
    """The ASCII characters no pattern's match starts with (case-insensitively), and "" if none matches empty: after
    a number mostly ".", ",", ")" or the end, where neither the unit nor its look-alike reading needs a look."""
    firsts = [first_chars(p, re.I) for p in patterns]
    if any(f is None for f in firsts):
        return frozenset()
    starts = rx.compile("|".join(c for f in firsts for c in f or ()), re.I)
    return frozenset(c for c in map(chr, range(128)) if not starts.fullmatch(c)) | {""}


_NO_UNIT_START = _no_unit_starts([_ends_at_letters(r.pattern) for r in _RULES])
# between a number and its unit: spaces, a hyphen ("5-MW"), a footnote marker fused to the number ("17.5¹ GW")
# one line break may fall in the gap: hard-wrapped text splits "by 50" / "percent" as often as any two words; and one
# blank line, where a page layout set each printed line apart (a sentence's bounds decide whether it is one sentence)
_GAP_RE = rx.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]*[ \t\u00a0]*(?:\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(?!\n))?-?[ \t\u00a0]*")
_GAP_FIRST = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰ \t\u00a0-\n")


@dataclass(unsafe_hash=True)  # hashed like a frozen one; not frozen, whose __init__ costs four times as much
class UnitMatch:
    unit: str
    factor: Decimal
    end: int  # end offset of the unit text (== number end when nothing was written)
    written: bool = True
    begin: int = -1  # start of a currency written before the number


# Cyrillic and Greek letters that look like Latin ones, as documents from Cyrillic-using countries type units
#: (and dashes that are not the hyphen: "Mt CO2–eq", "MtCO2‑eq", "CO2−eq" join the gas and its equivalent as "-" does)
_CONFUSABLES = str.maketrans("СОсоЕеАаРрКкМНТХхВΟοΑΕΚΜΝΤΧ–‑−", "COcoEeAaPpKkMHTXxBOoAEKMNTX---")
_CONFUSABLE_RE = rx.compile("[СОсоЕеАаРрКкМНТХхВΟοΑΕΚΜΝΤΧ–‑−]")
_UNIT_WINDOW = 40  # longer than any unit written after a number


def match_unit_after(text: str, pos: int, limit: int | None = None) -> UnitMatch | None:
    """The unit written right after a number ending at ``pos`` ("million kilowatts" already consumed)."""
    limit = len(text) if limit is None else limit
    # the gap is empty unless a marker, a space or a hyphen comes first ("%", "," and glued units are common)
    gap = _GAP_RE.match(text, pos, limit) if text[pos : pos + 1] in _GAP_FIRST else None
    at = gap.end() if gap else pos
    if at < limit and text[at] == "(":  # "11.93 million kilowatts (kW)" keeps the first unit
        return None
    m = None
    # an ASCII character that no unit starts with (".", ",", ")", the end) is one in the look-alike reading too
    if (text[at : at + 1] if at < limit else "") not in _NO_UNIT_START:
        window = text[at : min(limit, at + _UNIT_WINDOW)]
        if not window.isascii() and _CONFUSABLE_RE.search(window):  # the cheap test first: nearly every unit is ASCII
            # "Mt СО2-eq" typed with Cyrillic С and О: read as the Latin letters they look like (same offsets)
            window = window.translate(_CONFUSABLES)
            m = _UNIT_RE.match(window, 0, len(window))
            if m is not None:
                rule = _RULES[int(m.lastgroup[1:])]
                return UnitMatch(rule.unit, rule.factor, at + m.end())
        m = _UNIT_RE.match(text, at, limit)
    if m is None and (attr := _CAPACITY_ATTRIBUTE_RE.match(text, pos, limit)):
        # "1,700 installed MW", "400 additional GWh": a word of the capacity between the number and its unit
        m = _UNIT_RE.match(text, attr.end(), limit)
        if m is not None and _RULES[int(m.lastgroup[1:])].unit not in ("GW", "TWh"):
            m = None
    if m is None:
        # "3 billion KES": ISO codes are upper case, so matched apart; "711 million Swiss francs": a name
        code = code_after(text, pos, limit) or name_after(text, pos, limit)
        return UnitMatch(f"{code.iso} billion", D("1e-9") * code.scale, code.start) if code else None
    rule = _RULES[int(m.lastgroup[1:])]
    if rule.unit == "GW" and (energy := _ENERGY_BRACKET_RE.match(text, m.end(), limit)):
        # "4.6 - 5.2 Tera watts (TWh)": the bracket names the energy the words misname as power
        return UnitMatch("TWh", _ENERGY_FACTORS[energy.group(1).lower()], energy.end())
    if rule.unit.endswith(" billion") and (word := _SCALE_AFTER_CURRENCY_RE.match(text, m.end(), limit)):
        # "2,225 USD Millions", "40 dollars million": the magnitude written after the currency
        return UnitMatch(rule.unit, rule.factor * MAGNITUDES[word.group(1).lower().rstrip("s")], word.end())
    return UnitMatch(rule.unit, rule.factor, m.end())


_CAPACITY_ATTRIBUTE_RE = rx.compile(r"[ \u00a0]+(?:installed|additional|new|extra|cumulative|firm)[ \u00a0]+(?=[kMGT])")
_ENERGY_BRACKET_RE = rx.compile(r"\s*\(\s*([kMGT])Wh\s*\)")
_ENERGY_FACTORS = {"k": D("1e-9"), "m": D("1e-6"), "g": D("1e-3"), "t": D(1)}
_SCALE_AFTER_CURRENCY_RE = rx.compile(r"[ \u00a0]+(millions?|billions?|thousands?)\b", re.IGNORECASE)


def match_currency_before(text: str, start: int, country: str = "") -> UnitMatch | None:
    """Currency written before the number: "RMB 20 billion", "US$ 3 billion", "€5 billion", "R$ 2 billion".

    ``country`` is the document's own: it says what a bare "$", "¥", "Rs" or "R" means.
    """
    cur = currency_before(text, start, country)
    if cur is None:
        return None
    return UnitMatch(f"{cur.iso} billion", D("1e-9"), start, written=True, begin=cur.start)


def local_unit(unit: str, country: str) -> str:
    """ "dollar billion", "peso billion" and "Rs billion" (from "dollars", "pesos", "rupees" after an amount) in the
    document's currency; a peso of a country without one is no amount the tracker can name."""
    if unit.endswith(" billion") and unit[:-8] in ("dollar", "Rs", "peso", *SHARED_CURRENCY_WORDS):
        iso = local_currency(unit[:-8], country)
        return f"{iso} billion" if iso else NON_INDICATOR
    return unit


#: Words after a number of tons that say which substance it is, when the unit itself does not.
#: (a rate may come between: "17,134 tons/year of CO2 (eq)", "5,000 tonnes per year of CO2")
_RATE = r"(?:\s*(?:/|per\s+|a\s+)(?:year|yr|annum)\b)?"
_SUBSTANCE_AFTER = [
    (rx.compile(_RATE + r"\s+of\s+(?:carbon\s+dioxide|co2)[\s-]*(?:equivalent|\(\s*eq\.?\s*\)|eq\b)", re.I), "Mt CO2e"),
    (rx.compile(_RATE + r"\s+of\s+(?:greenhouse\s+gas(?:es)?|GHGs?)\b", re.I), "Mt CO2e"),  # a sum of gases: CO2e
    (rx.compile(_RATE + r"\s+of\s+(?:carbon\s+dioxide|co2|carbon\s+emissions?)", re.I), "Mt CO2"),
    (rx.compile(r"\s+of\s+standard\s+coal", re.I), "Mtce"),
    # "436 million tonnes of forest carbon stock": a mass of carbon, not of CO2
    (rx.compile(r"\s+of\s+(?:[a-z]+\s+){0,2}?carbon(?:\s+(?:stocks?|storage|stored|pools?))\b", re.I), "Mt C"),
]


def substance_after(text: str, end: int) -> str | None:
    """The unit plain tons take from the substance named right after them ("… tonnes of CO2", "… of carbon stock")."""
    for regex, refined in _SUBSTANCE_AFTER:
        if regex.match(text, end):
            return refined
    return None
_SUBSTANCE_BEFORE = [
    (
        # (and the abbreviations: "CO2-eq emissions per capita at 2.5 tons", "CO2e")
        rx.compile(
            r"(?:co2|carbon\s+dioxide)[\s-]*equivalent|\bco2[\s-]*(?:eq\b\.?|e\b)|certified\s+emission\s+reduction"
            # gases of several kinds add up only in CO2 equivalent: "GHG emissions comprised 2.1 tons per capita"
            r"|\bcers?\b|\bghgs?\b|greenhouse\s+(?:gas(?:es)?|emissions?)\b",
            re.I,
        ),
        "Mt CO2e",
    ),
    (rx.compile(r"carbon\s+(?:stock|storage|sink|sequestration)|tons?\s+of\s+carbon\b", re.I), "Mt C"),
    (
        rx.compile(
            r"carbon\s+dioxide|\bco2\b|carbon\s+emissions?|emission\s+allowances?|allowances?",
            re.I,
        ),
        "Mt CO2",
    ),
    (
        rx.compile(
            r"standard\s+coal|coal\s+equivalent|energy\s+(?:consumption|saving|saved)|conserving|标准煤|标煤", re.I
        ),
        "Mtce",
    ),
    (rx.compile(r"二氧化碳|碳排放"), "Mt CO2"),
    (rx.compile(r"碳汇|碳储量"), "Mt C"),
]


#: emissions named with no gas: a plan's greenhouse gases together (asked only when no substance is named)
_EMISSIONS_RE = rx.compile(r"\bemissions?\b|\bemitted\b", re.I)
#: a gas of its own named (its emissions weigh that gas, not CO2 equivalents): "Methane emissions were 10.83 kt"
_ONE_GAS_RE = rx.compile(
    r"\b(?:CH\s?4|methane|N\s?2\s?O|nitrous|SF\s?6|HFCs?|PFCs?|NOx|SO\s?2|NMVOCs?|CO\s2|black\s+carbon|soot)\b", re.I
)


def refine_mass_unit(unit: str, before: str) -> str:
    """Plain tons become Mt CO2 / Mt CO2e / Mt C / Mtce when the clause before names the substance."""
    if unit != "Mt":
        return unit
    best: tuple[int, str] | None = None
    for regex, refined in _SUBSTANCE_BEFORE:
        for m in regex.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), refined)
    if best is None and _EMISSIONS_RE.search(before) and not _ONE_GAS_RE.search(before):
        return "Mt CO2e"  # "Total emissions in the base year: 44.9 Mt": emissions of no gas named are all gases'
    return best[1] if best else unit


def round_significant(value: Decimal, digits: int) -> Decimal:
    """Round to ``digits`` significant figures (used for mu -> hectare, which is not exact)."""
    if value == 0:
        return value
    exp = value.adjusted() - digits + 1
    return value.quantize(Decimal(1).scaleb(exp))
