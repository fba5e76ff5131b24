"""The document's own timeline: when it speaks from, which year its undated facts describe, what year it aims at.

Three years decide much of what a sentence's numbers mean, and none is printed as metadata in a policy text:
- the **present** (the latest year the document reports as past): a year after it is the future, so a number
  for it is a target; without it, "2025 emissions will be 398-510 Mt" cannot be told from a report (a document
  or legal act the text says came out in a year, "the NDC submitted in 2016", the date line on its cover and the
  latest UNFCCC decision it cites (``docdate``) put it at that year at least; the date on its cover, at most);
- the **default observation year** for undated facts: what the document says about its own data
  ("statistics collected by the end of 2022", "2012 has been considered for the base year", "the 2022
  inventory"), else its latest as-of date that is not in its future, else its present;
- the **headline target year** for undated goals: the deadline it names most often ("by 2035").
These are found by reading the text once, with the same year roles as sentences use (``context.find_years``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import context as cx
from . import rx
from .clausecues import BASELINE_LABEL_RE
from .defaultyear import default_year
from .docdate import date_line, decision_year, genre_year, inventory_year
from .present import END_OF_RE, FUTURE_NEAR_RE, PAST_COMMITMENT_RE, PAST_FACT_RE, SENTENCE_RE, present_year
from .yearindex import share_years
from .yearnames import SUBMITS_ITSELF

if TYPE_CHECKING:
    from .segment import Block


@dataclass(frozen=True)
class Timeline:
    present: int | None  # the latest year reported as past
    default_year: int | None  # the year of undated facts
    default_quote: str  # the sentence the default year was read from
    target_year: int | None  # the deadline named most often
    data_dated: bool = False  # the document says when its data were collected: its undated facts are of that year
    base_year: int | None = None  # the reference year its changes are measured against most often ("below 1990")
    guessed: bool = False  # the present is the year of the file's name, not a year the text reports as past


def read_timeline(text: str, name: str = "") -> Timeline:
    """The document's present, default observation year and headline target year (see the module docstring).

    A text that reports no year as past and has no date on its cover speaks from the year its file is named after
    ("ke_ndc_2020"), when the name holds one year before the text's headline deadline: analysts name plans by the
    year they were issued. Failing that, it speaks from before the first deadline it sets ("by 2025") or projects
    ("11% below BAU-2025"): its "10 MW in 2030" is a goal, not a record.
    (That present dates no undated fact: the document's data year stays unknown.)"""
    # every year of the document with its role, read once
    mentions = [_deadline_read(text, y) if y.role == "by" else y for y in cx.find_years(text, 0, len(text))]
    present = present_year(text, mentions)
    cover = date_line(text)  # the cover's date outweighs either guess below
    dated = cover[0] if cover else None
    if dated is not None and present is not None and present > dated:
        # a text cannot report as past a year after the one on its cover: "herd size reduced by 3.5% in 2030" misread
        present = dated
    deadlines = {y.year for y in mentions if y.role == "by"}
    default, quote, source = default_year(text, present, deadlines)
    first_present = present

    def headline_after(now: int | None) -> int | None:
        """The headline deadline once ``now`` is known: with a present, every later mention of a year counts, not
        only "by" deadlines ("by 2050" twice in a global aside does not outweigh a 2035 named in every header)."""
        return _stated_target_year(text, now) or _headline_target_year(mentions, now, text)

    headline = headline_after(present if present is not None else default)  # the data's year is past: no deadline
    labelled = _baseline_label_year(text, headline)
    if labelled is not None and (present is None or labelled > present):
        present = labelled  # "Baseline 2020: 3,177 MW" states what 2020 recorded: the plan speaks from then at least
        headline = headline_after(present)
    unknown = present is None and default is None and dated is None
    guessed = False
    if unknown and (issued := name_year(name)) and issued < (headline or 10_000):
        present = default = issued
        guessed = True
        quote = f"(no year in the text is reported as past: the year in the file name, {name})"
        headline = headline_after(present)
    firm = [y.year for y in mentions if (y.role == "by" and not _as_of_end(text, y.start)) or y.role == "bau"]
    if unknown and present is None and firm:
        # a plan that reports nothing as past speaks from before its first deadline, or from the year it says it
        # came out ("Ruritania submits this NDC in 2025")
        own = _SUBMITS_ITSELF_RE.search(text)
        present = int(own.group(1)) if own and int(own.group(1)) < min(firm) else min(firm) - 1
        headline = headline_after(present)
    # nothing the text cites came out after its cover's date, nor after its headline deadline (a plan comes out
    # before it): such an "issue" year is a vision's name in the form of a citation, "(Malawi, 2063)"
    bound = min(dated + 1 if dated is not None else 10_000, headline or 10_000)
    # (an inventory's last year has passed too: "the latest GHG inventory available (1990-2022)")
    cited = _latest_issued(text, mentions, bound)
    # (the regime's own dates raise a present read too early, a base year's; a text that reports no year as past is
    # left to its deadlines: "In 2017, according to the NDC projections' inventory, …" is not made a future year)
    genre = genre_year(text)
    if present is None and genre is not None:
        # a text that reports no year as past speaks from the floor, unless a later year that is no deadline of it
        # is said of a fact ("In 2017, according to the inventory used for the NDC projections, … emitted"): that
        # may be its present (a year named a deadline anywhere, "by 2030" or "2030: 40%", is the plan's)
        deadlines = {y.year for y in mentions if y.role in ("by", "bau")}
        if any(y.year > genre and y.year not in deadlines and y.role in ("obs", "plain") for y in mentions):
            genre = None
    floors = (cited, dated, decision_year(text), inventory_year(text, bound), genre)
    came_out = max((y for y in floors if y), default=None)
    so_far = present if present is not None else default
    if came_out is not None and (so_far is None or came_out > so_far):
        present = came_out  # "the inventory submitted in 2022": that year has come, whatever the text reports
        headline = headline_after(present)
        if source == "present" and cover and came_out == dated and default is not None and dated - default > DATA_LAG:
            # undated facts are of the present, and the cover's date puts it further on than a data year lags ("the
            # plan was revised in 2009" in a plan dated "September 2015"): "have been distributed" is of 2015
            default, quote = present, cover[1]
    issued = name_year(name)
    if issued is not None and issued <= bound and (present is None or issued - 1 > present) and not guessed:
        # a plan named after the year it came out ("gq_ndc_2022") has seen the year before: its text may report
        # nothing after its inventory year (2019), yet "emissions in 2020" are no goal of it (its deadlines stay)
        present = issued - 1
    now_line = _states_issue_year(text, issued) if issued is not None and present == issued - 1 else ""
    if issued is not None and now_line and issued <= bound:
        present = issued  # "In 2015 renewable energy accounts for 9%", in a plan of 2015: that year is its present
        if source == "present" and default is not None and default < issued:
            default, quote = issued, now_line  # and its undated present-tense facts are of that year too
    now = present if present is not None else default
    if issued is not None and not guessed and issued <= bound and headline is not None:
        # deadlines are counted from the year the plan came out, not from its data year: "by 2015" six times in a
        # plan of 2015 is the work of its year, and it pushed "by 2030" past the horizon counted from 2013
        headline = headline_after(issued) or headline
    if source == "present" and now is not None and default is not None and now > default and cited == now:
        # undated facts are of the present, and a source the text cites ("(Energy Ministry, 2020)") proved it later
        # than the text first said (a cited decision, "1/CMA.5", says nothing of the data's year)
        default = now
    if source == "present" and now is not None and first_present is not None and now > first_present:
        # undated facts were put at a present the text later proved too early: what it states of its data ("Base
        # year 2014") may have been after that first present, and is read again from the one it has (a statement
        # of the data only: a later as-of date or inventory period may be a plan's, "improving the inventory in 2028")
        again = default_year(text, now, deadlines)
        if again[2] in ("base year", "statistics"):
            default, quote, source = again
    # the base year the text states as such ("2012 has been considered as the base year"), else the one its changes
    # are measured against most often ("71% below 1990")
    bases = Counter(y.year for y in mentions if y.role == "base" and (now is None or y.year < now))
    base = default if source == "base year" else max(bases, key=lambda y: (bases[y], -y)) if bases else None
    return Timeline(now, default, quote, headline, source == "statistics", base, guessed and now == default)


#: The document saying when it comes out: "Ruritania submits this NDC in 2025", "presents its contribution in 2015".
_SUBMITS_ITSELF_RE = rx.compile(SUBMITS_ITSELF + r"((?:19|20)\d\d)\b", re.IGNORECASE)


def _latest_issued(text: str, mentions: list[cx.YearMention], before: int) -> int | None:
    """The latest year in which the text says a document came out ("the BUR published in March 2021", "Decree No.
    407 of November 2019"): a floor under the present, which sentences of past fact alone set too early when the
    data tables lag the plan by years. "To be submitted in 2026" is no such year, nor one from ``before`` on."""
    years = [
        y.year
        for y in mentions
        if y.role in ("issued", "act")
        and y.year < before
        and not FUTURE_NEAR_RE.search(text, max(0, y.start - 40), y.start)
    ]
    return max(years, default=None)


#: A line labelled by the year of its baseline ("Baseline 2020: 3,177 MW", "2020 baseline: 37% in energy")
_BASELINE_LABEL_RE = rx.compile(r"(?m)^" + BASELINE_LABEL_RE.pattern)


def _baseline_label_year(text: str, headline: int | None) -> int | None:
    """The latest year a line labels as its baseline, before the headline deadline (a baseline labelled with a
    year beyond it would be a projection, not a record); the cheap word test first."""
    if "aseline" not in text:
        return None
    years = [int(m.group(1) or m.group(2)) for m in _BASELINE_LABEL_RE.finditer(text)]
    years = [y for y in years if headline is None or y < headline]
    return max(years) if years else None


#: A simple past or pluperfect right before "by"/"before" a year: "This was mostly achieved before 1990", "had
#: been installed by 2012" report a date of record, not a deadline ("has been achieved by 2030" may be a goal's).
_DONE_BEFORE_RE = rx.compile(
    r"\b(?:was|were|had(?:\s+been)?)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|t)\s+(?:before|by)\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)


def _deadline_read(text: str, y: cx.YearMention) -> cx.YearMention:
    """A "by" year as the document's timeline reads it: a date of record when a past verb is done by then, no
    deadline when it dates a development vision ("a middle-income country by 2040"), else the deadline it is."""
    if _done_before(text, y.start):
        return y._replace(role="obs")
    return y._replace(role="plain") if _vision(text, y.start) else y


def _done_before(text: str, start: int) -> bool:
    """Whether the "by"/"before" year at ``start`` ends a clause of past fact (``_DONE_BEFORE_RE``)."""
    return bool(_DONE_BEFORE_RE.search(text, max(0, start - 60), start))


#: A sentence that opens on a year and states what holds in it, in the present tense: "In 2015 renewable energy
#: accounts for approximately 9%", "As of 2021, the grid is 40% solar" (no modal or forecast before the verb)
_STATE_IN_YEAR_RE = rx.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:In|As\s+of|By)\s+(?:early\s+|mid-?\s*)?(?P<y>(?:19|20)\d\d)\b,?"
    r"(?P<mid>[^.\n;]{0,100}?)\b(?:accounts?\s+for|is|are|stands?\s+at|amounts?\s+to|represents?|totals?"
    # ("By 2025, the share had reached …")
    r"|(?:had|has|have)\s+(?:reached|risen|grown|fallen|increased|decreased|declined))\b"
    r"(?!\s+(?:expected|projected|planned|forecast|estimated|likely|set|going|to)\b)",
    re.MULTILINE,
)
_SENTENCE_STOP_RE = rx.compile(r"[.!?](?!\d)")
_NOT_NOW_RE = rx.compile(r"\b(?:will|would|shall|could|may|expected|projected|forecast|planned|estimated)\b", re.I)


