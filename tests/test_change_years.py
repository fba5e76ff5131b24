"""The year and base year of a change: its own period after the emissions it changes, a base year written "of 2010"
before a deadline, and a carried base year that dates no change measured from it."""

from __future__ import annotations

from extract.segment import split_sentences
from tests.test_extractor import rows


def _found(text: str) -> set[tuple[str, str, str, str]]:
    return {(r["value_raw"], r["year"], r["kind"], r["base_year"]) for r in rows(text)}


def test_a_cut_of_the_emissions_between_two_years_is_due_at_the_second() -> None:
    """ "halve its emissions between 2012 and 2035, with a view to net zero by 2060": the period after the emissions
    the change is of is the change's own (due 2035, measured from 2012), not the later milestone's."""
    text = (
        "Freedonia adopted this plan in 2021. The measures put Freedonia on a trajectory to halve its GHG emissions "
        "between 2012 and 2035, with a view to reaching net zero emissions by 2060."
    )
    assert ("halve", "2035", "target", "2012") in _found(text)


def test_on_a_path_to_names_the_plans_outcome() -> None:
    """ "is on a pathway to cut …", "on a trajectory to …": what the plan puts the country on course for is a goal."""
    text = "Freedonia adopted this plan in 2021. Its measures put Freedonia on a pathway to a 35% cut in emissions."
    assert [r["kind"] for r in rows(text)] == ["target"]


def test_a_share_of_a_year_before_a_deadline_is_measured_from_that_year() -> None:
    """ "by 25% of 2012 by 2030, with an indicative 35% of 2012 by 2035": the year after "of" is each cut's base year
    (not a deadline), and each cut is due at the deadline after it."""
    text = (
        "Freedonia adopted this plan in 2021. Freedonia commits to reducing its emissions by 25% of 2012 by 2030, "
        "with an indicative reduction of 35% of 2012 by 2035."
    )
    assert {("25%", "2030", "target", "2012"), ("35%", "2035", "target", "2012")} <= _found(text)


def test_a_base_year_carried_from_a_label_dates_no_change_measured_from_it() -> None:
    """A "Base year | 1995" row above "have already cut emissions by 17% on 1995 levels": the change is measured from
    1995, so it is a record of a later year (the document's), never of 1995; a level of that year still is."""
    text = (
        "Freedonia submitted this contribution in 2016.\n\n"
        "Base year\t1995.\n"
        "Progress\tFreedonia has already cut its emissions by 17% on 1995 levels while its economy grew by 38%.\n"
        "Base level\tEmissions stood at 41 Mt CO2e in the base year."
    )
    found = {(r["value_raw"], r["year"]) for r in rows(text)}
    assert ("17%", "1995") not in found
    assert ("17%", "2016") in found


def test_approximately_cut_short_ends_no_sentence() -> None:
    """ "the sink is app. 5,210 Gg": "app." before a number abbreviates "approximately"; before a word it ends one."""
    text = "The sink is app. 5,210 Gg in 2014. Users download the app. Most users did so in 2020."
    assert [s.text for s in split_sentences(text, 0, len(text))] == [
        "The sink is app. 5,210 Gg in 2014.",
        "Users download the app.",
        "Most users did so in 2020.",
    ]


def test_a_year_in_an_aside_of_a_later_list_item_dates_only_that_item() -> None:
    """ "…; a 15 MW solar plant at Kumo; a 2*4 MW array (bids being assessed as at May 2016); …": the aside's date is
    its own item's, not the items before it (which the list dates nowhere)."""
    text = (
        "Freedonia submitted this contribution in 2017. It will cut its emissions by 20% by 2030.\n\nThe following "
        "is a list of initiatives: electrification of 31 villages; construction of a 15 MW solar plant at Kumo, with "
        "regional financing; connection of a 2*4 MW solar array to the grid (bids being assessed as at May 2016); "
        "distribution of 9,000 lamps."
    )
    found = {(r["value_raw"], r["year"]) for r in rows(text)}
    assert ("4 MW", "2016") in found
    assert not {("15 MW", "2016"), ("31", "2016")} & found


def test_in_comparison_with_and_with_respect_to_year_name_a_yardstick() -> None:
    """ "a reduction of 44.2% in comparison with 2010", "a three-fold increase with respect to year 2001": the year
    is what the change is measured from, not its date ("Relative to the year 2000 inventory, …" still dates)."""
    text = (
        "Freedonia submitted this plan in 2021. Freedonia commits to an absolute emission target in 2035 of 410 Mt "
        "CO2e, consistent with a reduction of 44.2% in comparison with 2010."
    )
    assert ("44.2%", "2035", "target", "2010") in _found(text)
    fleet = "Freedonia adopted this plan in 2021. The fleet has grown 4 times with respect to year 2001 by 2020."
    assert ("4 times", "2020", "actual", "2001") in _found(fleet)
