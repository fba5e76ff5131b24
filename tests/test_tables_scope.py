"""How a table's layout scopes its cells, beyond the basics of ``test_tables``: year headers with footnote marks,
columns that repeat a quantity with and without the plan, units stated by a column header of a Year table
(tables written for the tests)."""

from __future__ import annotations

from decimal import Decimal

from extract.catalogue import load_catalogue
from extract.cellunits import cell_unit, rate_cell
from extract.extractor import extract_document
from extract.grid import find_grids
from extract.header import header_cue, plain_siblings, table_scope
from extract.model import Document
from extract.segment import segment
from tests.test_extractor import rows
from tests.test_tables import flat, keyed

INTRO = "Lesotho submits this plan on behalf of all ministries. In 2021 emissions reached 5.2 Mt CO2e."


def test_year_table_reads_bare_numbers_with_the_units_of_their_column_headers() -> None:
    text = flat(
        INTRO,
        "Year",
        "Net emissions (kt CO2e)",
        "Net emissions with policies (kt CO2e)",
        "Avoided emissions (kt CO2e)",
        "2018",
        "4,870",
        "4,870",
        "0",
        "2035",
        "9,310",
        "7,640",
        "1,670",
    )
    got = keyed(text)
    assert got[("7.64", "Mt CO2e")]["kind"] == "target"  # the policy path in 2035
    assert got[("7.64", "Mt CO2e")]["year"] == "2035"
    assert got[("1.67", "Mt CO2e")]["year"] == "2035"
    assert ("9.31", "Mt CO2e") not in got  # the same quantity without the policies: a reference path, no goal
    assert {r["kind"] for r in rows(text) if r["value"] == "4.87"} == {"actual"}  # 2018: before the present
    assert got[("7.64", "Mt CO2e")]["quote"].startswith("2035 ")


def test_plain_sibling_is_the_column_without_the_plan_cue() -> None:
    cells = ["Sector", "Emissions (Mt)", "Emissions with measures (Mt)", "Reduction target (%)"]
    assert plain_siblings(cells) == {1}
    # a quantity no cued column repeats is not a reference
    assert plain_siblings(["Sector", "Emissions (Mt)", "Target (%)"]) == set()


def test_grid_column_repeating_a_quantity_without_the_plan_is_left_out_in_the_future() -> None:
    text = flat(
        INTRO,
        "Table 3: Emission paths of the power sector",
        "Year",
        "Power emissions (Mt CO2e)",
        "Power emissions mitigation (Mt CO2e)",
        "2019",
        "2.10",
        "2.10",
        "2030",
        "3.40",
        "2.60",
        "2035",
        "3.90",
        "2.20",
    )
    got = keyed(text)
    assert got[("2.6", "Mt CO2e")]["kind"] == "target"
    assert got[("2.2", "Mt CO2e")]["year"] == "2035"
    assert ("3.4", "Mt CO2e") not in got and ("3.9", "Mt CO2e") not in got
    assert got[("2.1", "Mt CO2e")]["kind"] == "actual"


def test_year_header_cell_with_a_footnote_mark_is_a_year_column() -> None:
    scope = table_scope("", ["Sector", "2015*", "2021", "2030 target"], 3)
    assert scope is not None
    assert [c.year for c in scope.columns] == [2015, 2021, 2030]
    text = flat(
        INTRO,
        "Table 6: Emissions by sector, Mt CO2e",
        "Sector",
        "2015*",
        "2021",
        "Energy",
        "3,1",
        "3,6",
        "Waste",
        "0,4",
        "0,5",
        "Agriculture",
        "1,2",
        "1,1",
    )
    got = keyed(text)
    assert got[("3.1", "Mt CO2e")]["year"] == "2015"  # decimal commas, and a footnoted year header
    assert got[("0.5", "Mt CO2e")]["year"] == "2021"


def test_wrapped_row_label_and_caption_are_joined_and_a_scenario_header_spans_the_columns() -> None:
    text = flat(
        INTRO,
        "Table 2. Emissions of Lesotho by sector for 2015, 2021 and the outlook (thousand tonnes of",
        "CO2e)",
        "Sector",
        "2015",
        "2021",
        "2035 Forecasts",
        "Policy scenario",
        "Energy",
        "1,210",
        "1,340",
        "1,500",
        "Forestry and other land use and",
        "wetlands (FOLU)",
        "-310",
        "-290",
        "-350",
        "Waste",
        "95",
        "110",
        "120",
    )
    grids = list(find_grids(segment(text), text).values())
    assert len(grids) == 1
    grid = grids[0]
    assert grid.caption.endswith("(thousand tonnes of CO2e)")  # the caption's second line is no header cell
    assert grid.header[-1].text == "Policy scenario"  # a scenario cell is a header, not a row group
    labels = [" ".join(c.text for c in r.labels) for r in grid.rows]
    assert labels == ["Energy", "Forestry and other land use and wetlands (FOLU)", "Waste"]
    assert all(r.group == "" for r in grid.rows)
    got = keyed(text)
    assert got[("-0.29", "Mt CO2e")]["year"] == "2021"
    assert got[("-0.29", "Mt CO2e")]["quote"].startswith("Forestry and other land use and wetlands")
    assert ("1.5", "Mt CO2e") not in got  # a forecast names no plan