def _states_issue_year(text: str, issued: int) -> str:
    """The sentence opening on the year a plan is named after that states, in the present tense, what holds in it
    (``_STATE_IN_YEAR_RE``), or "": the plan then speaks from that year, not from the year before."""
    if str(issued) not in text:
        return ""
    for m in _STATE_IN_YEAR_RE.finditer(text):
        if int(m.group("y")) == issued and not _NOT_NOW_RE.search(m.group("mid")):
            start = m.start("y") - 3 if text[m.start("y") - 3 : m.start("y")] == "In " else m.start()
            stop = _SENTENCE_STOP_RE.search(text, m.end())  # (not a decimal point: "had reached 35.2%")
            ends = (stop.start() if stop else -1, text.find("\n", m.end()))
            end = min((i for i in ends if i >= 0), default=len(text))
            return " ".join(text[max(0, start) : end + 1].split()).lstrip(".!? ")
    return ""


def _as_of_end(text: str, start: int) -> bool:
    """ "by the end of 2019", "截至2020年底" (as of): as often a date of record as a deadline."""
    if text[max(0, start - 2) : start] in ("截至", "截止"):
        return True
    return bool(END_OF_RE.search(text, max(0, start - 12), start))


#: years that set no deadline
_NO_DEADLINE_ROLES = ("base", "bau", "name", "method", "issued", "act", "price", "span_start")
_NAME_YEAR_RE = rx.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def name_year(name: str) -> int | None:
    """The one year a file name holds ("ke_ndc_2020" -> 2020), else None."""
    years = set(_NAME_YEAR_RE.findall(name))
    return int(years.pop()) if len(years) == 1 else None


