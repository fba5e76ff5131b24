"""Milestone years: when emissions peak, when a country reaches carbon neutrality or net zero, when coal is phased out
(or routine gas flaring ends), when HFC consumption is frozen.

A milestone's value is a year ("peak before 2030" -> 2030 `<`, "net zero by 2050" -> 2050 `<=`). Which year
belongs to the milestone is a matter of the clause's structure:
- a year written as the milestone's attribute ("its 2050 carbon neutrality goal", "net zero 2045") wins;
- else the deadline nearest the keyword in its clause ("by", "before", "no later than", "in", "after");
- a year that dates an act about the milestone ("declared 2050 carbon neutrality in 2020") is not it;
- a year that opens the sentence counts when the sentence says the peak will be reached ("In 2025, emissions
  will reach the peak").
A milestone in the document's past ("peaked in 2018", "since reaching this peak in 2018", "achieved coal phase-out
in 2024") is an actual; otherwise a target. A milestone of the world ("global emissions to peak before 2025") is
not the country's and is not emitted.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from . import context as cx
from . import rx
from .alternation import first_char_guarded
from .model import Observation
from .numbers import Number
from .placeof import region_for
from .quantities import Quantity
from .wordgate import WordGate
from .worldstats import global_pathway, may_cite_global
from .years import clause_bounds

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .state import Carry, DocContext

MILESTONE_RE = cx.guarded(
    "cnpzehslrgftaCNPZEHSLRGFTA",
    # (not a solar unit: "350 megawatt-peak (MWp)", "2 kilowatts peak")
    # (nor a noun's modifier: "peak hour vehicle use", "peak demand", "peak load")
    r"(?<!watt[\s-])(?<!watts[\s-])\bpeak(?:ing|ed|s)?\b(?![\s-]+(?:hours?|season|demand|load|periods?|times?|traffic"
    r"|flows?|power|capacity|discharge|sun|months?|days?)\b)|\bcarbon[\s-]neutral(?:ity)?\b|\bnet[\s-]zero\b"
    # "climate neutrality", "reach GHG neutrality by 2050", "greenhouse gas neutrality"
    r"|\b(?:climate|GHG|greenhouse[\s-]gas|emissions?)[\s-]neutral(?:ity)?\b"
    r"|\bphas(?:e|ed|ing)[\s-]out\b|\bcoal[\s-](?:exit|phase[\s-]out)\b"
    # "reducing net emissions to zero before 2050", "bring GHG emissions to zero by 2060": net zero in other words
    r"|\b(?:net\s+)?(?:GHG\s+|greenhouse\s+gas\s+|carbon\s+|CO2\s+)?emissions"
    # (the gases named after, with what is left out: "net emissions of greenhouse gases (other than biogenic methane)
    # to zero by 2050")
    r"(?:\s+of\s+(?:all\s+)?(?:greenhouse\s+gas(?:es)?|GHGs?|carbon\s+dioxide|CO2))?(?:\s*\([^()]{1,60}\))?"
    r"\s+to\s+(?:net\s+)?zero\b"
    r"(?![\s-]+(?:waste|emissions?|carbon|landfill|energy)\b)"
    # a sector's or the economy's emissions brought to zero: "Electricity – zero emissions by 2030", "a zero-emission
    # electricity sector by 2030", "zero carbon development pathway by 2050" (not a thing that emits none: "zero
    # emission vehicles", "zero-carbon buildings")
    r"|\bzero[\s-](?:carbon|emissions?|GHG)\b(?![\s-]+(?:vehicles?|cars?|bus(?:es)?|trucks?|fleets?|buildings?|homes?"
    r"|houses?|zones?|technolog(?:y|ies)|mobility|transport|fuels?|sources?|motorcycles?|boats?|ships?|vessels?"
    r"|products?|appliances?|solutions?|options?|energy\s+sources?)\b)"
    r"|\bland[\s-]degradation[\s-]neutral(?:ity)?\b"  # "reach land degradation neutrality by 2030" (UNCCD's goal)
    # "zero routine gas flaring by 2030", "ending gas flaring by 2030": flaring's phase-out
    r"|\b(?:zero|eliminat(?:e|es|ing)|end(?:s|ing)?|halt(?:s|ing)?|stop(?:s|ping)?)\s+(?:all\s+)?(?:routine\s+)?"
    r"(?:gas\s+)?flaring\b"
    # "eliminating illegal deforestation by 2028", "zero net deforestation by 2030": deforestation's phase-out
    # ("a zero-net deforestation rate by 2030": hyphenated)
    r"|\b(?:zero|eliminat(?:e|es|ing)|end(?:ing)?|halt(?:ing)?|stop(?:ping)?)[\s-]+(?:net[\s-]+|illegal\s+|gross\s+)?"
    r"deforestation\b"
    # a peak in other words ("reaching a maximum of national emissions by 2026"), a fleet's phase-out ("retirement
    # of all diesel power plants by 2028")
    r"|\breach(?:ing|es)?\s+(?:a|its|the)\s+maximum\s+(?:level\s+)?of\s+(?:[\w-]+\s+){0,3}?emissions\b"
    # (not a cap: "emissions to reach a maximum level of 179.0 MtCO2eq in 2030")
    r"|\bemissions\s+(?:will\s+|would\s+|to\s+)?reach\s+(?:a|its|their|the)\s+maximum\b"
    r"(?!\s+(?:level\s+)?of\s+(?:about\s+|around\s+)?\d)|\bretirement\s+of\s+all\b"
    # a sector's or the economy's decarbonisation made whole: "a fully decarbonized electricity system by 2030",
    # "full decarbonization of the sector by 2050", "achieving a decarbonised economy by 2050"
    r"|\b(?:fully|completely|totally)\s+decarboni[sz](?:ed|e|ing)\b|\bfull\s+decarboni[sz]ation\b(?!\s+potential)"
    # (the state as the goal's object, "a decarbonised economy"; not a title's "Towards an inclusive and
    # decarbonized economy 2020-2050")
    r"|\ba\s+decarboni[sz]ed\s+(?:economy|society|power\s+sector|electricity\s+(?:system|sector|grid))\b"
    # the same in other words: "a carbon pollution-free power sector by 2035", "a fossil-free electricity system"
    r"|\b(?:carbon(?:[\s-]pollution)?|emissions?|fossil(?:[\s-]fuels?)?)[\s-]free\s+(?:power|electricity|energy)\s+"
    r"(?:sector|system|grid|supply)\b"
    # the Kigali Amendment's first step: "freeze HFC production and use in 2024", "the HFC consumption freeze in 2028"
    r"|\bfreez(?:e|es|ing)\s+(?:(?:the|its)\s+)?(?:(?:production|consumption|use|and|of)\s+){0,4}(?:HFCs?|hydrofluorocarbons?)\b"
    r"|\b(?:HFCs?|hydrofluorocarbons?)\s+(?:(?:production|consumption|use|and)\s+){0,3}freeze\b",
    re.IGNORECASE,
)
#: one of these is in every MILESTONE_RE match
MILESTONE_WORDS = (
    "peak", "neutral", "zero", "phas", "exit", "deforestation", "maximum", "retirement", "decarboni", "freez", "free",
    "flaring",
)  # fmt: skip
#: MILESTONE_RE tried only where a word it can begin with starts: searched from every letter its matches may begin
#: with, the pattern cost a sentence more than all its other milestone tests
_GATE = WordGate([MILESTONE_RE])


def names_milestone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a milestone (``MILESTONE_RE`` searched there)."""
    if not cx.may_contain(text, start, end, MILESTONE_WORDS):  # (the cheap word test first: few sentences name one)
        return False
    return _GATE.search(_GATE.lazy_starts(text[start:end], start), text, start, end, 0)
