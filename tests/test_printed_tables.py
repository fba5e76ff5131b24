"""Tables as plans printed from spreadsheets and word processors write them, flattened one cell per line: negatives in
brackets, series whose later rows are marked projected, header years over their scenario words, and a paragraph between
two tables (tables and sentences written for these tests: made-up countries and numbers)."""

from __future__ import annotations

from extract.cells import UNIT_FIRST_RE, Grid
from extract.grid import find_grids
from extract.segment import segment
from tests.test_extractor import rows


def flat(*cells: str) -> str:
    return "\n\n".join(cells)


INTRO = "Ruritania prepared this third contribution with all ministries in 2025."
SERIES_HEAD = ("Year", "Energy [Gg CO2e]", "Forest removals [Gg CO2e]", "Net total [Gg CO2e]")


def test_a_number_alone_in_brackets_is_an_accounting_negative() -> None:
    text = flat(
        INTRO, "Table 4: National inventory by sector", *SERIES_HEAD,
        "2016", "4,210", "(12,405)", "(8,195)",
        "2017", "4,388", "(11,960)", "(7,572)",
        "2018", "4,502", "(10,118)", "(5,616)",
    )  # fmt: skip
    got = {(r["value"], r["value_raw"], r["year"], r["kind"]) for r in rows(text)}
    assert ("-12.405", "(12,405)", "2016", "actual") in got
    assert ("-5.616", "(5,616)", "2018", "actual") in got
    assert ("4.502", "4,502", "2018", "actual") in got


def test_a_small_number_or_a_year_in_brackets_is_no_value() -> None:
    text = flat(
        INTRO, "Table 2: Installed capacity (MW)", "Technology", "2020", "2030",
        "Solar", "(1)", "140", "Wind", "(2)", "95", "Hydro", "(3)", "310",
    )  # fmt: skip
    assert not [r for r in rows(text) if r["value_raw"].startswith("(")]


def test_rows_before_the_first_row_marked_projected_are_records() -> None:
    # the caption calls the whole series a projection; its rows say where the records end
    text = flat(
        INTRO, "Table 5: Business as usual scenario projected to 2035", *SERIES_HEAD,
        "2019", "4,610", "(9,870)", "(5,260)",
        "2020", "4,420", "(9,655)", "(5,235)",
        "2021 (proj.)", "4,700", "(9,500)", "(4,800)",
        "2022 (proj.)", "4,810", "(9,350)", "(4,540)",
    )  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("4.61", "2019", "actual"), ("-9.655", "2020", "actual"), ("-5.235", "2020", "actual")} <= got
    assert not {r["year"] for r in rows(text)} & {"2021", "2022"}


def test_a_row_marked_projected_is_no_record_under_an_inventory_column() -> None:
    text = flat(
        INTRO, "Table 6: Emission series", "Year", "Energy [Gg CO2e]", "National GHG Inventory [Gg CO2e]",
        "2019", "4,610", "5,260", "2020", "4,420", "5,235", "2021 (proj.)", "4,700", "5,480",
    )  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("5.235", "2020", "actual") in got
    assert not [r for r in rows(text) if r["year"] == "2021" and r["kind"] == "actual"]


def test_header_years_each_on_their_own_line_over_their_scenario_words() -> None:
    text = flat(
        INTRO, "Sector", "2030", "UC", "2030", "C", "2035", "UC", "2035", "C",
        "Energy", "11%", "26%", "15%", "38%",
        "Waste", "2%", "5%", "6%", "12%",
        "National total", "7%", "19%", "10%", "31%",
    )  # fmt: skip
    got = {(r["value"], r["year"]) for r in rows(text) if r["quote"].startswith("National")}
    assert got == {("7", "2030"), ("19", "2030"), ("10", "2035"), ("31", "2035")}


