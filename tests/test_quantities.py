"""Quantities: ranges in every shape, lists that share a unit, counts, bare magnitudes, restatements.

Every sentence here is written for these tests (invented countries and numbers), not taken from any document.
"""

from __future__ import annotations

import re
from decimal import Decimal
from types import SimpleNamespace

import pytest

from extract import context as cx
from extract import counts, numbers
from extract.counts import _FOOTNOTED_YEAR_RE, _YEAR_DIGITS_RE, _YEAR_WORD_BEFORE_RE, year_like
from extract.extractor import extract_document
from extract.model import Document
from extract.notvalues import _DATE_AFTER_RE
from extract.quantities import find_quantities
from extract.segment import split_sentences
from tests.test_extractor import rows, values


def found(text: str) -> list[tuple[Decimal, str, str]]:
    """(value, unit, qualifier) of every quantity of a one-sentence text."""
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text, 0, len(text))]


def D(value: str) -> Decimal:
    return Decimal(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emissions will fall 33-36 percent by 2030.", [(D(33), "%", ">="), (D(36), "%", "<=")]),
        ("Emissions will fall 6–8% by 2030.", [(D(6), "%", ">="), (D(8), "%", "<=")]),
        ("Emissions will be between 212 and 260 Mt CO2-eq.", [(D(212), "Mt CO2e", ">="), (D(260), "Mt CO2e", "<=")]),
        ("Emissions will be 1.4 to 1.9 billion tonnes.", [(D(1400), "Mt CO2e", ">="), (D(1900), "Mt CO2e", "<=")]),
        ("Emissions will be in a range from 140-175 Mt CO2-eq.",
         [(D(140), "Mt CO2e", ">="), (D(175), "Mt CO2e", "<=")]),
        # printed high to low: still >= the smaller bound and <= the larger
        ("Target: 512.4～468.1 MtCO2eq (with LULUCF).", [(D("512.4"), "Mt CO2e", "<="), (D("468.1"), "Mt CO2e", ">=")]),
        ("Net emissions of 0.74 to 0.61 GtCO2e are consistent with it.",
         [(D(740), "Mt CO2e", "<="), (D(610), "Mt CO2e", ">=")]),
        ("Annual cuts of 1.6-2.1 percent per year are needed.", [(D("1.6"), "%", ">="), (D("2.1"), "%", "<=")]),
    ],
)  # fmt: skip
def test_ranges_give_two_bounds(text: str, expected: list[tuple[Decimal, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Needs are USD 7 - 9 billion until 2030.", D(7), D(9)),
        ("Needs are USD 7 – USD 90 billion until 2030.", D(7), D(90)),
        ("Needs are US$7-9 billion until 2030.", D(7), D(9)),
    ],
)
def test_money_ranges_share_currency_and_magnitude(text: str, low: Decimal, high: Decimal) -> None:
    assert found(text) == [(low, "USD billion", ">="), (high, "USD billion", "<=")]


def test_mil_abbreviates_million_also_where_a_range_shares_it() -> None:
    assert found("Phase 2 of the grid programme costs about USD 42.5 mil.") == [(D("0.0425"), "USD billion", "")]
    bounds = [(D("0.012"), "USD billion", ">="), (D("0.017"), "USD billion", "<=")]
    assert found("Tranche B needs USD 12 - 17 mil.") == bounds
    assert found("The sink held 7.5 mil tonnes of carbon.") == [(D("7.5"), "Mt CO2", "")]


def test_from_to_is_a_change_not_a_range() -> None:
    assert [q for _, _, q in found("Forest cover rose from 31% to 35%.")] == ["", ""]


def test_ranging_from_to_gives_a_ranges_bounds() -> None:
    # "an area ranging from 400,000 to 900,000 ha", "varying from 2 to 5 GW": the bounds of a range, the bare lower
    # one in the unit written at the upper; with a year at each end it stays a change ("ranged from … in 2015 to …")
    text = "By 2031, restore an area ranging from 400,000 to 900,000 ha."
    assert found(text) == [(D("0.4"), "Mha", ">="), (D("0.9"), "Mha", "<=")]
    assert found("Storage will grow, varying from 2 to 5 GW.") == [(D(2), "GW", ">="), (D(5), "GW", "<=")]
    text = "Emissions ranged from 12.1 Mt in 2015 to 14.3 Mt in 2020."
    assert [q.group for q in find_quantities(text, 0, len(text))] == ["from", "to"]


def test_an_end_written_before_its_start_is_a_from_to_whose_deadline_is_the_ends() -> None:
    # "will reach 160 million tonnes from 62 million tonnes by 2035": the end first, the change's deadline last
    text = "Rail freight will reach 160 million tonnes from 62 million tonnes by 2035."
    got = [(q.value, q.group, q.year) for q in find_quantities(text, 0, len(text))]
    assert got == [(D(160), "to", 2035), (D(62), "from", None)]


def test_a_change_written_as_year_value_pairs_dates_each_value_by_the_year_before_it() -> None:
    # "(2021, 12% to 2035, 45%)": the start of 2021 (a record, the document's present), the end due in 2035
    text = "In 2021, emissions were 14.5 Mt CO2e.\n\nRaise the solar share of power (2021, 12% to 2035, 45%)."
    got = [(r["value"], r["year"], r["kind"]) for r in rows(text) if r["unit"] == "%"]
    assert got == [("12", "2021", "actual"), ("45", "2035", "target")]


def test_an_undated_start_in_plain_tonnes_is_todays_level_of_a_good_but_of_emissions_a_kept_goal() -> None:
    # the start of a planned change with no year: dropped as today's undated level for a plain mass of freight,
    # kept for a mass the sentence makes one of emissions (mostly an earlier plan's goal)
    lead = "This NDC was submitted in 2024.\n\n"
    freight = rows(lead + "Rail freight will grow from 62 million tonnes to 160 million tonnes by 2035.")
    assert [(r["value"], r["year"], r["kind"]) for r in freight] == [("160", "2035", "target")]
    emitted = rows(lead + "The pathway narrows from 216 Mt to 112 Mt of CO2-eq by 2030.")
    assert [r["value"] for r in emitted] == ["216", "112"]


def test_listed_values_share_the_unit_written_after_the_last() -> None:
    assert found("About 2, 6 and 7.5 per cent of wetlands were lost.") == [
        (D(2), "%", ""), (D(6), "%", ""), (D("7.5"), "%", "")
    ]  # fmt: skip
    assert found("Transport and industry emit 14.2 and 9.8 MtCO2e respectively.") == [
        (D("14.2"), "Mt CO2e", ""), (D("9.8"), "Mt CO2e", "")
    ]  # fmt: skip


def test_a_bracketed_aside_between_a_number_and_its_unit() -> None:
    got = found("Savings of 0.7 (1.1%) and 0.3 (0.5%) Mt CO2e will come from farms and waste.")
    assert got == [(D("0.7"), "Mt CO2e", ""), (D("1.1"), "%", ""), (D("0.3"), "Mt CO2e", ""), (D("0.5"), "%", "")]


def test_a_bare_magnitude_needs_a_counted_noun() -> None:
    assert found("The population was about 48.2 million, and it grows.") == []
    assert found("About 3.2 million efficient stoves were handed out.") == [(D("3.2"), "million", "")]
    assert found("Some 40 million are expected to benefit.") == []
    assert found("A further 4 billion required for grids.") == []


def test_devices_a_plan_deploys_are_counted() -> None:
    got = found("Conditional: 14,200 LED lamps, 3,050 solar water heaters and 960 grid connections by 2030.")
    assert got == [(D(14200), "count", ""), (D(3050), "count", ""), (D(960), "count", "")]


def test_parallel_magnitudes_share_the_noun_written_once() -> None:
    got = found("Factories built 2.4 million and sold 2.1 million electric motorbikes.")
    assert got == [(D("2.4"), "million", ""), (D("2.1"), "million", "")]


def test_a_count_noun_before_the_magnitude() -> None:
    assert found("The number of enrolled farmers has reached 1.3 million.") == [(D("1.3"), "million", "")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Installation of 3150 Nos. biogas digesters.", D(3150)), ("Promotion of solar pumps (12,400 nos.).", D(12400))],
)
def test_nos_marks_a_count(text: str, value: Decimal) -> None:
    assert found(text) == [(value, "count", "")]


def test_a_decimal_at_the_start_of_a_line_is_not_a_list_number() -> None:
    assert found("7.5 GW of wind is planned.") == [(D("7.5"), "GW", "")]


def test_a_multiplication_noun_is_a_multiple() -> None:
    assert found("This means an approximate tripling of the pace.") == [(D(3), "times", "")]


def test_the_global_stocktake_multiplications_are_not_the_countrys() -> None:
    assert found("Parties agreed on tripling renewable capacity globally and doubling efficiency gains.") == []


def test_footnote_markers_fused_to_values_and_years() -> None:
    assert found("Cut emissions by 64%12 and 70% in the longer run.") == [(D(64), "%", ""), (D(70), "%", "")]
    assert found("Reach net zero by 20603 and 40% renewables.") == [(D(40), "%", "")]
    assert found("Wind capacity reached 17.5¹ GW in 2022.") == [(D("17.5"), "GW", "")]
    # the end of a span of years with its footnote: no count, even where "a total of" asks for one
    assert found("It saves 12 Mt (a total of 31 Mt) over the period 2026-203517.") == [
        (D(12), "Mt", ""),
        (D(31), "Mt", ""),
    ]
    # (the end of a span written "between … and …")
    assert found("It avoids a total of 2,410 kt between 2022 and 20358.") == [(D("2.410"), "Mt", "")]


def test_a_decimal_torn_by_a_stray_space() -> None:
    text = "Emissions were revised from 88.10 MtCO2e to 94. 06 MtCO2e. A second sentence follows."
    first, second = split_sentences(text, 0, len(text))
    assert (first.text, second.text) == (text[:58], "A second sentence follows.")
    assert found(first.text) == [(D("88.10"), "Mt CO2e", ""), (D("94.06"), "Mt CO2e", "")]


def test_scenario_names_and_dotted_dates_are_not_values() -> None:
    assert found("Warming is larger under RCP 6.0 and SSP 2.45 pathways.") == []
    assert found("The decree (No. PK-118 of 17.03.2021) sets the rules.") == []
    assert found("Under decision 7 and 25% of annex 2, targets are set.") == [(D(25), "%", "")]


def test_a_range_between_two_amounts_each_with_its_currency() -> None:
    found = rows("Togo requires between US$ 2.4 and US$ 3.1 billion of investment by 2030.")
    assert [(r["value"], r["unit"], r["qualifier"]) for r in found] == [
        ("2.4", "USD billion", ">="),
        ("3.1", "USD billion", "<="),
    ]


def test_a_footnote_marker_fused_to_a_magnitude_word() -> None:
    found = rows("Implementation will cost US$ 4.7 billion7 until 2030.")
    assert [(r["value"], r["unit"]) for r in found] == [("4.7", "USD billion")]


def test_a_footnote_marker_glued_to_a_number_of_thousands_groups() -> None:
    """No grouping ends in four digits: "$48,500,0003" is $48,500,000 and footnote 3; a number of one group and
    four digits after it ("1,2345") is not read that way."""
    found = rows("Ruritania will need $48,500,0003 for its wind farms by 2030.")
    assert [(r["value"], r["value_raw"]) for r in found] == [("0.0485", "$48,500,000")]
    assert [(r["value"], r["unit"]) for r in rows("By 2030, it plans to plant 2,250,00012 trees.")] == [
        ("2250000", "count")
    ]
    assert numbers.find_numbers("a 1,2345 b", 0, 10)[0].value != Decimal(1234)


def test_percent_encoded_web_addresses_hold_no_shares() -> None:
    assert rows("Source: https://stats.example.org/Projections%20based%20on%2 02018%20census.pdf") == []


def test_a_serial_number_after_a_laws_year_is_a_code() -> None:
    """ "Law No. 2016-007", "Decree 2019/021": the number after the year of a text's reference, written with a
    leading zero, is its serial number; a count written so ("04 boreholes") is still a count."""
    assert rows("Ruritania, 3 March 2021.\n\nLaw No. 2016-007 revamping the Wetland Areas Code.") == []
    assert rows("Ruritania, 3 March 2021.\n\nDecree 2019/021 revamping the National Parks Code.") == []
    found = rows("Ruritania, 3 March 2021.\n\nBy 2025, 04 boreholes will be drilled in each district.")
    assert [(r["value"], r["year"]) for r in found] == [("4", "2025")]


def test_a_year_before_a_stray_percent_sign_is_a_deadline() -> None:
    assert rows("The coastal wetlands are protected and restored by 2030 % of flooded forest and mangroves.") == []


def test_numbers_inside_web_addresses_are_no_values() -> None:
    text = "In 2023 Ruritania reported. See http://laws.example/repositorio/Decreto%206092-2016-%20Politica%20energia.pdf"
    assert rows(text) == []
    text = "In 2023 Ruritania reported. Source: https://docs.example.org/pdf/Supporting-Ruritania-Move-to-100-Percent.pdf"
    assert rows(text) == []
    # a long statistics query: its parameters are no shares
    query = "&".join(f"df%5b{k}%5d=SPC{k}" for k in range(40))
    assert rows(f"In 2023 trade was reported. Source: https://stats.example.org/vis?{query}&pd=2015%2C&to=false") == []
    # a value after the address is kept
    text = "In 2022, 45% of power was renewable (www.energy.example.rr/report-2022-55)."
    assert [r["value"] for r in rows(text)] == ["45"]


# Sentences for the fast paths of the number search: number words and their look-alikes ("done", "often"), digits
# glued to codes and names, non-ASCII letters that match ASCII ones case-insensitively ("ſix").
_SEARCH_TEXTS = [
    "Zedland will cut one-third of its 2,450.5 Mt by 2035, twenty-five plants and a  hundred stoves.",
    "Someone has done it often; the phone zone is not a number, nor is attention.",
    "USD13 million, usd4 and KSh5 billion; R40 billion but xR4, CO2 and H2O are names, /7 and .5 too.",
    "Budget: 169. 05 and 1,234,567.8 and 12,34 and 3-fold, TWOFOLD, ſix and ſeven, İone and Kten.",
    "À l'horizon, a\u00a0tenth (£3bn) — Three Quarters of 5,000 homes; quadrupling by 20501, Half of it.",
    "Über 2030: née five, ÉTÉ one-third — Two thousand élèves and a\u2003quarter; ofive, «seven», é-nine, 中ten.",
    "Costs fell by a Fourth, then a fourthly x-two, (three) and _four, 5five, half-way and doubling; A hundred.",
    "中文文本" * 20 + "：2030年 12亿千瓦, one-third and ٣٤ 万 twenty five 5 million.",
    "Arabic ٣٤ and ۱۲,۵ beside 12, fullwidth ２０３０ and 𝟓 ten, a\u00a0third, a\u2003quarter, “one”… and ²5 ₂7.",
]
_OLD_DIGITS_RE = re.compile(  # the digits half before it consumed the first digit: a lookahead, then assertions
    r"(?=\d)(?P<digits>(?:(?<![A-Za-z0-9_.,/])|"
    + "|".join(f"(?<={code})" for code in numbers._GLUED_CODES)
    + r"|(?<=\bR))(?:\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.])|\d{1,3}\.\d{3},\d+(?![\d.,])|\d{1,3},\d{1,2}(?![\d.,])"
    r"|(?<!,[ ])\d{1,3},[ ]\d{3}(?![\d.,])(?![ ]?,[ ]?\d)"
    r"|(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+|\.[ ](?=0\d)\d+)?)(?![\d]))",
    re.IGNORECASE | re.VERBOSE,
)


def _windows(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s in range(0, len(text), 2) for e in (len(text), min(len(text), s + 9), min(len(text), s + 25))]


@pytest.mark.parametrize("text", _SEARCH_TEXTS)
def test_the_number_search_fast_paths_agree_with_the_plain_searches(text: str) -> None:
    for s, e in _windows(text):
        digits = list(numbers._DIGITS_ONLY_RE.finditer(text, s, e))
        assert [m.span() for m in digits] == [m.span() for m in _OLD_DIGITS_RE.finditer(text, s, e)]
        words = list(numbers._WORDS_ONLY_RE.finditer(text, s, e))
        if words:
            assert numbers._may_start_number_word(text, s, e)
        plain = sorted(digits + words, key=lambda m: m.start())
        got = numbers._number_matches(text, s, e)
        assert [(m.span(), m.lastgroup) for m in got] == [(m.span(), m.lastgroup) for m in plain]
        span = text[s:e]
        stems = not span.isascii() or any(stem in span.lower() for stem in numbers._WORD_STEMS)
        assert numbers._may_have_number_words(text, s, e) == stems
        digit = re.search(r"\d", span) is not None
        assert numbers.may_hold_number(text, s, e) == (digit or stems)


def test_a_word_start_test_skips_number_word_look_alikes() -> None:
    text = _SEARCH_TEXTS[1]
    assert numbers._may_have_number_words(text, 0, len(text))  # "one" in "Someone", "ten" in "often"
    assert not numbers._may_start_number_word(text, 0, len(text))


def test_hyphen_glued_numbers_and_magnitudes_in_one_pass() -> None:
    text = "Solar-581 MW, é-5 and -7, 12亿千瓦, 3 billion4 and 4.5 万 units, twenty million, 8 - million, 9 lakh"
    got = [(text[n.start : n.end], n.value, n.magnitude_word, n.glued) for n in numbers.find_numbers(text)]
    assert got == [
        ("581", D(581), "", True),  # an ASCII letter and a hyphen before it: glued (see Number.glued)
        ("5", D(5), "", False),
        ("7", D(7), "", False),
        ("12亿", D(12) * 10**8, "亿", False),
        ("3 billion", D(3) * 10**9, "billion", False),  # the footnote marker 4 is no number
        ("4.5 万", D("4.5") * 10**4, "万", False),
        ("twenty million", D(20) * 10**6, "million", False),
        ("8 - million", D(8) * 10**6, "million", False),
        ("9 lakh", D(9) * 10**5, "lakh", False),
    ]


def test_year_like_agrees_with_the_year_patterns() -> None:
    text = "In 2030, 1899 or ١٩٩٠ and 2150, by 20501 and 205012, 20501 alone, 3,030 and 2030 million, 21.5 and 1750."
    for num in numbers.find_numbers(text):
        raw = text[num.start : num.end]
        plain = bool(_YEAR_DIGITS_RE.fullmatch(raw)) or (
            bool(_FOOTNOTED_YEAR_RE.fullmatch(raw))
            and bool(_YEAR_WORD_BEFORE_RE.search(text, max(0, num.start - 12), num.start))
        )
        assert year_like(num, text) == plain, raw


def test_the_month_guard_keeps_the_dates_after_a_number() -> None:
    unguarded = re.compile(r"^\s*(?:" + cx._MONTHS + r")\b", re.IGNORECASE)
    for after in [" March 2020", "  SEPT. 4", "ſept", " Dec", " decade", " Mt", "% by", " Nov.", "\tjuly", " Augment"]:
        assert bool(_DATE_AFTER_RE.match(after)) == bool(unguarded.match(after)), after


def test_singular_by_look_up_agrees_with_the_rules() -> None:
    words = "Cities city buses bus taxies Factories factory projects zones policies laws lawes houses towns ys ies s"
    for word in [*words.split(), *counts.COUNT_NOUNS]:
        assert counts._singular(word) == counts._singular_by_rules(word), word


def test_the_word_pre_checks_hold_every_match() -> None:
    text = "The Number of units, this NUMBER, a count of 5, in total of, the PUE and the emission-intensity Rate index."
    for regex, words in (
        (counts._NUMBER_OF_RE, counts._NUMBER_OF_WORDS),
        (counts._RATIO_CONTEXT_RE, counts._RATIO_WORDS),
    ):
        for m in regex.finditer(text):
            assert any(w in m.group().lower() for w in words), m.group()
    # ordinals ("1st", "7th") are no values; the count noun after one still counts the number before it
    assert found("It has 12 stations and 5 1st-tier cities, 7th in rank.") == [
        (D(12), "count", ""),
        (D(5), "count", ""),
    ]


def test_labels_dates_ranges_and_from_to_after_the_reordered_pre_checks() -> None:
    text = (
        "See Table 3 and Fig. 4: 40% by 15 March, 12 GW on Sept 5 and 7 MW in Sept 9; No.  8 and ANNEX 9 MW, "
        "«Table» 6 GW."
    )
    assert found(text) == [(D(40), "%", ""), (D(12), "GW", ""), (D("0.007"), "GW", ""), (D(6), "GW", "")]
    text = "Between 2 and 4 GW, from 10 to 12 Mt in 2030, to 5 GW from 3 GW."
    groups = [(q.value, q.unit, q.qualifier, q.group) for q in find_quantities(text, 0, len(text))]
    assert groups == [
        (D(2), "GW", ">=", ""), (D(4), "GW", "<=", ""), (D(10), "Mt", "", "from"), (D(12), "Mt", "", "to"),
        (D(5), "GW", "", "to"), (D(3), "GW", "", "from"),
    ]  # (the bare start of a from-to takes the unit written at its end)


def test_a_plans_version_number_is_no_value() -> None:
    from tests.test_extractor import rows

    text = (
        "Ruritania submits its new Nationally Determined Contribution (NDC 3.0) for the target year 2035.\n\n"
        "Ruritania’s Nationally Determined Contribution 3.0 outlines the country’s priorities and requirements for "
        "the coming decade. Its NDC 2.0 set 4 GW by 2030."
    )
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("4", "GW")]


