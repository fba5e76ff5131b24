"""Tables of mitigation measures and sector pathways, flattened one cell per line: numbered rows, reference-document
columns, levels with their change in brackets, and amounts written in the measures' own text (tables written for the
tests: invented countries and numbers)."""

from __future__ import annotations

from extract.cells import row_label_year
from tests.test_extractor import rows
from tests.test_tables import flat

MEASURES_HEADER = (
    "#",
    "Mitigation measure",
    "Reference document",
    "% GHG reduction vs 2030 baseline",
    "Absolute reduction 2030 vs baseline (1000 tonnes)",
)


def test_numbering_that_goes_on_from_the_table_before_labels_the_rows() -> None:
    """A second table of measures numbers its rows "7", "8", "9" (going on from the first): the numbers are labels,
    so each row keeps its two value columns."""
    text = flat(
        "The plan was adopted in 2022.",
        "Table 6: Measures of the industry sector",
        *MEASURES_HEADER,
        "7", "Clinker substitution with volcanic ash", "LEDS", "0.06%", "31.2",
        "8", "Catalysts in nitric acid plants", "LEDS", "0.09%", "72.5",
        "9", "Refrigerant phase-down", "Regulation", "0.38%", "291",
    )  # fmt: skip
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.06", "%", "2030", "target"), ("0.0312", "Mt", "2030", "target"), ("0.38", "%", "2030", "target"),
            ("0.291", "Mt", "2030", "target")} <= found  # fmt: skip
    assert not {r["value"] for r in rows(text)} & {"7", "8", "9"}


def test_the_header_ends_before_the_first_row_number_whatever_the_first_row_says() -> None:
    """The first row's text names years and a share ("from 21% in 2020 to 13% in 2026"), which read like header cues:
    the header still ends before its number, so the first row keeps its label and values, and its own amounts keep
    their own years."""
    text = flat(
        "The plan was adopted in 2022.",
        "Table 5: Measures of the energy sector",
        *MEASURES_HEADER,
        "1", "Grid losses cut from 21% in 2020 to 13% in 2026", "National Development Strategy", "1.12%", "810",
        "2", "Wind farms: 250 MW in 2027", "Energy Policy", "0.52%", "390",
        "3", "Mini-grids: 3.5 MW added by 2028", "Rural Electrification Strategy", "0.01%", "4.1",
    )  # fmt: skip
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("1.12", "%", "2030", "target"), ("0.81", "Mt", "2030", "target")} <= found
    own = {("0.25", "GW", "2027", "target"), ("0.0035", "GW", "2028", "target"), ("13", "%", "2026", "target")}
    assert own <= found


def test_a_year_that_names_the_reference_document_dates_no_row() -> None:
    """ "Power System Plan 2016", "Biofuels Policy, 2018", "Rural Energy Masterplan 2020" name documents: the row's
    reductions are still those of the 2030 column, not records of the documents' years."""
    assert row_label_year("Power System Plan 2016") is None
    assert row_label_year("Biofuels Policy, 2018") is None
    assert row_label_year("Rural Energy Masterplan 2020") is None
    assert row_label_year("Emissions in 2018") == 2018
    text = flat(
        "The plan was adopted in 2022.",
        "Table 5: Measures of the energy sector",
        *MEASURES_HEADER,
        "1", "Solar parks", "Power System Plan 2016", "0.71%", "520",
        "2", "Biodiesel blending", "Biofuels Policy, 2018", "0.31%", "201",
        "3", "Solar mini-grids", "Rural Energy Masterplan 2020", "0.02%", "12.4",
    )  # fmt: skip
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.71", "2030", "target"), ("0.31", "2030", "target"), ("0.02", "2030", "target")} <= found
    assert not {r["year"] for r in rows(text)} & {"2016", "2018", "2020"}


def test_a_level_with_its_change_in_brackets_gives_both() -> None:
    """ "19.37 (-12.4%)" under "2030 emissions with mitigation actions" is the plan's 2030 level and its cut of 12.4%;
    an unsigned bracket ("5.12 (38%)") is a share, not a change, and the cell stays text."""
    text = flat(
        "The plan was adopted in 2022.",
        "Table 4: Sector emissions in 2030 compared to a baseline scenario",
        "Sector",
        "2018 GHG emissions (million tonnes CO2-equivalent)",
        "2030 baseline GHG emissions (million tonnes CO2-equivalent)",
        "2030 GHG emissions (million tonnes CO2-equivalent) with mitigation actions",
        "Energy", "10.84", "22.11", "19.37 (-12.4%)",
        "Waste", "1.52", "2.64", "2.05 (-22.3%)",
        "Total", "12.36", "24.75", "21.42 (-13.5%)",
    )  # fmt: skip
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {
        ("10.84", "Mt CO2e", "2018", "actual"),
        ("19.37", "Mt CO2e", "2030", "target"),
        ("12.4", "%", "2030", "target"),
        ("21.42", "Mt CO2e", "2030", "target"),
        ("13.5", "%", "2030", "target"),
    } <= found
    assert "22.11" not in {v for v, *_ in found}  # the baseline column is a projection


