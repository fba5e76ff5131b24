"""Progress and status rules (DESIGN.md "How progress is meant") on small synthetic series."""

from __future__ import annotations

import pytest
from conftest import make_indicators, make_observations

from app.progress import (
    ACHIEVED,
    APPROX_TOLERANCE,
    INSUFFICIENT,
    MET_EARLY,
    OFF_TRACK,
    ON_TRACK,
    assess_all,
    assess_target,
    fmt_num,
    fmt_target,
    group_order,
    relation_holds,
)


def assess(rows: list[dict], direction: str = "higher", tolerance: float = APPROX_TOLERANCE):
    """Assess the single target among ``rows`` against the actuals among them."""
    obs = make_observations(rows)
    target = obs[obs["kind"] == "target"].to_dict("records")
    assert len(target) == 1
    return assess_target(target[0], obs[obs["kind"] == "actual"], direction, tolerance)


def actual(year: int, value: float, **kw) -> dict:
    return {"kind": "actual", "year": year, "value": value, **kw}


def target(year: int | None, value: float, qualifier: str = "=", **kw) -> dict:
    return {"kind": "target", "year": year, "value": value, "qualifier": qualifier, **kw}


def test_on_track_when_observed_change_covers_the_required_change():
    a = assess([actual(2010, 10), actual(2020, 20), target(2030, 25, ">")])
    assert a.status == ON_TRACK
    assert a.progress_pct == pytest.approx(100 * (20 - 10) / (25 - 10))
    assert a.observed_rate == pytest.approx(1.0)
    assert a.required_rate == pytest.approx(0.5)
    assert "+1 pp/yr" in a.reason and "+0.5 pp/yr" in a.reason


def test_off_track_when_observed_change_is_too_slow():
    a = assess([actual(2010, 10), actual(2020, 20), target(2030, 40, ">")])
    assert a.status == OFF_TRACK
    assert a.required_rate == pytest.approx(2.0)
    assert a.progress_pct == pytest.approx(100 * 10 / 30)


def test_start_is_the_earliest_actual_and_latest_is_the_last_year():
    a = assess([actual(2020, 20), actual(2010, 10), actual(2015, 12), target(2030, 40, ">")])
    assert (a.start.year, a.latest.year) == (2010, 2020)


def test_met_early_before_the_target_year_and_achieved_from_it():
    early = assess([actual(2010, 10), actual(2020, 30), target(2030, 25, ">")])
    assert early.status == MET_EARLY and "10 years early" in early.reason
    on_time = assess([actual(2010, 10), actual(2030, 30), target(2030, 25, ">")])
    assert on_time.status == ACHIEVED
    assert early.progress_pct >= 100


def test_target_year_passed_without_meeting_it_is_off_track():
    a = assess([actual(2010, 10), actual(2031, 20), target(2030, 25, ">")])
    assert a.status == OFF_TRACK and "passed" in a.reason


@pytest.mark.parametrize(
    ("qualifier", "value", "holds"),
    [(">", 25, False), (">=", 25, True), ("<", 25, False), ("<=", 25, True), (">", 24.9, True), ("<", 25.1, True)],
)
def test_inequalities_follow_the_qualifier(qualifier, value, holds):
    assert relation_holds(25.0, value, qualifier, None) is holds


def test_approx_holds_within_the_named_tolerance_and_says_so():
    within = assess([actual(2013, 10), actual(2022, 19.2), target(2025, 20, "~")])
    assert within.status == MET_EARLY
    assert "±5 %" in within.reason
    outside = assess([actual(2013, 10), actual(2022, 18.9), target(2025, 20, "~")])
    assert outside.status in (ON_TRACK, OFF_TRACK)
    assert outside.threshold == pytest.approx(20 * (1 - APPROX_TOLERANCE))  # the band's near edge
    wider = assess([actual(2013, 10), actual(2022, 18.9), target(2025, 20, "~")], tolerance=0.10)
    assert wider.status == MET_EARLY


