"""A sentence that opens with a counterfactual ("Without adaptation measures, …") states what inaction would bring."""

from __future__ import annotations

import pytest

from extract.counterfactual import under_counterfactual
from tests.test_extractor import rows


@pytest.mark.parametrize(
    "text",
    [
        # impacts: areas at risk, losses, shortages
        "Without further adaptation action, when rainfall drops by 20%, about 15% of the northern plains and over 30%"
        " of the coastal towns would face chronic water shortage by 2050.",
        "By 2050, without adaptation measures, flood losses could reach 4% of GDP.",
        "In the absence of adaptive measures, heat stress is projected to cut rice yields by 12% by 2060.",
        # the emissions of a world without the plan
        "In the absence of any intervention, emissions are projected to climb to 95 MtCO2e by 2035.",
        "Without new policies, power demand will grow by 45% by 2030.",
        # a frame without "the" and without its closing comma
        "In absence of any actions the net sequestration from forests is expected to fall to 4,312 GgCO2 in 2030.",
        # without the plan itself: the path its contribution is measured against
        "In the absence of the NDC, emissions are expected to be 45,200 Gg in 2030.",
        "Without the INDC, national emissions would reach 50 MtCO2e in 2035.",
    ],
)
def test_values_under_a_counterfactual_frame_are_not_emitted(text: str) -> None:
    assert rows(text) == []


def test_the_case_with_measures_after_a_turn_is_the_plans() -> None:
    text = (
        "Without mitigation measures, emissions would reach 80 MtCO2e by 2030, while with the NDC measures they are"
        " limited to 62 MtCO2e."
    )
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("62", "target", "2030")]


def test_a_condition_on_support_is_no_counterfactual() -> None:
    text = "Without international support, Ruritania will reduce its emissions by 12% by 2030 compared to BAU."
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("12", "target")]


def test_without_in_a_statement_of_fact_is_no_counterfactual() -> None:
    # no modal, no prediction: "without" tells how a recorded change came about
    text = "Without any subsidy policies, household demand for kerosene fell by 18% between 2015 and 2021."
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("18", "actual", "2021")]


def test_the_start_of_a_path_under_the_frame_is_still_a_record() -> None:
    text = (
        "Without mitigation actions, the net sink could shrink from -2,400 kt CO2e in 2016 to -1,100 kt CO2e in 2035."
    )
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("-2.4", "actual", "2016")]


def test_the_frame_must_open_the_sentence() -> None:
    text = "The plan cuts emissions by 30% by 2030 compared to a scenario without measures, as shown in Table 2."
    start = text.index("30%")
    assert not under_counterfactual(text, 0, len(text), start)
    framed = "Without measures, " + text
    assert under_counterfactual(framed, 0, len(framed), framed.index("30%")) is False  # "compared" turns the case


def test_a_record_in_a_past_relative_clause_under_the_frame_stays() -> None:
    text = (
        "Without additional measures, transport emissions, which were measured at 6,100 ktCO2e in 2018, would double"
        " by 2040."
    )
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("6.1", "actual", "2018")]


def test_a_record_recalled_under_a_counterfactual_frame_is_still_a_record() -> None:
    # "Without … actions, … will …" frames what inaction would bring; a number its own phrase dates to a past year
    # ("-41,530 Gg CO2e in 2012") recalls what was recorded, while the framed future balance stays out
    text = (
        "Freedonia will reduce its emissions by 31% by 2035. This plan was submitted in 2024.\n\n"
        "Without strengthening mitigation actions, Freedonia will lose its sink status after 2028, when it will show "
        "a balance of 1,210 Gg CO2e, against a sink of -41,530 Gg CO2e in 2012 and -17,845 Gg CO2e in 2022."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("-41.53", "2012", "actual") in got and ("-17.845", "2022", "actual") in got
    assert not [g for g in got if g[0] == "1.21"]


def test_a_recalled_record_in_the_clause_of_the_counterfactual_verb_is_still_a_record() -> None:
    # no comma parts the record from "will display": its own past year makes it an actual all the same
    text = (
        "Freedonia will reduce its emissions by 31% by 2035. This plan was submitted in 2024.\n\n"
        "Without strengthening mitigation actions, Freedonia will display a balance of 1,210 Gg CO2e against its "
        "status as a sink of -41,530 Gg CO2e in 2012 and -17,845 Gg CO2e in 2022."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("-41.53", "2012", "actual") in got and ("-17.845", "2022", "actual") in got


def test_if_nothing_is_done_frames_a_counterfactual_whose_start_is_a_record() -> None:
    # the frame said as a condition; "ca." (circa) ends no sentence and hedges the start of the path, whose own
    # "in the year" dates it; a state recalled "in year 2005" is a record too, the framed future values are not
    text = (
        "Freedonia will reduce its emissions by 31% by 2035. This plan was submitted in 2024.\n\n"
        "If nothing is done, national emissions will grow from ca. 45 MtCO2e in the year 2005 to 70 MtCO2e in 2030,"
        " turning the forest sink of 12 MtCO2e in year 2005 into a source of 3 MtCO2e in 2030.\n\n"
        "If no additional measures are taken, flood losses will reach 4% of GDP by 2050."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert got == {("31", "2035", "target"), ("45", "2005", "actual"), ("12", "2005", "actual")}


def test_a_counterfactual_after_a_reports_lead_in_is_still_one() -> None:
    # "The results show that without … measures, emissions … will increase to …": what the model says of a world
    # without the plan; the record it starts from stays
    text = (
        "Ruritania, 2 May 2021.\n\nThe results show that without co-benefit adaptation measures, emissions, which "
        "were estimated at 18,200 ktCO2-eq in 2014, will increase to 52,100 ktCO2-eq in 2025 and to 80,400 ktCO2-eq "
        "in 2030."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("18.2", "2014", "actual")]


def test_a_paragraph_opened_by_a_counterfactual_goes_on_in_it_until_it_turns_to_the_plan() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nIf no action is taken, emissions will grow from 12 MtCO2 in 2005 to 30 MtCO2 in"
        " 2035. Forest removals will fall from 8 MtCO2 in 2005 to 2 MtCO2 in 2035, turning a sink of 4 MtCO2 in the"
        " year 2005 into a source. Ruritania will reduce its emissions by 25% by 2035."
    )
    got = {r["value_raw"]: (r["kind"], r["year"]) for r in rows(text)}
    assert not {"30 MtCO2", "2 MtCO2"} & set(got)
    assert got["8 MtCO2"] == ("actual", "2005") and got["4 MtCO2"] == ("actual", "2005")
    assert got["25%"] == ("target", "2035")


def test_a_condition_contrary_to_fact_makes_every_value_of_its_sentence_a_supposition() -> None:
    # "If 30% of these farms had enough cattle (40 head) …, firewood use could be cut": neither a record nor a goal
    text = (
        "If 30% of these farms (approximately 45,000 farms) had enough cattle (40 head) for a biogas digester, the "
        "use of firewood could be reduced."
    )
    assert rows(text) == []
    text = "If Ruritania had used gas instead of coal, costs could have fallen by over USD 1.5 billion a year."
    assert rows(text) == []
    # an open condition of the plan stays: "If the target is met, 25% of households will cook with gas by 2030"
    assert [r["value"] for r in rows("If the target is met, 25% of households will cook with gas by 2030.")] == ["25"]
