"""Numbers that measure the economy, not the climate plan: its growth, shares of GDP, exports or the state's
revenues that the sentence spends on nothing, changes of prices, rates of interest. Part of the scope stage
(``scope.out_of_scope`` asks ``economy_figure``); kept apart so each reads alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import context as cx
from . import rx

if TYPE_CHECKING:
    from .classify import Catalogue

#: The growth of the economy or the population right before a number is its subject, whatever climate words the
#: sentence holds: "emission drivers such as population growth increased by 1.6%", "GDP per capita growth was 5.3%",
#: "real GDP will have grown by 0.9%"; so is inflation ("with average inflation of 14.5%").
_PROFILE_GROWTH_BEFORE_RE = rx.compile(
    r"\b(?:(?:GDP|gross\s+domestic\s+product|econom(?:y|ic)|population|income)(?:\s+per\s+capita)?"
    r"(?:\s+(?:will\s+have|has|have|had))?\s+(?:growth|grew|grows|growing|grown"
    # (or shrinking: "real GDP contracted by nearly 47%", "the economy shrank by 8%")
    r"|contract(?:ed|s|ion)|shr[au]nk|shrinks)|inflation"
    # "the economy was projected to grow by 3.7%", "the economy is expected to grow at 5%", "GDP is projected to reach
    # approximately USD 350 billion"
    r"|\b(?:the\s+)?(?:economy|GDP)\s+(?:is|was|were|are|will\s+be)\s+(?:projected|expected|forecast|estimated)\s+to\s+"
    r"(?:grow|expand|increase|reach)"
    # what a path does to the economy: "could increase Moldova's GDP by 1.3-3.0 percent", "reduce GDP by up to 2.8%"
    r"|\b(?:increase|raise|boost|lift|reduce|lower|cut|shrink)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:GDP|GNI"
    r"|gross\s+domestic\s+product|economic\s+output)\s+by"
    r"|\b(?:GDP|GNI|the\s+economy)\s+(?:could|would|will|may|might|is\s+to)\s+(?:grow|expand|increase|rise|fall"
    r"|decline|shrink|contract)\s+by)\b[^.;%\d]{0,30}$",
    re.IGNORECASE,
)
NEAR_CHARS = 60
#: A share whose whole is the economy ("58% of GDP", "92% of the nation's exports") measures the economy, unless the
#: sentence spends it on the plan ("adaptation costs of 0.2% of GDP a year", "investments of 1.5% of GDP").
#: (the whole may be the trade's or the state's takings: "90% of export earnings", "57% of budget revenues", "25% of
#: its total import bill")
_ECONOMY_WHOLE = (
    # ("contributing 33% to national GDP": its part of the economy too)
    r"(?:of|in|to)\s+(?:the\s+|its\s+|their\s+)?(?:(?:country|nation|state)['’]s\s+|national\s+|total\s+)*"
    r"(?:GDP|gross\s+domestic\s+product|exports|imports|exports?\s+(?:earnings|revenues?|receipts)|imports?\s+bill"
    r"|(?:government|public|state|budget(?:ary)?|fiscal|tax)\s+revenues?"
    r"|employment|workforce|labou?r\s+force|jobs)\b"
)
_ECONOMY_SHARE_AFTER_RE = rx.compile(r"\s*%?\s*" + _ECONOMY_WHOLE, re.IGNORECASE)
_ECONOMY_WHOLES_RE = rx.compile(r"(?:%|\bper\s?cent)\s*" + _ECONOMY_WHOLE, re.IGNORECASE)  # every one of a sentence
#: a share in brackets right after the economy it is of: "a significant contribution to the GDP (6.9%)"
_PERIOD_COLON = r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*:\s*[+]?"  # "growth in GDP (1990-2022: +68 percent)"
_ECONOMY_SHARE_BEFORE_RE = rx.compile(
    rf"\b(?:(?:GDP|gross\s+domestic\s+product|employment|workforce|exports|imports)\s*\(\s*(?:{_PERIOD_COLON})?"
    rf"|population\s*\(\s*{_PERIOD_COLON})$",  # (not "the population (19.5%)": a source of emissions too)
    re.IGNORECASE,
)
#: a rate of interest named before the number, in its clause: a price of money, whatever its subject
_INTEREST_BEFORE_RE = rx.compile(
    r"\binterest(?:\s+rates?|\s+subsid(?:y|ies)|\s+payments?)\b[^.;,]{0,40}$|\binterest\s+(?:rate\s+)?of\s+$", re.I
)
#: the state's accounts named right before a share of the economy ("the fiscal deficit widened to 4% of GDP"): the
#: profile, whatever money word the sentence holds ("financed largely through monetary expansion")
_FISCAL_BEFORE_RE = rx.compile(
    r"\b(?:(?:fiscal|budget)\s+(?:deficits?|balance|surplus)|public\s+debt|debt)\b[^.;()\d]{0,40}$", re.IGNORECASE
)
#: the economy's growth named right after the number, on its line: "In a 6% growth scenario", "a 4.5% annual GDP
#: growth" (``_SP``: a space that is no line break, as a list of figures runs one per line)
_SP = r"[^\S\n]"
_GROWTH_AFTER_RE = rx.compile(
    rf"{_SP}*(?:%|per{_SP}?cent)?{_SP}*(?:(?:annual|yearly|average){_SP}+)?(?:(?:economic|GDP){_SP}+growth\b"
    rf"|growth{_SP}+(?:scenarios?|rates?{_SP}+of{_SP}+(?:the{_SP}+)?(?:economy|GDP)))",
    re.IGNORECASE,
)
#: an economic aggregate labelling the number before it: "Foreign direct investments, mln USD | … | 1 729"
_AGGREGATE_BEFORE_RE = rx.compile(
    r"\b(?:foreign\s+direct\s+investments?|FDI|(?:gross\s+|total\s+)?capital\s+formation|remittances)\b"
    r"(?:,\s*(?:mln|million|bn|billion|thousand)?\s*[A-Z]{3}\b)?[^.;,]{0,80}$",
    re.IGNORECASE,
)
_AGGREGATE_WORDS = ("foreign", "fdi", "capital", "remittance")  # one is in every _AGGREGATE_BEFORE_RE match
#: the people of an age a share counts: "70% of the population under 25", "nearly half of whom are under 20 years"
_AGE_AFTER_RE = rx.compile(
    rf"{_SP}*(?:%|per{_SP}?cent)?{_SP}*(?:of{_SP}+(?:the{_SP}+|its{_SP}+)?(?:population|people|inhabitants|whom|them)"
    rf"{_SP}+(?:(?:is|are|being){_SP}+)?(?:under|below|over|above|aged){_SP}+\d{{1,2}}\b(?!{_SP}*%)"
    rf"|(?:[\w-]+{_SP}+){{0,3}}?(?:under|below|over|above|aged){_SP}+\d{{1,2}}{_SP}+years?{_SP}+(?:old|of{_SP}+age)\b)",
    re.IGNORECASE,
)
#: prices named right before a share, in its clause: how much they changed ("fuel prices rose by 35%")
_PRICE_BEFORE_RE = rx.compile(r"\bprices?\b[^.;()\d]{0,40}$", re.IGNORECASE)


def _is_share(text: str, start: int, end: int) -> bool:
    """Whether the quantity at ``text[start:end]`` is written as a share ("35%", "35 per cent")."""
    written = text[start:end].rstrip().lower()
    return written.endswith(("%", "percent", "per cent"))


CLIMATE_MONEY_RE = rx.compile(
    r"\b(?:invest\w*|financ\w*|cost\w*|funds?|funding|budget\w*|spend\w*|spent|expenditures?|needs?)\b", re.I
)


def _spends(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` spends money on the plan ("investments of 1.5% of GDP"): a money word outside the
    wholes of shares of the economy, whose own money words spend nothing ("90% of export earnings and 57% of budget
    revenues")."""
    wholes = [m.span() for m in _ECONOMY_WHOLES_RE.finditer(text, start, end)] if "%" in text[start:end] else []
    return any(
        not any(a <= m.start() < b for a, b in wholes) for m in CLIMATE_MONEY_RE.finditer(text, start, end)
    )


