"""Kind, reference projections, baseline and condition, on sentences written for these tests (invented countries
and numbers, never dev-set or seed text)."""

from __future__ import annotations

import dataclasses

import pytest
from test_extractor import rows

from extract import clauses, conditions, headings, sentence
from extract.quantities import Quantity
from extract.restate import restated_kind
from extract.state import Carry, DocContext
from extract.years import SentenceYears

#: A document that says when its data were collected: its undated facts are of that year, so a sentence with no
#: year of its own still gives rows whose kind can be read (an undated fact of a document that dates nothing gives
#: none: it has no determinable year).
DATED = "The statistics in this document were collected up to 2024.\n\n"


def dated_rows(text: str) -> list[dict[str, str]]:
    return [r for r in rows(DATED + text) if int(r["char_start"]) >= len(DATED)]


def got(text: str, *fields: str) -> list[tuple[str, ...]]:
    return [tuple(r[f] for f in ("value", *fields)) for r in dated_rows(text)]


# ------------------------------------------------------------------------ kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact cue after a modal is a future: "will have reduced"
        ("By 2035, Ruritania will have reduced its emissions by 18% compared to 2010.", [("18", "target")]),
        # a goal noun naming the number outranks the fact verb before it
        ("Freedonia, having met its 15% efficiency target for 2020 early, now aims higher.", [("15", "target")]),
        # a participle ("sold") does not date a number that carries its own future deadline
        ("The rules require the share of buses sold in Freedonia to rise to 45% by 2032.", [("45", "target")]),
        # a present passive is no past event; a condition marks a pledge
        ("With external finance, the contribution is increased to 40%.", [("40", "target")]),
        # an estimate in the past tense is a fact
        ("In 2019, national emissions were estimated at 61.3 MtCO2e.", [("61.3", "actual")]),
        ("Freedonia's net emissions in 2012 were estimated to be 341.5 GgCO2e.", [("0.3415", "actual")]),
        # a remark on the text ("it should be noted that") is no intent: the verbs of the record decide
        (
            "Regarding national emissions, it should be noted that total emissions in the year 2021 amount to 31,400 "
            "kt of CO2-eq, of which the energy sector makes the largest contribution with 62.4% (19,593 kt CO2-eq).",
            [("31.4", "actual"), ("62.4", "actual"), ("19.593", "actual")],
        ),
        # "currently" puts the number in the present
        ("Renewables currently supply 31% of electricity in Ruritania.", [("31", "actual")]),
        # the level of the comparison's base year is a fact, the cut a target
        (
            "Ruritania will cut 120 MtCO2e by 2035 compared with the 2021 emissions level of 410 MtCO2e.",
            [("120", "target"), ("410", "actual")],
        ),
        # the nearest cue of the sentence governs a number in a clause of its own, not a later one
        (
            "In 2021, emissions were estimated at 52.4 MtCO2e, of which forestry 8.1 MtCO2e, and they will fall.",
            [("52.4", "actual"), ("8.1", "actual")],
        ),
        # the level of the base year is a fact
        ("Emissions in the base year amount to 88 MtCO2e and Freedonia will cut them.", [("88", "actual")]),
        # a simple past of a change verb is a fact
        ("Freedonia reduced emissions by 3.4 MtCO2e through a programme that will continue.", [("3.4", "actual")]),
        ("The programme avoided 2.2 MtCO2e, and it will continue.", [("2.2", "actual")]),
        # a revised target is a target
        ("The upper bound of the 2030 target range has been lowered by 9%.", [("9", "target")]),
        # numbers held in an NDC are its targets
        (
            "Reductions rise (from 14 MtCO2e in the first NDC to 19 MtCO2e in the updated NDC).",
            [("14", "target"), ("19", "target")],
        ),
        # ... unless its clause dates it in the past: the NDC's record of a fact
        (
            "Emissions were 95 MtCO2e in 2016 (compared with 88 MtCO2e in 2012 in the first NDC).",
            [("95", "actual"), ("88", "actual")],
        ),
        # with no cue in its clause, the number takes the nearest dated year after it before a later goal
        (
            "With emissions of 12.5 MtCO2e, or 8% of the national total in 2016, the sector is expected to emit "
            "more by 2030.",
            [("12.5", "actual"), ("8", "actual")],
        ),
        # a past verb reporting a model is no fact
        (
            "Implementing the plan was estimated to cut black carbon emissions by 24% in 2030 compared to a "
            "baseline scenario.",
            [("24", "target")],
        ),
        # a change measured against business-as-usual is counterfactual, so planned
        (
            "The package delivers a relative reduction of 14% compared to BAU emissions in the waste sector.",
            [("14", "target")],
        ),
        # a sentence restating the value of the one before takes its kind
        (
            "Freedonia's target is a cut of 40 per cent by 2035. This corresponds, in absolute terms, to 52 MtCO2e.",
            [("40", "target"), ("52", "target")],
        ),
        (
            "In 2020, emissions fell by 12 per cent. This represents a level of 47 MtCO2e, and more cuts will follow.",
            [("12", "actual"), ("47", "actual")],
        ),
        # the start of a from-to with its own year is a recorded level; an action verb opens a goal
        ("Raise forest cover from 18.5% (2016) to 21%.", [("18.5", "actual"), ("21", "target")]),
        # "by 2038" is a deadline even when the document's latest dated fact lies after it
        (
            "The base year is 2005. In 2040, the review of the plan was completed. Net emissions fall 45% below "
            "2005 levels by 2038.",
            [("45", "target")],
        ),
        # ... but "by the end of 2019" is a date of record
        (
            "The base year is 2010. In 2022, the inventory was updated. Forest cover kept rising, reaching 38.5% "
            "by the end of 2019.",
            [("38.5", "actual")],
        ),
        # an infinitive of purpose opens a goal; a gerund after a comma is no action item
        ("To cut net emissions by 30% below 2010 levels.", [("30", "target")]),
        ("In 2021, freight rose sharply, reaching 3.9 billion tons.", [("3900", "actual")]),
        # ... whatever the document's latest dated fact
        (
            "In 2010, emissions were 40 MtCO2e. Raise forest cover from 18.5% (2016) to 21%.",
            [("40", "actual"), ("18.5", "actual"), ("21", "target")],
        ),
        # ... also when the from-to is not written as a pair
        ("Raise the recycling rate from 12% (2017), reaching 40%.", [("12", "actual"), ("40", "target")]),
        # a need's participle before the main verb in the past is an attribute: the shares came, no need
        (
            "Per the Land Cover Survey 2017, the water required for the farming sector came from three sources: "
            "rivers (41%), wells (37%) and rain (22%).",
            [("41", "actual"), ("37", "actual"), ("22", "actual")],
        ),
    ],
)
def test_kind_is_read_from_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert got(text, "kind") == expected


def test_the_current_level_as_the_subject_of_a_present_tense_is_a_record() -> None:
    text = (
        "Ruritania's plan runs to 2030. In 2020 forest cover was 40%. In 2020, emissions were 9 MtCO2e.\n\n"
        "Mitigation\n\nThe potential for charcoal output is estimated at 410,000 m3 a year and the current rate of"
        " output is estimated to be 96,000 m3 a year. The current NDC target is 30% below BAU."
    )
    got = {r["value_raw"]: r["kind"] for r in rows(text)}
    assert got.get("96,000 m3", "no goal") != "target"  # a record (of no year the text names: no row)
    assert got["30%"] == "target"  # (not the current plan's goal)

def test_a_participle_naming_the_noun_a_future_brings_is_no_past_event() -> None:
    # "will lead to avoided emissions of 11%": "avoided" is the noun's adjective, after "in" or "to" alike; the
    # future decides (a verb's "avoided 11%" stays a record)
    future = "The new building code will result in avoided emissions of about 11% over the next eight years."
    assert got(future, "kind") == [("11", "target")]
    past = "In 2021 the building code avoided emissions of about 11% against the 2015 level."
    assert got(past, "kind") == [("11", "actual")]
    # the object of an infinitive's verb: "potential to deliver avoided emissions of 7%"
    object_ = "Stricter labels have the potential to deliver avoided emissions of about 7% over the next six years."
    assert got(object_, "kind") == [("7", "target")]


def test_a_dated_value_of_a_plan_that_reports_nothing_is_a_goal() -> None:
    text = "Solar parks will add 300 MW by 2027.\n\nGoals of the conditional NDC\n\n45 MW in 2031"
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("0.3", "2027", "target"),
                                                                        ("0.045", "2031", "target")]  # fmt: skip


def test_a_paths_start_a_year_after_the_last_record_is_a_record() -> None:
    text = (
        "In 2018 the grid reached 61% of households.\n\n"
        "Under the plan, energy emissions would drop from around 415 ktCO2e in 2019 to only 390 ktCO2e in 2031."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)][1:] == [("0.415", "2019", "actual"),
                                                                          ("0.39", "2031", "target")]  # fmt: skip


def test_the_level_a_goal_is_set_against_is_a_record() -> None:
    text = "In 2020 the strategy was adopted.\n\nWaste would emit 240 ktCO2e in 2032 against 171 ktCO2e in 2021."
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("0.24", "2032", "target"),
                                                                        ("0.171", "2021", "actual")]  # fmt: skip


def test_a_peak_in_the_past_is_an_actual() -> None:
    found = [r for r in rows("After peaking in 2016, Freedonia's emissions declined steadily.") if r["unit"] == "year"]
    assert [(r["value"], r["kind"]) for r in found] == [("2016", "actual")]


def test_action_items_under_a_goal_heading_are_targets() -> None:
    text = "Mitigation actions by 2035\n\nRestore 45,000 ha of mangroves.\n\nBiogas digesters: 1,200 MW.\n"
    assert [r["kind"] for r in rows(text)] == ["target", "target"]
    text = (
        "Mitigation actions by 2035\n\nModal shift from road to rail (12% of passenger-km) through new rail lines, "
        "bus rapid transit, metro links in the capital and the larger cities, and freight terminals.\n"
    )
    assert [r["kind"] for r in rows(text)] == ["target"]
    text = "Mitigation actions by 2035\n\nAgriculture accounts for 31% of emissions.\n"
    assert [r["kind"] for r in dated_rows(text)] == ["actual"]
    text = "Achievements\n\nBiogas digesters: 1,200 MW.\n"
    assert [r["kind"] for r in dated_rows(text)] == ["actual"]


def test_an_action_that_titles_a_statement_of_fact_does_not_make_it_a_goal() -> None:
    # "Protecting the coastline:" names the field; the clause after it reports the coast's state in the present
    text = (
        "In 2015 the plan was adopted.\n\nRuritania will cut emissions by 20% by 2030.\n\nProtecting the shore: "
        "55-65% of the shore is protected by sea walls.\n"
    )
    assert [r["value"] for r in rows(text) if r["kind"] == "target"] == ["20"]
    # an action titling what is still to be done stays the plan's
    text = "Ruritania will cut emissions by 20% by 2030.\n\nExpanding solar: 500 MW are to be installed by 2030.\n"
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("20", "target"), ("0.5", "target")]


def test_a_sentence_with_a_descriptive_verb_is_a_statement_not_a_goal_fragment() -> None:
    # "comes", "relies", "uses" make it a statement: it does not take the goals heading's kind as a fragment would
    for said in (
        "About 65% of household energy comes from fuelwood.",
        "The grid relies on hydropower for 85% of its output.",
        "Some 70% of electricity generation uses hydropower.",
    ):
        assert [r["kind"] for r in dated_rows(f"Mitigation targets\n\n{said}\n")] == ["actual"], said
    assert [r["kind"] for r in dated_rows("Mitigation targets\n\nHydropower: 85% of output.\n")] == ["target"]


def test_an_amount_estimated_for_a_period_to_come_is_a_need_not_a_record() -> None:
    # "has been estimated at": when the estimate was made; the period it covers, from the present on, says when
    text = (
        "In 2021 the plan was adopted.\n\n"
        "The national effort has been estimated at US$ 2.7 billion for the whole period 2022-2030.\n\n"
        "Emissions in 2018 have been estimated at 31.5 MtCO2e.\n\n"
        "Access to electricity was 27% in 2019-20 and has been estimated at 31% in 2020-21."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("2.7", "2030", "target") in got
    assert ("31.5", "2018", "actual") in got
    assert ("31", "2020", "actual") in got  # a fiscal year is no period to come


# ----------------------------------------------------------- reference projections


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emissions under the BAU scenario would reach 96 MtCO2e in 2030.", []),
        # a sentence framed by the reference speaks of it in the future tense
        ("Under the reference scenario, national emissions will reach 71 MtCO2e by 2040.", []),
        # a scenario named by the measures it leaves out; a record in its own relative clause stays
        (
            "Without additional adaptation co-benefit measures, emissions, which were estimated at 18,200 ktCO2e in "
            "2015, will grow to 41,300 ktCO2e in 2030.",
            [("18.2", "actual")],
        ),
        (
            "It is expected that under the BAU high-growth scenario, transport emissions will increase to 2,450 ktCO2e "
            "by 2045.",
            [],
        ),
        # a percentage with its BAU year in brackets is a cut against that year's BAU, due then
        (
            "In 2022 the plan was revised.\n\nConditional reductions: 17.5% (BAU-2026) and 21.25% (BAU 2031).",
            [("17.5", "target"), ("21.25", "target")],
        ),
        # the reference's path from a recorded start: the start stays, the end is projected
        (
            "In 2022 the inventory was updated. Emissions of the reference scenario would increase from 41 MtCO2e in "
            "2021 to around 58 MtCO2e in 2033.",
            [("41", "actual")],
        ),
        # a rise under the reference is projected too; the start of the rise is the base year's level
        (
            "Under the BAU scenario, emissions are projected to increase by 75% from 12 MtCO2e in the base year.",
            [("12", "actual")],
        ),
        (
            "Ruritania will reduce emissions by 22% by 2030 relative to a BAU scenario of 96 MtCO2e in 2030.",
            [("22", "target")],
        ),
        (
            "National emissions were 40 MtCO2e in 2020 and are projected to rise to 58 MtCO2e by 2035.",
            [("40", "actual")],
        ),
        # a forecast with the plan's measures is the plan's level; a cut after a rise is no rise
        (
            "With the domestically funded mitigation measures, 2030 emissions are forecast to rise to only 8.4 MtCO2e.",
            [("8.4", "target")],
        ),
        (
            "Freedonia pledges 45% below the projected BAU scenario, a 5% increase from the 40% reduction of its "
            "first NDC.",
            [("45", "target"), ("5", "target"), ("40", "target")],
        ),
        (
            "With emissions of 4.1 MtCO2e in 2015, the cement sector is expected to emit 9.8 MtCO2e in 2035.",
            [("4.1", "actual")],
        ),
        (
            "Emissions grow from 31 MtCO2e in 2015 to 52 MtCO2e in 2030 under the reference scenario.",
            [("31", "actual")],
        ),
        # the reference's estimate for a year, of one gas, in the future tense: a projected level
        (
            "Freedonia emitted 212 kt in 2016. At the current pace, the BAU estimate for 2035 emissions of CO2 only "
            "will also be about 260 kt.",
            [("0.212", "actual")],
        ),
        # "Under this scenario" after a long sentence that names the baseline scenario at its start
        (
            "Freedonia emitted 9.2 MtCO2e in 2019. The baseline scenario takes into account the measures of the "
            "national development programme for 2021-2040, the sector strategies for energy, industry, transport and "
            "agriculture, the laws on energy efficiency and on renewable sources adopted in 2012 and 2016, and the "
            "regional plans of the five provinces, all of them in force or adopted before the end of 2020. Under this "
            "scenario, emissions in 2040 will reach 17.4 MtCO2e.",
            [("9.2", "actual")],
        ),
        # the path of today's practices carried on is the reference
        (
            "The continuation of current waste management practices leads to emissions of 640 kt CO2eq in 2030 "
            "compared to 410 kt CO2eq in 2019.",
            [("0.41", "actual")],
        ),
        # the reduction against BAU and its restatement in tonnes stay
        (
            "Freedonia will reduce emissions by 11% compared to business as usual (equivalent to 7.5 MtCO2e) by 2030.",
            [("11", "target"), ("7.5", "target")],
        ),
    ],
)
def test_business_as_usual_levels_are_not_emitted(text: str, expected: list[tuple[str, str]]) -> None:
    assert got(text, "kind") == expected


def test_a_numbers_own_scenario_label_decides() -> None:
    """The reference's start is projected, the levels of the plan's scenarios are its targets (with their condition),
    whatever the sentence said before them."""
    text = (
        "By 2035, emissions fall from 9,410 ktCO2e in the reference scenario to 8,120 ktCO2e in the unconditional "
        "scenario and 6,305 ktCO2e in the conditional scenario."
    )
    assert got(text, "kind", "year", "condition") == [
        ("8.12", "target", "2035", "unconditional"),
        ("6.305", "target", "2035", "conditional"),
    ]


