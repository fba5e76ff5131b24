"""A tab table's header row of years, as the row reader reads the rows under it: the years of its columns, their
unit (the caption's, a header cell's before the years, the row of words above the years, the change columns'), the
shared history of its scenario rows, and what two-row headers and group rows add to it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from . import rx
from .captionunits import caption_unit, lead_unit
from .cells import is_value
from .cellunits import cell_unit, group_unit, lone_bracket_unit
from .columnfit import CHANGE_RE
from .gases import as_co2e
from .header import _BAU_RE, _cue_kind
from .headercues import CUTS_AGAINST_REFERENCE_RE
from .headinglines import has_digit
from .segment import Block

_YEAR_CELL_RE = rx.compile(r"^\s*((?:19[5-9]\d|20\d\d|2100))\s*$")
#: a column of a target's year written with its name: "NDC3. 0 Target 2035", "NDC1.0 Target 87 2025" (a footnote
#: mark before the year), "Target 2030"
_TARGET_YEAR_CELL_RE = rx.compile(r"^[\w. -]{0,20}?\btargets?\s+(?:\d{1,3}\s+)?((?:19|20)\d\d)\s*$", re.IGNORECASE)


def target_year_cells(cells: list[str]) -> dict[int, int]:
    """The columns of a header row of years whose cell names a target's year in words ("NDC3. 0 Target 2035")."""
    return {i: int(m.group(1)) for i, c in enumerate(cells) if "arget" in c and (m := _TARGET_YEAR_CELL_RE.match(c))}


@dataclass
class YearHeader:
    """A tab table's header row of years, as its rows are read: what dates, measures and kinds their cells."""

    years: dict[int, int]  # cell index -> year
    is_target: bool = False  # the heading or the header's first cell speaks of goals
    unit: tuple[str, Decimal] | None = None  # the unit the caption states ("Table 3: GHG emissions (in Mt CO2e)")
    caption: str = ""
    reference: bool = False  # the caption names a reference path ("Projection of emissions", "Annual BAU emissions")
    history_end: int | None = None  # the last year the scenario rows share (see ``scenario_history``)
    group: str = ""  # the last row whose one cell spans the table ("BAU baseline", "Conditional mitigation")
    condition: str = ""  # the last condition a row's own cell stated ("Agriculture | Unconditional | …"): rows below it
    index: int = -1  # the header row's block
    both_paths: bool = False  # the caption names the reference path and the plan ("BAU / CDN / CDN+ emissions")
    units: dict[int, tuple[str, Decimal]] = field(default_factory=dict)  # a row of units under it (``unitrow``)
    subject: str = ""  # the label of the last row of levels: rows of changes under it ("Compared to 1990, %") are its
    width: int = 0  # the header's cells, when printed on two rows (``subheader``): shorter rows lack leading cells
    unit_column: int | None = None  # a "Unit of measure" column: each row's cell there is its numbers' unit
    label_units: set[tuple[str, Decimal]] = field(default_factory=set)  # the units the rows' labels have stated
    row_width: int = 0  # the header row's cells: a shorter row lost leading cells a label above spans (``lead_shift``)
    implied_co2e: bool = False  # the caption gave a bare mass its CO2e ("CO2eq emissions …, in Gg"): see rowtables
    decimal_comma: bool = False  # a cell's comma cannot group thousands ("5210,412"): every comma is a decimal one
    title: str = ""  # the header row over the years, when they are printed on a row of their own (``subheader``)
    target_columns: set[int] = field(default_factory=set)  # years named as a target's ("NDC3.0 Target 2035")


