"""Data-page filters: each narrows the rows, they combine, and they survive a round trip through the URL."""

from __future__ import annotations

from conftest import make_indicators, make_observations

from app.filters import Filters, apply_filters, from_query, to_query


def frame():
    return make_observations(
        [
            {"indicator": "wind", "region": "China", "kind": "actual", "year": 2020, "doc": "a", "quote": "Wind grew"},
            {"indicator": "wind", "region": "Yibin", "kind": "target", "year": 2030, "doc": "a", "quote": "wind goal"},
            {"indicator": "forest", "region": "China", "kind": "actual", "year": 2022, "doc": "b", "quote": "Forest"},
            {"indicator": "", "region": "China", "kind": "actual", "year": "", "doc": "b", "quote": "undated"},
        ]
    )


CATALOGUE = make_indicators({"wind": "higher", "forest": "higher"}, {"wind": "energy", "forest": "forestry"})


def rows(filters: Filters) -> list[int]:
    return list(apply_filters(frame(), filters, CATALOGUE)["row"])


def test_no_filter_keeps_every_row_in_order():
    assert rows(Filters()) == [1, 2, 3, 4]
    assert not Filters().active


def test_each_filter_narrows():
    assert rows(Filters(indicators=("wind",))) == [1, 2]
    assert rows(Filters(regions=("Yibin",))) == [2]
    assert rows(Filters(kinds=("actual",))) == [1, 3, 4]
    assert rows(Filters(docs=("b",))) == [3, 4]
    assert rows(Filters(sectors=("forestry",))) == [3]


def test_filters_combine_with_and_and_values_with_or():
    assert rows(Filters(indicators=("wind", "forest"), kinds=("actual",))) == [1, 3]


def test_year_range_excludes_undated_rows():
    assert rows(Filters(year_min=2021)) == [2, 3]
    assert rows(Filters(year_max=2021)) == [1]
    assert rows(Filters(year_min=2020, year_max=2022)) == [1, 3]


def test_text_search_is_case_insensitive_and_literal():
    assert rows(Filters(text="WIND")) == [1, 2]
    assert rows(Filters(text="wind (")) == []  # not a regex


def test_query_round_trip():
    f = Filters(("wind", "forest"), ("energy",), ("China",), ("target",), ("a",), 2020, 2030, "non-fossil")
    query = to_query(f)
    assert query["indicator"] == ["wind", "forest"] and query["from"] == "2020" and query["q"] == "non-fossil"
    assert from_query(query) == f
    assert to_query(Filters()) == {}


def test_query_accepts_single_strings_and_ignores_bad_years():
    f = from_query({"indicator": "wind", "from": "20x0", "to": ["2030"]})
    assert f == Filters(indicators=("wind",), year_max=2030)


def test_describe_lists_active_filters_for_the_readme():
    assert Filters().describe() == ["none (all rows)"]
    lines = Filters(kinds=("target",), year_min=2025, text="coal").describe()
    assert lines == ["kinds: target", "years: 2025–…", "quote contains: 'coal'"]
