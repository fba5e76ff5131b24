"""Peak, neutrality, net-zero and phase-out years (sentences written for these tests)."""

from __future__ import annotations

from tests.test_extractor import rows


def milestones(text: str) -> list[tuple[str, str, str]]:
    return [(r["value"], r["qualifier"], r["kind"]) for r in rows(text) if r["unit"] == "year"]


def test_deadlines_give_the_qualifier() -> None:
    text = "The country will peak its emissions before 2027 and reach net zero by 2055."
    assert milestones(text) == [("2027", "<", "target"), ("2055", "<=", "target")]


def test_a_year_written_as_the_milestones_attribute_wins_over_the_date_of_an_act() -> None:
    text = "In 2019 the republic declared 2055 carbon neutrality in 2021 and set its plans in motion."
    assert milestones(text) == [("2055", "=", "target")]


def test_a_goals_year_wins_over_the_date_it_was_communicated() -> None:
    text = "The law was amended in 2024.\n\nThe long-term target for 2060 communicated in 2016 was raised to net zero."
    assert milestones(text) == [("2060", "=", "target")]


def test_a_milestone_in_the_documents_past_is_an_actual() -> None:
    text = "The law was amended in 2024.\n\nSince reaching their peak in 2016, emissions have fallen every year."
    assert milestones(text) == [("2016", "=", "actual")]


def test_phase_out_years_are_milestones() -> None:
    text = "The inventory was published in 2023.\n\nThe government will complete the coal phase-out by 2034."
    assert milestones(text) == [("2034", "<=", "target")]
    text = "The inventory was published in 2023.\n\nZero routine gas flaring is to be achieved by 2029."
    assert milestones(text) == [("2029", "<=", "target")]
    # flaring's end in other words: "work towards ending gas flaring by 2029", "eliminate routine flaring by 2029"
    for goal in ("Work towards ending gas flaring by 2029", "Ruritania will eliminate routine flaring by 2029."):
        assert milestones(f"The inventory was published in 2023.\n\n{goal}") == [("2029", "<=", "target")]
    done = (
        "The report was published in 2025.\n\n"
        "In October 2024 the country was the first in its region to achieve coal power phase out."
    )
    assert milestones(done) == [("2024", "=", "actual")]


def test_a_global_milestone_is_not_the_countrys() -> None:
    assert milestones("Science calls for global emissions to peak before 2025 at the latest.") == []
    # the world named right after the keyword: "net zero global emissions"
    text = "Ruritania will write a long-term strategy in line with reaching net zero global emissions by 2052."
    assert milestones(text) == []
    assert milestones("Ruritania will reach net zero emissions by 2052.") == [("2052", "<=", "target")]


def test_a_peak_within_a_window_of_years_gives_both_ends() -> None:
    found = rows("Ruritania's emissions are expected to peak between 2028 and 2033.")
    got = [(r["value"], r["qualifier"], r["kind"]) for r in found]
    assert got == [("2028", ">=", "target"), ("2033", "<=", "target")]


def test_a_change_from_the_peak_level_sets_no_peak_year() -> None:
    found = rows("It will achieve an absolute reduction of 12-25 MtCO2e by 2035 from the peak level.")
    assert [r["unit"] for r in found] == ["Mt CO2e", "Mt CO2e"]


def test_a_footnote_fused_to_a_milestones_year_is_not_part_of_it() -> None:
    found = rows("The Climate Doctrine sets the long-term objective of carbon neutrality by 20603.")
    assert [(r["value"], r["qualifier"]) for r in found] == [("2060", "<=")]


def test_a_milestone_in_the_year_named_with_its_noun() -> None:
    text = "The law was amended in 2024.\n\nEmissions peaked in the year 2008 at 41.2 Mt CO2e, the highest yet."
    assert milestones(text) == [("2008", "=", "actual")]


def test_an_opening_deadline_frames_a_milestone_its_sentence_sets_out_to_achieve() -> None:
    text = (
        "By 2040, the republic will plant 2 million trees across its uplands and coasts; achieve zero net "
        "deforestation, stop illegal logging; and halve wood fuel use."
    )
    assert milestones(text) == [("2040", "<=", "target")]  # ending deforestation is a milestone the frame dates
    text = "By 2040, the republic will restore 80,000 ha of its uplands and coasts; achieve net-zero deforestation."
    assert milestones(text) == [("2040", "<=", "target")]
    text = "By 2040, emissions will fall by a third, on the way to net zero."  # no verb of attaining: no milestone
    assert milestones(text) == []
    text = "By 2040, the republic will double its solar share on the path to achieve climate neutrality by mid-century."
    assert milestones(text) == []


