"""What the extractor understands, on sentences written for these tests (not taken from the seeds)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pytest

from extract import sentence
from extract.context import RegionMention
from extract.extractor import extract_document
from extract.model import Document, format_decimal
from extract.placeof import heading_region
from extract.quantities import Quantity
from extract.segment import Block, segment
from extract.sentence import region_for
from extract.state import Carry, DocContext
from extract.years import clause_bounds


class NoCatalogue:
    """Indicator mapping is tested with the real catalogue elsewhere; here only values and context matter."""

    def classify(self, sentence: str, start: int, end: int, unit: str, region: str = "") -> str:
        return ""


def rows(text: str) -> list[dict[str, str]]:
    doc = Document(doc="t", file="t.txt", text=text, sha256="0", bytes=len(text.encode()))
    result = extract_document(doc, NoCatalogue())
    for o in result.observations:
        assert text[o.char_start : o.char_end] == o.value_raw
    return [o.as_row() for o in result.observations]


def one(text: str) -> dict[str, str]:
    found = rows(text)
    assert len(found) == 1, found
    return found[0]


def values(text: str) -> list[tuple[str, str]]:
    return [(r["value"], r["unit"]) for r in rows(text)]


# ------------------------------------------------------------------ numbers and units


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("In 2021, Vietnam installed 16.5 million kilowatts of solar power.", "16.5", "GW"),
        ("In 2021, the country had installed 37.63 million kW of wind power.", "37.63", "GW"),
        ("By 2020, India had commissioned 1,250 megawatts of storage.", "1.25", "GW"),
        ("In 2020, the region generated 3.1 trillion kilowatt-hours of power.", "3100", "TWh"),
        ("In 2019, wind farms produced 450 billion kWh.", "450", "TWh"),
        ("In 2020, total consumption was 4.98 billion tons of standard coal.", "4980", "Mtce"),
        ("In 2020, emissions reached 9.9 billion tons of carbon dioxide.", "9900", "Mt CO2"),
        ("In 2020, projects cut 12,500 tons of carbon dioxide emissions.", "0.0125", "Mt CO2"),
        ("In 2019, certified reductions reached 80 million tons of CO2 equivalent.", "80", "Mt CO2e"),
        ("In 2019, the sawmills emitted 3.2M tCO2.", "3.2", "Mt CO2"),  # an "M" glued to the number: millions
        ("In 2012, farming emitted 4 million tonnes of C02 equivalent.", "4", "Mt CO2e"),  # a zero typed for the O
        ("By 2035, CO2-eq emissions per person will stabilize at 3.1 tons.", "3.1", "t CO2e per capita"),
        ("By 2030, the country will restore degraded savannas (2.5 Mha).", "2.5", "Mha"),
        ("By 2030, the country will restore 450 kha of degraded savannas.", "0.45", "Mha"),
        ("In 2019, the sawmills emitted 3.2M tonnes of CO2.", "3.2", "Mt CO2"),
        ("In 1996, the mangroves stored 14m tonnes CO2eq.", "14", "Mt CO2e"),  # a lower-case "m" before tonnes
        ("In 2012, the kilns burned 35k toe of charcoal.", "0.035", "Mtoe"),  # a "k" glued: thousands
        ("In 2019, the island added a 5MW solar plant.", "0.005", "GW"),
        ("In 2020, the ports handled 1.06 billion tons.", "1060", "Mt"),
        ("In 2020, the forest stock reached 17.5 billion cubic meters.", "17.5", "billion m3"),
        ("In 2020, new green buildings covered 2.1 billion square meters.", "2.1", "billion m2"),
        ("In 2020, protected land covered 1.5 million square kilometers.", "150", "Mha"),
        ("In 2020, farmers restored 30 million mu of grassland.", "2", "Mha"),
        ("In 2020, reforestation covered 2.4 million hectares.", "2.4", "Mha"),
        ("In 2020, the fund held 15 billion yuan.", "15", "CNY billion"),
        ("In 2020, the industry earned 1.8 trillion RMB.", "1800", "CNY billion"),
        ("In 2020, the province spent RMB 3.5 billion on grids.", "3.5", "CNY billion"),
        ("In 2021, the ports handled 6.2 million standard container units by rail and sea.", "6.2", "million TEU"),
        ("In 2020, the city counted 2.3 million electric vehicles.", "2300000", "count"),  # (a count in millions)
        ("In 2020, the city had 12,345 charging stations.", "12345", "count"),
        ("In 2020, PM2.5 concentration fell to 33 micrograms per cubic meter.", "33", "ug/m3"),
        ("In 2020, energy use was 0.55 tons of standard coal per 10,000 yuan of GDP.", "0.55", "tce/10k CNY"),
        ("In 2020, mills used 545 kilograms of standard coal per ton of steel.", "545", "kgce/t"),
        ("In 2020, output was 2.5 times the 2010 level.", "2.5", "times"),
    ],
)
def test_units_are_normalised_to_canonical_units(text: str, value: str, unit: str) -> None:
    found = values(text)
    assert (value, unit) in found, found


def test_source_digits_stay_exact() -> None:
    r = one("In 2022, the country added 37.63 million kilowatts of wind power.")
    assert r["value"] == "37.63"
    assert r["value_raw"] == "37.63 million kilowatts"
    assert format_decimal(Decimal("1.2E+3")) == "1200"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 2022, two-thirds of new cars sold were electric.", "66.7"),
        ("In 2022, a quarter of the power came from wind.", "25"),
        ("In 2022, half of the buses were electric.", "50"),
    ],
)
def test_shares_in_words(text: str, value: str) -> None:
    assert (value, "%") in values(text)


def test_a_plus_sign_before_a_share_is_its_sign_not_a_label() -> None:
    found = [(r["value"], r["unit"]) for r in rows("By 2030 emissions will grow by +12.5% over the 2020 level.")]
    assert found == [("12.5", "%")]
    text = "Energy emissions were 512 kt CO2e in 2012 and 598 kt CO2e in 2019 (+16.8%)."
    assert ("16.8", "%") in [(r["value"], r["unit"]) for r in rows(text)]
    # a bare "+" in a list of assumptions still marks no value
    assert rows("Modelling assumptions to 2030: electricity demand + 4% per year.") == []


def test_the_first_half_of_a_year_is_a_period_not_a_share() -> None:
    assert values("By the first half of 2023, capacity had reached 1.1 billion kilowatts.") == [("1100", "GW")]


@pytest.mark.parametrize(
    "text",
    [
        "By 2030 the southern half of Ruritania will see 120 MW of new solar capacity.",
        "By 2030 the upper third of the Lorn basin will host 120 MW of new solar capacity.",
        "By 2030 the north-eastern half of the island will host 120 MW of new solar capacity.",
    ],
)
def test_a_half_of_a_region_is_a_place_not_a_share(text: str) -> None:
    assert values(text) == [("0.12", "GW")]


def test_a_half_of_what_lies_in_a_region_stays_a_share() -> None:
    assert ("50", "%") in values("By 2030, half of the southern forests will be restored.")


@pytest.mark.parametrize(
    "text",
    [
        "In 2022, renewables supplied 60%-70% of demand.",
        "In 2022, renewables supplied 60% to 70% of demand.",
        "In 2022, renewables supplied 60-70% of demand.",
    ],
)
def test_ranges_give_two_rows(text: str) -> None:
    found = rows(text)
    assert [(r["value"], r["qualifier"]) for r in found] == [("60", ">="), ("70", "<=")]


# ------------------------------------------------------------------ qualifiers


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("approximately", "~"), ("around", "~"), ("about", "~"), ("nearly", "~"),
        ("more than", ">"), ("over", ">"), ("exceeding", ">"), ("above", ">"),
        ("less than", "<"), ("below", "<"), ("at least", ">="), ("up to", "<="), ("no more than", "<="),
    ],
)  # fmt: skip
def test_qualifiers(phrase: str, qualifier: str) -> None:
    r = one(f"In 2021, the share of coal was {phrase} 55% of energy use.")
    assert r["qualifier"] == qualifier


def test_up_to_that_ends_a_change_from_a_number_is_no_ceiling() -> None:
    # "from 18.2% in 2015 up to 26% in 2030": the change's end; "up to" alone, or after a "from" and a year, a ceiling
    found = rows("Ruritania will expand wetland cover from 18.2% in 2015 up to 26% in 2030.")
    assert [(r["value"], r["qualifier"]) for r in found] == [("18.2", "="), ("26", "=")]
    assert one("Households will receive grants from 2026 up to USD 4 million by 2030.")["qualifier"] == "<="
    assert one("By 2030, biofuels will replace up to 12% of diesel.")["qualifier"] == "<="


# ------------------------------------------------------------------ years and kind


def test_observation_year_carries_through_the_paragraph() -> None:
    found = rows("By the end of 2021, Chile had 4.2 gigawatts of solar power. It also had 3.1 gigawatts of wind power.")
    assert [(r["value"], r["year"], r["kind"]) for r in found] == [("4.2", "2021", "actual"), ("3.1", "2021", "actual")]


def test_target_with_modal_and_year() -> None:
    r = one("By 2030, Kenya will raise the share of renewable electricity to 100%.")
    assert (r["kind"], r["year"], r["value"]) == ("target", "2030", "100")


def test_by_year_with_past_tense_is_an_actual() -> None:
    r = one("By 2020, Morocco had achieved 3.9 gigawatts of renewable capacity.")
    assert (r["kind"], r["year"]) == ("actual", "2020")


def test_as_of_month_year() -> None:
    r = one("As of July 2023, the country had installed 20 gigawatts of solar power.")
    assert r["year"] == "2023"


def test_base_year_from_compared_with() -> None:
    r = one("By 2030, Peru aims to cut emissions per unit of GDP by 40% compared with the 2010 level.")
    assert (r["kind"], r["year"], r["base_year"]) == ("target", "2030", "2010")


def test_year_on_year_base_is_the_previous_year() -> None:
    r = one("In 2022, the solar capacity of Chile grew by 25% year-on-year.")
    assert (r["year"], r["base_year"]) == ("2022", "2021")


def test_from_to_with_a_period() -> None:
    found = rows("From 2015 to 2022, the share of coal fell from 70.1% to 55.3%.")
    assert [(r["value"], r["year"]) for r in found] == [("70.1", "2015"), ("55.3", "2022")]


@pytest.mark.parametrize("hedge", ["less than ", "about ", "just over ", "more than "])
def test_a_from_to_whose_start_is_hedged_is_still_a_from_to(hedge: str) -> None:
    text = f"In 2023 the plan was adopted. Lift the share of efficient kilns from {hedge}3% in 2021 to 60% in 2033."
    found = [(r["value"], r["year"], r["kind"], r["base_year"]) for r in rows(text)]
    assert found == [("3", "2021", "actual", ""), ("60", "2033", "target", "")]


def test_the_start_of_a_from_to_with_only_before_its_end_keeps_its_own_year() -> None:
    found = rows("In 2023 the plan was adopted. Move from 64% of waste dumped in 2018, to only 15% by 2032.")
    assert [(r["value"], r["year"], r["kind"]) for r in found] == [("64", "2018", "actual"), ("15", "2032", "target")]


def test_the_end_of_a_from_to_dated_by_its_list_after_the_present_is_a_goal() -> None:
    text = (
        "Zambia's report of 2021 covers 2019.\n\nBy 2035, Zambia will achieve the following:\n\n"
        "- the share of clinics on mini-grids from 12% in 2019 to 60%\n\n- more trees in every district"
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [("12", "2019", "actual"), ("60", "2035", "target")]


def test_the_items_of_a_lead_in_that_reports_a_past_year_are_records_under_a_heading_of_goals() -> None:
    text = "\n\n".join(
        [
            "Ruritania intends to limit its net emissions in 2030 to 80 Mt CO2e or lower.",
            "Mitigation contribution of GHG emissions",  # a heading about the plan's goals
            "The total GHG emissions of Ruritania in 2012 were 90 Mt CO2e. The sectoral GHG emission sources and their"
            " quantities were the following:",
            "a. Electric power generation totalling 6 Mt CO2e, i.e. 7% of the total;",
            "b. Industrial sector emissions totalling 4 Mt CO2e, i.e. 4% of the total;",
            "The targets for 2020 were the following:",  # past, but goals
            "a. Solar power capacity of 50 MW;",
        ]
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("6", "2012", "actual"), ("7", "2012", "actual"), ("4", "2012", "actual")} <= found
    assert ("0.05", "2020", "target") in found


def test_an_undated_lead_in_after_a_sentence_of_record_lists_records_under_a_heading_of_goals() -> None:
    text = "\n\n".join(
        [
            "Ruritania intends to cut its emissions 30% by 2035.",
            "Quantified goals of the contribution",  # a heading about the plan's goals
            "Total emissions of 12,400 Gg CO2 eq. were estimated for Ruritania in the base year 2015. The emissions of"
            " its main sectors are:",  # present tense and no year: it goes on from the record before it
            "Energy: 7,100 Gg CO2 eq.",
            "Waste: 640 Gg CO2 eq.",
            "By 2035 the sectors will contribute as follows:",  # a goal's lead-in after it: its items are goals
            "Energy: 2,000 Gg CO2 eq.",
        ]
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found[1:4] == [("12.4", "2015", "actual"), ("7.1", "2015", "actual"), ("0.64", "2015", "actual")]
    assert found[4] == ("2", "2035", "target")


def test_a_list_of_record_run_on_in_one_paragraph_and_a_sector_named_by_a_gerund() -> None:
    text = (
        "Ruritania intends to limit its net emissions in 2030 to 80 Mt CO2e or lower.\n\n"
        "Mitigation contribution of GHG emissions\n\n"
        "The total GHG emissions of Ruritania in 2012 were 90 Mt CO2e. The sectoral sources were the following:\n"
        "a. Electric power generation totalling 6 Mt CO2e, i.e. 7% of the total;\n"
        "b. Building sector emissions totalling 3 Mt CO2e, i.e. 3% of the total\n\n"
        "Ruritania will also plant 40,000 ha of forest by 2030."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found[1:] == [
        ("90", "2012", "actual"), ("6", "2012", "actual"), ("7", "2012", "actual"),
        ("3", "2012", "actual"), ("3", "2012", "actual"), ("0.04", "2030", "target"),
    ]  # fmt: skip


def test_a_bracketed_estimate_year_dates_the_start_and_an_expected_end_is_a_goal() -> None:
    text = (
        "In 2020 emissions were 190 GgCO2e. Ruritania will meet its goals by 2033. Ruritania expects its total "
        "emissions to decrease from 213 GgCO2e (2011 estimate) to 104 GgCO2e within the energy sector."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)][1:] == [
        ("0.213", "2011", "actual"),
        ("0.104", "2033", "target"),
    ]


def test_paired_lists_are_paired_in_order() -> None:
    found = rows("In 2022, rail and water shares rose from 7.5% and 12.5% in 2017 to 9.1% and 15.2%.")
    assert [(r["value"], r["year"]) for r in found] == [
        ("7.5", "2017"),
        ("12.5", "2017"),
        ("9.1", "2022"),
        ("15.2", "2022"),
    ]


def test_document_default_year_from_what_it_says_about_its_data() -> None:
    text = "Most of the statistics in this report were collected by the end of 2021.\n\nThe country has 300 wind farms."
    doc = Document(doc="t", file="t.txt", text=text, sha256="0", bytes=len(text))
    result = extract_document(doc, NoCatalogue())
    assert result.default_year == 2021
    assert [(o.value, o.year) for o in result.observations] == [(Decimal(300), 2021)]


def test_a_present_tense_fact_that_nothing_dates_is_left_out_a_record_takes_the_data_year() -> None:
    text = (
        "In 2023 the inventory was published.\n\n"
        "About 70% of the electricity comes from the Kafue gorge.\n\n"
        "Waste emissions were estimated at 2.1 MtCO2e.\n\n"
        "Wind farms currently supply 9% of the power."
    )
    # (the present of a document that does not say when its data were collected dates nothing: "currently")
    assert [(r["value"], r["year"]) for r in rows(text)] == [("2.1", "2023")]


def test_a_report_in_a_later_clause_does_not_date_a_present_tense_fact() -> None:
    text = (
        "In 2023 the inventory was published.\n\n"
        "Although only about 14% of the islands' homes have a grid connection, the utility was founded long ago.\n\n"
        "Transport emissions were estimated at 0.8 MtCO2e, of which road vehicles 0.7 MtCO2e."
    )
    # (the 14%'s clause is in the present tense; "was founded" is another clause's; "of which …" goes on a record)
    assert [(r["value"], r["year"]) for r in rows(text)] == [("0.8", "2023"), ("0.7", "2023")]


def test_a_document_that_dates_nothing_gives_no_undated_rows() -> None:
    assert rows("About 70% of the households cook with wood, and the grid reaches 35% of them.") == []


def test_peak_and_neutrality_years() -> None:
    found = rows("The country will peak its carbon emissions before 2028 and achieve carbon neutrality by 2055.")
    assert [(r["value"], r["unit"], r["qualifier"], r["kind"]) for r in found] == [
        ("2028", "year", "<", "target"),
        ("2055", "year", "<=", "target"),
    ]


# ------------------------------------------------------------------ tables


def test_table_with_year_header_footnotes_and_header_unit() -> None:
    text = (
        "Table 3. Main goals of the plan\n\n"
        "Goal\t2025\t2035\n"
        "Energy Intensity Reduced (%)\t12ª\tabout 30 ^b\n"
        "Timber Stock (100 million cubic meters)\t150\t165\n\n"
        "^a compared with the 2020 level\n\n"
        "^b compared with 2015 level\n"
    )
    found = rows(text)
    got = [(r["value"], r["unit"], r["year"], r["kind"], r["qualifier"], r["base_year"]) for r in found]
    assert got == [
        ("12", "%", "2025", "target", "=", "2020"),
        ("30", "%", "2035", "target", "~", "2015"),
        ("15", "billion m3", "2025", "target", "=", ""),
        ("16.5", "billion m3", "2035", "target", "=", ""),
    ]
    assert found[0]["value_raw"] == "12"  # the marker is not part of the number


# ------------------------------------------------------------------ regions


def test_regions() -> None:
    text = (
        "In 2022, Brazil had 25 gigawatts of wind power. In 2022, Gujarat and Rajasthan states installed 5 gigawatts"
        " of solar power. In 2022, Brazil supplied 12% of the world's ethanol. In 2022, the Yunnan Province plan"
        " reached 3 gigawatts."
    )
    found = rows(text)
    assert [(r["value"], r["region"]) for r in found] == [
        ("25", "Brazil"),
        ("5", "Gujarat"),
        ("5", "Rajasthan"),
        ("12", "World"),
        ("3", "Yunnan"),
    ]


def test_region_for_with_the_clause_passed_in_agrees_with_finding_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """``read_sentence`` hands ``region_for`` the number's clause bounds: the same as it finds them itself."""
    calls = []

    def both(
        ctx: DocContext,
        text: str,
        q: Quantity,
        sent_start: int,
        sent_end: int,
        regions: Sequence[RegionMention],
        carry: Carry,
        clause: tuple[int, int] | None = None,
    ) -> list[str]:
        found = region_for(ctx, text, q, sent_start, sent_end, regions, carry)
        if clause is not None:
            assert clause == clause_bounds(text, sent_start, sent_end, q.num.start)
            assert region_for(ctx, text, q, sent_start, sent_end, regions, carry, clause) == found
            calls.append(found)
        return found

    monkeypatch.setattr(sentence, "region_for", both)
    text = (
        "In 2022, Ruritania had 25 GW of wind power; in the Northern Province, 5 GW of solar power were installed, and"
        " the Eastern and Western provinces added 3 GW. Freedonia supplied 12% of the world's ethanol."
    )
    assert rows(text)
    assert calls