def test_scenario_groups_of_unequal_width_each_take_their_run_of_years() -> None:
    """ "BAU | Unconditional | Conditional" over "2020 | 2025 | 2030 | 2025 | 2030 | 2025 | 2030": the years start
    again under each scenario, so the BAU group is three columns wide and the others two; the BAU projection is left
    out and each pathway's cells are its targets."""
    text = flat(
        "The plan was adopted in 2021.",
        "TABLE 1: EMISSION PATHWAYS IN BAU, UNCONDITIONAL AND CONDITIONAL SCENARIOS",
        "Sector",
        "BAU emission projection (Mt CO2e)",
        "Unconditional emission projection (Mt CO2e)",
        "Conditional emission projection (Mt CO2e)",
        "2020", "2025", "2030", "2025", "2030", "2025", "2030",
        "Energy", "8.2", "11.6", "17.3", "10.4", "12.8", "9.1", "7.7",
        "Waste", "6.4", "7.9", "9.2", "7.1", "7.4", "4.8", "2.6",
        "TOTAL (Mt CO2e)", "14.6", "19.5", "26.5", "17.5", "20.2", "13.9", "10.3",
    )  # fmt: skip
    found = {(r["value"], r["year"], r["kind"], r["condition"]) for r in rows(text)}
    assert {
        ("12.8", "2030", "target", "unconditional"),
        ("20.2", "2030", "target", "unconditional"),
        ("7.7", "2030", "target", "conditional"),
        ("13.9", "2025", "target", "conditional"),
    } <= found
    assert not {v for v, *_ in found} & {"17.3", "26.5", "11.6", "19.5"}  # the BAU projection


def test_a_group_row_that_states_only_a_unit_gives_it_to_the_rows_under_it() -> None:
    """ "MtCO2e" on a row of its own under the year header: the sector rows below are in megatonnes, as rows under a
    group "Energy" are energy's (the header and caption name no unit)."""
    text = flat(
        "The plan was adopted in 2022.",
        "Table 3: Sector emissions",
        "Sector", "2015", "2020",
        "MtCO2e",
        "Transport", "41", "47",
        "Buildings", "12", "13",
        "Waste", "6.5", "7.1",
    )  # fmt: skip
    found = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("41", "Mt CO2e", "2015"), ("47", "Mt CO2e", "2020"), ("7.1", "Mt CO2e", "2020")} <= found


def test_a_sentence_announcing_the_table_below_names_what_it_holds() -> None:
    """A paragraph that closes with "The following table shows the baseline values" heads a table with no caption:
    the table is the reference projection, so only its recorded year is reported (as actuals), never its future
    columns as the plan's goals."""
    text = flat(
        "Ruritania's plan was adopted in 2022.",
        "The baseline was modelled from the 2014 inventory without new mitigation policies. The following table "
        "shows the baseline values in MtCO2e.",
        "Sector", "2014", "2025", "2030",
        "Energy", "88", "104", "117",
        "Agriculture", "31", "35", "38",
        "Waste", "9", "11", "12",
    )  # fmt: skip
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("88", "2014", "actual"), ("31", "2014", "actual"), ("9", "2014", "actual")} <= found
    assert not {(v, y) for v, y, _ in found if y in ("2025", "2030")}


def test_a_header_year_that_names_when_an_ndc_was_filed_dates_no_column() -> None:
    """ "NDC filed in 2016 | NDC updated in 2021" head the goals each edition set: both are due by the plan's
    deadline, not in the years the editions were filed."""
    text = flat(
        "Ruritania will limit its net emissions to 55.4 MtCO2eq by 2030.",
        "Table 2. Goals of the first and the updated NDC",
        "NDC filed in 2016 (MtCO2eq)", "NDC updated in 2021 (MtCO2eq)",
        "Unconditional goal", "61.2", "55.4",
        "Conditional goal", "57.9", "49.0",
    )  # fmt: skip
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("61.2", "2030", "target"), ("57.9", "2030", "target"), ("49", "2030", "target")} <= found
    assert not {y for _, y, _ in found} & {"2016", "2021"}


