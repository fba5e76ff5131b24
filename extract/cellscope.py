"""What one cell of a rebuilt table is: its unit, year and kind, from its column's header, its row's label and year,
the table's caption and the document's timeline; None when the cell reports nothing (a projection, no unit or year).
Kept apart from ``tables`` (which walks a grid's rows and cells) so each reads alone."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .cellobs import PATH_LABEL_RE, REDUCTION_LABEL_RE, plain_column
from .cells import GridRow
from .header import TableScope
from .headeryears import bases, cell_years
from .state import Carry, DocContext


def cell_scope(
    ctx: DocContext,
    scope: TableScope,
    k: int,
    row: GridRow,
    row_unit: tuple[str, Decimal] | None,
    carry: Carry,
    percent: bool = False,
    row_kind: str = "",
    own_unit: bool = False,
    alt: bool = False,
) -> tuple[tuple[str, Decimal], int, str] | None:
    """(unit, year, kind) of a cell in column ``k`` of ``row``; None when it is not reported (BAU, no unit or year).
    ``alt``: of the cell's bracketed value, which is of the year the column's header puts in brackets."""
    col = scope.columns[k]
    if alt:
        col = replace(col, year=col.alt_year, kind="")  # "2013 (2005)": 2005 is past whatever the column's cue
    unit = ("%", Decimal(1)) if percent else col.unit or row_unit or scope.table.unit  # "Solar (MW)" beats the caption
    kind = col.kind or scope.table.kind or row_kind
    if kind == "bau" and not col.kind and row_kind == "target" and row.year is None:
        kind = "target"  # "Emission projections" over "BAU | Unconditional | Conditional" rows: the plan's own paths
        # (not "2030 (target year)", a row of the projection named by its year)
    past = ctx.ref_year is not None and col.year is not None and row.year is not None and row.year <= ctx.ref_year
    if (
        col.year is not None
        and row.year is not None
        and f"({row.year})" in row.labels[-1].text.replace(" ", "")
        and not (past and col.year <= (ctx.ref_year or 0))
    ):
        # "Solar park (2028) | 120.5" under "Cut in 2030": a year in brackets dates the measure, not the column's cell
        # (under a column of the recorded status, "Current (2020)", a past one dates its row's datum: "HFCs (2022)")
        year = col.year
    else:
        # a group row naming one year or period ("Solar-Diesel Hybrid Systems 2020-2021") dates its rows, over the
        # caption's span ("… Projects 2020-2024")
        group_years = set(cell_years(row.group)) - bases(row.group) if row.group else set()
        group_year = group_years.pop() if len(group_years) == 1 else None
        year = row.year or col.year or group_year or scope.table.year
    recorded = year is not None and ctx.ref_year is not None and year <= ctx.ref_year
    if year is not None and year in scope.actual_years:
        kind = "actual"
    elif (
        kind == "bau"
        and recorded
        # (the present year of a column headed as the projection, "BAU (MtCO2e)" over "2025 | 2030", is not over:
        # modelled, not recorded; a caption's "outlook" over "2015 | 2021 | 2035 Forecasts" records its present)
        and (year < ctx.ref_year or col.kind != "bau")
        and row_kind != "bau"
        and year <= (ctx.default_year or year)
        and not (ctx.timeline.guessed and (year == ctx.ref_year or year > (ctx.timeline.base_year or year)))
    ):
        kind = "actual"  # the past years of a projection ("Projected emissions | 2015 | 2021 | 2030"): recorded,
        # up to the year of the document's data (a 2025 plan projecting from its 2023 inventory models 2024); when the
        # text reports no year as past, only up to its base year ("projected to rise by 5% from the baseline 2015"),
        # and never the year of its file's name (that year is not over)
    elif kind == "bau":
        return None  # a business-as-usual projection is neither a target nor an actual
    if year is None and kind != "target":
        year = carry.section_data_year  # a table with no year under "GHG emissions in 2021"
    if year is None and kind == "target":
        # "by 2030 ... (see Table 3)": the text above dates the table; else the deadline the document names most
        year = scope.cited_year or carry.target_year
        year = year or (ctx.timeline.target_year if scope.caption_pledge or col.need else None)
    if unit is None and own_unit:
        unit = ("", Decimal(1))  # the cell states its unit
    if unit is None or year is None:
        return None
    if not kind and scope.target_cue and (ctx.default_year is None or year > ctx.default_year):
        kind = "target"  # "Target indicators | 2025 | 2030": years after the document's data year are its goals
    future = ctx.ref_year is not None and year > ctx.ref_year
    if col.reference and future and row_kind != "target":
        return None  # the path without the plan, beside the plan's own column
    if kind == "target" and row.year is not None and ctx.ref_year is not None and not future and col.year is None:
        kind = "actual"  # a "mitigation" path in a row of a year already past: what was recorded
    if kind == "actual" and future and row_kind == "target" and year not in scope.actual_years:
        kind = "target"  # "2030 emissions (conditional)" under "GHG inventory" columns: the row names a goal
    if kind == "actual" and future and year not in scope.actual_years:
        return None  # an observed value of a year still to come: a modelled path, not a fact
    if not kind:
        if future and scope.series and not REDUCTION_LABEL_RE.search(" ".join(c.text for c in row.labels)):
            # a long yearly series that names no plan: a model's projection, not a goal (a row of reductions against
            # the reference path is the plan's: "Emission reductions | 0.3 | 2.1 | …")
            return None
        labels = " ".join(c.text for c in row.labels)
        # (in a table of the plan's cuts, a column or row of levels, "2017 GHG emissions", "BAU", keeps its records)
        modelled = scope.modelled_cuts and plain_column(col.label) and not PATH_LABEL_RE.search(labels)
        kind = "target" if future or modelled else "actual"
    return unit, year, kind
