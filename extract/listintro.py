"""The year a list's lead-in gives its items: "By 2030, the following will be in place:" dates the lines after it,
and so does the sentence before an undated lead-in ("… 31,999 Gg in the base year 2011. The sectors' emissions
are:"). Kept apart from ``extractor`` so each reads alone."""

from __future__ import annotations

import re
from decimal import Decimal

from . import context as cx
from . import rx
from .cellunits import cell_unit, lone_bracket_unit
from .headinglines import _LINE_CHARS
from .presentof import AS_OF_NOW_RE
from .segment import Block, Sentence
from .years import labelled_base, names_edition


def list_intro_year(text: str, block: Block, now: int | None = None) -> int | None:
    """'By 2030, the following will be in place:' -> 2030 for the items after it; None if not a list's intro.

    The intro ends with a colon and names a year that is not a reference ("compared to 2010"); its last
    such year dates the list. An intro that names none takes the one the sentence before it names; one that
    speaks of today ("To date, funding verified has reached 0.5 trillion:") takes ``now``, the document's present.
    """
    if not block.sentences or not (block.text.rstrip().endswith((":", "：")) or _follows_end(block.text)):
        return None
    last = block.sentences[-1]
    dated = [  # ("Ruritania's 2015 NDC has the following targets:" names which plan, not the items' year)
        y
        for y in cx.find_years(text, last.start, last.end)
        if y.role in ("by", "obs", "plain", "span_end") and not names_edition(text, y, now)
    ]
    if not dated and len(block.sentences) > 1:
        # "Investments of US$ 1.1 billion are required until 2035. The plan identifies the following needs:", "The
        # contribution for 2030 is kept. It consists of:": an undated intro goes on from the sentence before it
        before = block.sentences[-2]
        # an intro of what will be done ("This will be achieved through:") lists the means of the goal before it: of
        # that sentence's years only its deadlines date them, not the record a goal starts from ("from 57% in 2010")
        roles = ("by",) if _MEANS_INTRO_RE.search(text, last.start, last.end) else ("by", "obs", "plain")
        dated = [  # (a level "in the base year 2011" is that year's record: it dates the parts listed after it)
            y
            for y in cx.find_years(text, before.start, before.end)
            # (nor the start of a change: "removed 7.9 Mt in 2022, an increase of 4% since 1990")
            if (
                y.role in roles
                and not labelled_base(text, before.start, y.start)
                and not _SINCE_RE.search(text, max(before.start, y.start - 16), y.start)
            )
            or _IN_BASE_YEAR_RE.search(text, max(before.start, y.start - 30), y.start)
        ]
    if not dated and now is not None and AS_OF_NOW_RE.search(text, last.start, last.end):
        # (not a plan stated today: "To date, the following measures are planned:")
        return None if _GOAL_INTRO_RE.search(text, last.start, last.end) else now
    return dated[-1].year if dated else None


def list_intro_unit(text: str, block: Block) -> tuple[str, Decimal] | None:
    """The unit a list's lead-in states in brackets for its items' bare values: "The contribution by each sector in
    terms of avoided emissions (ktCO2eq) is as follows:" over "Transport: 129 (…)"; None when it states none."""
    if not block.sentences or not (block.text.rstrip().endswith((":", "：")) or _follows_end(block.text)):
        return None
    last = block.sentences[-1]
    if "(" not in last.text:
        return None
    unit = lone_bracket_unit(text, last.start, last.end)
    if unit is None and (dated := _YEAR_UNIT_BRACKET_RE.search(text, last.start, last.end)):
        unit = cell_unit(dated.group(1))  # "Total area and by type of forest: (2015, in km2):" (the year dates them)
    return unit if unit is not None and unit[0] != "million" else None  # (a bracket of millions names no unit)


#: a bracket of a year and the unit it states: "(2015, in km2)", "(2019, tCO2e)"
_YEAR_UNIT_BRACKET_RE = rx.compile(r"\(\s*(?:19|20)\d\d\s*,\s*((?:in\s+)?[^()\d][^()]{0,20})\)")


def refers_back(block: Block) -> bool:
    """A one-sentence lead-in that lists the parts of what the text just stated ("These contributions are detailed
    by source category:", "This total breaks down as follows:", "The direct emission for the following sectors is:"):
    it names no year, its items take the stated one's."""
    return len(block.sentences) == 1 and _REFERS_BACK_RE.match(block.sentences[0].text) is not None


