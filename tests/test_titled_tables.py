"""Tables that take what their cells mean from a line above them: a year alone over a flattened table, a title that
states the money's unit over a tab-separated one; cells that print an amount with its share of the column's total;
tables of a climate model's projections, which are no plan's (tables and sentences written for these tests:
made-up countries and numbers)."""

from __future__ import annotations

from extract.cells import Grid
from extract.grid import find_grids
from extract.headercues import _cue_kind
from extract.impacts import impact_table
from extract.segment import segment
from tests.test_extractor import rows


def flat(*cells: str) -> str:
    return "\n\n".join(cells)


INTRO = "Ruritania will cut its emissions by 20% below business as usual by 2030. This update was submitted in 2022."
CUT_HEAD = (
    "Sector", "Domestic effort (WM)", "With international support (WAM)",
    "Reduction in 1000 t CO2 eq.", "% reduction relative to BAU",
    "Reduction in 1000 t CO2 eq.", "% reduction relative to BAU",
)  # fmt: skip


def test_a_year_alone_over_a_flattened_header_titles_the_table() -> None:
    # two tables one after the other, each titled by its year alone on a line; the cells write decimal commas
    text = flat(
        INTRO, "The reductions by sector are presented in the tables below.",
        "2025", *CUT_HEAD,
        "Energy", "1 104,250", "11,20", "1 620,400", "16,45",
        "Waste", "84,310", "0,86", "NE", "NE",
        "Total", "1 188,560", "12,06", "1 620,400", "16,45",
        "2030", *CUT_HEAD,
        "Energy", "1 702,900", "13,10", "3 950,120", "30,38",
        "Waste", "150,020", "1,15", "NE", "NE",
        "Total", "1 852,920", "14,25", "3 950,120", "30,38",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("1.10425", "Mt CO2e", "2025", "target") in got
    assert ("12.06", "%", "2025", "target") in got
    assert ("1.70290", "Mt CO2e", "2030", "target") in got or ("1.7029", "Mt CO2e", "2030", "target") in got
    assert ("30.38", "%", "2030", "target") in got
    assert not {r["year"] for r in rows(text)} - {"2025", "2030"}


FINANCE = (
    "Sector\tTotal requirement\tOwn resources\tInternational support needed",
    "Water resources\t1 310,40\t402,15\t908,25",
    "Agriculture\t245,00\t61,00\t184,00",
    "Health\t98,60\t3,10\t95,50",
    "Total\t1 654,00 (100%)\t466,25 (28,19%)\t1 187,75 (71,81%)",
)


def test_a_title_line_over_a_tab_table_states_the_money_and_its_cells_their_shares() -> None:
    # the title's unit ("EUR million 2021": money of 2021 prices, not a date) gives the bare cells theirs; an amount
    # printed with its share of the total in brackets is both values
    text = "\n\n".join(
        (INTRO, "Adaptation will cost what the table below shows, to 2030.",
         "Required financial resources for adaptation measures (EUR million 2021)", "\n".join(FINANCE))
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("1.31040", "EUR billion", "2030", "target") in got or ("1.3104", "EUR billion", "2030", "target") in got
    assert any(v.startswith("0.466") and u == "EUR billion" and y == "2030" for v, u, y, _ in got)
    assert ("28.19", "%", "2030", "target") in got
    assert not [r for r in rows(text) if r["year"] == "2021"]


def test_a_table_of_projected_climate_anomalies_is_no_plan() -> None:
    text = "\n\n".join(
        (INTRO,
         "Table 2. Mean temperature anomalies (°C) under four climate change scenarios (RCP) for Ruritania",
         "Scenario\tPeriod 2021-2050\tPeriod 2071-2100\nRCP 2.6\t0.9\t1.2\nRCP 4.5\t1.1\t2.1\nRCP 8.5\t1.4\t3.6")
    )  # fmt: skip
    assert not [r for r in rows(text) if r["unit"] == "°C"]


def test_impact_tables_are_told_from_the_plans_by_their_caption() -> None:
    assert impact_table("Table 7: Projected changes in rainfall (%) by 2050")
    assert impact_table("Average monthly changes in precipitation (%) under the 4 RCP scenarios")
    assert not impact_table("Table 4: Emissions by sector under the mitigation scenario (Gg CO2e)")
    assert not impact_table("Table 5: Adaptation measures against droughts and their cost (USD million)")


def test_a_title_naming_the_reference_path_and_the_plans_reductions_names_both() -> None:
    # "BAU" alone makes a title a projection's; with the NDC's reductions it names both paths (the columns say which)
    assert _cue_kind("Summary over BAU emissions and NDC emissions reduction") == ("", "")
    assert _cue_kind("Projected BAU emissions by sector")[0] == "bau"
    text = "\n\n".join(
        (INTRO, "Summary of BAU emissions and NDC emission reductions",
         "Sector\tBAU 2030 emissions (MtCO2e)\tNDC 2030 scenario (MtCO2e)\tNDC 2030 reduction (MtCO2e)\n"
         "Energy\t21.4\t15.2\t-6.2\nWaste\t3.1\t2.5\t-0.6\nTotal\t24.5\t17.7\t-6.8")
    )  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("15.2", "2030", "target") in got
    assert ("17.7", "2030", "target") in got


def test_a_sentence_announcing_the_table_is_no_row_and_a_row_of_parents_heads_unequal_groups() -> None:
    # a one-row table, a sentence announcing the next table, then a header of three parents ("2015", the reference
    # path, the plan's path) over five leaves: one column under the first, two under each other
    text = flat(
        INTRO, "Total emissions (kt equivalent CO 2 )", "8,210.50", "17,400.25", "12,905.10",
        "The table below shows the contributions of the different sub-sectors to the national emissions.",
        "Sub-sectors", "2015", "BAU (2030)", "Low Carbon Scenario (2030)",
        "Emissions (kt Equiv CO 2 )", "Emissions (kt Equiv CO 2 )", "Percentage increase over 2015",
        "Emissions (kt Equiv CO 2 )", "Percentage decrease compared to BAU",
        "Power", "2,110.40", "6,250.00", "196.16", "4,800.20", "-8.33",
        "Transport", "1,480.10", "3,900.75", "163.55", "2,950.35", "-5.46",
        "Waste", "905.00", "1,450.60", "60.29", "1,020.45", "-2.47",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"], r["base_year"]) for r in rows(text)}
    assert ("2.1104", "Mt CO2e", "2015", "actual", "") in got
    assert ("4.8002", "Mt CO2e", "2030", "target", "") in got
    assert any(v == "8.33" and y == "2030" and k == "target" for v, _, y, k, _ in got)
    assert not [r for r in rows(text) if r["value"] in ("6.25", "196.16")]  # the reference path and its growth


def test_the_equivalent_written_out_before_the_gas() -> None:
    from extract.cellunits import cell_unit

    assert cell_unit("Emissions (ktonne Equiv CO 2 )") == ("Mt CO2e", cell_unit("(kt CO2e)")[1])
    assert cell_unit("(Gg equivalent CO2)")[0] == "Mt CO2e"
    assert cell_unit("(Mt CO2)")[0] == "Mt CO2"


def test_a_unit_cell_over_dated_and_scenario_columns_and_signs_printed_in_brackets() -> None:
    # "Sector | Emissions (Gg CO2e)" heads four leaves; the scenario columns after the dated reference column share
    # its year; "(-)" is a minus, and "1,512,4" a misprinted decimal comma after thousands commas
    text = flat(
        INTRO, "Table 4. Emissions for the reference scenario and the mitigation objectives",
        "Sector", "Emissions (Gg CO2e)", "2012 Inventory", "Reference scenario 2030", "Unconditional", "Conditional",
        "1", "Energy", "812.4", "2,310.00", "2,310.00", "1,512,4",
        "2", "Agriculture", "14,220.00", "31,904.00", "28,115.60", "22,470.10",
        "3", "Land use and forestry", "(-)9804.31", "(-)15022.70", "(-) 15022.70", "(-) 21330.05",
        "Total", "5,228.09", "19,191.30", "15,403.00", "2,652.45",
    )  # fmt: skip
    got = {(r["value"], r["year"], r["kind"], r["condition"]) for r in rows(text)}
    assert ("0.8124", "2012", "actual", "") in got
    assert ("1.5124", "2030", "target", "conditional") in got
    assert ("-9.80431", "2012", "actual", "") in got
    assert ("-21.33005", "2030", "target", "conditional") in got
    assert ("28.1156", "2030", "target", "unconditional") in got
    assert not [r for r in rows(text) if r["value"] in ("31.904", "19.1913")]  # the reference path


def test_a_long_unit_title_over_the_sentence_announcing_the_table_and_own_funds_unconditional() -> None:
    # the title states the money; the sentence between it and the table announces the table; "Own** funds" (a
    # footnote mark after "own") are the country's unconditional part
    text = "\n\n".join(
        (INTRO, "The necessary financial support for the implementation of the mitigation measures (EUR million 2021)",
         "The measures will be supported by internal and external resources, as presented in the table below.",
         "Sector\tResources required*\tOwn** funds\tInternational support***\nEnergy\t4 120,500\t1 300,250\t2 820,250\n"
         "Waste\t12,400\t2,100\t10,300\nTotal\t4 132,900 (100%)\t1 302,350 (32%)\t2 830,550 (68%)")
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["condition"]) for r in rows(text)}
    assert ("4.1205", "EUR billion", "2030", "") in got
    assert ("1.30025", "EUR billion", "2030", "unconditional") in got
    assert ("2.82025", "EUR billion", "2030", "conditional") in got


def test_year_cells_spanning_two_rows_under_a_years_header() -> None:
    # "Years | Unit | …": each year opens a row of amounts, and the row under it (its year cell spanned) holds the
    # shares of the same year
    table = (
        "Years\tUnit\tBase scenario (BAU)\tUnconditional Mitigation Scenario\tConditional Mitigation Scenario\n"
        "2025\tMtCO2e\t8.2\t1.9\t4.4\n%\t15.12%\t15.12%\t34.40%\n"
        "2030\tMtCO2e\t9.6\t2.7\t5.1\n%\t19.80%\t19.80%\t30.05%"
    )
    text = "\n\n".join((INTRO, "Table 9: Level of emission reduction after the mitigation measures.", table))
    got = {(r["value"], r["unit"], r["year"], r["condition"]) for r in rows(text)}
    assert ("1.9", "Mt CO2e", "2025", "unconditional") in got
    assert ("5.1", "Mt CO2e", "2030", "conditional") in got
    assert ("30.05", "%", "2030", "conditional") in got
    assert ("15.12", "%", "2025", "unconditional") in got
    assert not [r for r in rows(text) if r["value"] in ("8.2", "9.6")]  # the reference path


def test_numbered_actions_with_a_responsible_column_are_rows_not_titles() -> None:
    # a numbered action long enough to read as a sentence, then the body responsible, then its costs: the numbered
    # line labels a row (a value comes after one word cell), it does not title a new table
    text = flat(
        INTRO,
        "Table 7: Adaptation actions and their estimated costs (in millions of US$)",
        "Actions", "Responsible", "Estimated costs", "2023-2030", "2031-2050",
        "1. Mapping of flood risk in every river basin of the country, following the guidance of the regional centre",
        "MINENV", "8.4", "11.2",
        "2. Building of dikes and retention ponds along the coast and the lower valleys exposed to storm surges",
        "MINPUB", "21.6", "30.5",
        "3. Training of farmers in drought-tolerant seed varieties", "MINAGRI", "4.1", "6.3",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("0.0084", "USD billion", "2030", "target") in got
    assert ("0.0305", "USD billion", "2050", "target") in got
    assert ("0.0063", "USD billion", "2050", "target") in got


def test_a_numbered_title_over_word_cells_still_titles_its_table() -> None:
    # the rule above leaves a numbered title over a header of words alone: its next two cells are words
    text = flat(
        INTRO,
        "4. Emission reductions of the mitigation options by sector",
        "Sector", "Reduction (ktCO2e)", "2030",
        "Energy", "512.3", "Waste", "87.9", "Forestry", "1 204.5",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert ("0.5123", "Mt CO2e", "2030") in got



def _titles(text: str) -> list[str]:
    return [g.title for g in find_grids(segment(text), text).values() if isinstance(g, Grid)]


def test_a_line_stating_an_amount_is_no_title_for_the_cells_below_it() -> None:
    # the line above a caption-less run of cells says what one action achieves ("52,000 t of CO2eq per year"): it
    # is a cell of the row above, so its unit is not the unit of the costs that follow; a line naming a unit without
    # an amount still titles the cells
    cells = (
        "MINENV", "2,500,000", "1,000,000",
        "Protection of the coastal dunes", "MINENV", "750,000", "400,000",
        "Reforestation of the river banks", "MINAGRI", "1,200,000", "900,000",
    )  # fmt: skip
    stored = "By 2040, the bogs will store 52,000 t of CO2eq per year."
    stated = flat(INTRO, "2.4. Restoration of peat bogs", stored, *cells)
    assert _titles(stated) == [""]
    titled = flat(INTRO, "The estimated costs of the actions of the plan, in US$ at 2023 prices.", *cells)
    assert _titles(titled) == ["The estimated costs of the actions of the plan, in US$ at 2023 prices."]


def test_a_table_in_a_section_on_the_baseline_scenario_prints_that_path() -> None:
    # a figure's data under a numbered heading on the baseline scenario is the path without the plan: its future
    # years are no goals; the next numbered section (the plan's) reads its own table as goals again
    years = ("Sector", "2015", "2020", "2025", "2030")
    text = flat(
        "Ruritania will cut its emissions by 30% below the baseline by 2030. This NDC was submitted in 2020.",
        "3.1 Description of the baseline scenario",
        "The baseline (Institute of Energy, 2019) projects emissions with the sectoral portfolios of the ministries.",
        "Figure 4. Emissions by IPCC sector (Mt CO2 eq)", *years,
        "Energy", "41.20", "44.85", "51.30", "58.75",
        "Waste", "6.10", "6.95", "7.40", "8.05",
        "3.2 The mitigation pathway",
        "The plan brings emissions down in every sector.",
        "Figure 5. Emissions by IPCC sector (Mt CO2 eq)", *years,
        "Energy", "41.20", "43.10", "40.60", "37.90",
        "Waste", "6.10", "6.30", "5.85", "5.20",
    )  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert not {g for g in got if g[0] in ("51.3", "58.75", "7.4", "8.05")}
    assert ("37.9", "2030", "target") in got and ("5.2", "2030", "target") in got


def test_a_tab_table_in_a_section_on_the_baseline_scenario_prints_that_path() -> None:
    # the same as a table whose rows keep their cells on one line (an HTML table)
    text = "\n\n".join((
        "Ruritania will cut its emissions by 30% below the baseline by 2030. This NDC was submitted in 2020.",
        "3.1 Description of the baseline scenario",
        "The baseline (Institute of Energy, 2019) projects emissions with the sectoral portfolios of the ministries.",
        "Figure 4. Emissions by IPCC sector",
        "Sector\t2015\t2020\t2025\t2030\nEnergy\t41.20\t44.85\t51.30\t58.75"
        "\nTotal (Mt CO2 eq)\t47.30\t51.80\t58.70\t66.80",
        "3.2 The mitigation pathway",
        "Figure 5. Emissions by IPCC sector",
        "Sector\t2015\t2020\t2025\t2030\nEnergy\t41.20\t43.10\t40.60\t37.90"
        "\nTotal (Mt CO2 eq)\t47.30\t49.40\t46.45\t43.10",
    ))  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert not {g for g in got if g[0] in ("58.7", "66.8")}
    assert ("43.1", "2030", "target") in got


def test_a_table_the_prose_above_introduces_as_business_as_usual_projections_prints_that_path() -> None:
    # "… in Table 2 is calculated for 2010 and business-as-usual projections for 2020-2030": that table's columns of
    # years to come are the reference path, whatever the section (a later table the prose does not name stays)
    text = "\n\n".join((
        "Ruritania will cut its emissions by 30% below the baseline by 2030. This NDC was submitted in 2020.",
        "The GHG inventory in Table 2 is calculated for 2010, and business-as-usual projections for 2020-2030.",
        "Table 2: Emissions of Ruritania in 2010-2030",
        "Sector\t2020\t2025\t2030\nEnergy\t44.85\t51.30\t58.75\nTotal (Mt CO2 eq)\t51.80\t58.70\t66.80",
        "Table 3: Emissions under the mitigation pathway",
        "Sector\t2020\t2025\t2030\nEnergy\t43.10\t40.60\t37.90\nTotal (Mt CO2 eq)\t49.40\t46.45\t43.10",
    ))  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert not {g for g in got if g[0] in ("58.75", "66.8")}
    assert ("43.1", "2030", "target") in got


def test_a_table_naming_the_plan_in_a_section_on_the_baseline_stays_the_plans() -> None:
    # "NDC reduction scenarios against the baseline" under the same heading: the caption names the plan's paths
    text = "\n\n".join((
        "Ruritania will cut its emissions by 30% below the baseline by 2030. This NDC was submitted in 2020.",
        "3.1 Baseline emissions projections",
        "Table 6 NDC reduction scenarios against the baseline",
        "Scenario\t2020\t2030\t2040\nReduction relative to the baseline\t\t\t\nAll NDC measures\t-\t28%\t47%",
    ))  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("28", "2030", "target") in got and ("47", "2040", "target") in got


def test_an_outer_label_stating_the_unit_measures_the_cells_of_its_row() -> None:
    # a row of two label cells whose outer cell states the unit ("Conditional reduction (ktCO2) | Fossil fuel
    # emissions") reads its cells in that unit
    text = flat(
        "Ruritania will cut its emissions by 20% below business as usual by 2030. This NDC was submitted in 2018.",
        "Table 5 Emission reductions under the two scenarios vis-à-vis business as usual",
        "Indicators", "Year", "2012", "2020", "2025", "2030",
        "Population (thousands)", "2,100", "2,390", "2,570", "2,760",
        "Conditional reduction (ktCO2)", "Fossil fuel emissions", "0", "410", "1,205", "2,630",
        "Unconditional reduction (ktCO2)", "Fossil fuel emissions", "0", "150", "330", "870",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("2.63", "Mt CO2", "2030", "target") in got and ("0.87", "Mt CO2", "2030", "target") in got
    assert ("0.41", "Mt CO2", "2020", "target") in got


def test_one_value_column_whose_header_states_its_unit_and_mitigation_as_cuts() -> None:
    # "Sectors | Cumulative mitigation 2021-2030 (Gg CO2 eq)": one value column, its own header names the unit; the
    # negative cells under "mitigation" are what the plan takes off, read as reductions
    text = flat(
        INTRO,
        "Sectors", "Cumulative mitigation 2021 - 2030 (Gg CO2 eq)",
        "Energy", "-8411.6", "Waste", "-212.4", "Agriculture and land use", "-15020.3", "Total", "-23644.3",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("8.4116", "Mt CO2e", "2030", "target") in got and ("23.6443", "Mt CO2e", "2030", "target") in got


def test_a_table_announced_by_a_dated_sentence_with_a_unit_alone_over_its_one_value_column() -> None:
    # "tCO2eq." alone heads the one value column; the sentence above that announces the table ("… as shown in the
    # table below") dates its cells
    text = flat(
        "Freedonia will cut its emissions to 25% below the 2012 level by 2030. This NDC was submitted in 2022.",
        "In 2012, emissions reached about 41,7 kt and are broken down as shown in the table below.",
        "Table – Greenhouse gas emissions", "Sectors", "tCO2eq.",
        "1. Energy", "1.1 Road transport", "12.304,50", "1.2 Heating", "27.115,20",
        "2. Waste", "2.1 Landfills", "2.280,30", "Total", "41.700,00",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("0.0123045", "Mt CO2e", "2012", "actual") in got and ("0.0271152", "Mt CO2e", "2012", "actual") in got
    assert ("0.0417", "Mt CO2e", "2012", "actual") in got


def test_negative_levels_under_mitigation_scenario_columns_keep_their_sign() -> None:
    # "Conditional mitigation scenario" names a path of levels (a net sink is negative), not an amount of mitigation
    text = flat(
        INTRO,
        "Table 6: Net balance projections of emissions and sequestration in kteq CO2",
        "Years", "Baseline scenario", "Conditional mitigation scenario", "Unconditional mitigation scenario",
        "2025", "-61200", "-83150", "-70400",
        "2030", "-52800", "-91330", "-74120",
    )  # fmt: skip
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert ("-91.33", "2030") in got and ("91.33", "2030") not in got


def test_a_table_of_measures_keyed_by_a_horizon_column_dates_each_row_by_its_own_year() -> None:
    # "# | Measure | Horizon | Progress": the year cells are each row's deadline, not the table's values; a row that
    # shares the number cell above it (spanned) lacks its first cell
    text = flat(
        "Ruritania will cut its emissions by 20% below business as usual by 2030. This update was submitted in 2021.",
        "Table 2: Status of the measures of the first NDC",
        "#", "First NDC measure", "Horizon", "Progress",
        "A1", "Raise forest cover to 62% of land area", "2020", "Not achieved",
        "A2", "• 25% of electricity from solar and wind", "2025", "On track",
        "• Biodiesel to meet 8% of diesel demand", "2025", "Not started",
        "A3", "95% of households connected to the grid", "2020", "Achieved",
    )  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("62", "2020", "target"), ("25", "2025", "target"), ("8", "2025", "target")} <= got
    assert ("95", "2020", "target") in got


def test_a_completion_date_column_dates_each_row_even_with_a_column_of_years_communicated_after_it() -> None:
    # "Thematic area | Target and actions | Completion date | Year communicated": the completion date is each row's
    # deadline; the last column records the level each goal started from, with its year ("11.5% in 2017"), or a year
    text = flat(
        "Ruritania will cut its emissions by 20% below business as usual by 2030. This update was submitted in 2025.",
        "Table 1: Mitigation targets and key actions",
        "Thematic area", "Target and actions", "Completion date", "Year communicated",
        "Mitigation", "Achieve 55% renewables in the national energy mix", "2030", "11.5% in 2017",
        "12% reduction in national electricity use", "2030", "2016",
        "6% reduction in grid losses", "2026", "9% in 2018",
        "3% reduction in emissions from industrial processes", "2030", "2012",
    )  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("55", "2030", "target"), ("6", "2026", "target"), ("3", "2030", "target")} <= got
    assert ("11.5", "2017", "actual") in got


def test_a_table_of_actions_closed_by_a_timeline_column_dates_each_row_by_its_periods_end() -> None:
    # "No. | Actions | Timeline": each row ends with the period it runs over, and aims at the period's end; a group's
    # row holds a second line of text, its sub-items lack the group's number (rows of unequal width)
    text = flat(
        "Ruritania will cut its emissions by 12% below business as usual by 2035. This update was submitted in 2022.",
        "Table 3.2: Actions in the Transport Sector",
        "No.", "Actions and sub-actions", "Timeline",
        "T 1", "Shift freight from road to rail along the main corridors",
        "(Target: move 4,500 kilotonnes of freight a year onto rail)", "2023-2035",
        "1.1 Electrify 320 km of the northern railway line", "2023-2028",
        "1.2 Install 14 fast charging stations", "2024 – 2031",
        "T 2", "Raise the share of electric buses in city fleets to 40%", "2023-30",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("320", "km", "2028", "target"), ("14", "count", "2031", "target"), ("40", "%", "2030", "target")} <= got
    assert not any(r["year"] in ("2023", "2024") for r in rows(text))


def test_whole_amounts_under_a_heading_of_millions_are_read_in_the_currency_itself() -> None:
    # the caption says millions, but a cell prints "245,300,000": read as millions it would be 245 trillion dollars,
    # so the table's cells are whole dollars, the small ones too; a table of true millions keeps them
    text = flat(
        INTRO,
        "Table 6: Mitigation actions and their estimated costs (in millions of US$)",
        "Actions", "Responsible", "2023-2030", "2031-2050",
        "1. Construction of a hydroelectric plant on the upper river basin", "MINENERGY", "245,300,000", "0",
        "2. Energy audits of all public buildings of the capital", "MINENERGY", "60,000", "45,000",
        "3. Rehabilitation of the coastal mangroves of the southern provinces", "MINENV", "1,250,000", "900,000",
    )  # fmt: skip
    got = {(r["value"], r["year"]) for r in rows(text) if r["unit"] == "USD billion"}
    assert ("0.2453", "2030") in got and ("0.00006", "2030") in got and ("0.0009", "2050") in got
    true_millions = text.replace("245,300,000", "245.3").replace("1,250,000", "12.5").replace("900,000", "9.0")
    true_millions = true_millions.replace("60,000", "6.0").replace("45,000", "4.5")
    got = {(r["value"], r["year"]) for r in rows(true_millions) if r["unit"] == "USD billion"}
    assert ("0.2453", "2030") in got and ("0.006", "2030") in got


def test_a_table_below_a_note_wrapped_onto_its_first_line_is_still_read() -> None:
    # the source note above the table wraps its last words ("… available in") onto a line of their own; that tail
    # starts lower case and is no header cell: the table starts after it
    text = flat(
        INTRO,
        "Table 7.", "Emissions by gas (", "Gg CO2 eq", ").",
        "Source: Ministry of Environment, based on the inventory and projections",
        "available in", "Annex 2: Inventory and projections",
        "Gas (Gg)", "2019 (Inventory)", "2030 (Projection)", "2035 (Projection)",
        "CO2", "14,212", "17,420.5", "19,310.2",
        "CH4", "2,118", "2,301.7", "2,415.9",
        "N2O", "904", "1,020.3", "1,101.6",
        "Total", "17,234", "20,742.5", "22,827.7",
    )  # fmt: skip
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("14.212", "2019", "actual"), ("17.234", "2019", "actual")} <= found


def test_a_caption_wrapped_after_its_first_word_heads_the_table() -> None:
    # "Table" alone on its line over "4.1 Mitigation targets …": the caption (its unit, its period), not a header cell
    text = flat(
        INTRO,
        "Note that the totals in Table 4.1 do", "not include the forestry sector, which is", "counted in net removal.",
        "Table", "4.1 Mitigation targets by sector", "Cumulative emissions ('000 tCO2e) (2026-2035)",
        "% Reduction in the NDC", "Sector", "BAU Scenario", "Reductions in the NDC", "Mitigation scenarios",
        "Total", "UC", "C", "Total", "UC", "C",
        "Power", "204,110.4", "61,233.1", "20,411.0", "40,822.1", "30.0", "10.0", "20.0",
        "Transport", "98,441.0", "5,906.5", "1,968.8", "3,937.7", "6.0", "2.0", "4.0",
        "Total", "302,551.4", "67,139.6", "22,379.8", "44,759.8", "22.19", "7.40", "14.79",
    )  # fmt: skip
    found = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("61.2331", "Mt CO2e", "2035"), ("30", "%", "2035")} <= found


def test_a_row_of_years_that_lost_its_lead_cell_fills_the_spanning_cell_above_it() -> None:
    # a measure column spanning all three header rows drops the first cell of the rows of years and units below it:
    # "2026 | | 2028 | | 2031 |" and "Gg | % | Gg | % | Gg | %" fill the columns of the one cell they sit under ("Annual
    # amount … removed from sector emissions by year (Gg CO2eq.)"); that title names cuts, so the column of a past
    # year is the plan's model too
    text = (
        "Ruritania, 2 May 2027.\n\nTable 4 Analysis of mitigation measures in the waste sector\n\n"
        "WASTE SECTOR MEASURE\tANNUAL AMOUNT AND PROPORTION OF GHG REMOVED FROM SECTOR EMISSIONS BY YEAR (GG CO2EQ.)"
        "\t\t\t\t\t\tLEAD AGENT\n"
        "2026\t\t2028\t\t2031\t\n"
        "GG\t%\tGG\t%\tGG\t%\n"
        "Landfill gas flaring\t12.40\t0.31\t18.75\t0.44\t27.10\t0.61\tCity council\n"
        "Composting\t3.05\t0.08\t6.20\t0.14\t9.90\t0.22\tMinistry\n"
    )
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.0124", "Mt CO2e", "2026", "target"), ("0.31", "%", "2026", "target")} <= got
    assert {("0.0271", "Mt CO2e", "2031", "target"), ("0.22", "%", "2031", "target")} <= got
    assert len(got) == 12


def test_a_column_named_as_a_targets_year_is_one_of_the_years() -> None:
    # "2026 | 2031 | NDC2.0 Target 2036 | NDC1.0 Target 41 2026": a target's year written with its name (and a
    # footnote mark) heads its column as a bare year does; the reference row's value under a target is its
    # projection, no record
    text = (
        "Ruritania, 2 May 2026.\n\nSummary of the NDC scenarios\n\n"
        "Scenario\tUnit\t2026\t2031\tNDC2.0 Target 2036\tNDC1.0 Target 41 2026\n"
        "BAU (2016 base year)\tktCO2e/yr\t131.2\t152.8\t171.4\t144.0\n"
        "Expected GHG emissions level\tktCO2e/yr\t118.0\t121.6\t99.3\t71.0\n"
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.0993", "2036", "target"), ("0.071", "2026", "target")} <= got
    assert not {r for r in got if r[0] in ("0.144", "0.1714")}