def test_national_region_is_the_documents_country() -> None:
    r = one("Indonesia is committed to action. In 2021, the country installed 2.1 gigawatts of solar power.")
    assert r["region"] == "Indonesia"


def test_a_paragraph_that_names_the_country_first_speaks_for_it_not_for_a_venue() -> None:
    """ "Kenya presented its strategy at COP 26 in Glasgow, United Kingdom": the paragraph is about Kenya; a sentence
    set apart that lists other places ("Except … Georgia and …") titles no section."""
    text = (
        "Kenya's climate plan was adopted in 2021.\n\n"
        "Kenya presented its long-term strategy at COP 26 in Glasgow, United Kingdom, in 2021. "
        "The strategy aims for a 32% cut in emissions by 2030."
    )
    assert [(r["value"], r["region"]) for r in rows(text)] == [("32", "Kenya")]
    note = "Except the Falkland Islands, Georgia and the Sandwich Islands."
    doc = Document(doc="t", file="t.txt", text=note, sha256="0", bytes=0)
    ctx = DocContext(doc, NoCatalogue(), "Argentina", None, {})  # type: ignore[arg-type]
    block = Block("heading", 0, len(doc.text), doc.text)
    assert heading_region(ctx, block) is None
    block = Block("heading", 0, 29, "Adaptation in Georgia's uplands")
    ctx.doc = Document(doc="t", file="t.txt", text=block.text, sha256="0", bytes=0)
    assert heading_region(ctx, block) == "Georgia"


