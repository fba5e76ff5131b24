"""Header scope: what a table's caption and header cells say about the values under them.

A header cell may state a unit ("(Gg CO2e)", "In %"), a year ("BAU 2030", "FY2030", "(2030)"), a kind (a BAU or
reference scenario is a projection, not reported; base-year / inventory / historical columns are actuals;
mitigation, target, unconditional and conditional columns are targets) and a condition (unconditional /
conditional). Header cells come in levels: leaves (one per value column: its unit or year) under group cells
("BAU 2030 | Unconditional | Conditional", each over the same repeating sub-columns), under the caption.
Each column takes the most specific statement: its leaf, then its group, then the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from . import rx
from .cellobs import REDUCTION_LABEL_RE
from .cells import YEAR_CELL_RE as _YEAR_CELL_RE
from .cellunits import cell_unit, gas_alone, rate_cell
from .headercues import _BAU_RE, _NEED_RE, _SHARE_OF_PROJECTION_RE, _cue_kind, _observed_cues, caption_cue
from .headergroups import dated_group_cell, share_group_units
from .headerleaves import bracket_leaves as _bracket_leaves
from .headerleaves import grouped_leaves as _grouped_leaves
from .headerleaves import leaves as _leaves
from .headerleaves import segments as _segments
from .headerleaves import spanned_year_leaves, wrapped_leaves
from .headeryears import BASE_YEAR_RE as _BASE_YEAR_RE
from .headeryears import HEADER_YEAR_RE as _HEADER_YEAR_RE
from .headeryears import bases as _bases
from .headeryears import bracket_year, change_from, change_span, named_years
from .headeryears import cell_years as _cell_years

_WORD_RE = rx.compile(r"[a-z0-9]+")
_PARENS_RE = rx.compile(r"\([^()]*\)")


def _label_words(cell: str) -> frozenset[str]:
    """The words naming a header cell's quantity; years are left out, for a year names no quantity ("2030" beside
    "Previous target 2030" is a column of this plan's year, not a path without the plan)."""
    return frozenset(w for w in _WORD_RE.findall(_PARENS_RE.sub(" ", cell.lower())) if not _YEAR_CELL_RE.fullmatch(w))


def plain_siblings(cells: list[str]) -> set[int]:
    """Header cells naming a quantity that another cell names again with a plan cue: "GHG emissions" beside "GHG
    emissions mitigation" or "Emissions with measures" is the path without the plan, a reference, not a goal."""
    words = [_label_words(c) for c in cells]
    cued = [k for k, c in enumerate(cells) if _cue_kind(c)[0] == "target"]
    return {
        k for k, c in enumerate(cells) if words[k] and not any(_cue_kind(c)) and any(words[k] < words[j] for j in cued)
    }


def reference_row(labels: list[str], caption: str) -> int | None:
    """The one row without a cue among rows of the plan in a table whose caption names the reference path beside the
    plan ("BAU / CDN / CDN+ emissions" over "CONSTRUCTION | CDN | CDN+ | % CDN reduction"): the reference path, under
    a name its translation lost."""
    if not _BAU_RE.search(caption):
        return None
    kinds = [_cue_kind(label)[0] for label in labels]
    if kinds.count("target") < 2 or "bau" in kinds:
        return None
    plain = [k for k, label in enumerate(labels) if not kinds[k] and not label.lstrip().startswith("%")]
    return plain[0] if len(plain) == 1 and not _TOTAL_HEAD_RE.match(labels[plain[0]]) else None


_SCENARIO_RE = rx.compile(r"\b(?:scenarios?|pathways?)\b", re.I)


def names_bau(cell: str) -> bool:
    """Whether a cell names the business-as-usual path (as a yardstick or as the path itself)."""
    return bool(_BAU_RE.search(cell))


def header_cue(cell: str) -> bool:
    """A header cell that scopes its column: it states a unit, a year, a kind or a condition, or names the
    scenario its columns belong to ("Realistic scenario" spanning the forecast years)."""
    return bool(
        cell_unit(cell)
        or _HEADER_YEAR_RE.search(cell)
        or any(_cue_kind(cell))
        or _SCENARIO_RE.search(cell)
        or rate_cell(cell)
    )


