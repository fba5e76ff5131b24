"""Progress and status rules (DESIGN.md "How progress is meant") on small synthetic series."""

from __future__ import annotations

import pytest
from conftest import make_indicators, make_observations

from app.fmt import fmt_num, fmt_target, stated_half_step
from app.progress import (
    ACHIEVED,
    BAU_UNQUANTIFIED,
    INSUFFICIENT,
    MET_EARLY,
    MISSED,
    NOT_YET,
    OFF_TRACK,
    ON_TRACK,
    assess_target,
    fmt_progress,
    relation_holds,
)
from app.series import assess_all, contradictions, reconcile

TODAY = 2024  # the assessments' "this year", fixed so a deadline passes only when a test says so


def assess(rows: list[dict], direction: str = "higher", today_year: int = TODAY):
    """Assess the single target among ``rows`` against the actuals among them."""
    obs = make_observations(rows)
    target = obs[obs["kind"] == "target"].to_dict("records")
    assert len(target) == 1
    return assess_target(target[0], obs[obs["kind"] == "actual"], direction, today_year)


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


def test_target_year_passed_without_meeting_it_is_missed():
    a = assess([actual(2010, 10), actual(2031, 20), target(2030, 25, ">")])
    assert a.status == MISSED and "passed" in a.reason
    at_year = assess([actual(2010, 10), actual(2030, 20), target(2030, 25, ">")])
    assert at_year.status == MISSED


def test_a_passed_deadline_without_a_later_actual_says_which_data_is_missing():
    a = assess([actual(2010, 10), actual(2018, 20), target(2020, 25, ">")], today_year=2024)
    assert a.status == INSUFFICIENT and a.missing == NOT_YET
    assert "2020 has passed" in a.reason and "no actual for 2020 or later" in a.reason
    before = assess([actual(2010, 10), actual(2018, 20), target(2020, 25, ">")], today_year=2019)
    assert before.status in (ON_TRACK, OFF_TRACK)


@pytest.mark.parametrize(
    ("qualifier", "value", "holds"),
    [(">", 25, False), (">=", 25, True), ("<", 25, False), ("<=", 25, True), (">", 24.9, True), ("<", 25.1, True)],
)
def test_inequalities_follow_the_qualifier(qualifier, value, holds):
    assert relation_holds(25.0, value, qualifier, None) is holds


def test_approx_holds_within_the_precision_the_document_used_and_says_so():
    """ "around 25 %" holds from 24.5 % (half a step of the last stated digit), in the target's unit."""
    within = assess([actual(2013, 10), actual(2022, 24.5), target(2030, 25, "~", value_raw="25")])
    assert within.status == MET_EARLY
    assert "±0.5 %" in within.reason and "±0.5 %" in within.rule
    outside = assess([actual(2013, 10), actual(2022, 24.02), target(2030, 25, "~", value_raw="25")])
    assert outside.status in (ON_TRACK, OFF_TRACK)
    assert outside.threshold == pytest.approx(24.5)  # the band's near edge
    finer = assess([actual(2013, 10), actual(2022, 24.5), target(2030, 25, "~", value_raw="25.0")])
    assert finer.status != MET_EARLY  # "25.0" is stated to a tenth: it holds from 24.95


@pytest.mark.parametrize(
    ("raw", "value", "half"),
    [("25", 25, 0.5), ("24.1%", 24.1, 0.05), ("1.2 billion kilowatts", 1200, 50), ("1,200", 1200, 0.5), ("", 25, 0.5)],
)
def test_the_band_is_half_a_step_of_the_last_stated_digit_in_the_canonical_unit(raw, value, half):
    assert stated_half_step(raw, value) == pytest.approx(half)


def test_forest_coverage_around_25_at_24_02_is_not_met_and_agrees_with_the_easier_goal():
    """The issue's contradiction: ≈ 25 % by 2030 was "met early" at 24.02 % while 24.1 % by 2025 was not."""
    obs = make_observations(
        [
            {"indicator": "forest", "kind": "actual", "year": 2022, "value": 24.02, "value_raw": "24.02%"},
            {"indicator": "forest", "kind": "target", "year": 2025, "value": 24.1, "value_raw": "24.1%"},
            {"indicator": "forest", "kind": "target", "year": 2030, "value": 25, "qualifier": "~", "value_raw": "25"},
        ]
    )
    out = assess_all(obs, make_indicators({"forest": "higher"}), today_year=TODAY)
    assert [a.status for a in out] == [INSUFFICIENT, INSUFFICIENT]
    assert not contradictions(out)


