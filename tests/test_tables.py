"""Tables, flattened one cell per line or tab-separated: the header scopes each cell (tables written for the tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract import grid
from extract.cells import is_caption
from extract.cellunits import cell_unit, label_unit
from extract.extractor import extract_document
from extract.grid import find_grids
from extract.header import table_scope
from extract.model import Document
from extract.segment import segment
from tests.test_extractor import NoCatalogue, rows
from tests.test_years import observations_of


def flat(*cells: str, sep: str = "\n\n") -> str:
    return sep.join(cells)


def keyed(text: str) -> dict[tuple[str, str], dict[str, str]]:
    return {(r["value"], r["unit"]): r for r in rows(text)}


INTRO = "Ghana has prepared its plan with all ministries."

# ------------------------------------------------------------------ flattened grids

BASE_YEAR_TABLE = flat(
    INTRO,
    "Table 4: Emissions by sector in the base year (2016)",
    "Sector",
    "Emissions 2016",
    "(Gg CO2e)",
    "Share (%)",
    "Energy",
    "Electricity",
    "7,410",
    "31.5",
    "Road transport",
    "5,020",
    "21.4",
    "Total",
    "23,510",
    "The inventory was compiled with national statistics and reviewed by experts.",
)


def test_flattened_table_scopes_cells_with_caption_year_and_column_units() -> None:
    got = keyed(BASE_YEAR_TABLE)
    assert got[("7.41", "Mt CO2e")]["year"] == "2016"
    assert got[("7.41", "Mt CO2e")]["kind"] == "actual"  # the base year is an observed year
    assert got[("21.4", "%")]["kind"] == "actual"
    assert got[("23.51", "Mt CO2e")]["year"] == "2016"  # a short "Total" row fills the first column


def test_flattened_grid_rows_groups_and_columns() -> None:
    text = BASE_YEAR_TABLE
    grids = list(find_grids(segment(text), text).values())
    assert len(grids) == 1
    grid = grids[0]
    assert grid.ncols == 2
    assert [r.labels[-1].text for r in grid.rows] == ["Electricity", "Road transport", "Total"]
    assert grid.rows[0].group == "Energy"
    assert len(grid.rows[2].values) == 1  # a short row: its empty cell was lost in flattening


SCENARIO_TABLE = flat(
    INTRO,
    "Table 7: Emission levels and reductions in 2035",
    "Sector",
    "Reference scenario 2035",
    "Unconditional",
    "Conditional",
    "MtCO2e",
    "%",
    "MtCO2e",
    "%",
    "MtCO2e",
    "%",
    "Energy",
    "44.2",
    "61.0",
    "39.8",
    "10.0",
    "35.1",
    "20.6",
    "Waste",
    "8.8",
    "12.1",
    "8.1",
    "8.0",
    "7.4",
    "15.9",
)


def test_reference_scenario_columns_are_left_out_and_conditions_kept() -> None:
    got = keyed(SCENARIO_TABLE)
    assert ("44.2", "Mt CO2e") not in got  # a reference projection: neither a target nor an actual
    assert ("61", "%") not in got
    assert got[("39.8", "Mt CO2e")]["kind"] == "target"
    assert got[("39.8", "Mt CO2e")]["year"] == "2035"
    assert got[("39.8", "Mt CO2e")]["condition"] == "unconditional"
    assert got[("20.6", "%")]["condition"] == "conditional"
    assert got[("15.9", "%")]["condition"] == "conditional"


def test_sub_columns_repeat_under_each_group() -> None:
    header = ["Sector", "BAU 2035", "Unconditional", "Conditional", "Mt", "%", "Mt", "Mt", "%", "Mt", "Mt", "%"]
    scope = table_scope("Table 2: scenarios", header, 8)
    assert scope is not None
    assert [c.kind for c in scope.columns] == ["bau", "bau", *["target"] * 6]
    assert [c.condition for c in scope.columns][2:] == ["unconditional"] * 3 + ["conditional"] * 3


YEAR_ROWS_TABLE = flat(
    INTRO,
    "Table 1. GHG inventory in 2016 and BAU projections to 2035",
    "Unit: thousand tCO2eq",
    "Year",
    "Energy",
    "Waste",
    "Total",
    "2016\n9,100\n-1,450\n7,650",
    "2025\n12,300\n2,100\n14,400",
    "2035\n16,800\n2,900\n19,700",
    "Figure 2. Emissions by sector",
)


def test_rows_labelled_by_years_take_their_kind_from_the_caption() -> None:
    got = keyed(YEAR_ROWS_TABLE)
    assert got[("9.1", "Mt CO2e")]["year"] == "2016"
    assert got[("9.1", "Mt CO2e")]["kind"] == "actual"  # the inventory year
    assert got[("-1.45", "Mt CO2e")]["value_raw"] == "-1,450"  # a minus sign in a cell is a sign
    assert ("12.3", "Mt CO2e") not in got  # BAU projections are not reported
    assert ("19.7", "Mt CO2e") not in got


UNDATED_TABLE = flat(
    "By 2035, Ghana will reduce its emissions by 12% below BAU with its own resources (see Table 5).",
    "Table 5. Reduction by sector",
    "Sector",
    "With domestic resources",
    "With international support",
    "Reduction (Mil. tonnes of CO2eq)",
    "Reduction (Mil. tonnes of CO2eq)",
    "Energy",
    "\n".join(["4.2", "9.8"]),
    "Forestry",
    "\n".join(["1.1", "3.3"]),
)


def test_undated_table_takes_the_year_of_the_text_that_introduces_it() -> None:
    got = keyed(UNDATED_TABLE)
    assert got[("4.2", "Mt CO2e")]["year"] == "2035"
    assert got[("4.2", "Mt CO2e")]["condition"] == "unconditional"
    assert got[("9.8", "Mt CO2e")]["condition"] == "conditional"
    assert got[("3.3", "Mt CO2e")]["kind"] == "target"


def test_short_lines_that_are_not_a_table_are_left_as_text() -> None:
    text = flat(
        INTRO,
        "Key figures",
        "Solar parks",
        "12",
        "Wind farms",
        "3",
        "45",
        "7",
        "Hydro stations",
        "The plan will be reviewed in five years.",
    )
    assert find_grids(segment(text), text) == {}


def test_header_cell_units() -> None:
    assert cell_unit("(Gg CO2e)") == ("Mt CO2e", cell_unit("(Gg CO2e)")[1])
    assert float(cell_unit("(Gg CO2e)")[1]) == 0.001
    assert cell_unit("Million Ton CO2e")[0] == "Mt CO2e"
    assert float(cell_unit("Reduction amount (Mil. tonnes of CO2eq)")[1]) == 1
    assert cell_unit("In Percentage") == ("%", cell_unit("%")[1])
    assert cell_unit("Installed capacity (MW)")[0] == "GW"
    assert cell_unit("Sub-sector") is None
    # the dollar sign before "US", as francophone plans write it, and plurals of currency words
    assert cell_unit("Financing needs (in millions $US)") == cell_unit("(USD million)")
    assert cell_unit("Cost (dollars)") == cell_unit("Cost (USD)")


def test_short_row_cells_are_read_only_where_every_possible_column_agrees() -> None:
    text = flat(
        INTRO,
        "Table 9: Emission scenarios for 2035",
        "Sector",
        "BAU 2035",
        "Unconditional",
        "Conditional",
        "MtCO2e",
        "%",
        "MtCO2e",
        "%",
        "MtCO2e",
        "%",
        "Energy",
        "44.2",
        "61.0",
        "39.8",
        "10.0",
        "35.1",
        "20.6",
        "Waste",
        "8.8",
        "12.1",
        "8.1",
        "8.0",
        "7.4",
        "15.9",
        "Total",
        "153.0",
        "141.2",
        "130.6",
        "Land",
        "2.5",
        "3.4",
    )
    got = keyed(text)
    assert got[("141.2", "Mt CO2e")]["kind"] == "target"  # over 100: only a MtCO2e column, all targets
    assert got[("130.6", "Mt CO2e")]["kind"] == "target"
    assert ("153", "Mt CO2e") not in got  # could be the BAU column: left out
    assert ("2.5", "Mt CO2e") not in got and ("3.4", "%") not in got  # two cells, six columns: unknown


def test_year_header_row_percent_cells_row_conditions_and_caption_base_year() -> None:
    text = flat(
        INTRO,
        "Table 2: Emission reduction goals (compared to 2012 emissions)",
        "Goal",
        "2030",
        "2040",
        "2050",
        "Unconditional",
        "8.5%",
        "14.0%",
        "40.0%",
        "Conditional",
        "11.5%",
        "21.0%",
        "62.0%",
        "Table 3: Something else",
    )
    got = keyed(text)
    assert got[("14", "%")]["year"] == "2040"
    assert got[("14", "%")]["kind"] == "target"
    assert got[("14", "%")]["condition"] == "unconditional"
    assert got[("62", "%")]["condition"] == "conditional"
    assert got[("62", "%")]["base_year"] == "2012"


def test_reference_case_row_is_left_out() -> None:
    text = flat(
        INTRO,
        "Table 6.1 Emissions by scenario (MtCO2e)",
        "Scenario",
        "2015",
        "2025",
        "2035",
        "Reference case (BAU)",
        "4.1",
        "6.2",
        "8.8",
        "Mitigation scenario",
        "4.1",
        "5.0",
        "6.1",
        "Figure 6. Emissions by scenario",
    )
    got = keyed(text)
    assert ("8.8", "Mt CO2e") not in got and ("6.2", "Mt CO2e") not in got
    assert got[("6.1", "Mt CO2e")]["year"] == "2035"
    assert got[("6.1", "Mt CO2e")]["kind"] == "target"


def test_numbered_rows_are_not_values() -> None:
    text = flat(
        INTRO,
        "Table 8: Finance required (USD) by 2035",
        "Item",
        "Source",
        "Solar mini-grids",
        "1",
        "Coastal defences",
        "2",
        "Early warning",
        "3",
    )
    assert rows(text) == []


def test_money_and_lookalike_header_units() -> None:
    assert cell_unit("Total costs by 2035 (MUSD)") == ("USD billion", cell_unit("USD million")[1])
    assert float(cell_unit("Cost (US$ M)")[1]) == 0.001
    assert cell_unit("Million US $") == ("USD billion", cell_unit("USD million")[1])  # "US $": one currency, spaced
    assert cell_unit("GWP") is None
    assert cell_unit("SDG") is None
    assert cell_unit("ktCO 2 e reduction")[0] == "Mt CO2e"


def test_price_years_projections_and_misfit_headers() -> None:
    from extract.header import _cell_years, _cue_kind

    assert _cell_years("Amount in millions USD 2018") == []  # the year of the prices
    assert _cell_years("Costs by 2035") == [2035]
    assert _cue_kind("Projected emissions")[0] == "bau"
    assert _cue_kind("Projected emissions under the mitigation scenario")[0] == "target"
    assert _cue_kind("Emission reduction under the NDC scenario in 2030")[0] == "target"
    assert float(cell_unit("Budget (MMK million)")[1]) == 0.001
    # the header names tonnes, then %, but the rows put the percentages first: the mapping is wrong, read nothing
    text = flat(
        INTRO,
        "Table 3: Reductions in 2035",
        "Sector",
        "Reduction (Gg CO2e)",
        "Share (%)",
        "Energy",
        "12.5%",
        "1,450",
        "Waste",
        "3.5%",
        "406",
    )
    assert rows(text) == []


def test_year_keyed_text_table_dates_its_sentences() -> None:
    text = flat(
        INTRO,
        "Table 4 - Ghana's emission goals",
        "Year",
        "Goal",
        "Period",
        "2028",
        "Ghana's annual emissions will not exceed 61 Mt CO2-eq.",
        "2024-2028",
        "2033",
        "Ghana's annual emissions will not exceed 55 Mt CO2-eq.",
        "2029-2033",
    )
    got = keyed(text)
    assert got[("61", "Mt CO2e")]["year"] == "2028"
    assert got[("55", "Mt CO2e")]["year"] == "2033"
    assert got[("55", "Mt CO2e")]["kind"] == "target"
    assert got[("61", "Mt CO2e")]["quote"].startswith("2028 ")  # the row, from its year cell, is the quote


# ------------------------------------------------------------------ tab-separated tables (HTML and Word readers)

TAB_TABLE = "\n".join(
    [
        INTRO,
        "",
        "Table 5: Emission levels in 2035",
        "",
        "Sector\tReference scenario 2035\tUnconditional\tConditional",
        "\tMtCO2e\tMtCO2e\tMtCO2e",
        "Energy\tPower\t30.2\t27.5\t22.1",
        "Transport\t14.0\t13.1\t",
        "Total\t\t44.2\t40.6\t35.9",
        "",
        "These levels were modelled by the national institute.",
    ]
)


def test_tab_table_rows_scope_their_values_by_header_and_keep_empty_cells() -> None:
    got = keyed(TAB_TABLE)
    assert ("30.2", "Mt CO2e") not in got and ("44.2", "Mt CO2e") not in got  # reference scenario
    assert got[("27.5", "Mt CO2e")]["condition"] == "unconditional"
    assert got[("27.5", "Mt CO2e")]["year"] == "2035"
    assert got[("13.1", "Mt CO2e")]["kind"] == "target"  # a row missing its first cell (spanned from above)
    assert got[("35.9", "Mt CO2e")]["condition"] == "conditional"


def test_tab_text_table_under_a_deadline_header() -> None:
    text = "\n".join(
        [
            INTRO,
            "",
            "Sector\tMeasures\tActions by 2032",
            "Energy\tGrid upgrades\tInstall 450 MW of rooftop solar",
            "Waste\tComposting\tTreat 60% of urban organic waste",
            "",
            "The measures will be reviewed.",
        ]
    )
    got = keyed(text)
    assert got[("0.45", "GW")]["year"] == "2032"
    assert got[("0.45", "GW")]["kind"] == "target"
    assert got[("60", "%")]["year"] == "2032"


def test_note_under_a_one_year_table_takes_its_year() -> None:
    text = SCENARIO_TABLE + "\n\nNote: the first NDC (2016) proposed a 3.5 MtCO2e reduction in the energy sector\n"
    got = keyed(text)
    assert got[("3.5", "Mt CO2e")]["year"] == "2035"
    assert got[("3.5", "Mt CO2e")]["kind"] == "target"


def test_year_cells_among_header_cells_and_baseline_columns() -> None:
    text = flat(
        INTRO,
        "Table 11: Air pollutant emissions (kt)",
        "Pollutant",
        "2016",
        "2035 baseline",
        "2035 with measures",
        "NOx",
        "41.5",
        "66.0",
        "52.2",
        "SO2",
        "12.1",
        "20.4",
        "15.0",
        "PM2.5",
        "8.8",
        "9.9",
        "7.0",
    )
    got = keyed(text)
    assert got[("0.0415", "Mt")]["year"] == "2016"
    assert ("0.066", "Mt") not in got  # the baseline projection
    assert got[("0.0522", "Mt")]["year"] == "2035"
    assert got[("0.0522", "Mt")]["kind"] == "target"


def test_target_caption_over_year_columns_and_thousand_tonne_headers() -> None:
    assert float(cell_unit("Target indicators, 1000 tons of CO2 eq.")[1]) == 0.001
    text = flat(
        "The 2016 base year inventory was revised in 2028, when emissions had reached 12 Mt CO2e.",
        "Table 6: Sector targets",
        "Measure",
        "Target, '000 tCO2e",
        "2026",
        "2031",
        "Efficient lighting",
        "120",
        "260",
        "Methane capture",
        "310",
        "540",
    )
    got = keyed(text)
    assert got[("0.26", "Mt CO2e")]["year"] == "2031"
    assert got[("0.12", "Mt CO2e")]["kind"] == "target"


def test_short_row_placed_by_percent_signs() -> None:
    text = flat(
        INTRO,
        "Table 10: Reductions by 2035",
        "Sector",
        "Unconditional",
        "Conditional",
        "MtCO2e",
        "Share",
        "MtCO2e",
        "Share",
        "Energy",
        "3.1",
        "40%",
        "5.2",
        "35%",
        "Waste",
        "1.2",
        "16%",
        "2.9",
        "19%",
        "Forestry",
        "4%",
        "0.7",
        "5%",
    )
    got = keyed(text)
    assert got[("4", "%")]["condition"] == "unconditional"  # "4%" can only be the first share column
    assert got[("0.7", "Mt CO2e")]["condition"] == "conditional"


def test_tab_table_keyed_by_year_dates_each_row() -> None:
    text = "\n".join(
        [
            INTRO,
            "",
            "Year\tTarget\tPeriod",
            "2028\tGhana's annual emissions will not exceed 61 Mt CO2-eq.\t2024-2028",
            "2033\tGhana's annual emissions will not exceed 55 Mt CO2-eq.\t2029-2033",
            "",
            "The targets will be reviewed.",
        ]
    )
    got = keyed(text)
    assert got[("61", "Mt CO2e")]["year"] == "2028"
    assert got[("55", "Mt CO2e")]["year"] == "2033"
    assert got[("55", "Mt CO2e")]["kind"] == "target"


def test_cells_with_their_own_unit_or_qualifier() -> None:
    text = flat(
        INTRO,
        "Table 12: Renewable capacity goals",
        "Technology",
        "2030",
        "2035",
        "Solar PV",
        "1,200 MW",
        "around 2.5 GW",
        "Wind",
        "300 MW",
        "900 MW",
        "Installations",
        "2 to 4 sites",
        "6 sites",
    )
    got = keyed(text)
    assert got[("1.2", "GW")]["year"] == "2030"
    assert got[("2.5", "GW")]["year"] == "2035"
    assert got[("2.5", "GW")]["qualifier"] == "~"
    assert got[("0.9", "GW")]["kind"] == "target"
    grid = next(iter(find_grids(segment(text), text).values()))
    assert [r.labels[-1].text for r in grid.rows][:2] == ["Solar PV", "Wind"]


def test_long_yearly_series_without_a_plan_is_not_read_as_goals() -> None:
    years = list(range(2015, 2045, 5))
    cells = [
        INTRO + " In 2019 emissions reached 9 Mt CO2e.",
        "Table 8: Emission paths (MtCO2e)",
        "Year",
        "Base year",
        "Low",
    ]
    for k, y in enumerate(years):
        cells += [f"{y}\n{10 + k}.5\n{9 + k}.1"]
    got = keyed(flat(*cells))
    assert got[("10.5", "Mt CO2e")]["kind"] == "actual"  # 2015, before the document's present
    assert ("15.5", "Mt CO2e") not in got  # 2040: a modelled path, neither a goal nor a fact
    assert ("14.1", "Mt CO2e") not in got


def test_row_label_unit_beats_the_caption_unit() -> None:
    text = flat(
        INTRO,
        "Table 13: Energy goals (GWh unless stated)",
        "Indicator",
        "2030",
        "2035",
        "Renewable generation",
        "2,400",
        "3,100",
        "Installed solar capacity (MW)",
        "450",
        "800",
    )
    got = keyed(text)
    assert got[("2.4", "TWh")]["year"] == "2030"
    assert got[("0.8", "GW")]["year"] == "2035"


def test_flattened_text_table_under_a_deadline_header() -> None:
    text = flat(
        "Ghana aims at net zero by 2060. The long-term strategy to 2060 sets the path to 2060.",
        "Table 9: Planned mitigation actions",
        "Sector",
        "Description",
        "Actions by 2032",
        "Energy",
        "Solar",
        "Rooftop solar programme of 450 MW",
        "Forestry",
        "Restore degraded land – 35,000 ha",
        "Raise tree cover from 18.5% (2017) to 21%.",
        "Waste",
        "Landfill gas capture in 2 cities",
        "The programme will be financed by the national budget and development partners. It starts next year.",
    )
    got = keyed(text)
    assert got[("0.45", "GW")]["year"] == "2032"
    assert got[("0.035", "Mha")]["year"] == "2032"
    assert got[("21", "%")]["year"] == "2032"
    assert got[("18.5", "%")]["year"] == "2017"


def test_projection_or_status_header_is_not_a_deadline_table() -> None:
    from extract.grid import DeadlineTable

    text = flat(
        "Ghana aims at net zero by 2060.",
        "Table 3: Projected losses without adaptation",
        "Category",
        "Projected loss by 2045 (USD)",
        "Crop losses",
        "1.2 billion",
        "The figures come from a national study that used several climate models and damage functions.",
    )
    assert not any(isinstance(g, DeadlineTable) for g in find_grids(segment(text), text).values())


def test_a_base_year_in_a_column_header_is_not_its_year() -> None:
    text = flat(
        INTRO,
        "Table 14: Sector targets for 2035",
        "Sector",
        "Emissions 2035 (MtCO2e)",
        "Reduction vs 2010 (%)",
        "Energy",
        "12.4",
        "35",
        "Transport",
        "6.1",
        "22",
    )
    got = keyed(text)
    assert got[("35", "%")]["year"] == "2035"
    assert got[("35", "%")]["base_year"] == "2010"
    assert got[("6.1", "Mt CO2e")]["base_year"] == ""


def test_number_cells_with_space_thousands_and_decimal_commas() -> None:
    text = flat(
        INTRO,
        "Table 15: Emissions in the base year 2016 (Gg CO2e)",
        "Sector",
        "Emissions",
        "Share (%)",
        "Energy",
        "12 345",
        "61,5",
        "Waste",
        "1 020,4",
        "5,1",
        "Agriculture",
        "6 700",
        "33,4",
    )
    got = keyed(text)
    assert got[("12.345", "Mt CO2e")]["year"] == "2016"
    assert got[("61.5", "%")]["kind"] == "actual"
    assert ("1.0204", "Mt CO2e") in got


def test_per_capita_headers_give_no_unit() -> None:
    assert cell_unit("Emissions per capita (tCO2e)") is None
    assert cell_unit("t CO2e/capita") is None


def test_a_tab_table_headed_by_years_is_read_by_its_year_columns() -> None:
    text = "The plan was adopted in 2021.\n\nIndicator\t2019\t2032\nInstalled wind capacity (MW)\t140\t520\n"
    got = [(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)]
    assert got == [("0.14", "GW", "2019", "actual"), ("0.52", "GW", "2032", "target")]


def test_a_table_row_about_the_country_profile_is_not_emitted() -> None:
    text = (
        "The plan was adopted in 2021.\n\nIndicator\t2019\t2032\nReal GDP growth (%)\t4.5\t6.5\n"
        "Renewable share of electricity (%)\t12\t40\n"
    )
    assert [r["value"] for r in rows(text)] == ["12", "40"]


# ------------------------------------------------------------------ row labels that carry the year

INVENTORY_COMPARISON = flat(
    "The inventory was recalculated and published in 2024.",
    "Table 2 | Targets of the previous NDC under two inventories (Mt CO2e)",
    "First BUR inventory (Mt CO2e)",
    "Second BUR inventory (Mt CO2e)",
    "2015 emissions",
    "88",
    "131",
    "2030 projection",
    "150",
    "214",
    "2030 emissions (unconditional)",
    "120",
    "171",
    "2030 emissions (conditional)",
    "95",
    "136",
    "The inventory update added new data for the waste sector and was reviewed by experts.",
)


def test_a_caption_may_end_its_number_with_a_bar() -> None:
    blocks = segment(INVENTORY_COMPARISON)
    grids = find_grids(blocks, INVENTORY_COMPARISON)
    assert any(g.caption.startswith("Table 2 |") for g in grids.values())


def test_a_row_label_naming_one_year_dates_its_row() -> None:
    found = {(r["value"], r["year"], r["kind"], r["condition"]) for r in rows(INVENTORY_COMPARISON)}
    assert {("88", "2015", "actual", ""), ("131", "2015", "actual", "")} <= found
    # the row names a goal, so its future values are targets although the columns name inventories
    assert {("120", "2030", "target", "unconditional"), ("136", "2030", "target", "conditional")} <= found
    assert not any(v in ("150", "214") for v, *_ in found)  # a projection row stays out


def test_a_row_label_naming_one_year_dates_its_row_in_a_tab_table() -> None:
    text = "\n".join(
        [
            "The inventory was recalculated and published in 2024.\n",
            "Table 2 | Targets of the previous NDC under two inventories (Mt CO2e)\n",
            "\tFirst BUR inventory (Mt CO2e)\tSecond BUR inventory (Mt CO2e)",
            "2015 emissions\t88\t131",
            "2030 projection\t150\t214",
            "2030 emissions (unconditional)\t120\t171",
            "2030 emissions (conditional)\t95\t136\n",
            "The inventory update added new data for the waste sector and was reviewed by experts.",
        ]
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("88", "2015", "actual"), ("120", "2030", "target"), ("136", "2030", "target")} <= found
    assert not any(v in ("150", "214") for v, *_ in found)


@pytest.mark.parametrize(
    "line",
    [
        "Ruritania will plant trees on 40 hectares of degraded land.",
        "Ruritania will plant trees on 40 hectares",
        "One two three four five six seven.",
        "One two three four five six seven eight!",
        "One\ttwo  three\u00a0four five six seven eight?",
        "Sector",
        "Energy (MtCO2e) 2030 target under the conditional scenario",
    ],
)
def test_sentence_line_test_agrees_with_the_regex(line: str) -> None:
    """A stripped line reads as a sentence exactly when the old regex says so."""
    assert grid._reads_as_sentence(line) == bool(grid._SENTENCE_RE.search(line))


def test_row_label_headings_naming_both_paths_and_a_unit_column_scope_no_value_column() -> None:
    """ "Scenarios: Baseline and Mitigation | Unit | 2025 | 2030" heads the row labels, not the year columns; a unit
    cell under "Unit" gives its row's unit; a sign in a row of reductions (or of a change from BAU) is the
    direction the row names, not a negative amount."""
    text = flat(
        INTRO,
        "Table 2: Mitigation commitments of Ruritania",
        "Scenarios: Baseline and Mitigation",
        "Unit",
        "2025",
        "2030",
        "Target 2035",
        "Without Measures",
        "Reference BAU Baseline",
        "ktCO2e/yr",
        "810.2",
        "905.5",
        "1,020.4",
        "With Measures",
        "Reduced GHG emissions",
        "ktCO2e/yr",
        "-4.1",
        "-60.3",
        "-120.8",
        "Expected GHG emissions level",
        "ktCO2e/yr",
        "806.1",
        "845.2",
        "899.6",
        "Change from Reference BAU",
        "%",
        "-0.5%",
        "-7%",
        "-12%",
        "The measures are described in the sections that follow, sector by sector, with their costs.",
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("0.0603", "Mt CO2e", "2030", "target") in found  # -60.3 kt reduced: a reduction of 60.3 kt
    assert ("0.8452", "Mt CO2e", "2030", "target") in found
    assert ("12", "%", "2035", "target") in found
    assert not any(v in ("0.9055", "1.0204") for v, *_ in found)  # the BAU row stays out


def test_a_caption_that_never_closes_its_parenthesis_does_not_swallow_the_header() -> None:
    text = flat(
        INTRO,
        "In 2022, total emissions were 5.2 MtCO2e.",
        "Table 7: Projection of annual emissions (in MtCO2e) (source: first BUR, 2022",
        "Gas",
        "2016",
        "2018",
        "CH4",
        "2.41",
        "2.52",
        "N2O",
        "0.81",
        "0.86",
        "The projections will be reviewed in the next national communication of the country.",
    )
    found = {(r["value"], r["year"]) for r in rows(text)}
    assert {("2.41", "2016"), ("0.81", "2016")} <= found


def test_a_projection_table_reports_only_the_years_up_to_the_documents_data() -> None:
    """A 2025 plan projecting from its 2023 inventory: the 2023 row is recorded, 2024 on are modelled."""
    text = flat(
        "The inception forum was held in January 2025. The forum was held again in March 2025.",
        "The projections start from the latest year of the national inventory 1990–2023 (Table 6).",
        "Table 6. Projected emissions by sector (Mt CO2e)",
        "Year",
        "Energy",
        "Waste",
        "2023",
        "8.15",
        "0.71",
        "2024",
        "8.62",
        "0.74",
        "2030",
        "11.40",
        "0.93",
        "The projection assumes that the economy grows as the government expects it to grow.",
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "Mt CO2e"}
    assert found == {("8.15", "2023", "actual"), ("0.71", "2023", "actual")}


def test_a_projection_column_of_the_year_of_the_files_name_is_modelled() -> None:
    """A plan that reports no year as past speaks from the year of its file's name ("rr_ndc_2024"), which is not over:
    its projection's column of that year is modelled, the earlier columns are recorded."""
    text = flat(
        "Table 2. Share of emissions per energy sub-sector in the BAU scenario",
        "SUB-SECTOR",
        "2014",
        "2021",
        "2024",
        "2030",
        "Electricity",
        "31%",
        "29%",
        "12%",
        "10%",
        "Transport",
        "54%",
        "55%",
        "70%",
        "72%",
        "Sub-sector shares follow the national energy balance of the ministry.",
    )
    doc = Document(doc="rr_ndc_2024", file="rr_ndc_2024.txt", text=text, sha256="0", bytes=len(text.encode()))
    found = {(o.value_raw, o.year, o.kind) for o in extract_document(doc, NoCatalogue()).observations}
    recorded = {("31%", 2014), ("29%", 2021), ("54%", 2014), ("55%", 2021)}
    assert found == {(value, year, "actual") for value, year in recorded}