def year_header(
    text: str, blocks: list[Block], index: int, years: dict[int, int], is_target: bool, caption: str,
    before: YearHeader | None,
) -> YearHeader:  # fmt: skip
    """The header row of years at block ``index``; ``before``: the one of the table's part above it, whose history
    still dates this part's cells (a wide table printed in two parts: 2010-2020, then 2021-2030). The cells' unit is
    the caption's, else the one a header cell before the years states ("Sector/ktCO2e", "Emissions (Gg CO2e)")."""
    history = scenario_history(text, blocks, index, years)
    if history is None and before is not None:
        history = before.history_end
    stated = caption_unit(caption) if caption else None
    co2e = as_co2e(stated, caption)  # ("CO2eq emissions and removals …, in Gg": gigagrams of CO2e)
    unit = _own_over_caption(_year_cells_unit(text, blocks[index].cells, years), co2e)
    if unit is None:
        unit = lead_unit(text, blocks[index].cells, min(years))
    if unit is None and index and blocks[index - 1].kind == "table":
        unit = _unit_above(text, blocks[index - 1].cells, years)
    if unit is None:
        unit = _change_unit(text, blocks[index].cells, years)
    kind = _cue_kind(caption)[0] if caption else ""
    # "Estimated avoided emissions, KtCO2e (compared to a baseline Business As Usual projection)": the reference path
    # is the cuts' yardstick (``_cue_kind`` gives it no kind), the table no table of both paths
    yardstick = bool(caption) and CUTS_AGAINST_REFERENCE_RE.search(caption) is not None
    both = bool(caption) and not kind and not yardstick and bool(_BAU_RE.search(caption))
    return YearHeader(
        years, is_target, unit, caption, kind == "bau", history, index=index, both_paths=both,
        row_width=len(blocks[index].cells), implied_co2e=co2e != stated,
        decimal_comma=_writes_decimal_commas(text, blocks, index),
    )  # fmt: skip


#: a cell whose comma cannot group thousands, four digits or more before it: "5210,412", "-10404,960"
_DECIMAL_COMMA_CELL_RE = rx.compile(r"\s*[-−–]?\d{4,},\d+\s*")


def _writes_decimal_commas(text: str, blocks: list[Block], index: int) -> bool:
    """Whether a cell of the rows under header block ``index`` writes a comma no thousands separator can be
    ("Energy | 6962,628 | …"): then "334,984" in the same table is 334.984 too, not 334 thousand."""
    for block in blocks[index + 1 :]:
        if block.kind != "table":
            return False
        if any(_DECIMAL_COMMA_CELL_RE.fullmatch(text, s, e) for s, e in block.cells):
            return True
    return False


def _year_cells_unit(text: str, cells: list[tuple[int, int]], years: dict[int, int]) -> tuple[str, Decimal] | None:
    """The one unit every year cell states beside its year ("2025 (Gg) | 2030 (Gg)"); None when any states none."""
    found = {cell_unit(text[s:e]) for k, (s, e) in enumerate(cells) if k in years}
    return found.pop() if len(found) == 1 else None


def _own_over_caption(
    own: tuple[str, Decimal] | None, caption: tuple[str, Decimal] | None
) -> tuple[str, Decimal] | None:
    """The year cells' own unit over the caption's: a column says what its cells count. A plain mass under a caption
    that names the gas ("(CO2eq)" over "2025 (Gg)") is that mass of the caption's gas, not tonnes of it."""
    if own is None or caption is None:
        return own or caption
    if own[0] == "Mt" and caption[0].startswith("Mt "):
        return caption[0], own[1]
    return own


def _unit_above(text: str, cells: list[tuple[int, int]], years: dict[int, int]) -> tuple[str, Decimal] | None:
    """The one unit the header cells over the year columns state ("Avoided GHG emissions (in Gg CO2eq)" over each
    of "Sectors | 2025 | 2030"): the cells' unit; None when they state none or several, or when a cell spans years
    (an empty cell over one: "BAU projection (Mt) | | | Conditional (Mt) |" groups its columns by paths the row
    reader does not tell apart)."""
    over = [text[s:e].strip() for k, (s, e) in enumerate(cells) if k in years]
    if len(over) == len(years) and over[0] and not any(over[1:]):
        # one cell spans every year column ("GHG emission reductions, kt CO₂e" over "2030 | 2035"): its unit
        return caption_unit(over[0]) or cell_unit(over[0])
    if len(over) != len(years) or not all(over):
        return None
    found = {caption_unit(cell) for cell in over}
    return found.pop() if len(found) == 1 else None


def _change_unit(text: str, cells: list[tuple[int, int]], years: dict[int, int]) -> tuple[str, Decimal] | None:
    """The unit of the header's change columns beside its years ("1990 | 2017 | 2023 | Change 1990–2017, Mt CO₂e |
    Change (1990–2017), %"): a change of the levels is in their unit, so the one amount unit stated there is theirs."""
    found = set()
    for k, (s, e) in enumerate(cells):
        cell = text[s:e]
        if k not in years and CHANGE_RE.search(cell) and (unit := caption_unit(cell)) and unit[0] != "%":
            found.add(unit)
    return found.pop() if len(found) == 1 else None