def test_an_edition_in_the_french_acronym_a_translation_keeps_dates_no_column() -> None:
    text = flat(
        "Ruritania will cut its emissions by 24.6% below the reference scenario by 2030.",
        "Table 3. Goals of the two editions",
        "Component", "Revised CDN (2021)", "Initial CDN (2016)",
        "Energy sector (%)", "18.2", "11.5",
        "Waste sector (%)", "27.4", "15.0",
        "Total unconditional target (%)", "24.6", "13.8",
    )  # fmt: skip
    found = {(r["value"], r["year"]) for r in rows(text)}
    assert {("18.2", "2030"), ("11.5", "2030"), ("13.8", "2030")} <= found


def test_a_tables_caption_ends_the_projection_a_figure_caption_above_it_opened() -> None:
    """A figure of projected emissions heads no table after it: the table's own caption heads its rows, so the goal a
    measure's text states in a row label ("from 40 MW in 2022 to 350 MW in 2030") is the plan's, not a projection."""
    text = flat(
        "In 2023 the country emitted 31 Mt CO2e.",
        "Figure 7: Evolution of projected emissions from the transport sector",
        "Table 2: Mitigation options of the plan and their estimated costs",
        "Sector", "Goal", "Measures", "Indicators", "Reduction potential in 2030", "Estimated cost (USD million)",
        "Energy", "Widen access to electricity", "Solar mini-grids in rural districts",
        "Solar capacity from 40 MW in 2022 to 350 MW in 2030", "12 to 15 Mt CO2e", "310",
        "Efficient cookstoves", "Grow cookstove use from 5% to 20% of households", "140",
        "Transport", "Cleaner buses", "Bus fleet renewal in the capital", "85",
    )  # fmt: skip
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.04", "GW", "2022", "actual"), ("0.35", "GW", "2030", "target")} <= found
    # a table captioned as a projection still holds no goals in its labels' own amounts
    projected = text.replace("Mitigation options of the plan and their estimated costs", "Projected measures (BAU)")
    kept = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(projected)}
    assert ("0.35", "GW", "2030", "target") not in kept


def test_a_row_with_two_long_text_cells_before_its_values_stays_in_the_table() -> None:
    """A row whose measure and indicator cells both run past a line ("Promotion of … in the forest areas of the
    river basins" | "800,000 ha of irrigated land developed (ii) …" | "90 to 95 Mt CO2e (31%)" | "1.4"): the table
    goes on through it, so its cost and the rows after it keep their columns."""
    long_measure = (
        "Promotion of technical itineraries that settle farming in place, particularly in the forest areas of the "
        "river basins and their wetlands"
    )
    long_indicator = (
        "800,000 ha of irrigated land developed and equipped (ii) About 120 farmers' cooperatives established; "
        "(iii) Number of farmers using the guide to good practice for fallow land and natural fertilizers; (iv) "
        "Number of extension campaigns per year"
    )
    text = flat(
        "In 2023 the country emitted 410 Mt CO2e.",
        "Table 5: Summary of mitigation options and their estimated costs",
        "Sector", "Objective", "Actions", "Indicators", "Reduction potential in 2030", "Estimated cost (USD billion)",
        "Energy", "Widen access to electricity", "Solar mini-grids in rural districts", "350 MW of mini-grids",
        "20 to 25 Mt CO2e", "0.9",
        "Efficient cookstoves", "Raise stove efficiency from 10-15% to 25-30%", "0.7",
        "Solar home systems", "Number of households equipped", "0.25",
        "Wood plantations", "90,000 ha of energy plantations", "0.15",
        "Transport", "Cleaner urban transport", "Bus rapid transit", "Number of lines opened", "1.05",
        "Agriculture", "Settle farming", long_measure, long_indicator, "90 to 95 Mt CO2e (31%)", "1.4",
        "Promotion of agroforestry", "Number of agroforestry plots", "0.6",
        "Waste", "Recover landfill gas", "Use of landfill gases", "Number of sites equipped", "12 Mt CO2e", "0.3",
    )  # fmt: skip
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("1.4", "USD billion", "2030", "target"), ("0.6", "USD billion", "2030", "target"),
            ("0.3", "USD billion", "2030", "target"), ("0.8", "Mha", "2030", "target")} <= found  # fmt: skip


