"""The document's own timeline: its present, the year of its undated facts, and its headline deadline."""

from __future__ import annotations

from extract.defaultyear import default_year
from extract.extractor import extract_document
from extract.model import Document
from extract.timeline import name_year, read_timeline
from tests.test_extractor import NoCatalogue, rows


def test_present_is_the_latest_year_reported_as_a_dated_fact() -> None:
    text = (
        "In March 2023 the Ministry adopted the Green Growth Strategy.\n\n"
        "The Clean Air 2040 Programme was discussed widely.\n\n"  # a year in a name dates nothing
        "Emissions will fall to 40 Mt by 2035."
    )
    assert read_timeline(text).present == 2023


def test_a_deadline_with_a_past_verb_elsewhere_in_the_document_is_not_the_present() -> None:
    text = "By 2030 the plan has been prepared with stakeholders.\n\nIn 2021 the inventory was published."
    timeline = read_timeline(text)
    assert timeline.present == 2021
    assert timeline.default_year == 2021  # the as-of year in the future is a deadline, not the data's date


def test_as_of_dates_a_fact_in_the_present_tense() -> None:
    assert read_timeline("Coal accounts for 41% of generation as of 2024.").present == 2024


def test_a_year_bracketed_after_current_is_the_present() -> None:
    text = (
        "In 2014 the government adopted the energy policy.\n\n"
        "Current (2016) greenhouse gas emissions from the islands are approximately 12 MtCO2e/year."
    )
    assert read_timeline(text).present == 2016


def test_an_aside_dated_as_of_a_month_reports_progress_inside_a_goal() -> None:
    text = (
        "Solar output grew from 2 GWh in 2012 to 9 GWh in 2017. Expand mangrove reserves to 12% of the coast by "
        "2030 (8.4% of the coast is protected as of March 2022), and plant 5 Mha by 2035."
    )
    assert read_timeline(text).present == 2022
    assert read_timeline(text.replace("is protected as of", "will be protected in")).present == 2017


def test_a_plan_that_reports_nothing_speaks_from_before_its_first_deadline() -> None:
    timeline = read_timeline("Solar parks will add 300 MW by 2027.\n\nConditional NDC\n\n45 MW in 2031")
    assert (timeline.present, timeline.default_year) == (2026, None)


def test_a_sentence_of_intent_does_not_set_the_present() -> None:
    assert read_timeline("In 2040 the country will have reduced emissions by 70%.").present is None


def test_undated_facts_take_the_base_year_the_document_names_most() -> None:
    text = (
        "Compared with the base year of 2008 in the first NDC, coverage grew.\n\n"
        "The base year is 2016, the latest inventory year.\n\n"
        "Total emissions in the base year 2016 were 61 Mt CO2e."
    )
    assert read_timeline(text).default_year == 2016


def test_a_statement_about_the_data_wins_over_a_base_year() -> None:
    text = "The base year is 2016.\n\nMost figures in this report were collected up to 2022."
    assert read_timeline(text).default_year == 2022


def test_an_inventory_series_running_past_the_base_year_dates_the_documents_data() -> None:
    text = (
        "The National Inventory Report for 1990–2021 was presented in 2023.\n\n"
        "Emissions are measured against the NDC base year 2015."
    )
    assert read_timeline(text).default_year == 2021
    # a base year after the series' end stays the data's year
    text = "The National Inventory Report for 1990–2012 was presented in 2016.\n\nThe base year is 2014."
    assert read_timeline(text).default_year == 2014


def test_headline_target_year_is_the_deadline_named_most_often() -> None:
    text = (
        "Emissions will be cut by 35% by 2035.\n\n"
        "Renewables will reach 60% by 2035.\n\n"
        "The country aims for net zero by 2060."
    )
    assert read_timeline(text).target_year == 2035


def test_no_years_no_timeline() -> None:
    timeline = read_timeline("The ministry coordinates climate policy.")
    assert (timeline.present, timeline.default_year, timeline.target_year) == (None, None, None)


def test_a_date_announced_for_the_future_is_not_the_present() -> None:
    text = "The inventory was published in March 2023.\n\nThe next report is expected to be submitted in June 2027."
    assert read_timeline(text).present == 2023


def test_table_cells_are_statements_of_their_own() -> None:
    text = "Period adopted by the parties\tFrom 1 January 2026 to 31 December 2035\n\nThe law was passed in 2024."
    assert read_timeline(text).present == 2024


def test_the_headline_year_counts_every_mention_of_a_future_year() -> None:
    text = (
        "The plan was adopted in 2024.\n\n"
        "Emissions in 2032 will be 20% below 2015. Solar will reach 9 GW in 2032. The 2032 goal is binding.\n\n"
        "The long-term vision is net zero by 2060."
    )
    assert read_timeline(text).target_year == 2032


def test_a_dated_act_in_its_own_clause_sets_the_present_even_in_a_sentence_of_intent() -> None:
    text = "Under a decree issued on May 3rd 2016, the agency has set a new target to halve emissions by 2030."
    assert read_timeline(text).present == 2016


def test_a_modelled_path_is_not_a_report_of_the_past() -> None:
    text = "The inventory was published in 2019.\n\nEmissions increased from 80 Mt in 2015 to 140 Mt in 2035 under BAU."
    assert read_timeline(text).present == 2019


def test_one_adjectival_participle_does_not_move_the_present_past_a_deadline() -> None:
    text = (
        "In 2022 the inventory was published. In March 2022 the law was adopted.\n\n"
        "Emissions will be cut by 30% by 2030.\n\n"
        "Herd size reduced by 4% in 2031 is expected under the livestock measure."
    )
    assert read_timeline(text).present == 2022


def test_a_deadline_that_several_later_records_pass_is_behind_the_present() -> None:
    # "until 2009" looks back: three later years, each reported once, outvote a deadline named once
    text = (
        "In 2006 the water law was adopted. The sanitation policy was approved in 2006.\n\n"
        "Until 2009, 860 household digesters have been built.\n\n"
        "In 2014 the first wind farm was commissioned.\n\n"
        "Geothermal plants supplied 12% of electricity in 2016.\n\n"
        "The country was responsible for 0.03% of global emissions in 2017.\n\n"
        "Emissions will be cut by 20% by 2030."
    )
    assert read_timeline(text).present == 2017
    # one later record does not: it may be a misread participle
    one = (
        "In 2006 the water law was adopted. The sanitation policy was approved in 2006.\n\n"
        "Until 2009, 860 household digesters will be built.\n\n"
        "Herd size reduced by 4% in 2014 is expected under the livestock measure."
    )
    assert read_timeline(one).present == 2006


