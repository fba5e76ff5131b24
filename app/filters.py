"""The Data page's filters: one value object, applied to the observations and round-tripped through the URL."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

import pandas as pd

# URL query keys; short because they end up in shared links.
LIST_PARAMS = {"indicators": "indicator", "sectors": "sector", "regions": "region", "kinds": "kind", "docs": "doc"}
YEAR_MIN, YEAR_MAX, TEXT, ROWS = "from", "to", "q", "row"


@dataclass(frozen=True)
class Filters:
    """Empty means "no restriction"; every set field narrows the rows (AND across fields, OR within one)."""

    indicators: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    year_min: int | None = None
    year_max: int | None = None
    text: str = ""
    rows: tuple[int, ...] = ()  # row ids (a link from a highlighted number on the Sources page)

    @property
    def active(self) -> bool:
        return self != Filters()

    def describe(self) -> list[str]:
        """One line per active filter, for the download's README."""
        lines = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in LIST_PARAMS and value:
                lines.append(f"{f.name}: {', '.join(value)}")
        if self.year_min is not None or self.year_max is not None:
            lines.append(
                f"years: {self.year_min if self.year_min is not None else '…'}–"
                f"{self.year_max if self.year_max is not None else '…'}"
            )
        if self.text:
            lines.append(f"quote contains: {self.text!r}")
        if self.rows:
            lines.append(f"rows: {', '.join(map(str, self.rows))}")
        return lines or ["none (all rows)"]


def apply_filters(observations: pd.DataFrame, filters: Filters, indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    """The rows that pass every active filter, in their original order.

    A year range excludes rows without a year; sector comes from the indicator catalogue.
    """
    mask = pd.Series(True, index=observations.index)
    for name, column in (("indicators", "indicator"), ("regions", "region"), ("kinds", "kind"), ("docs", "doc")):
        wanted = getattr(filters, name)
        if wanted:
            mask &= observations[column].isin(wanted)
    if filters.sectors:
        sector_of = (
            dict(zip(indicators["indicator"], indicators["sector"], strict=True)) if indicators is not None else {}
        )
        mask &= observations["indicator"].map(sector_of).isin(filters.sectors).fillna(False).astype(bool)
    years = observations["year"]
    if filters.year_min is not None:
        mask &= (years >= filters.year_min).fillna(False).astype(bool)
    if filters.year_max is not None:
        mask &= (years <= filters.year_max).fillna(False).astype(bool)
    if filters.rows:
        mask &= observations["row"].isin(filters.rows)
    if filters.text.strip():
        mask &= observations["quote"].str.contains(filters.text.strip(), case=False, regex=False, na=False)
    return observations[mask]


def to_query(filters: Filters) -> dict[str, str | list[str]]:
    """Query parameters for a shareable URL; default (empty) filters are left out."""
    out: dict[str, str | list[str]] = {}
    for name, key in LIST_PARAMS.items():
        value = getattr(filters, name)
        if value:
            out[key] = list(value)
    if filters.year_min is not None:
        out[YEAR_MIN] = str(filters.year_min)
    if filters.year_max is not None:
        out[YEAR_MAX] = str(filters.year_max)
    if filters.text:
        out[TEXT] = filters.text
    if filters.rows:
        out[ROWS] = [str(r) for r in filters.rows]
    return out


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[union-attr]


def _as_year(value: object) -> int | None:
    items = _as_list(value)
    try:
        return int(items[-1]) if items else None
    except ValueError:
        return None


def from_query(query: Mapping[str, object]) -> Filters:
    """Filters from query parameters (str or list of str per key); malformed years are ignored."""
    return Filters(
        **{name: tuple(_as_list(query.get(key))) for name, key in LIST_PARAMS.items()},
        year_min=_as_year(query.get(YEAR_MIN)),
        year_max=_as_year(query.get(YEAR_MAX)),
        text=(_as_list(query.get(TEXT)) or [""])[-1],
        rows=tuple(int(r) for r in _as_list(query.get(ROWS)) if r.isdigit()),
    )