_DEADLINE_RE = cx.guarded(
    "abfinptuABFINPTU",  # (the first letters of "around", "about", "approximately" among them)
    # ("the target for 2050 … raised to net zero": a goal's year; "reaching carbon neutrality until 2060", a
    # translation's "until" for "by")
    r"(?P<q>\bbefore|\bby|\bno\s+later\s+than|\bnot\s+later\s+than|\buntil|\btill|\bin|\bprior\s+to|\bafter|(?<=target\s)for|(?<=goal\s)for"
    r"|\baround|\babout|\bapproximately)\s+"  # "with the aim of peaking around 2030"
    r"(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?(?:FY\s*)?"  # "peaked in the year 2000", "by the end of the year 2030"
    r"(?:" + cx._MONTHS + r"\s+)?"
    # ("emissions peaked in 1979": a milestone of record may be of the last century)
    r"(?P<y>(?:19[5-9]|20\d|21\d)\d)(?=\d{0,2}(?:\s|[,.;:)](?!\d)|$))",  # "net zero by 20501": a footnote fused
    re.IGNORECASE,
)
#: what follows a goal's deadline when the next goal's keyword comes after it: "… by 2030 and net zero by 2050"
_COORDINATED_RE = rx.compile(r"\s*,?\s*and\b")
# "2050 carbon neutrality", "2045 net zero"
_ATTRIBUTIVE_RE = rx.compile(r"(?<![\d.,])(?P<y>(?:20|21)\d\d)(?:'s)?[\s-]+$")
_ATTRIBUTE_AFTER_RE = rx.compile(
    r"^[\s-]+(?:target\s+|goal\s+)?(?:of\s+|in\s+)?(?P<y>(?:20|21)\d\d)(?!\d)"
)  # "net zero 2045"
_ACT_BEFORE_RE = first_char_guarded(
    r"\b(?:declared|announced|adopted|pledged|legislated|enacted|submitted|communicated|presented|published|set|made"
    r"|launched)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_OPENING_YEAR_RE = rx.compile(r"\s*(?:In|By)\s+(?:" + cx._MONTHS + r"\s+)?(?P<y>(?:20|21)\d\d)\b")
_GLOBAL_BEFORE_RE = first_char_guarded(r"\b(?:global|world(?:wide)?|planet)\b[^.;,]{0,40}$", re.IGNORECASE)
#: the world named right after the keyword: "achieving net zero global emissions by 2050"
_GLOBAL_AFTER_RE = rx.compile(r"[\s-]+(?:global|world(?:wide)?|planetary)\b", re.IGNORECASE)
GLOBAL_REACH = 64  # more than the longest _GLOBAL_BEFORE_RE match, so no match is lost
#: A model's or the science's path, described: "Pathways that describe … net zero around 2050", "RCP4.5, which assumes
#: that GHG emissions peak around 2040": the scenario's milestone, no one's goal (unless the plan speaks of its own)
_SCENARIO_BEFORE_RE = rx.compile(
    r"\b(?:(?:IPCC\w*|Intergovernmental\s+Panel\s+on\s+Climate\s+Change)\s+(?:\w+\s+)?(?:estimates?|states?|found"
    r"|finds|determined|shows?|concluded|indicates?)|pathways?\s+(?:that|which)|RCP\s?\d|SSP\s?\d"
    r"|scenarios?\s+(?:that|which)\s+(?:assume|describe))\b",
    re.I,
)  # (searched only in a sentence that names a milestone)
#: the milestone of other parties: "the announcement of 2050 net-zero targets by many countries"
_OTHERS_AFTER_RE = rx.compile(
    r"[^.;]{0,30}?\b(?:targets?|pledges?|commitments?|goals?)\s+(?:by|of|from)\s+(?:many|several|other|numerous|some"
    r"|most|all|over\s+\d+|more\s+than\s+\d+|\d+)\s+(?:other\s+)?(?:countries|parties|nations|economies|governments)\b",
    re.IGNORECASE,
)
#: What peaks that is no emission: "the population … peaking at 290,000", "peak electricity demand", "peak load"
_OTHER_PEAK_RE = rx.compile(r"\b(?:population|demand|load|temperatures?|rainfall|prices?)\b[^.;]{0,70}$", re.I)
#: ... or what the peak is said to be of after its amount: "avoid 5,647 kt, peaking at 1,080 kt in avoided emissions in
#: 2030" (the yearly abatement culminates, the emissions do not)
#: A peak is a milestone of emissions only where its sentence names them (or a gas, or carbon): "unemployment peaked
#: in 2020", "GDP growth peaking in 2022", "forest fires, with one peak in 2011" name no emitted thing. (Not
#: ``changes.EMISSION_WORDS_RE``: its CO2 inside a unit, "peak in 2030 at 58 GgCO2eq" of abatement, names no emission.)
_EMITTED_RE = rx.compile(
    r"emission|\bGHGs?\b|\bCO\s?2|CO₂|carbon|greenhouse|\bgas(?:es)?\b|\bHFCs?\b|methane|\bfluorinated|碳|排放", re.I
)
_ABATEMENT_PEAK_RE = rx.compile(
    r"\s+at\s+[^.;()]{0,40}?\b(?:in|of)\s+(?:avoided|reduced|abated|mitigated)\s+emissions|\s+at\s+[^.;()]{0,40}?\b"
    r"(?:in|of)\s+(?:(?:annual|yearly|emissions?)\s+)?(?:reductions|savings|abatement|removals)\b",
    re.I,
)
_OWN_RE = rx.compile(r"\b(?:we|our|its\s+own)\b", re.I)
_ATTAIN_BEFORE_RE = rx.compile(r"\b(?:achiev|reach|attain)\w*\s+(?:an?\s+|the\s+)?$", re.I)
# "on the path to achieve climate neutrality in the second half of this century": a horizon beyond the frame
_PATH_BEFORE_RE = rx.compile(r"\b(?:path|pathway|way|road|route|towards?)\b[^.;]{0,12}$", re.I)
_LATER_HORIZON_RE = rx.compile(r"[^.;]{0,30}?\b(?:century|half|long[\s-]term|mid-century)\b", re.I)
_REACH_PEAK_RE = first_char_guarded(r"\b(?:reach|achieve)\w*\s+(?:the|its|a)\s+peak", re.I)
#: A milestone in the past: "peaked", "after peaking in 2014", "reached its peak", "achieved coal phase-out".
_PAST_RE = first_char_guarded(
    r"\bpeaked\b|\b(?:after|since|having|following)\s+(?:\w+\s+)?(?:peaking|reaching)\b|\breached\s+(?:the|its|a)\s+peak\b"
    r"|\b(?:was|were|has\s+been|had\s+been)\b[^.;]{0,60}\b(?:achieve|phase|reach)\w*",
    re.I,
)
_QUALIFIERS = {
    "before": "<", "prior to": "<", "by": "<=", "no later than": "<=", "not later than": "<=", "until": "<=",
    "till": "<=", "after": ">", "around": "~", "about": "~",
    "approximately": "~",
}  # fmt: skip
_SPACES_RE = rx.compile(r"\s+")
_HELD_BEFORE_RE = rx.compile(r"\b(?:remain\w*|maintain\w*|keep\w*|stay\w*|continu\w*)\b", re.IGNORECASE)
WINDOW = 60  # a deadline farther than this from the keyword belongs to another statement


#: "expected to peak between 2029 and 2034": the milestone falls in a window, two rows (>= the first, <= the last)
_BETWEEN_AFTER_RE = rx.compile(
    r"\s+(?:[\w-]+\s+){0,3}?between\s+(?P<a>(?:20|21)\d\d)\s+and\s+(?P<b>(?:20|21)\d\d)(?!\d)", re.IGNORECASE
)
#: "a reduction of 15-30 Mt by 2035 from the peak level": the peak is the reference of a change, not a milestone
_REFERENCE_BEFORE_RE = rx.compile(
    r"\b(?:from|below|compared\s+(?:to|with)|relative\s+to|against)\s+(?:the|its|their)\s+$", re.IGNORECASE
)


def _years_of(text: str, start: int, end: int, kw: re.Match[str]) -> list[tuple[int, str]]:
    """(offset of the year, qualifier) of each year of the milestone whose keyword is ``kw``: one, the two ends of a
    window it falls in, or none."""
    if _REFERENCE_BEFORE_RE.search(text, max(start, kw.start() - 30), kw.start()):
        return []  # "from the peak level"
    window = _BETWEEN_AFTER_RE.match(text, kw.end(), min(end, kw.end() + 60))
    if window and window.group("a") < window.group("b"):
        return [(window.start("a"), ">="), (window.start("b"), "<=")]
    found = _year_of(text, start, end, kw)
    return [found] if found is not None else []


def _year_of(text: str, start: int, end: int, kw: re.Match[str]) -> tuple[int, str] | None:
    """(offset of the year, qualifier) of the milestone whose keyword is ``kw``, or None."""
    c_start, c_end = clause_bounds(text, start, end, kw.start())
    if text[kw.start() - 1 : kw.start()] == "(" and text[kw.end() : kw.end() + 1] == ")" and kw.start() - 1 > start:
        # "a GHG emissions maximum (peak) by 2025": the keyword glosses the word before it, in the clause around it
        c_start = clause_bounds(text, start, end, kw.start() - 2)[0]
        c_end = clause_bounds(text, start, end, min(end, kw.end() + 2))[1]
    if "(" in kw.group(0):  # "net emissions of greenhouse gases (other than methane) to zero": its clause goes on
        c_end = max(c_end, clause_bounds(text, start, end, min(end - 1, kw.end()))[1])
    before = _ATTRIBUTIVE_RE.search(text, max(c_start, kw.start() - 30), kw.start())
    if before:
        return before.start("y"), "="
    after = _ATTRIBUTE_AFTER_RE.match(text[kw.end() : c_end])
    if after:
        return kw.end() + after.start("y"), "="
    best: tuple[int, re.Match[str]] | None = None
    following: re.Match[str] | None = None  # the first deadline after the keyword
    for m in _DEADLINE_RE.finditer(text, c_start, c_end):
        if m.start() < kw.start() and _ACT_BEFORE_RE.search(text, c_start, m.start()) and m.end() <= kw.start():
            continue  # "declared ... in 2020": the date of an act, not of the milestone
        if m.group("q")[:1].lower() in "ut" and (
            m.start() < kw.start()
            or "." in text[kw.end() : m.start()]
            or _HELD_BEFORE_RE.search(text, max(c_start, kw.start() - 40), kw.start())
        ):
            # "will keep growing until 2030 and peak thereafter": "until" before the milestone ends another state;
            # "remain carbon neutral until 2035": how long a state reached already holds, no date it is reached
            continue
        dist = m.start() - kw.end() if m.start() >= kw.end() else kw.start() - m.end()
        if m.start() >= kw.end() and following is None and dist <= WINDOW:
            following = m
        if dist <= WINDOW and (best is None or dist < best[0]):
            best = (dist, m)
    if best is not None and following is not None and best[1].end() <= kw.start():
        if _COORDINATED_RE.match(text, best[1].end(), kw.start()):
            # "cut emissions 30% by 2030 and net zero by 2050": the year before "and" ends the goal before it
            best = (0, following)
    if best is not None:
        m = best[1]
        return m.start("y"), _QUALIFIERS.get(_SPACES_RE.sub(" ", m.group("q").lower()), "=")
    opening = _OPENING_YEAR_RE.match(text, start, end)
    if opening and (_REACH_PEAK_RE.search(text, start, end) or _PAST_RE.search(text, start, end)):
        return opening.start("y"), "="  # "In 2025, emissions will reach the peak"; "In May 2024 X achieved coal exit"
    attain = _ATTAIN_BEFORE_RE.search(text, max(start, kw.start() - 30), kw.start()) if opening else None
    if (
        attain
        and opening.group(0).lstrip()[:2].lower() == "by"
        and not _PATH_BEFORE_RE.search(text, max(start, attain.start() - 20), attain.start())
        and not _LATER_HORIZON_RE.match(text, kw.end(), min(end, kw.end() + 50))
    ):
        # "By 2035, we will restore 100,000 ha; achieve net-zero deforestation; …": each goal the frame opens
        return opening.start("y"), "<="
    return None


def read_milestones(
    ctx: DocContext,
    start: int,
    end: int,
    carry: Carry,
    regions: Sequence[cx.RegionMention],
    q_start: int,
    q_end: int,
    label: str = "",
) -> None:
    """Add the milestone years of one sentence to ``ctx`` (see the module docstring); ``label``: the row label of a
    sentence in a table cell, read with it to classify."""

    text = ctx.doc.text
    cites_global = may_cite_global(text, start, end)
    for kw in _GATE.finditer(text, start, end)[0]:
        # a match ends at the keyword and spans at most 49 characters ("worldwide" and 40 more): read only those
        if _GLOBAL_BEFORE_RE.search(text, max(start, kw.start() - GLOBAL_REACH), kw.start()):
            continue  # "global emissions to peak before 2025" is the world's milestone, not this country's
        if _GLOBAL_AFTER_RE.match(text, kw.end(), end):
            continue  # "a strategy aligned with achieving net zero global emissions by 2050": the world's too
        if cites_global and global_pathway(text, start, kw.start(), end):
            continue  # "limiting warming to 1.5 °C requires … net zero CO2 by 2050": the science's milestone
        if kw.group(0)[:4].lower() == "peak" and (
            _OTHER_PEAK_RE.search(text, max(start, kw.start() - 90), kw.start())
            or not _EMITTED_RE.search(text, start, end)
        ):
            continue  # "the population is projected to peak at 133,000 around 2075", "In 2020, unemployment peaked"
        if _OTHERS_AFTER_RE.match(text, kw.end(), end):
            continue  # "the announcement of 2050 net-zero targets by many countries": other parties' milestones
        if kw.group(0)[:1] in "pP" and _ABATEMENT_PEAK_RE.match(text, kw.end(), end):
            continue  # "peaking at 1,080 kt in avoided emissions in 2030": the abatement's peak
        if (scenario := _SCENARIO_BEFORE_RE.search(text, start, kw.start())) and not _OWN_RE.search(
            text, scenario.end(), kw.start()
        ):
            continue  # "RCP4.5, which assumes that GHG emissions peak around 2040"
        for ystart, qualifier in _years_of(text, start, end, kw):
            if ystart in ctx.year_starts:
                continue
            year = int(text[ystart : ystart + 4])
            number = Number(ystart, ystart + 4, Decimal(year), "digits")
            region = region_for(
                ctx, text, Quantity(number, Decimal(year), "year", ystart + 4), start, end, regions, carry
            )[0]
            if region == "World":
                continue
            present = ctx.ref_year
            past = bool(_PAST_RE.search(text, start, end)) or (
                present is not None and year <= present and qualifier == "="
            )
            if past and kw.group(0)[:4].lower() == "zero":
                # "a strategy titled 'Port 2035 – Zero Emission', developed in 2021": no sector is at zero yet (only
                # net zero or neutrality is reported as reached)
                continue
            obs = Observation(
                doc=ctx.doc.doc,
                value=Decimal(year),
                unit="year",
                value_raw=text[ystart : ystart + 4],
                quote=text[q_start:q_end].replace("\n", " "),
                char_start=ystart,
                char_end=ystart + 4,
                kind="actual" if past else "target",
                year=year,
                qualifier=qualifier,
                region=region,
                page=ctx.doc.page_at(ystart),
            )
            ctx_start, ctx_end = min(start, q_start), max(end, q_end)
            rel = ystart - ctx_start + len(label)
            obs.indicator = ctx.catalogue.classify(label + text[ctx_start:ctx_end], rel, rel + 4, "year", region)
            ctx.add(obs)
