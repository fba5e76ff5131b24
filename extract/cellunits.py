"""Units that a table's header cells and row labels state for their values: "(Gg CO2e)", "In %", "(USD M)",
"Solar (MW)", a unit cell of its own under a "Unit" column ("ktCO2e/yr"). Part of the header scope (``header``)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from . import rx
from .numbers import MAGNITUDES
from .quantities import METRIC_TONS_RE, TONNES_PER_MT, find_quantities
from .units import NON_INDICATOR, match_unit_after

_SPACES_RE = rx.compile(r"\s+")
_HEADER_MAGNITUDE_RE = rx.compile(
    r"(100\s+million|hundred\s+million|10,?000|ten\s+thousand|thousand|million|billion|trillion)\s*", re.I
)
_PERCENT_HEADER_RE = rx.compile(r"%|\bper\s*cent\b|\bpercentage\b", re.I)
_SHARE_RE = rx.compile(r"\bshares?\b", re.I)
#: a per cent joined to another unit of the header: "Gg CO2eq and %", "% and MW", "(MW) (%)" (not "% of emissions")
_AND_PERCENT_RE = rx.compile(r"\s+and\s+%(?!\s*of\b)|(?<![\w)])%\s+and\s+|(?<=\))\s*\(\s*%\s*\)", re.I)
_THOUSAND_RE = rx.compile(r"(?<![\d.,])(?:1[,. ]?000|'000)\s*(?=[A-Za-z])")  # "1000 tons of CO2 eq."
#: a multiplier written with a times sign: "Cost (USD x 1000)", "Costx1000USD", "(× 1,000,000 EUR)", "(x10^6 USD)"
_TIMES_MAGNITUDE_RE = rx.compile(r"(?<![A-Za-z\d])[xX×]|(?<=[a-z])x(?=\s*1[,. ]?000|\s*10)")
_TIMES_NUMBER_RE = rx.compile(
    r"\s*(1[,. ]?000(?P<m>[,. ]?000)?(?P<b>[,. ]?000)?|10\s*\^?\s*(?P<e>[369])|10(?P<s>[³⁶⁹]))(?!\d)"
)
_POWER_WORDS = {"3": "thousand", "6": "million", "9": "billion", "³": "thousand", "⁶": "million", "⁹": "billion"}
_ABBREV_MAGNITUDE_RE = rx.compile(r"\b(?:mil|mill|mn|mln)\b\.?", re.I)
_GG_RE = rx.compile(r"\b(?:Gg|kt)(?=\s*e?q?\s*CO|\s*$|\))", re.I)
_GAS_FIRST_RE = rx.compile(r"(?:CO|GHG)", re.I)  # where a gas-only unit ("CO2 equivalent", "CO2-eq") starts
_WORD_START_RE = rx.compile(r"(?<![A-Za-z0-9])[A-Za-z%(]")
# not units: global warming potential (not GW), development goals (not a currency), per-capita intensities
_NOT_UNIT_RE = rx.compile(
    r"\b(?:GWP|SDGs?)\b|\bper\s+(?:capita|inhabitant|person|head|hectares?|ha)\b"
    r"|/\s*(?:capita|person|inhabitant|head|hectares?|ha|GDP)\b"
    r"|(?:USD|US\s*\$|EUR|€|\$|£)\s*(?:/|per\s+)\s*(?:(?:k?t|tonnes?|tons?)(?:\s*CO\s*2\w*)?|tCO2\w*|MWh|kWh|GJ)(?![a-z])",
    re.I,
)  # "Emission factor (tCO2e/ha/yr)" is a rate per hectare, as "(tCO2e per capita)" is per person: no column total;
# "Abatement cost (USD/tCO2)" is a price per tonne, not an amount of money
#: "75% success rate (ha)", "At 90% load (MWh)": a percentage written with its number is a parameter the column is
#: computed at; the column's unit is the one the cell also names
_NUMBER_PERCENT_RE = rx.compile(r"\d[\d.,]*\s*(?:%|per\s*cent\b)", re.I)
_SUBSCRIPT_GAP_RE = rx.compile(r"(CO|CH|N)\s+(\d)")
# "($ USD billion)", "US $", "US dollars": one currency
_CURRENCY = r"\$\s*USD|USD\s*\$|USDs?|US\s*\$|\$\s?US(?![A-Za-z])|\$|EUR|€|US\s+dollars?|dollars?|euros?"
# "(mil. US $)", "(US$ mil)", "(mil $)"; "('000,000 USD)": millions
_MONEY_MAG = r"millions?|billions?|thousands?|mn|mln|mil\.?|bn|M|B|k|'000[,. ]000|'000"
_MONEY_RE = rx.compile(
    rf"(?<![A-Za-z])(?P<c1>{_CURRENCY})\s*(?P<m1>{_MONEY_MAG})?(?![A-Za-z])"
    rf"|(?<![A-Za-z])(?P<m2>{_MONEY_MAG})\s*(?:of\s+)?(?P<c2>{_CURRENCY})(?![A-Za-z])",
    re.I,
)
_MONEY_MAG_ANYWHERE_RE = rx.compile(r"\b(millions?|billions?|thousands?)\b", re.I)  # "MMK (million)"
_CURRENCY_CODES = {
    "usd": "USD", "us$": "USD", "$us": "USD", "$": "USD", "dollar": "USD", "eur": "EUR", "€": "EUR", "euro": "EUR"
}  # fmt: skip
_MONEY_SCALE = {
    "thousand": Decimal("1e-6"), "k": Decimal("1e-6"), "'000": Decimal("1e-6"), "'000,000": Decimal("1e-3"),
    "'000.000": Decimal("1e-3"), "'000 000": Decimal("1e-3"),
    "million": Decimal("1e-3"), "mn": Decimal("1e-3"), "mln": Decimal("1e-3"), "m": Decimal("1e-3"),
    # English "mil." or "mil" (the Spanish and Portuguese "mil", a thousand, is in plans this tool skips)
    "mil.": Decimal("1e-3"), "mil": Decimal("1e-3"),
    "billion": Decimal(1), "bn": Decimal(1), "b": Decimal(1),
}  # fmt: skip


def rate_cell(cell: str) -> bool:
    """A header cell naming a rate or a price ("(tCO2e/ha/yr)", "(USD/tCO2)"): it heads a column whose values are no
    amounts, so ``cell_unit`` gives it none, but it is a header cell all the same."""
    return bool(_NOT_UNIT_RE.search(cell))


def _times_magnitude(cell: str) -> str:
    """The cell with a multiplier written with a times sign spelled as its word: "Cost (USD x 1000)" -> "Cost (USD
    thousand)", so the money and magnitude readers below take it as they take "(USD thousand)"."""
    for sign in _TIMES_MAGNITUDE_RE.finditer(cell):
        num = _TIMES_NUMBER_RE.match(cell, sign.end())
        if num is None:
            continue
        power = num.group("e") or num.group("s")
        zeros = "billion" if num.group("b") else "million" if num.group("m") else "thousand"
        word = _POWER_WORDS[power] if power else zeros
        opening = cell.rfind("(", 0, sign.start())
        if opening != -1 and ")" not in cell[opening : sign.start()]:
            # "(t CO2e x 1000)": the word goes before the unit it multiplies, "(thousand t CO2e)"
            return f"{cell[: opening + 1]}{word} {cell[opening + 1 : sign.start()]}{cell[num.end() :]}"
        return f"{cell[: sign.start()]} {word} {cell[num.end() :]}"
    return cell


