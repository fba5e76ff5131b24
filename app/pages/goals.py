"""Goals (``/``): a scorecard per country. Headline national goals first, one line each (target, latest actual,
progress from its named start, status); other national, sub-national and company goals in their own sections;
implausible rows set aside for review. Select a line (or open ``?goal=ROW``) for its rule and sources."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd
import streamlit as st

from app import docs, scale, state, ui
from app.data import Dataset
from app.progress import INSUFFICIENT, STATUSES, fmt_progress
from app.scorecard import (
    COMPANY,
    EARLIER,
    HEADLINE_SECTION,
    NATIONAL,
    REVIEW,
    SUBNATIONAL,
    Goal,
    by_section,
    goal_frame,
)
from app.series import insufficient_counts

SCOPE = "goals"
SEEN = "goals:seen"  # set once this session has shown the page
LINE = 35  # px per grid row: the headline table is sized to its lines, so a country's goals fit one screen
HEADLINE_LINES = 15  # at most this many lines tall (more scroll inside the table): the page's header and these fit
# a 1,000 px screen
LINE_COLUMNS = ["goal", "target", "latest actual", "progress %", "from", "status", "document", "sentence", "row"]
COLUMN_CONFIG = {
    "goal": st.column_config.TextColumn("goal", width=205),
    "region": st.column_config.TextColumn("region", width=110),
    "target": st.column_config.TextColumn("target", width=160, help="Qualifier, value, unit, base year, year"),
    "latest actual": st.column_config.TextColumn("latest actual", width=125),
    "progress %": st.column_config.ProgressColumn("progress", min_value=0, max_value=100, format="%.0f%%", width=80),
    "from": st.column_config.TextColumn("from", width=195, help="The start progress is measured from"),
    "status": st.column_config.TextColumn("status", width=235),
    "document": st.column_config.TextColumn("document", width=120),
    "sentence": st.column_config.LinkColumn("sentence", display_text="open ↗", width=60),
    "review": st.column_config.TextColumn("why set aside", width=260),
    "quote": st.column_config.TextColumn("quote", width=420),
    "row": st.column_config.NumberColumn("row", format="%d", width=45, help="Row id in observations.csv"),
}


def country_goals(ds: Dataset) -> tuple[dict[str, list[Goal]], dict[str, str]]:
    """(country -> its goals, doc -> country) for every target in the data."""
    titles = ui.titles(ds)
    countries = docs.countries(ds.documents, ds.observations)
    with st.spinner("Assessing every target against its actuals…", show_time=True):
        goals = scale.goals(ds.observations, ds.indicators, countries, titles)
    out: dict[str, list[Goal]] = {}
    for g in goals:
        out.setdefault(g.country, []).append(g)
    return out, countries


def scorecard(goals: list[Goal], ds: Dataset, names: dict[str, str]) -> tuple[dict, dict]:
    """(section -> goals, section -> lines) of one country: kept per dataset (``scale.memo``)."""
    sections = by_section(goals, names, docs.duplicates(ds.documents))
    return sections, {s: goal_frame(sections[s], names) for s in sections}


def headline_height(lines: int) -> int:
    """The headline table's height in px: its lines, at most HEADLINE_LINES (the rest scroll inside the table)."""
    return LINE * (min(lines, HEADLINE_LINES) + 1) + 3


def default_country(per_country: dict[str, list[Goal]]) -> str | None:
    """The country with the most headline goals (then the most goals): the richest scorecard to open on."""
    if not per_country:
        return None
    return max(
        sorted(per_country),
        key=lambda c: (sum(g.section == HEADLINE_SECTION for g in per_country[c]), len(per_country[c])),
    )


def summary(goals: list[Goal]) -> str:
    """ "2 met · 1 on track · … · 3 insufficient data (2 no actual, 1 one point only)"."""
    counts = Counter(g.a.status for g in goals)
    parts = [f"{counts[s]} {s}" for s in STATUSES if counts.get(s)]
    missing = insufficient_counts([g.a for g in goals])
    if missing and counts.get(INSUFFICIENT):
        parts[-1] += " (" + ", ".join(f"{n} {why}" for why, n in missing.items()) + ")"
    return " · ".join(parts) if parts else "no goals"


def table(frame: pd.DataFrame, columns: list[str], key: str, height: int | None = None) -> list[int]:
    """A grid of goal lines; returns the row ids the analyst selected (one click shows their rule and sources)."""
    event = st.dataframe(
        styled(frame),
        column_order=columns,
        hide_index=True,
        width="stretch",
        column_config=COLUMN_CONFIG,
        height=height if height is not None else min(LINE * (len(frame) + 1) + 3, 420),
        on_select="rerun",
        selection_mode="single-row",
        key=key,
    )
    picked = list(getattr(getattr(event, "selection", None), "rows", []) or [])
    return [int(frame.iloc[i]["row"]) for i in picked if i < len(frame)]


STYLED_ROWS = 500  # a Styler costs per cell: the long review list goes unstyled
STATUS_STYLE = {
    "met early": "color:#177233;font-weight:600",
    "achieved": "color:#177233;font-weight:600",
    "on track": "color:#0054a3;font-weight:600",
    "off track": "color:#b35900;font-weight:600",
    "missed": "color:#c41a1a;font-weight:600",
    "insufficient data": "color:#6b6e7a",
}


def styled(frame: pd.DataFrame, limit: int = STYLED_ROWS) -> pd.io.formats.style.Styler | pd.DataFrame:
    """Status words in their colour (green met, blue on track, orange off track, red missed, grey no data)."""
    if frame.empty or "status" not in frame.columns or len(frame) > limit:
        return frame

    def colour(status: str) -> str:
        return STATUS_STYLE.get(str(status).split(":")[0], "")

    return frame.style.map(colour, subset=["status"])


