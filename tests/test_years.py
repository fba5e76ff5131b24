"""Which year a number takes: its own deadline, fiscal years, periods, footnote-fused years, lists and headings.

Sentences written for these tests (other countries, other numbers), never taken from the gold sets.
"""

from __future__ import annotations

import pytest

from extract.context import find_years
from extract.extractor import extract_document
from extract.model import Document, Observation
from extract.years import _CLAUSE_SPLIT_RE, _clause_marks, clause_bounds, sentence_years
from tests.test_extractor import NoCatalogue, rows


def years_of(text: str) -> list[tuple[str, str, str]]:
    return [(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "%"]


def observations_of(text: str, name: str = "rr_ndc_2024") -> list[Observation]:
    """The observations of a document named with its year: its present may then be read from the name."""
    doc = Document(doc=name, file=f"{name}.txt", text=text, sha256="0", bytes=len(text.encode()))
    return extract_document(doc, NoCatalogue()).observations


def test_each_quantity_takes_the_deadline_written_right_after_it() -> None:
    found = years_of("Chile commits to cut emissions by 45% by 2031 and 80% by 2041, against 2010 levels.")
    assert found == [("45", "2031", "target"), ("80", "2041", "target")]


def test_a_reference_year_between_a_quantity_and_its_deadline_is_skipped() -> None:
    r = rows("Norway will reduce emissions by 52% on 1990 levels by 2032.")[0]
    assert (r["year"], r["base_year"]) == ("2032", "1990")


@pytest.mark.parametrize(
    "text",
    [
        "Our goal is to lower emissions by 9% compared to the business-as-usual scenario by 2028 and by 16% compared"
        " to the business-as-usual scenario by 2035.",
        "Emissions will fall by 9% compared with BAU by 2028 and by 16% compared with the reference case by 2035.",
    ],
)
def test_the_reference_path_a_cut_is_compared_with_does_not_part_it_from_its_deadline(text: str) -> None:
    assert years_of(text) == [("9", "2028", "target"), ("16", "2035", "target")]


def test_a_deadline_in_another_clause_is_not_the_quantitys_own() -> None:
    found = years_of("In 2019 wind supplied 14% of power, and the grid will be carbon-free by 2045.")
    assert found == [("14", "2019", "actual")]


def test_fiscal_years_count_as_the_year_named() -> None:
    found = years_of("The government aims to lower emissions by 38 percent in fiscal year (FY) 2033 from FY2012.")
    assert found == [("38", "2033", "target")]
    assert [(y.year, y.role) for y in find_years("in FY2033 and by FY 2040", 0, 24)] == [(2033, "obs"), (2040, "by")]


def test_a_split_year_counts_as_its_first_year() -> None:
    assert [y.year for y in find_years("in the 2027/28 budget", 0, 21)] == [2027]


def test_periods_in_every_spelling_are_spans() -> None:
    for text in ("for the period 2026 to 2032", "(2026-32)", "from 2026 to 2032", "2026–2032"):
        found = [(y.year, y.role) for y in find_years(text, 0, len(text))]
        assert found == [(2026, "span_start"), (2032, "span_end")], text


def test_a_goal_for_a_period_takes_its_last_year() -> None:
    found = years_of("In 2024 the act was amended.\n\nBudget period 4 (2033-37): a 66% average reduction is required.")
    assert found == [("66", "2037", "target")]


def test_a_footnote_fused_to_a_deadline_that_ends_its_line_is_not_part_of_it() -> None:
    # "… (MtCO2e) in 20351" ending its line: "in 2035" with footnote 1; a number that merely ends a line stays a number
    text = (
        "This NDC was submitted in 2025.\n\n"
        "Ruritania intends to reduce emissions to between 35 to 40 million tonnes of carbon dioxide equivalent "
        "(MtCO2e) in 20351\n\nACCOMPANYING INFORMATION\n\n"
        "Coal is phased out by 2045. Buses are electric by 2045. Cars are electric by 2045."
    )  # (the plan's headline deadline is 2045: an unread year would fall back to it)
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("35", "2035", "target"), ("40", "2035", "target")} <= found
    assert [y.year for y in find_years("The area grew to 18500", 0, 22)] == []


def test_a_length_in_millimetres_or_a_range_of_lengths_is_no_year() -> None:
    # "an average of 1860 mm rainfall", "rainfall between 1800 and 2200 mm": amounts, not years; a deadline before a
    # capacity keeps its year ("by 2030 and 140 MW by 2040")
    assert find_years("Ruritania receives an average of 1860 mm rainfall", 0, 50) == []
    assert find_years("rainfall is between 1800 and 2200 mm per year", 0, 45) == []
    assert find_years("annual rainfall ranging from 1900 to 2600 mm.", 0, 45) == []
    text = "80 MW from landfill gas by 2030 and 140 MW by 2040."
    assert [y.year for y in find_years(text, 0, len(text))] == [2030, 2040]


def test_a_footnote_marker_fused_to_a_year_is_not_part_of_it() -> None:
    assert [y.year for y in find_years("climate neutral by 20453 at the latest", 0, 37)] == [2045]


def test_items_of_a_list_introduced_by_a_deadline_take_its_year() -> None:
    text = (
        "In 2023 the national grid was expanded.\n\n"
        "By 2033, Ghana will have put the following in place:\n\n"
        "- solar parks of 1.4 GW;\n\n"
        "- a 35% share of renewable electricity.\n\n"
        "Progress is reviewed every two years. The review was first held in 2023 and covered 12 GW of plants."
    )
    found = [(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)]
    assert ("1.4", "GW", "2033", "target") in found
    assert ("35", "%", "2033", "target") in found
    assert ("12", "GW", "2023", "actual") in found  # running prose after the list is not an item