def test_possibility_and_the_far_side_of_a_change_are_not_reports() -> None:
    text = (
        "The strategy was adopted in 2021.\n\n"
        "Yields could be reduced by 8% in 2040.\n\n"
        "The area was increased from 7,900 ha in 2022 to 10,700 ha in 2045."
    )
    assert read_timeline(text).present == 2022


def test_goals_written_as_results_are_not_reports() -> None:
    text = (
        "The law was adopted in 2021. The inventory was published in 2021.\n\n"
        "In 2032 the landfilled share of municipal waste is reduced to 30%.\n\n"
        "In 2032 the landfilled share of organic waste is reduced to 20%.\n\n"
        "- Reduce emissions in the energy sector by 25 percent in 2032 once the inventory is updated."
    )
    assert read_timeline(text).present == 2021


def test_by_the_end_of_a_year_with_a_past_perfect_is_a_date_of_record() -> None:
    text = (
        "The strategy was adopted in 2016 and revised in 2016.\n\n"
        "By the end of 2019, installed wind capacity had reached 410 MW.\n\n"
        "Emissions will be cut by 9% by 2030."
    )
    assert read_timeline(text).present == 2019


def test_the_default_year_never_lies_in_the_documents_future() -> None:
    text = (
        "The inventory was published in 2021.\n\n"
        "The final accounting will use data up to 2035.\n\n"
        "Implementation period 2026-2035 Reference year 2015\n\n"
        "Road network: 640 km."
    )
    timeline = read_timeline(text)
    assert timeline.default_year is not None and timeline.default_year <= 2021


def test_a_deadline_framing_a_past_perfect_is_a_date_of_record() -> None:
    text = "Solar capacity will triple by 2030. By 2024, the wind share of generation had reached 12%."
    assert read_timeline(text).present == 2024
    # unless the sentence reports that deadline as set before: a commitment's date, not one of record
    earlier = (
        "The strategy was adopted in 2019. The earlier plan had expressed a commitment to cutting emissions by 20% "
        "by 2030. Emissions will be cut by 40% by 2035."
    )
    assert read_timeline(earlier).present == 2019


def test_hard_wrapped_lines_are_one_sentence() -> None:
    text = "Total national emissions, as the inventory shows, reached\n58 Mt CO2e in 2022. Emissions will fall by 2035."
    assert read_timeline(text).present == 2022  # the past verb sits on the line before the year


def test_a_deadline_reported_as_set_earlier_does_not_bound_the_present() -> None:
    text = (
        "Under the first NDC the government pledged to restore 40,000 ha by 2022.\n\n"
        "Restoration reached 52,000 ha in 2023, beyond that goal.\n\n"
        "Emissions will fall 30% by 2035."
    )
    assert read_timeline(text).present == 2023  # 2022 was an earlier deadline, not the document's next one


# ------------------------------------------------------------------ fast paths agree with what they replace

_TEXTS = (
    "Ghana. In 2021 output was 3.5 GW! By the end of 2019 (2.4\tGW) stocks had grown? 2015-2020 figures.\n"
    "No year here. Reference year 2010 data collected up to 2022.1 More text 2016",
    "2012 opens the text.. 2013.2014 then statistics by 2011 and the GHG inventory for 2009.",
    "Plain words only, no year at all.",
    "Base year (FY 2013)。Data until 2020 ſhow it; the 2022 base year; Inventory year 2011",
    "A hard-wrapped line ends\nhere in 2019 and the next\n  one in 2020.\n\n\nIn 2021 a new paragraph\n\n2022\n \n2023",
)


def test_dated_sentences_are_the_sentences_of_a_full_scan_that_hold_a_year() -> None:
    from bisect import bisect_left

    from extract.context import find_years
    from extract.present import SENTENCE_RE, _dated_sentences

    for text in _TEXTS:
        mentions = find_years(text, 0, len(text))
        starts = [y.start for y in mentions]
        expected = []
        for s in SENTENCE_RE.finditer(text):
            first, last = bisect_left(starts, s.start()), bisect_left(starts, s.end())
            if first < last:
                expected.append((s.span(), mentions[first:last]))
        assert [(s.span(), dated) for s, dated in _dated_sentences(text, mentions)] == expected


def test_year_stretches_and_their_word_tests_find_every_statement_of_a_full_scan() -> None:
    from extract import context as cx
    from extract import defaultyear as tl

    for text in _TEXTS:
        expected: list[tuple[int, int]] = []  # the former scan of every year's digits
        for m in cx.YEAR_DIGITS_RE.finditer(text):
            if not expected or m.start() >= expected[-1][1]:
                end = text.find(".", m.start())
                expected.append((text.rfind(".", 0, m.start()) + 1, len(text) if end < 0 else end))
        stretches = tl._year_stretches(text)
        assert stretches == expected
        for regex, words in (
            (tl._STATISTICS_YEAR_RE, tl._STATISTICS_WORDS),
            (tl._BASE_YEAR_STATEMENT_RE, tl._BASE_YEAR_WORDS),
        ):
            found = [
                m.span() for s, e in stretches if cx.may_contain(text, s, e, words) for m in regex.finditer(text, s, e)
            ]
            assert found == [m.span() for m in regex.finditer(text)]


def test_as_of_matches_are_those_of_a_full_scan() -> None:
    from extract.defaultyear import _AS_OF_RE, _as_of_matches, _year_stretches

    texts = (
        "By Dec. 2019 the fleet had grown. At the end of Sept. 31, 2018, stocks were low. As of 2017 and at 2016 we had"
        " more. No verb 2015 here. By 2014. It has been. at 2013 nothing, as of\n2012 it reached 5 GW",
        "As of Jan. 2020. The plan was 2021 ready. by the end of 2022 capacity HAD doubled; at 2023, 4% was reached.",
        "Plain text. No year has a verb. 2024 alone.",
    )
    for text in texts:
        expected = [m.span() for m in _AS_OF_RE.finditer(text)]
        assert [m.span() for m in _as_of_matches(text, _year_stretches(text))] == expected
    assert len([m for text in texts for m in _AS_OF_RE.finditer(text)]) == 6  # two reach back over a full stop


