"""Inventory tables as BUR annexes print them, and the inventory's year carried into the text that cites it (tables and
sentences written for these tests: made-up countries and numbers)."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extractor import rows
from tests.test_years import observations_of


def flat(*cells: str) -> str:
    return "\n\n".join(cells)


INTRO = "Ruritania prepared this updated contribution with all ministries in 2023."


def test_a_gas_alone_over_a_column_takes_the_mass_the_caption_states() -> None:
    text = flat(
        INTRO, "Table 3.2: Energy sector net emissions (Gg), 2017", "Categories", "Net CO2 eq", "%",
        "Energy industries", "8214.50", "61%", "Transport", "3990.25", "30%", "Residential", "1204.75", "9%",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert ("8.2145", "Mt CO2e", "2017") in got and ("3.99025", "Mt CO2e", "2017") in got
    assert ("61", "%", "2017") in got


def test_rows_of_fewer_cells_under_two_share_columns_write_their_share_under_either() -> None:
    text = flat(
        INTRO, "Emissions and shares by sector and subsector, 2017", "Source categories", "Gg CO2-Eq",
        "Sectors (%)", "Subsectors (%)", "Total national emissions", "31540", "100%", "1 - Energy", "24810", "79%",
        "1.A.3 - Transport", "6930", "22%", "2 - Industrial Processes and Product Use", "4120", "13%", "4 - Waste",
        "2610", "8%",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("31.54", "Mt CO2e", "2017"), ("6.93", "Mt CO2e", "2017"), ("4.12", "Mt CO2e", "2017")} <= got
    assert {("79", "%", "2017"), ("22", "%", "2017"), ("13", "%", "2017")} <= got
    assert not [r for r in rows(text) if r["unit"] == "count"]  # "2 - Industrial Processes": a category's code


def test_the_year_of_an_inventory_named_before_dates_what_this_inventory_reports() -> None:
    text = flat(
        "Estimates rest on the most recent national GHG inventory (2016), prepared under the IPCC 2006 guidelines.",
        "The gases covered were CO2, CH4 and N2O.",
        "According to this inventory, Ruritania emitted some 41 million tonnes CO2eq. Energy was the largest source"
        " with 64% of national emissions.",
    )
    got = {(o.unit, o.year) for o in observations_of(text, "rr_ndc_2021")}
    assert got == {("Mt CO2e", 2016), ("%", 2016)}


def test_a_sentence_naming_two_inventories_dates_no_later_citation() -> None:
    text = flat(
        "The inventories of 2010 and 2016 were compiled under the IPCC guidelines.",
        "According to this inventory, Ruritania emitted some 41 million tonnes CO2eq.",
    )
    assert not {o.year for o in observations_of(text, "rr_ndc_2021")} & {2010, 2016}


def test_a_sentence_announcing_the_next_table_ends_the_table_before_and_a_unit_line_above_it_heads_it() -> None:
    text = flat(
        INTRO, "The following table shows emissions for the scenarios up to 2025 and 2030.", "2015", "2025", "2030",
        "Reference scenario", "21.4", "27.9", "33.0", "Plan scenario", "21.4", "24.1", "26.6",
        "Emission reductions (MtCO2eq)", "The following table shows the reductions each contribution brings.",
        "2025", "2030", "Unconditional", "1.6", "2.9", "Conditional", "2.2", "3.5", "Total", "3.8", "6.4",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"], r["condition"]) for r in rows(text) if r["unit"] == "Mt CO2e"}
    assert {("1.6", "Mt CO2e", "2025", "unconditional"), ("3.5", "Mt CO2e", "2030", "conditional")} <= got
    assert ("6.4", "Mt CO2e", "2030", "") in got
    assert not [r for r in rows(text) if r["value"] in ("2025", "2030")]  # the header of years is no row's values


def test_a_one_column_table_under_a_title_ending_with_its_unit() -> None:
    text = flat(
        INTRO, "Funding needs by sector to 2030 (millions of US dollars)", "SECTORS", "Total", "Energy", "9,310",
        "Transport", "2,145", "Waste", "618", "TOTAL", "12,073",
    )  # fmt: skip
    got = {(r["value"], r["unit"]) for r in rows(text)}
    assert {("9.31", "USD billion"), ("2.145", "USD billion"), ("0.618", "USD billion")} <= got
    assert ("12.073", "USD billion") in got


def test_money_units_written_out_with_their_magnitude_anywhere() -> None:
    from extract.cellunits import cell_unit

    assert cell_unit("(million US dollars)") == ("USD billion", Decimal("0.001"))
    assert cell_unit("Cost (US dollars, millions)") == ("USD billion", Decimal("0.001"))
    assert cell_unit("Cost (USD)") == ("USD billion", Decimal("1e-9"))


def test_a_unit_cell_after_the_named_columns_spans_them() -> None:
    text = flat(
        INTRO, "Mitigation projections for 2025-2035 (published in the first BUR).", "Year", "Baseline emissions",
        "Mitigation scenario emissions", "Avoided emissions", "MtCO2 Equivalent", "2025", "21.40", "19.75", "1.65",
        "2030", "24.10", "21.30", "2.80", "2035", "26.55", "22.90", "3.65",
    )  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert {("19.75", "Mt CO2e", "2025"), ("2.8", "Mt CO2e", "2030"), ("22.9", "Mt CO2e", "2035")} <= got
    assert not [r for r in rows(text) if r["value"] in ("21.4", "24.1", "26.55")]  # the baseline: a projection


def test_a_long_row_description_before_a_label_and_its_year_stays_a_row() -> None:
    from extract.grid import _long_cells, _short
    from extract.segment import segment

    sentence = (
        "Deviation from current practice for each sector (Energy, Waste and Industry). Unconditional reduction"
        " of emissions compared to a BAU scenario according to the reference year."
    )
    for after, kept in ((["Base year", "2012"], True), (["2025", "2030"], False)):
        text = flat(sentence, *after)
        blocks = segment(text)
        following = [c for k in (1, 2) for c in (_short(blocks, text, k) or [])]
        assert (_long_cells(blocks, text, 0, following) is not None) is kept


def test_numbered_rows_under_a_section_title_and_indicative_amounts_are_the_plans_finance() -> None:
    text = flat(
        "Ruritania will implement its programme of actions by 2032.", "4.1 Sources of Finance", "No", "Sources",
        "Indicative Amounts (Billion) - ($)", "% of total investment", "Domestic sources", "1", "National Budget",
        "2.3", "9.1", "2", "Private sector", "4.6", "18.2", "International sources", "2", "Climate funds", "7.9",
        "31.3", "3", "Bilateral agreements", "10.4", "41.4",
    )  # fmt: skip
    money = {(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "USD billion"}
    assert money == {("2.3", "2032", "target"), ("4.6", "2032", "target"), ("7.9", "2032", "target"),
                     ("10.4", "2032", "target")}  # fmt: skip


def test_rows_labelled_by_one_gas_under_a_plain_mass_are_that_gas() -> None:
    # "Gas (kt)" over "CO₂ | 14,212" and "CH₄ | 302": kilotonnes of each gas, methane's not added to CO2e
    from tests.test_extractor import rows

    cells = [
        "Table 3. Emissions by gas", "Gas (kt)", "2019 (Inventory)", "2030 (Projection)",
        "CO₂", "14,212", "17,420.5",
        "CH₄", "302", "331.6",
        "N₂O", "6.41", "7.02",
        "Total", "23,866", "27,002.4",
    ]  # fmt: skip
    got = {(r["value"], r["unit"], r["year"]) for r in rows("Ruritania, 2021.\n\n" + "\n\n".join(cells))}
    assert {("0.302", "Mt CH4", "2019"), ("0.00641", "Mt N2O", "2019"), ("14.212", "Mt", "2019")} <= got


def test_a_gas_label_after_the_text_cells_of_the_row_before_it_still_names_its_gas() -> None:
    # "(Gg of gas)" over "CO2 | 8,240 | Energy and Waste | 21% of emissions | CH4 | 712 | …": flattened, the text cells
    # of a row land before the next row's gas label; the gas that labels the number last is its gas
    from tests.test_extractor import rows

    cells = [
        "Mitigation targets for 2035", "Sectors", "Do not exceed the following level of emissions (Gg of gas)",
        "CO2", "8,240", "Energy, IPPU, AFOLU and Waste", "21.4% of GHG emissions of the 2020 inventory",
        "CH4", "712", "Energy, AFOLU and Waste", "58.2% of GHG emissions of the 2020 inventory",
        "N2O", "29", "Energy, IPPU, AFOLU and Waste", "17.9% of GHG emissions of the 2020 inventory",
    ]  # fmt: skip
    got = {(r["value"], r["unit"]) for r in rows("Ruritania, 2022.\n\n" + "\n\n".join(cells))}
    assert {("0.712", "Mt CH4"), ("0.029", "Mt N2O")} <= got