def test_a_milestone_around_a_year_is_approximate() -> None:
    assert milestones("Ruritania will stabilise its emissions with the aim of peaking around 2031.") == [
        ("2031", "~", "target")
    ]
    assert milestones("Our emissions peaked around 2008 and have declined since.") == [("2008", "~", "actual")]


def test_the_peak_of_a_scenario_described_or_of_something_else_is_no_goal() -> None:
    # a model's path ("RCP6 assumes …"), the science's finding, and a population or a price that peaks
    assert milestones("RCP6, which assumes that GHG emissions peak around 2085, was used for the projections.") == []
    assert milestones("The IPCC found that CO2 emissions reach net zero around 2055 in such pathways.") == []
    assert milestones("The population is projected to grow to 141,000 by 2044 and peak at 150,000 around 2071.") == []
    assert milestones("Since the price of copper peaked in 2012, mining revenue has fallen.") == []
    # the plan's own milestone in the same breath as the science stays
    text = "In line with the IPCC report, the target for 2050 has been raised to net zero emissions by 2050."
    assert milestones(text) == [("2050", "<=", "target")]


def test_ending_deforestation_by_a_year_is_a_milestone() -> None:
    assert milestones("Ruritania commits to eliminating illegal deforestation by 2029.") == [("2029", "<=", "target")]
    assert milestones("The plan aims at zero net deforestation by 2032 in the lowlands.") == [("2032", "<=", "target")]
    assert milestones("Deforestation fell by 20% in 2019 as patrols grew.") == []  # a change of it, no milestone


def test_the_peak_of_a_solar_unit_is_no_peak_year() -> None:
    # "megawatt-peak" names a solar module's rated power, not a peak of emissions
    assert milestones("Ruritania expects to reach 410 megawatt-peak of rooftop solar in 2026.") == []
    assert milestones("Emissions of the power sector will peak in 2027.") == [("2027", "=", "target")]


def test_land_degradation_neutrality_is_a_milestone_year() -> None:
    got = rows("Ruritania aims to reach land degradation neutrality by 2035, in line with the convention.")
    assert [(r["value"], r["unit"], r["year"], r["kind"]) for r in got] == [("2035", "year", "2035", "target")]


def test_a_peak_and_a_phase_out_in_other_words() -> None:
    text = "The plan was adopted in 2024.\n\nThe pathway implies reaching a maximum of national emissions by 2027."
    assert milestones(text) == [("2027", "<=", "target")]
    text = "The plan was adopted in 2024.\n\nPlanned retirement of all oil-fired power stations by 2031."
    assert milestones(text) == [("2031", "<=", "target")]
    # a maximum that is no emission's peak
    assert milestones("The plan was adopted in 2024.\n\nHeat will reach a maximum of 46 degrees by 2050.") == []
    text = "The plan was adopted in 2024.\n\nEmissions are to reach a maximum level of 61.5 MtCO2e in 2030."
    assert milestones(text) == []  # a cap, no peak year


def test_until_and_not_later_than_set_a_milestones_deadline_but_not_how_long_a_state_holds() -> None:
    # a translation's "until" and "not later than" after the milestone are its deadline
    assert milestones("The republic will cut emissions by 40% by 2030, reaching carbon neutrality until 2065.") == [
        ("2065", "<=", "target")
    ]
    assert milestones("The plan is consistent with net zero GHG emissions not later than 2055.") == [
        ("2055", "<=", "target")
    ]
    # "until" before the milestone ends another state; a state kept "until" a year is reached already
    assert milestones("Emissions will keep growing until 2032 and peak thereafter.") == []
    assert milestones("The kingdom commits to remain carbon neutral until 2040.") == []


def test_peak_as_a_nouns_modifier_names_no_milestone() -> None:
    # "peak hour", "peak capacity", "peak times": the busiest hour, the largest load, not emissions peaking
    base = "Ruritania will cut its emissions by 20% below business as usual by 2030. This NDC was submitted in 2015."
    text = (
        f"{base}\n\nTransport: to cut carbon dioxide emissions from morning peak hour traffic by 35% by 2035.\n\n"
        "The plan sets renewable energy targets of 7% of peak capacity by 2025.\n\nRuritania's emissions will peak "
        "by 2028."
    )
    years = {r["value"] for r in rows(text) if r["unit"] == "year"}
    assert years == {"2028"}