def test_a_row_of_shares_under_a_column_of_amounts_holds_percentages() -> None:
    text = flat(
        INTRO,
        "In 2022, emissions were 41 MtCO2e.",
        "Table 3. Emission reductions achieved by sector in 2021",
        "Sector",
        "Reductions, kt CO2e",
        "Energy",
        "61.2",
        "Forestry",
        "940.5",
        "Total, % of 2021 net GHG emissions",
        "12.4",
        "The reductions were estimated by the ministry with the sectors, using the national inventory.",
    )
    found = {(r["value"], r["unit"]) for r in rows(text)}
    assert {("0.0612", "Mt CO2e"), ("0.9405", "Mt CO2e"), ("12.4", "%")} <= found


def test_a_row_label_stating_its_measures_amount_is_read_with_the_rows_year_and_kind() -> None:
    text = flat(
        INTRO,
        "Table 8: Mitigation measures to 2035",
        "Measure",
        "Emissions reduction (Mt CO2e)",
        "Cost (USD million)",
        "Afforestation - 420,500 ha",
        "2.184",
        "315",
        "Convert diesel buses to electric (1,250 buses)",
        "0.412",
        "96",
        "The measures are described in the annex, with their indicators and the ministries responsible.",
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.4205", "Mha", "2035", "target"), ("1250", "count", "2035", "target")} <= found
    assert ("2.184", "Mt CO2e", "2035", "target") in found


def test_a_row_description_as_long_as_a_sentence_stays_a_cell_of_its_table() -> None:
    text = flat(
        INTRO,
        "Table 4: Sectoral mitigation targets to 2030",
        "Sector",
        "Mitigation target",
        "Average abatement (ktCO2e/y)",
        "Forestry",
        "Reduced emissions from deforestation and degradation, sustainable management of production forests, buffer "
        "zones around the national parks, and enhancement of forest carbon stocks in all provinces.",
        "1,450",
        "Energy",
        "Introduction of 80,000 efficient cook stoves",
        "65",
        "Transport",
        "Electric buses in the capital",
        "30",
        "Agriculture",
        # the value on the line right after the long description, in the same block
        "Adjusted water management on 42,000 hectares of lowland rice, with alternate wetting and drying, in the "
        "provinces of the central plains and the river valleys of the south.\n112",
        "The targets are described in the sections that follow, with the ministries responsible for them.",
    )
    found = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("1.45", "Mt CO2e", "2030"), ("0.065", "Mt CO2e", "2030"), ("0.03", "Mt CO2e", "2030")} <= found
    assert ("0.112", "Mt CO2e", "2030") in found