# ---------------------------------------------------------------------- baseline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Freedonia will cut emissions 35% below 2005 levels by 2030.", [("35", "2005", "base_year")]),
        ("Ruritania pledges a 12% reduction relative to business as usual in 2030.", [("12", "", "bau")]),
        (
            "The largest reduction from the BAU comes from forestry (9.5 MtCO2e).",
            [("9.5", "", "bau")],
        ),
        ("Ruritania will emit 48 MtCO2e in 2035.", [("48", "", "")]),
        # the year of the reference scenario is no base year
        (
            "The sector cuts its emissions by 6.5% (or 1.2 MtCO2e) compared to BAU emissions in 2035.",
            [("6.5", "", "bau"), ("1.2", "", "bau")],
        ),
        ("Freedonia will cut 7% with respect to the BAU scenario for 2021-2030.", [("7", "", "bau")]),
        ("By 2030, Freedonia aims for 6.2 MtCO2e of reductions, or 9% compared to the BAU scenario.",
         [("6.2", "", "bau"), ("9", "", "bau")]),
    ],
)  # fmt: skip
def test_baseline(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert got(text, "base_year", "baseline") == expected


def test_shares_coordinated_in_one_predicate_share_the_bau_yardstick_after_them() -> None:
    text = "Freedonia raises its unconditional target to 27.5% and its conditional target to 39.2% below BAU by 2030."
    assert got(text, "baseline") == [("27.5", "bau"), ("39.2", "bau")]
    listed = "Goals for 2030: 41% share of renewables in final energy 18.5% savings of final energy relative to BAU."
    assert got(listed, "baseline") == [("41", ""), ("18.5", "bau")]


# --------------------------------------------------------------------- condition


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Freedonia commits to an unconditional reduction of 14% and a further 9% conditional on international "
            "finance by 2030.",
            [("14", "unconditional"), ("9", "conditional")],
        ),
        (
            "With its own domestic resources, Ruritania will reduce emissions by 6% by 2030; this can rise to 17% "
            "if adequate financial support is made available.",
            [("6", "unconditional"), ("17", "conditional")],
        ),
        # a label in brackets belongs to the number before it
        (
            "Freedonia foresees cuts of 12% by 2030 (unconditional) and of 19% by 2035 if finance becomes available.",
            [("12", "unconditional"), ("19", "conditional")],
        ),
        # a mention that opens the next conjunct, with its own number after it, is that number's
        (
            "Freedonia raises its unconditional target to 27.5% and its conditional target to 39.2% by 2030.",
            [("27.5", "unconditional"), ("39.2", "conditional")],
        ),
        (
            "The plan is split into an unconditional scenario (12.4%) and a conditional scenario (8.6%) by 2030.",
            [("12.4", "unconditional"), ("8.6", "conditional")],
        ),
        # "when supported", "if adequately financed", "subject to the grant of … funds", "without … international
        # funding": the condition said with a participle, a longer phrase or its absence
        (
            "When supported and fully implemented, these actions are expected to cut up to 6.5 ktCO2e in 2035.",
            [("0.0065", "conditional")],
        ),
        (
            "Subject to the grant of international climate funds, Freedonia will reduce its emissions by 28% by 2030.",
            [("28", "conditional")],
        ),
        (
            "Without attracting new substantial international funding, emissions will stay below 85% of the 1990 "
            "level by 2030.",
            [("85", "unconditional")],
        ),
        (
            "By 2030 Freedonia will cut emissions by 9%, a further cut of 12% being dependent on access to new sources "
            "of financing.",
            [("9", "unconditional"), ("12", "conditional")],  # the further cut's condition implies the 9%'s
        ),
        # a lettered item after a full stop is a sentence of its own: its condition is not the item's before it
        (
            "a) Freedonia will cut emissions by 18% by 2030 with growth[4]. b) In addition, and subject to the "
            "availability of finance, it will cut them by 25% by 2030.",
            [("18", ""), ("25", "conditional")],
        ),
        # a share based on national efforts, the rest needing grants: the split named by what each part rests on
        (
            "Freedonia will cut emissions by 9% below BAU by 2030: 5% of this will be based on national efforts, "
            "and the remaining 4% would necessitate grants and concessional loans.",
            [("9", ""), ("5", "unconditional"), ("4", "conditional")],
        ),
        # a condition written as a label heads what follows it, not the value before it
        (
            "Biogas digesters\tUnconditional: 4,100 digesters by 2030 - GHG reduction 6 kt CO2 eq/year in 2030. "
            "Conditional: 9,300 digesters by 2030 - GHG reduction 14 kt CO2 eq/year in 2030.",
            [("4100", "unconditional"), ("0.006", "unconditional"), ("9300", "conditional"), ("0.014", "conditional")],
        ),
        # (a condition that goes on into a list after its colon is no label: "contingent upon:")
        (
            "Of this, Freedonia aims at an unconditional 12% cut, while the remaining 21% cut is contingent upon:",
            [("12", "unconditional"), ("21", "conditional")],
        ),
        # the parts of a cut of projected emissions, each named by its condition, are the plan's, not the projection's
        (
            "Freedonia will cut its projected emissions by 42% by 2035, 12% through domestic resources and an "
            "additional 30% contingent on international finance.",
            [("42", ""), ("12", "unconditional"), ("30", "conditional")],
        ),
        ("Ruritania will install 300 MW of wind power by 2030.", [("0.3", "")]),
        # facts are never conditional
        ("In 2020, with international support, 55 MW of solar was installed.", [("0.055", "")]),
    ],
)
def test_condition_from_the_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert got(text, "condition") == expected


def test_a_table_rows_own_condition_cell_conditions_its_values() -> None:
    """ "E1 – 45 MW of solar PV | Conditional | 51 GgCO2e in 2030": a column of conditions beside the measures; each
    row's values take its own cell's condition, not the heading's."""
    text = (
        "Unconditional contribution\n\nTable 3: Mitigation measures\nMeasure\tCondition\tReduction\n"
        "E1 – 45 MW of utility-scale solar PV capacity\tConditional\t51 GgCO2e in 2030\n"
        "E2 – Reduction of transmission losses to 15 percent\tUnconditional\t22 GgCO2e in 2030\n"
    )
    assert got(text, "condition") == [
        ("0.045", "conditional"), ("0.051", "conditional"), ("15", "unconditional"), ("0.022", "unconditional"),
    ]  # fmt: skip


def test_a_row_stating_the_conditionality_of_a_described_target_conditions_the_rows_below() -> None:
    """A two-column table describing one target ("Target | …", "Conditionality | Conditional", "Activities | …"):
    the rows below the conditionality row take its condition; the rows above it state their own."""
    text = (
        "Table C2: Details on the mitigation target for transport\n"
        "Target\tCut transport emissions by 12 GgCO2e by 2030\n"
        "Conditionality\tConditional\n"
        "Activities\tPhase 1: 40 electric buses by 2030; Phase 2: charging stations for 2 MW by 2030\n\n"
        "Adaptation\n\nWe will restore 300 ha of mangroves by 2030."
    )
    assert got(text, "condition") == [("0.012", ""), ("40", "conditional"), ("0.002", "conditional"), ("0.0003", "")]


def test_a_condition_cell_spanning_rows_under_years_holds_for_the_rows_below_it() -> None:
    """A "Scenario" column whose cell spans the rows of its block ("Energy | Unconditional | Project A | …", then
    rows with no such cell): those rows take its condition, over a group row's above ("Conditional"), up to the next
    cell or group row that states one."""
    text = (
        "This NDC was submitted in 2021. Ruritania will cut emissions by 20% by 2030.\n\n"
        "Sector\tScenario\tProject\tCost (USD)\tPotential (GgCO2eq)\t\n2025\t2030\n"
        "Conditional\t\t\t\t\n"
        "Green belt restoration.\t81,000,000\t512.4\t1024.8\n"
        "Energy\tUnconditional\tSolar pumping project.\t15,300,000\t105.2\t210.4\n"
        "Rural biogas project.\t11,050,000\t31.6\t62.3\n"
    )
    assert got(text, "condition")[1:] == [
        ("0.5124", "conditional"), ("1.0248", "conditional"), ("0.1052", "unconditional"), ("0.2104", "unconditional"),
        ("0.0316", "unconditional"), ("0.0623", "unconditional"),
    ]  # fmt: skip


def test_a_plan_declaring_all_its_pledges_conditional_conditions_every_target_that_states_none() -> None:
    """ "All commitments are conditional …" in a plan that names no unconditional part: its targets are conditional;
    its records stay without a condition, and a plan that also names an unconditional part, or that leaves one
    intervention out ("all other interventions are conditional"), keeps its targets' own conditions."""
    lead = "This NDC was submitted in 2021. Emissions were 14.2 Mt CO2e in 2015. "
    declared = lead + "All commitments presented here are conditional on international support.\n\n"
    goals = "Renewables will supply 70% of power by 2030.\n\nForest cover will reach 60% by 2030."
    assert got(declared + goals, "condition") == [("14.2", ""), ("70", "conditional"), ("60", "conditional")]
    mixed = lead + "All commitments are conditional, except an unconditional 5% cut by 2030.\n\n"
    assert [c for _, c in got(mixed + goals, "condition")][-2:] == ["", ""]
    other = lead + "A 20 MW solar farm is privately financed; all other interventions are conditional.\n\n"
    assert [c for _, c in got(other + goals, "condition")][-2:] == ["", ""]


def test_a_plan_declaring_its_targets_cuts_from_bau_measures_its_unmeasured_emission_cuts_against_bau() -> None:
    """ "Type of target: deviation from business-as-usual" stated once: a later cut of emissions that names no
    yardstick ("The waste sector targets a 25% reduction in methane emissions") is vs BAU; a cut of something else
    ("reduce fertiliser use by 40%") is not, nor is any cut in a plan that also states a target against a year."""
    lead = "This NDC was submitted in 2024. Type of target: deviation from business-as-usual emissions in 2035.\n\n"
    goals = (
        "The power sector targets a 6.5% reduction in emissions by 2035, while the waste sector aims for a 25%"
        " reduction.\n\nFarmers will reduce fertiliser use by 40% by 2035."
    )
    assert got(lead + goals, "baseline") == [("6.5", "bau"), ("25", "bau"), ("40", "")]
    both = lead.replace("\n\n", " Emissions will also fall 10% below 2015 levels by 2035.\n\n")
    assert [b for v, b in got(both + goals, "baseline") if v in ("6.5", "25")] == ["", ""]

def test_condition_from_the_section_heading() -> None:
    text = (
        "Conditional contribution\n\nRuritania will install 300 MW of wind power by 2030.\n\n"
        "Unconditional contribution\n\nRuritania will install 120 MW of solar power by 2030.\n\n"
        "4. Adaptation\n\nRuritania will restore 900 ha of wetlands by 2030.\n"
    )
    assert got(text, "condition") == [("0.3", "conditional"), ("0.12", "unconditional"), ("0.0009", "")]


def test_a_numbered_section_on_a_condition_after_an_empty_one_conditions_its_tables_goals() -> None:
    """ "3.2.1.4 Unconditional Target …" with no value under it, then "3.2.1.5 Conditional Target …" over a table of
    yearly goals: numbered section titles, not a flattened table's column headers, so the second holds below it; and
    a year-keyed table's goals take the condition their caption or section names."""
    text = (
        "This NDC was submitted in 2021.\n\n3.2.1.4 Unconditional Target for the Forestry Sector\n\n"
        "No unconditional commitment is set at this time for agroforestry.\n\n"
        "3.2.1.5 Conditional Target for the Forestry Sector\n\n"
        "With international support, trees will be planted on farms across the dry zone.\n\n"
        "Table 9. Target for carbon enhancement on farmland (2021-2030)\n"
        "Year\tAnnual planting (ha)\tCO2 sequestration (MtCO2e)\n"
        "2029\t31500\t1.644\n2030\t31500\t1.827\n"
    )
    assert got(text, "condition") == [
        ("0.0315", "conditional"), ("1.644", "conditional"), ("0.0315", "conditional"), ("1.827", "conditional"),
    ]  # fmt: skip


def test_heading_condition_keeps_its_section_across_table_cells() -> None:
    assert clauses.heading_condition("Energy", Carry(section_condition="conditional")) == "conditional"
    assert clauses.heading_condition("Table 6: Actions for the unconditional target", Carry()) == "unconditional"
    assert clauses.heading_condition("3.2 National circumstances", Carry(section_condition="conditional")) == ""


@pytest.mark.parametrize(
    "heading",
    [
        "CONDITIONAL PLEDGES",
        "Measures – with own resources",
        "Sector",
        "Goals by 2030",
        "Status – 2020",
        "Proposed actions",
    ],  # fmt: skip
)
def test_heading_word_precheck_agrees_with_the_condition_regex(heading: str) -> None:
    """The condition words are checked before the regex is searched: a heading without them has no match."""
    m = conditions.CONDITION_RE.search(heading)
    fact, numbered = headings._HEADING_FACT_RE.search(heading), headings._NUMBERED_HEADING_RE.match(heading)
    condition = ("unconditional" if m.group("u") else "conditional") if m else "" if numbered or fact else "x"
    assert clauses.heading_condition(heading, Carry(section_condition="x")) == condition
    kind = "" if fact else "target" if m or headings._HEADING_TARGET_RE.search(heading) else "" if numbered else "-"
    assert clauses.heading_kind(heading, "-") == kind


def test_condition_column_headers_of_a_flattened_table_set_no_condition() -> None:
    text = "Sector\n\nUnconditional\n\nConditional\n\nRuritania will add 40 MW of wind power by 2030.\n"
    assert got(text, "condition") == [("0.04", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania is on course to add a carbon sink of 3.5 MtCO2e.",
        "USD 2.4 billion is required for implementation of the adaptation plan.",
        "The plan's modelled emissions reach 41 MtCO2e.",
        "Freedonia's adaptation needs amount to USD 3.1 billion.",
        "The measures could potentially avoid 4 MtCO2e.",
    ],
)
def test_intent_beyond_modal_verbs(text: str) -> None:
    """Plans stated as a course, a need, a requirement, a model or a potential are targets, not facts."""
    assert [r["kind"] for r in rows(text)] == ["target"]


def test_a_condition_named_once_holds_for_the_rest_of_its_paragraph() -> None:
    text = (
        "The plan was adopted in 2022.\n\n"
        "With domestic resources, by 2032 Ruritania will have cut emissions by 11% compared to BAU. "
        "In particular, the power sector will cut 4.2 million tonnes of CO2eq.\n\n"
        "Industry will cut 1.1 million tonnes of CO2eq by 2032."
    )
    found = {r["value"]: r["condition"] for r in rows(text)}
    assert found == {"11": "unconditional", "4.2": "unconditional", "1.1": ""}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next sentence raises the target with support: the target is met on the country's own
        (
            "Ruritania will cut its emissions by 14% below BAU by 2030. With adequate international support, this "
            "cut could increase to 26%.",
            [("14", "unconditional", "bau"), ("26", "conditional", "bau")],
        ),
        # within a sentence; the raise takes the yardstick of the target it raises
        (
            "Ruritania will lower its emissions by 11% compared to BAU by 2035, which may be raised to 19% subject "
            "to the availability of climate finance.",
            [("11", "unconditional", "bau"), ("19", "conditional", "bau")],
        ),
        # a condition set off before the raise is the raise's, not the value's before it
        (
            "Cut fuel use in buildings by 6% in 2030 compared to the BAU scenario; with adequate support, this "
            "target could be increased to 13%.",
            [("6", "unconditional", "bau"), ("13", "conditional", "bau")],
        ),
        # a total and its parts: the raise marks back to the part that states its own condition, not the total
        (
            "The plan costs USD 5.2 billion in all, USD 1.9 billion from domestic resources and an additional USD "
            "3.3 billion conditional on international climate finance by 2030.",
            [("5.2", "", ""), ("1.9", "unconditional", ""), ("3.3", "conditional", "")],
        ),
        # a goal's own verb is no raise: the target before it keeps no condition
        (
            "Ruritania will cut emissions by 9% by 2030. Increase the share of renewables to 45% by 2030 with "
            "international support.",
            [("9", "", ""), ("45", "conditional", "")],
        ),
    ],
)
def test_a_conditional_raise_makes_the_target_it_raises_unconditional(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert got(text, "condition", "baseline") == expected


def test_a_second_value_coordinated_with_support_makes_the_first_unconditional_and_its_condition_stays_its_own() -> (
    None
):
    """ "by 2026 cut 14.2% below BAU, and with international support by 31.5%": the 31.5% is conditional and the
    14.2% met on the country's own; the paragraph's next sentence does not inherit the 31.5%'s condition."""
    text = (
        "The plan was adopted in 2021.\n\n"
        "By 2026 Ruritania will cut its GHG emissions by 14.2% below BAU, and with international support by 31.5%. "
        "By 2031, Ruritania can cut its GHG emissions by 13.9% below BAU."
    )
    assert got(text, "condition") == [("14.2", "unconditional"), ("31.5", "conditional"), ("13.9", "")]


def test_a_condition_stated_of_the_goal_in_the_sentence_after_it_conditions_its_values() -> None:
    """ "… a 77% cut by 2030. This further reduction is conditional on receiving external support.": the sentence
    whose subject is the goal just stated, with no value of its own, conditions it; one with a value of its own
    ("The unconditional target is 12%") conditions only that value."""
    text = (
        "The plan was adopted in 2016.\n\n"
        "This would cut emissions from power by a further 41%, totalling a 77% cut by 2030 (relative to 2007). "
        "This further reduction is conditional on receiving external support.\n\n"
        "Ruritania intends to cut GHG emissions by about 65% by 2030 relative to its BAU scenario. The cuts will come "
        "from energy, transport and waste. The mitigation contribution is conditioned on the extent of financial "
        "resources made available.\n\n"
        "Ruritania will cut emissions by 30% by 2030. The unconditional target is 12% by 2030."
    )
    assert got(text, "condition") == [
        ("41", "conditional"), ("77", "conditional"), ("65", "conditional"), ("30", ""), ("12", "unconditional"),
    ]  # fmt: skip


def test_a_cut_under_the_reference_scenario_is_measured_against_it() -> None:
    """ "by 14.2% under the BAU scenario", "by 16% of the emission levels under the BAU scenario": the reference path
    named after the cut with "under" is its yardstick; a level under it is its projection, no cut."""
    text = (
        "The plan was adopted in 2021.\n\n"
        "By 2026 Ruritania will cut its GHG emissions by 14.2% under the Business as Usual scenario. By 2031 it can "
        "reduce them by 15.9% of the emission levels under the BAU scenario. Renewables will supply 35% of power by "
        "2031."
    )
    assert got(text, "baseline") == [("14.2", "bau"), ("15.9", "bau"), ("35", "")]


def test_a_reference_scenario_named_at_the_end_of_a_sentence_frames_its_levels_but_not_its_cuts() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nThe power mix will stay at 70% coal and 30% hydro by 2035, for the business-as-usual"
        " scenario. Ruritania will reduce its emissions by 20% by 2035, under the BAU scenario. Hydro will supply 45%"
        " of power by 2035."
    )
    got = {(r["value_raw"], r["baseline"]) for r in rows(text)}
    assert got == {("20%", "bau"), ("45%", "")}


