"""Indicator classifier: accuracy on the gold rows, NDC-style phrasing it was not tuned on, speed.

The gold harness rebuilds what the extractor passes to ``classify``: the sentence (or table row) around each gold
quote, the span of the number as written (e.g. "1.322 billion kilowatts" for 1322 GW), the gold unit and region.
"""

from __future__ import annotations

import csv
import re
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from extract.catalogue import Catalogue, load_catalogue

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "seeds_gold.csv"
SEEDS = ROOT / "seeds"
MIN_ACCURACY = 0.92

NUMBER_WORDS = {
    "half": 0.5, "a quarter": 0.25, "two-thirds": 2 / 3, "one-third": 1 / 3, "twofold": 2, "threefold": 3,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
NUMBER = re.compile(
    r"(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)|\b(?:" + "|".join(map(re.escape, NUMBER_WORDS)) + r")\b",
    re.IGNORECASE,
)
# What follows a number as part of value_raw: percent, scale word, one unit phrase.
UNIT_TAIL = re.compile(
    r"(?:\s*%|\s+percent)?"
    r"(?:[\s-]+(?:thousand|million|billion|trillion))?"
    r"(?:[\s-]+(?:kilowatt-hours|kilowatts|megawatt|gigawatts|tons|tonnes|tone|cubic meters|square meters|"
    r"square kilometers|hectares|mu|yuan|RMB|units|micrograms|kilograms|standard container units))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Case:
    """One gold row as the extractor would see it."""

    indicator: str
    unit: str
    region: str
    sentence: str
    start: int
    end: int

    @property
    def raw(self) -> str:
        return self.sentence[self.start : self.end]


def _number_value(text: str) -> float:
    word = NUMBER_WORDS.get(text.lower())
    return word if word is not None else float(text.replace(",", ""))


def _matches(raw: float, gold: float) -> int | None:
    """Rank of the unit conversion that turns the written number into the gold value (0 = as written)."""
    for rank, factor in enumerate(10.0**k * f for k in (0, -3, 3, -1, 1, -2, 2, -4, 4, -6, 6) for f in (1, 1 / 15)):
        value = raw * factor
        if gold and abs(value - gold) / abs(gold) < 0.006:
            return rank
    return None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The table row (a line with tabs) or the sentence (split on '. ' and newlines) around text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if "\t" in text[line_start:line_end]:
        return line_start, line_end
    dot = text.rfind(". ", line_start, start)
    s = dot + 2 if dot >= 0 else line_start
    dot = text.find(". ", end, line_end)
    e = dot + 1 if dot >= 0 else line_end
    return s, e


def _case(row: dict[str, str], text: str) -> Case:
    quote_at = text.find(row["quote"])
    assert quote_at >= 0, f"quote not in {row['doc']}: {row['quote'][:60]}"
    gold = float(row["value"])
    found = []
    for m in NUMBER.finditer(row["quote"]):
        rank = _matches(_number_value(m.group()), gold)
        if rank is not None:
            found.append((rank, m.start(), m.end()))
    assert found, f"value {row['value']} not found in quote {row['quote'][:80]!r}"
    _, a, b = min(found)
    b += UNIT_TAIL.match(row["quote"], b).end() - b
    s, e = _sentence_bounds(text, quote_at, quote_at + len(row["quote"]))
    sentence = text[s:e]
    offset = quote_at - s
    return Case(row["indicator"], row["unit"], row["region"], sentence, offset + a, offset + b)


@cache
def gold_cases() -> tuple[Case, ...]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    with GOLD.open(encoding="utf-8", newline="") as fh:
        return tuple(_case(row, texts[row["doc"]]) for row in csv.DictReader(fh))


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_harness_finds_every_gold_number() -> None:
    cases = gold_cases()
    assert len(cases) == 214
    assert all(c.raw and c.raw[0].isalnum() for c in cases)


def test_raw_number_as_written() -> None:
    raws = {c.raw for c in gold_cases()}
    assert "1.322 billion kilowatts" in raws
    assert "two-thirds" in raws


def test_gold_accuracy(catalogue: Catalogue) -> None:
    cases = gold_cases()
    misses = []
    for c in cases:
        got = catalogue.classify(c.sentence, c.start, c.end, c.unit, c.region)
        if got != c.indicator:
            misses.append(f"{c.indicator} <- {got or '(none)'} [{c.raw!r} {c.unit}] {c.sentence[:140]!r}")
    accuracy = 1 - len(misses) / len(cases)
    print(f"\nindicator accuracy on gold rows: {accuracy:.3f} ({len(cases) - len(misses)}/{len(cases)})")
    print("\n".join(misses))
    assert accuracy >= MIN_ACCURACY, f"accuracy {accuracy:.3f} < {MIN_ACCURACY}; misses:\n" + "\n".join(misses)


def _cpu_seconds(catalogue_path: Path, calls: list[tuple[str, int, int, str, str]]) -> float:
    """CPU time (not wall time: CI machines are shared) to classify ``calls`` with a cold catalogue."""
    fresh = load_catalogue(catalogue_path)
    started = time.process_time()
    for sentence, a, b, unit, region in calls:
        fresh.classify(sentence, a, b, unit, region)
    return time.process_time() - started


def test_classifies_seed_set_fast(catalogue: Catalogue) -> None:
    """The extractor's workload on the seeds (one call per value, cold caches) takes well under 0.1 s."""
    calls = [(c.sentence, c.start, c.end, c.unit, c.region) for c in gold_cases()]
    elapsed = min(_cpu_seconds(catalogue.path, calls) for _ in range(2))
    print(f"\n{len(calls)} gold values classified in {elapsed * 1000:.1f} ms CPU")
    assert elapsed < 0.1, f"{len(calls)} calls took {elapsed:.3f} s"


def test_every_number_in_the_seeds_is_cheap(catalogue: Catalogue) -> None:
    """Every digit run of the 110 KB seed set (years and footnotes too), as a percentage: a generous upper bound."""
    calls = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in NUMBER.finditer(text):
            s, e = _sentence_bounds(text, m.start(), m.end())
            calls.append((text[s:e], m.start() - s, m.end() - s, "%", "China"))
    elapsed = _cpu_seconds(catalogue.path, calls)
    print(f"\n{len(calls)} numbers classified in {elapsed * 1000:.1f} ms CPU")
    assert elapsed < 0.3, f"{len(calls)} calls took {elapsed:.3f} s"


def _classify(catalogue: Catalogue, sentence: str, number: str, unit: str, region: str = "China") -> str:
    start = sentence.index(number)
    return catalogue.classify(sentence, start, start + len(number), unit, region)


# Phrasing from other countries' NDCs, plans and progress reports (written for these tests, not from the seeds).
NDC_CASES = [
    ("Installed capacity of wind and solar power will reach 1,200 GW by 2030.", "1,200 GW", "GW",
     "wind_solar_capacity"),
    ("India will achieve about 50 percent cumulative electric power installed capacity from non-fossil fuel-based "
     "energy resources by 2030.", "50 percent", "%", "non_fossil_share_capacity"),
    ("Raise the share of non-fossil fuels in primary energy consumption to around 25% by 2030.", "25%", "%",
     "non_fossil_share_energy_consumption"),
    ("Lower carbon intensity by over 65% from the 2005 level by 2030.", "65%", "%", "co2_intensity_reduction"),
    ("Reduce the emissions intensity of its GDP by 45 percent by 2030, from 2005 level.", "45 percent", "%",
     "co2_intensity_reduction"),
    ("The EU commits to reduce net greenhouse gas emissions by at least 55% by 2030 compared to 1990.", "55%", "%",
     "ghg_emissions_reduction"),
    ("Indonesia will reduce emissions by 31.89% below business as usual by 2030.", "31.89%", "%",
     "ghg_emissions_reduction_vs_bau"),
    ("The United Kingdom will reach net zero emissions by 2050.", "2050", "year", "net_zero_year"),
    ("Viet Nam aims to reach net-zero emissions by 2050.", "2050", "year", "net_zero_year"),
    ("Greenhouse gas emissions are expected to peak by 2025 at the latest.", "2025", "year", "carbon_peak_year"),
    ("The contribution implies reaching a maximum of national emissions by 2026.", "2026", "year", "carbon_peak_year"),
    ("Renewable energy will provide 70% of electricity generation by 2030.", "70%", "%",
     "renewable_share_electricity_generation"),
    ("Offshore wind capacity is to reach 30 GW in 2030.", "30 GW", "GW", "offshore_wind_capacity"),
    ("Solar photovoltaic capacity reached 180 GW by the end of 2022.", "180 GW", "GW", "solar_capacity"),
    ("Nuclear power capacity in operation will reach 70 GW by 2025.", "70 GW", "GW", "nuclear_capacity"),
    ("The country added 15 GW of new solar capacity in 2023.", "15 GW", "GW", "new_solar_capacity"),
    ("Hydropower installed capacity stood at 420 GW.", "420 GW", "GW", "hydro_capacity"),
    ("Coal-fired power capacity will be capped at 1,100 GW.", "1,100 GW", "GW", "coal_power_capacity"),
    ("The last coal power plant will be phased out by 2030.", "2030", "year", "coal_phase_out_year"),
    ("Electric vehicles will account for 50% of new car sales by 2030.", "50%", "%", "ev_share_new_sales"),
    ("Methane emissions from the energy sector will be cut by 30% by 2030 relative to 2020.", "30%", "%",
     "methane_emissions_reduction"),
    ("Forest cover will be increased to 33 percent of the land area.", "33 percent", "%", "forest_coverage"),
    ("Energy intensity will be reduced by 2.5% per year on average.", "2.5%", "%", "energy_intensity_annual_reduction"),
    ("Energy intensity will be 13.5% lower in 2025 than in 2020.", "13.5%", "%", "energy_intensity_reduction"),
    ("The share of renewables in gross final energy consumption will reach 42.5%.", "42.5%", "%",
     "renewable_share_energy_consumption"),
    ("Battery storage capacity of 20 GW will be installed by 2030.", "20 GW", "GW", "new_type_energy_storage_capacity"),
    ("Total greenhouse gas emissions were 520 Mt CO2e in 2021.", "520 Mt CO2e", "Mt CO2e", "ghg_emissions"),
    ("The national emissions trading scheme traded 50 million tonnes of allowances.", "50 million tonnes", "Mt CO2",
     "cea_trading_volume"),
    ("The average annual concentration of PM2.5 fell to 30 micrograms per cubic meter.", "30 micrograms", "ug/m3",
     "pm25_concentration"),
    ("Per capita emissions will fall by 20% against 2010.", "20%", "%", "emissions_per_capita_reduction"),
    ("Around 1.5 million households gained access to solar electricity.", "1.5 million", "million",
     "households_supplied_electricity"),
    ("The city operates 8,000 electric buses.", "8,000", "count", "new_energy_buses"),
    ("A further 10 million hectares of degraded land will be restored by 2030.", "10 million hectares", "Mha",
     "land_restoration_area"),
    ("Protected areas will cover 30% of land by 2030.", "30%", "%", "protected_area_share_land"),
    ("The primary, secondary and tertiary industries accounted for 6:38:56 of GDP.", "56", "%",
     "tertiary_industry_share_gdp"),
    ("Renewables made up 36% of installed capacity, and coal 40%.", "36%", "%", "renewable_share_capacity"),
    ("Renewables made up 36% of installed capacity, and coal 40%.", "40%", "%", "coal_power_share_capacity"),
    ("Wind and solar generation reached 1,000 TWh, and wind alone 600 TWh.", "600 TWh", "TWh", "wind_generation"),
    ("Morocco targets 52% of installed electricity capacity from renewable sources by 2030.", "52%", "%",
     "renewable_share_capacity"),
    ("By 2030, Egypt aims for renewables to generate 42% of its electricity.", "42%", "%",
     "renewable_share_electricity_generation"),
    ("Nigeria will cut methane emissions from the oil and gas sector by 60% by 2031.", "60%", "%",
     "methane_emissions_reduction"),
    ("Ethiopia plans to limit net greenhouse gas emissions in 2030 to 145 MtCO2e.", "145 MtCO2e", "Mt CO2e",
     "ghg_emissions"),
    ("Canada will reduce emissions by 40-45% below 2005 levels by 2030.", "40", "%", "ghg_emissions_reduction"),
    ("Korea will cut national GHG emissions 40% from the 2018 level by 2030.", "40%", "%", "ghg_emissions_reduction"),
    ("The UAE plans to triple its renewable energy capacity to 14.2 GW by 2030.", "14.2 GW", "GW",
     "renewable_capacity"),
    ("Installed solar capacity in India crossed 70 GW in 2023.", "70 GW", "GW", "solar_capacity"),
    ("Germany's onshore wind capacity should reach 115 GW by 2030.", "115 GW", "GW", "wind_capacity"),
    ("Electric cars accounted for 18% of all cars sold worldwide in 2023.", "18%", "%", "nev_market_global_share"),
    ("Indonesia will increase forest cover and restore 2 million hectares of peatland.", "2 million hectares", "Mha",
     "land_restoration_area"),
    ("The share of coal in power generation dropped to 61% in 2022.", "61%", "%", "coal_power_share_electricity"),
    ("Vietnam will reduce coal-fired generation capacity to 30 GW by 2030.", "30 GW", "GW", "coal_power_capacity"),
    ("Carbon intensity decreased by 48.4% compared with 2005.", "48.4%", "%", "co2_intensity_reduction"),
    ("The country's energy consumption grew at an average annual rate of 2.8%.", "2.8%", "%",
     "energy_consumption_growth_rate"),
    ("Nuclear capacity is expected to reach 20 GW by 2035.", "20 GW", "GW", "nuclear_capacity"),
    ("Newly installed wind capacity totalled 75 GW in 2023.", "75 GW", "GW", "new_wind_capacity"),
    ("Annual average PM2.5 levels fell to 30 \u00b5g/m3.", "30 \u00b5g/m3", "ug/m3", "pm25_concentration"),
    ("Hydropower capacity will be expanded to 15 GW.", "15 GW", "GW", "hydro_capacity"),
    ("Emissions from the land sector will be net negative, with removals of 30 MtCO2e.", "30 MtCO2e", "Mt CO2e",
     "carbon_sink"),
    ("Renewable electricity generation reached 8,400 TWh globally.", "8,400 TWh", "TWh", "renewable_generation"),
    ("Battery storage capacity will be 10 GW in 2030.", "10 GW", "GW", "new_type_energy_storage_capacity"),
    ("Non-fossil fuel sources will provide 50% of installed power capacity.", "50%", "%", "non_fossil_share_capacity"),
    ("The share of natural gas in primary energy consumption will reach 15%.", "15%", "%",
     "natural_gas_share_energy_consumption"),
    ("Public transport will account for 60% of motorised trips in large cities.", "60%", "%", "public_transport_share"),
    ("The forest stock volume will reach 19 billion cubic metres.", "19 billion cubic metres", "billion m3",
     "forest_stock_volume"),
    ("Municipal waste recycling rate will reach 65% by 2035.", "65%", "%", "waste_recycling_rate"),
    ("The country will phase out unabated coal power by 2035.", "2035", "year", "coal_phase_out_year"),
    ("Electricity will account for 30% of final energy use by 2030.", "30%", "%", "electricity_share_final_energy"),
    # a rise of emissions is no cut of them; raising a cut's target stays a cut
    ("Greenhouse gas emissions from the waste sector increased by 64% between 1994 and 2019.", "64%", "%",
     "ghg_emissions_increase"),
    ("Ruritania raises its emission reduction target to 55% below 1990 levels by 2030.", "55%", "%",
     "ghg_emissions_reduction"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "number", "unit", "expected"), NDC_CASES, ids=[c[3] for c in NDC_CASES])
def test_ndc_phrasing(catalogue: Catalogue, sentence: str, number: str, unit: str, expected: str) -> None:
    region = "World" if "worldwide" in sentence or "globally" in sentence else "China"
    assert _classify(catalogue, sentence, number, unit, region) == expected


# Several values in one sentence: each value takes the words of its own clause or list member.
MULTI = {
    "Solar capacity reached 400 GW, while wind reached 350 GW.": [
        ("400 GW", "GW", "solar_capacity"),
        ("350 GW", "GW", "wind_capacity"),
    ],
    "Wind and solar capacity reached 750 GW, of which wind 350 GW.": [
        ("750 GW", "GW", "wind_solar_capacity"),
    ],
    "The country added 60 GW of wind and 120 GW of solar in 2023.": [
        ("60 GW", "GW", "new_wind_capacity"),
        ("120 GW", "GW", "new_solar_capacity"),
    ],
    "Hydro, wind and solar capacity reached 400 GW, 350 GW and 600 GW respectively.": [
        ("350 GW", "GW", "wind_capacity"),
        ("600 GW", "GW", "solar_capacity"),
    ],
    "Coal and gas accounted for 60% and 10% of power generation, respectively.": [
        ("10%", "%", "gas_power_share_electricity"),
        ("60%", "%", "coal_power_share_electricity"),
    ],
    "Renewables supplied 30% of electricity, up from 20% in 2015.": [
        ("30%", "%", "renewable_share_electricity_generation"),
        ("20%", "%", "renewable_share_electricity_generation"),
    ],
    "Emissions fell by 12% between 2005 and 2020, while GDP grew by 80%.": [
        ("12%", "%", "ghg_emissions_reduction"),
        ("80%", "%", "gdp_growth_rate"),
    ],
    "Forest coverage will increase to 26% and forest stock volume to 19 billion cubic meters.": [
        ("26%", "%", "forest_coverage"),
        ("19 billion cubic meters", "billion m3", "forest_stock_volume"),
    ],
    "Sales of electric vehicles reached 10 million, 14% of all cars sold.": [
        ("10 million", "million", "nev_sales"),
        ("14%", "%", "ev_share_new_sales"),
    ],
    "The carbon market traded 200 million tonnes of allowances worth 10 billion yuan.": [
        ("10 billion yuan", "CNY billion", "cea_trading_value"),
    ],
    "Installed nuclear capacity is 57 GW, with another 24 GW under construction.": [
        ("57 GW", "GW", "nuclear_capacity"),
    ],
    "The share of coal in the energy mix fell from 68% in 2012 to 56% in 2022.": [
        ("56%", "%", "coal_share_energy_consumption"),
    ],
    "Non-fossil power made up 50% of installed capacity in 2023.": [
        ("50%", "%", "non_fossil_share_capacity"),
    ],
    "The government will plant trees on 5 million hectares and restore 3 million hectares of grassland.": [
        ("5 million hectares", "Mha", "afforestation_area"),
        ("3 million hectares", "Mha", "grassland_restoration_area"),
    ],
    "Energy intensity fell by 26% and carbon intensity by 34% between 2012 and 2021.": [
        ("26%", "%", "energy_intensity_reduction"),
        ("34%", "%", "co2_intensity_reduction"),
    ],
    "Electric buses make up 80% of the urban bus fleet.": [
        ("80%", "%", "new_energy_bus_share"),
    ],
    "The country has 2 million charging points and 3,000 battery swapping stations.": [
        ("3,000", "count", "battery_swapping_stations"),
    ],
    "Offshore wind capacity reached 30 GW, a quarter of the world total.": [
        ("a quarter", "%", None),
    ],
    "The PUE of new large data centres must be below 1.3.": [
        ("1.3", "ratio", "data_center_pue"),
    ],
    "Greenhouse gas emissions were 700 Mt CO2e in 2020 and will fall to 450 Mt CO2e by 2030.": [
        ("450 Mt CO2e", "Mt CO2e", "ghg_emissions"),
    ],
    "Steel output reached 1,000 million tonnes.": [
        ("1,000 million tonnes", "Mt", None),
    ],
}
MULTI_CASES = [(sentence, *case) for sentence, cases in MULTI.items() for case in cases]


@pytest.mark.parametrize(("sentence", "number", "unit", "expected"), MULTI_CASES, ids=[c[1] for c in MULTI_CASES])
def test_several_values_in_one_sentence(
    catalogue: Catalogue, sentence: str, number: str, unit: str, expected: str | None
) -> None:
    region = "World" if "world" in sentence else "China"
    assert _classify(catalogue, sentence, number, unit, region) == (expected or "")


def test_world_share_needs_world(catalogue: Catalogue) -> None:
    sentence = "Its wind turbine makers supply 60% of global output."
    assert _classify(catalogue, sentence, "60%", "%", "World") == "wind_turbine_production_global_share"
    assert _classify(catalogue, "Electric cars were 25% of car sales.", "25%", "%") == "ev_share_new_sales"
    assert _classify(catalogue, "Electric cars were 25% of world car sales.", "25%", "%", "World") == (
        "nev_market_global_share"
    )


def test_level_change_and_rate_are_told_apart(catalogue: Catalogue) -> None:
    s = "Wind capacity reached 400 GW, up 12% year on year, with an average annual growth rate of 15% since 2015."
    assert _classify(catalogue, s, "400 GW", "GW") == "wind_capacity"
    s2 = "Forest coverage reached 24% in 2022, a 2% increase compared to 2012."
    assert _classify(catalogue, s2, "24%", "%") == "forest_coverage"
    assert _classify(catalogue, s2, "2%", "%") == ""  # a change of coverage is not the coverage


UNRELATED = [
    ("The ministry held 12 meetings with 40 journalists in the capital.", "12", "count"),
    ("Article 6 of the Paris Agreement was discussed at the 28th session.", "6", "count"),
    ("The report has 250 pages and 14 annexes.", "250", "count"),
    ("Inflation was 3.2% in the second quarter.", "3.2%", "%"),
    ("About 45% of respondents preferred tea over coffee.", "45%", "%"),
    ("The bridge is 1.2 billion yuan over budget.", "1.2 billion yuan", "CNY billion"),
    ("The turbine weighs 1.5 million tons.", "1.5 million tons", "GW"),  # unit no indicator fits
]


@pytest.mark.parametrize(("sentence", "number", "unit"), UNRELATED)
def test_unrelated_numbers_get_no_indicator(catalogue: Catalogue, sentence: str, number: str, unit: str) -> None:
    assert _classify(catalogue, sentence, number, unit) == ""


def test_bad_spans_and_units_are_empty(catalogue: Catalogue) -> None:
    assert catalogue.classify("Wind capacity is 400 GW.", 0, 0, "GW") == ""
    assert catalogue.classify("Wind capacity is 400 GW.", 17, 99, "GW") == ""
    assert catalogue.classify("Wind capacity is 400 GW.", 17, 20, "furlongs") == ""
    assert catalogue.classify("", 0, 1, "GW") == ""


# ------------------------------------------------------------------------------- fast keyword search ----

# Own sentences: mixed case, hyphens, keywords inside other words, and the characters (İ ı ſ K) that fold oddly.
SEARCH_TEXTS = (
    "By 2030 the Emissions of CO2 per unit of GDP fall 65%, and non-fossil ENERGY reaches 25% of primary energy.",
    "Newly-installed wind and solar capacity: 1,200 GW; waste-sorting covers 90% of cities (carbon-dioxide capture).",
    "The reference-scenario baseline (BAU) says greenhouse gases rise; sub-national plans in new-energy vehicles.",
    "Forest stock volume grew to 19.5 billion m3\tforest coverage\t24.1%\tgarbage classification\t35%",
    "Waſte separation reaches 40%; the İndustrial Kelvin-scale test; ıncrease of carbon intensity 18%.",
    "",
    "co2co2 emissionemission re-newable renewables",
)


def _all_patterns(catalogue: Catalogue) -> set[re.Pattern[str]]:
    from extract.classify import WORLD

    return {WORLD}.union(*(index.keywords for index in catalogue._index.values()))


@pytest.mark.parametrize("text", SEARCH_TEXTS)
def test_literal_start_search_agrees_with_regex_search(catalogue: Catalogue, text: str) -> None:
    from extract.rules import matches, occurs
    from extract.scan import ScannedSentence

    sent = ScannedSentence(text)
    for pattern in _all_patterns(catalogue):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in matches(pattern, text, sent.lower)] == expected, pattern.pattern
        if sent.lower is not None:
            assert occurs(pattern, text, sent.lower) == bool(expected), pattern.pattern
    for index in catalogue._index.values():  # the rules whose keywords the prefix filter and the regexes find
        maybe = index.unprefixed.union(*(index.by_prefix[s] for s in sent.word_starts & index.by_prefix.keys()))
        present = {index.keywords[k] for k in maybe if index.keywords[k].search(text)}
        rules = [(ind, tuple(r for r in ind.rules if set(r.keywords) <= present)) for ind in index.indicators]
        assert index.viable(ScannedSentence(text), catalogue.finder) == [(ind, r) for ind, r in rules if r]


def test_literal_starts_follow_the_regex_parse() -> None:
    from extract.rules import compile_term, literal_starts

    assert literal_starts(compile_term("(waste|garbage) ?sort|separat")) == ("garbage", "separat", "waste")
    assert literal_starts(compile_term("newly|new(?! energy)|added")) == ("added", "new")
    assert literal_starts(compile_term("co2?|(?:s|z)ab")) == ("co", "sab", "zab")
    assert literal_starts(compile_term("non ?fossil|nonfossil")) == ("non",)
    assert literal_starts(compile_term(r"\d+ ?gw|wind")) is None  # a digit class is no literal
    assert literal_starts(compile_term("a|-b")) is None
    assert literal_starts(compile_term("(?-i:Kw)h")) is None


WEIGHT_TEXTS = (
    *SEARCH_TEXTS,
    "Installed wind capacity reached 60 GW and solar 120 GW, while hydro power grew 3.4% and 2.3% a year, with "
    "coal falling, respectively; the share of wind and solar in power will reach 20% and 25% by 2030.",
    "Energy\t2015\t2020\tenergy intensity target\n 13.5%\tenergy 18% energy saving, energy use 3.2 (energy)",
    "Emissions fell from 10 Mt in 2005 to 8 Mt, emissions of CO2 fell 12%, and non-CO2 emissions 5%; emissions.",
)


@pytest.mark.parametrize("text", WEIGHT_TEXTS)
def test_strongest_hit_is_the_max_over_all_hits(catalogue: Catalogue, text: str) -> None:
    from extract.nearness import NumberInSentence
    from extract.scan import ScannedSentence

    sent = ScannedSentence(text)
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        number = NumberInSentence(sent, m.start(), m.end(), "%")
        for pattern in _all_patterns(catalogue):
            hits = sent.find(pattern)
            assert number.strongest(hits) == max((number.weight(hit) for hit in hits), default=0.0), pattern.pattern


def test_literal_trie_matches_the_longest_word() -> None:
    from extract.rules import literal_trie

    trie = re.compile(literal_trie(["new", "newly", "ab", "a"]))
    assert [trie.match(w).group() for w in ("newlyweds", "newer", "abc", "ax")] == ["newly", "new", "ab", "a"]
    assert trie.match("ne") is None


def test_literal_prefixes_split_top_level_alternatives() -> None:
    from extract.rules import compile_term, literal_prefixes

    assert literal_prefixes(compile_term(r"wind\b|windpower")) == ("wind", "windp")
    assert literal_prefixes(compile_term("non ?fossil|co2?")) == ("non", "co")
    assert literal_prefixes(compile_term(r"ab\(c|(d|e)f")) is None  # the second branch starts with a group
    assert literal_prefixes(compile_term(r"ab\(c|de\)|f(g|h)")) == ("ab", "de", "f")


def test_fraction_words_and_conjunctions_start_with_these_letters_only() -> None:
    import sys

    from extract.scan import CONJUNCTION_FIRST, CONJUNCTIONS, FRACTION_FIRST, FRACTION_WORDS

    for words, first in ((FRACTION_WORDS, FRACTION_FIRST), (CONJUNCTIONS, CONJUNCTION_FIRST)):
        firsts = {w[0] for w in words}
        assert {c for c in map(chr, range(sys.maxunicode + 1)) if c.lower()[:1] in firsts} == set(first)


def test_gdp_growth_counts_only_where_a_plan_sets_it_against_energy_or_emissions(catalogue: Catalogue) -> None:
    """Decoupling ("energy use grew 2% while GDP grew 7%") is tracked; a country profile's growth is out of scope."""
    decoupling = "Energy use rose by 2% a year while GDP grew by 7% a year over the decade."
    start = decoupling.index("7%")
    assert catalogue.classify(decoupling, start, start + 2, "%", "Freedonia") == "gdp_growth_rate"
    profile = "The economy has recovered strongly: GDP grew by 7% in 2023."
    start = profile.index("7%")
    assert catalogue.classify(profile, start, start + 2, "%", "Freedonia") == ""
    # "economy-wide" emissions and "socio-economic" development name no growth of the economy
    pledge = "Its target of cutting economy-wide greenhouse gas emissions by 48% by 2035 increases its ambition."
    start = pledge.index("48%")
    assert catalogue.classify(pledge, start, start + 3, "%", "Freedonia") != "gdp_growth_rate"
    pledge = "An increase in ambition: emissions cut by 41% by 2035, subject to balanced socio-economic development."
    start = pledge.index("41%")
    assert catalogue.classify(pledge, start, start + 3, "%", "Freedonia") != "gdp_growth_rate"


def test_a_number_whose_own_words_are_emissions_or_people_is_no_gdp_growth(catalogue: Catalogue) -> None:
    """Beside the economy's growth, a number named by emissions, energy use or a share of people is theirs: "GDP
    tripled while emissions rose by 9.4% only", "to grow the economy while 60% of households gain access"."""
    both = "Between 1995 and 2015 the economy grew by 214%, while greenhouse gas emissions increased by 9.4% only."
    start = both.index("9.4%")
    assert catalogue.classify(both, start, start + 4, "%", "Freedonia") != "gdp_growth_rate"
    start = both.index("214%")
    assert catalogue.classify(both, start, start + 4, "%", "Freedonia") == "gdp_growth_rate"
    access = "Economic growth and energy security go together: 60% of households will gain access to power by 2030."
    start = access.index("60%")
    assert catalogue.classify(access, start, start + 3, "%", "Freedonia") != "gdp_growth_rate"


def test_a_level_under_the_mitigation_scenario_is_no_amount_avoided(catalogue: Catalogue) -> None:
    """ "the mitigation scenario" names the path whose levels a table or sentence gives; the amount a measure avoids is
    named by its own verbs ("mitigation measures will avoid 2.1 Mt")."""
    level = "Under the mitigation scenario, net emissions are projected at 14.6 MtCO2e in 2032."
    start = level.index("14.6")
    assert catalogue.classify(level, start, start + 11, "Mt CO2e", "Freedonia") != "co2_emissions_avoided"
    avoided = "Mitigation measures will avoid 2.1 MtCO2e of emissions by 2032."
    start = avoided.index("2.1")
    assert catalogue.classify(avoided, start, start + 10, "Mt CO2e", "Freedonia") == "co2_emissions_avoided"
