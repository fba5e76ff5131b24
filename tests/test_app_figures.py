"""The explorer chart: which traces exist, their shapes, hover text, and no mixing of base years."""

from __future__ import annotations

from conftest import make_indicators, make_observations

from app.figures import ACTUAL_ROLE, REQUIRED_ROLE, TARGET_ROLE, TREND_ROLE, explorer_figure, roles, wrap_quote
from app.series import assess_all


def figure(rows, **kw):
    obs = make_observations(rows)
    assessments = assess_all(obs, make_indicators({"ind": "higher"}), today_year=2024)
    return explorer_figure(obs, assessments, title="T", validate=True, **kw)


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
    assert list(approx.error_y.array) == [0.5, 0.5]  # half a step of the stated digit ("20", "25")
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


def test_the_figure_stands_alone_legend_units_and_source_inside():
    fig = figure(SERIES, source="Source: A plan (2024).", titles={"doc_a": "A plan"})
    assert fig.layout.showlegend is True
    assert fig.layout.legend.x > 1 and fig.layout.margin.r >= 250  # right of the plot, inside the figure's width
    assert fig.layout.yaxis.title.text == "%"
    assert any(a.text == "Source: A plan (2024)." for a in fig.layout.annotations)
    (act,) = by_role(fig, ACTUAL_ROLE)
    assert act.customdata[0][1] == "A plan"  # the hover names the document by its title


def test_one_point_series_get_a_readable_scale():
    fig = figure([{"kind": "target", "year": 2030, "value": 1200, "unit": "GW", "qualifier": ">"}])
    assert list(fig.layout.yaxis.range) == [0, 1500]  # from zero, not 1,199–1,201
    assert list(fig.layout.xaxis.range) == [2029, 2031] and fig.layout.xaxis.dtick == 1  # one tick per year
    assert fig.layout.yaxis.tickformat == ",~g"


def test_hover_text_is_clean_and_the_actual_stays_reachable():
    fig = figure([*SERIES, {"kind": "actual", "year": 2021, "value": 16, "quote": 'He said "yes" & left'}])
    (act,) = by_role(fig, ACTUAL_ROLE)
    quotes = [c[2] for c in act.customdata]
    assert any('"yes" &amp; left' in q for q in quotes) and not any("&quot;" in q for q in quotes)
    assert fig.data[-1].meta["role"] == ACTUAL_ROLE  # drawn last: on top of the paths that start at it
    for t in by_role(fig, TREND_ROLE) + by_role(fig, REQUIRED_ROLE):
        assert t.hoverinfo == "skip"


def test_other_base_years_get_their_own_panel_and_axis():
    fig = figure(
        [
            {"kind": "actual", "year": 2022, "value": 51, "base_year": 2005},
            {"kind": "target", "year": 2030, "value": 65, "qualifier": ">", "base_year": 2005},
            {"kind": "target", "year": 2025, "value": 18, "base_year": 2020},
        ]
    )
    axes = {t.meta["series"]: t.yaxis or "y" for t in fig.data}
    assert axes["change vs 2005"] != axes["change vs 2020"]
    assert fig.layout.yaxis.title.text == "change vs 2005 (%)" and fig.layout.yaxis2.title.text == "change vs 2020 (%)"
    assert fig.layout.yaxis.domain[0] > fig.layout.yaxis2.domain[1]  # stacked, apart


def test_several_regions_share_one_chart_in_their_own_colours():
    fig = figure([*SERIES, *({**r, "region": "India"} for r in SERIES)])
    actuals = by_role(fig, ACTUAL_ROLE)
    assert sorted(t.meta["region"] for t in actuals) == ["China", "India"]
    assert len({t.line.color for t in actuals}) == 2
    assert all(t.name.endswith(f"({t.meta['region']})") for t in actuals)