def test_title_line_above_a_table_without_a_caption_gives_its_unit_only() -> None:
    text = flat(
        INTRO,
        "Projected emissions of each sector of the economy, in thousand tonnes of CO2e.",
        "Sector",
        "2015",
        "2021",
        "Energy",
        "1,210",
        "1,340",
        "Waste",
        "95",
        "110",
        "Agriculture",
        "640",
        "655",
    )
    got = keyed(text)
    assert got[("1.34", "Mt CO2e")]["year"] == "2021"
    assert got[("1.34", "Mt CO2e")]["kind"] == "actual"  # "Projected" in a title is not read as the table's kind
    grid = next(iter(find_grids(segment(text), text).values()))
    assert grid.title.startswith("Projected emissions") and grid.header[0].text == "Sector"


def test_past_years_of_a_projection_are_recorded_values() -> None:
    text = flat(
        INTRO,
        "Table 9: Projected emissions by sector (thousand tonnes of CO2e)",
        "Sector",
        "2015",
        "2021",
        "2035",
        "Energy",
        "1,210",
        "1,340",
        "1,700",
        "Waste",
        "95",
        "110",
        "150",
    )
    got = keyed(text)
    assert got[("1.21", "Mt CO2e")]["kind"] == "actual"
    assert ("1.7", "Mt CO2e") not in got  # the projection itself is no goal


MEASURES = flat(
    INTRO,
    "Table 4: Measures of the energy plan",
    "Measure",
    "Baseline",
    "Goal 2030",
    "Abatement by 2030 (kt CO2e)",
    "Support",
    "Hydro upgrade",
    "12",
    "40",
    "210.5",
    "Domestic",
    "Mini-grids",
    "3",
    "25",
    "64",
    "External",
    "Cleaner kilns",
    "18.2",
    "External",
    "Bus rapid transit",
    "2",
    "9",
    "133",
    "Domestic",
    "Efficient motors",
    "0",
    "41.7",
    "Domestic",
    "Total",
    "467.4",
    "Sources: ministry of energy.",
)


def test_trailing_text_column_belongs_to_the_row_before_the_next_label() -> None:
    grid = next(iter(find_grids(segment(MEASURES), MEASURES).values()))
    assert [r.labels[-1].text for r in grid.rows][:3] == ["Hydro upgrade", "Mini-grids", "Cleaner kilns"]
    assert [r.trail for r in grid.rows][:4] == ["Domestic", "External", "External", "Domestic"]
    assert all(len(r.labels) == 1 for r in grid.rows)  # "External" is not a label of the row after it
    got = keyed(MEASURES)
    assert got[("0.2105", "Mt CO2e")]["quote"] == "Hydro upgrade 12 40 210.5"


def test_last_cell_of_a_short_row_fills_the_only_column_that_reports_it() -> None:
    got = keyed(MEASURES)
    # "Cleaner kilns | 18.2": its other cells were empty; only the abatement column has a unit
    assert got[("0.0182", "Mt CO2e")]["year"] == "2030"
    assert got[("0.0417", "Mt CO2e")]["kind"] == "target"
    assert got[("0.4674", "Mt CO2e")]["year"] == "2030"
    # the unit-less goal cells stay unread, and so does "0" of the short row (its column is not known)
    assert ("40", "") not in got and ("0", "") not in got


def test_hard_wrapped_paragraph_before_a_split_caption_is_prose_and_a_parent_spans_the_leaves() -> None:
    text = "\n\n".join(
        [
            INTRO,
            "Please note that the reductions presented in Table 3.2 below do\nnot include the land sector, which is\n"
            "reported in its own chapter.",
            "Table\n3.2 Comparison of reduction goals of this NDC and the previous NDC",
            "Sector",
            "Cumulative reduction ('000 MTCO2e)",
            "This NDC (2026-2035)",
            "Previous NDC (2021-2030)",
            "% increase",
            "Energy",
            "12,400.5",
            "5,100.0",
            "143.14",
            "Waste",
            "910.2",
            "600.4",
            "51.60",
            "Industry",
            "1,310.0",
            "1,000.0",
            "31.00",
        ]
    )
    grids = list(find_grids(segment(text), text).values())
    assert len(grids) == 1
    assert grids[0].caption.startswith("Table 3.2 Comparison")  # "Table" alone on its line opens the caption
    assert grids[0].header[0].text == "Sector"  # the wrapped note above is prose, not header cells
    got = keyed(text)
    # '000 MTCO2e: thousands of metric tonnes (no table counts thousands of megatonnes)
    assert got[("12.4005", "Mt CO2e")]["year"] == "2035"
    assert got[("5.1", "Mt CO2e")]["year"] == "2030"
    assert got[("12.4005", "Mt CO2e")]["kind"] == "target"