def test_a_past_perfect_with_an_adverb_under_a_fronted_year_dates_a_record() -> None:
    text = (
        "By 2023, Moldova had already reduced its emissions by 12 percent of its pledged reduction target.\n\n"
        "Emissions will fall 40% by 2030."
    )
    assert read_timeline(text).present == 2023  # "target" in the clause does not make the record a goal
    # a fronted year over a present perfect or a simple past is how some plans word their goals
    goals = "By 2030, the clinker share has been reduced to 70%. By 2035, 40% of cropland adopted no-till."
    assert read_timeline(goals).present == 2029  # no record: it speaks from before its first deadline


def test_a_target_year_the_document_names_as_such_is_its_headline() -> None:
    text = (
        "Lima, October 2025. In 2024 the census was published. The 2025 guidance was followed, "
        "and the 2025 budget approved. The plan has 2035 as the primary target year."
    )
    assert read_timeline(text).target_year == 2035
    assert read_timeline("Target year: 2030. Issued in 2021 and revised in 2022.").target_year == 2030
    # a table's label cell over its value, flattened: "Target Year" on one line, the year opening the next
    text = (
        "Issued in 2025. The Vision 2040 guides the economy; Vision 2040 programmes run to 2040.\n\n"
        "Target Year\n\n2035, as the Paris Agreement requires.\n\nBase Year\n\n2024"
    )
    assert read_timeline(text).target_year == 2035


def test_default_quote_of_the_first_sentence_keeps_its_first_letter() -> None:
    quote = read_timeline("By 2023, Moldova had reduced its emissions by 12 percent.").default_quote
    assert quote == "By 2023, Moldova had reduced its emissions by 12 percent."


def test_a_text_with_no_reported_year_speaks_from_the_year_in_its_file_name() -> None:
    text = "Forest cover stands at 23% of the land. Emissions will be cut by 30% by 2035."
    assert (read_timeline(text).present, read_timeline(text).default_year) == (2034, None)  # before its deadline
    timeline = read_timeline(text, "md_ndc_2022")
    assert (timeline.present, timeline.default_year) == (2022, 2022)
    assert "md_ndc_2022" in timeline.default_quote  # the quote says where the year came from
    assert read_timeline(text, "plan_2035").present == 2034  # a name naming the deadline is no issue date
    # a text that reports an earlier year keeps it as its data's year; the plan has seen the year before its name's
    timeline = read_timeline("In 2019 the inventory was published.", "md_ndc_2022")
    assert (timeline.present, timeline.default_year) == (2021, 2019)
    assert read_timeline("In 2021 the inventory was published.", "md_ndc_2022").present == 2021
    assert name_year("ndc_2020_2021") is None


def test_a_target_year_of_an_earlier_plan_or_a_span_of_target_years() -> None:
    text = "In 2021 Tonga submitted its revised NDC with a target year of 2030. Emissions fall 20% by 2035."
    assert read_timeline(text).target_year == 2035  # the earlier plan's target year is not this one's
    assert read_timeline("Base year: 2010\tTarget years: 2025 to 2030").target_year == 2030


def test_the_headline_target_year_is_the_latest_deadline_named_about_as_often_as_the_most_named() -> None:
    text = (
        "In 2024 emissions were 40 Mt. The previous NDC aimed at 2031: by 2031 renewables reach 40%, and by 2031 "
        "coal ends. This NDC sets goals for 2036: by 2036 emissions fall 30%, and by 2036 forests grow. By 2031 "
        "half of buses are electric. Net zero comes by 2060."
    )
    assert read_timeline(text).target_year == 2036


def test_the_most_named_deadline_just_past_the_horizon_of_a_data_year_present_is_the_headline() -> None:
    # the latest reported year (2011) is a data year, years before the plan was written: its 2027 deadline lies 16
    # years on, past the near horizon, and must still beat a by-the-way mention of next year's review
    text = (
        "In 2011, emissions were 3.1 Mt CO2e. A review of the forest code will start in 2012, and the code will be "
        "in force in 2012.\n\nRuritania will cut emissions by 27% by 2027, and by 2027 forests will cover 65%."
    )
    assert read_timeline(text).target_year == 2027
    # a vision decades past the present stays out: the near deadline named half as often is the headline
    far = "In 2020 emissions were 12 Mt. By 2031 they fall 20%. Net zero by 2058; by 2058 too, 90% of cars are EVs."
    assert read_timeline(far).target_year == 2031


def test_a_deadlines_sentence_is_the_first_match_of_its_window_that_reaches_it() -> None:
    """``_past_deadline`` reads the sentence from the year's sentence start and one match from the year: the same
    span as the first SENTENCE_RE match from 400 characters before the year to 400 after it that reaches its end."""
    from extract.context import find_years
    from extract.present import SENTENCE_RE, _dated_sentences, _past_deadline

    long = "We pledged in 2015 to act. " + "x" * 450 + " the goal of 15% by 2023 was set.\n\n\tBy 2030 " + "y " * 300
    for text in (*_TEXTS, long, "Plans by 2030.\n  wrapped by 2035. 3.5 by 2040", "x" * 500 + "by 2031" + "z" * 500):
        years = find_years(text, 0, len(text))
        for s, dated in _dated_sentences(text, years):
            for y in dated:
                window = SENTENCE_RE.finditer(text, max(0, y.start - 400), y.end + 400)
                w = next(m for m in window if m.end() >= y.end)
                expected = bool(_past_deadline.__globals__["PAST_COMMITMENT_RE"].search(text, w.start(), w.end()))
                assert _past_deadline(text, y, s.start(), {}) == expected
                start = max(s.start(), y.start - 400)
                assert (start, SENTENCE_RE.match(text, y.start, y.end + 400).end()) == w.span()  # type: ignore[union-attr]


def test_an_earlier_plans_base_year_or_a_projections_is_not_the_year_of_the_documents_data() -> None:
    text = (
        "The national inventory was published in 2024. As said, this NDC adopts 2021 as the base year, replacing "
        "the previous NDC's base year of 2016. The model uses 2019 as the base year for the projection."
    )
    assert read_timeline(text).default_year == 2021
    text = "Chad used 2010 as its base year. Chad has decided to revise its base year to 2020. Emissions rose in 2022."
    assert read_timeline(text).default_year == 2020


