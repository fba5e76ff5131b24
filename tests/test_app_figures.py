"""The explorer chart: which traces exist, their shapes, hover text, and no mixing of base years."""

from __future__ import annotations

from conftest import make_indicators, make_observations

from app.figures import ACTUAL_ROLE, REQUIRED_ROLE, TARGET_ROLE, TREND_ROLE, explorer_figure, roles, wrap_quote
from app.progress import APPROX_TOLERANCE, assess_all


def figure(rows):
    obs = make_observations(rows)
    return explorer_figure(obs, assess_all(obs, make_indicators({"ind": "higher"})), title="T", validate=True)


def test_the_unvalidated_figure_the_page_draws_is_the_validated_one():
    """The page skips plotly's validation for speed; here plotly's schema checks every property it sends."""
    obs = make_observations(SERIES)
    assessments = assess_all(obs, make_indicators({"ind": "higher"}))
    fast = explorer_figure(obs, assessments, title="T")
    checked = explorer_figure(obs, assessments, title="T", validate=True)
    assert fast.to_dict() == checked.to_dict()


def by_role(fig, role):
    return [t for t in fig.data if t.meta["role"] == role]


SERIES = [
    {"kind": "actual", "year": 2013, "value": 10.2, "quote": "from 10.2% <b>to</b> 17.5%"},
    {"kind": "actual", "year": 2022, "value": 17.5, "quote": "from 10.2% <b>to</b> 17.5%"},
    {"kind": "target", "year": 2025, "value": 20, "qualifier": "~"},
    {"kind": "target", "year": 2030, "value": 25, "qualifier": "~"},
    {"kind": "target", "year": 2060, "value": 80, "qualifier": ">"},
]


def test_actuals_targets_required_path_and_trend():
    fig = figure(SERIES)
    assert set(roles(fig)) == {ACTUAL_ROLE, TARGET_ROLE, REQUIRED_ROLE, TREND_ROLE}
    (act,) = by_role(fig, ACTUAL_ROLE)
    assert act.mode == "lines+markers" and list(act.x) == [2013, 2022] and list(act.y) == [10.2, 17.5]
    approx, more = sorted(by_role(fig, TARGET_ROLE), key=lambda t: t.meta["qualifier"])[::-1]
    assert more.marker.symbol == "triangle-up" and list(more.x) == [2060]
    assert approx.meta["qualifier"] == "~" and list(approx.x) == [2025, 2030]
    assert list(approx.error_y.array) == [APPROX_TOLERANCE * 20, APPROX_TOLERANCE * 25]
    (req,) = by_role(fig, REQUIRED_ROLE)
    assert req.line.dash == "dash"
    assert list(req.x) == [2022, 2025, None, 2022, 2030, None, 2022, 2060, None]
    (trend,) = by_role(fig, TREND_ROLE)
    assert trend.line.dash == "dot" and list(trend.x) == [2022, 2060]
    assert trend.y[1] == 17.5 + (17.5 - 10.2) / 9 * 38


def test_marker_shape_shows_the_qualifier():
    rows = [{"kind": "target", "year": 2030, "value": 1, "qualifier": q} for q in ("<", "<=", "=", ">=")]
    symbols = {t.meta["qualifier"]: t.marker.symbol for t in by_role(figure(rows), TARGET_ROLE)}
    assert symbols == {"<": "triangle-down", "<=": "triangle-down", "=": "circle", ">=": "triangle-up"}


def test_base_years_are_separate_labelled_series():
    fig = figure(
        [
            {"kind": "actual", "year": 2022, "value": 51, "base_year": 2005},
            {"kind": "target", "year": 2030, "value": 65, "qualifier": ">", "base_year": 2005},
            {"kind": "target", "year": 2025, "value": 18, "base_year": 2020},
        ]
    )
    names = [t.name for t in fig.data]
    assert "Actual (change vs 2005)" in names
    assert any(n.startswith("Target") and n.endswith("(change vs 2020)") for n in names)
    # the 2020-based target never joins the 2005-based line
    for trace in by_role(fig, REQUIRED_ROLE):
        assert trace.meta["series"] == "change vs 2005"
        assert 2025 not in trace.x


def test_hover_carries_unit_document_and_the_escaped_wrapped_sentence():
    (act,) = by_role(figure(SERIES), ACTUAL_ROLE)
    unit, doc, quote, row, _ = act.customdata[0]
    assert (unit, doc, row) == ("%", "doc_a", "1")
    assert "&lt;b&gt;to&lt;/b&gt;" in quote and "<b>" not in quote
    assert "%{customdata[2]}" in act.hovertemplate
    assert wrap_quote("word " * 40, 30).count("<br>") >= 5


def test_undated_rows_are_not_drawn():
    fig = figure([{"kind": "actual", "year": "", "value": 3}])
    assert len(fig.data) == 0
