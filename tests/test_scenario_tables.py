"""Tables headed by a row of years, as the HTML reader hands them over: the caption's unit, scenario rows that share
their history and part where the modelling starts, reference tables.

Every table is written for the test (made-up figures of made-up plans), read from HTML bytes as a user's file is.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.captionunits import caption_unit, label_states_measure
from tests.test_html_tables import DATED, html_rows, table, tds

CAPTION = "<p>Table 7: Emissions of the economy under the two scenarios (in Mt CO2e)</p>"
YEARS = tds("", "2012", "2016", "2020", "2025")


def keyed(body: str) -> dict[tuple[str, str, str, str], dict[str, str]]:
    return {(r["value"], r["unit"], r["year"], r["kind"]): r for r in html_rows(body)}


def test_caption_unit_measures_the_bare_numbers_of_a_year_table() -> None:
    rows = keyed(CAPTION + table(YEARS, tds("Total emissions", "8,41", "9,02", "9,77", "10,35")))
    # a decimal comma, the unit from the caption, the year from the column
    assert ("8.41", "Mt CO2e", "2012", "actual") in rows
    assert ("9.02", "Mt CO2e", "2016", "actual") in rows


def test_grouped_digits_of_a_cell_are_one_value() -> None:
    caption = "<p>Table 2: Emissions reported in the communications (Gg CO2e)</p>"
    rows = keyed(caption + table(tds("", "2001", "2006"), tds("Energy", "2 415,7", "3 108,25")))
    assert ("2.4157", "Mt CO2e", "2001", "actual") in rows
    assert ("3.10825", "Mt CO2e", "2006", "actual") in rows
    assert all(r[0] not in ("0.002", "0.415") for r in rows)


def test_a_label_with_its_own_measure_or_a_text_cell_takes_no_caption_unit() -> None:
    body = CAPTION + table(
        YEARS,
        tds("Emissions (tCO2e)/capita", "2.1", "2.3", "2.4", "2.6"),
        tds("", "Survey 1", "Survey 2", "Survey 3", "Survey 4"),
        tds("Total emissions", "8.4", "9.0", "9.8", "10.4"),
    )
    rows = keyed(body)
    assert not [r for r in rows if r[0] in ("2.1", "2.3", "1", "2", "3", "4")]
    assert ("8.4", "Mt CO2e", "2012", "actual") in rows


def test_scenario_rows_share_history_then_the_plan_rows_are_goals() -> None:
    body = CAPTION + table(
        YEARS,
        tds("Emissions, status quo scenario", "8.41", "9.02", "9.90", "11.20"),
        tds("Emissions, mitigation scenario", "8.41", "9.02", "9.35", "9.10"),
        tds("Emission reductions", "", "", "0.55", "2.10"),
    )
    rows = keyed(body)
    assert ("8.41", "Mt CO2e", "2012", "actual") in rows  # the shared history is recorded
    assert ("9.02", "Mt CO2e", "2016", "actual") in rows
    assert ("9.35", "Mt CO2e", "2020", "target") in rows  # the plan's path after it
    assert ("9.1", "Mt CO2e", "2025", "target") in rows
    assert ("2.1", "Mt CO2e", "2025", "target") in rows  # the reductions it models
    assert not [r for r in rows if r[0] in ("9.9", "11.2")]  # the status quo path is neither goal nor record


def test_a_second_part_of_a_scenario_table_keeps_its_history() -> None:
    body = CAPTION + table(
        YEARS,
        tds("Emissions, reference scenario", "8.41", "9.02", "9.90", "11.20"),
        tds("Emissions, unconditional mitigation scenario", "8.41", "9.02", "9.35", "9.10"),
        tds("", "2026", "2027", "2028", "2030"),
        tds("Emissions, reference scenario", "11.5", "11.9", "12.2", "12.8"),
        tds("Emissions, unconditional mitigation scenario", "9.2", "9.3", "9.5", "9.7"),
    )
    rows = keyed(body)
    assert ("9.7", "Mt CO2e", "2030", "target") in rows
    assert not [r for r in rows if r[0] in ("11.5", "12.8")]


def test_rows_of_a_reference_table_are_left_out_after_the_present() -> None:
    body = (
        "<p>This plan was submitted in 2021 and reports the inventory of 2018.</p>"
        "<p>Table 4: Projected emissions by fuel, business-as-usual (in Gg CO2e)</p>"
        + table(tds("Fuel", "2015", "2020", "2025", "2030"), tds("Gasoline", "310", "355", "402", "468"))
    )
    rows = keyed(body)
    assert ("0.31", "Mt CO2e", "2015", "actual") in rows
    assert not [r for r in rows if r[0] in ("0.402", "0.468")]


def test_status_quo_is_a_reference_path() -> None:
    rows = html_rows(
        "<p>Norland commits to reducing its emissions by 19% by 2030 compared to the status quo scenario.</p>"
    )
    assert [(r["value"], r["baseline"]) for r in rows] == [("19", "bau")]


def test_a_unit_column_measures_its_rows_and_a_group_row_names_the_rows_below() -> None:
    body = (
        "<p>This plan was submitted in 2024.</p>"
        + table(
            tds("Pathway", "unit", "2026", "2031", "2036"),
            tds("Reference scenario", "", "", "", ""),
            tds("", "kt CO2-eq", "512.0", "640.5", "733.9"),
            tds("With measures", "", "", "", ""),
            tds("Avoided emissions", "kt CO2-eq", "41.3", "96.0", "150.2"),
            tds("Difference from the baseline", "%", "-8.1", "-15.0", "-20.5"),
        )
    )
    rows = keyed(body)
    assert ("0.0413", "Mt CO2e", "2026", "target") in rows  # the row's unit cell, not a caption
    assert rows[("15", "%", "2031", "target")]["baseline"] == "bau"  # a change from the reference: its reduction
    assert not [r for r in rows if r[0] in ("0.512", "0.6405", "0.7339")]  # the group row names a reference path


def test_a_plan_row_aims_from_the_present_and_keeps_its_condition() -> None:
    body = "<p>This plan was submitted in 2024.</p>" + table(
        tds("Mitigation (Gg CO2e)", "2010", "2024", "2030"),
        tds("Conditional scenario", "61.0", "74.5", "58.2"),
    )
    rows = keyed(body)
    assert rows[("0.061", "Mt CO2e", "2010", "actual")]["condition"] == ""  # the shared start: recorded
    assert rows[("0.0745", "Mt CO2e", "2024", "target")]["condition"] == "conditional"  # the plan's present: aimed at
    assert ("0.0582", "Mt CO2e", "2030", "target") in rows


def test_the_stub_of_a_year_header_states_the_cells_unit() -> None:
    body = table(tds("Sector / Gg CO2e", "2005", "2010", "2015"), tds("Transport", "88.2", "97.5", "104.9"))
    rows = keyed(body)
    assert ("0.0882", "Mt CO2e", "2005", "actual") in rows
    assert ("0.1049", "Mt CO2e", "2015", "actual") in rows


@pytest.mark.parametrize(
    ("caption", "unit"),
    [
        ("Table 3: GHG emissions by scenario (in Mt E-CO2)", ("Mt CO2e", Decimal(1))),
        ("Table 1. Reference emissions; Units: Gg of CO2-e", ("Mt CO2e", Decimal("0.001"))),
        ("Table 2.1: Trends of GHG emissions in 1990-2020, Mt CO2 equivalent", ("Mt CO2e", Decimal(1))),
        ("Table 11: National GHG emissions in Gg CO2eq by sector", ("Mt CO2e", Decimal("0.001"))),
        ("Table 20: GHG emissions of the energy sector in the reference scenario", None),
        ("Table 5: Investments by source for the plan to 2030", None),
    ],
)
def test_caption_unit(caption: str, unit: tuple[str, Decimal] | None) -> None:
    assert caption_unit(caption) == unit


def test_label_states_measure() -> None:
    assert label_states_measure("Emissions per capita")
    assert label_states_measure("Share of renewables (%)")
    assert not label_states_measure("Energy (incl. transport)")


PROSE = (
    "Norland's emissions reached 12.4 Mt CO2e in 2019, most of them from electricity generation and road transport "
    "in the two largest cities. The plan commits to cutting emissions by 30% by 2035 compared to 2019, and to "
    "raising the share of renewables in electricity to 60% by 2030."
)


def test_a_prose_cell_is_read_sentence_by_sentence() -> None:
    rows = html_rows(table(tds("(a) Description of the contribution", PROSE)))
    got = {(r["value"], r["unit"], r["year"], r["kind"], r["base_year"]): r["quote"] for r in rows}
    first, second = PROSE.split(". ", 1)
    assert got[("12.4", "Mt CO2e", "2019", "actual", "")] == first + "."  # each value quoted with its own sentence
    assert got[("30", "%", "2035", "target", "2019")] == second  # its own year, not the other sentence's
    assert got[("60", "%", "2030", "target", "")] == second


def test_a_prose_cell_under_a_label_naming_measures_states_goals() -> None:
    intro = "<p>Lesotho submits this updated contribution in 2021, covering the period 2021-2030.</p>"
    cell = (
        "Assisted natural regeneration: 420,500 ha. Fixing of live dunes: 8,200 ha. Hedgerows: 96,000 km. "
        "Multipurpose tree plantations: 310,000 ha. Private forestry: 41,000 ha. Grazing corridors: 150,300 ha."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in html_rows(intro + table(tds("Adaptation measures:", cell)))}
    assert {("0.4205", "2030", "target"), ("96000", "2030", "target"), ("0.041", "2030", "target")} <= got


def test_a_prose_cell_under_a_label_naming_the_reference_path_tells_it_and_its_past_records() -> None:
    """ "BAU Scenario | …": the cell's future levels are the reference path (modelled, no goal); its records of past
    years stay records."""
    intro = "<p>Lesotho submits this updated contribution in 2021, covering the period 2021-2030.</p>"
    cell = (
        "Emissions grew from 2,100 Gg CO2e in 2010 to 2,650 Gg CO2e in 2017. Energy demand is expected to reach 1.9"
        " million tons of oil equivalent by 2030. Diesel and petrol will account for over 60% of energy use by 2030."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in html_rows(intro + table(tds("BAU Scenario", cell)))}
    assert got == {("2.1", "2010", "actual"), ("2.65", "2017", "actual")}


def test_a_list_run_on_after_a_deadline_in_a_prose_cell_gives_its_items_the_deadline() -> None:
    """A prose cell under a row label of baseline data: "… in addition to the target by 2035: Raise …; Triple …;
    Halve …." Its items after the lead-in are goals due then, as in a paragraph, not records of the base year."""
    intro = "<p>Norland submitted this update in 2022. Its base year is 2012. Emissions were 40 Mt CO2e in 2020.</p>"
    cell = (
        "Base year emissions of 52.3 Mt CO2e were revised after the inventory moved to the 2006 IPCC Guidelines and "
        "updated its activity data for every sector. The following are set in addition to the headline target by "
        "2035: Raise the share of renewables to 45% of power generation; Triple the rooftop solar capacity relative "
        "to the level of 2021; Halve the energy intensity of GDP. These indicators come from the Energy Strategy."
    )
    rows = html_rows(intro + table(tds("(b) Quantifiable baseline indicators", cell)))
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows}
    assert {("45", "%", "2035", "target"), ("3", "times", "2035", "target"), ("50", "%", "2035", "target")} <= got