def test_a_percentage_in_a_column_heading_is_a_parameter_and_a_rate_per_hectare_no_total() -> None:
    assert cell_unit("80% survival (ha)") == cell_unit("(ha)")
    assert cell_unit("At 60 percent load factor (GWh)") == cell_unit("(GWh)")
    assert cell_unit("Share of 2019 level (%)") == cell_unit("%")
    assert cell_unit("Removal factor (tCO2/ha/yr)") is None
    assert cell_unit("Uptake (t CO2 per hectare)") is None
    text = flat(
        INTRO,
        "Table 6. Conditional target for tree planting on cropland (2027-2029)",
        "Year",
        "Seedlings planted (ha)",
        "80% survival (ha)",
        "Removal factor (tCO2/ha/yr)",
        "Removals (ktCO2)",
        "2027",
        "4000",
        "3200",
        "6.5",
        "20.8",
        "2028",
        "4000",
        "3200",
        "6.5",
        "41.6",
        "2029",
        "4000",
        "3200",
        "6.5",
        "62.4",
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.0032", "Mha", "2028", "target"), ("0.0416", "Mt CO2", "2028", "target")} <= found
    assert not any(r["value"] == "6.5" for r in rows(text))


def test_a_caption_ending_with_a_full_stop_still_heads_its_table() -> None:
    assert cell_unit("Cost ($ USD million)") == cell_unit("(USD million)")
    text = flat(
        INTRO,
        "Table 7: Estimated cost of the mitigation targets of Ruritania.",
        "Target",
        "Cost ($ USD million)",
        "Unconditional 2030 (4% below BaU)",
        "840",
        "Conditional 2035 (11% below BaU)",
        "2,950",
        "The costs were modelled by the ministry of energy with the national model.",
    )
    found = {(r["value"], r["unit"], r["year"], r["condition"]) for r in rows(text)}
    assert {("0.84", "USD billion", "2030", "unconditional"), ("2.95", "USD billion", "2035", "conditional")} <= found


def test_a_year_column_dates_its_row_and_is_no_value() -> None:
    text = flat(
        "In 2023 the ministry published its review.",
        "Table 2: Projects of the low-carbon programme",
        "Project",
        "Year of implementation",
        "Reduction (tCO2e)",
        "Wind farm at the coast",
        "2016",
        "41,200",
        "Landfill gas capture",
        "2021",
        "18,500",
        "Ferry electrification",
        "2027",
        "9,900",
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [("0.0412", "2016", "actual"), ("0.0185", "2021", "actual"), ("0.0099", "2027", "target")]


def test_intensity_row_labels_state_no_total_and_a_subscript_line_goes_on_the_caption() -> None:
    for label in ("Emissions per capita (tCO2e/person)", "Carbon intensity (tCO2e/GDP)"):
        assert label_unit(label, 0, len(label)) is None
    assert cell_unit("Emissions (tCO2e/inhabitant)") is None
    text = flat(
        INTRO,
        "Table 5 - Evolution of population and CO",
        "₂e emissions (mitigation scenario)",
        "Year",
        "2020",
        "2030",
        "Emissions (kt CO2e)",
        "612,40",
        "580,10",
        "Emissions per capita (tCO2e/person)",
        "1,22",
        "1,05",
    )
    [grid] = find_grids(segment(text), text).values()
    assert grid.caption.endswith("CO ₂e emissions (mitigation scenario)") and len(grid.header) == 3
    # the per-person row is read in its own unit (its bracket names one per person), never as the table's totals
    assert {(r["value"], r["unit"]) for r in rows(text)} == {
        ("0.6124", "Mt CO2e"), ("0.5801", "Mt CO2e"), ("1.22", "t CO2e per capita"), ("1.05", "t CO2e per capita")
    }  # fmt: skip


def test_a_caption_naming_a_deadline_dates_a_table_of_target_texts() -> None:
    text = flat(
        "In 2022 the cabinet approved the targets below.",
        "Table 3: Targets to be achieved by 2031",
        "Area",
        "Target and actions",
        "Completion date",
        "Energy",
        "1. 75% renewable energy generation from local resources in the electricity sector",
        "2031",
        "Conditional",
        "2. 40 MW of rooftop solar on public buildings",
        "2031",
        "Conditional",
    )
    found = [(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [("75", "%", "2031", "target"), ("0.04", "GW", "2031", "target")]


def test_a_lead_in_line_above_a_table_is_text_and_a_backslash_na_is_an_empty_cell() -> None:
    """A one-line lead-in ending with a colon ("… are as follows:") stays text, so the header under it is read;
    "N\\A" is an empty cell like "N/A"; a header "Emissions (MtCO2e) in 2040" dates and units its column."""
    text = flat(
        "Ruritania submitted this plan in October 2024.",
        "The sectoral levels that follow from the economy-wide goal are set out as follows:",
        "Sector",
        "Emissions (MtCO2e) in 2018",
        "Emissions (MtCO2e) in 2030",
        "Emissions (MtCO2e) in 2040",
        "Power",
        "21.4",
        "14.2",
        "9.8",
        "Buildings",
        "3.1",
        "2.5",
        "1.9",
        "Other",
        "1.2",
        "N\\A",
        "N\\A",
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("21.4", "2018", "actual") in got
    assert ("9.8", "2040", "target") in got
    assert ("1.2", "2018", "actual") in got
    assert len(got) == 7  # "N\\A" holds no value
    assert all(r["unit"] == "Mt CO2e" for r in rows(text))


def test_a_colon_ending_line_of_eight_words_reads_as_a_sentence() -> None:
    assert grid._reads_as_sentence("The sectoral levels are given in full as follows:")
    assert not grid._reads_as_sentence("Emissions in 2030:")


def test_a_column_costing_the_plan_holds_goals_due_by_its_deadline_in_the_currency_it_names() -> None:
    """ "Estimated Budget (USD)" prices the plan's measures: each cell a goal, dated by the plan's deadline though
    the table names no year; a bare "$" under a header naming USD is the US dollar even in a dollar country; a
    footnote mark glued to a cell ("$31,500,0004") leaves the cell a value, not a header."""
    text = flat(
        "Grenada will cut its emissions by 40% by 2030. The measures below cost 61 million USD in all.",
        "Table 7: Indicative Financial Support Needed to Implement Mitigation Measures",
        "Mitigation Measure",
        "Estimated Budget (USD)",
        "12 MW of solar photovoltaic capacity on public buildings",
        "$31,500,0004",
        "A ferry powered by batteries between the two islands",
        "$24,000,000",
        "Charging stations for the public vehicle fleet",
        "$5,500,000",
    )
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text) if r["unit"].endswith("billion")}
    assert got >= {
        ("0.0315", "USD billion", "2030", "target"),
        ("0.024", "USD billion", "2030", "target"),
        ("0.0055", "USD billion", "2030", "target"),
    }


def test_a_cost_cell_printing_its_currency_sign_is_counted_in_the_columns_millions() -> None:
    """ "$412.60" under "Cost (US$ million)": the sign repeats the column's currency, and the digits are millions of
    it (read alone, "$412.60" would be four hundred dollars); a sign under a column of tonnes is no value of it."""
    text = flat(
        "Ruritania will cut its emissions by 30% by 2035.",
        "Table 3: Mitigation measures of the energy sector",
        "Measure",
        "Reduction by 2035 (kt CO2e)",
        "Cost (US$ million)",
        "Geothermal plant of 40 MW",
        "215",
        "$412.60",
        "Street lighting retrofit",
        "$18",
        "$9.75",
        "Efficient boilers in industry",
        "64",
        "$31.20",
    )
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {
        ("0.4126", "USD billion", "2035", "target"),
        ("0.00975", "USD billion", "2035", "target"),
        ("0.0312", "USD billion", "2035", "target"),
        ("0.215", "Mt CO2e", "2035", "target"),
    } <= got
    assert not any(r["value_raw"].endswith("18") for r in rows(text))  # "$18" in the column of tonnes


def test_a_cost_column_without_a_year_falls_due_in_the_one_year_of_the_measures_other_columns() -> None:
    """ "Reduction 2030 vs baseline (kt) | Estimated cost (Million USD)" in a table of measures: the costs are of
    reaching the reductions, due by their one year (2030), though their own header names none."""
    text = flat(
        "Ruritania reported its emissions for 2019 in 2022.",
        "Table 6: Summary of planned mitigation measures",
        "Measure",
        "Absolute reduction 2030 vs baseline (1000 tonnes)",
        "Estimated cost (Million USD)",
        "Wind farms of 120 MW",
        "310",
        "245.5",
        "Landfill gas capture",
        "95",
        "38.2",
        "Electric buses",
        "41",
        "120.9",
    )
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {
        ("0.2455", "USD billion", "2030", "target"),
        ("0.0382", "USD billion", "2030", "target"),
        ("0.1209", "USD billion", "2030", "target"),
    } <= got
    # a column of record beside the costs ("Emissions in 1990") dates no cost
    record = text.replace("Absolute reduction 2030 vs baseline (1000 tonnes)", "GHG emissions in 1990 (1000 tonnes)")
    assert not any(r["year"] == "1990" for r in rows(record) if r["unit"] == "USD billion")


def test_a_tab_table_whose_years_sit_under_one_spanning_header_cell() -> None:
    """ "Sector | Emissions (Gg CO2e)" over "2000 | 2010 | 2019": the stub cell spans both header rows, so the row of
    years has one cell fewer than the rows below and stands over their values; each value takes its column's year
    (not all one year, not the year one column to its left)."""
    text = "\n".join(
        [
            "Ruritania reported its inventory in 2022.",
            "",
            "Table 2. Emissions by sector",
            "",
            "Sector\tEmissions (Gg CO2e)",
            "2000\t2010\t2019",
            "Energy\t5120\t6480\t7015",
            "Waste\t310\t355\t402",
            "Total\t5430\t6835\t7417",
            "",
            "The inventory follows the IPCC guidelines.",
        ]
    )
    got = keyed(text)
    assert got[("5.12", "Mt CO2e")]["year"] == "2000"
    assert got[("6.48", "Mt CO2e")]["year"] == "2010"
    assert got[("0.402", "Mt CO2e")]["year"] == "2019"
    assert all(r["kind"] == "actual" for r in got.values())


def test_a_row_of_shares_under_columns_of_amounts_is_read_not_taken_for_a_misfit() -> None:
    """ "Split | 35% | 65%" under "(US$ million)" columns states shares of the amounts above: the table is still read,
    and the shares stay shares."""
    text = flat(
        "Ruritania will need US$ 2.4 billion for its plan by 2030.",
        "Table 5: Financing needs of the unconditional and conditional objectives for 2021-2030 (US$ million)",
        "Financing needs of unconditional goals",
        "Financing needs of conditional goals",
        "Power",
        "610",
        "1140",
        "Transport",
        "230",
        "420",
        "Total",
        "840",
        "1560",
        "Split",
        "35%",
        "65%",
    )
    got = keyed(text)
    assert got[("1.14", "USD billion")]["condition"] == "conditional"
    assert got[("0.84", "USD billion")]["year"] == "2030"
    assert got[("35", "%")]["condition"] == "unconditional" and got[("65", "%")]["kind"] == "target"


def test_a_change_column_after_year_columns_is_dated_by_the_last_and_based_on_the_first() -> None:
    # "1995 | 2015 | Progress (%) | Annual rate (%) | Projection 2030": the change since the first column's year,
    # reported in the last one's; a % change may pass 100 without the header being misread
    text = flat(
        INTRO,
        "Table 3: Emissions by sector in Gg CO2eq",
        "Sector",
        "2001",
        "2017",
        "Progress (%)",
        "Annual rate (%)",
        "Projection 2030",
        "Transport",
        "412.5",
        "1,230.8",
        "198",
        "7",
        "2,950.1",
        "Livestock",
        "8,110.4",
        "9,650.2",
        "19",
        "1",
        "12,004.6",
    )
    found = keyed(text)
    assert (found[("0.4125", "Mt CO2e")]["year"], found[("1.2308", "Mt CO2e")]["year"]) == ("2001", "2017")
    for value in ("198", "7", "19", "1"):
        row = found[(value, "%")]
        assert (row["year"], row["kind"], row["base_year"]) == ("2017", "actual", "2001"), value
    assert ("2.9501", "Mt CO2e") not in found  # a business-as-usual projection


SUB_COLUMN_TABLE = flat(
    "Ruritania's NDC was submitted in 2024.",
    "Table 5. GHG emissions in 2035 for all modelled scenarios; Units: Gg of CO2-e",
    "SECTOR",
    "BAU EMISSIONS 2035",
    "UNCONDITIONAL SCENARIO 2035",
    "CONDITIONAL SCENARIO 2035",
    "EMISSIONS",
    "EMISSION",
    "REDUCTION",
    "PERCENTUAL",
    "REDUCTION",
    "EMISSIONS",
    "EMISSION",
    "REDUCTION",
    "PERCENTUAL",
    "REDUCTION",
    "Power",
    *("512", "401", "-111", "-22%", "233", "-279", "-54%"),
    "Buildings",
    *("96", "90", "-6", "-6%", "71", "-25", "-26%"),
    "Shipping",
    *("240", "214", "-26", "-11%", "180", "-60", "-25%"),
    "The scenarios were modelled with the national energy model.",
)


def test_a_reference_column_then_scenarios_of_equal_width_head_their_sub_columns() -> None:
    got = keyed(SUB_COLUMN_TABLE)
    # the plan's scenarios are goals of 2035, with their condition; the BAU column is a projection, left out
    assert (got[("0.401", "Mt CO2e")]["kind"], got[("0.401", "Mt CO2e")]["condition"]) == ("target", "unconditional")
    assert (got[("0.233", "Mt CO2e")]["year"], got[("0.233", "Mt CO2e")]["condition"]) == ("2035", "conditional")
    assert ("0.512", "Mt CO2e") not in got
    # a column whose every cell writes "%" is a share among the caption's amounts
    assert got[("22", "%")]["condition"] == "unconditional" and got[("0.214", "Mt CO2e")]["year"] == "2035"


def test_signs_in_a_column_of_reductions_are_the_direction_its_header_names() -> None:
    got = keyed(SUB_COLUMN_TABLE)
    # "-111 | -22%" under "Emission reduction | Percentual reduction": reductions of 0.111 Mt and 22%
    assert got[("0.111", "Mt CO2e")]["condition"] == "unconditional"
    assert got[("54", "%")]["condition"] == "conditional"
    assert not [key for key in got if key[0].startswith("-")]


def test_a_column_of_negative_levels_without_reduction_words_keeps_its_sign() -> None:
    text = flat(
        "Ruritania's NDC was submitted in 2024.",
        "Table 6: Net removals by land category in 2019 (Gg CO2e)",
        "Category",
        "Net emissions 2019",
        "Forest land",
        "-1,204",
        "Grassland",
        "-310",
        "The inventory follows the 2006 IPCC Guidelines.",
    )
    assert ("-1.204", "Mt CO2e") in keyed(text)


def test_with_no_year_reported_as_past_a_projection_is_recorded_only_up_to_the_base_year() -> None:
    text = flat(
        "Emissions are projected to increase by 4% by 2025 and 7% by 2030 from the baseline 2016 (Table 5).",
        "Table 5: Projection of annual GHG emissions (in MtCO2e)",
        "Gas",
        "2016",
        "2019",
        "2025",
        "CH4",
        "2.71",
        "2.84",
        "3.02",
        "N2O",
        "0.66",
        "0.69",
        "0.74",
        "The projections follow the first biennial update report of the government.",
    )
    doc = Document(doc="rr_ndc_2021", file="rr_ndc_2021.txt", text=text, sha256="0", bytes=len(text.encode()))
    found = {(o.value_raw, o.year, o.kind) for o in extract_document(doc, NoCatalogue()).observations if o.unit != "%"}
    assert found == {("2.71", 2016, "actual"), ("0.66", 2016, "actual")}


def test_header_cells_name_every_value_column_and_take_their_bracketed_glosses() -> None:
    """A header with no corner cell ("Domestic resources | International support | Total need") holds one cell per
    value column, even where only one cell is a cue; a bracketed gloss on its own line belongs to the cell above."""
    text = flat(
        INTRO,
        "Table 7: Mitigation finance needs by sector by 2035 (million USD)",
        "Domestic resources",
        "(Unconditional part)",
        "International support",
        "Total need",
        "Energy",
        "4,210",
        "9,870",
        "14,080",
        "Waste",
        "310",
        "655",
        "965",
    )
    (table,) = find_grids(segment(text), text).values()
    assert [c.text for c in table.header] == [
        "Domestic resources (Unconditional part)",
        "International support",
        "Total need",
    ]
    assert [[c.text for c in r.labels] for r in table.rows] == [["Energy"], ["Waste"]]
    got = keyed(text)
    assert (got[("14.08", "USD billion")]["year"], got[("14.08", "USD billion")]["condition"]) == ("2035", "")
    assert got[("4.21", "USD billion")]["condition"] == "unconditional"
    assert got[("0.655", "USD billion")]["condition"] == "conditional"


def test_the_present_years_column_of_a_projection_is_modelled_not_recorded(tmp_path) -> None:
    """A 2025 plan's "BAU | Target" table over "2025 | 2030 | 2035": the BAU group is never reported, not even in the
    present year, which is not over (the text reports June 2025 as past, so 2025 is the present, not a guess)."""
    from extract.catalogue import load_catalogue
    from extract.pipeline import process_file

    cells = [
        "As of June 2025, over 410,000 off-grid solar systems had been installed countrywide.",
        "Table 3: Sectoral GHG emission projections", "Sector", "BAU (MtCO2e)", "Emission target (MtCO2e)",
        "2025", "2030", "2035", "2025", "2030", "2035",
        "Energy", "21.0", "27.7", "36.5", "16.7", "16.6", "15.7",
        "Waste", "7.1", "8.2", "9.4", "6.4", "6.4", "6.7",
        "The projections were made with the national energy model.",
    ]  # fmt: skip
    path = tmp_path / "ru_ndc_2025.txt"
    path.write_text("\n\n".join(cells))
    got = [(r["value"], r["year"], r["kind"]) for r in process_file(path, load_catalogue()).observations]
    assert [g for g in got if g[0] in ("21", "7.1")] == []
    assert ("16.7", "2025", "target") in got and ("6.7", "2035", "target") in got


def test_sub_headers_repeated_under_fiscal_years_head_the_grid_and_date_by_the_opening_year() -> None:
    """ "2022/23 (in Million KES)" and "2023/24 …" over "Mitigation | Adaptation" twice: the repeated sub-headers are
    header cells, not a first row's label; a fiscal year dates by the year it opens; "Mitigation" there is a
    category of spending, not the plan's scenario."""
    text = flat(
        INTRO,
        "Table 4: Government allocation of climate finance (FY2022/23 and FY2023/24)",
        "Ministry",
        "2022/23 (in Million KES)",
        "2023/24 (in Million KES)",
        "Mitigation",
        "Adaptation",
        "Mitigation",
        "Adaptation",
        "Energy and Petroleum",
        "310.5",
        "88.2",
        "402.7",
        "95.1",
        "Water and Sanitation",
        "12.4",
        "1,204.9",
        "15.0",
        "1,388.6",
    )
    (grid,) = find_grids(segment(text), text).values()
    assert [[c.text for c in r.labels] for r in grid.rows] == [["Energy and Petroleum"], ["Water and Sanitation"]]
    got = keyed(text)
    assert (got[("0.3105", "KES billion")]["year"], got[("0.3105", "KES billion")]["kind"]) == ("2022", "actual")
    assert (got[("1.3886", "KES billion")]["year"], got[("1.3886", "KES billion")]["kind"]) == ("2023", "actual")


def test_a_footnote_mark_in_brackets_leaves_a_cell_a_value() -> None:
    text = flat(
        INTRO,
        "Table 1: GHG emissions by sector (kt CO2e)",
        "Sector", "2012", "2016", "2020",
        "Energy", "538.1", "781.8", "850.0",
        "Waste", "22.7", "19.9", "56.22[3]",
    )  # fmt: skip
    got = keyed(text)
    assert got[("0.05622", "Mt CO2e")]["year"] == "2020" and got[("0.0227", "Mt CO2e")]["year"] == "2012"


def test_a_tab_table_titled_in_its_first_row_over_a_row_of_years_dates_each_column() -> None:
    """ "Absolute values (1995 - 1999)" alone in the first row, then "Gas | Unit / Year | 1995 | … | 1999": the years
    head the columns (the row reader takes it), and the unit cell of each row ("Gg") is its unit."""
    text = "\n".join(
        [
            INTRO,
            "",
            "Absolute values (1995 - 1999)\t\t\t\t",
            "Gas and activity\tUnit / Year\t1995\t1997\t1999",
            "CH4 dairy cattle\tGg\t211.4\t220.9\t198.3",
            "N2O dairy cattle\tGg\t7.12\t7.48\t6.95",
            "",
            "The values come from the national inventory.",
        ]
    )
    got = keyed(text)
    assert [got[(v, "Mt")]["year"] for v in ("0.2114", "0.2209", "0.1983")] == ["1995", "1997", "1999"]


def test_a_rows_own_unit_cell_and_spaced_thousands_commas() -> None:
    """ "Methane captured | Tonnes/year | 11, 498 | 5,006" under "Units | 2025 - 2028 | 2029": the unit cell is the
    row's unit, "11, 498" a number whose thousands comma a conversion spaced out."""
    text = flat(
        "The plan was adopted in 2024.",
        "Table 3: Landfill gas recovery",
        "Units", "2025 - 2028", "2029", "2030",
        "Methane captured", "Tonnes/year", "11, 498", "5,006", "5,869",
        "CO2 equivalent avoided", "Tonnes/year", "287, 436", "125,142", "146,717",
    )  # fmt: skip
    got = keyed(text)
    assert (got[("0.011498", "Mt")]["year"], got[("0.146717", "Mt")]["year"]) == ("2028", "2030")


def test_a_period_across_centuries_ends_in_its_own_year_and_a_stated_unit_heads_year_columns() -> None:
    """ "Change 1990–2017" ends in 2017 (not "1917"); "Table 5 shows emissions in megatonnes of CO2e" gives the year
    columns of an emissions table their unit, where its figures alone (here Mt CO2 of removals) would not."""
    from extract.header import _cell_years

    assert _cell_years("Change 1990–2017, %") == [2017] and _cell_years("2021-30") == [2030]
    text = flat(
        "Removals reached 4.1 Mt CO2 in 2021. Table 5 shows emissions in megatonnes of CO2e by sector.",
        "Table 5: GHG emissions by sector in 1995 and 2021",
        "Sector", "1995", "2021",
        "Energy", "12.40", "9.85",
        "Waste", "0.62", "0.91",
    )  # fmt: skip
    got = keyed(text)
    assert got[("12.4", "Mt CO2e")]["year"] == "1995" and got[("0.91", "Mt CO2e")]["year"] == "2021"


# A table printed the continental way (decimal commas), as translated plans keep it: every number of its rows,
# in the label too, reads its points as thousands, and a qualified share "<0,1%" is a value cell.
CONTINENTAL_TABLE = flat(
    "Guinea-Bissau will reach its goals by 2035 with its partners.",
    "Table 6 - Mitigation measures to 2035",
    "Measure",
    "ktCO2e reduction potential",
    "% of the objective",
    "Cost (Million USD)",
    "Wind farms on the coast - 1.250MW",
    "4.210",
    "12%",
    "2.940",
    "Electric taxis - 300 taxis",
    "0,06",
    "<0,1%",
    "3,4",
    "Mangrove restoration - 12.500 ha",
    "1.015",
    "3%",
    "88",
    "The measures were costed with the ministries.",
)


def test_a_continental_table_reads_thousands_points_in_its_labels_and_qualified_decimal_comma_cells() -> None:
    got = keyed(CONTINENTAL_TABLE)
    assert ("1.25", "GW") in got and ("0.0125", "Mha") in got  # "1.250MW", "12.500 ha": thousands, not decimals
    assert ("4.21", "Mt CO2e") in got and ("2.94", "USD billion") in got
    # "<0,1%" is a cell: the row keeps its three columns, so 0,06 kt and 3,4 million USD are read
    assert ("0.00006", "Mt CO2e") in got and ("0.0034", "USD billion") in got
    assert got[("0.1", "%")]["qualifier"] == "<"
    # the same label outside a continental table keeps the English reading
    assert ("0.00125", "GW") in keyed("Wind farms on the coast will reach 1.250MW by 2035.")


def test_change_columns_over_a_span_take_its_start_as_base_year() -> None:
    text = flat(
        INTRO,
        "Table 3: Emissions by gas in 1995, 2010 and 2021 (Mt CO2e)",
        "Gas",
        "1995",
        "2010",
        "2021",
        "Variation 1995–2021, Mt CO2e",
        "Variation (1995–2021), %",
        "Methane",
        "8.40",
        "7.10",
        "6.30",
        "-2.10",
        "-25.0",
        "Nitrous oxide",
        "3.20",
        "2.90",
        "3.60",
        "0.40",
        "12.5",
        "The inventory was compiled with national statistics and reviewed by experts.",
    )
    got = keyed(text)
    assert got[("7.1", "Mt CO2e")]["year"] == "2010"
    assert got[("7.1", "Mt CO2e")]["base_year"] == ""  # a level, no change
    assert (got[("-2.1", "Mt CO2e")]["year"], got[("-2.1", "Mt CO2e")]["base_year"]) == ("2021", "1995")
    assert (got[("-25", "%")]["year"], got[("-25", "%")]["base_year"]) == ("2021", "1995")
    assert got[("12.5", "%")]["kind"] == "actual"


def test_change_span_reads_change_columns_only() -> None:
    from extract.headeryears import change_span

    assert change_span("Change (1990–2017), %") == (1990, 2017)
    assert change_span("Increase 2005-2019 in Gg CO2e") == (2005, 2019)
    assert change_span("Emission reduction 2021-2030 (Mt)") is None  # cumulative over the plan's period
    assert change_span("Change 2023/24") is None  # a fiscal year, no span
    assert change_span("Climate Change Strategy 2022-2035") is None  # a plan's name
    assert change_span("Growth in net removals (2000–2020)") == (2000, 2020)


def test_a_source_line_between_caption_and_header_keeps_the_caption() -> None:
    text = flat(
        INTRO,
        "Table 6: Summary of emissions for the year 2019",
        "Source: national inventory report, updated for the first transparency report, 2024",
        "Sector",
        "CO2 equivalent emissions (Gg)",
        "CO2",
        "CH4",
        "N2O",
        "Energy",
        "5120.40",
        "310.20",
        "95.10",
        "Waste",
        "40.80",
        "2210.50",
        "120.30",
        "Agriculture",
        "12.10",
        "4310.70",
        "2190.00",
        "The inventory was compiled with national statistics and reviewed by experts.",
    )
    got = keyed(text)
    assert (got[("5.1204", "Mt CO2e")]["year"], got[("5.1204", "Mt CO2e")]["kind"]) == ("2019", "actual")
    assert got[("2.2105", "Mt CO2e")]["year"] == "2019"
    assert got[("2.19", "Mt CO2e")]["quote"].startswith("Agriculture")


def test_a_gas_named_before_its_bracketed_mass_takes_the_mass_scale() -> None:
    assert cell_unit("CO₂ equivalent emissions (Gg)") == ("Mt CO2e", Decimal("0.001"))
    assert cell_unit("Emissions, CO2-eq (Mt)") == ("Mt CO2e", Decimal("1"))
    assert cell_unit("Total CO2eq emissions (thousand tonnes)") == ("Mt CO2e", Decimal("0.001"))
    assert cell_unit("tCO2e") == ("Mt CO2e", Decimal("0.000001"))  # a mass glued to its gas


def test_a_captioned_table_of_one_row_is_read_under_its_header() -> None:
    text = flat(
        INTRO,
        "Table 7: Sectoral reduction targets for 2026-2035",
        "Sectors",
        "Transport",
        "Buildings",
        "Total",
        "Reduction (Gg CO2eq)",
        "410.50",
        "220.25",
        "630.75",
        "The inventory was compiled with national statistics and reviewed by experts.",
    )
    got = keyed(text)
    assert (got[("0.4105", "Mt CO2e")]["year"], got[("0.4105", "Mt CO2e")]["kind"]) == ("2035", "target")
    assert got[("0.63075", "Mt CO2e")]["year"] == "2035"
    # one row with no caption is no table: a line of words and numbers stays text
    assert rows(flat(INTRO, "Sectors", "Transport", "Buildings", "Reduction (Gg CO2eq)", "410.50", "220.25")) == []


def test_a_row_label_written_as_a_sentence_keeps_its_bracketed_unit() -> None:
    for label in ("Share of each measure in the total cut (%).", "Annual additions (MW):"):
        assert label_unit(label, 0, len(label)) is not None
    assert label_unit("Share of each measure in the total cut (%).", 0, 44)[0] == "%"
    # a bracket inside the label that holds a unit alone is the row's unit too
    assert label_unit("Share (%) of each measure in the total cut.", 0, 43)[0] == "%"


SHORT_ROWS_TABLE = flat(
    INTRO,
    "Table 4: Mitigation results and commitments",
    "Scenario", "Unit", "2025", "2030", "Target 2035", "Previous target 2030",
    "With policies", "Emission level", "kt CO2e", "210.4", "230.2", "250.8", "260.0",
    "Emission cuts", "kt CO2e", "12.1", "18.7", "25.3",
    "Change from BAU (2015 base year)", "%", "-6%", "-12%", "-20%",
    "With additional policies", "Emission level", "kt CO2e", "205.5", "215.0", "222.6", "240.0",
    "Emission cuts", "kt CO2e", "17.0", "33.9", "53.5",
    "Change from BAU (2015 base year)", "%", "-9%", "-14%", "-29%",
    "The inventory was compiled with national statistics and reviewed by experts.",
)  # fmt: skip


FULL_ROWS = ("0.2104", "0.2302", "0.2508", "0.26", "0.2055", "0.215", "0.2226", "0.24")


def test_rows_one_blank_cell_short_keep_the_columns_of_the_full_rows() -> None:
    got = keyed(SHORT_ROWS_TABLE)
    # the full rows fill the four columns: this plan's 2030 column beside the previous plan's 2030 target
    assert {k: (r["year"], r["kind"]) for k, r in got.items() if k[1] == "Mt CO2e" and k[0] in FULL_ROWS} == {
        ("0.2104", "Mt CO2e"): ("2025", "target"),
        ("0.2302", "Mt CO2e"): ("2030", "target"),
        ("0.2508", "Mt CO2e"): ("2035", "target"),
        ("0.26", "Mt CO2e"): ("2030", "target"),
        ("0.2055", "Mt CO2e"): ("2025", "target"),
        ("0.215", "Mt CO2e"): ("2030", "target"),
        ("0.2226", "Mt CO2e"): ("2035", "target"),
        ("0.24", "Mt CO2e"): ("2030", "target"),
    }
    # a short row lacks the last column, which goes back to an earlier year (the previous plan's target beside the
    # path): the HTML these tables are flattened from leaves that cell empty
    assert (got[("0.0121", "Mt CO2e")]["year"], got[("0.0535", "Mt CO2e")]["year"]) == ("2025", "2035")


def test_a_base_year_that_is_the_yardstick_of_a_change_makes_no_actual_row() -> None:
    from extract.header import _cue_kind

    assert _cue_kind("Change from BAU (2015 base year)") == ("", "")
    assert _cue_kind("Reduction relative to the base year") == ("", "")
    assert _cue_kind("Base year (2015) emissions") == ("actual", "")
    assert _cue_kind("Emissions in the base year") == ("actual", "")


def test_a_row_of_shares_against_bau_is_against_bau_in_every_column() -> None:
    text = flat(
        INTRO,
        "Table 2: Sector targets",
        "Sector", "2030", "2035",
        "Energy, change from BAU", "-18%", "-25%",
        "Waste, change from BAU", "-9%", "-14%",
        "Forestry, change from 2010", "-4%", "-6%",
        "The inventory was compiled with national statistics and reviewed by experts.",
    )  # fmt: skip
    got = {r["value_raw"]: (r["year"], r["baseline"], r["base_year"]) for r in rows(text)}
    assert got["-25%"] == ("2035", "bau", "") and got["-9%"] == ("2030", "bau", "")
    # a year the row's changes run from is their base, not the row's date
    assert got["-6%"] == ("2035", "base_year", "2010") and got["-4%"] == ("2030", "base_year", "2010")


def test_a_dash_in_a_column_of_text_is_a_blank_text_cell_not_a_value() -> None:
    text = flat(
        INTRO,
        "Sector", "Pathway (till 2031)", "Potential reduction (million tCO2e)", "Potential removals (million tCO2e)",
        "Farming", "12% reduction in emissions compared to 2016 level", "41.20", "–",
        "Cement", "Switch to blended cement", "3.10", "–",
        "Forests", "55% reduction in deforested area", "–", "22.70",
        "Mining", "–", "–", "–",
        "Waste", "25% reduction in emissions compared to 2016 level", "6.05", "–",
        "Total", "50.35", "22.70",
        "The sector ministries will report on progress every two years.",
    )  # fmt: skip
    got = {o.value_raw: (str(o.year), o.kind, o.unit) for o in observations_of(text)}
    assert got["41.20"] == ("2031", "target", "Mt CO2e") and got["6.05"] == ("2031", "target", "Mt CO2e")
    assert got["22.70"] == ("2031", "target", "Mt CO2e") and got["50.35"] == ("2031", "target", "Mt CO2e")


def test_a_caption_wrapped_before_its_colon_and_a_header_with_a_corner_and_an_uncued_total() -> None:
    text = flat(
        INTRO,
        "Table 9",
        ": Investment requirements for mitigation during the period 2026-2031 of USDs",
        "Sector", "Unconditional", "Conditional", "Total",
        "Energy", "12,500,000", "80,000,000", "92,500,000",
        "Transport", "3,000,000", "9,000,000", "12,000,000",
        "Total", "15,500,000", "89,000,000", "104,500,000",
        "The ministry of finance tracks these needs every year.",
    )  # fmt: skip
    got = {r["value_raw"]: (r["year"], r["unit"], r["condition"]) for r in rows(text)}
    assert got["12,500,000"] == ("2031", "USD billion", "unconditional")
    assert got["80,000,000"] == ("2031", "USD billion", "conditional")
    assert got["92,500,000"] == ("2031", "USD billion", "")
    assert got["104,500,000"] == ("2031", "USD billion", "")
    assert cell_unit("Costs (USDs)") == ("USD billion", Decimal("1E-9"))


def test_numbered_rows_of_long_descriptions_under_a_priority_header() -> None:
    text = flat(
        "Ruritania pledges to reach 70% renewable power by 2031 with international support. Its commitments are below.",
        "Priority", "Strategies", "Conditionality", "Budget (USD)",
        "1",
        "Increase the share of renewable energy (particularly solar and wind) to 70% of total generation by 2031.",
        "Conditional on finance and technology", "28,000,000",
        "2",
        "Manage demand-side consumption by giving households access to efficient appliances and by running a "
        "technology needs assessment for the energy and water sectors.",
        "Conditional on finance", "4,500,000",
        "3", "Lower the emissions of fishing boats.", "Conditional on finance", "2,000,000",
        "The ministry of finance tracks these needs every year and reports on them.",
    )  # fmt: skip
    got = {o.value_raw: (o.year, o.kind, o.unit) for o in observations_of(text, "rr_ndc_2025")}
    assert got["28,000,000"] == (2031, "target", "USD billion")
    assert got["4,500,000"] == (2031, "target", "USD billion")
    assert got["2,000,000"] == (2031, "target", "USD billion")
    assert "1" not in got and "3" not in got  # the row numbers are labels


def test_a_caption_numbered_the_french_way_heads_its_table() -> None:
    """ "Table n° 2" (a translated "Tableau n° 2") is a caption like "Table 2": without it a table of two rows
    would not count as one."""
    text = flat(
        "The plan was adopted in 2022.",
        "Table n ° 2: Emissions and removals of Gabon from 2000 to 2018",
        "Item",
        "2000",
        "2010",
        "2018",
        "Emissions (ktCO2e)",
        "4 210",
        "5 130",
        "6 020",
        "Removals (ktCO2e)",
        "-98 400",
        "-101 300",
        "-102 900",
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("4.21", "2000", "actual"), ("6.02", "2018", "actual"), ("-102.9", "2018", "actual")} <= found


def test_a_table_whose_commas_no_thousands_grouping_could_hold_writes_decimal_commas() -> None:
    """ "6962,628" cannot be thousands (four digits before the comma): the table writes decimal commas, so its
    "334,984" and "376,000" are 334.984 and 376, and "0,004" is 0.004."""
    text = flat(
        "The plan was adopted in 2021.",
        "Table 7: Emissions under the mitigation scenario (ktCO2e)",
        "Sector",
        "2019",
        "2025",
        "2030",
        "Energy",
        "5418,302",
        "5873,114",
        "6015,980",
        "Waste",
        "334,984",
        "376,000",
        "-412,551",
        "Solvents",
        "0,004",
        "0,005",
        "0,006",
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("5.418302", "2019", "actual"), ("6.01598", "2030", "target")} <= found
    assert {("0.334984", "2019", "actual"), ("0.376", "2025", "target"), ("-0.412551", "2030", "target")} <= found
    assert ("0.000004", "2019", "actual") in found


def test_a_table_with_thousands_commas_keeps_them() -> None:
    """The same layout written the English way: "5,418" is thousands, not a decimal."""
    text = flat(
        "The plan was adopted in 2021.",
        "Table 7: Emissions under the mitigation scenario (ktCO2e)",
        "Sector",
        "2019",
        "2025",
        "2030",
        "Energy",
        "5,418",
        "5,873",
        "6,015",
        "Waste",
        "334",
        "376",
        "412",
    )
    found = {(r["value"], r["year"]) for r in rows(text)}
    assert {("5.418", "2019"), ("6.015", "2030"), ("0.334", "2019")} <= found


def _scenario_table(number: int, caption: str, rows_: list[tuple[str, ...]], years: tuple[str, ...]) -> list[str]:
    cells = [f"Table {number}: {caption}", "Sector", *years]
    for row in rows_:
        cells.extend(row)
    return cells


def test_a_scenario_table_without_a_unit_reads_in_the_unit_of_the_table_it_repeats() -> None:
    """One table per scenario, the unit stated once: the second table repeats the first one's year columns and row
    labels, so it is the same quantity in the same unit. A table of other rows states nothing of its unit."""
    years = ("2018", "2025", "2030")
    text = flat(
        "The plan was adopted in 2021.",
        *_scenario_table(
            3,
            "Emissions under the reference scenario (GgCO2e)",
            [
                ("Energy", "2 140", "2 610", "2 980"),
                ("Waste", "310", "355", "390"),
                ("Total", "2 450", "2 965", "3 370"),
            ],
            years,
        ),
        "The mitigation scenario lowers emissions in every sector.",
        *_scenario_table(
            4,
            "Emissions under the mitigation scenario",
            [
                ("Energy", "2 140", "2 300", "2 410"),
                ("Waste", "310", "290", "260"),
                ("Total", "2 450", "2 590", "2 670"),
            ],
            years,
        ),
        "The costs of the measures are shown below.",
        *_scenario_table(
            5,
            "Cost of the measures",
            [("Solar parks", "12", "40", "55"), ("Landfill gas", "3", "9", "14"), ("Efficient stoves", "1", "4", "6")],
            years,
        ),
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("2.41", "Mt CO2e", "2030", "target"), ("0.26", "Mt CO2e", "2030", "target")} <= found
    assert ("2.67", "Mt CO2e", "2030", "target") in found
    assert not any(v in ("40", "55", "0.04", "0.055") for v, *_ in found)  # the cost table's unit is not stated


def test_a_stray_decimal_comma_does_not_make_an_english_table_continental() -> None:
    """ "3198,565" is a decimal comma (no grouping has four digits before it), but its table writes "962.4638" the
    English way: its "12,500" stays twelve thousand five hundred."""
    text = flat(
        "The plan was adopted in 2021.",
        "Table 6: Costs of the mitigation measures to 2030 (thousand USD)",
        "Measure",
        "Cost",
        "Rice irrigation",
        "962.4638",
        "Bus rapid transit",
        "3198,565",
        "Street lighting",
        "12,500",
    )
    found = {r["value"] for r in rows(text)}
    assert {"0.0009624638", "0.003198565", "0.0125"} <= found


def test_commas_are_decimal_only_in_the_columns_that_write_them_so() -> None:
    """A cost column in thousands commas ("21,540" million) beside columns of decimal commas ("54,12"): each column
    keeps its own way of writing. And "0.815" is no thousands group: none starts with a zero."""
    text = flat(
        "The plan was adopted in 2022.",
        "Table 9: Investment needs and reductions of the measures to 2035",
        "Measure",
        "Cost (million USD)",
        "Reduction (MtCO2e)",
        "Electricity",
        "21,540",
        "54,12",
        "Buildings",
        "9,310",
        "3,4",
        "Transport",
        "0.815",
        "2,07",
    )
    found = {(r["value"], r["unit"]) for r in rows(text)}
    assert {("21.54", "USD billion"), ("9.31", "USD billion"), ("0.000815", "USD billion")} <= found
    assert {("54.12", "Mt CO2e"), ("3.4", "Mt CO2e"), ("2.07", "Mt CO2e")} <= found


def test_a_heading_naming_the_year_of_its_emissions_dates_the_undated_table_and_text_beneath_it() -> None:
    """ "3.2 GHG emissions in 2020" over a table with no year and a sentence with none: both are 2020's record. A
    heading about something else dates no table."""
    body = [
        "Total emissions excluding forestry amount to 8,214.6 Gg CO2 eq. (Table 3).",
        "Table 3. Emissions by sector in Gg CO2 eq.",
        "Sector",
        "CO2",
        "CH4",
        "Energy",
        "6,120.4",
        "88.2",
        "Waste",
        "14.9",
        "301.7",
        "Agriculture",
        "2.3",
        "411.9",
    ]
    text = flat("The inventory was submitted in 2021.", "3.2 GHG emissions in 2020", *body)
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("6.1204", "2020", "actual"), ("0.4119", "2020", "actual")} <= found
    assert ("8.2146", "2020", "actual") in found
    other = flat("The inventory was submitted in 2021.", "3.2 Forest cover in 2020", *body)
    assert not {r["value"] for r in rows(other)} & {"6.1204", "0.4119"}  # the table's cells have no year


def test_an_uncaptioned_table_whose_long_header_names_its_unit_is_read() -> None:
    """ "Contribution to the national mitigation effort (ktCO2e) in 2030" is long, but names a unit: a column's header,
    not prose. "Not estimated" is a blank cell."""
    text = flat(
        "The plan was adopted in 2021. Conditional measures are shown in the table below.",
        "Sector",
        "Contribution to the national mitigation effort (ktCO2e) in 2030",
        "Number of measures",
        "Associated cost (in millions of USD)",
        "Energy",
        "212",
        "4",
        "510",
        "Agriculture",
        "-",
        "3",
        "Not estimated",
        "Waste",
        "27",
        "2",
        "31.5",
        "Total",
        "239",
        "9",
        "541.5",
    )
    found = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("0.212", "Mt CO2e", "2030"), ("0.239", "Mt CO2e", "2030")} <= found
    assert {("0.51", "USD billion", "2030"), ("0.5415", "USD billion", "2030")} <= found


def test_a_total_after_the_scenario_groups_heads_its_columns_and_a_dash_fills_a_blank_sub_label() -> None:
    """ "BAU 2035 | Unconditional 2035 | Conditional 2035 | Total reduction" over "Emission (MtCO2e) | Reduction in
    MtCO2e | % | …": the total is a group of two columns like the scenarios; the BAU column is a projection. A row
    with no sub-sector writes a dash in that text column ("IPPU | - | 4.10 | …"), though rows under a group label
    write no sector at all."""
    text = flat(
        "The plan was adopted in 2025.",
        "Table 2: Mitigation targets for 2035",
        "Sector",
        "Sub Sector",
        "BAU 2035",
        "Unconditional Targets 2035",
        "Conditional Targets 2035",
        "Total Reduction",
        "Emission (MtCO2e)",
        "Reduction in MtCO2e",
        "%",
        "Reduction in MtCO2e",
        "%",
        "MtCO2e",
        "%",
        "Energy",
        "Power",
        "40.20",
        "3.10",
        "7.71",
        "6.05",
        "15.05",
        "9.15",
        "22.76",
        "Transport",
        "21.00",
        "1.20",
        "5.71",
        "2.90",
        "13.81",
        "4.10",
        "19.52",
        "IPPU",
        "-",
        "4.30",
        "0.20",
        "4.88",
        "0.35",
        "8.54",
        "0.55",
        "13.41",
        "AFOLU",
        "Livestock",
        "30.00",
        "0.90",
        "3.00",
        "2.10",
        "7.00",
        "3.00",
        "10.00",
    )
    found = {(r["value"], r["unit"], r["kind"], r["condition"]) for r in rows(text)}
    assert {("3.1", "Mt CO2e", "target", "unconditional"), ("15.05", "%", "target", "conditional")} <= found
    assert {("9.15", "Mt CO2e", "target", ""), ("22.76", "%", "target", "")} <= found  # the total's columns
    assert {("0.2", "Mt CO2e", "target", "unconditional"), ("13.41", "%", "target", "")} <= found  # the IPPU row
    assert not {v for v, *_ in found} & {"40.2", "21", "4.3", "30"}  # the BAU column


def test_internal_resources_head_unconditional_columns_and_space_thousands_mark_decimal_commas() -> None:
    """ "Contribution from internal resources" is the unconditional part, beside "international support" and their
    total; "1 342,210" (a space for thousands, a comma for decimals) makes its column's "87,415" 87.415 kt."""
    text = flat(
        "The plan was adopted in 2021.",
        "Table 4: Contributions in 2030",
        "Sector",
        "Contribution from internal resources",
        "Contribution through international support",
        "Total contributions",
        "Reduction in 1000 tons of CO2 eq.",
        "Reduction in 1000 tons of CO2 eq.",
        "Reduction in 1000 tons of CO2 eq.",
        "Energy",
        "1 342,210",
        "2 015,004",
        "3 357,214",
        "Agriculture",
        "87,415",
        "120,300",
        "207,715",
        "Waste",
        "12,001",
        "30,512",
        "42,513",
    )
    found = {(r["value"], r["condition"]) for r in rows(text)}
    assert {("1.34221", "unconditional"), ("2.015004", "conditional"), ("3.357214", "")} <= found
    assert {("0.087415", "unconditional"), ("0.1203", "conditional"), ("0.042513", "")} <= found


def test_a_caption_that_sizes_the_bau_itself_is_a_projection_and_a_share_of_bau_a_yardstick() -> None:
    from extract.header import _cue_kind

    # "of" marks BAU as a yardstick only after a word of comparison
    assert _cue_kind("Sectoral shares and absolute amounts of the BAU emissions in 2035")[0] == "bau"
    assert _cue_kind("Table 9: Emissions in Gg CO2eq of the BAU scenario for all sectors")[0] == "bau"
    assert _cue_kind("Reduction of BAU emissions (%)") == ("", "")
    assert _cue_kind("% of BAU") == ("", "")
    text = flat(
        INTRO,
        "Table 3 Sectoral share and absolute number of the BAU GHG emissions in 2035",
        "Sector", "Share (%)", "GHG emissions (MtCO2e)",
        "Energy", "58.1", "21.4",
        "Waste", "41.9", "15.4",
        "Total", "100%", "36.8",
        "The inventory was compiled with national statistics and reviewed by experts.",
    )  # fmt: skip
    assert rows(text) == []


def test_a_projection_heading_the_years_of_a_table_of_mitigation_options_is_the_plans_path() -> None:
    cells = ("Table 4: Emission reductions of each mitigation option in agriculture", "Options",
             "Projection (GgCO2e)", "2025", "2030", "2035", "Biogas digesters", "12.5", "20.1", "31.0",
             "Improved feed", "4.2", "8.8", "9.9")  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(flat(INTRO, *cells))}
    assert ("0.0125", "2025", "target") in got and ("0.031", "2035", "target") in got
    assert ("0.0099", "2035", "target") in got
    # the same heading under a caption of the economy's emissions is a reference projection: no row
    cells = ("Table 5: Emissions of the economy", "Sector", "Projection (GgCO2e)", "2025", "2030", "2035",
             "Energy", "512.5", "540.1", "571.0", "Waste", "44.2", "48.8", "49.9")  # fmt: skip
    assert rows(flat(INTRO, *cells)) == []


