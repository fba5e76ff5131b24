"""Places from ISO 3166 and the document's own party: every sentence here is written for these tests."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from pathlib import Path

import pytest

from extract import context as cx
from extract import iso, party, places
from extract.catalogue import DEFAULT_CATALOGUE, load_catalogue
from extract.extractor import extract_document
from extract.model import Document
from extract.namefinder import NameFinder
from extract.party import NATIONAL, document_country, iso3_prefix, text_country, translated_names
from extract.places import (
    _NOT_AFTER_AMOUNT,
    _ORGANISATION_AFTER,
    country_label,
    find_regions,
    name_finder,
    name_table,
)


def names(text: str) -> list[str]:
    return [r.name for r in find_regions(text, 0, len(text))]


def test_countries_come_from_iso_3166_with_their_usual_short_forms() -> None:
    text = "Partners: Vanuatu, Viet Nam, Vietnam, Türkiye, Turkey, the UK, the U.S., the EU and Côte d'Ivoire."
    assert names(text) == [
        "Vanuatu", "Viet Nam", "Viet Nam", "Türkiye", "Türkiye", "United Kingdom", "United States",
        "European Union", "Côte d'Ivoire",
    ]  # fmt: skip
    assert names("Cote d'Ivoire and the Lao People's Democratic Republic") == [
        "Côte d'Ivoire",
        "Lao People's Democratic Republic",
    ]
    assert country_label("KOR") == "Republic of Korea"  # ISO writes "Korea, Republic of"


def test_the_longest_name_wins_and_names_are_whole_words() -> None:
    assert names("Northern Ireland and Ireland") == ["Northern Ireland", "Ireland"]
    assert names("Nigeria, Niger, Guinea-Bissau, Papua New Guinea, New Jersey") == [
        "Nigeria", "Niger", "Guinea-Bissau", "Papua New Guinea", "New Jersey",
    ]  # fmt: skip
    assert names("Nigerian and Indian firms") == []


def test_currency_is_not_a_country() -> None:
    assert names("a budget of US$ 5 million, or 4 million US dollars") == []


def test_subdivisions_carry_their_own_name_and_country() -> None:
    found = find_regions("Ontario and British Columbia will close coal plants.", 0, 51)
    assert [(r.name, r.country) for r in found] == [("Ontario", "CAN"), ("British Columbia", "CAN")]
    # Chinese provinces keep the English names the seed gold uses
    assert names("Inner Mongolia, Xizang, Guangxi and Shanghai") == ["Inner Mongolia", "Tibet", "Guangxi", "Shanghai"]
    assert cx.macro_region(["Henan", "Hubei", "Hunan"]) == "Central China"


def test_words_that_are_also_subdivision_names_are_not_places() -> None:
    assert names("The Central region, the Eastern and Western areas, and the Capital district") == []


def trie_pattern(words: list[str]) -> str:
    """The trie alternation that NameFinder replaced (longest word first at each position): the reference here."""

    def build(ws: list[str]) -> str:
        end = ws[0] == "" if ws else False
        rest = ws[1:] if end else ws
        branches = [re.escape(ch) + build([w[1:] for w in g]) for ch, g in itertools.groupby(rest, key=lambda w: w[0])]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(sorted(set(words)))


def initials_of(words: list[str]) -> str:
    return "".join(sorted({re.escape(w[0]) for w in words}))


FINDER_TEXT = (
    "By 2030 Niger, Nigeria and Nigerians; the U.S.A. and the U.S. pledged 5 million US and 3 thousand U.S. "
    "dollars, US$ 4 and US $5; the US. China Aid, China City, Papua New Guinea and New Guinea-Bissau; "
    "Saint Lucia's plan and St. Lucia; $Kenya, Kenya_ and Kenya2 are not places; Côte d'Ivoire / Cote d’Ivoire; "
    "République du Congo, Républiques, Royaume-Uni, Россия и России, جمهورية مصر العربية, الجمهوريةx"
)


def test_name_finder_finds_what_the_trie_pattern_found() -> None:
    names = list(name_table())
    trie = re.compile(
        rf"(?=[{initials_of(names)}])(?<![\w$]){_NOT_AFTER_AMOUNT}({trie_pattern(names)})"
        rf"(?![\w$]|\s*\$|\s+dollars?\b|{_ORGANISATION_AFTER})"
    )
    translated, finders = translated_names()
    latin = [n for n in translated if n[0] < "\u0370"]
    other = [n for n in translated if n[0] >= "\u0370"]
    pairs = [
        (trie, name_finder()),
        (re.compile(rf"(?=[{initials_of(latin)}])(?<!\w)({trie_pattern(latin)})(?!\w)"), finders[0]),
        (re.compile(rf"(?=[{initials_of(other)}])(?<!\w)({trie_pattern(other)})"), finders[1]),
    ]
    text = FINDER_TEXT
    for pattern, finder in pairs:
        # every window, so that names cut by either end are compared too
        for start in range(0, len(text), 7):
            for end in (*range(start, len(text), 11), len(text)):
                expected = [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text, start, end)]
                assert list(finder.findall(text, start, end)) == expected, (start, end)
    assert [n for _, _, n in name_finder().findall(text)][:4] == ["Niger", "Nigeria", "U.S.A.", "U.S."]


def test_name_finder_takes_the_longest_name_that_may_end_there() -> None:
    finder = NameFinder(["Ab", "Ab Cd", "Ab Cd Ef"], r"\w", r"\w| X")
    text = "Ab Cd Ef X, Ab Cd Efg, Ab Cdx, Ab"
    assert [text[s:e] for s, e, _ in finder.findall(text)] == ["Ab Cd", "Ab Cd", "Ab", "Ab"]
    assert list(finder.findall(text, 0, 4)) == [(0, 2, "Ab")]  # "Ab Cd" does not fit before the end


@pytest.mark.parametrize(
    ("file", "code"),
    [("VUT-first_ndc-EN.html", "VUT"), ("EUU-second_ndc-EN.html", "EUU"), ("KEN_plan.txt", "KEN"),
     ("XYZ-plan.txt", None), ("can_plan.txt", None), ("CANADA.txt", None), ("plan.txt", None)],
)  # fmt: skip
def test_iso3_prefix_of_the_file_name(file: str, code: str | None) -> None:
    assert iso3_prefix(file) == code


def test_the_file_name_prefix_decides_the_party() -> None:
    text = "China Aid funded the new wharf. China also trained engineers. China, China, China."
    assert document_country(text, "VUT-first_ndc-EN.html") == "Vanuatu"


VANUATU = (
    "Vanuatu's Nationally Determined Contribution\n\n"
    "The Government of the Republic of Vanuatu submits this update. "
    "A wharf was built with China Aid; China and Japan trained engineers. "
    "Trade with China, Australia and New Zealand grew; China remains a partner."
)


def test_the_party_from_the_text_alone_title_and_owner_weigh_most() -> None:
    assert text_country(VANUATU) == "Vanuatu"
    assert document_country(VANUATU, "update.txt") == "Vanuatu"


def test_a_document_naming_several_countries_is_about_the_one_it_speaks_for() -> None:
    text = (
        "NATIONALLY DETERMINED CONTRIBUTION OF THE REPUBLIC OF KENYA\n\n"
        "India, China and the United States emit most. India and China grow fastest. The United States pledged. "
        "Kenya's emissions are small."
    )
    assert text_country(text) == "Kenya"


def test_chinese_and_french_texts_name_their_country() -> None:
    assert text_country("我国风电装机容量达到3亿千瓦，全国碳排放强度下降。") == "China"
    french = "Contribution déterminée au niveau national du Sénégal\n\nLe Sénégal réduira ses émissions de 5 %."
    assert text_country(french) == "Senegal"


def test_nothing_defaults_to_china() -> None:
    assert document_country("Wind capacity reached 10 GW in 2020.", "plan.txt") == NATIONAL


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(DEFAULT_CATALOGUE)


def regions_of(text: str, file: str, catalogue) -> list[tuple[str, Decimal, str]]:
    doc = Document(doc=Path(file).stem, file=file, text=text, sha256="0", bytes=len(text))
    return [(o.region, o.value, o.unit) for o in extract_document(doc, catalogue).observations]


def test_national_rows_carry_the_party_and_subnational_rows_their_province(catalogue) -> None:
    text = (
        "Canada's Nationally Determined Contribution\n\n"
        "Canada will install 20 GW of wind capacity by 2030.\n\n"
        "In Ontario, solar capacity reached 3 GW in 2020."
    )
    rows = regions_of(text, "plan.txt", catalogue)
    assert ("Canada", Decimal("20"), "GW") in rows
    assert ("Ontario", Decimal("3"), "GW") in rows
    assert all(region != "China" for region, _, _ in rows)


def test_organisations_named_after_a_country_are_not_the_country() -> None:
    text = "China Aid and the Japan International Cooperation Agency fund Kenya Vision 2030 in China and India."
    assert names(text) == ["China", "India"]
    assert names("Shanghai Municipality; Energy For Kenya And Uganda") == ["Shanghai", "Kenya", "Uganda"]


def test_a_country_is_not_swallowed_by_a_longer_subdivision_name() -> None:
    assert names("Saint Lucia’s emissions are small. Most States agree; The State will act.") == ["Saint Lucia"]


def test_names_written_with_an_ampersand_or_accents() -> None:
    assert names("Antigua & Barbuda and São Tomé and Príncipe") == ["Antigua and Barbuda", "Sao Tome and Principe"]


def test_us_after_an_amount_is_the_currency_but_a_year_does_not_hide_a_country() -> None:
    assert names("US $1.5 billion, 5.3 billion US conditional, 3 million U.S. and 4 billion US dollars") == []
    assert names("By 2030 China and the US will act.") == ["China", "United States"]


def test_subdivision_labels_are_written_as_english_texts_write_them() -> None:
    assert names("Gujarāt and Gujarat, Hồ Chí Minh") == ["Gujarat", "Gujarat", "Ho Chi Minh"]


def test_a_state_named_by_its_adjective_is_no_place_but_a_city_is() -> None:
    assert names("the Peruvian State, the Haitian State, a Green City; Yibin City and Dalian City") == [
        "Yibin",
        "Dalian",
    ]


def test_the_country_written_about_as_we_or_national_is_the_party() -> None:
    text = (
        "Climate plan, second update\n\n"
        "India, India and India export solar panels to many markets abroad, and India sells the most of all of them. "
        "The plan was drafted over two years with many consultations across the whole country and its provinces. "
        "We will add 2 GW of hydropower in Nepal. Our hills in Nepal are steep, and the national grid of Nepal grows."
    )
    assert text_country(text) == "Nepal"
    plain = text.replace("We will", "Firms will").replace("Our hills", "The hills").replace("the national", "the")
    assert text_country(plain) == "India"


def test_derived_tables_are_kept_on_disk_and_rebuilt_when_unusable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(iso, "TABLES_DIR", tmp_path / "tables")
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        return {"Kenya": 1, "Côte d'Ivoire": 2}

    def valid(table: dict[str, int]) -> bool:
        return all(type(v) is int for v in table.values())

    assert iso.derived("t", build, valid) == {"Kenya": 1, "Côte d'Ivoire": 2} and len(builds) == 1
    assert iso.derived("t", build, valid) == {"Kenya": 1, "Côte d'Ivoire": 2} and len(builds) == 1  # read back
    stored = tmp_path / "tables" / "t.json"
    for damage in (
        stored.read_bytes()[:20],
        b'{"key": "other", "table": {}}',
        stored.read_bytes().replace(b"1", b'"1"'),
    ):
        stored.write_bytes(damage)  # truncated, another key, not valid
        assert iso.derived("t", build, valid) == {"Kenya": 1, "Côte d'Ivoire": 2}
    assert len(builds) == 4 and not list(stored.parent.glob(".*.tmp"))


def test_derived_tables_work_where_nothing_can_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(iso, "TABLES_DIR", tmp_path / "file" / "tables")
    assert iso.derived("t", lambda: {"a": 1}, lambda _: True) == {"a": 1}


def test_stored_name_tables_are_the_built_ones() -> None:
    assert name_table() == places._build_name_table()
    assert translated_names()[0] == party._translated()


@pytest.mark.parametrize(
    "sentence",
    ["Small island developing states and least developed countries", "Global warming hurts the global South",
     "Northern regions and North-eastern provinces", "Africa and African nations", "global funds for developing",
     "ſmall iſland ſtates", "Pacific ıslands", "the north of the İsland COUNTRIES", "North China and Northeast China",
     "recipient countries of the Pacific"],
)  # fmt: skip
def test_group_phrases_are_found_whenever_the_hint_words_are_there(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = find_regions(sentence, 0, len(sentence))
    monkeypatch.setattr(places, "_may_name_group", lambda span: any(h in span.lower() for h in places._GROUP_HINTS))
    assert found == find_regions(sentence, 0, len(sentence))  # as with the hint words alone


def test_the_party_is_read_from_the_front_pages() -> None:
    front = (
        "Nationally Determined Contribution of the Republic of Kenya\n\nKenya's NDC sets out our national goals.\n\n"
    )
    front += "The plan covers energy, transport and farming. " * (party.FRONT_CHARS // 48)
    annex = "Partners such as Germany fund projects. " * 500  # an annex naming another party far more often
    assert text_country(front + annex) == "Kenya"
    assert text_country(annex) == "Germany"


def test_a_group_the_country_belongs_to_or_is_compared_with_is_no_region_of_its_values() -> None:
    from tests.test_extractor import rows

    text = (
        "Togo, 2 May 2021.\n\nTogo is one of the least developed countries in the world whose GHG emissions were "
        "about 11.3 MtCO2e in 2018.\n\nAccess to electricity was 9% at the national level in 2016 while the average "
        "in sub-Saharan Africa is 24.6%."
    )
    got = [(r["value"], r["region"]) for r in rows(text)]
    assert got == [("11.3", "Togo"), ("9", "Togo"), ("24.6", "Africa")]


def test_the_northern_regions_of_another_countrys_plan_are_no_part_of_china(catalogue) -> None:
    # "the northern regions", "the north-eastern provinces": China's groups of provinces in a Chinese plan, the plan's
    # own regions in another country's
    text = "Iraq's Nationally Determined Contribution\n\nBy 2035, restore 40% of degraded forests in northern regions."
    assert [region for region, _, _ in regions_of(text, "plan.txt", catalogue)] == ["Iraq"]
    text = "中国 China's plan\n\nBy 2025, wind capacity in the northern regions will reach 60 GW."
    assert [region for region, _, _ in regions_of(text, "plan.txt", catalogue)] == ["Northern China"]