def test_a_paragraph_wrapped_into_short_lines_ends_a_table_and_the_next_keeps_its_header() -> None:
    text = flat(
        INTRO, "Sector", "2030 UC", "2030 C", "2035 UC", "2035 C",
        "Energy", "11%", "26%", "15%", "38%",
        "Waste", "2%", "5%", "6%", "12%",
        "National total", "7%", "19%", "10%", "31%",
        "4.2. Funding needs",
        "To implement its plan, Ruritania estimates a total investment need of USD 4.1 billion over the 2026-2035",
        "period, with USD 1.4 billion (34%) from domestic resources and USD 2.7 billion (66%)",
        "from international climate finance.",
        "Component", "Unconditional (M USD)", "Conditional (M USD)", "Total (M USD)",
        "Adaptation", "610", "1,130", "1,740",
        "Mitigation", "790", "1,570", "2,360",
        "Total", "1,400", "2,700", "4,100",
    )  # fmt: skip
    blocks = segment(text)
    headers = [[c.text for c in g.header] for g in find_grids(blocks, text).values() if isinstance(g, Grid)]
    assert headers[-1] == ["Component", "Unconditional (M USD)", "Conditional (M USD)", "Total (M USD)"]
    assert ("4.1", "USD billion", "2035") in {(r["value"], r["unit"], r["year"]) for r in rows(text)}


def test_a_caption_that_states_a_goal_is_read_as_text() -> None:
    text = flat(
        INTRO, "Table 7. Conditional scenario with a target of 40% net reduction by 2035", *SERIES_HEAD,
        "2033", "4,120", "(9,870)", "(5,750)",
        "2034", "3,960", "(9,950)", "(5,990)",
        "2035", "3,810", "(10,020)", "(6,210)",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("40", "%", "2035", "target") in got


def test_a_group_row_naming_a_year_or_a_period_dates_its_rows() -> None:
    # numbered project rows under group rows; a group's rows may lack a label column ("Province")
    text = flat(
        INTRO, "Table 3. Renewable energy projects 2026-2032", "No.", "Project", "Province", "Capacity (kW)",
        "1", "Ardent", "North", "1,200", "2", "Belmont", "East", "450", "3", "Corrin", "South", "380",
        "Wind farms 2027-2028", "4", "Dunmore", "West", "2,500", "5", "Elvan", "North", "1,800",
        "Hydropower station 2031", "6", "Farran Falls hydropower", "12,000",
    )  # fmt: skip
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert {("0.0012", "2032"), ("0.0025", "2028"), ("0.0018", "2028"), ("0.012", "2031")} <= got


def test_a_last_header_cell_over_no_value_is_no_group_label_and_a_unit_may_part_mass_and_gas_by_a_comma() -> None:
    # "Trend" heads a column of charts: no row's label (read as one, it made the first row a trend scenario's)
    text = flat(
        INTRO, "TABLE 2.3. NATIONAL GHG EMISSIONS (MT, CO2-EQ) BY SECTOR (2016 - 2018)", "2016", "2017", "2018",
        "Trend", "Energy", "3.92", "3.80", "4.00", "IPPU", "0.30", "0.44", "0.52", "Waste", "0.14", "0.15", "0.16",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("3.92", "Mt CO2e", "2016"), ("4", "Mt CO2e", "2018"), ("0.52", "Mt CO2e", "2018")} <= got


def test_cells_that_write_their_magnitude_scale_the_columns_unit() -> None:
    text = flat(
        INTRO, "Table ES-2. Estimated finance needed to 2035", "Mitigation (USD)", "Adaptation (USD)", "Total (USD)",
        "Unconditional", "0.42 billion", "0.19 billion", "0.61 billion",
        "Conditional", "2.75 billion", "1.35 billion", "4.10 billion",
        "Total", "3.17 billion", "1.54 billion", "4.71 billion",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["condition"]) for r in rows(text)}
    assert {("0.42", "USD billion", "2035", "unconditional"), ("1.35", "USD billion", "2035", "conditional")} <= got
    assert ("4.71", "USD billion", "2035", "") in got