def test_the_pair_resolvers_change_nothing_in_one_quantity() -> None:
    """find_quantities skips the range, list and restatement passes for fewer than two quantities."""
    from extract.ranges import resolve_ranges

    for text in ["Between 40 GW of wind.", "From 7 Mt in 2030.", "Some 3, and (about 12% of it)", "5,000 Nos."]:
        for q in find_quantities(text, 0, len(text)):
            before = repr(q)
            resolve_ranges(text, [q])
            assert repr(q) == before
    assert find_quantities("In 2030 and 2035, Table 4.", 0, 26) == []


def test_the_label_search_from_the_last_word_agrees_with_the_full_search() -> None:
    from extract import notvalues

    ends = ["Table ", "sub-Paragraph ", "P.O.    Box ", "Box", "SECTION\t", "Article\n", "xTable ", "No. ", "Fig.", "#"]
    ends += ["+ ", "table of ", "Category", "(Decision ", "Tel.", "Vol ", "the rcp", "Stage\u00a0", "bus stop", "  "]
    ends += ["Nationally Determined Contribution ", "a contribution ", "NDC ", "the NDC\n"]
    for prefix in ["", "a", "see the figure in ", "Annex and Building "]:
        for end in ends:
            before = (prefix + end)[-30:]
            stripped = before.rstrip()
            low_tail = stripped[-notvalues._LONGEST_LABEL:].lower()
            if low_tail.endswith("box"):
                continue  # searched in full
            pos = max(0, len(stripped) - notvalues._LONGEST_LABEL)
            full = notvalues._LABEL_BEFORE_RE.search(before) is not None
            assert (notvalues._LABEL_BEFORE_RE.search(before, pos) is not None) == full, before