def test_the_end_of_a_change_of_a_cut_against_bau_shares_its_yardstick() -> None:
    """ "raises its reduction target relative to the BAU scenario from 12% to 17%": both ends are cuts below BAU (the
    rule shares the yardstick between shares only: a level at the end of a change is no cut)."""
    text = "Freedonia raises its unconditional reduction target relative to the BAU scenario from 12% to 17% by 2030."
    assert got(text, "baseline") == [("12", "bau"), ("17", "bau")]


def test_a_bau_yardstick_holds_for_later_changes_of_its_paragraph() -> None:
    text = (
        "The plan was adopted in 2022.\n\n"
        "By 2032 emissions will be cut by 12% compared to BAU. "
        "With international support the cut can be raised by up to 31%."
    )
    found = {r["value"]: (r["baseline"], r["condition"]) for r in rows(text)}
    assert found == {"12": ("bau", "unconditional"), "31": ("bau", "conditional")}  # (the raise's condition implies)


def test_a_future_by_frame_makes_a_perfect_tense_state_a_goal() -> None:
    text = "The plan was adopted in 2021.\n\nBy the year 2048, 100% of street lighting has been converted to LED."
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("100", "2048", "target")]
    past = "The plan was adopted in 2021.\n\nBy 2019, wind capacity had reached 410 MW."
    assert [(r["year"], r["kind"]) for r in rows(past)] == [("2019", "actual")]


def test_an_ndc_cited_as_the_source_of_a_figure_does_not_make_it_a_target() -> None:
    text = (
        "The inventory was published in 2024.\n\n"
        "As a result, the emissions for 2016, recalculated at 512 Mt CO2e are 120 Mt CO2e higher than the estimates "
        "reported in the first NDC.\n\n"
        "Emissions of 300 Mt CO2e in 2030 in the updated NDC replace 340 Mt CO2e in the first NDC."
    )
    found = {(r["value"], r["kind"]) for r in rows(text)}
    assert ("512", "actual") in found and ("120", "actual") in found
    assert ("300", "target") in found and ("340", "target") in found  # numbers held in an NDC stay its targets


def _eager_evidence(
    ctx: DocContext, start: int, end: int, c_start: int, c_end: int, q: Quantity, years: SentenceYears, carry: Carry
) -> clauses.KindEvidence:
    """Every field worked out up front, as ``sentence.kind_of`` did before ``LazyEvidence``."""
    ref = ctx.ref_year
    own_future = q.year is not None and ref is not None and q.year > ref
    own_past = q.year is not None and ref is not None and q.year <= ref
    return clauses.KindEvidence(
        future_in_clause=own_future
        or any(c_start <= y.start < c_end for y in years.target)
        or any(
            c_start <= y.start < c_end
            and y.role == "by"
            and y.year > (ctx.default_year or 0)
            and clauses.is_deadline(ctx.doc.text, y.start)
            for y in years.obs
        ),
        past_in_clause=own_past
        or any(c_start <= y.start < c_end and (ref is not None or y.role == "obs") for y in years.obs),
        future_year=bool(years.target) or own_future or bool(years.span and ref is not None and years.span[1] > ref),
        against_reference=clauses.against_reference(ctx.doc.text, start, end, c_start, c_end, q.start, q.end),
        restates=restated_kind(ctx.doc.text, start, carry.last_kind),
        fallback_target=carry.section_kind == "target"
        or (carry.list_year is not None and ref is not None and carry.list_year > ref),
        dated=tuple(
            sorted(
                [(y.start, "actual") for y in years.obs]
                + [(y.start, "target") for y in years.target]
                + [
                    (y.start, "actual")
                    for y in years.mentions
                    if years.span
                    and ref is not None
                    and 1900 <= years.span[1] <= ref
                    and y.role == "span_end"
                    and y.end <= q.start
                ]
            )
        ),
    )


_EVIDENCE_FIELDS = [f.name for f in dataclasses.fields(clauses.KindEvidence)]


@pytest.mark.parametrize(
    "text",
    [
        "Emissions were 52 Mt in 2019. By 2030 they will fall to 40 Mt, a reduction of 23% below BAU.",
        "In 2015 the share of renewables stood at 18%. This corresponds to 2.1 GW of installed capacity.",
        "The country will cut emissions by 30%. This represents 14 MtCO2e in 2035.",
        "By the end of 2019, 1,200 MW of solar had been installed; by 2030 a further 3 GW will be built.",
        "Mitigation actions by 2035\n\nSolar home systems: 40,000 units.\n\nForest cover 45% in 2018.\n",
        "Relative to the reference scenario, emissions are 12 Mt lower, about 8% of the total.",
        "Between 2010 and 2040 the fleet grows to 2 million vehicles, and 35% of them electric.",
        "By 2030, Ruritania:\n\n- 25% of buses electric\n- 600 ha of mangroves\n",
        "Emissions (61 Mt) rose 4% over the past decade, and 70% come from energy.",
    ],
)
def test_lazy_kind_evidence_agrees_with_the_eager_one(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each field ``kind_for`` may read is the eager value, and the kind decided from either is the same."""
    asked = []

    def both(
        ctx: DocContext, start: int, end: int, c_start: int, c_end: int, q: Quantity, years: SentenceYears, carry: Carry
    ) -> str:
        eager = _eager_evidence(ctx, start, end, c_start, c_end, q, years, carry)
        lazy = sentence.LazyEvidence(ctx, start, end, c_start, c_end, q, years, carry)
        args = (ctx.doc.text, start, end, c_start, c_end, q.start, q.end)
        # a fresh one for the kind: it computes only the fields kind_for reads
        kind = clauses.kind_for(*args, sentence.LazyEvidence(ctx, start, end, c_start, c_end, q, years, carry))
        assert kind == clauses.kind_for(*args, eager)
        assert [getattr(lazy, f) for f in _EVIDENCE_FIELDS] == [getattr(eager, f) for f in _EVIDENCE_FIELDS]
        asked.append(kind)
        return kind_of(ctx, start, end, c_start, c_end, q, years, carry)

    kind_of = sentence.kind_of
    monkeypatch.setattr(sentence, "kind_of", both)
    assert dated_rows(text)
    assert asked


def test_the_parts_of_a_planned_sum_are_planned_too() -> None:
    text = (
        "In 2021 emissions reached 5 Mt CO2e. The costing of the plan estimates a total investment need of "
        "US$ 52.4 billion to advance adaptation and mitigation. Major allocations include flood protection "
        "(US$ 13.1 billion) and clean power (US$ 16.2 billion)."
    )
    kinds = {r["value"]: r["kind"] for r in rows(text)}
    assert kinds["13.1"] == kinds["16.2"] == kinds["52.4"] == "target"


def test_an_undated_starting_share_of_a_planned_change_is_not_a_goal() -> None:
    got = {r["value"]: r for r in rows("In 2021 emissions reached 5 Mt CO2e. Cut grid losses from 14% to 9% by 2030.")}
    assert got["9"]["kind"] == "target" and "14" not in got  # today's share, with no year: nothing to date it
    # so is today's area or capacity; an emission amount's start may be an earlier goal, and stays
    text = "In 2021 emissions were 5 Mt CO2e. Grow mangroves from 420 ha to 1,100 ha, hydro from 75 to 125 MW by 2030."
    assert sorted(r["value"] for r in rows(text) if r["year"] == "2030") == ["0.0011", "0.125"]
    # the starting point of a raised goal is the earlier goal
    got = {
        r["value"]: r
        for r in rows("In 2021 emissions reached 5 Mt CO2e. The contribution rises from 20% to 24% by 2030.")
    }
    assert got["20"]["kind"] == "target"
    # a dated start is a record
    got = {
        r["value"]: r
        for r in rows("In 2021 emissions reached 5 Mt CO2e. Renewables rise from 18% (2019) to 40% by 2030.")
    }
    assert (got["18"]["kind"], got["18"]["year"]) == ("actual", "2019")


def test_a_participle_after_its_noun_reports_no_past_event() -> None:
    text = (
        "In 2021 emissions reached 5 Mt CO2e. The strategy sets objectives, including reaching 90 percent "
        "waste collection with 25 percent of energy generated from waste, and expanding forest cover to "
        "5.2 million hectares by 2030."
    )
    kinds = {r["value"]: r["kind"] for r in rows(text)}
    assert kinds["90"] == kinds["25"] == kinds["5.2"] == "target"
    # a finite past verb still reports one
    assert {r["value"]: r["kind"] for r in rows("In 2021 the plants generated 25 percent of electricity.")}[
        "25"
    ] == "actual"


def test_a_perfect_infinitive_after_an_estimate_reports_the_past() -> None:
    text = "In 2021 emissions reached 5 Mt CO2e. Forest cover is estimated to have grown to 41% in 2019."
    got = {r["value"]: r for r in rows(text)}
    assert (got["41"]["kind"], got["41"]["year"]) == ("actual", "2019")
    # a future perfect is still a goal
    assert {
        r["value"]: r["kind"]
        for r in rows(
            "In 2021 emissions reached 5 Mt CO2e. By 2030 we will have planted 20 million trees, "
            "covering 45% of the land."
        )
    }.get("45") == "target"



def test_a_past_form_right_after_to_is_an_adjective_not_an_infinitive_of_intent() -> None:
    text = (
        "In 2020, Ruritania's emissions were 12 MtCO2e. In 2020, forest cover was 40%. Its programmes have led to"
        " increased water coverage to 90% in urban areas and 61% in rural areas by 2012. Loans contributed to reduced"
        " coal use of 3 Mt in 2016."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("90", "2012", "actual"), ("61", "2012", "actual"), ("3", "2016", "actual")} <= got
    # the infinitive of intent keeps its goal
    aim = "In 2019 emissions were 12 Mt. It aims to increase cover to 70% by 2030."
    assert ("70", "2030", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(aim)}

def test_a_perfect_at_the_headline_deadline_is_a_result_the_plan_is_to_reach() -> None:
    # plans that state their results as reached: "has increased … in 2030" in a plan of 2015 is no record of 2030
    text = (
        "Ruritania, 2 May 2015.\n\nRuritania will reach the following results by 2030, with a 2010 reference year."
        "\n\nTimber production has increased by 35%, doubling food output through the joint management of forests "
        "and farms in 2030.\n\nEmissions have fallen by 12% since 2010."
    )
    got = {r["value"]: (r["kind"], r["year"]) for r in rows(text)}
    assert got["35"] == ("target", "2030")
    assert got["12"] == ("actual", "2010")  # a perfect of a past year stays a record


def test_the_parts_of_a_change_against_bau_are_no_bau_level() -> None:
    text = (
        "In 2021 emissions reached 5 Mt CO2e. The plan cuts 18.2% of the total emissions of 527 Mt CO2e in the "
        "BAU scenario by 2035, comprising 7.1% unconditional and 11.1% conditional commitments."
    )
    got = {r["value"]: r for r in rows(text)}
    assert got["7.1"]["condition"] == "unconditional" and got["11.1"]["condition"] == "conditional"
    assert "527" not in got  # the BAU level itself stays out


def test_what_is_expected_from_a_sector_is_planned() -> None:
    text = (
        "In 2021 emissions reached 5 Mt CO2e. Of the cuts planned to 2035, the largest share is expected from "
        "the power sector with 71%, followed by waste at 4%."
    )
    assert {r["value"]: r["kind"] for r in rows(text)} == {"5": "actual", "71": "target", "4": "target"}


def test_the_start_of_a_planned_change_dated_in_the_past_is_recorded() -> None:
    text = (
        "Tanzania emitted 5 Mt in 2019. Access to clean and safe water in urban and rural areas will be increased "
        "from 84% and 65% respectively in 2015 to 100% by 2030."
    )
    got = {r["value"]: (r["kind"], r["year"]) for r in rows(text)}
    assert got == {
        "5": ("actual", "2019"),
        "84": ("actual", "2015"),
        "65": ("actual", "2015"),
        "100": ("target", "2030"),
    }


def test_a_level_naming_a_year_long_past_as_its_own_is_a_record_whatever_the_sentence_plans() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nForest losses will turn the country from a sink of 41 MtCO2 in the year 2005 into"
        " a source of 6 MtCO2 in 2035. Waste emissions are 512 ktCO2e in 2016 with a growth of 4% by 2030. Coal will"
        " supply 30% in 2010 terms."
    )
    got = {r["value"]: (r["kind"], r["year"]) for r in rows(text)}
    assert got["41"] == ("actual", "2005") and got["6"] == ("target", "2035")
    assert got["0.512"] == ("actual", "2016")


def test_a_measure_named_as_planned_right_before_its_value_is_a_goal() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nThe wind farm at Kolo opened in 2018 with an installed capacity of 30 MW, with a"
        " planned total capacity of 90 MW."
    )
    got = {r["value"]: r["kind"] for r in rows(text)}
    assert got == {"0.03": "actual", "0.09": "target"}


def test_the_period_a_value_names_again_after_it_is_the_last_one_its_sentence_named() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nRuritania will cut emissions by 30% by 2035. The project was approved for the"
        " crediting period from 2013 to 2020, and it is expected to avoid about 0.8 MtCO2 each year during this"
        " period. Over 2001-2011 the country recorded an average rise in forest cover of 2.5% per year, while during"
        " 2011-2019 it saw a rise of only 0.2% per year, with irrigated land growing by 0.6% per year over the same"
        " period."
    )
    got = {r["value_raw"]: r["year"] for r in rows(text)}
    assert got["0.8 MtCO2"] == "2020" and got["0.6%"] == "2019"


def test_what_a_people_consumes_is_no_need_of_the_plan() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nHydropower meets about 60% of the country's consumption needs, and imports supply"
        " 15%. Irrigation covers 30% of domestic water needs. The adaptation programme needs USD 2 billion by 2030."
    )
    got = {r["value_raw"]: r["kind"] for r in rows(text)}
    assert "target" not in {got.get("60%"), got.get("15%"), got.get("30%")}
    assert got["USD 2 billion"] == "target"


def test_a_demand_forecast_is_the_markets_path_not_the_plans_goal() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nPower demand is expected to climb from 800 MW to 2,100 MW by 2035. Heat demand is"
        " projected to grow by 4% a year to 2030. Irrigation water needs are predicted to rise to 3 billion m3 by 2035."
        " Ruritania will install 900 MW of solar power by 2035 to meet demand. Its financing needs are expected to"
        " reach USD 4 billion by 2030."
    )
    got = {r["value_raw"] for r in rows(text)}
    assert not {"2,100 MW", "4%", "3 billion m3"} & got
    assert {"900 MW", "USD 4 billion"} <= got


def test_a_value_restated_in_other_terms_in_the_same_sentence_keeps_its_kind() -> None:
    text = "In 2022, Laos emitted 31.4 MtCO2e against a BAU projection of 35.0 MtCO2e, representing a 10.3% reduction."
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [
        ("31.4", "2022", "actual"),
        ("10.3", "2022", "actual"),
    ]


def test_a_restatement_under_a_modal_is_read_for_itself() -> None:
    text = "Laos reduced emissions by 2.1 MtCO2e in 2022, which would correspond to a 12% cut by 2035."
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("2.1", "actual"), ("12", "target")]


def test_an_estimate_at_a_value_in_the_past_tense_is_a_fact_even_under_a_goals_heading() -> None:
    text = (
        "In 2024 the plan was revised.\n\nMitigation targets\n\n"
        "However, the 2019 inventory, prepared for the Second National Communication, estimated emissions at "
        "8,240 GgCO2e."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [("8.24", "2019", "actual")]


def test_a_value_dated_in_the_documents_future_is_no_record_whatever_its_verb() -> None:
    text = (
        "In 2024 the inventory was updated.\n\n"
        "Under the first NDC the estimated reduction from its 12 measures was 8,450 Gg CO2eq. in 2031 "
        "in absolute terms."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "Mt CO2e"] == [
        ("8.45", "2031", "target")
    ]


def test_the_targeted_amount_names_a_goal_it_does_not_set_one() -> None:
    text = (
        "In 2024, emissions were 40 MtCO2e. In 2025, emissions were 41 MtCO2e.\n\n"
        "The stocktake found major cuts in transport, achieving 31.5% of the targeted GHG reduction in 2024."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "%"] == [("31.5", "2024", "actual")]


def test_the_dated_level_a_goal_is_compared_with_is_a_record() -> None:
    text = (
        "In 2024, emissions were 40 MtCO2e.\n\n"
        "Power demand in 2036 is expected to be 6,120 GWh as compared to 4,050 GWh in 2024."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "TWh"]
    assert found == [("6.12", "2036", "target"), ("4.05", "2024", "actual")]


def test_money_that_was_needed_is_a_need_and_commitments_received_are_a_fact() -> None:
    text = (
        "In 2024, emissions were 40 MtCO2e.\n\n"
        "The implementation plan estimated that about US$390 million was needed to achieve the targets for the "
        "period 2021-2025. In 2023, the country received significant commitments of about US$413.2 million."
    )  # (dated: a plan's undated fact has no year, ``recordyear``)
    found = [(r["value"], r["kind"]) for r in rows(text) if r["unit"] == "USD billion"]
    assert found == [("0.39", "target"), ("0.4132", "actual")]


def test_commitments_reported_as_announced_are_a_fact() -> None:
    """ "US$ 2.6 billion in financial commitments were announced": pledges others made, reported as made; "our
    commitment of 30%" stays a goal."""
    text = (
        "In 2024, emissions were 40 MtCO2e.\n\n"
        "At the 2023 round table, about US$ 2.6 billion in financial commitments were announced by the partners.\n\n"
        "The country maintains its commitment to reduce emissions by 30% by 2035."
    )
    found = {(r["value"], r["kind"]) for r in rows(text)}
    assert {("2.6", "actual"), ("30", "target")} <= found


def test_a_change_restating_two_dated_levels_is_the_later_years_measured_from_the_earlier() -> None:
    text = (
        "In 2023, total emissions were 8,912.4 Gg CO2e compared to 8,530.1 Gg CO2e in 2022, representing an "
        "increase of 4.5%."
    )
    found = [(r["value"], r["year"], r["base_year"], r["kind"]) for r in rows(text)]
    assert found[-1] == ("4.5", "2023", "2022", "actual")


def test_starting_values_listed_before_one_bracketed_year_are_records() -> None:
    text = "Access to safe water will be increased from 81% and 59.5% (2016) to 100% by 2031."
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert found == [("81", "2016", "actual"), ("59.5", "2016", "actual"), ("100", "2031", "target")]


def test_a_sentence_stating_the_change_the_value_before_makes_restates_it() -> None:
    text = (
        "Emissions in Ruritania are expected to grow from 2,100 GgCO2e in 2020 to 3,400 GgCO2e in 2030. With the "
        "measures of this plan, emissions in 2030 will be 2,000 GgCO2e. This is a 12.5 percent decrease compared to "
        "the 2020 level and 41.2 percent compared to the expected baseline level in 2030."
    )
    found = [(r["value"], r["year"], r["kind"], r["base_year"], r["baseline"]) for r in rows(text) if r["unit"] == "%"]
    # the reference after the later value is that value's yardstick; the earlier one keeps its base year
    assert found == [("12.5", "2030", "target", "2020", "base_year"), ("41.2", "2030", "target", "", "bau")]


def test_a_base_year_level_before_a_bau_reference_keeps_its_base_year_when_no_other_value_comes_between() -> None:
    text = "Between 2019 and 2023, Ruritania cut emissions by 6% compared to the revised 2030 BAU baseline."
    found = [(r["value"], r["baseline"]) for r in rows(text) if r["unit"] == "%"]
    assert found == [("6", "bau")]


def test_shares_reported_by_a_census_under_a_goal_heading_are_records() -> None:
    text = (
        "Water security goals\n\n"
        "Expand rainwater harvesting to all households by 2032. According to the 2016 Census, 58% of households rely "
        "on household tanks, 22% on community tanks, and 20% on piped supply."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)][-3:]
    assert found == [("58", "2016", "actual"), ("22", "2016", "actual"), ("20", "2016", "actual")]