def test_neutrality_of_ghg_and_a_peak_glossed_in_brackets_are_milestones() -> None:
    # "reach GHG neutrality by 2050", "greenhouse gas neutrality"; "a GHG emissions maximum (peak) by 2025": the
    # bracketed keyword glosses the word before it, and the deadline after the bracket is the milestone's
    text = (
        "In 2020 Ruritania updated its NDC.\n\nRuritania will seek to reach GHG neutrality by 2055.\n\n"
        "Ruritania commits to an emission budget, with a GHG emissions maximum (peak) by 2026, and a GHG emission "
        "level of 70 MtCO2eq by 2030.\n\nIts neighbour aims at greenhouse gas neutrality in 2060."
    )
    found = {(r["value"], r["unit"], r["qualifier"]) for r in rows(text)}
    assert {("2055", "year", "<="), ("2026", "year", "<="), ("70", "Mt CO2e", "=")} <= found


def test_net_zero_in_other_words_is_a_milestone() -> None:
    # "reducing net emissions to zero before 2050": net zero said with "emissions to zero" (not "to zero waste sites")
    text = (
        "In 2022 the State updated its NDC.\n\nThe State is committed to reducing net emissions to zero before 2055."
        "\n\nRuritania will bring its greenhouse gas emissions to net zero by 2060.\n\n"
        "Emissions to zero waste landfill sites will drop by 30% by 2030."
    )
    found = {(r["value"], r["unit"], r["qualifier"]) for r in rows(text)}
    assert {("2055", "year", "<"), ("2060", "year", "<=")} <= found
    assert ("2030", "year", "<=") not in found


def test_a_deadline_before_and_ends_the_goal_before_the_milestone() -> None:
    # "… by 2030 and net zero by 2050": the nearer year closes the cut before "and"; the milestone has its own
    text = (
        "The plan was adopted in 2024.\n\n"
        "It will cut transport emissions 35% below 2015 levels by 2031 and net zero emissions of the sector by 2052."
    )
    assert ("2052", "<=", "target") in milestones(text)
    assert ("2031", "<=", "target") not in milestones(text)
    # (a year opening the sentence still dates the milestone its clause reaches)
    text = "The plan was adopted in 2024.\n\nBy 2055, Ruritania will reach net zero, as announced in 2023."
    assert milestones(text)[0][0] == "2055"


def test_a_decarbonisation_made_whole_is_a_milestone() -> None:
    text = (
        "The plan was adopted in 2024.\n\n"
        "The country aims to achieve a fully decarbonised power system by 2036.\n\n"
        "Ferries will cut emissions 20% by 2030, and full decarbonization of the fleet by 2048 follows.\n\n"
        "Electrification of machinery is key to unlock full decarbonization potential.\n\n"
        "In 2025 Ruritania will publish its strategy Towards an inclusive and decarbonized economy 2024-2050."
    )
    assert [m[0] for m in milestones(text)] == ["2036", "2048"]


def test_a_peak_of_the_abatement_is_no_peak_of_emissions() -> None:
    # the yearly avoided amount culminates in a year: the emissions do not peak then
    text = (
        "The plan was adopted in 2024.\n\n"
        "The measures avoid 3,120 kt CO2e between 2025 and 2035, peaking at 410 kt CO2e in avoided emissions in 2033."
        "\n\nThe programme saves 2 Mt by 2040, peaking at 300 kt of annual reductions in 2036."
    )
    assert milestones(text) == []
    assert milestones("The plan was adopted in 2024.\n\nEmissions will rise, peaking at 41 Mt in 2029.") == [
        ("2029", "=", "target")
    ]


def test_the_kigali_freeze_of_hfcs_is_a_milestone() -> None:
    text = (
        "The plan was adopted in 2024.\n\n"
        "Ruritania is required to freeze HFC production and use in 2028, based on its 2024-2026 average.\n\n"
        "The hydrofluorocarbon consumption freeze in 2029 applies to the second group of countries."
    )
    assert [m[0] for m in milestones(text)] == ["2028", "2029"]