def test_a_number_and_magnitude_whose_unit_runs_on_to_the_next_line_is_text() -> None:
    # a PDF's cell wrapped over lines: "1,150 million" / "USD …" is one amount, read as text with its unit
    text = flat(
        INTRO, "Table 2. Measures to 2030",
        "Installation of 420 MW of wind power.\n1,150 million\nUSD LEAP analysis",
        "Installation of 160 MW of solar power.\n610 million\nUSD",
    )  # fmt: skip
    got = {(r["value"], r["unit"]) for r in rows(text)}
    assert {("1.15", "USD billion"), ("0.61", "USD billion")} <= got
    # a word that is no unit on the next line leaves the amount a cell ("the" is no currency code)
    assert not UNIT_FIRST_RE.match("the northern districts") and UNIT_FIRST_RE.match("USD LEAP analysis")


def test_under_a_caption_of_reductions_a_sign_is_the_direction_and_the_amount_the_cut() -> None:
    text = flat(
        INTRO, "Table 6. Breakdown of GHG reductions (GgCO2 eq. and %) in the unconditional scenario compared to the"
        " trend scenario", "Years", "2030", "2035", "Sector", "Gg", "%", "Gg", "%",
        "Transport", "-41.5", "-3.10%", "-88.2", "-5.40%", "Residential", "-12.4", "-1.70%", "-30.6", "-3.90%",
        "Industry", "-7.5", "-0.80%", "-9.1", "-0.95%",
    )  # fmt: skip
    got = {(r["value"], r["unit"][:2], r["year"]) for r in rows(text)}
    assert {("3.1", "%", "2030"), ("5.4", "%", "2035"), ("0.0882", "Mt", "2035")} <= got


def test_under_a_caption_of_reductions_a_column_of_removals_keeps_its_sign() -> None:
    text = flat(
        INTRO, "Table 10. GHG emission reductions beyond the NDC, 2031-2040 (MtCO2e)", "Year",
        "Baseline emissions (MtCO2e)", "Enhancement (MtCO2e)",
        "2031", "53.807", "(16.352)", "2032", "53.807", "(18.420)", "2033", "53.807", "(20.607)",
    )  # fmt: skip
    assert ("-18.42", "2032") in {(r["value"], r["year"]) for r in rows(text)}


def test_a_share_column_beside_an_amount_of_one_year_takes_its_year() -> None:
    text = flat(
        INTRO, "Table 3. Reference situation for GHG emissions", "Category",
        "GHG emissions (GgCO2 eq.) 2012", "As a percentage of total emissions",
        "Agricultural soils", "6,120", "41.2%", "Enteric fermentation", "5,310", "35.7%", "Transport", "940", "6.3%",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("6.12", "Mt CO2e", "2012"), ("41.2", "%", "2012"), ("6.3", "%", "2012")} <= got


def test_a_year_shaped_amount_in_a_column_of_amounts_dates_no_line_after_it() -> None:
    # a breakdown printed label column first, then each value column: "2011" is the tonnes of black carbon
    text = flat(
        INTRO, "The main sources of pollutant emissions are transport and households.",
        "CH4", "N2O", "CO", "SO2", "BC", "TOTAL",
        "Emissions (t)", "12,400", "8,310", "54,120", "2011", "3,905", "80,746",
        "%", "15.36%", "10.29%", "67.03%", "2.49%", "4.84%", "100%",
        "Table 6: Breakdown of pollutant emissions by source",
    )  # fmt: skip
    assert not [r for r in rows(text) if r["year"] == "2011"]


def test_a_year_line_before_its_row_of_amounts_still_labels_them() -> None:
    # "2016" / amounts / "2017" / amounts: each year line is its row's label, not one of the amounts before it
    text = flat(
        INTRO, "Total emissions and removals, Gg CO2e:",
        "2016", "4,210", "1,305", "2017", "4,388", "1,290", "2018", "4,502", "1,244",
    )  # fmt: skip
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert ("4.388", "2017") in got and ("4.502", "2018") in got