def test_the_projection_being_cut_is_no_start_of_record() -> None:
    # the start of "reduce the projected emissions from X to Y" is the projection; Y, labelled with the plan's
    # (versioned) scenario, is the plan's level
    text = (
        "Ruritania's measures will reduce the projected emissions from 74.9 MtCO2e to 45.4 MtCO2e under the NDC 2 "
        "scenario by 2033."
    )
    assert got(text, "kind", "year") == [("45.4", "target", "2033")]
    # a start with a year of its own is still a record
    text = "Ruritania's measures will reduce the projected emissions from 31 MtCO2e in 2021 to 45.4 MtCO2e by 2033."
    assert got(text, "kind", "year")[0] == ("31", "actual", "2021")


def test_a_label_of_a_past_year_right_before_a_value_opens_a_record_no_projection_word_reaches() -> None:
    # a flattened cell lists its sources, then the inventory's levels under labels of their years
    text = (
        "Ruritania, 2 May 2021.\n\nData and tools\tOfficial statistics Sectoral development forecasts Modelling of "
        "emissions with LEAP Baseline year 2015: 18,204.7 GgCO2eq (without sinks) Year 1990: 24,511.3 GgCO2eq"
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert got == {("18.2047", "2015", "actual"), ("24.5113", "1990", "actual")}
    # a year named in the projection's own words stays its year: "projected to reach, in the year 2030: 45 Mt"
    assert rows("Ruritania, 2 May 2021.\n\nEmissions are projected to reach, in the year 2030: 45 Mt CO2e.") == []


def test_the_path_of_the_scenario_just_named_is_a_projection() -> None:
    # "the path described by the emissions in this scenario": the reference's levels, in the same sentence (a
    # rendering that lost the full stop) or in the one after
    for joint in (" ", ". "):
        text = (
            "Ruritania, 2 May 2015.\n\nThe BAU scenario is a first estimate, to be revised in the next national "
            f"communication{joint}The trajectory of the emissions under this scenario is as follows: Year 2020: "
            "14.8 Mt CO2e Year 2030: 19.3 Mt CO2e"
        )
        assert rows(text) == [], joint
    # a cut named after it is the plan's
    text = (
        "Ruritania, 2 May 2015.\n\nThe BAU scenario is a first estimate. The emissions in this scenario would be "
        "reduced by 12% by 2030."
    )
    assert [r["value"] for r in rows(text)] == ["12"]


def test_a_label_naming_bau_as_the_yardstick_of_a_cut_opens_no_projection_scope() -> None:
    text = (
        "Forestry\n\nMitigation Goal 2033\n\n2.1 MtCO2e\n\nEmission Cut (%) Relative to BAU in 2033\n\n12.40%\n\n"
        "Projected BAU Emissions 2033\n\n17.0 MtCO2e"
    )
    assert got(text, "kind", "year") == [("2.1", "target", "2033"), ("12.4", "target", "2033")]


def test_a_value_set_right_against_bau_is_a_cut_and_its_line_opens_no_projection() -> None:
    # "Cement 1.4 MtCO2e, 38% vs BAU by 2031": the cut in tonnes and as a share, the reference its yardstick (the
    # line is no heading of modelled levels); "12% compared to 2015 levels" is a cut too
    text = "Ruritania will cut emissions by 20% by 2031.\n\nCement 1.4 MtCO2e, 38% vs BAU by 2031"
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)][1:] == [
        ("1.4", "target", "2031"),
        ("38", "target", "2031"),
    ]
    share = "Ruritania will cut emissions by 20% by 2031.\n\nSteel: 12% versus BAU in 2031"
    assert [(r["value"], r["baseline"]) for r in rows(share)][1:] == [("12", "bau")]


def test_a_goal_named_with_its_year_and_told_in_the_past_is_still_a_goal() -> None:
    # "the target for 2018 was 45%": the year names which goal, not a record of that year
    text = "This plan was submitted in 2024.\n\nUnder the old strategy, the target for 2018 was 45%."
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("45", "target", "2018")]


def test_an_order_due_by_the_end_of_the_present_year_is_a_goal() -> None:
    # "By the end of 2024, ensure that …" in a plan of 2024: an action still to take; a report of the same year
    # ("By the end of 2024, 35% of schools had panels") stays a record
    lead = "This plan was submitted in 2024.\n\n"
    goal = rows(lead + "By the end of 2024, ensure that 35% of schools run on solar power.")
    assert [(r["value"], r["kind"], r["year"]) for r in goal] == [("35", "target", "2024")]
    done = rows(lead + "By the end of 2024, 35% of schools had solar panels installed.")
    assert [(r["value"], r["kind"]) for r in done] == [("35", "actual")]


def test_a_paragraph_opening_under_a_bau_scenario_of_something_states_the_reference_path() -> None:
    # "Under a BAU emissions scenario, … rising from 6.2 Mt in 2018 to 21.0 Mt in 2040": a word between "BAU" and
    # "scenario" still frames the reference path; its future level is no goal (the record it starts from stays)
    text = (
        "This NDC was submitted in 2021.\n\nUnder a BAU emissions scenario, total emissions are forecast to grow "
        "by more than three times by 2040, rising from 6.2 million tCO2e in 2018 to 21.0 million tCO2e in 2040."
    )
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("6.2", "actual")]


def test_a_bau_level_in_the_target_year_and_the_next_step_of_its_path_are_projections() -> None:
    # "BAU emission levels in target year 2031 is 14.2 Mt and in 2036 is 19.6 Mt": the reference path, though the
    # year is called the target year; the next year's level goes on along it (a record then a goal stays both)
    lead = "This NDC was submitted in 2025. It will cut emissions by 20% by 2036.\n\n"
    bau = lead + "BAU emission levels in target year 2031 is 14.2 Mt CO2eq and in 2036 is 19.6 Mt CO2eq."
    assert [r["value"] for r in rows(bau)] == ["20"]
    plan = lead + "Emissions were 12.5 Mt CO2e in 2020 and in 2031 will be 10.2 Mt CO2e under the plan."
    assert [(r["value"], r["kind"]) for r in rows(plan)][1:] == [("12.5", "actual"), ("10.2", "target")]


def test_a_cut_a_measure_brings_estimated_in_the_present_is_a_modelled_outcome() -> None:
    # "GHG emission reduction is estimated at 0.004 MtCO2e/year for 2,800 new machines": what the measure would bring,
    # a goal of the plan; "the reduction was estimated at …" reports one, a record
    lead = "This NDC was submitted in 2020, with goals for 2030. Its inventory year is 2016.\n\n"
    goal = rows(lead + "GHG emission reduction is estimated at 0.004 MtCO2e/year for 2,800 new electric machines.")
    assert [(r["value"], r["kind"]) for r in goal if r["value"] == "0.004"] == [("0.004", "target")]
    done = rows(lead + "In 2018 the emission reduction was estimated at 0.3 MtCO2e.")
    assert [(r["value"], r["kind"]) for r in done if r["value"] == "0.3"] == [("0.3", "actual")]


def test_a_required_investment_is_a_need_not_a_record() -> None:
    text = "Ruritania's plan runs to 2034. The required investment in its grids is estimated at $2.35 billion."
    assert got(text, "kind", "year") == [("2.35", "target", "2034")]


def test_an_estimate_of_what_the_plan_requires_is_a_need_not_a_record() -> None:
    """ "Attaining the objectives of the NDC requires a total investment estimated at US$ 5.3 billion": "estimated at"
    after a need verb estimates the need; an estimate of emissions ("were estimated at") stays a record; "needs" as a
    noun ("the needs of developing countries … estimated at") is not enough."""
    lead = "Ruritania's plan runs to 2034. Its inventory year is 2016.\n\n"
    text = lead + "Attaining the objectives of the NDC requires a total investment estimated at US $5.3 billion."
    assert got(text, "kind", "year") == [("5.3", "target", "2034")]
    text = lead + "This would require financing estimated at approximately US$310 million."
    assert got(text, "kind", "year") == [("0.31", "target", "2034")]
    record = lead + "In 2016 emissions were estimated at 4.2 Mt CO2e."
    assert got(record, "kind", "year") == [("4.2", "actual", "2016")]


def test_the_estimated_budget_or_cost_of_a_planned_action_is_a_need() -> None:
    text = (
        "Ruritania's plan runs to 2034. The new ferry line has an estimated budget of US$ 3,400,000 "
        "(US$ 3,000,000 for the boats and US$ 400,000 for the piers)."
    )
    assert got(text, "kind", "year") == [("0.0034", "target", "2034"), ("0.003", "target", "2034"),
                                         ("0.0004", "target", "2034")]  # fmt: skip
    assert got("Ruritania's plan runs to 2034. Capital cost estimate: US$ 1,900,000.", "kind") == [("0.0019", "target")]
    # a budget spent in a year is a record
    assert got("In 2022 the agency's budget was US$ 1.2 million.", "kind", "year") == [("0.0012", "actual", "2022")]


def test_a_goal_named_as_met_is_a_record() -> None:
    text = "Ruritania surpassed its national 2021 goal by reaching 31 percent of renewable power in 2021."
    assert got(text, "kind", "year") == [("31", "actual", "2021")]
    # a goal still to meet stays a goal
    assert got("Ruritania aims to meet its goal of 45 percent renewable power by 2031.", "kind") == [("45", "target")]


def test_money_announced_or_granted_is_a_record() -> None:
    text = "In March 2022, the fund approved €18 million for Ruritania's adaptation objectives."
    assert got(text, "kind", "year") == [("0.018", "actual", "2022")]


def test_a_share_of_the_goal_met_is_a_record() -> None:
    text = "As of 2021, 7.89 Gg of the goal have been achieved - roughly 56% of the goal."
    assert got(text, "kind", "year")[-1] == ("56", "actual", "2021")


def test_a_number_named_as_the_goal_itself_is_a_goal() -> None:
    text = "Ruritania aims at 2031. As of 2021, 7.89 Gg of the targeted 14 Gg have been achieved."
    assert [k for _, k in got(text, "kind")] == ["actual", "target"]


def test_a_level_reduced_to_under_the_plans_condition_is_the_plans_goal() -> None:
    # "projected at 52 Mt under BAU 2035, reduced to 47.5 Mt with unconditional actions": the level the plan's part
    # reaches, a goal of the projection's year; a deed done under support stays a record
    text = (
        "Ruritania's emissions are projected at 52.1 MtCO2e under BAU 2035, reduced to 47.5 MtCO2e with unconditional "
        "actions, and further down to 41.2 MtCO2e with conditional measures."
    )
    assert got(text, "kind", "year") == [("47.5", "target", "2035"), ("41.2", "target", "2035")]
    assert got("In 2020, with international support, 55 MW of solar was installed.", "kind") == [("0.055", "actual")]


def test_what_is_expected_or_anticipated_is_the_plans_outcome() -> None:
    # "investments of about €140 million are expected": looked forward to, though the sentence's only year is past
    text = "Ruritania, May 2025.\n\nOffers closed on 31 March 2025; investments of about €140 million are expected."
    assert got(text, "kind") == [("0.14", "target")]
    text = "Ruritania, May 2025.\n\nThe largest savings are anticipated in transport (310 ktoe) by 2030."
    assert got(text, "kind") == [("0.31", "target")]


def test_a_goal_told_in_the_past_tense_is_still_a_goal() -> None:
    text = "In its first NDC, the net reduction target including forest removals was 32.4% compared to BAU in 2031."
    assert got(text, "kind", "year") == [("32.4", "target", "2031")]


def test_a_goal_told_in_the_past_tense_with_a_long_hedge_before_its_amount() -> None:
    # "was approximately 12 Mt": the hedge's word is longer than the ten letters the cheap ending test reads
    text = "In its first NDC, the target for cutting emissions in 2031 was approximately 12 million tonnes of CO2e."
    assert got(text, "kind", "year") == [("12", "target", "2031")]


def test_the_cheap_ending_tests_name_words_of_at_most_ten_letters() -> None:
    # ``may_end_with`` reads a span's last ten letters: a longer word there could never be found
    from extract import baseyearof, clauses, present, timeline

    for words in (
        clauses._GOAL_SUBJECT_ENDS, baseyearof._SINCE_BEFORE_ENDS, present._AS_OF_ENDS, present._DATED_BEFORE_ENDS,
        timeline._HORIZON_ENDS,
    ):  # fmt: skip
        assert all(len(w) <= 10 for w in words), words


def test_a_goal_told_in_the_past_tense_may_name_its_measure_first() -> None:
    # "the target was an emission cap of …": the cap is the goal, though the sentence speaks of an earlier plan
    text = (
        "Ruritania aims at 2031. In its first NDC, the unconditional target was an emission cap between 70 to 85% of "
        "the emissions of 1995."
    )
    assert [k for _, k in got(text, "kind")] == ["target", "target"]
    text = "Ruritania aims at 2031. The earlier goal was a reduction of 17% of the emissions of 1995."
    assert got(text, "kind") == [("17", "target")]
    # or the article of the change the number measures, the deadline past a comma in a clause of its own
    text = (
        "Ruritania aims at 2031. Under the first NDC, the mitigation target was a 21% reduction in emissions excluding"
        " forestry, land use and wetlands by 2028."
    )
    assert got(text, "kind", "year") == [("21", "target", "2028")]


def test_a_year_to_come_opening_the_sentence_frames_its_estimates_as_planned() -> None:
    # "In 2028, … have been calculated at": the calculation is past, the cut it finds is of a year still to come
    # (a year before the plan's headline deadline: "In 2025" in a plan for 2030)
    text = (
        "Ruritania submitted this contribution in October 2016. It will cut emissions by 30% by 2030. "
        "In 2025, the emission cuts against the reference scenario have been calculated at 86.5 ktCO2e - energy "
        "= 61 ktCO2e, waste = 25.5 ktCO2e."
    )
    assert got(text, "kind", "year")[-3:] == [("0.0865", "target", "2025"), ("0.061", "target", "2025"),
                                              ("0.0255", "target", "2025")]  # fmt: skip
    text = "Ruritania submitted this contribution in October 2016. In 2014, emissions were estimated at 310 ktCO2e."
    assert got(text, "kind", "year")[-1] == ("0.31", "actual", "2014")


def test_what_a_past_estimate_says_was_absorbed_or_emitted_is_a_record() -> None:
    text = "In 2012 the forests occupied about 98 km2 and were estimated to absorb 31,000 t CO2e per year."
    assert [(v, k) for v, k in got(text, "kind")] == [("0.0098", "actual"), ("0.031", "actual")]
    # an estimate of what a measure will do is still planned
    assert got("The programme was estimated to reduce emissions by 12% by 2031.", "kind") == [("12", "target")]


