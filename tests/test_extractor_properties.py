"""Property tests: on any text the extractor never raises, and provenance always holds; what it reads only when
a value asks (places, carried years and conditions) agrees with reading it at once."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.extractor import extract_document
from extract.model import Document
from tests.test_extractor import rows

# Fragments of the genre, so that generated text reaches deep into the parser, mixed with arbitrary characters.
FRAGMENTS = [
    "In 2022, ", "By 2030, ", "by the end of 2021", " will ", " had reached ", "more than ", "around ", "about ",
    "1,234", "37.63", " million ", " billion ", "kilowatts", " kWh", " tons of standard coal", " per 10,000 RMB",
    "%", " percent", "60%-70%", " from ", " to ", " and ", " compared with the 2005 level", " year-on-year",
    "two-thirds", "half", "8.9:44.2:46.9", "\t", "\n", "\n\n", "2025\t2030\t2060", "13.5ª", "^b", "°", "²⁵",
    "亿千瓦", "万吨", "以上", "左右", "比2005年", "。", "(", ")", "Figure 3", "No. 1", "https://x.org/1", "peak",
    "carbon neutrality", "before 2030", "Liaoning and Shandong provinces", "of the world's total", "−", "=", "+",
]  # fmt: skip

text_strategy = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join)


class NoCatalogue:
    def classify(self, sentence: str, start: int, end: int, unit: str, region: str = "") -> str:
        return ""


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_never_raises_and_provenance_holds(text: str) -> None:
    doc = Document(doc="p", file="p.txt", text=text, sha256="0", bytes=len(text.encode("utf-8", "surrogatepass")))
    result = extract_document(doc, NoCatalogue())
    for o in result.observations:
        assert text[o.char_start : o.char_end] == o.value_raw
        assert o.value_raw
        assert o.kind in ("actual", "target")
        assert o.qualifier in ("=", "~", ">", "<", ">=", "<=")
        assert o.value.is_finite()


# ------------------------------------------------------------------ what is read late agrees with reading it at once


def test_places_of_headings_and_paragraphs_are_read_only_when_a_value_asks_and_agree_with_reading_them_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Yunnan Province\n\nThe province plans to expand its forests.\n\nIn 2022, it installed 3 gigawatts of solar"
        " power.\n\nGujarat reported its results. In 2022, the state installed 5 gigawatts of wind power.\n\n"
        "Section 4 (Kenya)\n\nIn 2022, Kenya installed 2 gigawatts of geothermal power.\n\nNational measures\n\n"
        "Peru has a plan.\n\nIn 2021, 7 gigawatts of hydro power were in use."
    )
    lazy = [(r["value"], r["region"]) for r in rows(text)]
    import extract.extractor

    monkeypatch.setattr(extract.extractor, "partial", lambda f, *args: f(*args))  # read every place at once
    assert [(r["value"], r["region"]) for r in rows(text)] == lazy
    assert lazy == [("3", "Yunnan"), ("5", "Gujarat"), ("2", "Kenya"), ("7", "Kenya")]  # Peru's paragraph has no value


def test_years_and_conditions_offered_by_sentences_without_values_agree_with_reading_them_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "In 2019, the ministry of Fiji reviewed the energy plan. The review took a year. Capacity stood at"
        " 120 MW.\n\nBy 2033, with international support, the grid will be renewable. Solar will supply 41%."
        " It will also feed 2 GW of storage.\n\nBetween 2012 and 2020 the sector grew. Output rose by 8%.\n\n"
        "Unconditionally, by 2036 the islands aim further. No number here. Wind will reach 15%.\n\n"
        "Item | Value\nCapacity | 42 MW\n\nThe plan was adopted. Emissions fell by 3%."
    )
    lazy = rows(text)
    from extract.state import Carry

    def at_once(carry: Carry, read) -> None:  # the former reading: every sentence sets what it carries
        obs_year, target_year, base_frame_year, data_year = read()
        if data_year:
            carry.paragraph_data_year = data_year
        if obs_year:
            carry.obs_year = obs_year
            carry.base_frame_year = base_frame_year
        if target_year:
            carry.target_year = target_year

    monkeypatch.setattr(Carry, "offer_years", at_once)
    monkeypatch.setattr(
        Carry, "offer_condition", lambda carry, read: (said := read()) and setattr(carry, "paragraph_condition", said)
    )
    assert rows(text) == lazy
    found = [(r["value"], r["year"], r["condition"]) for r in lazy]
    assert found[:5] == [
        ("0.12", "2019", ""),  # framed by the paragraph's first sentence, two sentences before
        ("41", "2033", "conditional"),
        ("2", "2033", "conditional"),
        ("8", "2020", ""),
        ("15", "2036", "unconditional"),  # year and condition from the first sentence, across one without a value
    ]


def test_a_carried_value_is_the_last_true_offer_after_the_last_set() -> None:
    from extract.state import Latest, Once

    reads: list[str] = []

    def offer(value: str) -> object:
        return lambda: reads.append(value) or value

    latest = Latest("")
    latest.set("a")
    for value in ("b", "", "c", ""):
        latest.offer(offer(value))
    assert latest.get() == "c" and reads == ["", "c"]  # read from the newest, up to the first true one
    latest.offer(offer(""))
    assert latest.get() == "c"
    latest.offer(offer("d"))
    latest.set("e")
    assert latest.get() == "e" and reads == ["", "c", ""]  # a value set replaces the offers before it
    once = Once(offer("f"))
    assert once() == once() == "f" and reads.count("f") == 1