def test_a_short_cell_is_quoted_with_its_row() -> None:
    rows = html_rows(
        table(tds("Solar capacity", "Installed: 2.4 GW in 2021."), tds("Wind capacity", "0.8 GW in 2021."))
    )
    assert [r["quote"] for r in rows] == [
        "Solar capacity\tInstalled: 2.4 GW in 2021.",
        "Wind capacity\t0.8 GW in 2021.",
    ]


def test_a_prose_cells_sentences_are_classified_with_their_row_label() -> None:
    from extract.catalogue import load_catalogue
    from extract.extractor import extract_document
    from extract.read import read_document

    cell = (
        "Capacity connected to the national grid reached 0.4 GW in 2021, after two competitive tenders held by the "
        "energy regulator and a programme of rooftop systems for schools. "
        "The plan will bring it to 2.5 GW by 2030, in the north and the south of the country."
    )
    page = f"<html><body>{table(tds('Solar photovoltaic power', cell))}</body></html>"
    result = extract_document(read_document(Path("t.html"), page.encode()), load_catalogue())
    got = {(str(o.value), o.year): o.indicator for o in result.observations}
    assert got[("2.5", 2030)] == "solar_capacity"  # the sentence names no technology: its row label does
    assert got[("0.4", 2021)] == "solar_capacity"