def test_a_baseline_line_under_a_goal_reports_its_year() -> None:
    """Under "Goal (5) By 2030, …", the line "Baseline 2021: 1,240 MW" is that year's record, not the goal."""
    text = (
        "Electricity use was 6.1 TWh in 2019.\n\nGoal (5) By 2030, installed solar capacity will reach 2,500 MW.\n\n"
        "Baseline 2021: 1,240 MW\n\n2021 baseline: 52% in power, 31% in energy."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("2.5", "2030", "target") in got
    assert ("1.24", "2021", "actual") in got
    assert ("52", "2021", "actual") in got and ("31", "2021", "actual") in got


def test_a_value_the_sentence_dates_in_the_documents_future_is_no_record() -> None:
    """Whatever verb reads as a report ("reduced to"), a year at or after the plan's headline deadline dates no
    record; a year before it with a finite verb of report ("has achieved by 2024") stays one (the present read
    from the document, 2021 here, is often years older than the document)."""
    text = (
        "Emissions reached 14.2 MtCO2e in 2021. In 2021, the inventory was updated. The plan cuts emissions by "
        "20% by 2030, and by 2030 every district will have a solar hub.\n\n"
        "With an initial capacity of 900 MW then reduced to 450 MW, the plant should see the light of day in 2030. "
        "The first plan has achieved by 2024 a reduction of about 1.4 MtCO2e compared to the reference scenario."
    )
    kinds = {(r["value"], r["year"]): r["kind"] for r in rows(text)}
    assert kinds[("0.45", "2030")] == kinds[("0.9", "2030")] == "target"
    assert kinds[("1.4", "2024")] == "actual"


def test_a_participle_between_a_determiner_and_its_noun_is_no_past_event() -> None:
    """ "through installed capacities of 4,800 MW" under an action verb is the goal's means: "installed" describes the
    noun, it does not report a past installation; a participle as a verb ("installed 300 MW in 2022") and money
    participles ("the approved financing") still report a fact."""
    text = (
        "The plan covers the period to 2035.\n\nAttain 45% of generation capacity from renewable sources through "
        "installed capacities of 4,800 MW wind and 2,100 MW solar.\n\n"
        "The utility installed 300 MW of wind in 2022. In 2022, the installed capacity of solar was 1.7 GW."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("4.8", "2035", "target"), ("2.1", "2035", "target")} <= got
    assert {("0.3", "2022", "actual"), ("1.7", "2022", "actual")} <= got
    assert dated_rows("The total approved financing is US$41.2 million.")[0]["kind"] == "actual"


def test_installed_capacity_after_any_noun_is_the_term_for_a_size_not_a_past_installation() -> None:
    # "Attain utility scale wind electricity installed capacity of up to 60 MW": a noun before "installed capacity",
    # no determiner, and still a size the goal reaches; "has installed capacity of 25 MW" is a verb and reports
    text = (
        "The plan covers the period to 2035.\n\nAttain utility scale wind electricity installed capacity of up to "
        "60 MW\n\nIn 2016 the utility has installed capacity of 25 MW of solar power."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.06", "2035", "target"), ("0.025", "2016", "actual")} <= got


def test_a_past_period_before_an_uncued_number_dates_it_over_a_deadline_elsewhere() -> None:
    # no cue word near the numbers: the period just before them dates them, not the deadline of a relative clause
    text = (
        "Emissions were 41 Mt in 2021. The review, which the ministry wants finished by 2030 and beyond, shows "
        "that, over the period 2005-2019 (Table 2), the sector's emissions are dominated by transport with nearly "
        "64% of the total, followed by industry and waste with 21% and 9% respectively."
    )
    got = [(r["value_raw"], r["year"], r["kind"]) for r in rows(text)][1:]
    assert got == [("64%", "2019", "actual"), ("21%", "2019", "actual"), ("9%", "2019", "actual")]
    # a period after the number is what it is compared with: the deadline before it still rules
    text = (
        "Emissions were 41 Mt in 2021. By 2030, reduce emissions from forest degradation by 25%, with respect to "
        "average emissions between 2001-2013."
    )
    assert [(r["value_raw"], r["year"], r["kind"]) for r in rows(text)][1:] == [("25%", "2030", "target")]


def test_a_relative_clause_on_a_goal_gives_the_goals_size() -> None:
    text = (
        "Emissions were 12 Mt in 2023. Regarding the ports, the ministry's objective for freight, which amounted to "
        "60% of volumes by rail in 2020, was partly met."
    )
    kinds = {(r["value"], r["year"]): r["kind"] for r in rows(text)}
    assert kinds == {("12", "2023"): "actual", ("60", "2020"): "target"}  # a past goal is still a goal
    assert {r["kind"] for r in rows(text.replace("objective", "volume"))} == {"actual"}


def test_an_apposition_in_another_unit_restates_the_value_before_it() -> None:
    # the share is the same record as the tonnes, whatever the scenario it is measured against
    found = got(
        "The review of the plan in 2022 showed a cut of 3,111.2 Gg CO2eq, or 4.1% of the unconditional scenario.",
        "kind",
    )
    assert found == [("3.1112", "actual"), ("4.1", "actual")]


def test_two_alternatives_in_one_unit_are_no_apposition() -> None:
    # "35% or 40%" are two goals, each read on its own (the second by its own clause)
    found = got("Emissions fell by 12% in 2021, or 40% by 2035 if support is received.", "kind")
    assert found == [("12", "actual"), ("40", "target")]


def test_a_forecast_in_the_past_tense_is_a_plan_not_a_record() -> None:
    found = got("For the period 2016-2021, Ruritania forecast a reduction of 2,345 Gg CO2eq.", "kind", "year")
    assert found == [("2.345", "target", "2021")]


def test_a_weather_forecasting_system_is_no_forecast_of_the_number() -> None:
    found = got("In 2023 a weather forecasting system covered around 40% of the districts.", "kind")
    assert found == [("40", "actual")]


def test_how_far_a_goal_is_met_is_a_record() -> None:
    found = got(
        "The level of achievement of the commitment for the 2016-2021 period is 88.1% for the unconditional scenario.",
        "kind",
        "year",
    )
    assert found == [("88.1", "actual", "2021")]
    # a goal noun as the subject ("the target was 38%") would make it a goal; how far it is met is still a record
    assert got("The rate of achievement of the pledges stood at 64%.", "kind") == [("64", "actual")]
    # a rate of completion due in the future is still a goal
    assert got("The rate of implementation of the goal will be 100% by 2031.", "kind") == [("100", "target")]


@pytest.mark.parametrize(
    "item",
    [
        "Construction of two wind farms of 45 MW and 60 MW",
        "Installation of 35 MW of rooftop solar panels on public buildings",
        "Establishment of a 9 MW biogas plant in a public-private partnership",
        "- Rehabilitation of 1,200 ha of degraded mangroves",
    ],
)
def test_a_measure_named_by_its_action_noun_is_planned(item: str) -> None:
    """Plans translated from French or Spanish list their measures as nouns ("Construction of …") where English
    ones use verbs ("Build …"): the item is an action of the plan, its numbers goals, as with a verb."""
    kinds = {kind for _, kind in got(f"Priority measures of the plan:\n\n{item}\n\nOther measures follow.", "kind")}
    assert kinds == {"target"}


@pytest.mark.parametrize(
    "item",
    [
        "Produce a new cement blend with 35% of fly ash",
        "Treat 70% of urban wastewater before discharge",
        "Modernize boilers that serve around 40% of the district heating network",
    ],
)
def test_an_order_in_the_base_form_is_planned(item: str) -> None:
    """A measure opening with a verb in the base form ("Produce …", "Treat …") is an order, its numbers goals; the
    same verb as a gerund opening a fact ("Producing 800,000 barrels a day, the country …") is none (below)."""
    kinds = {kind for _, kind in got(f"Priority measures of the plan:\n\n{item}\n\nOther measures follow.", "kind")}
    assert kinds == {"target"}
    fact = "Producing 800,000 barrels per day in 2020, the country was a large oil producer."
    assert {kind for _, kind in got(fact, "kind")} <= {"actual"}


def test_an_action_noun_in_a_sentence_of_record_keeps_its_record() -> None:
    """A fact verb nearer the number outweighs the noun that opens the sentence."""
    assert got("Construction of new wind farms reached 45 MW in 2021.", "kind") == [("0.045", "actual")]
    assert got("Installation of rooftop solar panels totalled 35 MW in 2022.", "kind") == [("0.035", "actual")]


def test_a_flattened_table_of_proposed_measures_states_goals_under_its_column_header() -> None:
    """Under "Proposed measures" the cells are the plan's, also a line that opens with a value: "48210.3 Gg …" is no
    section number ("3.2 Sector"), so it does not close the section."""
    text = (
        "Plan period 2025-2035 in Ruritania.\n\nSector\n\nProposed measures\n\nEnergy\n\n"
        "48210.3 Gg CO2e i.e. (88.4%)\n\nAssisted regeneration of mangroves: 4000 ha/year\n\n"
        "3.2 National circumstances\n\nSolar parks supply 12 MW.\n"
    )
    assert got(text, "kind") == [("48.2103", "target"), ("88.4", "target"), ("0.004", "target"), ("0.012", "actual")]
    assert clauses.heading_kind("48210.3 Gg CO2e", "target") == "target"
    assert clauses.heading_kind("3.2 Sector", "target") == ""


def test_a_sentence_going_on_about_the_reference_scenario_lists_its_path() -> None:
    """ "The reference level is the projected BAU scenario. This scenario … includes the following emissions
    pathway:" over "− 2010: 124 Mt" lines: the path's future levels are projections, its past level a record (each
    line's spaced minus ends the clause before it, so "− 2020" does not date "124 Mt"); "This scenario cuts …" after
    a cut against BAU is the plan's."""
    base = "Ruritania will cut its emissions by 20% below business as usual by 2030. This NDC was submitted in 2015."
    base += "\n\n"
    path = (
        "The reference level is the projected BAU scenario. This scenario was developed in 2015 from the inventory "
        "of 2010 and includes the following emissions pathway:\n− 2010: 124 Mt CO2e\n− 2020: 178 Mt CO2e\n"
        "− 2030: 235 Mt CO2e"
    )
    assert {(r["value"], r["year"], r["kind"]) for r in rows(base + path)} == {
        ("20", "2030", "target"),
        ("124", "2010", "actual"),
    }
    plan = "Emissions are cut against the BAU scenario. This scenario of the plan reaches 150 Mt CO2e in 2030."
    assert ("150", "2030", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(base + plan)}


def test_a_sentence_restating_a_projection_in_other_terms_is_the_projection() -> None:
    """ "… under BAU emissions are expected to rise to 90.3 MtCO2e in 2030. This will be equal to 9.1 tCO2e per
    capita.": the per-capita figure is the same projection; the plan's cut after it, and a restatement that speaks of
    the plan, stay the plan's."""
    text = (
        "Ruritania set a target of cutting per capita emissions to 6.1 tCO2e by 2030.\n\n"
        "Under an updated BAU scenario emissions are expected to increase to 90.3 MtCO2e in 2030. This will be equal "
        "to 9.1 tCO2e per capita. Implementation of the national target will cut 21.4 MtCO2e in 2030.\n\n"
        "Under the BAU scenario emissions reach 88 MtCO2e in 2030. This implies an unconditional target of 12%."
    )
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("6.1", "target"), ("21.4", "target"), ("12", "target")]


def test_a_reference_scenario_the_subject_of_a_report_verb_frames_its_paragraph() -> None:
    """ "The baseline scenario shows that emissions will increase from 2,400 kt in 2015 … to reach 8,269 kt in 2030.
    This gives an average annual increase of 5.9%": the path's future levels and the rate restating them are
    projections; its past level stays a record."""
    base = "Ruritania will cut emissions by 20% below BAU by 2030. This NDC was submitted in 2021.\n\n"
    text = (
        "The baseline scenario shows that GHG emissions will increase from 2,400 kt CO2e in 2015 to reach "
        "8,269 kt CO2e in 2030. This gives an average annual increase of 5.91% between 2015 and 2030."
    )
    assert {(r["value"], r["year"], r["kind"]) for r in rows(base + text)} == {
        ("20", "2030", "target"), ("2.4", "2015", "actual"),
    }  # fmt: skip


def test_a_reference_level_named_with_its_year_in_a_translations_order_is_a_projection() -> None:
    """ "a 27% reduction compared to the scenario BAU 2030 estimated at 48,000 kt": the BAU's own level, though the
    year follows the reference's name and the sentence measures a cut."""
    text = (
        "This NDC was submitted in 2021.\n\nThese measures aim to reduce about 12,850 kt CO2 eq, a 26.8% reduction "
        "compared to the scenario BAU 2030 estimated at 48,000 kt CO2 eq."
    )
    assert {r["value"] for r in rows(text)} == {"12.85", "26.8"}


def test_levels_of_baseline_scenarios_in_the_plural_are_projections() -> None:
    text = "The plan runs to 2035. The projections of the baseline scenarios reach 48,210 ktCO2e in 2035."
    assert got(text, "kind", "year") == []


@pytest.mark.parametrize("opener", ["of which", "including"])
def test_the_parts_of_a_goal_after_of_which_are_goals_too(opener: str) -> None:
    text = (
        "The plan runs to 2035. These measures will avoid 4,200 kt CO2e by 2030 against the reference scenario, "
        f"{opener} 2,650 kt CO2e are accounted for in transport and 1,550 kt CO2e in buildings."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [
        ("4.2", "2030", "target"),
        ("2.65", "2030", "target"),
        ("1.55", "2030", "target"),
    ]
    # a part said to be done already is a record
    text = "The plan runs to 2035. It aims at 8,000 ha of forest by 2030, of which 6,500 ha were planted in 2022."
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("0.0065", "2022", "actual") in found


def test_a_share_of_a_dated_record_after_of_which_is_a_record_whatever_the_sentence_aims_at() -> None:
    text = (
        "The plan was adopted in 2024. Its emissions are modest (6.1 Mt CO2e in 2012, of which about 55% is methane)"
        " and it is aiming to take its fair share of the effort."
    )
    assert got(text, "year", "kind") == [("6.1", "2012", "actual"), ("55", "2012", "actual")]
    # a part yet to come is no record; a share after an undated whole is not passed the whole's kind
    text = "The plan was adopted in 2024. The fleet was 2.1 GW in 2020, of which 40% will be replaced by 2030."
    assert ("40", "target") in got(text, "kind")


def test_a_member_coordinated_with_a_record_naming_only_its_scenario_is_a_record_too() -> None:
    text = (
        "The plan was adopted in 2024 and runs to 2035. The review of 2022 found a cut of 1,210 Gg CO2e, or 4.1%"
        " of the unconditional scenario, and 860 Gg CO2e, or 2.2% of the conditional scenario."
    )
    found = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert ("0.86", "2022", "actual") in found
    # members of a goal stay goals
    text = "By 2030, emissions will fall by 12% in the unconditional scenario and by 30% in the conditional scenario."
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("12", "target"), ("30", "target")]


def test_the_inventory_a_projection_starts_from_is_a_record() -> None:
    text = (
        "In 2017, according to the inventory figures used as the basis for the NDC projections, Ruritania emitted"
        " 8,420 kt CO2e, 52.5% of it from energy."
    )
    assert [(r["value"], r["year"], r["kind"]) for r in rows(text)] == [
        ("8.42", "2017", "actual"),
        ("52.5", "2017", "actual"),
    ]
    # the projections' own levels stay modelled
    assert rows("The plan runs to 2035. The NDC projections give emissions of 9,900 kt CO2e in 2030.") == []


def test_a_paragraph_that_opens_in_the_bau_pathway_models_its_future_levels() -> None:
    text = (
        "The plan runs to 2035.\n\n"
        "In the BAU pathway, diesel use keeps rising with the population. "
        "Wood fuel demand reaches 310,000 m3 of wood a year in 2045."
    )
    assert got(text, "kind", "year") == []
    text = (
        "The plan runs to 2035.\n\n"
        "In the BAU pathway, diesel use keeps rising with the population. "
        "Under the plan, solar capacity will reach 45 MW by 2035."
    )
    assert got(text, "kind", "year") == [("0.045", "target", "2035")]


def test_a_paragraph_that_opens_on_the_bau_scenarios_results_models_its_future_levels() -> None:
    # "The results of the BAU scenario over the period 2016-2032 show …" opens on the reference path as "In the BAU
    # pathway, …" does: the levels it then says emissions "will increase to" are modelled, not pledged; the level of
    # its past start year stays the record it is
    text = (
        "This NDC was submitted in 2022.\n\n"
        "The results of the BAU scenario over the period 2016-2032 show a steady rise in emissions. Indeed, the "
        "sector's CO2 emissions estimated at 1,310 ktCO2 in 2016 will increase to 4,820 ktCO2 in 2027 and "
        "7,905 ktCO2 in 2032."
    )
    assert got(text, "kind", "year") == [("1.31", "actual", "2016")]
    # so does such a sentence later in its paragraph: the sentences after it report the reference path
    later = text.replace("2022.\n\nThe results", "2022.\n\nThe BAU scenario was built with the GACMO tool. The results")
    assert got(later, "kind", "year") == [("1.31", "actual", "2016")]


def test_a_target_reported_as_limited_or_fixed_is_a_goal_though_past() -> None:
    text = "Until 2021, the target for limiting the emissions of the economy was limited to 80% of the 1995 level."
    assert got(text, "kind", "year") == [("80", "target", "2021")]
    assert got("The 2024 target for solar power was fixed at 12% of generation.", "kind") == [("12", "target")]


def test_a_target_that_has_markedly_increased_is_a_goal() -> None:
    text = "Ruritania's plan runs to 2034. In its second NDC this target has markedly increased to 61%."
    assert got(text, "kind") == [("61", "target")]


def test_a_label_naming_goals_makes_the_values_listed_after_it_goals() -> None:
    text = "Emission reduction targets — Reference year 1995, -25% in 2021, -50% in 2031, -70% in 2036."
    assert got(text, "kind", "year") == [("25", "target", "2021"), ("50", "target", "2031"), ("70", "target", "2036")]
    # a record listed after the label stays a record
    assert got("Sector goals: solar reached 40 MW in 2022.", "kind") == [("0.04", "actual")]


def test_a_restatement_takes_the_year_of_the_value_it_restates() -> None:
    from test_years import observations_of

    text = (
        "Ruritania is a small alpine country of 160 km2 with just over 41,000 inhabitants. Its domestic emissions "
        "(excluding LULUCF) stood at 167 ktCO2e in 2023. This corresponds to around 4.18 tCO2eq per capita."
    )
    assert [(o.value_raw, o.year) for o in observations_of(text) if "CO2" in o.value_raw] == [
        ("167 ktCO2e", 2023),
        ("4.18 tCO2eq per capita", 2023),
    ]


def test_a_path_between_negative_levels_is_a_from_to_and_a_translated_bau_is_a_reference() -> None:
    """ "from -2,310 kt in 2016 to -1,980 kt in 2035" is a path like any other (the end's minus sign is no gap);
    "a normal course of business scenario" and "the CNA scenario" ("cours normal des affaires") are business as
    usual: their levels are neither goals nor records."""
    text = (
        "The inventory was published in 2021.\n\n"
        "Under a normal course of business scenario, the net balance could decrease from -2,310 kt CO2eq in 2016 "
        "to -1,980 kt CO2eq in 2035.\n\n"
        "According to the CNA scenario, the net balance is around -1,980 ktCO2eq in 2035.\n\n"
        "With the measures of this plan, the net sink will grow to -2,600 kt CO2eq in 2035."
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert found == {("-2.31", "2016", "actual"), ("-2.6", "2035", "target")}


def test_a_label_naming_bau_as_the_yardstick_of_a_cut_gives_the_cut_after_its_colon() -> None:
    """ "Absolute emission reduction in 2035 compared to BAU: 4,120 Gg CO2-eq" is the plan's cut; "BAU emissions in
    2035: 15,300 Gg CO2-eq" is the reference level."""
    text = (
        "The plan was adopted in 2022.\n\n"
        "Absolute emission reduction in 2035 compared to BAU: 4,120 Gg CO2-eq\n\n"
        "BAU emissions in 2035: 15,300 Gg CO2-eq"
    )
    assert {(r["value"], r["year"], r["kind"], r["baseline"]) for r in rows(text)} == {
        ("4.12", "2035", "target", "bau")
    }


def test_with_no_measures_and_the_absence_of_policies_are_business_as_usual() -> None:
    """ "With no measures, emissions are estimated at …" and "in the absence of additional policies, emissions would
    reach …" say "without measures" otherwise: their levels, and the gap to the plan they state, are no goals."""
    text = (
        "The plan was adopted in 2022.\n\n"
        "With no measures, emissions are estimated to total around 31.5 MtCO2e, equal to 9% more than the "
        "mitigation scenario by 2030.\n\n"
        "In the absence of additional policies, emissions would reach 48 MtCO2e in 2035.\n\n"
        "With the measures of this plan, emissions will be held to 27 MtCO2e in 2030."
    )
    assert {(r["value"], r["year"], r["kind"]) for r in rows(text)} == {("27", "2030", "target")}


def test_impacts_without_measures_named_in_four_words_are_no_goals() -> None:
    """ "Without implementing climate change adaptation measures, … 12% of the delta will be inundated": the
    counterfactual names its measures in up to four words; its impacts are no goal of the plan."""
    text = (
        "The plan was adopted in 2022.\n\n"
        "Without implementing climate change adaptation measures, when the sea level rises by 80cm, over 12% of the "
        "northern delta will be at risk of being inundated, affecting 8% of its population.\n\n"
        "By 2030, 60% of the delta's dikes will be raised."
    )
    assert {(r["value"], r["year"], r["kind"]) for r in rows(text)} == {("60", "2030", "target")}


def test_a_list_of_dated_shares_shares_the_bau_yardstick_after_it() -> None:
    """ "by 2.4% in 2020, 4.9% by 2025 and 10.5% by 2030 compared to the projected BAU": each item's own year stays
    with it, and the middle item is measured against BAU like the first and the last."""
    text = (
        "Ruritania commits to reduce its emissions from fossil fuels by 2.4% in 2020, 4.9% by 2025 and 10.5% by "
        "2030 compared to the projected BAU."
    )
    assert {(r["value"], r["year"], r["baseline"]) for r in rows(text)} == {
        ("2.4", "2020", "bau"),
        ("4.9", "2025", "bau"),
        ("10.5", "2030", "bau"),
    }


def test_a_sentence_that_opens_with_a_target_gives_the_plans_levels_after_business_as_usual_lines() -> None:
    """After lines of business-as-usual levels ("Business-as-usual emissions in the energy sector in 2030: 510 kt"),
    "Target emissions in the energy sector in 2030: 371 ktCO2e (27.3% reduction …)" names the plan's own level: it is
    a target, not one more projection; "the global target" is the world's, not the plan's."""
    text = (
        "The plan was adopted in 2021.\n\n"
        "Business-as-usual emissions in the energy sector in 2030: 510 ktCO2e\n\n"
        "Business-as-usual methane emissions in the waste sector in 2030: 94 ktCO2e\n\n"
        "The country remains vulnerable to sea level rise and coastal erosion, and adaptation is its priority.\n\n"
        "Conditional target emission is 71.2% (430.5 ktCO2e) relative to business-as-usual emissions in 2030\n\n"
        "Target emissions in the energy sector in 2030: 371 ktCO2e (27.3% reduction = 139 ktCO2e)"
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.4305", "Mt CO2e", "2030", "target"), ("0.371", "Mt CO2e", "2030", "target")} <= found
    assert not {v for v, *_ in found} & {"0.51", "0.094"}


def test_a_thousand_tonnes_that_names_a_unit_is_no_value() -> None:
    """ "Absolute reduction vs baseline (1000 tonnes)" and "Target indicators, 1000 tons of CO2 eq." state the unit
    of what follows; "will store 1000 tonnes of CO2 in 2030" is an amount."""
    text = (
        "The plan was adopted in 2021.\n\n"
        "Absolute reduction in 2030 vs baseline (1000 tonnes)\n\n"
        "Goals Measures Target indicators, 1000 tons of CO2 eq.\n\n"
        "The pilot plant will store 1000 tonnes of CO2 in 2030."
    )
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("0.001", "Mt CO2")]
    # a bracket opened on "in" states the unit of the figures a sentence presents, whatever follows its close
    text = (
        "The plan was adopted in 2021.\n\nThe added removals of forests under both scenarios (in 1000 tons of CO2) "
        "relative to the reference scenario are presented in the table below for 2030."
    )
    assert rows(text) == []


def test_an_amount_estimated_to_be_in_any_currency_is_an_estimate_of_the_past() -> None:
    # "has been estimated to be ₦1.48 trillion": an estimate of the past, as "estimated to be $9.5 billion" is (a
    # disaster's toll, "assets destroyed by the 2012 floods", is country profile: see test_scope)
    text = (
        "In 2014 emissions were 300 MtCO2e.\n\n"
        "The value of solar assets installed by the 2012 programme has been estimated to be ₦1.48 trillion.\n\n"
        "Investment in solar power in 2013 was estimated to be USD 2.1 billion."
    )
    got = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert ("1480", "NGN billion", "2012", "actual") in got
    assert ("2.1", "USD billion", "2013", "actual") in got


def test_a_past_form_after_a_comma_before_its_means_is_a_participle_not_a_record() -> None:
    # "…, achieved through a 45% share": how the goal is met, not a past event
    text = (
        "In 2022 Ruritania's emissions were 0.8 MtCO2e. Ruritania will cut emissions by 30% by 2036.\n\n"
        "The plan raises the 2031 target to a 12.5% cut in energy emissions by 2031, relative to 2012, achieved "
        "through a 45% share of renewable power."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("45", "2031", "target") in got
    # a finite past verb before its means still reports: "Emissions decreased through …"
    text = "Emissions decreased through the adoption of 120 MW of solar in 2019."
    assert {(r["value"], r["kind"]) for r in rows(text)} == {("0.12", "actual")}


@pytest.mark.parametrize(
    "text",
    [
        "Buildings matter to reach the mitigation goal, since the sector contributes 18.4% of total emissions.",
        "Freight is central to meeting the target, because it accounts for 27% of energy use.",
        "Cement deserves priority in the plan, given that it represents 9% of national emissions.",
        "Waste is a focus of the goal, as the sector accounts for 14% of emissions.",
    ],
)
def test_a_reason_given_for_a_goal_states_a_fact(text: str) -> None:
    assert [k for _, k in got(text, "kind")] == ["actual"]


def test_a_relative_clause_of_standing_under_a_goal_states_a_record() -> None:
    """ "… decarbonising the electricity sub-sector that contributes 42% of the total GHG emissions": the relative
    clause says how things stand; the main clause's commitment does not make the share a goal."""
    text = (
        "In 2020, emissions were 12 MtCO2e. In 2020, forest cover was 30%.\n\nMitigation contribution\n\nRuritania"
        " commits to raise the share of solar power with the aim of decarbonising the electricity sub-sector that"
        " contributes 42% of the total GHG emissions of the country."
    )
    assert ("42", "target") not in {(r["value"], r["kind"]) for r in rows(text)}

def test_a_reason_clause_with_no_comma_is_a_clause_of_its_own() -> None:
    """ "… to 35% in 2031 is ambitious considering that 84% of cooking fuel is currently charcoal": the goal's
    deadline and intent stay in the main clause; the reason states the present."""
    text = (
        "In 2020, emissions were 9 MtCO2e. In 2020, forest cover was 30%. Raising forest cover to 35% in 2031 is"
        " ambitious considering that 84% of cooking fuel is currently charcoal."
    )
    got_rows = {r["value"]: r["kind"] for r in rows(text)}
    assert got_rows["35"] == "target" and got_rows["84"] == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania aims to reach the goal, since it will source 45% of power from wind by 2035.",
        "Ruritania will meet its target, since 2015 having set a 30% cut by 2035.",
        "Ruritania will meet its goal as well as the 25% cut by 2035.",
    ],
)
def test_a_reason_clause_with_its_own_deadline_or_no_reason_keeps_the_goal(text: str) -> None:
    assert [k for _, k in got(text, "kind")] == ["target"]


def test_a_trend_scenario_is_the_reference_path() -> None:
    text = (
        "According to the trend scenario, emissions evolve from 8,120 GgCO2e in 2012 to 11,450 GgCO2e in 2028 and"
        " 13,905 GgCO2e in 2033."
    )
    assert got(text, "year", "kind") == [("8.12", "2012", "actual")]
    cut = got("Ruritania will cut emissions by 21% by 2033 compared to the tendential scenario.", "baseline")
    assert cut == [("21", "bau")]



def test_a_base_scenario_is_the_reference_path_and_a_scenario_of_mitigation_the_plans() -> None:
    modelled = "Electricity demand in 2031 under the Base Scenario is estimated to be around 4,200GWh."
    assert got("Ruritania will build 90 MW of wind by 2031. " + modelled, "kind") == [("0.09", "target")]
    cut = got("Ruritania will cut fuel imports by 15% by 2031 compared to the base case.", "baseline")
    assert cut == [("15", "bau")]
    # a flattened pair: the reference's label closes the first amount, the plan's own scenario names the second
    pair = (
        "Forests will absorb in 2031: 48,210 kt CO2 equivalent according to the base scenario 61,905 kt CO2"
        " equivalent according to the scenario of conditional mitigation;"
    )
    assert got(pair, "kind") == [("61.905", "target")]

@pytest.mark.parametrize(
    "sentence",
    [
        "The implementation of adaptation measures is estimated at around nine (9) billion US$.",
        "Coastal protection works are estimated to cost US$ 9 billion.",
    ],
)
def test_the_estimated_cost_of_implementing_the_plan_is_a_need_of_it(sentence: str) -> None:
    text = "Ruritania aims to halve flood losses by 2031. " + sentence
    money = [(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "USD billion"]
    assert money == [("9", "2031", "target")]


def test_a_costing_written_as_costs_estimated_at_is_a_need_and_a_reported_cost_is_not() -> None:
    need = "Ruritania will build two hydro plants by 2031. Total plant capital costs estimated at 212 million USD."
    assert [(r["year"], r["kind"]) for r in rows(need) if r["unit"] == "USD billion"] == [("2031", "target")]
    past = (
        "Over 20 projects were implemented between 1990 and 2009. The aggregate cost is estimated at about US$ 90"
        " million."
    )
    assert [r["kind"] for r in rows(past) if r["unit"] == "USD billion"] in ([], ["actual"])


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019, 64% of households still relied on charcoal to meet their energy needs.",
        "In 2019, almost 85% of national energy needs were met by imported fuel.",
        # a demand for energy is no need of the plan either, under its other name
        "Hydropower supplied 57% of the country's electricity requirements in 2019.",
        "In 2019, imports covered 91% of its fuel requirements.",
    ],
)
def test_peoples_energy_needs_are_a_demand_not_a_need_of_the_plan(sentence: str) -> None:
    assert [(r["year"], r["kind"]) for r in rows(sentence)][:1] == [("2019", "actual")]