_MASS_COMMA_GAS_RE = rx.compile(r"\b(mt|kt|gg|gt|t)\s*,\s*(co)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def cell_unit(cell: str) -> tuple[str, Decimal] | None:
    """The unit a header cell states for its column: "(Gg CO2e)" -> Mt CO2e x 0.001, "In %" -> %,
    "(USD M)" -> USD billion x 0.001.

    Cached (a function of the text alone, its answer immutable): a document's header cells are asked for again and
    again (loose-table windows overlap, header cues and scopes ask too), and each asks the unit readers at every word
    start: 2 % of extraction, two thirds of it for cells already asked."""
    if ("x" in cell or "X" in cell or "×" in cell) and _TIMES_MAGNITUDE_RE.search(cell):
        cell = _times_magnitude(cell)
    if _NUMBER_PERCENT_RE.search(cell):
        # "-10% Unconditioned", "Reduction of 20% (Mt)": a number's percent names a scenario, not the column's unit
        return cell_unit(_NUMBER_PERCENT_RE.sub(" ", cell))
    if _PERCENT_HEADER_RE.search(cell):
        if _AND_PERCENT_RE.search(cell):
            # "Reduction as Gg CO2eq and % in 2030" over "1,800 (16%)", "(MW) (%)": the header names the cells' two
            # units; a bare number is the level in the other one (a number written with "%" keeps its own)
            other = cell_unit(_AND_PERCENT_RE.sub(" ", cell))
            if other is not None and other[0] != "%":
                return other
        return "%", Decimal(1)
    if _NOT_UNIT_RE.search(cell):
        return None
    cell = _SUBSCRIPT_GAP_RE.sub(r"\1\2", cell)  # "ktCO 2 e": a subscript flattened with spaces
    if "," in cell:
        cell = _MASS_COMMA_GAS_RE.sub(r"\1 \2", cell)  # "(MT, CO2-EQ)": the mass and its gas parted by a comma
    money = _MONEY_RE.search(cell)
    if money:
        written = "".join((money.group("c1") or money.group("c2")).lower().split())
        if written.endswith("s") and written[:-1].isalpha():
            written = written[:-1]  # "dollars", "USDs" (not the "US" of "$US")
        code = "USD" if "usd" in written else _CURRENCY_CODES[written]
        mag = (money.group("m1") or money.group("m2") or "").lower().rstrip("s")
        if not mag and (anywhere := _MONEY_MAG_ANYWHERE_RE.search(cell)):
            mag = anywhere.group(1).lower().rstrip("s")  # "Cost (US dollars, millions)"
        return f"{code} billion", _MONEY_SCALE.get(mag, Decimal("1e-9"))
    norm = _GG_RE.sub("thousand tonnes", _ABBREV_MAGNITUDE_RE.sub("million", _THOUSAND_RE.sub("thousand ", cell)))
    for m in _WORD_START_RE.finditer(norm):
        pos = m.start() + (1 if norm[m.start()] == "(" else 0)
        scale = Decimal(1)
        mag = _HEADER_MAGNITUDE_RE.match(norm, pos)
        if mag:
            word = (
                _SPACES_RE.sub(" ", mag.group(1).lower())
                .replace("10,000", "ten thousand")
                .replace("10000", "ten thousand")
            )
            scale = MAGNITUDES.get(word, Decimal(1))
            pos = mag.end()
        unit = match_unit_after(norm, pos)
        if unit is None or unit.unit in (NON_INDICATOR, "count", "ratio", "times", "year"):
            continue
        if unit.unit.endswith(" billion") and not mag and (anywhere := _MONEY_MAG_ANYWHERE_RE.search(norm)):
            scale = _MONEY_SCALE[anywhere.group(1).lower().rstrip("s")] / unit.factor
        if unit.unit.startswith("Mt") and scale >= 1000 and METRIC_TONS_RE.match(norm, pos):
            scale /= TONNES_PER_MT  # "'000 MTCO2e": no table counts thousands of megatonnes; MT is metric tonnes
        if unit.unit == "Mt CO2e" and not mag and _GAS_FIRST_RE.match(norm, pos):
            # "CO2 equivalent emissions (Gg)", "Emissions, CO2-eq (Mt)": the gas names what is counted, the mass
            # after it how much (a gas alone reads as tonnes)
            mass = cell_unit(norm[unit.end :])
            if mass is not None and mass[0] in ("Mt", "Mt CO2e"):
                return "Mt CO2e", mass[1]
        return unit.unit, scale * unit.factor
    if _SHARE_RE.search(cell):
        return "%", Decimal(1)  # "Share", "Sectoral share": a share is a percentage unless a unit is named
    return None


def share_word_only(cell: str) -> bool:
    """Whether the cell's unit is only read from the word "share" ("Shares", "Sectoral share"): a guess, not a unit
    the header states."""
    return _SHARE_RE.search(cell) is not None and cell_unit(_SHARE_RE.sub(" ", cell)) is None


_MASS_WORD_RE = rx.compile(r"(?<![A-Za-z])(?:[kKmMgG]?[tT](?:on(?:ne)?s?)?|[GT]g|kg|MT|KT)(?![a-z])")


def gas_alone(cell: str) -> bool:
    """Whether a header cell names a gas and no mass ("Net CO2 eq", "CO2-eq"): what is counted, not in which mass; a
    caption's "(Gg)" then says how much (alone, the gas reads as tonnes)."""
    unit = cell_unit(cell)
    return unit is not None and unit[0] == "Mt CO2e" and unit[1] * TONNES_PER_MT == 1 and not _MASS_WORD_RE.search(cell)


# the label's last bracket, or the one before its year ("HFCs (Mt CO2 eq) (2022)")
_LABEL_UNIT_RE = rx.compile(r"\(([^()]*)\)\s*(?:\(\s*(?:19|20)\d\d\s*\)\s*)?[.:]?\s*$")  # "... (%)." ends a sentence
_UNIT_CELL_CHARS = 24  # a unit cell is short: "ktCO2e/yr", "MW", "USD million"
_PER_YEAR = r"(?:/\s*(?:yr|year|a|annum)|per\s+(?:year|annum)|p\.?a\.?)"  # a flow per year: "ktCO2e/yr", "t per annum"
_PER_YEAR_RE = rx.compile(rf"\s*{_PER_YEAR}?\.?", re.I)
_PER_YEAR_SUFFIX_RE = rx.compile(rf"\s*{_PER_YEAR}(?![A-Za-z])\.?", re.I)
_PER_RE = rx.compile(r"\s*/\s*|\s+per\s+", re.I)


def unit_cell(cell: str) -> tuple[str, Decimal] | None:
    """The unit of a cell that states one, not a ratio of two: "ktCO2e/yr" and "Sector/Gg CO2e" measure a value,
    "tCO2e/GWh", "tCO2e/HH" or "Gg/Gg" a rate whose numbers are no amounts of the unit."""
    parts = _PER_RE.split(_PER_YEAR_SUFFIX_RE.sub("", cell))
    if any(cell_unit(p) for p in parts[:-1]):
        return None  # a unit before "/": per something
    return cell_unit(parts[-1])


def group_unit(group: str) -> tuple[str, Decimal] | None:
    """The unit a group row states alone ("MtCO2e" on a row of its own over "Transportation | 174 | 201"): the rows
    under it are in that unit, as the rows under a group "Energy" are energy's. Only a short cell, a unit and no
    more: a group naming a sector or a scenario says nothing of the unit."""
    return unit_cell(group) if group and len(group) <= _UNIT_CELL_CHARS else None


_COMMA_UNIT_CHARS = 24  # "…, million tce": a unit after a label's last comma is short


def label_unit(text: str, label_start: int, label_end: int) -> tuple[str, Decimal] | None:
    """'Forest Volume (100 million cubic meters)' -> ('billion m3', 0.1) for the cells of that row; else a bracket
    within the label that holds a unit and nothing more ("Avoided emissions (Gg) with the substitution of HFCs")."""
    found = _label_end_unit(text, label_start, label_end)
    if found is None and "(" in text[label_start:label_end]:
        found = lone_bracket_unit(text, label_start, label_end)
    return found


def lone_bracket_unit(text: str, start: int, end: int) -> tuple[str, Decimal] | None:
    """The unit of the first short bracket in ``text[start:end]`` that holds a unit and nothing more ("(Gg)",
    "(ktCO2eq)"); None where such a bracket comes before "/" or "per" ("GHG Emissions (tCO2eq)/capita": a rate)."""
    for m in _INNER_UNIT_BRACKET_RE.finditer(text, start, end):
        if _PER_RE.match(text, m.end()):
            return None
        if (found := _bracket_unit(m.group(1).strip(), whole=True)) is not None:
            return found
    return None


#: a short bracket inside a row label: "(Gg)", "(MW)", "(ktCO2e/yr)"
_INNER_UNIT_BRACKET_RE = rx.compile(r"\(([^()]{1,24})\)")
#: the bracket that ends a label, where a label states its unit: "Emission target by 2030 (Mt CO2-eq.)"
#: (``gridbuild`` reads a table's row labels with it, ``labelvalue`` a key-value table's)
UNIT_BRACKET_END_RE = rx.compile(r"\(([^()]{1,40})\)\s*$")


def _label_end_unit(text: str, label_start: int, label_end: int) -> tuple[str, Decimal] | None:
    """The unit in the label's last bracket, after its last comma, or on its last line."""
    m = _LABEL_UNIT_RE.search(text, label_start, label_end)
    if m:
        inner = m.group(1).strip()
    elif (
        (comma := text.rfind(",", label_start, label_end)) != -1
        and label_end - comma <= _COMMA_UNIT_CHARS
        and text[comma + 1 : comma + 2].isspace()  # a label's comma, not one in "53,340 ha"
        and not text[comma + 1 : label_end].lstrip()[:1].isdigit()
        and (unit := unit_cell(text[comma + 1 : label_end].strip()))
    ):
        return unit  # "Electricity consumed, billion kWh", "Change compared to 1990, %": the unit after the comma
    else:
        # "Reduced GHG emissions | ktCO2e/yr" under "… | Unit | 2025 | 2030": a unit cell, the last line of the label
        # (the label's last line, or the whole cell when it is the row's own unit cell: "Tonnes/year")
        line = text.rfind("\n", label_start, label_end) + 1 or label_start
        inner = text[line:label_end].strip()
        unit = match_unit_after(inner, 0) if len(inner) <= _UNIT_CELL_CHARS else None
        if unit is None or not _PER_YEAR_RE.fullmatch(inner, unit.end):
            return None
    return _bracket_unit(inner, whole=False)


def _bracket_unit(inner: str, whole: bool) -> tuple[str, Decimal] | None:
    """The unit ``inner`` opens with (a magnitude first: "100 million cubic meters"); with ``whole``, only when the
    unit is all it holds (a per-year suffix aside)."""
    scale = Decimal(1)
    mag = _HEADER_MAGNITUDE_RE.match(inner)
    if mag:
        word = (
            _SPACES_RE.sub(" ", mag.group(1).lower()).replace("10,000", "ten thousand").replace("10000", "ten thousand")
        )
        scale = MAGNITUDES.get(word, Decimal(1))
        inner = inner[mag.end() :]
    unit = match_unit_after(inner, 0)
    if unit is None or unit.unit == NON_INDICATOR or _NOT_UNIT_RE.search(inner):
        return None  # "Emission per capita (tCO2e/person)", "(tCO2e/GDP)": intensities, no totals
    if whole and (unit.unit in ("count", "ratio", "times", "year") or not _PER_YEAR_RE.fullmatch(inner, unit.end)):
        return None  # "(see Table 3)", "(2 units)": a bracket with more than a unit in it
    return unit.unit, scale * unit.factor


#: A row label that names a share of something: "Total, % of 2023 net GHG emissions", "% of national total"
#: "% of 2023 emissions", "% CDN reduction", "% (reduction * 100 / reference scenario)", a label "%" alone
_PERCENT_OF_LABEL_RE = rx.compile(r"(?:^|[,;:]\s*)%(?:\s+(?:of\b|[A-Za-z])|\s*\(|\s*$)")


def percent_label(label: str) -> tuple[str, Decimal] | None:
    """The % unit of a row whose label (or the group label over it) reads "% of …": its cells are shares, whatever
    unit the column states for the other rows."""
    return ("%", Decimal(1)) if _PERCENT_OF_LABEL_RE.search(label) else None


#: A row label that counts things: "Number of tractors distributed per year", "No. of boreholes drilled (thousands)".
_COUNT_LABEL_RE = rx.compile(
    r"^\W*(?:(?:total|annual|cumulative)\s+)?(?:number|no\.?|nr\.?|#)\s+of\s+(?:(?:new|additional|the)\s+)?"
    r"(?P<noun>[A-Za-z-]+)",
    re.I,
)
#: Counts the dev set's scope leaves out, named anywhere in the label (policies, plans, meetings, member states) ...
_NOT_COUNTED_RE = rx.compile(
    r"\b(?:polic|laws?\b|regulation|standard|plans?\b|strateg|meeting|workshop|seminar|event|session|member|stud"
    r"|report|document|article|page)",
    re.I,
)
#: ... or counts of time and of incidents, as the counted noun itself ("Number of days above 35 °C").
_NOT_COUNTED_NOUN_RE = rx.compile(r"(?:days?|months?|years?|hours?|times?|cases?|deaths?|fatalit|occurrence)", re.I)
_LABEL_MAGNITUDE_RE = rx.compile(r"\(\s*(?:in\s+)?(thousands?|'000|millions?|billions?)\s*\)", re.I)


def count_label(label: str) -> tuple[str, Decimal] | None:
    """The count unit of a row whose label says it counts things ("Number of tractors distributed per year"): its
    bare cells are how many, as "5,000 tractors" is in prose; "(thousands)" in the label scales them. A label counting
    policies, plans, meetings or days anywhere gives none (out of scope, or no amount)."""
    m = _COUNT_LABEL_RE.match(label)
    if m is None or _NOT_COUNTED_NOUN_RE.match(m.group("noun")) or _NOT_COUNTED_RE.search(label, m.start("noun")):
        return None
    mag = _LABEL_MAGNITUDE_RE.search(label)
    word = mag.group(1).lower().rstrip("s").replace("'000", "thousand") if mag else ""
    return "count", MAGNITUDES.get(word, Decimal(1))


#: a label's last part, after its last comma or in its last bracket: "GHG per capita, tons per capita", "Emission per
#: capita (tCO2e/person)", "GHG intensity, kg CO2 eq/2010 $US"
_UNIT_TAIL_RE = rx.compile(r"(?:,\s*([^,]{1,40}?)|\(\s*([^,()]{1,40}?)\s*\))\s*$")
_PER_WORD_RE = rx.compile(r"\bper\b|/|\bintensity\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a function of the text alone: a table's row labels are asked for every cell
def intensity_label(label: str) -> tuple[str, Decimal] | None:
    """The intensity a row label names, its measure first and its unit last ("GHG per capita, tons per capita",
    "Emissions per capita, t CO2e", "Emission per capita (tCO2e/person)", "GHG intensity, kg CO2 eq/2010 $US"): its
    bare cells are amounts per person, per unit of GDP or of energy, read as "3.8 tons per capita" is in a sentence,
    never totals in the label's mass."""
    if _PER_WORD_RE.search(label) is None:
        return None  # (most labels: a plain measure)
    m = _UNIT_TAIL_RE.search(label)
    if m is None:
        return None
    # (what is measured, "GHG", makes plain tons CO2e)
    phrase = f"{label[: m.start()]} were 1 {m.group(1) or m.group(2)}"
    found = find_quantities(phrase, 0, len(phrase))
    if len(found) != 1 or " per " not in found[0].unit:
        return None
    return found[0].unit, found[0].value


#: a header cell of a year and the unit of its column: "1994 Gg CO2e", "2030 (MtCO2e)"
_YEAR_UNIT_CELL_RE = rx.compile(r"^\s*((?:19[5-9]\d|20\d\d|2100))\s+(\S.{0,30}?)\s*$")


def year_unit_cell(cell: str) -> tuple[int, tuple[str, Decimal]] | None:
    """The year and unit of a header cell that states both ("1994 Gg CO2e"): the column's year, in that unit (not
    a value of 1,994 Gg). None when the words after the year state no unit of their own ("2030 target")."""
    m = _YEAR_UNIT_CELL_RE.match(cell)
    if m is None or not m.group(2)[:1].isalpha() and m.group(2)[:1] != "(":
        return None
    unit = cell_unit(m.group(2))
    return (int(m.group(1)), unit) if unit is not None and unit[0] != "%" else None