def test_a_status_table_with_a_footnoted_year_and_a_row_without_values() -> None:
    body = "<p>This update was submitted in 2023.</p>" + table(
        tds("Indicator", "Status (20197)"),  # the year 2019 with footnote 7 fused to it
        tds("Emissions avoided by new measures (Mt CO2e)", "-"),  # a row without a value heads nothing
        tds("Share of solar in electricity generation (%)", "12.6"),
        tds("Metro network length (km)", "310"),
        tds("F-gas use (Mt CO2 eq) (2021)", "3.2"),  # a row's own past year dates its datum
    )
    rows = keyed(body)
    assert ("12.6", "%", "2019", "actual") in rows
    assert ("310", "km", "2019", "actual") in rows
    assert ("3.2", "Mt CO2e", "2021", "actual") in rows
    assert not [r for r in rows if r[1] == "Mt CO2e" and r[0] in ("12.6", "310")]


def _ndc_rows(body: str) -> set[tuple[str, str, str, str]]:
    return {(r["value"], r["unit"], r["year"], r["condition"]) for r in html_rows(body)}


NDC_TABLE = (
    tds("Scenarios", "2027", "2032"),
    tds("REFERENCE PATH", "4 210", "4 655"),
    tds("CDN", "3 980", "4 120"),
    tds("CDN+", "3 410", "3 260"),
    tds("% CDN reduction", "5,5", "11,5"),
)