def test_the_far_side_of_a_change_told_as_done_is_a_date_of_record() -> None:
    done = (
        "In 2015 the first inventory was published.\n\n"
        "Rail's share of freight has increased from 3% in 2011 to 12% in 2021, driven by new lines."
    )
    assert read_timeline(done).present == 2021
    planned = (
        "In 2015 the first inventory was published.\n\n"
        "Rail's share of freight is set to grow from 3% in 2011 to 12% in 2021 under the plan."
    )
    assert read_timeline(planned).present == 2015  # the end of a planned change is no date of the document


def test_undated_facts_take_the_year_the_inventory_series_ends_in() -> None:
    text = (
        "The trends are shown relative to the latest year of the NGHGI 1994–2021 (Table 2).\n\n"
        "In 2024 the plan was adopted. Energy accounts for 64% of emissions."
    )
    assert read_timeline(text).default_year == 2021


def test_another_plans_horizon_is_no_deadline_of_the_document() -> None:
    text = (
        "In 2024 the inventory was published.\n\n"
        "Emissions will fall by 20% by 2035. In 2035 the share of renewables will reach 50%. Coal will be phased "
        "down in 2035, and in 2035 all buses will be electric.\n\n"
        "A development plan for the water sector until 2038 has been approved. The transport strategy until 2038 "
        "was adopted, and so was a programme for the forests until 2038. By 2038, the economy could be largely "
        "electrified."
    )
    assert read_timeline(text).target_year == 2035


def test_a_fact_measured_against_a_goal_is_still_a_report() -> None:
    text = (
        "In 2019 the first plan was adopted.\n\n"
        "As of 2022, 7.1 Gg of the targeted 12 Gg have been achieved - roughly 59% of the goal.\n\n"
        "Emissions will fall by 20% by 2030."
    )
    assert read_timeline(text).present == 2022


def test_a_deadline_reported_as_met_is_no_deadline() -> None:
    text = (
        "In 2019 the first plan was adopted. In 2019 the inventory was published.\n\n"
        "The 'Clean Rivers by 2022' campaign was successfully completed. Since then, 45 km of river banks were "
        "restored in 2023.\n\n"
        "Emissions will fall by 20% by 2030."
    )
    assert read_timeline(text).present == 2023


def test_a_plan_that_reports_nothing_counts_every_later_year_towards_its_headline() -> None:
    # nothing is reported as past, so the present is inferred from the first deadline; then the 2033 of every header
    # outweighs a 2045 named twice with "by" in an aside about others' goals
    header = "Sector plan\n\nProjected Emission 2033\n\nMitigation Goal 2033\n\nCut (%) Relative to BAU in 2033\n\n"
    text = (
        "Ruritania will cut emissions by 2033.\n\n"
        + header * 4
        + "Global freight emissions are projected to triple by 2045 without action; an alliance of 40 ports aims to "
        "halve port emissions by 2045."
    )
    assert read_timeline(text).target_year == 2033


def test_a_year_before_the_documents_data_year_is_no_deadline() -> None:
    # the data year (its base-year statement) bounds the present: "until 2004" is history, not the plan's headline
    text = (
        "Ruritania pledges a 48% emissions reduction against a 2012 base year.\n\n"
        "The economy relied on cotton until 2004.\n\n"
        "The measures are costed through 2032 and listed below; they aim to meet the goal for 2032."
    )
    assert read_timeline(text).target_year == 2032


def test_the_year_of_an_inventory_whose_figures_are_reported_is_past() -> None:
    text = (
        "The base year chosen for the inventory is 2010.\n\n"
        "In the 2017 National GHG inventory, waste emissions reached 812 ktCO2e. Ruritania will cut them by 2037."
    )
    assert read_timeline(text).present == 2017
    assert read_timeline("In the 2031 inventory, emissions will be reported by sector.").present is None  # to come


def test_what_a_share_did_in_a_year_of_record_dates_the_present() -> None:
    """ "came", "remained", "represented" report a year as past like "was" does: a 2024 share that "came from hydro"
    is a record, so the document speaks from 2024, not from the earlier year of its inventory."""
    text = (
        "Emissions were 41 Mt in 2019. In 2024, 71% of electricity came from hydropower. The plan aims at 90% by 2035."
    )
    assert read_timeline(text).present == 2024
    assert read_timeline("In 2023, transport represented 31% of emissions. The goal is 20% by 2035.").present == 2023


def test_a_line_labelled_by_its_baseline_year_sets_the_present() -> None:
    """ "Baseline 2021: 1,240 MW" states what 2021 recorded: the plan speaks from 2021 at least, so a value of 2021 is
    no goal; a "baseline" labelled with a year past the plan's deadline would be a projection and sets nothing."""
    text = (
        "Total emissions were 31 Mt in 2016.\n\nGoal 3: By 2030, 80% of electricity will come from renewables.\n\n"
        "Baseline 2021: 1,240 MW\n\n2021 baseline: 52% in power."
    )
    assert read_timeline(text).present == 2021
    far = "Total emissions were 31 Mt in 2016.\n\nBy 2030, emissions will fall by 20%.\n\nBaseline 2035: 60 Mt"
    assert read_timeline(far).present == 2016


def test_a_document_reported_as_issued_sets_a_floor_under_the_present() -> None:
    # the only past fact is an old inventory year; the text also says its first NDC came out in 2016, so 2016 has
    # come, though the sentence that says so is about a goal
    text = (
        "In 2009, emissions were 4.2 Mt CO2e. This update strengthens the 2030 goal of the first NDC, submitted in "
        "2016, and Ruritania will cut emissions by 30% by 2030."
    )
    assert read_timeline(text).present == 2016
    # a document still to come does not move the present to its date (an NDC's text speaks from 2014 at the earliest)
    assert read_timeline(text.replace("submitted in", "to be submitted in")).present == 2014
    # a legal act's date is past too: "Decree No. 81 of 3 May 2018" has been issued
    decree = "In 2009, emissions were 4.2 Mt CO2e. The plan was adopted by Decree No. 81 of 3 May 2018. By 2030 ..."
    assert read_timeline(decree).present == 2018