def test_numbers_hash_and_compare_by_value_as_frozen_ones_did() -> None:
    first, second = numbers.find_numbers("12 GW and 12 GW"), numbers.find_numbers("12 GW")
    assert first[0] == second[0] and hash(first[0]) == hash(second[0]) and first[0] != first[1]
    assert len({*first, *second}) == 2


def test_a_unit_hard_wrapped_onto_the_next_line_stays_with_its_number() -> None:
    assert values("Armenia will cut emissions by 40\npercent by 2030 against 1990.") == [("40", "%")]
    assert values("The measures avoid 2,150,000\nMT CO2e over the period to 2030.") == [("2.15", "Mt CO2e")]
    assert values("Wind farms: 120\n\nMW of them are planned.") == []  # a blank line ends the paragraph


def test_per_capita_said_before_a_value_in_tonnes_makes_it_an_intensity() -> None:
    text = "The per capita emissions of Lesotho were estimated at 0.31 tCO2e in 2016."
    assert values(text) == [("0.31", "t CO2e per capita")]
    assert values("In 2019, per capita GDP grew while total emissions reached 4.1 Mt CO2e.") == [("4.1", "Mt CO2e")]


def test_a_bare_number_in_brackets_with_its_own_year_restates_the_quantity_before_it() -> None:
    text = "In 2021 emissions reached 5 Mt CO2e. Install 1,200 MW of solar by 2030 (400 by 2025)."
    assert {(r["value"], r["unit"], r["year"]) for r in rows(text)} >= {("1.2", "GW", "2030"), ("0.4", "GW", "2025")}
    assert ("4", "GW") not in values(
        "In 2021 emissions reached 5 Mt CO2e. Install 1,200 MW of solar by 2030 (Table 4)."
    )