def test_a_caption_in_a_tab_row_of_its_own_is_the_tables_caption_not_a_header_cell() -> None:
    # (HTML and Word renderings keep the caption row's empty cells as tabs)
    lines = ["Table 4: Emission reductions of each mitigation option in agriculture\t\t\t",
             "Options\tProjection (GgCO2e)\t\t", "2025\t2030\t2035",
             "Biogas digesters\t12.5\t20.1\t31.0", "Improved feed\t4.2\t8.8\t9.9"]  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(INTRO + "\n\n" + "\n".join(lines) + "\n")}
    assert ("0.0125", "2025", "target") in got and ("0.0099", "2035", "target") in got


def test_a_column_of_remarks_after_the_values_stays_with_its_row() -> None:
    # flattened, each remark lands before the next row's label; the header names the column, so it is the row's
    cells = ("Table 3: Power stations of Ruritania", "Island", "Hydro (kW)", "Solar (kW)", "Remarks",
             "Arnor", "310", "95", "runs at about 80% of capacity", "Belfalas", "120", "230", "commissioned 2019",
             "Carn Dum", "90", "45", "grid extension pending",
             "Dol Amroth", "400", "610", "no storage yet")  # fmt: skip
    text = flat(INTRO, *cells)
    grid = next(iter(find_grids(segment(text), text).values()))
    assert [[c.text for c in r.labels] for r in grid.rows] == [["Arnor"], ["Belfalas"], ["Carn Dum"], ["Dol Amroth"]]
    assert [r.trail for r in grid.rows[:3]] == ["runs at about 80% of capacity", "commissioned 2019",
                                                 "grid extension pending"]  # fmt: skip