def test_caption_classifies_a_cell_its_labels_leave_unnamed() -> None:
    text = flat(
        INTRO,
        "Table 1: Greenhouse gas emissions by sector in the base year (2015)",
        "Sector",
        "Mt CO2e",
        "Share (%)",
        "Power",
        "1.92",
        "37.0",
        "Households",
        "0.84",
        "16.2",
        "Waste",
        "0.31",
        "6.0",
    )
    doc = Document(doc="t", file="t.txt", text=text, sha256="0", bytes=len(text.encode()))
    got = {(o.value_raw, o.unit): o for o in extract_document(doc, load_catalogue()).observations}
    assert got[("1.92", "Mt CO2e")].indicator == "ghg_emissions"  # "Power 1.92" alone names no indicator
    assert got[("1.92", "Mt CO2e")].year == 2015


def test_a_sub_header_repeated_under_unit_parents_scopes_each_group() -> None:
    text = flat(
        INTRO,
        "Table 5.2 Mitigation targets of the plan",
        "Cumulative reductions ('000 tCO2e) (2026-2035)",
        "Reduction against BAU (%)",
        "Sector",
        "BAU Scenario",
        "Mitigation scenarios",
        "Mitigation scenarios with respect to BAU emissions",
        "Total",
        "Unconditional",
        "Conditional",
        "Total",
        "Unconditional",
        "Conditional",
        "Energy",
        "90,400.0",
        "21,300.5",
        "8,100.5",
        "13,200.0",
        "23.6",
        "9.0",
        "14.6",
        "Waste",
        "12,100.0",
        "2,400.0",
        "1,000.0",
        "1,400.0",
        "19.8",
        "8.3",
        "11.6",
        "Industry",
        "30,200.0",
        "3,020.0",
        "1,510.0",
        "1,510.0",
        "10.0",
        "5.0",
        "5.0",
    )
    got = {(r["value"], r["unit"]): r for r in rows(text)}
    assert ("90.4", "Mt CO2e") not in got  # the BAU column
    assert (got[("21.3005", "Mt CO2e")]["year"], got[("21.3005", "Mt CO2e")]["kind"]) == ("2035", "target")
    assert got[("8.1005", "Mt CO2e")]["condition"] == "unconditional"
    assert got[("14.6", "%")]["condition"] == "conditional" and got[("14.6", "%")]["year"] == "2035"


MEASURE_TABLE = flat(
    "In 2024, emissions were 40 MtCO2e.",
    "Table B2.1 Costs by measure for the transport sector",
    "Description of measures and actions",
    "Year",
    "Cost (M USD)",
    "Savings (GWh)",
    "Measure 1. Road transport – substitute diesel buses in the capital with electric ones",
    "1. Electric city buses",
    "2033",
    "61",
    "12",
    "2. Charging depots",
    "2033",
    "14",
    "3",
    "Indicator/s",
    "Number of buses converted",
    "Benefits",
    "Cleaner air; lower fuel imports",
    "Measure 2. Rail – replace the diesel shunting locomotives of the national railway with hydrogen locomotives "
    "running on locally produced green hydrogen.",
    "1. Hydrogen shunters",
    "2033",
    "95",
    "7",
    "2. Hydrogen refuelling",
    "2033",
    "22",
    "1",
)


def test_a_long_row_group_line_under_the_header_is_no_column() -> None:
    doc = Document(doc="t", file="t.txt", text=MEASURE_TABLE, sha256="0", bytes=len(MEASURE_TABLE))
    grids = find_grids(segment(MEASURE_TABLE), MEASURE_TABLE)
    first = grids[min(grids)]
    assert [c.text for c in first.header] == [
        "Description of measures and actions",
        "Year",
        "Cost (M USD)",
        "Savings (GWh)",
    ]
    assert first.rows[0].group.startswith("Measure 1.")
    assert extract_document(doc, load_catalogue()).observations


def test_a_table_broken_by_a_long_row_group_line_goes_on_under_its_header() -> None:
    found = {(r["value"], r["unit"], r["year"]) for r in rows(MEASURE_TABLE)}
    assert {
        ("0.061", "USD billion", "2033"),
        ("0.095", "USD billion", "2033"),
        ("0.022", "USD billion", "2033"),
    } <= found
    assert {("0.012", "TWh", "2033"), ("0.007", "TWh", "2033")} <= found


PLEDGE_TABLE = flat(
    "In 2024, emissions were 40 MtCO2e. Chad will cut emissions by 9% by 2036 unconditionally, and by 20% by "
    "2036 with support.",
    "To achieve this, measures were selected.",
    "Table 6 - Unconditional Contributions to Mitigation",
    "Sector\nArea\nUnconditional contributions\nktCO2e reduction potential\n% contribution to the objective\n"
    "Cost (Million USD)",
    "Energy\nRenewable energy\nSolar PV, large grid - 850 MW\n2,210\n41%\n930",
    "Hydro power - 120 MW\n1,140\n21%\n610",
    "Waste\nMunicipal waste\nComposting - 900 t/day\n2,050\n38%\n14",
)


