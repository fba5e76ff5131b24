"""Inventory tables as NDCs print them from their national reports: rows named by the report and its year
("NC2-2005", "BUR-2019"), sector columns whose unit only the Total column states. Made-up tables and numbers."""

from __future__ import annotations

import pytest

from extract.cells import row_label_year
from extract.header import table_scope
from tests.test_years import observations_of

REPORTS = "\n\n".join(
    [
        "Ruritania has reported its emissions in three national communications.",
        "Table 3: Emissions by sector in the national communications",
        "Report",
        "Energy",
        "Agriculture",
        "Waste",
        "Total (GgCO2eq)",
        "NC1-1995",
        "1,204.5",
        "3,310.2",
        "88.1",
        "4,602.8",
        "NC2-2005",
        "1,690",
        "4,020",
        "131",
        "5,841",
        "BUR-2019",
        "2,415.3",
        "4,877.6",
        "190.4",
        "7,483.3",
        "The fourth communication is being prepared.",
    ]
)


@pytest.mark.parametrize(
    ("label", "year"),
    [
        ("NC2-2005", 2005),
        ("BUR-2019", 2019),
        ("BUR-2019 estimate", 2019),
        ("2021-2030", None),
        ("Plan 2015 -2020", None),
    ],
)
def test_a_year_hyphenated_to_a_reports_name_dates_its_row(label: str, year: int | None) -> None:
    assert row_label_year(label) == year


def test_the_parts_of_a_total_share_the_unit_only_the_total_states() -> None:
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in (o.as_row() for o in observations_of(REPORTS))}
    assert {
        ("1.2045", "Mt CO2e", "1995", "actual"),
        ("0.0881", "Mt CO2e", "1995", "actual"),
        ("4.6028", "Mt CO2e", "1995", "actual"),
        ("4.02", "Mt CO2e", "2005", "actual"),
        ("7.4833", "Mt CO2e", "2019", "actual"),
    } <= found
    assert len(found) == 12


def _wide_table() -> str:
    years_a, years_b = [str(y) for y in range(2012, 2020)], [str(y) for y in range(2020, 2028)]
    return "\n\n".join(
        [
            "Ruritania's plan was written in 2021 from its inventory of 2017.",
            "Table 5: Emissions for the business as usual scenario and the mitigation scenario (in Mt CO2e)",
            *years_a,
            "Reference scenario",
            *["8,10", "8,35", "8,52", "8,71", "8,90", "9,12", "9,40", "9,66"],
            "Mitigation scenario",
            *["8,10", "8,35", "8,52", "8,71", "8,90", "9,12", "9.31", "9.44"],
            *years_b,
            "Reference scenario",
            *["9,95", "10,21", "10,49", "10,80", "11,07", "11,38", "11,70", "12,01"],
            "Mitigation scenario",
            *["9,51", "9,62", "9,70", "9,81", "9,90", "9,96", "10,05", "10,12"],
            "Emission reductions",
            *["0,44", "0,59", "0,79", "0,99", "1,17", "1,42", "1,65", "1,89"],
            "The scenarios are described in the annex.",
        ]
    )


def test_a_wide_table_printed_in_two_halves_under_two_rows_of_years_is_read_as_two_tables() -> None:
    found = {
        (r["value"], r["year"], r["kind"]) for r in (o.as_row() for o in observations_of(_wide_table(), "rr_ndc_2021"))
    }
    assert ("9.81", "2023", "target") in found and ("10.12", "2027", "target") in found  # the second half
    assert ("9.31", "2018", "target") in found  # the first half's plan, where the paths parted
    assert not any(value in ("11.07", "12.01") for value, _, _ in found)  # the reference path is no goal


def test_a_past_year_where_the_plan_prints_the_reference_value_is_the_record() -> None:
    found = {
        (r["value"], r["year"], r["kind"]) for r in (o.as_row() for o in observations_of(_wide_table(), "rr_ndc_2021"))
    }
    assert {("8.1", "2012", "actual"), ("9.12", "2017", "actual")} <= found


def test_a_row_of_reductions_in_a_long_series_is_the_plans() -> None:
    found = {
        (r["value"], r["year"], r["kind"]) for r in (o.as_row() for o in observations_of(_wide_table(), "rr_ndc_2021"))
    }
    assert {("0.99", "2023", "target"), ("1.89", "2027", "target")} <= found


def test_a_share_of_the_projected_inventory_is_a_cut_against_it_not_a_projection() -> None:
    header = ["Sector", "Measure", "Mitigation in 2030 (tCO2e)", "% of 2030 projected inventory"]
    scope = table_scope("Table 7: Mitigation options", header, 2, label_cols=2)
    assert scope is not None
    share = scope.columns[1]
    assert (share.unit[0] if share.unit else None, share.year, share.kind, share.baseline) == ("%", 2030, "", "bau")
    # a column of the projection itself stays the reference path
    scope = table_scope("Table 8: Emissions", ["Sector", "Projected emissions 2030 (tCO2e)"], 1)
    assert scope is not None and scope.columns[0].kind == "bau"
