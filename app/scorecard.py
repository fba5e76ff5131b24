"""Goals as a scorecard: per country, the headline national goals first, then the rest in their own sections, and
implausible rows set aside for review rather than shown as goals. Also the rows of the Compare page.

Pure functions over the typed observations and the assessments (``app.series``), so each rule is unit-tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

import pandas as pd

from app.docs import version_rank
from app.fmt import QUALIFIER_SYMBOL, fmt_num, fmt_target
from app.progress import Assessment, fmt_progress

# Headline national goals, in the order a scorecard reads them: emissions, peak and net-zero years, non-fossil and
# renewable shares, capacities. Catalogue ids (what is measured), never values.
HEADLINE = (
    "ghg_emissions_reduction",
    "ghg_emissions_reduction_vs_bau",
    "ghg_emissions",
    "co2_emissions",
    "co2_intensity_reduction",
    "emissions_per_capita_reduction",
    "energy_intensity_reduction",
    "carbon_peak_year",
    "net_zero_year",
    "carbon_neutrality_year",
    "non_fossil_share_energy_consumption",
    "non_fossil_share_electricity",
    "non_fossil_share_capacity",
    "renewable_share_energy_consumption",
    "renewable_share_electricity_generation",
    "renewable_share_electricity_consumption",
    "renewable_share_capacity",
    "non_fossil_capacity",
    "renewable_capacity",
    "wind_solar_capacity",
    "wind_capacity",
    "solar_capacity",
    "offshore_wind_capacity",
    "hydro_capacity",
    "nuclear_capacity",
)
HEADLINE_RANK = {ind: i for i, ind in enumerate(HEADLINE)}
HEADLINE_SECTION, NATIONAL, SUBNATIONAL, COMPANY, EARLIER, REVIEW = (
    "Headline national goals",
    "Other national goals",
    "Sub-national and other regions",
    "Company goals",
    "Earlier documents' headline goals",
    "For review",
)
SECTIONS = (HEADLINE_SECTION, NATIONAL, SUBNATIONAL, COMPANY, EARLIER, REVIEW)
VS_BASE, VS_BAU, INTENSITY, LEVEL, NET_ZERO, PEAK, YEAR_GOAL = (
    "vs base year",
    "vs BAU",
    "intensity",
    "absolute level",
    "net-zero year",
    "peak year",
    "target year",
)
TARGET_TYPES = (VS_BASE, VS_BAU, INTENSITY, LEVEL, NET_ZERO, PEAK, YEAR_GOAL)
_COMPANY = re.compile(r"\(\s*enterprise\b|\benterprise target\b|\bcompany target\b", re.IGNORECASE)
_BAU_WORDS = re.compile(r"business[- ]as[- ]usual|\bBAU\b|reference scenario|baseline scenario", re.IGNORECASE)
_LEVEL_INDICATORS = ("ghg_emissions", "co2_emissions")
PLAUSIBLE_YEARS = (1990, 2100)
SHORT_CONDITION = {"unconditional": "uncond.", "conditional": "cond."}


@dataclass
class Goal:
    """One target row as the scorecard shows it: its assessment and what places it."""

    a: Assessment
    country: str
    section: str
    target_type: str
    doc: str
    title: str
    condition: str
    quote: str
    review: str = ""  # why the row is set aside (section REVIEW)
    also_in: int = 0  # other documents stating the same goal (older versions, translations)
    variants: tuple[Goal, ...] = ()  # other values the same document states for the same goal and year
    conditional: Goal | None = None  # the conditional counterpart shown on this (unconditional) goal's line

    @property
    def source(self) -> str:
        """The Sources page link to the target's sentence."""
        return f"sources?doc={quote(self.doc)}&row={self.a.row}"


def target_type(indicator: str, unit: str, base_year: int | None, bau: bool) -> str:
    """What kind of target: vs base year, vs BAU, intensity, absolute level, or a net-zero / peak year."""
    if unit == "year":
        if "peak" in indicator:
            return PEAK
        if "neutral" in indicator or "net_zero" in indicator:
            return NET_ZERO
        return YEAR_GOAL
    if bau or indicator.endswith("_vs_bau"):
        return VS_BAU
    if "intensity" in indicator or "per_capita" in indicator:
        return INTENSITY
    if base_year is not None:
        return VS_BASE
    return LEVEL