#: "These contributions are …:", "This reduction is distributed …:", "They are as follows:" (a pronoun opening a
#: one-sentence lead-in, no other full stop before its colon)
_REFERS_BACK_RE = rx.compile(
    r"\s*(?:(?:These|This|Those|They)\b[^.:;]{0,150}"
    # "The direct GHG emission for the following IPCC sectors is:": the breakdown of the total just stated
    r"|The\b[^.:;\d]{0,80}\bthe\s+following\s+(?:[\w-]+\s+){0,2}?(?:sectors?|sub-?sectors?|gases|categories|sources)\b"
    r"[^.:;\d]{0,30})[:：]\s*$"
)


def means_intro(text: str, block: Block) -> bool:
    """A lead-in naming the means of a goal to come ("This will be achieved in particular through:"): its items are
    the plan's measures, due at its deadline when no sentence of the lead-in names one."""
    if not block.sentences or not block.text.rstrip().endswith((":", "：")):
        return False
    last = block.sentences[-1]
    return _MEANS_INTRO_RE.search(text, last.start, last.end) is not None


def _follows_end(text: str) -> bool:
    """``_FOLLOWS_END_RE.search(text)``, the cheap word test first: searched over every paragraph, the case-blind
    regex cost 1.5 % of extraction. Each match holds "follow", whose letters IGNORECASE matches only to their
    ASCII cases, which ``lower()`` lowers."""
    return "follow" in text.lower() and _FOLLOWS_END_RE.search(text) is not None


#: an intro naming the means of a goal to come: "This will be achieved through:", "which shall be reached by:"
_MEANS_INTRO_RE = rx.compile(
    r"\b(?:will|shall|is\s+to|are\s+to)\s+be\s+(?:\w+ly\s+)?(?:achieved|reached|met|attained|realized|realised|done"
    r"|implemented|delivered|pursued)\b",
    re.IGNORECASE,
)
#: the start of a period, no date of its record: "since 1990", "the fuel crisis that sparked from September 2015"
_SINCE_RE = rx.compile(r"\b(?:since|from)\s+(?:" + cx._MONTHS + r"\s+)?$", re.IGNORECASE)
_IN_BASE_YEAR_RE = rx.compile(r"\b(?:in|for)\s+(?:the\s+)?(?:base|reference)[\s-]+year\s*$", re.IGNORECASE)
#: A lead-in that announces its list in words, whatever ends it: "… for 2030 are as follows;" (a translation's
#: semicolon), "… include the following"
_FOLLOWS_END_RE = rx.compile(r"\b(?:as\s+follows|the\s+following(?:\s+[\w-]+){0,2})\s*[;,.]?\s*$", re.IGNORECASE)
#: A short undated intro naming the plan's measures or goals ("Adaptation measures:", "Priority actions:").
PLAN_LIST_INTRO_RE = rx.compile(
    r"(?:[\w-]+\s+){0,4}(?:measures|actions|targets|goals|objectives|commitments|priorities|interventions)\s*[:：]",
    re.IGNORECASE,
)
#: A sentence that introduces the plan's measures as a list after it, with no year: "The measures which the country
#: has considered as contributions are as follows:" (not what was done: "The projects completed so far are: …")
_PLAN_LIST_FOLLOWS_RE = rx.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:measures|actions|contributions?|interventions|options)\b"
    r"(?![^:]*\b(?:implemented|completed|undertaken|achieved|carried\s+out|so\s+far)\b)[^:.;]{0,120}?"
    # ("The contribution by each sector to the 40% mitigation target … is as follows:")
    r"\b(?:are|is|include|includes|comprise|comprises)\s+(?:as\s+(?:it\s+)?follows|the\s+following)\s*[:：]",
    re.IGNORECASE,
)
_FOLLOWS_CHARS = 200
#: a lead-in naming its items as chosen for the plan: "These have been selected for the INDC:", "The following are
#: included in this NDC:"
_CHOSEN_FOR_PLAN_RE = rx.compile(
    r"(?:[\w-]+\s+){0,6}?(?:selected|retained|included|chosen|adopted|prioriti[sz]ed)\s+(?:for|in|under)\s+"
    r"(?:the|this|our)\s+(?:(?:updated|revised|first|new)\s+)?(?:I?NDCs?|CDN|contribution)\s*[:：]",
    re.IGNORECASE,
)


def plan_list_intro(line: str) -> bool:
    """A line that introduces a list of the plan's measures without naming their year: a short title ("Climate
    Change Adaptation Measures:") or a sentence ("The measures … considered as contributions are as follows:")."""
    line = line.strip()
    if len(line) <= _LINE_CHARS and PLAN_LIST_INTRO_RE.fullmatch(line):
        return True
    # (the intro may share its line with the first item, as HTML paragraphs run them on: "… as follows: I. …")
    head = line[: line.find(":") + 1] if ":" in line[:_FOLLOWS_CHARS] else line
    return len(head) <= _FOLLOWS_CHARS and bool(
        _PLAN_LIST_FOLLOWS_RE.fullmatch(head) or _CHOSEN_FOR_PLAN_RE.fullmatch(head)
    )



