"""Records passed between pipeline stages (read -> parse -> normalise -> classify -> write)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal

from . import rx

#: A line up to its break: what ``str.splitlines`` splits at (\n \r \v \f \x1c-\x1e \x85 \u2028 \u2029) ends it.
_LINE_RE = rx.compile("[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*")


@dataclass
class Document:
    """A decoded input document. Offsets everywhere refer to ``text``."""

    doc: str  # file name without extension
    file: str  # file name inside the seeds folder
    text: str
    sha256: str
    bytes: int
    format: str = "txt"
    encoding: str = "utf-8"
    page_starts: list[int] = field(default_factory=list)  # offset where each page begins (paged formats)

    @property
    def title(self) -> str:
        """The first line that is not blank (``str.splitlines`` lines), stripped and cut to 200 characters."""
        # every line break is whitespace: the first non-blank line starts at the text's first other character, and
        # only it is split off (splitting the whole text made a string of every line of the document)
        rest = self.text.lstrip()
        if not rest:
            return self.doc
        return _LINE_RE.match(rest).group().strip()[:200]  # type: ignore[union-attr]

    def page_at(self, offset: int) -> int | None:
        """1-based page holding ``offset``, or None for unpaged formats."""
        if not self.page_starts:
            return None
        return max(bisect_right(self.page_starts, offset), 1)  # the last page starting at or before it


@dataclass
class Observation:
    """One extracted value with its provenance; fields mirror ``schema.OBSERVATIONS``."""

    doc: str
    value: Decimal
    unit: str
    value_raw: str
    quote: str
    char_start: int
    char_end: int
    kind: str = "actual"
    year: int | None = None
    base_year: int | None = None
    qualifier: str = "="
    region: str = ""  # always set by the extractor: the party, a place, or World; never a default country
    indicator: str = ""
    page: int | None = None
    baseline: str = ""  # "base_year", "bau" or "" (a level)
    condition: str = ""  # "unconditional", "conditional" or "" (not said)

    def as_row(self) -> dict[str, str]:
        return {
            "doc": self.doc,
            "indicator": self.indicator,
            "region": self.region,
            "kind": self.kind,
            "year": "" if self.year is None else str(self.year),
            "base_year": "" if self.base_year is None else str(self.base_year),
            "value": format_decimal(self.value),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "value_raw": self.value_raw,
            "quote": self.quote,
            "char_start": str(self.char_start),
            "char_end": str(self.char_end),
            "page": "" if self.page is None else str(self.page),
            "baseline": self.baseline or ("base_year" if self.base_year is not None else ""),
            "condition": self.condition,
        }


def format_decimal(value: Decimal) -> str:
    """Plain decimal notation without exponent or trailing zeros (37.63, 1200, 0.0665)."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"
