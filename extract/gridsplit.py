"""Where a run of flattened table cells holds more than one table: a wide table printed in two halves, each under
its own row of years, and a series of tables each titled by its year alone. Split from ``grid``, which finds the runs
and builds their grids."""

from __future__ import annotations

import re

from . import rx
from .cells import YEAR_CELL_RE, Cell, is_value_cell


def second_year_header(run: list[Cell]) -> int | None:
    """Where a second header row of years starts in a run of cells whose first cells are a row of years (at least
    three rising years after a value cell): the second half of a wide table printed in two."""
    years = [bool(YEAR_CELL_RE.match(c.text)) for c in run]
    first = next((k for k, y in enumerate(years) if y), None)
    if first is None:
        return None
    k = first
    while k < len(run) and years[k]:
        k += 1
    if k - first < _HEADER_YEARS:
        return None
    for m in range(k + 1, len(run) - _HEADER_YEARS + 1):
        if years[m - 1] or not is_value_cell(run[m - 1]) or not all(years[m : m + _HEADER_YEARS]):
            continue
        found = [int(run[m + d].text.strip()[:4]) for d in range(_HEADER_YEARS)]
        if found == sorted(set(found)):
            return m
    return None


_HEADER_YEARS = 3  # a header row of years holds at least this many


def repeats_header(run: list[Cell], split: int, cells: int = 3) -> bool:
    """Whether the cells after the year at ``split`` repeat the ones after the run's own title year: one header
    printed again under each year of a series of tables."""
    if not YEAR_CELL_RE.match(run[0].text):
        return False
    head, again = run[1 : 1 + cells], run[split + 1 : split + 1 + cells]
    return len(again) == cells and [c.text for c in head] == [c.text for c in again]


def next_titled_year(run: list[Cell]) -> int | None:
    """Where a year alone after a row's last value, over header cells of words, titles the next table ("… | 36.61"
    + "2030" + "Sector" + "Reduction (kt)" …): a year after values is no row's label, and words after it no values."""
    for m in range(1, len(run) - 2):
        if (
            YEAR_CELL_RE.match(run[m].text)
            and is_value_cell(run[m - 1])
            and not YEAR_CELL_RE.match(run[m - 1].text)
            and not is_value_cell(run[m + 1])
            and not is_value_cell(run[m + 2])
        ):
            return m
    return None


_TOTAL_LABEL_RE = rx.compile(r"\s*(?:grand\s+)?total\b", re.IGNORECASE)


def after_total_row(run: list[Cell]) -> int | None:
    """Where words go on after a "Total" row's values (at least two): the next table printed right below, its own
    title and header ("Total | 15 148 | 11 978" + "Reduction in NDC compared to BAU" + "GgCO2e" + "%" …)."""
    for k, cell in enumerate(run[:-2]):
        if not _TOTAL_LABEL_RE.match(cell.text) or is_value_cell(cell):
            continue
        m = k + 1
        while m < len(run) and is_value_cell(run[m]):
            m += 1
        if m - k > 2 and m < len(run) - 1 and not is_value_cell(run[m]) and not is_value_cell(run[m + 1]):
            return m
    return None
