"""What dates a document itself, apart from what it reports: the date printed on its title page and the UNFCCC
decisions it cites.

A plan that reports no year as past ("emissions were ... in 2019") still says when it was written: its cover
carries a date line ("Kathmandu, December 08, 2020", "Communicated to the UNFCCC on 30 September 2025"), and it
cites the decisions it answers ("in accordance with decision 4/CMA.1"), each adopted in a known year. Both put the
document's present at that year at least, where ``timeline`` would otherwise guess it from the base year or from
the year before its first deadline.
"""

from __future__ import annotations

import re

from . import rx

# English, French, Spanish and Portuguese month names: NDCs are filed in all four, and their covers are not
# translated with the body (a library of dates parses a date it is given; none finds one on a cover page).
_MONTHS = (  # whole words: "Marshall" holds no "mars", "Domain" no "mai"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\b"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th|er)?"
_YEAR = r"((?:19|20)\d\d)"
_DATE = (
    rf"(?:{_MONTHS}\s+{_DAY},?\s+{_YEAR}"  # December 08, 2020
    # 30 September 2025, September 2025, julio de 2021
    rf"|(?:{_DAY}\s+(?:of\s+|de\s+)?)?{_MONTHS},?\s+(?:de\s+)?{_YEAR})"
)
# A line that ends in a date, after at most a short lead that is not the tail of a wrapped sentence (it starts with
# a capital, a digit or a bracket, not a lower-case word: "of the Paris Agreement dated December 12, 2015").
_DATE_LINE_RE = rx.compile(rf"(?i)(?:(?-i:[^\sa-z])[^\n]{{0,44}}?)?{_DATE}[ .]*")
# A longer title saying it was sent in that month: "Updated Nationally Determined Contribution Communicated to the
# UNFCCC October 2021" (its lead names the sending; a title has no stop, and says nothing of a sending to come:
# "The next report is expected to be submitted in June 2027." is a sentence)
_SENT_LINE_RE = rx.compile(
    rf"(?i)(?!.*\b(?:will|expected|next|planned|due|to\s+be)\b)(?-i:[^\sa-z])[^\n.;]{{0,60}}?"
    rf"\b(?:communicated|submitted|presented)\b[^\n.;]{{0,40}}?\s{_DATE}[ ]*"
)
#: A line of prose broken mid-sentence: long, and ending in a word that cannot end a title ("… and the", "… (NDC)
#: on") or a comma (a long title may end in a lower-case word: "… the fight against Climate Change and its effects")
_WRAPPED_ABOVE_RE = rx.compile(
    r"^.{60,}(?:\s(?:the|a|an|and|or|of|on|in|to|by|for|with|at|from|as|dated|that|which|its|their)|,)$"
)
_TITLE_PAGE_CHARS = 3000  # how far a cover page reaches in the text; a date line deeper in is a dated annex or act


def date_line_year(text: str) -> int | None:
    """The latest year of a date line on the title page ("Buenos Aires, October 2021"), else None."""
    found = date_line(text)
    return found[0] if found else None


def date_line(text: str) -> tuple[int, str] | None:
    """The latest date line on the title page ("Buenos Aires, October 2021") and its year, else None. A line that
    holds two dates is a period ("1 January 2021 - 31 December 2030"), not the document's date."""
    years: list[tuple[int, str]] = []
    previous = ""
    for raw in text[:_TITLE_PAGE_CHARS].split("\n"):
        line, above = raw.strip(), previous
        previous = line or previous  # (renderings put a blank line between printed lines: the line above is text)
        if not line.rstrip(" .")[-4:].isdigit() or len(line) > 90:  # the cheap test first: it ends in a year
            continue
        if _WRAPPED_ABOVE_RE.search(above):
            continue  # the tail of a hard-wrapped sentence ("… the Kyoto Protocol dated December 11, 1997 and the" +
            # "Paris Agreement dated December 12, 2015."; "… submitted its Updated NDC on" + "16 November 2022."): a
            # citation, not the cover's date (under a title, whose last word is a name: "… the Paris Agreement")
        m = _DATE_LINE_RE.fullmatch(line) or _SENT_LINE_RE.fullmatch(line)
        if m is None or len(re.findall(_MONTHS, line, re.IGNORECASE)) > 1 or "period" in line.lower():
            continue
        years.append((int(next(g for g in m.groups() if g)), line))
    return max(years, key=lambda found: found[0], default=None)


# "decision 1/CP.21", "Decision 4/CMA.1", "decisions 1/CP.19 and 1/CP.20", "18/CMA.1": the session's number after
# the body's name. A CMA session number has one digit (a second digit is a fused footnote marker: "4/CMA.12").
# (The slash leads the pattern: a literal first character is found fast; the number before it is checked after.)
_DECISION_RE = rx.compile(r"/\s*(?:(CP)\s*\.\s*(\d{1,2})|(CMP)\s*\.\s*(\d{1,2})|(CMA)\s*\.\s*(\d))(?!\d)")
_NUMBER_BEFORE_RE = rx.compile(r"(?<![\w.])\d{1,2}\s*$")


def session_year(body: str, number: int) -> int:
    """The year a session of the UNFCCC's governing bodies adopted its decisions: COP 1 met in 1995, CMP 1 in 2005,
    and the Paris Agreement's decisions numbered CMA.1 were adopted in 2018 (Katowice), CMA.2 in 2019; no session
    met in 2020, so every later session is a year later than the count alone gives (COP 26 / CMA 3 in 2021)."""
    first, last_before_gap = {"CP": (1995, 25), "CMP": (2005, 15), "CMA": (2018, 2)}[body]
    return first + number - 1 + (number > last_before_gap)


def decision_year(text: str) -> int | None:
    """The year of the latest UNFCCC decision the text cites, else None: the document was written after it."""
    years = []
    for m in _DECISION_RE.finditer(text):
        if not _NUMBER_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()):
            continue
        body, number = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        if int(number) > 0:
            years.append(session_year(body, int(number)))
    return max(years, default=None)


