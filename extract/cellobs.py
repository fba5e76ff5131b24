"""One numeric cell of a table as an observation: its number read as the cell writes it (thousands groups, decimal
commas, a sign that is the direction its row names), its unit made the document country's, its indicator classified
with the row's and column's labels."""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx
from .asides import material_caption, produced_good
from .cells import NUM_CELL_RE, cell_number
from .model import Observation
from .state import Carry, DocContext
from .units import NON_INDICATOR, local_unit

_SPACES_RE = rx.compile(r"\s+")
REDUCTION_LABEL_RE = rx.compile(r"\b(?:reduc\w*|avoided|abate\w*|abatement|decreas\w*|savings?|saved)\b", re.I)
_VS_REFERENCE_RE = rx.compile(
    r"\b(?:change|deviation|difference|vs\.?|versus|compared\s+(?:to|with)|relative\s+to|against)\s.*"
    r"\b(?:BAU|business[\s-]+as[\s-]+usual|baseline)\b",
    re.I,
)


#: A caption whose subject is the plan's reductions: "Breakdown of GHG reductions (GgCO2 eq. and %) in the
#: unconditional scenario", "Emission reductions by sector" (not one that also counts removals, sinks or emissions)
_REDUCTIONS_CAPTION_RE = rx.compile(r"\b(?:reductions|abatement|avoided\s+emissions)\b", re.IGNORECASE)
_SIGNED_SUBJECT_RE = rx.compile(r"\b(?:removals?|sinks?|absorptions?|sequestration|LULUCF|emissions\s+and)\b", re.I)


def reductions_caption(caption: str) -> bool:
    """Whether a table's caption names reductions as what its cells count."""
    return bool(_REDUCTIONS_CAPTION_RE.search(caption)) and not _SIGNED_SUBJECT_RE.search(caption)


#: a caption of the plan's cuts ("Breakdown of GHG reductions … in the unconditional scenario", "Cumulative emissions
#: avoided through Energy Efficiency actions"), unless it says they were achieved
#: ("Annual amount and proportion of GHG removed from sector emissions by year": cut from them)
_CUTS_CAPTION_RE = rx.compile(
    r"\b(?:reductions?|abatement|avoided|reduced|savings|removed\s+from\s+(?:[\w-]+\s+){0,2}emissions)\b", re.IGNORECASE
)
_ACHIEVED_RE = rx.compile(r"\b(?:achieved|realis|realiz|actual|recorded|historical|verified)", re.IGNORECASE)


def modelled_cuts(caption: str, years: dict[int, int], present: int | None) -> bool:
    """Whether a table of years is the plan's modelled cuts: its caption names reductions, savings or avoided
    emissions and its years run past the document's present. A cut against a path never taken is never recorded, so
    its past years are modelled too (a caption that says the cuts were achieved keeps them records)."""
    return (
        present is not None
        and bool(years)
        and max(years.values()) > present
        and _CUTS_CAPTION_RE.search(caption) is not None
        and _ACHIEVED_RE.search(caption) is None
    )


#: a row label naming a path of emissions, whose cells are its levels: "Domestic contribution", "All NDC measures"
PATH_LABEL_RE = rx.compile(
    r"\b(?:scenarios?|contributions?|measures|NDC|pathways?|paths?|BAU|baseline|business|reference|WEM|WAM|trajector\w*)\b",
    re.IGNORECASE,
)
_LEVEL_COLUMN_RE = rx.compile(r"\b(?:emissions?|enhancements?|removals?|sinks?|net|baseline|BAU)\b", re.I)


def plain_column(label: str) -> bool:
    """A column that names no level of its own ("2020 %", "Gg"): under a caption of reductions it holds the cuts (a
    column of emissions, removals or enhancements keeps its signs)."""
    return _LEVEL_COLUMN_RE.search(label) is None


#: A money unit whose table states millions (or more): its cells are that many millions.
_PER_MILLION = Decimal("0.001")  # a million of a currency, in the "<currency> billion" units money is kept in
_WHOLE_AMOUNT = Decimal(1_000_000)  # a cell this large under such a unit is written in whole currency units
# (100,000 millions of dollars, euros or pounds, 100 billion, is no line of a plan's costs either; a currency worth
# less may count that many millions: "IDR 100,000 million")
_WHOLE_HARD_AMOUNT = Decimal(100_000)
_HARD_CURRENCIES = ("USD billion", "EUR billion", "GBP billion")


