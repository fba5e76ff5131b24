"""Tables of planned actions as NDCs print them: several label columns (action, target, activity) before the value
columns, a cost column whose unit carries a times sign, start and end dates, and label cells that state their own
amounts and years. Sentences and numbers are made up for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.cellunits import cell_unit
from extract.grid import find_grids
from extract.header import table_scope
from extract.segment import segment
from tests.test_extractor import rows
from tests.test_years import observations_of

SCHEDULE = "\n\n".join(
    [
        "In 2022 the ministry published its review of the forestry programme.",
        "Table 6: Priority actions in the forestry sector",
        "Priority action",
        "Target",
        "Activity",
        "Cost (USD x 1000)",
        "Start date",
        "End date",
        "1. Restore degraded hillsides",
        "Raise the forest cover of the highlands to 21.5% by 2028 (Forest Plan 2019-2028)",
        "Plant mixed forest on 48,000 ha at a rate of 6,000 ha per year from 2023",
        "9,250",
        "2023",
        "2030",
        "2. Plant village woodlots",
        "Woodlots of native trees planted around schools and markets in eight years",
        "Plant woodlots on 12,400 ha at a rate of 1,550 ha per year from 2023",
        "4,120",
        "2023",
        "2030",
        "3. Protect river banks",
        "Bamboo planted along the banks of the main rivers and their tributaries",
        "Plant bamboo on 3,600 ha at a rate of 450 ha per year from 2023",
        "1,980",
        "2023",
        "2030",
        "The ministry of environment will report on these actions every two years.",
    ]
)


def test_a_label_cell_stating_its_own_amounts_and_years_is_no_header_cell() -> None:
    blocks = segment(SCHEDULE)
    (grid,) = find_grids(blocks, SCHEDULE).values()
    header = [c.text for c in grid.header]
    assert header == ["Priority action", "Target", "Activity", "Cost (USD x 1000)", "Start date", "End date"]
    assert [len(r.labels) for r in grid.rows] == [3, 3, 3]


def test_a_header_over_label_columns_and_value_columns_heads_the_last_ones() -> None:
    header = ["Priority action", "Target", "Activity", "Cost (USD x 1000)", "Start date", "End date"]
    scope = table_scope("Table 6: Priority actions", header, 3, label_cols=3)
    assert scope is not None
    assert [c.label for c in scope.columns] == ["Cost (USD x 1000)", "Start date", "End date"]
    # rows of one label cell under that header: its cells are not one per column, which heads which is unknown
    scope = table_scope("Table 6: Priority actions", header, 3, label_cols=1)
    assert scope is None or [c.label for c in scope.columns] != header[3:]


def test_an_end_date_column_dates_the_row_and_a_start_date_is_no_value() -> None:
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in (o.as_row() for o in observations_of(SCHEDULE))}
    assert {
        ("0.00925", "USD billion", "2030", "target"),
        ("0.00412", "USD billion", "2030", "target"),
        ("0.00198", "USD billion", "2030", "target"),
    } <= found
    # the label cells' own amounts take the row's year and kind
    assert {("0.048", "Mha", "2030", "target"), ("0.0124", "Mha", "2030", "target")} <= found
    assert ("21.5", "%", "2028", "target") in found  # its own deadline
    assert not any(value in ("2023", "2030") for value, *_ in found)  # the dates are no values


@pytest.mark.parametrize(
    ("cell", "unit", "scale"),
    [
        ("Cost (USD x 1000)", "USD billion", "1e-6"),
        ("Costx1000USD", "USD billion", "1e-6"),
        ("Investment (× 1,000,000 EUR)", "EUR billion", "1e-3"),
        ("Budget (USD x 10^6)", "USD billion", "1e-3"),
        ("Emissions (t CO2e x 1000)", "Mt CO2e", "1e-3"),
        ("Area planted (ha x 1000)", "Mha", "1e-3"),
        ("Cost (USD)", "USD billion", "1e-9"),
    ],
)
def test_a_multiplier_written_with_a_times_sign_scales_the_column(cell: str, unit: str, scale: str) -> None:
    found = cell_unit(cell)
    assert found is not None and found[0] == unit and found[1] == Decimal(scale)


def test_no_times_sign_in_a_word_or_a_size() -> None:
    assert cell_unit("Box 4x4") is None
    assert cell_unit("Max capacity (MW)") == ("GW", Decimal("0.001"))


def test_a_label_that_dates_its_own_amounts_is_read_whatever_years_the_row_holds() -> None:
    text = "\n\n".join(
        [
            "The ministry of agriculture prepared these measures in 2021 with the farmers' unions.",
            "Table 9: Emission reductions of agriculture measures (Gg CO2e)",
            "Measure",
            "Target",
            "2025",
            "2030",
            "Better feed for dairy herds",
            "Cut methane from enteric fermentation by 4% by 2030 against 2018 (31.5 Gg of CH4)",
            "211.4",
            "230.8",
            "Biogas digesters on large farms",
            "Capture manure methane on 120 farms",
            "45.2",
            "60.7",
            "The measures will be reviewed in 2026.",
        ]
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"], r["base_year"]) for r in rows(text)}
    assert ("4", "%", "2030", "target", "2018") in found
    assert ("0.0315", "Mt CH4", "2018", "actual", "") in found
    assert ("0.2308", "Mt CO2e", "2030", "target", "") in found


def test_a_row_with_start_and_end_years_beside_its_amounts_is_a_row_not_a_header_of_years() -> None:
    """ "Expand the bus fleet | By 2029, 140 electric buses in service | 18,400 | 2023 | 2029 | 12%": two year cells
    under "Start date | End date" beside a cost and a share are the row's dates, not a header row of year columns
    (which had left the row, and every row under it, unread)."""
    text = "\n".join(
        [
            "The ministry reviewed the programme in May 2022.",
            "",
            "Table 7: Priority measure in the urban transport sub-sector",
            "",
            "Priority\tTarget\tCost (USD x 1000)\tIndicator\tStart date\tEnd date\tProgress as of April 2022",
            "Expand the bus fleet.\tBy 2029, 140 electric buses in service\t18,400\tBuses bought\t2023\t2029\t12%",
        ]
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("140", "2029", "target") in found


def test_a_progress_column_holds_records_of_its_date_or_of_the_documents_present() -> None:
    """Under "Progress as of April 2022" a share is where the measure stood then, a record of 2022, whatever goal
    and end date the row states; under a bare "Progress" column, where it stands as the document is written."""
    dated = "\n".join(
        [
            "The ministry reviewed the programme in May 2022.",
            "",
            "Priority\tTarget\tCost (USD x 1000)\tStart date\tEnd date\tProgress as of April 2022",
            "Expand the bus fleet.\tBy 2029, 140 electric buses in service\t18,400\t2023\t2029\t12%",
        ]
    )
    assert ("12", "2022", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(dated)}
    bare = "\n".join(
        [
            "The ministry reviewed the programme in May 2022.",
            "",
            "Selected projects\tTarget\tActivities\tStart date\tEnd date\tProgress",
            "Clean cooking\tBy 2027, 60% of town households use efficient stoves\tTrain stove makers\t2021\t2027\t41%",
        ]
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(bare)}
    assert ("41", "2022", "actual") in found and ("60", "2027", "target") in found
    since = bare.replace("\tProgress\n", "\tProgress made since 2019\n")
    assert ("41", "2022", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(since)}


def test_an_amount_received_is_a_record_of_its_rows_period() -> None:
    """ "Amount received | Implementation period" in a table of support received: the money is a record, dated by
    the period's end, or by the document's present while the period runs on (no record is of a year to come)."""
    text = "\n".join(
        [
            "Ruritania, 2 May 2021.",
            "",
            "Financial support received by Ruritania",
            "",
            "No.\tTitle\tChannel\tAmount received\tImplementation period\tFinancial instrument\tFunding status",
            "1\tCoastal solar park\tMultilateral\tUSD 6.3 million\t2017-2019\tConcessional loan\tReceived",
            "2\tResilient roads\tBilateral\tUSD 12 million\t2019-2024\tGrant\tReceived",
        ]
    )
    found = {(r["value_raw"], r["year"], r["kind"]) for r in rows(text)}
    assert found == {("USD 6.3 million", "2019", "actual"), ("USD 12 million", "2021", "actual")}


def test_a_column_named_as_a_deadline_dates_its_cells_undated_goals() -> None:
    """ "Measure | Action | 2030 Target | 2035 Target | Source": a goal written in a cell without a year of its own is
    due in its column's year, over the deadline the section's heading names; a cell's own year still comes first."""
    text = "\n".join(
        [
            "Ruritania, 2 May 2025.",
            "",
            "Mitigation targets for 2035",
            "",
            "Table 4: Industry measures and targets",
            "",
            "Measure\tAction\t2030 Target\t2035 Target\tSource",
            "Slag in cement\tReplace clinker with slag\tAt least 12% average blending ratio\t20% average blending ratio"
            "\tIndustry studies",
            "Kiln upgrades\tUpgrade the two largest kilns\tHeat use cut by 8% by 2029\tHeat use cut by 15%\tAudit",
        ]
    )
    found = {(r["value_raw"], r["year"]) for r in rows(text)}
    assert {("12%", "2030"), ("20%", "2035"), ("8%", "2029"), ("15%", "2035")} <= found
    # a term named with its year in brackets: "Medium term (2030) | Long term (2050)"
    terms = text.replace("2030 Target\t2035 Target", "Medium term (2030)\tLong term (2035)")
    found = {(r["value_raw"], r["year"]) for r in rows(terms)}
    assert {("12%", "2030"), ("20%", "2035"), ("15%", "2035")} <= found