def test_a_paragraph_naming_another_country_beside_its_own_speaks_for_its_own() -> None:
    """ "Despite the aggression of Belarus, Lithuania has …": a paragraph whose first sentence names the document's
    country beside another one is about the document's country (another country named alone still speaks for it)."""
    text = (
        "Lithuania's climate plan was adopted in 2021.\n\n"
        "Despite the ongoing pressure of Belarus, Lithuania keeps decarbonising its economy. "
        "The energy plan provides that renewables should supply at least 45% of final consumption in 2030.\n\n"
        "Latvia reports its own figures. Its grid reached 61% of renewable electricity in 2020."
    )
    assert [(r["value"], r["region"]) for r in rows(text)] == [("45", "Lithuania"), ("61", "Latvia")]


# ------------------------------------------------------------------ what is not an indicator


@pytest.mark.parametrize(
    "text",
    [
        "See Figure 3 and Table 12 on page 45.",
        "The 16th consecutive year of growth was marked at COP28 in 2023.",
        "The 14th Five-Year Plan was issued on 12 March 2021.",
        "Contact: No. 1, Yuhuinanlu, Beijing 100029, tel. +86 10 8463 1234.",
        "Details at https://example.org/report/2023/07/15/page12.html for readers.",
        "The AP1000 reactor and the 1+N policy system and PM2.5 and CO2 are named here.",
        "Global warming reached 1.1°C above pre-industrial levels.",
        "The team spent three weeks and 20 days in the field.",
    ],
)
def test_non_indicators_are_not_emitted(text: str) -> None:
    assert rows(text) == []


