"""A document's number style: a text that writes decimal commas writes its thousands with points."""

from __future__ import annotations

from extract.numberstyle import writes_decimal_commas
from tests.test_extractor import rows

# An invented plan written the continental way: decimals with commas, thousands with points.
CONTINENTAL_PLAN = (
    "Forest cover fell by 12,7 million hectares between 1990 and 2010.\n\n"
    "Agriculture emitted 3.412,58 GgCO2e and energy 1.208,4 GgCO2e in 2016.\n\n"
    "The measures avoid 8,2 % of the projected emissions.\n\n"
    "Total emissions in 2016 were 48.306 ktCO2e, of which 31,5 % from land use."
)


def test_a_text_of_decimal_commas_writes_continental_numbers() -> None:
    assert writes_decimal_commas(CONTINENTAL_PLAN)


def test_a_text_of_decimal_points_does_not() -> None:
    english = CONTINENTAL_PLAN.replace(",", "#").replace(".", ",").replace("#", ".")
    assert not writes_decimal_commas(english)


def test_a_few_continental_forms_in_an_english_text_do_not_turn_it() -> None:
    # a translation that kept two of the original's numbers, among many written the English way
    text = (
        "Emissions reached 52,4 million tonnes. Solar supplies 3.5% of power, wind 2.25% and hydro 11.4%. "
        "Imports were 1,250,300 tonnes and exports 12.5 Mt; losses 4.75% and 0.8 Mt in 2019; 1.234,5 t remain."
    )
    assert not writes_decimal_commas(text)


def test_section_numbers_and_lists_are_no_evidence() -> None:
    # "4.2" heads a section and "3,5 and 7" lists articles: neither is a value, so neither decides
    assert not writes_decimal_commas("4.2 Mitigation. Articles 3,5 and 7 apply. 5.1 Adaptation. Articles 2,4 apply.")


def test_an_ambiguous_thousands_point_takes_the_text_s_style() -> None:
    found = {r["value_raw"]: r for r in rows(CONTINENTAL_PLAN)}
    assert found["48.306 ktCO2e"]["value"] == "48.306"  # 48,306 kt = 48.306 Mt
    assert found["48.306 ktCO2e"]["unit"] == "Mt CO2e"
    assert found["3.412,58 GgCO2e"]["value"] == "3.41258"  # an unambiguous form reads as before
    english = CONTINENTAL_PLAN.replace(",", "#").replace(".", ",").replace("#", ".")
    found = {r["value_raw"]: r for r in rows(english)}
    assert found["48,306 ktCO2e"]["value"] == "48.306"  # the same value, written the English way


def test_an_ambiguous_number_in_an_english_text_stays_a_decimal() -> None:
    found = {r["value_raw"]: r for r in rows("Emissions were 2.5 Mt in 2010 and 48.306 ktCO2e in 2016.")}
    assert found["48.306 ktCO2e"]["value"] == "0.048306"  # 48.306 kt
