"""Tables as the HTML reader hands them over (tab-separated rows): spans, group rows, money columns, carried years.

Every table here is written for the test (made-up countries' plans), read from HTML bytes the way a user's file is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.context import YEAR_RE
from extract.extractor import extract_document
from extract.header import table_scope
from extract.read import html_to_text, read_document
from tests.test_extractor import NoCatalogue

DATED = "<p>Lesotho submitted this updated contribution in 2024, covering the period to 2030.</p>"


def html_rows(body: str) -> list[dict[str, str]]:
    page = f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    doc = read_document(Path("t.html"), page.encode())
    result = extract_document(doc, NoCatalogue())
    for o in result.observations:
        assert doc.text[o.char_start : o.char_end] == o.value_raw
    return [o.as_row() for o in result.observations]


def keyed(body: str) -> dict[tuple[str, str, str], dict[str, str]]:
    return {(r["value"], r["unit"], r["year"]): r for r in html_rows(body)}


def table(*rows: str) -> str:
    return "<table>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


def tds(*cells: str) -> str:
    return "".join(f"<td>{c}</td>" for c in cells)


# ------------------------------------------------------------------ the reader: a spanning cell keeps its columns


@pytest.mark.parametrize(
    ("span", "cells"),
    [
        ('colspan="3"', "Group\t\t"),
        ('colspan=" 2 "', "Group\t"),
        ('colspan="0"', "Group"),  # not a positive number: one column, as browsers read it
        ('colspan="wide"', "Group"),
        ('colspan="²"', "Group"),  # a digit to str.isdigit, no number to int()
    ],
)
def test_a_cell_spanning_columns_is_followed_by_empty_cells(span: str, cells: str) -> None:
    page = f"<table><tr><td {span}>Group</td></tr><tr><td>Wind</td><td>12</td><td>14</td></tr></table>"
    assert html_to_text(page) == f"{cells}\nWind\t12\t14"


def test_a_huge_colspan_is_clamped_as_browsers_clamp_it() -> None:
    page = '<table><tr><td colspan="99999999">Group</td><td>x</td></tr></table>'
    assert html_to_text(page).count("\t") == 1000


# ------------------------------------------------------------------ group rows and column headers

MEASURES = table(
    tds(
        "Sector", "Measure", "Type", "Reduction in 2026 (tCO2e)", "% of 2026 projected emissions",
        "Reduction in 2031 (tCO2e)", "% of 2031 projected emissions",
    ),
    '<td></td><td colspan="6">Measures funded from the national budget</td>',
    tds("Energy", "Solar mini-grids on outer atolls", "Domestic", "2,340", "3.1", "2,610", "3.3"),
    tds("Waste", "Landfill gas capture", "Domestic", "880", "1.2", "910", "1.1"),
    '<td></td><td colspan="6">Measures needing international finance</td>',
    tds("Transport", "Electric ferries", "Conditional on support", "4,100", "5.4", "4,720", "6.0"),
)


def test_a_group_title_spanning_the_row_keeps_the_table_and_its_column_years() -> None:
    got = keyed(DATED + MEASURES)
    assert got[("0.00234", "Mt CO2e", "2026")]["kind"] == "target"
    assert got[("0.00261", "Mt CO2e", "2031")]["kind"] == "target"
    assert got[("0.0041", "Mt CO2e", "2026")]["condition"] == "conditional"  # the row's own type cell


def test_a_column_numbering_the_rows_labels_them_and_the_cost_column_is_read() -> None:
    body = DATED + table(
        tds("#", "Adaptation measure", "Sector", "Estimated cost (USD million)"),
        tds("1", "Raise the river dikes at Maseru", "Water", "12.5"),
        tds("2", "Seed banks of drought-tolerant maize", "Agriculture", "3.0"),
        tds("3", "Early warning radios for herders", "Disaster risk", "0.8"),
    )
    got = keyed(body)
    assert {("0.0125", "2030"), ("0.003", "2030"), ("0.0008", "2030")} <= {(v, y) for v, u, y in got}


def test_a_cell_repeating_the_columns_currency_code_counts_in_the_columns_millions() -> None:
    body = DATED + table(
        tds("#", "Adaptation measure", "Target (2030)", "Estimated cost (value in millions of USD)"),
        tds("1", "Raise the river dikes at Maseru", "Protect 12 villages from floods.", "12.50 USD"),
        tds("2", "Seed banks of drought-tolerant maize", "Reach half of all smallholders.", "3.00 USD"),
        tds("3", "Early warning radios for herders", "Cover every district.", "0.75 USD"),
        tds("", "", "", "16.25 USD"),  # the total, its label cell left blank
    )
    got = keyed(body)
    assert {("0.0125", "2030"), ("0.003", "2030"), ("0.00075", "2030")} <= {(v, y) for v, u, y in got}
    # a code of another currency than the column's is the cell's own amount, not counted in its millions
    body = DATED + table(
        tds("#", "Adaptation measure", "Sector", "Estimated cost (USD million)"),
        tds("1", "Raise the river dikes at Maseru", "Water", "40.0 LSL"),
        tds("2", "Seed banks of drought-tolerant maize", "Agriculture", "3.0"),
    )
    assert ("0.04", "2030") not in {(v, y) for v, u, y in keyed(body)}


def test_a_row_of_years_alone_over_a_group_row_heads_numbered_rows_and_their_totals() -> None:
    body = DATED + table(
        # (a header naming the paths, so the grid, not the row reader, would take the table)
        '<td rowspan="2">No.</td><td rowspan="2">Unconditional and conditional measures</td>'
        '<td rowspan="2">Activity</td><td colspan="2">Emission cuts, kt CO₂e</td>',
        tds("2030", "2035"),
        '<td colspan="5">Unconditional measures</td>',
        tds("1", "Organic farming on cropland", "7,600 ha in 2030; 9,000 ha in 2035", "53.1", "75.7"),
        tds("2", "Manure storage for villages", "1,200 cattle covered", "8.2", "8.9"),
        tds("Total, unconditional", "", "", "61.3", "84.6"),
        '<td colspan="5">Conditional measures</td>',
        tds("1", "Feed additives for dairy cattle", "Cattle fed: 9,500 in 2030; 16,000 in 2035", "2.7", "4.8"),
        tds("2", "Nitrification inhibitors", "Area: 12,100 ha in 2030; 25,300 ha in 2035", "1.9", "3.5"),
        tds("Total, conditional", "", "", "4.6", "8.3"),
    )
    got = keyed(body)
    assert got[("0.0531", "Mt CO2e", "2030")]["kind"] == "target"
    assert got[("0.0757", "Mt CO2e", "2035")]["kind"] == "target"
    assert got[("0.0048", "Mt CO2e", "2035")]["condition"] == "conditional"
    assert ("0.0846", "Mt CO2e", "2035") in got and ("0.0083", "Mt CO2e", "2035") in got


def test_group_cells_over_repeated_years_beside_a_stub_spanning_both_header_rows() -> None:
    body = DATED + table(
        '<td rowspan="2">Sector</td><td colspan="3">BAU (MtCO₂e)</td><td colspan="3">Emission target (MtCO₂e)</td>',
        tds("2025", "2030", "2035", "2025", "2030", "2035"),
        tds("Energy", "7.1", "8.4", "9.9", "6.8", "6.1", "5.2"),
        tds("Waste", "1.2", "1.5", "1.9", "1.1", "1.0", "0.8"),
    )
    got = keyed(body)
    assert got[("6.1", "Mt CO2e", "2030")]["kind"] == "target" and ("0.8", "Mt CO2e", "2035") in got
    assert ("8.4", "Mt CO2e", "2030") not in got  # the reference path is no goal


def test_a_last_column_of_condition_words_after_the_values_conditions_each_row() -> None:
    body = DATED + table(
        tds("Mitigation measure", "Current", "GHG reductions by 2030 (Gg CO2eq)", "Conditionality"),
        tds("Solar farm at Mohale", "4", "410.5", "Conditional"),
        tds("Wind farm at Letseng", "0", "122.0", "Conditional"),
        tds("Efficient street lights", "120", "3.4", "Unconditional"),
        tds("Biogas digesters", "35", "7.9", "Unconditional"),
    )
    got = keyed(body)
    assert got[("0.4105", "Mt CO2e", "2030")]["condition"] == "conditional"
    assert got[("0.0079", "Mt CO2e", "2030")]["condition"] == "unconditional"


def test_scientific_notation_a_stray_comma_and_a_row_repeating_one_note_keep_the_table() -> None:
    body = DATED + table(
        tds("No", "Measure", "GHG reduction (2030 vs baseline) kt CO2e", "Black carbon reduction (2030) kt"),
        tds("M1", "Efficient cookstoves", "211.5", "13.1"),
        tds("M2", "Efficient lighting", "452.8", "9E-06"),
        tds("M3", "Solar lanterns", "Included in M2", "Included in M2"),
        tds("M4", "Efficient motors", "95.2", "3.56E-05"),
        tds("M5", "Biogas for schools", "17.3,", "0.4"),  # (a stray comma after the digits)
    )
    got = keyed(body)
    assert ("0.4528", "Mt CO2e", "2030") in got and ("0.0952", "Mt CO2e", "2030") in got
    assert ("0.0173", "Mt CO2e", "2030") in got


def test_group_cells_over_leaves_name_each_leaf_and_not_calculated_is_an_empty_cell() -> None:
    body = DATED + table(
        '<td colspan="4"></td><td colspan="2">Conditional targets</td><td colspan="2">Unconditional targets</td>',
        tds("No", "Sector", "Target period", "BAU emissions MtCO2e", "Target emissions MtCO2e",
            "Emissions avoided MtCO2e", "Target emissions MtCO2e", "Emissions avoided MtCO2e"),
        tds("1", "Energy", "By 2030", "41.2", "30.5", "10.7", "35.9", "5.3"),
        tds("2", "Agriculture", "By 2030", "Not calculated", "-", "2.2", "-", "1.1"),
        tds("3", "Waste", "By 2030", "3.4", "2.1", "1.3", "2.9", "0.5"),
    )  # fmt: skip
    got = keyed(body)
    assert got[("10.7", "Mt CO2e", "2030")]["condition"] == "conditional"
    assert got[("5.3", "Mt CO2e", "2030")]["condition"] == "unconditional"
    assert got[("2.2", "Mt CO2e", "2030")]["kind"] == "target"
    assert ("41.2", "Mt CO2e", "2030") not in got  # the reference path is no goal


def test_a_caption_in_the_tables_first_row_gives_a_header_of_years_its_unit() -> None:
    body = DATED + table(
        '<td colspan="4">Table 1 – Lesotho greenhouse gas inventory (in ktCO₂e)</td>',
        tds("Sector", "2012", "2017", "2022"),
        tds("Energy", "538.1", "786.4", "722.8"),
        tds("Waste", "22.7", "26.8", "56.2"),
    )
    got = keyed(body)
    assert got[("0.5381", "Mt CO2e", "2012")]["kind"] == "actual" and ("0.0562", "Mt CO2e", "2022") in got


def test_shares_written_with_their_own_percent_sign_fit_a_share_column_whatever_their_size() -> None:
    body = DATED + table(
        tds("Sector", "Mitigation option", "Mitigation in 2030 (tCO2e)", "% of 2030 projected inventory"),
        tds("Energy", "Hydropower at Mohale", "319,354.6", "150.5%"),
        tds("", "Solar farm", "4,073.4", "1.9%"),
        tds("", "Mini hydropower", "4,562.3", "2.2%"),
        tds("Transport", "Efficient vehicles", "3,258.8", "104.3%"),
    )
    got = keyed(body)
    assert ("0.3193546", "Mt CO2e", "2030") in got and ("1.9", "%", "2030") in got


def test_a_column_of_costs_without_adaptation_is_the_yardstick_not_the_plans_cost() -> None:
    body = DATED + table(
        tds("Sector", "Costs without adaptation in 2030 (million USD)", "Adaptation costs in 2030 (million USD)"),
        tds("Agriculture", "72.6", "65.3"),
        tds("Health", "18.8", "16.9"),
        tds("Transport", "40.8", "36.7"),
    )
    got = keyed(body)
    assert ("0.0653", "USD billion", "2030") in got and ("0.0726", "USD billion", "2030") not in got


def test_a_unit_alone_on_a_second_header_row_under_periods_and_costs_is_not_placed_by_guess() -> None:
    body = DATED + table(
        tds("No", "Sector", "Measure", "2020-2030", "2030", "Costs in millions of US$"),
        tds("(Gg CO2)", "", "", "", "", ""),
        tds("1", "Agriculture", "Organic farming on 6,000 ha", "1,542", "514", "0.105"),
        tds("2", "Livestock", "Fat supplements in feed", "10.14", "3.38", "0.100"),
        tds("3", "Soils", "Cover crops", "41.2", "13.7", "1.2"),
    )
    assert not [r for r in html_rows(body) if r["value"] in ("0.514", "0.000514", "0.000105", "0.105")]


def test_rows_labelled_by_a_period_under_a_group_title_are_due_at_the_periods_end() -> None:
    body = DATED + "<p>Table ES-2: Estimated funding needs</p>" + table(
        tds("USD million", "Unconditional", "Conditional", "Grand total"),
        '<td colspan="4">Mitigation measures</td>',
        tds("2021-2025", "1,012", "1,640", "2,652"),
        tds("2026-2030", "940", "1,850", "2,790"),
        '<td colspan="4">Adaptation measures</td>',
        tds("2021-2025", "870", "1,290", "2,160"),
        tds("2026-2030", "1,105", "1,720", "2,825"),
    )
    got = keyed(body)
    assert got[("1.85", "USD billion", "2030")]["condition"] == "conditional"
    assert ("1.012", "USD billion", "2025") in got and ("2.825", "USD billion", "2030") in got


def test_a_sector_cell_spanning_numbered_rows_leaves_them_a_label_short_and_their_costs_are_read() -> None:
    body = DATED + "<p>Table 1: Priority adaptation actions</p>" + table(
        tds("Sector", "N°", "Action", "Estimated cost (USD million)"),
        '<td rowspan="3">Forest</td>' + tds("1", "Community forest management in the north", "11.5"),
        tds("2", "Reforestation of degraded slopes", "16.1"),
        tds("3", "Agroforestry plantations on fallow land", "5.8"),
        '<td rowspan="2">Water</td>' + tds("4", "Rainwater harvesting for schools", "2.3"),
        tds("5", "Small dams for irrigation", "7.4"),
    )
    got = keyed(body)
    assert {("0.0115", "2030"), ("0.0161", "2030"), ("0.0074", "2030")} <= {(v, y) for v, u, y in got}


def test_the_total_rows_hundred_percent_is_no_share_of_anything() -> None:
    body = DATED + "<p>Table 2: GHG emissions by sector in 2019 (Gg CO2e)</p>" + table(
        tds("Sector", "Emissions (Gg CO2e)", "Share (%)"),
        tds("Energy", "120.4", "69%"),
        tds("Waste", "54.0", "31%"),
        tds("Total", "174.4", "100%"),
    )
    got = keyed(body)
    assert ("69", "%", "2019") in got and ("100", "%", "2019") not in got


def test_rows_left_short_by_a_spanning_cell_keep_their_trailing_condition_word() -> None:
    body = DATED + table(
        tds("Policy action", "Programme of actions", "Investment needs (USD million)", "Status"),
        '<td rowspan="2">Resilient farming</td>' + tds("Conservation farming in 43 districts", "799", "Unconditional"),
        tds("Climate-smart livestock and fisheries", "1,119", "Unconditional"),
        '<td rowspan="2">Early warning</td>' + tds("Modernise 22 synoptic stations", "403", "Conditional"),
        tds("Disease surveillance in 3 districts", "919", "Conditional"),
    )
    got = keyed(body)
    assert got[("1.119", "USD billion", "2030")]["condition"] == "unconditional"
    assert got[("0.919", "USD billion", "2030")]["condition"] == "conditional"


def test_a_row_of_one_spanning_cell_heads_the_rows_below_as_a_heading_does() -> None:
    body = DATED + table(
        '<td rowspan="2">No.</td><td rowspan="2">Measure</td><td rowspan="2">Capacity</td>'
        '<td colspan="2">Emission cuts, kt CO2e</td>',
        tds("2030", "2035"),
        '<td colspan="5">Conditional measures</td>',
        tds("1", "Wind farm near Mafeteng (2029)", "150 MW", "210.4", "230.9"),
        tds("2", "Pumped storage at Muela (2033)", "90 MW", "0", "55.2"),
    )
    got = keyed(body)
    wind = got[("0.15", "GW", "2029")]
    assert (wind["kind"], wind["condition"]) == ("target", "conditional")
    assert got[("0.09", "GW", "2033")]["kind"] == "target"


def test_a_label_amount_is_dated_by_the_one_year_its_label_names() -> None:
    body = DATED + table(
        tds("Project", "Capacity", "Cut in 2030 (kt CO2e)", "Cut in 2035 (kt CO2e)"),
        tds("Solar park at Quthing (2028)", "300 MW", "120.5", "140.2"),
        tds("Biogas plants in Leribe (2027)", "12 MW", "8.1", "9.6"),
        tds("Small hydro at Semonkong (2032)", "40 MW", "0", "31.7"),
    )
    got = keyed(body)
    assert got[("0.3", "GW", "2028")]["kind"] == "target"
    assert got[("0.04", "GW", "2032")]["kind"] == "target"
    assert got[("0.1205", "Mt CO2e", "2030")]["kind"] == "target"  # the cells keep their columns' years


# ------------------------------------------------------------------ money columns of the plan's two parts


def test_money_columns_split_by_condition_are_the_plans_cost() -> None:
    scope = table_scope("Table 7. Financial means to implement the NDC", ["Programme", "Unconditional USD",
                                                                          "Conditional USD"], 2)
    assert scope is not None
    assert [(c.kind, c.condition, c.need) for c in scope.columns] == [
        ("target", "unconditional", True),
        ("target", "conditional", True),
    ]


def test_undated_money_columns_split_by_condition_take_the_plans_deadline() -> None:
    body = (
        "<p>Eswatini will reduce its emissions by 14% below business as usual by 2030.</p>"
        "<p>Table 7. Financial means to implement the NDC</p>"
        + table(
            tds("Programme", "Unconditional USD", "Conditional USD"),
            tds("Rainwater harvesting in the Lowveld", "12,400,000", "96,000,000"),
            tds("Climate-smart maize varieties", "3,150,000", "22,800,000"),
            tds("Early warning systems", "1,900,000", "8,750,000"),
            tds("Sub-total", "17,450,000", "127,550,000"),
        )
    )
    got = keyed(body)
    harvest = got[("0.0124", "USD billion", "2030")]
    assert (harvest["kind"], harvest["condition"]) == ("target", "unconditional")
    assert got[("0.096", "USD billion", "2030")]["condition"] == "conditional"


# ------------------------------------------------------------------ years framed inside a table stay there


def test_years_a_table_frames_do_not_date_the_next_table() -> None:
    body = (
        "<p>Malawi aims to cut emissions 51% below business as usual by 2040.</p>"
        "<p>By 2040, the plan also restores 4.5 million hectares of forest.</p>"
        "<h2>Annex A</h2>"
        + table(
            tds("Sector", "Existing policy"),
            tds("Agriculture", "National Agriculture Investment Plan 2018-2023, adopted in 2018."),
            tds("Forestry", "National Charcoal Strategy 2017-2027."),
        )
        + "<h2>Annex B</h2><p>Table 3: Adaptation measures and their cost</p>"
        + table(
            tds("Measure", "Cost in million USD"),
            tds("Irrigation schemes in the Shire valley", "210"),
            tds("Drought-tolerant seed distribution", "45"),
            tds("Flood early warning", "18"),
        )
    )
    got = {(r["value"], r["unit"]): r for r in html_rows(body)}
    assert got[("0.21", "USD billion")]["year"] == "2040"  # the plan's deadline, not the policy's 2027
    assert got[("0.018", "USD billion")]["year"] == "2040"


# ------------------------------------------------------------------ years and look-alike letters


@pytest.mark.parametrize("unit", ["МW", "ΜW", "кW", "Мt", "hа"])  # Cyrillic or Greek letters that look Latin
def test_a_number_of_a_unit_typed_with_look_alike_letters_is_no_year(unit: str) -> None:
    assert YEAR_RE.search(f"a plant of 1950 {unit} near Bishkek") is None
    assert YEAR_RE.search(f"a plant of 1950 {unit.replace(unit[0], 'x')} near Bishkek") is not None  # other letters


def test_a_bau_row_under_future_year_columns_is_a_projection() -> None:
    body = (
        DATED
        + "<p>Table 4. Conditional targets of the energy sector</p>"
        + table(
            tds("", "2026", "2030"),
            tds("BAU emissions (Gg CO2e)", "1,310", "1,520"),
            tds("Mitigation scenario emissions (Gg CO2e)", "1,240", "1,090"),
        )
    )
    got = {(r["value"], r["year"]) for r in html_rows(body)}
    assert ("1.09", "2030") in got and ("1.24", "2026") in got
    assert ("1.52", "2030") not in got and ("1.31", "2026") not in got


def test_a_row_of_units_under_spanning_years_gives_each_column_its_year_and_unit() -> None:
    body = DATED + "<p>Table 4. Avoided emissions (Gg CO2e and %) in the conditional scenario</p>" + table(
        "<th>Years</th><th colspan='2'>2025</th><th colspan='2'>2030</th>",
        tds("Sector", "Gg", "%", "Gg", "%"),
        tds("Cement", "-31.5", "-4%", "-62.8", "-7%"),
        tds("Road transport", "-120", "-9%", "-240", "-15%"),
    )
    got = {(r["value"], r["unit"], r["year"]) for r in html_rows(body)}
    # (the caption names what is avoided: each minus is that direction, and the amount is what is avoided)
    assert got == {
        ("0.0315", "Mt CO2e", "2025"), ("4", "%", "2025"), ("0.0628", "Mt CO2e", "2030"), ("7", "%", "2030"),
        ("0.12", "Mt CO2e", "2025"), ("9", "%", "2025"), ("0.24", "Mt CO2e", "2030"), ("15", "%", "2030"),
    }  # fmt: skip


def test_a_caption_naming_two_units_gives_the_cells_neither() -> None:
    body = DATED + "<p>Table 5. Emissions avoided (Gg CO2e and %)</p>" + table(
        tds("Sector", "2025", "2030"), tds("Cement", "31.5", "62.8"), tds("Road transport", "120", "240")
    )
    assert not [r for r in html_rows(body) if r["unit"] == "%"]


def test_a_completion_date_column_gives_each_rows_goals_their_deadline() -> None:
    header = tds("Area", "Targets and actions", "Completion Date", "Year communicated", "Conditionality")
    body = "<p>Table 2: Targets of Ruritania's NDC</p>" + table(
        header,
        tds("Energy", "a) 75 MW of solar capacity connected to the grid", "2032", "2021", "Conditional"),
        tds("", "b) 100% of public buses run on electricity", "2036"),  # a row that lost its last cells
        tds("Waste", "c) Divert 40% of organic waste from landfills", "2028", "2019 (updated)", "Unconditional"),
    )
    got = {(r["value"], r["unit"]): (r["year"], r["kind"]) for r in html_rows(body)}
    assert got[("0.075", "GW")] == ("2032", "target")
    assert got[("100", "%")] == ("2036", "target")
    assert got[("40", "%")] == ("2028", "target")


def test_a_header_on_two_rows_places_its_years_under_the_cell_spanning_them() -> None:
    """ "Number" spans two columns, and the years under it sit on the second header row beside the sub-cells of the
    next spanning cell ("2025 | 2030 | Gender | SDGs"); rows whose first cell a group spans lack it. Each
    number is of its column's year, in the thousands of hectares or the megawatts its "Unit of measurement" cell
    says."""
    body = DATED + (
        "<p>Table 3. Benefits of the conditional mitigation measures</p><table>"
        "<tr><td rowspan='2'>Sector</td><td rowspan='2'>Mitigation measure</td><td rowspan='2'>Unit of measurement</td>"
        "<td colspan='2'>Number</td><td colspan='2'>Links with</td></tr>"
        "<tr><td>2025</td><td>2030</td><td>Gender</td><td>SDGs</td></tr>"
        "<tr><td rowspan='2'>Agriculture</td><td>Pasture improved with legumes</td><td>1000 ha</td><td>12</td>"
        "<td>18</td><td>Yes</td><td>2; 13</td></tr>"
        "<tr><td>Fruit tree growing</td><td>1000 ha</td><td>6.5</td><td>21</td><td>Yes</td><td>2; 15</td></tr>"
        "<tr><td>Energy</td><td>Solar PV, large grid</td><td>1 MW</td><td>420</td><td>515</td><td>No</td>"
        "<td>7; 13</td></tr>"
        "</table>"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert {
        ("0.012", "Mha", "2025", "target"), ("0.018", "Mha", "2030", "target"), ("0.0065", "Mha", "2025", "target"),
        ("0.021", "Mha", "2030", "target"), ("0.42", "GW", "2025", "target"), ("0.515", "GW", "2030", "target"),
    } <= found  # fmt: skip
    assert not {r["value"] for r in html_rows(body)} & {"1000", "0.001"}
    assert {r["condition"] for r in html_rows(body)} == {"conditional"}  # (the caption's)


def test_a_unit_with_a_formulas_digit_over_the_years_is_a_header_of_words() -> None:
    """ "Mitigation option | Potential (GgCO2e)" spanning "2025 | 2030" on the row below: the formula's digit in
    "GgCO2e" makes no number of the header row, so the years sit under the spanning cell, in its unit."""
    body = DATED + (
        "<p>Table 4: Reductions per mitigation option</p><table>"
        "<tr><td rowspan='2'>Mitigation option</td><td colspan='2'>Potential (GgCO2e)</td></tr>"
        "<tr><td>2025</td><td>2030</td></tr>"
        "<tr><td>Efficient street lighting</td><td>22.5</td><td>41.5</td></tr>"
        "</table>"
    )
    found = {(r["value"], r["unit"], r["year"]) for r in html_rows(body)}
    assert found == {("0.0225", "Mt CO2e", "2025"), ("0.0415", "Mt CO2e", "2030")}


def test_group_rows_give_the_rows_under_them_their_unit_and_their_yardstick() -> None:
    """ "Total emissions (MtCO2e)" on a row of its own over "BAU | 8.1 | 17.2 | 30.5" and "All NDC measures | 8.1 |
    11.9 | 15.2": the rows are in its unit, and the plan's row (named by its NDC measures) is the plan's path; "GHG
    reduction relative to BAU" over "All NDC measures | - | 31% | 50%": cuts measured from BAU."""
    body = DATED + (
        "<p>Table 5-4 Emission reduction scenarios against BAU</p><table>"
        "<tr><td>Scenario</td><td>2020</td><td>2030</td><td>2040</td></tr>"
        "<tr><td>Total emissions (MtCO2e)</td><td></td><td></td><td></td></tr>"
        "<tr><td>BAU</td><td>8.1</td><td>17.2</td><td>30.5</td></tr>"
        "<tr><td>All NDC measures</td><td>8.1</td><td>11.9</td><td>15.2</td></tr>"
        "<tr><td>GHG reduction relative to BAU</td><td></td><td></td><td></td></tr>"
        "<tr><td>All NDC measures</td><td>-</td><td>31%</td><td>50%</td></tr></table>"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"], r["baseline"]) for r in html_rows(body)}
    assert {("11.9", "Mt CO2e", "2030", "target", ""), ("15.2", "Mt CO2e", "2040", "target", ""),
            ("31", "%", "2030", "target", "bau"), ("50", "%", "2040", "target", "bau")} <= found  # fmt: skip
    assert not any(v in ("17.2", "30.5") for v, *_ in found)  # (the BAU path's projections)


def test_a_header_row_inside_a_table_ends_it_and_the_rows_above_are_read() -> None:
    """ "Sector | | Gross emissions tCO2eq / year (FREL, 2020)" after the rows of "Sector | Emissions in 2017 in ktCO2 |
    Emissions in 2021 in ktCO2": the header of a second table printed in the same grid. It ends the first, whose rows
    keep their columns' years and unit, instead of making the whole grid no table of values."""
    body = DATED + (
        "<p>Table 2: National emissions</p><table>"
        "<tr><td>Sector</td><td>Emissions in 2017 in ktCO2</td><td>Emissions in 2021 in ktCO2</td></tr>"
        "<tr><td>Energy</td><td>2,964</td><td>3,518</td></tr>"
        "<tr><td>Waste</td><td>187</td><td>206</td></tr>"
        "<tr><td>Agriculture</td><td>6,402</td><td>6,911</td></tr>"
        "<tr><td>Sector</td><td></td><td>Gross emissions tCO2eq / year (FREL, 2020)</td></tr>"
        "<tr><td>Forestry</td><td>-</td><td>31 204</td></tr></table>"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert {("2.964", "Mt CO2", "2017", "actual"), ("3.518", "Mt CO2", "2021", "actual"),
            ("6.911", "Mt CO2", "2021", "actual")} <= found  # fmt: skip


def test_a_note_row_after_a_tables_last_values_ends_it_and_indented_rows_keep_their_columns() -> None:
    """Rows indented by empty leading cells ("| Energy-related CO2 | | 512 | 901") and rows short of them ("Transport |
    98 | 151") end aligned under "Targets and estimates in fiscal year 2030 | Fiscal year 2013"; the last row, a note
    in the value columns ("Joint Crediting Mechanism | | Ruritania aims to …"), ends the table rather than making it
    no table of values."""
    body = DATED + (
        "<p>Table: Targets and estimates by gas</p><p>(Unit: Million t-CO2)</p><table>"
        "<tr><td></td><td></td><td></td><td>Targets and estimates in fiscal year 2030</td>"
        "<td>Fiscal year 2013</td></tr>"
        "<tr><td>Greenhouse gas emissions and removals</td><td></td><td></td><td>540</td><td>988</td></tr>"
        "<tr><td></td><td>Energy-related CO2</td><td></td><td>512</td><td>901</td></tr>"
        "<tr><td></td><td>Industry</td><td>201</td><td>330</td></tr>"
        "<tr><td>Transport</td><td>98</td><td>151</td></tr>"
        "<tr><td>Joint Crediting Mechanism</td><td></td><td>Ruritania aims to contribute credits to its target.</td>"
        "</tr></table>"
    )
    found = {(r["value"], r["year"], r["kind"]) for r in html_rows(body)}
    assert {("540", "2030", "target"), ("988", "2013", "actual"), ("201", "2030", "target"), ("330", "2013", "actual"),
            ("98", "2030", "target"), ("151", "2013", "actual")} <= found  # fmt: skip


def test_a_measures_code_as_a_row_label_names_no_unit() -> None:
    """ "M2 | 61.4" (its sector cell spanned from the row above) under "Measure | Emission reduction (kt CO2 eq) by
    2035": "M2" codes a measure, it is no square metre; the cell is in the column's unit like its neighbours'."""
    body = DATED + (
        "<table><tr><td>Table 4: Emission reductions in kt CO2 eq by 2035 by measure</td><td></td><td></td></tr>"
        "<tr><td>Sector</td><td>Measure</td><td>Emission reduction (kt CO2 eq) by 2035</td></tr>"
        "<tr><td>Electricity</td><td>M1</td><td>515.2</td></tr>"
        "<tr><td>M2</td><td>61.4</td></tr>"
        "<tr><td>Transport</td><td>M3</td><td>88.1</td></tr></table>"
    )
    units = {r["value"]: r["unit"] for r in html_rows(body)}
    assert units.get("0.0614") == units.get("0.5152") == "Mt CO2e"


def test_a_units_column_names_what_each_rows_numbers_count() -> None:
    """ "Units" heads a column of what each row's numbers are: "Lamps" and "fireplaces" counted, "MW" of capacity;
    the conditional and unconditional columns of 2030 date them and name their condition."""
    body = DATED + (
        "<p>Table 3 : Mitigation measures in the Energy sector</p><table>"
        "<tr><td>Reduction measures</td><td>Technologies</td><td>Units</td><td>Conditional targets for 2030</td>"
        "<td>Unconditional targets for 2030</td></tr>"
        "<tr><td rowspan='2'>Energy efficiency in homes</td><td>Efficient lighting with LEDs</td><td>Lamps</td>"
        "<td>295,000</td><td>88,000</td></tr>"
        "<tr><td>Efficient charcoal stoves</td><td>fireplaces</td><td>520,000</td><td>140,000</td></tr>"
        "<tr><td>LPG stoves</td><td>fireplaces</td><td>410,000</td><td>300 00</td></tr>"
        "<tr><td>Renewable energy</td><td>Solar power plants</td><td>MW</td><td>150</td><td>60</td></tr></table>"
    )  # ("300 00": a misprint no one can read, a blank cell; the table is still one of values)
    found = {(r["value"], r["unit"], r["year"], r["kind"], r["condition"]) for r in html_rows(body)}
    assert {
        ("295000", "count", "2030", "target", "conditional"),
        ("140000", "count", "2030", "target", "unconditional"),
        ("0.15", "GW", "2030", "target", "conditional"),
        ("410000", "count", "2030", "target", "conditional"),
    } <= found


def test_a_table_weighing_a_material_in_tonnes_holds_no_emissions() -> None:
    """ "Consumption of charcoal and wood … in tonnes of dry matter per year": its cells weigh a material, as "685,611
    tons of wood" does in a sentence; a table "in tonnes of CO2 equivalent" is read as ever."""
    def table(caption: str) -> str:
        return DATED + (
            f"<p>{caption}</p><table><tr><td>Year</td><td>Rural</td><td>Urban</td></tr>"
            "<tr><td>2018</td><td>5,956</td><td>2,663</td></tr><tr><td>2019</td><td>6,097</td><td>2,759</td></tr>"
            "<tr><td>2020</td><td>6,268</td><td>2,836</td></tr></table>"
        )

    material = "Table 6: Consumption of charcoal and wood in tonnes of dry matter per year"
    assert not html_rows(table(material))
    assert {r["value"] for r in html_rows(table("Table 7: Emissions of the sector in tonnes of CO2 equivalent"))} >= {
        "0.005956", "0.002836"}  # fmt: skip


def test_the_header_row_over_a_row_of_years_gives_their_columns_its_unit() -> None:
    """ "| Avoided GHG emissions (in Gg CO2eq) | Avoided GHG emissions (in Gg CO2eq)" over "Sectors | 2025 | 2030":
    the cells under the years are in the unit the row above states over each of them."""
    body = DATED + (
        "<p>Table 37: Summary of avoided emissions</p><table>"
        "<tr><td></td><td>Avoided GHG emissions (in Gg CO2eq)</td><td>Avoided GHG emissions (in Gg CO2eq)</td></tr>"
        "<tr><td>Sectors</td><td>2025</td><td>2030</td></tr>"
        "<tr><td>1. Energy excluding transport</td><td>48.2</td><td>66.9</td></tr>"
        "<tr><td>2. Transportation</td><td>41.5</td><td>118.3</td></tr></table>"
    )
    found = {(r["value"], r["unit"], r["year"]) for r in html_rows(body)}
    assert {("0.0482", "Mt CO2e", "2025"), ("0.1183", "Mt CO2e", "2030")} <= found
    # (a header whose cells span groups of years, "BAU projection (Mt CO2e) | | Conditional projection (Mt CO2e) |",
    # names paths the row reader does not tell apart: its cells are not read as the plan's)
    grouped = DATED + (
        "<p>Table 1: GHG emission projections</p><table>"
        "<tr><td>Sector</td><td>BAU projection (Mt CO2e)</td><td></td><td>Conditional projection (Mt CO2e)</td>"
        "<td></td></tr><tr><td></td><td>2025</td><td>2030</td><td>2025</td><td>2030</td></tr>"
        "<tr><td>Industry</td><td>12.7</td><td>26.1</td><td>10.2</td><td>22.6</td></tr>"
        "<tr><td>Energy</td><td>14.4</td><td>20.0</td><td>10.4</td><td>9.5</td></tr></table>"
    )
    assert not any(r["value"] in ("26.1", "20") and r["kind"] == "target" for r in html_rows(grouped))


def test_a_header_grouping_years_by_path_reads_the_plans_groups_and_leaves_the_reference_path() -> None:
    """ "Sector | BAU projection (Mt CO2e) | | | Unconditional (Mt CO2e) | | Conditional (Mt CO2e) |" over "| 2020 |
    2025 | 2030 | 2025 | 2030 | 2025 | 2030": each group cell spans its years; the BAU group's projections are no
    goals, the other groups' cells are the plan's, with their condition."""
    body = DATED + (
        "<p>Table 1: GHG emission projections in BAU, unconditional and conditional pathways</p><table>"
        "<tr><td>Sector</td><td colspan='3'>BAU emission projection (Mt CO2e)</td>"
        "<td colspan='2'>Unconditional emission projection (Mt CO2e)</td>"
        "<td colspan='2'>Conditional emission projection (Mt CO2e)</td></tr>"
        "<tr><td></td><td>2020</td><td>2025</td><td>2030</td><td>2025</td><td>2030</td><td>2025</td><td>2030</td></tr>"
        "<tr><td>Industry</td><td>4.8</td><td>11.6</td><td>24.3</td><td>11.2</td><td>21.9</td><td>9.1</td>"
        "<td>17.4</td></tr>"
        "<tr><td>Energy</td><td>9.7</td><td>13.1</td><td>18.8</td><td>12.2</td><td>13.5</td><td>9.9</td>"
        "<td>8.6</td></tr></table>"
    )
    found = {(r["value"], r["year"], r["kind"], r["condition"]) for r in html_rows(body)}
    assert {("21.9", "2030", "target", "unconditional"), ("17.4", "2030", "target", "conditional"),
            ("8.6", "2030", "target", "conditional")} <= found  # fmt: skip
    assert not any(v in ("24.3", "18.8") for v, *_ in found)  # (the BAU path's projections)


def test_a_corner_cell_stating_the_unit_leaves_every_other_header_cell_to_its_column() -> None:
    """ "Gas (kt) | 2022 (Historical) | 2030 (Medium Projection) | 2035 (Medium Projection) | GWP-AR6 Factor": the
    corner states the table's unit, and each other cell heads its own column: the historical year's cells are records,
    the projections no goals, the warming potentials no values of any year."""
    body = DATED + (
        "<table><tr><td>Gas (kt)</td><td>2022 (Historical)</td><td>2030 (Medium Projection)</td>"
        "<td>2035 (Medium Projection)</td><td>GWP-AR6 Factor</td></tr>"
        "<tr><td>CO₂</td><td>21,402</td><td>25,118.4</td><td>28,907.3</td><td>1</td></tr>"
        "<tr><td>CH₄</td><td>377</td><td>360.2</td><td>351.9</td><td>29.8</td></tr>"
        "<tr><td>N₂O</td><td>6.91</td><td>12.04</td><td>18.3</td><td>273</td></tr></table>"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert {("21.402", "Mt", "2022", "actual"), ("0.377", "Mt CH4", "2022", "actual")} <= found
    assert not any(v in ("25.1184", "28.9073", "29.8", "273") for v, *_ in found)


def test_a_table_split_in_two_goes_on_under_its_header_of_years_in_the_unit_its_change_columns_state() -> None:
    """ "Source | 1990 | 2017 | 2023 | Change 1990–2017, Mt CO₂e | Change (1990–2017), %" over one row, then a second
    HTML table as wide going on with the rows (a page break in the source): they are one table, its year columns in
    the unit the change columns state (a change of the levels is in their unit)."""
    head = "".join(f"<td>{c}</td>" for c in ("Source", "1990", "2017", "2023", "Change 1990–2017, Mt CO₂e",
                                              "Change (1990–2017), %"))  # fmt: skip

    def row(*cells: str) -> str:
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    body = DATED + (
        "<p>Table 1: GHG Emissions and Removals in 1990, 2017 and 2023.</p>"
        f"<table><tr>{head}</tr>{row('Energy', '18.42', '8.95', '9.88', '-9.47', '-51.4')}</table>"
        f"<table>{row('IPPU', '0.76', '1.21', '1.87', '0.45', '59.2')}"
        f"{row('Waste', '0.41', '0.66', '0.91', '0.25', '61.0')}</table>"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert {("18.42", "Mt CO2e", "1990", "actual"), ("0.76", "Mt CO2e", "1990", "actual"),
            ("1.87", "Mt CO2e", "2023", "actual"), ("0.66", "Mt CO2e", "2017", "actual")} <= found  # fmt: skip


def test_a_row_label_naming_a_per_capita_measure_gives_its_cells_that_unit() -> None:
    """ "GHG per capita, tons per capita | 10.299 | 4.095 | …" under a header of years: amounts per person, as "3.8
    tons per capita" is in a sentence (not bare numbers left unread); "Population, million inhabitants" is no such
    measure."""
    body = DATED + (
        "<p>Table 2.2-2: Total GHG emissions and associated variables, 1990-2016</p><table>"
        "<tr><td></td><td>1990</td><td>2005</td><td>2016</td></tr>"
        "<tr><td>Population, million inhabitants</td><td>4.362</td><td>3.940</td><td>3.844</td></tr>"
        "<tr><td>GHG per capita, tons per capita</td><td>9.871</td><td>3.402</td><td>3.655</td></tr></table>"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert {("9.871", "t CO2e per capita", "1990", "actual"), ("3.655", "t CO2e per capita", "2016", "actual")} <= found
    assert not any(v == "4.362" for v, *_ in found)


def test_a_row_label_naming_an_intensity_before_its_unit_gives_its_cells_the_intensity() -> None:
    """ "Emissions per capita, t CO2e" (the measure per person, the mass after the comma) and "GHG intensity, kg CO2
    eq/2012 $US" (a mass per money with its prices' year): amounts per person and per dollar of GDP, never totals in
    the label's mass."""
    body = DATED + (
        "<p>Table 4: Indicators of the economy, 1995-2015</p><table>"
        "<tr><td></td><td>1995</td><td>2005</td><td>2015</td></tr>"
        "<tr><td>Emissions per capita, t CO2e</td><td>6.12</td><td>4.87</td><td>4.05</td></tr>"
        "<tr><td>GHG intensity, kg CO2 eq/2012 $US</td><td>3.9</td><td>2.8</td><td>2.1</td></tr></table>"
    )
    found = {(r["value"], r["unit"], r["year"]) for r in html_rows(body)}
    assert {("6.12", "t CO2e per capita", "1995"), ("4.05", "t CO2e per capita", "2015")} <= found
    assert {("3.9", "kg CO2e per USD", "1995"), ("2.1", "kg CO2e per USD", "2015")} <= found
    assert not [f for f in found if f[1].startswith("Mt")]  # no total of a few tonnes


def test_a_row_repeating_the_value_columns_header_ends_the_table_above_it() -> None:
    """ "Other indicators | Baseline | Target in 2035" after rows headed "GHG indicators | Baseline | Target in 2035":
    the header of the next table in the same grid; the rows above keep their columns (the targets of 2035)."""
    body = DATED + (
        "<p>ANNEX C: KPIs for tracking progress</p><table>"
        "<tr><td>GHG indicators (conditional)</td><td>Baseline</td><td>Target in 2035</td></tr>"
        "<tr><td>National GHG Mitigation (ktCO2e/yr)</td><td>0</td><td>187.3</td></tr>"
        "<tr><td>Land Transport GHG Mitigation (ktCO2e/yr)</td><td>0</td><td>12.8</td></tr>"
        "<tr><td>Solid waste GHG Mitigation (ktCO2e/yr)</td><td>0</td><td>31.4</td></tr>"
        "<tr><td>Other indicators</td><td>Baseline</td><td>Target in 2035</td></tr>"
        "<tr><td>Installed renewable electricity capacity (MW)</td><td>7</td><td>52</td></tr>"
        "<tr><td>Protected areas (ha)</td><td>TBD</td><td>TBD</td></tr></table>"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert {("0.1873", "Mt CO2e", "2035", "target"), ("0.0314", "Mt CO2e", "2035", "target")} <= found


def test_header_cells_of_a_year_and_its_unit_date_and_measure_their_columns() -> None:
    """ "Sector | 2005 Gg CO2e | 2015 Gg CO2e": each header cell is its column's year and unit, not a value of
    2,005 Gg."""
    body = (
        "<p>Table 3: Ruritania's national inventory</p>"
        + table(
            tds("Sector", "2005 Gg CO2e", "2012 Gg CO2e", "2019 Gg CO2e"),
            tds("Energy", "88.41", "97.30", "121.06"),
            tds("Total emissions", "140.20", "151.75", "186.92"),
        )
    )
    got = {(r["value"], r["unit"], r["year"]) for r in html_rows(body)}
    assert ("0.12106", "Mt CO2e", "2019") in got
    assert ("0.1402", "Mt CO2e", "2005") in got
    assert not {v for v, _, _ in got} & {"2.005", "2.012", "2.019"}


def test_a_share_column_after_each_years_amounts_is_that_years_share() -> None:
    """ "2009 emissions, Gg CO2e | Percentage of total, % | 2019 emissions, Gg CO2e | Percentage of total, %": each
    share column is of the year before it (a bare "%" after a column of a base year is no share of it)."""
    body = DATED + (
        "<p>Table 6: Emissions of the energy sector by source</p>"
        + table(
            tds("Source", "2009 emissions, Gg CO2e", "Percentage of total, %", "2019 emissions, Gg CO2e",
                "Percentage of total, %"),
            tds("Road transport", "61.40", "48%", "88.15", "55%"),
            tds("Power generation", "40.93", "32%", "51.29", "32%"),
            tds("Fishing boats", "25.58", "20%", "20.84", "13%"),
        )  # fmt: skip
    )
    got = {(r["value"], r["unit"], r["year"]) for r in html_rows(body)}
    assert ("48", "%", "2009") in got and ("55", "%", "2019") in got
    assert ("13", "%", "2019") in got and ("0.08815", "Mt CO2e", "2019") in got
    cut = DATED + table(
        tds("Measure", "Cost (USD million)", "Emissions in 1990 (Mt CO2e)", "%"),
        tds("Biogas", "140", "91.2", "12.4"),
        tds("Wind power", "85", "91.2", "20.5"),
    )
    assert all(r["year"] != "1990" for r in html_rows(cut) if r["unit"] == "%")


def test_a_second_header_row_of_years_under_spanning_cells_takes_each_cells_unit() -> None:
    """ "Reduction potential (Gg CO₂eq)" and "Cost in USD", each spanning "2030 | 2035" on the row below (the cells
    left of them span both rows): each pair of years is read in its own parent's unit. A subscript ("CO₂") is no
    digit of a value that would make the upper row no header of words."""
    body = DATED + table(
        tds("Sector", "Measure", "Gas", "Reduction potential (Gg CO₂eq)", "", "Cost in USD", ""),
        tds("2030", "2035", "2030", "2035"),
        tds("Energy", "Efficient street lighting", "CO₂", "61.20", "95.45", "9,180,000", "14,317,500"),
        tds("Waste", "Landfill gas flaring", "CH₄", "140.75", "212.30", "21,112,500", "31,845,000"),
    )
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert ("0.09545", "Mt CO2e", "2035", "target") in got
    assert ("0.14075", "Mt CO2e", "2030", "target") in got
    assert ("0.00918", "USD billion", "2030", "target") in got
    assert ("0.031845", "USD billion", "2035", "target") in got
    one = DATED + table(
        tds("№", "Measures", "Activity indicators", "GHG emission reductions, kt CO₂e", ""),
        tds("2030", "2035"),
        tds("1", "Solar power plant in the north (2028)", "350 MW", "412.60", "412.60"),
        tds("2", "Wind farm on the coast (2029)", "120 MW", "88.35", "96.10"),
    )
    got = {(r["value"], r["unit"], r["year"]) for r in html_rows(one)}
    assert ("0.0961", "Mt CO2e", "2035") in got and ("0.08835", "Mt CO2e", "2030") in got


def test_a_years_cell_spanning_the_years_beside_a_total_spanning_both_rows() -> None:
    """ "| Years (over four columns) | Total (2015-2035)" over "2015 | 2025 | 2030 | 2035 |": the rows' cells are
    read under the years, the row of years ending in an empty cell under the total."""
    body = DATED + (
        "<p>Table 6: Summary of mitigation data</p><table>"
        '<tr><td rowspan="2"></td><td colspan="4">Years</td><td rowspan="2">Total (2015-2035)</td></tr>'
        "<tr><td>2015</td><td>2025</td><td>2030</td><td>2035</td><td></td></tr>"
        + "<tr>" + tds("Emissions, mitigation scenario (Mt CO2eq)", "11.40", "13.05", "12.20", "10.85", "251.60")
        + "</tr><tr>" + tds("Emissions, conditional scenario (Mt CO2eq)", "11.40", "12.75", "11.10", "9.35", "228.90")
        + "</tr></table>"
    )
    got = {(r["value"], r["year"]) for r in html_rows(body)}
    assert ("13.05", "2025") in got and ("10.85", "2035") in got and ("9.35", "2035") in got
    assert ("11.4", "2035") not in got and ("12.75", "2015") not in got


def test_rows_of_reductions_under_a_header_of_years_take_the_unit_the_rows_above_state() -> None:
    body = DATED + (
        "<p>Table 6: Summary of mitigation data</p>"
        + table(
            tds("", "2015", "2025", "2030"),
            tds("Emissions, mitigation scenario (Gg CO2eq)", "11 400", "13 050", "12 200"),
            tds("Emissions, conditional scenario (Gg CO2eq)", "11 400", "12 750", "11 100"),
            tds("Expected emission reduction, conditional", "0", "300", "1 100"),
            tds("Number of projects", "0", "9", "12"),
        )
    )
    got = {(r["value"], r["unit"], r["year"]) for r in html_rows(body)}
    assert ("1.1", "Mt CO2e", "2030") in got and ("0.3", "Mt CO2e", "2025") in got
    assert not {("9", "Mt CO2e", "2025"), ("0.009", "Mt CO2e", "2025")} & got  # a count names no emissions


def test_a_cell_the_plan_leaves_unreported_or_notes_as_a_minimum_keeps_its_table() -> None:
    """ "Not reported" (or "Under study", "TBD") is a blank cell, and "3,100,000 (as minimum)" a value with a note:
    neither makes the table of needs no table of values."""
    body = DATED + (
        "<p>Table 9 Summary of adaptation finance necessary</p>"
        + table(
            tds("Sector", "Estimated finance necessary (US $)"),
            tds("Agriculture", "184,300,000"),
            tds("Health", "Not reported"),
            tds("Tourism", "3,100,000 (as minimum)"),
            tds("Water", "92,750,000"),
            tds("Forestry", "Under study"),
        )
    )
    got = {(r["value"], r["unit"], r["year"]) for r in html_rows(body)}
    assert ("0.1843", "USD billion", "2030") in got and ("0.09275", "USD billion", "2030") in got


def test_a_capacity_beside_the_year_columns_is_due_in_the_year_its_row_names() -> None:
    """Under "GHG emission reductions, kt CO₂e" spanning "2030 | 2035" (the row reader's), the "Activity indicators"
    cell "350 MW" is the measure's own amount, due in the one year its label names ("(2028)"); a share of
    households there is left to the row's text."""
    body = DATED + table(
        tds("№", "Measures", "Activity indicators", "GHG emission reductions, kt CO₂e", ""),
        tds("2030", "2035"),
        tds("1", "Solar power plant in the north (2028)", "350 MW", "412.60", "412.60"),
        tds("2", "Gasification of villages (2027)", "45% of households", "88.35", "96.10"),
    )
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert ("0.35", "GW", "2028", "target") in got
    assert ("0.4126", "Mt CO2e", "2035", "target") in got
    assert not any(v == "45" and y == "2027" for v, _, y, _ in got)


def test_a_plus_signed_change_is_a_value_cell_of_a_scenario_table() -> None:
    """Scenario columns, rows whose labels state year and unit, and a row of changes printed with their sign
    ("+32%"): the signed shares are values, so the table is read (the reference scenario's column is no target)."""
    body = "<p>The scenarios of the plan compare as follows.</p>" + table(
        tds("", "Reference scenario (NPM)", "Policy scenario (PM)", "Enhanced policy scenario (EPM)"),
        tds("Methane emissions in 2035 (kt CO2e)", "4 210", "3 380", "2 905"),
        tds("Deviation from the reference scenario in 2035", "", "-20%", "-31%"),
        tds("Methane emissions in 2035 compared to 2005", "+64%", "+32%", "+13%"),
    )
    rows = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert ("3.38", "Mt CO2e", "2035", "target") in rows
    assert ("2.905", "Mt CO2e", "2035", "target") in rows
    assert not any(r[0] == "4.21" and r[3] == "target" for r in rows)


def test_a_remark_where_a_rows_values_belong_leaves_the_table_a_table_of_values() -> None:
    """ "Counted under the stoves programme" in the first of several value columns (the others empty) says why a
    measure has no figures: the other rows' reductions are still read, each in its column's year. (Rows of words
    under every row of values would make the table text: a remark is one row among several of values.)"""
    body = "<p>The plan was adopted in 2021.</p><p>Table 4. Expected reductions of the measures (tCO2e)</p>" + table(
        tds("Measures", "Reduction potential (tCO2e)", "", ""),
        tds("", "Horizon 2026", "Horizon 2031", "Horizon 2036"),
        tds("Efficient street lighting", "4 100", "6 300", "8 800"),
        tds("Clean cooking campaign", "Counted under the stoves programme", "", ""),
        tds("Small hydro plants", "12 500", "20 000", "31 000"),
        tds("Landfill gas capture", "2 200", "2 900", "3 400"),
        tds("Solar water heaters", "900", "1 500", "2 600"),
    )
    rows = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert ("0.0088", "Mt CO2e", "2036", "target") in rows
    assert ("0.0125", "Mt CO2e", "2026", "target") in rows


def test_a_two_column_table_of_statements_stays_text() -> None:
    """In two columns, the text beside a label is the row's statement, not a remark in place of values; and the first
    row, a goal stated with its share, is no header row of the rows below."""
    body = table(
        tds("Unconditional target", "A 17% cut of emissions below BAU by 2035"),
        tds("Conditional target", "A further 9% cut, subject to international support"),
        tds("Base year", "2019"),
    )
    rows = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert ("17", "%", "2035", "target") in rows


def test_a_first_row_stating_an_amount_is_no_header_but_a_numbered_phase_is() -> None:
    """ "Solar | Install 450 MW of solar PV by 2032" opens the table with its first goal; "Sector | Phase 2 actions by
    2032" heads the rows below it, which aim at 2032 (the phase's number has no unit)."""
    goals = table(tds("Solar", "Install 450 MW of solar PV by 2032"), tds("Wind", "Install 120 MW of wind by 2032"))
    rows = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(goals)}
    assert ("0.45", "GW", "2032", "target") in rows
    headed = table(tds("Sector", "Phase 2 actions by 2032"), tds("Energy", "Install 120 MW of wind"))
    rows = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(headed)}
    assert ("0.12", "GW", "2032", "target") in rows


def test_cells_under_unconditional_and_conditional_columns_are_the_plans_goals() -> None:
    """ "Sub-sector | Unconditional options | Conditional options" heads rows of measures in words: each cell is a
    goal of the plan (a plain statement in it, "a wind farm of 120 MW", is no record of the present)."""
    body = "<p>The plan was adopted in 2021 and runs to 2030.</p>" + table(
        tds("Target sub-sector", "Unconditional options", "Conditional options"),
        tds("Electricity", "Wind farm with a total capacity of 120 MW", "Solar parks with a total capacity of 85 MW"),
    )
    rows = {(r["value"], r["unit"], r["kind"]) for r in html_rows(body)}
    assert ("0.12", "GW", "target") in rows
    assert ("0.085", "GW", "target") in rows


def test_years_each_over_a_pair_of_columns_date_both() -> None:
    """ "2026 | | 2031 | | 2046 |" over "Gg CO2eq | % | Gg CO2eq | % | …": each year spans its amount and its share;
    the grid dates each leaf by the year over it (the row reader, reading years alone, read none)."""
    body = "<p>The plan was revised in 2022.</p><p>Table 3: Reductions compared to BAU</p>" + (
        "<table><tr><td rowspan='3'>Scenarios</td><td colspan='6'>Reduction compared to BAU</td></tr>"
        "<tr><td colspan='2'>2026</td><td colspan='2'>2031</td><td colspan='2'>2046</td></tr>"
        + "<tr>" + tds("Gg CO2eq", "%", "Gg CO2eq", "%", "Gg CO2eq", "%") + "</tr>"
        + "<tr>" + tds("Unconditional", "4120.5", "8.25", "9310.8", "14.10", "15020.4", "17.35") + "</tr>"
        + "<tr>" + tds("Conditional", "2210.3", "4.43", "6605.1", "10.01", "11410.9", "13.18") + "</tr></table>"
    )
    rows = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert ("9.3108", "Mt CO2e", "2031", "target") in rows
    assert ("14.10", "%", "2031", "target") in rows or ("14.1", "%", "2031", "target") in rows
    assert ("11.4109", "Mt CO2e", "2046", "target") in rows


def test_a_horizon_column_dates_the_goal_in_the_cell_before_it() -> None:
    """ "# | 2016 NDC Measure | Horizon | Progress": each measure is a goal due in its row's horizon, whatever its
    progress says."""
    body = "<p>Freedonia submitted this NDC in 2022.</p><p>Table 1: Status of 2016 NDC Measures</p>" + table(
        tds("#", "2016 NDC Measure", "Horizon", "Progress"),
        tds("M1", "Increase forest cover to 64% of land area", "2021", "Not achieved"),
        tds("M2", "Share of biofuels to meet 12% of transport fuels", "2026", "Not on track"),
    )
    rows = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert ("64", "%", "2021", "target") in rows
    assert ("12", "%", "2026", "target") in rows


def test_a_target_year_column_dates_each_rows_measures() -> None:
    """ "Sub-sector | Measure | Project | Target year | Status": each row's measures aim at its own year (the word
    "target" in the deadline's header names no column of goals of its own)."""
    body = "<p>Freedonia submitted this NDC in 2024. Its goals aim at 2035.</p>" + table(
        tds("Sub-sector", "Measure", "Project", "Target year", "Status"),
        tds("Energy", "Solar PV", "North solar 1.7 MW park", "2026", "Under implementation"),
        tds("Energy", "Wind", "Coast wind farm of 4 MW", "2029", "Planned"),
    )
    rows = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert {("0.0017", "GW", "2026", "target"), ("0.004", "GW", "2029", "target")} <= rows


def test_a_baseline_column_of_a_year_beside_the_deadlines_column_holds_records_of_that_year() -> None:
    """ "Intervention | Indicator | Baseline (2018) | 2030 Target": the cells under the baseline column are what 2018
    recorded, not goals of 2030 (the deadline column's cells stay goals)."""
    body = "<p>Freedonia submitted this update in 2021.</p>" + table(
        tds("Adaptation intervention", "Indicator(s)", "Baseline (2018)", "2030 Target"),
        tds("Improve rangelands", "Share of improved dry feed", "Local dairy – 71% Exotic – 36%", "Local dairy – 100%"),
        tds("Expand irrigation", "Area under irrigation", "58,400 Ha", "210,000 Ha"),
    )
    rows = {(r["value"], r["unit"], r["year"], r["kind"]) for r in html_rows(body)}
    assert {("71", "%", "2018", "actual"), ("36", "%", "2018", "actual"), ("0.0584", "Mha", "2018", "actual")} <= rows
    assert {("100", "%", "2030", "target"), ("0.21", "Mha", "2030", "target")} <= rows


def test_a_money_column_named_in_the_header_gives_bare_amounts_in_plain_rows_its_currency() -> None:
    """ "Target | Reference value (2024) | Costs (USD) and Conditionality" over rows of prose (no header of years):
    "By 2035: 3.1 billion unconditional" under the costs column is an amount in US dollars, not a bare count."""
    body = "<p>Freedonia submitted this NDC in 2025. It will cut emissions by 20% by 2035.</p>" + table(
        tds("Target", "Reference value (2024)", "Costs (USD) and Conditionality"),
        tds("Raise hydropower capacity to 9,000 MW by 2035.", "2,100 MW", "By 2035: 3.1 billion unconditional."),
    )
    rows = {(r["value"], r["unit"], r["year"]) for r in html_rows(body)}
    assert ("3.1", "USD billion", "2035") in rows
    assert not any(u == "million" for _, u, _ in rows)


def test_a_row_the_source_left_a_cell_short_reads_its_cells_under_the_columns_they_open() -> None:
    # (no colspan, no rowspan over it: the source dropped the row's last cell; right-aligned, the row's unit cell
    # would sit among the values and make the whole table no table of values)
    body = DATED + "<p>Table 1: Emissions of three gases in 2017 in Lesotho</p>" + table(
        tds("", "", "Carbon dioxide", "Methane", "Nitrous oxide"),
        tds("Energy", "(kt)", "1840", "21.3", "0.42"),
        tds("Agriculture", "(kt)", "", "388", "96"),
        tds("Land use", "(kt)", "-3,210", ""),
        tds("Waste", "(kt)", "12", "45.1", "0.31"),
    )
    got = keyed(body)
    assert {("-3.21", "Mt", "2017"), ("1.84", "Mt", "2017"), ("0.388", "Mt CH4", "2017")} <= set(got)


def test_a_gas_column_named_by_name_and_formula_masses_that_gas() -> None:
    body = DATED + "<p>Table 1: Emissions of three gases in 2017 in Lesotho</p>" + table(
        tds("", "", "CO2 carbon dioxide", "Methane CH4", "N2O oxide"),
        tds("Energy", "(kt)", "1840", "21.3", "0.42"),
        tds("Agriculture", "(kt)", "", "388", "96"),
        tds("Waste", "(kt)", "12", "45.1", "0.31"),
    )
    got = set(keyed(body))
    assert {("1.84", "Mt", "2017"), ("0.0213", "Mt CH4", "2017"), ("0.096", "Mt N2O", "2017")} <= got