def test_provenance_holds_for_every_seed_row() -> None:
    from pathlib import Path

    from extract.read import read_document

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for path in sorted(seeds.iterdir()):
        doc = read_document(path, path.read_bytes())
        for o in extract_document(doc, NoCatalogue()).observations:
            assert doc.text[o.char_start : o.char_end] == o.value_raw, (path.name, o)


# ------------------------------------------------------------------ other countries' NDC phrasing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The country will reduce the emissions intensity of its GDP by 45 percent by 2030 from the 2005 level.",
            [("45", "%", "=", "2030", "target", "2005")],
        ),
        (
            "To achieve about 50 percent of installed capacity from non-fossil sources by 2030.",
            [("50", "%", "~", "2030", "target", "")],
        ),
        (
            "It will create an additional carbon sink of 2.5 to 3 billion tonnes of CO2 equivalent by 2030.",
            [("2500", "Mt CO2e", ">=", "2030", "target", ""), ("3000", "Mt CO2e", "<=", "2030", "target", "")],
        ),
        (
            "The target is a net reduction of at least 55% in greenhouse gas emissions by 2030 compared to 1990.",
            [("55", "%", ">=", "2030", "target", "1990")],
        ),
        (
            "The nation sets a target of reducing its net emissions by 50-52 percent below 2005 levels in 2030.",
            [("50", "%", ">=", "2030", "target", "2005"), ("52", "%", "<=", "2030", "target", "2005")],
        ),
        (
            "Emissions will be in a range between 398 and 510 Mt CO2-eq in 2025.",
            [("398", "Mt CO2e", ">=", "2025", "target", ""), ("510", "Mt CO2e", "<=", "2025", "target", "")],
        ),
    ],
)
def test_ndc_phrasing(text: str, expected: list[tuple[str, ...]]) -> None:
    got = [(r["value"], r["unit"], r["qualifier"], r["year"], r["kind"], r["base_year"]) for r in rows(text)]
    assert got == expected


def test_white_paper_phrasing() -> None:
    text = (
        "Between 2011 and 2020, energy consumption per unit of GDP fell by 28.7 percent. The country will increase"
        " the forest stock volume by 6 billion cubic meters from the 2005 level by 2030. The installed capacities of"
        " hydropower and wind power were 370 million kW and 280 million kW respectively in 2020."
    )
    got = [(r["value"], r["unit"], r["year"], r["kind"], r["base_year"]) for r in rows(text)]
    assert got == [
        ("28.7", "%", "2020", "actual", "2011"),
        ("6", "billion m3", "2030", "target", "2005"),
        ("370", "GW", "2020", "actual", ""),
        ("280", "GW", "2020", "actual", ""),
    ]


# ------------------------------------------------------------------ Chinese-language numbers