def test_a_header_of_short_cells_is_no_wrapped_paragraph_and_the_first_rows_groups_are_no_columns() -> None:
    grids = find_grids(segment(PLEDGE_TABLE), PLEDGE_TABLE)
    grid = grids[min(grids)]
    assert [c.text for c in grid.header][-2:] == ["% contribution to the objective", "Cost (Million USD)"]
    assert grid.ncols == 3 and grid.rows[0].group == "Energy Renewable energy"


def test_an_undated_table_of_pledges_takes_the_documents_target_year() -> None:
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(PLEDGE_TABLE)}
    assert {("2.21", "Mt CO2e", "2036", "target"), ("0.93", "USD billion", "2036", "target")} <= found


CONTINENTAL_TABLE = flat(
    "In 2024, emissions were 40 MtCO2e. Chad will cut emissions by 9% by 2036 unconditionally.",
    "Table 7 - Unconditional Contributions to Mitigation",
    "Measure\nktCO2e reduction potential\n% contribution to the objective\nCost (Million USD)",
    "Hydro power - 2.400MW\n7.215\n61%\n2.480",
    "Electric cars - 90 cars\n0,05\n0,4%\n2,1",
    "Reforestation - 1.150.000 ha\n4.560\n39%\n612",
)


def test_a_table_that_writes_decimal_commas_writes_its_thousands_with_points() -> None:
    found = {(r["value"], r["unit"]) for r in rows(CONTINENTAL_TABLE)}
    assert {("7.215", "Mt CO2e"), ("2.48", "USD billion"), ("0.00005", "Mt CO2e"), ("0.4", "%")} <= found
    assert {("4.56", "Mt CO2e"), ("0.612", "USD billion")} <= found


CHANGE_COLUMN_TABLE = flat(
    "In 2024, emissions were 40 MtCO2e.",
    "Table 5.1 Comparison of mitigation targets between the third and the second NDC",
    "Sector",
    "Cumulative reduction (MtCO2e)",
    "NDC 3.0 (2026-2036)",
    "NDC 2.0 (2021-2031)",
    "% Increase",
    "Power",
    "61.2",
    "40.5",
    "51.11",
    "Transport",
    "9.4",
    "7.7",
    "22.08",
)


def test_a_change_column_beside_dated_columns_reaches_the_latest_columns_year() -> None:
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(CHANGE_COLUMN_TABLE)}
    assert {("51.11", "%", "2036", "target"), ("22.08", "%", "2036", "target")} <= found


INTRO_UNIT_TABLE = flat(
    "In 2024, emissions were 40 MtCO2e.",
    "The measures are listed in Table B1. A total mitigation potential of 2.210 Mt CO2 e is estimated for 2036.",
    "Table B1 Emissions reduction and costs by measure",
    "Description",
    "Year",
    "Emissions reduction",
    "Cost (M USD)",
    "1. Solar park",
    "2036",
    "0.410",
    "95",
    "2. Wind farm",
    "2036",
    "1.800",
    "140",
)


def test_an_emission_column_without_a_unit_reads_the_unit_of_the_paragraph_that_introduces_the_table() -> None:
    found = {(r["value"], r["unit"], r["year"]) for r in rows(INTRO_UNIT_TABLE)}
    assert {("0.41", "Mt CO2e", "2036"), ("1.8", "Mt CO2e", "2036"), ("0.14", "USD billion", "2036")} <= found


def test_a_caption_longer_than_a_cell_still_opens_its_table() -> None:
    caption = (
        "Table 7: Estimated investment requirements and emission abatement potential for the whole mitigation "
        "programme by IPCC sector (2026-2034)."
    )
    assert len(caption) > 120  # longer than any cell
    text = flat(
        "Ruritania has reviewed its plan in 2024.",
        caption,
        "IPCC Sectors",
        "CAPEX 2026-2034 (USD Billion)",
        "Abatement (MtCO2e/year)",
        "Energy",
        "14.2",
        "11.9",
        "Waste",
        "0.51",
        "0.7",
    )
    got = keyed(text)
    assert got[("11.9", "Mt CO2e")]["kind"] == "target"  # the caption's "requirements" and "potential" name goals
    assert got[("0.7", "Mt CO2e")]["year"] == "2034"
    assert got[("14.2", "USD billion")]["year"] == "2034"


#: A table of goals keyed by the years each row aims at, with a reference column dated by its header, a money
#: column whose header states the currency, sector labels between rows and a row whose last column runs on.
AIMED_ROWS = flat(
    "Ruritania has prepared this plan in 2025.",
    "Table 4: Quantified goals",
    "Target Year",
    "Goal",
    "Reference value (2023)",
    "Costs (EUR) and Conditionality",
    "1. Power",
    "2031, 2036",
    "Raise solar capacity to 2,400 MW by 2031 and 5,100 MW by 2036.",
    "610 MW of solar capacity in operation.",
    "900 MW by 2031 is an unconditional goal.",
    "By 2036: 3.6 billion conditional. Of this, by 2031: 1.2 billion conditional.",
    "2. Transport",
    "2036",
    "Electric buses make up 45% of new bus sales.",
    "8.5%",
    "By 2036: 640 million conditional.",
    "The following section describes the policies.",
)


