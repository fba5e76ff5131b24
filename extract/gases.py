"""A mass of one named gas other than CO2 ("10.8 kt CH4", "methane emissions were 10.8 kt", "0.71 and 0.03 kt of CH4
and N2O, respectively"): kept as "Mt CH4" / "Mt N2O", never added to CO2 or CO2e. Part of the quantities stage, beside
``units`` (which reads the unit words themselves)."""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx

# A mass of one gas other than CO2, which is no CO2 equivalent: "10.8 kt CH4", "5 Gg of methane" (named right after
# the number's unit), or "methane emissions were 10.8 kt" (named before it with no other number between). Kept as
# "Mt CH4" / "Mt N2O": adding it to CO2e totals, or charting it beside them, would mislead.
_GAS_NAME = r"(?P<gas>CH4|CH₄|methane|N2O|N₂O|nitrous\s+oxide)\b"
# A sentence that shares out the emissions of one gas other than CO2 ("90% (500 Gg) of total CH4 emissions came from
# farming, while waste accounted for 7% (35 Gg)") and names no CO2 or CO2e: its plain masses are parts of that gas's
# emissions, wherever the gas is named. A gas that is itself a share ("methane makes up 41% of the emissions, which
# reached 14 Mt") says nothing of the other masses.
_SENTENCE_GAS_RE = rx.compile(
    r"\bof\s+(?:the\s+)?(?:total\s+|national\s+|overall\s+)?" + _GAS_NAME + r"(?:\s*\([^()]{0,12}\))?\s+emissions?\b",
    re.I,
)
_OTHER_GAS_RE = rx.compile(r"CO2|CO₂|CO\s2\b|\bGHG|greenhouse|carbon|\bF-?gas|HFC|PFC|SF6|-?eq\b|CO2e", re.I)
_GAS_AFTER_RE = rx.compile(r"[ \t]*(?:of\s+)?" + _GAS_NAME + r"(?!\s*(?:-?eq|e\b))", re.I)  # not "CH4 eq"
_GAS_BEFORE_RE = rx.compile(
    _GAS_NAME + r"(?:\s*\(\s*(?:CH\s?4|N\s?2\s?O)\s*\))?"  # "nitrous oxide (N2O)"
    # up to the number, no other substance, share or total ("methane … 30% of emissions, which reached 12 Mt")
    r"(?:(?!CO2|CO₂|GHG|greenhouse|total)[^.;:%]|\.(?=\d)){0,60}$",
    re.I,
)
_GAS_UNITS = {
    "ch4": "Mt CH4", "ch₄": "Mt CH4", "methane": "Mt CH4", "n2o": "Mt N2O", "n₂o": "Mt N2O", "nitrous oxide": "Mt N2O",
}  # fmt: skip


# "0.71 and 0.03 kt of CH4 and N2O, respectively": a list of numbers paired, in order, with a list of gases. The
# number's place in its list is how many numbers (each with an optional short unit) are coordinated before it.
_LISTED_GAS = r"(?:CH4|CH₄|methane|N2O|N₂O|nitrous\s+oxide|CO2|CO₂|carbon\s+dioxide)"
_GAS_LIST_RE = rx.compile(rf"{_LISTED_GAS}(?:\s*,\s*{_LISTED_GAS})*,?\s+and\s+{_LISTED_GAS}\b", re.I)
_LIST_GAS_RE = rx.compile(_LISTED_GAS, re.I)
_NUMBERS_BEFORE_RE = rx.compile(r"(?:\d[\d.,]*(?:\s*[A-Za-z]{1,3})?\s*(?:,\s*and|,|and)\s+)+$")
_RESPECTIVE_UNITS = {**_GAS_UNITS, "co2": "Mt CO2", "co₂": "Mt CO2", "carbon dioxide": "Mt CO2"}
_SENTENCE_END_RE = rx.compile(r"[.;!?](?=\s)|\n\s*\n")
_RESPECTIVELY_RE = rx.compile(r"(?:[^.;]|\.(?=\d)){0,60}\brespectively\b", re.I)


def _respective_gas(text: str, num_start: int, end: int, floor: int) -> str | None:
    """The gas paired with this number by "…, respectively", or None when the sentence pairs none."""
    respectively = _RESPECTIVELY_RE.match(text, end)
    if not respectively:
        return None
    # the list after the number ("… kt of CH4 and N2O, respectively") or else the nearest before it
    start = max(floor, num_start - 120)
    lists = [
        m
        for m in _GAS_LIST_RE.finditer(text, start, respectively.end())
        if m.start() >= end or (m.end() <= num_start and not _SENTENCE_END_RE.search(text, m.end(), num_start))
    ]
    if not lists:
        return None
    after = [m for m in lists if m.start() >= end]
    if not after and _LIST_GAS_RE.search(text, end, respectively.end()):
        return None  # "2.4 and 1.3 kt of methane, respectively": one gas named after the numbers owns them all
    chosen = after[0] if after else lists[-1]
    gases = [" ".join(g.group().lower().split()) for g in _LIST_GAS_RE.finditer(chosen.group())]
    before = _NUMBERS_BEFORE_RE.search(text, max(floor, num_start - 60), num_start)
    place = len(re.findall(r"\d[\d.,]*", before.group())) if before else 0
    return gases[place] if place < len(gases) else None


