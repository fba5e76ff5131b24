"""Whether a line a page layout wrapped goes on over the next one, set apart by blank lines: a line of prose as long as
a printed one that ends without a stop, a short line cut off mid-phrase, an amount over its unit (``segment`` joins
them into one paragraph)."""

from __future__ import annotations

import re

from . import rx
from .units import match_unit_after

#: A line a page layout wrapped mid-sentence, rendered as a paragraph of its own ("… achieve 60 percent renewable
#: energy (RE) in the" over "national mix by 2030."): as long as a printed line, it ends without a sentence's stop
WRAPPED_LINE_CHARS = 70  # a printed line of prose is longer; a table cell or a heading is shorter
_GOING_ON_LINE_CHARS = 55  # a line of a paragraph already joined over wrapped lines: its lines vary in length
#: A document printed in narrow columns has shorter printed lines: its own width is read from the lines it wraps
#: mid-sentence (``wrap_lengths``), when it wraps at least this many
_WIDTH_SAMPLE = 30
_WIDTH_FILL = 0.8  # the share of the document's printed width a line must fill to be one it wrapped
# "… in 2030.", "… targets.30" (a footnote's number after the stop; not "… to 1051.55", a decimal)
_STOP_AT_END_RE = rx.compile(r"[.!?:;。]['\"”’)\]]*\s*$|(?<!\d)[.!?:;。]['\"”’)\]]*\s*\d{1,3}\s*$")
#: its last word leaves the phrase open, whatever starts the next line ("… State of" over "Industry Report 2024");
#: a comma or "and" may end a list's item as well, so only a line going on in lower case continues those
_OPEN_END_WORDS = (
    "of|the|to|in|by|with|a|an|for|its|their|our|from|on|at|as|than|that|which|into|under|over"
    "|between|per|is|are|was|were|be|been|has|have|will|would|this|these|such|both|including|through|towards?"
    "|across|within|against|about|around|approximately|nearly|while"
)
_OPEN_END_RE = rx.compile(rf"\b(?:{_OPEN_END_WORDS})\s*$", re.IGNORECASE)
_OPEN_END_LONGEST = max(len(w.rstrip("?")) for w in _OPEN_END_WORDS.split("|"))
_STOPS = ".!?:;。"  # the characters a stop at the end (``_STOP_AT_END_RE``) begins with


def _stops_at_end(line: str) -> bool:
    """Whether ``line`` ends with a stop (``_STOP_AT_END_RE``). The search starts at the line's last stop, the only
    one a match can begin at (only closers, spaces and a footnote's digits follow it): searched from the start, re
    would try the pattern at every character of a long line (its second branch opens with a lookbehind)."""
    last = max(map(line.rfind, _STOPS))
    return last >= 0 and _STOP_AT_END_RE.search(line, last) is not None


def _open_end(line: str) -> bool:
    """Whether ``line``'s last word leaves the phrase open (``_OPEN_END_RE``), searched over its last word only (a
    search from ``pos`` still sees the character before it, which ``\\b`` reads)."""
    return _OPEN_END_RE.search(line, max(0, len(line.rstrip()) - _OPEN_END_LONGEST)) is not None


#: a currency sign or code ending a line, its amount on the next: "… stands at US$", "… of USD"
#: (after a word of prose in lower case, "at", "approximately": a table's "GDP, billion 2010 US $" heads a column)
_CURRENCY_AT_END_RE = rx.compile(r"\b[a-z]+\s+(?:[A-Z]{1,3}\$|[$€£¥₹]|(?:USD|EUR|GBP)\b)\s*$")
_NUMBERED_HEADING_RE = rx.compile(r"\s*\d{1,2}(?:\.\d{1,2})+\.?(?=\s+[A-Z])")  # "3.5.1. Power", "4.2 Targets"


def numbered_heading(line: str) -> bool:
    """Whether ``line`` opens with a section's number ("4.2 Targets"), not an amount and its unit ("75.7 Gg CO2e")."""
    m = _NUMBERED_HEADING_RE.match(line)
    return m is not None and not _unit_opens(line[m.end() :])
