"""The year of a record its sentence does not date (``recordyear``): a report's undated facts are of its data year;
a plan's are of no year a reader could check, but for its inventory's breakdown."""

from __future__ import annotations

from extract.yearof import CURRENT_BEFORE_RE
from tests.test_extractor import rows

_PLAN = "Freedonia submitted this plan in 2021. Freedonia will cut its emissions by 30% by 2035.\n\n"
_REPORT = "Freedonia published this progress report in 2021.\n\n"
_BODY = (
    "Emissions were 12 Mt in 2019.\n\n"
    "Land under coffee has shrunk by 40% in two decades.\n\n"
    "The energy sector emitted 8.1 Mt CO2e, or 67% of the total."
)


def _years(text: str) -> dict[str, str]:
    return {r["value_raw"]: r["year"] for r in rows(text)}


def test_a_plan_dates_no_undated_fact_but_its_inventorys_breakdown() -> None:
    """A plan heading at 2035 that does not say when its data were collected: "has shrunk by 40%" has no year; the
    energy sector's share of the inventory is still a record of the plan's data year."""
    found = _years(_PLAN + _BODY)
    assert "40%" not in found
    assert found["67%"] == found["8.1 Mt CO2e"] == "2021"


def test_a_report_dates_its_undated_facts_by_its_data_year() -> None:
    """A report with no deadline ahead speaks of its own present: its undated achievements are of its data year."""
    assert _years(_REPORT + _BODY)["40%"] == "2021"


def test_a_plans_current_level_is_of_no_year() -> None:
    """ "from the current 41% to 55% by 2035" in a plan that does not date its data: the start of the change is the
    document's present, which names no year a reader could check; the goal stays."""
    found = _years(_PLAN + "Raise the share of forest reserves from the current 41% to 55% of the land by 2035.")
    assert "41%" not in found
    assert found["55%"] == "2035"
    # a thing's size named as the present one before the verb: "a current extent of 30 ha is expected to reach …"
    found = _years(_PLAN + "Mangroves, with a current extent of 30 ha, are expected to cover 50 ha by 2035.")
    assert "30 ha" not in found and found["50 ha"] == "2035"
    # (the verb "currently cover" names no present size)
    assert CURRENT_BEFORE_RE.search("with a current extent of ") and CURRENT_BEFORE_RE.search("from today's ")
    assert not CURRENT_BEFORE_RE.search("Forests currently cover ")
