"""What the reading of one document carries: the document context and the sentence-to-sentence carry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from decimal import Decimal

    from .catalogue import Catalogue
    from .introunit import TableShape
    from .timeline import Timeline
from .model import Document, Observation

T = TypeVar("T")


@dataclass
class ExtractionResult:
    observations: list[Observation] = field(default_factory=list)
    default_year: int | None = None
    default_year_quote: str = ""


class Latest(Generic[T]):
    """A carried value: the one set last, or the last true one offered after it. An offer is a way to read the value
    (a sentence's framing year, its stated condition), read only when the value is asked for: most sentences give
    no value, and the next paragraph sets the value anew before anyone asks."""

    __slots__ = ("_value", "_offers")

    def __init__(self, value: T) -> None:
        self._value = value
        self._offers: list[Callable[[], T]] = []

    def set(self, value: T) -> None:
        self._value = value
        self._offers = []

    def offer(self, read: Callable[[], T]) -> None:
        self._offers.append(read)

    def get(self) -> T:
        for read in reversed(self._offers):
            value = read()
            if value:
                self._value = value
                break
        self._offers = []
        return self._value


class Once(Generic[T]):
    """A value read on the first call and kept: one sentence's years feed two carried values."""

    __slots__ = ("_read", "_value", "_done")

    def __init__(self, read: Callable[[], T]) -> None:
        self._read, self._done = read, False

    def __call__(self) -> T:
        if not self._done:
            self._value, self._done = self._read(), True
        return self._value


@dataclass
class Carry:
    """Context carried from sentence to sentence: years within a paragraph, region within a section."""

    list_year: int | None = None  # "By 2030, the following will be achieved:" dates the items after it
    list_intro: bool = False  # list_year came from an intro ending with a colon: an item's own year does not replace it
    list_record: int | None = None  # the past year a lead-in of record gives ("… in 2010 were the following:")
    list_unit: tuple[str, Decimal] | None = None  # the unit a lead-in states for its "Label: 129" items ("(ktCO2eq)")
    plan_items_from: int = -1  # where the items of an inline lead-in to the plan's list start ("… for the INDC: …")
    list_projection: bool = False  # the list's intro speaks of projections ("Projections for 2030:")
    projection: bool = False  # the section's heading speaks of a reference scenario ("BAU Scenario")
    section_projection: bool = False  # a numbered heading opened a section on the reference path (headings.py)
    impact_section: bool = False  # the section's heading is about climate impacts ("Loss and Damage"): see scope
    impact_numbered: bool = False  # a numbered heading opened that section: its parts' headings keep it (headings)
    impact_rows: bool = False  # the lines under a caption naming a climate impact: a flattened table's cells
    paragraph_baseline: tuple[str, int | None] | None = None  # (baseline, base year) a change of it stated last
    section_condition: str = ""  # "conditional" / "unconditional" under a heading that says so (clauses.py)
    table_condition: str = ""  # the same, stated by a row of the table being read ("Conditionality | Conditional")
    table_header: list[str] = field(default_factory=list)  # the words heading the columns of the tab table being read
    last_kind: tuple[int, str, int | None] | None = None  # (end, kind, year) of the last sentence that gave a value
    last_values: tuple[int, int] = (0, 0)  # the paragraph's last sentence's rows (index range): see conditions
    present_end: int = -1  # the end of the last sentence whose record was of the present alone (``undated_present``)
    projection_end: int = -1  # the end of the last sentence whose last value was a reference projection (``restate``)
    value_years: tuple[int, tuple[int, ...]] = (-1, ())  # (end, own years in order) of the last sentence's values
    period: tuple[int, tuple[int, int] | None] = (-1, None)  # (end, (first, last) year) of the last period named
    condition_from_heading: bool = False  # a heading set it and no value was read since (column headers)
    section_kind: str = ""  # "target" under a heading about goals or actions (clauses.py)
    section_year: int | None = None  # the one future year the last heading names: its section's undated goals
    section_data_year: int | None = None  # the one past year a heading about emissions names: its undated figures
    inventory_year: int | None = None  # the year of the inventory named last ("the national GHG Inventory (2012)")
    paragraph_projection: bool = False  # the paragraph opens in a reference scenario ("In the BAU pathway, …")
    last_table: TableShape | None = None  # the year table read last: a successor that states no unit shares its unit
    # The section's and the paragraph's place, or how to read it: most sections and paragraphs give no value, so
    # their place is read only when a value asks for it (``defer_regions``).
    _section_region: str | None | Callable[[], str | None] = field(default=None, repr=False)
    _paragraph_region: str | None | Callable[[], str | None] = field(default=None, repr=False)

    # The paragraph's framing (observation) and target year and the one condition a sentence of it named, for
    # the sentences after it (``Latest``: a sentence offers them, they are read when a value asks).
    _obs_year: Latest[int | None] = field(default_factory=lambda: Latest(None), repr=False)
    _target_year: Latest[int | None] = field(default_factory=lambda: Latest(None), repr=False)
    _previous_target: Latest[int | None] = field(default_factory=lambda: Latest(None), repr=False)
    _paragraph_condition: Latest[str] = field(default_factory=lambda: Latest(""), repr=False)
    # a carried framing year that a label called the base year (``yearof``): "Base year: 2000", "The year 2000 was
    # used as a base year" frame a level of that year, never a goal's deadline
    _base_frame_year: Latest[int | None] = field(default_factory=lambda: Latest(None), repr=False)
    # the one past year the paragraph's sentences so far name (``sentence``), a sentence without a value included
    # ("Emissions in 2016 are broken down by activity. Power showed the highest share, 58%": 2016)
    _paragraph_data_year: Latest[int | None] = field(default_factory=lambda: Latest(None), repr=False)

    @property
    def paragraph_data_year(self) -> int | None:
        return self._paragraph_data_year.get()

    @paragraph_data_year.setter
    def paragraph_data_year(self, year: int | None) -> None:
        self._paragraph_data_year.set(year)

    @property
    def base_frame_year(self) -> int | None:
        return self._base_frame_year.get()

    @base_frame_year.setter
    def base_frame_year(self, year: int | None) -> None:
        self._base_frame_year.set(year)

    @property
    def obs_year(self) -> int | None:
        return self._obs_year.get()

    @obs_year.setter
    def obs_year(self, year: int | None) -> None:
        self._obs_year.set(year)

    @property
    def target_year(self) -> int | None:
        return self._target_year.get()

    @target_year.setter
    def target_year(self, year: int | None) -> None:
        self._target_year.set(year)

    def new_paragraph(self) -> None:
        """A paragraph starts: its framing years are its own; the last paragraph's target year stays readable
        (``previous_target_year``), unread until asked."""
        self._previous_target, self._target_year = self._target_year, Latest(None)
        self.obs_year = None

    @property
    def previous_target_year(self) -> int | None:
        return self._previous_target.get()

    def offer_years(self, read: Callable[[], tuple[int | None, int | None, int | None, int | None]]) -> None:
        """A sentence's (framing year, target year, framing base year, one past year) replace those carried when
        true; read when a value asks."""
        once = Once(read)
        self._obs_year.offer(lambda: once()[0])
        self._target_year.offer(lambda: once()[1])
        self._base_frame_year.offer(lambda: once()[2])
        self._paragraph_data_year.offer(lambda: once()[3])

    @property
    def paragraph_condition(self) -> str:
        return self._paragraph_condition.get()

    @paragraph_condition.setter
    def paragraph_condition(self, condition: str) -> None:
        self._paragraph_condition.set(condition)

    def offer_condition(self, read: Callable[[], str]) -> None:
        """A sentence's stated condition replaces the one carried when it names one; read when a value asks."""
        self._paragraph_condition.offer(read)

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
    cited_tables: dict[str, int] = field(default_factory=dict)  # table number -> deadline where the text cited it
    continental: bool = False  # the text writes decimal commas and thousands points (numberstyle)
    bau_targets: bool = False  # the plan states its targets are cuts from BAU, none against a base year (bautype)

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