#: What may stand between the items of a list of shares: "1.9% of GDP in 2020, 2.8% in 2050 and 4.1% in 2080".
_SHARE_LIST_GAP_RE = rx.compile(r"(?:\s*(?:,|and|in|by|\d{4}|\d[\d.,]*\s*%))*\s*", re.IGNORECASE)
_LIST_LOOKBACK_CHARS = 120


def _listed_after_economy_share(text: str, sent_start: int, q_start: int) -> bool:
    """Whether the number at ``q_start`` is a later item of a list whose first item is a share of the economy: the
    list's items share its whole, which only the first one names."""
    lo = max(sent_start, q_start - _LIST_LOOKBACK_CHARS)
    pct = text.rfind("%", lo, q_start)
    while pct != -1:
        share = _ECONOMY_SHARE_AFTER_RE.match(text, pct)
        if share and share.end() <= q_start:
            return _SHARE_LIST_GAP_RE.fullmatch(text, share.end(), q_start) is not None
        pct = text.rfind("%", lo, pct)
    return False


_RANGE_LOW_BEFORE_RE = rx.compile(r"(?<![\d.,])\d[\d.,]*\s*%?\s*(?:-|–|—|to)\s*$")


def economy_growth_before(text: str, sent_start: int, q_start: int) -> bool:
    """Whether the growth (or shrinking) of the economy or the population is named right before the number at
    ``q_start``: "GDP per capita growth was 5.3%", "real GDP contracted by nearly 47%"."""
    if (low := _RANGE_LOW_BEFORE_RE.search(text, max(sent_start, q_start - 16), q_start)) is not None:
        q_start = low.start()  # "GDP by 1.7-4.6 percent": the upper bound is the range's, named before its lower
    lo = max(sent_start, q_start - NEAR_CHARS)  # each match holds one of these words: the cheap test first
    near = ("grow", "grew", "inflation", "reach", "contract", "shr", "gdp", "gni", "econom", "domestic product")
    return cx.may_contain(text, lo, q_start, near) and bool(_PROFILE_GROWTH_BEFORE_RE.search(text, lo, q_start))


