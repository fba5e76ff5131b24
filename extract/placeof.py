"""Which place a number of a sentence speaks for: the world, a place named next to it, the paragraph's, the
section's, or the document's country."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .quantities import Quantity
from .segment import Block
from .state import Carry, DocContext
from .years import FRAME_CHARS, clause_bounds

_CHINA_HYPHEN_GAP_RE = rx.compile(r"\s*(?:China|Chinese)-")
_PLACE_AFTER_GAP_RE = cx.guarded("fiot", r"\b(?:of|in|for|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_IN_BEFORE_RE = first_char_guarded(r"\b[Ii]n\s+(?:the\s+)?$")
_PLACE_LINK_RE = rx.compile(r"\s*(?:,|and|, and)\s*(?:the\s+)?")
_PLACES_NOUN_AFTER_RE = rx.compile(r"\s+(?:provinces|states|cities|countries|regions)\b")
#: a place after the value that another subject of the clause names: "9% at the national level while the average in
#: sub-Saharan Africa is 24.6%" (the 9% is the country's)
_OTHER_SUBJECT_GAP_RE = rx.compile(r"\b(?:while|whereas|compared|than|against|versus|average)\b", re.IGNORECASE)
#: a group the subject belongs to, no place of its values: "Benin is one of the least developed countries whose
#: emissions …", "As one of the developing countries, …", "among the small island developing states"
_MEMBERSHIP_BEFORE_RE = rx.compile(r"\b(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: a place named beside the subject, to compare it or class it: "while the average in sub-Saharan Africa is 24.6%",
#: "one of the least developed countries": no place the paragraph speaks for
_BESIDE_BEFORE_RE = rx.compile(
    r"\b(?:average|mean|than|compared\s+(?:to|with)|while|whereas|one\s+of|among)\b[^.;]{0,30}$", re.IGNORECASE
)


@lru_cache(maxsize=4)
def sentence_regions(text: str, start: int, end: int) -> tuple[cx.RegionMention, ...]:
    """``find_regions`` of a span, kept for the next calls: a paragraph's first sentence is read for the
    paragraph's place (``extractor.paragraph_region``) and then for its numbers."""
    return tuple(cx.find_regions(text, start, end))


#: Groups named by words any plan uses ("the northern regions", "the north-eastern provinces") that the catalogue
#: files as China's macro-regions: another country's plan speaks of its own regions with them, no place in China
_CHINA_GROUP_WORDS = frozenset({"Northern China", "Northeast China"})


def own_regions(regions: Sequence[cx.RegionMention], country: str) -> list[cx.RegionMention]:
    """The places a document's text names, less China's groups of provinces in a plan of another country."""
    return [r for r in regions if r.name not in _CHINA_GROUP_WORDS or country == "China"]


_WORLD_WORDS = ("world", "global", "international")  # one is in every WORLD_AFTER_RE match (lower case)


def region_for(
    ctx: DocContext,
    text: str,
    q: Quantity,
    sent_start: int,
    sent_end: int,
    regions: Sequence[cx.RegionMention],
    carry: Carry,
    clause: tuple[int, int] | None = None,
) -> list[str]:
    """Regions of a quantity, most specific evidence first (``clause``: its ``clause_bounds`` when already known).

    World for shares of a world total; a place named right after the number ("in developing
    countries", "China-Africa"); a place named before it in the same clause (several places
    joined by "and" before "provinces" give one row each, a group inside one macro-region gives
    that region); the paragraph's or section's place; else the document's country.
    """
    if q.unit == "%":
        after = text[q.end : sent_end]
        before = text[max(sent_start, q.num.start - 40) : q.start]
        # (the cheap exact word test first: the rest of a long table row is read for every share in it)
        world_after = cx.may_contain(text, q.end, sent_end, _WORLD_WORDS) and cx.WORLD_AFTER_RE.match(after)
        if world_after or cx.WORLD_BEFORE_RE.search(before):
            return ["World"]
    c_start, c_end = clause or clause_bounds(text, sent_start, sent_end, q.num.start)
    regions = own_regions(regions, ctx.country)
    for r in regions:
        if q.end <= r.start < c_end:
            gap = text[q.end : r.start]
            if _CHINA_HYPHEN_GAP_RE.fullmatch(gap) or (
                _PLACE_AFTER_GAP_RE.search(gap) and len(gap) < 100 and not _OTHER_SUBJECT_GAP_RE.search(gap)
            ):
                if r.name != ctx.country:
                    return [r.name]
    before_regions = [
        r
        for r in regions
        if r.end <= q.start
        and r.name != "World"
        and not _MEMBERSHIP_BEFORE_RE.search(text, max(0, r.start - 40), r.start)
    ]
    in_clause = [r for r in before_regions if r.start >= c_start]
    framing = [
        r
        for r in before_regions
        if r.start - sent_start < FRAME_CHARS and _IN_BEFORE_RE.search(text[max(sent_start, r.start - 12) : r.start])
    ]
    if in_clause or framing:
        last = (in_clause or framing)[-1]
        group = [last]
        for r in reversed(before_regions[: before_regions.index(last)]):
            if _PLACE_LINK_RE.fullmatch(text[r.end : group[0].start]):
                group.insert(0, r)
            else:
                break
        names = [r.name for r in group]
        macro = cx.macro_region(names)
        if macro:
            return [macro]
        if len(names) > 1 and _PLACES_NOUN_AFTER_RE.match(text, last.end):
            return names
        return [names[-1]]
    if carry.paragraph_region:
        return [carry.paragraph_region]
    if carry.section_region:
        return [carry.section_region]
    return [ctx.country]


_PARTNER_BEFORE_RE = first_char_guarded(r"\b(?:with|and|to|from|like|as)\s+(?:the\s+)?$")


def heading_region(ctx: DocContext, block: Block) -> str | None:
    """The last place a heading names, unless it is the document's country: the section speaks for it."""
    if block.text.rstrip().endswith((".", "↩")):
        return None  # a sentence set apart ("Except the Falkland Islands, Georgia and …."), a note: no section title
    found = own_regions(cx.find_regions(ctx.doc.text, block.start, block.end), ctx.country)
    return found[-1].name if found and found[-1].name != ctx.country else None


def paragraph_region(ctx: DocContext, block: Block) -> str | None:
    """A paragraph whose first sentence is about a sub-national place or another country speaks for that place."""
    if not block.sentences:
        return None
    first = block.sentences[0]
    text = ctx.doc.text
    found = own_regions(sentence_regions(text, first.start, first.end), ctx.country)
    home = next((r.country for r in found if r.name == ctx.country), None)
    for r in found:
        if home is not None and r.country != home:
            # "Despite the aggression of Ruritania, Xland has …": another country named beside it is no place of its
            return None
        if r.name == ctx.country:
            return None  # "Türkiye announced its strategy at COP 29 in Baku, Azerbaijan": about the country itself
        partner = _PARTNER_BEFORE_RE.search(text[max(0, r.start - 10) : r.start])
        beside = _BESIDE_BEFORE_RE.search(text, max(first.start, r.start - 40), r.start)
        if not partner and not beside:
            return r.name
    return None
