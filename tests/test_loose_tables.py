"""Tables flattened one cell per line whose rows do not line up (``extract.loosetable``), and a header row of years
with a blank corner cell (``extract.grid``). Sentences and numbers of our own."""

from __future__ import annotations

from extract.grid import Grid, LooseTable, find_grids
from extract.segment import segment
from tests.test_tables import flat, keyed

PLAN = "Zambia's NDC was submitted in 2021. It covers the period up to 2035."

MEASURES = [
    "Table 6: Summary of mitigation measures and their estimated costs",
    "Sector",
    "Measure",
    "Indicators",
    "Abatement in 2035",
    "Cost (million USD)",
    "Period",
    "Energy",
    "Solar mini-grids for rural clinics",
    "Share of clinics on mini-grids from 12% in 2019 to 60%",
    "2.1 Mt CO2e",
    "240",
    "Efficient charcoal kilns",
    "Number of kilns distributed;",
    "Number of producers trained",
    "35.5",
    "Forestry",
    "Mangrove restoration",
    "50,000 ha of mangroves restored",
    "18",
    "Community forest monitoring",
    "Existence of a monitoring system",
    "7.25",
]
AFTER = "The costs were estimated by the Ministry of Finance with its partners and will be revised in each budget."


def test_bare_amounts_take_the_unit_of_the_one_header_cell_that_states_one() -> None:
    text = flat(PLAN, *MEASURES, AFTER)
    got = keyed(text)
    for value in ("0.24", "0.0355", "0.018", "0.00725"):
        assert got[(value, "USD billion")]["kind"] == "target"
        assert got[(value, "USD billion")]["year"] == "2035"  # "Abatement in 2035": the plan's deadline
    assert "Efficient charcoal kilns" in got[("0.0355", "USD billion")]["quote"]  # quoted with the cell before it
    # the text cells are the plan's goals, due at the header's deadline, unless they date themselves
    assert (got[("0.05", "Mha")]["year"], got[("0.05", "Mha")]["kind"]) == ("2035", "target")
    assert (got[("2.1", "Mt CO2e")]["year"], got[("2.1", "Mt CO2e")]["kind"]) == ("2035", "target")
    assert (got[("12", "%")]["year"], got[("12", "%")]["kind"]) == ("2019", "actual")
    assert isinstance(find_grids(segment(text), text)[1], LooseTable)


def test_a_figure_caption_about_projections_above_the_table_does_not_make_its_goals_modelled() -> None:
    text = flat(PLAN, "Figure 4: Projected emissions of the energy sector under BAU", *MEASURES, AFTER)
    assert keyed(text)[("0.05", "Mha")]["kind"] == "target"


def test_cells_without_an_amount_keep_the_table_going_and_it_ends_with_its_last_amount() -> None:
    gap = ["Improved cookstoves", "Households using improved stoves;", "Number of stoves sold", "Women trained"]
    prose = " ".join(["Cookstove programmes have been run by several partners since the first plan."] * 10)
    text = flat(
        PLAN,
        *MEASURES[:16],
        *gap,
        "Cost: Not estimated (NE)",
        *gap,
        *gap[:3],
        "Cost: 12",  # 16 cells after the last amount, 8 after the row without one
        "Sources: partners",
        prose,
        "Total: 40",
    )
    got = keyed(text)
    assert got[("0.012", "USD billion")]["year"] == "2035"
    assert not any(unit == "USD billion" and value == "0.04" for value, unit in got)  # after running text
    table = find_grids(segment(text), text)[1]
    assert isinstance(table, LooseTable) and segment(text)[table.last_block].text == "Cost: 12"


def test_a_header_with_two_units_or_none_makes_no_loose_table() -> None:
    two = [*MEASURES[:5], "Abatement (Gg CO2e)", *MEASURES[5:]]
    none = [c if c != "Cost (million USD)" else "Cost" for c in MEASURES]
    for cells in (two, none):
        text = flat(PLAN, *cells, AFTER)
        assert not any(isinstance(g, LooseTable) for g in find_grids(segment(text), text).values())
        assert not any(unit == "USD billion" for _, unit in keyed(text))