_COMMA_THOUSANDS_RE = rx.compile(r"\d{1,3},\d{3}")  # one comma and three digits: thousands, or a decimal comma
_MAX_COUNTRY_MT = 15_000  # Mt CO2e a year: more than any country emits (the largest, about 13,000)


def _beyond_any_country(unit: tuple[str, Decimal], num: str) -> bool:
    """Whether a cell's number, its comma read as a thousands separator, is more Mt of CO2 than any country emits
    in a year: a decimal comma then ("87,152" in a table "(in MtCO2eq)" whose text says "ca. 87 MtCO2")."""
    return (
        unit[0].startswith("Mt CO2")
        and unit[1] >= 1
        and _COMMA_THOUSANDS_RE.fullmatch(num.lstrip("-−–")) is not None
        and abs(cell_number(num)) * unit[1] >= _MAX_COUNTRY_MT
    )


def whole_money(unit: tuple[str, Decimal], numbers: list[Decimal], fractions: bool) -> tuple[str, Decimal]:
    """The unit of a table's money cells: its heading's millions, unless one of them prints a whole amount (see
    ``_scale``), when they all do ("60,000" beside "365,561,000" under "(in millions of US$)"). A table that writes
    fractions ("451.83") counts millions: its large cells are misprinted decimals ("1,263,650" for 1,263.65)."""
    if not fractions and any(_scale(unit, n) != unit[1] for n in numbers):
        return unit[0], Decimal("1e-9")
    return unit


def per_million_money(unit: tuple[str, Decimal]) -> bool:
    """Whether a unit counts money by the million or more ("(in millions of US$)"): see ``whole_money``."""
    return unit[1] >= _PER_MILLION and unit[0].endswith(" billion") and unit[0][:1].isupper()


def _scale(unit: tuple[str, Decimal], number: Decimal) -> Decimal:
    """The factor of a cell's number: its column's, but for a cell that prints a whole amount under a heading of
    millions ("365,561,000" under "estimated costs (in millions of US$)", the caption a copy of the table before it):
    read as millions it would be 365 trillion dollars, so its digits are the amount in the currency itself."""
    if not per_million_money(unit):
        return unit[1]
    whole = _WHOLE_HARD_AMOUNT if unit[0] in _HARD_CURRENCIES else _WHOLE_AMOUNT
    return Decimal("1e-9") if abs(number) >= whole else unit[1]


_LEADING_ZERO_RE = rx.compile(r"0\d+")
#: a row label that says its own unit is a plain mass: "Cement production, Mt", "Live weight produced Gg"
_MASS_LABEL_RE = rx.compile(r"\b(?:Mt|kt|Gg|tonnes?|tons?|metric\s+tons?)\b")
_TOTAL_LABEL_RE = rx.compile(r"\s*(?:grand\s+)?total\b", re.IGNORECASE)