def test_kilograms_per_person_are_tonnes_per_capita_and_kilogram_totals_are_no_values() -> None:
    text = (
        "Emissions per capita in 2016, 3,120 kg CO2eq. By 2032, 2,640 kg CO2eq/capita with mitigation. "
        "The grid factor was 0.71 kg CO2e/USD in 2016 and a household emits 350 kg CO2e a month."
    )
    assert [(r["value"], r["unit"]) for r in rows(text)] == [
        ("3.12", "t CO2e per capita"),
        ("2.64", "t CO2e per capita"),
        ("0.71", "kg CO2e per USD"),  # the economy's intensity, in the kilograms written
    ]


def test_a_per_capita_figure_no_person_could_emit_is_a_misprint_not_a_value() -> None:
    assert rows("Per capita emissions in 2019 were 4,870.2 Gg CO2eq/Capita.") == []


def test_planted_trees_vehicles_and_centres_are_counted_numbers_glued_into_words_are_not() -> None:
    text = (
        "By 2031, plant at least 250,000 trees, introduce 1,800 electric 3-wheelers and establish 12 recycling "
        "centres and 3 new protected areas."
    )
    found = [(r["value"], r["unit"]) for r in rows(text)]
    assert found == [("250000", "count"), ("1800", "count"), ("12", "count"), ("3", "count")]