_CAPTION_START_RE = rx.compile(r"\s*(?:Table|TABLE|Figure|FIGURE|Fig\.|Tab\.|Box|BOX|Chart|Graph)\b")


def wrap_lengths(lines: list[str]) -> tuple[int, int]:
    """The lengths from which a line is printed prose (``wraps_on``'s ``least``), for a paragraph's first line and
    for one going on: 70 and 55 characters on a page of full width, less in a document printed in narrow columns
    ("Energy industries, manufacturing industries and" over "construction account for …", some 50 characters
    each). Its width is the median length of its lines that end mid-sentence over a line going on in lower case, at
    least ``_WIDTH_SAMPLE`` of them (a few short ones are a list, not a layout); no library reads a text's printed
    width from its line breaks, so this is written by hand."""
    wrapped: list[int] = []
    prev = ""
    for line in lines:
        if not line or line.isspace():
            continue
        if line[:1].islower() and 30 <= len(prev) <= _PRINTED_LINE_MAX and not _stops_at_end(prev):
            wrapped.append(len(prev))
        prev = line
    if len(wrapped) < _WIDTH_SAMPLE:
        return WRAPPED_LINE_CHARS, _GOING_ON_LINE_CHARS
    width = sorted(wrapped)[len(wrapped) // 2]
    first = min(WRAPPED_LINE_CHARS, int(width * _WIDTH_FILL))
    return first, min(_GOING_ON_LINE_CHARS, first * _GOING_ON_LINE_CHARS // WRAPPED_LINE_CHARS)


def wraps_on(first: str, line: str, nxt: str, least: int = WRAPPED_LINE_CHARS) -> bool:
    """Whether ``nxt``, the next non-empty line after blank ones, goes on with the sentence ``line`` leaves open:
    ``line`` is as long as a printed line of prose and ends without a stop, and either leaves its phrase open or
    ``nxt`` starts in lower case or with a bracket ("… capacity in the National Grid" over "(11% imported …"). Items of
    a list that open alike ("to install …" over "to install …", ``first`` the paragraph's first line) stay apart."""
    if len(line) < least or _stops_at_end(line) or _CAPTION_START_RE.match(line):
        return False
    if currency_wraps(line, nxt):
        return True
    if _open_end(line):
        # ("… reducing its GHG emissions by 40% by" over "2030, a commitment …"; not over a numbered heading)
        head = nxt.lstrip()[:1]
        return head.isalpha() or head == "(" or (head.isdigit() and not numbered_heading(nxt))
    head = nxt.lstrip()[:1]
    if (
        line.count("(") > line.count(")")
        and (head.isdigit() or head.islower())
        and (line.rstrip()[-1:] in (",", ";") or _closes_bracket(nxt))
        and not numbered_heading(nxt)
    ):
        # "… is low carbon (18.2% – nuclear power plants," over "17.9% – hydropower …)": a bracket's list; "… a 24 Mt
        # baseline (year" over "2000) and projected …": the bracket the line leaves open closes on the next one
        return True
    if line.rstrip()[-1:].isdigit() and _NUMBER_AT_END_RE.search(line) and _unit_opens(nxt):
        return True  # "… increased from 511 Gg in 1994 to 1051.55" over "Gg CO2-e in 2010 (Table 1).": its unit
    if (
        head.isupper()
        and len(line) <= _PRINTED_LINE_MAX
        and line.rstrip()[-1:].isalpha()
        and _SENTENCE_TAIL_RE.fullmatch(nxt)
        and not numbered_heading(nxt)
    ):
        # "… of the landfill gas generated at Naboro" over "Landfill until 2035.": the sentence's tail (a line as
        # long as a printed one, ending in a word: not a paragraph, an item closed by a bracket or a figure)
        return True
    # the sentence left open began at the paragraph's first line, unless this line starts a new one ("… 1994-2023.
    # In 2023, the main source of N2O" over "emissions in …": no list item, whatever word the paragraph opened with)
    opener = first if (stop := _LAST_STOP_RE.search(line)) is None else line[stop.end() :]
    return head == "(" or (head.islower() and opener.split(None, 1)[:1] != nxt.split(None, 1)[:1])


_LAST_STOP_RE = rx.compile(r"[.!?]\s+(?=[A-Z][^.!?]*$)")  # the stop before the last sentence a line starts


PROSE_WORDS = 6  # a line of this many words is prose, not a table's cell


def currency_wraps(line: str, nxt: str) -> bool:
    """A currency sign or code ends ``line`` and its amount opens ``nxt``, whatever the line's length: "… stands at
    US$" over "2.97 billion between …"."""
    return nxt.lstrip()[:1].isdigit() and _CURRENCY_AT_END_RE.search(line) is not None


def _closes_bracket(line: str) -> bool:
    """Whether ``line`` closes a bracket it did not open: a ")" before any "(" ("2000) and projected …")."""
    close = line.find(")")
    return close >= 0 and not 0 <= line.find("(") < close


#: a line of prose that ends with an amount: "… to 1051.55", "… by 116,075,800" (not a year, "… in 2030")
_NUMBER_AT_END_RE = rx.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\s*$)\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*$|\d+\.\d+\s*$")


def _unit_opens(line: str) -> bool:
    """Whether a line opens with the unit of a number before it ("Gg CO2-e in 2010", "MW of solar capacity")."""
    unit = match_unit_after("0 " + line.lstrip(), 1)
    return unit is not None and unit.written and unit.unit not in ("count", "year", "ratio", "times")


_PRINTED_LINE_MAX = 140  # a longer line is a whole paragraph, not one a page layout wrapped
#: the short rest of a sentence, closed by its stop: "Landfill until 2035.", "Islands by 2030." (a name's second word
#: wrapped onto a line of its own; a heading or a cell has no stop)
_SENTENCE_TAIL_RE = rx.compile(r"\s*[A-Z][\w’'-]*(?:\s+[\w’'%-]+){0,4}\s*[.!?]['\"”’)\]]*\s*\d{0,3}\s*")


#: a short line that opens a sentence and breaks off in the middle of a phrase: it ends in an amount or a word that
#: leaves the phrase open ("Energy: Ruritania set a 12%", "Forests: the plan aimed to have"), after three words
_CUT_SHORT_RE = rx.compile(r"(?:\S+\s+){2,}\S*?(?:\d%?|\d\s*(?:per\s*cent|percent))\s*$")


_VERB_END_RE = rx.compile(r"\b(?:is|are|was|were|be|been|reached|totall?ed|amounted\s+to|stood\s+at)\s*$", re.I)
_MAGNITUDE_OPEN_RE = rx.compile(r"\s*(?:thousand|million|billion)\s+", re.IGNORECASE)  # "million tonnes of …"


def cut_short(line: str, nxt: str, going_on: bool) -> bool:
    """Whether a short line goes on over the next, a line of prose as long as a printed one that opens in lower case
    ("Energy: Ruritania set a 12%" over "reduction target in energy-sector emissions by 2030 …"): a layout broke the
    sentence where a bold run or a footnote ended. A short line that ends in a word needs the next to open in lower
    case as well, and to leave its phrase open ("… aimed to have the"). In a paragraph already going on, an amount
    alone on its line goes on over its unit ("… in 2015 were" over "10.24" over "million tonnes of CO2e")."""
    if going_on and _NUMBER_AT_END_RE.fullmatch(line) and _unit_opens(_MAGNITUDE_OPEN_RE.sub("", nxt, count=1)):
        return True
    if _NUMBER_AT_END_RE.fullmatch(nxt) and _VERB_END_RE.search(line) and len(line.split()) >= 5:
        return True  # "… total emissions in 2023 were" over "14.6": a verb ends no sentence, its amount follows
    if len(nxt) < WRAPPED_LINE_CHARS or not nxt[:1].islower() or _stops_at_end(line):
        return False
    return _CUT_SHORT_RE.match(line) is not None or (_open_end(line) and len(line.split()) >= 3)