def test_an_intro_that_points_back_takes_the_year_of_the_sentence_before() -> None:
    text = (
        "In 2022 the national grid was expanded.\n\n"
        "Freedonia's unconditional contribution for 2032 set out in its 2020 NDC Update is kept. It consists of:\n\n"
        "A 45% share of renewable electricity, now expected by 2036.\n\n"
        "30% electric vehicles among new cars."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [("45", "2036", "target"), ("30", "2032", "target")]  # not the item's sibling's year, nor 2020
    assert [y.role for y in find_years(text, 0, len(text))][1:4] == ["obs", "name", "by"]


def test_an_undated_intro_takes_the_year_of_the_sentence_before_it() -> None:
    text = (
        "In 2021 the adaptation plan was adopted.\n\n"
        "Investments of about US$ 900 million are required until 2034. The investment plan lists these needs:\n\n"
        "US$ 120 million for irrigation;\n\n"
        "US$ 75 million for coastal defences."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [("0.9", "2034", "target"), ("0.12", "2034", "target"), ("0.075", "2034", "target")]


def test_a_lead_in_reporting_what_stands_to_date_gives_its_verbless_items_the_present() -> None:
    # "To date, … has reached almost 0.5 trillion rubles:" over "17 issues of green bonds for 349 billion rubles":
    # the items are records of the document's present; a lead-in of plans made to date gives them no such year
    text = (
        "Ruritania reports its progress as of June 2024.\n\n"
        "To date, the amount of green finance verified under national standards has reached almost 3 billion "
        "dollars:\n\n12 issues of green bonds for a total amount of 2.1 billion dollars\n\n"
        "1 issue of adaptation bonds worth 0.4 billion dollars"
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("2.1", "2024", "actual"), ("0.4", "2024", "actual")} <= found
    planned = text.replace("has reached almost 3 billion dollars", "are planned as follows")
    assert "actual" not in {r["kind"] for r in rows(planned) if r["value"] == "2.1"}


def test_a_past_period_written_after_the_number_dates_a_record_even_under_a_goals_heading() -> None:
    # "Timber harvesting contributed 40% of … emissions … between 2001 and 2012" under "ii) Conditional
    # Contributions": the period is over, so the share is its record; a period after a yardstick's words ("with
    # respect to 2001-2013") is no such date
    text = (
        "In 2015 Ruritania submitted its plan, with goals to 2025.\n\nii) Conditional Contributions\n\n"
        "Charcoal making contributed 35% of the emissions from land use between 2003 and 2013.\n\n"
        "The mangroves lost 0.4% of their area over the period 2001 to 2010.\n\n"
        "Emissions will be cut by 25% with respect to 2001-2013.\n\n"
        "By 2025, cut the emissions of the charcoal sector by 30%, with respect to average emissions in the period "
        "2001-2013."
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("35", "2013", "actual"), ("0.4", "2010", "actual")} <= found
    assert {kind for value, _, kind in found if value == "25"} == {"target"}
    assert ("30", "2025", "target") in found


def test_changes_each_measured_since_their_own_year_are_records_of_the_present() -> None:
    # "have increased by 114.7% since 1990 and by 20.0% since 2007": the second change has its own start, so the
    # first's 1990 neither dates it nor is its base
    text = (
        "This NDC was submitted in 2020. Emissions were 112 Mt in 2016.\n\n"
        "The country's emissions have increased by 98.2% since 1990 and by 17.5% since 2008."
    )
    found = {(r["value"], r["year"], r["kind"], r["base_year"]) for r in rows(text)}
    assert {("98.2", "2020", "actual", "1990"), ("17.5", "2020", "actual", "2008")} <= found


def test_the_end_of_a_change_from_today_is_a_goal_not_a_record() -> None:
    # "we are expanding our rail network from about 240 km today to 330 km": the start is the present's record, the
    # end a level still to reach, whatever the tense of the verb
    text = (
        "This NDC was submitted in 2025. It aims to cut emissions by 30% by 2035.\n\n"
        "We are expanding our tram network from about 140 km today to 230 km."
    )
    found = {(r["value"], r["kind"]) for r in rows(text)}
    assert {("140", "actual"), ("230", "target")} <= found


def test_a_change_since_the_beginning_of_a_record_in_a_year_is_of_the_present() -> None:
    # "Since the beginning of electricity statistics in Ruritania in 1951, the share has risen by 19%": the rise runs
    # from 1951 to the present, no record of 1951 (a warming, the first example, is now no row: a climate trend)
    text = (
        "This NDC was submitted in 2020.\n\nSince the beginning of electricity statistics in Ruritania in 1951, "
        "the share of renewable power has risen by 19%."
    )
    found = next(r for r in rows(text) if r["value"] == "19")
    assert (found["year"], found["kind"]) == ("2020", "actual")


def test_a_list_of_achievements_takes_its_as_of_year() -> None:
    text = (
        "By the end of 2021 the following had been achieved:\n\n"
        "• 640 MW of wind farms connected\n\n"
        "• 18% of buses electric"
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [("0.64", "2021", "actual"), ("18", "2021", "actual")]


def test_a_short_line_that_states_values_is_read_not_skipped_as_a_heading() -> None:
    text = "In 2024 the climate act was amended.\n\nInterim milestones\n\n2031: 55% reduction; 2041: 85% reduction"
    assert years_of(text) == [("55", "2031", "target"), ("85", "2041", "target")]


def test_levels_listed_under_projections_are_modelled_not_pledged() -> None:
    text = (
        "Inventory results were published in 2022.\n\n"
        "Reference scenario\n\n"
        "National inventory in 2018: 92.5 million tonnes of CO2eq\n\n"
        "Projections for 2022, 2030 and 2040:\n\n"
        "In 2022: 97.3 million tonnes of CO2eq;\n\n"  # the document's present: where the projected path starts
        "Installed solar capacity has reached 310 MW in 2022.\n\n"  # a record told in a sentence stays one
        "In 2030: 141.2 million tonnes of CO2eq;\n\n"
        "In 2040: 188.9 million tonnes of CO2eq\n\n"
        "Unconditional contribution\n\n"
        "By 2030 emissions will be reduced by 14% compared to the reference scenario."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert ("92.5", "2018", "actual") in found  # a recorded level in the reference section stays
    assert not any(v in ("97.3", "141.2", "188.9") for v, _, _ in found)
    assert ("0.31", "2022", "actual") in found  # (in GW)
    assert ("14", "2030", "target") in found  # a section title ends the projection list


def test_the_plans_own_scenario_under_a_projections_heading_gives_targets() -> None:
    text = (
        "The inventory was published in 2022.\n\n"
        "4.2 Emission projections\n\n"
        "Emissions under business as usual reach 61 MtCO2e in 2035. In the unconditional scenario, emissions stay "
        "below that, at about 48 million tonnes in 2030 and 44 million tonnes in 2035."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert not any(v == "61" for v, _, _ in found)  # the reference scenario is still not emitted
    assert ("48", "2030", "target") in found and ("44", "2035", "target") in found


def test_a_section_title_ends_a_list_and_its_year() -> None:
    text = (
        "In 2022 the strategy was adopted.\n\n"
        "By 2035, the following will be delivered:\n\n"
        "- 2.5 GW of geothermal plants;\n\n"
        "Achievements so far\n\n"
        "- 480 MW of geothermal plants were commissioned"
    )
    found = {r["value"]: (r["year"], r["kind"]) for r in rows(text)}
    assert found["2.5"] == ("2035", "target")
    assert found.get("0.48", ("",))[0] != "2035"  # (of no year at all in a plan: ``recordyear``)


def test_label_lines_of_a_two_column_list_under_a_year_line_keep_its_year() -> None:
    # "FY 2034" over rows printed one cell per line: "Coal" labels the value below it, it is no section title
    text = "\n\n".join(
        ["The plan was adopted in 2021.", "Power mix assumed by the plan", "FY 2034", "Coal", "approx. 18%",
         "(of which imported)", "Gas", "about 31-33%", "Hydro", "12%", "Achievements So Far",
         "Wind turbines supplied 9% of the power consumed last year."]
    )  # fmt: skip
    found = {(r["value"], r["qualifier"]): (r["year"], r["kind"]) for r in rows(text)}
    assert found[("18", "~")] == ("2034", "target")
    assert found[("31", ">=")] == found[("33", "<=")] == ("2034", "target")  # a label run of two lines
    assert found[("12", "=")] == ("2034", "target")
    assert found.get(("9", "="), ("",))[0] != "2034"  # a section title (over a sentence, no value line) ends it


def test_a_change_since_a_year_runs_to_the_documents_present() -> None:
    r = rows("In 2020 the law was passed.\n\nSince 2009 the province has reduced emissions by 21 percent.")[0]
    assert (r["value"], r["year"], r["kind"], r["base_year"]) == ("21", "2020", "actual", "2009")


def test_a_year_in_a_later_clause_does_not_date_a_change_since_a_year() -> None:
    found = rows(
        "In 2020 the law was passed.\n\nIn addition, since 2007 the state has cut emissions from its ministries by 14 "
        "percent and, under a decree signed on April 3rd 2018, has set a target to cut them 35 percent below 2012 "
        "levels by 2032."
    )
    got = {r["value"]: (r["year"], r["kind"], r["base_year"]) for r in found if r["unit"] == "%"}
    assert got == {"14": ("2020", "actual", "2007"), "35": ("2032", "target", "2012")}


def test_a_sentence_opening_with_since_a_year_measures_its_change_from_it() -> None:
    r = rows("In 2020 the law was passed.\n\nIn addition, since 2006, energy intensity has fallen by 9%.")[0]
    assert (r["value"], r["year"], r["base_year"]) == ("9", "2020", "2006")


def test_the_level_of_the_reference_year_takes_the_year_the_plan_measures_from() -> None:
    found = rows(
        "Ruritania will cut its net emissions by 58% below 1995 levels by 2035, and by 62% below 1995 by 2040.\n\n"
        "(c) Quantifiable information on the reference indicator in the target year\n\n"
        "Net GHG Emissions in the Reference Year (NDC 2.0): 37.2 Mt (with LULUCF). The source was the first "
        "biennial report, submitted on 3 May 2021."
    )
    got = {r["value"]: (r["kind"], r["year"]) for r in found if r["unit"].startswith("Mt")}
    assert got == {"37.2": ("actual", "1995")}


def test_base_year_emissions_take_the_base_year_unless_they_name_their_own() -> None:
    found = rows(
        "Ruritania will cut emissions by 64% below 1995 levels by 2035.\n\nCurrent base year estimate: 512.4 "
        "MtCO2e.\n\nBase year emissions were put at 498.2 MtCO2e in the first NDC.\n\nThe base year emissions of 2005 "
        "were 433.1 MtCO2e."
    )
    got = {r["value"]: (r["kind"], r["year"]) for r in found if r["unit"] == "Mt CO2e"}
    assert got == {"512.4": ("actual", "1995"), "498.2": ("actual", "1995"), "433.1": ("actual", "2005")}


def test_base_year_emissions_estimated_by_a_named_source_are_a_record_of_the_base_year() -> None:
    found = rows(
        "This NDC was submitted in 2021.\n\nThe updated base year is 2016, reflecting the latest inventory.\n\nThe "
        "base year emissions according to the first Biennial Update Report were estimated at 71.2 MtCO2e/year and the "
        "projected emissions by 2030 under the BAU scenario are estimated at 120 MtCO2e."
    )
    assert [(r["value"], r["kind"], r["year"]) for r in found] == [("71.2", "actual", "2016")]


def test_a_label_of_base_year_emissions_without_the_article_dates_its_level() -> None:
    # "Emissions in base year: 48.2 Mt", as an INDC's table of up-front information writes it
    found = rows("Ruritania will cut its emissions by 45 percent by 2030 compared to 1995. Emissions in base year: "
                 "48.2 Mt per year (provisional). Emissions from forest land are not included.")  # fmt: skip
    assert [(r["value"], r["kind"], r["year"]) for r in found if r["unit"] == "Mt CO2e"] == [("48.2", "actual", "1995")]


def test_a_sentence_that_opens_in_the_base_year_dates_its_undated_levels() -> None:
    text = (
        "Ruritania will cut its emissions by 45 percent by 2030 compared to 1995.\n\nIn the base year, net removals "
        "in the land sector were 6.4 Mt CO2-equivalents, while the projected removals in 2030 are 9.9 Mt."
    )
    found = {r["value"]: r["year"] for r in rows(text) if r["unit"].startswith("Mt")}
    assert found["6.4"] == "1995"
    assert found.get("9.9", "2030") == "2030"  # a year of its own clause before the value dates it, not the frame


def test_a_sentence_naming_the_base_year_does_not_make_its_projection_a_record() -> None:
    found = rows(
        "This NDC was submitted in 2023.\n\nThe base year is 2019, the reference year is 2035, and the projections of "
        "the baseline scenario reach 61,250 GgCO2e."
    )
    assert [(r["kind"], r["year"]) for r in found if r["unit"] == "Mt CO2e"] != [("actual", "2019")]


def test_a_base_year_the_text_states_outweighs_the_one_its_changes_name_most() -> None:
    found = rows(
        "For this contribution 2014 has been considered as the base year.\n\nMethane will fall 30% below 2016 "
        "levels by 2030 and black carbon 40% below 2016 by 2030.\n\nIn the base year, total emissions were 91.4 "
        "MtCO2e."
    )
    assert {r["value"]: r["year"] for r in found if r["unit"].startswith("Mt")} == {"91.4": "2014"}


def test_a_reference_year_attached_to_a_later_change_is_not_shared() -> None:
    found = rows(
        "Since 2004 the city has cut emissions by 11 percent and has set a new target to cut them 45 percent below "
        "2015 levels by 2035. Uruguay commits to a 30% reduction by 2030 and 50% by 2040 based on 1995 levels."
    )
    got = {r["value"]: r["base_year"] for r in found if r["unit"] == "%"}
    assert got == {"11": "2004", "45": "2015", "30": "1995", "50": "1995"}


def test_a_level_takes_the_year_its_clause_calls_the_reference() -> None:
    found = rows("This is a cut of 30 Mt compared with the 2023 net emissions level of 420 million tonnes.")
    assert [(r["value"], r["year"]) for r in found if r["value"] == "420"] == [("420", "2023")]
    r = rows("In 2024 the plan was adopted.\n\nNet emission levels in 2010 were 1.3 GtCO2e.")[0]
    assert (r["value"], r["year"], r["kind"]) == ("1300", "2010", "actual")


def test_a_year_that_names_something_does_not_date_the_number_before_it() -> None:
    r = rows("The 2019 base year of 88 MtCO2eq was estimated in the 2023 inventory.")[0]
    assert (r["value"], r["year"]) == ("88", "2019")


def test_a_line_that_is_only_a_year_labels_the_statement_after_it() -> None:
    text = (
        "The strategy was adopted in 2021.\n\n2027\n\nAnnual emissions will be in a range of 61-70 Mt CO2-eq.\n\n"
        "2032\n\nAnnual emissions will be in a range of 50-58 Mt CO2-eq."
    )
    found = [(r["value"], r["year"], r["qualifier"]) for r in rows(text)]
    assert found == [("61", "2027", ">="), ("70", "2027", "<="), ("50", "2032", ">="), ("58", "2032", "<=")]


def test_the_start_of_a_period_before_a_goal_lists_lead_in_is_no_deadline_of_its_items() -> None:
    # "a crisis that lasted from October 2016": when something began, not the year the items are due
    text = (
        "Ruritania, 2 May 2017.\n\nRuritania will cut its emissions by 20% by 2030.\n\nThe fuel crisis that lasted "
        "from October 2016 has given priority to renewable energy. Ruritania is planning to generate clean energy as "
        "follows:\n\n3,000 MW of hydroelectricity by 2030;\n\nAdditional 40 MW of electricity from small hydropower "
        "plants;\n\nIncrease the share of biogas up to 12% as energy for cooking."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("3", "2030", "target"), ("12", "2030", "target")} <= got


def test_a_standing_of_another_subject_in_the_present_tense_takes_no_year_from_the_sentence_before() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nIn 2017, emissions were 14 Mt CO2e. The agricultural land covers 47% of the "
        "surface area."
    )
    assert [r["value"] for r in rows(text)] == ["14"]
    # a part of the whole the sentence before dated keeps its year
    text = "Ruritania, 2 May 2021.\n\nIn 2017, emissions were 14 Mt CO2e. Energy accounts for 61% of them."
    assert ("61", "2017") in {(r["value"], r["year"]) for r in rows(text)}
    # and so does a share bracketed after a part ("the largest consumers (33.1 per cent)"): the breakdown's
    text = (
        "Ruritania, 2 May 2021.\n\nIn 2017, final energy consumption was 2.1 Mtoe. Households are the largest "
        "consumers of final energy (38.2 per cent)."
    )
    assert ("38.2", "2017") in {(r["value"], r["year"]) for r in rows(text)}


def test_a_plans_edition_dates_none_of_its_values_even_alone_in_its_sentence() -> None:
    # "the 2016 NDC" up to the present names which plan; its values are no records of 2016
    text = (
        "Ruritania, 2 May 2021.\n\nThe country undertakes to reduce its GHG emissions by 27.5% by 2030 compared to "
        "the BAU scenario. Compared to the 2016 NDC which was 16.1%, the State has raised its ambitions by 11.4%."
    )
    assert not any(r["year"] == "2016" for r in rows(text))
    # (the inventory an edition states is a record, of that year at the latest)
    text = "Ruritania, 2 May 2021.\n\nThis compares to 2016 NDC inventory emissions at 1,716Gg CO2e."
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("1.716", "actual")]


def test_a_list_in_the_same_years_takes_the_years_the_sentence_before_gave_in_order() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nTransport emissions rose from 402 ktCO2eq in 2012 to 471 ktCO2eq in 2018. "
        "Transport accounted for just over 14% and 17% of all energy emissions, in the same reference years."
    )
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert {("14", "2012"), ("17", "2018")} <= got
    # "the present time" is the present, no year a later clause names
    text = (
        "Ruritania, 2 May 2015.\n\nThe total electricity supply at the present time is 9,000 megawatts, while "
        "demand is expected to reach 31,000 megawatts in 2030."
    )
    assert ("9", "2015", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}


def test_respectively_pairs_a_list_of_quantities_with_a_list_of_years() -> None:
    text = (
        "The plan was adopted in 2024.\n\n"
        "These cuts represent 21% and 36% of emissions of 2019, in 2031 and 2036, respectively."
    )
    assert years_of(text) == [("21", "2031", "target"), ("36", "2036", "target")]
    found = rows("Solar and wind will reach 4 GW, 6 GW and 9 GW by 2025, 2030 and 2035 respectively.")
    assert [(r["value"], r["year"]) for r in found] == [("4", "2025"), ("6", "2030"), ("9", "2035")]


def test_a_respectively_list_after_values_with_deadlines_of_their_own_takes_those_deadlines_in_order() -> None:
    # "… 80% of towns by 2026 and 100% by 2032, with rates of 45% and 70% respectively in villages": the villages'
    # rates are the same two steps; a list that is not as long as the deadlines before it takes none of them
    text = (
        "The plan was adopted in 2024.\n\nThe objective is to connect 80% of towns to the grid by 2026 and 100% by "
        "2032, with rates of 45% and 70% respectively in villages."
    )
    assert years_of(text) == [("80", "2026", "target"), ("100", "2032", "target"), ("45", "2026", "target"),
                              ("70", "2032", "target")]  # fmt: skip
    three = text.replace("45% and 70% respectively", "45%, 60% and 70% respectively")
    assert ("45", "2026", "target") not in years_of(three)


def test_a_value_bracketed_after_a_member_of_a_respectively_list_is_its_partner_not_a_member() -> None:
    text = (
        "The plan was adopted in 2024.\n\nNet emissions (removals) were 1,310 ktCO2e (-2,770 ktCO2e) and 1,450"
        " ktCO2e (-2,940 ktCO2e) in 2016 and 2021, respectively."
    )
    got = {r["value"]: r["year"] for r in rows(text)}
    assert got == {"1.31": "2016", "-2.77": "2016", "1.45": "2021", "-2.94": "2021"}


def test_a_recurring_amount_takes_the_year_its_part_of_the_sentence_says_it_starts_from() -> None:
    text = (
        "The plan was adopted in 2021.\n\nThe measures include forest restoration of 50 kt annually during the period"
        " 2022 to 2030; and a waste-to-energy plant which will, from 2026 onwards, avoid about 80 kt per year."
    )
    got = {r["value_raw"]: r["year"] for r in rows(text)}
    assert got["50 kt"] == "2030" and got["80 kt"] == "2026"
    needs = rows("The plan was adopted in 2017.\n\nFinance needs: USD 410 million/year from 2019")
    assert [r["year"] for r in needs] == ["2019"]
    rate = rows("The plan was adopted in 2019.\n\nAbove 40,000 ha in 2030 at the rate of 4,000 ha/year from 2021.")
    assert {r["year"] for r in rate} == {"2030"}  # (a rate toward a dated goal is the goal's)


def test_goals_named_by_their_years_date_their_own_clauses_and_a_revised_goals_start_is_a_goal() -> None:
    text = (
        "The plan was adopted in 2019.\n\nIn 2014 Ruritania raised its access targets. The 2016 target was raised"
        " from 25% to 30%, the 2021 target moved from 35% to 45%, and the 2031 target to 70%."
    )
    got = sorted((r["value"], r["year"], r["kind"]) for r in rows(text))
    assert got == [
        ("25", "2016", "target"), ("30", "2016", "target"), ("35", "2021", "target"), ("45", "2021", "target"),
        ("70", "2031", "target"),
    ]  # fmt: skip


def test_lists_of_different_lengths_are_not_paired() -> None:
    found = rows("The plan was adopted in 2024.\n\nShares of 12% and 15% are set for 2028, 2031 and 2034 respectively.")
    assert {r["year"] for r in found} != {"2028", "2031"}


def test_a_bracketed_year_dates_the_number_before_it_only() -> None:
    found = rows("Solar capacity rose to 2.1 GW (2022) and will reach 5 GW by 2030.")
    assert [(r["value"], r["year"], r["kind"]) for r in found] == [("2.1", "2022", "actual"), ("5", "2030", "target")]
    found = rows("The plan was adopted in 2021.\n\nRaise tree cover from 31.5% (2016) to 35% by 2032.")
    assert [(r["value"], r["year"], r["kind"]) for r in found] == [("31.5", "2016", "actual"), ("35", "2032", "target")]


def test_members_of_a_list_share_its_deadline_and_its_kind() -> None:
    text = (
        "The inventory was published in 2020.\n\n"
        "Full implementation is estimated to cut BC, PM2.5, OC and NOx emissions by 27%, 33%, 41%, and 6% in 2031."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [(v, "2031", "target") for v in ("27", "33", "41", "6")]


def test_a_number_with_a_unit_is_no_year() -> None:
    assert find_years("sites already identified in the atlas (2180 MW)", 0, 48) == []
    r = rows("In 2020 the atlas listed sites for hydropower (2180 MW).")[0]
    assert (r["value"], r["unit"], r["year"]) == ("2.18", "GW", "2020")
    # an area or volume: "buildings above 2000 m2" names a size, not the year the share is due
    assert find_years("offices above 2000 m2 and tanks of 2050 m³ or 2010 litres", 0, 58) == []
    r = rows("By 2030, offices above 2000 m2 must cover 30% of their heat with solar.")[-1]
    assert (r["value"], r["year"], r["base_year"]) == ("30", "2030", "")


def test_years_are_bounded_to_plausible_ones() -> None:
    assert [y.year for y in find_years("in 2100 and in 2135", 0, 19)] == [2100]


def test_a_lone_number_line_in_a_table_is_no_year_label_past_2100() -> None:
    text = "The plan was adopted in 2021.\n\nStreet lights\n\n2105\n\nSolar plants will reach 40 MW."
    assert rows(text)[0]["year"] != "2105"


def test_an_enumeration_shares_its_reference_year_and_its_qualifier() -> None:
    text = (
        "The plan was adopted in 2024.\n\n"
        "Between 2001 and 2021, net emissions increased by 9% in the forestry sector, 104% for energy and 77% for "
        "agriculture. In 2021 CH4 and N2O made up around 21% and 6% of emissions, respectively."
    )
    found = [(r["value"], r["base_year"], r["qualifier"]) for r in rows(text)]
    assert found == [("9", "2001", "="), ("104", "2001", "="), ("77", "2001", "="), ("21", "", "~"), ("6", "", "~")]


def test_an_absolute_reduction_from_a_base_year_has_that_base_year() -> None:
    r = rows("Targets are absolute emission reductions of 71.2 Mt CO2e in 2031 from base year 2019.")[0]
    assert (r["value"], r["year"], r["base_year"]) == ("71.2", "2031", "2019")


def test_a_year_named_as_the_base_year_is_a_reference_not_a_date() -> None:
    text = (
        "The plan was adopted in 2016.\n\nThe country will cut emissions by 11% by 2031. "
        "A further decrease of 26 per cent in carbon intensity is conditional, with 2012 as the base year."
    )
    found = [(r["value"], r["year"], r["base_year"]) for r in rows(text)]
    assert found == [("11", "2031", ""), ("26", "2031", "2012")]


# ------------------------------------------------------------------ fast paths agree with what they replace

_SINCE_TEXTS = (
    "Since the end of 2011 Peru has cut its emissions by 9%, and since 2016 by 4% more.",
    "Output rose since" + " " * 50 + "2015, since the\n2016 reform and SINCE THE END OF   2017.",
    "A ſince 2012 rise of 5%; the share of 2013; ı since the 1999 level; end of 2014.",
)


def test_since_before_agrees_with_the_regex_on_every_prefix() -> None:
    from extract.baseyearof import _SINCE_BEFORE_RE, since_before

    for text in _SINCE_TEXTS:
        for start in (0, 5):
            for at in range(start, len(text) + 1):
                assert since_before(text, start, at) == bool(_SINCE_BEFORE_RE.search(text[start:at])), (text, at)


def test_may_end_with_at_agrees_with_may_end_with_on_every_span() -> None:
    from extract.context import may_end_with, may_end_with_at

    words = ("since", "the", "of", "year")
    for text in _SINCE_TEXTS:
        for start in range(0, len(text), 7):
            for end in range(start, len(text) + 1):
                assert may_end_with_at(text, start, end, words) == may_end_with(text[start:end], words)


def test_a_list_of_years_pairs_in_order_with_one_list_of_as_many_values() -> None:
    text = "By 2030 and 2040, raise the share of electric buses to 25% and 60%."
    found = {(r["value"], r["year"]) for r in rows(text)}
    assert found == {("25", "2030"), ("60", "2040")}
    found = {(r["value"], r["year"]) for r in rows("Forest cover will reach 41% and 44% in 2030 and 2040.")}
    assert found == {("41", "2030"), ("44", "2040")}  # "44% in 2030" is not the last value's own year here


def test_years_and_values_in_different_sentences_of_a_cell_do_not_pair() -> None:
    text = "Data for 2015 and 2019 were revised. Removals in 2019 totaled 12 Mt CO2e and 30 Mt CO2e respectively."
    assert {r["year"] for r in rows(text)} == {"2019"}


def test_as_of_now_dates_a_fact_to_the_documents_present() -> None:
    text = (
        "The strategy was adopted in 2024.\n\n"
        "The first NDC aimed to restore 20,000 ha by 2022. As of now, restoration had already reached 31,000 ha, "
        "well beyond the original goal of 20,000 ha by 2022."
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("0.031", "2024", "actual") in found  # not the earlier deadline written in the same sentence


def test_may_contain_rules_out_a_case_insensitive_regex_only_where_it_cannot_match() -> None:
    import re

    from extract.context import may_contain

    regex = re.compile(r"\bsiting\b|\bbase\s+year|\bkiln", re.IGNORECASE)
    words = ("siting", "base", "kiln")
    texts = (
        "Emissions – ‘net zero’ – by 2050 in Côte d’Ivoire.",  # not ASCII, none of the words
        "The BASE  Year of Côte d’Ivoire is 2015.",  # not ASCII, a word in capitals
        "Wind ſiting rules of 2019.",  # ſ is s to the regex, not to str.lower
        "New SİTING rules.",  # İ is i to the regex; its lower case is two characters
        "The sıting of 2021.",  # ı is i to the regex
        "A \u212aILN of 1999 é.",  # the Kelvin sign is k to the regex and in lower case
        "Plain ASCII text with no word.",
    )
    for text in texts:
        for start, end in ((0, len(text)), (4, len(text) - 3)):
            if regex.search(text, start, end):
                assert may_contain(text, start, end, words), text
    assert not may_contain(texts[0], 0, len(texts[0]), words)  # the cheap test rules out text that is not ASCII


def test_span_and_year_matches_are_those_of_a_full_scan() -> None:
    from extract.context import _SPAN_RE, YEAR_RE, _span_matches, year_matches

    texts = (
        "From 2012 to 2020, between 2021 and 2025, FROM 1990 THROUGH 2005, 2026-30, 2026–2032 and 2019 until 2024.",
        "The 2030 target; 120192020-2030; 2031 — 2035; from 2022  till 2024; Between 2015 and; from 20 to 2030.",
        "Phase 2 (2024 -\n2027), 2040 to 2050, 2041 to2050, 1999-00, from\t2001\tto\t2003, 2100 and 2099.",
    )
    for text in texts:
        for start, end in ((0, len(text)), (3, len(text) - 4)):
            assert [m.span() for m in _span_matches(text, start, end)] == [
                m.span() for m in _SPAN_RE.finditer(text, start, end)
            ]
            assert [m.span() for m in year_matches(text, start, end)] == [
                m.span() for m in YEAR_RE.finditer(text, start, end)
            ]


def test_year_matches_of_a_long_text_are_those_of_a_full_scan() -> None:
    import re

    from extract.context import YEAR_DIGITS_RE, YEAR_RE, year_digit_starts, year_matches

    piece = (
        "In 2019 output was 20191899 units; by FY2030 and 2100, 1850-1901, 2021²³ 201920 MW 2030 GW 1999.5 "
        "the 2035 NDC, 21000 and 1917 kt; 2022年 20302031 1800 2101 "
    )
    text = piece * 30 + "ends in 2029"
    assert len(text) > 2_000  # the path for documents
    for start, end in ((0, len(text)), (7, len(text) - 1), (0, len(text) - 3)):
        assert [m.span() for m in year_matches(text, start, end)] == [
            m.span() for m in YEAR_RE.finditer(text, start, end)
        ]
        every = [i for i in range(start, end) if YEAR_DIGITS_RE.match(text, i, end)]
        assert year_digit_starts(text, start, end) == every
    assert re.search("20191899", text)


def test_a_value_currently_in_place_is_dated_to_the_present_and_building_on_it_is_no_action() -> None:
    text = (
        "In 2021 emissions reached 5 Mt CO2e. Building on the 12,000 hectares of wetlands currently under "
        "protection, protect at least a further 5,000 hectares of wetlands by 2025, with an additional 5,000 "
        "hectares by 2030."
    )
    got = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert ("0.012", "2021", "actual") in got  # thousands separators do not end its clause before "currently"
    assert ("0.005", "2025", "target") in got and ("0.005", "2030", "target") in got


def test_a_period_in_brackets_after_a_sum_dates_it_by_its_end() -> None:
    text = (
        "In 2021 emissions reached 5 Mt CO2e. The plan is more ambitious, with the reduction rising from "
        "55,000,000 MT CO2e (2021-2030) to 96,000,000 MT CO2e (20262035)."
    )
    assert {r["value"]: r["year"] for r in rows(text)} == {"5": "2021", "55": "2030", "96": "2035"}


def test_a_reports_year_is_part_of_its_name_not_the_date_of_its_data() -> None:
    text = "The Third Biennial Update Report (BUR3) 20217 shows that in 2019, emissions were 61.2 MtCO2e."
    assert [(y.year, y.role) for y in find_years(text, 0, len(text))] == [(2021, "name"), (2019, "obs")]
    assert [(r["value"], r["year"]) for r in rows(text)] == [("61.2", "2019")]


def test_a_reports_year_dates_a_sentence_that_names_no_other() -> None:
    r = rows("According to the Energy Regulator's Annual Report 2023, hydropower supplies 38% of electricity.")[0]
    assert (r["value"], r["year"], r["kind"]) == ("38", "2023", "actual")


def test_a_year_fronting_what_a_report_says_frames_the_paragraph() -> None:
    text = (
        "Peru's Second Biennial Transparency Report (BTR2) 2026 indicates that in 2024, national emissions were "
        "88.5 MtCO2e. Transport generated 31.2% of the total. Agriculture generated 20.4% of the total."
    )
    assert {r["year"] for r in rows(text)} == {"2024"}


def test_a_year_deep_in_a_sentence_dates_only_its_clause() -> None:
    text = (
        "The ministry held its first training on carbon markets for officials in Lusaka in March 2019; it has "
        "since trained many more. Over 240 officials took part in further courses."
    )
    assert rows(text) == []  # not dated 2019; and with no present year known, no determinable year at all


def test_the_year_of_a_bau_projection_is_no_base_year_and_dates_an_undated_cut() -> None:
    text = "Namibia will cut methane emissions by at least 25% compared to the 2036 business-as-usual scenario."
    assert [(y.year, y.role) for y in find_years(text, 0, len(text))] == [(2036, "bau")]
    r = rows(text)[0]
    assert (r["value"], r["year"], r["kind"], r["base_year"], r["baseline"]) == ("25", "2036", "target", "", "bau")


def test_the_year_of_a_bau_projection_does_not_date_an_achieved_cut() -> None:
    text = (
        "Between 2019 and 2023, Bhutan achieved a reduction of 412 GgCO2e, which corresponds to a 4% reduction "
        "compared to the revised 2031 BAU baseline."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [
        ("0.412", "2023", "actual"),
        ("4", "2023", "actual"),
    ]


def test_a_bau_years_goal_is_carried_to_the_next_sentence() -> None:
    text = (
        "Chad aims to lower emissions by 18% relative to the 2036 BAU, up from a 2031 milestone. "
        "Of this, energy contributes 6.2 MtCO2e."
    )
    assert [(r["value"], r["year"]) for r in rows(text) if r["unit"] == "Mt CO2e"] == [("6.2", "2036")]


def test_a_short_line_stating_a_dated_value_dates_the_undated_lines_below_it() -> None:
    text = (
        "In 2021 the inventory was updated.\n\n"
        "Mitigation outcome\n\n"
        "Total emissions in 2033, 51,200 Gg CO2eq.\n\n"
        "Estimated reduction, 18,300 Gg CO2eq\n\n"
        "Transport, 2,150 Gg CO2eq. avoided\n\n"
        "Forestry, 9,900 Gg CO2eq. removed\n\n"
        "Background\n\n"
        "Electricity access reached 61% in 2021."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "Mt CO2e"]
    assert found == [
        ("51.2", "2033", "target"),
        ("18.3", "2033", "target"),
        ("2.15", "2033", "target"),
        ("9.9", "2033", "target"),
    ]


def test_undated_levels_listed_under_a_projection_heading_are_modelled() -> None:
    text = (
        "In 2020 emissions were 40 MtCO2e.\n\n"
        "Reference scenario projections\n\n"
        "2034 Baseline, 88,100 Gg CO2eq.\n\n"
        "Energy, 31,000 Gg CO2eq.\n\n"
        "Waste, 4,200 Gg CO2eq.\n\n"
        "Historical emissions\n\n"
        "Energy, 12,000 Gg CO2eq. in 2019"
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("40", "2020"), ("12", "2019")]


def test_a_one_line_sentence_with_a_verb_dates_only_itself() -> None:
    text = (
        "In 2021 the inventory was updated.\n\n"
        "Emissions were 51,200 Gg CO2eq in 2019.\n\n"
        "Forestry, 9,900 Gg CO2eq. were removed"
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("51.2", "2019"), ("9.9", "2021")]


def test_a_level_in_a_sentence_naming_its_one_year_the_base_year_is_that_years() -> None:
    text = (
        "In 2024 the plan was revised.\n\nThe first NDC used 2016 as its base year, with emissions put at 4,130 GgCO2e."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("4.13", "2016", "actual")]


def test_a_word_ending_in_on_before_in_is_no_reference() -> None:
    text = "In 2024 it was revised.\n\nThe electricity consumption in 2036 is expected to be 7,110 GWh."
    assert [(y.year, y.role) for y in find_years(text, 25, len(text))] == [(2036, "obs")]
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("7.11", "2036", "target")]


def test_a_long_reference_phrase_still_makes_a_base_year() -> None:
    text = "Emissions have fallen by 14% compared to their first complete national inventory in 2012."
    assert [(y.year, y.role) for y in find_years(text, 0, len(text))] == [(2012, "base")]


def test_a_change_between_two_dated_values_runs_from_the_first_year_to_the_second() -> None:
    text = "Emissions per capita increased by 38% from 3.1 tCO2e per capita in 1994 to 4.3 tCO2e per capita in 2021."
    years = sentence_years(text, 0, len(text), 2024).mentions
    assert [(y.year, y.role) for y in years] == [(1994, "span_start"), (2021, "span_end")]
    found = [(r["value"], r["year"], r["base_year"], r["kind"]) for r in rows(text)]
    assert found == [("38", "2021", "1994", "actual"), ("3.1", "1994", "", "actual"), ("4.3", "2021", "", "actual")]


@pytest.mark.parametrize("change", ["an increase of", "a rise of", "i.e. a net increase of"])
def test_the_change_named_after_two_compared_levels_runs_from_the_earlier_year_to_the_later(change: str) -> None:
    text = f"Final energy use reached 3,410 ktoe in 2019 compared to 3,020 ktoe in 2014, {change} 390 ktoe (12.9%)."
    found = [(r["value"], r["year"], r["base_year"]) for r in rows(text)]
    assert found == [("3.41", "2019", ""), ("3.02", "2014", ""), ("0.39", "2019", "2014"), ("12.9", "2019", "2014")]


def test_a_change_after_a_goal_and_its_share_achieved_compares_no_two_levels() -> None:
    text = (
        "The cut, which amounted to 4,300 Gg CO2e in 2030, was 85% achieved in 2020, i.e. a reduction of 3,650 Gg CO2e."
    )
    found = [(r["value"], r["year"], r["base_year"]) for r in rows(text)]
    assert ("3.65", "2020", "") in found


def test_a_sentences_years_sliced_from_the_documents_are_those_read_in_the_sentence_alone() -> None:
    """``find_years`` reuses the whole text's roles far from a sentence's edges: the result is the direct reading
    (every YEAR_RE and _SPAN_RE match of the sentence, roles by ``year_role``) for any sentence bounds."""
    from extract import context as cx

    def direct(text: str, start: int, end: int) -> list[tuple[int, int, int, str]]:
        spans: dict[int, str] = {}
        out = []
        for m in cx._SPAN_RE.finditer(text, start, end):
            if m.group("e"):
                first, last = int(m.group("e")), int(m.group("e")) // 100 * 100 + int(m.group("f"))
                if last > first:
                    spans[m.start("e")] = "span_start"
                    out.append((m.start("f"), m.end("f"), last, "span_end"))
                continue
            a, b = ("a", "b") if m.group("a") else ("c", "d")
            if int(m.group(b)) > int(m.group(a)):
                spans[m.start(a)], spans[m.start(b)] = "span_start", "span_end"
        for m in cx.YEAR_RE.finditer(text, start, end):
            role = spans.get(m.start()) or cx.year_role(text, start, end, m)
            out.append((m.start(), m.start() + 4, int(m.group(1)), role))
        return sorted(out, key=lambda y: y[0])

    text = (
        "Compared with the 2005 level, emissions fell 20% by 2020. From 2021 to 2030 the plan aims, by FY 2035, at "
        "2040 levels. The Biennial Update Report 2020 shows that in 2019 output rose. Between 2010 and 2015 it fell; "
        "2026-30 is the period, 2030 BAU scenario, 2031 MW. 比2005年水平 下降; 到2030年 达到. As of March 2022, "
        "capacity had reached 3 GW, up from 2 GW in 2018, against 2017 base year. In 2023\n2024 - 2025 from 2022 to"
    )
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 11):
            assert [tuple(y) for y in cx.find_years(text, start, end)] == direct(text, start, end), (start, end)


def test_a_year_after_a_reference_projection_dates_the_cut_measured_against_it() -> None:
    text = (
        "In 2024, the plan was adopted.\n\n"
        "With support, emissions would be reduced by 22.4% from the baseline scenario level in 2026 and by 35.9% "
        "from the baseline scenario level in 2031."
    )
    found = [(r["value"], r["year"], r["base_year"], r["baseline"]) for r in rows(text) if r["unit"] == "%"]
    assert found == [("22.4", "2026", "", "bau"), ("35.9", "2031", "", "bau")]


def test_a_change_between_values_dated_in_year_spans_them() -> None:
    text = "In 2021, the number of registered motorcycles grew from 98,400 in year 2006 to 655,700 in year 2019."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("98400", "2006"), ("655700", "2019")]


def test_a_footnote_marker_glued_to_the_unit_does_not_cut_the_value_from_its_year() -> None:
    text = (
        "As per the Initial National Communication in May 2011, total emissions in Ruritania amounted to "
        "21,310.4 ktCO2e2 in year 1994, with energy responsible for most of the total."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("21.3104", "1994")]


def test_a_period_in_the_values_own_clause_dates_it_over_the_sentences_frame() -> None:
    text = (
        "In year 2002, total emissions were 30,100 ktCO2e, while average annual emissions between 2007 and 2017 "
        "were 28,400 ktCO2e."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("30.1", "2002"), ("28.4", "2017")]


def test_the_start_of_a_period_after_a_value_is_not_its_date() -> None:
    text = (
        "In 2023, emissions were 60 MtCO2e.\n\n"
        "National emissions in 2021 have been estimated at around 47,500 ktCO2e by deducting the measures "
        "implemented since 2005."
    )
    assert [(r["value"], r["year"]) for r in rows(text)][-1] == ("47.5", "2021")


def test_since_after_a_value_is_the_base_of_its_change_and_dates_nothing() -> None:
    text = (
        "In 2022, total emissions were 210 Mt CO2e.\n\n"
        "Transport emissions reached 31.4 Mt CO2e (15%), a 48.2% increase since 1995."
    )
    found = [(r["value"], r["year"], r["base_year"]) for r in rows(text)][1:]
    assert found == [("31.4", "2022", ""), ("15", "2022", ""), ("48.2", "2022", "1995")]


def test_the_date_of_a_legal_act_names_it_and_dates_no_value() -> None:
    text = (
        "By 1 March 2024, Ruritania had 410.5 MW of renewable capacity. The capacity per scheme was: 22.1 MW under "
        "the feed-in tariff set by Law no. 88 of 3 May 2009 (abolished); 97.3 MW under the auctions set by "
        "Government Decision No. 412 of 17 June 2018; and 291.1 MW under open market rules."
    )
    assert [y.role for y in find_years(text, 0, len(text))][1:] == ["act", "act"]
    assert {r["year"] for r in rows(text)} == {"2024"}
    other = "under Decree Nr 5 of 2012 and Resolution NO. 14 of 3 March 2015"
    assert [y.role for y in find_years(other, 0, len(other))] == ["act", "act"]


def test_a_bracketed_year_after_revised_names_an_edition_and_dates_no_value() -> None:
    text = "Freedonia will cut emissions by 26% by 2035, which is 19% below the updated (2024) BAU scenario."
    assert [y.role for y in find_years(text, 0, len(text))] == ["by", "name"]
    assert [(r["value"], r["year"]) for r in rows(text)] == [("26", "2035"), ("19", "2035")]


def test_a_value_in_the_base_year_is_measured_then_not_compared_with_it() -> None:
    text = "Waste made up 7.5% of emissions in the 2016 base year. Waste will fall 25% against the 2016 base year."
    assert [y.role for y in find_years(text, 0, len(text))] == ["obs", "base"]


def test_the_reference_year_named_as_such_is_a_base_year() -> None:
    text = "Emissions fall 9% compared to the reference year 2010 and 4% relative to the baseline year of 2015."
    assert [y.role for y in find_years(text, 0, len(text))] == ["base", "base"]
    text = (
        "In 2024 the plan was adopted.\n\n"
        "In 2031, in the mitigation scenario, gross emissions of the energy sector are estimated at 12,100 GgCO2eq, "
        "i.e.:\n\nA reduction in emissions of 1,250 GgCO2eq or 9.4% compared to the reference year 2012."
    )
    found = [(r["value"], r["year"], r["kind"], r["base_year"]) for r in rows(text)][-2:]
    assert found == [("1.25", "2031", "target", ""), ("9.4", "2031", "target", "2012")]


def test_a_bau_year_in_brackets_after_a_cut_is_its_year() -> None:
    text = "In 2022 the plan was revised.\n\nConditional reductions: 17.5% (BAU-2026) and 21.25% (BAU 2031)."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("17.5", "2026"), ("21.25", "2031")]


def test_a_line_of_cuts_against_a_dated_bau_opens_no_projection_scope() -> None:
    text = (
        "Reduction of GHG emissions by 2031:\n\n"
        "Unconditional reductions: 6.5% (BAU-2026) and 9.25% (BAU-2031)\n\n"
        "Mitigation measures by 2031:\n\n"
        "Achieve 75MW for off-grid capacity by 2031."
    )
    assert [y.role for y in find_years(text, 0, len(text))][1:3] == ["bau", "bau"]
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [("6.5", "2026", "target"), ("9.25", "2031", "target"), ("0.075", "2031", "target")]


def test_a_level_in_a_relative_clause_after_a_base_year_is_that_years() -> None:
    text = (
        "In 2022 the plan was adopted.\n\n"
        "Cut emissions from cement by 2032 by 25% compared to emissions measured in 2016, which were 4.1 MtCO2e."
    )
    found = [(r["value"], r["year"], r["kind"], r["base_year"]) for r in rows(text)]
    assert found == [("25", "2032", "target", "2016"), ("4.1", "2016", "actual", "")]


def test_several_lists_of_values_pair_in_order_with_one_list_of_years() -> None:
    text = (
        "The main drivers to reach the 2030 and 2045 goals are wind farms, with 280 MW and 1,650 MW respectively, "
        "and rooftop solar, with 330 MW and 720 MW."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [
        ("0.28", "2030"),
        ("1.65", "2045"),
        ("0.33", "2030"),
        ("0.72", "2045"),
    ]


def test_a_reports_year_does_not_date_a_goal() -> None:
    text = (
        "Ruritania will cut its emissions by 2035, and by 2035 its forests will grow.\n\n"
        "Mitigation\n\n"
        "Emissions reduction target below a BAU scenario between 12 to 22% of baseline (BUR2 2021)."
    )
    assert {(r["value"], r["year"]) for r in rows(text)} == {("12", "2035"), ("22", "2035")}


def test_clause_marks_are_the_separators_the_split_regex_finds() -> None:
    # every way two separators can touch or overlap, and every bound: " - - ", a dash at the start, "12,000", "awhile"
    pieces = [" ", "-", " - ", "which", "whereas", "awhile", "12,000", "1,2345", ",", ";", "(", "、", "\u3000", "x",
              "and will", "but is set to", "band would", "because", "because of", "given that"]
    texts = [a + b + c + d for a in pieces for b in pieces for c in pieces for d in pieces[:6]]
    for text in texts:
        for start, end in ((0, len(text)), (1, len(text)), (2, len(text) - 1), (3, len(text) - 2)):
            spans = [m.span() for m in _CLAUSE_SPLIT_RE.finditer(text, start, end)]
            assert _clause_marks(text, start, end) == (tuple(s for s, _ in spans), tuple(e for _, e in spans))


def test_the_year_of_a_guideline_edition_names_the_method_and_dates_nothing() -> None:
    # "IPCC 2006 methods", "the 2019 Refinement", "the 2006 IPCC Guidelines": which edition of a method, not when
    # data hold (its own role: unlike a report's name, it dates nothing even alone in its sentence)
    for text in (
        "Emissions were compiled using IPCC 2006 methods and reached 41.2 MtCO2e.",
        "Following the 2006 IPCC Guidelines, emissions reached 41.2 MtCO2e.",
        "Following the 2019 Refinement, emissions reached 41.2 MtCO2e.",
    ):
        assert [m.role for m in find_years(text, 0, len(text))] == ["method"]


def test_the_year_a_document_was_issued_in_brackets_names_it() -> None:
    text = (
        "The statistics in this document were collected up to 2012.\n\n"
        "Ruritania will cut emissions by 21% by 2042. In comparison, in its First NDC (2018), Ruritania "
        "committed to a 9.5% reduction."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("21", "2042"), ("9.5", "2042")]


def test_a_year_after_a_bracketed_restatement_dates_both() -> None:
    text = (
        "Compared to BAU, the targets will reduce net emissions by 7,866.53 GgCO2eq (16.12%) in 2031 and "
        "15,627.80 GgCO2eq (25.79%) in 2036."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [
        ("7.86653", "2031"),
        ("16.12", "2031"),
        ("15.6278", "2036"),
        ("25.79", "2036"),
    ]


def test_an_undated_intro_naming_the_plans_measures_dates_its_items_by_the_deadline() -> None:
    text = (
        "Ruritania will reach its goals by 2031.\n\nClimate Change Adaptation Measures:\n\n"
        "Natural regeneration: 813,932 ha.\n\nDairy farms: 358 farms."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [
        ("0.813932", "2031", "target"),
        ("358", "2031", "target"),
    ]


def test_a_heading_naming_adaptation_measures_heads_the_plans_items() -> None:
    text = "Ruritania will reach its goals by 2031.\n\nAdaptation measures\n\nNatural regeneration: 813,932 ha."
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("0.813932", "2031", "target")]


def test_a_year_in_a_bracketed_aside_dates_the_aside_not_the_values_after_it() -> None:
    text = (
        "By 31 January 2024, Ruritania had 517.87 MW of installed renewable capacity (7 times increase as compared "
        "with the installed capacity level by 1 January 2019), including: wind turbines - 168.88 MW; solar PV "
        "systems - 315.23 MW."
    )
    assert {r["value"]: r["year"] for r in rows(text) if r["unit"] == "GW"} == {
        "0.51787": "2024",
        "0.16888": "2024",
        "0.31523": "2024",
    }
    # a bracket that only names the year of the words before it still dates what follows
    found = rows("Total emissions in the base year (2007) are being revised to 1,879 Gg CO2e.")
    assert [(r["value"], r["year"]) for r in found] == [("1.879", "2007")]


def test_a_year_right_after_an_amount_of_money_is_the_year_of_its_prices() -> None:
    """ "US$ 4.2 billion 2019" prices the need in 2019 dollars; the need is due by the plan's deadline. An amount
    dated with a word between ("EUR 2 billion in 2019") keeps its year."""
    text = "Some EUR 6.5 billion 2019 will be needed for the grid by 2035. Ruritania received EUR 2 billion in 2019."
    roles = {y.year: y.role for y in find_years(text, 0, len(text))}
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("6.5", "2035", "target") in got
    assert ("2", "2019", "actual") in got
    assert [y.role for y in find_years(text, 0, 60) if y.year == 2019] == ["name"]
    assert roles[2035] == "by"


def test_the_year_a_document_came_out_dates_no_data() -> None:
    got = rows(
        "Emissions were 61.2 Mt CO2e in 2019 and 48.7 Mt CO2e including forestry according to the National "
        "Inventory Report submitted in April 2021."
    )
    assert [(r["value"], r["year"]) for r in got] == [("61.2", "2019"), ("48.7", "2019")]


def test_the_year_an_estimate_was_worked_out_dates_its_data_only_when_nothing_else_does() -> None:
    text = (
        "According to calculations prepared in 2024, the reductions achieved under the first NDC amounted to "
        "612.3 kt CO2e, or 7.8% of the 2021 net emissions."
    )
    assert [(y.year, y.role) for y in find_years(text, 0, len(text))][0] == (2024, "name")
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert got == {("0.6123", "2021", "actual"), ("7.8", "2021", "actual")}
    alone = rows("A household survey conducted in March 2018 found that 38% of rural homes cook with charcoal.")
    assert [(r["value"], r["year"]) for r in alone] == [("38", "2018")]


def test_a_year_opening_a_labelled_part_after_a_value_dates_only_that_part() -> None:
    text = (
        "This NDC was submitted in 2021. Emissions were 48.0 Mt CO2e in 2019.\n\n"
        "Inventory estimates of the base year: NIR1: 61.3 Mt CO2e (gross) "
        "58.2 Mt CO2e (net) NIR2: 62.5 Mt CO2e (gross) 57.7 Mt CO2e (net) 2016 NIR2: 63.9 Mt CO2e (gross) 59.4 Mt "
        "CO2e (net)."
    )
    got = {r["value"]: r["year"] for r in rows(text)}
    assert (got["63.9"], got["59.4"]) == ("2016", "2016")
    assert "2016" not in (got.get("61.3"), got.get("58.2"))
    # (a year closing its own clause before a label is the value's: "… in 2023: Target 2035: …")
    later = rows("This NDC was submitted in 2025. [Baseline: 4% of the fishing communities in 2023: Target 2035: 12%]")
    assert [(r["value"], r["year"]) for r in later] == [("4", "2023"), ("12", "2035")]


def test_an_abbreviated_unit_before_a_bracket_does_not_end_the_sentence() -> None:
    got = rows("Power generation emitted 12.4 Mt CO2 eq. (41% of the total) in 2018.")
    assert [(r["value"], r["year"]) for r in got] == [("12.4", "2018"), ("41", "2018")]


def test_a_lead_in_that_says_as_follows_dates_its_list_whatever_ends_it() -> None:
    text = (
        "The main measures of the power sector for 2035 are as follows;\n\n"
        "To install around 12 GW of offshore wind capacity,\n\n"
        "To raise battery storage to 3.5 GW,\n"
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [("12", "2035", "target"), ("3.5", "2035", "target")]


def test_a_year_right_before_a_bracketed_value_dates_that_value() -> None:
    text = (
        "In 2027 the assembly reviewed progress. In 2021 it had set milestones for 2026 (18%), 2032 (41%) and "
        "2042 (70%). Cropland grew by 9% compared to 2014 (3.2 million hectares)."
    )
    found = [(r["value"], r["year"]) for r in rows(text)]
    assert ("18", "2026") in found  # not the next deadline after the present, 2032
    assert ("41", "2032") in found and ("70", "2042") in found
    assert ("3.2", "2014") in found  # the reference year's own level


def test_a_year_in_the_title_of_a_plan_or_an_act_names_it() -> None:
    text = "Under the Fisheries Act (1987) and Oman Vision 2040, the Coastal Energy Policy 2027 guides the sector."
    assert [(y.year, y.role) for y in find_years(text, 0, len(text))] == [(1987, "act"), (2040, "name"), (2027, "name")]
    plain = "the policy 2027 guides the sector"  # no capitalised title: a year like any other
    assert [y.role for y in find_years(plain, 0, len(plain))] == ["plain"]
    text = (
        "In 2028 solar plants generated 1.1 TWh.\n\n"
        "The Coastal Energy Policy 2027 sets a target of 9,000 MW by 2045, including 3,000 MW from wind."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "GW"]
    assert found == [("9", "2045", "target"), ("3", "2045", "target")]  # not 2027 records


def test_a_source_credit_year_is_when_the_source_came_out() -> None:
    # "Source: DNCC / MADES (2021)" under a table: the credit's year dates no value and sets no deadline
    credits = ("Source: Energy Board / MINAE (2021)", "Fuente: Energy Board, 2021", "Sources: Rail Office (2021).")
    for text in (*credits, "SOURCE: RAIL OFFICE (2021)"):
        assert [m.role for m in find_years(text, 0, len(text))] == ["issued"], text
    # a year worded as the data's is no credit
    text = "Source: Energy Board, based on 2021 data"
    assert [m.role for m in find_years(text, 0, len(text))] != ["issued"]


def test_an_author_year_citation_dates_no_value() -> None:
    # "(Author et al., 2011)", "(Agency, 2019)", "(A and B, 2017)": when a source came out, not when its numbers hold
    for text, cited in (
        ("Three levers could avoid 12 to 17 MtCO2e (Okafor et al., 2011) over the plan's period.", 2011),
        ("Wetlands store 41 MtCO2e (Forest Agency, 2019).", 2019),
        ("Cropland covers 23% of the land (Ruiz and Mbeki, 2017).", 2017),
        ("Road transport emitted 38% of the energy sector's CO2 (MoA/SNC, 2016).", 2016),  # joint authors
        # the later ones of several in one bracket, each after the year of the one before it
        ("Wetlands store 41 MtCO2e (Forest Agency, 2018; Ministry of the Interior, 2021).", 2021),
        ("Cropland covers 23% of the land (Ruiz, 2014a; Office of Statistics, 2016; Lund et al., 2019).", 2019),
    ):
        assert {m.role for m in find_years(text, 0, len(text))} == {"issued"}, text
        assert all(r["year"] != str(cited) for r in rows(text)), text
    # a month, a table or a phase before the comma names no author: the year dates the value
    for text in ("Emissions reached 41 MtCO2e (June, 2015).", "Emissions reached 41 MtCO2e (Table 3, 2015)."):
        assert [r["year"] for r in rows(text)] == ["2015"], text
    # without the comma, two capitalised words before the closing year still cite an author; a yardstick does not
    text = "In total, about 2,150 tCO2e could be avoided each year (Island Power Utility 2021)."
    assert [m.role for m in find_years(text, 0, len(text))] == ["issued"]
    text = "Energy emissions will fall by 14% (Business As Usual 2030)."
    assert [m.role for m in find_years(text, 0, len(text))] != ["issued"]


def test_a_value_over_a_period_written_after_it_takes_the_periods_end() -> None:
    text = "National emissions averaged 61.4 MtCO2e during 2019–2022, and solar output was 3 TWh in 2019/20."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("61.4", "2022"), ("3", "2019")]


def test_a_goal_for_a_period_named_after_its_noun_and_written_with_dates_takes_the_periods_end() -> None:
    """ "at least 35 per cent greenhouse gas emission reductions for the period 1 January 2021 to 31 December 2030":
    the period comes after the noun the share measures and its ends are dates; a plan written in 2020 meets the goal
    at the period's end, not at its start (the nearest year ahead)."""
    text = (
        "Ruritania, 2 May 2020.\n\nRuritania will meet its target of at least 35 per cent greenhouse gas emission"
        " reductions for the period 1 January 2021 to 31 December 2030 together with its neighbours."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("35", "2030", "target")]


def test_fiscal_years_listed_pair_with_their_values_respectively() -> None:
    text = "For the fiscal years 2021/22 and 2022/23, the state allocated 1.1% and 1.4% of its budget respectively."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("1.1", "2021"), ("1.4", "2022")]


def test_a_lists_heading_glued_to_the_last_item_of_the_list_before_dates_the_next_list() -> None:
    text = (
        "By 2030:\n\nElectrify 60% of the port's vehicles\n\n"
        "Cut fuel use by 15% through efficiency measures By 2040:\n\nElectrify 90% of the port's vehicles"
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("60", "2030"), ("15", "2030"), ("90", "2040")]
    # a lead-in's own deadline before its colon dates its value
    text = "Further activities to reach 100% renewable power by 2030:\n\nNew wind farms on the coast"
    assert [(r["value"], r["year"]) for r in rows(text)] == [("100", "2030")]


def test_a_base_named_as_the_emissions_in_a_year() -> None:
    text = "Ruritania will cut its emissions by 2030 by 31% below emissions in year 2005."
    assert [(r["year"], r["base_year"]) for r in rows(text)] == [("2030", "2005")]


def test_a_period_opening_a_sentence_dates_its_goal_over_a_deadline_carried_from_before() -> None:
    text = (
        "The plan aims to cut emissions by 2035 by 2,468.1 Gg CO2eq. "
        "For the period 2016–2021, Ruritania foresaw a reduction of 3817 Gg CO2eq in its conditional scenario."
    )
    found = [(r["value"], r["year"]) for r in rows(text) if r["unit"] == "Mt CO2e"]
    assert found == [("2.4681", "2035"), ("3.817", "2021")]


def test_a_baseline_named_with_its_year_is_a_base_year() -> None:
    text = "Emissions will grow by 4% by 2025 from the baseline 2016, and fall 9% compared to the baseline 2016."
    assert [(y.year, y.role) for y in find_years(text, 0, len(text))] == [(2025, "by"), (2016, "base"), (2016, "base")]


def test_the_documents_base_year_lies_before_its_present() -> None:
    from extract.timeline import read_timeline

    text = (
        "In 2022 the inventory was submitted.\n\nEmissions will fall 30% below 2010 levels by 2030.\n\nTransport "
        "emissions will fall 5% compared to 2024 by 2035 and 8% compared to 2024 by 2040."
    )
    assert read_timeline(text).base_year == 2010  # (2024, named twice, lies after the present)


def test_a_year_after_the_values_own_is_no_base_year() -> None:
    text = "Ruritania aims to increase the share of renewables to 39% of electricity generation by 2030, moved forward "
    r = rows(text + "from 2035.")[0]
    assert (r["value"], r["year"], r["base_year"]) == ("39", "2030", "")


def test_a_decimal_amount_that_opens_with_a_years_digits_is_no_footnoted_year() -> None:
    text = "Energy emitted about 20340.20 Gg of CO2 in 2005; net zero is due by 20501."
    assert [(y.year, y.role) for y in find_years(text, 0, len(text))] == [(2005, "obs"), (2050, "by")]
    r = rows(text)[0]
    assert (r["value"], r["year"], r["kind"]) == ("20.3402", "2005", "actual")


def test_a_labelled_goal_opening_with_a_future_by_year_is_a_target_even_in_the_perfect() -> None:
    text = "The plan was adopted in 2021.\n\nGoal (4) By 2033, 15% of the street lights have been replaced with LEDs."
    assert years_of(text) == [("15", "2033", "target")]
    text = "The plan was adopted in 2021.\n\nTarget 2: By 2034, 60% of buses have been electrified."
    assert years_of(text) == [("60", "2034", "target")]


def test_a_base_year_label_with_its_year_in_brackets_dates_no_goal_after_it() -> None:
    text = (
        "Honduras will cut emissions by 2040.\n\n"
        "Base-year value (2021): 27.5 MtCO2e, from the latest inventory. Target-year value: unconditional "
        "reduction (9% of 27.5): 2.475 MtCO2e."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [("27.5", "2021", "actual"), ("9", "2040", "target"), ("2.475", "2040", "target")]
    # nor is it the year of a list the paragraph introduces with a colon
    text = (
        "Honduras will cut emissions by 2040.\n\n"
        "Base-year value (2021): 27.5 MtCO2e, from the latest inventory. The reductions are as follows:\n\n"
        "2.475 MtCO2e unconditional reduction\n\n"
        "4.4 MtCO2e conditional reduction"
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("27.5", "2021"), ("2.475", "2040"), ("4.4", "2040")]
    # the level measured "in the base year (2011)" is dated by it, as before
    r = rows("Total emissions in the base year (2011) are revised to 2,410 Gg CO2e.")[0]
    assert (r["value"], r["year"], r["base_year"]) == ("2.41", "2011", "")


def test_the_one_past_year_of_a_paragraph_dates_its_later_undated_inventory_shares() -> None:
    text = (
        "The plan runs to 2035.\n\n"
        "According to the latest inventory, total emissions of Gabon were estimated at 45.2 MtCO2e in 2019. "
        "Forestry is the main source, accounting for 61% of emissions, while energy contributes 9.8 MtCO2e."
    )
    found = [(r["value"], r["year"]) for r in rows(text)]
    assert found == [("45.2", "2019"), ("61", "2019"), ("9.8", "2019")]
    # a share of something else is not an inventory's: it stays undated (and so unread)
    text = (
        "The plan runs to 2035.\n\n"
        "According to the latest inventory, total emissions of Gabon were estimated at 45.2 MtCO2e in 2019. "
        "Each 1% rise in investment cuts "
        "unemployment by 0.4%."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("45.2", "2019")]


def test_a_paragraph_opening_on_its_inventory_year_without_a_value_dates_its_later_shares() -> None:
    text = (
        "The plan runs to 2035.\n\n"
        "Transport is one of the largest sources of greenhouse gases in the country, with its emissions in 2017"
        " broken down by mode in the inventory. "
        "Road freight showed the highest share of the transport emissions, about 47 percent. "
        "Domestic aviation represents about 6% of all transport emissions."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in observations_of_rows(text)]
    assert found == [("47", "2017", "actual"), ("6", "2017", "actual")]
    # a sentence that runs on to a later year frames a projection, no inventory
    projected = text.replace("with its emissions in 2017", "with its emissions from 2017 to 2030")
    assert observations_of_rows(projected) == []
    # and a sentence turning to a projection ends the inventory's reach
    turned = text.replace("Road freight", "The 2035 baseline scenario by mode gives road 2,100 ktCO2e; road freight")
    assert [r["value"] for r in observations_of_rows(turned)] == []


def test_a_present_said_of_the_years_own_relative_clause_does_not_date_the_value() -> None:
    text = "Emissions in 2016, the latest year for which an inventory exists to date, stood at 9,310 Gg CO2e."
    assert [(r["value"], r["year"]) for r in observations_of_rows(text)] == [("9.31", "2016")]
    text = "To date, emissions stood at 9,310 Gg CO2e, against 8,100 Gg CO2e in 2016."
    assert [(r["value"], r["year"]) for r in observations_of_rows(text)] == [("9.31", "2024"), ("8.1", "2016")]


def test_the_year_the_data_are_from_is_their_date_and_a_cited_sources_year_no_period() -> None:
    text = (
        "The plan runs to 2035.\n\n"
        "Transport contributes 28.3% of the country's total emissions (data from 2017). Within it, the largest"
        " categories are road freight, with 46% of the sector's emissions, and aviation with 9.5% (Ortiz et al., 2025)."
    )
    found = [(r["value"], r["year"]) for r in observations_of_rows(text)]
    assert found == [("28.3", "2017"), ("46", "2017"), ("9.5", "2017")]


def test_a_gases_global_warming_potential_is_no_potential_of_a_plan() -> None:
    text = (
        "The plan runs to 2035.\n\n"
        "The inventory of 2017 breaks emissions down by gas. "
        "Nitrous oxide, a gas with a high global warming potential, makes up about 8% of agricultural emissions."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in observations_of_rows(text)] == [("8", "2017", "actual")]


def observations_of_rows(text: str) -> list[dict[str, str]]:
    return [o.as_row() for o in observations_of(text)]


def test_each_value_takes_the_period_written_after_it() -> None:
    text = "Savings are put at 4,100 Gg CO2e for the period 2026-2030 and 7,900 Gg CO2e for the period 2031-2035."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("4.1", "2030"), ("7.9", "2035")]
    text = "The cost is USD 310 million for 2026–2030 and USD 520 million for 2031–2035."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("0.31", "2030"), ("0.52", "2035")]
    # a period written "from … to" is dated by its end too
    assert [(r["value"], r["year"]) for r in rows("Uganda will plant 9 000 ha during the period 2021 to 2034.")] == [
        ("0.009", "2034")
    ]


def test_a_change_followed_by_its_own_period_reaches_its_end_from_its_start() -> None:
    text = (
        "In 2021, nitrous oxide emissions were 2.4 Mt compared to 3.1 Mt in 1995, "
        "a fall of 22.6% over the period 1995-2021."
    )
    got = {r["value"]: (r["year"], r["base_year"]) for r in rows(text)}
    assert got == {"2.4": ("2021", ""), "3.1": ("1995", ""), "22.6": ("2021", "1995")}
    text = "Fuel imports were 3.0 PJ in 2022 and 1.9 PJ in 2008, which shows a rise of about 58% from 2008-2022."
    assert {r["value"]: (r["year"], r["base_year"]) for r in rows(text)}["58"] == ("2022", "2008")


def test_a_plan_named_by_a_proper_name_and_its_horizon_names_it() -> None:
    text = "It follows the Programme Kivu 2045 and the Tana 2050 Strategy, while emissions in 2030 Plans differ."
    assert [(y.year, y.role) for y in find_years(text, 0, len(text))] == [(2045, "name"), (2050, "name"), (2030, "obs")]


def test_a_past_year_dating_a_report_does_not_date_the_rise_expected_after_it() -> None:
    text = (
        "Our plan sets goals for 2035 in every sector.\n\n"
        "In 2017, the net removals of the grasslands were estimated at 95 ktCO2 and this is expected to climb to "
        "240.5 ktCO2 as the programme below unfolds.\n\n"
        "In 2016, the state set a target of 12% for solar power."
    )
    got = {o.value_raw: (o.year, o.kind) for o in observations_of(text, "rr_ndc_2025")}
    assert got["95 ktCO2"] == (2017, "actual")
    assert got["240.5 ktCO2"] == (2035, "target")
    assert got["12%"] == (2016, "target")  # a goal set in a past year, with nothing reported before it, keeps it


def test_a_level_named_as_the_current_one_is_a_record_of_the_present() -> None:
    text = (
        "In 2023, the grid supplied 1.2 TWh.\n\n"
        "The new dam will raise national production from the current 18% to more than 35% of demand by 2032.\n\n"
        "Solar capacity will grow from today's 41 MW to 250 MW by 2032.\n\n"
        "The existing 9 weather stations will be automated by 2032.\n\n"
        "The 25% renewables target is more ambitious than the current 12% target for 2025."
    )
    got = {o.value_raw: (o.year, o.kind, o.qualifier) for o in observations_of(text)}
    # (the present of a plan of 2024 reporting 2023 is 2024, but a plan that does not date its data names no year a
    # reader could check for its current levels: ``recordyear.plans_ahead``)
    assert "18%" not in got and got["35%"] == (2032, "target", ">")
    assert "41 MW" not in got and got["250 MW"] == (2032, "target", "=")  # a from-to, no range
    assert "9" not in got
    assert got["12%"] == (2025, "target", "=")  # the current target is a target
    report = observations_of(text.replace("by 2032", "at once").replace(" for 2025", ""))
    assert {o.value_raw: o.year for o in report}["18%"] == 2024  # a report's present dates its current levels


def test_the_current_level_of_a_subject_named_before_its_verb_is_of_the_present() -> None:
    # "the current rate of cutting is estimated to be 62,000 m3", "current emissions are below 0.02%": the present,
    # not a year an earlier sentence named; and not the year a change after it reaches
    head = "Ruritania, May 2025.\n\nIn 2005, forests covered 59 million ha. "
    for tail in (
        "The current rate of cutting is estimated to be 62,000 m3 per year.",
        "Its current emissions are below 0.02 per cent of total global emissions.",
    ):
        assert [(r["value_raw"], r["year"]) for r in rows(head + tail)] == [("59 million ha", "2005")], tail
    text = (
        "Ruritania, May 2025.\n\nOn a per capita basis, the current emission level is at 3.1 tonnes per person, "
        "rising to 3.9 tonnes per person in 2035."
    )
    assert [r["year"] for r in rows(text)] == ["2025", "2035"]


def test_a_paragraph_opening_on_the_total_before_it_goes_on_in_the_totals_year() -> None:
    text = (
        "Ruritania's total GHG emissions in 2022 were 41.7 kt CO2e.\n\n"
        "Of this total, 22.4 kt CO2e came from the energy sector (54% of the total). Road transport is the second "
        "source, contributing 6.1 kt CO2e.\n\n"
        "Other paragraphs start afresh. Its forests cover 12,000 ha."
    )
    got = {o.value_raw: o.year for o in observations_of(text)}
    assert got["22.4 kt CO2e"] == 2022 and got["54%"] == 2022 and got["6.1 kt CO2e"] == 2022


def test_value_lines_breaking_down_a_paragraphs_dated_total_go_on_in_its_year() -> None:
    text = (
        "Solar capacity reached 12 MW in 2021.\n\n"
        "Ruritania's total GHG emissions in 2016 were 27.9 Gg CO2e.\n\n"
        "Energy: 19.2 GgCO2e (68.8% of total GHG emissions)\n\n"
        "Waste: 3.1 GgCO2e (11.1% of total GHG emissions)\n\n"
        "Adaptation priorities\n\n"
        "Coastal works: 4.0 GgCO2e (14% of total GHG emissions)"
    )
    got = {o.value_raw: o.year for o in observations_of(text)}
    assert got["19.2 GgCO2e"] == 2016 and got["68.8%"] == 2016 and got["3.1 GgCO2e"] == 2016
    assert got.get("4.0 GgCO2e") != 2016  # a title between them ends the breakdown


def test_a_paragraph_within_a_sector_of_the_total_before_it_goes_on_in_the_totals_year() -> None:
    text = (
        "Solar capacity reached 12 MW in 2021.\n\n"
        "Ruritania's gross emissions totalled 27.9 Gg CO2e in 2009.\n\n"
        "Within the energy sector, electricity generation contributes 52%, transport 31% and other uses 17%."
    )
    got = {o.value_raw: o.year for o in observations_of(text)}
    assert got["52%"] == 2009 and got["31%"] == 2009 and got["17%"] == 2009


def test_viz_and_other_abbreviations_do_not_end_the_sentence() -> None:
    text = (
        "Three dams now being built will be commissioned before 2031 viz. Upper Kora (850MW), Tsala (410MW) "
        "and Minor (95MW)."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "GW"] == [
        ("0.85", "2031", "target"),
        ("0.41", "2031", "target"),
        ("0.095", "2031", "target"),
    ]


def _rows_2024(text: str) -> dict[str, tuple[int | None, str, int | None]]:
    return {o.value_raw: (o.year, o.kind, o.base_year) for o in observations_of(text)}


def test_a_present_tense_now_dates_a_record_in_the_documents_present() -> None:
    got = _rows_2024(
        "In 2021, emissions were 212 kt. The national inventory report was published in March 2024.\n\n"
        "Currently, 46% of electricity comes from solar power, and this figure will rise to 80% by 2033.\n\n"
        "Today, Ruritania has 12 MW of wind turbines, which will grow to 90 MW by 2033."
    )
    assert got["46%"] == (2024, "actual", None) and got["80%"] == (2033, "target", None)
    assert got["12 MW"] == (2024, "actual", None) and got["90 MW"] == (2033, "target", None)


def test_a_level_estimated_now_for_a_later_deadline_is_that_goal() -> None:
    got = _rows_2024(
        "In 2021, emissions were 212 kt.\n\n"
        "By 2033 a 48% reduction compared to 1995 levels, currently estimated to be around 96 ktCO2eq."
    )
    assert got["96 ktCO2eq."] == (2033, "target", None)


def test_the_present_status_of_an_estimate_does_not_redate_a_level_named_by_its_year() -> None:
    got = _rows_2024(
        "In 2021, emissions were 212 kt.\n\nThe quantified amount of emissions in 1990 is currently considered to be"
        " 231.4 kt CO2 eq."
    )
    assert got["231.4 kt CO2 eq."] == (1990, "actual", None)


def test_a_long_name_of_the_yardstick_level_makes_its_year_a_base() -> None:
    got = _rows_2024(
        "Reduce emissions in 2033 by at least 48% below the total national economic sector GHG emissions in 1995."
    )
    assert got["48%"] == (2033, "target", 1995)


def test_a_heading_naming_one_deadline_dates_the_undated_goals_of_its_section() -> None:
    got = _rows_2024(
        "In 2021, emissions were 212 kt. The plan's goals for 2030 are set out below, all due by 2030.\n\n"
        "4.2 Projections of greenhouse gas emissions for the period up to 2036\n\n"
        "The realistic scenario draws on the programmes already funded. The estimated reduction potential amounts "
        "to approximately 41-44 kt of CO2-eq.\n\n"
        "4.3 Adaptation\n\n"
        "The adaptation plan will protect 300 ha of mangroves."
    )
    assert got["41"] == (2036, "target", None) and got["44 kt of CO2-eq."] == (2036, "target", None)
    assert got["300 ha"][0] == 2030  # the next heading ends the section: the document's headline deadline again


def test_a_record_cannot_be_of_a_year_still_to_come() -> None:
    got = _rows_2024(
        "In 2021, emissions were 212 kt.\n\nBy 2033, the following will be in place:\n\n"
        "• Livestock productivity increased by 35%;\n\n• Grid losses reduced to 8%;"
    )
    assert got["35%"] == (2033, "target", None) and got["8%"] == (2033, "target", None)


def test_a_footnote_number_after_a_full_stop_ends_the_sentence() -> None:
    got = rows(
        "Forests cover 88% of the land, and in 2018 provided an estimated 61% of household energy.12 Noting that "
        "mangroves declined by 23% between 1975-200114, the plan protects them."
    )
    assert {r["value"]: (r["year"], r["base_year"]) for r in got} == {
        "88": ("2018", ""),
        "61": ("2018", ""),
        "23": ("2001", "1975"),
    }


def test_the_year_of_the_inventory_a_sentence_cites_dates_what_it_says_is_current() -> None:
    """ "According to the 2016 inventory, … currently contributes 8.2%": the cited inventory's year, not the
    document's present."""
    text = "The plan was adopted in 2021.\n\n{}"
    cited = "According to the 2016 National GHG Inventory, the waste sector currently contributes 8.2% of emissions."
    assert {(r["value"], r["year"]) for r in rows(text.format(cited))} == {("8.2", "2016")}
    plain = "The waste sector currently contributes 8.2% of emissions."
    assert rows(text.format(plain)) == []  # the present alone, which the document does not date: no year


def test_the_year_in_the_name_of_a_law_dates_nothing() -> None:
    """ "protected by the Forest Act of 1962 and the Wildlife Act, 1981": when the laws were passed, not when 35% of
    the forest is protected."""
    years = {
        y.year: y.role
        for y in find_years(
            *_whole(
                "Of it ~35% is protected by the Forest Act of 1962 and the "
                "Wildlife Act, 1981. Emissions of 2015 were 3 Mt."
            )
        )
    }
    assert (years[1962], years[1981], years[2015]) == ("act", "act", "plain")
    text = "The plan was adopted in 2021.\n\nOf the forest, ~35% is protected by the Forest Act of 1962."
    assert not any(r["year"] == "1962" for r in rows(text))


def _whole(text: str) -> tuple[str, int, int]:
    return text, 0, len(text)


def test_a_by_year_the_document_has_seen_in_a_clause_of_past_fact_dates_a_record() -> None:
    """ "by 2015 solar already supplied 9.4% of power": 2015 is behind a plan that reports 2019, and the clause tells
    a fact; "achieved by 2016" is still a deadline's participle, and a "by" year ahead stays a goal."""
    text = "The inventory of 2019 was published in 2021.\n\n{}"
    fact = "Hydro plants that opened in 2004, by 2015 already supplied 9.4% of electricity generation."
    assert {(r["value"], r["year"], r["kind"]) for r in rows(text.format(fact))} == {("9.4", "2015", "actual")}
    goal = "Full coverage of 100% of households achieved by 2016, with resilient services."
    assert {(r["value"], r["kind"]) for r in rows(text.format(goal))} == {("100", "target")}
    ahead = "Solar plants will supply 30% of electricity generation by 2030."
    assert {(r["value"], r["kind"]) for r in rows(text.format(ahead))} == {("30", "target")}


def test_a_value_of_a_remote_past_named_by_no_year_has_none() -> None:
    """ "covered 28% of its territory last century": long before the document's data, and no year says when; the
    undated record beside it keeps the document's data year."""
    text = (
        "The inventory was published in 2019.\n\n"
        "The island was covered with forests decades ago, while forests covered 28% of its territory last century, "
        "but gradually deteriorated to less than 4% due to wildfires.\n\n"
        "Emissions were 12 Mt CO2e."
    )
    found = {(r["value"], r["year"]) for r in rows(text)}
    assert ("12", "2019") in found and not any(v == "28" for v, _ in found)  # (the state it came to is reported)


def test_a_span_between_parts_of_years_is_a_span() -> None:
    """ "from mid-2016 to mid-2022", "between early 2017 and late 2021": spans whose end dates what they report."""
    for text in (
        "Emissions of 31.5 tCO2eq were avoided from mid-2016 to mid-2022.",
        "Between early 2017 and late 2021, 45 MW of solar were installed.",
    ):
        roles = [y.role for y in find_years(text, 0, len(text))]
        assert roles == ["span_start", "span_end"], text
    found = rows("The plan was adopted in 2023.\n\nEmissions of 31.5 tCO2eq were avoided from mid-2016 to mid-2022.")
    assert [(r["value"], r["year"]) for r in found] == [("0.0000315", "2022")]


def test_the_year_of_a_price_base_dates_nothing() -> None:
    """ "85 billion US dollars (2012 constant prices)": the prices' year, not the amount's."""
    roles = [y.role for y in find_years(*_whole("About 85 billion US dollars (2012 constant prices) are needed."))]
    assert roles == ["price"]
    assert [y.role for y in find_years(*_whole("In 2014 prices rose by 3%."))] != ["price"]  # a date, not a base
    text = (
        "The plan was adopted in 2017.\n\n"
        "The total investment needed is estimated at 85 billion US dollars (2012 constant prices)."
    )
    assert {(r["value"], r["year"]) for r in rows(text)} != {("85", "2012")}  # the prices' year dates nothing


def test_the_year_of_the_inventory_a_figure_is_based_on_is_no_base_year() -> None:
    """ "Based on the 2012 GHG inventory, emissions were estimated at 48,210 t CO2e": the figure's year, not the
    yardstick of a change ("rose 5% on 2005 levels" keeps its base)."""
    text = "Based on the 2012 GHG inventory, the island's emissions were estimated at 48,210 t CO2e."
    assert [(y.year, y.role) for y in find_years(*_whole(text))] == [(2012, "obs")]
    assert [y.role for y in find_years(*_whole("Emissions rose 5% on 2005 levels."))] == ["base"]
    assert [(r["value"], r["year"]) for r in rows("The plan was adopted in 2016.\n\n" + text)] == [("0.04821", "2012")]


def test_a_coordinated_predicate_with_a_modal_of_its_own_is_a_clause_of_its_own() -> None:
    # "stands at X in 2023 and will rise to Y by 2035": the second verb's future governs Y only, not the level before
    text = (
        "Ruritania's emissions stand at 41.2 MtCO2e in 2023 and will rise to 63.5 MtCO2e by 2035 under business "
        "as usual.\n\n"
        "Power use per person of 950 kWh in 2005 dropped to 710 kWh in 2015 and is projected to be around "
        "1,200 kWh by 2030."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("41.2", "2023", "actual"), ("950", "2005", "actual"), ("710", "2015", "actual")} <= got
    assert not any(kind == "target" and year in ("2005", "2015", "2023") for _, year, kind in got)


def test_a_list_run_on_in_one_paragraph_after_a_deadline_and_a_colon_takes_the_deadline() -> None:
    # "… by 2030: item; item; item": semicolons part the items, the lead-in's deadline and kind go to each
    text = (
        "In 2022 emissions were 310 MtCO2e.\n\n"
        "The action plan adopted by Decree No. 4 dated 3 March 2023 lists the activities that contribute to the "
        "target by 2032: to attract by 2031 no less than USD 12 billion of investment; 45% gasification of rural "
        "districts; 2.5 times more electricity from renewables; planting forests on 0.4 million hectares.\n\n"
        "Forests covered 1.2 million hectares in 2021."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("45", "2032", "target"), ("2.5", "2032", "target"), ("0.4", "2032", "target")} <= got
    assert ("12", "2031", "target") in got and ("1.2", "2021", "actual") in got


def test_a_decimal_comma_is_no_clause_break() -> None:
    # "21,4%" and "1,5 times" are numbers written with a decimal comma: the clause runs on through them
    text = "Net emissions in 2022 were 9.1 Mt, that is 21,4% below 1990 levels."
    r = next(r for r in rows(text) if r["unit"] == "%")
    assert (r["value"], r["base_year"]) == ("21.4", "1990")
    item = "a 1,5 times increase of output from renewables by 2030"
    assert clause_bounds(item, 0, len(item), item.index("5")) == (0, len(item))


def test_a_year_named_as_the_base_year_in_a_sentence_without_values_is_no_goals_deadline() -> None:
    # "The year 2005 was used as a base year …": the goals after it are measured from it, due by the plan's deadline
    text = (
        "In 2020 Ruritania's emissions were 61 MtCO2e. Ruritania will cut its emissions by 2035.\n\n"
        "The analysis used the 2005 inventory. The year 2005 was used as a base year for the BAU projection. "
        "The scenarios give a deviation of 22-27% against the BAU baseline.\n\n"
        "Base year: 2005. Total emissions in the base year were 48.2 MtCO2e."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("22", "2035", "target"), ("27", "2035", "target"), ("48.2", "2005", "actual")} <= got


def test_the_start_of_a_change_since_a_year_is_that_years_level() -> None:
    # "Since 2019, … from 0.21 GW to 0.65 GW": the start is the level of 2019, the end the present's
    text = (
        "In 2023 emissions were 58 MtCO2e.\n\n"
        "Since 2019, Ruritania has tripled its solar capacity from 0.21 gigawatt-peak to around 0.65 GWp."
    )
    got = {(r["value"], r["year"]) for r in rows(text) if r["unit"] == "GW"}
    assert ("0.21", "2019") in got and ("0.65", "2019") not in got


def test_a_year_in_brackets_after_base_year_is_a_reference_and_dates_a_level_labelled_with_it() -> None:
    text = (
        "In 2021 Ruritania's emissions were 44 MtCO2e.\n\n"
        "The earlier pledges, built upon an 18 MtCO2e baseline (year\n1995) and projected emissions of 50 MtCO2e by "
        "2030 under BAU, remain a reference. The plan will cut emissions by 25% by 2030 from the base year (2005) "
        "level of 31 MtCO2e."
    )
    got = {(r["value"], r["year"], r["kind"], r["base_year"]) for r in rows(text)}
    assert ("18", "1995", "actual", "") in got  # a level labelled as the baseline's is that year's record
    assert ("31", "2005", "actual", "") in got
    assert ("25", "2030", "target", "2005") in got
    assert not any(v == "50" for v, *_ in got)  # (the BAU projection stays out)
    text = (
        "In 2021 Ruritania's emissions were 44 MtCO2e.\n\n"
        "Ruritania will cut per capita emissions to 6.1 tCO2e by 2030, 24% below the level in 2006 of 8.0 tCO2e per "
        "capita. Its cuts are expected to be 18% below emissions in year 2001, at a level of 93,000 tCO2e. Forestry "
        "will fall from the 2014 estimate of 2,900 Gg CO2 to zero. It commits to a reduction (by 2030, against a BAU "
        "scenario from 2018) of 520 kt CO2e."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("8", "2006", "actual"), ("2.9", "2014", "actual")} <= got
    # "18% below emissions in year 2001, at a level of 93,000 tCO2e": the level the cut leaves, the goal's (a plan
    # written so, Micronesia's, puts its 2000 emissions at 150 kt and "28% below" them "at a level of 108,000")
    assert ("0.093", "2030", "target") in got
    assert ("0.52", "2030", "target") in got  # the size of a cut measured from a year is no level of that year


def test_a_goal_dated_only_by_a_period_and_a_reference_is_due_at_the_periods_end() -> None:
    # a past commitment period: "to 94% of base year (1990) emissions in 2008-2012" is no goal of the plan's deadline
    text = (
        "In 2022 Ruritania's emissions were 44 MtCO2e. Ruritania will cut emissions by 35% by 2035.\n\n"
        "Ruritania met its commitment to reduce emissions to 93 percent of base year (1990) emissions in the period "
        "2008-2012."
    )
    got = {(r["value"], r["year"], r["base_year"]) for r in rows(text) if r["value"] == "93"}
    assert got == {("93", "2012", "1990")}


def test_a_change_takes_the_period_of_its_own_clause_when_a_sentence_names_two() -> None:
    text = (
        "In 2024 Ruritania's emissions were 25 MtCO2e.\n\n"
        "Between 2015 and 2022, exports fell by nearly 30 %, while GHG emissions declined by about 21 %, from "
        "32.4 MtCO2e in 2011 to 25.6 MtCO2e in 2024."
    )
    got = {(r["value"], r["year"], r["base_year"]) for r in rows(text) if r["unit"] == "%"}
    assert ("21", "2024", "2011") in got
    assert ("30", "2022", "") in got or ("30", "2022", "2015") in got


def test_a_sectors_share_after_a_dated_inventory_sentence_takes_its_year() -> None:
    # "The Waste sector accounts for 9.1 per cent": a breakdown of the paragraph's inventory, of its year
    text = (
        "Ruritania will cut its emissions by 30% by 2035.\n\n"
        "The Energy sector produced 70.2 per cent of total greenhouse gas emissions in 2021. The Waste sector "
        "accounts for 9.1 per cent, while the Agriculture sector accounts for 20.7 per cent."
    )
    got = {(r["value"], r["year"]) for r in rows(text) if r["unit"] == "%"}
    assert {("70.2", "2021"), ("9.1", "2021"), ("20.7", "2021")} <= got


def test_a_share_over_a_period_of_its_own_clause_takes_the_periods_end_not_a_since_year() -> None:
    text = (
        "In 2022 Ruritania's emissions were 41 MtCO2e.\n\n"
        "Ruritania has emitted little since 1990, contributing around 0.09 percent of cumulative global emissions "
        "from 1990 to 2020."
    )
    got = {(r["value"], r["year"]) for r in rows(text) if r["unit"] == "%"}
    assert got == {("0.09", "2020")}
    # a period the value is compared with is no period of its own: "1.4 °C above the 1961-1990 normal"
    text = (
        "In 2022 Ruritania's emissions were 41 MtCO2e.\n\n"
        "The year 2018 was the hottest on record, with a mean temperature of 23.9 °C, 1.4 °C above the average of the "
        "normal of 1961-1990."
    )
    got = {(r["value"], r["year"]) for r in rows(text) if r["unit"] == "°C"}
    assert ("23.9", "1990") not in got and ("1.4", "1990") not in got


def test_a_year_labelling_a_baseline_dates_its_values() -> None:
    # "2021 baseline: 41% in energy": the label's year is the values' own, not a reference they are compared with
    text = (
        "Goal (4) By 2031, 76% of the energy consumed will come from renewable plants.\n\n"
        "2021 baseline: 41% in energy, 23% in power."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("41", "2021", "actual"), ("23", "2021", "actual")} <= got


def test_a_long_named_source_published_in_a_year_that_states_figures_does_not_date_them() -> None:
    # "... (UNFCCC) published in 2022 states that emissions in 2019 were …": 2022 is the report's, the shares 2019's
    text = (
        "Ruritania will cut its emissions by 25% by 2035.\n\n"
        "Ruritania's Second National Communication (SNC) to the United Nations Framework Convention on Climate "
        "Change (UNFCCC) published in 2022 states that the gross GHG emissions in 2019 were 512.4 Gg CO2e. "
        "The energy sector accounted for 51% of the total emissions, followed by 27% from agriculture."
    )
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert {("0.5124", "2019"), ("51", "2019"), ("27", "2019")} <= got


def test_a_share_of_a_years_emissions_is_measured_against_that_year() -> None:
    # "45% of the GHG emissions of 1995", "the 41% of the emissions emitted in 1995": that year is the yardstick
    text = (
        "In 2018 Ruritania's emissions were 12 MtCO2e.\n\n"
        "The last inventory year, 2018, represents only 41% of the overall GHG emissions emitted in 1995. "
        "Agriculture accounted for 35% of total emissions in 2018."
    )
    got = {(r["value"], r["year"], r["base_year"]) for r in rows(text) if r["unit"] == "%"}
    assert ("41", "2018", "1995") in got and ("35", "2018", "") in got


def test_the_start_of_a_goals_from_to_named_as_the_present_is_a_record_of_the_present() -> None:
    text = (
        "In 2021 Ruritania's emissions were 4 MtCO2e.\n\n"
        "Increasing the share of public transport from around 12% at present to 35% in 2031. "
        "Cut grid losses from 14% to 9% by 2031."
    )
    got = {(r["value"], r["kind"]) for r in rows(text)}
    assert ("12", "actual") in got and ("35", "target") in got
    assert not any(v == "14" for v, _ in got)  # (a start with no date stays out)


def test_from_a_source_in_a_year_is_the_deadline_not_a_base() -> None:
    found = years_of("Ruritania commits to generate 27% of its power from renewable sources in 2032.")
    assert found == [("27", "2032", "target")]
    r = rows("Ruritania will cut emissions by 14% from emissions in 2008 by 2032.")[0]
    assert (r["year"], r["base_year"]) == ("2032", "2008")


def test_an_ndc_named_by_a_past_year_is_an_edition_and_by_a_later_one_a_deadline() -> None:
    filed = observations_of("Ruritania's 2019 NDC target of a 17% cut below BAU stays economy-wide.", "rr_ndc_2021")
    assert [o.year for o in filed] != [2019]
    aimed = observations_of("Ruritania's 2035 NDC aims at a 44% cut from 2015 emissions.", "rr_ndc_2025")
    assert [(o.year, o.base_year) for o in aimed] == [(2035, 2015)]


def test_years_listed_respectively_are_each_values_own_not_a_base() -> None:
    found = years_of(
        "Under the unconditional goal, emissions fall by 9 percent and 13 percent relative to the BAU emission levels"
        " in 2027 and 2032 respectively."
    )
    assert found == [("9", "2027", "target"), ("13", "2032", "target")]
    listed = rows("Emissions fall by 9% and 13% relative to BAU in 2027 and 2032 respectively.")
    assert {r["base_year"] for r in listed} == {""}


def test_a_post_year_opens_a_period_and_dates_nothing() -> None:
    text = (
        "Ruritania will cut emissions by 20% by 2032.\n\nThese actions drive a 10-year post-2022 climate action plan."
        " In the 10-year period, Ruritania needs USD 8.4 billion in investments."
    )
    money = [o for o in observations_of(text, "rr_ndc_2021") if o.unit == "USD billion"]
    assert [o.year for o in money] == [2032]


def test_a_lead_in_after_a_level_in_the_base_year_dates_the_parts_listed() -> None:
    text = (
        "Per the inventory, net emissions of 27,410.5 Gg CO2 eq. were estimated for Ruritania in the base year 2012."
        " The direct emissions by sector are:\n\nEnergy: 12614.20 Gg CO2 eq.\n\nWaste: 811.35 Gg CO2 eq."
    )
    got = {(o.value_raw, o.year, o.kind) for o in observations_of(text, "rr_ndc_2020")}
    assert ("12614.20 Gg CO2 eq.", 2012, "actual") in got and ("811.35 Gg CO2 eq.", 2012, "actual") in got


def test_a_metric_note_in_brackets_keeps_each_value_s_own_year() -> None:
    # the metric a value is stated in, with its digits and a semicolon, stands between the value and its year
    text = (
        "The plan is consistent with emission levels of 0.8 GtCO2e (GWP-100; IPCC AR4) in 2028 and "
        "0.7 GtCO2e (GWP-100; IPCC AR4) in 2035."
    )
    found = [(r["value"], r["unit"], r["year"]) for r in rows(text)]
    assert found == [("800", "Mt CO2e", "2028"), ("700", "Mt CO2e", "2035")]


def test_a_semicolon_inside_brackets_ends_no_sentence() -> None:
    found = rows("Per capita emissions fell from 9.1 tCO2e (GTP-100; AR5 values) in 2006 to 7.2 tCO2e in 2013.")
    assert [(r["value"], r["year"]) for r in found] == [("9.1", "2006"), ("7.2", "2013")]
    assert all(r["quote"].startswith("Per capita") for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "Spending on dune protection increased from US$ 0.42 bn to US$ 1.35 bn from 2009 to 2014.",
        "Between 2009 and 2014 spending on dune protection rose from US$ 0.42 bn to US$ 1.35 bn.",
        "Spending on dune protection increased from$US 0.42 bn to $US 1.35 bn from 2009 to 2014.",
    ],
)
def test_from_and_to_amounts_with_a_currency_first_take_the_period_s_ends(text: str) -> None:
    found = rows(text)
    assert [(r["value"], r["year"], r["qualifier"]) for r in found] == [("0.42", "2009", "="), ("1.35", "2014", "=")]