def test_a_count_for_each_of_something_is_a_rate_not_a_total() -> None:
    # "60 per district", "8 fruit trees per household": how many for each, no total; "per year" keeps a yearly flow,
    # and a fraction per something is still a ratio a catalogue may name ("2.4 megajoules per dollar")
    text = "By 2032, 480 clinics (60 per district) and 8 fruit trees per household, with 5,000 hectares restored."
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("480", "count"), ("0.005", "Mha")]
    assert [r["value"] for r in rows("By 2032, plant 20,000 trees per year.")] == ["20000"]


def test_a_number_word_naming_a_kind_of_vehicle_is_no_count() -> None:
    text = "By 2032, two wheelers and three-wheelers in Ruritania will run on electricity, with 9,000 new buses."
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("9000", "count")]


def test_numbers_listed_before_wheelers_name_vehicle_classes_not_counts() -> None:
    text = "By 2031, EVs will be 40% of 2 & 3 Wheelers sales, 35% of 2- and 3-wheelers in taxis and 1,500 e-buses."
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("40", "%"), ("35", "%"), ("1500", "count")]


class _CountsNamed:
    """A catalogue with an indicator for the values of sentences about models: what the user asked for."""

    indicators = {"asked_for": SimpleNamespace(sector="transport")}

    def classify(self, sentence: str, start: int, end: int, unit: str, region: str = "") -> str:
        return "asked_for" if "models" in sentence else ""


def test_a_small_count_in_words_is_prose_unless_an_indicator_names_it() -> None:
    # "five national parks", "four new landfills": prose tells small numbers in words; a plan counts in digits
    text = "In 2021 Ruritania had five national parks, built four new landfills and opened 12 recycling centres."
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("12", "count")]
    text = "In 2021 only seven models of electric heavy trucks were certified."
    doc = Document(doc="t", file="t.txt", text=text, sha256="0", bytes=len(text.encode()))
    found = extract_document(doc, _CountsNamed()).observations  # type: ignore[arg-type]
    assert [(str(o.value), o.unit, o.indicator) for o in found] == [("7", "count", "asked_for")]


def test_an_amount_of_each_item_is_its_size_not_the_plans_amount() -> None:
    # "two units of 40 MW each": the size of one; "15% each year" is a rate, and "Each" may open a run-on sentence
    text = (
        "By 2030, small hydro plants (up to 12 MW each) will total 140 MW, with two units of 45 MW each at Tolo. "
        "Wetland restoration will grow by 15% each year to 2030. Savings reach 21.4 GWh Each of the targets holds."
    )
    assert [r["value_raw"] for r in rows(text)] == ["140 MW", "15%", "21.4 GWh"]


def test_the_number_of_a_name_or_a_version_is_no_count() -> None:
    text = "The NDC 3.0 builds on SDG 7 and Phase 2 of the programme, which reached 41 villages in 2023."
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("41", "count")]
    # which of the document's alternatives: "the NDC scenario 2", "Option 3"
    assert rows("Table 8: Sectoral share and number of GHG emission cuts under the NDC scenario 2 in 2030") == []
    assert rows("Table 9: Sectoral share and absolute number of GHG emission cuts under Option 3 in 2030") == []
    # a legal act's number and year: "Law 11/98", "Decree No. 27/2016"
    assert rows("Law 12/98 – the Base Environment Law, dated 2 March 1998.") == []
    assert rows("Decree No. 27/2016 – the Base Water Decree, dated 4 May 2016.") == []


def test_the_number_opening_a_footnote_or_a_numbered_order_is_no_count() -> None:
    """ "28 Other estimates …", "12 Rehabilitate …": a line opening with a number, then a determiner or an order, is
    a note's or an item's number; a count mid-sentence counts."""
    text = (
        "Palau, 2 May 2025.\n\n28 Other estimates place the installed solar capacity at 47 GW in 2024.\n\n"
        "12 Rehabilitate existing hydropower plants by 2030\n\nWe will build 12 rehabilitation centres by 2030."
    )
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("47", "GW"), ("12", "count")]


def test_numbers_printed_the_continental_way_are_read_where_their_form_is_unambiguous() -> None:
    text = "In 2021: reforestation of 1.250.400 ha; emissions of 6.108,25 ktCO2e; 0,35% of the total; 118,4 Mt."
    assert [(r["value"], r["unit"]) for r in rows(text)] == [
        ("1.2504", "Mha"),
        ("6.10825", "Mt CO2e"),
        ("0.35", "%"),
        ("118.4", "Mt"),
    ]
    assert [str(n.value) for n in numbers.find_numbers("in 2019,20 percent and 2.863 MW")] == ["2019", "2.863"]


def test_thousands_set_apart_by_spaces_join_before_a_word_not_before_another_number() -> None:
    assert values("By 2031 the plan restores 4 500 hectares and 1 200 000 tonnes of CO2.") == [
        ("0.0045", "Mha"), ("1.2", "Mt CO2")
    ]  # fmt: skip
    assert values("In 2018 12 400 ha burned.") == [("0.0124", "Mha")]  # the year stays a year
    assert [str(n.value) for n in numbers.find_numbers("row 45 120 300 18")] == ["45", "120", "300", "18"]
    assert [str(n.value) for n in numbers.find_numbers("Angola 1 100% 2 050 MW")] == ["1", "100", "2050"]


def test_a_thousands_comma_spaced_out_by_a_conversion_joins_its_number_a_list_does_not() -> None:
    assert values("Net emissions of the sector amounted to 2, 418 Gg CO2 eq in 2016.") == [("2.418", "Mt CO2e")]
    assert [str(n.value) for n in numbers.find_numbers("options 1, 200, 300")] == ["1", "200", "300"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry will distribute seven (7) million seedlings.", [("7", "million")]),
        ("Losses will fall by twelve (12) percent by 2030.", [("12", "%")]),
        ("Ruritania will restore forty (40) thousand hectares by 2030.", [("0.04", "Mha")]),
    ],
)
def test_a_number_word_repeated_in_bracketed_digits_is_one_number(text: str, expected: list[tuple[str, str]]) -> None:
    """Legal style writes a number twice, "seven (7) million": the magnitude after the bracket belongs to it."""
    assert [(str(q.value.normalize()), q.unit) for q in find_quantities(text, 0, len(text))] == expected