def test_rows_named_by_the_ndcs_acronym_are_the_plans_and_the_row_naming_neither_path_is_the_reference() -> None:
    caption = "<p>Table 6 : BAU / CDN / CDN + emissions from waste (Gg CO 2 e)</p>"
    got = _ndc_rows(DATED + caption + table(*NDC_TABLE))
    assert {("3.98", "Mt CO2e", "2027", ""), ("3.26", "Mt CO2e", "2032", "conditional")} <= got
    assert ("11.5", "%", "2032", "") in got
    assert not [g for g in got if g[0] in ("4.21", "4.655")]  # the reference path's row


def test_a_flattened_table_with_the_same_rows_leaves_the_reference_row_out() -> None:
    from tests.test_extractor import rows

    cells = ["Table 6 : BAU / CDN / CDN + emissions from waste (Gg CO 2 e)"]
    for row in NDC_TABLE:
        cells += [c.split(">")[1].split("<")[0] for c in row.split("</td>") if c]
    got = {(r["value"], r["unit"], r["year"]) for r in rows("Ruritania, 2024.\n\n" + "\n\n".join(cells))}
    assert ("3.41", "Mt CO2e", "2027") in got and ("5.5", "%", "2027") in got
    assert not [g for g in got if g[0] in ("4.21", "4.655")]


def test_a_row_labelled_years_gives_the_columns_their_years() -> None:
    from extract.headeryears import years_row

    assert years_row("Years", ["2 018", "2,020", "2 025", None]) == [2018, 2020, 2025, None]
    assert years_row("Years", ["2 018", "12,5"]) is None
    assert years_row("Energy", ["2 018", "2,020"]) is None


def test_the_reference_level_named_in_a_cuts_clause_is_no_goal() -> None:
    # "a 41% reduction from the BAU level of 1,175 Mt": the cut is the plan's, the level the reference path's
    from tests.test_extractor import rows

    text = (
        "This NDC was submitted in 2025. The 2030 target corresponds to a 37% reduction from the BAU level of "
        "1,240 Mt CO2 eq. Ruritania will cut BAU emissions of 88 Mt by 25% in 2035."
    )
    assert sorted(r["value"] for r in rows(text)) == ["25", "37"]


def test_the_reference_level_named_as_its_estimate_is_no_goal() -> None:
    # "against the BAU scenario estimate of 88.21 Mt by 2030": the reference path's level, named with the cut measured
    # against it; a bracket after the reference holds the cut as often as the level ("6% below BAU (3.1 Mt)")
    from tests.test_extractor import rows

    text = (
        "This NDC was submitted in 2021. Ruritania has set a target of achieving 25% emissions reductions against "
        "the Business As Usual (BAU) scenario estimate of 88.21 MtCO2eq by 2030. By 2030, unconditional actions "
        "could yield a 5% reduction below BAU (4.4 MtCO2e)."
    )
    assert {r["value"] for r in rows(text)} == {"25", "5", "4.4"}


def test_a_comma_that_would_make_more_emissions_than_any_country_is_a_decimal_comma() -> None:
    # "Emissions | 61,342 | 98,130" under a caption in MtCO2eq: 61 thousand Mt is more than the world's largest
    # emitter, so the comma is a decimal one (the text above says "about 61 MtCO2")
    body = "<p>Table 1: Profile of emissions and absorptions (in MtCO2eq).</p>" + table(
        tds("Year", "2000", "2010", "2020"),
        tds("Emissions", "61,342", "98,130", "120,406"),
        tds("Absorptions", "-180,017", "-150,094", "-131,890"),
    )
    got = keyed(body)
    assert ("61.342", "Mt CO2e", "2000", "actual") in got and ("-180.017", "Mt CO2e", "2000", "actual") in got