def test_chinese_numbers_units_qualifiers_and_years() -> None:
    text = (
        "到2030年，单位国内生产总值二氧化碳排放将比2005年下降65%以上，非化石能源占一次能源消费比重将达到25%左右，"
        "森林蓄积量将比2005年增加60亿立方米，风电、太阳能发电总装机容量将达到12亿千瓦以上。"
        "2020年，全国可再生能源发电量达到2.2万亿千瓦时。截至2020年底，全国累计完成造林9.6亿亩，节约标准煤约14亿吨。"
    )
    got = [
        (r["value_raw"], r["value"], r["unit"], r["qualifier"], r["year"], r["kind"], r["base_year"])
        for r in rows(text)
    ]
    assert got == [
        ("65%", "65", "%", ">", "2030", "target", "2005"),
        ("25%", "25", "%", "~", "2030", "target", ""),
        ("60亿立方米", "6", "billion m3", "=", "2030", "target", "2005"),
        ("12亿千瓦", "1200", "GW", ">", "2030", "target", ""),
        ("2.2万亿千瓦时", "2200", "TWh", "=", "2020", "actual", ""),
        ("9.6亿亩", "64", "Mha", "=", "2020", "actual", ""),
        ("14亿吨", "1400", "Mtce", "~", "2020", "actual", ""),
    ]
    assert {r["region"] for r in rows(text)} == {"China"}


def test_bilingual_restatement_in_brackets_is_one_row() -> None:
    assert values("In 2020, wind capacity reached 281 million kW (2.81亿千瓦).") == [("281", "GW")]


def test_the_bounds_of_a_range_are_one_statement() -> None:
    # the opening year dates the announcement, not the lower bound: both bounds are the goal written after them
    text = "The first plan, announced in 2016, limited emissions to 60–65% of 1990 emissions by 2032."
    got = {(r["value"], r["kind"], r["year"]) for r in rows(text)}
    assert got == {("60", "target", "2032"), ("65", "target", "2032")}
    # a base year or condition read for one bound holds for the other
    got = rows("Ruritania will cut its emissions by 41–46% compared to the 2012 level by 2036.")
    assert {(r["value"], r["base_year"], r["baseline"]) for r in got} == {
        ("41", "2012", "base_year"), ("46", "2012", "base_year")
    }
    got = rows("Emissions will fall by 12% to 20% by 2031 (conditional on international support).")
    assert {r["condition"] for r in got} == {"conditional"}


def test_a_short_line_whose_label_states_the_unit_gives_it_to_the_bare_value_after_the_colon() -> None:
    """ "% of renewables in final energy: 38", "Solar PV capacity (MW): 420": the label's unit measures the bare
    number; a label that states none ("Phase 2: 45") or a count gives nothing."""
    text = (
        "The plan was adopted in 2022.\n\n"
        "It is consistent with the following long term (2045) goals:\n\n"
        "% of renewables in gross final energy consumption: 38\n\n"
        "Solar PV capacity (MW): 420\n\n"
        "Phase 2: 45"
    )
    assert {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)} == {
        ("38", "%", "2045", "target"),
        ("0.42", "GW", "2045", "target"),
    }


def test_an_equivalent_abbreviated_before_its_gas_ends_no_sentence() -> None:
    # "1,072 Gg eq. CO2": one unit across the point, the gas not a new sentence
    text = "In 2016 emissions were 40 MtCO2e. Emissions of the sector will be reduced to 1,072 Gg eq. CO2 by 2031."
    assert {(r["value"], r["unit"]) for r in rows(text)} == {("40", "Mt CO2e"), ("1.072", "Mt CO2e")}


def test_a_mass_abbreviated_with_a_point_before_its_bracketed_gas_ends_no_sentence() -> None:
    # "41,000 Gg. (CO2-eq.), in 2012 …": the point abbreviates the unit; the years after it date their own levels,
    # the last one through a dash standing for the verb ("and in 2018 – 52,300 Gg")
    text = (
        "This NDC was submitted in 2023.\n\n"
        "According to the inventory, the total amount of emissions in 2000 was about 41,000 Gg. (CO2-eq.), "
        "in 2012 it was 47,500 Gg. (CO2-eq.), and in 2018 – 52300 Gg. (CO2-eq.)."
    )
    got = rows(text)
    assert {(r["value"], r["unit"], r["year"]) for r in got} == {
        ("41", "Mt CO2e", "2000"), ("47.5", "Mt CO2e", "2012"), ("52.3", "Mt CO2e", "2018"),
    }  # fmt: skip
    assert len({r["quote"] for r in got}) == 1
    # (the dash dates its level even where no present of the document helps to tell the years apart)
    got = rows(text.split("\n\n")[1])
    assert ("52.3", "2018") in {(r["value"], r["year"]) for r in got}