def test_a_comma_no_thousands_grouping_could_hold_is_a_decimal_comma() -> None:
    """A thousands group never follows a lone 0 nor four digits: "0,007 %" and "2315,48 million" are decimals."""
    assert values("In 2020 Ruritania emitted 0,007 % of the world's emissions and spent 2315,48 million USD.") == [
        ("0.007", "%"),
        ("2.31548", "USD billion"),
    ]
    # a year before a comma stays a year; an English grouping stays thousands
    assert [str(n.value) for n in numbers.find_numbers("in 2019,25 percent; 2,315,480 t; 1,250 ha")] == [
        "2019", "2315480", "1250"
    ]  # fmt: skip


def test_a_negative_amount_in_brackets_after_a_reduction_is_the_cut() -> None:
    """ "a reduction against BAU of 12% (-48 Mt CO2e)": the bracket restates the cut as an amount and its minus is
    the cut's direction, so the amount is 48; a level after "to" keeps its sign (a net sink), as does a bracket no
    reduction comes before."""
    text = (
        "The unconditional pathway represents a reduction against the revised BAU of 12% (-48 Mt CO2e) in 2030. "
        "Policy interventions reduce the sector's emission level in 2030 to -88.2 Mt CO2e. "
        "Net removals were (-2,400 kt CO2e) in 2015."
    )
    got = {q.value for q in find_quantities(text, 0, len(text)) if q.unit == "Mt CO2e"}
    assert got == {D(48), D("-88.2"), D("-2.4")}


def test_a_mass_a_day_is_a_throughput_not_a_total() -> None:
    """ "plants of 650 and 400 MT/day", "1,300 tonnes per day of waste": a daily throughput (a plant's capacity), not
    an amount of emissions or mass the country reports; "21.7 MT CO2e" stays."""
    text = (
        "Two plants with capacities of 650 and 400 MT/day were commissioned in 2019. "
        "The landfill receives 1,300 tonnes per day of waste. Emissions were 21.7 MT CO2e in 2018. "
        "A plant processing 1,040 tons of municipal waste per day opens in 2031. In 2022 the depot's panels "
        "generated 3 MWh per day."
    )
    found = [(q.value, q.unit) for q in find_quantities(text, 0, len(text)) if q.unit != "count"]  # ("Two plants")
    assert found == [(D("21.7"), "Mt CO2e")]


def test_a_volume_a_thing_holds_or_a_plant_passes_a_day_is_no_countrys_volume() -> None:
    """ "a 4 m3 biogas digester", "ponds (2,000 to 8,000 m3 each)", "a plant of 30,000 m3/day", "a flow of 900 m3
    per second": a thing's size or a rate, never a national volume; gas used in a year and water stored by dams stay,
    and so does water a person uses ("55 m3 per person")."""
    text = (
        "Each farm will get a 4 m3 biogas digester and ponds (2,000 to 8,000 m3 each). A desalination plant of "
        "30,000 m3/day opens in 2027, and the river carries 900 m3 per second. Gas use was 3.1 billion m3 in 2022 "
        "and the new dams hold 750,000 m3. Water use was 55 m3 per person."
    )
    found = [(q.value, q.unit) for q in find_quantities(text, 0, len(text)) if q.unit != "count"]
    assert found == [(D("3.1"), "billion m3"), (D("0.00075"), "billion m3"), (D(55), "m3 per capita")]


def test_a_bracketed_aside_keeps_a_series_per_person() -> None:
    """ "per capita kerosene use grew from 40 litres in 1995 (mostly urban) to 65 litres in 2010": the aside on the
    first amount closes its bracket, so the later amounts are still a person's; an open bracket still parts them."""
    text = (
        "Per capita kerosene use grew from about 40 litres in 1995 (mostly urban households) to 65 litres in 2010 "
        "(mostly rural) and 85 litres in 2020. Stocks (held in 12 depots of 500 litres each."
    )
    found = [(q.value, q.unit) for q in find_quantities(text, 0, len(text))]
    assert found == [
        (D(40), "litres per capita"), (D(65), "litres per capita"), (D(85), "litres per capita"),
        (D("0.0005"), "million litres"),
    ]


def test_fuel_or_water_a_person_uses_is_no_countrys_volume() -> None:
    """ "per capita kerosene use rose from 8.4 litres to 11.2 litres, and petrol from 21.5 litres to 40.6 litres":
    the subject before makes each amount a person's, decimals and all; "30 litres/capita/day" is a day's; the
    country's "2.4 billion litres" stays a volume."""
    text = (
        "The per capita kerosene use rose from 8.4 litres to 11.2 litres, and petrol from 21.5 litres to 40.6 litres "
        "between 1995 and 2010. Rural supply is 30 litres/capita/day. Fuel imports were 2.4 billion litres."
    )
    found = [(q.value, q.unit) for q in find_quantities(text, 0, len(text))]
    assert found == [
        (D("8.4"), "litres per capita"), (D("11.2"), "litres per capita"), (D("21.5"), "litres per capita"),
        (D("40.6"), "litres per capita"), (D(30), "litres per capita per day"), (D(2400), "million litres"),
    ]  # fmt: skip


def test_a_bound_with_its_own_magnitude_word_takes_no_unit_from_a_partner_without_one() -> None:
    """ "a world population of 7.9 billion, or 41 GtCO2e": the billion counts people, so it takes no tonnes from the
    amount beside it; "2.1 million to 2.6 million tonnes" and "between 1.5 and 2 billion tonnes" still share theirs."""
    text = "It assumes a world population of 7.9 billion, or 41 GtCO2e."
    assert [q.unit for q in find_quantities(text, 0, len(text))] == ["Mt CO2e"]
    shared = "Emissions will fall from 2.1 million to 2.6 million tonnes, or between 1.5 and 2 billion tonnes."
    assert [q.unit for q in find_quantities(shared, 0, len(shared))] == ["Mt CO2e"] * 4


def units_of(text: str) -> list[tuple[Decimal, str]]:
    """(value, unit) of every quantity of a one-sentence text."""
    return [(q.value, q.unit) for q in find_quantities(text, 0, len(text))]


