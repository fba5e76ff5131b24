"""Amounts per person, per hectare, per unit of energy or of GDP: intensities, never totals. "14 tCO2e per capita",
"0.6 tCO2/MWh", "3,100 kWh per capita", "65 m3 per person", tonnes of a gas per money ("1.02 tCO2e/million CLP$");
energy per money ("0.11 toe/thousand $", "122 MWh per NIS 1 million") is dropped.
Split from ``quantities``, which asks these for every amount it reads.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx
from .money import ISO_CODES, dollar_of
from .numbers import Number
from .quantity import Quantity

PER_CAPITA_MT = Decimal("0.0001")  # 100 t: no person emits more; a country's total is far larger
#: "presented as a per capita target. The previous target was 7.7 tCO2e": a few tonnes after per-capita talk
PER_CAPITA_NEAR_RE = rx.compile(r"\bper[\s-]capita\b|\bper\s+(?:person|inhabitant|head)\b", re.IGNORECASE)
#: Energy per something other than time: "per NIS 1 million", "/USD", "per tonne"
_PER_OTHER_RE = rx.compile(r"\s*(?:per\s+|/\s*)(?!(?:year|annum|yr|day|month|hour|h)\b)[A-Za-z$€£]", re.IGNORECASE)
ENERGY_UNITS = ("TWh", "Mtoe", "PJ")  # amounts of energy, whichever way the document counts them
_PER_CAPITA_TWH = Decimal("0.0001")  # 100,000 kWh: no person uses more; a country's total is far larger
KWH_PER_TWH = Decimal(10) ** 9
ASIDE_RE = rx.compile(r"[ \u00a0]*\([^()\n]{1,20}\)")  # a short aside after a unit: "(toe)", "(kt)"


def per_other(text: str, end: int, limit: int) -> bool:
    """Whether a denominator other than time follows the unit ending at ``end``, past an aside that spells the unit
    ("0.36 tonnes of oil equivalent (toe)/€1,000")."""
    aside = ASIDE_RE.match(text, end, limit)
    return bool(_PER_OTHER_RE.match(text, end, limit) or (aside and _PER_OTHER_RE.match(text, aside.end(), limit)))


#: no person uses more than 100,000 kWh, 1 million m3 or 100,000 litres a year: a larger amount "per person" is a
#: misprinted total
_PER_CAPITA_MAX = {"TWh": _PER_CAPITA_TWH, "billion m3": Decimal("0.001"), "million litres": Decimal("0.1")}
#: amounts a person uses, in the unit they are written in: energy in kWh, water in m3, fuels in litres
PER_CAPITA_UNITS = {
    "TWh": ("kWh per capita", KWH_PER_TWH),
    "billion m3": ("m3 per capita", Decimal(10) ** 9),
    "million litres": ("litres per capita", Decimal(10) ** 6),
}
_DAILY_RE = rx.compile(r"\s*(?:/\s*day|per\s+day|a\s+day|daily)\b", re.IGNORECASE)
#: units whose per-person amounts are also said before the number ("per capita petrol use rose to 15.9 litres")
_SUBJECT_PER_CAPITA = ("TWh", "million litres")


def per_capita_amount(
    text: str, num: Number, name: str, value: Decimal, end: int, floor: int, limit: int
) -> Quantity | None:
    """ "3,100 kWh per capita", "per capita consumption rose to 3,100 kWh", "65 m³ per person annually", "per capita
    diesel use rose from 28.7 litres to 54.7 litres": energy, water or fuel a person uses, never a total."""
    unit, factor = PER_CAPITA_UNITS[name]
    per = PER_UNIT_RE.match(text, end, limit)
    if per is not None and per.group("capita") and value < _PER_CAPITA_MAX[name]:
        if name == "million litres" and (daily := _DAILY_RE.match(text, per.end(), limit)):
            return Quantity(num, value * factor, f"{unit} per day", daily.end())  # "25 litres/capita/day"
        return Quantity(num, value * factor, unit, per.end())
    if name not in _SUBJECT_PER_CAPITA:
        return None
    # (the subject may be a list's start away: "per capita petrol use rose from 12.7 to 15.9 litres, and diesel from
    # 28.7 to 54.7 litres"; the bound on the amount keeps a country's total out)
    if value < _PER_CAPITA_MAX[name] and PER_CAPITA_BEFORE_RE.search(text, max(floor, num.start - 160), num.start):
        return Quantity(num, value * factor, unit, end)
    return None


