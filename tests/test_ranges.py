

def test_a_year_written_bare_after_a_values_unit_at_the_end_of_a_pair_dates_it() -> None:
    # "… 1,240.5 GgCO2eq by 2030 and 2,310.2 GgCO2eq 2035.": the "by" left out of the second half of the pair
    from tests.test_extractor import rows

    text = (
        "Ruritania, 2024. Emission cuts from the waste sector will be 1,240.5 GgCO2eq by 2030 and 2,310.2 GgCO2eq "
        "2035."
    )
    assert [(r["value"], r["year"]) for r in rows(text)] == [("1.2405", "2030"), ("2.3102", "2035")]