def test_values_of_one_series_with_their_years_between_share_the_unit_written_once() -> None:
    # "X in 2005 and Y Gg in 2015", "X and in 2015 - Y Gg": the years stand between the values, not a new quantity
    for text in (
        "Sector emissions amounted to 2814.5 in 2005 and 3960.1 Gg CO2e in 2015.",
        "Sector emissions in 2005 amounted to 2814.5 and in 2015 - 3960.1 Gg CO2e.",
    ):
        assert units_of(text) == [(D("2.8145"), "Mt CO2e"), (D("3.9601"), "Mt CO2e")], text


def test_the_gas_in_brackets_after_the_mass_names_the_unit() -> None:
    assert units_of("Emissions reached 3960.1 Gg (CO2-eq.) last year.") == [(D("3.9601"), "Mt CO2e")]
    assert units_of("Emissions reached 3960.1 Gg. (CO2 eq) last year.") == [(D("3.9601"), "Mt CO2e")]
    assert units_of("Combustion released 812 kt (CO2) last year.") == [(D("0.812"), "Mt CO2")]


def test_a_bracket_holding_only_a_unit_after_a_bare_number_is_its_unit() -> None:
    assert units_of("Base year emissions: estimate 61.304 (Mt CO2-e).") == [(D("61.304"), "Mt CO2e")]
    assert units_of("Emissions were 12.5 (MtCO2e) that year.") == [(D("12.5"), "Mt CO2e")]
    # a year heads what follows it; a bracket with more than a unit is an aside
    assert units_of("Emissions in 2035 (ktCO2e) by sector.") == []
    assert not any(u == "Mt CO2e" for _, u in units_of("It was 12.5 (see the MtCO2e table)."))


def test_a_vehicles_weight_is_no_emission_mass() -> None:
    assert units_of("New vehicles weighing up to 3.5 tonnes will emit less by 2030.") == []
    assert units_of("All 12-tonne trucks will be electric by 2035.") == []
    assert units_of("Trucks emitted 3.5 Mt CO2e in 2019.") == [(D("3.5"), "Mt CO2e")]


def test_the_new_shekel_written_nis_is_money() -> None:
    assert units_of("A budget of 2.5 billion NIS over five years.") == [(D("2.5"), "ILS billion")]
    assert units_of("The fund holds NIS 300 million.") == [(D("0.3"), "ILS billion")]
    # money after "per" is the denominator of a rate, never an amount
    assert not any(u.endswith("billion") for _, u in units_of("Energy intensity will be 122 MWh per NIS 1 million."))


def test_a_thousand_million_is_a_billion() -> None:
    found = rows("In 2019 the insulation fund spent £2 thousand million, and 0.6 to 1.2 thousand million USD by 2030.")
    assert [(r["value"], r["unit"]) for r in found] == [
        ("2", "GBP billion"),
        ("0.6", "USD billion"),
        ("1.2", "USD billion"),
    ]


def test_tonnes_per_amount_of_money_are_the_economys_intensity() -> None:
    # the magnitude before or after the currency, a bare "$" the country's, the prices' year part of the unit
    found = rows(
        "In 2018 the carbon intensity was 0.82 tCO2e/million COP$ 2015, down from 1.1 tCO2e per million USD of GDP"
        " in 2005."
    )
    assert [(r["value"], r["unit"], r["year"]) for r in found] == [
        ("0.82", "t CO2e per million COP", "2018"),
        ("1.1", "t CO2e per million USD", "2005"),
    ]
    # a total stays a total
    assert [(r["value"], r["unit"]) for r in rows("In 2018 emissions were 4.2 MtCO2e per year.")] == [
        ("4.2", "Mt CO2e")
    ]


def test_multiples_beyond_five_and_the_past_of_quadrupling() -> None:
    found = rows(
        "In 2014 the inventory was compiled. Biogas use will increase sevenfold by 2030 and rooftop solar will have"
        " quadrupled by 2035."
    )
    assert [(r["value"], r["unit"], r["year"]) for r in found] == [("7", "times", "2030"), ("4", "times", "2035")]
    # the world's pledge, and a figurative doubling, multiply nothing of the country's
    assert rows("In 2024 Ruritania signed a pledge for a sixfold increase in global energy storage by 2030.") == []
    assert rows("In 2022 the ministry doubled its efforts to manage plastic waste.") == []


def test_a_magnitude_written_after_the_currency_code() -> None:
    found = rows(
        "By 2030 the measures need 3.61 USD billion, 6.45 USD million for monitoring and 2,225 USD Millions for"
        " forests."
    )
    assert [(r["value"], r["unit"]) for r in found] == [
        ("3.61", "USD billion"),
        ("0.00645", "USD billion"),
        ("2.225", "USD billion"),
    ]


def test_a_comparative_before_the_counted_noun_keeps_the_count() -> None:
    assert found("The coast will get two million more mangroves.") == [(D("2"), "million", "")]
    assert found("Output was 3 million more than planned.") == []  # "more than": no noun counted


def test_travellers_are_counted_before_or_after_the_magnitude() -> None:
    assert found("Rail passenger journeys will rise to 41 million.") == [(D("41"), "million", "")]
    assert found("The metro carried 75 million travellers last year.") == [(D("75"), "million", "")]


def test_the_objectives_and_actions_a_plan_is_made_of_are_no_count() -> None:
    assert found("The roadmap sets out a total of 18 objectives and a total of 64 actions.") == []
    assert found("A total of 2,500 schools will get solar panels.") == [(D(2500), "count", "")]


def test_a_count_per_hour_or_day_is_a_rate_not_a_count() -> None:
    assert found("The new bridge will carry 48,000 vehicles per day.") == []
    assert found("The ferry moves 1,250 cars/hour at peak.") == []
    assert found("The line will carry 9 million passengers a year.") == [(D("9"), "million", "")]


def test_a_tally_of_places_or_a_rank_out_of_a_total_is_no_count() -> None:
    assert found("Floods hit 9 out of 12 provinces since 2001.") == []
    assert found("The index ranked it 37 out of 120 countries.") == []
    assert found("Droughts affect 4 out of the 11 arid counties.") == []
    assert found("The utility replaced 850 out of 1,200 meters.") == [(D(850), "count", "")]


def test_a_thousands_comma_then_thousands_set_apart_by_a_space_is_one_number() -> None:
    # "1,030 000 ha": a mixed grouping, before a unit word (not two numbers)
    got = [(r["value"], r["unit"]) for r in rows("By 2030, Ruritania will restore degraded lands: 2,040 000 ha.")]
    assert got == [("2.04", "Mha")]