def test_a_header_naming_a_unit_and_a_percent_gives_bare_numbers_the_unit() -> None:
    assert cell_unit("Cut as kt CO2e and % in 2035 against the reference") == ("Mt CO2e", cell_unit("kt CO2e")[1])
    assert cell_unit("(MW) (%)")[0] == "GW"
    assert cell_unit("Savings (%)") == ("%", 1)  # a per cent alone
    assert cell_unit("Emissions and % of total") == ("%", 1)  # a share of something named: no second unit
    text = (
        "Table 4: Planned measures - cuts by 2035\n\nSector\n\nMeasures\n\n"
        "Cut as kt CO2e and % in the year 2035 compared to the reference\n\n"
        "Transport\n\nElectric buses in the capital.\n\n420 (6%)\n\n"
        "Waste\n\nLandfill gas capture.\n\n95 (2%)\n\nTotal\n\n515 (8%)"
    )
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("0.42", "Mt CO2e", "2035"), ("6", "%", "2035"), ("0.095", "Mt CO2e", "2035")} <= got
    assert {("0.515", "Mt CO2e", "2035"), ("8", "%", "2035")} <= got
    assert not any(unit == "%" and value in ("420", "95", "515") for value, unit, _ in got)


def test_a_row_label_states_its_unit_after_a_comma() -> None:
    assert label_unit("Power generated, billion kWh", 0, 28)[0] == "TWh"
    assert label_unit("Change compared to 1995, %", 0, 26) == ("%", 1)
    assert label_unit("Forests planted on 12,400 ha", 0, 28) is None  # a comma inside a number is no label's
    assert label_unit("Agriculture, forestry and other land use", 0, 40) is None


def test_a_row_label_states_its_unit_in_a_bracket_inside_it() -> None:
    # "Avoided emissions (Gg) with the phase-down of HFCs": the bracket after the head noun holds the unit alone
    label = "Methane captured (Gg) at the landfills of the capital"
    assert label_unit(label, 0, len(label)) == ("Mt", Decimal("0.001"))
    label = "Methane captured (Gg) with added landfills (scenario of 15% more sites)"
    assert label_unit(label, 0, len(label)) == ("Mt", Decimal("0.001"))
    for label in ("GHG emissions (tCO2e)/capita in the towns", "Landfills (see Table 3) of the capital"):
        assert label_unit(label, 0, len(label)) is None  # a rate, and a bracket holding more than a unit
    text = flat(
        "Table 9: Emissions avoided", "Periods", "2028", "2034", "2040",
        "Emissions avoided (Gg) by closing the open dumps", "112", "390", "655",
        "Emissions avoided (Gg) by composting (scenario of 15% more sites)", "140", "420", "700",
    )
    found = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("0.112", "Mt", "2028"), ("0.655", "Mt", "2040"), ("0.7", "Mt", "2040")} <= found


_STATISTICS_GRID = (
    "Table 6: Ruritania's emissions and associated variables, 1995-2015\n\n"
    "1995\n\n2005\n\n2010\n\n2015\n\n"
    "Inhabitants, million persons\n\n2.11\n\n2.05\n\n2.01\n\n1.98\n\n"
    "Change compared to 1995, %\n\n-2.8\n\n-4.7\n\n-6.2\n\n"
    "Total emissions, Mt CO2 eq\n\n21.4\n\n9.2\n\n8.8\n\n8.1\n\n"
    "Change compared to 1995, %\n\n-57.4\n\n-58.9\n\n-62.1\n\n"
    "Inter-annual change, %\n\n-6.1\n\n-4.3\n\n-7.9\n\n"
    "Power generated, billion kWh\n\n6.12\n\n3.05\n\n3.31\n\n3.52\n\n"
    "GDP, billion 2010 US$\n\n5.2\n\n4.1\n\n4.9\n\n6.0"
)