# "per capita emissions of Ruritania were estimated at", "emissions per capita stood at": no clause break between
# (a decimal point is no clause break: "per capita use rose from 12.7 litres to 15.9 litres"; nor is a closed
# bracket, an aside on the amount before: "from 40 litres in 1995 (mostly petrol) to 65 litres in 2010")
PER_CAPITA_BEFORE_RE = rx.compile(
    r"\bper[\s-]capita\b(?:[^.;:()]|\.(?=\d)|\([^()]*\))*$"
    r"|\bper\s+(?:person|inhabitant|head)\b(?:[^.;:()]|\.(?=\d)|\([^()]*\))*$",
    re.I,
)


TONNES_PER_MT = Decimal(10) ** 6
PER_UNIT_RE = rx.compile(
    # ("1.61 t/inhab.": an inhabitant abbreviated; "2.1 tonnes CO2eq/per capita": the slash and the word both;
    # "1.10 teqCO2/pers": a person abbreviated, as French tables write it)
    # (a participle may say which hectare: "393 tCO2 per deforested hectare", "per hectare planted" reads the same)
    r"\s*(?:/?\s*per\s+|/\s*|an?\s+)(?:[a-z]+ed\s+(?=hectares?(?![A-Za-z])|ha(?![A-Za-z])))?"
    r"(?:(?P<capita>capita|cap\b|person|pers\b\.?|inhabitant|inhab\b\.?|head|resident"
    r"|citizen|hab\b|habitant)s?"
    r"|(?P<ha>hectares?|ha)|(?P<energy>[kMGT]Wh)|(?P<gdp>(?:unit\s+of\s+)?GDP))(?![A-Za-z])",
    re.IGNORECASE,
)


def denominator(per: re.Match[str]) -> str:
    """The canonical denominator of an intensity: capita, ha, MWh (as written), unit of GDP."""
    if per.group("capita"):
        return "capita"
    if per.group("ha"):
        return "ha"
    if energy := per.group("energy"):
        prefix = energy[0].lower()
        return ("k" if prefix == "k" else prefix.upper()) + "Wh"
    return "unit of GDP"


#: A mass per amount of money: "1.02 tCO2e/million CLP$ 2011", "0.45 tCO2e per million USD of GDP", "0.3 tCO2e per
#: USD 1,000": the emission intensity of the economy, never a total. The magnitude comes before the currency or
#: after it; a bare "$" is the document's country's dollar (or peso).
_PER_MONEY_RE = rx.compile(
    # ("mi-llion": a word split at a line's end)
    # (the economy may be named first, "per real GDP 2012 US$", and the prices' year may come before the money,
    # "kg CO2e/2012 USD", "/2012 $US")
    r"\s*(?:per\s+|/\s*)(?:(?:real\s+)?GDP\s+(?=(?:19|20)\d\d\s))?(?:(?:19|20)\d\d\s+(?=[A-Z$]))?"
    r"(?:(?P<mag1>thousand|mi-?llion|billion|mn|bn|1,?000|1\s000)\s+)?"
    r"(?:(?P<code>[A-Z]{3})(?:\s?\$)?|(?P<us>US\s?\$|\$\s?US\b)|(?P<sign>\$))"
    r"(?:\s(?:19|20)\d\d\b)?"  # the prices' year, part of the unit: "tCO2e/million CLP$ 2011" dates no value
    r"(?:\s*(?P<mag2>1\s?(?:million|mn)|1,?000(?:,?000)?|1\s000(?:\s000)?)(?![\d,]))?"
    r"(?:\s+(?:of\s+)?(?:GDP|gross\s+domestic\s+product)\b)?",  # (the money's name is part of the unit)
)
_MAGNITUDE_NAMES = {"thousand": "thousand", "1,000": "thousand", "1000": "thousand", "1 000": "thousand",
                    "million": "million", "mn": "million", "1 million": "million", "1million": "million",
                    "1 mn": "million", "1,000,000": "million", "1000000": "million", "1 000 000": "million",
                    "billion": "billion", "bn": "billion"}  # fmt: skip


def per_money(text: str, end: int, limit: int, country: str) -> tuple[str, int] | None:
    """("million USD", end of the denominator) for a unit ending at ``end`` followed by a denominator of money (see
    _PER_MONEY_RE), else None."""
    m = _PER_MONEY_RE.match(text, end, limit)
    if m is None:
        return None
    if m.group("code"):
        iso = m.group("code")
        if iso not in ISO_CODES:
            return None  # "per MWh" is no money, nor "per GDP"
    else:
        iso = "USD" if m.group("us") else dollar_of(country)
    mag = m.group("mag1") or m.group("mag2") or ""
    name = _MAGNITUDE_NAMES.get(mag.lower().replace("-", ""), "")
    return (f"{name} {iso}" if name else iso), m.end()