def test_a_long_header_cell_naming_another_unit_makes_no_loose_table() -> None:
    # "Tons of CO2 saved per year" then "Investment cost in US$, taking into account an additional 35% for …": the
    # header goes on past the long cell with a second measure, so its bare amounts are not all tonnes
    long_cost = (
        "Investment cost in US$, taking into account an additional 35% for running costs (outreach, administration, "
        "training, monitoring and evaluation)"
    )
    cells = [*MEASURES[:5], "Tons of CO2 saved per year", long_cost, *MEASURES[6:]]
    text = flat(PLAN, *cells, AFTER)
    assert not any(isinstance(g, LooseTable) for g in find_grids(segment(text), text).values())
    assert not any(unit.startswith("Mt") for value, unit in keyed(text) if value in ("0.00024", "0.0000355"))


def test_a_header_row_of_years_with_a_blank_corner_cell_heads_a_grid() -> None:
    text = flat(
        PLAN,
        "Table 3: Emissions of the transport sector by scenario (kt CO2e)",
        "2020",
        "2025",
        "2030",
        "Low-carbon scenario",
        "4,310",
        "4,120",
        "3,870",
        "Electric mobility scenario",
        "4,310",
        "3,990",
        "3,505",
        AFTER,
    )
    table = find_grids(segment(text), text)[1]
    assert isinstance(table, Grid) and [c.text for c in table.header] == ["2020", "2025", "2030"]
    got = keyed(text)
    assert got[("3.505", "Mt CO2e")]["year"] == "2030"
    assert got[("4.12", "Mt CO2e")]["year"] == "2025"


def test_an_amount_right_after_another_is_of_the_same_row_year_and_kind() -> None:
    text = flat(
        "Table 8: Measures of the cement sector",
        "Measure",
        "Condition",
        "Mitigation potential (Gg CO2 eq)",
        "CE.1. Lower clinker ratio in cement",
        "Planned",
        "In the year 2035: 48.2",
        "Average: 31.5",
        "CE.2. Kiln dust filters",
        "Applied",
        "In the year 2035: 5.9",
        "Accumulated to 2035: 61.4 (with a potential growing by 2% a year). Average: 4.8",
        "The measures were selected with the cement producers and the Ministry of Industry in a public consultation.",
    )
    got = {value: (r["year"], r["kind"]) for (value, unit), r in keyed(text).items() if unit == "Mt CO2e"}
    assert got["0.0315"] == got["0.0482"]  # (the document states no present: what 2035 is stays undecided)
    assert got["0.0048"] == got["0.0614"]


def test_a_line_stating_a_unit_heads_the_label_amount_lines_under_it() -> None:
    text = flat(
        PLAN,
        "Emissions and removals by sector in GgCO2e, base year 2012",
        "Energy: 8,402.15",
        "-Livestock 3,310.40",
        "Waste: 512.75",
        "IPPU: 96.30",
        AFTER,
    )
    got = keyed(text)
    for value in ("8.40215", "3.3104", "0.51275", "0.0963"):
        assert (got[(value, "Mt CO2e")]["year"], got[(value, "Mt CO2e")]["kind"]) == ("2012", "actual")
    assert isinstance(find_grids(segment(text), text)[1], LooseTable)


def test_a_unit_line_without_amounts_right_under_it_heads_nothing() -> None:
    text = flat(PLAN, "Emissions by sector in GgCO2e, base year 2012", "The energy sector leads.", "Energy: 8,402.15")
    assert not any(isinstance(g, LooseTable) for g in find_grids(segment(text), text).values())
    assert ("8.40215", "Mt CO2e") not in keyed(text)