def review_reason(row: dict, a: Assessment) -> str:
    """Why a target row is implausible as a goal (empty when it is fine)."""
    if not a.indicator:
        return "not mapped to a catalogue indicator"
    if a.base_year is not None and a.year is not None and a.base_year >= a.year:
        return f"base year {a.base_year} is not before the target year {a.year}"
    if a.unit != "%" and a.base_year is None:
        bau_level = a.bau or (a.indicator in _LEVEL_INDICATORS and _BAU_WORDS.search(str(row.get("quote") or "")))
        if bau_level:
            return "a business-as-usual level, not a goal"
    if a.unit == "year" and not PLAUSIBLE_YEARS[0] <= a.target <= PLAUSIBLE_YEARS[1]:
        return f"{fmt_num(a.target)} is not a plausible year"
    if a.year is None:
        return "no target year"
    return ""


def company_indicators(indicators: pd.DataFrame) -> set[str]:
    """Indicators the catalogue describes as one company's (its description says "(enterprise …)")."""
    desc = indicators.get("description", pd.Series(dtype=str)).fillna("").astype(str)
    return {i for i, d in zip(indicators["indicator"], desc, strict=True) if _COMPANY.search(d)}


def build_goals(
    observations: pd.DataFrame,
    assessments: Sequence[Assessment],
    indicators: pd.DataFrame,
    countries: dict[str, str],
    titles: dict[str, str],
) -> list[Goal]:
    """Every target as a Goal: its country (its document's), section and target type."""
    companies = company_indicators(indicators)
    by_row = {a.row: a for a in assessments}
    cols = [c for c in ("row", "doc", "quote", "condition") if c in observations.columns]
    targets = observations.loc[observations["kind"] == "target", cols]
    out = []
    for r in targets.to_dict("records"):
        a = by_row.get(int(r["row"]))
        if a is None:
            continue
        doc = str(r["doc"])
        country = countries.get(doc, "")
        review = review_reason(r, a)
        if review:
            section = REVIEW
        elif a.indicator in companies:
            section = COMPANY
        elif a.region != country:
            section = SUBNATIONAL
        elif a.indicator in HEADLINE_RANK:
            section = HEADLINE_SECTION
        else:
            section = NATIONAL
        out.append(
            Goal(
                a=a,
                country=country,
                section=section,
                target_type=target_type(a.indicator, a.unit, a.base_year, a.bau),
                doc=doc,
                title=titles.get(doc, doc),
                condition="" if pd.isna(r.get("condition")) else str(r.get("condition") or ""),
                quote=str(r["quote"]),
                review=review,
            )
        )
    return out


def newest_only(goals: Iterable[Goal], skip_docs: set[str] = frozenset()) -> list[Goal]:
    """The current pledge, one line per goal and year.

    For each (indicator, region, kind of baseline, condition, unit) only the newest document stating it (NDC
    version, then English) is kept; older versions and translations are counted in ``also_in``. Within it, each
    (target year, base year) is one line: the value the document states first (documents lead with their headline
    goal), the others kept in ``variants`` and listed one click away.
    """
    groups: dict[tuple, list[Goal]] = {}
    for g in goals:
        if g.doc in skip_docs:
            continue
        a = g.a
        baseline = "bau" if a.bau else ("base" if a.base_year is not None else "level")
        groups.setdefault((a.indicator, a.region, baseline, g.condition, a.unit), []).append(g)
    out = []
    for group in groups.values():
        newest = max(group, key=lambda g: (version_rank(g.doc), g.doc))
        others = len({g.doc for g in group}) - 1
        lines: dict[tuple, list[Goal]] = {}
        for g in sorted((g for g in group if g.doc == newest.doc), key=lambda g: g.a.row):
            lines.setdefault((g.a.year, g.a.base_year), []).append(g)
        for same in lines.values():
            first = same[0]
            first.also_in = others
            seen = {(first.a.qualifier, first.a.target)}
            variants = []
            for g in same[1:]:
                if (g.a.qualifier, g.a.target) not in seen:
                    seen.add((g.a.qualifier, g.a.target))
                    variants.append(g)
            first.variants = tuple(variants)
            out.append(first)
    return out


def ordered(goals: Iterable[Goal], names: dict[str, str]) -> list[Goal]:
    """Headline order of indicators, then target year ascending (undated last), then name."""

    def key(g: Goal) -> tuple:
        a = g.a
        return (
            HEADLINE_RANK.get(a.indicator, len(HEADLINE)),
            names.get(a.indicator, a.indicator).lower(),
            a.region,
            a.year is None,
            a.year or 0,
            a.base_year or 0,
            a.row,
        )

    return sorted(goals, key=key)


def superseded(goals: Iterable[Goal]) -> set[str]:
    """Documents of the country whose headline goals a newer NDC version restates: the newest NDC is the pledge.
    Documents naming no NDC version neither supersede nor are superseded."""
    ranks = {g.doc: version_rank(g.doc)[0] for g in goals if g.section == HEADLINE_SECTION}
    newest = max(ranks.values(), default=-1)
    return {d for d, r in ranks.items() if -1 < r < newest}


