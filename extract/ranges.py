"""How the quantities of a sentence relate: ranges (two bounds), lists that share a unit, restatements in brackets,
and from-to groups (a change over time); the years written right after a quantity are ``localyears``'.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import rx
from .alternation import first_char_guarded
from .asideunits import OWN_YEAR_AFTER_RE
from .gases import respective_gas_unit
from .localyears import date_written_after, deadline_to_end, year_value_pairs
from .model import Observation
from .numbers import MAGNITUDES
from .quantity import Quantity

_BETWEEN_RE = first_char_guarded(r"\bbetween\s+$", re.IGNORECASE)
_AND_GAP_RE = rx.compile(r"^\s*(?:and|,|, and)\s*$")
_CHAIN_GAP_RE = rx.compile(r"^\s*(?:and|,|, and|:)\s*$")  # members of a list, or of a ratio series 8.9:44.2:46.9
#: the words of an estimate or a bound between "from" / "to" and its number: "from less than 1% in 2020 to 45%"
_HEDGE = (
    r"(?:about|around|approximately|approx\.|ca\.|circa|roughly|some|over|nearly|almost|just|only|under"
    r"|(?:less|more|fewer)\s+than"
    r"|just\s+(?:over|under|below|above))\s+"
)
#: what may stand between "from" and the start value: "from an estimate of 57%", "from a level of 3.2 Mt"
_START_NOUN = r"(?:an?\s+(?:estimated?|level|baseline|value|average)\s+(?:of\s+)?)"
#: ... and "from the current baseline of 7.7%", "from current levels of 18%": the present level the change starts at
_PRESENT_START = (
    r"(?:(?:the\s+)?(?:current|present|existing|today'?s)\s+(?:(?:baseline|levels?|values?|share|rate)\s+(?:of\s+)?)?)"
)
_FROM_BEFORE_RE = first_char_guarded(
    rf"\bfrom(?:\s+(?:{_PRESENT_START}|the\s+|{_START_NOUN}|an?\s+|{_HEDGE})?(?:current\s+|today'?s\s+)?)?$",  # (glued:
    re.I,  # "from$US 0.3 million")
)
#: "ranging from X to Y", "varying from X to Y": the bounds of a range, not a change from one to the other
_RANGING_FROM_RE = rx.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+[^\d]{0,20}$", re.I)
_FROM_REACH = 40  # characters before a start value that "from" and its words may span ("from the current baseline of")
# (the end may be the present's: "from 180 MW to the current 260 MW")
_TO_GAP_RE = rx.compile(rf"^(?P<pre>.*?)\bto\s+(?:the\s+)?(?:(?:current|present|existing)\s+)?(?:{_HEDGE})?$", re.I)
# "… from the 61% in 2013", "… from a 33 percent share"
_FROM_GAP_RE = rx.compile(rf"^(?P<pre>.*?)\bfrom\s+(?:the\s+|{_START_NOUN}|an?\s+)?(?:{_HEDGE})?$", re.I)
_RESTATE_GAP_RE = rx.compile(
    r"^\s*[(\[]\s*(?:i\.e\.,?\s*|or\s+|approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|~)?$", re.IGNORECASE
)


def is_restatement(text: str, prev: Quantity, q: Quantity) -> bool:
    """'960 million mu (approximately 64 million hectares)': the bracket restates the same amount in other units.

    Only the same amount is a restatement: "R$300 million (R$100 million of which ...)" names a part of it.
    """
    if not _RESTATE_GAP_RE.match(text[prev.end : q.start]):
        return False
    if OWN_YEAR_AFTER_RE.match(text, q.end):
        return False  # "MDL 33.9 million (MDL 34.9 million in 2022, …)": another year's amount, however close
    if prev.unit != q.unit:
        # "KES 20 billion (approximately USD 200 million)": the same money in another currency
        return prev.unit.endswith(" billion") and q.unit.endswith(" billion")
    big = max(abs(prev.value), abs(q.value))
    return big == 0 or abs(prev.value - q.value) <= big * _RESTATE_TOLERANCE


_RESTATE_TOLERANCE = Decimal("0.05")
_RANGE_GAP_RE = rx.compile(r"\s*(?:-|–|—|−|~|～|〜|to)\s*")
_DASH_GAP_RE = rx.compile(r"\s*(?:-|–|—|−|~|～|〜)\s*")
_LIST_GAP_RE = rx.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*")
#: A list gap with each value's year in it: "49.5 in 2000 and 70.4 Mt in 2010", "4,922 and in 2010 - 7,040 Gg": the
#: values of one series over time, written with their unit once.
_DATED_LIST_GAP_RE = rx.compile(
    r"\s*(?:(?:in\s+)?(?:19|20)\d\d\s*)?(?:,|and|,\s*and)\s*(?:(?:in\s+)?(?:19|20)\d\d\s*(?:[-–—:,]\s*)?)?"
)
_BRACKET_OPEN_RE = rx.compile(r"\s*[(\[]\s*")
_BRACKET_CLOSE_RE = rx.compile(r"[^()\[\]]{0,20}?[)\]]")
_PARALLEL_GAP_RE = rx.compile(r"\s*,?\s*(?:and|or|while|but)(?:\s+[a-z]+){0,2}\s+")
_BILLION = Decimal(10) ** 9
# Units a bare number may share with its partner: written units, not those inferred from a noun or a magnitude.
_UNSHARED = frozenset({"", "count", "million", "ratio"})


_SPACED_MINUS_BEFORE_RE = rx.compile(r"\b(?:from|to|of|was|were|is|are)\s[-−–]\s$", re.IGNORECASE)


def minus_before(text: str, at: int, floor: int) -> bool:
    """A minus sign glued to the number and standing alone before it ("were -13.19 Gg", "(−2,500 kt)", "amounted
    to –3,243 Gg": an en dash set for a minus), not a dash between two numbers ("3-4 Mt", "2020 -2030") nor a hyphen
    in a word ("CO2-13"); a hard-wrapped line may open with it ("amounted to\n-13,596 kt")."""
    if at - 2 >= floor and text[at - 1] == " " and text[at - 2] in "-−–":
        # "decreased from - 20,972 Gg": a minus set apart after a word that leads a value
        return bool(_SPACED_MINUS_BEFORE_RE.search(text, max(floor, at - 12), at))
    if at - 1 < floor or text[at - 1] not in "-−–":
        return False
    before = text[max(floor, at - 3) : at - 1]
    if text[at - 1] == "–" and before[-1:] == " " and _label_dash(text, at - 1, floor):
        return False  # "Energy efficiency –5634.65 Gg": an en dash after a line's label parts it from its value
    return at - 1 == floor or (before[-1:] in (" ", "(", "\u00a0", "\n") and not before[:-1].strip(" (").isdigit())


#: A line that opens with a short label of words, no verb or preposition that leads a value before its en dash:
#: "Energy efficiency –5634.65 Gg Eq-CO2 of which 84.62% unconditional" lists a reduction under its measure
_LABEL_DASH_RE = rx.compile(
    r"[ \t]*(?:[A-Z][\w/&-]*)(?:[ \t]+(?!(?:to|of|at|was|were|is|are|be|from|by|reached|amounted|totall?ed"
    r"|about|approximately|around)\b)[A-Za-z][\w/&-]*){0,4}[ \t]"
)
_LABEL_CHARS = 60


def _label_dash(text: str, dash: int, floor: int) -> bool:
    """Whether the en dash at ``dash`` follows the short label its line opens with (see ``_LABEL_DASH_RE``)."""
    line = max(text.rfind("\n", floor, dash) + 1, floor)
    return dash - line <= _LABEL_CHARS and _LABEL_DASH_RE.fullmatch(text, line, dash) is not None


def unit_unwritten(q: Quantity) -> bool:
    """Whether no unit is written at ``q``: none at all, or a ratio guessed from a word before it ("carbon intensity
    fell from 2.71 to 1.64 kg CO2e/USD": the start is in the unit written at the end, no ratio of its own)."""
    return not q.unit or (q.unit == "ratio" and q.start == q.num.start and q.end == q.num.end)


def _share_unit(a: Quantity, b: Quantity, text: str = "") -> None:
    """A bare bound takes the unit and magnitude written at its partner: "2.5 to 3 billion t", "USD 3 - 4 billion";
    a minus glued to it signs a mass ("from -2,310 to -1,904 kt CO2e": a sink's start)."""
    a_money, b_money = a.unit.endswith(" billion") and a.start < a.num.start, b.unit.endswith(" billion")
    # (a bound with a magnitude word of its own beside one without counts something else: "a population of 8.1
    # billion, or 43 GtCO2e")
    if (
        unit_unwritten(a)
        and b.unit not in _UNSHARED
        and a.num.form == b.num.form == "digits"
        and not (a.num.magnitude > 1 and b.num.magnitude == 1)
    ):
        factor = abs(b.value) / b.num.value if b.num.value else Decimal(1)  # (b's sign is its own)
        magnitude = b.num.magnitude if a.num.magnitude == 1 else Decimal(1)
        a.unit, a.value = b.unit, a.num.value * magnitude * factor
        if text and a.unit in ("Mt CH4", "Mt N2O", "Mt CO2"):  # "0.71 and 0.03 kt of CH4 and N2O, respectively"
            a.unit = respective_gas_unit(text, a.num.start, a.end, 0) or a.unit
        if text and a.unit.startswith("Mt") and minus_before(text, a.num.start, 0):
            a.value, a.start = -a.value, a.num.start - 1
    elif a_money and b.unit in ("", "million") and b.start == b.num.start and b.num.magnitude > 1:
        # "USD 3 - 4 billion": the currency is written at the first bound, the magnitude at the last
        b.unit, b.value = a.unit, b.num.value / _BILLION
        if a.num.magnitude == 1:
            a.value = a.value * b.num.magnitude
    elif a_money and b_money and a.unit == b.unit and a.num.magnitude == 1 and b.num.magnitude > 1:
        a.value = a.value * b.num.magnitude  # "USD 16 – USD 267 billion"
    elif a_money and b.coded and a.unit != b.unit and a.num.magnitude == 1 and b.num.value:
        # "$984.9 and $1,054.5 Million USD": the magnitude and the code written at the last bound hold for the first
        a.unit, a.value = b.unit, a.num.value * b.num.magnitude * b.value / b.num.value


def _list_partner(text: str, qs: list[Quantity], i: int) -> Quantity | None:
    """The next listed value whose written unit the bare value ``qs[i]`` shares: "3 and 4.5 per cent", and across
    bracketed asides, "0.6 (2.3%) and 0.5 (2.0%) Mt CO2e"."""
    a, j = qs[i], i + 1
    while j < len(qs):
        b = qs[j]
        if _BRACKET_OPEN_RE.fullmatch(text, a.end, b.start) and _BRACKET_CLOSE_RE.match(text, b.end):
            a = Quantity(a.num, a.value, a.unit, _BRACKET_CLOSE_RE.match(text, b.end).end())  # skip "(2.3%)"
            j += 1
            continue
        if b.unit not in _UNSHARED and (
            _LIST_GAP_RE.fullmatch(text, a.end, b.num.start) or _DATED_LIST_GAP_RE.fullmatch(text, a.end, b.num.start)
        ):
            return b
        return None
    return None


def _money_without_magnitude(a: Quantity, b: Quantity) -> bool:
    """Both amounts of one currency written first ("US$0.21 … US$0.64 bn"), only the second with its magnitude."""
    return (
        a.unit == b.unit
        and a.unit.endswith(" billion")
        and a.start < a.num.start
        and b.start < b.num.start
        and a.num.magnitude == 1
        and b.num.magnitude > 1
    )


def resolve_ranges(text: str, qs: list[Quantity]) -> None:
    """Ranges ("60%-70%", "40% to 45%", "between 3 and 5 GW", "1.05 to 0.85 Gt") give two rows: >= the smaller bound
    and <= the larger, in the unit and magnitude written at either bound; "from X to Y" is a change, not a range.
    Values listed with "and" or commas share the unit written after the last one ("3 and 4.5 per cent")."""
    for a, b in zip(qs, qs[1:], strict=False):
        gap_end = b.start if b.start < b.num.start else b.num.start
        # "between US$ 9.3 and …": the "and" gap asked first, it is rarer than the word
        ranged = _RANGE_GAP_RE.fullmatch(text, a.end, gap_end) or (
            _AND_GAP_RE.match(text[a.end : gap_end]) and _BETWEEN_RE.search(text[max(0, a.start - 12) : a.start])
        )
        if not ranged:
            continue
        before = text[max(0, a.num.start - _FROM_REACH) : a.start].rstrip("-−–")  # ("from -2,310 to -1,904": signed)
        if (
            _FROM_BEFORE_RE.search(before)
            and not _DASH_GAP_RE.fullmatch(text, a.end, gap_end)
            and not _RANGING_FROM_RE.search(before)
        ):
            if _money_without_magnitude(a, b):  # "from US$0.21 to US$0.64 bn": the magnitude is written once
                a.value = a.value * b.num.magnitude
            continue  # "from X to Y" is a change over time; "from 350-420 Mt" is still a range
        _share_unit(a, b, text)
        if a.unit and a.unit == b.unit:
            low, high = (a, b) if a.value <= b.value else (b, a)
            low.qualifier, high.qualifier = ">=", "<="
    for i in range(len(qs) - 2, -1, -1):  # right to left: "3, 4 and 5 GW"
        a, b = qs[i], qs[i + 1]
        if a.unit:
            continue
        partner = _list_partner(text, qs, i)
        if partner is not None:
            _share_unit(a, partner, text)
        elif (
            b.unit == "million"
            and a.num.magnitude == b.num.magnitude
            and _PARALLEL_GAP_RE.fullmatch(text, a.end, b.num.start)
        ):  # "made 7 million and sold 6.9 million vehicles": the counted noun is written once, at the end
            a.unit, a.value = b.unit, a.num.value / MAGNITUDES["million"]


#: Between a bare start and its end: "from 538 [in 2012] to 850 kt", "from -7,771 in 2012 to -4,687 kt in 2022".
_FROM_TO_GAP_RE = rx.compile(
    r"\s*(?:\(?\s*(?:in\s+)?(?:19|20)\d\d\s*\)?\s*)?,?\s*to\s+(?:about\s+|around\s+|approximately\s+|over\s+|nearly\s+)?",
    re.I,
)


def share_from_to_units(text: str, qs: list[Quantity]) -> None:
    """A bare start of a from-to takes the unit written at its end, with its magnitude: "emissions climbed from 538 in
    2012 to 850 ktCO2e in 2019" (a range's bounds share theirs in ``resolve_ranges``)."""
    for a, b in zip(qs, qs[1:], strict=False):
        if (
            unit_unwritten(a)
            and b.unit not in _UNSHARED
            and a.num.form == b.num.form == "digits"
            and _FROM_BEFORE_RE.search(text[max(0, a.num.start - 25) : a.start].rstrip("-−–"))
            and _FROM_TO_GAP_RE.fullmatch(text, a.end, b.start if b.start < b.num.start else b.num.start)
        ):
            _share_unit(a, b, text)


def resolve_from_to(text: str, qs: list[Quantity]) -> None:
    """Mark from/to groups and years written right after a quantity, pairing lists ('8.0% and 13.9% in 2018 to ...')."""
    date_written_after(text, qs)
    year_value_pairs(text, qs)
    i = 0
    while i < len(qs):
        # find a chain of quantities joined by "and" / ","
        j = i
        while j + 1 < len(qs) and _CHAIN_GAP_RE.match(text[qs[j].end : _lead(qs[j + 1])]):
            j += 1
        chain = qs[i : j + 1]
        before = text[max(0, chain[0].num.start - _FROM_REACH) : chain[0].start]
        if j + 1 < len(qs):
            gap = text[qs[j].end : _lead(qs[j + 1])]  # "from US$ 0.4 bn to US$ 1.3 bn": up to the currency
            if qs[j + 1].value < 0 and gap.endswith(("-", "−", "–")):
                gap = gap[:-1]  # "from -1,714 kt in 2015 to -1,260 kt": the sign is the end's, not the gap's
            k = j + 1
            while k + 1 < len(qs) and _CHAIN_GAP_RE.match(text[qs[k].end : _lead(qs[k + 1])]):
                k += 1
            nxt = qs[j + 1 : k + 1]
            # the short text before first: the gap patterns scan the whole gap
            if (
                _FROM_BEFORE_RE.search(before)
                and (to_gap := _TO_GAP_RE.match(gap))
                and len(to_gap.group("pre")) < 40
                # (the bounds of a range, "ranging from 2 to 3 Mha", but not "ranging from 14 Mt in 2012 to …")
                and not (_RANGING_FROM_RE.search(before) and _RANGE_GAP_RE.fullmatch(gap))
            ):
                _mark(chain, "from", gap)
                _mark(nxt, "to", "")
                i = k + 1
                continue
            if (
                _TO_BEFORE_RE.search(before)
                and (from_gap := _FROM_GAP_RE.match(gap))
                and len(from_gap.group("pre")) < 40
            ):
                _mark(chain, "to", "")
                _mark(nxt, "from", "")
                deadline_to_end(text, chain, nxt)
                i = k + 1
                continue
        i = j + 1


def _lead(q: Quantity) -> int:
    """Where a quantity's text begins: its currency when one comes first ("US$ 1.3 bn"), else its number."""
    return min(q.start, q.num.start)


_TO_BEFORE_RE = first_char_guarded(r"\b(?:to|reach(?:es|ed|ing)?)\s+(?:\w+\s+){0,2}$")
# ("to 45%", "to reach 45%", "to be around 99%"; "will reach 146 million tonnes from 55 million tonnes": the end first)
_IN_YEAR_RE = first_char_guarded(r"\bin\s+((?:1[89]|20|21)\d\d)\b")


def _mark(group: list[Quantity], role: str, gap: str) -> None:
    m = _IN_YEAR_RE.search(gap)
    for q in group:
        q.group = role
        if m and q.year is None:
            q.year = int(m.group(1))


#: what stands between the two bounds of a range as written ("70–75%", "2.5 to 3.0", "between 3 and 5")
_BOUNDS_GAP_RE = rx.compile(r"\s*(?:-|–|—|−|~|～|〜|to|and)\s*")


def is_upper_bound(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is the second bound of a range whose first is ``prev`` ("62-65 million tons"): one statement,
    kept or left out as a whole."""
    return (
        {prev.qualifier, q.qualifier} == {">=", "<="}
        and prev.unit == q.unit
        and prev.end <= q.start
        and _BOUNDS_GAP_RE.fullmatch(text, prev.end, q.start) is not None
    )


def share_range_context(observations: list[Observation], text: str) -> None:
    """The two bounds of a range are one statement, read twice: each bound's reading fills what the other's lacks.
    A goal read for either makes both goals of its year ("limit emissions to 70–75% of 1990 emissions by 2030": the
    70 is no record of the year the sentence opens with); else both take the year written after the range (the
    upper bound's: "5.9–6.3% by 2050"); a baseline or condition read for one alone holds for both."""
    for a, b in zip(observations, observations[1:], strict=False):
        if {a.qualifier, b.qualifier} != {">=", "<="} or a.unit != b.unit or a.region != b.region:
            continue
        if a.char_end > b.char_start or not _BOUNDS_GAP_RE.fullmatch(text, a.char_end, b.char_start):
            continue
        if a.kind != b.kind:
            goal = a if a.kind == "target" else b
            a.kind = b.kind = goal.kind
            a.year = b.year = goal.year
        else:
            a.year = b.year
        for one, other in ((a, b), (b, a)):
            if not one.baseline and other.baseline:
                one.baseline, one.base_year = other.baseline, other.base_year
            if not one.condition and other.condition:
                one.condition = other.condition


#: What opens the parts of an amount: "USD 4.3 billion …, including 1.6 billion by …", "of which 0.9 billion"
_PARTS_OPEN_RE = rx.compile(
    r"[^.;()]{0,80}?\b(?:including|of\s+which|comprising|consisting\s+of|among\s+which)\s+"
    r"(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
#: Between two parts: "… by bilateral partners and 2.7 billion", "…, 0.4 billion"
_NEXT_PART_RE = rx.compile(r"[^.;()\d]{0,90}?(?:,|\band\b)\s*(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


def share_part_currency(text: str, qs: list[Quantity]) -> None:
    """Bare amounts named as parts of a sum of money take its currency: "4.3 billion US dollars …, including 1.6
    billion by bilateral partners and 2.7 billion by the private sector". Only an amount written with a magnitude
    word ("billion", "million"), right after "including" / "of which" (or after the part before it), with no other
    measured quantity between: a bare "15" is no amount."""
    total: Quantity | None = None
    last: Quantity | None = None
    for q in qs:
        if q.unit.endswith(" billion") and q.unit[:3].isupper():
            total, last = q, None
            continue
        if q.unit:
            total = last = None  # another measure between: the parts, if any, are of something else
            continue
        if total is None or q.num.magnitude <= 1 or q.value < 0:
            continue
        opens = _PARTS_OPEN_RE.fullmatch(text, total.end, q.start) if last is None else None
        if opens or (last is not None and _NEXT_PART_RE.fullmatch(text, last.end, q.start)):
            q.unit, q.value = total.unit, Decimal(q.num.value) / MAGNITUDES["billion"]
            last = q
