"""Table cells that hold a value and, in brackets, a companion value of another year ("640 (598)" under "2019 (2010)"),
and the unit line printed under a table ("[Unit: million tCO2e]"). Made-up tables and numbers."""

from __future__ import annotations

from extract.cells import NUM_CELL_RE, is_value
from extract.gridbuild import is_unit_note
from extract.headeryears import bracket_year
from tests.test_years import observations_of

INTRO = "Ruritania sets out its planned emissions by sector below."


def _found(text: str) -> set[tuple[str, str, int, str]]:
    return {(format(o.value.normalize(), "f"), o.unit, o.year, o.kind) for o in observations_of(text, "rr_ndc_2021")}


def test_cell_with_a_bracketed_companion_is_one_value_cell_with_two_numbers() -> None:
    m = NUM_CELL_RE.match("2,310 (2,044)")
    assert m and (m.group("num"), m.group("alt")) == ("2,310", "2,044")
    m = NUM_CELL_RE.match("57.5（61.2）")  # full-width brackets, as East Asian plans print them
    assert m and (m.group("num"), m.group("alt")) == ("57.5", "61.2")
    assert NUM_CELL_RE.match("12 (b)") is None  # a note letter is no companion
    assert not is_value("2019 (2010)")  # two years head a column: no value
    assert is_value("640 (598)")


def test_header_written_as_year_and_bracketed_year() -> None:
    assert bracket_year("FY 2019 (FY 2010)") == (2019, 2010)
    assert bracket_year("CY 2018（CY 2008）") == (2018, 2008)
    assert bracket_year("2019 (2010) (million tCO2)") == (2019, 2010)
    assert bracket_year("Emissions 2019") is None
    assert bracket_year("2019 (2010) and 2030") is None  # a third year: not the pair


def test_unit_line_under_a_table() -> None:
    assert is_unit_note("[Unit: million tCO2e]")
    assert is_unit_note("[value: Million tCO2eq")  # an unclosed bracket, as converted text leaves it
    assert is_unit_note("(in Gg CO2-eq)")
    assert not is_unit_note("Industry")  # "in" must be a word of its own
    assert not is_unit_note("Units of the ministry")  # no unit stated


FLAT = "\n\n".join(
    [
        INTRO,
        "Table 3 Planned emissions of each sector",
        "Emissions of each sector in 2035",
        "2019 (2010)",
        "Total energy",
        "512",
        "640 (598)",
        "Industry",
        "201",
        "250 (231)",
        "Transport",
        "99",
        "120（101）",
        "[Unit: million tCO2e]",
        "(2) Waste",
        "Waste emissions are set out in the next section.",
    ]
)


def test_flattened_table_reads_each_bracketed_value_in_the_bracketed_year_and_the_unit_line() -> None:
    found = _found(FLAT)
    assert ("512", "Mt CO2e", 2035, "target") in found
    assert ("640", "Mt CO2e", 2019, "actual") in found
    assert ("598", "Mt CO2e", 2010, "actual") in found  # the companion: the header's bracketed year, past
    assert ("101", "Mt CO2e", 2010, "actual") in found
    assert len(found) == 9


TAB = (
    INTRO
    + "\n\nTable 2 Planned emissions of each gas\n\n"
    + "\tEmissions of each gas in 2035\t2019 (2010)\n"
    + "Methane\t14.2\t17.9 (19.3)\n"
    + "Nitrous oxide\t6.6\t7.1 (8.0)\n"
    + "\t\t[value: Million tCO2eq\n\n"
    + "(3) Fluorinated gases are covered in the next section.\n"
)


def test_tab_table_takes_its_unit_from_a_last_row_that_states_it() -> None:
    found = _found(TAB)
    assert found == {
        ("14.2", "Mt CO2e", 2035, "target"),
        ("17.9", "Mt CO2e", 2019, "actual"),
        ("19.3", "Mt CO2e", 2010, "actual"),
        ("6.6", "Mt CO2e", 2035, "target"),
        ("7.1", "Mt CO2e", 2019, "actual"),
        ("8", "Mt CO2e", 2010, "actual"),
    }


def test_without_a_bracketed_year_in_the_header_the_companion_is_left_alone() -> None:
    text = FLAT.replace("2019 (2010)", "2019")
    found = _found(text)
    assert ("640", "Mt CO2e", 2019, "actual") in found
    assert not any(v == "598" for v, *_ in found)  # what the bracket holds is not said


def test_a_figure_with_a_magnitude_word_gives_the_unit_of_the_table_it_introduces() -> None:
    # "approximately 512 million t-CO2e": the paragraph writes its emissions in million tonnes, so the bare cells of
    # the table it introduces are in Mt, not in tonnes
    text = "\n\n".join(
        [
            "Emissions will fall to approximately 512 million t-CO2e. The sectors' emissions are shown in Table 1.",
            "Table 1 Planned emissions in each sector",
            "\tEmissions of each sector in 2035\tEmissions in 2019\n"
            "Energy\t512\t640\nIndustry\t201\t250\nTransport\t99\t120",
            "The measures behind these levels follow.",
        ]
    )
    found = _found(text)
    assert ("201", "Mt CO2e", 2035, "target") in found
    assert ("250", "Mt CO2e", 2019, "actual") in found
