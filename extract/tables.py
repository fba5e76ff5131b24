"""Tables: header years and units scope their cells; footnotes give base years."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from . import context as cx
from .grid import NUM_CELL_RE, Grid, GridRow
from .model import Observation
from .numbers import MAGNITUDES, MARKER_CHARS, find_numbers, parse_digits
from .segment import TABLE_FOOTNOTE_RE, Block
from .sentence import _SPACES_RE, read_sentence
from .state import Carry, DocContext
from .units import (
    NON_INDICATOR,
    match_unit_after,
)


def table_footnotes(blocks: list[Block], text: str) -> dict[str, int]:
    """Footnote letter -> base year for table footnotes that state one ("^b ... from the 2020 level")."""
    notes: dict[str, int] = {}
    for block in blocks:
        if block.kind != "note":
            continue
        m = TABLE_FOOTNOTE_RE.match(block.text)
        if not m:
            continue
        letter = m.group("caret") or {"ᵃ": "a", "ᵇ": "b", "ᶜ": "c", "ᵈ": "d", "ᵉ": "e"}[m.group("sup")]
        for y in cx.find_years(text, block.start, block.end):
            if y.role == "base":
                notes[letter] = y.year
    return notes


# --------------------------------------------------------------- tables

_YEAR_CELL_RE = re.compile(r"^\s*((?:19|20|21)\d\d)\s*$")
_HEADER_UNIT_RE = re.compile(r"\(([^()]*)\)\s*$")
_HEADER_MAGNITUDE_RE = re.compile(
    r"(100\s+million|hundred\s+million|10,?000|ten\s+thousand|thousand|million|billion|trillion)\s*", re.I
)
_MARKER_RE = re.compile(r"\s*(?:\^(?P<caret>[a-z])|(?P<sym>[" + MARKER_CHARS + r"]))")


def _header_unit(text: str, label_start: int, label_end: int) -> tuple[str, Decimal] | None:
    """'Forest Volume (100 million cubic meters)' -> ('billion m3', 0.1) for the cells of that row."""
    m = _HEADER_UNIT_RE.search(text, label_start, label_end)
    if not m:
        return None
    inner = m.group(1).strip()
    scale = Decimal(1)
    mag = _HEADER_MAGNITUDE_RE.match(inner)
    if mag:
        word = (
            _SPACES_RE.sub(" ", mag.group(1).lower()).replace("10,000", "ten thousand").replace("10000", "ten thousand")
        )
        scale = MAGNITUDES.get(word, Decimal(1))
        inner = inner[mag.end() :]
    unit = match_unit_after(inner, 0)
    if unit is None or unit.unit == NON_INDICATOR:
        return None
    return unit.unit, scale * unit.factor


def read_table_row(
    ctx: DocContext,
    block: Block,
    header_years: dict[int, int],
    carry: Carry,
    marker_order: list[str],
    table_is_target: bool,
) -> None:
    text = ctx.doc.text
    label_start, label_end = block.cells[0]
    header_unit = _header_unit(text, label_start, label_end)
    for index, (c_start, c_end) in enumerate(block.cells[1:], start=1):
        if index not in header_years or not text[c_start:c_end].strip():
            continue
        year = header_years[index]
        kind = "target" if table_is_target or (ctx.ref_year is not None and year > ctx.ref_year) else "actual"
        base = None
        for nm in find_numbers(text, c_start, c_end):
            mk = _MARKER_RE.match(text, nm.end, c_end)
            if mk:
                # a letter when the marker shows one (ª, ^b); otherwise the letter after the previous marker
                letter = mk.group("caret") or {"ª": "a"}.get(mk.group("sym") or "", "")
                if not letter:
                    letter = chr(ord(marker_order[-1]) + 1) if marker_order else "a"
                marker_order.append(letter)
                base = ctx.footnote_base_years.get(letter)
        read_sentence(
            ctx,
            c_start,
            c_end,
            carry,
            quote=(block.start, c_end),
            table_year=year,
            table_unit=header_unit,
            table_kind=kind,
            base_year=base,
        )


# --------------------------------------------------------------- header scope (both layouts)

_BAU_RE = re.compile(
    r"\b(?:BAU|business[\s-]+as[\s-]+usual|reference\s+scenario|baseline\s+scenario|without\s+(?:additional\s+)?"
    r"measures|WOM|no[\s-]policy)\b",
    re.I,
)
_AGAINST_RE = re.compile(
    r"\b(?:compared\s+(?:to|with)|relative\s+to|vs\.?|versus|below|from|against|of)\s+(?:the\s+)?$", re.I
)
_COND_RE = re.compile(
    r"\bconditional\b|\binternational\s+(?:support|finance|funding)\b|\bexternal\s+(?:support|finance|funding)\b"
    r"|\bwith\s+support\b|\bcombined\b",
    re.I,
)
_UNCOND_RE = re.compile(
    r"\bunconditional\b|\bdomestic\s+(?:resources|efforts|funding|finance)\b|\bown\s+resources\b", re.I
)
_ACTUAL_HEADER_RE = re.compile(
    r"\b(?:base[\s-]*year|inventory|historical|historic|actual|achieved|observed|reference\s+year)\b", re.I
)
_TARGET_HEADER_RE = re.compile(
    r"\b(?:targets?|goals?|mitigation|pledged?|commitments?|contributions?|with\s+(?:additional\s+)?measures|WEM|WAM"
    r"|planned|actions?\s+by)\b",
    re.I,
)
_HEADER_YEAR_RE = re.compile(r"(?<![\d.])(?:FY\s*)?((?:19[5-9]|20\d|21\d)\d)(?![\d.])")
_PERIOD_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)(?!\d)")
_PERCENT_HEADER_RE = re.compile(r"%|\bper\s*cent\b|\bpercentage\b", re.I)
_ABBREV_MAGNITUDE_RE = re.compile(r"\b(?:mil|mill|mn|mln)\b\.?", re.I)
_GG_RE = re.compile(r"\b(?:Gg|kt)(?=\s*CO|\s*$|\))", re.I)
_WORD_START_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z%(]")


def cell_unit(cell: str) -> tuple[str, Decimal] | None:
    """The unit a header cell states for its column: "(Gg CO2e)" -> Mt CO2e x 0.001, "In %" -> %."""
    if _PERCENT_HEADER_RE.search(cell):
        return "%", Decimal(1)
    norm = _GG_RE.sub("thousand tonnes", _ABBREV_MAGNITUDE_RE.sub("million", cell))
    for m in _WORD_START_RE.finditer(norm):
        pos = m.start() + (1 if norm[m.start()] == "(" else 0)
        scale = Decimal(1)
        mag = _HEADER_MAGNITUDE_RE.match(norm, pos)
        if mag:
            word = (
                _SPACES_RE.sub(" ", mag.group(1).lower())
                .replace("10,000", "ten thousand")
                .replace("10000", "ten thousand")
            )
            scale = MAGNITUDES.get(word, Decimal(1))
            pos = mag.end()
        unit = match_unit_after(norm, pos)
        if unit is None or unit.unit in (NON_INDICATOR, "count", "ratio", "times", "year"):
            continue
        return unit.unit, scale * unit.factor
    return None


def _cue_kind(cell: str) -> tuple[str, str]:
    """(kind, condition) a header cell gives its columns: kind 'bau' (a projection, not reported), 'actual',
    'target' or ''; condition 'conditional', 'unconditional' or ''. "Compared to BAU" is a baseline, not a kind."""
    condition = ""
    cond, uncond = _COND_RE.search(cell), _UNCOND_RE.search(cell)
    if cond:
        condition = "conditional"  # "total with both domestic and international support" is conditional too
    elif uncond:
        condition = "unconditional"
    bau = [m for m in _BAU_RE.finditer(cell) if not _AGAINST_RE.search(cell[max(0, m.start() - 20) : m.start()])]
    if bau and not condition:
        return "bau", ""
    if condition or _TARGET_HEADER_RE.search(cell):
        return "target", condition
    if _ACTUAL_HEADER_RE.search(cell):
        return "actual", ""
    return "", ""


def header_cue(cell: str) -> bool:
    """A header cell that scopes its column: it states a unit, a year, a kind or a condition."""
    return bool(cell_unit(cell) or _HEADER_YEAR_RE.search(cell) or any(_cue_kind(cell)))


def _cell_years(cell: str) -> list[int]:
    """Years of a header cell; a period "2021-2030" gives its end year."""
    ends = [int(m.group(1)[:2] + m.group(2)[-2:]) for m in _PERIOD_RE.finditer(cell)]
    if ends:
        return ends
    return [int(m.group(1)) for m in _HEADER_YEAR_RE.finditer(cell)]


def _actual_years(cell: str) -> set[int]:
    """Years a header or caption names as observed: "Base year 2012", "Inventory in 2014", "Base Year (2012)"."""
    out: set[int] = set()
    for m in _ACTUAL_HEADER_RE.finditer(cell):
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


@dataclass
class TableScope:
    table: ColumnScope
    columns: list[ColumnScope]
    actual_years: set[int] = field(default_factory=set)


def _segments(units: list[str], ncols: int, groups: int) -> list[int] | None:
    """Column -> group index. Sub-columns repeat under each group ("MtCO2e | In %" under BAU, Unconditional, ...):
    a group starts where the first unit comes back after another one; else groups of equal width."""
    if len(units) == ncols:
        starts = [0] + [k for k in range(1, ncols) if units[k] == units[0] and units[k - 1] != units[0]]
        if len(starts) == groups:
            return [sum(1 for s in starts if s <= k) - 1 for k in range(ncols)]
    if groups and ncols % groups == 0:
        width = ncols // groups
        return [k // width for k in range(ncols)]
    return None


def table_scope(caption: str, header: list[str], ncols: int) -> TableScope | None:
    """Scope of a table's columns from its caption and header cells; None when they contradict each other."""
    table = ColumnScope()
    actual_years = _actual_years(caption)
    for h in header:
        actual_years |= _actual_years(h)
    units = [(k, u) for k, h in enumerate(header) if (u := cell_unit(h))]
    columns = [ColumnScope() for _ in range(ncols)]
    if len(units) == ncols:
        for col, (_, u) in zip(columns, units, strict=True):
            col.unit = u
    elif units and len({u for _, u in units}) == 1:
        table.unit = units[0][1]
    elif units:
        return None  # several units, not one per column: which goes where is unclear
    elif unit := cell_unit(caption):
        table.unit = unit
    # one pure year per column ("2010 | 2020 | 2030")
    year_cells = [int(m.group(1)) for h in header if (m := _YEAR_CELL_RE.match(h))]
    if len(year_cells) == ncols:
        for col, y in zip(columns, year_cells, strict=True):
            col.year = y
    # kind and condition: cells that name a scenario or a condition head groups of columns
    group_cells = [h for h in header if _cue_kind(h)[0] == "bau" or _cue_kind(h)[1]]
    rest = [caption] + [h for h in header if h not in group_cells]
    kinds = {_cue_kind(h)[0] for h in rest} - {""}
    table.kind = "bau" if "bau" in kinds else "actual" if kinds == {"actual"} else "target" if kinds else ""
    if group_cells:
        unit_names = [c.unit[0] if c.unit else "" for c in columns]
        seg = _segments(unit_names, ncols, len(group_cells)) if len(group_cells) > 1 else [0] * ncols
        if seg is None:
            return None
        for k, col in enumerate(columns):
            cell = group_cells[seg[k]]
            col.kind, col.condition = _cue_kind(cell)
            col.label = cell
            ys = _cell_years(cell)
            if ys:
                col.year = col.year or ys[-1]
    # a year the whole table shares
    years = {y for h in [caption, *header] if h not in group_cells for y in _cell_years(h)}
    years -= {c.year for c in columns if c.year and c.label not in group_cells}  # "2010 | 2020 | 2030" columns
    if len(years) != 1:
        years = {y for h in group_cells for y in _cell_years(h)}  # every group names the same year
    if len(years) == 1:
        table.year = years.pop()
    for k, col in enumerate(columns):
        if len(units) == ncols:
            cell = header[units[k][0]]
            col.label = f"{col.label} {cell}".strip()
            if _BAU_RE.search(cell) or _BAU_RE.search(col.label) and col.unit and col.unit[0] == "%":
                col.baseline = "bau"
    return TableScope(table, columns, actual_years)


