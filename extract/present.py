"""When a document speaks from: the latest year it reports as past (``present_year``), read clause by clause.

A year is the present's candidate when its clause reports a fact in it ("emissions were 61 Mt in 2022", "as of
June 2023"); a deadline reported as once set or as met, a modelled level, or a year in a name is none. ``timeline``
assembles the present, the data year and the headline deadline from this and ``defaultyear``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator

from . import clausecues, rx
from . import context as cx
from .alternation import first_char_guarded
from .wordgate import WordGate
from .years import YEAR_LIST_JOIN_RE

# Verbs of reported fact. "has been prepared" / "has been considered" speak of the document, not of a value.
_AS_OF_BEFORE_RE = first_char_guarded(
    r"\bas\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:" + cx._MONTHS + r"\s*(?:\d{1,2},?\s*)?)?$"
    r"|\b(?:current|present)\s*\(\s*$",  # "Current (2015) greenhouse gas emissions … are": the present, bracketed
    re.IGNORECASE,
)  # dates a fact in any tense ("as of June 2021", "as at 30 June 2022")
PAST_FACT_RE = cx.guarded(
    "acdefghilmoprsuw",
    r"\b(?:was|were|had|reached|achieved|accounted|amounted|recorded|stood|totall?ed|declined|decreased|dropped"
    r"|fell|rose|increased|grew|peaked|legislated|adopted|launched|submitted|published|approved|spent|installed"
    r"|reduced|became|exceeded|surpassed|issued|signed|ratified|released|commissioned|inaugurated|enacted"
    # what a share or an amount did in a year of record: "In 2023, 88% of electricity came from renewables"
    r"|came|saw|remained|registered|experienced|emitted|contributed|represented|comprised|constituted"
    # where a share came from, what a total equalled: "In 2019, 62% of emissions originated from energy"
    r"|originated|equall?ed|generated|consumed)\b",
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
PAST_COMMITMENT_RE = first_char_guarded(
    r"\b(?:pledged|committed|promised|undertook|aimed\s+to|(?:had|was|were)\s+(?:set|aimed|targeted|planned)|original(?:ly)?"
    r"|previous(?:ly)?|earlier"
    # a deadline reported as met: "the '1 Million Trees by 2023' campaign was successfully completed"
    r"|(?:was|were|ha(?:s|ve)\s+been)\s+(?:\w+ly\s+)?(?:completed|achieved|met|accomplished|fulfilled|exceeded))\b",
    re.IGNORECASE,
)
_PAST_COMMITMENT_GATE = WordGate([PAST_COMMITMENT_RE])
SENTENCE_RE = rx.compile(r"(?:[^.!?。\n\t]+|\.(?=\d)|\n(?=[^\S\n]*[^\s]))+")
_MODELLED_RE = first_char_guarded(
    r"\b(?:BAU|business[\s-]as[\s-]usual|scenarios?|pathways?|projections?|projected|forecasts?|estimated\s+to"
    r"|modell?ed|baseline)\b",
    re.IGNORECASE,
)
#: One of these is in every _MODELLED_RE match: the cheap test first (most dated sentences model nothing).
_MODELLED_WORDS = ("bau", "business", "scenario", "pathway", "project", "forecast", "estimated", "model", "baseline")
END_OF_RE = first_char_guarded(r"\bend\s+of\s+$", re.IGNORECASE)
_CLAUSE_MARK_RE = rx.compile(r";|,(?!\d{3})")
FRAME_CLAUSE_CHARS = 25  # "In March 2023" alone: a frame for the clause after it
_FAR_SIDE_RE = first_char_guarded(r"\bto\s*[\d.,]+\s*[^\s\d]{0,12}\s+(?:in|by)\s+$", re.IGNORECASE)
# An action item opens with a bare verb: "- Reduce GHG emissions by 30 percent in 2030" states a goal.
_IMPERATIVE_RE = rx.compile(
    r"[\s\W\d]*(?:[A-Z][\w]*\s*(?:[-–—:]\s*))?(?:reduce|increase|achieve|install|restore|plant|expand|promote|implement"
    r"|improve|develop|ensure|establish|strengthen|raise|cut|limit|phase|replace|scale|deploy|reach)\b",
    re.IGNORECASE,
)
#: A month's year joined to another by a dash: the ends of a period ("January 2025-December 2029"), not dates.
_MONTH_DAY = cx._MONTHS + r"\s*(?:\d{1,2},?\s*)?"  # "December ", "June 30, "
_MONTH_PERIOD_END_RE = rx.compile(r"\b" + _MONTH_DAY + r"(?:19|20)\d\d\s*[-–—]\s*" + _MONTH_DAY + "$", re.IGNORECASE)
_DASHES = frozenset("-–—")  # one is in every _MONTH_PERIOD_END_RE match: the cheap test first (most years have none)
_MONTH_PERIOD_START_RE = rx.compile(r"\s*[-–—]\s*" + _MONTH_DAY + r"(?:19|20)\d\d\b", re.IGNORECASE)
_PRESENT_PASSIVE_RE = first_char_guarded(r"\b(?:is|are|be|being|gets?)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_POSSIBLE_RE = first_char_guarded(r"\b(?:[Cc]ould|may|[Mm]ight|[Ww]ould|[Ff]orecast\w*|[Ll]ikely)\b")  # "May": a month
FUTURE_NEAR_RE = first_char_guarded(r"\b(?:to\s+be|will|shall|would|expected|planned|scheduled|due)\b", re.IGNORECASE)
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


_AS_OF_ENDS = ("of", "at", ",", "(", *"0123456789", *cx.MONTH_WORDS)  # what every _AS_OF_BEFORE_RE match ends with


def _dated_words(before: str) -> bool:
    """``_DATED_BEFORE_RE.search(before)``, its cheap test first. With _as_of: is the year after ``before`` written as
    a date? Where neither matches, neither does in a part of ``before`` that starts after a sentence break (no word
    character: a match there would be one in ``before`` too)."""
    return cx.may_end_with(before, _DATED_BEFORE_ENDS) and bool(_DATED_BEFORE_RE.search(before))


#: a change told as done: "has increased from", "rose from", "grew from" (not "the area was increased from", which
#: plans write as done too)
_PERFECT_CHANGE_RE = rx.compile(
    r"\b(?:ha(?:s|ve|d)\s+(?:\w+ly\s+)?(?:increas|decreas|grow|grown|ris|risen|declin|fall|fallen|drop|expand|doubl|reduc)"
    r"\w*|(?<!was )(?<!were )(?<!been )(?:increased|decreased|grew|rose|declined|fell|dropped|expanded|doubled)"
    r"(?:\s+\w+ly)?)\s+from\b",
    re.I,
)


def present_year(text: str, mentions: list[cx.YearMention]) -> int | None:
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
    prev: cx.YearMention | None = None
    for y in mentions:
        if y.role in ("obs", "plain", "issued"):  # ("the inventory was published in 2020": it is 2020 or later)
            before = text[max(0, y.start - 40) : y.start]
            as_of = _as_of(before) or bool(INVENTORY_AFTER_RE.match(text, y.end))  # "the 2018 GHG inventory"
            # (a year listed after a date is one: "in 1997, 2010 and 2015")
            after_date = prev is not None and early.get(prev.start, (False, False))[1]
            after_date = after_date and _joined_date(text, prev.end, y.start)
            early[y.start] = as_of, as_of or after_date or _dated_words(before)
        prev = y
    dates = [y for y in mentions if y.role == "by" or (y.start in early and early[y.start][1])]
    verdicts: dict[tuple[int, int, bool], bool | None] = {}  # (clause span, record_by) -> _clause_verdict
    sentence_starts: dict[int, int] = {}  # where the sentence of each "by" year starts, for _past_deadline
    commitments: dict[tuple[int, int], bool] = {}  # _past_deadline's, by sentence
    for s, dated in _dated_sentences(text, dates):
        for y in dated:
            sentence_starts[y.start] = s.start()
        if cx.may_contain(text, s.start(), s.end(), _MODELLED_WORDS) and _MODELLED_RE.search(text, s.start(), s.end()):
            continue  # "from 169 Mt in 2012 to 409 Mt in 2030 under BAU": a modelled path
        listed: tuple[int, int, int] | None = None  # (end, clause start, clause end) of the last date read in the list
        for y in dated:
            # "By 2025, the share had reached 35%", "by the end of 2019, capacity had reached 3.6 GW": dates of
            # record; "by 2030" is not, nor a deadline after the verb that the sentence reports as set before ("the
            # previous NDC had expressed a commitment to reducing emissions by 35% by 2030")
            perfect = _framed_past_perfect(text, s, y) if y.role == "by" else None
            record_by = perfect is not None and (
                perfect > y.start or not _past_deadline(text, y, s.start(), commitments)
            )
            if y.role == "by" and not record_by and not END_OF_RE.search(text, y.start - 12, y.start):
                continue
            before = text[max(s.start(), y.start - 40) : y.start]
            if y.start in early and s.start() <= max(0, y.start - 40):  # the same 40 characters
                as_of, is_date = early[y.start]
            else:
                as_of = _as_of(before) or record_by or bool(INVENTORY_AFTER_RE.match(text, y.end))
                is_date = as_of or _dated_words(before)
            # a year listed after a date ("submitted … in 1997, 2010 and 2015") is a date of the same clause
            in_list = listed is not None and _joined_date(text, listed[0], y.start)
            if in_list:
                is_date = True
            if not is_date or FUTURE_NEAR_RE.search(before):
                continue  # not a date, or "to be submitted in December 2026"
            if (_DASHES & set(before) and _MONTH_PERIOD_END_RE.search(before)) or _MONTH_PERIOD_START_RE.match(
                text, y.end
            ):
                continue  # "the period January 2025-December 2029": a period's ends, as "2025-2029" (a span)
            far_side = cx.may_end_with(before, ("in", "by")) and _FAR_SIDE_RE.search(before)
            aside = _aside(text, s.start(), y.start, y.end, s.end()) if as_of else None
            if aside is not None:
                c_start, c_end = aside
            elif in_list and listed is not None:
                c_start, c_end = listed[1], listed[2]
            else:
                c_start, c_end = _clause(text, s.start(), s.end(), y.start, y.end)
                if c_end - c_start < FRAME_CLAUSE_CHARS and c_end < s.end():  # "In 2023, the ministry adopted …"
                    c_end = _clause(text, s.start(), s.end(), c_end + 1, c_end + 1)[1]
            listed = (y.end, c_start, c_end)
            if clausecues.sizes_goal(text, c_start):
                continue  # "the commitment …, which amounted to 43,707 Gg in 2030": a goal's size, not a record
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
    deadlines = Counter(
        y.year
        for y in mentions
        if y.role == "by"
        and y.start not in records
        and not END_OF_RE.search(text, max(0, y.start - 12), y.start)
        and not _past_deadline(text, y, sentence_starts[y.start], commitments)
        # "achieving 20.47% of the targeted reduction by 2024": progress measured against a goal, dated, not due
        and not _GOAL_NAMED_RE.search(text, sentence_starts[y.start], y.start)
    )  # "by the end of 2019" is as often a date of record as a deadline
    if deadlines:
        # a plan that states its results as done ("Net forest coverage has increased in 2030 to 54 Mha", "has
        # quadrupled by 2030") reports its own headline deadline, the one it names most, again and again: no present
        most = max(deadlines, key=lambda y: (deadlines[y], y))
        # (named as a deadline at least as often as reported: "in 2023 deforestation fell" five times in a report
        # that names "by 2023" thrice speaks from 2023)
        if deadlines[most] >= _HEADLINE_MIN and seen.get(most, 0) <= deadlines[most]:
            seen = Counter({year: n for year, n in seen.items() if year < most})
            if not seen:
                return None
    confirmed = max((year for year, n in seen.items() if n >= 2), default=0)
    by_years = Counter({year: n for year, n in deadlines.items() if year > confirmed})
    headline = max(by_years, key=lambda y: (by_years[y], y)) if by_years else 10_000
    seen = Counter({year: n for year, n in seen.items() if year < headline})
    confirmed = max((year for year, n in seen.items() if n >= 2), default=0)
    # (a deadline that more years reported after it than it is named ("by 2010" twice, then records of 2013, 2016,
    # 2018 and 2019, each once) was passed: the text looks back on it ("Until 2010, 1,512 biodigesters have been
    # built"), and the years after it are no misread participles)
    passed = {year for year in by_years if sum(1 for s in seen if s > year) > max(1, by_years[year])}
    first_deadline = min((year for year in by_years if year > confirmed and year not in passed), default=10_000)
    return max([confirmed] + [year for year in seen if year < first_deadline]) or None


_HEADLINE_MIN = 3  # a deadline named this often ("by 2030") heads the plan

#: the next event of a dated series: "submitted its first NDC in 2015, followed by its second NDC in 2020"
_FOLLOWED_BY_RE = rx.compile(
    r"\s*,?\s*(?:and\s+)?(?:then\s+)?(?:followed|succeeded|superseded|replaced)\s+by\s+[^,.;:\d]{0,60}?"
    rf"\b(?:in|on)\s+(?:(?:\d{{1,2}}\s+)?{cx._MONTHS}\s*\d{{0,2}},?\s*)?",
    re.IGNORECASE,
)


def _joined_date(text: str, end: int, start: int) -> bool:
    """Whether the year at ``start`` goes on from the date ending at ``end``: listed with it ("in 1997, 2010 and
    2015") or the next event of its series ("in 2015, followed by its second NDC in 2020")."""
    return YEAR_LIST_JOIN_RE.fullmatch(text, end, start) is not None or (
        _FOLLOWED_BY_RE.fullmatch(text, end, start) is not None
    )

#: The year of an inventory or census whose figures the sentence reports: "In the 2018 National GHG inventory, the
#: emissions reached 932 kt", "according to the 2021 Census" (its year is one the document reports as past).
INVENTORY_AFTER_RE = rx.compile(
    r"\s+(?:national\s+)?(?:GHG\s+|greenhouse\s+gas\s+)?(?:emissions?\s+)?(?:inventor(?:y|ies)|census)\b", re.IGNORECASE
)
#: A goal a fact is measured against, not one set: "of the targeted 16 Gg", "62% of the goal", "of its 2030 target"
_GOAL_NAMED_RE = rx.compile(
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
    return any(
        not _PRESENT_PASSIVE_RE.search(clause, 0, m.start())
        and not clausecues.attributive(clause, m.start(), m.end(), 0, len(clause))  # "a cumulative installed capacity"
        for m in PAST_FACT_RE.finditer(clause)
    )


_SENTENCE_BREAKS = "!?。\t"  # with a full stop not followed by a digit and a line break before a blank line (or
# the end), what ends a SENTENCE_RE match
_DIGIT_RE = rx.compile(r"\d")
_WRAPPED_RE = rx.compile(r"[^\S\n]*\S")  # after a line break: the paragraph goes on


def _last_break(text: str, floor: int, at: int) -> int:
    """The last position before ``at`` (from ``floor``) where a SENTENCE_RE match cannot continue, or -1."""
    begin = max(text.rfind(ch, floor, at) for ch in _SENTENCE_BREAKS)
    stop = text.rfind(".", floor, at)
    while stop >= 0 and _DIGIT_RE.match(text, stop + 1):
        stop = text.rfind(".", floor, stop)  # "3.5": a decimal point ends nothing
    line = text.rfind("\n", floor, at)
    while line > max(begin, stop) and _WRAPPED_RE.match(text, line + 1):
        line = text.rfind("\n", floor, line)  # a hard-wrapped line: the sentence goes on
    return max(begin, stop, line)


def _dated_sentences(text: str, mentions: list[cx.YearMention]) -> Iterator[tuple[re.Match[str], list[cx.YearMention]]]:
    """The SENTENCE_RE matches of ``text`` that hold a year mention, with their mentions (``mentions`` in order).

    Equal to scanning every sentence with ``SENTENCE_RE.finditer(text)`` and keeping those with a mention, but
    only the sentences around the mentions are read: a sentence starts after the last break before its first year
    (no break lies between the end of the previous sentence read and that break's sentence, so the search for it
    starts there)."""
    starts = [y.start for y in mentions]
    floor, i = 0, 0
    while i < len(mentions):
        at = mentions[i].start
        brk = _last_break(text, floor, at)
        s = SENTENCE_RE.match(text, brk + 1 if brk >= 0 else floor)
        assert s is not None and s.start() <= at < s.end()
        last = bisect_left(starts, s.end(), i)
        yield s, mentions[i:last]
        floor, i = s.end(), last


def _framed_past_perfect(text: str, sentence: re.Match[str], y: cx.YearMention) -> int | None:
    """ "By 2025, the share had reached 35%": a year framing its sentence's past perfect dates a record. Where the
    past perfect of the year's clause (or of the clause it frames) starts, if it has one."""
    c_start, c_end = _clause(text, sentence.start(), sentence.end(), y.start, y.end)
    if c_end - c_start < FRAME_CLAUSE_CHARS and c_end < sentence.end():
        c_end = _clause(text, sentence.start(), sentence.end(), c_end + 1, c_end + 1)[1]
    perfect = _PAST_PERFECT_RE.search(text, c_start, c_end)
    if perfect:
        return perfect.start()
    # "by 2015 hydro already supplied 9.4%", "by 2019 emissions were 41% below 1990 levels": a simple past after the
    # year ("already" and a verb, or a form of "be" that plans no future) reports a record
    for past in _PAST_AFTER_BY_RE.finditer(text, y.end, c_end):
        if not cx.has_target_cue(text[y.end : past.start()]):
            return past.start()
    return None


#: a simple past after a year framed by "by": "already" and a verb in the past tense ("by 2015 … already supplied
#: 9.4%"), or "was"/"were" that plans no future ("by 2013 emissions were 70% below 1990", not "were to be")
_PAST_AFTER_BY_RE = rx.compile(
    r"\balready\s+(?:\w+ly\s+)?\w+ed\b"
    r"|\b(?:was|were)\b(?!\s+(?:to|going|expected|projected|planned|estimated|forecast|due|set|aimed|targeted"
    r"|scheduled|supposed|meant|required|committed|intended)\b)",
    re.IGNORECASE,
)


def _past_deadline(text: str, y: cx.YearMention, sentence_start: int, known: dict[tuple[int, int], bool]) -> bool:
    """A deadline the sentence reports as set before ("pledged to create 500 jobs by 2023", "the original goal of 15%
    by 2023"): it says nothing of where the document stands. The sentence is the first SENTENCE_RE match from 400
    characters before the year to 400 after it that reaches the year's end: the part of the year's sentence
    (``sentence_start``, from ``_dated_sentences``) in that window, to where the match from the year ends there."""
    start = max(sentence_start, y.start - 400)
    end = SENTENCE_RE.match(text, y.start, y.end + 400).end()  # type: ignore[union-attr]  # a year is no break
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
