"""The world's numbers quoted beside the country's: global averages and totals, the cuts of global pledges, gases'
warming potentials, and what the science says the world must do. Context, not the country's values (the dev-set
conventions leave them out); ``scope`` re-exports the readers. Kept apart from ``scope``, which reads topics.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from . import context as cx
from . import rx
from .alternation import first_char_guarded

#: Global statistics are context, not the country's values (the dev-set conventions leave them out): "well below the
#: global average of 6.7 tCO2e per capita", "world average emissions of 4.5 t". (The country's own share of global
#: emissions, "Ghana contributes 0.1% of global emissions", is the country's value and stays.)
_PEERS = r"(?:global|world(?:wide)?|international|OECD|EU|European|regional|continental|African|G20)"
_GLOBAL_AVERAGE_BEFORE_RE = rx.compile(
    # (a peer group's average too: "better than the OECD average, which is about 30 per cent")
    rf"\b{_PEERS}\s+(?:[\w-]+\s+){{0,2}}?average(?:\s+[\w-]+){{0,2}}?,?\s+(?:which\s+)?(?:of|is|was|at|stands\s+at)\s+"
    r"(?:about\s+|around\s+|approximately\s+|some\s+)?$"
    # the average said the other way round: "the average emissions per capita worldwide was", "the average of Least
    # Developed Countries of", "the average in small island developing states is"
    r"|\baverage\s+(?:[\w-]+\s+){0,3}?(?:worldwide|globally|in\s+the\s+world)\s+(?:of|is|was|at|stands\s+at)\s+"
    r"(?:about\s+|around\s+|approximately\s+|some\s+)?$"
    r"|\baverage\s+(?:of|for|in|among)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,4}?(?:countries|states|nations|economies)"
    r"(?:\s*\([A-Z]{2,5}\))?\s+(?:of|is|was|at|stands\s+at)\s+(?:about\s+|around\s+|approximately\s+|some\s+)?$",
    re.IGNORECASE,
)
#: The country's distance from a world or peer average: "45% below the global average", "three times the world
#: average": a comparison, no value of the country's plan or record (its own level is stated beside it)
_VS_AVERAGE_AFTER_RE = rx.compile(
    r"\s*(?:(?:below|above|lower\s+than|higher\s+than|less\s+than|more\s+than|under|over)\s+|of\s+)?(?:the\s+)?"
    rf"{_PEERS}\s+(?:[\w-]+\s+){{0,2}}?average\b",
    re.IGNORECASE,
)

#: The world's total in brackets after the country's share of it: "0.2% of global GHG emissions in 2019 (52 GtCO2e)".
_GLOBAL_TOTAL_BRACKET_RE = rx.compile(
    r"\b(?:global|world(?:wide|'s|’s)?)\s+(?:[\w-]+\s+){0,2}?(?:emissions?|total)\b[^().;]{0,25}\(\s*"
    r"(?:about\s+|around\s+|approximately\s+|some\s+|of\s+)?$",
    re.IGNORECASE,
)


#: A cut of the world's emissions, the goal of a global pledge the country joins: "will collaborate with other members
#: to reduce global methane emissions by 30% by 2030" (not its own methane).
_GLOBAL_CUT_BEFORE_RE = rx.compile(
    r"\b(?:global|world(?:wide|'s|’s)?)\s+(?:[\w-]+\s+){0,3}?emissions?\s+(?:by|of)\s+"
    r"(?:about\s+|around\s+|approximately\s+|at\s+least\s+|some\s+)?"
    # the upper end of a range too: "by 40-70%", "by 40% to 70%"; and a range bracketed after the central value:
    # "a reduction in global net anthropogenic GHG emissions of around 45% (40-60% interquartile range)"
    r"(?:\d[\d.,]*\s*%?\s*\(\s*)?(?:\d[\d.,]*\s*%?\s*(?:-|–|to)\s*)?$",
    re.IGNORECASE,
)

#: the world's emissions or gases, what must happen to them, then a list of cuts by deadline up to the number: "global
#: greenhouse gases would have to be reduced by 43 percent by 2030, 60 percent by 2035 and 84 percent by 2050"
_GLOBAL_CUT_LIST_BEFORE_RE = rx.compile(
    r"(?:\b(?:global|world(?:wide|'s|’s)?)\s+(?:[\w-]+\s+){0,3}?(?:emissions?|greenhouse\s+gas(?:es)?|GHGs?|CO2)\b"
    r"[^.;\d]{0,60}?\b(?:reduced?|cut|declined?|fall|drop|lowered|decreased?)"
    # (or the world's cut named as a noun: "the global reduction of HFC production and consumption by 80-85%")
    r"|\b(?:global|world(?:wide|'s|’s)?)\s+(?:reductions?|cuts?|phase-?downs?|decreases?)\s+(?:of|in)\s+[^.;\d]{1,60}?)"
    r"\s+by\s+(?:\d[\d.,]*\s*%?\s*(?:-|–|to)\s*)?"
    r"(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:by|in)\s+(?:19|20)\d\d\s*(?:,\s*and|,|and)\s*)*"
    r"(?:about\s+|around\s+|approximately\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)


#: A named global pledge, then what it aims for, with no other number between: the pledge's collective goal
_PLEDGE_AIM_BEFORE_RE = rx.compile(
    # (its name may join words with "and": "Global Energy Storage and Grids Pledge")
    r"\bGlobal\s+(?:(?:[A-Z][\w-]*|and|&)\s+){1,6}Pledge\b[^.;\d]{0,50}(?:\(\d{4}\))?[^.;\d]{0,40}"
    r"\b(?:aim(?:s|ing)?|target(?:s|ing)?|seek(?:s|ing)?|commit(?:s|ting)?)\b[^.;\d]{0,25}$"
)
#: The world's total as the subject of the number: "Global emissions for 2007, according to the Emission Gap Report,
#: were 48,100 MtCO2e" (a share of it, "0.3% of global emissions", stays the country's).
_GLOBAL_TOTAL_BEFORE_RE = rx.compile(
    r"(?<!share\sin\s)(?<!share\sof\s)(?<!contribution\sto\s)"  # "Liberia's contribution to global emissions was"
    # ("the average global per capita CO2 emissions had reached 4.5 tons": its measure named between)
    r"\b(?:global|world(?:wide|'s|’s)?)\s+(?:[\w-]+\s+){0,3}?emissions\b"
    r"(?:(?!\b(?:and|while|but)\b)(?:[^.;%\d]|(?<!\d)(?:19|20)\d\d(?!\d))){0,70}?\b(?:were|was|reached|totall?ed"
    r"|amounted\s+to|stood\s+at)\s+(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)


#: A gas's global warming potential is a physical constant of the accounting, not a value of the plan: "methane, with
#: a 100-year global warming potential 28-34 times that of CO2", "HFC-134a (GWP of 1,430)".
_GWP_BEFORE_RE = rx.compile(
    r"\b(?:global\s+warming\s+potentials?|(?-i:GWPs?)(?:[\s-]?100)?)\b(?:\s*\(GWP\))?[^.;,\d]{0,30}"
    r"(?:\d[\d.,]*\s*(?:-|–|to)\s*)?$",  # the upper end of a range too: "28-34 times"
    re.IGNORECASE,
)


#: A gas set equal to its warming potential in a list of the accounting's factors: "CH4 = 21 CO2eq"
_GAS_EQUALS_RE = rx.compile(r"\b(?:CO2|CH4|N2O|SF6|NF3|HFC[\w-]*|PFC[\w-]*)\s*=\s*$")

_NO_COUNTRY_MT = 20_000  # more than any country emits in a year (the largest, some 14 Gt): the world's budget or sum
_WORLD_TOTAL_MT = 1000  # the world emits some 50 Gt a year: "global emissions stood at 16,752 Gg" is a translated
# "émissions globales", the country's total


#: "halving global emissions by 2050", "to cut world emissions by half": the world's emissions as the cut's object
_GLOBAL_OBJECT_AFTER_RE = rx.compile(
    r"[ \t]+(?:the[ \t]+)?(?:global|world(?:wide|'s|’s)?)[ \t]+(?:[\w-]+[ \t]+){0,2}?emissions?\b", re.IGNORECASE
)


#: a peer group's average named right after the value: "the 9.7 tCO2 per capita average of OECD countries"
_PEER_AVERAGE_AFTER_RE = rx.compile(rf"\s*average\s+(?:of|for|in|across)\s+(?:the\s+)?{_PEERS}\b", re.IGNORECASE)


#: a peer group's average bracketed after its name: "below the average for Latin America and the Caribbean region
#: (4.9 tCO2e)", "the average of developing countries (3.2 t)"
_PEER_AVERAGE_BRACKET_RE = rx.compile(
    r"\baverage\s+(?:of|for|in|across)\s+(?:the\s+)?[^().;\d]{0,60}?\b(?:region|countries|nations|continent|Africa"
    r"|America|Caribbean|Asia|Europe|Pacific|OECD|EU|LDCs?|SIDS)\s*\(\s*(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)


_WORLDWIDE_AFTER_RE = rx.compile(r"\s+(?:worldwide|globally|across\s+the\s+(?:world|globe)|in\s+the\s+world)\b", re.I)


def global_statistic(
    text: str, floor: int, q_start: int, unit: str = "", value: Decimal | None = None, q_end: int | None = None
) -> bool:
    """Whether the number starting at ``q_start`` is a global average quoted for comparison, a cut of the world's
    emissions (a global pledge's goal), the world's total as its subject or in brackets (an amount, not the
    country's share: "a low contribution to global emissions (0.02%)"), or a gas's global warming potential."""
    if value is not None and unit.startswith("Mt") and value > _NO_COUNTRY_MT:
        # "a global CO2 budget of 500 gigatonnes", "2,000 GtCO2 were emitted between 1750 and 2010"; a country's sum
        # over decades may be that large ("a cumulative reduction of more than 66.6 billion tons"), not the world's
        near = max(floor, q_start - 150)
        cumulative = cx.may_contain(text, near, q_start, ("cumulative",))
        return not cumulative or cx.may_contain(text, near, q_start, ("global", "world"))
    lo = max(floor, q_start - 60)
    equals = "=" in text[max(floor, q_start - 3) : q_start]
    if equals and _GAS_EQUALS_RE.search(text, max(floor, q_start - 12), q_start):
        return True  # "CH4 = 21 CO2eq": a warming potential listed, no emissions
    if cx.may_contain(text, lo, q_start, ("gwp", "warming")) and _GWP_BEFORE_RE.search(text, lo, q_start):
        return True
    if cx.may_contain(text, lo, q_start, ("average",)) and _GLOBAL_AVERAGE_BEFORE_RE.search(text, lo, q_start):
        return True
    if cx.may_contain(text, lo, q_start, ("global", "world")) and _GLOBAL_CUT_BEFORE_RE.search(text, lo, q_start):
        return True
    wide = max(floor, q_start - 200)
    if cx.may_contain(text, wide, q_start, ("global", "world")) and _GLOBAL_CUT_LIST_BEFORE_RE.search(
        text, wide, q_start
    ):
        return True  # "global greenhouse gases would have to be reduced by 43 percent by 2030, 60 percent by 2035"
    if cx.may_contain(text, max(floor, q_start - 90), q_start, ("pledge",)) and _PLEDGE_AIM_BEFORE_RE.search(
        text, max(floor, q_start - 90), q_start
    ):
        return True  # "accession to the Global Methane Pledge (2024), aiming for a 30% methane reduction": its goal
    if unit in ("%", "x", "times") and q_end is not None and _VS_AVERAGE_AFTER_RE.match(text, q_end, q_end + 60):
        return True  # "fully 45% below the global average": the country against the world, for comparison
    if q_end is not None and _PEER_AVERAGE_AFTER_RE.match(text, q_end, q_end + 40):
        return True  # "well below the 9.7 tCO2 per capita average of OECD countries": the peers', for comparison
    if text[max(floor, q_start - 3) : q_start].rstrip().endswith("(") and _PEER_AVERAGE_BRACKET_RE.search(
        text, max(floor, q_start - 100), q_start
    ):
        return True  # "below the average for Latin America and the Caribbean region (4.9 tCO2e)": the peers'
    if unit == "%" and q_end is not None and _GLOBAL_OBJECT_AFTER_RE.match(text, q_end, q_end + 60):
        return True
    if unit == "%" and q_end is not None and _WORLDWIDE_AFTER_RE.match(text, q_end, q_end + 30):
        return True  # "while emissions have risen by over 50% worldwide": the world's change, for comparison
    if unit == "%" or not cx.may_contain(text, max(floor, q_start - 120), q_start, ("global", "world")):
        return False
    if _GLOBAL_TOTAL_BRACKET_RE.search(text, lo, q_start):
        return True
    world_scale = not unit.startswith("Mt") or value is None or value >= _WORLD_TOTAL_MT
    if world_scale and _GLOBAL_OPENS_RE.match(text, floor, q_start):
        return True  # "Global emissions of 4.8 t per person by 2030 …": the sentence opens with the world's level
    return world_scale and bool(_GLOBAL_TOTAL_BEFORE_RE.search(text, max(floor, q_start - 120), q_start))


_GLOBAL_OPENS_RE = rx.compile(
    # (or labels it: "Global emissions: 52,700 MtCO2eq. (2014)", a note citing the world's total)
    r"\s*(?:global|world(?:wide|'s|’s)?)\s+(?:[\w-]+\s+){0,2}?emissions(?:\s+of|\s*:)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


#: What the science or the world must do, reported as context: "The IPCC states that … emissions will need to be
#: reduced by 43% by 2030", "Global methane emissions would need to fall by a third". Not the country's goal.
_GLOBAL_PATHWAY_RE = first_char_guarded(
    r"\b(?:IPCC|AR6|(?:the\s+)?(?:latest\s+)?science|global(?:ly)?\s+(?:[\w-]+\s+){0,2}?emissions"
    r"|world(?:wide)?\s+(?:[\w-]+\s+){0,2}?emissions)\b(?:[^.;]|\.(?=\d)){0,160}?\b(?:need(?:s|ed)?\s+to|must|should|ha(?:ve|s)\s+to|required\s+to)\b",
    re.IGNORECASE,
)
_OWN_SUBJECT_RE = first_char_guarded(r"\b(?:we|our|national|the\s+country|the\s+government)\b", re.IGNORECASE)
_GLOBAL_PATHWAY_WORDS = ("ipcc", "ar6", "science", "global", "world")  # one is in every _GLOBAL_PATHWAY_RE match
_CITES_GLOBAL_WORDS = (*_GLOBAL_PATHWAY_WORDS, "warming")
#: And one of these, or "have to" / "has to" (_HAVE_TO_RE, on lower-case text: its literal start is found in C).
_NEED_WORDS = ("need", "must", "should", "required")
_HAVE_TO_RE = rx.compile(r"ha(?:ve|s)\s+to")


def may_cite_global(text: str, start: int, end: int) -> bool:
    """The cheap word test of ``global_pathway``, once per sentence: most sentences name neither science nor world
    (nor warming: "limiting warming to 1.5 °C requires …", ``_LIMITING_PATHWAY_RE``)."""
    return cx.may_contain(text, start, end, _CITES_GLOBAL_WORDS)


def global_pathway(text: str, start: int, q_start: int, sent_end: int | None = None) -> bool:
    """The number is a cut the science or the world needs, not the country's: no own subject after the citation.
    (Asked only of a sentence that ``may_cite_global``; ``sent_end``: where the sentence ends, when the caller asks
    for several of its numbers, whose sentence is then read once.)"""
    m = _pathway(text, start, q_start, sent_end)
    if m is None and cx.may_contain(text, start, q_start, ("warming",)):
        m = _LIMITING_PATHWAY_RE.search(text, start, q_start)  # "In the trajectories that limit global warming to …"
    return bool(m) and not _OWN_SUBJECT_RE.search(text, m.start(), q_start)


#: The science's pathways named by what they limit: "in the trajectories that limit global warming to 1.5 °C, net CO2
#: emissions decline by about 45% from 2010 levels by 2030" (the world's path, no country's goal)
#: and what limiting warming takes: "limiting global warming to 1.5 °C … requires deep … reductions of 43% by 2030",
#: "to achieve the goal of limiting warming within 1.5 °C, it is necessary to reduce …"
_LIMITING_PATHWAY_RE = rx.compile(
    r"\b(?:pathways?|trajectories|trajectory|scenarios?)\s+(?:that\s+|which\s+)?limit(?:s|ing)?\s+(?:global\s+)?warming\b"
    r"|\blimit(?:ing)?\s+(?:the\s+increase\s+in\s+)?(?:global\s+)?(?:average\s+)?(?:warming|temperature(?:\s+increase)?)"
    r"\s+(?:to|below|within|under)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:requires?|required|necessary|needs?|must)\b",
    re.IGNORECASE,
)


def _pathway(text: str, start: int, end: int, sent_end: int | None = None) -> re.Match[str] | None:
    """``_GLOBAL_PATHWAY_RE.search(text, start, end)`` for ``global_pathway``, tried only where a citation's word
    starts: the case-insensitive regex, tried at every position of a long span, is the dearest of a sentence. A match
    starts at its word, or at "the"/"latest" before "science": the match at "science" then serves alike, since no own
    subject (``_OWN_SUBJECT_RE``) is in "the latest". As ``cx.may_contain``: ı, İ and ſ, which the regex pairs with i
    and s, leave the span to the regex. With ``sent_end``, the sentence to it is lowered and its citation words found
    once (``_citations``), each number reading the part before it: the same words, as lowering keeps positions."""
    cited = _citations(text, start, sent_end) if sent_end is not None else None
    if cited is None:
        span = text[start:end]
        if not span.isascii() and ("ı" in span or "İ" in span or "ſ" in span):
            return _GLOBAL_PATHWAY_RE.search(text, start, end)
        low = span.lower()
        n = len(low)
        starts = _citation_starts(low)
    else:
        low, starts = cited
        n = end - start
    if not any(low.find(word, 0, n) >= 0 for word in _NEED_WORDS) and _HAVE_TO_RE.search(low, 0, n) is None:
        return None  # every match names a need ("need", "must", "have to", …)
    for at in starts:
        if at >= n:
            break
        if m := _GLOBAL_PATHWAY_RE.match(text, start + at, end):
            return m
    return None


def _citation_starts(low: str) -> list[int]:
    """Where a citation word (``_GLOBAL_PATHWAY_WORDS``) starts in ``low``, in order."""
    starts: list[int] = []
    for word in _GLOBAL_PATHWAY_WORDS:
        at = low.find(word)
        while at >= 0:
            starts.append(at)
            at = low.find(word, at + 1)
    return sorted(starts)


@lru_cache(maxsize=8)
def _citations(text: str, start: int, end: int) -> tuple[str, list[int]] | None:
    """The sentence ``text[start:end]`` lowered, with its ``_citation_starts``; None when it holds ı, İ or ſ."""
    span = text[start:end]
    if not span.isascii() and ("ı" in span or "İ" in span or "ſ" in span):
        return None
    low = span.lower()
    return low, _citation_starts(low)


#: A line that gives a party's share of the world's emissions as a label and a number: "South Asia 7.31% of global
#: emissions." in a list of regions' shares; the label before the number is a name: capitalised words joined by "of",
#: "and", "the" and a group's noun ("Group of OECD countries"), no verb ("National emissions represent").
_LABEL_WORD = r"(?:[A-Z][\w'’.&-]*|of|and|the|other|countries|nations|states|economies|members)"
_PEER_LABEL_RE = rx.compile(rf"\s*[A-Z][\w'’.&-]*(?:[ \t]+{_LABEL_WORD}){{0,7}}[ \t]*:?[ \t]*")
_SHARE_OF_WORLD_AFTER_RE = rx.compile(
    r"\s+of\s+(?:the\s+)?(?:total\s+)?(?:global|world(?:'s|’s)?|worldwide)\s+(?:[\w-]+\s+){0,2}?emissions\b", re.I
)
_OWN_SUBJECT_RE = rx.compile(r"\b(?:country|nation|we|our|its)\b", re.I)


def peer_share(text: str, start: int, q_start: int, q_end: int, country: str) -> bool:
    """Whether the share at ``text[q_start:q_end]`` is another party's part of the world's emissions, labelled by its
    name alone ("Group of OECD countries 56.9% of global emissions."): a line of a list of the world's shares, quoted
    for comparison. The document's own line ("Ruritania 0.03% of global emissions") names its country and stays."""
    if not _SHARE_OF_WORLD_AFTER_RE.match(text, q_end, q_end + 60):
        return False
    if not _PEER_LABEL_RE.fullmatch(text, start, q_start):
        return False
    label = text[start:q_start]
    # (a document whose country is unknown keeps every share: any line may be its own)
    return bool(country) and country.lower() not in label.lower() and not _OWN_SUBJECT_RE.search(label)
