

def test_a_year_written_bare_after_a_values_unit_at_the_end_of_a_pair_dates_it() -> None:
    # "… 1,240.5 GgCO2eq by 2030 and 2,310.2 GgCO2eq 2035.": the "by" left out of the second half of the pair
    from tests.test_extractor import rows

    text = (
        "Ruritania, 2024. Emission cuts from the waste sector will be 1,240.5 GgCO2eq by 2030 and 2,310.2 GgCO2eq "
        "2035."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("1.2405", "2030"), ("2.3102", "2035")]


def test_the_year_after_a_values_bracket_or_its_reported_for_dates_it() -> None:
    # "moving from a net source (1,420 Gg CO2 eq) in 2016 to a net sink (-6,310 Gg CO2 eq) by 2032": the year after
    # the bracket the start is set in dates it; "from the -12,050 Gg CO2 eq reported for 2001": the year it was
    # reported for
    from tests.test_extractor import rows

    text = (
        "Ruritania, 2021. This will move the forestry sector from a net source (1,420 Gg CO2 eq) in 2016 to a net "
        "sink (-6,310 Gg CO2 eq) by 2032. Ruritania reported net emissions in 2016 of 13,870 Gg CO2 eq, a sharp "
        "increase from the -12,050 Gg CO2 eq reported for 2001."
    )
    got = [(r["value"], r["year"], r["kind"]) for r in rows(text)]
    assert got == [
        ("1.42", "2016", "actual"),
        ("-6.31", "2032", "target"),
        ("13.87", "2016", "actual"),
        ("-12.05", "2001", "actual"),
    ]


def test_a_bare_number_compared_with_a_value_and_dated_by_its_own_year_is_that_measure_then() -> None:
    # "… by 2030, compared to around 350,000 FA in 2016": the comparison's number writes no unit (or an abbreviation
    # of what it counts), but its own year makes it the same measure at that year
    from tests.test_extractor import rows

    text = (
        "Ruritania, 2 May 2021.\n\nRuritania will hand out 640,000 efficient stoves (ES) per year by 2030, compared to "
        "around 210,000 ES in 2017.\n\nWind capacity will reach 900 MW by 2030, compared with 120 in 2019."
    )
    got = {(r["value"], r["unit"], r["kind"], r["year"]) for r in rows(text)}
    assert ("210000", "count", "actual", "2017") in got
    assert ("0.12", "GW", "actual", "2019") in got
    # no year of its own: no unit borrowed ("compared with 15 for the region" is another thing)
    other = "Ruritania, 2 May 2021.\n\nWind capacity will reach 900 MW by 2030, compared with 15 for the region."
    assert [r["value"] for r in rows(other)] == ["0.9"]