def test_several_amount_columns_at_the_headers_end_take_each_rows_last_amounts() -> None:
    """'… | Abatement ktCO2 eq | Investment USD': each row's run of amounts (ticks skipped, "N/A" holding its place)
    ends with one amount per column; a leading count (measures per row) has no column. A caption wrapped over two
    lines still opens the table."""
    text = flat(
        PLAN,
        "Table 9. Portfolio of mitigation measures with their impact by 2030 on\nthe national indicators. Source: own.",
        "Sector",
        "Measures",
        "No.",
        "GHG impact",
        "Abatement ktCO2 eq",
        "Investment USD",
        "ENERGY",
        "Grid-connected solar parks in the northern provinces.",
        "3",
        "X",
        "1,250.5",
        "840,000,000.0",
        "WASTE",
        "Methane capture at the two largest landfills.",
        "1",
        "X",
        "N/A",
        "45,000,000.0",
        "TRANSPORT",
        "Electric buses for the capital.",
        "2",
        "X",
        "98.2",
        "310,500,000.0",
        AFTER,
    )
    assert any(isinstance(g, LooseTable) for g in find_grids(segment(text), text).values())
    got = keyed(text)
    assert {k for k in got if k[1] in ("Mt CO2e", "USD billion")} == {
        ("1.2505", "Mt CO2e"), ("0.84", "USD billion"), ("0.045", "USD billion"), ("0.0982", "Mt CO2e"),
        ("0.3105", "USD billion"),
    }
    assert all(got[k]["year"] == "2030" and got[k]["kind"] == "target" for k in got if k[1] == "USD billion")


def test_a_sources_year_in_a_header_cell_dates_no_amount() -> None:
    text = flat(PLAN, *(c if c != "Period" else "Emission category (IPCC, 2006)" for c in MEASURES), AFTER)
    table = find_grids(segment(text), text)[1]
    assert isinstance(table, LooseTable)
    assert table.years == {2035}  # the deadline the header names, not the year of the guidelines it cites


def test_label_lines_of_a_measure_table_read_thousands_without_a_separator_and_no_durations() -> None:
    text = flat(
        "Ruritania submitted its plan in 2021.",
        "Table 5: Measures of the livestock sector",
        "Measure",
        "Mitigation Period and Potential (Gg CO2 eq)",
        "LV.1. Improved pastures",
        "In the year 2030: 74.2",
        "Accumulated to 2030: 742 (with a constant annual potential over the next 10 years)",
        "LV.2. Manure digesters",
        "In the year 2030: 318.5",
        "Accumulated to 2030: 3185 (with a constant annual potential over the next 10 years)",
        "The measures are described in the annex with their indicators and the ministries responsible.",
    )
    found = {(r["value"], r["unit"], r["year"]) for r in (keyed(text).values())}
    assert ("3.185", "Mt CO2e", "2030") in found  # four digits, no separator: still the column's amount
    assert not any(value == "0.01" for value, _, _ in found)  # "the next 10 years" counts years, no amount


def test_a_header_ending_with_two_unit_columns_opens_a_table_without_a_caption() -> None:
    from tests.test_years import observations_of

    cells = [
        "Timeframe", "From 1 January 2022 – 31 December 2031.", "Single year target: 2031.", "Priority Area", "#",
        "Commitment", "Policy Notes", "Plan Reference", "Conditionality (Expressed as %)", "Finance Required USD",
        "Agriculture", "A1", "Ruritania commits to scaling up drip irrigation on smallholder farms in all provinces.",
        "Irrigation Policy", "ENV 1.5", "80", "4,200,000", "A2",
        "Ruritania commits to training extension officers in climate-smart farming practices.",
        "Extension Strategy", "ENV 1.6", "60", "1,150,000", "A3",
        "Ruritania commits to restoring degraded rangeland through rotational grazing schemes.", "Rangeland Plan",
        "ENV 2.1", "75", "2,600,000",
    ]  # fmt: skip
    got = {(float(o.value), o.unit, o.year, o.kind) for o in observations_of("\n\n".join(cells), "rr_ndc_2024")}
    money = {g for g in got if g[1] == "USD billion"}
    assert {(v, y, k) for v, _, y, k in money} == {(0.0042, 2031, "target"), (0.00115, 2031, "target"),
                                                  (0.0026, 2031, "target")}  # fmt: skip
    assert not [g for g in got if g[0] in (1.5, 1.6, 2.1)]  # "ENV 1.5": a reference code