def test_a_text_reports_no_year_after_the_one_on_its_cover_as_past() -> None:
    # goals written as results ("was retired in 2027") read twice as reports; the cover's date bounds the present,
    # so the document's undated facts are not dated in its own future either
    body = (
        "In 2019 the energy law was adopted. In 2027, the last coal unit was retired. In 2027 the grid was "
        "upgraded across the islands. By 2030 emissions will fall by 40%.\n\n"
        "Renewables supply 31% of electricity."
    )
    assert read_timeline(body).present == 2027
    dated = read_timeline("Kingstown, June 2022\n\n" + body)
    assert dated.present == 2022
    assert dated.default_year == 2022


def test_a_text_cites_nothing_that_came_out_after_its_cover_or_its_deadline() -> None:
    # a national vision named like a citation, "(Riverland, 2063)", reads as a source's year of issue; a plan comes
    # out before its headline deadline, so it does not speak from 2063 and its "12% in 2035" stays a goal
    body = (
        "This plan aligns with national goals (Riverland, {vision}). Emissions were 20 Mt in 2021 and 21 Mt in "
        "2022 (Ministry, 2023).\n\nRiverland aims to reduce its emissions by 8% in 2030, 12% in 2035 and 13% in 2040."
    )
    assert read_timeline(body.format(vision=2063)).present == 2023
    assert [r["kind"] for r in rows(body.format(vision=2063)) if r["unit"] == "%"] == ["target"] * 3
    # nor after the date on its cover: a vision year before the deadline is bounded by the cover
    assert read_timeline(body.format(vision=2028)).present == 2028
    assert read_timeline("Lakeside, March 2024\n\n" + body.format(vision=2028)).present == 2024


def test_a_period_between_two_months_dates_no_fact() -> None:
    # "March 2026–November 2030" is a period, as "2026-2030" is: its ends are not dates the text reports as past
    text = (
        "The grid code was adopted in 2022. The schedule for the period March 2026–November 2030 was approved by the "
        "regulator in October 2024.\n\nRenewables will supply 40% of electricity by 2035."
    )
    assert read_timeline(text).present == 2024


def test_a_goals_size_in_a_relative_clause_is_no_record_of_its_year() -> None:
    text = (
        "Output of the mills grew to 4 Mt in 2019.\n\n"
        "As for forests, the nation's pledge for carbon, which was 9,200 Gg in 2035, was 40% met in 2019.\n\n"
        "As for forests, the nation's pledge for carbon, which was 9,200 Gg in 2035, was 40% met in 2019.\n\n"
        "Net emissions will fall to zero by 2050."
    )
    assert read_timeline(text).present == 2019
    # without the goal noun the relative clause is a record of its year
    assert read_timeline(text.replace("pledge", "harvest")).present == 2035


def test_contributed_and_represented_report_a_fact() -> None:
    from extract.clausecues import reports

    for text in ("Brick kilns contributed 0.04 Mt CO2e, or 2.1%.", "Rail represented 6% of the sector's emissions."):
        assert reports(text, 0, len(text)), text
    for text in ("Brick kilns contribute 0.04 Mt CO2e, or 2.1%.", "Rail represents 6% of the sector's emissions."):
        assert not reports(text, 0, len(text)), text


def test_progress_measured_against_a_goal_by_a_year_is_no_deadline() -> None:
    text = (
        "The first NDC was adopted in 2021.\n\n"
        "The stocktake revealed large cuts in energy and forestry, achieving 31.2% of the targeted emission "
        "reduction by 2023. About US$88 million had been disbursed as of June 2023.\n\n"
        "Togo will cut emissions by 40% by 2035."
    )
    assert read_timeline(text).present == 2023


def test_an_installed_capacity_named_in_a_goal_reports_no_past() -> None:
    """ "installed" before "capacity" is an adjective: a measure "to reach a cumulative installed capacity of 80 MW
    in 2032", listed twice, does not move the plan into 2032."""
    text = (
        "The inventory of 2019 was submitted in 2021.\n\n"
        "Extension of the solar programme to reach a cumulative installed capacity of 80 MW in 2032.\n\n"
        "Extension of the wind programme to reach a cumulative installed capacity of 45 MW in 2032."
    )
    assert read_timeline(text).present == 2021
    assert read_timeline("In 2020 the plant installed 40 MW. Again in 2020 it installed 10 MW.").present == 2020


def test_a_plan_named_after_its_year_has_seen_the_year_before_though_its_text_reports_an_older_one() -> None:
    """A revised NDC issued in 2022 whose text reports nothing after its 2018 inventory: its "2021" is past, not a
    goal, while its undated facts keep the inventory's year and its headline deadline stays."""
    text = (
        "In 2018, the Government adopted the national development plan.\n\n"
        "Emissions shall be cut by 25% by 2030 and by 40% by 2030 with support.\n\n"
        "Net emissions in 2021 are shown in the table below."
    )
    assert read_timeline(text).present == 2018
    timeline = read_timeline(text, "xk_ndc_2022")
    assert (timeline.present, timeline.default_year, timeline.target_year) == (2021, 2018, 2030)


def test_the_inventory_an_earlier_plan_rested_on_is_not_the_documents_data() -> None:
    text = (
        "Updated inventories were needed, as the contributions in NDC 1 were based on the National Inventory Report"
        " 1994 - 2005.\n\nThe National Inventory Report for 1990–2018 was presented in 2021."
    )
    assert read_timeline(text).default_year == 2018
    text = "The contributions in NDC 1 were based on the National Inventory Report 1994 - 2005."
    assert read_timeline(text).default_year != 2005


def test_undated_facts_follow_the_present_when_a_later_source_moves_it() -> None:
    text = (
        "Ruritania had 14.2 million inhabitants in 2016.\n\n"
        "Some 80 000 households are connected each year (Energy Ministry, 2020).\n\n"
        "Most power is hydroelectric (85%)."
    )
    timeline = read_timeline(text)
    assert (timeline.present, timeline.default_year) == (2020, 2020)