def _actual_years(cell: str) -> set[int]:
    """Years a header or caption names as observed: "Base year 2012", "Inventory in 2014", "Base Year (2012)"."""
    out: set[int] = set()
    for m in _observed_cues(cell):
        near = cell[m.end() : m.end() + 16]
        y = _HEADER_YEAR_RE.search(near)
        if y:
            out.add(int(y.group(1)))
        before = _HEADER_YEAR_RE.search(cell[max(0, m.start() - 8) : m.start()])
        if before:
            out.add(int(before.group(1)))
    return out


@dataclass
class ColumnScope:
    """What a header says about the values under it."""

    year: int | None = None
    unit: tuple[str, Decimal] | None = None
    kind: str = ""  # target, actual, bau (left out) or '' (decided by the year)
    condition: str = ""
    baseline: str = ""
    label: str = ""
    base_year: int | None = None  # "% reduction compared to 2010": the column's changes are against 2010
    reference: bool = False  # "GHG emissions" beside "GHG emissions mitigation": its future is no goal
    need: bool = False  # "Estimated Budget (USD)": what the plan's measures will cost, due by the plan's deadline
    alt_year: int | None = None  # "2013 (2005)": the year of the bracketed value of a cell "1,235 (1,219)"
    split: bool = False  # "Total (%)" beside money columns: each row's part of the money total, no value
    per_item: bool = False  # "Emission reduced/unit (tCO2e/yr)", "Lifespan (years)": one item's figure, no total


@dataclass
class TableScope:
    table: ColumnScope
    columns: list[ColumnScope]
    actual_years: set[int] = field(default_factory=set)
    base_year: int | None = None  # "reduction targets (compared to 2010 emissions)": the base of the % changes
    target_cue: bool = False  # the caption or header speaks of targets, though its columns span several years
    series: bool = False  # values over many years (rows or columns): the future ones are projections without a cue
    caption_pledge: bool = False  # the caption (else the header's title cells) names goals or a condition
    cited_year: int | None = None  # the deadline where the text cited the table by its number (``citations``)
    modelled_cuts: bool = False  # the plan's cuts, its years running past the present: all modelled (``cellobs``)


#: a column of changes against the reference projection: "Change vs BAU", "Deviation from BAU", "Compared to BAU"
_VS_BAU_RE = rx.compile(
    r"\b(?:change|deviation|difference|reduction|vs\.?|versus|compared\s+(?:to|with)|relative\s+to|against)\b.*"
    r"\b(?:BAU|business[\s-]+as[\s-]+usual)\b",
    re.I,
)
_CHANGE_COLUMN_RE = rx.compile(
    r"%\s*(?:increase|change|reduction|decrease|difference|variation|growth|progress)"
    r"|\b(?:increase|change|difference|variation|growth|progress|evolution|rate)\s*\(?%",  # "Annual rate (%)"
    re.I,
)