def test_a_header_without_unit_columns_at_its_end_opens_no_table() -> None:
    from tests.test_extractor import rows

    cells = ["Priority Area", "#", "Commitment", "Notes", "Agriculture", "A1", "Scale up drip irrigation.", "80",
             "4,200,000", "A2", "Train extension officers.", "60", "1,150,000"]  # fmt: skip
    assert not [r for r in rows("\n\n".join(cells)) if r["unit"] == "USD billion"]


def test_a_header_titled_as_proposed_measures_without_a_year_gives_goals_of_the_plans_deadline() -> None:
    from tests.test_years import observations_of

    # no caption, no year in the header: its title ("Annex 2: Description of proposed mitigation actions") makes the
    # measures' costs and reductions the plan's, due by the deadline it names most (2035), not records of its data
    # year (2020); rows of two measures sharing a sector make the table loose
    cells = [
        "Ruritania commits to cut its emissions by 12% by 2035, and by a further 20% by 2035 with support.",
        "In 2020, national emissions were 31.2 Mt CO2e, most of them from energy.",
        "7. Annexes", "Annex 2: Description of proposed mitigation actions", "Measure", "Sector",
        "Estimated Cost (USD)", "Cumulative Emission Reduction (Gg CO2 eq)",
        "Rooftop solar on public schools", "Energy", "1,204,000,000", "3,120",
        "Measures in the residential sector:", "Efficient lighting in social housing",
        "Heat pumps for apartment blocks", "Energy", "4,100,000", "22,600,000", "96.5", "402",
        "Landfill gas capture at the central dump", "Waste", "9,250,000", "1,310",
        "Rehabilitation of degraded rangeland", "Agriculture and Forestry", "3,800,000", "486.7",
    ]  # fmt: skip
    got = {(float(o.value), o.unit, o.year, o.kind) for o in observations_of("\n\n".join(cells), "rr_ndc_2021")}
    assert {(0.00925, "USD billion", 2035, "target"), (1.31, "Mt CO2e", 2035, "target")} <= got
    assert [g for g in got if g[3] == "actual"] == [(31.2, "Mt CO2e", 2020, "actual")]


def test_a_grid_of_proposed_measures_dates_its_rows_by_the_plans_deadline_not_by_a_labels_own_years() -> None:
    from tests.test_years import observations_of

    # the same header over rows that line up (a grid): the first row's label dates its own shares ("(2023, 15% to
    # 2035, 40%)"), no later row's cells; the title cell among the header's makes every measure the plan's goal
    cells = [
        "Ruritania commits to cut its emissions by 12% by 2035, and by a further 20% by 2035 with support.",
        "In 2020, national emissions were 31.2 Mt CO2e, most of them from energy.",
        "7. Annexes", "Annex 2: Description of proposed mitigation actions", "Measure", "Sector",
        "Estimated Cost (USD)", "Cumulative Emission Reduction (Gg CO2 eq)",
        "Raise the share of electricity from renewables (2023, 15% to 2035, 40%) through auctions", "Energy",
        "1,204,000,000", "3,120",
        "Landfill gas capture at the central dump", "Waste", "9,250,000", "1,310",
        "Rehabilitation of degraded rangeland", "Agriculture and Forestry", "3,800,000", "486.7",
    ]  # fmt: skip
    got = {(float(o.value), o.unit, o.year, o.kind) for o in observations_of("\n\n".join(cells), "rr_ndc_2021")}
    cells_read = {g for g in got if g[1] in ("USD billion", "Mt CO2e") and g[0] != 31.2}
    assert {(y, k) for _, _, y, k in cells_read} == {(2035, "target")}
    assert {(3.12, "Mt CO2e", 2035, "target"), (1.31, "Mt CO2e", 2035, "target")} <= cells_read