def test_a_plan_that_states_its_results_as_done_at_its_headline_deadline_does_not_speak_from_it() -> None:
    # the results of the plan told as done in its headline deadline ("has increased in 2035"), the deadline it names
    # most: not a year the document reports from
    text = (
        "In 2012 the national inventory was published. Emissions were 41 Mt in 2012.\n\n"
        "By 2035, the country will restore 2 million ha of rangeland.\n\n"
        "Solar capacity will reach 800 MW by 2035.\n\n"
        "Wind capacity will reach 300 MW by 2035.\n\n"
        "Net forest cover has increased in 2035 to 31 million hectares compared to 2012.\n\n"
        "Irrigated land increased in 2035 to 0.9 million hectares.\n\n"
        "Renewable generation rose in 2035 to 79% of the total."
    )
    assert read_timeline(text).present == 2012


def test_a_cover_date_far_after_the_last_reported_year_dates_the_undated_facts() -> None:
    # the text reports nothing after 2006 (its old strategy), the cover says 2016: "have been installed" is of 2016
    cover = "Intended Nationally Determined Contribution of Ruritania\n\nOctober, 2016\n\n"
    body = (
        "Ruritania adopted its first climate strategy in 2006. The strategy covers energy, forests and waste.\n\n"
        "More than 2.5 million efficient stoves have already been installed across the country.\n\n"
        "Ruritania will cut emissions by 12% below BAU by 2030."
    )
    timeline = read_timeline(cover + body)
    assert (timeline.present, timeline.default_year, timeline.default_quote) == (2016, 2016, "October, 2016")
    # (read as a report, without the plan's deadline: a plan's undated facts have no year, ``recordyear``)
    report = cover + body[: body.index("Ruritania will")]
    stoves = next(r for r in rows(report) if r["value"] == "2500000")
    assert (stoves["year"], stoves["kind"]) == ("2016", "actual")
    # a cover date a year or two after the last reported year is the usual lag of a plan's data: that year stays
    # (a strategy of 2008, not an INDC: no INDC was written before 2014)
    near = read_timeline(
        cover.replace("2016", "2008").replace("Intended Nationally Determined Contribution", "Strategy") + body
    )
    assert (near.present, near.default_year) == (2008, 2006)


def test_a_present_the_text_never_writes_dates_undated_facts_without_a_quote() -> None:
    # the present one year before the file's name ("rr_ndc_2024" -> 2023) may be written nowhere in the text
    assert default_year("Solar parks supply 9% of the power consumed.", 2023, set()) == (2023, "", "present")


def test_a_year_after_a_past_verb_and_before_is_a_date_of_record_not_the_first_deadline() -> None:
    text = (
        "Ruritania will reduce emissions by 35% by 2035 compared to 1995.\n\n"
        "Most of the hydropower build-out was completed before 1995, and the grid had been extended by 2001."
    )
    timeline = read_timeline(text, "rt_indc_2016")
    assert timeline.present == 2016 and timeline.target_year == 2035  # (the file name's year, as nothing is past)


def test_a_plan_that_states_what_holds_in_the_year_it_is_named_after_speaks_from_that_year() -> None:
    text = (
        "Emissions reached 3.1 Mt CO2e in 2012.\n\n"
        "In 2016 solar power accounts for about 7% of electricity generation.\n\n"
        "Over the past five years, over 25 percent of aid supported adaptation."
    )
    timeline = read_timeline(text, "rt_indc_2016")
    assert (timeline.present, timeline.default_year) == (2016, 2016)
    assert timeline.default_quote.startswith("In 2016 solar power accounts")
    doc = Document(doc="rt_indc_2016", file="rt_indc_2016.txt", text=text, sha256="0", bytes=len(text.encode()))
    got = {o.value_raw: (o.year, o.kind) for o in extract_document(doc, NoCatalogue()).observations}
    assert got["7%"] == (2016, "actual")
    # a modelled year in the present tense is no statement of the present
    text = "Emissions reached 3.1 Mt CO2e in 2012.\n\nIn 2016 solar power is expected to supply 7%."
    assert read_timeline(text, "rt_indc_2016").present == 2015


def test_deadlines_are_counted_from_the_year_the_plan_came_out_not_its_data_year() -> None:
    # a plan of 2016 whose data stop in 2014: its many "by 2016" are the work of its year; its headline is 2031
    text = (
        "Emissions were 2.1 Mt CO2e in 2014.\n\n"
        + "".join(
            f"Action {k}: finish the {k} survey by 2016.\n\n" for k in ("first", "second", "third", "fourth", "fifth")
        )
        + "".join(f"Goal {k}: cut {k} emissions by 20% by 2031.\n\n" for k in ("energy", "waste", "transport", "farm"))
        + "Train the staff by 2018.\n\nTrain the inspectors by 2018.\n\nTrain the auditors by 2018.\n\n"
    )
    assert read_timeline(text, "rt_indc_2016").target_year == 2031


def test_a_base_year_decades_before_the_present_is_a_yardstick_not_the_data_year() -> None:
    text = (
        "Emissions were 4.1 Mt CO2e in 2019.\n\n"
        "Base year\n\n1990\n\nThe base year is 1990.\n\n"
        "Power is produced almost 100% from hydro and geothermal sources."
    )
    timeline = read_timeline(text, "rt_ndc_2021")
    assert timeline.default_year != 1990
    # a base year close to the present is the year of the plan's data
    text = "The base year is 2014, the latest inventory year.\n\nForests cover 41% of the land."
    assert read_timeline(text, "rt_ndc_2016").default_year == 2014


def test_where_a_share_originated_and_what_a_total_equalled_are_records() -> None:
    # verbs of record beyond "was" and "reached": a share's source and a total's size in a year
    assert read_timeline("In 2016, about 58 per cent of national emissions originated from transport.").present == 2016
    assert read_timeline("In 2018 the national total equalled 9.4 Mt CO2 eq.").present == 2018
    assert read_timeline("In 2018 the national total equaled 9.4 Mt CO2 eq.").present == 2018


def test_a_simple_past_of_be_framed_by_a_by_year_is_a_record() -> None:
    text = "Against the 1992 level, by 2017 the country's emissions were 52 per cent lower.\n\nWe aim for 60% by 2035."
    assert read_timeline(text).present == 2017
    # a plan's future in the past is no record: "were to", "was expected"
    planned = "By 2017 the emissions were to be 52 per cent lower.\n\nWe aim for 60% by 2035."
    assert read_timeline(planned).present != 2017
    expected = "By 2017 the emissions were expected to fall by 52 per cent.\n\nWe aim for 60% by 2035."
    assert read_timeline(expected).present != 2017