def read_grid(ctx: DocContext, grid: Grid, carry: Carry) -> None:
    """Observations of a rebuilt flattened table: each numeric cell with its column's and row's scope.

    A row with fewer cells than columns lost its empty cells in flattening: a cell is read only when every
    column it could fill (in order, and no value over 100 in a % column) gives it the same unit, year and kind.
    """
    text = ctx.doc.text
    scope = table_scope(grid.caption, [c.text for c in grid.header], grid.ncols)
    if scope is None:
        return
    for row in grid.rows:
        label = " ".join(c.text for c in row.labels)
        row_unit = _header_unit(text, row.labels[-1].start, row.labels[-1].end)
        row_start = row.labels[0].start
        missing = grid.ncols - len(row.values)
        for i, cell in enumerate(row.values):
            if cell is None:
                continue
            m = NUM_CELL_RE.match(cell.text)
            big = m is not None and parse_digits(m.group("num")) > 100
            options = [
                (k, _cell_scope(ctx, scope, k, row, row_unit, carry))
                for k in range(i, i + missing + 1)
                if not (big and (scope.columns[k].unit or scope.table.unit or ("",))[0] == "%")
            ]
            if not options or len({o[:3] if o else None for _, o in options}) > 1:
                continue  # which column the cell fills decides what it is, and that is not known
            k, found = options[0]
            if found is None:
                continue
            col = scope.columns[k]
            unit, year, kind = found
            context = f"{row.group} {label} {col.label} ".lstrip()
            obs = _add_cell(ctx, cell.start, cell.end, unit, year, kind, context, (row_start, cell.end), carry)
            if obs is not None:
                conditions = {scope.columns[c].condition for c, _ in options}
                obs.condition = conditions.pop() if len(conditions) == 1 else ""
                obs.baseline = col.baseline