def details(goal: Goal, ds: Dataset, names: dict[str, str]) -> None:
    """The rule and the sentences behind one line, with links to the chart and the document."""
    a = goal.a
    with st.container(border=True, key="goal-details"):
        st.markdown(
            f"**{ui.md_escape(names.get(a.indicator, a.indicator) or '(not mapped)')}** · {ui.md_escape(a.region)} · "
            f"{ui.md_escape(a.text)} · :{ui.STATUS_COLOUR[a.status]}[{a.status}]"
        )
        st.caption(ui.md_escape(a.reason) + "  \n" + ui.md_escape(fmt_progress(a)))
        if goal.review:
            st.warning(f"Set aside for review: {goal.review}.")
        rule, sources = st.columns(2)
        rule.markdown("\n".join(f"- {ui.md_escape(line)}" for line in a.rule.splitlines()))
        obs = ds.observations
        rows = obs[obs["row"].isin([a.row, *a.actual_rows])]
        lines = []
        for r in rows.itertuples(index=False):
            label = "target" if r.row == a.row else f"actual {r.year}"
            lines.append(
                f"- **{label}** · [{ui.md_escape(goal.title if r.doc == goal.doc else r.doc)}]"
                f"(sources?doc={r.doc}&row={r.row}) · row {r.row}  \n  > {ui.md_escape(r.quote)}"
            )
        sources.markdown("\n".join(lines))
        if goal.conditional is not None:
            c = goal.conditional.a
            sources.caption(
                f"Conditional counterpart: {ui.md_escape(c.text)} — {c.status}: {ui.md_escape(c.reason)} (row {c.row})"
            )
        if goal.variants:
            sources.caption(
                "The same document also states, for this goal and year: "
                + "; ".join(f"{ui.md_escape(v.a.text)} (row {v.a.row})" for v in goal.variants)
                + ". The line shows the value it states first."
            )
        if goal.also_in:
            sources.caption(f"Also stated in {goal.also_in} other document(s) (older versions or translations).")
        if a.indicator:
            st.page_link(
                "app/pages/explorer.py",
                label="Open in Explorer",
                icon=":material/show_chart:",
                query_params={"indicator": a.indicator, "region": a.region},
            )


def render() -> None:
    ds = ui.dataset_or_stop()
    names = ui.indicator_names(ds)
    st.title("Goals")
    per_country, _ = country_goals(ds)
    if not per_country:
        st.info("The data holds no targets yet.")
        return
    options = sorted(per_country)
    country = state.selectbox(
        "Country", options, "country", scope=SCOPE, default=lambda: default_country(per_country), width=320
    )
    goals = per_country.get(country, [])
    sections, frames = scale.memo(ds.observations, ("scorecard", country), lambda: scorecard(goals, ds, names))
    head = sections[HEADLINE_SECTION]
    st.caption(
        f"**{ui.md_escape(country)}**, headline goals: {summary(head)}. Each line compares the target with the latest "
        "actual of the same indicator, region and base year; progress is measured from the start it names; "
        "'~' targets hold within half a step of the last digit the document wrote. Select a line for its rule and "
        "sentences."
    )
    wanted = [int(state.query_value("goal") or 0)] if (state.query_value("goal") or "").isdigit() else []
    picked: list[int] = []
    if head:
        picked += table(frames[HEADLINE_SECTION], LINE_COLUMNS, "goals-headline", headline_height(len(head)))
        if len(head) > HEADLINE_LINES:
            st.caption(f"{len(head)} headline goals: scroll the table for the last {len(head) - HEADLINE_LINES}.")
    else:
        st.info(f"No headline national goal (emissions, peak or net-zero year, shares, capacities) for {country}.")
    slot = st.container()
    for section in (NATIONAL, SUBNATIONAL, COMPANY):
        if sections[section]:
            st.subheader(f"{section} ({len(sections[section])})")
            cols = LINE_COLUMNS if section == NATIONAL else ["region", *LINE_COLUMNS]
            picked += table(frames[section], cols, f"goals-{section}")
    earlier = sections[EARLIER]
    if earlier:
        with st.expander(f"{EARLIER} ({len(earlier)}): restated or replaced by the newest NDC"):
            picked += table(frames[EARLIER], ["document", *LINE_COLUMNS[:-3], "sentence", "row"], "goals-earlier")
    review = sections[REVIEW]
    if review:
        reasons = Counter(re.sub(r"\d+(?:,\d{3})*", "N", g.review) for g in review)
        with st.expander(f"{REVIEW}: {len(review)} rows set aside, not shown as goals"):
            st.caption(
                "Rows the extractor read as targets that are implausible as goals: "
                + "; ".join(f"{n} × {why}" for why, n in reasons.most_common())
                + ". Each links to its sentence."
            )
            shown = frames[REVIEW].iloc[: scale.DATA_ROWS]
            picked += table(
                shown, ["review", "goal", "target", "region", "quote", "document", "sentence", "row"], "review"
            )
    chosen = picked[-1:] or wanted
    if picked:
        state.write("goal", str(picked[-1]))
    by_row = {g.a.row: g for g in goals}
    if chosen and chosen[0] in by_row:
        with slot:
            details(by_row[chosen[0]], ds, names)
    elif wanted:  # a goal of another country (the country was changed) or not in the data
        if not st.session_state.get(SEEN):  # only a link's own goal is worth a warning
            state.warn_dropped("Goal", [str(wanted[0])], f"the scorecard of {country}")
        state.write("goal", None)
    st.session_state[SEEN] = True


if __name__ == "__main__":
    render()
