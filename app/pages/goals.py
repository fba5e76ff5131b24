"""Goals overview (``/``): every target, grouped by target year, with progress, status and the reason."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import state, ui
from app.data import Dataset
from app.progress import (
    STATUSES,
    Assessment,
    assess_all,
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


def card(a: Assessment, ds: Dataset, names: dict[str, str]) -> None:
    """One target: what, where, the goal, the latest actual, progress, status and why; sources on demand."""
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
            obs = ds.observations
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
    assessments = assess_all(ds.observations, ds.indicators)
    st.title("Goals")
    st.caption(
        "Every target in the documents against the latest actual of the same indicator, region and base year. "
        f"'~' targets count as met within {fmt_tolerance()} (APPROX_TOLERANCE)."
    )
    if not assessments:
        st.info("The data holds no targets yet.")
        return
    left, right = st.columns(2)
    regions = sorted({a.region for a in assessments})
    chosen_regions = state.multiselect("Region", regions, "region", scope=SCOPE, where=left, placeholder="All regions")
    chosen_status = state.multiselect(
        "Status", list(STATUSES), "status", scope=SCOPE, where=right, placeholder="All statuses"
    )
    shown = [
        a
        for a in assessments
        if (not chosen_regions or a.region in chosen_regions) and (not chosen_status or a.status in chosen_status)
    ]
    counts = {s: sum(a.status == s for a in shown) for s in STATUSES}
    for col, (status, n) in zip(st.columns(len(STATUSES)), counts.items(), strict=True):
        col.metric(status.capitalize(), n)
    for year in group_order(a.year for a in shown):
        group = [a for a in shown if a.year == year]
        st.subheader(_group_title(year))
        for i in range(0, len(group), CARDS_PER_ROW):
            for col, a in zip(st.columns(CARDS_PER_ROW), group[i : i + CARDS_PER_ROW], strict=False):
                with col:
                    card(a, ds, names)


if __name__ == "__main__":
    render()