def test_approx_overshoot_counts_only_on_the_better_side():
    assert relation_holds(22, 20, "~", "higher")
    assert not relation_holds(22, 20, "~", "lower")
    assert not relation_holds(22, 20, "~", None)


def test_equal_target_uses_the_indicator_direction():
    rows = [actual(2022, 19.493, unit="billion m3"), target(2025, 18, "=", unit="billion m3")]
    assert assess(rows, "higher").status == MET_EARLY
    assert assess(rows, "lower").status != MET_EARLY
    # no direction, one point: only equality would count, and one point gives no trend
    assert assess(rows, "none").status == INSUFFICIENT


def test_equal_target_without_direction_infers_it_from_start_to_target():
    a = assess([actual(2010, 10), actual(2020, 16), target(2030, 15)], "none")
    assert a.status == MET_EARLY  # rising towards 15 and already past it


def test_lower_is_better_series_needs_a_fast_enough_fall():
    slow = assess([actual(2013, 60), actual(2022, 50), target(2030, 40, "<")], "lower")
    assert slow.status == OFF_TRACK
    assert slow.required_rate == pytest.approx(-1.25)
    fast = assess([actual(2013, 60), actual(2022, 50), target(2030, 45, "<")], "lower")
    assert fast.status == ON_TRACK
    assert fast.progress_pct == pytest.approx(100 * (50 - 60) / (45 - 60))


def test_a_series_moving_the_wrong_way_is_off_track_and_says_so():
    a = assess([actual(2010, 20), actual(2020, 15), target(2030, 30, ">")])
    assert a.status == OFF_TRACK and "wrong way" in a.reason


def test_relative_target_starts_at_zero_in_its_base_year():
    a = assess([actual(2022, 51, base_year=2005), target(2030, 65, ">", base_year=2005)])
    assert a.start.year == 2005 and a.start.value == 0 and a.start.row is None
    assert a.progress_pct == pytest.approx(100 * 51 / 65)
    assert a.observed_rate == pytest.approx(51 / 17)
    assert a.status == ON_TRACK
    assert "vs 2005" in a.reason


def test_actual_at_the_base_year_is_used_as_start_when_known():
    a = assess(
        [actual(2005, 2, base_year=2005), actual(2022, 51, base_year=2005), target(2030, 65, ">", base_year=2005)]
    )
    assert a.start.value == 2 and a.start.row is not None


def test_actuals_with_another_base_year_are_never_mixed_in():
    a = assess([actual(2022, 51, base_year=2005), target(2025, 18, base_year=2020)])
    assert a.status == INSUFFICIENT
    assert a.latest is None and a.actual_rows == []
    assert "different base year" in a.reason and "2005" in a.reason and "2020" in a.reason


def test_no_actual_says_so():
    a = assess([target(2030, 1200, ">", unit="GW")])
    assert a.status == INSUFFICIENT and "no actual" in a.reason


def test_one_point_only_says_so():
    a = assess([actual(2022, 10), target(2030, 20, ">")])
    assert a.status == INSUFFICIENT and "one point only" in a.reason
    assert a.progress_pct is None


def test_other_units_are_not_comparable():
    a = assess([actual(2020, 5, unit="TWh"), actual(2021, 6, unit="TWh"), target(2030, 20, ">", unit="GW")])
    assert a.status == INSUFFICIENT and "another unit" in a.reason


def test_unmapped_target_is_listed_as_insufficient():
    a = assess([target(2030, 20, ">", indicator="")])
    assert a.status == INSUFFICIENT and "not mapped" in a.reason


def test_peak_year_goal_without_a_stated_peak():
    a = assess([target(2030, 2030, "<", unit="year")], "none")
    assert a.status == INSUFFICIENT and "peak" in a.reason
    assert "no actual" in a.reason


def test_peak_year_goal_met_when_a_document_states_an_earlier_peak():
    a = assess([actual(2026, 2025, unit="year"), target(2030, 2030, "<", unit="year")], "none")
    assert a.status == MET_EARLY


def test_duplicate_actuals_in_one_year_keep_the_first_row():
    a = assess([actual(2010, 10), actual(2020, 20), actual(2020, 99), target(2030, 40, ">")])
    assert a.latest.value == 20 and len(a.actual_rows) == 2