# "with 2035 as the primary target year", "Target year: 2030", "the target year is 2035"
# "target year" / "Target Year" / "TARGET YEAR" after its first letter: a literal start the regex engine finds fast
# (a case-insensitive scan tries every position and costs 3% of the corpus run); the "T" is checked by hand
_TARGET_YEAR_TAILS = (rx.compile(r"arget\s+[Yy]ears?\b"), rx.compile(r"ARGET\s+YEARS?\b"))
_YEAR_AS_BEFORE_RE = rx.compile(
    r"\b((?:20|21)\d\d)\s+as\s+(?:the\s+|its\s+|our\s+)?(?:primary\s+|main\s+|headline\s+|final\s+)?$", re.I
)
_YEAR_AFTER_RE = rx.compile(
    r"(?:\s*(?:is\s+|of\s+|:\s*|=\s*)|[ \t]*\n\s*)(?:(?:20|21)\d\d\s*(?:to|-|–|and)\s*)?((?:20|21)\d\d)\b", re.I
)  # "Target years: 2020 to 2030": the last; "Target Year" over "2035, consistent with …": a table's label cell


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
        around = SENTENCE_RE.finditer(text, max(0, m.start() - 300), m.end() + 300)
        sentence = next((s.group() for s in around if s.end() >= m.end()), "")
        if PAST_COMMITMENT_RE.search(sentence) or PAST_FACT_RE.search(sentence):
            continue  # "In 2021 it submitted its revised NDC with a target year of 2030": an earlier plan's
        stated[int(year.group(1))] += 1
    return max(stated.items(), key=lambda kv: (kv[1], kv[0]))[0] if stated else None


