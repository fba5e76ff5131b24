"""The year of a record its sentence does not date: the paragraph's or section's data year, a cited inventory's, the
plan's base year, or the document's data year; None when nothing determines it (no row is made)."""

from __future__ import annotations

import re

from . import clauses, rx
from .carriedyears import names_later_year
from .datedness import base_year_level, cites_inventory, inventory_share
from .nowwords import REMOTE_PAST_RE, present_fact
from .presentof import PROGRESS_NOW_RE
from .quantities import Quantity
from .state import Carry, DocContext
from .years import SentenceYears


def record_year(
    ctx: DocContext,
    carry: Carry,
    q: Quantity,
    years: SentenceYears,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    in_table: bool,
) -> int | None:
    """The year of record ``q``, whose sentence (``sentence``: its bounds; ``clause``: the quantity's clause) names
    none that dates it."""
    text = ctx.doc.text
    start, end = sentence
    bases = measured_from(q, years)
    if (
        carry.paragraph_data_year is not None
        and carry.paragraph_data_year not in bases
        and not in_table
        and inventory_share(text, start, end, q)
        and not names_later_year(years, ctx.ref_year)  # "the 2035 baseline scenario by sector: …": modelled
    ):
        return carry.paragraph_data_year  # "In 2020 emissions were 212 Mt. LULUCF accounts for 84%": 2020
    if carry.section_data_year is not None and not in_table and carry.section_data_year not in bases:
        return carry.section_data_year  # under "GHG emissions in 2021": "CO2 contributes 96.5%"
    if carry.inventory_year is not None and not in_table and cites_inventory(text, start, end):
        return carry.inventory_year  # "… national GHG Inventory (2012). … According to this inventory, 28 Mt"
    if not years.mentions and (base := base_year_level(text, start, q, ctx.observations)) is not None:
        return base  # "A provisional value for base year emissions is 52.1 Mt": the plan's base year's record
    if ctx.default_year is None or not (ctx.timeline.data_dated or clauses.reports(text, start, clause[1])):
        # "over 60% of the hydropower comes from the Tana": present tense, no determinable year; a report in a later
        # clause is not of it ("Though the electrification rate is about 12%, the country was and remains …", "The
        # rail system covers 2,750 km, built in the 1920s")
        return None
    if REMOTE_PAST_RE.search(text, *clause):
        return None  # "forests covered 32% of the territory last century": long before the document's data
    if (
        not ctx.timeline.data_dated
        and (now := present_fact(text, start, end))
        and not PROGRESS_NOW_RE.search(now.group(0))
    ):
        # "Only 40% of waste is collected, and few councils run landfills at present": the present of a document
        # that does not say when its data were collected is no year a reader can check (``presentof.undated_present``)
        return None
    if (
        carry.paragraph_data_year is not None
        and carry.paragraph_data_year > ctx.default_year
        and not in_table
        and not years.mentions
        and not present_fact(text, start, end)
    ):
        # "Power generation released 156 Gg in 2020. 95% of electricity is generated from diesel": a paragraph that
        # reports one past year later than the document's data year speaks of it in its undated records ("Today,
        # …" is the document's present; an older year is history, and the present tense is not of it)
        return carry.paragraph_data_year
    if plans_ahead(ctx) and not inventory_share(text, start, end, q):
        # a plan (its headline deadline still ahead) that does not say when its data were collected: an undated fact
        # of it ("land under coffee has shrunk by 63%", "37% of households lack sanitation") has no year a reader
        # could check; a report's undated facts are of its data year, and an inventory's breakdown of the inventory's
        return None
    return ctx.default_year  # "emissions were estimated at 21.5 Mt": a record of the document's data year


def plans_ahead(ctx: DocContext) -> bool:
    """Whether the document is a plan: it heads at a deadline after its present, and does not date its data (its
    undated facts and its "current" levels are then of no year)."""
    deadline, now = ctx.timeline.target_year, ctx.ref_year
    return not ctx.timeline.data_dated and deadline is not None and now is not None and deadline > now


def measured_from(q: Quantity, years: SentenceYears) -> set[int]:
    """The years the change ``q`` is measured from in its sentence: a carried year of record among them dates none
    of its changes ("Base Year: 1990" above "have cut emissions by 19% on 1990 levels": a change up to a later year)."""
    return {y.year for y in years.bases} if q.unit in ("%", "times") else set()


#: a verb of standing in the present tense before the value: "covers", "is", "accounts for"
_STANDING_VERB_RE = rx.compile(
    r"\b(?:is|are|covers?|accounts?\s+for|represents?|constitutes?|makes?\s+up|comprises?|occupies|occupy)\b",
    re.IGNORECASE,
)
#: what refers back to the whole the sentence before dated: "of these", "of this total", "of which", "its share"
_REFERS_BACK_RE = rx.compile(
    r"\b(?:of\s+(?:these|this|those|that|which|them|it|the\s+total|the\s+above)|these|this|its|their|such|the\s+same"
    r"|respectively|remaining|rest)\b",
    re.IGNORECASE,
)
_PAST_OR_PERFECT_RE = rx.compile(r"\b(?:was|were|had|has|have)\b|\w+ed\b", re.IGNORECASE)


def standing_of_new_subject(sent: str, at: int) -> bool:
    """Whether the value at ``sent[at]`` is a standing stated in the present tense ("The agricultural land covers 45%")
    with nothing in its sentence referring back to what the sentence before dated, nor a past form."""
    before = sent[:at]
    return (
        not before.rstrip().endswith("(")  # "Households are the largest consumers (33.1 per cent)": a breakdown's
        and _STANDING_VERB_RE.search(before) is not None
        and _REFERS_BACK_RE.search(sent) is None
        and _PAST_OR_PERFECT_RE.search(before) is None
    )