def test_a_stricter_later_goal_is_never_met_while_an_easier_earlier_one_is_not():
    obs = make_observations(
        [
            {"kind": "actual", "year": 2020, "value": 10},
            {"kind": "actual", "year": 2022, "value": 20},
            {"kind": "target", "year": 2025, "value": 20.4, "qualifier": "="},
            {"kind": "target", "year": 2030, "value": 20.8, "qualifier": "~", "value_raw": "21"},
        ]
    )
    raw = [assess_target(t, obs[obs["kind"] == "actual"], "higher", TODAY) for t in obs.to_dict("records")[2:]]
    assert not contradictions(raw)  # the rules alone agree: 20 reaches neither 20.4 nor 21's band (from 20.5)
    raw[1].status, raw[0].status = MET_EARLY, OFF_TRACK  # a contradiction, as a looser rule once made
    assert contradictions(raw) == [(raw[0], raw[1])]
    fixed = reconcile(raw)
    assert fixed[1].status == OFF_TRACK and "earlier, easier goal" in fixed[1].reason
    assert not contradictions(fixed)


def test_bau_targets_are_their_own_series_and_say_what_is_missing():
    a = assess([actual(2020, 10), actual(2022, 12), target(2030, 30, ">", baseline="bau")])
    assert a.status == INSUFFICIENT and a.missing == BAU_UNQUANTIFIED and a.bau
    assert "business-as-usual" in a.reason and a.text == "> 30 % vs BAU by 2030"
    reported = assess(
        [actual(2020, 10, baseline="bau"), actual(2022, 12, baseline="bau"), target(2030, 30, ">", baseline="bau")]
    )
    assert reported.status in (ON_TRACK, OFF_TRACK) and reported.latest.value == 12


def test_an_indicator_defined_against_bau_is_a_bau_series_even_without_the_baseline_column():
    a = assess([actual(2020, 10, base_year=2010), target(2030, 30, ">", indicator="ghg_vs_bau")])
    assert a.bau and a.missing == BAU_UNQUANTIFIED and a.text == "> 30 % vs BAU by 2030"


def test_no_progress_share_when_the_start_already_lies_beyond_the_target_on_the_wrong_side():
    a = assess(
        [actual(1990, 72.5, base_year=1990), actual(2022, 69.5, base_year=1990), target(2030, 71, base_year=1990)],
        "higher",
    )
    assert a.status == OFF_TRACK and a.progress_pct is None


def test_progress_names_its_start():
    earliest = assess([actual(2013, 10.2), actual(2022, 17.5), target(2030, 25, "~")])
    assert fmt_progress(earliest).endswith("from 10.2 % in 2013 (earliest actual)")
    base = assess([actual(2022, 51, base_year=2005), target(2030, 65, ">", base_year=2005)])
    assert "from 0 % in 2005 (base year)" in fmt_progress(base)


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


def test_rule_text_explains_the_band_and_the_base_year_rule():
    a = assess([actual(2013, 10), actual(2022, 17), target(2030, 25, "~")])
    assert "APPROX_TOLERANCE" not in a.rule and "±0.5 %" in a.rule and "base year" in a.rule and "Missed" in a.rule


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


def test_small_and_large_frames_are_assessed_alike(monkeypatch, dashboard_env):
    """assess_all reads small frames as records and big ones vectorised: both must give the same assessments."""
    from app import series
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
        monkeypatch.setattr(series, "SMALL_FRAME", 10**9)
        small = series.assess_all(observations, indicators)
        monkeypatch.setattr(series, "SMALL_FRAME", 0)
        large = series.assess_all(observations, indicators)
        assert len(small) == (observations["kind"] == "target").sum()
        assert small == large