# A GHG inventory's time series: "the latest inventory available (1990-2022)", "inventories for the period
# 1990-2016", "the 1990-2018 national GHG inventory". Its last year had passed when the document was written. A
# projection or a plan named between the word and the span ("Inventory Report and projection for 2020-2030") is
# not the inventory's series, nor anything past a sentence's end or another number.
_SPAN = r"(?:19|20)\d\d\s*[-–—]\s*((?:19|20)\d\d)\b"
_INVENTORY_SPAN_RE = rx.compile(
    r"(?i)\binventor(?:y|ies)\b(?P<gap>[^.;\n\d]{0,60}?)\b"
    + _SPAN
    + r"|\b"
    + _SPAN
    + r"\s+(?:national\s+)?(?:GHG\s+|greenhouse\s+gas\s+)?(?:emissions?\s+)?inventor(?:y|ies)\b"
)
_NOT_INVENTORY_RE = rx.compile(r"(?i)\b(?:projections?|projected|scenarios?|plans?|targets?|forecasts?|outlook)\b")


def inventory_year(text: str, before: int) -> int | None:
    """The last year of the latest inventory series the text names (of emissions, or of forests: "the National
    Forest Inventory during 2016-2019"), if before ``before`` (a series that reaches the plan's own deadline is a
    projection, whatever it is called), else None."""
    if "nventor" not in text and "NVENTOR" not in text:
        return None
    years = []
    for m in _inventory_spans(text):
        if m.group("gap") and _NOT_INVENTORY_RE.search(m.group("gap")):
            continue
        end = int(m.group(2) or m.group(3))
        if end < before:
            years.append(end)
    return max(years, default=None)


_YEAR_DIGITS_RE = rx.compile(r"(?:19|20)\d\d")


def _inventory_spans(text: str) -> list[re.Match[str]]:
    """``list(_INVENTORY_SPAN_RE.finditer(text))``, the regex tried only where a match can start: a case-blind scan
    of every position of the document cost 1.5-2 % of extraction.

    A match starts at "inventor" in any case, or at a year followed by spaces and a dash. IGNORECASE matches the
    letters of "nventor" only to their ASCII cases, so ``lower()`` finds each such word where the text has it
    (it keeps offsets unless it lengthens a character, "İ": then the text is searched whole). A dash gives the
    one year that may lead to it: the four characters before the spaces before it. The regex is tried at each
    candidate in order, from the last match's end on, as ``finditer`` does; it decides, so extra candidates are
    harmless."""
    low = text.lower()
    if len(low) != len(text):
        return list(_INVENTORY_SPAN_RE.finditer(text))
    starts = [q - 1 for q in _occurrences(low, "nventor") if q]
    for dash in "-–—":
        for j in _occurrences(text, dash):
            while j and text[j - 1].isspace():  # \s is str.isspace()
                j -= 1
            if j >= 4 and _YEAR_DIGITS_RE.match(text, j - 4, j):
                starts.append(j - 4)
    found: list[re.Match[str]] = []
    resume = 0
    for start in sorted(starts):
        if start >= resume and (m := _INVENTORY_SPAN_RE.match(text, start)) is not None:
            found.append(m)
            resume = m.end()
    return found


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text`` (overlapping occurrences too)."""
    found = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


#: What the genre itself dates: the Paris Agreement was adopted in December 2015, and a text that names it was written
#: after; a text that calls itself an (intended) nationally determined contribution was written in 2014 at the
#: earliest (the INDCs were invited at COP 19, late 2013, and filed from 2015). Hand-written: two dates of the regime's
#: history, which no library holds.
_GENRE_FLOORS = (
    (rx.compile(r"\bParis\s+Agreement\b"), 2015),
    (rx.compile(r"\bI?NDCs?\b|Nationally\s+Determined"), 2014),
)


def genre_year(text: str) -> int | None:
    """The earliest year a climate plan of the Paris regime can speak from, by what it names (see above); None for
    a text that names neither (a five-year plan, a strategy of its own)."""
    return next((year for pattern, year in _GENRE_FLOORS if pattern.search(text)), None)