def test_a_money_amount_without_a_verb_is_a_costing_line_of_the_plan() -> None:
    text = "Ruritania will build two solar parks by 2031.\n\nSolar parks\n\n17 million USD\n\nUp to 4 million USD."
    money = [(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "USD billion"]
    assert money == [("0.017", "2031", "target"), ("0.004", "2031", "target")]
    spent = "Ruritania will build two solar parks by 2031. In 2019 the ministry spent 17 million USD on studies."
    assert [r["kind"] for r in rows(spent) if r["unit"] == "USD billion"] == ["actual"]


def test_a_restating_sentence_keeps_a_level_of_its_own_past_year_a_record() -> None:
    text = (
        "The plan was adopted in 2016.\n\n"
        "The plan is consistent with emission levels of 1.1 GtCO2e in 2026. This represents a reduction of 41% "
        "compared to estimated emission levels of 1.9 GtCO2e in 2004."
    )
    found = {r["value"]: (r["year"], r["kind"]) for r in rows(text)}
    assert found["1900"] == ("2004", "actual")
    assert found["41"] == ("2026", "target")


def test_a_plan_in_the_progressive_is_a_goal() -> None:
    # "is planning to" / "are intending to" say what the plan will do, as "plans to" does
    text = "By 2035, methane will be cut by 2.2 Mt. Ruritania is planning to restore 15% of its degraded pastures."
    assert got(text, "kind", "year") == [("2.2", "target", "2035"), ("15", "target", "2035")]
    text = "By 2035, methane will be cut by 2.2 Mt. The ministries are intending to replant 40,000 ha of mangroves."
    assert got(text, "kind", "year") == [("2.2", "target", "2035"), ("0.04", "target", "2035")]


def test_a_list_labelled_baseline_gives_the_reference_path_not_goals() -> None:
    text = (
        "In 2014 the national inventory was completed. Ruritania will cut emissions by 22% by 2030.\n\n"
        "Baseline:\n\n2010: 41 MtCO2e\n\n2020: 55 MtCO2e\n\n2030: 70 MtCO2e\n"
    )
    got_rows = [(r["value"], r["kind"], r["year"]) for r in rows(text)]
    assert got_rows == [("22", "target", "2030"), ("41", "actual", "2010")]
    # the label and its lines run on in one paragraph, as an HTML rendering joins them
    text = (
        "In 2014 the national inventory was completed. Ruritania will cut emissions by 22% by 2030.\n\n"
        "Baseline: 2010: 41 MtCO2e (35 GHG and 6 BC) 2020: 55 MtCO2e (47 GHG and 8 BC) 2030: 70 MtCO2e\n"
    )
    got_rows = [(r["value"], r["kind"], r["year"]) for r in rows(text)]
    assert got_rows == [("22", "target", "2030")]  # (the run-on first label's record is not read: noticed, left)


def test_the_level_a_cut_leaves_restates_the_cut() -> None:
    # "24% below emissions in year 2005, at a level of 312,000 tCO2e": the goal in absolute terms, not 2005's record
    text = (
        "Ruritania will reduce its emissions by 2035.\n\nEmissions under the unconditional plan are expected to be 24% "
        "below emissions in year 2005, at a level of 312,000 tCO2e approximately."
    )
    found = {r["value"]: (r["year"], r["kind"]) for r in rows(text)}
    assert found["0.312"] == found["24"] == ("2035", "target")


def test_a_goal_past_a_turn_of_contrast_does_not_make_the_clause_before_it_a_goal() -> None:
    # the share is a fact of the first clause; the "target" belongs to the clause that turns against it
    text = "In 2019 Ruritania accounted for about 0.6% of world emissions, but it has set an ambitious target."
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("0.6", "actual")]
    text = "Ruritania accounts for about 0.6% of world emissions, but it has set an ambitious target."
    assert [r["kind"] for r in rows(text)] != ["target"]
    # a cue of record past the turn still reads as before
    text = "Between 2012 and 2020 output fell by nearly 22%, while emissions declined by about 9%."
    assert {r["kind"] for r in rows(text)} == {"actual"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a rise under the reference scenario, however far its qualifier ("by up to")
        "In the BAU scenario, overall GHG emissions in 2032 are expected to rise by up to 41.508 MtCO2e.",
        # what emissions could do: a possibility, no pledge
        "By 2045, freight emissions could rise by 38% (up to 12.74 MtCO2e) as trade grows.",
        # a projected rise the emissions named after the value measure ("… increase in greenhouse gas emissions"),
        # a range's lower end with it
        "From the previous projections it can be seen that by the year 2030, growth is expected to oscillate between "
        "31% and 48% increase in greenhouse gas emissions.",
        # a level emissions could reach: a possibility
        "On current trends, total GHG emissions may reach 61,240 Gg CO2eq in 2035 and 98,115 Gg CO2eq in 2045.",
    ],
)
def test_rises_the_reference_or_a_possibility_brings_are_projections(sentence: str) -> None:
    base = "Ruritania will cut its emissions by 20% below business as usual by 2030. This NDC was submitted in 2020."
    assert {r["value"] for r in rows(f"{base}\n\n{sentence}")} == {"20"}


def test_a_cap_emissions_could_reach_is_a_goal() -> None:
    # "could reach a maximum level of 179 Mt … depending on financing": a conditional cap, the plan's
    text = "Ruritania considers that its emissions could reach a maximum level of 64.5 MtCO2eq in 2030 with support."
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("64.5", "target")]