def _year_group_heads(header: list[str], leaves: list[int], ncols: int) -> list[int]:
    """The cell heading each year column, when cells heading groups of year columns stand together right before the
    year cells (a two-row header flattened row by row): "Sector | BAU (MtCO2e) | Emission target (MtCO2e) | 2025 |
    2030 | 2035 | 2025 | 2030 | 2035". Each states a unit or a kind. The groups are equal, or of unequal widths
    when their years start again in each ("BAU | Unconditional | Conditional | 2020 | 2025 | 2030 | 2025 | 2030 |
    2025 | 2030"): one run of rising years per head."""
    if not all(_YEAR_CELL_RE.match(header[k]) for k in leaves):
        return []
    heads: list[int] = []
    k = min(leaves) - 1
    while k >= 0 and (cell_unit(header[k]) or _cue_kind(header[k]) != ("", "")):
        heads.insert(0, k)
        k -= 1
    if len(heads) < 2:
        return []
    years = [header[k] for k in leaves]
    if not ncols % len(heads):
        width = ncols // len(heads)
        if all(years[i] == years[i % width] for i in range(ncols)):
            return [heads[c // width] for c in range(ncols)]
    runs = [0]  # the group of each year column: a new one where the years stop rising
    for prev, year in zip(years, years[1:], strict=False):
        runs.append(runs[-1] + (int(year.strip()[:4]) <= int(prev.strip()[:4])))
    return [heads[r] for r in runs] if len(runs) == ncols and runs[-1] == len(heads) - 1 else []


_TOTAL_HEAD_RE = rx.compile(r"\s*total\b", re.IGNORECASE)


def _total_unit(columns: list[ColumnScope]) -> tuple[str, Decimal] | None:
    """The unit of the one column headed "Total …" when it alone states one: its addends share it."""
    stated = [col for col in columns if col.unit]
    if len(stated) == 1 and len(columns) > 1 and _TOTAL_HEAD_RE.match(stated[0].label) and stated[0].unit[0] != "%":
        return stated[0].unit
    return None


def _flank_units(columns: list[ColumnScope]) -> None:
    """A column of levels that states no unit between two that state the same one takes it: "Base year (2010)-kt |
    NDC Baseline (2022) | Endline (2035)-kt" (a header wrapped or cut short; not a share column, "% Change …")."""
    for k in range(1, len(columns) - 1):
        col, left, right = columns[k], columns[k - 1], columns[k + 1]
        if col.unit is not None or col.year is None or _CHANGE_WORD_RE.search(col.label):
            continue  # ("BAU change from 2011 to 2030" between two levels in Mt: a change, in its cells' own %)
        if left.unit and left.unit == right.unit and left.unit[0] != "%":
            col.unit = left.unit


_CHANGE_WORD_RE = rx.compile(
    r"\b(?:changes?|growth|increases?|decreases?|variation|difference|reductions?|vs\.?|versus|compared)\b", re.I
)


#: A projection named as such, and the names of a reference path ("Trend scenario", "BAU", "baseline")
_PROJECTION_ONLY_RE = rx.compile(r"\bprojections?\b|\bprojected\b", re.IGNORECASE)
_PATH_NAMED_RE = rx.compile(r"\b(?:trends?|scenarios?|outlook|forecasts?)\b", re.IGNORECASE)


def _plan_cue(cell: str, caption_plan: bool) -> tuple[str, str]:
    """A header cell's (kind, condition), where a projection under a caption about the plan's mitigation is the
    plan's modelled path: "Projection (GgCO2e)" under "Emission Reductions per Mitigation Option" (no BAU named)."""
    kind, condition = _cue_kind(cell)
    if kind == "bau" and caption_plan and _PROJECTION_ONLY_RE.search(cell) and not _PATH_NAMED_RE.search(cell):
        return "target", condition
    return kind, condition


#: a column of shares of the total: "As a percentage of total emissions", "Share (%)", "% of total"
_SHARE_COLUMN_RE = rx.compile(r"\b(?:percentage|share|proportion)\b|%\s*of\s+(?:the\s+)?total", re.IGNORECASE)


def table_scope(
    caption: str, header: list[str], ncols: int, title: str = "", label_cols: int = 1
) -> TableScope | None:
    """Scope of a table's columns from its caption and header cells; None when they contradict each other. The
    title line above a table without a caption is read for its unit only: it is often a full sentence. The rows'
    ``label_cols`` label columns may have header cells of their own before the value columns'."""
    table = ColumnScope()
    actual_years = _actual_years(caption)
    for h in header:
        actual_years |= _actual_years(h)
    columns = [ColumnScope() for _ in range(ncols)]
    # (a caption naming a trend or a reference path too heads both paths: "Energy - trend scenario and NDC")
    caption_plan = bool(caption) and _cue_kind(caption)[0] == "target" and not _PATH_NAMED_RE.search(caption)
    leaves = _leaves(header, ncols, label_cols) or []
    parents: list[int] = []
    if not leaves and (grouped := _grouped_leaves(header, ncols)):
        leaves, parents = grouped
    leaves = leaves or spanned_year_leaves(header, ncols) or []
    if not leaves and (named := _bracket_leaves(header, ncols) or wrapped_leaves(header, ncols, label_cols)):
        header, leaves = named
    mass = cell_unit(caption) if caption else None  # "Table 5: Emissions (Gg), 2012" over "Net CO2 eq | %"
    for col, k in zip(columns, leaves, strict=False):
        cell = header[k]
        col.label, col.unit = cell, cell_unit(cell)
        if mass is not None and mass[0] in ("Mt", "Mt CO2e") and gas_alone(cell):
            col.unit = "Mt CO2e", mass[1]
        bases = {int(m.group(1)) for m in _BASE_YEAR_RE.finditer(cell)}
        years = set(_cell_years(cell)) - bases - named_years(cell)
        col.year = years.pop() if len(years) == 1 else None
        if col.year is None and (pair := bracket_year(cell)):
            col.year, col.alt_year = pair  # "FY 2013 (FY 2005)": each cell's bracketed value is of the second year
        col.base_year = bases.pop() if len(bases) == 1 else None
        if col.base_year is None and (span := change_span(cell)):
            col.base_year, col.year = span  # "Change 1990–2017, Mt CO2e": from 1990, reached in 2017
        elif col.base_year is None and (start := change_from(cell)) is not None:
            col.base_year, col.year = start, None  # "% change 2005-Mastered": to the year of the column it names
        col.kind, col.condition = _plan_cue(cell, caption_plan)
        if not col.kind and col.unit and col.unit[0].endswith(" billion") and _NEED_RE.search(cell):
            col.kind, col.need = "target", True
    for col, p in zip(columns, parents, strict=False):  # a repeated sub-header under its unit-stating parent
        if col.kind == "target" and col.label.strip().lower() == "mitigation":
            col.kind = ""  # "2023/24 (million ETB)" over "Mitigation | Adaptation": a category of spending, no scenario
        cell = header[p]
        col.label, col.unit = f"{cell} {col.label}", col.unit or cell_unit(cell)
        years = set(_cell_years(cell)) - _bases(cell)
        col.year = col.year or (years.pop() if len(years) == 1 else None)
    if leaves and not any(col.year for col in columns):
        # a row of years under the row of unit cells ("Emissions in Gg | Emissions in Gg" over "2025 | 2030"): each
        # column is of the year under its unit cell
        under = [k for k, h in enumerate(header) if k > max(leaves) and _YEAR_CELL_RE.match(h)]
        if len(under) == ncols == len(header) - 1 - max(leaves):
            for col, k in zip(columns, under, strict=True):
                col.year = int(_YEAR_CELL_RE.match(header[k]).group(1))
    heads = _year_group_heads(header, leaves, ncols) if leaves and not parents else []
    for c, col in enumerate(columns if heads else []):
        cell = header[heads[c]]
        col.label, col.unit = f"{cell} {col.label}", col.unit or cell_unit(cell)
        kind, condition = _cue_kind(cell)
        col.kind, col.condition = col.kind or kind, col.condition or condition
    for k in plain_siblings([header[k] for k in leaves]):
        columns[k].reference = True
    _flank_units(columns)
    taken = set(leaves) | set(parents) | set(heads)
    units = {u for k, h in enumerate(header) if k not in taken and (u := cell_unit(h))}
    if len(units) > 1 and not all(col.unit for col in columns):
        return None  # several units, not one per column: which goes where is unclear
    if not all(col.unit for col in columns):
        table.unit = units.pop() if units else cell_unit(caption) or (cell_unit(title) if title else None)
        if table.unit is None and (total := _total_unit(columns)) is not None:
            table.unit = total  # "Energy | Waste | Total (GgCO2eq)": the parts are counted as their total is
        if table.unit is not None and table.unit[0] == "%" and (stated := cell_unit(caption)) and stated[0] != "%":
            # "Units: Gg CO2e" over "Emissions | Reduction | Percentual reduction": the amounts are in the caption's
            # unit; the share column's cells write their own "%"
            table.unit = stated
    # cells that name a scenario or a condition head groups of columns
    groups = [k for k, h in enumerate(header) if k not in taken and (_cue_kind(h)[0] == "bau" or _cue_kind(h)[1])]
    if groups and leaves:
        # "BAU 2035 | Unconditional | Conditional | Total Emissions Reduction": a total after the scenarios heads
        # its own columns, though it names no scenario
        groups += [k for k in range(max(groups) + 1, min(leaves)) if k not in taken and _TOTAL_HEAD_RE.match(header[k])]
    unit_names = [c.unit[0] if c.unit else "" for c in columns]
    if groups and leaves and not parents:
        # the cue cells are part of a row of group cells over the leaves ("2012 | BAU (2030) | Low Carbon Scenario
        # (2030)" over five leaves): every cell of that row, between the row labels' header and the first leaf, heads
        # a group, named by a scenario or not
        # (only a lone cue cell: several cue cells are the row already, the cells before them the stub's headers)
        row = [k for k in range(label_cols, min(leaves)) if k not in taken]
        if (
            len(groups) == 1 < len(row) < ncols
            and groups[0] in row
            and row == list(range(row[0], row[-1] + 1))
            and _segments(unit_names, ncols, len(row)) is not None
        ):
            groups = row
    if parents:
        groups = []  # the parents found already head the groups
    elif leaves:
        # a group heads the columns right after it: "Scenario | Unit | 2025 | 2030" has the row labels' headings
        # before the year columns, and a scenario word there ("Reference, Baseline and Mitigation") names the rows
        first_leaf = min(leaves)
        groups = [k for k in groups if all(j in groups for j in range(k, first_leaf))]
    if not groups and not any(col.year for col in columns):
        groups = [k for k, h in enumerate(header) if k not in taken and _YEAR_CELL_RE.match(h)]  # "2020 | 2030"
        if len(groups) < 2 and leaves:  # "Horizon 2025 | Horizon 2030" over the leaves, as they can be grouped
            groups = [k for k in range(min(leaves)) if k not in taken and dated_group_cell(header[k])]
            groups = groups if _segments(unit_names, ncols, len(groups)) is not None else []
        if len(groups) < 2:
            groups = []
    if groups:
        lead_single = _cue_kind(header[groups[0]])[0] == "bau"
        seg = _segments(unit_names, ncols, len(groups), lead_single) if len(groups) > 1 else [0] * ncols
        if seg is None:
            return None
        for col, g in zip(columns, seg, strict=True):
            cell = header[groups[g]]
            kind, condition = _plan_cue(cell, caption_plan)
            col.kind, col.condition = col.kind or kind, col.condition or condition
            col.label = f"{cell} {col.label}".strip()
            years = set(_cell_years(cell))
            if col.year is None and len(years) == 1:
                col.year = years.pop()
        share_group_units(columns, seg, _CHANGE_WORD_RE.search)
    rest = [caption] + [h for k, h in enumerate(header) if k not in taken and k not in groups]
    kinds = {_cue_kind(h)[0] for h in rest} - {""}
    if not caption and title and _cue_kind(title)[0] == "bau":
        kinds.add("bau")  # "The following table shows the baseline values": a projection, though no caption says so
    table.kind = "bau" if "bau" in kinds else "actual" if kinds == {"actual"} else "target" if kinds else ""
    target_cue = table.kind == "target"
    if target_cue and len({c.year for c in columns} - {None}) > 1:
        table.kind = ""  # columns of several years: each is a target or an actual by its own year
    bases = {int(m.group(1)) for h in rest for m in _BASE_YEAR_RE.finditer(h)}
    named = {y for h in rest for y in _cell_years(h)} - bases
    years = named - {c.year for c in columns}
    if not years and len(named) == 1:
        years = named  # the caption's year is also one column's: it still dates the others
    if len(years) != 1:
        years = {y for k in groups for y in _cell_years(header[k])}  # every group names the same year
    if len(years) == 1:
        table.year = years.pop()
    dated = {c.year for c in columns} - {None}
    if parents and table.year is None and len(dated) == 1:
        table.year = dated.pop()  # groups under parents of one period: the period of the one that names it
    elif table.year is None and len(dated) == 1 and len(columns) == 2 and not any(c.kind for c in columns):
        # "GHG emissions (GgCO2 eq.) 2007 | As a percentage of total emissions": an amount of one year and its share
        for col in columns:
            if col.year is None and _SHARE_COLUMN_RE.search(col.label):
                col.year = min(dated)
    for col in columns:
        if col.unit and col.unit[0] == "%" and (_BAU_RE.search(col.label) or _SHARE_OF_PROJECTION_RE.search(col.label)):
            col.baseline = "bau"  # "Compared to BAU scenario (%)", "% of 2030 projected inventory"
        elif col.unit is None and (table.unit is None or table.unit[0] == "%") and _VS_BAU_RE.search(col.label):
            col.baseline = "bau"  # "Change Vs BAU" over cells that write their "%": a cut against the projection
    dated_cols = [c for c in columns if c.year is not None and c.kind != "bau"]
    for k, col in enumerate(columns):
        measured = columns[k - 1] if k else None  # the scenario column a change against BAU follows
        if col.year is None and col.baseline == "bau" and measured and measured.year and measured.kind != "bau":
            # "Unconditional scenario (2030) | Change Vs BAU | Conditional scenario (2030) | Change Vs BAU": each
            # change is of the scenario before it: its year, kind and condition
            col.year, col.kind, col.condition = measured.year, col.kind or measured.kind, measured.condition
        elif col.year is None and dated_cols and (_CHANGE_COLUMN_RE.search(col.label) or col.baseline == "bau"):
            # "NDC 3.0 (2026-2035) | NDC 2.0 (2021-2030) | % Increase": the change reaches the latest column's year;
            # so does "2025 | 2030 | 2035 | % vs BAU"
            latest = max(dated_cols, key=lambda c: c.year or 0)
            col.year, col.kind = latest.year, col.kind or latest.kind
            spanned = {c.year for c in dated_cols if c.kind == latest.kind}
            if col.baseline != "bau" and col.base_year is None and len(spanned) > 1:
                col.base_year = min(spanned)  # "1995 | 2015 | Progress (%)": the change since the first column's year
    periods = {c.year for c in dated_cols if c.kind == "target"}
    if not periods and table.kind == "target":
        # "Absolute reduction 2030 vs baseline (1000 tonnes) | Estimated cost (Million USD)" in a table of measures:
        # the one year of its columns of reductions, whose kind that year decides, is when the costs fall due too
        # (not a year of record beside them: "GHG emissions in 1990", the level a reduction is a share of)
        periods = {c.year for c in dated_cols if not c.kind and REDUCTION_LABEL_RE.search(c.label)}
    for col in columns:
        if col.need and col.year is None and len(periods) == 1:
            col.year = min(periods)  # "Investment cost (USD M) | Mitigation potential (2030-2035)": due by then
    paths = {c.year for c in columns if c.year and c.kind in ("bau", "target")}
    for col in columns:
        if col.kind == "target" and col.year is None and len(paths) == 1 and not rate_cell(col.label):
            col.year = min(paths)  # "Reference scenario 2030 | Unconditional | Conditional": the paths' one year
    for col in columns:
        unit = col.unit or table.unit
        if col.condition and unit and unit[0].endswith(" billion") and col.kind in ("", "target"):
            # "Unconditional USD | Conditional USD": the plan's cost, split by who pays, due by its deadline
            col.kind, col.need = "target", True
        elif not col.kind and unit and unit[0].endswith(" billion") and _NEED_RE.search(col.label):
            # "Total requirement" under a title stating the money ("… (USD million 2021)"), as under its own unit
            col.kind, col.need = "target", True
    cap_kind, cap_condition = caption_cue(caption, header, taken)
    pledge = bool(cap_condition) or cap_kind == "target"
    return TableScope(table, columns, actual_years, bases.pop() if len(bases) == 1 else None, target_cue, False, pledge)