def test_an_en_dash_after_a_lines_label_parts_it_from_its_value_but_after_a_verb_is_a_minus() -> None:
    head = "Ruritania will cut its emissions by 20% below business as usual by 2030. This NDC was submitted in 2021."
    head += "\n\n"
    line = "Waste management –412.5 Gg Eq-CO2 of which 61% unconditional"
    got = [(r["value"], r["value_raw"]) for r in rows(head + line)]
    assert ("0.4125", "412.5 Gg Eq-CO2") in got
    assert [r["value"] for r in rows(head + "Net emissions amounted to –1,204 Gg in 2016.")][1:] == ["-1.204"]


def test_a_count_noun_after_another_number_is_that_numbers() -> None:
    # "up to 120-300MW … 40 mini-grids": the range's low end takes the unit of its high end, not the noun further on
    text = "By 2031, attain solar capacity of up to 120-300MW and install 40 mini-grids in rural villages."
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("0.12", "GW"), ("0.3", "GW"), ("40", "count")]
    # numbers coordinated before one noun share it
    text = "By 2031, build 1,500 household, 400 institutional and 60 community biogas plants."
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("1500", "count"), ("400", "count"), ("60", "count")]


def test_the_round_base_of_a_rate_is_no_value() -> None:
    # "per 1 cubic meter", "per 100,000 inhabitants": the unit a rate is counted on, not an amount
    assert found("The energy intensity per 1 cubic meter of delivered water improved.") == []
    assert found("Road deaths per 100,000 inhabitants fell.") == []


def test_a_money_denominator_with_its_prices_year_before_it_or_the_gdp_named_first() -> None:
    # the prices' year may come before the currency ("kg CO2e/2012 USD", "kg CO2e/2012 $US") and the economy's name
    # before its money ("per real GDP 2012 US$"): all one denominator of money, the year dating no value
    found = rows(
        "Carbon intensity fell from 2.71 to 1.64 kg CO2e per real GDP 2012 US$ between 1992 and 2019. It was "
        "0.93 kg CO2e/2012 USD in 2021 and 0.88 kg CO2e/2012 $US in 2022."
    )
    assert [(r["value"], r["unit"], r["year"]) for r in found] == [
        ("2.71", "kg CO2e per USD", "1992"),
        ("1.64", "kg CO2e per USD", "2019"),
        ("0.93", "kg CO2e per USD", "2021"),
        ("0.88", "kg CO2e per USD", "2022"),
    ]


def test_a_start_an_intensity_word_made_a_ratio_takes_the_unit_written_at_its_end() -> None:
    # "intensity fell from 2.71 to 1.64 tCO2e per capita": the start's "ratio" was only guessed from the word before it
    found = rows("Emissions intensity fell from 3.05 to 2.24 tCO2e per capita between 1994 and 2018.")
    assert [(r["value"], r["unit"], r["year"]) for r in found] == [
        ("3.05", "t CO2e per capita", "1994"),
        ("2.24", "t CO2e per capita", "2018"),
    ]


def test_an_inhabitant_abbreviated_is_a_person() -> None:
    # "1.61 tCO2e/inhab.": tonnes a person, as "per inhabitant" is
    found = rows("The 2016 inventory's total of 21,350 GgCO2eq represents 2.07 tCO2e/inhab. in that year.")
    assert ("2.07", "t CO2e per capita", "2016") in [(r["value"], r["unit"], r["year"]) for r in found]
    # "/per capita": the slash and the word both
    found = rows("Key figures. GHG emissions: 3.4 tonnes CO2eq/per capita in 1996")
    assert ("3.4", "t CO2e per capita", "1996") in [(r["value"], r["unit"], r["year"]) for r in found]


def test_the_indian_grouping_of_lakhs_and_crores_is_one_number() -> None:
    text = "Plant 2,50,000 ha by 2030, install 1,20,00,000 meters and 3,40,000.5 t; not 1,20 or 12,345."
    got = [(text[n.start : n.end], n.value) for n in numbers.find_numbers(text)]
    assert got[0] == ("2,50,000", Decimal(250000))
    assert ("1,20,00,000", Decimal(12000000)) in got
    assert ("3,40,000.5", Decimal("340000.5")) in got
    assert ("12,345", Decimal(12345)) in got and ("1,20", Decimal("1.20")) in got


def test_a_code_a_countrys_own_plans_use_for_its_money_is_money_only_there_and_only_at_moneys_size() -> None:
    """ "SLR 2,450 million" in Sri Lanka's plan is rupees; "SLR 0.8 m" is a sea-level rise in metres, and in another
    country's plan "SLR" is no money at all."""
    text = "Relief spending was SLR 2,450 million. A SLR 0.8 m scenario floods the coast."
    money = [(q.value, q.unit) for q in find_quantities(text, 0, len(text), country="Sri Lanka") if "LKR" in q.unit]
    assert money == [(D("2.45"), "LKR billion")]
    assert not [q for q in find_quantities(text, 0, len(text), country="Fiji") if "LKR" in q.unit]


def test_a_footnote_fused_to_the_year_2100_is_no_count_and_no_note_is_zero() -> None:
    from tests.test_extractor import rows

    text = "Ruritania, 2 May 2021.\n\nHot nights are projected to rise to between 12 and 60 a year by 210014."
    assert [r["value"] for r in rows(text) if r["unit"] == "count"] == []
    # a whole number that only looks like a year and a note: no footnote is numbered 0
    text = "Ruritania, 2 May 2021.\n\nBy 2030 the plan will build an average of 20300 homes and 21000 stoves a year."
    assert [r["value"] for r in rows(text) if r["unit"] == "count"] == ["20300", "21000"]


def test_an_intensity_per_point_of_gdp_is_a_ratio_though_no_word_names_it_so() -> None:
    # "the level of GHG per GDP point will fall from 3.1 in 2005 to 1.2 in 2035": no unit, no "intensity", yet a
    # ratio of emissions to the economy, a start and an end
    text = "Freedonia, 2020.\n\nThe level of GHG per GDP point will fall from 3.1 in 2005 to 1.2 in 2035."
    assert [(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)] == [
        ("3.1", "ratio", "2005", "actual"), ("1.2", "ratio", "2035", "target")
    ]


def test_a_change_to_the_current_level_is_a_from_to() -> None:
    # "from 180 MW to the current 260 MW": the start and the present's end of one change, not two separate levels
    text = "The project expanded the plant from 180 MW to the current 260 MW."
    assert [(q.value, q.group) for q in find_quantities(text, 0, len(text))] == [(D("0.18"), "from"), (D("0.26"), "to")]
