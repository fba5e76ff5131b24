"""What dates a document itself: its cover's date line and the UNFCCC decisions it cites."""

from __future__ import annotations

import pytest

from extract.docdate import date_line_year, decision_year, inventory_year, session_year
from extract.timeline import read_timeline


@pytest.mark.parametrize(
    "cover",
    [
        "Updated Contribution of Freedonia\nMinistry of Environment\nPortville, March 14, 2019\n\n1. Context",
        "Updated Contribution of Freedonia\n\n14th March 2019\n\n1. Context",
        "Updated Contribution of Freedonia\nSubmitted to the UNFCCC on 14 March 2019\n1. Context",
        "Contribution déterminée au niveau national\nPortville, mars 2019\n",
        "Nationally Determined Contribution\nMajuro, Marshall Islands, 4 December 2019\n",  # "Mars" is no month
        "Contribución Nacionalmente Determinada\nmarzo de 2019\n",
        # a title that says it was sent, its lead longer than a place's name
        "Freedonia\n\nRevised Nationally Determined Contribution Communicated to the UNFCCC March 2019\n\n1. Context",
    ],
)
def test_a_date_line_on_the_cover_dates_the_document(cover: str) -> None:
    assert date_line_year(cover) == 2019


@pytest.mark.parametrize(
    "text",
    [
        "Implementation period\n1 January 2026 - 31 December 2035\n",  # a period, not a date
        "Period\tJanuary 2026\n",
        "Freedonia ratified the Paris Agreement, which was\nof the Convention dated December 12, 2015\n",  # wrapped
        "Freedonia\n\n" + "Background text. " * 200 + "\nMarch 2019\n",  # past the cover page: an annex
        "Emissions fell 4% in March 2019, the ministry said.\n",  # a date inside a sentence
    ],
)
def test_what_is_not_a_cover_date(text: str) -> None:
    assert date_line_year(text) is None


@pytest.mark.parametrize(
    ("body", "number", "year"),
    [
        ("CP", 1, 1995),
        ("CP", 21, 2015),
        ("CP", 25, 2019),
        ("CP", 26, 2021),
        ("CMP", 8, 2012),
        ("CMA", 1, 2018),
        ("CMA", 2, 2019),
        ("CMA", 3, 2021),
        ("CMA", 5, 2023),
    ],
)
def test_sessions_are_dated_with_the_year_no_session_met(body: str, number: int, year: int) -> None:
    assert session_year(body, number) == year


def test_the_latest_cited_decision_dates_the_document() -> None:
    text = "As invited by decisions 1/CP.19 and 1/CP.20, and in line with decision 4/CMA.1 and 18 / CMA.1."
    assert decision_year(text) == 2018
    assert decision_year("following Decision 4/CMA.12 of the Parties") is None  # "12" is CMA.1 and footnote 2
    assert decision_year("See annex 1/2 and table 3/CP") is None


def test_a_plan_that_reports_nothing_past_speaks_from_its_cover_date() -> None:
    body = "\n\nSolar parks will add 300 MW by 2030.\n\nThe grid serves 90% of households in 2018."
    undated = read_timeline("Contribution of Freedonia" + body)
    assert undated.present == 2029  # no cover date: before the first deadline, so 2018's 90% reads as a goal
    dated = read_timeline("Contribution of Freedonia\nOctober 2020" + body)
    assert (dated.present, dated.target_year) == (2020, 2030)


def test_a_cited_decision_floors_a_present_read_from_old_data() -> None:
    text = (
        "In 2010 emissions were 12 Mt.\n\nThis NDC follows decision 1/CMA.3 and decision 1/CMA.5.\n\n"
        "Emissions will fall to 9 Mt by 2035."
    )
    timeline = read_timeline(text)
    assert (timeline.present, timeline.default_year) == (2023, 2010)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The projections start from the latest GHG inventory available (1991-2021), as the guidelines ask.", 2021),
        ("Estimates follow the inventories for the period 1995-2019 of the Ministry.", 2019),
        ("The 2000 – 2020 national greenhouse gas inventory shows a steady rise.", 2020),
        ("The Inventory Report and projections for 2025-2040 were prepared together.", None),  # a projection
        ("the emissions inventory guides the plan for 2024-2028, in line with the strategy", None),
        ("The inventory (2005-2040) of the transport model", None),  # it reaches the deadline: a projection
    ],
)
def test_an_inventory_series_ends_in_a_year_already_past(text: str, year: int | None) -> None:
    assert inventory_year(text, 2035) == year


def test_an_inventory_series_floors_a_present_read_from_a_base_year() -> None:
    text = (
        "Emissions have fallen by 70% since the base year 1990.\n\nThe scenarios build on the latest inventory "
        "(1990-2021).\n\nIn 2021 agriculture has the largest share (40%).\n\nEmissions will fall by 60% by 2035."
    )
    assert read_timeline(text).present == 2021


def test_a_date_closing_a_hard_wrapped_sentence_is_a_citation_not_the_cover_date() -> None:
    text = (
        "Ruritania takes part in the Convention, in the Kyoto Protocol dated 11 December 1997 and in the\n"
        "Paris Agreement dated December 12, 2015.\n\nAs of June 2025, 41 projects have been registered."
    )
    assert date_line_year(text) is None
    assert read_timeline(text).present == 2025
    # a cover's date under a long title stands alone, or after its place
    title = "Second Nationally Determined Contribution of Ruritania to the United Nations Framework Convention"
    assert date_line_year(f"{title}\nJuly 2025\n") == 2025
    assert date_line_year(f"{title}\nVarnhold, 3 July 2025\n") == 2025


def test_a_wrapped_citation_is_seen_across_the_blank_lines_a_rendering_puts_between_printed_lines() -> None:
    text = (
        "Ruritania takes part in the Convention, in the Kyoto Protocol dated 11 December 1997 and in the\n\n"
        "Paris Agreement dated December 12, 2015.\n\nAs of June 2025, 41 projects have been registered."
    )
    assert date_line_year(text) is None
    assert read_timeline(text).present == 2025
    # a long title may end in a lower-case word: the date under it, past a blank line, is the cover's
    title = "Updated Contribution of the Republic of Ruritania to the fight against Climate Change and its effects"
    assert date_line_year(f"{title}\n\nMarch 2019\n\nA. Presentation\n") == 2019


def test_a_bare_date_closing_a_wrapped_sentence_about_an_earlier_submission_is_no_cover_date() -> None:
    text = (
        "Ruritania ratified the Paris Agreement in 2016. Ruritania submitted its Updated Nationally Determined "
        "Contribution (NDC) on\n14 October 2021.\n\nIts total emissions in 2023 were 31.2 kt CO2e."
    )
    assert date_line_year(text) is None
    assert read_timeline(text).present == 2023