def group_unit_of(header: YearHeader) -> tuple[str, Decimal] | None:
    """The unit the last group row states, alone or in a bracket ("Total emissions (MtCO2e)" over "BAU | 9.3 | …"):
    the rows under it are in it."""
    group = header.group
    return (group_unit(group) or lone_bracket_unit(group, 0, len(group))) if group else None


def scenario_history(text: str, blocks: list[Block], header: int, header_years: dict[int, int]) -> int | None:
    """The last year of a scenario table's shared history: the rows under the header row of years at block ``header``
    that name a reference path ("Status quo scenario", "BAU") and those that name the plan's ("Mitigation scenario",
    "Unconditional") print the same values up to it and part after it, where the modelling starts. None when the
    table does not set both kinds of rows side by side, or they never agree or never part."""
    paths: list[dict[int, str]] = []
    kinds = set()
    for block in blocks[header + 1 :]:
        if block.kind != "table" or len(block.cells) < 2:
            break
        cells = [text[s:e].strip() for s, e in block.cells]
        if sum(1 for c in cells if _YEAR_CELL_RE.match(c)) >= 2:
            break  # the next header row of years
        kind = _cue_kind(cells[0])[0]
        if kind in ("bau", "target"):
            kinds.add(kind)
            paths.append({header_years[i]: c for i, c in enumerate(cells) if i in header_years and c})
    if kinds != {"bau", "target"}:
        return None
    last = None
    for year in sorted(set(header_years.values())):
        values = {path.get(year) for path in paths}
        if len(values) != 1 or None in values:
            break
        last = year
    return last if last is not None and last < max(header_years.values()) else None


def values_beside_years(cells: list[str], years: dict[int, int]) -> bool:
    """Whether a row whose cells hold years holds amounts besides them ("Improve the bus fleet | By 2030, 300 buses |
    30,518 | 2022 | 2030 | 5%"): a row of a table with start and end dates, not a header of year columns (a header's
    other cells are labels)."""
    return any(
        j not in years and has_digit(c) and is_value(c) and not _YEARS_ONLY_RE.fullmatch(c) for j, c in enumerate(cells)
    )


_YEARS_ONLY_RE = rx.compile(r"[\s(]*(?:19|20)\d\d(?:\s*[-–/]\s*(?:(?:19|20)?\d\d))?[\s)]*")


def lead_shift(header: YearHeader, cells: list[str]) -> int:
    """How many leading cells a row under a one-row header of years lacks: "2. Expand managed land | 75,000 ha |
    90,000 ha | C" under " | Description | 2030 | 2035 | Cond." (the first row's "Targets" spans the rows below it)
    holds one label where the header has two label columns, and its values stand under the years once aligned
    right. 0 for a full row, or one whose labels fill the label columns (its missing cells are trailing ones)."""
    if header.width or not header.row_width or len(cells) >= header.row_width:
        return 0
    labels = next((j for j, c in enumerate(cells) if is_value(c.strip()) and c.strip()), len(cells))
    missing = min(header.years) - labels
    return missing if 0 < missing <= header.row_width - len(cells) else 0


#: the period a caption spans: "Emissions of CO2, CH4 and N2O in 2005-2030", "(2010 – 2035)"
_CAPTION_SPAN_RE = rx.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")


def lead_span_years(caption: str, cells: list[str], years: dict[int, int]) -> dict[int, int]:
    """The year of the value columns before a header's first year cell, when the caption spans from an earlier year
    to the header's last: "Table 1: Emissions of CO2, CH4 and N2O in 2005-2030" over "Sector | CO2 Equivalent, Gg |
    | | | 2020 | 2025 | 2030" (the inventory's gases, then the projections) holds the 2005 inventory in the columns
    the years do not name. Empty when the caption spans no such period or the header leaves no column before them."""
    m = _CAPTION_SPAN_RE.search(caption) if caption else None
    if m is None:
        return {}
    start, end = int(m.group(1)), int(m.group(2))
    first = min(years)
    if not (start < min(years.values()) and end == max(years.values())) or start in years.values():
        return {}
    return {i: start for i in range(1, first) if i < len(cells) and not _UNIT_HEAD_RE.fullmatch(cells[i])}


_UNIT_HEAD_RE = rx.compile(r"\s*(?:units?|unit\s+of\s+measure(?:ment)?|measure)\s*", re.IGNORECASE)  # its column