def test_a_table_of_past_years_is_recorded_once_the_text_reports_one_of_them() -> None:
    text = (
        "The mitigation target of up to 55 per cent reduction by 2030 compared to 1992 levels needs support.\n\n"
        "In 2016, about 58 per cent of national emissions originated from the energy sector.\n\n"
        "Table 3: Emission trends in the country within 1992-2016 period, Mt CO2 equivalent\n\n"
        "1992\n\n2000\n\n2010\n\n2016\n\nEnergy\n\n21.5\n\n9.1\n\n8.2\n\n7.7\n\nWaste\n\n1.1\n\n1.3\n\n1.4\n\n1.6"
    )
    doc = Document(doc="zz_indc_2017", file="zz_indc_2017.txt", text=text, sha256="0", bytes=len(text.encode()))
    got = {(o.year, str(o.value), o.kind) for o in extract_document(doc, NoCatalogue()).observations}
    assert {(2000, "9.1", "actual"), (2010, "8.2", "actual"), (2016, "7.7", "actual")} <= got
    assert {(2010, "1.4", "actual"), (2016, "1.6", "actual")} <= got


def test_a_long_term_vision_named_by_its_year_is_no_deadline_of_the_plan() -> None:
    # "Vision 2040" is the title of the country's development plan, however often the text names it; the plan's
    # own deadline is the year its goals are set for ("by 2030"), and an undated share of the goal takes it
    text = (
        "Ruritania submitted its first NDC in 2016. The implementation period runs from 2024 to 2030.\n\n"
        "The target is a 55% reduction, split into an unconditional part of 30% and a conditional part of 25%.\n\n"
        "By 2030, the reduction will be 900 Gg CO2-e. Emissions reached 1,200 Gg CO2-e in 2022.\n\n"
        "Its Vision 2040 guides all sector strategies. Vision 2040 rests on four pillars. Climate change is a "
        "cross-cutting issue in Vision 2040, and Vision 2040 plans a greener economy. To implement Vision 2040, "
        "Ruritania adopted five-year plans; Vision 2040 aims to double income by 2040."
    )
    assert read_timeline(text).target_year == 2030
    got = {(r["value"], r["year"], r["kind"]) for r in rows(text)}
    assert ("55", "2030", "target") in got


def test_years_listed_after_a_date_are_dates_of_the_same_clause() -> None:
    # "submitted three communications in 1997, 2010 and 2015": the latest listed year is reported as past too, so
    # the plan speaks from 2015 at least, not from 1997; a list of deadlines stays no present
    text = (
        "Ruritania submitted three national communications to the UNFCCC in 1997, 2010 and 2015, with as base "
        "years 1994, 2000 and 2005.\n\nThe plan aims to cut emissions by 20% by 2030."
    )
    assert read_timeline(text).present == 2015
    assert read_timeline("The plan will cut emissions by 10% and 20% in 2025 and 2030.").present is None


def test_the_next_event_of_a_dated_series_is_a_date_of_the_same_clause() -> None:
    # "submitted its first NDC in 2016, followed by its updated NDC in 2021": the plan speaks from 2021 at least;
    # "followed by agriculture with 20% in 2030" is a share's year, no event of the series
    text = (
        "Ruritania submitted its first NDC in 2016, followed by its updated NDC in November 2021.\n\n"
        "The plan aims to cut emissions by 20% by 2035."
    )
    assert read_timeline(text).present == 2021
    shares = "Energy accounted for 55% in 2019, followed by agriculture with 20% in 2030. Cuts of 30% by 2035."
    assert read_timeline(shares).present == 2019


def test_a_country_that_proposes_to_reduce_its_emissions_sets_a_goal() -> None:
    text = (
        "This NDC was submitted in 2015.\n\nThe headline target is set for 2030.\n\n"
        "The country has a forest cover of 152 million ha in 2010. Despite this, Ruritania proposes to implement "
        "mitigation actions in order to reduce its emissions by 17%."
    )
    found = next(r for r in rows(text) if r["value"] == "17")
    assert (found["kind"], found["year"]) == ("target", "2030")


def test_a_plan_named_after_a_year_it_reports_as_reached_speaks_from_that_year() -> None:
    # "By 2025, the RE share had reached 35.2%" in a plan of 2025 whose "population … by 2025" is a deadline: the plan
    # speaks from 2025, and its quote keeps the decimal ("35.2%", no stop at its point)
    text = (
        "In 2021, emissions were 41 Mt CO2e. Projections indicate the population will reach 90 million by 2025.\n\n"
        "Ruritania set a target of 60 percent renewable energy in the national mix by 2030. By 2025, the RE share had "
        "reached 35.2%. Emissions will fall by 20% by 2035."
    )
    timeline = read_timeline(text, "rt_ndc_2025")
    assert timeline.present == 2025
    assert "35.2%" in timeline.default_quote
    doc = Document(doc="rt_ndc_2025", file="rt_ndc_2025.txt", text=text, sha256="0", bytes=len(text.encode()))
    found = next(o for o in extract_document(doc, NoCatalogue()).observations if str(o.value) == "35.2")
    assert (found.kind, found.year) == ("actual", 2025)


def test_a_plant_commissioned_in_a_year_reports_it_as_past() -> None:
    # (the active voice, no "was" to report it)
    assert read_timeline("Ruritania commissioned its first wind farm in 2022. Cuts of 30% by 2035.").present == 2022
    assert read_timeline("Parliament enacted the carbon tax in 2021. Cuts of 30% by 2035.").present == 2021


def test_a_data_year_stated_after_a_first_present_is_read_again_once_the_present_moves_on() -> None:
    # the text reports nothing after 2012 as past, so the base year 2015 it states first looks ahead; the file's
    # name shows the plan came out in 2016, so 2015 has passed: undated facts are of the stated base year
    text = (
        "Ruritania commits to reduce its gross emissions by 20% below 2015 levels by 2030.\n\n"
        "Base year 2015\n\n"
        "In 2012, national emissions were 1.2 MtCO2e.\n\n"
        "Peak demand has averaged about 14 MW over the past three years."
    )
    assert read_timeline(text).default_year == 2012
    timeline = read_timeline(text, "rr_indc_2016")
    assert (timeline.present, timeline.default_year) == (2015, 2015)