def test_a_whole_number_written_with_a_leading_zero_is_a_code_not_a_value() -> None:
    """A value column that prints "01" and "02" where the other rows print amounts ("E4 | Diesel mini-grids replaced
    | 01") numbers something, it states no amount: those cells are left out, the other rows' amounts read."""
    text = flat(
        "The plan was adopted in 2022.",
        "Table 6: Measures of the industry sector",
        *MEASURES_HEADER,
        "7", "Clinker substitution with volcanic ash", "LEDS", "0.06%", "31.2",
        "8", "Diesel mini-grids replaced by solar", "LEDS", "0.01%", "01",
        "9", "Refrigerant phase-down", "Regulation", "0.38%", "02",
    )  # fmt: skip
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.0312", "Mt", "2030", "target"), ("0.38", "%", "2030", "target")} <= found
    assert not {r["value_raw"] for r in rows(text)} & {"01", "02"}


def test_a_unit_of_measure_column_scales_each_rows_numbers_by_its_power_of_ten() -> None:
    """ "Unit of measure | 2025 | 2030" over "Reforestation | 1000 ha | 6 | 7": each row's unit cell is no value but
    the unit its numbers count in (six and seven thousand hectares; "1 MW | 600" is 600 MW; "1000 lamps | 5" five
    thousand lamps). A rate ("1000 uses / day") scales nothing, and a table without such a column reads "100 MW"
    as the value it is."""
    text = flat(
        "The plan was adopted in 2021.",
        "Table 10: List of mitigation options by sector",
        "Sector", "Mitigation measure", "Unit of measure", "2025", "2030",
        "Energy", "Solar street lights", "1000 lamps", "5", "8",
        "Solar PV, large grid", "1 MW", "600", "625",
        "Commercial dishwashers", "1000 uses / day", "3", "4",
        "Forestry", "Reforestation", "1000 ha of reforestation", "6", "7",
        "Efficient electricity networks", "1 GWh losses avoided", "25", "30",
    )  # fmt: skip
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {
        ("5000", "count", "2025", "target"), ("8000", "count", "2030", "target"), ("0.6", "GW", "2025", "target"),
        ("0.625", "GW", "2030", "target"), ("0.006", "Mha", "2025", "target"), ("0.007", "Mha", "2030", "target"),
        ("0.025", "TWh", "2025", "target"), ("0.03", "TWh", "2030", "target"),
    } <= found  # fmt: skip
    assert not {r["value"] for r in rows(text)} & {"1000", "0.001", "3", "4"}


def test_a_row_of_years_under_the_unit_cells_dates_each_column() -> None:
    """ "Unconditional objective | Emissions in Gg CO2eq | Emissions in Gg CO2eq" over "2025 | 2030": each value
    column is of the year printed under its unit cell, not of the plan's deadline."""
    text = flat(
        "The plan was adopted in 2021.",
        "Table 38: Target value by unconditional objective",
        "Unconditional objective", "Emissions in Gg CO2eq", "Emissions in Gg CO2eq", "2025", "2030",
        "Unconditional mitigation scenario", "96", "187",
        "Energy scenario", "48.2", "66.9",
        "Transport scenario", "41.5", "118.3",
    )  # fmt: skip
    found = {(r["value"], r["year"]) for r in rows(text)}
    assert {("0.096", "2025"), ("0.187", "2030"), ("0.0415", "2025"), ("0.1183", "2030")} <= found


def test_a_units_column_cell_in_lower_case_is_no_wrapped_line_of_the_label_above() -> None:
    """Flattened, "Efficient charcoal stoves" over "fireplaces" under a "Units" header: the second line is the row's
    unit cell (what its numbers count), not the rest of the label, so the row's numbers are fireplaces."""
    text = flat(
        "The plan was adopted in 2021.",
        "Table 3 : Mitigation measures in the Energy sector",
        "Reduction measures", "Technologies", "Units", "Conditional targets for 2030", "Unconditional targets for 2030",
        "Energy efficiency in homes", "Efficient lighting with LEDs", "Lamps", "295,000", "88,000",
        "Efficient charcoal stoves", "fireplaces", "520,000", "140,000",
        "Renewable energy", "Solar power plants", "MW", "150", "60",
    )  # fmt: skip
    found = {(r["value"], r["unit"], r["condition"]) for r in rows(text)}
    assert {("520000", "count", "conditional"), ("140000", "count", "unconditional")} <= found


def test_a_row_comparing_two_years_is_dated_by_the_later_whichever_is_printed_first() -> None:
    """ "2012 vs 2040, % change" and "Change 2040 vs 2012" both state the change from 2012 to 2040: the row's date
    is the later year, the earlier its base, however the table orders them."""
    assert row_label_year("2012 vs 2040, % change") == 2040
    assert row_label_year("Change 2040 vs 2012") == 2040
    assert row_label_year("Emissions in 2040 compared to 2012") == 2040
    assert row_label_year("Reduction below 2012") is None