def test_a_year_before_a_currency_name_is_the_prices_year() -> None:
    text = "The programme needs between R700 billion and R750 billion to 2030 (in 2018 Rands, or USD50-54 billion)."
    assert all(r["year"] != "2018" for r in rows(text))


def test_a_share_of_a_dated_total_takes_that_total_s_year() -> None:
    text = (
        "In 2015, the transport sector overtook the power sector as the leading source of emissions, and "
        "represented 27 percent of 2018 gross national greenhouse gas emissions."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("27", "2018")]
    # a share of a yardstick's level is no share of that year's total
    found = rows("Emissions will fall to 60% of 2005 levels by 2030.")
    assert [(r["value"], r["year"]) for r in found] == [("60", "2030")]


def test_a_level_restated_in_a_relative_clause_takes_the_year_it_restates() -> None:
    text = (
        "The updated target is to cut 35% from the total national emissions in 2016, which is 512.4 MtCO2eq, by 2035."
    )
    found = {r["value"]: (r["year"], r["kind"]) for r in observations_and_rows(text)}
    assert found["512.4"] == ("2016", "actual")
    assert found["35"] == ("2035", "target")


def observations_and_rows(text: str) -> list[dict[str, str]]:
    return [o.as_row() for o in observations_of(text, "rr_ndc_2021")]