def respective_gas_unit(text: str, num_start: int, end: int, floor: int) -> str | None:
    """"Mt CH4" / "Mt N2O" for a bare listed number that "…, respectively" pairs with that gas, else None."""
    gas = _respective_gas(text, num_start, end, floor)
    return _RESPECTIVE_UNITS[gas] if gas else None


def gas_named_after(text: str, end: int) -> bool:
    """Whether a gas other than CO2 is named right after a mass ("231.3 kt CH4", "6 GgCH4"): the mass is that gas's."""
    return _GAS_AFTER_RE.match(text, end) is not None


def gas_mass_unit(
    text: str, num_start: int, end: int, floor: int, limit: int, paired_only: bool = False
) -> tuple[str, int] | None:
    """("Mt CH4" or "Mt N2O", the end of what was read) for a plain mass that one named gas owns, else None;
    ``paired_only``: a mass already read as CO2 changes only when "respectively" pairs it with another gas;
    ``floor`` and ``limit`` bound the sentence."""
    after = _GAS_AFTER_RE.match(text, end)
    respective = _respective_gas(text, num_start, end, floor)
    if respective is not None:
        return _RESPECTIVE_UNITS[respective], after.end() if after else end
    if paired_only and not after:
        return None
    m = after or _GAS_BEFORE_RE.search(text, max(floor, num_start - 80), num_start)
    if m is None:
        unit = None if paired_only else _sentence_gas(text, floor, limit)
        return (unit, end) if unit else None
    gas = " ".join(m.group("gas").lower().split())
    return _GAS_UNITS[gas], (after.end() if after else end)


def _sentence_gas(text: str, floor: int, limit: int) -> str | None:
    """The unit of the one gas other than CO2 whose emissions a sentence shares out, when it names no other gas, CO2,
    CO2e or GHG."""
    named = _SENTENCE_GAS_RE.finditer(text, floor, limit)
    units = {_GAS_UNITS[" ".join(m.group("gas").lower().split())] for m in named}
    if len(units) != 1 or _OTHER_GAS_RE.search(text, floor, limit):
        return None
    return units.pop()


#: A table row or column labelled by one gas alone ("CH₄", "Methane (CH4)", "N2O emissions"): its plain masses are of
#: that gas, not CO2e ("Gas (kt)" over "CO₂ | 28,589" and "CH₄ | 415")
#: (named twice, by name and by formula: "Methane CH4", "N2O oxide", "CH4 methane")
_GAS_LABEL_RE = rx.compile(
    r"\s*(?:(?:methane|nitrous\s+oxide)\s+)?" + _GAS_NAME
    + r"(?:\s*\([^()]{0,12}\))?(?:\s+(?:methane|nitrous\s+oxide|oxide))?(?:\s+emissions?)?\s*",
    re.I,
)


def gas_label_unit(label: str) -> str | None:
    """The unit of plain masses in a row or column whose label names one gas other than CO2, else None."""
    m = _GAS_LABEL_RE.fullmatch(label)
    return _GAS_UNITS[" ".join(m.group("gas").lower().split())] if m else None


#: a caption or header that states its figures as CO2 equivalent: "(GG CO2EQ.)", "CO2eq emissions … in Gg"
_CO2E_NAMED_RE = rx.compile(r"CO\s?[2₂]\s*[-‐]?\s*(?:e\b|eq\b|eq\.|equiv)", re.IGNORECASE)
#: a gas other than CO2 named there: its masses are of that gas, not of CO2e
NAMES_OTHER_GAS_RE = rx.compile(r"\b(?:CH\s?[4₄]|N\s?[2₂]\s?O|methane|nitrous|HFCs?|PFCs?|SF\s?6)\b", re.IGNORECASE)


def as_co2e(unit: tuple[str, Decimal] | None, named: str) -> tuple[str, Decimal] | None:
    """A plain mass ("Gg": "Mt") of figures that ``named`` (a caption, a table's header) states as CO2 equivalent
    and that names no other gas: that mass of CO2e ("CO2e emissions (Gg)"); other units as they are."""
    if unit is not None and unit[0] == "Mt" and _CO2E_NAMED_RE.search(named) and not NAMES_OTHER_GAS_RE.search(named):
        return "Mt CO2e", unit[1]
    return unit