def test_a_sector_or_an_economy_brought_to_zero_emissions_is_a_milestone_a_thing_that_emits_none_is_not() -> None:
    # "Power – zero emissions by 2031", "a zero-carbon development path by 2055": when emissions reach zero; "zero
    # emission buses by 2040" counts vehicles, and a title's "Zero Emission" dated by when it was drafted is no goal
    lead = "The inventory was published in 2023.\n\n"
    assert milestones(lead + "Power – zero emissions by 2031") == [("2031", "<=", "target")]
    assert milestones(lead + "The country follows a zero-carbon development path by 2055.") == [
        ("2055", "<=", "target")
    ]
    assert milestones(lead + "The city will run 40% zero emission buses by 2040.") == []
    drafted = lead + 'A strategy titled "Harbour 2040 - Zero Emission" was developed in 2021.'
    assert milestones(drafted) == []


def test_a_carbon_free_power_sector_by_a_year_is_the_sectors_milestone() -> None:
    """ "a carbon pollution-free power sector by 2033", "a fossil-free electricity supply by 2041": the power sector's
    decarbonisation made whole, a milestone year of its own beside the economy's net zero."""
    from extract.catalogue import load_catalogue
    from extract.extractor import extract_document
    from extract.model import Document

    text = (
        "Freedonia submitted this NDC in 2024.\n\nFreedonia plans a carbon pollution-free power sector by 2033 and a "
        "net zero emissions economy by no later than 2052. Its neighbour aims at a fossil-free electricity supply by "
        "2041."
    )
    doc = Document(doc="t", file="t.txt", text=text, sha256="0", bytes=len(text))
    found = {(o.value, o.unit, o.kind, o.indicator) for o in extract_document(doc, load_catalogue()).observations}
    assert (2033, "year", "target", "power_decarbonisation_year") in {(int(v), u, k, i) for v, u, k, i in found}
    assert (2052, "year", "target", "net_zero_year") in {(int(v), u, k, i) for v, u, k, i in found}
    assert (2041, "year", "target", "power_decarbonisation_year") in {(int(v), u, k, i) for v, u, k, i in found}


def test_a_hyphenated_zero_net_deforestation_rate_is_a_milestone() -> None:
    """ "Reach a zero-net deforestation rate by 2031": the hyphen joins the words a space joins elsewhere."""
    found = {
        (r["value"], r["unit"], r["year"], r["kind"]) for r in rows("C3. Reach a zero-net deforestation rate by 2031.")
    }
    assert ("2031", "year", "2031", "target") in found


def test_a_peak_of_the_last_century_is_a_record() -> None:
    """ "The emissions of Freedonia peaked in 1987": a milestone already reached may lie in the last century."""
    assert ("1987", "actual") in {(r["value"], r["kind"]) for r in rows(
        "Freedonia adopted this plan in 2020. The emissions of Freedonia peaked in 1987 and have fallen since."
    )}  # fmt: skip


def test_net_emissions_brought_to_zero_with_the_gases_named_after_them_is_net_zero() -> None:
    got = milestones(
        "Ruritania's climate law sets a target to reduce net emissions of greenhouse gases (other than biogenic"
        " methane) to zero by 2045."
    )
    assert [(value, qualifier) for value, qualifier, _ in got] == [("2045", "<=")]


def test_a_peak_of_something_that_is_no_emission_is_no_milestone() -> None:
    # a peak names its subject anywhere in the sentence: without an emission, a gas or carbon it is some other peak
    assert milestones("Joblessness rose for three years and peaked in 2019 at 12.4%.") == []
    assert milestones("Timber exports reached their peak in 2016, before the ban on logging.") == []
    assert milestones("After a fast recovery, growth peaked in 2023 at 8.1%, the highest rate in the region.") == []
    # the plan's own peak, its gas named, stays
    assert milestones("Ruritania will peak its greenhouse gas emissions by 2028.") == [("2028", "<=", "target")]
    assert milestones("Methane from the herd is to peak before 2029.") == [("2029", "<", "target")]


def test_milestones_that_other_countries_set_are_not_the_countrys() -> None:
    # "the announcement of 2050 net-zero targets by many countries": the milestone of other parties, quoted as context
    text = (
        "Ruritania, 2 May 2024.\n\nCOP26 underscored the need for ambition, the announcement of 2050 net-zero targets "
        "by many countries, and the emphasis on adaptation. Ruritania will reach net zero by 2060."
    )
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("2060", "target")]