def paired(goals: list[Goal]) -> list[Goal]:
    """An unconditional goal and its conditional counterpart (same indicator, region, baseline, year) on one line:
    the unconditional one leads and carries the other in ``conditional``."""
    by_key: dict[tuple, dict[str, Goal]] = {}
    for g in goals:
        a = g.a
        by_key.setdefault((a.indicator, a.region, a.bau, a.base_year, a.year, a.unit), {}).setdefault(g.condition, g)
    out = []
    for g in goals:
        a = g.a
        pair = by_key[(a.indicator, a.region, a.bau, a.base_year, a.year, a.unit)]
        if g.condition == "conditional" and pair.get("unconditional") is not None:
            continue
        if g.condition == "unconditional" and pair.get("conditional") is not None:
            g.conditional = pair["conditional"]
        out.append(g)
    return out


def by_section(goals: Iterable[Goal], names: dict[str, str], skip_docs: set[str] = frozenset()) -> dict[str, list]:
    """A country's goals per section, in scorecard order: the headline section holds the newest NDC's goals
    (earlier versions' in their own section), unconditional and conditional paired on one line; stated-again goals
    merged except under review."""
    goals = list(goals)
    old = superseded(goals)
    out: dict[str, list[Goal]] = {s: [] for s in SECTIONS}
    for g in goals:
        out[EARLIER if g.section == HEADLINE_SECTION and g.doc in old else g.section].append(g)
    for section in SECTIONS:
        kept = out[section] if section == REVIEW else newest_only(out[section], skip_docs)
        if section in (HEADLINE_SECTION, NATIONAL, SUBNATIONAL, COMPANY):
            kept = paired(kept)
        out[section] = ordered(kept, names)
    return out


def _target_text(g: Goal, condition: bool = True) -> str:
    """The target as read, with its conditional counterpart when paired: "12 % by 2030 · conditional 15 %";
    ``condition`` adds "(conditional)" / "(unconditional)" to an unpaired line whose document says which."""
    text = g.a.text if g.a.bau or g.target_type != VS_BAU else _bau_text(g.a)
    if condition and g.condition and g.conditional is None:
        text += f" ({SHORT_CONDITION.get(g.condition, g.condition)})"
    if g.conditional is not None:
        c = g.conditional.a
        text += f" · cond. {fmt_target(c.target, c.unit, c.qualifier, None, None).removesuffix(' (no year)')}"
    return text


def _bau_text(a: Assessment) -> str:
    """An indicator that is itself "vs BAU" reads so even when the row's baseline column is empty."""
    return fmt_target(a.target, a.unit, a.qualifier, a.year, a.base_year, bau=a.base_year is None)


def goal_frame(
    goals: Sequence[Goal], names: dict[str, str], link_base: str = "", condition_in_target: bool = True
) -> pd.DataFrame:
    """One line per goal: what, target, latest actual, progress from its named start, status, document, link."""
    rows = []
    for g in goals:
        a = g.a
        status = a.status
        if a.status == "insufficient data" and a.missing:
            status += f": {a.missing}"
        rows.append(
            {
                "country": g.country,
                "goal": names.get(a.indicator, a.indicator) or "(not mapped)",
                "region": a.region,
                "type": g.target_type,
                "target": _target_text(g, condition_in_target),
                "value": a.target,
                "qualifier": a.qualifier,
                "qualifier_symbol": QUALIFIER_SYMBOL.get(a.qualifier, a.qualifier) or "=",
                "unit": a.unit,
                "base year": a.base_year,
                "target year": a.year,
                "condition": g.condition,  # as the data holds it (downloads)
                "conditionality": (g.condition or "not stated") + (" + conditional" if g.conditional else ""),
                "latest actual": a.latest_text,
                "progress %": None if a.progress_pct is None else round(max(min(a.progress_pct, 100.0), 0.0)),
                "from": a.start_text or "—",
                "status": status,
                "why": a.reason,
                "document": g.title,
                "also in": g.also_in,
                "other values": len(g.variants),
                "review": g.review,
                "row": a.row,
                "doc": g.doc,
                "sentence": link_base + g.source,
                "quote": g.quote,
                "indicator": a.indicator,
            }
        )
    columns = list(rows[0]) if rows else ["goal", "target", "status", "row"]
    return pd.DataFrame(rows, columns=columns)


def progress_line(a: Assessment) -> str:
    return fmt_progress(a)