def test_a_row_labelled_by_a_percent_sign_before_its_formula_holds_shares() -> None:
    # "% (total * 100 / Reference Scenario)": the row's cells are shares, whatever unit the caption gives the
    # table, and cuts measured against the reference path (which the label names), no projection
    from tests.test_extractor import rows

    cells = [
        "Table 2. Mitigation potential by sector (tCO2eq)", "Sectors", "2025", "2030",
        "Reference scenario", "204 300", "251 800",
        "Total mitigation", "61 200", "98 400",
        "Energy", "21 700", "40 100",
        "Forestry", "39 500", "58 300",
        "% (total * 100 / Reference Scenario)", "30", "39",
    ]  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows("Ruritania, 2016.\n\n" + "\n\n".join(cells))}
    assert {("30", "%", "2025"), ("39", "%", "2030")} <= got
    assert not [g for g in got if g[0] in ("0.00003", "0.000039")]


def test_attenuation_is_the_translated_word_for_mitigation() -> None:
    # machine translations of French plans write "attenuation" for "atténuation": its scenario and its totals are
    # the plan's, due in the years of their columns, like a "mitigation scenario"
    from tests.test_extractor import rows

    cells = [
        "Table 3. Emissions by scenario (Gg CO2 eq)", "Scenario", "2025", "2030",
        "Reference scenario", "4 210", "4 655",
        "Attenuation scenario", "3 980", "4 120",
        "Total attenuation", "230", "535",
    ]  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows("Ruritania, 2016.\n\n" + "\n\n".join(cells))}
    assert {("3.98", "2025", "target"), ("0.23", "2025", "target"), ("0.535", "2030", "target")} <= got


def test_a_row_naming_the_plan_by_its_edition_is_the_plans_path_under_a_caption_naming_both() -> None:
    # "NDC 2.0 total emissions (kt)" under "(BAU and NDC 2.0 scenarios)": the plan's edition number between its
    # acronym and the measure still names the plan's path, so its future cells are goals, not the reference's
    from tests.test_extractor import rows

    cells = [
        "Table 4 - Population and emissions of Ruritania (BAU and NDC 2.0 scenarios)",
        "Year", "2018", "2022", "2030", "2035",
        "BAU total emissions (kt CO2e)", "611,40", "640,25", "802,10", "905,75",
        "BAU emissions per capita (tCO2e/person)", "2,05", "2,11", "2,52", "2,78",
        "NDC 2.0 total emissions (kt CO2e)", "611,40", "640,25", "575,30", "521,90",
        "NDC 2.0 - Emissions per capita (tCO2e/person)", "2,05", "2,11", "1,81", "1,62",
    ]  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows("Ruritania, 2024.\n\n" + "\n\n".join(cells))}
    assert {("0.5753", "Mt CO2e", "2030", "target"), ("0.5219", "Mt CO2e", "2035", "target")} <= got
    assert ("0.6114", "Mt CO2e", "2018", "actual") in got
    # a bracket naming a unit per person ("(tCO2e/person)") makes the row's bare cells amounts per person
    pc = "t CO2e per capita"
    assert {("1.81", pc, "2030", "target"), ("1.62", pc, "2035", "target"), ("2.05", pc, "2018", "actual")} <= got
    assert not [g for g in got if g[0] in ("0.8021", "0.90575", "2.52", "2.78")]  # the reference path's


def test_two_rows_with_units_under_a_header_naming_each_path_are_a_table() -> None:
    # no caption and only two rows, but the header names each value column by its path (no corner cell) and each
    # row's label ends with its unit; "iNDC", a name with a lower-case prefix, is a header cell of its own
    from tests.test_extractor import rows

    cells = [
        "Ruritania's goal is a level of about 3.9 tCO2e per capita by 2030.",
        "BAU",
        "iNDC",
        "National emissions in 2030 (MtCO2e)",
        "112",
        "87",
        "Emissions per person in 2030 (tCO2e/capita)",
        "5.1",
        "3.9",
    ]
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows("Ruritania, 2016.\n\n" + "\n\n".join(cells))}
    assert ("87", "Mt CO2e", "2030", "target") in got
    assert not [g for g in got if g[0] in ("112", "5.1")]  # the BAU column is no goal