def test_one_range_under_a_list_of_deadlines_holds_for_each() -> None:
    text = "Ruritania's emissions by 2028 and 2033 will be in a range between 212 and 305 Mt CO2-eq."
    found = {(r["value"], r["qualifier"], r["year"]) for r in observations_and_rows(text)}
    assert found == {("212", ">=", "2028"), ("305", "<=", "2028"), ("212", ">=", "2033"), ("305", "<=", "2033")}


def test_a_list_of_values_or_past_years_does_not_share_its_years() -> None:
    # two values pair with two deadlines; a past pair may total both years; "respectively" lists stay lists
    pairs = {(r["value"], r["year"]) for r in observations_and_rows("Raise the share to 55% and 60% by 2030 and 2035.")}
    assert pairs == {("55", "2030"), ("60", "2035")}
    past = observations_and_rows("Over 2 million farmers were hit by floods in 2016 and 2017.")
    assert len(past) <= 1
    listed = observations_and_rows("The cuts reach -8.5% and -12.25 respectively in 2025 and 2030.")
    assert [r["year"] for r in listed if r["value"] == "8.5"] == ["2025"]


def test_a_yardstick_s_level_in_brackets_is_that_year_s_record() -> None:
    text = "The plan is consistent with reductions of 5% in 2025 and 14% in 2030 below 1990 levels (1.3 GtCO2e)."
    found = {r["value"]: (r["year"], r["kind"]) for r in observations_and_rows(text)}
    assert found == {"5": ("2025", "target"), "14": ("2030", "target"), "1300": ("1990", "actual")}


