"""Goals overview (``/``): every target, grouped by target year, with progress, status and the reason."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import streamlit as st

from app import scale, state, ui
from app.data import Dataset
from app.progress import (
    STATUSES,
    Assessment,
    fmt_target,
    fmt_tolerance,
    fmt_value,
    group_order,
)

SCOPE = "goals"
CARDS_PER_ROW = 3


def _group_title(year: int | None) -> str:
    return "Targets without a year" if year is None else f"Targets for {year}"


def _source_lines(rows: pd.DataFrame, label: str) -> list[str]:
    lines = []
    for r in rows.itertuples(index=False):
        lines.append(
            f"- **{label} #{r.row}** · `{r.doc}` · characters {r.char_start}–{r.char_end} "
            f"([open](sources?doc={r.doc}&row={r.row}))  \n  > {ui.md_escape(r.quote)}"
        )
    return lines


def card(a: Assessment, ds: Dataset, names: dict[str, str], sources: pd.DataFrame | None = None) -> None:
    """One target: what, where, the goal, the latest actual, progress, status and why; sources on demand.

    ``sources``: the observations the card may cite (at least its own rows), so a page of cards scans a million
    rows once, not twice per card."""
    with st.container(border=True):
        st.markdown(f"**{ui.md_escape(names.get(a.indicator, a.indicator))}** · {ui.md_escape(a.region)}")
        st.markdown(f"#### {ui.md_escape(fmt_target(a.target, a.unit, a.qualifier, a.year, a.base_year))}")
        latest = (
            f"{ui.md_escape(fmt_value(a.latest.value, a.unit, a.base_year))} ({a.latest.year})" if a.latest else "none"
        )
        st.markdown(f"Latest actual: **{latest}**")
        if a.progress_pct is not None:
            st.progress(min(max(a.progress_pct, 0.0), 100.0) / 100.0, text=f"Progress {a.progress_pct:.0f} %")
        else:
            st.caption("Progress: —")
        st.badge(a.status, icon=ui.STATUS_ICON[a.status], color=ui.STATUS_COLOUR[a.status])
        st.caption(ui.md_escape(a.reason))
        with st.expander("Rule and sources"):
            st.markdown("\n".join(f"- {ui.md_escape(line)}" for line in a.rule.splitlines()))
            st.caption(f"Tolerance for '~' targets: APPROX_TOLERANCE = {fmt_tolerance()} of the target.")
            obs = ds.observations if sources is None else sources
            lines = _source_lines(obs[obs["row"] == a.row], "target")
            lines += _source_lines(obs[obs["row"].isin(a.actual_rows)], "actual")
            st.markdown("\n".join(lines))
        if a.indicator:
            st.page_link(
                "app/pages/explorer.py",
                label="Open in explorer",
                icon=":material/show_chart:",
                query_params={"indicator": a.indicator, "region": a.region},
            )


def render() -> None:
    ds = ui.dataset_or_stop()
    names = ui.indicator_names(ds)
    st.title("Goals")
    # Seconds at a million rows, once per loaded dataset (then kept); Streamlit shows a spinner only after 0.5 s.
    with st.spinner("Assessing every target against its actuals…", show_time=True):
        assessments = scale.assessments(ds.observations, ds.indicators)
    st.caption(
        "Every target in the documents against the latest actual of the same indicator, region and base year. "
        f"'~' targets count as met within {fmt_tolerance()} (APPROX_TOLERANCE)."
    )
    if not assessments:
        st.info("The data holds no targets yet.")
        return
    left, middle, right = st.columns(3)
    regions = sorted({a.region for a in assessments})
    chosen_regions = state.multiselect("Region", regions, "region", scope=SCOPE, where=left, placeholder="All regions")
    indicators = sorted({a.indicator for a in assessments}, key=lambda i: names.get(i, i).lower())
    chosen_indicators = state.multiselect(
        "Indicator",
        indicators,
        "indicator",
        scope=SCOPE,
        where=middle,
        format_func=lambda i: names.get(i, i),
        placeholder="All indicators",
    )
    chosen_status = state.multiselect(
        "Status", list(STATUSES), "status", scope=SCOPE, where=right, placeholder="All statuses"
    )
    regions_set, indicators_set, status_set = set(chosen_regions), set(chosen_indicators), set(chosen_status)
    shown = [
        a
        for a in assessments
        if (not regions_set or a.region in regions_set)
        and (not indicators_set or a.indicator in indicators_set)
        and (not status_set or a.status in status_set)
    ]
    counts = Counter(a.status for a in shown)
    for col, status in zip(st.columns(len(STATUSES)), STATUSES, strict=True):
        col.metric(status.capitalize(), f"{counts.get(status, 0):,}")
    rank = {year: i for i, year in enumerate(group_order(a.year for a in shown))}
    ordered = sorted(shown, key=lambda a: rank[a.year])  # stable: row order within a target year
    cards, page = ordered, 1
    if len(ordered) > scale.CARDS_PER_PAGE:
        page = state.page_number(scale.page_count(len(ordered)), "page", scope=SCOPE)
        cards, page, pages = scale.page_of(ordered, page)
        first = (page - 1) * scale.CARDS_PER_PAGE + 1
        st.caption(
            f"Showing targets {first:,}–{first + len(cards) - 1:,} of {len(ordered):,} (page {page:,} of {pages:,}; "
            f"{scale.CARDS_PER_PAGE} per page). Narrow them with the filters above."
        )
    wanted = {a.row for a in cards} | {r for a in cards for r in a.actual_rows}
    obs = ds.observations
    sources = obs[obs["row"].isin(wanted)]
    for year in group_order(a.year for a in cards):
        group = [a for a in cards if a.year == year]
        st.subheader(_group_title(year))
        for i in range(0, len(group), CARDS_PER_ROW):
            for col, a in zip(st.columns(CARDS_PER_ROW), group[i : i + CARDS_PER_ROW], strict=False):
                with col:
                    card(a, ds, names, sources)


if __name__ == "__main__":
    render()
