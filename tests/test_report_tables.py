"""Inventory tables as NDCs print them from their national reports: rows named by the report and its year
("NC2-2005", "BUR-2019"), sector columns whose unit only the Total column states. Made-up tables and numbers."""

from __future__ import annotations

import pytest

from extract.cells import row_label_year
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