def test_a_concession_opening_the_sentence_states_a_fact_the_main_clauses_goal_does_not_reach() -> None:
    # "Although its contribution to global emissions stands at only 0.004%, the country has committed to …": the
    # concession's share is a record, whatever the main clause pledges
    text = (
        "This NDC was submitted in 2025. It aims to cut emissions by 30% by 2035. Most of the statistics in this "
        "report were collected by the end of 2024.\n\n"
        "Although Ruritania's contribution to global greenhouse gas emissions stands at only 0.006%, the country has "
        "committed to advancing its emission reductions.\n\n"
        "While this decline appears minimal (less than 0.3%), it shows that no afforestation gains were made."
    )
    kinds = {r["value"]: r["kind"] for r in rows(text)}
    assert kinds["0.006"] == "actual" and kinds.get("0.3") != "target"


def test_levels_the_low_carbon_scenario_reaches_are_the_plans() -> None:
    base = "Ruritania will cut its emissions by 20% below business as usual by 2030. This NDC was submitted in 2020."
    text = f"{base}\n\nIn a low-carbon scenario, these emissions would increase to 1.64 tons per capita in 2030."
    assert ("1.64", "2030", "target") in {(r["value"], r["year"], r["kind"]) for r in rows(text)}


def test_a_past_frame_reporting_an_estimate_leaves_the_kind_to_the_clause_after_that() -> None:
    # "It has been estimated that by 2030 … will …": the frame's perfect reports a finding, the clause's future is a
    # goal; a clause after "that" in the past tense stays a record
    text = (
        "It has been estimated that by 2030 a total of 12 villages will include solar plants.\n\n"
        "It was calculated that by 2035 about 45% of households will cook with biogas.\n\n"
        "It was estimated that 40 villages had solar plants in 2019.\n\n"
        "In 2006, it was estimated that over 90% of households relied on charcoal for cooking."
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("12", "2030", "target"), ("45", "2035", "target"), ("40", "2019", "actual")} <= found
    assert ("90", "2006", "actual") in found


def test_a_past_participle_before_at_places_its_noun_and_reports_no_event() -> None:
    # "the landfill gas generated at Rivertown": where the gas comes about, not a past event; the action's deadline
    # makes the amount a goal ("was generated at" keeps its fact)
    text = (
        "Ruritania will cut its emissions by 20% below business as usual by 2035. This NDC was submitted in 2026.\n\n"
        "To capture and burn 120 GgCO2e, equivalent to 4 GgCH4 of the landfill gas generated at Rivertown Landfill "
        "until 2032.\n\n"
        "In 2020, 45 GWh of electricity was generated at the Rivertown plant.\n\n"
        "Solar street lighting (a total of 41,200 lights including 12,800 lights already installed at the end of 2021)."
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("0.12", "2032", "target"), ("0.045", "2020", "actual"), ("12800", "2021", "actual")} <= found


def test_items_under_a_heading_of_the_plans_key_or_strategic_actions_are_its_goals() -> None:
    # "Strategic actions of the CDN" over "Energy savings of 627 GWh (CDN)": undated items of the plan take its
    # deadline; a plan named "… Strategic Action Plan" heads no goals, and "Strategic Action 2 — …" numbers an item
    base = "Ruritania will cut its emissions by 20% below business as usual by 2035. This NDC came out in 2024.\n\n"
    for heading in ("Strategic actions of the NDC", "Key actions", "Measures under the NDC"):
        found = [(r["value"], r["year"], r["kind"]) for r in rows(f"{base}{heading}\n\nEnergy savings of 312.5 GWh\n")]
        assert ("0.3125", "2035", "target") in found, heading
    text = (
        f"{base}The National Strategic Action Plan 2012-2016\n\nThe plan lists the measures of the period.\n\n"
        "Greenhouse gas emissions\n\nIn 2014, 11.2 Gg CO2e came from the energy sector.\n\n"
        "Key actions\n\nStrategic Action 2 — Institutional arrangements for climate transparency.\n\n"
        "Pillar 3 - Peace building.\n\nAction 10% of industries adopt low-emitting wastewater treatment by 2035"
    )
    found = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("0.0112", "2014", "actual") in found
    assert ("10", "2035", "target") in found
    assert not {v for v, _, _ in found} & {"2", "3"}  # item numbers, no values


def test_a_resource_potential_is_no_cue_of_intent_but_a_mitigation_potential_is() -> None:
    # "… forests in 2024, more than 210 km of coastline and large hydro potential": the country's resource, so the
    # coastline is a record of 2024 too; "a mitigation potential of 12% by 2030" is still an outcome the plan aims at
    text = (
        "This NDC was submitted in 2026.\n\n"
        "Ruritania possesses rich natural capital: 4.2 million hectares of forests in 2024, more than 210 km of "
        "coastline and large hydro potential.\n\n"
        "The measures of the energy sector have a mitigation potential of 12% by 2030."
    )
    found = {(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)}
    assert {("4.2", "Mha", "2024", "actual"), ("210", "km", "2024", "actual")} <= found
    assert ("12", "%", "2030", "target") in found


def test_a_present_verb_of_composition_under_a_goals_heading_states_a_fact() -> None:
    # "Still, livestock make up 11% of national GHG emissions." under "3. Mitigation targets": how things are, no
    # goal of the section's (and, naming no year, no row); a verbless line under the heading is still its goal
    text = (
        "This NDC was submitted in 2021.\n\n3. Mitigation targets\n\n"
        "Still, livestock make up 14% of national GHG emissions.\n\n"
        "Waste makes up 6% of national GHG emissions.\n\n"
        "Renewables: 45% of electricity generation."
    )
    found = {(r["value"], r["kind"]) for r in rows(text)}
    assert ("14", "target") not in found and ("6", "target") not in found
    assert ("45", "target") in found


@pytest.mark.parametrize(
    "line",
    [
        "Forest conservation over 52,000 ha to curb degradation, resulting in reduction of 41.2 ktCO2/year.",
        "This leads to a reduction of 17.35 ktCO2/year.",
        "Efficient pumps that save power and has a reduction of 0.71 ktCO2e/year.",
        "Efficient boilers that cut fuel use hence 6.42 ktCO2eq/year emission reductions.",
    ],
)
def test_the_effect_a_measure_is_to_have_is_a_goal_without_a_word_of_record(line: str) -> None:
    # a measure's line that names the reduction it brings, with no verb or year of record: what it is to achieve
    text = f"Ruritania will cut its emissions by 20% by 2030.\n\nMitigation co-benefits\n\n{line}"
    found = [(r["kind"], r["year"]) for r in rows(text) if r["unit"] != "%"]
    assert found == [("target", "2030")]
    # a reduction the text records stays a record
    plan = "Ruritania will cut its emissions by 20% by 2030.\n\n"
    done = plan + "In 2019 the programme achieved a reduction of 3.1 ktCO2."
    assert [(r["kind"], r["year"]) for r in rows(done) if r["unit"] != "%"] == [("actual", "2019")]
    done = "Ruritania will cut its emissions by 20% by 2030.\n\nThe programme has meant the reduction of 1.7 MtCO2e."
    assert [r["kind"] for r in rows(done) if r["unit"] != "%"] in ([], ["actual"])
    done = "Ruritania will cut its emissions by 20% by 2030.\n\nThis change represents a reduction of 12.6%."
    assert [r["kind"] for r in rows(done) if r["value"] == "12.6"] in ([], ["actual"])
    cost = "Ruritania will cut its emissions by 20% by 2030.\n\nThe average cost of reducing one ton of CO2 is shown."
    assert [r for r in rows(cost) if r["unit"] != "%"] == []


def test_an_amount_on_a_line_of_its_own_opens_no_numbered_section() -> None:
    # "47.25 ktCO2eq" under "Target" reads like "47.25 Transport" (a section's number): an amount and its unit,
    # it keeps the goal the "Target" line above set
    text = (
        "Ruritania will cut its emissions by 20% by 2035.\n\n3.1.4 Energy – Transport\n\nSector\n\nEnergy\n\n"
        "Outcome\n\nCleaner transport for everyone.\n\nTarget\n\n(Gases covered)\n\n47.25 ktCO2eq\n\nCO2, CH4 and N2O"
    )
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text) if r["unit"] != "%"] == [
        ("0.04725", "target", "2035")
    ]


def test_the_reference_path_named_as_a_yardstick_makes_no_heading_of_facts_or_projections() -> None:
    # "18.4% savings of final energy consumption relative to BAU scenario", a line of its own: BAU is what the saving
    # is measured against, not the subject of a section of facts, so the next line's saving stays a goal; a heading
    # "Deviation from BAU type of target" opens no section of the reference path either
    lines = [
        "This NDC was submitted in 2022.",
        "Sectoral efficiency targets",
        "The plan is coherent with the following efficiency targets in 2031:",
        "Energy Efficiency",
        "18.4% savings of final energy consumption relative to BAU scenario",
        "29.1% savings of primary energy consumption",
        "relative to BAU scenario",
        "Deviation from BAU type of target in 2031",
        "Absolute emission reduction in 2031 compared to BAU: 4,310 Gg CO2-eq",
    ]
    found = got("\n\n".join(lines), "kind", "year")
    assert [f for f in found if f[0] in ("18.4", "29.1", "4.31")] == [
        ("18.4", "target", "2031"),
        ("29.1", "target", "2031"),
        ("4.31", "target", "2031"),
    ]


def test_a_cut_under_the_bau_scenario_is_measured_against_it_and_an_earlier_plans_bau_is_still_bau() -> None:
    # "by 4% under the BAU scenario": the plan's cut, BAU its yardstick; "BAU emissions from the first NDC for 2025
    # are …": the reference's own levels, which an earlier plan named as their source does not make the plan's
    from tests.test_extractor import rows

    text = (
        "Ruritania, 2021.\n\n"
        "Ruritania commits to unconditionally cut power use through efficiency by 4% under the BAU scenario and to"
        " conditionally cut power use through efficiency by 9% under the BAU scenario in 2030.\n\n"
        "BAU emissions from the first NDC for 2025 are 512 GgCO2e. Power use would grow by 30% under the BAU scenario."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert got == {("4", "2030", "target"), ("9", "2030", "target")}
    # a level the change starts from under the reference stays the reference's; the amount of a cut is the plan's
    levels = (
        "Ruritania, 2021.\n\nWith mitigation measures, emissions will decrease from 9,140 ktCO2e in the reference"
        " scenario to 8,020 ktCO2e in the unconditional scenario in 2030.\n\nThis is a cumulative reduction of"
        " emissions of 41 million tonnes CO2-e in the BAU scenario by 2035."
    )
    values = {r["value"] for r in rows(levels)}
    assert "9.14" not in values and {"8.02", "41"} <= values


def test_in_this_scenario_takes_the_reference_the_sentence_before_named() -> None:
    from tests.test_extractor import rows

    text = (
        "Ruritania, 2020.\n\n"
        "The reference point was quantified under a business-as-usual (BAU) scenario of emission projections. In this"
        " scenario, 612 MtCO2e were quantified in 2030.\n\n"
        "The plan follows a mitigation pathway. In this scenario, emissions reach 410 MtCO2e in 2030.\n\n"
        "Kilns would save 1,740 kt in 2030 compared to the BAU scenario. In this scenario, the expected reduction is"
        " 20% of the carbon intensity by 2025 and 50% by 2030."
    )
    assert {r["value"] for r in rows(text)} == {"410", "1.74", "20", "50"}  # a cut the sentence names is the plan's


def test_an_amount_in_brackets_after_a_cut_is_the_cut_not_the_reference_level() -> None:
    # "under the business as usual scenario … or by 52% (21,000 Gg)": the tonnes restate the cut; a level of the
    # scenario itself stays out
    text = (
        "Ruritania, 2021.\n\n"
        "Reduce emissions by at least 30% (12,000 Gg CO2 eq.) by 2035 against a base year of 2015 under the business "
        "as usual scenario with limited support or By 52% (21,000 Gg CO2 eq.) with substantial support.\n\n"
        "Under the business as usual scenario emissions reach 40,300 Gg CO2 eq. (62% above 2015) by 2035."
    )
    assert {r["value"] for r in rows(text)} == {"30", "12", "52", "21"}


def test_a_participle_after_a_future_of_see_or_have_and_its_object_is_a_goal() -> None:
    # "this NDC will see emissions from power generation reduced by 512 kt": the future's, no past reduction
    text = (
        "This NDC was submitted in 2025. Ruritania will cut its emissions by 20% by 2035.\n\n"
        "Cumulatively, this NDC will see emissions from power generation reduced by 512 kt CO2 eq overall."
    )
    cut = next(r for r in rows(text) if r["value"] == "0.512")
    assert (cut["year"], cut["kind"]) == ("2035", "target")
    # a past reduction stays a record
    past = rows("This NDC was submitted in 2025.\n\nIn 2022, the programme saw emissions reduced by 48 kt CO2 eq.")
    assert [(r["value"], r["kind"]) for r in past] == [("0.048", "actual")]


def test_a_heading_over_what_is_done_and_what_is_planned_leaves_each_line_its_own_kind() -> None:
    # "Existing and Planned Measures" heads records and goals alike: an inventory's verbless breakdown under it keeps
    # the year and the record of the total it breaks down; "Planned Measures" alone makes such lines goals
    lines = (
        "Power sector\n\nAccording to the Third National Communication, national emissions in 2018 were 25.0 Gg "
        "CO2e.\n\nElectricity: 9.2 GgCO2e (37% of total emissions)\n"
    )
    expected = [("0.025", "2018", "actual"), ("0.0092", "2018", "actual"), ("37", "2018", "actual")]
    assert got("Existing and Planned Measures\n\n" + lines, "year", "kind") == expected
    assert got("Current and planned mitigation actions\n\n" + lines, "year", "kind") == expected
    assert [kind for _, kind in got("Planned Measures\n\n" + lines, "kind")] == ["actual", "target", "target"]


def test_money_a_body_funded_is_a_record_not_a_goal_of_the_plan() -> None:
    # "funded a US$9 million installation": an active past with its object, so a record; undated, it is one
    # of the present year (it had been the goal of the plan's headline year); "funded by the bank" is a participle
    text = (
        "Freedonia will cut emissions by 30% by 2030.\n\n"
        "The ministry also funded a US$9 million installation of mini-grids on three islands.\n\n"
        "Two projects, funded by the development bank, will add 2 MW of solar PV.\n"
    )
    expected = [("30", "2030", "target"), ("0.009", "2024", "actual"), ("0.002", "2030", "target")]
    assert got(text, "year", "kind") == expected


def test_a_deadline_of_the_documents_own_year_in_a_report_of_progress_is_a_record() -> None:
    """ "has made progress …, with an installed capacity of 2150 MW by 2020" in a plan of March 2020: what the text
    reports as reached by its own year is a record; a later deadline stays a goal."""
    text = (
        "Nationally Determined Contribution of Ruritania\n\nMarch 2020\n\nA review confirms that the country has made "
        "progress towards its goals, with an installed capacity of 2150 MW by 2020. It will install 4 GW by 2030."
    )
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("2.15", "actual"), ("4", "target")]


def test_a_participle_of_result_after_a_past_event_reports_what_it_brought_about() -> None:
    """ "…were built, reaching 41% until 2019": the share the past event brought about, a record, though the year
    follows "until" as a deadline would; a past clause that only aims at a level keeps it a goal."""
    built = (
        "Ruritania, 2 May 2021.\n\nBetween 2012 and 2018, 120 MW of wind farms were built in Ruritania, reaching 41%"
        " of the generation mix until 2019."
    )
    assert {r["value"]: (r["kind"], r["year"]) for r in rows(built)}["41"] == ("actual", "2019")
    aimed = "Ruritania, 2 May 2021.\n\nThe strategy was adopted in 2015, aiming to reach 30% of the power mix by 2020."
    assert {r["value"]: (r["kind"], r["year"]) for r in rows(aimed)}["30"] == ("target", "2020")


def test_a_present_fact_told_with_attains_or_reaches_is_no_goal_of_the_section() -> None:
    """A sentence whose verb tells how far the country is ("attains", "reaches") is no verbless goal line, whatever
    the section above: undated, it has no row."""
    text = (
        "Ruritania, 2 May 2021.\n\nMitigation target\n\nRuritania intends to cut emissions 20% below 2005 by 2030."
        "\n\nRuritania attains very high levels of water reuse (85%).\n\n"
        "Ruritania reaches a renewable share of 40% (hydro)."
    )
    assert [r["value"] for r in rows(text)] == ["20"]


def test_a_state_told_in_the_perfect_by_a_future_deadline_is_a_goal() -> None:
    """ "Goal (4) 100% drinking water coverage has been achieved … by 2030": the state the plan is to reach by then
    (the perfect names no past event); by a deadline already past, the perfect reports one."""
    text = (
        "Ruritania, 2 May 2022.\n\nGoal (4) 100% drinking water coverage has been achieved with resilient service"
        " delivery systems by 2030.\n\nIn the capital, coverage of 80% has been achieved by 2021.\n\n"
        "Grid losses have been reduced from 45% in 2013 to 28% by 2016, with a plan to reduce them to 17% by 2030."
    )
    got = {r["value"]: (r["kind"], r["year"]) for r in rows(text)}
    assert got["100"] == ("target", "2030")
    assert got["80"] == ("actual", "2021")
    assert got["28"] == ("actual", "2016")


def test_a_level_it_would_have_reached_under_bau_is_the_reference_not_a_goal() -> None:
    """ "… to 2.9 t by 2030, compared to the 3.6 t it would have increased to under the BAU scenario": the relative
    clause of what would have been stands between the level and its scenario; the level is the reference path's."""
    text = (
        "Ruritania, 2 May 2015.\n\nRuritania expects its per capita emissions to fall to 2.9 tCO2-eq by 2030, compared"
        " to the per capita emissions of 3.6 tCO2-eq it would have increased to under the BAU scenario."
    )
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("2.9", "target")]