def add_cell(
    ctx: DocContext,
    start: int,
    end: int,
    unit: tuple[str, Decimal],
    year: int,
    kind: str,
    context: str,
    quote: tuple[int, int],
    carry: Carry,
    wider: str = "",
    continental: bool = False,
    own_label: str = "",
    decimal_comma: bool = False,
    alt: tuple[int, str] | None = None,
) -> Observation | None:
    """One numeric cell as an observation; its indicator is classified with the row and column labels, else with
    the table's caption and spanning header cells (``wider``) before them. ``own_label`` is the cell's row and column
    labels: they say whether a sign is a direction. ``alt``: the (year, kind) of a bracketed companion value, "1,235
    (1,219)" under "2013 (2005)", read as a value of its own (in the same unit)."""
    text = ctx.doc.text
    m = NUM_CELL_RE.match(text[start:end])
    if m is None or _LEADING_ZERO_RE.fullmatch(m.group("num")):
        return None  # (a whole number written with a leading zero, "01" | "02" down a column, numbers items: a code)
    lead = next((g for g in ("sign", "plus", "open") if m.group(g)), "num")  # the value's text starts with its sign
    raw_start = start + m.start(lead)
    if not decimal_comma and _beyond_any_country(unit, m.group("num")):
        decimal_comma = True  # "87,152" under "(in MtCO2eq)": 87 thousand Mt is more than the world emits
    value = cell_number(m.group("num"), continental, decimal_comma) * unit[1]
    if (m.group("sign") or m.group("open")) and not (
        REDUCTION_LABEL_RE.search(own_label)
        or ((m.group("pct") or unit[0] == "%") and _VS_REFERENCE_RE.search(own_label))
    ):
        value = -value  # a sign in a row of reductions ("Reduced emissions | -78.7"), or of a change from BAU, is
        # the direction the row already names: the reduction is the amount
    name = "%" if m.group("pct") else local_unit(unit[0], ctx.country)  # "(millions of FCFA)": whose francs
    if name == NON_INDICATOR:
        return None  # a currency the document's country does not say ("dinars" in a plan of no dinar country)
    if name == "%" and value == 100 and _TOTAL_LABEL_RE.match(own_label):
        return None  # "Total | 7,535 | 100%": the total's share of itself, no statement
    raw_end = start + (m.end("pct") if m.group("pct") else m.end("close") if m.group("open") else m.end("num"))
    region = carry.section_region or ctx.country
    obs = _observe(ctx, raw_start, raw_end, value, name, kind, year, quote, region, context, wider)
    if m.group("change"):
        # "22.42 (-15.8%)": the level and, in brackets, its change from the column's yardstick (a baseline, a base
        # year); a minus is the direction a change of a plan's level is read in, the amount is the reduction
        change = start + m.start("chnum"), start + m.end("change_pct")
        cut = "change " if m.group("chsign") == "+" else "reduction "
        _observe(ctx, *change, cell_number(m.group("chnum")), "%", kind, year, quote, region, context + cut, wider)
    if m.group("share"):
        # "816,28 (28,82%)": the level and, in brackets, its part of the column's total, a share of the same thing
        share = start + m.start("shnum"), start + m.end("shpct")
        value = cell_number(m.group("shnum"), continental, decimal_comma=True)
        _observe(ctx, *share, value, "%", kind, year, quote, region, context + "share ", wider)
    if m.group("alt") and alt is not None:
        companion = start + m.start("alt"), start + m.end("alt")
        value = cell_number(m.group("alt"), continental, decimal_comma) * unit[1]
        _observe(ctx, *companion, value, name, alt[1], alt[0], quote, region, context, wider)
    return obs


def _observe(
    ctx: DocContext,
    raw_start: int,
    raw_end: int,
    value: Decimal,
    name: str,
    kind: str,
    year: int,
    quote: tuple[int, int],
    region: str,
    context: str,
    wider: str,
) -> Observation:
    """The observation of a cell's number at ``text[raw_start:raw_end]``, classified and added to the document."""
    text = ctx.doc.text
    obs = Observation(
        doc=ctx.doc.doc,
        value=value,
        unit=name,
        value_raw=text[raw_start:raw_end],
        quote=_SPACES_RE.sub(" ", text[quote[0] : quote[1]]),
        char_start=raw_start,
        char_end=raw_end,
        kind=kind,
        year=year,
        qualifier="=",
        region=region,
        page=ctx.doc.page_at(raw_start),
    )
    raw, labels = obs.value_raw, context
    obs.indicator = ctx.catalogue.classify(context + raw, len(context), len(context) + len(raw), name, region)
    if not obs.indicator and wider:
        context = f"{wider} {context}"
        obs.indicator = ctx.catalogue.classify(context + raw, len(context), len(context) + len(raw), name, region)
    if (
        name == "Mt"
        and not obs.indicator
        and kind == "actual"
        and (
            material_caption(wider)
            or (produced_good(wider) and produced_good(f"{wider} {labels}"))
            or (_MASS_LABEL_RE.search(labels) is not None and produced_good(labels))
        )
    ):
        return obs  # a record in "… in tonnes of dry matter per year", of "Cement production, Mt" (its own unit,
        # under a caption of "GHG emissions and associated variables"): a material's mass, no emission (not added)
    if name == "°C per decade":
        return obs  # "Mean temperature | °C per decade | +0.4": a rate of warming, the climate's trend (temperature.py)
    ctx.add(obs)
    return obs
