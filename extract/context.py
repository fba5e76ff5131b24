"""Read the words around a number: qualifier, years (observation, target, base), kind and region.

Everything here is about the language of policy documents ("by 2030", "compared with
the 2005 level", "more than", "will strive to"), never about particular documents.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import rx
from .monthnames import MONTHS as _MONTHS
from .qualifiers import qualifier_after as qualifier_after  # re-exported: the sentence reader asks ``cx``
from .qualifiers import qualifier_before as qualifier_before
from .wordgate import CASE_BLIND_LETTERS, SPACES, run_start
from .yearnames import naming_role


def guarded(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the characters its matches can start with (``first``, a character class
    body). Matches are unchanged; a search just skips the positions that cannot start one without trying them all.
    """
    return rx.compile(f"(?=[{first}])(?:{pattern})", flags)


def may_contain(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """A cheap exact pre-check for a case-insensitive regex each of whose matches holds one of ``words`` (ASCII,
    lower case): False only when ``text[start:end]`` in lower case holds none of them. (A span with ı, İ or ſ is
    left to the regex: its case-insensitive matching pairs them with i and s, which ``str.lower`` does not; the only
    other character it pairs with an ASCII letter, the Kelvin sign, lowers to k.)"""
    span = text[start:end]
    if not span.isascii() and ("ı" in span or "İ" in span or "ſ" in span):
        return True
    low = span.lower()
    for word in words:  # a loop, not any(): this runs for every sentence
        if word in low:
            return True
    return False


# ----------------------------------------------------------------------- years

YEAR_RE = guarded(
    "12",
    # (a footnote fused to a year, "by 20501", ends the number: "20340.20 Gg" and "20340,5" are amounts, not years)
    # ("2035,2040": a list of years written without a space after its commas)
    # ("45% by2030": a deadline whose space the PDF lost, after "by" or "in" alone)
    r"(?:(?<=FY)|(?<![A-Za-z0-9_.,/])|(?<=(?<![\d.,])(?:19|20)\d\d,)|(?<=(?<![A-Za-z])[Bb]y)|(?<=(?<![A-Za-z])[Ii]n))"
    r"(1[89]\d\d|20\d\d|2100)(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}(?=\s|[,.;:](?!\d))"
    # (or ending the sentence after "in" / "by": "… (MtCO2e) in 20351" at the end of its line)
    r"|(?<=\b(?:in|by)\s\d{4})\d{1,2}$)?"
    # not a number of a unit, though typed with Cyrillic or Greek look-alike letters ("1900 МW" with Cyrillic М)
    r"(?:年|(?![\w%]))(?!\s*(?:[kкMМΜGTТΤ]Wh?p?|Wp|h[aа]|h[eе]ct[aа]r[eе]s|km2?|tons?|tonnes|t|[MМΜGkк]t|Gg|million"
    r"|billion|m[2²3³]|mm|cm|sq\.?\s*m|square\s+met(?:er|re)s?|met(?:er|re)s|lit(?:er|re)s|kg"
    r"|(?:[MМΜGkк]?t|Gg)\s?CO[2₂](?:[-\s]?eq?)?)\b)"  # "above 2000 m2", "- 2000 ktCO2 / year"
    # nor the first end of a range of amounts: "rainfall between 1800 and 2200 mm", "from 1800 to 2600 mm"
    # (lengths only: "by 2030 and 140 MW by 2040" keeps its year)
    r"(?!\s*(?:and|to|-|–)\s*\d{3,4}\s*(?:mm|cm|m|km)\b)",
)
#: A second predicate of the sentence: "… by 13% and, under a decree of 2018, has set a target of 30% below 2010".
#: A reference after it (a base year, "below BAU") is the second predicate's; values coordinated in one predicate
#: ("its unconditional target to 31% and its conditional target to 43% below BAU") share it.
NEW_PREDICATE_RE = rx.compile(
    r"\b(?:and|but|while|whereas)\b.*?\b(?:has|have|had|will|shall|would|aims?|plans?|commits?|sets?|intends?)\b",
    re.IGNORECASE | re.DOTALL,
)
#: "FY" or "fiscal year" right before a year ("by FY 2030", "fiscal year (FY) 2013", "FY 2017-2018")
FISCAL_TAIL_RE = rx.compile(r"(?:\b(?:fiscal|financial)\s+years?\s*(?:\(FY\)\s*)?|\bFY\s*)$", re.IGNORECASE)
_BASE_BEFORE_RE = guarded(
    "abcfortvwiBWIb%p",
    # (not "data from 2018": the year the figures are of)
    # (not "from renewable sources in 2030": what supplies a share, then its deadline)
    # ("With respect to 2015, …" opening a sentence is its topic, "as for 2015", no yardstick)
    r"\b(?:compared\s+(?:with|to)|relative\s+to|(?<=\S\s)with\s+respect\s+to|in\s+(?:relation|comparison)\s+(?:to|with)"
    r"|against|versus|vs\.?|than(?:\s+in)?"
    # (nor "emissions from these three gases in 2010", "from the energy sector in 2010": where they come from)
    r"|(?<!data\s)from(?![A-Za-z\s-]{0,40}?\b(?:sources?|renewables?|sectors?|gas|gases|agriculture|energy|industry"
    r"|industrial|transport|waste|forestry|fuels?)\b)|over|below"
    r"|above|on)\s+(?:the\s+|their\s+|its\s+)?(?:(?:base(?:line)?|reference)[\s-]+year\s*(?:of\s+|,\s*)?|baseline\s+"
    r"|[A-Za-z\s-]{0,40}?\bin\s+(?:the\s+)?(?:year\s+)?|year\s+)?"  # "from the baseline 2015", "below … in year 2000"
    r"(?:levels?\s+(?:of|in)\s+)?$"  # "compared to the reference year 2005"
    # "reductions of 168 Mt in 2030 from base year 2018" (a level "in the base year 2014" is dated by it, not based)
    r"|\bfrom\s+(?:the\s+)?base(?:line)?[\s-]+year\s*(?:of\s+)?$"
    # "80 to 90% of the GHG emissions of 1990", "39% of the emissions emitted in 1990", "60% of existing GHG
    # emissions in 1990": a share of a year's
    # level ("35% of total emissions in 2020" is a share in that year)
    r"|(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+)?(?:[A-Za-z\s-]{0,40}?\bemissions\s+(?:of|(?:emitted|occurred)\s+in)"
    r"|existing\s+(?:GHG\s+|greenhouse\s+gas\s+)?emissions\s+in"
    # "at 85% of emissions level in 1990", "85% of the emission level of 1990": a share of that year's level
    r"|[A-Za-z\s-]{0,40}?\bemissions?\s+levels?\s+(?:in|of))\s+(?:the\s+)?(?:year\s+)?$"
    # "55% below the total national economic sector GHG emissions in 1990": a long name of the yardstick level
    r"|\b(?:below|above|compared\s+(?:with|to)|relative\s+to)\s+(?:the\s+)?[A-Za-z\s-]{0,55}?"
    r"\b(?:emissions|levels?)\s+(?:in|of)\s+(?:the\s+)?(?:year\s+)?$"
    # "with respect to the national energy matrix of 2010": any yardstick named after "with respect to"
    r"|(?<=\S\s)\bwith\s+respect\s+to\s+(?:the\s+)?[A-Za-z\s-]{0,55}?\b(?:in|of)\s+(?:the\s+)?(?:year\s+)?$"
    # "lost 5.0% of its 2000 tree cover area": a share of the country's own level of that year
    r"|(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:its|their)\s+$"
    # "(17.5% of the forest area of 2003) had been lost", "100% of the native forest area of year 2012": a share of a
    # thing's size in that year, its yardstick
    r"|(?:%|\bper\s?cent|\bpercent)\s+(?:(?:increase|decrease|reduction|rise|growth)\s+in|of)\s+the\s+[A-Za-z-]+"
    r"(?:\s+[A-Za-z-]+){0,6}\s+of\s+(?:the\s+)?(?:year\s+)?$",
    re.IGNORECASE,
)
_BASE_MATCH_CHARS = CASE_BLIND_LETTERS + SPACES + ".%-,"  # every character a _BASE_BEFORE_RE match holds
#: A source of figures after its year: "the 2006 GHG inventory", "2018 data", "the 2019 national census"
_SOURCE_AFTER_RE = rx.compile(
    r"\s+(?:national\s+)?(?:GHG\s+|greenhouse\s+gas\s+|emissions?\s+)?(?:inventor(?:y|ies)|data|census|statistics|survey)\b",
    re.IGNORECASE,
)
_BASED_ON_RE = rx.compile(r"\bbased\s+on\s+(?:the\s+)?$", re.IGNORECASE)
_BY_BEFORE_RE = guarded(
    "bnpu",
    r"\b(?:by|before|until|no\s+later\s+than|prior\s+to)\s+(?:the\s+end\s+of\s+)?(?:the\s+(?:calendar\s+)?year\s+)?$",
    re.I,
)  # "by 2030", "by the end of 2030", "by the year 2030"
#: A year naming the year of a reference projection: "the 2035 BAU scenario", "2030 business-as-usual emissions".
_BAU_AFTER_RE = rx.compile(
    r"\s*(?:BAU|business[\s-]+as[\s-]+usual|(?:reference|baseline)\s+(?:scenario|projection))\b", re.IGNORECASE
)
#: A year after the reference projection it dates: "below BAU in 2030", "from the baseline scenario level in 2030".
_BAU_BEFORE_RE = rx.compile(
    r"\b(?:BAU|business[\s-]+as[\s-]+usual|(?:reference|baseline)\s+(?:scenario|projection|case|pathway))"
    r"(?:\s+(?:levels?|emissions|scenario|projections?|case))?\s+(?:in|for|of)\s+(?:the\s+year\s+)?$",
    re.IGNORECASE,
)
_BAU_BEFORE_ENDS = (" in", " for", " of", " year")  # how every _BAU_BEFORE_RE match ends, before its spaces
_BAU_WORDS = ("bau", "business", "reference", "baseline")  # and one of these is in every match (lower case)
_BASE_AFTER_RE = rx.compile(
    r"^\s*(?:(?:as\s+(?:the|a|its)\s+)?(?:base(?:line)?|reference)\s+year|levels?|figures?|values?(?!\s*:)|baseline)\d{0,2}\b",
    re.IGNORECASE,
)  # "2005 levels", "with 2010 as the base year", "the 1990 level1" (a footnote's number glued on)
#: a share "of" a year, and a deadline right after that year: "by 30% of 2010 by 2025" (the year is the yardstick)
_SHARE_OF_BEFORE_RE = rx.compile(r"(?:%|\bper\s?cent)\s+of\s+$", re.IGNORECASE)
_DEADLINE_AFTER_RE = rx.compile(r"\s*,?\s*(?:by|in|until|before)\s+(?:the\s+(?:end\s+of\s+)?)?(?:19|20)\d\d\b", re.I)
_INVENTORY_NAMED_RE = rx.compile(r"\s+(?:national\s+)?(?:GHG\s+|greenhouse\s+gas\s+)?inventor(?:y|ies)\b", re.I)
_BASELINE_LABEL_AFTER_RE = rx.compile(r"\s*(?:[Bb]aseline|BASELINE)\s*:")
_IN_THE_RE = rx.compile(r"\b(?:in|for)\s+(?:the|its)\s+$", re.IGNORECASE)
#: a year in brackets labelling a base year: "94% of base year (1990) emissions", "a 24 Mt baseline (year 2000)"
_BASE_LABEL_BRACKET_RE = rx.compile(
    r"\b(?:base(?:line)?[\s-]+year|baseline|reference\s+year)\s*\(\s*(?:year\s+)?$"
    # "31 Mt (base year 2005)": the bracket names it (not "the inventory (reference year 2014)": the data's year; nor
    # "compared to the BAU scenario (base year 2005)": the year the reference path starts from, a cut against BAU)
    r"|(?<!scenario)(?<!scenario\s)(?<!BAU)(?<!BAU\s)(?<!BAU\))(?<!BAU\)\s)\(\s*base(?:line)?[\s-]+year\s*:?\s*$",
    re.IGNORECASE,
)
_OBS_BEFORE_RE = guarded(
    "abdfis",
    r"(?:\bin|\bby|\bas\s+of|\bat|\bduring|\bsince|\bfor)\s+(?:the\s+)?(?:end|first\s+half|second\s+half|"
    r"beginning|middle|close|first\s+quarter|year)?\s*(?:of\s+)?(?:" + _MONTHS + r"\s*\d{0,2},?\s*)?$",
    re.IGNORECASE,
)
_SPAN_RE = guarded(
    "bf12",
    # ("from mid-2015 to mid-2021", "between early 2016 and late 2020": a part of each year, the same span)
    r"(?:\b(?:from|between)\s+(?:(?:mid|early|late)[\s-]+)?(?P<a>(?:1[89]|20|21)\d\d)\s+(?:to|and|through|until)\s+"
    r"(?:(?:mid|early|late)[\s-]+)?(?P<b>(?:1[89]|20|21)\d\d))"
    r"|(?P<c>(?:1[89]|20|21)\d\d)\s*(?:[-–—]|\s(?:to|through|until|till)\s)\s*(?P<d>(?:1[89]|20|21)\d\d)"
    r"|(?P<e>(?:1[89]|20|21)\d\d)[-–](?P<f>\d\d)\b(?![-–/.,]?\d)",  # "2026-30": the second year's last two digits
    re.IGNORECASE,
)
#: A change between two dated values: "from 3.8 t in 1990 to 5.5 t in 2022" spans 1990 to 2022 as "from 1990 to 2022"
#: (read per sentence, ``years.sentence_years``; the timeline reads the start as a report of its year).
VALUE_SPAN_RE = rx.compile(
    r"\bfrom\s+[^.;:()\d]{0,20}\d(?:[^.;:]|\.(?=\d)){0,50}?\b(?:in|of)\s+(?:(?:the\s+)?year\s+)?(?P<a>(?:19|20)\d\d)\b,?"
    r"\s+to\s+[^.;:()\d]{0,20}\d(?:[^.;:]|\.(?=\d)){0,50}?\b(?:in|by)\s+(?:(?:the\s+)?year\s+)?(?P<b>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PRIOR_YEAR_RE = guarded(
    "cfoty",
    r"year[\s-]on[\s-]year|\byoy\b|consecutive\s+year|(?:compared\s+(?:with|to)|than|over|from)\s+(?:the\s+)?(?:previous|prior|last|preceding)"
    r"\s+year",
    re.IGNORECASE,
)


class YearMention(NamedTuple):
    """A year of a sentence (a tuple: a sentence's years are made by the thousand, and a frozen dataclass is slow
    to build)."""

    start: int
    end: int
    year: int
    role: str  # obs, target, base, span_start, span_end, plain, name (a report's: "BUR 2020"), bau ("the 2030 BAU"),
    # act (a legal act's date: "Law no. 10 of 26 February 2016"), issued (when a document came out: "the inventory
    # submitted in 2022": a name of it, and a sign of the document's present)


#: Every year of YEAR_RE and _SPAN_RE starts with one of these; a plain character class lets ``re`` skip ahead fast.
YEAR_DIGITS_RE = rx.compile(r"(?:1[89]|2[01])\d\d")


#: Where a _SPAN_RE match can start: a year's first digit, or the "f" of "from" or the "b" of "between" (any case).
#: Each match is one character, so every position is looked at; the plain leading class lets ``re`` skip ahead fast.
#: A year starts one only when a dash or "to", "through", "until" or "till" follows it, and "from" or "between" only
#: when a year (maybe a part of it: "mid-2015") and a space follow.
_SPAN_LINK = r"(?:\s*[-–—]|\s+(?i:to|through|until|till)\s)"
_SPAN_START_RE = rx.compile(
    rf"[12bBfF](?:(?<=1)(?=[89]\d\d{_SPAN_LINK})|(?<=2)(?=[01]\d\d{_SPAN_LINK})"
    r"|(?<=[bBfF])(?=(?i:rom|etween)\s+(?:(?i:mid|early|late)[\s-]+)?(?:1[89]|20|21)\d\d\s))"
)


#: The last word of every _BASE_BEFORE_RE and _BY_BEFORE_RE match (before the spaces that end it), in lower case.
_BASE_BEFORE_ENDS = (
    "with", "to", "against", "versus", "vs", "vs.", "than", "in", "from", "over", "below", "above", "on", "the",
    "their", "its", "of", "year", "baseline", "year,",
)  # fmt: skip
#: a participle of record a few words before "by": "the losses registered at urban level by", "recorded by"
_RECORDED_BY_RE = rx.compile(
    r"\b(?:registered|recorded|observed|measured|reported|documented|inventoried)(?:\s+[\w-]+){0,4}?\s+by\s+$", re.I
)
_BY_BEFORE_ENDS = ("by", "before", "until", "than", "to", "of", "year")
#: ... and of every _OBS_BEFORE_RE match: its lead word, "the", a part of the year, "of", a month, a day or a comma.
_MONTH_NAMES = [m.replace(r"\.?", "").lower() for m in _MONTHS[3:-1].split("|")]  # "jan" from "Jan\.?"
MONTH_WORDS = tuple(sorted({w for m in _MONTH_NAMES for w in (m, m + ".")}))
_OBS_BEFORE_ENDS = (
    "in", "by", "of", "at", "during", "since", "for", "the", "end", "half", "beginning", "middle", "close", "quarter",
    "year", ",", *"0123456789", *MONTH_WORDS,
)  # fmt: skip


def may_end_with(text: str, words: tuple[str, ...]) -> bool:
    """A cheap exact pre-check for the slow ``…$`` role regexes: does ``text`` end in one of ``words`` (at most 10
    letters) and spaces? A non-ASCII ending is left to the regex (ı and ſ match i and s case-insensitively)."""
    tail = text.rstrip()[-10:]
    return not tail.isascii() or tail.lower().endswith(words)


def may_end_with_at(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """``may_end_with(text[start:end], words)`` without copying a long span: only its last 40 characters are read,
    unless those hold fewer than 10 characters before trailing spaces (then the whole span is)."""
    lo = max(start, end - 40)
    tail = text[lo:end].rstrip()
    if len(tail) < 10 and lo > start:
        return may_end_with(text[start:end], words)
    tail = tail[-10:]
    return not tail.isascii() or tail.lower().endswith(words)


#: A year in a list of years the values take in order: "… in 2025 and 2030 respectively" (group 1: a year after it)
_RESPECTIVELY_AFTER_RE = rx.compile(r"((?:\s*(?:,|and|&)\s*(?:19|20)\d\d)+)?\s*,?\s*respectively\b")
_LISTED_YEAR_BEFORE_RE = rx.compile(r"(?:19|20)\d\d\s*(?:,|and|&)\s*$")


#: a year that opens what goes on after it: "beginning in 2016", "starting from 2021", "commencing in 2025"
_STARTING_RE = rx.compile(r"\b(?:beginning|starting|commencing)(?:\s+(?:in|from))?\s*$", re.IGNORECASE)
_START_ENDS = ("beginning", "starting", "commencing", " in", " from")  # every _STARTING_RE match ends so: cheap test
#: things counted from the year a rule takes effect ("vehicles sold from 2035", "buildings built after 2025")
_RULE_START_RE = rx.compile(
    r"\b(?:registered|sold|built|constructed|installed|manufactured|imported|purchased)\s+(?:from|as\s+of|after)\s*$",
    re.IGNORECASE,
)
_RULE_START_ENDS = (" from", " of", " after")  # every _RULE_START_RE match ends so: the cheap test first


def year_role(text: str, start: int, end: int, m: re.Match[str]) -> str:
    """The role the words around the year ``m`` (a YEAR_RE match) give it in the sentence ``text[start:end]``, when
    it is in no span: what the 60 characters before it and the 20 after it (both within the sentence) say."""
    at = m.start()
    before = text[max(start, at - 60) : at]
    if before[-2:].lower() in ("by", "in") and not before[-3:-2].isalpha():
        before += " "  # "by2030": the space the PDF lost (``YEAR_RE`` finds a fused year after "by" or "in" only)
    tail = before.rstrip()[-10:]  # the cheap tests of the slow ``…$`` regexes read its end (``may_end_with``)
    low = tail.lower() if tail.isascii() else None
    if (low if low is not None else tail[-4:].lower()).endswith(("year", "fy", "fy)")):
        before = FISCAL_TAIL_RE.sub("", before)  # "by FY 2030" is "by 2030"
        tail = before.rstrip()[-10:]
        low = tail.lower() if tail.isascii() else None
    after = text[m.end() : min(end, m.end() + 20)]
    naming = naming_role(before, after, low)
    if naming is not None:
        return naming  # a report's, a document's, a price's, an edition's, a plan's or a legal act's year
    if (
        "respectively" in text[m.end() : m.end() + 60]
        and (listed := _RESPECTIVELY_AFTER_RE.match(text, m.end(), end))
        and (listed.group(1) or _LISTED_YEAR_BEFORE_RE.search(before))
    ):
        return "plain"  # "by 12% and 15% relative to BAU in 2025 and 2030 respectively": each value's own year
    if before.endswith(("post-", "Post-", "post ")):
        return "span_start"  # "a 10-year post-2020 action plan": the period after it opens there; it dates nothing
    if low is not None and low.endswith(_START_ENDS) and _STARTING_RE.search(before):
        return "span_start"  # "8,000 ha a year during 15 years, beginning in 2016": when it starts, no date of it
    if low is not None and low.endswith(_RULE_START_ENDS) and _RULE_START_RE.search(before):
        return "by"  # "new cars registered from 2030 emit 5% of …": when a rule takes effect is its deadline
    if before.endswith(("pre-", "Pre-")):
        return "name"  # "50% of pre-2020 homes", "pre-2020 ambition": a class of things before it, no date of a value
    if before.endswith(("prevailing in ", "prevailing in the year ")):
        # "(at the level of international support prevailing in 2015)": the conditions a goal assumes, read as a price
        # year is ("at 2015 prices"): it never dates the value
        return "price"
    # (an ASCII tail: ``before`` ends in no Chinese word)
    if (low is None and before.endswith(("比", "较", "相比", "较之"))) or after.startswith(("年水平", "水平")):
        return "base"
    if (low is None and before.endswith(("到", "至", "在", "于"))) or after.startswith(("年前", "年以前", "年之前")):
        return "by"
    if after[:1].isspace() and _BAU_AFTER_RE.match(after):
        return "bau"  # "30% below the 2035 BAU scenario": the year of the reference projection, not a base year
    if (
        (low is None or low.endswith(_BAU_BEFORE_ENDS))
        and may_contain(before, 0, len(before), _BAU_WORDS)  # "in 2030" ends like it: its words are rarer
        and _BAU_BEFORE_RE.search(before)
    ):
        return "bau"  # "by 40% from the baseline scenario level in 2030": the projection's year, not a base year
    if before.endswith(("BAU-", "BAU ", "BAU–")) and before[-5:-4] in ("(", " ", ""):
        return "bau"  # "11.2% (BAU-2025)", "a cut of 9% on BAU 2030": the projection of that year
    if (
        low is not None
        and low.endswith(("in the", "in its"))
        and _BASE_AFTER_RE.match(after)
        and _IN_THE_RE.search(before)
        and not _BASE_BEFORE_RE.search(before, run_start(before, _BASE_MATCH_CHARS))
    ):
        # "accounting for 32% in the 2013 base year": measured in the base year, not compared with it (unless a
        # yardstick names it: "45% below emissions in the 2008 base year")
        return "obs"
    if (
        low is not None
        and low.endswith(("on the", "on"))
        and _SOURCE_AFTER_RE.match(after)
        and _BASED_ON_RE.search(before)
    ):
        return "obs"  # "Based on the 2006 GHG inventory, emissions were …": the figures' source, not a yardstick
    if _BASELINE_LABEL_AFTER_RE.match(after):
        return "obs"  # "2020 baseline: 37% in energy": the label dates the baseline's values
    of_share = low is not None and low.endswith("of") and _SHARE_OF_BEFORE_RE.search(before)
    if of_share and _DEADLINE_AFTER_RE.match(after):
        return "base"  # "by 30% of 2010 by 2025": a cut measured against that year, its deadline after it
    if _BASE_AFTER_RE.match(after) or (
        (low is None or low.endswith(_BASE_BEFORE_ENDS))
        # ("Relative to the year 2000 inventory, …": the year of the data, not of a yardstick)
        and not (low is not None and low.endswith("year") and _INVENTORY_NAMED_RE.match(after))
        and _BASE_BEFORE_RE.search(before, run_start(before, _BASE_MATCH_CHARS))  # (all 60: 0.5 % of extraction)
    ):
        return "base"
    if (low is None or low.endswith(("(", "year"))) and (label := _BASE_LABEL_BRACKET_RE.search(before)):
        # "emissions in the base year (2013) amount to 1,407 Mt": measured in it, as "in the 2013 base year"
        return "obs" if _IN_THE_RE.search(before, 0, label.start()) else "base"
    if (low is None or low.endswith(_BY_BEFORE_ENDS)) and _BY_BEFORE_RE.search(before):
        if (low is None or low.endswith("by")) and _RECORDED_BY_RE.search(before):
            return "obs"  # "reduce by 20% the water losses registered at urban level by 2015": what was recorded then
        return "by"
    if (low is None or low.endswith(_OBS_BEFORE_ENDS)) and _OBS_BEFORE_RE.search(before):
        return "obs"
    return "plain"


_PRIOR_YEAR_WORDS = ("year", "yoy")  # one is in every _PRIOR_YEAR_RE match


def prior_year_base(text: str) -> bool:
    """A change against the year before ("year-on-year", "over the previous year"); the cheap word test first:
    asked for the clause of every relative change, and most hold neither word."""
    return may_contain(text, 0, len(text), _PRIOR_YEAR_WORDS) and bool(_PRIOR_YEAR_RE.search(text))


# ------------------------------------------------------------------------ kind
# The cue words live in cues.py; re-exported here for the readers that ask ``cx`` for them.

# ---------------------------------------------------------------------- regions
# Places live in places.py (names from ISO 3166 via pycountry) and party.py (the document's own country); they are
# re-exported here so that callers of ``cx.find_regions`` etc. keep working.

from .cues import _ACTUAL_CUE_RE as _ACTUAL_CUE_RE  # noqa: E402
from .cues import _TARGET_CUE_RE as _TARGET_CUE_RE  # noqa: E402
from .cues import has_actual_cue as has_actual_cue  # noqa: E402
from .cues import has_target_cue as has_target_cue  # noqa: E402
from .cues import iter_actual_cues as iter_actual_cues  # noqa: E402
from .cues import iter_target_cues as iter_target_cues  # noqa: E402
from .namedperiods import kyoto_period_end as kyoto_period_end  # noqa: E402
from .namedperiods import mentions_past_period as mentions_past_period  # noqa: E402
from .namedperiods import period_end_year as period_end_year  # noqa: E402
from .party import NATIONAL as NATIONAL  # noqa: E402
from .party import document_country as document_country  # noqa: E402
from .places import MACRO_REGIONS as MACRO_REGIONS  # noqa: E402
from .places import REGION_PHRASES as REGION_PHRASES  # noqa: E402
from .places import WORLD_AFTER_RE as WORLD_AFTER_RE  # noqa: E402
from .places import WORLD_BEFORE_RE as WORLD_BEFORE_RE  # noqa: E402
from .places import RegionMention as RegionMention  # noqa: E402
from .places import find_regions as find_regions  # noqa: E402
from .places import macro_region as macro_region  # noqa: E402
from .yearindex import _span_matches as _span_matches  # noqa: E402
from .yearindex import find_years as find_years  # noqa: E402
from .yearindex import year_digit_starts as year_digit_starts  # noqa: E402
from .yearindex import year_matches as year_matches  # noqa: E402
