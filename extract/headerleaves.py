"""Which header cells head which value columns of a flattened table: one leaf per column (its unit or year), the
groups over repeating sub-columns, the parents over a level of leaves (``header.table_scope`` reads what they say).
"""

from __future__ import annotations

from . import rx
from .cells import YEAR_CELL_RE as _YEAR_CELL_RE
from .cellunits import cell_unit, share_word_only
from .headeryears import bases as _bases
from .headeryears import cell_years as _cell_years


def segments(units: list[str], ncols: int, groups: int, lead_single: bool = False) -> list[int] | None:
    """Column -> group index. Sub-columns repeat under each group ("MtCO2e | In %" under BAU, Unconditional, ...):
    a group starts where the first unit comes back after another one; else groups of equal width; else, when the
    first group is a reference path (``lead_single``), one column for it and equal widths for the others."""
    if len(units) == ncols:
        starts = [0] + [k for k in range(1, ncols) if units[k] == units[0] and units[k - 1] != units[0]]
        if len(starts) == groups:
            return [sum(1 for s in starts if s <= k) - 1 for k in range(ncols)]
        # groups of unequal width, each opening with the first unit: "2012" over "kt", "BAU" over "kt | %", "Low
        # carbon" over "kt | %" (a lone first group has no share column of a change from itself)
        starts = [k for k in range(ncols) if units[k] == units[0]]
        if len(starts) == groups and len(set(units)) > 1:
            return [sum(1 for s in starts if s <= k) - 1 for k in range(ncols)]
    if groups and ncols % groups == 0:
        width = ncols // groups
        return [k // width for k in range(ncols)]
    if lead_single and groups > 2 and (ncols - 1) % (groups - 1) == 0:
        # "BAU emissions 2035 | Unconditional scenario 2035 (3 columns) | Conditional scenario 2035 (3 columns)": the
        # reference path has one column, each scenario of the plan the same number of sub-columns
        width = (ncols - 1) // (groups - 1)
        return [0] + [1 + (k - 1) // width for k in range(1, ncols)]
    return None


_WORD_RE = rx.compile(r"[A-Za-z]{2}")  # a header cell names something (a value cell does not)


def leaves(header: list[str], ncols: int, label_cols: int = 1) -> list[int] | None:
    """Indices of the header cells that are the value columns' own (one each), or None when they cannot be told:
    the cells stating a unit, else the year cells, else the last cells of a one-row header (over ``label_cols``
    label columns, as many as the rows' label cells)."""
    units = [k for k, h in enumerate(header) if cell_unit(h)]
    if len(units) > ncols and len(stated := [k for k in units if not share_word_only(header[k])]) >= ncols:
        # a share guessed from the word alone yields to the units the other cells state: "Sector | N° | Shares |
        # Estimated cost (USD billion)" over one value column ("Shares", a translation's "Actions", heads words)
        units = stated
    if len(units) == ncols:
        return units
    short = [k for k in units if len(header[k].split()) <= 4]  # (not a title line: "… and percentages, 2012")
    shares = {k for k in short if cell_unit(header[k]) == ("%", 1)}
    if len(merged := [k for k in short if not (k in shares and k - 1 in shares)]) == ncols < len(short):
        return merged  # "Gg CO2-Eq | Sectors (%) | Subsectors (%)" over rows of two cells: a share under either
    pure_years = [k for k, h in enumerate(header) if _YEAR_CELL_RE.match(h)]
    if len(pure_years) == ncols:
        return pure_years
    if (named := _named_years_leaves(header, ncols)) is not None:
        return named
    one_year = [k for k, h in enumerate(header) if len(set(_cell_years(h)) - _bases(h)) == 1]
    if len(one_year) == ncols:
        return one_year
    unit_line = len(header[-1].split()) <= 3 and "(" not in header[-1] if header else False
    if len(header) >= ncols + 2 and units == [len(header) - 1] and unit_line:
        # "Year | Baseline | Mitigation | Avoided | MtCO2 Equivalent": a unit line spanning the named columns
        return list(range(len(header) - 1 - ncols, len(header) - 1))
    tail = list(range(len(header) - ncols, len(header)))
    if ncols >= 2 and units == [tail[0] - 1] and tail[0] >= 2 and all(_WORD_RE.search(header[k]) for k in tail):
        # "Sector | Emissions (Gg CO2e)" over "2010 Survey | Reference 2030 | Unconditional | Conditional": the one unit
        # cell, after the row labels' header, spans the leaves after it
        return tail
    if ncols <= len(header) <= ncols + 2 and all(k >= len(header) - ncols for k in units):
        return tail  # one header row over the value columns (its corner cell over the row labels may be missing)
    if (parent := _years_parent(header, ncols)) is not None:
        return [parent - 1, *range(parent + 1, len(header))]
    if ncols >= 2 and len(header) > ncols and all(cell_unit(header[k]) or _cell_years(header[k]) for k in tail):
        return tail  # "Reduction (kt) | NDC 3.0 (2026-2035) | NDC 2.0 (2021-2030) | % increase": a parent over leaves
    if len(header) == label_cols + ncols and units and (units[0] >= tail[0] or units == [0]):
        # one header row over the rows' several label columns and the value columns ("Action | Target | Activities |
        # Cost (x1000 USD) | Start date | End date | Progress"): only the value columns' cells state units (or the
        # corner cell alone states the table's: "Gas (kt) | 2022 (Historical) | 2030 (Projection) | GWP factor")
        return tail
    return None


#: A header cell naming the year cells under it as a group: "Years", "Year", "Period"
YEARS_NAME_RE = rx.compile(r"(?i)(?:years?|periods?)\s*:?")


def _named_years_leaves(header: list[str], ncols: int) -> list[int] | None:
    """The leaves of a two-row header flattened row by row whose first row names the years of its second ("Years"):
    "Years | Total (2010-2030)" over "2010 | 2020 | 2030". The "Years" cell is the years' parent, no column; a first-
    row cell after it spans both rows and so heads the columns after the years, the cells before it (past the row
    labels' header) the columns before them."""
    years = [k for k, h in enumerate(header) if _YEAR_CELL_RE.match(h)]
    if len(years) < 2 or years != list(range(years[0], len(header))):
        return None
    parent = next((k for k in range(years[0] - 1, -1, -1) if YEARS_NAME_RE.fullmatch(header[k].strip())), None)
    if parent is None:
        return None
    after = list(range(parent + 1, years[0]))
    before = ncols - len(years) - len(after)
    if before < 0 or before > parent:
        return None
    return [*range(parent - before, parent), *years, *after]


def _years_parent(header: list[str], ncols: int) -> int | None:
    """The cell that states the unit of the year columns ending a two-row header flattened row by row, when a named
    column without unit stands before it: "No. | Measure | Activity indicator | Reductions, kt CO2e | 2030 | 2035"
    over rows "1 | Solar plant | 250 MW | 131.2 | 131.2" (the unit cell heads the years; the cell before it is a
    column of its own)."""
    parent = len(header) - ncols
    years = header[parent + 1 :]
    # (the rows' label cells are no count of the header's: a text cell, "35% of households", may be one of them)
    if ncols < 3 or parent < 2 or not all(_YEAR_CELL_RE.match(h) for h in years):
        return None
    before = header[parent - 1]
    if not cell_unit(header[parent]) or cell_unit(before) or _cell_years(before) or not _WORD_RE.search(before):
        return None
    return parent


def spanned_year_leaves(header: list[str], ncols: int) -> list[int] | None:
    """The leaves of a two-row header flattened row by row, whose second row is years under one cell of the first:
    "Sector | Measure | Unit | Number | Costs (US$ million) | 2025 | 2030" over rows "… | 10 | 20 | 60". The years'
    parent is the last first-row cell before them that states no unit ("Number"); the unit cells after it head the
    columns after the years, those before it the columns before them."""
    years = [k for k, h in enumerate(header) if _YEAR_CELL_RE.match(h)]
    if len(years) < 2 or len(years) >= ncols or years != list(range(years[0], years[-1] + 1)):
        return None
    units = [k for k in range(years[0]) if cell_unit(header[k])]
    parent = max((k for k in range(years[0]) if not cell_unit(header[k])), default=None)
    if parent is None or len(units) + len(years) != ncols:
        return None
    return [k for k in units if k < parent] + years + [k for k in units if k > parent]


def bracket_leaves(header: list[str], ncols: int) -> tuple[list[str], list[int]] | None:
    """The header with each bracketed line joined to the name above it, and its last ``ncols`` cells as the leaves,
    when every one of those reads "Name (…)": "Investment cost" / "(Million USD)" / "Mitigation potential" /
    "(2030-2035) (MtCO2eq)" is a one-row header whose cells were wrapped over two lines each."""
    joined: list[str] = []
    for h in header:
        if h.startswith("(") and joined and not joined[-1].endswith(")"):
            joined[-1] = f"{joined[-1]} {h}"
        else:
            joined.append(h)
    tail = joined[len(joined) - ncols :]
    if len(joined) == len(header) or len(joined) <= ncols or not all(_NAMED_CELL_RE.match(h) for h in tail):
        return None
    return joined, list(range(len(joined) - ncols, len(joined)))


def wrapped_leaves(header: list[str], ncols: int, label_cols: int = 1) -> tuple[list[str], list[int]] | None:
    """The header with a cell wrapped over two lines joined, and its leaves, when it has one cell too many: a word
    or two that names no unit or year before the rest of its cell ("NDC" over "Baseline (2022)"). Only when exactly
    one such join gives leaves (the cells can be told apart)."""
    if len(header) != label_cols + ncols + 1:
        return None
    found: list[tuple[list[str], list[int]]] = []
    for k in range(label_cols, len(header) - 1):
        cell = header[k]
        if len(cell.split()) > 2 or not _WORD_RE.search(cell) or cell_unit(cell) or _cell_years(cell):
            continue
        joined = [*header[:k], f"{cell} {header[k + 1]}", *header[k + 2 :]]
        if (got := leaves(joined, ncols, label_cols)) is not None:
            found.append((joined, got))
    return found[0] if len(found) == 1 else None


_NAMED_CELL_RE = rx.compile(r"[^()]*[A-Za-z][^()]*\s\(.*\)$")  # "Investment Cost (Million USD)"


def grouped_leaves(header: list[str], ncols: int) -> tuple[list[int], list[int]] | None:
    """(leaf, parent) header indices of each value column when the header ends with one sub-header sequence repeated
    under parents that state the units: "Sector | BAU | ('000 t) … | (%) … | Total | UC | C | Total | UC | C".
    The parents are the cells stating a unit, in order; columns left of the repeated groups (the BAU one) come under
    the first parent and take the cells after the first unit-less one (the row labels' header) as their leaves."""
    for size in range(2, ncols // 2 + 1):
        for count in range(ncols // size, 1, -1):
            width = size * count
            tail = header[len(header) - width :]
            if width > len(header) - 2 or any(tail[i] != tail[i % size] for i in range(width)):
                continue
            head = list(range(len(header) - width))
            units = [k for k in head if cell_unit(header[k])]
            extra = ncols - width
            others = [k for k in head if k not in units]
            if len(units) != count or not 0 <= extra < len(others):
                return None
            leaves = others[1 : 1 + extra] + list(range(len(header) - width, len(header)))
            return leaves, [units[0]] * extra + [units[g] for g in range(count) for _ in range(size)]
    return None


#: Years side by side in one header cell: "2030 2035"
_YEARS_CELL_RE = rx.compile(r"(?:(?:19|20)\d\d\s+)+(?:19|20)\d\d")


def split_year_cells(header: list[str]) -> list[str]:
    """The header with a cell of several years side by side ("2030 2035", two columns' headers a line held together
    in flattening) split into one cell per year."""
    if not any(" " in h and _YEARS_CELL_RE.fullmatch(h.strip()) for h in header):
        return header
    return [part for h in header for part in (h.split() if _YEARS_CELL_RE.fullmatch(h.strip()) else [h])]