def test_rows_aimed_at_several_years_take_each_goals_own_deadline() -> None:
    got = keyed(AIMED_ROWS)
    assert (got[("2.4", "GW")]["year"], got[("2.4", "GW")]["kind"]) == ("2031", "target")
    assert got[("5.1", "GW")]["year"] == "2036"
    assert (got[("0.9", "GW")]["year"], got[("0.9", "GW")]["condition"]) == ("2031", "unconditional")
    assert got[("45", "%")]["year"] == "2036"  # an undated goal of the row: its last year


def test_a_column_dated_by_its_header_holds_records_of_that_year() -> None:
    got = keyed(AIMED_ROWS)
    assert (got[("0.61", "GW")]["year"], got[("0.61", "GW")]["kind"]) == ("2023", "actual")
    assert (got[("8.5", "%")]["year"], got[("8.5", "%")]["kind"]) == ("2023", "actual")


def test_a_currency_header_gives_bare_amounts_their_currency() -> None:
    got = keyed(AIMED_ROWS)
    assert (got[("3.6", "EUR billion")]["year"], got[("3.6", "EUR billion")]["condition"]) == ("2036", "conditional")
    assert got[("1.2", "EUR billion")]["year"] == "2031"
    assert got[("0.64", "EUR billion")]["year"] == "2036"


def test_money_cells_are_values_of_their_column() -> None:
    text = flat(
        "In 2022 the plan was revised; its goals are to be met by 2033.",
        "Table 6: Indicative Financial Support Needed to Implement Mitigation Measures",
        "Mitigation Measure",
        "Estimated Budget (USD)",
        "8.2 MW of wind power capacity on the north coast",
        "$23,000,000",
        "A new storage plant of 12 MW",
        "$41,500,000",
        "Upgraded distribution lines",
        "$118,000,000",
        "The next section describes adaptation.",
    )
    got = keyed(text)
    assert (got[("0.023", "USD billion")]["year"], got[("0.023", "USD billion")]["kind"]) == ("2033", "target")
    assert ("0.118", "USD billion") in got
    assert got[("0.0082", "GW")]["year"] == "2033"


def test_a_note_between_rows_does_not_end_a_row_table() -> None:
    text = flat(
        "Ruritania has prepared this plan in 2025.",  # a line of text above the header stays text
        "Target Year",
        "Goal",
        "Reference value (2023)",
        "Costs (EUR) and Conditionality",
        "2031, 2036",
        "Build 150 km of electric rail by 2031 and 260 km by 2036.",
        "0 km.",
        "Note: 96 km of trackbed laid of around 900 km planned length.",
        "By 2036: 4.9 billion conditional. Of this, by 2031: 2.2 billion conditional.",
        "2036",
        "Electric buses make up 45% of new bus sales.",
        "8.5%",
        "By 2036: 640 million conditional.",
        "The following section describes the policies.",
    )
    got = keyed(text)
    assert got[("0.64", "EUR billion")]["year"] == "2036"  # the row after the note is still read as the table's
    assert (got[("8.5", "%")]["year"], got[("8.5", "%")]["kind"]) == ("2023", "actual")
    # the note belongs to the column of the cell before it (the reference value), not to the costs after it
    assert (got[("96", "km")]["year"], got[("96", "km")]["kind"]) == ("2023", "actual")
    assert got[("4.9", "EUR billion")]["year"] == "2036"


def test_scenario_rows_under_a_projections_caption_are_the_plans_paths() -> None:
    text = flat(
        INTRO,
        "Table 2: Total emission projections",
        "Scenario",
        "Emissions (kt CO2e) 2026",
        "Emissions (kt CO2e) 2031",
        "Emissions (kt CO2e) 2036",
        "% vs BAU",
        *("BAU", "6,100", "7,200", "8,300", "–"),
        *("Unconditional", "5,900", "6,500", "7,000", "−15.7%"),
        *("Conditional", "5,500", "5,600", "5,800", "−30.1%"),
    )
    got = keyed(text)
    assert (got[("7", "Mt CO2e")]["year"], got[("7", "Mt CO2e")]["kind"]) == ("2036", "target")
    assert got[("7", "Mt CO2e")]["condition"] == "unconditional"
    # the change against BAU is the cut the row pledges, by the latest column's year
    cut = got[("30.1", "%")]
    assert (cut["year"], cut["kind"], cut["baseline"], cut["condition"]) == ("2036", "target", "bau", "conditional")
    assert ("8.3", "Mt CO2e") not in got  # the BAU row: a projection, neither a target nor an actual


