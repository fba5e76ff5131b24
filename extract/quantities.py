"""Numbers with their units: which numbers are values (not labels, dates, list numbers), and in which unit.

Counts of named things live in counts.py; ranges, shared units, restatements and from-to groups in ranges.py.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx
from .alternation import first_char_guarded
from .asideunits import compared_to_bare, dated_asides
from .counts import unitless, year_like
from .gases import gas_mass_unit, gas_named_after
from .intensity import (
    ASIDE_RE,
    ENERGY_UNITS,
    PER_CAPITA_BEFORE_RE,
    PER_CAPITA_MT,
    PER_CAPITA_NEAR_RE,
    PER_CAPITA_UNITS,
    PER_UNIT_RE,
    TONNES_PER_MT,
    denominator,
    per_capita_amount,
    per_money,
    per_other,
)
from .money import (
    MIN_PLAIN_AMOUNT,
    MONEY_MAGNITUDE_RE,
    MONEY_MAGNITUDES,
    PRICE_AFTER_RE,
    code_after,
    comma_thousands_of_billions,
    currency_before,
)
from .notvalues import inside_last, skip_number
from .numbers import MAGNITUDES, Number, find_numbers
from .quantity import Quantity
from .ranges import (
    is_restatement,
    minus_before,
    resolve_from_to,
    resolve_ranges,
    share_from_to_units,
    share_part_currency,
)
from .temperature import temperature_goal
from .units import (
    KG_IN_MT,
    NON_INDICATOR,
    UnitMatch,
    local_unit,
    match_unit_after,
    refine_mass_unit,
    round_significant,
    substance_after,
)

_MU_RE = first_char_guarded(r"\bmu\b|亩", re.IGNORECASE)


_PER_HECTARE = Decimal("0.000001")  # Mha in a hectare
_POINT_THOUSANDS_RE = rx.compile(r"[1-9]\d{0,2}\.\d{3}")  # "849.960": one point before three digits
_NO_COUNTRY_AREA = 1_800  # Mha: more land than any country has (the largest, about 1,710)
_COMMA_GROUP_RE = rx.compile(r"-?\d{1,3},\d{3}(?!\d)")


def _country_sized(written: str, value: Decimal, magnitude: Decimal) -> Decimal:
    """An area no country holds read the way the document must mean it: "5,055 million ha" with a decimal comma
    (5.055), "46,230,900 million hectares" with the magnitude written twice (46.2 Mha); else as written."""
    if magnitude >= 1_000_000 and abs(value) / magnitude <= _NO_COUNTRY_AREA and abs(value) / magnitude >= 1:
        return value / magnitude
    if _COMMA_GROUP_RE.match(written):
        return value / 1000
    return value


def _quantity(text: str, num: Number, floor: int, limit: int, country: str, year: bool) -> Quantity | None:
    """Attach a unit to ``num``; None when the number is not a quantity we report (a ``year`` needs a unit)."""
    if num.form == "fraction":
        return Quantity(num, num.value, "%", num.end)
    if num.form == "fold":
        # "tripling", "to triple", "a sixfold increase in global energy storage"
        noun = text[num.start : num.end].lower().endswith(("ing", "double", "triple", "fold"))
        if noun and _GLOBAL_GOAL_RE.search(text, max(floor, num.start - 100), min(limit, num.end + 100)):
            return None  # "tripling renewable capacity globally": the Global Stocktake's goals, not the country's
        return Quantity(num, num.value, "times", num.end)
    money = _money(text, num, limit, country) if num.form == "digits" else None
    if money is not None:
        return money or None
    after = match_unit_after(text, num.end, limit)
    if (
        after is None
        and text[num.end : num.end + 1] in _ASIDE_FIRST
        and (aside := ASIDE_RE.match(text, num.end, limit))
    ):
        # "0.6 (2.2%) Mt CO2e": a short bracketed aside stands between the number and its unit
        later = match_unit_after(text, aside.end(), limit)
        if later is not None and later.unit != NON_INDICATOR:
            after = UnitMatch(later.unit, later.factor, num.end)
        elif not year and (inner := _bracket_unit(text, aside.start() + aside.group().index("("), aside.end())):
            # "provisional estimate 85.922 (Mt CO2-e)": the bracket holds the unit, and only it (not after a year:
            # "Emissions in 2030 (Mt CO2e)" heads a column)
            after = inner
    if after is None or after.unit == NON_INDICATOR:
        return None if after or num.glued or year else unitless(text, num, floor, limit)
    end = max(after.end, num.end)
    value, name = num.value * after.factor, after.unit
    name = local_unit(name, country)
    if name == NON_INDICATOR:
        return None  # "40 billion pesos" in a plan of a country without a peso: whose is not known
    if name.endswith(" billion") and PRICE_AFTER_RE.match(text, end, limit):
        return None  # "2 dollars per tonne": a price
    if num.magnitude == MAGNITUDES["million"] and text[num.end : after.end].lstrip().startswith(("Mt", "MT")):
        value = value / num.magnitude  # "15.9 million MtCO2e": the magnitude written twice, once in "Mt"
    if name == "times" and num.magnitude >= MAGNITUDES["million"]:  # "66.28 million times" = occurrences
        name, value = "million", num.value / MAGNITUDES["million"]
    if name == "Mha" and _MU_RE.search(text[num.end : end]):
        value = round_significant(value, 3)
    if (
        name == "Mha"
        and after.factor == _PER_HECTARE
        and _POINT_THOUSANDS_RE.fullmatch(text, num.start, num.end)
        and num.value == Decimal(text[num.start : num.end])  # read as a decimal point, not already as thousands
    ):
        value = value * 1000  # "849.960 ha", "360.000 ha": no plan counts hectares to the thousandth (a translation's
        # thousands point, in a text that elsewhere groups with commas; a continental text is read so already)
    if name == "Mha" and abs(value) > _NO_COUNTRY_AREA:
        value = _country_sized(text[num.start : num.end], value, num.magnitude)
    if name.startswith("Mt") and METRIC_TONS_RE.search(text, num.end, end) and (
        value >= _NO_COUNTRY_EMITS or _ODS_AFTER_RE.match(text, end)
    ):
        # "142,290,750 MTCO2e": upper-case MT is metric tonnes, not megatonnes; so it is of an ozone-depleting gas,
        # which no country uses megatonnes of ("7.5 MT of HCFC-22 … will be phased out")
        value = value / TONNES_PER_MT
    if name == "Mt" and not gas_named_after(text, end):
        # (a gas named after the mass owns it, whatever "GHG emissions" before it would make of plain tonnes: "the
        # sector's GHG emissions were 54.5 ktCO2, 241.3 kt CH4 and 6.4 kt N2O")
        name = substance_after(text, end) or refine_mass_unit(name, text[max(floor, num.start - 120) : num.start])
    if name.startswith("Mt") and _vehicle_weight(text, num.start, end, floor, limit, plain=name == "Mt"):
        return None  # "new vehicles weighing up to 3.5 tonnes", "3.5-tonne trucks": a vehicle's weight, no emission
    if (name.startswith("Mt") or name in ENERGY_UNITS) and _SHORT_RATE_RE.match(text, end, limit):
        return None  # "plants of 700 and 500 MT/day", "4 MWh per day": a daily throughput or output, not a total
    per = PER_UNIT_RE.match(text, end, limit) if name.startswith("Mt") and name != "Mtce" else None
    if per is None and name.startswith("Mt") and name != "Mtce" and text[end - 1] != "." and (
        gas := _GAS_BEFORE_PER_RE.match(text, end, limit)
    ):
        # "2 tons of greenhouse gas emissions per capita", "2.5 tonnes CO2eq emissions per capita": the gas or its
        # emissions named between the mass and its denominator
        per = PER_UNIT_RE.match(text, gas.end(), limit)
        if per is not None and gas.group("ghg"):
            name = "Mt CO2e"
    if name == "Mt" and _EMISSION_BEFORE_RE.search(text, max(floor, num.start - 120), num.start):
        # "the emission level starts at 2.6 tonnes per person": emissions per person or per unit are in CO2e
        if per or PER_CAPITA_BEFORE_RE.search(text, max(floor, num.start - 90), num.start):
            name = "Mt CO2e"
    if per:
        # "14 tCO2e per capita", "7 tons per person", "0.6 tCO2/MWh": an intensity in tonnes, never a total
        denom = denominator(per)
        if denom == "capita" and value >= PER_CAPITA_MT:
            return None  # "5,462 Gg CO2eq/capita": a misprinted unit; no person emits 100 t a year
        return Quantity(num, value * TONNES_PER_MT, f"t{name[2:]} per {denom}", per.end())
    gas_mass = name.startswith("Mt") and name not in ENERGY_UNITS and name != "Mtce"
    if gas_mass and (money := per_money(text, end, limit, country)):
        # "1.02 tCO2e/million CLP$", "0.45 tCO2e per million USD of GDP": the economy's emission intensity, in the
        # tonnes or kilograms written ("1.85 kg CO2-eq./USD2015")
        if after.factor == KG_IN_MT:
            return Quantity(num, value * TONNES_PER_MT * 1000, f"kg{name[2:]} per {money[0]}", money[1])
        return Quantity(num, value * TONNES_PER_MT, f"t{name[2:]} per {money[0]}", money[1])
    if (
        name.startswith("Mt")
        and value < PER_CAPITA_MT
        and (
            PER_CAPITA_BEFORE_RE.search(text, max(floor, num.start - 90), num.start)
            or (after.factor != KG_IN_MT and PER_CAPITA_NEAR_RE.search(text, max(0, num.start - 200), num.start))
        )
    ):
        # "per capita emissions … were estimated at 0.22 tCO2e": tonnes a person, said before the number
        return Quantity(num, value * TONNES_PER_MT, f"t{name[2:]} per capita", end)
    if name in PER_CAPITA_UNITS and (per_capita := per_capita_amount(text, num, name, value, end, floor, limit)):
        return per_capita
    if name == "billion m3" and (value < _NO_NATIONAL_VOLUME or _SHORT_RATE_RE.match(text, end, limit)):
        # "a 6 m3 bio-digester", "digesters (50 to 80m3 in size)", "a plant of 80,000 m3/day": a thing's size or a
        # daily throughput, never a country's volume of water, gas or wood
        return None
    if name in ENERGY_UNITS and per_other(text, end, limit):
        return None  # "122 MWh per NIS 1 million", "0.113 toe/thousand $": an energy intensity, never a total
    if name.startswith("Mt") and after.factor == KG_IN_MT:
        return None  # "0.9 kg CO2e/USD", "400 kg CO2e": an intensity in kilograms we do not name, never a total
    if name == "°C per decade" or (name == "°C" and temperature_goal(text, num.start, end, floor, limit)):
        return None  # the Paris goal, or a change of temperature: the climate's, no value of the country's
    if name in ("Mt", "Mt CO2") and (
        gas := gas_mass_unit(text, num.start, end, floor, limit, paired_only=name != "Mt")
    ):
        name, end = gas
    return Quantity(num, value, name, end)


_NO_COUNTRY_EMITS = Decimal(100_000)  # Mt a year: twice the world's emissions
_NO_NATIONAL_VOLUME = Decimal("0.00001")  # billion m3: 10,000 m3, a pond's or a tank's, not a country's
METRIC_TONS_RE = rx.compile(r"(?<![A-Za-z])MT(?!ce|oe)")
_ODS_AFTER_RE = rx.compile(r"\s+of\s+(?:HCFCs?|HFCs?|CFCs?|halons?|ODS|ozone[\s-]depleting)\b", re.IGNORECASE)
_GLOBAL_GOAL_RE = first_char_guarded(r"\bglobal(?:ly)?\b|\bworld\b|\bstocktake\b|\bGST\b|\bCOP\s?\d", re.IGNORECASE)
_ASIDE_FIRST = (" ", "\u00a0", "(")  # what an aside can start with


def _bracket_unit(text: str, open_at: int, close_end: int) -> UnitMatch | None:
    """The unit that fills a bracket from ``open_at`` ("(") to ``close_end`` (after ")"), when it is all it holds."""
    inner = match_unit_after(text, open_at + 1, close_end - 1)
    if inner is None or inner.unit == NON_INDICATOR or text[inner.end : close_end - 1].strip():
        return None
    return UnitMatch(inner.unit, inner.factor, close_end)


_PER_BEFORE_RE = rx.compile(r"(?:\bper|/)\s*$", re.IGNORECASE)
_WEIGHT_BEFORE_RE = rx.compile(
    r"\b(?:weigh(?:s|ing)?|weights?\s+of|gross\s+(?:vehicle\s+)?weight(?:\s+of)?)\s+(?:up\s+to\s+|less\s+than\s+"
    r"|more\s+than\s+|over\s+|under\s+|above\s+|below\s+|at\s+least\s+|at\s+most\s+)?$",
    re.IGNORECASE,
)
_VEHICLE_AFTER_RE = rx.compile(r"\s*(?:-\s*)?(?:[a-z-]+\s+)?(?:vehicles?|trucks?|lorr(?:y|ies)|buses|vans?)\b", re.I)


def _vehicle_weight(text: str, start: int, end: int, floor: int, limit: int, plain: bool) -> bool:
    """A mass that weighs a vehicle ("vehicles weighing up to 3.5 tonnes"; a plain "3.5-tonne trucks")."""
    before = text[max(floor, start - 40) : start]
    if "eigh" in before and _WEIGHT_BEFORE_RE.search(before):
        return True
    return plain and bool(_VEHICLE_AFTER_RE.match(text, end, limit))


# "700 MT/day", "1,171 tons of waste per day": what a plant takes in a day
_SHORT_RATE_RE = rx.compile(
    # (or a second: "a flow of 30 m3 of water per second", "2,238 m3/s")
    r"\s*(?:of\s+(?:[a-z-]+\s+){1,3}?)?(?:/\s*d(?:ay)?|per\s+day|a\s+day|daily|/\s*s(?:ec)?|per\s+second)\b",
    re.IGNORECASE,
)
def _money(text: str, num: Number, limit: int, country: str) -> Quantity | bool | None:
    """An amount of money with its currency written before the number; False when it is a price; None: not money."""
    cur = currency_before(text, num.start, country)  # what units.match_currency_before wraps
    if cur is None:
        return None
    value, end = num.value, num.end
    if num.magnitude == 1 and (mag := MONEY_MAGNITUDE_RE.match(text, num.end, limit)):
        value, end = num.value * MONEY_MAGNITUDES[mag.group("mag").lower()], mag.end()  # "£3m", "$1.2bn", "$5M"
    if PRICE_AFTER_RE.match(text, end, limit) or _PER_BEFORE_RE.search(text, max(0, cur.start - 6), cur.start):
        return False  # a price, or the denominator of a rate: "122 MWh per NIS 1 million", "t CO2e/USD 1,000"
    if cur.local and (code := code_after(text, end, limit)) and code.scale == 1:
        # "$1,054.5 Million USD": the code after the amount says which dollar
        return Quantity(num, value * _BILLIONTH, f"{code.iso} billion", code.start, start=cur.start, coded=True)
    return Quantity(num, value * _BILLIONTH, f"{cur.iso} billion", end, start=cur.start)


# "(?<![\d.])\d+…" with the lookbehind moved past the first digit: a pattern that starts by consuming a digit lets the
# engine skip to the digits in C instead of trying every position.
_RATIO_SERIES_RE = rx.compile(r"\d(?<![\d.]\d)\d*(?:\.\d+)?(?::\d+(?:\.\d+)?){2,}(?![\d.])")


def _counts_its_own(text: str, end: int) -> bool:
    """Whether the word after a bare number says what it counts ("in the next 10 years", "over 5 days"): no table
    unit is its unit."""
    after = match_unit_after(text, end)
    return after is not None and after.unit == NON_INDICATOR


def find_quantities(
    text: str,
    start: int,
    end: int,
    default_unit: tuple[str, Decimal] | None = None,
    country: str = "",
    amounts_in: tuple[str, Decimal] | None = None,
    continental: bool = False,
) -> list[Quantity]:
    """Quantities of a sentence, with ranges, ratio series and from-to groups resolved.

    ``default_unit`` (unit, factor) applies to bare numbers, as in table cells whose row label states the unit;
    ``amounts_in`` (a currency, factor) to bare amounts ("8.45 billion") only, as under a "Costs (USD)" header.
    ``country`` is the document's own country: it says what a bare "$", "¥", "Rs" or "R" is. ``continental``: the
    text is a cell of a table that writes decimal commas, whose "2.863 MW" is 2863 MW.
    """
    nums = find_numbers(text, start, end, continental)
    # ratio series "8.9:44.2:46.9" -> shares in %
    ratio_spans = (
        [m.span() for m in _RATIO_SERIES_RE.finditer(text, start, end)]
        if text.count(":", start, end) >= 2  # a series has two colons at least: most sentences have none
        else []
    )
    # A bare number (no unit) is held as its Number, a placeholder that may get a unit from a range partner; whether
    # it is a value at all (``skip_number``) is asked only if it matters: a quantity with a unit in the sentence, or a
    # later number starting inside it. Most sentences have neither, and a unit is looked for before the exclusions.
    out: list[Quantity | Number] = []
    has_unit = False  # does ``out`` hold a quantity with a unit (not only placeholders)?
    for num in nums:
        if out and num.start < out[-1].end and inside_last(text, num, out, start):
            continue  # inside the previous quantity's unit ("per 10,000 RMB")
        if ratio_spans and any(s <= num.start < e for s, e in ratio_spans):
            if num.form == "digits":
                out.append(Quantity(num, num.value, "%", num.end))
                has_unit = True
            continue
        # a year counts only with a unit written after it ("2020 tons"): most have none
        year = year_like(num, text)
        q = _quantity(text, num, start, end, country, year)
        if q is not None and q.start <= num.start and comma_thousands_of_billions(text, num.start, q.unit, q.value):
            q.value /= 1000  # "USD 25,387 billion (Mitigation: USD 8,773 billion …)": decimal commas
        if q is not None and (amounts_in or default_unit) and q.unit.endswith(" billion") and _bare_dollar(text, q):
            q.unit = _header_currency(q.unit, amounts_in, default_unit)  # "$755,000" under "Estimated Budget (USD)"
        if amounts_in is not None and q is not None and q.unit == "million":
            q = Quantity(num, num.value * amounts_in[1], amounts_in[0], q.end)  # "8.45 billion" under "Costs (USD)"
        if (
            default_unit is not None
            and not year
            and (q is None or q.unit in ("count", "ratio"))
            and not (q is None and _counts_its_own(text, num.end))
        ):
            q = Quantity(num, num.value * default_unit[1], default_unit[0], num.end)  # a table cell: the row's unit
        if q is not None:
            if not skip_number(text, num, start):
                if (
                    q.unit.startswith("Mt")
                    and q.start == num.start
                    and minus_before(text, num.start, start)
                    and not _restated_cut(text, num.start - 1, start)
                ):
                    q.value, q.start = -q.value, num.start - 1  # "net emissions were -13.19 GgCO2e": a net sink
                out.append(q)
                has_unit = True
        elif num.form == "digits" and not num.glued and not year:
            out.append(num)
    if not has_unit:
        return []  # most sentences: only years, labels or bare numbers (a bare one takes a unit only from a partner's)
    out = [
        x if type(x) is Quantity else Quantity(x, x.value, "", x.end)
        for x in out
        if type(x) is Quantity or not skip_number(text, x, start)
    ]
    if len(out) > 1:  # ranges, lists and restatements pair two quantities
        resolve_ranges(text, out)
        share_from_to_units(text, out)
        share_part_currency(text, out)
        dated_asides(text, out)
        compared_to_bare(text, out)
    out = [q for q in out if q.unit and not _small_plain_money(q)]
    if len(out) > 1:
        out = [q for i, q in enumerate(out) if not (i and is_restatement(text, out[i - 1], q))]
    resolve_from_to(text, out)
    return out


#: the gas (or its emissions) between a mass and "per": "tons of GHG per capita", "tonnes CO2eq emissions/person"
#: (in lower case: "… 35,840 Gg CO2eq. Emissions per capita in 2017, …" is the next sentence's subject)
_GAS_BEFORE_PER_RE = rx.compile(
    r"(?:\s+of)?\s+(?P<ghg>greenhouse\s+gas(?:es)?|GHGs?)(?:\s+emissions?)?(?=\s*(?:/|per\s))"
    r"|\s+emissions?(?=\s*(?:/|per\s))"
)
_EMISSION_BEFORE_RE = rx.compile(r"\bemi(?:ssions?|tt(?:ed|ing)|ts?)\b", re.IGNORECASE)
_BILLION = Decimal(10) ** 9
_BILLIONTH = Decimal("1e-9")  # the factor of money in "<ISO> billion", as units.match_currency_before gives it
__all__ = ["Quantity", "find_quantities"]


def _header_currency(unit: str, *said: tuple[str, Decimal] | None) -> str:
    """The currency a table header names ("Costs (USD)"), which a bare "$" under it means, else ``unit``."""
    return next((u[0] for u in said if u is not None and u[0].endswith(" billion")), unit)


def _bare_dollar(text: str, q: Quantity) -> bool:
    """The amount's currency is a "$" alone before its number ("$755,000", not "US$" or "EC$")."""
    return q.start >= 0 and text[q.start : q.num.start].strip() == "$" and not text[q.start - 1 : q.start].isalpha()


def _small_plain_money(q: Quantity) -> bool:
    """ "USD 650" with no magnitude is a price or a unit cost; plans state budgets and funds in millions."""
    return q.unit.endswith(" billion") and q.num.magnitude == 1 and q.value * _BILLION < MIN_PLAIN_AMOUNT


#: A reduction named before the bracket that holds the number: "a reduction against BAU of 14% (-56 Mt CO2e)"
_CUT_BEFORE_RE = rx.compile(
    r"\b(?:reduc|cut|decreas|abat|mitigat|sav)\w*\b(?:[^().;]|\.(?=\d)){0,120}\(\s*$", re.IGNORECASE
)  # (within its clause: no full stop but a decimal point)


def _restated_cut(text: str, minus: int, floor: int) -> bool:
    """The minus opens a bracket after a reduction ("a reduction of 52.5% (-10.5 Mt CO2e) compared to BAU"): the
    bracket restates the cut as an amount, the minus its direction, so the amount is the cut (a reduction is
    positive); a level after "to" ("reduce the level to -99.9 Mt") keeps its sign, for it is a net sink."""
    lo = max(floor, minus - 140)
    return "(" in text[max(floor, minus - 3) : minus] and bool(_CUT_BEFORE_RE.search(text, lo, minus))