def _cell_scope(
    ctx: DocContext, scope: TableScope, k: int, row: GridRow, row_unit: tuple[str, Decimal] | None, carry: Carry
) -> tuple[tuple[str, Decimal], int, str] | None:
    """(unit, year, kind) of a cell in column ``k`` of ``row``; None when it is not reported (BAU, no unit or year)."""
    col = scope.columns[k]
    unit = col.unit or scope.table.unit or row_unit
    kind = col.kind or scope.table.kind
    year = row.year or col.year or scope.table.year
    if year is not None and year in scope.actual_years:
        kind = "actual"
    elif kind == "bau":
        return None  # a business-as-usual projection is neither a target nor an actual
    if year is None and kind == "target":
        year = carry.target_year  # "by 2030 ... (see Table 3)": the text above dates the table
    if unit is None or year is None:
        return None
    if not kind:
        kind = "target" if ctx.ref_year is not None and year > ctx.ref_year else "actual"
    return unit, year, kind


def _add_cell(
    ctx: DocContext,
    start: int,
    end: int,
    unit: tuple[str, Decimal],
    year: int,
    kind: str,
    context: str,
    quote: tuple[int, int],
    carry: Carry,
) -> Observation | None:
    """One numeric cell as an observation; its indicator is classified with the row and column labels."""
    text = ctx.doc.text
    m = NUM_CELL_RE.match(text[start:end])
    if m is None:
        return
    raw_start = start + (m.start("sign") if m.group("sign") else m.start("num"))
    value = parse_digits(m.group("num")) * unit[1]
    if m.group("sign"):
        value = -value
    name = "%" if m.group("pct") else unit[0]
    raw_end = start + (m.end("pct") if m.group("pct") else m.end("num"))
    region = carry.section_region or ctx.country
    obs = Observation(
        doc=ctx.doc.doc,
        value=value,
        unit=name,
        value_raw=text[raw_start:raw_end],
        quote=_SPACES_RE.sub(" ", text[quote[0] : quote[1]]),
        char_start=raw_start,
        char_end=raw_end,
        kind=kind,
        year=year,
        qualifier="=",
        region=region,
        page=ctx.doc.page_at(raw_start),
    )
    raw = obs.value_raw
    obs.indicator = ctx.catalogue.classify(context + raw, len(context), len(context) + len(raw), name, region)
    ctx.add(obs)
    return obs