#: a line that is a value, maybe qualified, maybe a range: "approx. 22-24%", "326 M kl", "about 1,065 billion kWh"
_VALUE_LINE_RE = rx.compile(
    r"\s*(?:(?:approx\.?|about|around|approximately|nearly|some|over|up\s+to|at\s+least)\s+|[<>~≈≥≤]=?\s*)?[-−]?\d",
    re.I,
)
_VALUE_LINE_CHARS = 40
LABEL_LINES = 2  # a row's label may run to this many lines above its value ("(within renewables)" / "Solar")


def labels_a_value(blocks: list[Block], index: int) -> bool:
    """Whether the digitless line ``blocks[index]`` labels the value on a line after it ("Coal" over "approx. 26%"),
    as the rows of a two-column list under a year line ("FY 2030") print: a row label, not a section title that
    ends the list."""
    for k in range(index + 1, min(index + 1 + LABEL_LINES, len(blocks))):
        line = blocks[k].text.strip()
        if blocks[k].kind != "heading" or len(line) > _VALUE_LINE_CHARS:
            return False
        if _VALUE_LINE_RE.match(line):
            return True
    return False


#: a lead-in that reports what was: "The sectoral emission sources and their quantities were the following:", "The
#: results achieved by 2020 were as follows:" (not "The targets for 2020 were the following:": goals, though past)
_RECORD_INTRO_RE = rx.compile(
    r"\b(?:were|was|had\s+been|amounted\s+to|totall?ed|(?:has|have)\s+reached)\b", re.IGNORECASE
)  # ("has reached": what stands to date)
_GOAL_INTRO_RE = rx.compile(
    r"\b(?:targets?|goals?|aims?|objectives?|commitments?|pledges?|will|shall|plans?|planned|intends?|expected)\b",
    re.IGNORECASE,
)


def record_intro(sentence: str) -> bool:
    """Whether a list's lead-in reports records in the past tense: its items are records, not the goals a section
    about the plan's contribution would make them."""
    return bool(_RECORD_INTRO_RE.search(sentence)) and not _GOAL_INTRO_RE.search(sentence)


def record_lead_in(text: str, block: Block) -> bool:
    """Whether a list's lead-in makes its items records: it reports them in the past tense, or, naming no year and no
    goal of its own, goes on from a sentence of record that dates it ("… 31,999 Gg was estimated for the base year
    2011. The direct emissions of the sectors are:" lists that year's records, under a heading of goals too)."""
    last = block.sentences[-1]
    if record_intro(last.text):
        return True
    if len(block.sentences) < 2 or _GOAL_INTRO_RE.search(last.text) or cx.find_years(text, last.start, last.end):
        return False
    return record_intro(block.sentences[-2].text)


_LIST_MARK_RE = rx.compile(r"\s*(?:[a-z]|\d{1,2}|[ivx]{1,4})?[.)]?\s*|\s*[-–•▪●◦*·]\s*")


def record_lead_in_year(text: str, block: Block, k: int, ref_year: int | None) -> int | None:
    """The past year a lead-in of record inside a paragraph gives the items run on after it ("… in 2010 were 150 Mt.
    The sectoral sources were the following: a. Livestock … 65 Mt; b. …", a list printed in one paragraph)."""
    sentence = block.sentences[k]
    colon = sentence.text.find(":")
    if colon < 0 or not _LIST_MARK_RE.fullmatch(sentence.text, colon + 1) or not record_intro(sentence.text[:colon]):
        return None  # (the lead-in ends at its colon: what follows in its sentence is at most the first item's mark)
    lead = Sentence(sentence.start, sentence.start + colon + 1, sentence.text[: colon + 1])
    head = Block(block.kind, block.start, lead.end, text[block.start : lead.end], [*block.sentences[:k], lead])
    year = list_intro_year(text, head)
    return year if year is not None and ref_year is not None and year <= ref_year else None


#: A deadline and a colon inside a sentence that ends with a semicolon: a list run on in one paragraph.
_INLINE_LIST_RE = rx.compile(r"\bby\s+(?:the\s+end\s+of\s+)?((?:20|21)\d\d)\s*:[^:]*;\s*$")


def inline_list(sentence: str) -> re.Match[str] | None:
    """``_INLINE_LIST_RE.search(sentence)``, the cheap tests first: a match ends in a semicolon and spaces (``\\s`` is
    what ``rstrip`` strips), which few sentences do, and holds "by" and a colon; searched in every sentence, the regex
    cost 1 % of extraction."""
    if sentence.rstrip().endswith(";") and "by" in sentence and ":" in sentence:
        return _INLINE_LIST_RE.search(sentence)
    return None
