"""The years a sentence carries to the next ones of its paragraph: its framing year, its first deadline, and the
one past year it names (which dates the paragraph's later undated inventory shares). Part of the year stage; kept
apart from ``years`` (a sentence's own years) so each reads alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import rx
from .context import YEAR_RE
from .datedness import cites_inventory
from .yearnames import NAMING_ROLES
from .years import SINCE_BEFORE_RE, SentenceYears, sentence_years

if TYPE_CHECKING:
    from .segment import Block
    from .state import Carry, DocContext

#: a share of "the total" the paragraph before stated ("The energy sector accounted for 46% of the total
#: emissions, …" after "… emissions in 2020 were 496 Gg."): a sentence that ends at a printed line's end starts a
#: paragraph of its own in renderings that set every line apart, and the breakdown keeps the total's year
_SHARE_OF_TOTAL_RE = rx.compile(
    r"\d\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:country's\s+|national\s+|gross\s+)?total\b", re.I
)
#: what a paragraph that introduces data names: "The breakdown of emissions (2009 data) shows …"
_DATA_WORDS_RE = rx.compile(r"\b(?:emissions?|inventory|data|GHGs?)\b", re.IGNORECASE)


def keeps_data_year(blocks: list[Block], index: int, before_read_values: bool) -> bool:
    """Whether the paragraph at ``index`` keeps the one past year the paragraph before named (see
    ``carry_paragraph_year``): its first sentence breaks down the total before it (a share of "the total", no year),
    or the paragraph right before read no value and names the data this one breaks down ("The sectoral breakdown
    of emissions (2009 data) shows that most come from energy." over "Transport contributes 57%, …")."""
    first = blocks[index].sentences[0].text if blocks[index].sentences else ""
    if _SHARE_OF_TOTAL_RE.search(first) and not YEAR_RE.search(first):
        return True
    before = blocks[index - 1] if index else None
    return (
        not before_read_values
        and before is not None
        and before.kind == "paragraph"
        and _DATA_WORDS_RE.search(before.text) is not None
    )


def carried_years(years: SentenceYears, ref_year: int | None) -> tuple[int | None, int | None]:
    """(framing year, target year) a sentence carries to the next ones of its paragraph: its frame, and its first
    future year (a target year, else a span's end after the present)."""
    if years.heading is not None:
        return years.frame_obs, years.heading  # the next list's deadline
    bau = [y for y in years.bau if ref_year is None or y.year > ref_year]
    if years.target or bau:  # "30% below the 2035 BAU": the year of the projection is the goal's too
        first = min(years.target[:1] + bau[:1], key=lambda y: y.start)
        return years.frame_obs, first.year
    return years.frame_obs, years.span[1] if years.span and years.span[1] > (ref_year or 0) else None


def read_carried_years(
    text: str, start: int, end: int, ref_year: int | None
) -> tuple[int | None, int | None, int | None, int | None]:
    """``carried_years`` of the sentence ``text[start:end]``, for a sentence read for nothing else, its framing
    year again when a label calls it the base year ("Base year: 2000", "The year 2000 was used as a base year"), and
    the one past year it names (``sentence`` carries it to the paragraph's undated inventory shares)."""
    years = sentence_years(text, start, end, ref_year)
    frame, target = carried_years(years, ref_year)
    # (a sentence that also names a later year speaks of a period or a projection: "projected from 2015 to 2030")
    later = names_later_year(years, ref_year)
    past = None if later else one_past_year(years, ref_year, text)
    return frame, target, frame if years.frame_is_base else None, past


def names_later_year(years: SentenceYears, ref_year: int | None) -> bool:
    """Whether a sentence names a year after the document's present (or the present is unknown); a source's year
    ("(MARN et al., 2022)") names no period of the sentence's own."""
    return ref_year is None or any(y.year > ref_year and y.role not in NAMING_ROLES for y in years.mentions)


_NAMING = ("name", "issued")


def one_past_year(years: SentenceYears, ref_year: int | None, text: str) -> int | None:
    """The one observation year up to the document's present a sentence names; None for none or several. A year
    that names a document ("the IPCC 2006 Guidelines") or its issue dates no data, nor does a period's start ("Since
    1991, …": the years up to now)."""
    past = {
        y.year
        for y in years.obs
        if ref_year is not None
        and y.year <= ref_year
        and y.role not in _NAMING
        and not SINCE_BEFORE_RE.search(text, max(0, y.start - 30), y.start)
    }
    return past.pop() if len(past) == 1 else None


def carry_paragraph_year(ctx: DocContext, carry: Carry, years: SentenceYears, start: int, end: int) -> None:
    """The one past year a prose sentence names dates the paragraph's later undated inventory shares (two: none); a
    baseline scenario's year ends that reach; a cited inventory's year takes it over."""
    if ctx.ref_year is None:
        return
    text = ctx.doc.text
    if any(y.year <= ctx.ref_year for y in years.obs):
        carry.paragraph_data_year = one_past_year(years, ctx.ref_year, text)
    elif years.bau:
        carry.paragraph_data_year = None  # "The 2035 baseline scenario by sector: …": the paragraph turns to it
    elif carry.inventory_year is not None and cites_inventory(text, start, end):
        carry.paragraph_data_year = carry.inventory_year  # its later shares are the inventory's too


def carry_framing_years(carry: Carry, years: SentenceYears, ref_year: int | None) -> None:
    """Carry the sentence's framing years to the next sentences of its paragraph (see ``carried_years``)."""
    obs_year, target_year = carried_years(years, ref_year)
    if obs_year:
        carry.obs_year = obs_year
        carry.base_frame_year = obs_year if years.frame_is_base else None
    if target_year:
        carry.target_year = target_year