@pytest.mark.parametrize("layout", ["lines", "tabs"])
def test_rows_of_changes_under_a_row_of_levels(layout: str) -> None:
    text = _STATISTICS_GRID
    if layout == "tabs":  # the same table as tab-separated rows, the first year's change cell left empty
        parts = text.split("\n\n")
        rows_, k = [parts[0], "\t" + "\t".join(parts[1:5])], 5
        while k < len(parts):
            n = 3 if "change" in parts[k].lower() else 4
            rows_.append(parts[k] + ("\t" if n == 3 else "") + "\t" + "\t".join(parts[k + 1 : k + 1 + n]))
            k += 1 + n
        text = "\n\n".join(rows_)
    got = {(r["year"], r["value"], r["unit"], r["base_year"]) for r in rows(text)}
    assert {("2005", "9.2", "Mt CO2e", ""), ("2015", "8.1", "Mt CO2e", "")} <= got
    # a row one cell short of changes since the first year lacks that year: its cells are the later years', signed
    assert {("2005", "-57.4", "%", "1995"), ("2015", "-62.1", "%", "1995")} <= got
    assert {("2005", "-6.1", "%", ""), ("2015", "-7.9", "%", "")} <= got
    assert {("1995", "6.12", "TWh", ""), ("2015", "3.52", "TWh", "")} <= got
    # the profile's statistics (population, GDP) and their changes are no climate figures
    assert not any(value in ("-2.8", "-4.7", "-6.2", "5.2", "6.0") for _, value, _, _ in got)


def test_a_numbered_title_over_a_table_is_its_caption() -> None:
    text = (
        "The scenarios assume a moderate growth of the economy.\n\n"
        "7. Emission reductions as % below the BAU scenario\n\n2025\n\n2030\n\n2040\n\n"
        "Scenario A\n\nDomestic efforts\n\n10,5\n\n12,25\n\n14,5\n\n"
        "International support\n\n11,5\n\n15,75\n\n20,5\n\n"
        "8. Monitoring and reporting\n\nThe ministry reports every two years."
    )
    got = {(r["year"], r["value"], r["unit"]) for r in rows(text)}
    assert {("2025", "10.5", "%"), ("2030", "12.25", "%"), ("2040", "20.5", "%")} <= got
    assert is_caption("7. Emission reductions as % below the BAU scenario", "2025")
    assert not is_caption("3. Plant 2,000 ha of mangroves by 2030", "4. Restore 50 ha")  # a numbered goal
    assert not is_caption("7. Emission reductions as % below the BAU", "12.5")  # a line before a value: no title


def test_an_unnumbered_caption_after_a_dash_dates_its_table_and_a_group_row_names_the_row_it_heads() -> None:
    assert is_caption("Table - Fuel use of the ministries in 2014")
    assert not is_caption("Table-top exercises were held")
    lines = ["Table - Emissions of the municipality in 2014", "", "Sectors\t\ttCO2eq.", "1. Energy\t\t",
             "\t1.1 Buses\t2.310,40", "\t1.2 Heating\t1.105,22", "2. Forests\t\t", "\t\t-41,50",
             "Total\t\t3.374,12"]  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(INTRO + "\n\n" + "\n".join(lines) + "\n")}
    assert {("0.0023104", "2014", "actual"), ("-0.0000415", "2014", "actual")} <= got
    assert ("0.00337412", "2014", "actual") in got


def test_a_group_cell_spanning_both_header_rows_keeps_its_column_beside_groups_of_leaves() -> None:
    # (an HTML table: the BAU cell spans both header rows, the stub's second cell is blank)
    lines = ["Table 3. GHG emissions in 2035 for all modelled scenarios; Units: Gg of CO2-e equivalent", "",
             "SUB-SECTOR\tBAU EMISSIONS 2035\tUNCONDITIONAL SCENARIO 2035\t\t\tCONDITIONAL SCENARIO 2035\t\t",
             "\tEMISSIONS\tEMISSION REDUCTION\tPERCENTUAL REDUCTION\tEMISSIONS\tEMISSION REDUCTION"
             "\tPERCENTUAL REDUCTION",
             "Electricity\t412\t205\t-207\t-50%\t12\t-400\t-97%",
             "Transport\t1,510\t1,390\t-120\t-8%\t1,210\t-300\t-20%",
             "Residential\t41\t36\t-5\t-12%\t25\t-16\t-39%"]  # fmt: skip
    got = {(r["value"], r["year"], r["kind"], r["condition"]) for r in rows(INTRO + "\n\n" + "\n".join(lines) + "\n")}
    assert ("0.205", "2035", "target", "unconditional") in got and ("1.21", "2035", "target", "conditional") in got
    assert not any(v == "0.412" for v, *_ in got)  # the reference path is no goal


def test_one_group_cell_over_all_the_leaves_beside_a_stub_spanning_both_rows_names_them() -> None:
    lines = ["Sectors\tFinancing needs to 2030 (in millions $US)\t\t", "Unconditional\tConditional\tTotal",
             "Agriculture\t48.10\t612.75\t660.85", "Fishing\t95.20\t701.40\t796.60", "Waste\t12.00\t88.30\t100.30"]
    got = {(r["value"], r["unit"], r["year"], r["condition"]) for r in rows(INTRO + "\n\n" + "\n".join(lines) + "\n")}
    assert ("0.61275", "USD billion", "2030", "conditional") in got


def test_group_rows_over_rows_of_periods_keep_each_column_its_period() -> None:
    text = flat(
        INTRO,
        "Table ES-2 Estimated NDC funding requirements",
        "USD million", "2020-2025", "2025-2030", "2030-2040", "Total",
        "Mitigation measures",
        "Unconditional contribution", "1,512", "1,830", "4,960", "8,302",
        "Conditional contribution", "2,410", "5,120", "22,740", "30,270",
        "Adaptation measures",
        "Unconditional contribution", "540", "702", "790", "2,032",
        "Conditional contribution", "610", "795", "902", "2,307",
    )  # fmt: skip
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert {("1.512", "2025"), ("1.83", "2030"), ("22.74", "2040"), ("0.795", "2030")} <= got


def test_rows_numbered_under_a_blank_corner_and_a_lead_in_between_two_tables() -> None:
    text = (
        "The goal will be met by the following actions:\n\n"
        "Action\n\nGgCO2eq in 2035\n\nIndicative cost (US$ mil)\n\n"
        "1\n\nBiogas digesters\n\n240\n\n80\n\n2\n\nRooftop solar\n\n310\n\n1450\n\n"
        "3\n\nEfficient lighting\n\n95\n\n40\n\n"
        "Sub Total 1\n\n645\n\n1570\n\n"
        "Other key actions include the following with the estimated costs:\n\n"
        "4\n\nGeothermal power\n\n2 000\n\n5\n\nBus rapid transit\n\n900\n\n6\n\nWaste to energy\n\n300\n\n"
        "Sub Total 2\n\n3 200"
    )
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("0.24", "Mt CO2e", "2035"), ("0.31", "Mt CO2e", "2035"), ("0.645", "Mt CO2e", "2035")} <= got
    # "US$ mil" is read as no magnitude (a bare "mil" is a thousand in Spanish): $80 is no plan's cost, so it is left
    # out rather than shown as 80 dollars
    assert not any(unit.endswith(" billion") and float(value) < 1e-5 for value, unit, _ in got)


def test_one_deadline_in_a_header_dates_the_tables_plan_columns() -> None:
    text = (
        "Ruritania will cut emissions by 40% below BAU by 2030.\n\n"
        "Mitigation will be achieved in all sectors as depicted below.\n\n"
        "Sector\n\nMitigation potential (Gg CO2-eq)\n\n% BAU scenario in 2035\n\n"
        "Energy\n\n1402\n\n6.5\n\nWaste\n\n310\n\n1.3\n\nTotal\n\n1712\n\n7.8"
    )
    got = {(r["value"], r["unit"], r["year"], r["baseline"]) for r in rows(text)}
    assert {("1.402", "Mt CO2e", "2035", ""), ("1.712", "Mt CO2e", "2035", "")} <= got
    assert {("6.5", "%", "2035", "bau"), ("7.8", "%", "2035", "bau")} <= got  # a share of the BAU, no projection
    # a past year named once dates no other column: "Emissions 2012 | Share" keeps its share undated by it
    past = text.replace("% BAU scenario in 2035", "Emissions in 2012 (%)").replace("Mitigation potential", "Cuts")
    assert not any(year == "2012" and unit == "Mt CO2e" for _, unit, year, _ in {
        (r["value"], r["unit"], r["year"], r["baseline"]) for r in rows(past)
    })


def test_a_short_row_of_changes_against_bau_is_no_row_of_changes_since_the_first_year() -> None:
    # "Change from BAU" under "2026 | 2031 | 2036": a change against the reference path, one per year; a row one cell
    # short lacks some column, not the first year's (which a change since that year would leave blank)
    text = flat(
        "Table 4: Mitigation results of the plan", "Indicator", "Unit", "2026", "2031", "2036", "Earlier goal 2026",
        "Emissions without measures", "ktCO2e/yr", "212.4", "236.9", "251.7", "228.0",
        "Emissions with measures", "ktCO2e/yr", "190.2", "201.5", "208.8",
        "Change from BAU", "%", "-10%", "-15%", "-17%",
        "Emissions with further measures", "ktCO2e/yr", "185.1", "192.0", "181.3", "170.0",
    )
    got = {(r["year"], r["value"], r["unit"]) for r in rows(text)}
    assert ("2031", "10", "%") not in got and ("2036", "15", "%") not in got  # not shifted one column to the right
    assert {("2026", "0.1851", "Mt CO2e"), ("2036", "0.1813", "Mt CO2e")} <= got  # a full row fills its columns


def test_a_double_dash_is_an_empty_cell_of_a_flattened_table() -> None:
    # "--" marks a cell with nothing in it, as "-" does: the row keeps its columns, not a label cut in two
    text = flat(
        "Table 2 – Emissions by sector, 2011 - 2019", "Sector/ktCO2e", "2011", "2015", "2019", "2019 HFC",
        "1 Energy", "92.40", "101.75", "117.30", "--",
        "2 Industrial Processes", "--", "--", "--", "4.15",
        "3 Waste", "11.02", "12.64", "13.90", "--",
    )
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert {("0.0924", "2011"), ("0.1173", "2019"), ("0.01102", "2011"), ("0.00415", "2019")} <= got


def test_projected_emissions_under_a_group_naming_the_plans_path_are_its_goals() -> None:
    # "Projected emissions" alone reads as a projection, the reference path's word; under "Unconditional mitigation"
    # it is the plan's path (the BAU row above stays out)
    text = flat(
        "Ruritania submitted this plan in 2025.",
        "Table 3 – Emission scenarios of the plan", "Scenario", "unit", "2026", "2031", "2036",
        "BAU baseline", "ktCO2e", "310.2", "352.8", "401.5",
        "Unconditional mitigation", "Reduced GHG emissions", "ktCO2e", "18.4", "52.6", "97.3",
        "Projected emissions", "ktCO2e", "291.8", "300.2", "304.2",
    )
    got = {(r["value"], r["year"], r["kind"], r["condition"]) for r in rows(text)}
    assert ("0.3002", "2031", "target", "unconditional") in got
    assert not any(v == "0.3528" for v, _, _, _ in got)  # the reference path


def test_a_short_row_lacks_the_comparison_column_that_goes_back_to_an_earlier_year() -> None:
    # "2026 | 2031 | Target 2036 | Earlier goal 2026": the last column compares with a past pledge; rows of the path's
    # other quantities leave it blank, and flattened they are one cell short at the end
    text = flat(
        "Ruritania submitted this plan in 2025.",
        "Table 5: Mitigation results and commitments",
        "Path", "Unit", "2026", "2031", "Target 2036", "Earlier goal 2026",
        "Emissions with measures", "ktCO2e/yr", "141.0", "150.2", "155.9", "149.0",
        "Reduced emissions", "ktCO2e/yr", "12.4", "20.6", "31.3",
        "Change from BAU", "%", "-8%", "-12%", "-17%",
        "Emissions with further measures", "ktCO2e/yr", "138.2", "141.7", "139.9", "146.0",
        "Reduced emissions", "ktCO2e/yr", "15.2", "29.1", "47.3",
        "Change from BAU", "%", "-10%", "-17%", "-25%",
    )
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("0.0124", "Mt CO2e", "2026"), ("0.0206", "Mt CO2e", "2031"), ("0.0313", "Mt CO2e", "2036")} <= got
    assert {("8", "%", "2026"), ("17", "%", "2036")} <= got


def test_a_header_cell_wrapped_over_two_lines_heads_one_column() -> None:
    # "Reported" over "Inventory (2021)": a header line too many for the value columns, a short word naming no unit
    # or year; joined, the columns are told apart. The unitless level column between two in kt takes their unit, and
    # "% Change (2012 to 2021)" is the change from 2012 reached in 2021
    text = flat(
        "Ruritania submitted this plan in 2025. Its latest inventory covers 2012 to 2021.",
        "Table 2: Emissions by sector",
        "Sector", "Base year (2012)-kt", "Reported", "Inventory (2021)", "Goal (2035)-kt", "% Change (2012 to 2021)",
        "Energy", "812.40", "905.10", "640.00", "11.41%",
        "Waste", "61.20", "70.35", "52.00", "14.95%",
        "Total", "873.60", "975.45", "692.00", "11.66%",
    )
    got = {(r["value"], r["unit"], r["year"], r["base_year"]) for r in rows(text)}
    assert {("0.8124", "Mt", "2012", ""), ("0.9051", "Mt", "2021", ""), ("0.64", "Mt", "2035", "")} <= got
    assert ("11.41", "%", "2021", "2012") in got


def test_a_change_column_between_two_levels_takes_no_unit_from_them() -> None:
    header = ["Sector", "Base year (2012) (MtCO2e)", "BAU (2035) (MtCO2e)", "BAU change from 2012 to 2035",
              "Plan (2035) (MtCO2e)"]  # fmt: skip
    columns = table_scope("Table 3: Projected emissions by sector", header, 4).columns
    assert columns[2].unit is None and (columns[2].base_year, columns[2].year) == (2012, 2035)
    # a level column that names no unit between two that name the same one takes it
    header = ["Sector", "Base year (2012) (MtCO2e)", "Inventory (2021)", "Plan (2035) (MtCO2e)"]
    assert table_scope("Table 3: Emissions by sector", header, 3).columns[1].unit == ("Mt CO2e", 1)


def test_a_long_title_over_a_header_of_years_is_the_tables_title_not_prose() -> None:
    # "Overview of the emission pathways under each scenario (all sectors)" over "2005 | 2025 | 2035" and rows of a
    # label and three amounts: a title line, capitalised and without a stop, heads a header of years alone
    text = flat(
        "This NDC was submitted in 2019.",
        "Overview of the emission pathways under each scenario (all sectors)",
        "2005", "2025", "2035",
        "Emissions, BAU (ktCO2eq)", "1,870", "3,410", "4,960",
        "Emissions, unconditional (ktCO2eq)", "1,870", "3,020", "4,210",
        "Emissions, conditional (ktCO2eq)", "1,870", "2,640", "3,180",
    )  # fmt: skip
    got = {(r["value"], r["year"], r["kind"], r["condition"]) for r in rows(text)}
    assert {("3.02", "2025", "target", "unconditional"), ("3.18", "2035", "target", "conditional")} <= got
    assert ("1.87", "2005", "actual", "unconditional") in got  # the past year all paths share is the record
    assert not [g for g in got if g[0] in ("3.41", "4.96")]  # the reference path's goals are no goals


def test_a_count_in_a_row_label_that_looks_like_a_year_dates_no_row() -> None:
    # "Solar street lamps – 2000 lamps": how many lamps, not the year 2000; the caption's year dates the row
    text = flat(
        "This NDC was submitted in 2021.",
        "Table 7: Unconditional measures (2026)",
        "Measure", "Reduction (GgCO2e)", "Cost (USD million)",
        "Solar street lamps – 2000 lamps", "1,85", "4",
        "Electric buses – 2030 buses", "7,12", "41",
        "Rooftop solar – 12 MW", "18,40", "22",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("0.00185", "Mt CO2e", "2026"), ("0.00712", "Mt CO2e", "2026"), ("0.0184", "Mt CO2e", "2026")} <= got
    assert not [g for g in got if g[2] in ("2000", "2030")]


def test_one_header_printed_again_under_each_year_starts_a_table_per_year() -> None:
    # an annex of inventory tables, one per year: the year alone, then the same header, then the rows; each year's
    # rows are of that year, though the cells run on as one grid
    def year_table(year: str, energy: str, waste: str) -> tuple[str, ...]:
        return (
            year, "Emissions in Gg CO2 equivalent", "Source categories", "Total", "CO2", "CH4",
            "1. Energy", energy, "1 210.40", "31.05", "2. Industrial processes", "88.12", "88.12", "NA",
            "3. Agriculture", "402.10", "NA", "388.20", "4. Land use", "-512.40", "-512.40", "NA",
            "5. Waste", waste, "NA", "122.80", "Memo items:", "International bunkers", "41.30", "41.30", "NA",
        )  # fmt: skip

    text = flat(
        "This NDC was submitted in 2021.",
        "Annex I: Summary of national GHG emissions (1995, 2010)",
        "Note: HFC emissions have not been estimated due to a lack of data.",
        *year_table("1995", "1 301.22", "122.80"),
        *year_table("2010", "1 455.67", "140.12"),
    )
    got = {(r["value"], r["year"]) for r in rows(text) if r["unit"] == "Mt CO2e"}
    assert {("1.30122", "1995"), ("0.1228", "1995"), ("1.45567", "2010"), ("0.14012", "2010")} <= got
    assert not {("1.45567", "1995"), ("0.14012", "1995")} & got