WRAPPED_APART = [  # a page layout's lines, each set apart by a blank line in the rendering
    "Ruritania's economy has suffered from repeated floods and a long drought over the past decade. Before "
    "2012, 40-50 % of rural",
    "conflicts were over water, and many of them turned violent. The economy contracted by 2.5 % in 2022, and "
    "inflation",
    "rose to 20 % in late 2022, while exports of coffee remained weak. Ruritania will source 40 % of its power from",
    "renewable energy by 2035, up from the 12 % of electricity that hydropower plants supply today in the country.",
]


def test_the_present_is_read_over_lines_a_layout_wrapped_and_set_apart_by_blank_lines() -> None:
    """ "Before 2012, 40-50 % of rural" over a blank line over "conflicts were …": one sentence, whose past tense
    makes 2012 no deadline of the plan (its present is 2022, not the year before 2012)."""
    from extract.segment import segment
    from extract.timeline import wraps_joined

    text = "\n\n".join(WRAPPED_APART)
    joined = wraps_joined(text, segment(text))
    assert len(joined) == len(text) and joined.split() == text.split()  # the same offsets, the same words
    assert read_timeline(joined).present == 2022
    got = {r["value_raw"]: (r["year"], r["kind"]) for r in rows(text)}
    assert got["12 %"] == ("2022", "actual")  # undated, in the present tense: of the plan's present
    assert got["40 %"] == ("2035", "target")


def test_the_joined_copy_of_a_text_shares_its_year_index() -> None:
    """The timeline reads a copy of the text with wrapped lines joined (the same years at the same offsets): its
    years are indexed once, for both (a second index cost a few percent of the extraction)."""
    from extract.segment import segment
    from extract.timeline import wraps_joined
    from extract.yearindex import document_years

    text = "\n\n".join(WRAPPED_APART)
    joined = wraps_joined(text, segment(text))
    assert joined != text
    assert document_years(joined) is document_years(text)


def test_a_development_vision_is_no_deadline_of_the_plan() -> None:
    """ "to become an industrialised, middle-income country by 2045": the country's vision of its wealth, dated by
    its own long-term plan, neither the climate plan's headline year nor a deadline to date its present from; the
    contribution's own period ("for the period 2021 - 2035") is."""
    text = (
        "Ruritania strives to become an industrialised, middle-income country by 2045.\n\n"
        "Ruritania will restore 15% of its degraded wetlands.\n\n"
        "Timeframe\t2021 - 2035\n\n"
        "Adaptation actions for the period 2021 - 2035 require USD 9 billion up to 2035."
    )
    assert read_timeline(text).target_year != 2045
    assert read_timeline(text).present != 2044
    text = text.replace("strives to become an industrialised, middle-income country by", "will cut emissions 9% by")
    assert read_timeline(text).present == 2044  # (a deadline of the plan still tells it speaks from before it)


def test_a_plan_of_the_paris_regime_speaks_from_2014_at_the_earliest() -> None:
    """A short INDC whose only past fact is its base year ("In 1990, emissions were 30 Mt") still speaks from the
    years the regime's plans were written: a text calling itself an (intended) nationally determined contribution
    from 2014 on, one naming the Paris Agreement from 2015 on, so its "emissions in 2010" are records, not future
    years. (A text that reports no year as past at all is left to its deadlines.)"""
    body = "In 1990, emissions were 30 Mt CO2e.\n\nRuritania will cut its emissions by 25% by 2030 compared to 1990."
    assert read_timeline(body).present == 1990
    indc = "Intended Nationally Determined Contribution of Ruritania\n\n" + body
    assert read_timeline(indc).present == 2014
    assert read_timeline(indc + "\n\nThis contribution is made under the Paris Agreement.").present == 2015


def test_a_plan_of_the_paris_regime_that_reports_no_year_as_past_speaks_from_the_floor_too() -> None:
    """An INDC that only labels its base year ("Base year: 1990") and sets deadlines reports no year as past: it
    still speaks from 2014 at the earliest, so a share "by 2010" is a record. A later year said of a fact that is
    no deadline of the plan ("In 2017, … emitted") may be its present: then the floor stays out."""
    indc = (
        "Intended Nationally Determined Contribution of Ruritania\n\nBase year: 1990\n\n"
        "Ruritania will reduce its GHG emissions by 25% by 2030 compared to 1990.\n\n"
        "Livestock contributes 61% of methane emissions by 2010."
    )
    assert read_timeline(indc).present == 2014
    assert ("61", "2010", "actual") in {(r["value"], r["year"], r["kind"]) for r in rows(indc)}
    later = indc + "\n\nIn 2017, according to the inventory used for the NDC projections, Ruritania emitted 41 Mt."
    assert read_timeline(later).present != 2014


def test_an_indc_speaking_from_2014_keeps_2030_as_its_headline_over_nearer_milestones() -> None:
    """Sixteen years from the present, just past the near horizon: an INDC's 2030 goal, named in every goal, stays
    its headline though its action plan names "by 2016" a little more often."""
    text = (
        "Intended Nationally Determined Contribution of Ruritania\n\n"
        "In 2013, renewable energy was 48% of electricity generation.\n\n"
        "Ruritania will reduce CO2 emissions from energy by 25% by 2030 and raise renewables to 90% by 2030. It will "
        "cut flaring by half by 2030 and end diesel generation by 2030. The 2030 goals are unconditional.\n\n"
        + "".join(f"Action {k}: adopt the standard {k} by 2016.\n\n" for k in range(1, 6))
    )
    timeline = read_timeline(text)
    assert (timeline.present, timeline.target_year) == (2014, 2030)


def test_a_plan_that_says_when_it_is_submitted_speaks_from_that_year() -> None:
    """ "Ruritania submits this NDC in 2026": the year it came out, not a year before its first deadline."""
    text = (
        "Ruritania submits this NDC in 2026. It will reduce emissions by 18% by 2035 and by 30% by 2035 with "
        "support.\n\nThe long-term strategy aims at net zero by 2050."
    )
    timeline = read_timeline(text)
    assert (timeline.present, timeline.target_year) == (2026, 2035)
