"""The document's own timeline: when it speaks from, which year its undated facts describe, what year it aims at.

Three years decide much of what a sentence's numbers mean, and none is printed as metadata in a policy text:
- the **present** (the latest year the document reports as past): a year after it is the future, so a number
  for it is a target; without it, "2025 emissions will be 398-510 Mt" cannot be told from a report;
- the **default observation year** for undated facts: what the document says about its own data
  ("statistics collected by the end of 2022", "2012 has been considered for the base year", "the 2022
  inventory"), else its latest as-of date that is not in its future, else its present;
- the **headline target year** for undated goals: the deadline it names most often ("by 2035").
These are found by reading the text once, with the same year roles as sentences use (``context.find_years``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from . import context as cx
from .alternation import first_char_guarded
from .defaultyear import default_year
from .wordgate import WordGate

# Verbs of reported fact. "has been prepared" / "has been considered" speak of the document, not of a value.
_AS_OF_BEFORE_RE = first_char_guarded(
    r"\bas\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:" + cx._MONTHS + r"\s*(?:\d{1,2},?\s*)?)?$",
    re.IGNORECASE,
)  # dates a fact in any tense ("as of June 2021", "as at 30 June 2022")
_PAST_FACT_RE = cx.guarded(
    "acdefghilmoprsuw",
    r"\b(?:was|were|had|reached|achieved|accounted|amounted|recorded|stood|totall?ed|declined|decreased|dropped"
    r"|fell|rose|increased|grew|peaked|legislated|adopted|launched|submitted|published|approved|spent|installed"
    r"|reduced|became|exceeded|surpassed|issued|signed|ratified|released)\b",
    re.IGNORECASE,
)
# A decimal point ends nothing; a table cell is a statement; a line break inside a paragraph is hard wrapping, as
# ``segment`` reads it (a blank line ends the sentence). (Runs of plain characters are matched as one piece: an
# alternation per character is five times slower.)
# "By 2025, the share had reached 35%": a deadline year framing a past perfect is a date of record.
_PAST_PERFECT_RE = first_char_guarded(
    r"\bhad\s+(?:\w+ly\s+|already\s+|also\s+|just\s+)?(?:been|\w+ed|grown|risen|fallen)\b", re.IGNORECASE
)
# "We pledged to plant 5 million trees by 2023": a deadline the document reports as once set, not one ahead of it.
_PAST_COMMITMENT_RE = first_char_guarded(
    r"\b(?:pledged|committed|promised|undertook|aimed\s+to|(?:had|was|were)\s+(?:set|aimed|targeted|planned)|original(?:ly)?"
    r"|previous(?:ly)?|earlier"
    # a deadline reported as met: "the '1 Million Trees by 2023' campaign was successfully completed"
    r"|(?:was|were|ha(?:s|ve)\s+been)\s+(?:\w+ly\s+)?(?:completed|achieved|met|accomplished|fulfilled|exceeded))\b",
    re.IGNORECASE,
)
_PAST_COMMITMENT_GATE = WordGate([_PAST_COMMITMENT_RE])
_SENTENCE_RE = re.compile(r"(?:[^.!?。\n\t]+|\.(?=\d)|\n(?=[^\S\n]*[^\s]))+")
_MODELLED_RE = first_char_guarded(
    r"\b(?:BAU|business[\s-]as[\s-]usual|scenarios?|pathways?|projections?|projected|forecasts?|estimated\s+to"
    r"|modell?ed|baseline)\b",
    re.IGNORECASE,
)
#: One of these is in every _MODELLED_RE match: the cheap test first (most dated sentences model nothing).
_MODELLED_WORDS = ("bau", "business", "scenario", "pathway", "project", "forecast", "estimated", "model", "baseline")
_END_OF_RE = first_char_guarded(r"\bend\s+of\s+$", re.IGNORECASE)
_CLAUSE_MARK_RE = re.compile(r";|,(?!\d{3})")
FRAME_CLAUSE_CHARS = 25  # "In March 2023" alone: a frame for the clause after it
_FAR_SIDE_RE = first_char_guarded(r"\bto\s*[\d.,]+\s*[^\s\d]{0,12}\s+(?:in|by)\s+$", re.IGNORECASE)
# An action item opens with a bare verb: "- Reduce GHG emissions by 30 percent in 2030" states a goal.
_IMPERATIVE_RE = re.compile(
    r"[\s\W\d]*(?:[A-Z][\w]*\s*(?:[-–—:]\s*))?(?:reduce|increase|achieve|install|restore|plant|expand|promote|implement"
    r"|improve|develop|ensure|establish|strengthen|raise|cut|limit|phase|replace|scale|deploy|reach)\b",
    re.IGNORECASE,
)
_PRESENT_PASSIVE_RE = first_char_guarded(r"\b(?:is|are|be|being|gets?)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_POSSIBLE_RE = first_char_guarded(r"\b(?:[Cc]ould|may|[Mm]ight|[Ww]ould|[Ff]orecast\w*|[Ll]ikely)\b")  # "May": a month
_FUTURE_NEAR_RE = first_char_guarded(r"\b(?:to\s+be|will|shall|would|expected|planned|scheduled|due)\b", re.IGNORECASE)
# A year written as a date of the fact: "in 2023", "as of 2022", "since 2019", "(on) 17 July 2023", "in April 2024".
# Years in names ("the 2030 NDC", "Clean Power 2030") and periods ("for 2030", "2023-2027") date nothing.
_DATED_BEFORE_RE = first_char_guarded(
    r"(?:\b(?:in|as\s+of|since|during|at\s+the\s+end\s+of|by\s+the\s+end\s+of|until)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-])?"
    r"|\b" + cx._MONTHS + r"\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?|\b\d{1,2}(?:st|nd|rd|th)?\s+" + cx._MONTHS + r"\s+)$",
    re.IGNORECASE,
)
#: What every _DATED_BEFORE_RE match ends with (``cx.may_end_with``): its lead word, "the", a part of a month, a day,
#: a comma, a month's name; _AS_OF_BEFORE_RE's and _FAR_SIDE_RE's end in "of" or "at", and in "in" or "by".
_DATED_BEFORE_ENDS = (
    "in", "of", "since", "during", "until", "the", "early", "late", "mid", "-", ",", "st", "nd", "rd", "th",
    *"0123456789", *cx.MONTH_WORDS,
)  # fmt: skip


def _as_of(before: str) -> bool:
    """``_AS_OF_BEFORE_RE.search(before)``, its cheap test first."""
    return cx.may_end_with(before, _AS_OF_ENDS) and bool(_AS_OF_BEFORE_RE.search(before))


_AS_OF_ENDS = ("of", "at", ",", *"0123456789", *cx.MONTH_WORDS)  # what every _AS_OF_BEFORE_RE match ends with


def _dated_words(before: str) -> bool:
    """``_DATED_BEFORE_RE.search(before)``, its cheap test first. With _as_of: is the year after ``before`` written as
    a date? Where neither matches, neither does in a part of ``before`` that starts after a sentence break (no word
    character: a match there would be one in ``before`` too)."""
    return cx.may_end_with(before, _DATED_BEFORE_ENDS) and bool(_DATED_BEFORE_RE.search(before))


@dataclass(frozen=True)
class Timeline:
    present: int | None  # the latest year reported as past
    default_year: int | None  # the year of undated facts
    default_quote: str  # the sentence the default year was read from
    target_year: int | None  # the deadline named most often
    data_dated: bool = False  # the document says when its data were collected: its undated facts are of that year


def read_timeline(text: str, name: str = "") -> Timeline:
    """The document's present, default observation year and headline target year (see the module docstring).

    A text that reports no year as past speaks from the year its file is named after ("ke_ndc_2020"), when the name
    holds one year before the text's headline deadline: analysts name plans by the year they were issued. Failing
    that, it speaks from before the first deadline it sets ("by 2025") or projects ("11% below BAU-2025"): its "10 MW
    in 2030" is a goal, not a record.
    (That present dates no undated fact: the document's data year stays unknown.)"""
    mentions = cx.find_years(text, 0, len(text))  # every year of the document with its role, read once
    present = _present_year(text, mentions)
    deadlines = {y.year for y in mentions if y.role == "by"}
    default, quote, source = default_year(text, present, deadlines)
    now = present if present is not None else default  # a year the data are of is past: no deadline of the plan
    headline = _stated_target_year(text, now) or _headline_target_year(mentions, now, text)
    if present is None and default is None and (issued := name_year(name)) and issued < (headline or 10_000):
        present = default = issued
        quote = f"(no year in the text is reported as past: the year in the file name, {name})"
        headline = _stated_target_year(text, present) or _headline_target_year(mentions, present, text)
    firm = [y.year for y in mentions if (y.role == "by" and not _as_of_end(text, y.start)) or y.role == "bau"]
    if present is None and default is None and firm:
        present = min(firm) - 1  # a plan that reports nothing as past speaks from before its first deadline
        # with a present, every later mention of a year counts towards the headline, not only "by" deadlines: "by
        # 2050" twice in a global aside does not outweigh a 2035 named in every table header
        headline = _stated_target_year(text, present) or _headline_target_year(mentions, present, text)
    return Timeline(present if present is not None else default, default, quote, headline, source == "statistics")


def _as_of_end(text: str, start: int) -> bool:
    """ "by the end of 2019", "截至2020年底" (as of): as often a date of record as a deadline."""
    if text[max(0, start - 2) : start] in ("截至", "截止"):
        return True
    return bool(_END_OF_RE.search(text, max(0, start - 12), start))


_NAME_YEAR_RE = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def name_year(name: str) -> int | None:
    """The one year a file name holds ("ke_ndc_2020" -> 2020), else None."""
    years = set(_NAME_YEAR_RE.findall(name))
    return int(years.pop()) if len(years) == 1 else None


# "with 2035 as the primary target year", "Target year: 2030", "the target year is 2035"
# "target year" / "Target Year" / "TARGET YEAR" after its first letter: a literal start the regex engine finds fast
# (a case-insensitive scan tries every position and costs 3% of the corpus run); the "T" is checked by hand
_TARGET_YEAR_TAILS = (re.compile(r"arget\s+[Yy]ears?\b"), re.compile(r"ARGET\s+YEARS?\b"))
_YEAR_AS_BEFORE_RE = re.compile(
    r"\b((?:20|21)\d\d)\s+as\s+(?:the\s+|its\s+|our\s+)?(?:primary\s+|main\s+|headline\s+|final\s+)?$", re.I
)
_YEAR_AFTER_RE = re.compile(
    r"\s*(?:is\s+|of\s+|:\s*|=\s*)(?:(?:20|21)\d\d\s*(?:to|-|–|and)\s*)?((?:20|21)\d\d)\b", re.I
)  # "Target years: 2020 to 2030": the last


def _stated_target_year(text: str, present: int | None) -> int | None:
    """The target year a document names as such, when it names one: it beats counting deadlines, which a text full
    of dates (its own date, a census, guidance of the same year) can outnumber."""
    stated: Counter[int] = Counter()
    for m in (m for tail in _TARGET_YEAR_TAILS for m in tail.finditer(text, 1)):
        if text[m.start() - 1] not in "Tt" or text[m.start() - 2 : m.start() - 1].isalnum():
            continue  # not the word "target"
        start = m.start() - 1
        year = _YEAR_AS_BEFORE_RE.search(text, max(0, start - 40), start) or _YEAR_AFTER_RE.match(text, m.end())
        if not year or (present is not None and int(year.group(1)) <= present):
            continue
        around = _SENTENCE_RE.finditer(text, max(0, m.start() - 300), m.end() + 300)
        sentence = next((s.group() for s in around if s.end() >= m.end()), "")
        if _PAST_COMMITMENT_RE.search(sentence) or _PAST_FACT_RE.search(sentence):
            continue  # "In 2021 it submitted its revised NDC with a target year of 2030": an earlier plan's
        stated[int(year.group(1))] += 1
    return max(stated.items(), key=lambda kv: (kv[1], kv[0]))[0] if stated else None


#: a change told as done: "has increased from", "rose from", "grew from" (not "the area was increased from", which
#: plans write as done too)
_PERFECT_CHANGE_RE = re.compile(
    r"\b(?:ha(?:s|ve|d)\s+(?:\w+ly\s+)?(?:increas|decreas|grow|grown|ris|risen|declin|fall|fallen|drop|expand|doubl|reduc)"
    r"\w*|(?<!was )(?<!were )(?<!been )(?:increased|decreased|grew|rose|declined|fell|dropped|expanded|doubled)"
    r"(?:\s+\w+ly)?)\s+from\b",
    re.I,
)


def _present_year(text: str, mentions: list[cx.YearMention]) -> int | None:
    """The latest year that a clause reports as a fact: a past-tense verb in the year's own clause (or, for a
    framing "In 2023," the clause it frames), no cue of intent or of possibility there, and the year written as a
    date ("in 2023", "as of 2024", "on 4 May 2022"), not as the far side of a change ("from 8 kha in 2022 to
    11 kha in 2050"). A year reported only once must also precede the document's next deadline: one adjectival
    participle ("herd size reduced by 3.5% in 2030") must not move a document into its own future."""
    seen: Counter[int] = Counter()
    records: set[int] = set()  # where the reported years are written
    # A year not written as a date in the 40 characters before it is none in the part of them in its sentence (see
    # _dated_words): the sentences that hold only such years are not read. ("by" years are, for their past perfect.)
    early: dict[int, tuple[bool, bool]] = {}  # a year's start -> (_as_of, a date) of the 40 characters before it
    for y in mentions:
        if y.role in ("obs", "plain"):
            before = text[max(0, y.start - 40) : y.start]
            as_of = _as_of(before)
            early[y.start] = as_of, as_of or _dated_words(before)
    dates = [y for y in mentions if y.role == "by" or (y.start in early and early[y.start][1])]
    verdicts: dict[tuple[int, int, bool], bool | None] = {}  # (clause span, record_by) -> _clause_verdict
    sentence_starts: dict[int, int] = {}  # where the sentence of each "by" year starts, for _past_deadline
    for s, dated in _dated_sentences(text, dates):
        for y in dated:
            sentence_starts[y.start] = s.start()
        if cx.may_contain(text, s.start(), s.end(), _MODELLED_WORDS) and _MODELLED_RE.search(text, s.start(), s.end()):
            continue  # "from 169 Mt in 2012 to 409 Mt in 2030 under BAU": a modelled path
        for y in dated:
            # "By 2025, the share had reached 35%", "by the end of 2019, capacity had reached 3.6 GW": dates of
            # record; "by 2030" is not
            record_by = y.role == "by" and _framed_past_perfect(text, s, y)
            if y.role == "by" and not record_by and not _END_OF_RE.search(text, y.start - 12, y.start):
                continue
            before = text[max(s.start(), y.start - 40) : y.start]
            if y.start in early and s.start() <= max(0, y.start - 40):  # the same 40 characters
                as_of, is_date = early[y.start]
            else:
                as_of = _as_of(before) or record_by
                is_date = as_of or _dated_words(before)
            if not is_date or _FUTURE_NEAR_RE.search(before):
                continue  # not a date, or "to be submitted in December 2026"
            far_side = cx.may_end_with(before, ("in", "by")) and _FAR_SIDE_RE.search(before)
            aside = _aside(text, s.start(), y.start, y.end, s.end()) if as_of else None
            if aside is not None:
                c_start, c_end = aside
            else:
                c_start, c_end = _clause(text, s.start(), s.end(), y.start, y.end)
                if c_end - c_start < FRAME_CLAUSE_CHARS and c_end < s.end():  # "In 2023, the ministry adopted …"
                    c_end = _clause(text, s.start(), s.end(), c_end + 1, c_end + 1)[1]
            verdict = verdicts.get((c_start, c_end, record_by))
            if verdict is None:  # the years of a clause ("from 2010 to 2020") share its reading
                verdict = verdicts[c_start, c_end, record_by] = _clause_verdict(text[c_start:c_end], record_by)
            if verdict is None:
                continue  # "In 2030, emissions will fall", "productivity could be reduced by 8% in 2030"
            if far_side and not (verdict and _PERFECT_CHANGE_RE.search(text, c_start, y.start)):
                continue  # "… to 10,775 ha in 2050": the end of a change, not a date of the document, unless the
                # change is told as done ("has increased from 6% in 2014 to 18% in 2022")
            if as_of or verdict:
                seen[y.year] += 1  # "was adopted in 2021", not "in 2030 landfilled waste is reduced to 35%"
                records.add(y.start)
    if not seen:
        return None
    # A year reported once stands when it precedes every deadline after the confirmed years ("by 2030"): a plan
    # speaks from before its deadlines; a year reported once at or after one is more likely a misread participle.
    # Nor does a plan speak from its own headline deadline: "In 2030 landfilled waste is reduced to 35%" states a goal.
    # ("by the end of 2022" in a report is a date, so deadlines are the "by" years after the confirmed reports).
    confirmed = max((year for year, n in seen.items() if n >= 2), default=0)
    commitments: dict[tuple[int, int], bool] = {}  # _past_deadline's, by sentence
    by_years = Counter(
        y.year
        for y in mentions
        if y.role == "by"
        and y.year > confirmed
        and y.start not in records
        and not _END_OF_RE.search(text, max(0, y.start - 12), y.start)
        and not _past_deadline(text, y, sentence_starts[y.start], commitments)
    )  # "by the end of 2019" is as often a date of record as a deadline
    headline = max(by_years, key=lambda y: (by_years[y], y)) if by_years else 10_000
    seen = Counter({year: n for year, n in seen.items() if year < headline})
    confirmed = max((year for year, n in seen.items() if n >= 2), default=0)
    first_deadline = min((year for year in by_years if year > confirmed), default=10_000)
    return max([confirmed] + [year for year in seen if year < first_deadline]) or None


#: A goal a fact is measured against, not one set: "of the targeted 16 Gg", "62% of the goal", "of its 2030 target"
_GOAL_NAMED_RE = re.compile(
    r"\bof\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:goal|target)s?\b|\bthe\s+targeted\b", re.IGNORECASE
)


def _clause_verdict(clause: str, record_by: bool = False) -> bool | None:
    """None for a clause of intent, possibility or command; else whether a past-tense verb reports a fact in it
    ("was adopted in 2021", not "in 2030 landfilled waste is reduced to 35%"). A clause a past perfect already shows
    to be a record ("By 2024, it had realized 24.8% of its pledged target") may name a target."""
    cued = cx.has_target_cue(clause) and not record_by
    if cued and _GOAL_NAMED_RE.search(clause):  # "9.9 Gg of the targeted 16 Gg … 62% of the goal": named, not set
        cued = cx.has_target_cue(_GOAL_NAMED_RE.sub(" ", clause))
    if cued or _POSSIBLE_RE.search(clause) or _IMPERATIVE_RE.match(clause):
        return None
    return any(not _PRESENT_PASSIVE_RE.search(clause, 0, m.start()) for m in _PAST_FACT_RE.finditer(clause))


_SENTENCE_BREAKS = "!?。\t"  # with a full stop not followed by a digit and a line break before a blank line (or
# the end), what ends a _SENTENCE_RE match
_DIGIT_RE = re.compile(r"\d")
_WRAPPED_RE = re.compile(r"[^\S\n]*\S")  # after a line break: the paragraph goes on


def _last_break(text: str, floor: int, at: int) -> int:
    """The last position before ``at`` (from ``floor``) where a _SENTENCE_RE match cannot continue, or -1."""
    begin = max(text.rfind(ch, floor, at) for ch in _SENTENCE_BREAKS)
    stop = text.rfind(".", floor, at)
    while stop >= 0 and _DIGIT_RE.match(text, stop + 1):
        stop = text.rfind(".", floor, stop)  # "3.5": a decimal point ends nothing
    line = text.rfind("\n", floor, at)
    while line > max(begin, stop) and _WRAPPED_RE.match(text, line + 1):
        line = text.rfind("\n", floor, line)  # a hard-wrapped line: the sentence goes on
    return max(begin, stop, line)


def _dated_sentences(text: str, mentions: list[cx.YearMention]) -> Iterator[tuple[re.Match[str], list[cx.YearMention]]]:
    """The _SENTENCE_RE matches of ``text`` that hold a year mention, with their mentions (``mentions`` in order).

    Equal to scanning every sentence with ``_SENTENCE_RE.finditer(text)`` and keeping those with a mention, but
    only the sentences around the mentions are read: a sentence starts after the last break before its first year
    (no break lies between the end of the previous sentence read and that break's sentence, so the search for it
    starts there)."""
    starts = [y.start for y in mentions]
    floor, i = 0, 0
    while i < len(mentions):
        at = mentions[i].start
        brk = _last_break(text, floor, at)
        s = _SENTENCE_RE.match(text, brk + 1 if brk >= 0 else floor)
        assert s is not None and s.start() <= at < s.end()
        last = bisect_left(starts, s.end(), i)
        yield s, mentions[i:last]
        floor, i = s.end(), last


def _framed_past_perfect(text: str, sentence: re.Match[str], y: cx.YearMention) -> bool:
    """ "By 2025, the share had reached 35%": a year framing its sentence's past perfect dates a record."""
    c_start, c_end = _clause(text, sentence.start(), sentence.end(), y.start, y.end)
    if c_end - c_start < FRAME_CLAUSE_CHARS and c_end < sentence.end():
        c_end = _clause(text, sentence.start(), sentence.end(), c_end + 1, c_end + 1)[1]
    return bool(_PAST_PERFECT_RE.search(text, c_start, c_end))


def _past_deadline(text: str, y: cx.YearMention, sentence_start: int, known: dict[tuple[int, int], bool]) -> bool:
    """A deadline the sentence reports as set before ("pledged to create 500 jobs by 2023", "the original goal of 15%
    by 2023"): it says nothing of where the document stands. The sentence is the first _SENTENCE_RE match from 400
    characters before the year to 400 after it that reaches the year's end: the part of the year's sentence
    (``sentence_start``, from ``_dated_sentences``) in that window, to where the match from the year ends there."""
    start = max(sentence_start, y.start - 400)
    end = _SENTENCE_RE.match(text, y.start, y.end + 400).end()  # type: ignore[union-attr]  # a year is no break
    if (start, end) not in known:
        # tried only where one of its words starts (``wordgate``): searched over 800 characters, it is slow
        known[start, end] = _PAST_COMMITMENT_GATE.search(
            _PAST_COMMITMENT_GATE.lazy_starts(text[start:end], start), text, start, end, 0
        )
    return known[start, end]


def _clause(text: str, start: int, end: int, at: int, at_end: int) -> tuple[int, int]:
    """The clause (between commas or semicolons, not thousands separators) of ``text[start:end]`` holding ``at``."""
    c_start = start
    for m in _CLAUSE_MARK_RE.finditer(text, start, at):
        c_start = m.end()
    m = _CLAUSE_MARK_RE.search(text, at_end, end)
    return c_start, m.start() if m else end


def _aside(text: str, start: int, at: int, at_end: int, end: int) -> tuple[int, int] | None:
    """The bracketed aside of ``text[start:end]`` that holds ``at`` ("… by 2030 (25% is done as of June 2021)"): a
    clause of its own, which the intent of the sentence around it does not reach."""
    opening = text.rfind("(", start, at)
    if opening < 0 or text.find(")", opening, at) >= 0:
        return None
    closing = text.find(")", at_end, end)
    return (opening + 1, closing) if closing >= 0 else None


#: The horizon of a named plan, not a deadline of this one: "a development plan for the forestry sector until 2040"
_PLAN_HORIZON_RE = re.compile(
    r"\b(?:plan|strategy|programme|program|concept|roadmap|policy)\b[^.,;:\d]{0,50}?\b(?:until|till|up\s+to)\s+$",
    re.I,
)
_HORIZON_ENDS = ("until", "till", "to")


def _headline_target_year(mentions: list[cx.YearMention], present: int | None, text: str = "") -> int | None:
    """The deadline ("by 2035") named most often, after the present; the later year wins a tie. The horizon of another
    plan ("the forestry plan until 2040") is no deadline of the document's."""
    # Deadlines ("by 2030") count fully; other mentions of a future year ("in 2030", "the 2030 target") count half:
    # a plan names its target year in every form, a long-term vision ("net zero by 2050") mostly with "by".
    counts: Counter[int] = Counter()
    for y in mentions:
        if present is not None and y.year <= present or y.role in ("base", "bau", "name", "act", "span_start"):
            continue
        if y.role == "by" and text:  # the cheap exact test first: a match ends in one of _HORIZON_ENDS, then spaces
            lo = max(0, y.start - 80)
            if cx.may_end_with_at(text, lo, y.start, _HORIZON_ENDS) and _PLAN_HORIZON_RE.search(text, lo, y.start):
                continue
        if y.role == "by":
            counts[y.year] += 2
        elif present is not None:
            counts[y.year] += 1
    if not counts:
        return None
    # a plan's headline is its latest near deadline named about as often as the most named one (earlier ones are
    # milestones or an earlier plan's); a vision decades away ("net zero by 2060") is not the headline
    top, horizon = max(counts.values()), (present if present is not None else min(counts)) + NEAR_YEARS
    near = [y for y, n in counts.items() if n * 2 >= top and y <= horizon]
    return max(near) if near else max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


NEAR_YEARS = 15  # a deadline this far after the present (or the earliest deadline) can be a plan's headline