#: The horizon of a named plan, not a deadline of this one: "a development plan for the forestry sector until 2040"
_PLAN_HORIZON_RE = rx.compile(
    r"\b(?:plan|strategy|programme|program|concept|roadmap|policy)\b[^.,;:\d]{0,50}?\b(?:until|till|up\s+to)\s+$",
    re.I,
)
_HORIZON_ENDS = ("until", "till", "to")
#: A development vision, not a deadline of the plan: "strives to be a newly-industrialised, middle-income country by
#: 2040", "to attain upper middle-income status by 2035" (a country's aim of wealth, dated by its own vision)
_VISION_BEFORE_RE = rx.compile(
    r"\b(?:middle[\s-]+income|high[\s-]+income|industriali[sz]ed|developed|prosperous|knowledge[\s-]+based)"
    r"[^.;:\d]{0,40}?\b(?:country|nation|economy|society|status)\b[^.;:\d]{0,30}?\bby\s+$",
    re.I,
)


def _vision(text: str, year_start: int) -> bool:
    """Whether a "by YEAR" dates a development vision ("to be a middle-income country by 2040"), not a goal of
    the plan: neither its headline nor a deadline to date its present by."""
    lo = max(0, year_start - 100)
    return (
        cx.may_end_with_at(text, lo, year_start, ("by",)) and _VISION_BEFORE_RE.search(text, lo, year_start) is not None
    )


def _headline_target_year(mentions: list[cx.YearMention], present: int | None, text: str = "") -> int | None:
    """The deadline ("by 2035") named most often, after the present; the later year wins a tie. The horizon of another
    plan ("the forestry plan until 2040") is no deadline of the document's."""
    # Deadlines ("by 2030") count fully; other mentions of a future year ("in 2030", "the 2030 target") count half:
    # a plan names its target year in every form, a long-term vision ("net zero by 2050") mostly with "by".
    counts: Counter[int] = Counter()
    for y in mentions:
        if present is not None and y.year <= present or y.role in _NO_DEADLINE_ROLES:
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
    most = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    if horizon < most <= horizon + DATA_LAG:
        return most  # the present is often a data year, years before the plan: its most named deadline just past
    near = [y for y, n in counts.items() if n * 2 >= top and y <= horizon]
    return max(near) if near else most


DATA_LAG = 5  # years by which a document's latest data year may precede its writing
NEAR_YEARS = 16  # a deadline this far after the present (or the earliest deadline) can be a plan's headline: an INDC
# speaks from 2014 (a year before it was written) and sets 2030


_BLANK_RUN_RE = rx.compile(r"\n[ \t]*(?:\n[ \t]*)+")  # a line break with blank lines after it


def wraps_joined(text: str, blocks: list[Block]) -> str:
    """``text`` with the blank lines inside each paragraph (lines a page layout wrapped mid-sentence and set apart
    by blank lines, which ``segment`` joins) turned into spaces after one line break: the same offsets, and a reader
    of sentences that ends one at a blank line ("Before 2014, 70-80% of rural" over "conflicts were …") reads on."""
    parts: list[str] = []
    done = 0
    for block in blocks:
        if block.kind != "paragraph" or "\n" not in block.text:
            continue
        for m in _BLANK_RUN_RE.finditer(text, block.start, block.end):
            parts.append(text[done : m.start()])
            parts.append("\n" + " " * (m.end() - m.start() - 1))
            done = m.end()
    if not parts:
        return text
    parts.append(text[done:])
    joined = "".join(parts)
    share_years(joined, text)  # the same years at the same offsets: indexed once
    return joined