def test_a_respectively_list_takes_the_years_of_the_sentence_before() -> None:
    text = (
        "The plan is consistent with emission levels of 1.1 GtCO2e in 2026 and 0.9 GtCO2e in 2031. "
        "This represents reductions of 41% and 50%, respectively, compared to the levels of 2004."
    )
    found = {r["value"]: r["year"] for r in observations_and_rows(text) if r["unit"] == "%"}
    assert found == {"41": "2026", "50": "2031"}
    # not across a paragraph, nor for a list not said "respectively"
    apart = text.replace(". This", ".\n\nThis")
    assert {r["year"] for r in observations_and_rows(apart) if r["unit"] == "%"} != {"2026", "2031"}


def test_the_same_period_dates_each_from_and_to_amount() -> None:
    text = (
        "Since 2009 the country has invested in adaptation, with expenditure rising from US$0.31m in 2009 to "
        "US$1.4m in 2014 per year. Over the same period, the total annual investment increased from US$0.21 to "
        "US$0.64 bn per year in the Agriculture sector; from US$ 0.26bn to US$0.39 bn in the Energy sector."
    )
    found = [(r["value"], r["year"]) for r in observations_and_rows(text) if int(r["char_start"]) > 120]
    assert found == [("0.21", "2009"), ("0.64", "2014"), ("0.26", "2009"), ("0.39", "2014")]


def test_a_value_of_a_named_period_with_its_years_in_brackets_takes_the_periods_end() -> None:
    got = _rows_2024(
        "In 2021, emissions were 212 kt. The national inventory report was published in March 2024.\n\n"
        "The coverage of the carbon tax was raised from 41.5% in Phase 1 (2016-2018) to 48.2% in Phase 2"
        " (2019-2021).\n\n"
        "Funding of 2.1 billion USD is planned for the first stage (2026-2030) and 3.4 billion USD for the second"
        " stage (2031-2035)."
    )
    assert got["41.5%"] == (2018, "actual", None) and got["48.2%"] == (2021, "actual", None)
    assert got["2.1 billion USD"][:2] == (2030, "target") and got["3.4 billion USD"][:2] == (2035, "target")


def test_several_lists_of_values_each_with_its_own_list_of_years() -> None:
    text = (
        "In 2021 the inventory was published. The measures will cut emissions, in the unconditional scenario, by 7.5%"
        " and 10.25% respectively by 2030 and 2035; and in the conditional scenario, by 18.4% and 22.9% respectively"
        " by 2030 and 2035."
    )
    got = [(r["value"], r["year"]) for r in rows(text)]
    assert got == [("7.5", "2030"), ("10.25", "2035"), ("18.4", "2030"), ("22.9", "2035")]


def test_a_goal_set_in_the_long_term_takes_no_other_clauses_deadline() -> None:
    # "… by 2045 … as well as the vision to cut per capita emissions to 2 - 2.5 t in the longer term": no year says
    # when the vision is due, and the first goal's deadline is not its
    text = (
        "The Government has set an indicative goal to cut emissions by 2045 by 60 to 75 percent compared to 1995, as "
        "well as the vision to cut per capita emissions to 2 - 2.5 t CO2eq in the longer term."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("60", "2045"), ("75", "2045")]
    # a deadline in the value's own phrase still dates it
    text = "By 2045, Ruritania will cut its emissions to 14 Mt CO2e and keep them there in the long term."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("14", "2045")]
    # decades not counted are no deadline either: not the plan's, whatever year it aims at
    text = "This plan looks to 2035. Adapting all roads will cost USD 3.4 billion over the coming decades."
    assert rows(text) == []


def test_a_year_after_pre_names_a_class_of_things_and_dates_no_value() -> None:
    text = "Ruritania: 45% of pre-2005 boilers have been replaced, as the 2021 survey found."
    assert [m.role for m in find_years(text, 0, len(text))][0] == "name"
    assert [r["year"] for r in rows("Insulation now covers 35% of pre-1995 homes, the ministry reported in 2019.")] == [
        "2019"
    ]


def test_a_start_written_after_the_goal_with_an_article_is_the_from_side() -> None:
    # "to be around 80% by 2035 from the 52% in 2016": the goal first, its start after it with "the"
    got = {o.value_raw: (o.year, o.kind) for o in observations_of(
        "Ruritania's forest cover is to be around 80% by 2035 from the 52% in 2016."
    )}
    assert got["80%"] == (2035, "target") and got["52%"] == (2016, "actual")
    got = {o.value_raw: (o.year, o.kind) for o in observations_of(
        "Solar output is to reach 7 TWh by 2033, up from the 2.5 TWh of 2019."
    )}
    assert got["2.5 TWh"] == (2019, "actual")


def test_a_label_line_naming_the_base_years_level_dates_the_value_line_under_it() -> None:
    # an NDC's up-front table, one cell a line: the label names the base year's level, the value line follows
    text = (
        "Reference point\n\nBase year\n\n2010\n\nEstimated emissions in base year\n\n"
        "About 8,240 thousand tonnes of CO2 equivalent\n\n"
        "Ruritania will reduce emissions by 12% below BAU by 2030."
    )
    got = {o.value_raw: (o.year, o.kind) for o in observations_of(text)}
    assert got["8,240 thousand tonnes of CO2 equivalent"] == (2010, "actual")
    assert got["12%"] == (2030, "target")


def test_a_sentence_introducing_the_plans_measures_as_follows_gives_them_its_deadline() -> None:
    lines = (
        "Ruritania will cut emissions by 18% by 2035 compared to 2010.\n\n"
        "The measures which Ruritania has retained as its contributions are as follows:\n\n"
        "a) Wind farm on the northern ridge (14 MW);\n\nb) Rooftop solar on public buildings (6 MW)."
    )
    got = {o.value_raw: (o.year, o.kind) for o in observations_of(lines)}
    assert got["14 MW"] == (2035, "target") and got["6 MW"] == (2035, "target")
    # run on in one paragraph, as an HTML paragraph with line breaks gives it
    got = {o.value_raw: (o.year, o.kind) for o in observations_of(lines.replace("\n\n", "\n"))}
    assert got["14 MW"] == (2035, "target") and got["6 MW"] == (2035, "target")
    # what was done is no list of the plan's measures
    done = "Ruritania will cut emissions by 18% by 2035.\n\nThe measures implemented so far are as follows:\n\n"
    got = {o.value_raw: o.kind for o in observations_of(done + "a) Wind farm on the northern ridge (14 MW).")}
    assert got.get("14 MW") != "target"


def test_a_comparison_with_the_present_does_not_date_a_value_at_the_present() -> None:
    text = "Emissions in 1995 were higher than at present and estimated at around 120 kt CO2e."
    assert [o.year for o in observations_of(text)] == [1995]
    text = "Forest cover in 2001 was lower than today, about 38% of the land."
    assert [o.year for o in observations_of(text)] == [2001]


def test_a_past_year_on_a_data_line_dates_the_records_below_it_not_the_goals() -> None:
    text = (
        "Mitigation targets for 2035\n\nMethane\n\n"
        "41.2% of GHG emissions in the 2018 inventory\n\n"
        "Reduce by 22% the intensity of methane emissions per tonne of milk\n\n"
        "Nitrous oxide\n\n9.7% of GHG emissions in the 2018 inventory"
    )
    got = {o.value_raw: (o.year, o.kind) for o in observations_of(text)}
    assert got["22%"] == (2035, "target")
    assert got["9.7%"][0] == 2018


def test_a_goal_from_an_estimated_start_keeps_its_deadline() -> None:
    # "from an estimate of 59% in 2012": the year dates the start only, as "from 59% in 2012" does
    got = {(r["value"], r["year"], r["kind"]) for r in rows(
        "Ruritania will reduce its emissions by 20% by 2030.\n\n"
        "Ruritania aims to raise forest cover to 65% of its land, from an estimate of 59% in 2012.\n\n"
        "Ruritania aims to cut transport emissions to 3.1 Mt CO2e, from a level of 4.2 Mt CO2e in 2014."
    )}
    assert {("65", "2030", "target"), ("59", "2012", "actual")} <= got
    assert {("3.1", "2030", "target"), ("4.2", "2014", "actual")} <= got