def test_lines_a_page_layout_wrapped_mid_sentence_are_read_as_one_sentence() -> None:
    # a PDF's lines rendered each as its own paragraph: the sentence goes on after the blank line ("… in the" over
    # "national mix by 2032."), but items of a list that open alike, or lines ending a sentence, stay apart
    text = (
        "This NDC was submitted in 2026.\n\n"
        "In the energy sector, Ruritania committed under its second NDC to achieve 45 percent renewable energy in the"
        "\n\nnational mix by 2032. Moreover, the country commenced gas-fired power generation in 2018 while keeping"
        "\n\nits older coal plants.\n\n"
        "to install mini hydro power plants with a total generation capacity of 85 MW by 2033 in the two valleys\n\n"
        "to install photovoltaic modules with a total generation capacity of 40 MW by 2034 in the north"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("45", "%", "2032", "target") in found
    assert {("0.085", "GW", "2033", "target"), ("0.04", "GW", "2034", "target")} <= found
    hydro = next(r for r in rows(text) if r["value"] == "0.085")
    assert "photovoltaic" not in hydro["quote"]  # each item its own quote
    # a line that leaves its phrase open goes on over a number too ("… by" over "2031, …"), not over a numbered heading
    digits = (
        "Ruritania will cut its emissions by 20% below business as usual by 2035. This NDC was submitted in 2026.\n\n"
        "Under its first NDC, the country has committed to reducing the greenhouse gas emissions of its economy by\n\n"
        "35% by 2031, a commitment that includes the measures of its first NDC and storage in depleted reservoirs of"
        "\n\n3.5.1. Power\n\nThe power sector emitted 4.2 MtCO2e in 2024."
    )
    cut = next(r for r in rows(digits) if r["value"] == "35")
    assert (cut["year"], cut["kind"]) == ("2031", "target") and "committed to reducing" in cut["quote"]
    assert "3.5.1. Power" in [b.text for b in segment(digits) if b.kind == "heading"]


def test_a_wrapped_line_that_starts_a_new_sentence_goes_on_whatever_word_the_paragraph_opened_with() -> None:
    # the paragraph opens with "emissions …" (itself wrapped), and the next line again with "emissions …": no list of
    # items opening alike, since the sentence left open starts mid-line ("… 2001-2022. In 2022, the main source of CH4")
    text = (
        "This NDC was submitted in 2026.\n\nThe methane\n\n"
        "emissions of Ruritania were 0.52 kt in 2022 and 0.47 kt in 2001, which indicates an increase\n\n"
        "of about 10.6% over 2001-2022. In 2022, the main source of CH4\n\n"
        "emissions in Ruritania was enteric fermentation (81%), followed by solid waste disposal (12%)."
    )
    share = next(r for r in rows(text) if r["value"] == "81")
    assert share["year"] == "2022" and share["quote"].startswith("In 2022, the main source")


def test_a_narrow_columns_short_printed_lines_wrap_as_its_own_width_says() -> None:
    # a page printed in narrow columns, each line its own paragraph: its printed lines are some 50 characters, so a
    # line that long which leaves its sentence open goes on over the next ("… and" over "construction account for
    # 4,120 (39 percent) Gg CO2" over "eq in 2016 …"), as 70-character lines do in a page of full width
    column = [
        "The industrial sector grew steadily over the two",
        "decades before the inventory, mostly in mining and",
        "in the processing of timber for export markets.",
        "Energy industries, manufacturing industries and",
        "construction account for 4,120 (39 percent) Gg CO2",
        "eq in 2016 and include emissions from the grid and",
        "from the generators of the mining companies that",
        "produce their own electricity on remote sites.",
    ] * 6  # (a layout is told by many lines: a few short wrapped lines alone are no narrow column)
    text = "This NDC was submitted in 2020.\n\n" + "\n\n".join(column)
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("4.12", "Mt CO2e", "2016", "actual"), ("39", "%", "2016", "actual")} <= got
    # the same lines few in a page of full-width prose stay apart (their own width is not the page's)
    wide = "This NDC was submitted in 2020.\n\n" + "\n\n".join(column[:8])
    assert not [r for r in rows(wide) if r["value"] == "4.12"]


def test_the_short_tail_of_a_wrapped_sentence_opening_with_a_capital_joins_it() -> None:
    # a name wrapped at the margin ("… generated at Rivertown" over "Landfill until 2032."): the tail ends the
    # sentence, and its deadline dates the value; a line that ends with a figure or a bracket keeps its own lines
    text = (
        "Ruritania will cut its emissions by 20% below business as usual by 2035. This NDC was submitted in 2026.\n\n"
        "To capture and burn 120 GgCO2e, equivalent to 4 GgCH4 of the landfill gas generated at Rivertown\n\n"
        "Landfill until 2032.\n\nUnconditional\n\n"
        "The Cost Benefit Analysis Report for the 35 priority Actions contributing to Ruritania's NDC)\n\n"
        "Ruritania's Second BUR."
    )
    captured = next(r for r in rows(text) if r["value"] == "0.12")
    assert (captured["year"], captured["kind"]) == ("2032", "target")
    assert "Ruritania's Second BUR." in [b.text for b in segment(text)]


def test_a_printed_line_ending_in_a_comma_inside_a_bracket_goes_on_over_a_line_opening_with_a_number() -> None:
    # "… is renewable (41.5% – hydropower plants," over "12.3% – wind farms …)": the bracket's list goes on, and its
    # members keep the sentence's year; a line that closes its brackets before the comma ends there
    text = (
        "This NDC was submitted in 2026.\n\n"
        "As of 2025, about 58% of the electricity generated in Ruritania is renewable (41.5% – hydropower plants,\n\n"
        "12.3% – wind farms, and solar power plants – 4.2%). The rest comes from gas.\n\n"
        "Solar parks (two of them) are planned in the north,\n\n2 more in the south.\n\n"
        "The indicators measure the quality of life (access to water, training in income-generating activities,"
        "\n\nIII. Mitigation commitments"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("12.3", "%", "2025", "actual"), ("4.2", "%", "2025", "actual")} <= found
    assert "2 more in the south." in [b.text for b in segment(text)]
    assert "III. Mitigation commitments" in [b.text for b in segment(text)]  # (a heading is no member)


def test_a_printed_line_leaving_a_bracket_open_goes_on_over_the_line_that_closes_it() -> None:
    # "… built upon a 31 Mt baseline (year" over "2005) and …": the bracket closes on the next printed line, so the
    # year it names labels the level (as "(base year 2000)" does); a line whose bracket stays open over a new
    # paragraph's number ends there
    text = (
        "This NDC was submitted in 2026.\n\n"
        "The earlier pledge of Ruritania, which was built upon a 31 MtCO2-eq baseline (year\n\n"
        "2005) and projected emissions under BAU, remains a point of reference for its ambition.\n\n"
        "Its first pledge, which was built upon a 29.5 MtCO2-eq baseline (base year 2000) and projected emissions"
        " under BAU, remains a point of reference.\n\n"
        "It plans to cut GHG emissions by 25% by 2030 as compared to the BAU scenario (base year 2005).\n\n"
        "The GHG inventory of the TNC (reference year 2012) established the aggregate emissions at 8,192 GgCO2eq.\n\n"
        "The plan covers energy and transport (the sectors with most emissions in the country\n\n"
        "2. Mitigation (targets)"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("31", "Mt CO2e", "2005", "actual"), ("29.5", "Mt CO2e", "2000", "actual")} <= found
    # (a BAU scenario's base year is where the reference path starts: the cut is against BAU; an inventory's
    # reference year is the year of its figures)
    assert any(r["value"] == "25" and r["baseline"] == "bau" and not r["base_year"] for r in rows(text))
    assert ("8.192", "Mt CO2e", "2012", "actual") in found
    assert "2. Mitigation (targets)" in [b.text for b in segment(text)]