def test_scenario_cells_heading_repeated_year_columns_scope_each_group() -> None:
    text = flat(
        INTRO,
        "Table 5: Sector emission projections",
        "Sector",
        "BAU (kt CO2e)",
        "Emission target (kt CO2e)",
        *("2026", "2031", "2036", "2026", "2031", "2036"),
        *("Energy", "900", "1,100", "1,300", "850", "900", "950"),
        *("Waste", "200", "260", "310", "190", "205", "215"),
        *("Transport", "400", "480", "560", "390", "420", "440"),
    )
    got = keyed(text)
    assert (got[("0.95", "Mt CO2e")]["year"], got[("0.95", "Mt CO2e")]["kind"]) == ("2036", "target")
    assert got[("0.205", "Mt CO2e")]["year"] == "2031"
    assert ("1.3", "Mt CO2e") not in got and ("0.31", "Mt CO2e") not in got  # the BAU group


TECHNOLOGY_TABLE = (
    "Lesotho will keep its emissions on a path in line with the Paris\n"
    "Agreement and will report its progress to the secretariat every two\n"
    "years, as agreed.\n\n"
    + flat(
        "Investment needs by technology",
        "Sector",
        "Technology",
        "Investment cost",
        "(Million USD)",
        "Mitigation potential",
        "(2031 - 2036) (kt CO2e)",
        "Abatement cost",
        "(USD/tCO2)",
        *("Energy", "Solar mini-grids", "42.50", "310.0", "137.10"),
        *("Geothermal wells", "88.00", "120.0", "733.30"),
        *("Transport", "Electric buses (400 units)", "61.20", "95.0", "644.20"),
    )
)


def test_a_table_below_hard_wrapped_prose_with_wrapped_header_cells_is_read() -> None:
    text = flat(INTRO, TECHNOLOGY_TABLE)
    got = keyed(text)
    # each header cell was wrapped over two lines: "Investment cost" / "(Million USD)"
    assert (got[("0.0425", "USD billion")]["year"], got[("0.0425", "USD billion")]["kind"]) == ("2036", "target")
    assert (got[("0.31", "Mt CO2e")]["year"], got[("0.31", "Mt CO2e")]["kind"]) == ("2036", "target")
    # the cost of the plan falls due with the period its potentials name; a price per tonne is no amount
    assert got[("0.0612", "USD billion")]["year"] == "2036"
    assert not [r for r in rows(text) if r["value"] in ("137.1", "733.3", "644.2", "0.1371")]


def test_rate_and_price_headers_give_no_unit_but_head_a_column() -> None:
    # a currency per tonne of CO2 spelt out or flattened from a subscript ("US$/tonCO 2 e") is a price too
    for cell in ("(USD/tCO2)", "Cost (US$ per tonne)", "€/MWh", "US$/tonCO2", "Cost, US $/ton CO 2 e"):
        assert cell_unit(cell) is None and rate_cell(cell) and header_cue(cell), cell
    assert cell_unit("(Million USD)") is not None and not rate_cell("(Million USD)")


def test_an_abbreviated_million_scales_a_money_header() -> None:
    # "mil." abbreviates million in English tables; without it a column of 386.50 would read as dollars
    assert cell_unit("Estimated Resources Required (mil. US $)") == ("USD billion", Decimal("0.001"))
    assert cell_unit("Cost, US$ mil.") == ("USD billion", Decimal("0.001"))
    # and so does "mil" with no point, before or after the currency: "(US$ mil)", "(mil $)"
    assert cell_unit("Indicative cost (US$ mil)") == ("USD billion", Decimal("0.001"))
    assert cell_unit("Financing needs (mil $)") == ("USD billion", Decimal("0.001"))


def test_a_row_counting_things_gives_its_bare_cells_a_count() -> None:
    """ "Number of biogas digesters built" under year columns with no unit: its cells count digesters, as "4,200
    digesters" would in prose; "(thousands)" in the label scales them; a row counting plans states no amount."""
    text = flat(
        INTRO,
        "Table 7: Targets for clean cooking and water",
        "Indicator",
        *("2027", "2031", "2036"),
        *("Share of households using clean cooking (%)", "22", "35", "50"),
        *("Number of biogas digesters built", "4,200", "9,800", "15,000"),
        *("No. of boreholes with solar pumps (thousands)", "1.2", "2.5", "4"),
        *("Number of district adaptation plans adopted", "12", "30", "45"),
    )
    got = keyed(text)
    assert (got[("15000", "count")]["year"], got[("15000", "count")]["kind"]) == ("2036", "target")
    assert got[("9800", "count")]["year"] == "2031" and got[("2500", "count")]["year"] == "2031"
    assert got[("50", "%")]["year"] == "2036"
    assert ("45", "count") not in got and ("30", "count") not in got