def test_the_means_of_a_goal_listed_after_it_are_the_plans_measures() -> None:
    text = (
        "Ruritania will reduce its emissions by 20% by 2030.\n\n"
        "Ruritania is striving to raise forest cover to 65% of its land, from 59% in 2012. "
        "This will be achieved in particular through:\n\n"
        "Reclassification of forest areas:\n\n- Protected areas: 1.2 million hectares\n\n"
        "- Community forest: 0.8 million hectares"
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("1.2", "2030", "target"), ("0.8", "2030", "target")} <= got  # not the start's record of 2012
    # the goal's own deadline dates its means
    dated = text.replace("65% of its land, from 59% in 2012.", "65% of its land by 2035.")
    assert ("1.2", "2035", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(dated)}
    # a lead-in of what was done lists records
    done = text.replace("This will be achieved in particular through:", "In 2012 the areas were:")
    assert ("1.2", "2012", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(done)}


def test_a_goal_without_a_year_does_not_take_a_past_year_the_paragraph_carries() -> None:
    # the paragraph's records are of 2012; the reduction the measure could bring is due at the plan's deadline
    text = (
        "Ruritania will cut emissions by 15% below BAU by 2030.\n\n"
        "The emissions of diesel were determined for 2012. It is estimated that this could reduce emissions by "
        "0.02 MtCO2e."
    )
    assert ("0.02", "2030", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}