def filed_off_the_economy(
    catalogue: Catalogue, indicator: str, text: str, sent_start: int, q_start: int, q_end: int
) -> bool:
    """Whether a number the catalogue filed under ``indicator``, of a sector other than the economy, measures the
    economy's growth named right before or after it, whatever climate words its sentence holds ("real GDP contracted
    by 47%, while emissions declined by 30%": no cut of emissions; "In a 6% growth scenario, … emissions level"); the
    catalogue's own economy indicators keep theirs."""
    return (
        bool(indicator)
        and catalogue.indicators[indicator].sector != "economy"
        and (economy_growth_before(text, sent_start, q_start) or _GROWTH_AFTER_RE.match(text, q_end) is not None)
    )


def economy_figure(text: str, sent_start: int, window_end: int, q_end: int, q_start: int | None) -> bool:
    """Whether the number ending at ``q_end`` measures the economy: its growth named right before or after it ("GDP
    grew by 4%", "a 6% growth scenario"), a share of it the sentence (up to ``window_end``) spends on nothing ("58%
    of GDP"), an aggregate of it (foreign direct investment), the people of an age, a change of prices ("fuel prices
    rose by 35%") or a rate of interest."""
    if q_start is not None and economy_growth_before(text, sent_start, q_start):
        return True
    economy_share = (
        _ECONOMY_SHARE_AFTER_RE.match(text, q_end)
        or (q_start is not None and _listed_after_economy_share(text, sent_start, q_start))
        or (q_start is not None and _ECONOMY_SHARE_BEFORE_RE.search(text, max(sent_start, q_start - 40), q_start))
    )
    if economy_share and (
        not _spends(text, sent_start, window_end)
        or (q_start is not None and _FISCAL_BEFORE_RE.search(text, max(sent_start, q_start - 60), q_start))
    ):
        return True  # "the oil and gas industry accounted for 58% of GDP": a share of the economy, whatever its subject
    if _GROWTH_AFTER_RE.match(text, q_end) or _AGE_AFTER_RE.match(text, q_end):
        return True  # "in a 6% growth scenario", "70% of the population under 25": the economy's, the people's
    if q_start is None:
        return False
    lo = max(sent_start, q_start - 100)  # (the cheap word test first: few sentences name an aggregate)
    if cx.may_contain(text, lo, q_start, _AGGREGATE_WORDS) and _AGGREGATE_BEFORE_RE.search(text, lo, q_start):
        return True  # "Foreign direct investments, mln USD … 1 729": an aggregate of the economy, no climate money
    if _is_share(text, q_start, q_end) and _PRICE_BEFORE_RE.search(text, max(sent_start, q_start - 60), q_start):
        return True  # "sharp increases in fuel prices—exceeding 200%": a change of prices, the economy's
    # "interest subsidies of 14 percent", "loan interest rates up to 16 percent": a price of money
    return bool(_INTEREST_BEFORE_RE.search(text, max(sent_start, q_start - 60), q_start))