def test_a_short_line_broken_off_after_an_amount_goes_on_over_a_lower_case_line_of_prose() -> None:
    # "Energy: Ruritania set a 12%" over "reduction target … by 2030": a layout broke the sentence where a bold run
    # ended, so the share takes the sentence's deadline; a short title over a capitalised paragraph stays apart,
    # and so does a short line over a lower-case line as short as a cell
    text = (
        "This NDC was submitted in 2025.\n\n"
        "Energy: Ruritania set a 12%\n\n"
        "reduction target (about 14 GgCO2e) in energy-sector emissions by 2030, relative to the level of 2006.\n\n"
        "AFOLU: Ruritania aimed to have 25%\n\n"
        "of its land area under agro-forestry or forestry by 2027, a first-time land-use adaptation target.\n\n"
        "Installed capacity 45\n\nmegawatts of solar\n\n"
        "Targets for 2030\n\nThe plan sets out the contribution of every sector of the economy to the goal of 2030."
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("12", "%", "2030", "target"), ("25", "%", "2027", "target")} <= found
    texts = [b.text for b in segment(text)]
    assert "Installed capacity 45" in texts and "Targets for 2030" in texts


def test_a_paragraph_opening_with_shares_of_the_total_keeps_the_year_of_the_total_before_it() -> None:
    # "… emissions in 2019 were 812 Gg." ending a printed line, then "The energy sector accounted for 61% of the total
    # emissions, …": the breakdown of that total, so of 2019; a paragraph naming its own year, or no total, does not
    text = (
        "This NDC was submitted in 2025.\n\n"
        "The Second Biennial Update Report of Ruritania, published in 2022, states that gross emissions in 2019"
        " were\n\n"
        "812 Gg CO2e.\n\n"
        "The energy sector accounted for 61% of the total emissions, followed by 24% from agriculture and 9% from"
        " waste.\n\n"
        "Ruritania will increase the share of renewables to 48% of the total electricity generation by 2035.\n\n"
        "Forests covered 37% of the land area, after the survey."
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("61", "%", "2019", "actual"), ("24", "%", "2019", "actual"), ("48", "%", "2035", "target")} <= found
    assert not any(r["value"] == "37" and r["year"] == "2019" for r in rows(text))