def test_a_concession_opened_by_despite_states_a_fact_the_main_clauses_yardstick_does_not_reach() -> None:
    """ "Despite contributing less than 1% to global emissions, X commits to 15% below BAU": the share is the
    concession's fact, not a cut measured against BAU (undated, it has no row)."""
    text = (
        "Ruritania, 2 May 2025. This NDC covers 2026-2035.\n\nDespite contributing less than 1% to global GHG"
        " emissions, Ruritania commits to a 15% reduction below BAU emission levels.\n\n"
        "In spite of a 0.4% share of global emissions, Ruritania will cut emissions 20% below BAU."
    )
    assert [r["value"] for r in rows(text)] == ["15", "20"]


def test_a_target_for_a_named_period_after_it_is_due_at_the_periods_end() -> None:
    text = (
        "Ruritania, 2 May 2025.\n\nThe targets are to reduce cumulative GHG emissions by 20.09% for the reference"
        " period from 2026-2035 and by 15.61% for the mid-period from 2026-2030."
    )
    assert {r["value"]: r["year"] for r in rows(text)} == {"20.09": "2035", "15.61": "2030"}


def test_money_committed_is_money_allotted_a_fact_and_committing_to_a_level_is_a_goal() -> None:
    text = (
        "Oman submitted this NDC in 2023.\n\nIn 2021 the Government committed USD 40 million to the programme.\n\n"
        "Oman is committed to reduce emissions by 7% by 2030."
    )
    got = {r["value"]: (r["kind"], r["year"]) for r in rows(text)}
    assert got["0.04"] == ("actual", "2021") and got["7"] == ("target", "2030")


def test_an_undated_participle_line_under_the_plans_measures_is_a_goal() -> None:
    """ "Action: Charcoal production reduced by 40%" under a measure of the plan: a verbless line whose participle
    names the state to reach; a dated one reports."""
    text = (
        "Ruritania, 2 May 2025.\n\nRuritania will reduce its emissions by 20% by 2035.\n\nMitigation measures\n\n"
        "Action: Charcoal production reduced by 40%\n\nAction: In 2019, charcoal kilns upgraded by 12%"
    )
    got = {r["value"]: (r["kind"], r["year"]) for r in rows(text)}
    assert got["40"] == ("target", "2035") and got["12"] == ("actual", "2019")


def test_a_goal_stated_in_the_past_is_still_a_goal() -> None:
    """ "In 2016 the plan was to plant 30,000 ha by 2020": what a plan set out to do, however long ago and whatever
    came of it, is a goal, not a record of what was planted."""
    text = "Ruritania, 2 May 2021.\n\nIn 2016 the plan was to plant 30,000 ha of mangroves by 2020."
    assert [(r["year"], r["kind"]) for r in rows(text)] == [("2020", "target")]
    text = "Ruritania, 2 May 2021.\n\nThe goal was to reach 35% renewable power by 2020, and 27% was reached."
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("35", "target"), ("27", "actual")]


def test_a_yearly_goal_summed_over_its_years_restates_it() -> None:
    """ "plant 6,000 ha per year for 5 years, i.e. 30,000 ha from 2016 to 2020": the sum restates the planned yearly
    rate, so it is the same past plan's goal, not a record of the area planted."""
    text = (
        "Ruritania, 2 May 2021.\n\nUnder the first NDC it was planned to plant 6,000 ha per year for 5 years, i.e."
        " 30,000 ha from 2016 to 2020."
    )
    assert ("30,000 ha", "2020", "target") in {(r["value_raw"], r["year"], r["kind"]) for r in rows(text)}


def test_a_level_set_in_brackets_inside_the_references_name_is_the_references() -> None:
    """ "compared to emissions from the status quo (310 Mt CO2e) scenario": the bracket sits inside the name of the
    reference path, so its level is the projection's, no goal; the cut and its amount stay the plan's ("below BAU
    (3.1 Mt)", a bracket after the name, still holds the cut)."""
    text = (
        "Ruritania, 2 May 2015.\n\nRuritania will cut its emissions by 12% by 2030 compared to emissions from the"
        " status quo (310 Mt CO2e) scenario, a reduction of about 37 MtCO2e."
    )
    assert {r["value_raw"] for r in rows(text)} == {"12%", "37 MtCO2e"}
    text = "Ruritania, 2 May 2015.\n\nRuritania will cut emissions 20% below BAU (3.1 Mt) by 2030."
    assert {r["value_raw"] for r in rows(text)} == {"20%", "3.1 Mt"}


def test_measures_identified_for_a_plan_cost_what_the_plan_needs() -> None:
    """ "Six measures have been identified for implementation up to 2030 at a total cost of 420 M USD": the
    identifying is the past event; the measures it chose, and their cost, are the plan's, so the cost is a need
    (a goal), while money that "has been spent" stays a record."""
    text = (
        "Ruritania, 2 May 2021.\n\nSix measures comprising 14 actions have been identified for implementation up to"
        " the year 2030 at a total cost of 420 M USD."
    )
    assert [(r["value_raw"], r["year"], r["kind"]) for r in rows(text)] == [("420 M USD", "2030", "target")]
    text = text.replace("have been identified", "have been spent")
    assert [r["kind"] for r in rows(text)] != ["target"]


def test_a_hedged_explanation_is_no_intent() -> None:
    """ "This may be explained by the reliance of 85% of households on charcoal": "may" hedges an explanation of a
    fact, it states no goal (while "85% of households may switch to LPG by 2030" is an outcome the plan expects)."""
    text = (
        "Ruritania, 2 May 2021.\n\nForest loss in 2019 may be explained by the reliance of 85% of households on"
        " charcoal in 2019."
    )
    assert [(r["value_raw"], r["kind"]) for r in rows(text)] == [("85%", "actual")]
    text = "Ruritania, 2 May 2021.\n\nWith the new grid, 85% of households may switch to LPG by 2030."
    assert [(r["value_raw"], r["kind"]) for r in rows(text)] == [("85%", "target")]


def test_a_share_of_the_worlds_emissions_is_a_record_whatever_goal_follows() -> None:
    """ "Ruritania accounts for 0.03% of global emissions and commits to …", "Although it contributes only 0.03% of
    global emissions, it will …": the country's standing among emitters is a record, of a year of its own clause,
    never a goal dated by the deadline the sentence goes on to set (undated, it has no determinable year)."""
    opening = "Ruritania, 2 May 2021.\n\n"
    for line in (
        "Ruritania accounts for 0.03% of global emissions and commits to cut its emissions by 25% by 2030.",
        "Although Ruritania contributes only 0.03% of global emissions, it will cut its emissions by 25% by 2030.",
    ):
        assert [(r["value_raw"], r["year"], r["kind"]) for r in rows(opening + line)] == [("25%", "2030", "target")]
    dated = "Ruritania, which emitted 0.03% of global emissions in 2018, will cut its emissions by 25% by 2030."
    assert ("0.03%", "2018", "actual") in {(r["value_raw"], r["year"], r["kind"]) for r in rows(opening + dated)}


def test_a_sectors_share_of_emissions_stated_as_its_standing_is_a_record() -> None:
    """ "The energy sector, which accounts for about 85% of total emissions, will offer the largest cuts by 2030": the
    sector's part of the inventory is a record (undated here, so no row), not a goal of 2030; a share restating an
    amount before it ("a cut of 3 Mt in 2030, which represents 11% of baseline emissions") is the amount's kind."""
    opening = "Ruritania, 2 May 2021.\n\n"
    text = (
        opening
        + "The energy sector, which accounts for about 85% of total emissions, will offer the largest cuts by 2030."
    )
    assert rows(text) == []
    text = (
        opening + "In 2018 the energy sector accounted for 85% of total emissions and it will cut them by 30% by 2030."
    )
    assert {(r["value_raw"], r["year"], r["kind"]) for r in rows(text)} == {
        ("85%", "2018", "actual"),
        ("30%", "2030", "target"),
    }
    text = opening + "Ruritania will make a cut of 3 Mt in 2030, which represents 11% of baseline emissions."
    assert ("11%", "2030", "target") in {(r["value_raw"], r["year"], r["kind"]) for r in rows(text)}


def test_an_effect_a_past_verb_reports_is_a_record() -> None:
    """ "The forestry sector contributed to a reduction of 61.2 ktCO2e through sequestration", after a paragraph on
    the 2022 inventory: what the sector brought about is a record of that year, not the effect a measure is to have
    ("This measure will lead to a reduction of 147 kt by 2030" still is one)."""
    text = (
        "Ruritania, 2 May 2025.\n\nRuritania will cut its emissions by 20% by 2035.\n\nIn 2022, total emissions"
        " stood at 812.4 ktCO2e. The forestry sector contributed to a reduction of 61.2 ktCO2e through sequestration."
    )
    assert ("61.2 ktCO2e", "2022", "actual") in {(r["value_raw"], r["year"], r["kind"]) for r in rows(text)}
    text = "Ruritania, 2 May 2025.\n\nThis measure will lead to a reduction of 147 kt by 2030."
    assert [(r["value_raw"], r["year"], r["kind"]) for r in rows(text)] == [("147 kt", "2030", "target")]


def test_the_budget_of_the_ndc_is_what_the_plan_needs() -> None:
    """ "Currently, it is estimated the budget for the updated NDCs is US$4.8 billion": the plan's budget is money it
    needs, a goal due by its deadline, however the estimate is dated."""
    text = (
        "Ruritania, 2 May 2021.\n\nRuritania will cut its emissions by 20% by 2030.\n\nCurrently, it is estimated the"
        " budget for the updated NDCs is US$4.8 billion."
    )
    assert ("US$4.8 billion", "2030", "target") in {(r["value_raw"], r["year"], r["kind"]) for r in rows(text)}


def test_a_cost_counted_above_bau_is_an_increment_not_a_bau_level() -> None:
    # "additional costs above BAU": the reference is the yardstick of the increment, not the level the number
    # states; the clause before the semicolon keeps no yardstick of the next one
    text = (
        "Freedonia's investment needs for 2026-2035 are put at EUR 42 billion; counting only the extra costs "
        "above BAU, needs are EUR 16.3 billion."
    )
    assert got(text, "year", "baseline") == [("42", "2035", ""), ("16.3", "2035", "")]


def test_what_it_is_possible_to_achieve_is_the_plans_prospect_not_a_record() -> None:
    # "It is possible to reduce … by 45%" under a subtitle dated by its share of a past year: a prospect of the plan,
    # due at its deadline, not a fact of that year; "close to 1990 values" names the yardstick, not the year
    text = (
        "Intended Nationally Determined Contribution of Freedonia\n\n"
        "Freedonia will cut the emission intensity of its economy by 2035.\n\n"
        "Rice cultivation\n\n"
        "(11% of CH4 emissions in 2012)\n"
        "Although most methane comes from cattle, about 7% of CH4 emissions come from rice. It is possible to "
        "reduce the emission intensity of rice per tonne by 28%, from 1990 levels, by means of its own budget. It is "
        "possible to keep the intensity of fertiliser use close to 2005 values, and it would be possible to cut it "
        "by up to 35% with support."
    )
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert {("11", "2012", "actual"), ("28", "2035", "target"), ("35", "2035", "target")} <= got


def test_money_a_plan_draws_from_the_state_budget_is_the_plans() -> None:
    # "from the state budget" names where the plan's money comes from, not the country's budget as a statistic
    text = (
        "Ruritania, 2 May 2024.\n\n"
        "Regarding the costing, EUR 640 million are needed for 2025-2029, of which EUR 95 million from the state "
        "budget and EUR 545 million from development partners."
    )
    got = {(r["value"], r["unit"], r["year"]) for r in rows(text)}
    assert ("0.095", "EUR billion", "2029") in got
    assert not rows("Ruritania, 2 May 2024.\n\nIn 2023 the state budget was EUR 4.1 billion.")


def test_a_reference_that_shows_what_will_come_frames_the_clause_after_it() -> None:
    # the BAU projection as the subject of "indicates that": the level it foresees is its own, not the plan's
    text = (
        "Ruritania, 2 May 2021.\n\nIn 2012, emissions were about 310 kt CO2e, and the BAU projection indicates that, "
        "given the expected growth, emissions will reach 455 kt CO2e by 2035."
    )
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("0.31", "actual", "2012")]
    climb = "The reference scenario shows emissions will climb to 8.1 MtCO2e in 2040."
    assert rows(f"Ruritania, 2 May 2021.\n\n{climb}") == []
    # a cut it shows is the plan's
    text = "Ruritania, 2 May 2021.\n\nThe BAU scenario shows that the measures will cut emissions by 14% in 2035."
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("14", "target", "2035")]


def test_a_restated_projection_measured_against_a_past_year_is_the_projections_own_path() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nForestry emissions are projected under BAU to reach 12.0 MtCO2e in 2030 and 12.6 "
        "MtCO2e in 2035. This represents an increase of 4% and 9%, respectively, compared to 2019 levels."
    )
    assert rows(text) == []
    # a cut the plan makes, restated after the projection, stays the plan's
    text = (
        "Ruritania, 2 May 2021.\n\nForestry emissions are projected under BAU to reach 12.0 MtCO2e in 2030. This "
        "represents a reduction target of 15% compared to 2019 levels by 2030."
    )
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("15", "target", "2030")]


def test_what_a_past_act_is_to_bring_about_by_a_deadline_is_a_goal() -> None:
    text = (
        "Ruritania, 2 May 2023.\n\nIn 2021, two decrees were adopted to ensure that at least 45% (900 MW) of the "
        "installed capacity comes from solar and wind plants by 2032."
    )
    got = [(r["value"], r["kind"], r["year"]) for r in rows(text)]
    assert got == [("45", "target", "2032"), ("0.9", "target", "2032")]
    # what the act itself did stays a record
    text = "Ruritania, 2 May 2023.\n\nIn 2021, a fund of USD 0.4 billion was set up to ensure a steady supply."
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("0.4", "actual", "2021")]


def test_a_goal_word_in_a_consequence_after_a_comma_is_no_cue_of_the_fact_before_it() -> None:
    # the fact of the present has no year (dropped), whatever "potential" the participle after it names
    text = (
        "Ruritania, 2 May 2023.\n\nRuritania will cut its emissions by 30% by 2035.\n\nAbout 70% of heat is "
        "produced from wood, making households dependent on forests while also offering potential for cleaner stoves."
    )
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("30", "target", "2035")]
    # a goal the sentence sets before such a participle stays one
    text = "Ruritania, 2 May 2023.\n\nSolar will supply 25% of power by 2035, making it the largest source."
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("25", "target", "2035")]


def test_a_concession_set_apart_by_a_tab_states_a_fact_the_main_clauses_deadline_does_not_date() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nFairness and ambition;\tAlthough Ruritania's share of global emissions amounts "
        "to about 0.3 percent, it has set a target to cut its emissions per unit of GDP by 40 percent by 2035."
    )
    got = [(r["value"], r["kind"], r["year"]) for r in rows(text)]
    assert got == [("0.3", "actual", "2021"), ("40", "target", "2035")]


def test_a_line_the_reference_path_labels_with_a_dash_is_projected() -> None:
    # "The Baseline scenario (BAU) - by 28 percent by 2030 and by 47 percent by 2035": every value of the line is
    # the reference path's; the next line, labelled by another path, is read on its own
    text = (
        "Ruritania, 2025.\n\nEmissions are projected to rise above the 2022 level under two scenarios:\n\n"
        "The Baseline scenario (BAU) - by 28 percent by 2030 and by 47 percent by 2035\n\n"
        "The Measures scenario - by 3 percent by 2030."
    )
    assert got(text, "year") == [("3", "2030")]
    # a minus glued to the reference is a cut from it: "to BAU-16% by 2020"
    assert got("Ruritania will further reduce emissions to BAU-16% by 2030.", "year") == [("16", "2030")]


def test_a_verbless_line_naming_a_cut_and_its_amount_is_a_change_the_plan_makes() -> None:
    # "Decrease in X by N", "Reduction of X by N": a line of the plan's actions with no verb, read as its goals (in a
    # plan whose horizon is 2030); the same noun after a past verb is what happened
    text = (
        "Ruritania, 2 May 2021.\n\nRuritania will cut its emissions by 12% by 2030.\n\n"
        "Actions of the NDC\tPower savings of 210 GWh (NDC) Decrease in peak demand for electricity by 64 MW (NDC)\n\n"
        "- Reduction of fuelwood consumption by 18%.\n\nThe last programme led to a reduction of peak demand by 9 MW."
    )
    got = {(r["value"], r["unit"]): (r["kind"], r["year"]) for r in rows(text)}
    assert got[("0.064", "GW")] == ("target", "2030")
    assert got[("18", "%")] == ("target", "2030")
    assert ("0.009", "GW") not in got


def test_efforts_to_achieve_a_value_make_it_a_goal_unless_they_were_made() -> None:
    # "is undertaking ambitious efforts across the economy to achieve a 44% cut": the result the efforts are for
    text = (
        "Ruritania, 2 May 2025.\n\nRuritania will meet its goals by 2036. Although Ruritania emitted about 0.3% of "
        "global net GHG emissions in 2018, with a GDP per capita of about USD 6,100, it is undertaking ambitious "
        "efforts across the whole economy to achieve a 44% reduction in net emissions from the 2018 baseline."
    )
    got = [(r["value"], r["kind"], r["year"], r["base_year"]) for r in rows(text) if r["value"] == "44"]
    assert got == [("44", "target", "2036", "2018")]  # (the concession's year dates its own fact only)
    # efforts made are a record: "Significant efforts have been made to achieve a clean grid, reaching 91% …"
    made = "Significant efforts have been made to achieve a clean grid, reaching 91% renewable electricity in 2021."
    assert [(r["value"], r["kind"]) for r in rows(made)] == [("91", "actual")]
