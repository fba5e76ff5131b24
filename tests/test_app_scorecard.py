"""The scorecard's rules: sections, target types, rows set aside for review, the newest pledge, document titles,
and whose plan a document is."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import make_indicators, make_observations

from app import docs, titles
from app.scorecard import (
    COMPANY,
    EARLIER,
    HEADLINE_SECTION,
    INTENSITY,
    LEVEL,
    NATIONAL,
    NET_ZERO,
    PEAK,
    REVIEW,
    SUBNATIONAL,
    VS_BASE,
    VS_BAU,
    build_goals,
    by_section,
    goal_frame,
    newest_only,
    target_type,
)
from app.series import assess_all


@pytest.mark.parametrize(
    ("indicator", "unit", "base_year", "bau", "kind"),
    [
        ("ghg_emissions_reduction", "%", 2005, False, VS_BASE),
        ("ghg_emissions_reduction", "%", None, True, VS_BAU),
        ("ghg_emissions_reduction_vs_bau", "%", None, False, VS_BAU),
        ("co2_intensity_reduction", "%", 2005, False, INTENSITY),
        ("renewable_capacity", "GW", None, False, LEVEL),
        ("net_zero_year", "year", None, False, NET_ZERO),
        ("carbon_neutrality_year", "year", None, False, NET_ZERO),
        ("carbon_peak_year", "year", None, False, PEAK),
    ],
)
def test_target_types(indicator, unit, base_year, bau, kind):
    assert target_type(indicator, unit, base_year, bau) == kind


def catalogue() -> pd.DataFrame:
    out = make_indicators({"co2_intensity_reduction": "higher", "forest_coverage": "higher", "steel_peak": "lower"})
    out.loc[out["indicator"] == "steel_peak", "description"] = (
        "Year a steel group's emissions peak (enterprise target)."
    )
    return out


ROWS = [
    {
        "doc": "CHN-first_ndc-EN",
        "indicator": "co2_intensity_reduction",
        "kind": "target",
        "year": 2030,
        "value": 60,
        "base_year": 2005,
        "qualifier": ">",
    },
    {
        "doc": "CHN-second_ndc-EN",
        "indicator": "co2_intensity_reduction",
        "kind": "target",
        "year": 2030,
        "value": 65,
        "base_year": 2005,
        "qualifier": ">",
    },
    {
        "doc": "CHN-second_ndc-EN",
        "indicator": "co2_intensity_reduction",
        "kind": "target",
        "year": 2030,
        "value": 3,
        "base_year": 2005,
        "qualifier": ">",
        "quote": "a sector's share",
    },
    {"doc": "CHN-second_ndc-EN", "indicator": "forest_coverage", "kind": "target", "year": 2030, "value": 25},
    {
        "doc": "CHN-second_ndc-EN",
        "indicator": "co2_intensity_reduction",
        "kind": "target",
        "year": 2025,
        "value": 14,
        "region": "Hebei",
        "base_year": 2020,
    },
    {
        "doc": "CHN-second_ndc-EN",
        "indicator": "steel_peak",
        "kind": "target",
        "year": 2025,
        "value": 2025,
        "unit": "year",
    },
    {
        "doc": "CHN-second_ndc-EN",
        "indicator": "co2_intensity_reduction",
        "kind": "target",
        "year": 2030,
        "value": 30,
        "base_year": 2035,
    },
    {"doc": "CHN-second_ndc-EN", "indicator": "", "kind": "target", "year": 2030, "value": 7},
    {
        "doc": "CHN-second_ndc-EN",
        "indicator": "co2_intensity_reduction",
        "kind": "actual",
        "year": 2022,
        "value": 51,
        "base_year": 2005,
    },
]


@pytest.fixture
def goals():
    obs = make_observations(ROWS)
    ind = catalogue()
    countries = docs.countries(pd.DataFrame({"doc": obs["doc"].unique(), "title": ""}), obs)
    return build_goals(obs, assess_all(obs, ind, today_year=2024), ind, countries, {"CHN-second_ndc-EN": "Plan"})


def test_sections_place_every_target(goals):
    where = {g.a.row: g.section for g in goals}
    assert where[1] == where[2] == where[3] == HEADLINE_SECTION
    assert where[4] == NATIONAL
    assert where[5] == SUBNATIONAL
    assert where[6] == COMPANY
    assert where[7] == where[8] == REVIEW


def test_implausible_rows_say_why_they_are_set_aside(goals):
    review = {g.a.row: g.review for g in goals if g.section == REVIEW}
    assert review == {7: "base year 2035 is not before the target year 2030", 8: "not mapped to a catalogue indicator"}


def test_the_newest_document_states_the_pledge_and_its_first_value_leads(goals):
    lines = newest_only([g for g in goals if g.section == HEADLINE_SECTION])
    assert [g.a.row for g in lines] == [2]  # second NDC over first; its first-stated value over a later one
    assert lines[0].also_in == 1 and [v.a.row for v in lines[0].variants] == [3]
    assert lines[0].title == "Plan"


def test_scorecard_lines_read_in_order_and_link_to_their_sentence(goals):
    names = dict(zip(catalogue()["indicator"], catalogue()["name"], strict=True))
    sections = by_section(goals, names)
    frame = goal_frame(sections[HEADLINE_SECTION], names)
    line = frame.iloc[0]
    assert line["target"] == "> 65 % vs 2005 by 2030" and line["status"] == "on track"
    assert line["from"] == "0 % in 2005 (base year)" and line["latest actual"] == "51 % vs 2005 (2022)"
    assert line["sentence"] == "sources?doc=CHN-second_ndc-EN&row=2"


def test_a_document_s_country_comes_from_the_data_then_its_id_then_its_rows():
    obs = make_observations(
        [
            {"doc": "KEN-first_ndc-EN", "region": "National"},
            {"doc": "KEN-first_ndc-EN", "region": "Kenya"},
            {"doc": "plan", "region": "China"},
            {"doc": "plan", "region": "China"},
            {"doc": "plan", "region": "World"},
        ]
    )
    documents = pd.DataFrame({"doc": ["KEN-first_ndc-EN", "plan", "given"], "title": ""})
    assert docs.countries(documents, obs) == {"KEN-first_ndc-EN": "Kenya", "plan": "China", "given": "National"}
    documents = documents.assign(country=["Kenya", "", "Chile"])
    assert docs.countries(documents, obs)["given"] == "Chile"
    national = docs.national_regions(obs, {"KEN-first_ndc-EN": "Kenya"})
    assert list(national["region"][:2]) == ["Kenya", "Kenya"]


def test_ndc_versions_rank_newest_and_english_first():
    ranked = sorted(
        ["X-indc-EN", "X-third_ndc-FR", "X-third_ndc-EN", "X-revised_first_ndc-EN", "plan"], key=docs.version_rank
    )
    assert ranked == ["plan", "X-indc-EN", "X-revised_first_ndc-EN", "X-third_ndc-FR", "X-third_ndc-EN"]


@pytest.mark.parametrize(
    ("stored", "text", "shown"),
    [
        ("Skip to Main Content", "Skip to Main Content\n\nThe international stage\nmore", "The international stage"),
        (
            "Menu",
            "Menu\nHome\nSearch\nNationally Determined Contribution of Kenya",
            "Nationally Determined Contribution of Kenya",
        ),
        ("China's Policies and Actions", None, "China's Policies and Actions"),
        ("", None, "doc-id"),
        ("DRAFT", "DRAFT\n\n12\n", "doc-id"),
    ],
)
def test_display_titles_skip_page_boilerplate(stored, text, shown):
    assert titles.display_title(stored, "doc-id", lambda: text) == shown


def test_a_long_title_is_shortened_with_an_ellipsis():
    title = titles.display_title("word " * 60, "d")
    assert len(title) <= titles.MAX_CHARS and title.endswith("…")


def test_the_headline_table_never_outgrows_one_screen():
    from app.pages.goals import HEADLINE_LINES, headline_height

    assert headline_height(3) == 35 * 4 + 3
    assert headline_height(HEADLINE_LINES + 20) == headline_height(HEADLINE_LINES) <= 600


def test_unconditional_and_conditional_share_a_line():
    obs = make_observations(
        [
            {
                "indicator": "co2_intensity_reduction",
                "kind": "target",
                "year": 2030,
                "value": 30,
                "base_year": 2005,
                "condition": "unconditional",
            },
            {
                "indicator": "co2_intensity_reduction",
                "kind": "target",
                "year": 2030,
                "value": 45,
                "base_year": 2005,
                "condition": "conditional",
            },
            {
                "indicator": "co2_intensity_reduction",
                "kind": "target",
                "year": 2035,
                "value": 50,
                "base_year": 2005,
                "condition": "conditional",
            },
        ]
    )
    ind = catalogue()
    goals = build_goals(obs, assess_all(obs, ind, today_year=2024), ind, {"doc_a": "China"}, {})
    names = dict(zip(ind["indicator"], ind["name"], strict=True))
    frame = goal_frame(by_section(goals, names)[HEADLINE_SECTION], names)
    assert list(frame["target"]) == ["30 % vs 2005 by 2030 · cond. 45 %", "50 % vs 2005 by 2035 (cond.)"]
    assert list(frame["condition"]) == ["unconditional", "conditional"]  # as the data holds it


def test_an_older_ndc_s_headline_goals_are_set_apart_from_the_pledge(goals):
    sections = by_section(goals, {})
    assert {g.doc for g in sections[HEADLINE_SECTION]} == {"CHN-second_ndc-EN"}
    assert [g.a.row for g in sections[EARLIER]] == [1]