def test_a_unit_cell_over_the_year_columns_heads_them_and_a_section_row_after_the_years_is_no_header_cell() -> None:
    # "№ | Measures | Activity indicators | GHG reductions, kt CO2e | 2030 | 2035" flattened from two header rows: the
    # unit cell spans the years, the activity column stands apart; "Conditional Measures" between the years and row 1
    # is the rows' section, not a header cell (each cut is of its column's year, the capacity of the measure's own)
    text = flat(
        "This NDC was submitted in 2025. Freedonia will cut its emissions by 25% by 2035.",
        "The priority measures, agreed with all ministries, are listed in the table below in kilotonnes.",
        "№", "Measures", "Activity Indicators", "GHG Emission Reductions, kt CO₂e", "2030", "2035",
        "Conditional Measures",
        "1", "Construction of a solar park at Northbay (2027)", "320 MW", "141.60", "141.60",
        "2", "Construction of a wind farm at Highmoor (2029)", "90 MW", "38.25", "47.10",
        "3", "Retrofit of district heating in Lowtown (2031)", "45 MW", "12.40", "60.05",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {
        ("0.32", "GW", "2027", "target"), ("0.1416", "Mt CO2e", "2030", "target"),
        ("0.1416", "Mt CO2e", "2035", "target"), ("0.03825", "Mt CO2e", "2030", "target"),
        ("0.0471", "Mt CO2e", "2035", "target"), ("0.0124", "Mt CO2e", "2030", "target"),
    } <= got  # fmt: skip


def test_a_line_announcing_the_table_below_without_a_stop_is_its_lead_in_not_a_header_cell() -> None:
    # "Table below summarizes … for 1995, 2005 and 2019" (no full stop) over "SECTOR | 1995 | Gg CO2e | 2005 | …":
    # prose, not the table's first header cell; the table after it is read, each year with its unit cell
    text = flat(
        "This NDC was submitted in 2025. Freedonia will cut its emissions by 20% by 2035.",
        "Annex C",
        "Table below summarizes Freedonia's greenhouse gas emissions for 1995, 2005 and 2019",
        "SECTOR", "1995", "Gg CO2e", "2005", "Gg CO2e", "2019", "Gg CO2e",
        "ESTIMATED GHG EMISSIONS",
        "Energy", "88.10", "120.40", "190.25",
        "Waste", "20.05", "25.90", "60.30",
        "TOTAL EMISSIONS", "108.15", "146.30", "250.55",
        "Source: Freedonia's Biennial Update Report",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {
        ("0.0881", "Mt CO2e", "1995", "actual"), ("0.1204", "Mt CO2e", "2005", "actual"),
        ("0.0603", "Mt CO2e", "2019", "actual"), ("0.25055", "Mt CO2e", "2019", "actual"),
    } <= got  # fmt: skip


def test_a_column_of_finance_necessary_states_needs_of_the_plans_deadline() -> None:
    # "Estimated finance necessary (US $)" over sector rows: the plan's needs, due by its headline year, like a
    # column of costs or requirements
    text = flat(
        "Freedonia submitted this updated NDC in 2021 and will cut emissions by 30% by 2030.",
        "Table 9 Summary of adaptation finance necessary",
        "Sector", "Estimated finance necessary (US $)",
        "Agriculture", "204,150,000",
        "Water resources", "351,600,000",
        "TOTAL", "555,750,000",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.20415", "USD billion", "2030", "target"), ("0.55575", "USD billion", "2030", "target")} <= got


def test_an_amount_with_its_unit_in_a_column_of_text_cells_is_the_rows_text_not_one_value_too_many() -> None:
    # "Activity Indicators" holds "250 MW" in some rows and "55% of households" in others: the rows agree on two
    # value columns (2030, 2035) once the amount with its own unit is read as the row's text, as the others' is
    text = flat(
        "This NDC was submitted in 2025. Freedonia will cut its emissions by 20% by 2035.",
        "The priority measures, agreed with all ministries, are listed in the table below in kilotonnes of CO₂e.",
        "№", "Measures", "Activity Indicators", "GHG Emission Reductions, kt CO₂e", "2030", "2035",
        "Unconditional Measures",
        "1", "Construction of a solar park at Northbay (2027)", "250 MW", "131.20", "131.20",
        "2", "Modernisation of the Southfalls HPP (2028)", "120 MW", "98.40", "98.40",
        "3", "Gasification of households", "55% of households", "410.50", "520.75",
        "4", "Efficient street lighting (2030)", "Capital and two cities", "1,210.30", "1,210.30",
        "Total, WM", "1,850.40", "1,960.65",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {
        ("0.1312", "Mt CO2e", "2030", "target"), ("0.1312", "Mt CO2e", "2035", "target"),
        ("0.0984", "Mt CO2e", "2030", "target"), ("0.52075", "Mt CO2e", "2035", "target"),
        ("1.8504", "Mt CO2e", "2030", "target"), ("1.96065", "Mt CO2e", "2035", "target"),
    } <= got  # fmt: skip


def test_a_caption_cut_mid_phrase_goes_on_in_the_line_below_and_the_table_under_it_is_read() -> None:
    # "Table 4. Measures under the WM Scenario and Conditional Measures under" + "the WAM Scenario in the Energy
    # Sector." (a sentence to look at, but the caption's end): the grid under it is read with its caption
    text = flat(
        "This NDC was submitted in 2025. Freedonia will cut its emissions by 20% by 2035.",
        "Table 4. Unconditional Measures under the WM Scenario and Conditional Measures under",
        "the “With Additional Measures” (WAM) Scenario in the Energy Sector.",
        "Measure", "GHG Emission Reductions, kt CO₂e", "2030", "2035",
        "Solar park at Northbay", "131.20", "140.10",
        "Wind farm at Highmoor", "40.15", "52.30",
        "Retrofit of public buildings", "12.40", "60.05",
        "Total, WAM", "183.75", "252.45",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {
        ("0.1312", "Mt CO2e", "2030", "target"), ("0.1401", "Mt CO2e", "2035", "target"),
        ("0.18375", "Mt CO2e", "2030", "target"), ("0.25245", "Mt CO2e", "2035", "target"),
    } <= got  # fmt: skip


def test_rows_numbered_again_in_each_section_under_a_numero_header_and_years_in_one_header_cell() -> None:
    # "№" heads the row numbers, which start again at 1 under "Conditional Measures"; "2030 2035" is two columns'
    # header held in one line: each cut has its column's year
    text = flat(
        "This NDC was submitted in 2025. Freedonia will cut its emissions by 20% by 2035.",
        "Table 6. Unconditional Measures under the WM Scenario and Conditional Measures",
        "under the WAM Scenario.",
        "№", "Measures", "Activity Indicators", "GHG Emission Reductions, kt CO₂e", "2030 2035",
        "Unconditional Measures",
        "1", "More buses running on biogas", "500 units per year", "2.10", "3.40",
        "2", "Study of a road fuel levy", "If the study warrants it, the levy applies", "48", "61",
        "Total, WM Scenario", "50.10", "64.40",
        "Conditional Measures",
        "1", "More electric cars", "12,000 units", "40", "75",
        "2", "Cycle lanes", "15 km annually", "9.50", "12.25",
        "Total, WAM Scenario", "49.50", "87.25",
    )  # fmt: skip
    got = {(r["value"], r["year"]) for r in rows(text) if r["unit"] == "Mt CO2e"}
    assert {("0.0021", "2030"), ("0.0034", "2035"), ("0.04", "2030"), ("0.075", "2035"), ("0.0495", "2030")} <= got
    assert ("0.001", "2035") not in got  # the second section's "1" is no amount


def test_a_total_column_after_columns_of_periods_is_reached_by_the_last_period() -> None:
    # "2020-2025 | … | 2035-2040 | Total" in a table of funding requirements: the total is the need of the whole span,
    # due by its end (2040), of the periods' kind
    text = flat(
        "Freedonia submitted this updated NDC in 2021, with goals to 2040.",
        "Table 5-6 Funding requirements for all mitigation measures (USD million)",
        "Sector", "2020-2025", "2025-2030", "2030-2035", "2035-2040", "Total",
        "Electricity and heat", "421", "2,980", "8,465", "10,374", "22,240",
        "Transport", "2,145", "2,473", "4,200", "4849", "13667",
        "Energy total", "2,566", "5453", "12,665", "15,223", "35,907",
    )  # fmt: skip
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "USD billion"}
    assert {("22.24", "2040", "target"), ("13.667", "2040", "target"), ("0.421", "2025", "target")} <= got


def test_a_years_cell_over_the_year_cells_heads_no_column_and_a_cell_spanning_both_rows_follows_them() -> None:
    """A two-row header flattened row by row: "Years" (over the years) and "Total (2015-2035)" (spanning both rows)
    come first, the years after them; in every row the total's cell is last."""
    text = flat(
        "Ruritania prepared its mitigation scenarios in 2024.",
        "Table 6: Summary of mitigation data",
        "Years", "Total (2015-2035)", "2015", "2025", "2030", "2035",
        "Emissions, BAU scenario (Mt CO2eq)", "11.40", "13.90", "14.60", "15.45", "290.10",
        "Emissions, mitigation scenario (Mt CO2eq)", "11.40", "13.05", "12.20", "10.85", "251.60",
        "Emissions, conditional scenario (Mt CO2eq)", "11.40", "12.75", "11.10", "9.35", "228.90",
        "The scenarios were modelled with LEAP.",
    )  # fmt: skip
    got = {o.value_raw: (o.year, o.kind) for o in observations_of(text, "rr_ndc_2024")}
    assert got["13.05"] == (2025, "target")
    assert got["10.85"] == (2035, "target")
    assert got["9.35"] == (2035, "target")
    assert got["11.40"] == (2015, "actual")
    assert got["228.90"] == (2035, "target")  # the period's total, due at its end
    # a named column before the "Years" cell keeps its place before the years
    from extract.headerleaves import leaves

    assert leaves(["Sector", "Base year", "Years", "2025", "2030"], 3) == [1, 3, 4]


def test_rows_naming_emissions_without_a_unit_share_the_one_unit_the_other_rows_state() -> None:
    text = flat(
        "Ruritania prepared its mitigation scenarios in 2024.",
        "Table 6: Summary of mitigation data",
        "Sector", "2025", "2030", "2035",
        "Emissions, mitigation scenario (Gg CO2eq)", "13 050", "12 200", "10 850",
        "Emissions, conditional scenario (Gg CO2eq)", "12 750", "11 100", "9 350",
        "Expected emission reduction, conditional", "300", "1 100", "1 500",
        "Number of projects", "4", "9", "12",
        "The scenarios were modelled with LEAP.",
    )  # fmt: skip
    got = {o.value_raw: (o.year, o.unit, o.value) for o in observations_of(text, "rr_ndc_2024")}
    assert got["1 100"][:2] == (2030, "Mt CO2e") and got["1 100"][2] == Decimal("1.1")
    assert got["1 500"][:2] == (2035, "Mt CO2e")
    assert all(got.get(v, (0, ""))[1] != "Mt CO2e" for v in ("4", "9", "12"))  # a count names no emissions


CHANGE_TAB_TABLE = (
    "Table 4 shows emissions in megatonnes of CO2e by sector in 1995, 2010 and 2021.\n\n"
    "Table 4: GHG emissions by sector in 1995, 2010 and 2021.\n\n"
    "Sector\t1995\t2010\t2021\tChange 1995–2021, Mt CO2e\tChange (1995–2021), %\n"
    "Energy\t12.40\t15.10\t17.95\t5.55\t44.8\n\n"  # a blank line inside the table, as a rendering leaves one
    "Agriculture\t6.30\t5.90\t5.45\t-0.85\t-13.5\n"
    "Waste\t0.80\t1.05\t1.30\t0.50\t62.5\n\n"
    "Emissions grew mostly in energy."
)


def test_a_tab_table_of_years_and_changes_between_them_reads_every_column() -> None:
    """ "1995 | 2010 | 2021 | Change 1995–2021, Mt CO2e | Change (1995–2021), %": the levels take their years and
    the unit the lead-in states (the caption, closed by a stop, is a title line), the changes their own unit, year
    and base; the rows go on past a blank line."""
    got = {(r["value_raw"], r["unit"], r["year"], r["base_year"]) for r in rows(CHANGE_TAB_TABLE)}
    assert ("17.95", "Mt CO2e", "2021", "") in got
    assert ("6.30", "Mt CO2e", "1995", "") in got
    assert ("-0.85", "Mt CO2e", "2021", "1995") in got
    assert ("-13.5", "%", "2021", "1995") in got
    assert ("62.5", "%", "2021", "1995") in got


def test_a_sentence_citing_a_table_by_number_is_no_caption_that_hides_the_table_below() -> None:
    """ "Table 4.1 summarizes … for 1995, 2005 and 2015." right above "Table 4.1: …": the sentence cites the table;
    the caption under it opens the flattened grid."""
    text = flat(
        "Ruritania's inventory was compiled in 2020.",
        "Table 4.1 summarizes Ruritania's GHG emissions for 1995, 2005, and 2015.",
        "Table 4.1: Summary of Ruritania's GHG emissions in 1995, 2005, and 2015",
        "Sector", "1995 (Gg CO2e)", "2005 (Gg CO2e)", "2015 (Gg CO2e)",
        "Estimated GHG emissions",
        "Energy", "88.40", "120.15", "161.90",
        "Waste", "12.05", "15.30", "21.75",
        "Total emissions", "100.45", "135.45", "183.65",
        "Source: Ruritania's National GHG Inventory, 2015",
    )  # fmt: skip
    got = {o.value_raw: (o.year, o.kind, o.unit) for o in observations_of(text, "rr_ndc_2020")}
    assert got["120.15"] == (2005, "actual", "Mt CO2e")
    assert got["183.65"] == (2015, "actual", "Mt CO2e")


def test_observed_trends_are_records_and_a_trend_scenario_a_reference_path() -> None:
    """ "Observed Trends in Annual Rainfall" titles what happened (its cells are records); "Trend scenario" and
    "Projections of historical trends" name the reference path."""
    from extract.header import _cue_kind

    assert _cue_kind("Table 4: Observed Trends in Annual Rainfall by Region")[0] == "actual"
    assert _cue_kind("Historical trends of mean temperature")[0] == "actual"
    assert _cue_kind("Trend scenario")[0] == "bau"
    assert _cue_kind("Projections of historical trends")[0] == "bau"


def test_a_cell_holding_a_bare_zero_is_no_entry() -> None:
    """ "Geothermal | 0 | 0 | 9 100": a table prints no entry so (its row's other cells stay); prose that states a
    level of zero ("from 0% in 2020 to 40% in 2030") still does."""
    table = (
        "Ruritania submitted this plan in 2021.\n\n"
        "Table 3: Emission reductions (Gg CO2e)\n\n"
        "Measure\t2025\t2030\t2035\n"
        "Solar parks\t1 200\t2 400\t3 100\n"
        "Geothermal\t0\t0\t9 100\n"
    )
    found = {(r["value"], r["year"]) for r in rows(table)}
    assert ("9.1", "2035") in found and ("2.4", "2030") in found
    assert not any(value == "0" for value, _ in found)
    prose = "Ruritania submitted this plan in 2021. Raise landfill gas capture from 0% in 2020 to 40% in 2030."
    assert ("0", "2020") in {(r["value"], r["year"]) for r in rows(prose)}


def test_a_short_cell_of_two_statements_is_read_sentence_by_sentence() -> None:
    """ "Objective | Ruritania has set a target of … 90% … by 2020. Access has already risen from 15% in 1995 to 73%
    in 2010.": each sentence of the cell is a statement with its own verb, so the second's record and past years
    neither report nor date the first's goal, however short the cell."""
    text = "\n".join(
        [
            "Ruritania, 2 May 2015.",
            "",
            "Description\tRural villages need a clean and secure source of energy.",
            "Objective\tRuritania has set a target of bringing power to 90% of homes by the year 2020. Access has"
            " already risen from a low of 15% in 1995 to 73% in 2010.",
            "Base year\t2010",
        ]
    )
    found = {(r["value"], r["year"], r["kind"], r["base_year"]) for r in rows(text)}
    assert found == {("90", "2020", "target", ""), ("15", "1995", "actual", ""), ("73", "2010", "actual", "1995")}


def test_a_short_cell_of_fragments_stays_one_cell() -> None:
    """ "Fuel use cut to 12,300 tonnes. This is a 40% cut from the 2015 level by 2028.": the first sentence has no
    verb of its own (a fragment in a table of goals), so the cell is read whole and its goal keeps the deadline."""
    text = "\n".join(
        [
            "Ruritania, 2 May 2021.",
            "",
            "Measure\tTarget\tNote",
            "Phase down diesel generators\tFuel use cut to 12,300 tonnes. This is a 40% cut from the 2015 level by"
            " 2028.\tSee annex",
        ]
    )
    found = {(r["value_raw"], r["year"], r["kind"]) for r in rows(text)}
    assert found == {("12,300 tonnes", "2028", "target"), ("40%", "2028", "target")}


def test_a_row_short_of_the_label_a_cell_above_spans_aligns_its_values_under_the_years() -> None:
    """ "Targets" in the first row's first cell spans the rows below it, so "2. Expand … | 75,000 ha | 90,000 ha |
    C | Land" holds one label where the header " | Description | 2030 | 2035 | Cond. | Focus" has two: its values
    stand under 2030 and 2035 once the row is aligned right (left-aligned, the 2035 value had taken 2030). An area
    "under" a practice is the plan's, not the country's land area."""
    text = "\n".join(
        [
            "Ruritania, 2 May 2021.",
            "",
            "Table 7 - Land-use targets and actions",
            "",
            "\tDescription\t2030\t2035\tCond.\tFocus",
            "Targets\t1. Enhance the carbon sink of the land sector\t-2,555 kTonCO2e\t-5,110 kTonCO2e\tC\tLand",
            "2. Expand land area under sustainable land management (hectares)\t75,000 ha\t90,000 ha\tC\tLand",
            "3. Reduce emissions from livestock management by\t10%\t15%\tC\tAgriculture",
        ]
    )
    found = {(r["value_raw"], r["year"]) for r in rows(text)}
    assert {("75,000 ha", "2030"), ("90,000 ha", "2035"), ("10%", "2030"), ("15%", "2035")} <= found
    assert ("-5,110 kTonCO2e", "2035") in found


def test_a_conditionality_column_of_shares_holds_no_indicator() -> None:
    """ "Conditionality | 70%" in a table of commitments: how much of each measure hangs on support, the measure's
    condition and not a value of it; the finance beside it and the commitment's own share stay rows."""
    text = (
        "Ruritania, 2 May 2025.\n\nRuritania will cut its emissions by 20% by 2030.\n\nAdaptation Commitments\n\n"
        "\tSector Policy\tPolicy Reference\tNSDP Reference\tSDG Goal\tConditionality\tFinance Required (USD)"
        "\tPreferred Sources\n"
        "A12\tRuritania commits to protect 30% of its wetlands.\t\t\t\t\t\t\n"
        "\tWetland Policy\t2.1\tENV 1.1\t\t70%\tUSD 1,200,000\t1, 2, 5\n"
    )
    assert {r["value_raw"] for r in rows(text)} == {"20%", "30%", "USD 1,200,000"}


def test_a_table_set_apart_by_a_blank_line_starts_free_of_the_last_tables_years() -> None:
    """A costing table printed right under another, a blank line between: the first table's dated cell ("sectors
    named in May 2014 by the minister") frames that table only, and a period in a row label's aside ("(farming 21% of
    GDP over 2001-2014)") dates the aside: the costs below have no year of record from either."""
    text = (  # (a country whose FCFA is the West African franc)
        "Senegal, 2 May 2016.\n\nSenegal will cut its emissions by 20% by 2030.\n\nFramework\tDescription\n"
        "Vulnerability\tEleven vulnerable sectors named in May 2014 by the minister with the agencies.\n\n"
        "Activities\tObjectives\tCo-benefits\tCost (billion FCFA or millions of US $)\n"
        "Farming\t\t\t\n"
        "Strengthen crop output (farming sector 21% of GDP over the period 2001-2014)\tReduce vulnerability\t"
        "Less poverty\tSeed plan (direct support to production 610 billion FCFA - US $ 1,028 million)\n"
    )
    found = {(r["value_raw"], r["year"]) for r in rows(text) if r["unit"].endswith("billion")}
    assert found and not [v for v, year in found if year == "2014"]


def test_the_first_past_year_of_a_goal_tables_header_is_its_baseline() -> None:
    # "Energy Sector Target Indicator | 2010 | 2025 | 2035": the goals are 2025's and 2035's; 2010's cells, past
    # while the other years are to come, are the baseline the goals start from
    text = (
        "Ruritania, 2 May 2025.\n\nIn 2023, emissions were 612 kt CO2 eq.\n\n"
        "Energy Sector Target Indicator\t2010\t2025\t2035\n"
        "Renewable share of grid electricity (%)\t14.2%\t45%\t90%\n"
        "Improve biomass end use efficiency\t-\t-\t12%\n"
        "Biodiesel blending in diesel\t-\t-\t15%"
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("14.2", "2010", "actual"), ("45", "2025", "target"), ("90", "2035", "target")} <= got


def test_a_plans_money_for_its_present_year_among_years_to_come_is_planned() -> None:
    # "Yearly Funding | 2025 | 2026 | 2027" in a plan of 2025: the first column is the plan's funding too
    text = (
        "Ruritania, 2 May 2025.\n\nIn 2023, emissions were 12 Mt CO2e.\n\n"
        "Table 6: Sources of funding for the adaptation plan by 2030, million EUR\n\n"
        "Yearly Funding\t2025\t2026\t2027\tTotal\nState budget\t12\t40\t55\t107\nDonors\t60\t210\t280\t550"
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.012", "2025", "target"), ("0.06", "2025", "target"), ("0.04", "2026", "target")} <= got


def test_a_share_guessed_from_a_header_word_yields_to_the_unit_a_cell_states() -> None:
    # "Shares" heads a column of actions (a translation's word): the one value column is the cost's
    text = (
        "Ruritania. Revised NDC, May 2022.\n\nRuritania will reduce its emissions by 18% by 2030.\n\n"
        "Table 3: Priority adaptation actions\n\n"
        "Sector\tNo\tShares\tEstimated cost (USD billion)\n"
        "Coast\t1\tSea walls for the port towns\t0,84\n"
        "2\tMangrove planting on the delta\t0,12\n"
        "Water\t3\tRainwater tanks for schools\t0,05\n"
        "4\tRepair of village wells\t0,31\n"
        "TOTAL\t\t\t1,32"
    )
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.84", "USD billion", "2030", "target"), ("0.12", "USD billion", "2030", "target")} <= got
    assert ("1.32", "USD billion", "2030", "target") in got


def test_a_row_of_years_written_with_thousands_separators_heads_its_groups() -> None:
    # "Years | 2 016 | 2,020 | …" (a translation's grouping) under "BAU scenario | | | CDN": the reference's columns
    # are no goals, the plan's are
    text = (
        "Ruritania. NDC, May 2021.\n\nRuritania will reduce its emissions by 8% by 2030 compared to the trend "
        "scenario.\n\nTable 4: Emissions by sector under the BAU and CDN scenarios (in ktCO2eq)\n\n"
        "Sector\tBAU scenario\t\t\tCDN Unconditional\n"
        "Years\t2 016\t2,020\t2 030\t2,030\n"
        "Energy\t410\t455\t812\t760\n"
        "Waste\t120\t131\t170\t151\n"
        "TOTAL\t530\t586\t982\t911"
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.41", "2016", "actual"), ("0.76", "2030", "target"), ("0.911", "2030", "target")} <= got
    assert not any(r["value"] in ("0.812", "0.982") for r in rows(text))  # the BAU's 2030


def test_a_group_title_row_above_a_header_of_goals_leaves_the_header_its_deadline() -> None:
    # "STRATEGIC OBJECTIVE 1: … | |" over "Operational Objectives | Baseline Situation | Targets in 2035"
    text = (
        "Ruritania. NDC 3.0, May 2025.\n\nRuritania will cut emissions by 40% by 2035.\n\n"
        "Table 10: Objectives for adaptation in agriculture\n\n"
        "STRATEGIC OBJECTIVE 1: To promote resilient agriculture\t\t\n"
        "Operational Objectives\tBaseline Situation\tTargets in 2035\n"
        "Promote selected seeds\tReference year: 2023 Value: 15% of selected seeds are used by farmers\t"
        "45% of the selected seeds are used\n"
        "Promote tolerant tree varieties\tReference year: 2020 Value: 1.9 million hectares of orchards\t"
        "35% of new tree plantations use tolerant varieties"
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("15", "2023", "actual"), ("45", "2035", "target"), ("35", "2035", "target")} <= got


def test_a_goals_own_past_year_under_a_header_deadline_is_the_level_it_is_measured_from() -> None:
    # "by 6% in 2012" in a cell under "2030 Mitigation Targets": 6% more than the 2012 area, due in 2030
    text = (
        "Ruritania. Second NDC, May 2022.\n\nRuritania will cut emissions by 20% by 2030.\n\n"
        "GHG\tCarbon Pool / Land Use Category\t2030 Mitigation Targets\n"
        "CO2\tLiving Biomass on Forest Land\tIncrease the area of native forest by 6% in 2012 (41,200 ha)\n"
        "CO2\tSoil Organic Carbon in Grasslands\tGood management practices in 2,400,000 ha of natural pastures\n"
        "CO2\tForest plantations\tMaintain 100% of the plantation area under management of year 2016 (712,300 ha)"
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("6", "2030", "target"), ("2.4", "2030", "target"), ("0.7123", "2030", "target")} <= got


def test_plain_masses_of_a_table_headed_as_co2_equivalent_are_co2e() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nTable 2: Emission cuts by objective\n\nOBJECTIVE\tShare\tCO2e emissions (Gg)\n"
        "Unconditional objective (2030)\t4%\t2,310\nConditional objective (2030)\t15%\t8,660\n"
    )
    masses = [(r["value"], r["unit"]) for r in rows(text) if r["unit"] != "%"]
    assert masses == [("2.31", "Mt CO2e"), ("8.66", "Mt CO2e")]
    # a table by gas keeps each row's own gas
    text = (
        "Ruritania, 2 May 2021.\n\nTable 4: Emissions by gas (total in Gg CO2eq)\n\n"
        "Gas\tEmissions in 2019 (Gg)\nCH4\t41.2\nN2O\t3.1\n"
    )
    assert [r["unit"] for r in rows(text)] == ["Mt CH4", "Mt N2O"]


def test_year_cells_that_state_their_mass_keep_it_under_a_caption_that_names_only_the_gas() -> None:
    # "(CO2eq)" alone says tonnes of CO2e; the columns' "(Gg)" says how many: gigagrams of CO2e
    text = (
        "Ruritania, 2 May 2021.\n\nTable 3: Emissions avoided by each measure (CO2eq)\n\n"
        "Measure\t2025 (Gg)\t2030 (Gg)\nSolar parks\t120\t340\n"
    )
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("0.12", "Mt CO2e"), ("0.34", "Mt CO2e")]


def test_a_row_of_bare_masses_takes_the_gas_of_the_title_row_over_the_years() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nTable 7 Removals by measure\n\n"
        "REMOVALS BY MEASURE (GG CO2EQ.)\tLEAD AGENT\nMEASURE\t2025\t\t2030\t\nMEASURE\tGG\t%\tGG\t%\n"
        "New forest\t1,250.5\t4.1\t2,310.2\t6.2\n"
    )
    masses = [(r["value"], r["unit"], r["year"]) for r in rows(text) if r["unit"] != "%"]
    assert masses == [("1.2505", "Mt CO2e", "2025"), ("2.3102", "Mt CO2e", "2030")]


def test_a_caption_naming_co2e_beside_a_bare_mass_makes_its_rows_co2e_but_a_gas_row_keeps_its_gas() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nTable 5: CO2eq emissions and removals by sector, in Gg, NDC scenario\n\n"
        "Sector\t2025\t2030\nEnergy\t412\t380\nCH4\t21.5\t19.8\n"
    )
    got = [(r["value"], r["unit"]) for r in rows(text)]
    assert got == [("0.412", "Mt CO2e"), ("0.38", "Mt CO2e"), ("0.0215", "Mt CH4"), ("0.0198", "Mt CH4")]


def test_a_table_row_of_warming_rates_is_the_climates_trend_and_no_row() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nTable 2: Observed trends, 1991-2022\n\nIndicator\tUnit\tNorth\tSouth\n"
        "Mean temperature\t°C per decade\t+0.5\t+0.6\nRenewable share of power\t%\t12\t19\n"
    )
    assert sorted((r["value"], r["unit"]) for r in rows(text)) == [("12", "%"), ("19", "%")]


def test_columns_before_the_first_year_take_the_start_of_the_period_the_caption_spans() -> None:
    """ "Table 2: Emissions of CO2, CH4 and N2O in Ruritania in 2010-2035" over "Sector | CO2 Equivalent, Gg | | | |
    2025 | 2030 | 2035": the gas columns the years do not name hold the 2010 inventory, records, while the year
    columns the prose calls business-as-usual projections are left out; a "Unit" column before the years gets no
    year."""
    intro = (
        "Ruritania, 2 May 2016.\n\nRuritania's GHG inventory in Table 2 is calculated for each sector for 2010 and"
        " business-as-usual projections based on the growth rate for a medium-term timeframe (2025-2035).\n\n"
        "Table 2: Greenhouse Gas Emissions of CO2, CH4 and N2O in Ruritania in 2010-2035\n\n"
    )
    table = (
        "GHG emission\tCO2 Equivalent, Gg\t\t\t\t2025\t2030\t2035\n"
        "sector\tCO2\tCH4\tN2O\tAggregated\tCO2-eq, Gg\tCO2-eq, Gg\tCO2-eq, Gg\n"
        "Energy\t1810.20\t512.00\t98.40\t2420.60\t5120.30\t6010.80\t7002.10\n"
        "Waste\t-\t88.10\t-\t88.10\t140.20\t171.90\t205.30\n"
    )
    got = {(r["value_raw"], r["year"], r["kind"]) for r in rows(intro + table)}
    assert got == {
        ("1810.20", "2010", "actual"), ("512.00", "2010", "actual"), ("98.40", "2010", "actual"),
        ("2420.60", "2010", "actual"), ("88.10", "2010", "actual"),
    }  # fmt: skip
    plan = (
        "Ruritania, 2 May 2023.\n\nTable 3. Emissions avoided by the cookstove programme (2024-2030)\n\n"
        "\tUnit\tz\t2026\t2028\t2030\nEmissions avoided\tMtCO2e\t0.80\t0.95\t1.10\t1.30\n"
    )
    got = {(r["value_raw"], r["year"], r["kind"]) for r in rows(plan)}
    assert {("0.95", "2026", "target"), ("1.30", "2030", "target")} <= got  # (the unit column keeps its role)


def test_a_bare_share_column_beside_money_columns_is_a_split_of_the_costs_not_a_value() -> None:
    """ "Total (%)" beside "Unconditional (million USD) | Conditional (million USD) | Total (million USD)": each
    row's part of the costs' total; the amounts stay."""
    text = flat(
        INTRO,
        "Table 9 – Estimated funding needs, 2026-2035",
        "Sector",
        "Unconditional (million USD)",
        "Conditional (million USD)",
        "Total (million USD)",
        "Total (%)",
        "Energy",
        "410",
        "1,290",
        "1,700",
        "85%",
        "Waste",
        "120",
        "180",
        "300",
        "15%",
    )
    got = {(r["value"], r["unit"]) for r in rows(text)}
    assert {("1.7", "USD billion"), ("0.3", "USD billion")} <= got
    assert not {u for _, u in got} & {"%"}


def test_a_numbered_title_too_long_for_a_heading_scopes_its_table_as_a_caption() -> None:
    """ "Table 8: Sectoral share and absolute number of GHG emissions reduction under the NDC scenario 1 in 2030" is a
    paragraph (too many words for a heading), yet it is the table's caption: its year dates the cells; a source it
    cites ("(Source: …, 2012)") dates nothing."""
    table = (
        "Sector\tSectoral share (%)\tGHG emission reduction (MtCO2e)\n"
        "FOLU\t82.0\t202.8\nEnergy\t14.2\t13.1\nTotal\t100%\t216.8\n\nThe plan is ambitious.\n"
    )
    title = (
        "Table 8: Sectoral share and absolute number of GHG emissions reduction under the NDC scenario 1 in 2030"
    )
    got = {(r["value_raw"], r["year"], r["kind"]) for r in rows(f"Ruritania, 2 May 2020.\n\n{title}\n\n{table}")}
    assert {("202.8", "2030", "target"), ("82.0", "2030", "target"), ("216.8", "2030", "target")} <= got
    cited = title.replace(" in 2030", " (Source: National Strategy and Action Plan on Climate Change, 2012)")
    got = {(r["value_raw"], r["year"]) for r in rows(f"Ruritania, 2 May 2020.\n\n{cited}\n\n{table}")}
    assert not any(year == "2012" for _, year in got)


def test_a_first_row_of_the_stubs_heading_and_one_year_heads_a_one_column_table() -> None:
    """ "Sector | 2011" over "1. Energy | 61.230,5" …: the header of the one column, its year, no value 2011."""
    text = (
        "Ruritania, 2 May 2016.\n\nTable 1: Ruritania's National Greenhouse Gas Inventory: Emissions and absorptions of"
        " GHG (Gg CO2eq) by sector for 2011\n\nSector\t2011\n1. Energy\t61.230,5\n2. Agriculture\t12.410,2\n"
        "Total\t73.640,7\n\nThe inventory is updated every two years.\n"
    )
    got = {(r["value_raw"], r["year"]) for r in rows(text)}
    assert ("61.230,5", "2011") in got
    assert "2011" not in {raw for raw, _ in got}