def test_year_cells_spanning_repeated_sub_columns_date_each_group() -> None:
    # "Horizon 2025 | Horizon 2030" over the same five sub-columns twice: a level without a path name, the plan's
    # levels named by their path alone (in the level's unit) and their cuts in %
    text = flat(
        "This updated contribution was submitted in October 2021.",
        "Table 4: Reductions of air pollutants by gas.",
        "Horizon 2025", "Horizon 2030",
        "Cumulative emissions (ton)", "NDC", "%", "NDC+", "%",
        "Cumulative emissions (ton)", "NDC", "%", "NDC+", "%",
        "NOx", "51,200", "48800", "-4.69", "47100", "-8.01", "59300", "44100", "-25.63", "40120", "-32.34",
        "SO2", "3120", "2950", "-5.45", "2911", "-6.70", "3300", "1540", "-53.33", "1460", "-55.76",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"], r["condition"]) for r in rows(text)}
    assert ("0.0488", "Mt", "2025", "target", "") in got
    assert ("0.04012", "Mt", "2030", "target", "conditional") in got
    assert ("25.63", "%", "2030", "target", "") in got
    assert ("5.45", "%", "2025", "target", "") in got
    # the level beside the plan's named paths is the path without the plan
    assert not [g for g in got if g[0] in ("0.0512", "0.0593", "0.00312")]


def test_a_title_line_naming_reductions_gives_the_cells_their_direction() -> None:
    # no "Table n:" caption, only the sentence above the table says that its signed cells are cuts
    text = flat(
        INTRO, "For the pollutants, the emission reductions by gas are as follows.",
        "Gas", "Emissions 2030 (tonnes)", "% 2030",
        "NOx", "-4,120", "-12.5", "SO2", "-950", "-8.1", "CO", "-23,600", "-17.9",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert ("12.5", "%", "2030") in got and ("8.1", "%", "2030") in got
    assert not [g for g in got if g[1] == "%" and g[0].startswith("-")]  # (a column of emissions keeps its signs)


def test_a_lone_typo_cell_is_skipped_and_the_rest_of_the_table_read() -> None:
    # "-3404" for "-34.04" under a column of % in a table of four rows: a typo, not a header read onto wrong columns
    text = flat(
        "This updated contribution was submitted in October 2021.",
        "Table 8: Emissions of pollutants in 2030 (tonnes)",
        "Gas", "Trend scenario", "NDC", "%",
        "NOx", "59300", "44100", "-25.63", "SO2", "3300", "1540", "-53.33",
        "CO", "455000", "300100", "-3404", "BC", "13048", "11102", "-14.91",
    )  # fmt: skip
    got = {(r["value"], r["unit"]) for r in rows(text)}
    assert ("0.0441", "Mt") in got and ("0.011102", "Mt") in got
    assert not [g for g in got if g[0].lstrip("-") == "3404"]


def test_a_unit_column_scales_each_row_and_years_sit_under_one_spanning_cell() -> None:
    # "Number" spans "2030 | 2035" (the header's second row, flattened after the first); each row's "Unit of
    # measurement" cell scales its numbers, glued or not ("1000 ha", "2MW"); the cost column keeps its own unit
    text = flat(
        "This updated contribution was submitted in 2024.",
        "Table 6. Mitigation measures of the conditional contribution",
        "Sector", "Mitigation measure", "Unit of measurement", "Number", "Estimated costs in Million US$",
        "2030", "2035", "Links with the SDGs",
        "Forestry", "Assisted regeneration", "1000 ha", "6", "12", "48",
        "Mangrove restoration", "1000 ha", "2.5", "4", "31",
        "Energy", "Solar PV mini-grids", "2MW", "11", "25", "140",
        "Efficient stoves", "1000 stoves", "40", "90", "12",
        "Solar home systems", "500 W", "6", "14", "9",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert ("0.006", "Mha", "2030") in got and ("0.012", "Mha", "2035") in got
    assert ("0.022", "GW", "2030") in got and ("0.05", "GW", "2035") in got  # eleven and 25 plants of 2 MW
    assert ("90000", "count", "2035") in got
    assert not [g for g in got if g[0] in ("48000", "0.048") and g[1] == "Mha"]  # the cost is no area
    assert not [g for g in got if g[0] in ("3000", "7000")]  # "500 W" is the size of each system, no count's scale


def test_year_cells_that_cannot_group_the_columns_leave_the_table_read() -> None:
    # "Plan 2016 | Plan 2022" over three unit columns: two groups cannot split three columns, so the cells head no
    # groups (a plan named by its year, not the columns' year) and each row's own year dates it
    text = flat(
        "This updated contribution was submitted in 2022.",
        "Table 2: Comparison of the targets",
        "Target", "Plan 2016", "Plan 2022", "Gg CO2e (old rules)", "Gg CO2e (new rules)", "Gg CO2e (new rules)",
        "Unconditional reduction in 2030", "5,100", "4,980", "6,200",
        "Conditional reduction in 2030", "9,400", "9,150", "11,300",
    )  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("6.2", "2030", "target") in got and ("11.3", "2030", "target") in got


def test_a_second_table_printed_right_below_a_total_row_ends_the_first() -> None:
    # "Total | 12 310 | 9 874" then the next table's title and unit cells, its rows unlabelled: the first table
    # reads whole, and the second's cells are not read as its rows
    text = flat(
        INTRO, "Table 2. Mitigation in 2030 (plan compared to the reference scenario)",
        "2030 BAU", "2030 Plan", "GgCO2e", "GgCO2e",
        "Energy", "7 412", "5 938",
        "Waste", "1 066", "1 011",
        "Agriculture", "3 832", "2 925",
        "Total", "12 310", "9 874",
        "Reduction in the plan compared to the reference", "GgCO2e", "%",
        "-1 474", "-20%", "-55", "-5%", "-907", "-24%",
        "3.1. Energy", "The energy sector emits most.",
    )  # fmt: skip
    got = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert got == [(v, "2030", "target") for v in ("5.938", "1.011", "2.925", "9.874")]


def test_a_row_naming_the_value_columns_again_opens_the_next_table_of_the_same_columns() -> None:
    # "B. Energy | Unconditional actions | Conditional actions" under rows headed "Sector | Unconditional |
    # Conditional": the header of a second table with its own unit row, not text where values belong
    text = "\n".join(
        (
            "Ruritania will carry out this plan over the period 2026-2035.",
            "",
            "Table 4: Cost of the measures",
            "A. Resilience\t\t",
            "Sector\tUnconditional\tConditional",
            "EUR\tEUR",
            "Coastal dikes\t52,000\t410,000",
            "Irrigation schemes\t\t7,300,000",
            "Seed banks\t18,500\t95,000",
            "B. Energy\tUnconditional actions\tConditional actions",
            "EUR\tEUR",
            "Small hydropower\t\t64,000,000",
            "Solar home systems\t1,200,000\t8,800,000",
        )
    )
    got = [(r["value"], r["unit"], r["year"], r["condition"]) for r in rows(text)]
    assert ("0.00041", "EUR billion", "2035", "conditional") in got
    assert ("0.064", "EUR billion", "2035", "conditional") in got
    assert ("0.0012", "EUR billion", "2035", "unconditional") in got
    assert len(got) == 8


def test_a_row_of_years_that_opens_with_the_stubs_label_under_group_cells_dates_each_group() -> None:
    # "| Unconditional | | | Conditional | | | |" (blank cells past the last column) over "Sectors | 2025 | 2030 |
    # 2035 | 2025 | 2030 | 2035": each cell takes the year over it and the condition of its group
    text = "\n".join(
        (
            "Ruritania, 2 May 2021.",
            "",
            "Table 3: Unconditional and conditional reduction targets",
            "",
            "\tUnconditional\t\t\tConditional\t\t\t\t",
            "Sectors\t2025\t2030\t2035\t2025\t2030\t2035",
            "Energy\t3%\t5%\t8%\t9%\t17%\t26%",
            "Waste\t12%\t15%\t14%\t21%\t27%\t33%",
        )
    )
    got = [(r["value"], r["year"], r["condition"]) for r in rows(text)]
    assert got[:6] == [
        ("3", "2025", "unconditional"),
        ("5", "2030", "unconditional"),
        ("8", "2035", "unconditional"),
        ("9", "2025", "conditional"),
        ("17", "2030", "conditional"),
        ("26", "2035", "conditional"),
    ]
    assert ("33", "2035", "conditional") in got


def test_a_caption_fused_with_the_headers_first_words_still_captions_its_table() -> None:
    # "Table 4. 2 … under the SSP2-4.5 scenario Climate Variable | (SSP2-4.5) | | |": the rendering fused the caption
    # with the first header cell; it still says the rows are a climate projection, no plan's figures
    text = "\n".join(
        (
            "Ruritania, 2 May 2025.",
            "",
            "Table 4. 2 Summary of averaged air temperature anomaly for Ruritania under the SSP2-4.5 scenario "
            "Climate Variable\t(SSP2-4.5 Scenario)\t\t\t",
            "\t2020-2039\t2040-2059\t2060-2079\t2080-2100",
            "Maximum temperature (°C)\t0.5\t1.1\t1.7\t2.4",
            "Average temperature (°C)\t0.4\t1.0\t1.6\t2.2",
        )
    )
    assert rows(text) == []


def test_a_row_under_a_caption_of_reductions_gives_each_cut_as_an_amount_whatever_its_sign() -> None:
    # a table of tab-separated rows under a header of years, its caption naming reductions: a minus is the direction
    # the caption already names ("-41" kt of waste is a cut of 41 kt), and a cell without one is the cut as well
    text = (
        "Ruritania submitted this plan in May 2024.\n\n"
        "Table 3. Breakdown of emission reductions (ktCO2e and %) under the conditional scenario compared to the "
        "reference scenario\n\n"
        "Years\t2025\t\t2030\t\t2035\t\n"
        "Sector\tkt\t%\tkt\t%\tkt\t%\n"
        "Waste\t-41\t-6%\t-58\t-8%\t-73\t-9%\n"
        "Road transport\t128\t-4%\t310\t-11%\t505\t-16%\n\n"
        "Source: Ministry of Environment, 2024\n"
    )
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("0.041", "Mt CO2e", "2025"), ("8", "%", "2030"), ("0.505", "Mt CO2e", "2035"), ("16", "%", "2035")} <= got
    assert not [v for v, _, _ in got if v.startswith("-")]


def test_a_last_column_of_sources_holds_no_values_and_its_rows_stay_a_table() -> None:
    # "Source of numbers" heads notes about each row ("Validation workshops"), after its values: without them the
    # rows are data rows, their columns dated by the years in their headers
    header = "Actions\tArea planted per year (ha)\tCumulative area in 2025 (ha)\tCumulative area in 2030 (ha)"
    text = (
        f"{INTRO}\n\nTable 7: Planting under the unconditional scenario\n\n{header}\tSource of numbers\n"
        "Hillside woodlots\t4120\t20600\t41200\tValidation workshops\nRiverbank bamboo\t300\t1500\t3000\t\n"
    )
    got = {(r["value"], r["year"]) for r in rows(text) if r["unit"] == "Mha"}
    assert {("0.0206", "2025"), ("0.0412", "2030"), ("0.0015", "2025"), ("0.003", "2030")} <= got


def test_two_rows_numbered_under_a_blank_corner_are_labels_in_a_tab_table() -> None:
    # tabs keep the number column in place ("| Actions | …" over "1 | Hillside woodlots | …"), so two numbers counting
    # from 1 label their rows; a total row the numbers skip stays a row
    header = "\tActions\tArea planted per year (ha)\tCumulative area in 2025 (ha)\tCumulative area in 2030 (ha)"
    text = (
        f"{INTRO}\n\nTable 7: Planting under the unconditional scenario\n\n{header}\n"
        "1\tHillside woodlots\t4120\t20600\t41200\n2\tRiverbank bamboo\t300\t1500\t3000\n\tTotal\t4420\t22100\t44200\n"
    )
    got = {(r["value"], r["year"]) for r in rows(text) if r["unit"] == "Mha"}
    assert {("0.0206", "2025"), ("0.0015", "2025"), ("0.0221", "2025"), ("0.0442", "2030")} <= got
    assert not [r for r in rows(text) if r["value_raw"] in ("1", "2")]


def test_columns_of_one_items_figure_are_not_the_tables_amounts() -> None:
    # a row of a programme: how many stoves, what one stove cuts, how long it lasts, then the programme's totals; the
    # paragraph above writes one stove's figure in tonnes, which dates and measures no column but its own
    text = (
        f"{INTRO}\n\nWith a reduction per stove per year of 1.6 tCO2e, the programmes cut around 1.0 MtCO2e.\n\n"
        "Table 9. Total emissions reduced by efficient cook stoves by 2030\n\n"
        "Program\tYear\t# Stoves (Units)\tEmission Reduced/unit (tCO2e/yr)\tStove Lifespan (Years)\t"
        "Annual Emission Reduced (tCO2e/yr)\tLifetime Emission reduced (tCO2e)\tRemarks\n"
        "North (A1)\t2021-2030\t210,000\t1.6\t2\t336,000\t672,000\tAll to the national account\n"
        "South (B2)\t2021-2030\t95,000\t1.6\t2\t152,000\t304,000\tHalf to the national account\n"
    )
    cells = [r for r in rows(text) if not any(ch.isalpha() for ch in r["value_raw"])]
    got = {(r["value"], r["unit"], r["year"]) for r in cells}
    assert {("0.336", "Mt CO2e", "2030"), ("0.672", "Mt CO2e", "2030"), ("0.304", "Mt CO2e", "2030")} <= got
    assert not {v for v, _, _ in got} & {"0.21", "0.095", "0.0000016", "0.000002"}


def test_a_source_line_between_a_caption_and_its_tab_table_leaves_the_caption_heading_it() -> None:
    # "Table 3: Summary of emissions for the year 2021", then "Source: …", then the rows: the caption still dates them
    text = (
        f"{INTRO}\n\nTable 3: Summary of emissions for the year 2021\n\nSource: inventory report, 2024\n\n"
        "Sectors\tCO₂ equivalent emissions (Gg)\t\t\t\n\tNet CO₂\tCH4\tN2O\n"
        "1 - Energy\t3420.1\t410.2\t95.3\n4 - Waste\t5.2\t820.4\t110.7\n"
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("3.4201", "2021", "actual"), ("0.8204", "2021", "actual"), ("0.1107", "2021", "actual")} <= got


def test_a_tab_year_table_stating_no_unit_takes_the_unit_of_the_table_before_it_with_its_rows_and_years() -> None:
    # "Table 3: … under the unconditional scenario" repeats the sectors and years of "Table 2: … in ktCO2e / year";
    # its cells also write decimal commas ("5210,412" cannot group thousands), so "310,514" is 310.514 kt too
    head = "Sectors\t2017\t2020\t2025\t2030\n"
    first = f"{head}Energy\t5210.4\t5600.2\t6100.5\t7000.1\nWaste\t310.5\t350.2\t400.1\t450.3\n"
    second = f"{head}Energy\t5210,412\t5500,204\t5800,501\t6000,105\nWaste\t310,514\t340,224\t300,134\t280,356\n"
    text = (
        "Ruritania, 2 May 2021.\n\nTable 2: Projection of emissions under the BAU scenario - Emissions in ktCO2e / "
        f"year -\n\n{first}\nThe unconditional scenario cuts emissions below the BAU.\n\nTable 3: Level of sectoral "
        f"GHG emissions under the unconditional scenario\n\n{second}"
    )
    got = {(r["value_raw"], r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("5800,501", "5.800501", "Mt CO2e", "2025", "target") in got
    assert ("300,134", "0.300134", "Mt CO2e", "2025", "target") in got
    # another table's rows (not the same sectors) take no unit from it
    other = text.replace("Energy\t5210,412", "Forests\t5210,412").replace("Waste\t310,514", "Cropland\t310,514")
    assert not [r for r in rows(other) if r["value_raw"] == "5800,501"]


def test_a_table_of_the_plans_cuts_running_past_the_present_is_modelled_in_every_year() -> None:
    # "Breakdown of GHG reductions … in the unconditional scenario": a cut against a path never taken is never
    # recorded, so its column of the document's present year is modelled too; a row naming a path keeps its levels
    header = "Sector\t2021\t2025\t2030\n"
    text = (
        "Ruritania, 2 May 2021.\n\nTable 6. Breakdown of GHG reductions (GgCO2 eq.) in the unconditional scenario\n\n"
        f"{header}Transportation\t12.4\t30.2\t55.1\nResidential\t3.1\t8.4\t12.9\nBaseline emissions\t920\t1010\t1100\n"
    )
    got = {(r["value_raw"], r["year"]): r["kind"] for r in rows(text)}
    assert got[("12.4", "2021")] == "target" and got[("3.1", "2021")] == "target"
    assert got.get(("920", "2021")) == "actual"  # the reference path's present: its record
    # a caption that says the cuts were achieved keeps its past years records
    achieved = text.replace("Breakdown of GHG reductions", "Breakdown of achieved GHG reductions")
    assert {(r["value_raw"], r["year"]): r["kind"] for r in rows(achieved)}[("12.4", "2021")] == "actual"


def test_cuts_compared_to_the_reference_path_are_the_plans_not_a_projection() -> None:
    # "Estimated avoided emissions, KtCO2e (compared to a baseline Business As Usual projection)": the BAU is the
    # cuts' yardstick; every year of the table is read, not only those before the document's present
    text = (
        "Ruritania, 2 May 2021.\n\nTable 4 Estimated avoided emissions, KtCO2e (compared to a baseline Business As "
        "Usual projection)\n\nSector/intervention\t2021\t2025\t2030\nAgriculture\t33\t165\t329\n"
        "Energy total\t11\t57\t114\n"
    )
    got = {(r["value_raw"], r["year"], r["kind"]) for r in rows(text)}
    assert {("165", "2025", "target"), ("329", "2030", "target"), ("114", "2030", "target")} <= got


def test_a_flattened_table_of_cuts_against_the_reference_path_is_the_plans_in_every_year() -> None:
    # the same, one cell per line: the caption's BAU is the yardstick, and the present year's column is modelled
    text = flat(
        "Ruritania, 2 May 2021.", "Table 4 Estimated avoided emissions, KtCO2e (compared to a baseline Business As "
        "Usual projection)", "Sector", "2021", "2025", "2030", "Agriculture", "33", "165", "329", "Energy total", "11",
        "57", "114",
    )  # fmt: skip
    got = {(r["value_raw"], r["year"], r["kind"]) for r in rows(text)}
    assert {("33", "2021", "target"), ("329", "2030", "target"), ("57", "2025", "target")} <= got