def test_a_wrapped_line_goes_on_over_an_amount_with_a_decimal_but_not_over_a_numbered_heading() -> None:
    # "… compared to 2015 levels or by" over "64.3 Gg CO2e": the amount ends the sentence (its decimal point is no
    # section number); "… the measures listed in" over "4.2 Targets" is a heading, which stays apart
    text = (
        "This NDC was submitted in 2025.\n\n"
        "Reduce GHG emissions in the waste sector by 35 percent in 2035 compared to 2015 levels or by\n\n"
        "64.3 Gg CO2e\n\n"
        "SUBSECTOR & TARGET\n\n"
        "The plan sets out the contribution of every sector of the economy, as described by the measures of\n\n"
        "4.2 Targets"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("0.0643", "Mt CO2e", "2035", "target") in found
    assert "4.2 Targets" in [b.text for b in segment(text)]


def test_base_year_emissions_stated_without_their_year_are_of_the_base_year_of_the_plans_goal() -> None:
    # "A provisional value for base year emissions … is 48.3 million tonnes": the goal before measures its cut from
    # 1990, so that is the year of the level; a sentence naming its own year keeps it
    text = (
        "This NDC was submitted in 2025.\n\n"
        "Ruritania commits to reducing its GHG emissions by at least 60% compared to 1990 by 2035.\n\n"
        "A provisional value for base year emissions, subject to change due to recalculations of the inventory, is"
        " 48.3 million tonnes of CO2 equivalent.\n\n"
        "Emissions in the base year amounted to 5 383 Gg CO2 equivalent in the energy sector alone.\n\n"
        "Total emissions were 41.2 million tonnes of CO2 equivalent in 2022."
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("48.3", "Mt CO2e", "1990", "actual"), ("5.383", "Mt CO2e", "1990", "actual")} <= found
    assert ("41.2", "Mt CO2e", "2022", "actual") in found


def test_a_base_year_named_before_a_level_dates_it_but_not_a_limit_measured_from_it() -> None:
    # "Based on the base year 2006, … emissions was 28,717 Gg": the one year of the sentence labels the level after
    # it; "limits emissions to 30 Mt, a cut relative to the base year 2006" measures a goal from it, dating nothing
    text = (
        "This NDC was submitted in 2025.\n\n"
        "Based on the base year 2006, the share of Ruritania in global greenhouse gas emissions was 28,717 Gg of CO2"
        " eq.\n\n"
        "The plan limits emissions to 30 Mt CO2e, a cut relative to the base year 2006."
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("28.717", "Mt CO2e", "2006", "actual") in found
    assert not any(r["value"] == "30" and r["year"] == "2006" for r in rows(text))


def test_a_sentence_set_one_phrase_per_line_goes_on_over_its_amount_and_its_unit() -> None:
    # "… emissions in 2023 were" over "14.6" over "million tonnes of carbon dioxide equivalent" over "(MtCO2e).": a
    # layout gave each phrase a line; the verb and the amount end no sentence. A heading over an amount stays apart.
    text = (
        "This NDC was submitted in 2025.\n\n"
        "The Republic of Ruritania total gross GHG emissions in 2015 (base year) were\n\n10.24\n\n"
        "million tonnes of carbon dioxide equivalent\n\n(MtCO2e).\n\n"
        "The total gross GHG emissions of Ruritania in 2023 were\n\n14.6\n\n"
        "million tonnes of carbon dioxide equivalent\n\n(MtCO2e).\n\n"
        "Table 4\n\n12.5"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("10.24", "Mt CO2e", "2015", "actual"), ("14.6", "Mt CO2e", "2023", "actual")} <= found
    assert "Table 4" in [b.text for b in segment(text)]


def test_a_list_lead_in_that_states_a_unit_gives_it_to_its_items_bare_values() -> None:
    # "The contribution by each sector … (ktCO2eq) is as follows:" over "Transport: 141 (…)": the items' bare
    # numbers are in the lead-in's unit and due at the plan's deadline; a line after the list keeps no unit
    text = (
        "The quantified mitigation target is equivalent to 35% reduction of GHG emissions by 2030 compared to the "
        "BAU scenario.\n\n"
        "The contribution by each sector to the 35% mitigation target in terms of avoided emissions (ktCO2eq) is as "
        "follows:\n\n"
        "Energy excluding transport: 2622 (Renewable Energy Roadmap 2019)\n\n"
        "Transport: 141 (on-going government policies)\n\n"
        "The plan was drafted with 12 ministries.\n\n"
        "Waste: 276 (Waste Sector Review, 2021)"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("2.622", "Mt CO2e", "2030", "target"), ("0.141", "Mt CO2e", "2030", "target")} <= found
    assert not any(v == "0.276" for v, *_ in found)  # the list ended: no unit reaches it


def test_a_lead_in_bracket_of_a_year_and_a_unit_gives_the_unit_to_its_items() -> None:
    # "Total area and by type of forest: (2016, in km2):" over "Mature forest:" and "12,310.40 (38.2%)": the items'
    # bare numbers are square kilometres of that year
    text = (
        "Ruritania, 2 May 2021.\n\nTotal area and by type of forest: (2016, in km2):\n\nMature forest:\n12,310.40 "
        "(38.2%)\n\nSecondary forest:\n8,120.75 (25.2%)"
    )
    found = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("1.23104", "Mha", "2016"), ("0.812075", "Mha", "2016"), ("38.2", "%", "2016")} <= found


def test_a_printed_line_that_ends_with_a_number_goes_on_over_the_line_with_its_unit() -> None:
    # "… to 1051.55" over "Gg CO2-e in 2010 (Table 1).": the unit and the year are the number's (a decimal at the
    # line's end is no stop and footnote); a line ending with a year, or a next line without a unit, stays apart
    text = (
        "This NDC was submitted in 2024.\n\n"
        "Historical GHG emissions from different sectors have increased from 411 Gg CO2-e in 1994 to 951.55\n\n"
        "Gg CO2-e in 2010 (Table 1).\n\n"
        "In connection with gender, which is cross-cutting, the specific funding needs of the initiatives amount to "
        "1,279,891\n\nUS$ over the period.\n\n"
        "The national inventory of greenhouse gases was last compiled with the support of partners in 2019\n\n"
        "Gg CO2-e figures are given in the annex."
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("0.95155", "Mt CO2e", "2010", "actual") in found
    assert any(v == "0.001279891" and u == "USD billion" for v, u, _, _ in found)
    assert "Gg CO2-e figures are given in the annex." in [b.text for b in segment(text)]


def test_a_paragraph_going_on_over_wrapped_lines_takes_a_somewhat_shorter_line_as_prose() -> None:
    # printed lines vary in length: once a paragraph goes on over wrapped lines, a 60-odd character line that leaves
    # its phrase open ("… the total GHG emissions from") goes on too; a short first line stays alone
    text = (
        "This NDC was submitted in 2025.\n\n"
        "The agriculture sector includes crop cultivation, rice paddies and livestock breeding. The\n\n"
        "sector contributes to methane (CH4) and nitrous oxide (N2O) emissions, with others from\n\n"
        "field burning of crop residues. In 2021, the total GHG emissions from\n\n"
        "agricultural activities amounted to 5,070,100 MT CO2e. The other sectors follow.\n\n"
        "Emissions by gas from\n\n"
        "Table 3 shows the sectors."
    )
    found = next(r for r in rows(text) if r["value"] == "5.0701")
    assert (found["year"], found["kind"]) == ("2021", "actual")
    assert "Emissions by gas from" in [b.text for b in segment(text)]


def test_a_currency_sign_ending_a_wrapped_line_gives_its_amount_on_the_next_line_its_currency() -> None:
    # "… stands at US$" over "4.15 billion …": one sentence, and the sign is the amount's currency across the break
    text = (
        "Ruritania, 2021.\n\n"
        "This plan notes that the cost of reaching the goal of this updated plan over the decade currently stands at"
        " US$\n\n4.15 billion between 2021 and 2030, a heavy burden for a small island state."
    )
    found = [(r["value"], r["unit"]) for r in rows(text)]
    assert found == [("4.15", "USD billion")]
    # a short line too: the sentence goes on, so what it is about (the economy, here) is read with the amount
    short = (
        "Ruritania, 2025.\n\nBy 2035, Ruritania’s GDP is projected to reach approximately USD\n\n350 billion, and its"
        " emissions 41 MtCO2e."
    )
    assert not [r for r in rows(short) if r["value"] == "350"]  # the growth of the economy, whatever else follows
    # a table's row label naming its currency heads the cell under it: no prose goes on there
    cells = "Indicator\n\n2010\n\n2015\n\nEnergy intensity, kg oil eq./2010 PPP US $\n\n4.433\n\n3.912"
    assert "4.433" in [b.text for b in segment(cells)]


def test_a_comma_glued_between_a_word_and_a_number_parts_them() -> None:
    # a missing space after the comma ("emissions,15%"); after a digit the comma stays a separator ("2030,15")
    text = (
        "Ruritania, 2021.\n\n"
        "Of the 45% cut below BAU emissions by 2030, the energy sector's emissions,15% will be met unconditionally."
    )
    assert ("15", "%", "2030") in {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert not [r for r in rows("Ruritania, 2021.\n\nEmissions fell 2030,15% in all.") if r["value"] == "15"]
    footnote = "Ruritania, 2021.\n\nUnder a decree of Ruritania,42 all new kilns must cut 20% of fuel by 2030."
    assert not [r for r in rows(footnote) if r["value"] == "42"]  # a footnote's mark after the comma


def test_a_lead_in_naming_a_plans_edition_gives_its_items_no_year() -> None:
    # "Ruritania's 2016 NDC has the following targets:" names which plan; its items' deadlines are their own or the
    # plan's headline one, not the year of the edition
    text = (
        "Ruritania, updated NDC, 2021.\n\n"
        "Ruritania's 2016 NDC has the following mitigation targets:\n\n"
        "Target 1: To cut 25% of BAU emissions of the power sector by 2030.\n\n"
        "Target 2: As a contribution to Target 1, to cut transport emissions by 15% through fuel economy standards."
    )
    found = {(r["value"], r["year"]) for r in rows(text)}
    assert ("25", "2030") in found and ("15", "2030") in found


def test_titles_in_a_run_of_lines_with_no_blank_between_head_the_text_below_them() -> None:
    # a one-column table's rows come out as a run of lines: "Forestry" and "Adaptation Targets" between a sentence's
    # end and a capital are titles, not words of the next sentence (whose "Targets" would make its fact a goal); a
    # line wrapped mid-sentence goes on as before
    text = (
        "This NDC was submitted in 2025.\n\nThe following actions shall be taken to meet the targets.\nForestry\n"
        "Adaptation Targets\nForests cover about 68% of the land area and are central to adaptation.\nThe plan will"
        " plant\ntrees on 40,000 ha by 2030."
    )
    blocks = segment(text)
    assert [b.text for b in blocks if b.kind == "heading"] == ["Forestry", "Adaptation Targets"]
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("0.04", "target")]
