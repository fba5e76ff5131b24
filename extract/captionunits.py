"""What a table's caption, or the cells before its year columns, say of its cells' unit: "Table 3: GHG emissions
by scenario (in Mt CO2e)", "Units: Gg CO2e", a stub "Sector/ktCO2e". Kept apart from ``rowtables`` so each reads
alone."""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx
from .cells import CAPTION_RE, Grid, is_value
from .cellunits import cell_unit, unit_cell
from .segment import Block
from .unitrow import BRACKET_RE, caption_units


def table_caption(blocks: list[Block], first: int) -> str:
    """The caption right above the table starting at block ``first`` ("Table 3: GHG emissions by scenario (in Mt
    CO2e)"), or a unit line between them ("Unit: Gg CO2e"); "" when there is none."""
    for back in (1, 2):
        if first - back < 0 or blocks[first - back].kind not in ("heading", "paragraph"):
            return ""
        line = blocks[first - back].text
        if back == 1 and blocks[first - 1].kind == "heading" and _UNIT_LINE_RE.match(line):
            return line
        if CAPTION_RE.match(line):  # (a long caption is a paragraph)
            return line
    return ""


def caption_row(cells: list[str]) -> str:
    """The caption of a tab row whose one named cell is a table's caption ("Table 1 – GHG inventory (in ktCO2e)"
    with its row's empty cells kept as tabs), or "". A caption the rendering fused with the header's first words,
    words in the cells after it ("Table 3. 1 … under the SSP5-8.5 scenario Climate Variable | (SSP5-8.5 Scenario)"),
    is the caption with those words."""
    named = [c.strip() for c in cells if c.strip()]
    if len(cells) < 2 or not named or not CAPTION_RE.match(named[0]):
        return ""
    if len(named) == 1:
        return named[0]
    return " ".join(named) if len(named[0]) >= 40 and not any(is_value(c) for c in named[1:]) else ""


def caption_unit(caption: str) -> tuple[str, Decimal] | None:
    """The unit a caption states for its table's cells, where captions state it: in brackets ("Table 3: GHG emissions
    by scenario (in Mt CO2e)"), after "Unit(s):" ("Table 1. BAU emissions; Units: Gg CO2e"), or as the first words
    after "in" or a comma ("…, Mt CO2 equivalent"). A unit word elsewhere may name what is measured, not the cells'
    unit ("CO2eq emissions …, in Gg, by sector")."""
    m = _UNITS_LABEL_RE.search(caption)
    if m:
        return cell_unit(caption[m.end() :])
    for inner in reversed(BRACKET_RE.findall(caption)):
        if len(set(caption_units(f"({inner})"))) > 1:
            continue  # "(GgCO2 eq. and %)": the columns say which cells are which
        if unit := cell_unit(f"({inner})"):
            return unit
    # "…, Mt CO2 equivalent", "National GHG emissions in Gg CO2eq by sector": a unit right after "in" or a comma
    for m in _UNIT_AFTER_RE.finditer(caption):
        if unit := cell_unit(" ".join(caption[m.end() :].split()[:3])):
            return unit
    return None


def lead_unit(text: str, cells: list[tuple[int, int]], count: int) -> tuple[str, Decimal] | None:
    """The unit stated by one of the first ``count`` cells of a row, the ones before its year columns: a header's
    stub ("Sector/ktCO2e") or a row's unit column ("ktCO2e", "%")."""
    for start, end in cells[: max(count, 0)]:
        cell = text[start:end]
        if (
            0 < end - start <= _LEAD_CELL_CHARS
            and len(cell.split()) <= _LEAD_CELL_WORDS
            and not _AMOUNT_RE.search(cell)
            and (unit := unit_cell(cell))
        ):
            return unit
    return None


# a longer cell, or one with an amount ("Phase out 100% of HCFCs"), is a label that may name a unit among other
# words, not the row's unit
_LEAD_CELL_CHARS, _LEAD_CELL_WORDS = 40, 4
_AMOUNT_RE = rx.compile(r"\d\s*%|\d{2,}")  # ("CO2", "CO 2 e" are a gas, not an amount)


def label_states_measure(label: str) -> bool:
    """A row label that states its own measure ("GHG emissions (tCO2e)/capita", "Share of renewables (%)"), one
    the row reader does not take as its cells' unit: the caption's unit is not theirs either."""
    return cell_unit(label) is not None or bool(_PER_HEAD_RE.search(label))


_UNITS_LABEL_RE = rx.compile(r"\bunits?\s*:\s*", re.I)
_UNIT_AFTER_RE = rx.compile(r"(?:\bin|,)\s+(?=[A-Za-z])")
_PER_HEAD_RE = rx.compile(r"(?:\bper\s+|/\s*)(?:capita|person|head|inhabitant)\b|%", re.I)
_UNIT_LINE_RE = rx.compile(r"\s*\(?\s*(?:units?|in)\s*[:(]", re.I)  # "Unit: kt CO2e", "(in Mt CO2e)"


#: a source cited in a caption: "(Source: National Strategy and Action Plan on Climate Change, 2012)": its year is the
#: source's, not the table's
_SOURCE_CITED_RE = rx.compile(r"\s*[(\[]?\s*Sources?\s*:.*$", re.IGNORECASE | re.DOTALL)


def numbered_title(grid: Grid) -> str:
    """The caption of a table whose numbered title is too long for a heading ("Table 18: Sectoral share and absolute
    number of GHG emissions reduction under the NDC scenario 1 in 2030"), less a source it cites; only for a table
    whose rows name no years (its rows' own years date them)."""
    if not CAPTION_RE.match(grid.title) or any(r.year for r in grid.rows):
        return ""
    return _SOURCE_CITED_RE.sub("", grid.title)