def test_notation_keys_and_not_applicable_are_empty_cells_and_a_year_may_end_with_a_point() -> None:
    """Inventory tables write "NE" / "NO" / "IE" (not estimated, not occurring, included elsewhere) and "Not
    applicable (NA)" where there is no value, and some year labels end with a point ("2016."): the cells hold value
    positions and the rows keep their years."""
    text = flat(
        INTRO,
        "Table 4: Net emissions by sector (Gg CO2 eq)",
        "Year",
        *("Energy", "Waste", "Agriculture"),
        *("2015", "Not applicable (NA)", "310", "1,250"),
        *("2016.", "NE", "322", "1,262"),
        *("2017", "4,410", "NO", "1,270"),
        *("2018.", "4,520", "341", "IE"),
    )
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert {("0.31", "2015"), ("1.262", "2016"), ("4.41", "2017"), ("0.341", "2018")} <= got


def test_rising_years_at_a_regular_stride_label_the_rows_of_a_table_without_a_year_corner() -> None:
    """ "Transport | Industry | Waste" over rows "2011 | 2.1 | 0.4 | 1.9": the header names no "Year" column, and the
    years are numbers too; rising years every fourth cell are the row labels, the three header cells the columns."""
    text = flat(
        INTRO,
        "Table 6: Emissions by sector, 2011-2014 (Mt CO2e)",
        *("Transport", "Industry", "Waste"),
        *("2011", "2.10", "0.40", "1.90"),
        *("2012", "2.25", "0.42", "1.95"),
        *("2013", "2.31", "0.47", "2.02"),
        *("2014", "2.44", "0.45", "2.08"),
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("2.1", "2011", "actual"), ("0.47", "2013", "actual"), ("2.08", "2014", "actual")} <= got
    assert not any(v in ("2011", "2012", "2013", "2014") for v, _, _ in got)


def test_a_number_percent_in_a_header_names_a_scenario_not_the_unit() -> None:
    assert cell_unit("-15% with support)") is None
    assert cell_unit("Cut of 25% (kt CO2e)") == cell_unit("(kt CO2e)")
    assert cell_unit("Share (%)") == ("%", cell_unit("%")[1])
    text = flat(
        INTRO,
        "Table 4 Emission pathways of the plan",
        "Year",
        "Reduction goal by 2035 (Gg CO2e)",
        "Projected emissions (Gg CO2e)",
        "With forestry",
        "Without forestry",
        "-15% own means",
        "-25% with support",
        "Existing measures",
        "Additional measures",
        "Existing measures",
        "Additional measures",
        "2030",
        "41,200",
        "35,800",
        "44,900",
        "43,100",
        "52,900",
        "51,100",
        "2035",
        "40,100",
        "34,700",
        "47,300",
        "44,600",
        "55,300",
        "52,600",
    )
    got = {(r["value"], r["unit"]): r for r in rows(text)}
    assert not any(unit == "%" for _, unit in got)  # the "-15%" and "-25%" cells name the columns' scenarios
    assert got[("34.7", "Mt CO2e")]["year"] == "2035"
    assert got[("52.6", "Mt CO2e")]["year"] == "2035"


def test_a_unitless_table_whose_figures_the_paragraph_above_writes_with_a_unit_reads_them_in_it() -> None:
    # the totals "-61.204" and "-66.870" are stated in Mt CO2e just above: the table's figures are in that unit
    text = flat(
        "Ruritania's inventory covers 1990 to 2017. The reference scenario projects a net sink of -66.870 Mt CO2 e "
        "in 2030 against -61.204 Mt CO2 e in the base year 2012.",
        "Table 3. Base year and reference emissions",
        "Sector",
        "Base year",
        "2012",
        "Reference",
        "2030",
        "Energy",
        "3.418",
        "5.902",
        "Land",
        "-64.622",
        "-72.772",
        "Total",
        "-61.204",
        "-66.870",
    )
    found = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("3.418", "Mt CO2e", "2012"), ("-64.622", "Mt CO2e", "2012")} <= found
    # figures written per person above are intensities, no unit of the table's cells
    text = flat(
        "In the reference case in 2031, emissions remain about 2.05 tCO2eq/capita or 0.47 tCO2-eq/US$.",
        "Table 2 Indicators under two scenarios",
        "Indicators",
        "2011",
        "2031",
        "Per capita",
        "1.35",
        "2.05",
        "Per US$",
        "0.62",
        "0.47",
    )
    assert not any(r["unit"].startswith("Mt") for r in rows(text))


def test_a_change_column_from_a_year_to_a_named_column_reaches_that_columns_year() -> None:
    # "% change 2006-Planned": from 2006 (its base) to the year of the "Planned 2031" column
    text = flat(
        "Ruritania presents its ambitions for 2031 compared to the reference year 2006 (GgCO2eq).",
        "Table 5 Ambitions for 2031 (GgCO2eq)",
        "Sector",
        "2006",
        "Planned 2031",
        "% change 2006-Planned",
        "Energy",
        "2,417",
        "2,390",
        "-1.1%",
        "Waste",
        "512",
        "301",
        "-41.2%",
    )
    got = {(r["value"], r["unit"], r["year"], r["base_year"]) for r in rows(text) if r["unit"] == "%"}
    assert got == {("-1.1", "%", "2031", "2006"), ("-41.2", "%", "2031", "2006")}