def test_a_measure_estimated_to_reduce_emissions_states_a_goal() -> None:
    text = (
        "Ruritania will cut emissions by 15% below BAU by 2030.\n\n"
        "The solar power to be generated between 2012 and 2030 was multiplied by the grid factor for 2012. "
        "This contribution is estimated to reduce emissions by 0.51 MtCO2e.\n\n"
        "In 2012 emissions are estimated to be 5.1 MtCO2e."  # the estimate of a level is a record
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.51", "2030", "target"), ("5.1", "2012", "actual")} <= got


def test_a_year_after_a_participle_of_record_dates_its_noun_not_the_goal() -> None:
    text = (
        "Ruritania will cut emissions by 15% below BAU by 2030.\n\n"
        "During the period 2026-2030, Ruritania will reduce by 25% the water losses registered at city level by 2018."
    )
    assert ("25", "2030", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert find_years("the losses recorded by 2018", 0, 27)[0].role == "obs"
    assert find_years("the losses cut by 2018", 0, 22)[0].role == "by"


def test_a_year_after_with_respect_to_is_a_yardstick_not_the_goals_deadline() -> None:
    text = (
        "Ruritania will cut emissions by 15% below BAU by 2030.\n\n"
        "The power sector will commit to increasing solar power by 2032 at no less than 15% with respect to the "
        "total electricity generated in the country in 2016."
    )
    assert ("15", "2032", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    # a year the noun after the value holds is the deadline when nothing sets it apart
    plain = "Ruritania will cut emissions by 15% below BAU by 2030.\n\nSolar will reach 40% of the power made in 2032."
    assert ("40", "2032", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(plain)}


def test_the_short_tail_of_a_fiscal_year_is_no_value() -> None:
    got = {(r["value"], r["year"]) for r in rows(
        "Access to clean cooking is low: 18% in 2013-14 and 24% in 2017-18 of households."
    )}
    assert got == {("18", "2013"), ("24", "2017")}  # not "14%" nor 18 households
    # a two-digit number after a year that does not follow it is a value ("2013-35%" is no fiscal year)
    assert ("35", "2013") in {(r["value"], r["year"]) for r in rows("Emissions fell in 2013 by 35%.")}


def test_what_a_figure_would_give_is_a_derived_record_not_a_goal() -> None:
    text = (
        "Emissions from the oil sector were around 4 Mt as of 2014. The total would give around 9 Mt CO2eq.\n\n"
        "The outlook put the primary energy supply in 2005 at 3 Mtoe, which would give around 7 Mt CO2 as of that year."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("9", "2014", "actual"), ("7", "2005", "actual")} <= got
    # a plan's measures "would mean" their effect: still the plan's
    plan = "Ruritania will add solar parks by 2030. These measures would mean about 40% renewable power in 2030."
    assert ("40", "2030", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(plan)}


def test_a_goal_named_by_its_share_dates_the_sentence_and_states_no_value() -> None:
    text = (
        "Ruritania commits to reduce its GHG emissions by 12% by 2035 compared to BAU.\n\n"
        "Many measures will be achieved by 2028. The packages are due by 2028. Others will run to 2028.\n\n"
        "The estimated cost to reach the 12% target is USD 4.1 billion."
    )
    got = [(r["value"], r["unit"], r["year"]) for r in rows(text)]
    assert ("4.1", "USD billion", "2035") in got  # due with the goal it serves, not the plan's most named year
    assert got.count(("12", "%", "2035")) == 1  # "the 12% target" restates nothing
    # a share that names no earlier goal is a value of its own
    alone = "The estimated cost to reach the 9% target is USD 4.1 billion by 2030."
    assert ("9", "%", "2030") in [(r["value"], r["unit"], r["year"]) for r in rows(alone)]


def test_a_sum_over_the_period_named_after_it_is_due_at_its_end_whatever_deadline_its_parts_name() -> None:
    got = {
        (r["value"], r["year"])
        for r in rows(
            "Ruritania will cut about 41,2 MtCO2eq in total in the period from 2021 to 2035, with 12,5 MtCO2eq by "
            "2027 and 28,7 MtCO2eq from 2028 to 2035."
        )
    }
    assert ("41.2", "2035") in got
    assert ("12.5", "2027") in got


def test_the_end_of_a_change_said_to_be_today_is_the_present_and_so_is_its_aside() -> None:
    text = (
        "Ruritania will cut its emissions by 20% below business as usual by 2030. This update was submitted in 2016. "
        "Ruritania moved from 3.1% of electricity production from renewable energy in 2011 to about 19% (representing "
        "48 MW capacity) today."
    )
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert {("3.1", "2011"), ("19", "2016"), ("0.048", "2016")} <= got
    # a bracket then another clause that says "currently": not the value's present
    text = (
        "This update was submitted in 2016. Base year 1990: 21,400.5 GgCO2e (with LULUCF) The MRV system is currently "
        "being set up."
    )
    assert {(r["value"], r["year"]) for r in rows(text)} == {("21.4005", "1990")}


def test_a_change_restated_without_its_date_takes_the_date_it_was_first_given() -> None:
    # the same change from the same base year, restated paragraphs later with no year of its own, is the same record
    text = (
        "This update was submitted in 2021. The latest inventory covers 1990-2018.\n\n"
        "As of 2019, GHG emissions in Ruritania decreased by 48.3% from the level of 1990.\n\n"
        "Ruritania ranks third among the Parties in reducing its emissions.\n\n"
        "Thus, Ruritania's GHG emissions were reduced by 48.3% from the 1990 level."
    )
    assert {(r["value"], r["year"], r["base_year"]) for r in rows(text)} == {("48.3", "2019", "1990")}


def test_a_share_of_a_years_emission_level_is_measured_against_that_year() -> None:
    # "at 85% of emissions level in 1990": 1990 is the yardstick, 2030 the deadline
    for text in (
        "The stabilization of greenhouse gas emissions in 2030 at 82% of emissions level in 1992 is the target.",
        "Emissions will be held at 82% of the emission level of 1992 in 2030.",
    ):
        got = [(y.year, y.role) for y in find_years(text, 0, len(text))]
        assert (1992, "base") in got and (2030, "base") not in got, got
        assert [(r["value"], r["year"]) for r in rows(text)] == [("82", "2030")]


def test_items_run_on_after_a_lead_in_that_selects_them_for_the_plan_are_its_goals() -> None:
    # the lead-in's own verb is a perfect ("have been selected"), and the paragraph's year is its inventory's; the
    # items after the colon are the plan's, due at its deadline
    text = (
        "Ruritania will cut its emissions by 20% below business as usual by 2030. This INDC was submitted in 2015.\n\n"
        "The inventory of 2000 gave 30,801 GgCO2e. These have been selected for the INDC: restoration of grazing "
        "land: 640,000 ha; fixation of dunes: 215,000 ha. A survey of 2000 found 12% of land degraded."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.64", "2030", "target"), ("0.215", "2030", "target"), ("30.801", "2000", "actual")} <= got
    assert ("12", "2000", "actual") in got


def test_with_respect_to_names_a_yardstick_but_not_when_it_opens_the_sentence() -> None:
    for text in (
        "Gas plants were built, generating a reduction of 3.9% in hydro dependence, with respect to the energy matrix "
        "of 2011.",
        "Wind generation rose by 4.1% with respect to 2011.",
    ):
        assert (2011, "base") in [(y.year, y.role) for y in find_years(text, 0, len(text))], text
    text = "With respect to 2016, the weight of the gases varies: carbon dioxide represented 58%."
    assert [(y.year, y.role) for y in find_years(text, 0, len(text))] == [(2016, "plain")]


def test_goals_a_clause_says_were_managed_are_records_and_do_not_make_the_clause_a_goal() -> None:
    text = (
        "Ruritania will cut its emissions by 20% below business as usual by 2030. This NDC was submitted in 2020. "
        "In 2008, the forest service established 14,000 ha and in subsequent years it managed to reach goals of "
        "21,000 ha."
    )
    assert ("0.014", "2008", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}


def test_a_lead_in_to_the_parts_of_the_value_just_stated_takes_its_year() -> None:
    # "These contributions are detailed …:" names no year: its items break down the total of the paragraph before,
    # a goal of that total's year; a record's parts take the record's year the same way
    goal = (
        "Freedonia will reduce its emissions by 31% by 2035. This plan was submitted in 2024.\n\n"
        "The forestry sector will contribute -9,412.5 Gg CO2e by 2035, twice the reference scenario.\n\n"
        "These contributions are detailed by source category:\n\n"
        "Peatland rewetting: -5,120.4 Gg CO2e;\n\nRiverside planting: -4,292.1 Gg CO2e."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(goal)}
    assert ("-5.1204", "2035", "target") in got and ("-4.2921", "2035", "target") in got
    record = (
        "This plan was submitted in 2024.\n\nIn 2019, waste emissions reached 812 Gg CO2e.\n\n"
        "They were distributed as follows:\n\nLandfills: 604 Gg CO2e;\n\nWastewater: 208 Gg CO2e."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(record)}
    assert ("0.604", "2019", "actual") in got and ("0.208", "2019", "actual") in got


def test_a_sum_over_periods_that_follow_on_one_another_takes_the_last_end() -> None:
    # "over the two periods of 2016-2020 and 2020-2030" is one sum over 2016-2030; periods apart keep their own
    base = "Ruritania will cut its emissions by 20% by 2030. This INDC was submitted in 2015.\n\n"
    chained = base + "Adaptation requires financing over the two periods of 2016-2020 and 2020-2030 of USD 6.2 billion."
    assert ("6.2", "2030") in {(r["value"], r["year"]) for r in rows(chained)}
    apart = base + "Emissions averaged 41 Mt between 2004 and 2008, and 44 Mt between 2010 and 2014."
    assert {("41", "2008"), ("44", "2014")} <= {(r["value"], r["year"]) for r in rows(apart)}
    worded = base + (
        "Within its emissions quota (410 million tons) set for the period of 2016-2050 Ruritania may carry unused "
        "reductions over to the balance envisaged for the period of 2050-2100."
    )
    assert ("410", "2050") in {(r["value"], r["year"]) for r in rows(worded)}
    each = base + "Ruritania will convert 9,420 hectares of pasture every 10 years (2021-2030, 2030-2040, 2040-2050)."
    assert ("2050",) not in {(r["year"],) for r in rows(each) if r["value"] == "0.00942"}


def test_a_year_a_thing_begins_in_dates_none_of_its_values() -> None:
    # "beginning in 2017" opens the period an annual effort runs over; the effort aims at the plan's deadline, and
    # "has undertaken to" is a commitment, not a record
    base = "Ruritania will cut its emissions by 20% by 2030. This INDC was submitted in 2016.\n\n"
    text = base + (
        "Under its forest programme, Ruritania has undertaken to enlarge its carbon sink through 6,500 hectares of "
        "annual reforestation over the course of 14 years, beginning in 2017."
    )
    assert ("0.0065", "2030", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}


def test_a_value_for_a_later_year_whose_estimate_closes_the_sentence_is_no_record() -> None:
    # "… of 31,240 GWh has been estimated." for a year after the present: what is expected, not what was recorded
    base = "Ruritania will cut its emissions by 20% by 2030. This NDC was submitted in 2020.\n\n"
    text = base + "For the year 2030, an electricity generation of 31,240 GWh has been estimated."
    assert ("31.24", "2030", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    past = base + "For the year 2017, an electricity generation of 24,310 GWh was estimated."
    assert ("24.31", "2017", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(past)}


def test_a_share_over_a_list_of_years_takes_the_latest() -> None:
    # one value stated for every year of an enumeration is dated as a period is, by its end; two years may date two
    # facts, so the list needs three
    base = "Ruritania will cut its emissions by 20% by 2030. This NDC was submitted in 2020.\n\n"
    text = base + "These four sectors account for 87.2% of all emissions in the years 1994, 2000, 2006, 2012 and 2014."
    assert ("87.2", "2014", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    two = base + "Forests covered 41.3% of the land in 2008 and 2016."
    assert ("41.3", "2008") in {(r["value"], r["year"]) for r in rows(two)}


def test_the_start_of_a_change_over_a_period_begun_is_the_record_of_its_first_year() -> None:
    # "During the period 2012-2030, … from around 4% to almost 38%": the period has begun, its start is recorded
    base = "Ruritania will cut its emissions by 20% below business as usual by 2030. This INDC was submitted in 2015."
    text = f"{base}\n\nDuring the period 2012-2030, renewable energies will evolve from around 4% to almost 38%."
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("4", "2012", "actual"), ("38", "2030", "target")} <= found


def test_a_value_year_set_after_an_amount_is_its_price_base() -> None:
    # "US $ 410 million, 2015 value,": the prices' year; "from 2005 values" stays the base year of a change
    roles = [y.role for y in find_years(*_whole("Support of US $ 410 million, 2015 value, is needed."))]
    assert roles == ["price"]
    assert [y.role for y in find_years(*_whole("This is a cut of about 23% from 2005 values."))] == ["base"]


def test_a_list_lead_in_naming_bau_as_the_yardstick_of_its_cuts_opens_no_projection() -> None:
    # "The reductions against the BAU are as follows:" over "2030 : 18320.44 GgCO₂eq (21.08% of the BAU …)": cuts,
    # the plan's; "BAU projections are as follows:" would list the reference path
    base = "Ruritania will cut its emissions by 20% below business as usual by 2035. This NDC was submitted in 2025."
    lines = (
        "2030 : 18320.44 GgCO₂eq (21.08% of the BAU of 86908.1 Gg CO₂eq).\n\n2035: 25117.9 GgCO₂eq (26.5% of the BAU)."
    )
    cuts = f"{base}\n\nThe reductions against the BAU are as follows:\n\n{lines}"
    found = {(r["value"], r["year"], r["kind"]) for r in rows(cuts)}
    assert {("18.32044", "2030", "target"), ("26.5", "2035", "target")} <= found


def test_a_change_from_the_current_baseline_of_a_level_starts_at_a_record_of_the_present() -> None:
    # "from the current baseline of 6.3% to 9% by 2035": a change from today's level, not a range of 6.3-9%
    base = "Ruritania will cut its emissions by 20% below business as usual by 2035. This NDC was submitted in 2025."
    text = (
        f"{base}\n\nIncrease the coverage of closed broadleaf forests from the current baseline of 6.3% to 9% by 2035."
        "\n\nRaise the share of renewables from current levels of 18% to 40% by 2030."
    )
    found = {(r["value"], r["year"], r["kind"], r["qualifier"]) for r in rows(text)}
    assert {("9", "2035", "target", "="), ("40", "2030", "target", "=")} <= found
    # (the starts are today's levels, of no year a reader could check in a plan that does not date its data, as
    # annotators leave them: ``recordyear.plans_ahead``)
    assert not {value for value, *_ in found} & {"6.3", "18"}


def test_the_present_alone_dates_no_record_of_a_plan_that_does_not_date_its_data() -> None:
    """ "Currently, 35% of the land is under protected areas", "At present, 12 MW of wind is installed": a plan that
    does not say when its data were collected leaves the reader no year to check, so no row (nor for "Of these, …"
    right after). Progress up to the plan's date ("to date", "so far"), the start of a change from today and a
    present a sentence dates with its own year stay records; so does the present of a progress report dated by its
    data."""
    base = "Ruritania will cut its emissions by 20% below business as usual by 2035. This NDC was submitted in 2025."
    base += "\n\n"
    present = (
        "Currently, 35% of the land is under protected areas.\n\n"
        "At present, 12 MW of wind turbines are installed. Of these, 4 MW are on the islands.\n\n"
        "Diesel supplies about 60% of power today."
    )
    assert [(r["value"], r["year"]) for r in rows(base + present)] == [("20", "2035")]  # the goal alone
    kept = (
        "To date, 31,000 ha of mangroves have been restored.\n\n"
        "So far, 14 MW of solar capacity has been installed.\n\n"
        "We are extending the rail network from 180 km today to 260 km.\n\n"
        "Hydropower currently supplies 48% of power, up from 30% in 2015."
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(base + kept)}
    assert {("0.031", "2025", "actual"), ("0.014", "2025", "actual"), ("180", "2025", "actual")} <= found
    assert {("48", "2025", "actual"), ("30", "2015", "actual")} <= found  # a sentence that names a year
    report = "All figures in this report are as of the end of 2022.\n\nCurrently, 35% of the land is protected."
    assert {(r["value"], r["year"]) for r in rows(report)} == {("35", "2022")}


def test_a_deadline_in_an_aside_before_a_goal_dates_the_aside_not_the_goal() -> None:
    """ "By 2030, … energy by 55% (mainly by closing the Beta coal plant by 2027) and waste by 21%": the aside's
    deadline is the plant's; the goals after it keep the sentence's 2030. With no other deadline in the sentence,
    the aside's dates the goal ("Closing the Beta plant (due to retire by 2027) will cut 2 Mt")."""
    base = "Ruritania submitted this NDC in 2021.\n\n"
    text = (
        "By 2030, emissions will fall by 40% from 1990 levels, energy by 55% (mainly by closing the Beta coal plant "
        "by 2027) and waste by 21%."
    )
    assert {(r["value"], r["year"]) for r in rows(base + text)} == {("40", "2030"), ("55", "2030"), ("21", "2030")}
    alone = "Closing the Beta plant (the last coal unit, due to retire by 2027) will cut 2 Mt CO2e."
    assert {(r["value"], r["year"]) for r in rows(base + alone)} == {("2", "2027")}


def test_a_year_labelling_a_value_dates_it_in_joined_lines_and_brackets() -> None:
    """ "2010: 124 Mt" over "2020: 178 Mt" run into one paragraph, "(2025: 200 MW and 2028: 200 MW) by 2030", a
    quoted "“2020: 307 GWh, 2025: 428 GWh”": each value takes the year that labels it, not the next line's or the
    deadline after the bracket."""
    base = "Ruritania submitted this NDC in 2015.\n\n"
    lines = "Emissions follow this pathway:\n2010: 124 Mt CO2e\n2020: 178 Mt CO2e\n2030: 235 Mt CO2e"
    assert [(r["value"], r["year"]) for r in rows(base + lines)] == [("124", "2010"), ("178", "2020"), ("235", "2030")]
    bracket = "Two gas units will replace the coal plant (2025: 150 MW and 2028: 250 MW) by 2030."
    assert {(r["value"], r["year"]) for r in rows(base + bracket)} >= {("0.15", "2025"), ("0.25", "2028")}
    quoted = "Energy savings targets “2020: 307 GWh, 2025: 428 GWh and 2030: 520 GWh” have been set."
    assert [r["year"] for r in rows(base + quoted)] == ["2020", "2025", "2030"]


def test_the_start_of_a_period_since_which_a_sentence_speaks_dates_no_later_sentence() -> None:
    """ "Since 2010, Ruritania has accessed USD 135 million. The council has mobilised USD 200 million": the years
    since 2010 run up to the plan's present, so the next sentence's record is not of 2010; nor does "Since 1991, the
    country has lived through a war" date the share of world emissions the next sentence states."""
    base = "Ruritania submitted this NDC in 2021.\n\n"
    money = (
        "Since 2010, Ruritania has accessed climate finance of over USD 135 million. The Economic Council has "
        "mobilized over USD 200 million of investments for the energy sector."
    )
    assert {(r["value"], r["year"]) for r in rows(base + money)} == {("0.135", "2021"), ("0.2", "2021")}
    share = (
        "Since 1991, the country has lived through a civil war. The contribution of Ruritania to global greenhouse "
        "gas emissions is less than 0.03%."
    )
    assert all(r["year"] != "1991" for r in rows(base + share))


def test_a_line_labelling_a_measures_timing_dates_the_lines_after_it() -> None:
    """ "Program Timing: 2017-2024;" over "Forecasted Emission Reductions: 0.31Gg;": the measure's figures are due at
    the end of its period, not at the plan's headline deadline."""
    text = (
        "Ruritania submitted this NDC in 2015. It will cut emissions by 30% by 2030.\n\n"
        "2. Solar water heaters for hotels\n\nThe programme will fit solar water heaters in hotels.\n\n"
        "Program Timing: 2017-2024;\n\nForecasted Emission Reductions: 0.31Gg;\n\nCapital Cost Estimate: US$800,000."
    )
    assert {(r["value"], r["year"]) for r in rows(text)} == {("30", "2030"), ("0.00031", "2024"), ("0.0008", "2024")}


def test_a_kyoto_commitment_period_named_by_its_rank_dates_by_its_end() -> None:
    """ "a commitment of 6% below 1990 during the first commitment period of the Kyoto Protocol": the first period
    ran 2008-2012 and the second 2013-2020, treaty facts as a Five-Year Plan's years follow from its number; the
    goal and what was achieved under it are of its end year, not of the plan's headline deadline."""
    base = "Ruritania submitted this NDC in 2020. It will cut its emissions by 45% by 2030 compared to 1990.\n\n"
    first = (
        "With a commitment to reduce emissions by 6% compared to 1990 during the first period of the Kyoto Protocol, "
        "Ruritania has fulfilled its obligations by reducing its emissions by 9.4%."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(base + first)}
    assert {("6", "2012", "target"), ("9.4", "2012", "actual")} <= got
    second = "Ruritania's objective for the second commitment period of the Kyoto Protocol is an average 17% reduction."
    assert ("17", "2020", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(base + second)}


def test_signed_values_pair_with_the_years_written_after_respectively() -> None:
    """ "according to the conditional scenario of -12.4% and -20.3% respectively in 2025 and 2030": the years come
    after "respectively" and the values carry a minus; each value still takes its own year."""
    text = (
        "Ruritania submitted this NDC in 2020.\n\nActions will cut HFC emissions, according to the unconditional "
        "scenario, of -3.2% and -5.1% respectively in 2025 and 2030; and according to the conditional scenario of "
        "-12.4% and -20.3% respectively in 2025 and 2030 compared to the trend scenario."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [
        ("3.2", "2025"), ("5.1", "2030"), ("12.4", "2025"), ("20.3", "2030"),
    ]  # fmt: skip


def test_a_year_list_after_a_value_list_pairs_with_it_not_with_its_last_value() -> None:
    """ "… 9.1% and 11.9% respectively by 2025 and 2030; and according to the conditional scenario 14.7% and 24.3% by
    2025 and 2030": "by 2025" right after 24.3% opens the year list; it is not that value's own year."""
    text = (
        "Ruritania submitted this NDC in 2020.\n\nThe measures will cut emissions, in the unconditional scenario, by "
        "9.1% and 11.9% respectively by 2025 and 2030; and in the conditional scenario by 14.7% and 24.3% by 2025 "
        "and 2030 compared to the reference situation."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [
        ("9.1", "2025"), ("11.9", "2030"), ("14.7", "2025"), ("24.3", "2030"),
    ]  # fmt: skip


def test_a_count_said_to_stand_as_of_now_is_a_record_even_beside_a_target() -> None:
    # "The target of 30 percent … has shown limited progress, with around 41000 EVs as of now32.": the footnote's
    # number glued to "now" does not hide it; the target keeps its deadline
    base = "Ruritania will cut its emissions by 20% below business as usual by 2035. This NDC was submitted in 2025."
    text = (
        f"{base}\n\nThe target of 30 percent electric vehicles has shown limited progress, with around 41000 EVs "
        "as of now32."
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("41000", "2025", "actual") in found


def test_a_year_dating_the_whole_a_share_is_of_is_its_base_under_a_later_deadline() -> None:
    # "By 2030, at least 50% of the area of peatlands in 2020 has been protected": a goal for 2030 measured on the
    # 2020 area; without a deadline "35% of the coastal zone in 2019" is a share in 2019, and a year followed by the
    # next listed value ("40% of villages in 2016, 60% in 2025") is that value's own
    text = (
        "By 2035, at least 40% of the wetland area in 2021 has been restored.\n\n"
        "By 2035, 100% of the mangrove area of 2015 has been kept under protection.\n\n"
        "Mangroves covered 35% of the coastal zone in 2019.\n\n"
        "Raising the recycling rate by 10% by 2025, extending collection to 40% of villages in 2016, 60% in 2025."
    )
    found = {(r["value"], r["year"], r["kind"], r["base_year"]) for r in rows(text)}
    assert {("40", "2035", "target", "2021"), ("100", "2035", "target", "2015"), ("35", "2019", "actual", "")} <= found
    assert ("40", "2016", "actual", "") in found


def test_the_year_a_rule_takes_effect_is_its_deadline_and_dates_the_whole_its_share_is_of() -> None:
    # "new vehicles registered from 2030 … 5% of the average … of a new vehicle registered in 2020": the rule's goal
    # is for 2030, measured on the 2020 average ("from 2005 levels" after a cut is still a base year)
    text = (
        "In 2022 Ruritania emitted 31 Mt CO2e.\n\n"
        "Limit the emissions of new vans sold from 2032 to an amount equal to 15% of the average emissions of a new "
        "van sold in 2021.\n\nEmissions will fall by 40% from 2005 levels by 2035."
    )
    found = {(r["value"], r["year"], r["kind"], r["base_year"]) for r in rows(text)}
    assert {("15", "2032", "target", "2021"), ("40", "2035", "target", "2005")} <= found
    assert [y.role for y in find_years("cars built after 2028 and sold from 2030", 0, 40)] == ["by", "by"]


def test_a_footnote_number_glued_to_level_leaves_its_year_a_base() -> None:
    # "no more than 75% of the 1990 level1." (footnote 1 glued to "level"): 1990 is the yardstick, not the value's year
    text = "In 2022 Ruritania emitted 31 Mt CO2e.\n\nBy 2030 emissions will be no more than 70% of the 1990 level2."
    found = {(r["value"], r["year"], r["kind"], r["base_year"]) for r in rows(text)}
    assert ("70", "2030", "target", "1990") in found


def test_a_list_of_years_written_without_spaces_after_its_commas_is_still_a_list() -> None:
    # "in 2028, 2034,2041 and 2047" (a comma glued to the next year): each value takes its year in order; a number
    # grouped by commas ("2,034,041 tonnes") is no year
    text = "The plan foresees cuts in coal use of 15, 25, 40% and 60% respectively in 2028, 2034,2041 and 2047."
    assert years_of(text) == [("15", "2028", "target"), ("25", "2034", "target"), ("40", "2041", "target"),
                              ("60", "2047", "target")]  # fmt: skip
    assert [y.year for y in find_years("It weighs 2,034,041 tonnes.", 0, 27)] == []


def test_a_year_after_the_source_emissions_come_from_dates_them_and_every_value_listed() -> None:
    # "Total emissions from these three gases in 2010 were 612.4, 455.9 and 301.7 Gg CO2e respectively": "from" names
    # where emissions come from, so 2010 is the values' year, not a base; "20% from emissions in 2010" stays a base
    roles = {t: [(y.year, y.role) for y in find_years(t, 0, len(t))] for t in (
        "Emissions from the transport sector in 2012 were 9 Mt.",
        "Emissions will fall 20% from emissions in 2012 by 2030.",
    )}  # fmt: skip
    assert roles["Emissions from the transport sector in 2012 were 9 Mt."] == [(2012, "obs")]
    assert roles["Emissions will fall 20% from emissions in 2012 by 2030."][0] == (2012, "base")
    text = (
        "This NDC was submitted in 2016.\n\n"
        "Total emissions from these three gases in 2010 were 612.4, 455.9 and 301.7 Gg CO2e respectively."
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.6124", "2010", "actual"), ("0.4559", "2010", "actual"), ("0.3017", "2010", "actual")} <= found


def test_the_one_year_closing_a_short_sentence_frames_the_paragraph() -> None:
    # the year comes late ("… in the Federation of Ruritania in 2019."), yet it is the sentence's one year and closes
    # it: the paragraph's next record, in the present tense, is of that year, not of the plan's base year
    text = (
        "Ruritania's Updated NDC\n\nCommunicated to the UNFCCC in March 2021\n\n"
        "Ruritania pledges a 45% cut in CO2 emissions against a 2005 base year.\n\n"
        "Power generation released 212 GgCO2e in the Federation of Ruritania in 2019. 93% of electricity is "
        "generated in diesel power plants."
    )
    got = {r["value"]: r["year"] for r in rows(text)}
    assert got["0.212"] == "2019" and got["93"] == "2019"


def test_a_base_year_between_a_cut_and_its_deadline_does_not_part_them() -> None:
    # "and by 31% below 2016 by 2030": the cut's deadline comes after its base year, not the earlier "by 2025"
    text = "Ruritania will reduce its emissions by 12% by 2025 below 2016 and by 31% below 2016 by 2030."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("12", "2025"), ("31", "2030")]


def test_a_start_value_after_from_a_dates_the_start() -> None:
    # "falling from a 33 percent share in 2015 to 19 percent in 2023": the article between "from" and the start value
    text = (
        "Ruritania submitted this NDC in 2025.\n\nCoal has since declined, falling from a 41 percent share in 2014 "
        "to 26 percent in 2022."
    )
    assert [(r["value"], r["year"], r["base_year"]) for r in rows(text)] == [("41", "2014", ""), ("26", "2022", "")]


def test_the_emissions_a_cut_starts_from_are_the_record_of_their_year() -> None:
    # "a reduction of 120 Mt in 2035 from the emissions of 410.2 Mt in 2018": the start is the 2018 record
    text = (
        "Ruritania submitted this NDC in 2025.\n\nRuritania sets a target to achieve an absolute emissions reduction "
        "of 120 Mt CO2e in 2035 from the emissions of 410.2 Mt CO2e in 2018."
    )
    got = {r["value"]: (r["kind"], r["year"]) for r in rows(text)}
    assert got == {"120": ("target", "2035"), "410.2": ("actual", "2018")}


def test_a_money_restatement_in_brackets_leaves_the_year_after_it_to_the_value_before() -> None:
    # "420.1 million kWh (USD 33.9 million) in 2022": the bracket restates the amount's worth, and "in 2022" dates both
    from tests.test_extractor import rows

    text = (
        "Ruritania, 2024.\n\n"
        "In 2023 power use for pumping amounted to approximately 412.5 million kWh, equivalent to around USD 31.4"
        " million, compared to 420.1 million kWh (USD 33.9 million) in 2022."
    )
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert ("0.4201", "TWh", "2022") in got and ("0.0339", "USD billion", "2022") in got
    assert ("0.4125", "TWh", "2023") in got


def test_a_year_after_a_dollar_sign_with_a_countrys_letters_is_the_price_base() -> None:
    # "tCO2e/million CLP$ 2011": the year of the prices the intensity is measured in, never the value's own
    from tests.test_extractor import rows

    text = (
        "Ruritania, 2015.\n\n"
        "Carbon intensity per GDP. Target year 2030: 0.42-0.48 tCO2e/million CLP$ 2011 (subject to support)."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert got == {("0.42", "2030", "target"), ("0.48", "2030", "target")}
    roles = {y.year: y.role for y in find_years(text, 0, len(text))}
    assert roles[2011] == "name" and roles[2030] == "plain"  # the price base dates nothing, even alone


def test_a_deadline_followed_by_its_condition_is_the_values_own() -> None:
    # "… with 3,500 ha of this planted by 2026 conditional on financing": the condition after the year does not
    # make the year a noun's attribute ("the 2026 inventory"), so the part keeps its own deadline
    text = (
        "The plan was adopted in 2022.\n\n"
        "Plant cover crops on at least 9,000 hectares of farmland by 2030, with 3,500 hectares of this being planted "
        "by 2026 conditional on financing of the policy.\n\n"
        "Solar capacity reaches 40 MW by 2027 through public tenders."
    )
    got = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert got == [("0.009", "2030", "target"), ("0.0035", "2026", "target"), ("0.04", "2027", "target")]


def test_a_deadline_before_a_capitalised_word_ends_a_run_on_sentence_it_is_no_attribute() -> None:
    # a table cell or a bullet whose full stop was lost: "… by 2030 Indicative target …" dates the value before it
    text = (
        "Cut emissions to at least 28% below 2014 levels by 2026 and to at least 41% below 2014 levels by 2031 "
        "Indicative target to cut emissions by at least 55% below 2014 levels by 2036"
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("28", "2026"), ("41", "2031"), ("55", "2036")]


def test_each_value_takes_the_period_written_right_after_it_when_a_sentence_names_several() -> None:
    # a trajectory of periods: each share is due at the end of its own period, not at the sentence's first one; a
    # period a value is measured against stays no date of it
    text = (
        "The plan was adopted in 2016.\n\n"
        "The planned path is: 40% solar share in 2017-2019; and 70% solar share in 2019-2024.\n\n"
        "For the 2026-2031 period, losses of wetland will be cut to 40% of the national average for the 2001-2014 "
        "period."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("40", "2019"), ("70", "2024"), ("40", "2031")]


def test_a_reference_year_right_after_a_change_is_its_own_not_the_one_before_it() -> None:
    # "12.7% compared to 2012 or 31.9% compared to 1991": each cut is measured against the year written after it
    text = (
        "The plan was adopted in 2016.\n\n"
        "The target for 2030 is a cut of 12.7% compared to 2012 or 31.9% compared to 1991.\n\n"
        "Energy emissions were 33.4 MtCO2e in 2023, 20% below 1991 and 13.4% below 2021."
    )
    got = [(r["value"], r["base_year"]) for r in rows(text) if r["unit"] == "%"]
    assert got == [("12.7", "2012"), ("31.9", "1991"), ("20", "1991"), ("13.4", "2021")]


def test_a_base_year_set_off_by_a_comma_and_a_paragraphs_bau_does_not_override_it() -> None:
    # "compared with the baseline year, 2008": the year after the comma is the base; a cut against BAU before it in
    # the paragraph gives its yardstick only to the changes that name none of their own
    text = (
        "The plan was adopted in 2021.\n\n"
        "Ruritania intends to cut its emissions by 41% compared to its BAU scenario by 2030. In absolute terms, this "
        "is a reduction of 21% compared with the baseline year, 2009. Energy emissions will fall by 12% by 2030."
    )
    got = [(r["value"], r["year"], r["base_year"], r["baseline"]) for r in rows(text)]
    assert got == [("41", "2030", "", "bau"), ("21", "2030", "2009", "base_year"), ("12", "2030", "", "bau")]


def test_the_number_of_a_resolution_or_decision_is_no_deadline() -> None:
    # "Resolution 2046", "Decision 2041": a four-digit number right after the instrument's word is its number
    text = "Under Decision 2041 of the Board, the utility will connect 20,000 households. Emissions were 12 Mt in 2012."
    assert "2041" not in [r["year"] for r in rows(text)]
    text = "Ruritania enforces Security Council Resolution 2046 on charcoal exports and aims to plant 5,000 ha by 2030."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("0.005", "2030")]


def test_the_date_of_a_law_in_lower_case_is_no_deadline() -> None:
    # "the EE act of 2017": when the law was passed, not when the cut is due (the plan's target year dates it)
    text = (
        "This NDC was submitted in 2025 and covers 2026-2035.\n\nRuritania commits to new appliance standards in "
        "revisions to Schedule 2 of the EE act of 2017, thereby reducing emissions by 14 kt CO2 eq overall."
    )
    assert [r["year"] for r in rows(text)] == ["2035"]


def test_a_goal_dated_only_by_a_horizon_counted_from_now_is_due_at_its_end() -> None:
    # "over the next 25 years" from a plan of 2024: 2049, not the plan's headline 2030; "the next decade" from a
    # plan that names 2030 as its deadline is that deadline
    lead = "This NDC was submitted in 2024. Ruritania will cut emissions by 30% by 2035.\n\n"
    hfc = rows(lead + "It also aims to reduce HFC consumption by 70% over the next 25 years.")
    assert [(r["value"], r["year"]) for r in hfc][-1] == ("70", "2049")
    trees = rows(lead + "The country will plant 4,000 ha of mangroves within the coming decade.")
    assert [(r["value"], r["year"]) for r in trees][-1] == ("0.004", "2035")
    legal = rows(lead + "It will plant three (3) million trees over the next seven (7) years.")
    assert [(r["value"], r["year"]) for r in legal][-1] == ("3000000", "2031")  # the count restated in figures


def test_a_change_over_the_course_of_the_coming_years_is_a_goal_due_at_their_end() -> None:
    # the horizon counted from now marks the change as one to come, with no "will" or "aim" in the sentence
    lead = "This NDC was submitted in 2024. Ruritania will cut emissions by 30% by 2040.\n\n"
    share = rows(
        lead + "Ruritania stands ready to lift its renewable share from 4% to 45% over the course of the next decade."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in share][-1] == ("45", "2034", "target")


def test_a_horizon_said_right_after_a_value_beats_a_year_earlier_in_its_fused_sentence() -> None:
    # list items run together with no stop ("… to 12% by 2035 Plant two million trees over the next five years"):
    # the horizon said of the value is its deadline, not the year that closes the item before it
    lead = "This NDC was submitted in 2024. Ruritania will cut emissions by 30% by 2035.\n\n"
    item = "Raise the forest cover from 8% to 12% by 2035 Plant two million trees over the next five years."
    items = rows(lead + item)
    assert [(r["value"], r["year"]) for r in items][-2:] == [("12", "2035"), ("2000000", "2029")]


def test_a_horizon_with_a_footnote_fused_to_its_last_word_still_dates_the_goal() -> None:
    # "over the next 15 years7": the footnote's digits end the word, the horizon is still counted from the plan
    lead = "This NDC was submitted in 2022. Ruritania will cut emissions by 25% by 2040.\n\n"
    cut = rows(lead + "Stricter vehicle standards will lower fuel use by 6% over the next 15 years7.")
    assert [(r["value"], r["year"]) for r in cut][-1] == ("6", "2037")


def test_a_share_of_the_countrys_own_level_of_a_year_takes_that_year_as_its_base_not_its_date() -> None:
    # "6.2% of its 2001 tree cover area": the loss over 2002-2023 measured against the 2001 area, dated 2023
    text = (
        "This plan was submitted in 2026.\n\nFrom 2002 to 2023, Ruritania lost 41 thousand hectares of tree cover, "
        "equivalent to 6.2% of its 2001 tree cover area."
    )
    share = next(r for r in rows(text) if r["value"] == "6.2")
    assert (share["year"], share["base_year"]) == ("2023", "2001")


def test_a_goal_stated_of_the_plan_as_a_whole_is_due_by_its_headline_not_a_carried_year() -> None:
    # "The NDC will, if fully implemented, reduce … overall" after a sentence "… by 2050": the plan's 2035
    text = (
        "Ruritania submits this NDC in 2025. It will reduce emissions by 20% by 2035 and by 35% by 2035 with "
        "support.\n\nEfficiency measures reduce the required energy supply by 2.1 PJ by 2050. The NDC will, if fully "
        "implemented, reduce emissions from energy efficiency by 48.2 kt CO2eq overall."
    )
    cut = next(r for r in rows(text) if r["value"] == "0.0482")
    assert (cut["year"], cut["kind"]) == ("2035", "target")


def test_items_parted_by_semicolons_keep_the_year_their_lead_in_gives() -> None:
    # "Removals occur across three categories:" after a sentence dated 2022, then "Forest land — 6.40 Mt; Cropland —
    # 1.10 Mt; …": one line of items that splits into sentences at each semicolon, still the list's (not prose)
    text = (
        "This plan was submitted in 2024.\n\nThe LULUCF sector removed 7.9 Mt CO2 in 2022, an increase of 4% since "
        "1990. Removals occur across three categories:\n\nForest land — 6.40 Mt CO2, or 81% of all removals; "
        "Cropland — 1.10 Mt CO2, or 14%; and Grassland — 0.40 Mt CO2, or 5% of the total."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    actual = {(v, y) for v, y, k in got if k == "actual"}
    assert {("6.4", "2022"), ("1.1", "2022"), ("0.4", "2022"), ("14", "2022")} <= actual


def test_the_year_of_a_cited_document_dates_no_later_record_of_the_paragraph() -> None:
    # "the IPCC 2006 Guidelines" names a document: the paragraph's next undated record ("… were estimated at 0.3 Mt")
    # is not of 2006
    text = (
        "This NDC was submitted in 2022. Its inventory year is 2019.\n\nThe inventory covers every source described in "
        "the IPCC 2006 Reporting Guidelines. Emissions from charcoal kilns were estimated at 0.3 Mt CO2e."
    )
    assert [r["year"] for r in rows(text) if r["value"] == "0.3"] != ["2006"]
    # nor when the year follows the method's title: "IPCC Guidelines for National Greenhouse Gas Inventories, 2006"
    titled = text.replace("the IPCC 2006 Reporting Guidelines", "the IPCC Guidelines for National Inventories, 2006")
    assert [r["year"] for r in rows(titled) if r["value"] == "0.3"] != ["2006"]


def test_a_deadline_with_a_colon_labels_what_follows_not_the_value_before_it() -> None:
    # "- By 2027: At least 25% of permits … By 2031: At least 55% …" run on in one cell: each share is of the deadline
    # that labels it, though the next label stands right after it
    text = (
        "This NDC was submitted in 2022.\n\nToolkit roll-out - By 2027: At least 25% of building permits follow the "
        "toolkit By 2031: At least 55% of building permits follow the toolkit."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("25", "2027"), ("55", "2031")]


def test_a_footnote_marker_a_layout_set_after_or_inside_a_unit_neither_counts_nor_parts_a_value_from_its_year() -> None:
    """Superscript footnote markers printed as plain digits: "kt CO2eq 7 in 2019" (after the unit: the year is still
    the amount's own) and "kt 3 CO2equivalent" (inside the unit: no amount of its own)."""
    text = (
        "Ruritania's total emissions fell from 88.15 kt 3 CO2equivalent in 1990 (its base year) to 71.02 kt CO2eq 7 "
        "in 2019."
    )
    got = [(r["value_raw"], r["year"], r["kind"]) for r in rows(text)]
    assert ("71.02 kt CO2eq", "2019", "actual") in got
    assert got[0][1] == "1990"
    assert [raw for raw, _, _ in got] == ["88.15 kt", "71.02 kt CO2eq"]


def test_a_coordinated_projection_without_its_verb_is_a_clause_of_its_own() -> None:
    """ "… reaching 410 MW in 2022 and projected to grow to 1,500 MW by 2031": the elided "is projected" opens a new
    predicate, whose modal reading does not reach back to the record before it."""
    text = (
        "Installed solar capacity has tripled since 2015, reaching 410 MW in 2022 and projected to grow to 1,500 MW "
        "by 2031."
    )
    got = {r["value_raw"]: (r["year"], r["kind"]) for r in rows(text)}
    assert got["410 MW"] == ("2022", "actual")
    assert got["1,500 MW"][0] == "2031"


def test_an_amount_written_like_a_year_before_its_emission_unit_is_no_year() -> None:
    """ "- 2000 ktCO2 / year compared to BAU": an amount of 2,000 kt, glued to its gas, dates nothing."""
    from extract import context as cx

    for text in ("Unconditional: - 2000 ktCO2 / year compared to BAU", "a cut of 2010 tCO2e", "about 1990 Gg CO2"):
        assert cx.find_years(text, 0, len(text)) == [], text
    text = "Ruritania will cut emissions by 20% by 2031. Energy: Unconditional: - 2000 ktCO2 / year compared to BAU."
    got = {r["value_raw"]: (r["year"], r["kind"]) for r in rows(text)}
    assert got["2000 ktCO2"] == ("2031", "target")


def test_a_goal_label_before_a_colon_labels_what_follows_not_the_record_before_it() -> None:
    """ "Baseline: 11.2 million tonnes in 2021 Target: 4% …", a table cell's lines run together: "Target" labels the
    share after its colon; the baseline before it stays a record."""
    text = (
        "Ruritania will cut emissions by 20% by 2031. Raise maize yields. Baseline: 11.2 million tonnes in 2021 "
        "Target: 4% more production each year by 2030."
    )
    got = {r["value_raw"]: (r["year"], r["kind"]) for r in rows(text)}
    assert got["11.2 million tonnes"] == ("2021", "actual")
    assert got["4%"] == ("2030", "target")


def test_changes_from_one_level_to_another_pair_with_two_years_respectively() -> None:
    """ "… rose from 8.1 to 11.4 kt, and freight from 3.2 to 6.9 kt in 1996 and 2006 respectively": each change starts
    in the first year and ends in the second."""
    found = {(r["value_raw"], r["year"]) for r in rows(
        "Bus fuel use rose from 8.1 kt to 11.4 kt, and freight fuel use from 3.2 kt to 6.9 kt in 1996 and 2006 "
        "respectively."
    )}  # fmt: skip
    assert {("8.1 kt", "1996"), ("11.4 kt", "2006"), ("3.2 kt", "1996"), ("6.9 kt", "2006")} <= found


def test_a_deadline_whose_space_was_lost_is_still_a_deadline() -> None:
    """A PDF may drop the space after "by" or "in": "to 38% by2031" is due in 2031, "9 Mt in2018" was in 2018; a code
    with letters before its digits ("SDG2030", "A2030") names no year."""
    found = {(r["value_raw"], r["year"]) for r in rows(
        "The plan was adopted in 2022. Raise forest cover to 38% by2031 and to 41% by 2036. Emissions were 9 Mt in2018."
    )}  # fmt: skip
    assert {("38%", "2031"), ("41%", "2036"), ("9 Mt", "2018")} <= found
    codes = "Agenda SDG2030 and plan A2030 by2031"
    assert [(y.year, y.role) for y in find_years(codes, 0, len(codes))] == [(2031, "by")]


def test_a_line_naming_the_base_year_dates_no_line_below_it() -> None:
    """ "Year of Reference: 2011" over a sector's measures names the base their cuts count from: "Solar parks of
    210 MW" under it is no record of 2011 (a line "Total emissions in 2011: 9 Mt" still dates the lines after it)."""
    found = {(r["value_raw"], r["year"]) for r in rows(
        "Freedonia submitted this contribution in 2016.\n\nEnergy sector\n\nYear of Reference: 2011\n\n"
        "Solar parks: power stations with a total capacity of 210 MW\n\nWind farms: 95 MW by 2030"
    )}  # fmt: skip
    assert ("95 MW", "2030") in found
    assert not any(year == "2011" for _, year in found)


def test_the_existing_level_of_a_thing_named_before_its_bracket_is_the_present_not_a_carried_year() -> None:
    """ "Given our existing high proportion of renewable generation (80 to 85 per cent)": the bracket's values are of
    the thing the sentence calls existing, the document's present, not the year the sentence before reported."""
    text = (
        "New Zealand, 2 May 2021.\n\nIn 2020 gross emissions were 78.8 Mt CO2e. Given our existing high proportion of"
        " renewable electricity generation (80 to 85 per cent), this means the task ahead is hard."
    )
    got = {o.value_raw: o.year for o in observations_of(text)}
    assert got["78.8 Mt CO2e"] == 2020 and got["80"] == 2021 and got["85 per cent"] == 2021


def test_a_year_named_as_the_base_year_after_a_yardstick_is_the_changes_base() -> None:
    """ "45% below absolute emissions in the 2008 base year": the base year is the yardstick the change is measured
    against, so it is the cut's base year, and the amount restated after it ("i.e., 880 Gg CO2e") is the same goal
    of 2035, not a record of 2008 ("32% in the 2013 base year", with no yardstick, is measured in that year)."""
    text = (
        "Ruritania, 2 May 2021.\n\nBy 2035 Ruritania will reduce its emissions by 45% relative to absolute emissions"
        " in the 2008 base year, i.e., 880 Gg CO2e."
    )
    found = [(r["value_raw"], r["year"], r["kind"], r["base_year"]) for r in rows(text)]
    assert found == [("45%", "2035", "target", "2008"), ("880 Gg CO2e", "2035", "target", "")]
    # a table cell of two goals, each restated after its long yardstick: each amount is its own goal's
    cell = (
        "Ruritania, 2 May 2021.\n\nTarget relative to the reference indicator\t2030 30% reduction relative to"
        " absolute emissions in the 2008 base year, i.e., 600.2 Gg CO2e 2035 40% reduction relative to absolute"
        " emissions in the 2008 base year, i.e., 800.4 Gg CO2e"
    )
    found = {(r["value_raw"], r["year"], r["kind"]) for r in rows(cell)}
    assert {("600.2 Gg CO2e", "2030", "target"), ("800.4 Gg CO2e", "2035", "target")} <= found
    measured = rows("Ruritania, 2 May 2021.\n\nEnergy accounted for 32% of emissions in the 2013 base year.")
    assert [(r["year"], r["kind"], r["base_year"]) for r in measured] == [("2013", "actual", "")]


def test_a_share_of_a_years_level_named_after_it_is_measured_against_that_year() -> None:
    """ "(12.5% of the forest area of 2004)" lost over 2004-2014, and a cap "of 70% of GHG emissions occurred in
    1995": the year is the yardstick's, so the share is dated by the period's end or the goal's deadline, with that
    year its base ("35% of the total emissions in 2020" is still a share in 2020)."""
    lost = rows(
        "Ruritania, 2 May 2021.\n\nBetween 2004 and 2014, 96,000 ha of forest (12.5% of the forest area of 2004) were"
        " lost."
    )
    assert ("12.5%", "2014", "actual", "2004") in {(r["value_raw"], r["year"], r["kind"], r["base_year"]) for r in lost}
    cap = rows(
        "Ruritania, 2 May 2021.\n\nThe target is an emission cap of 70% of GHG emissions occurred in 1995, a limit of"
        " 12.4 MtCO2eq emitted in 2030."
    )
    assert ("70%", "2030", "target", "1995") in {(r["value_raw"], r["year"], r["kind"], r["base_year"]) for r in cap}
    share = rows("Ruritania, 2 May 2021.\n\nEmissions from energy were 35% of the total emissions in 2020.")
    assert [(r["year"], r["base_year"]) for r in share] == [("2020", "")]


def test_the_amount_a_share_of_a_years_size_comes_to_is_of_the_shares_year() -> None:
    """ "Keep 100% of the native forest area of year 2014 (734,120 ha)" and "a 5% increase in the native forest area of
    year 2014 (770,826 ha)" under a column of 2028 goals: the year is the yardstick's, so it is the shares' base, and
    the bracketed areas are what the shares come to, goals of 2028 as the shares are (not records of 2014)."""
    text = "\n".join(
        [
            "Ruritania, 2 May 2021.",
            "",
            "GHG\tLand use categories\t2028 Mitigation Objectives",
            "CO2\tForest land\tKeep 100% of the native forest area of year 2014 (734,120 ha)",
            "CO2\tForest land\tA 5% increase in the native forest area of year 2014 (770,826 ha)",
        ]
    )
    found = {(r["value_raw"], r["year"], r["kind"], r["base_year"]) for r in rows(text)}
    assert {("100%", "2028", "target", "2014"), ("5%", "2028", "target", "2014")} <= found
    assert {("734,120 ha", "2028", "target", ""), ("770,826 ha", "2028", "target", "")} <= found


def test_a_deadline_followed_by_its_scenario_condition_is_the_values_own() -> None:
    """ "12% reduction in 2030 (…) and 19% reduction in 2035 without the new dam (…)": a year followed by "without",
    "excluding" or "including" is not a year naming a noun ("the 2030 NDC"): it is the deadline of the value right
    before it, not the earlier deadline of the sentence."""
    text = (
        "Ruritania, 2 May 2021.\n\nPower sector emissions: 12% reduction in 2030 (from 610 to 537 GgCO2eq) and 19%"
        " reduction in 2035 without the new dam (610 to 494 GgCO2eq)."
    )
    found = {(r["value_raw"], r["year"]) for r in rows(text)}
    assert ("12%", "2030") in found and ("19%", "2035") in found
    # (a year after a capital "In" opens a run-on sentence of its own: "… 71.2% thermal In 2020 excluding …")
    text = (
        "Ruritania, 2 May 2021.\n\nPower mix\tIn 2015, excluding mines: 11.5% hydro and 71.2% thermal In 2020"
        " excluding mines: 15.1% hydro and 66.4% thermal"
    )
    assert ("71.2%", "2015") in {(r["value_raw"], r["year"]) for r in rows(text)}



def test_a_paragraph_naming_the_data_year_and_no_value_dates_the_breakdown_below_it() -> None:
    # "… (2014 data) shows …" alone in its paragraph, then "Industry contributes 61%, …": the shares are 2014's;
    # a paragraph that read a value of its own passes no year on
    text = (
        "Ruritania, 2 May 2021.\n\n"
        "The sectoral split of Ruritania's GHG emissions in the latest inventory (2014 data) shows that "
        "most of them come from fuel combustion.\n\n"
        "Industry contributes the largest part of combustion emissions at 61%, and households the rest, at 39%."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert got == {("61", "2014", "actual"), ("39", "2014", "actual")}
    valued = text.replace("shows that most", "shows that 80%")
    assert ("61", "2014", "actual") not in {(r["value"], r["year"], r["kind"]) for r in rows(valued)}


def test_a_year_of_data_in_a_reports_bracket_dates_data_not_the_report() -> None:
    # "the Third National Communication (2014 data)": the year the figures are of ("(2014)" alone names the report)
    text = (
        "Ruritania, 2 May 2021.\n\n"
        "The sectoral split of emissions in the Third National Communication (2014 data, without waste) shows that "
        "most of them come from fuel combustion.\n\n"
        "Industry contributes the largest part of combustion emissions at 61%, and households the rest, at 39%."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert got == {("61", "2014", "actual"), ("39", "2014", "actual")}
    assert not rows(text.replace("(2014 data, without waste)", "(2014)"))


def test_a_year_labelled_before_a_value_label_dates_the_value() -> None:
    # "Year: 2019 Value: 126,000 ha": the year of the value, not a yardstick "2019 values"
    text = (
        "Ruritania, 2 May 2025.\n\n"
        "Promotion of organic farming\tYear: 2019 Value: 126,000 ha of organic farming\t"
        "300,000 hectares of organic farming by 2030"
    )
    assert ("0.126", "2019", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}


def test_a_document_submitted_early_or_late_in_a_year_dates_the_document_not_its_data() -> None:
    text = (
        "Ruritania, 2 May 2019.\n\n"
        "Based on the base year 2010, Ruritania's emissions were 14,260 Gg of CO2 eq. (the sector breakdown is in the "
        "Second National Communication and the inventory submitted in early 2017)."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("14.26", "2010", "actual")]


def test_a_base_year_emission_estimation_is_the_level_of_the_base_year() -> None:
    text = (
        "Ruritania, 2 May 2015.\n\n"
        "Ruritania intends to cut its emissions by 22% by 2030, taking 2012 as the base year. Base year emission "
        "estimation is 6120 Gg of CO2 equivalent."
    )
    assert ("6.12", "2012", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}


def test_a_lead_in_naming_the_following_sectors_breaks_down_the_total_just_stated() -> None:
    # "The direct GHG emission for the following IPCC sectors is:" after "… to 612.4 kt CO2 eq in 2022": the items
    # are the sectors of that year's total
    text = (
        "Ruritania, 2 May 2025.\n\n"
        "According to the inventory, total emissions rose from 71.2 kt CO2 eq in 1994 to 612.4 kt CO2 eq in 2022.\n\n"
        "The direct GHG emission for the following IPCC sectors is:\n\n"
        "Energy: 201.3 Gg CO2 eq\n\nAgriculture: 366.8 Gg CO2 eq\n\nWaste: 44.3 Gg CO2 eq"
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.2013", "2022", "actual"), ("0.3668", "2022", "actual"), ("0.0443", "2022", "actual")} <= got


def test_a_price_year_of_purchasing_power_parity_dates_no_goal() -> None:
    # "(measured in constant terms at 2017 PPP) by 2030": 2017 is the prices' year; the goal is due in 2030
    text = (
        "Ruritania, 2 May 2025.\n\n» Ruritania reaffirms its commitment to meeting the previously stated policy "
        "targets, which will support achieving the NDC energy sector emission reduction goal:\n\n» To achieve "
        "universal access to electricity by 2030, as stated on the SDG7 Roadmap.\n\n» To reduce energy intensity to "
        "3.4 megajoules per US Dollar GDP (measured in constant terms at 2017 PPP) by 2030, as stated on the SDG7 "
        "Roadmap."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("3.4", "2030", "target")]


def test_the_parts_of_a_dated_amount_and_their_bracketed_shares_take_its_year() -> None:
    # "2,140 million lei are needed for 2024-2028, of which 320 million (15%) from the state budget": the parts of
    # the need and their shares are of its period, not of the year in the programme's name
    text = (
        "Moldova, 2 May 2025.\n\nMoldova will cut its emissions by 70% by 2030.\n\n"
        "Regarding the costing for the NAP 2030, 2,140 million lei are needed for the period 2024-2028, of which "
        "320.0 million MDL (15%) from the state budget and 1,820.0 million MDL (85%) from development partners."
    )
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert {("2.14", "2028"), ("0.32", "2028"), ("15", "2028"), ("1.82", "2028"), ("85", "2028")} <= got


def test_a_share_of_which_takes_the_year_of_its_whole_only_when_that_is_dated_right_after_it() -> None:
    # "(72,000 tonnes emitted in 2011), of which 90% …": the share of that year's emissions; in "… by 2040 …
    # covering up to 1.6 million hectares (ha) as of 2019, of which 25 per cent is unconditional" the share may be of
    # the goal
    dated = (
        "Ruritania, 2 May 2022.\n\nAgriculture is the largest methane-emitting sector (61,000 tonnes emitted in "
        "2011), of which 88% is emitted from livestock."
    )
    assert ("88", "2011", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(dated)}
    text = (
        "Ruritania, 2 May 2021.\n\nIn 2019 the strategy put the forestry goal at 41.3 million tCO2e of reductions by "
        "2040 through land use interventions covering an area of up to 1.6 million hectares (ha) as of 2019, of "
        "which 25 per cent is unconditional."
    )
    assert ("25", "2040") in {(r["value"], r["year"]) for r in rows(text)}


def test_a_bracketed_year_with_a_colon_labels_what_follows_not_the_value_before_it() -> None:
    text = (
        "Ruritania, 2 May 2025.\n\nRestore upland pastures\tMinistry\t(2023): 40 ha\t(2035): 12,000 ha of pasture "
        "restored\n"
    )
    got = [(r["value"], r["kind"], r["year"]) for r in rows(text)]
    assert got == [("0.00004", "actual", "2023"), ("0.012", "target", "2035")]


def test_a_share_of_an_amount_holds_in_the_amounts_year() -> None:
    # "10% of 2.6 million m3 … in 2032": the share and the amount it is of are one statement, due at the amount's
    # year, not at the year that opens the clause ("Capture starts in 2027 and …")
    text = "Capture starts in 2027 and grows until the recovery of 15% of 2.6 million m3 of landfill gas in 2032."
    assert {(r["value"], r["year"]) for r in rows(text)} == {("15", "2032"), ("0.0026", "2032")}


def test_a_gas_formula_between_a_value_and_its_year_is_no_value() -> None:
    # "0.9 million m3 of CH4 in 2033": the formula's digit does not stop the year after it from dating the value
    text = "Capture of methane begins in 2026, with 0.9 million m3 of CH4 in 2033."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("0.0009", "2033")]


def test_a_value_counted_back_from_a_year_takes_that_years_distance() -> None:
    # "up from 3% a decade earlier": ten years before the year the sentence names; "ago" counts from the present
    text = "Ruritania, May 2025.\n\nBy 2023, wind supplied 17.5% of power, up from just 3% a decade earlier."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("17.5", "2023"), ("3", "2013")]
    text = "Ruritania, May 2025.\n\nIn 2022 the fleet held 900 electric buses, against 40 buses five years before."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("900", "2022"), ("40", "2017")]
    text = "Ruritania, May 2025.\n\nMangroves covered 41,000 ha twenty years ago."
    assert [(r["value"], r["year"]) for r in rows(text)] == [("0.041", "2005")]


def test_two_consecutive_years_after_fy_name_one_fiscal_year_its_first() -> None:
    # "FY 2018-2019", "fiscal year 2016-2017", "FY 2020-21": one fiscal year, dated by the year it opens (as "2019/20"
    # is); two years apart, or without "FY", they stay a period, dated at its end
    assert [r["year"] for r in rows("In FY 2018-2019, forest funding was MMK 41,250 million.")] == ["2018"]
    assert [r["year"] for r in rows("In the fiscal year 2016-2017, solar output was 3 TWh.")] == ["2016"]
    assert [r["year"] for r in rows("In FY 2020-21, wind output was 2.2 TWh.")] == ["2020"]
    assert [r["year"] for r in rows("Between 2017-2018, forest funding was MMK 41,250 million.")] == ["2018"]


def test_a_header_of_fy_and_two_consecutive_years_dates_its_column_by_the_first() -> None:
    text = (
        "Ruritania, 2021.\n\nTable 8. Public funding of the forest sector\n\n"
        "\tFY 2016-2017 (MMK million)\tFY 2017-2018 (MMK million)\n"
        "Government funding\t12,100.5\t30,420.8\n"
        "External grants\t2,310.4\t4,805.9\n\nTable 9. Projects\n"
    )
    assert {(r["value"], r["year"]) for r in rows(text)} == {
        ("12.1005", "2016"), ("30.4208", "2017"), ("2.3104", "2016"), ("4.8059", "2017")
    }


def test_the_year_the_conditions_of_a_goal_prevailed_in_dates_no_value() -> None:
    # "(at the level of international support prevailing in 2016)": the conditions the goal assumes, as a price year
    # is; the goal takes the deadline its sentence gives
    text = (
        "Nationally Determined Contribution of Ruritania for the timeframe 2021-2035\n\nThe plan was adopted in 2021."
        "\n\nRuritania intends to cut its emissions by 30% (at the level of international support prevailing in 2016) "
        "and towards 45% (with substantial international support) compared to 2010 levels."
    )
    assert ("30", "2016", "target") not in years_of(text)
    assert ("30", "2035", "target") in years_of(text)


def test_a_deadline_closing_a_long_clause_is_its_values_own() -> None:
    # "… by 2018, 35% of the national energy mix should be supplied by … sources of energy by 2027, and …": the
    # deadline that ends the value's clause is its own, however long the clause; the item before's year is not
    text = (
        "Ruritania, 2 May 2015.\n\nThe energy agenda sets these targets: a 25% cut in the marginal costs of power by "
        "2018, 35% of the national energy mix should be supplied by non-conventional renewable sources of energy by "
        "2027, and a strategy."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("25", "2018"), ("35", "2027")]
    # a clause of its own in between ("which …") keeps a far year from the value
    text = text.replace("should be supplied by non-conventional", ", which the regulator reviews in its report on")
    assert [(r["value"], r["year"]) for r in rows(text)] == [("25", "2018"), ("35", "2018")]


def test_and_joining_two_nouns_of_the_values_phrase_leaves_its_deadline_its_own() -> None:
    # "90% of peatland and wetland ecosystems by 2032": "and" joins two nouns, it opens no clause
    text = (
        "Ruritania will protect at least 40% of its peatland and wetland ecosystems by 2026, and 90% of peatland and "
        "wetland ecosystems by 2032."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("40", "2026"), ("90", "2032")]


def test_a_value_due_in_the_coming_years_has_no_year() -> None:
    # "investments of about USD 150 million are planned in the coming years": no year says when, and the date the
    # sentence before gave is not its
    text = (
        "The line will be completed by the end of 2029. Investments of about USD 150 million are planned in the "
        "coming years to make the grid stable."
    )
    assert rows(text) == []
    assert rows("The plan looks to 2030. Some 12,000 homes will be insulated over the next few years.") == []


def test_a_year_a_history_dates_back_to_frames_no_record_after_it() -> None:
    # "legislation dating back to 1956": where a history starts, as "since 1956" is; the present standing told next
    # is of no year a reader could check, and not of 1956
    text = (
        "Ruritania, 2 May 2023.\n\nRuritania manages its forests under effective legislation dating back to 1956. "
        "Ruritania's forests offset around 9% of total GHG emissions with harvested wood products."
    )
    assert rows(text) == []
    assert [r["year"] for r in rows(text.replace("dating back to 1956", "adopted in 1956"))] == ["1956"]


def test_a_goal_restated_right_after_its_deadline_keeps_that_deadline() -> None:
    # "By 2031, emissions will be reduced by: 17% | 28%", then "Unconditional targets are reductions … by 17%": the
    # same goals, restated without their deadline, are due when they were first said to be, not at the plan's
    # headline deadline (2036 here)
    text = (
        "Ruritania, 2 May 2025.\n\nBy 2031, greenhouse gas emissions will be reduced by:\n\n17%\n\n28%\n\nWM\n\nWAM\n\n"
        "Unconditional targets (WM) are reductions of net GHG emissions by 17%. Conditional targets (WAM) are "
        "reductions of net GHG emissions by 28% compared to the projected baseline level.\n\n"
        "By 2036, emissions will fall by 41%. The plan's goals are for 2036."
    )
    assert {(r["value"], r["year"]) for r in rows(text)} == {("17", "2031"), ("28", "2031"), ("41", "2036")}


def test_a_list_respectively_opens_takes_the_years_of_the_list_before_it() -> None:
    # "… levels of 0.9 Gt in 2026 and 0.8 Gt in 2031, corresponding, respectively, to a reduction of 29% and 37%,
    # based on emission levels of 1.27 Gt in 2004": the n-th cut takes the n-th level's year, and the yardstick level
    # named after the list gives both their base year
    text = (
        "Ruritania, 2 May 2015.\n\nThis contribution is consistent with emission levels of 0.9 GtCO2e (GWP-100) in "
        "2026 and 0.8 GtCO2e (GWP-100) in 2031, corresponding, respectively, to a reduction of 29% and 37%, based on "
        "estimated emission levels of 1.27 GtCO2e (GWP-100; AR5) in 2004."
    )
    got = [(r["value"], r["kind"], r["year"], r["base_year"]) for r in rows(text) if r["unit"] == "%"]
    assert got == [("29", "target", "2026", "2004"), ("37", "target", "2031", "2004")]