def test_assess_all_reads_directions_from_the_catalogue():
    obs = make_observations(
        [
            {"indicator": "stock", "kind": "actual", "year": 2022, "value": 19.5},
            {"indicator": "stock", "kind": "target", "year": 2025, "value": 18},
            {"indicator": "stock", "kind": "target", "year": 2025, "value": 18, "region": "Yibin"},
        ]
    )
    out = assess_all(obs, make_indicators({"stock": "higher"}))
    assert [a.status for a in out] == [MET_EARLY, INSUFFICIENT]
    assert [a.row for a in out] == [2, 3]


def test_rule_text_explains_the_tolerance_and_the_base_year_rule():
    a = assess([actual(2013, 10), actual(2022, 17), target(2030, 25, "~")])
    assert "APPROX_TOLERANCE" in a.rule and "±5 %" in a.rule and "base year" in a.rule


@pytest.mark.parametrize(
    ("args", "text"),
    [
        ((1200, "GW", ">", 2030), "> 1,200 GW by 2030"),
        ((25, "%", "~", 2030), "≈ 25 % by 2030"),
        ((65, "%", ">", 2030, 2005), "> 65 % vs 2005 by 2030"),
        ((18, "billion m3", "=", 2025), "18 billion m3 by 2025"),
        ((2030, "year", "<", 2030), "before 2030"),
        ((2060, "year", "<=", 2060), "by 2060"),
        ((0.0665, "Mt CO2", ">=", None), "≥ 0.0665 Mt CO2 (no year)"),
    ],
)
def test_target_text(args, text):
    assert fmt_target(*args) == text


def test_numbers_have_no_float_noise():
    assert [fmt_num(v) for v in (19.493, 1200.0, 0.1 + 0.2, 1322.5)] == ["19.493", "1,200", "0.3", "1,322.5"]


def test_groups_put_headline_years_first():
    assert group_order([2030, 2035, None, 2025, 2060, 2020, 2030]) == [2025, 2030, 2060, 2020, 2035, None]


def test_small_and_large_frames_are_assessed_alike(monkeypatch, dashboard_env):
    """assess_all reads small frames as records and big ones vectorised: both must give the same assessments."""
    from app import progress
    from app.data import build_dataset, compact

    rows = [
        {"kind": "actual", "year": 2020, "value": 10, "indicator": "a"},
        {"kind": "actual", "year": 2020, "value": 11, "indicator": "a"},  # same series and year: the first counts
        {"kind": "actual", "year": 2021, "value": 12, "indicator": "a", "base_year": 2005},
        {"kind": "actual", "year": 2019, "value": 9, "indicator": "a", "unit": "GW"},
        {"kind": "actual", "year": "", "value": 99, "indicator": "a"},  # undated: never a point
        {"kind": "target", "year": 2030, "value": 20, "indicator": "a", "qualifier": ">"},
        {"kind": "target", "year": 2030, "value": 30, "indicator": "a", "base_year": 2005},
        {"kind": "target", "year": 2025, "value": 15, "indicator": "a", "unit": "GW", "region": "World"},
        {"kind": "actual", "year": 2022, "value": 5, "indicator": "b", "region": "World"},
        {"kind": "target", "year": 2060, "value": 1, "indicator": "b", "region": "World", "qualifier": "<"},
    ]
    cases = [
        (make_observations(rows), make_indicators({"a": "higher", "b": "lower"})),
        (compact(make_observations(rows)), make_indicators({"a": "higher", "b": "lower"})),
    ]
    real = build_dataset(dashboard_env[0])
    cases.append((real.observations, real.indicators))
    for observations, indicators in cases:
        monkeypatch.setattr(progress, "SMALL_FRAME", 10**9)
        small = progress.assess_all(observations, indicators)
        monkeypatch.setattr(progress, "SMALL_FRAME", 0)
        large = progress.assess_all(observations, indicators)
        assert len(small) == (observations["kind"] == "target").sum()
        assert small == large
