"""What the reading of one document carries: the document context and the sentence-to-sentence carry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .catalogue import Catalogue
    from .timeline import Timeline
from .model import Document, Observation


@dataclass
class ExtractionResult:
    observations: list[Observation] = field(default_factory=list)
    default_year: int | None = None
    default_year_quote: str = ""


@dataclass
class Carry:
    """Context carried from sentence to sentence: years within a paragraph, region within a section."""

    obs_year: int | None = None
    target_year: int | None = None
    list_year: int | None = None  # "By 2030, the following will be achieved:" dates the items after it
    list_projection: bool = False  # the list's intro speaks of projections ("Projections for 2030:")
    projection: bool = False  # the section's heading speaks of a reference scenario ("BAU Scenario")
    paragraph_baseline: tuple[str, int | None] | None = None  # (baseline, base year) a change of it stated last
    paragraph_condition: str = ""  # the one condition a sentence of this paragraph named, for the sentences after it
    section_condition: str = ""  # "conditional" / "unconditional" under a heading that says so (clauses.py)
    last_kind: tuple[int, str] | None = None  # (end, kind) of the last sentence that gave a value (restatements)
    condition_from_heading: bool = False  # a heading set it and no value was read since (column headers)
    section_kind: str = ""  # "target" under a heading about goals or actions (clauses.py)
    # The section's and the paragraph's place, or how to read it: most sections and paragraphs give no value, so
    # their place is read only when a value asks for it (``defer_regions``).
    _section_region: str | None | Callable[[], str | None] = field(default=None, repr=False)
    _paragraph_region: str | None | Callable[[], str | None] = field(default=None, repr=False)

    @property
    def section_region(self) -> str | None:
        """The place a heading named, for the values under it."""
        if callable(self._section_region):
            self._section_region = self._section_region()
        return self._section_region

    @section_region.setter
    def section_region(self, value: str | None | Callable[[], str | None]) -> None:
        self._section_region = value

    @property
    def paragraph_region(self) -> str | None:
        """The place a paragraph's first sentence is about, for the values of the paragraph (and tables after it)."""
        if callable(self._paragraph_region):
            self._paragraph_region = self._paragraph_region()
        return self._paragraph_region

    @paragraph_region.setter
    def paragraph_region(self, value: str | None | Callable[[], str | None]) -> None:
        self._paragraph_region = value


@dataclass
class DocContext:
    doc: Document
    catalogue: Catalogue
    country: str
    timeline: Timeline
    footnote_base_years: dict[str, int]
    observations: list[Observation] = field(default_factory=list)
    year_starts: set[int] = field(default_factory=set)  # char_start of every "year" row, so a peak is read once

    def add(self, obs: Observation) -> None:
        self.observations.append(obs)
        if obs.unit == "year":
            self.year_starts.add(obs.char_start)

    @property
    def ref_year(self) -> int | None:
        """The document's present: a year after it lies in the document's future."""
        return self.timeline.present

    @property
    def default_year(self) -> int | None:
        """The year of the document's undated facts."""
        return self.timeline.default_year