def test_a_change_against_bau_column_measures_the_scenario_column_before_it() -> None:
    # "Unconditional (2035) | Change vs BAU | Conditional (2035) | Change vs BAU": each change column is the cut of the
    # scenario right before it, in its year and under its condition, against BAU; the cells write their own "%"
    header = [
        "Sector",
        "Inventory (2019) (MtCO2e)",
        "Reference scenario (2035) (MtCO2e)",
        "Unconditional scenario (2035) (MtCO2e)",
        "Change vs BAU",
        "Conditional scenario (2035) (MtCO2e)",
        "Change vs BAU",
    ]
    scope = table_scope("Table 4: Emissions by scenario", header, 6)
    assert scope is not None
    cols = [(c.year, c.kind, c.condition, c.baseline) for c in scope.columns]
    assert cols[3] == (2035, "target", "unconditional", "bau")
    assert cols[5] == (2035, "target", "conditional", "bau")
    text = flat(INTRO, "Table 4: Emissions by scenario", *header, "Energy", "7", "19", "17", "-11%", "15", "-21%",
                "Waste", "2", "4", "3.6", "-10%", "3.2", "-20%")  # fmt: skip
    got = {(r["value"], r["condition"]): r for r in rows(text) if r["unit"] == "%"}
    assert set(got) == {("11", "unconditional"), ("21", "conditional"), ("10", "unconditional"), ("20", "conditional")}
    assert {(r["year"], r["kind"], r["baseline"]) for r in got.values()} == {("2035", "target", "bau")}
    # (a column of absolute reductions in a table stated in Mt keeps no such yardstick: its unit is the table's)
    plain = table_scope("Table 5: Scenarios (MtCO2e)", ["Year", "BAU", "Unconditional", "Reduction from BAU"], 3)
    assert plain is not None and plain.columns[2].baseline == ""


def test_one_decimal_comma_figure_the_paragraph_quotes_gives_an_emissions_table_its_unit() -> None:
    # "the remainder (52,4 MteCO2)" over "Conditional | 4,1 | 11,6 | 52,4": the table's own figure, with its unit; a
    # column of growth rates beside the amounts keeps its percent
    text = "\n\n".join([
        "Ruritania submitted this update in 2021.",
        "Table 5 presents the reductions, cumulative 2021-2030 and by 2025 and 2030. The unconditional part would "
        "amount to almost 41 MteCO2; the remainder (52,4 MteCO2) would come from conditional actions.",
        "Table 5: Conditional and unconditional GHG emission reductions",
        "2025", "2030", "Cumulative 2021-2030",
        "Unconditional", "3,2", "9,5", "41,2",
        "Conditional", "4,1", "11,6", "52,4",
        "Total", "7,3", "21,1", "93,6",
    ])  # fmt: skip
    found = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("3.2", "Mt CO2e", "2025"), ("11.6", "Mt CO2e", "2030")} <= found


def test_a_column_of_percents_keeps_its_unit_when_the_paragraph_names_the_amounts_unit() -> None:
    text = "\n\n".join([
        "Ruritania submitted this update in 2024.",
        "The energy sector rose from 1,512.3 Gg CO2e in 2018 to 1,744.8 Gg CO2e in 2022, and waste from 12,204.6 Gg "
        "CO2e to 13,951.2 Gg CO2e over the same period.",
        "Table 1: Sectoral Contribution to National GHG Emissions (2022)",
        "SECTORS", "2018 CO2e", "2022 CO2e", "Average annual growth rate",
        "ENERGY", "1,512.3", "1,744.8", "4%",
        "WASTE", "12,204.6", "13,951.2", "3%",
        "IPPU", "95.112", "121.407", "6%",
    ])  # fmt: skip
    found = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert ("1.7448", "Mt CO2e", "2022") in found
    assert {("4", "%", "2022"), ("6", "%", "2022")} <= found


GAS_COLUMNS_TABLE = flat(
    "Ruritania's forests will take up ~512Gg CO2e each year, a removal of -5,120Gg CO2e by 2035.",
    "Table 3: Gases of the national inventory",
    "Year",
    "CO2",
    "CH4",
    "N2O",
    "2012",
    "88.40",
    "2.61",
    "0.044",
    "2013",
    "91.25",
    "2.70",
    "0.047",
)


def test_the_gas_columns_of_a_table_without_a_unit_read_the_paragraphs_mass_in_their_own_gas() -> None:
    # the paragraph writes its masses in Gg: the CO2 column's in CO2e, each other gas's in tonnes of that gas
    found = {(r["value"], r["unit"], r["year"]) for r in rows(GAS_COLUMNS_TABLE)}
    assert {("0.0884", "Mt CO2e", "2012"), ("0.00261", "Mt CH4", "2012"), ("0.000047", "Mt N2O", "2013")} <= found
