"""Years that name something rather than date data: a report's edition ("BUR 2020"), a document's issue date ("the
NIR submitted in 2022"), the year of a price ("USD2015"), an edition ("the revised (2025) BAU"), a legal act's date
("Law no. 10 of 26 February 2016"), a plan's title ("the National Energy Policy 2025") and a cited source ("(FAO,
2020)"). ``context.year_role`` asks ``naming_role`` first: a year that names a thing is no deadline, no base year and
no date of a value.
"""

from __future__ import annotations

import re

from . import rx
from .monthnames import MONTHS as _MONTHS

NAMING_ROLES = ("name", "issued", "act", "price")  # the roles ``naming_role`` gives

#: A report's name right before a year makes the year part of the name: "Biennial Update Report 2020", "BTR1 2024",
#: "Report (BTR1) 2024". Publications only: a census's or an inventory's year is the year of its data.
_TITLE_BEFORE_RE = rx.compile(
    r"(?:\b(?:Report|Communication|Digest|Yearbook)|\b(?:BTR|BUR|NIR|NC|TNC|SNC|INC|FNC)\d?)[ \t]*\)?"
    r"[ \t]*(?:\([A-Z][A-Za-z]{1,6}\d?\)[ \t]*)?\(?$"
)

#: the year a report's figures are of, in its bracket: "the Second National Communication (2009 data, …)"
_DATA_AFTER_RE = rx.compile(r"\s+(?:data|figures|inventory|values)\b", re.IGNORECASE)

#: The document speaking of itself, before the year it comes out: "Ruritania submits this NDC in 2025" (``timeline``
#: reads that year as the present of a text that reports none as past)
SUBMITS_ITSELF = (
    r"\b(?:submits|presents|publishes|communicates)\s+(?:this|its|the\s+present)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:I?NDCs?|contribution|communication|report|strategy)\s+in\s+"
)
#: A document and when it came out: "the National Inventory Report (NIR) submitted in 2022", "the BUR published in
#: March 2021", "the inventory submitted in late 2014". The year dates the document, not the data it reports.
_ISSUED_BEFORE_RE = rx.compile(
    r"\b(?:Reports?|Communications?|Inventory|NIR|BTR\d?|BUR\d?|NDC|Strategy|Plan|Roadmap|Document)\b[^.;\d]{0,30}?"
    r"\b(?:submitted|published|released|issued)\s+(?:(?:in|on)\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:"
    + "|".join(m for m in _MONTHS[3:-1].split("|"))
    + r")\s+)?$"
    + "|"
    + SUBMITS_ITSELF
    + "$",
    re.IGNORECASE,
)
_ISSUED_WORDS = ("submitted", "published", "released", "issued", "submits", "presents", "publishes", "communicates")
#: An estimate or an inventory and when it was worked out: "according to estimates prepared in 2025, reductions
#: amounted to …", "the GHG inventory compiled in 2020 …". The year dates the work, not its data: it dates a value only
#: when the sentence has no other year (a "name"), as a survey "carried out in 2019" dates what it found.
_PRODUCED_BEFORE_RE = rx.compile(
    r"\b(?:estimat(?:es?|ions?)|calculations?|assessments?|analys[ie]s|projections?|modell?ing|stud(?:y|ies)"
    r"|inventor(?:y|ies)|reports?|surveys?)\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?"
    r"(?:prepared|compiled|made|updated|developed|finali[sz]ed|produced|carried\s+out|conducted|performed|undertaken)"
    r"\s+(?:in|on)\s+(?:(?:" + "|".join(m for m in _MONTHS[3:-1].split("|")) + r")\s+)?$",
    re.IGNORECASE,
)
_PRODUCED_WORDS = ("prepared", "compiled", "made", "updated", "developed", "finali", "produced", "carried", "conducted",
                   "performed", "undertaken")  # fmt: skip
#: "… (UNFCCC) published in 2023 states that emissions in 2020 were …": a source too long to name in the window
_ISSUED_IN_RE = rx.compile(r"\b(?:submitted|published|released|issued)\s+in\s+$", re.IGNORECASE)
_STATES_AFTER_RE = rx.compile(r"\s*,?\s*(?:states?|reports?|shows?|indicates?|notes?|estimates?|finds)\b", re.I)
#: A scheme or body and when it started, in an aside: "under the net billing scheme, introduced on 1 January 2024 to
#: replace …", "the Fund, established in 2019, has disbursed …". The year names the start of the thing, not the data.
_STARTED_BEFORE_RE = rx.compile(
    r",\s*(?:which\s+was\s+)?(?:introduced|adopted|launched|established|enacted|created|set\s+up)\s+(?:in|on)\s+"
    r"(?:(?:\d{1,2}\s+)?(?:" + "|".join(m for m in _MONTHS[3:-1].split("|")) + r")\s*(?:\d{1,2},?\s*)?)?$",
    re.IGNORECASE,
)
_STARTED_WORDS = ("introduced", "adopted", "launched", "established", "enacted", "created", "set up")


#: the kinds of legal act a number names ("Law no. 10", "Decree 13/2012"; also read by ``counts``)
LEGAL_ACT = r"(?:Law|Decision|Decree|Resolution|Order|Act|Ordinance|Regulation)"
#: A legal act named by its number and date: "Law no. 160 of 12 July 2007", "Government Decision No. 102 of 5 February"
_LEGAL_ACT_BEFORE_RE = rx.compile(
    rf"\b{LEGAL_ACT}\s+(?:no|No|NO|nr|Nr)\.?\s*[\w/.-]+,?\s+"
    r"(?:of|dated|from)\s+(?:(?:\d{1,2}\s+)?" + _MONTHS + r"\s*(?:\d{1,2},?\s*)?)?$"
)


#: A report named by the year it was issued ("the 2021 NDC Update", "the 2030 Agenda"); not an inventory, whose year
#: is that of its data, nor "the 2035 NDC", named by its target year.
_DOCUMENT_AFTER_RE = rx.compile(
    r" (?:I?NDC [Uu]pdate|BUR|BTR|National Communication|Agenda|IPCC|(?:[Rr]evised )?[Gg]uidelines|Refinement)\b"
)
#: A year right after an amount of money or a currency code names the prices' year: "US$ 11.8 billion 2020",
#: "kg CO2-eq./USD2015" (an amount dated by a year has a word between them: "USD 3 billion in 2020")
_PRICE_BEFORE_RE = rx.compile(
    r"(?:(?:US\$|USD|EUR|€|\$)\s?\d[\d.,]*\s*(?:billions?|millions?|bn|mn)\s+|(?:US\$|USD|EUR)\s?"
    r"|\b(?-i:[A-Z]{2,3})\$\s?)$",  # "tCO2e/million CLP$ 2011": a dollar (or peso) sign after a country's letters
    re.I,
)
#: "(2010 fixed prices)", "in 2015 USD.", "in 2019 Rands;": a price base closing its phrase ("in 2015 prices rose"
#: is a date)
_PRICES_AFTER_RE = rx.compile(
    r" (?:fixed |constant |real )?(?:prices|US\s?dollars|USD|US\$|dollars|euros?|EUR|rands?|ZAR|pounds|yen|yuan|rupees"
    r"|pesos|francs|shillings|PPP)(?=\s*(?:[).,;]|$))",  # "(in 2019 Rands; USD 60 billion)", "at 2011 PPP)": prices'
    # year
    re.IGNORECASE,
)
#: "US $ 375 million, 2015 value,": an amount's price year set after it ("from 2005 values" is a base year)
_VALUE_AFTER_RE = rx.compile(r" value(?=\s*[),;.])", re.IGNORECASE)
_AMOUNT_BEFORE_RE = rx.compile(r"(?:\d|\b(?:millions?|billions?|bn|mn))\s*[,(]\s*$", re.IGNORECASE)
_PRICE_BEFORE_ENDS = ("billion", "billions", "million", "millions", "bn", "mn", "usd", "$", "eur")
#: "the revised (2025) BAU", "the updated (2023) inventory": a bracketed year that says which edition of something
_EDITION_BEFORE_RE = rx.compile(
    r"\b(?:revised|updated|amended|latest|I?NDCs?|C[P]?DNs?|BURs?|BTRs?|National\s+Communications?|LT-?LEDS|LTS)"
    r"\s*\(\s*$",
    re.IGNORECASE,
)  # also "in its First NDC (2017)": which document, not when its values hold; "CDN" / "CPDN": the French acronyms
# a machine translation keeps ("Initial CDNs (2015)")
_ACT_NUMBER_WORDS = ("no", "No", "NO", "nr", "Nr")  # one is in every _LEGAL_ACT_BEFORE_RE match: the cheap test first


#: An author-year citation: "(McKinsey et al., 2009)", "(IPCC, 2018)", "(Smith and Jones, 2015)", "(World Bank,
#: 2020: 12)". The year is when the source came out, not when its numbers hold. Either "et al." or a comma after a
#: capitalised name; a month, a phase or a table before the comma ("(June, 2021)", "(Table 3, 2020)") names no author.
_CITATION_BEFORE_RE = rx.compile(
    # (or the next of several in one bracket, after the one before's year: "(Central Bank, 2022; Treasury, 2024)")
    r"(?:\(|(?:19|20)\d\d[a-z]?\s*;)"
    r"(?!\s*(?:" + _MONTHS + r"|Phase|Table|Figure|Fig|Annex|Box|Chapter|Section|Step|Stage|Period|Year|FY)\b)"
    # (joint authors with a slash: "(MoE/TNC, 2015)")
    r"\s*[A-Z][\w&'’./-]*(?:\s+(?:[A-Z][\w&'’./-]*|and|&|de|van|von|of|for|the))*"
    r"(?:\s+et\s+al\.?,?|,)\s*$"
)

#: An author-year citation without the comma: "(Solomon Power 2020)", "(Green Climate Fund 2019)". At least two
#: capitalised words, the year closing the bracket; the words of a plan's yardsticks ("(Business As Usual 2030)",
#: "(Reference Scenario 2025)") and of labels name no author.
_CITATION_NO_COMMA_BEFORE_RE = rx.compile(
    r"\((?!\s*(?:" + _MONTHS + r"|Phase|Table|Figure|Fig|Annex|Box|Chapter|Section|Step|Stage|Period|Year|FY|Business"
    r"|Reference|Baseline|Base|Scenario|Target|Goal|Vision|Horizon|Agenda)\b)"
    r"\s*[A-Z][a-z][\w&'’.-]*(?:\s+(?!(?:Usual|Scenario|Level|Levels|Year|Target|Goal)\b)"
    r"(?:[A-Z][a-z][\w&'’.-]*|and|&|de|of|for|the)){1,4}\s+$"
)


def _may_title(before: str) -> bool:
    """The cheap exact test of _TITLE_BEFORE_RE: every match holds an "R" (BTR, BUR, NIR, Report), "NC" or one of
    the other names in the last 30 characters."""
    tail = before[-30:]
    return "R" in tail or "NC" in tail or "Communication" in tail or "Digest" in tail or "Yearbook" in tail


#: A plan or a law named with a year: "the National Energy Policy 2025 sets a target of 25,000 MW by 2040", "Oman
#: Vision 2040", "the Fisheries Act (1972)". The year is part of the title (a plan's horizon or its year of issue),
#: not the date of the values the sentence gives: a capitalised word before a capitalised plan word (a title, not
#: "the policy 2025"); a span ("Plan 2021-2025") is read before roles are.
_PLAN_TITLE_BEFORE_RE = rx.compile(
    r"\b[A-Z][\w'’-]*[ \t]+(?P<kind>Policy|Strategy|Plan|Masterplan|Vision|Agenda|Programme|Program|Roadmap"
    r"|Framework|Blueprint"
    r"|Act|Law)(?:[ \t]*\(?|,[ \t]*|[ \t]+of[ \t]+)$"  # "the Forest Act of 1958", "the Protected Areas Act, 1975"
)
_PLAN_WORDS = (
    "Policy",
    "Strategy",
    "Plan",
    "Masterplan",
    "Vision",
    "Agenda",
    "Programme",
    "Program",
    "Roadmap",
    "Framework",
    "Blueprint",
    "Act",
    "Law",
)  # what every _PLAN_TITLE_BEFORE_RE match ends with, before " (": cheap test
#: A plan named by a proper name and its horizon: "the Programme Simandou 2040", "the Simandou 2040 Programme": a
#: plan word before the capitalised name, or right after the year (a name, not "emissions in 2040 Plan…")
_NAMED_PLAN_BEFORE_RE = rx.compile(
    r"\b(?:Programme|Program|Plan|Strategy|Vision|Agenda|Roadmap|Initiative)\s+[A-Z][\w'’-]+[ \t]+$"
)
_NAMED_PLAN_AFTER_RE = rx.compile(r" (?:Programme|Program|Plan|Strategy|Vision|Agenda|Roadmap|Initiative)\b")
#: A capitalised "Vision" or "Agenda" right before a year names a long-term plan ("Vision 2035", "Agenda 2063"), even
#: after a lower-case word or at a sentence's start, where _PLAN_TITLE_BEFORE_RE wants a capitalised word first;
#: lower-case ("the vision for 2035") it may state a goal's year
_VISION_BEFORE_RE = rx.compile(r"(?<![\w-])(?:Vision|Agenda|VISION|AGENDA)[ \t]+$")
_VISION_ENDS = ("Vision ", "Agenda ", "VISION ", "AGENDA ", "Vision\t", "Agenda\t")
_CAPITALISED_BEFORE_RE = rx.compile(r"\b[A-Z][\w'’-]+[ \t]+$")
#: A numbered instrument: "UN Security Council Resolution 2036 (2012)", "Decision 2019 of the Board", "Article 2050":
#: a four-digit number right after the instrument's word (and "No.") is its number, not a year
_NUMBERED_BEFORE_RE = rx.compile(
    r"(?<![\w-])(?:Resolution|Decision|Decree|Directive|Article|Paragraph|Annex|Section)[ \t]+(?:No\.?[ \t]*)?$"
)
#: "the EE act of 2016", "the energy law of 2019": a law's date, however its title is cased
_LAW_OF_BEFORE_RE = rx.compile(r"\b(?:act|law)[ \t]+of[ \t]+$")
_NUMBERED_ENDS = (" ", "\t", ".")  # what _NUMBERED_BEFORE_RE's match ends in: the cheap test first

#: A table's or figure's source credit with its year: "Source: DNCC / MADES (2021)", "Fuente: MADES, 2021". The year is
#: when the source came out, not when the figure's numbers hold (a year worded as the data's, "based on 2019 data",
#: has no bracket or comma right before it).
_SOURCE_CREDIT_BEFORE_RE = rx.compile(r"\b(?:Sources?|Fuentes?|Fontes?)\s*:[^\n:;()]{1,50}?(?:\(|,)\s*$", re.IGNORECASE)
#: one is in every _SOURCE_CREDIT_BEFORE_RE match, in either case: the cheap test first
_SOURCE_WORDS = ("ource", "uente", "onte", "OURCE", "UENTE", "ONTE")


def _title_word_before(before: str) -> str:
    """``before`` up to the last word of a title the year may follow: "the Forest Act of " -> "the Forest Act"."""
    head = before.rstrip(" \t(,")
    return head[:-3].rstrip() if head.endswith(" of") else head


#: A method named by its edition's year: "the 2006 IPCC Guidelines", "2019 Refinement", "2006 Reporting Guidelines"
#: the same, its year after its title: "IPCC Guidelines for National Greenhouse Gas Inventories, 2006"
_METHOD_TITLE_BEFORE_RE = rx.compile(r"\b(?:IPCC|Guidelines)\b[^.;:()\d]{0,80},\s$")
_METHOD_AFTER_RE = rx.compile(r" (?:IPCC|(?:[Rr]evised |[Rr]eporting )?[Gg]uidelines|Refinement|Supplement)\b")


def naming_role(before: str, after: str, low: str | None) -> str | None:
    """The naming role of a year between ``before`` (up to 60 characters of its sentence) and ``after`` (up to 20),
    ``low`` the lower-cased last ten characters of ``before`` when ASCII: "name" (a report, a document, a price
    year, an edition, a plan's title), "method" (the edition of a method: "the 2006 IPCC Guidelines", which dates
    nothing, even alone in its sentence), "issued" (when a document came out), "act" (a legal act's date), "price" (the
    base year of prices, which dates nothing even alone in its sentence), or None
    when the year names nothing."""
    if _may_title(before) and _TITLE_BEFORE_RE.search(before) and not _DATA_AFTER_RE.match(after):
        return "name"  # "the Biennial Transparency Report (BTR1) 2024 indicates": when it was published, not data
    if any(map(before.__contains__, _ISSUED_WORDS)) and (
        _ISSUED_BEFORE_RE.search(before) or (_ISSUED_IN_RE.search(before) and _STATES_AFTER_RE.match(after))
    ):
        return "issued"  # "according to the National Inventory Report submitted in 2022": when a document came out
    if any(map(before.__contains__, _PRODUCED_WORDS)) and _PRODUCED_BEFORE_RE.search(before):
        return "name"  # "according to estimates prepared in 2025, … amounted to 1.2 Mt … of the 2023 emissions"
    if (
        before.endswith("IPCC ")
        or after[:1] == " " and _METHOD_AFTER_RE.match(after)
        or before.endswith(", ") and _METHOD_TITLE_BEFORE_RE.search(before)
    ):
        return "method"  # "the 2006 IPCC Guidelines", "IPCC 2006 methods": the method's edition, which dates no data
    if after[:1] == " " and _DOCUMENT_AFTER_RE.match(after):
        return "name"  # "the 2021 NDC Update", "the BUR 2024": which document
    if (low is None or low[-1:].isdigit() or low.endswith(_PRICE_BEFORE_ENDS)) and _PRICE_BEFORE_RE.search(before):
        return "name"  # "US$ 11.8 billion 2020", "kg CO2/USD2015": the year of the prices, not of the amount
    if after[:1] == " " and (
        _PRICES_AFTER_RE.match(after) or (_VALUE_AFTER_RE.match(after) and _AMOUNT_BEFORE_RE.search(before))
    ):
        return "price"  # "100 billion US dollars (2010 fixed prices)": the prices' year, never the amount's
    if after[:1] == ")" and _EDITION_BEFORE_RE.search(before):
        return "name"  # "31% below the revised (2025) business-as-usual scenario": which edition, not when
    if any(map(before.__contains__, _STARTED_WORDS)) and _STARTED_BEFORE_RE.search(before):
        return "act"  # "the net billing scheme, introduced on 1 January 2024": when the scheme started
    if any(map(before.__contains__, _ACT_NUMBER_WORDS)) and _LEGAL_ACT_BEFORE_RE.search(before):
        return "act"  # "set by Law no. 10 of 26 February 2016": the date of a legal act names it, it dates no data
    if (before.endswith(",") or before.endswith(", ") or "et al" in before[-12:]) and _CITATION_BEFORE_RE.search(
        before
    ):
        return "issued"  # "(McKinsey et al., 2009)": when the source came out, not when its numbers hold
    if after[:1] == ")" and before.endswith(" ") and _CITATION_NO_COMMA_BEFORE_RE.search(before):
        return "issued"  # "(Solomon Power 2020)"
    if any(map(before.__contains__, _SOURCE_WORDS)) and _SOURCE_CREDIT_BEFORE_RE.search(before):
        return "issued"  # "Source: DNCC / MADES (2021)": when the credited source came out
    if _title_word_before(before).endswith(_PLAN_WORDS) and (m := _PLAN_TITLE_BEFORE_RE.search(before)):
        return "act" if m.group("kind") in ("Act", "Law") else "name"  # "the Climate Change Act 2008" came out then
    if before.endswith(_VISION_ENDS) and _VISION_BEFORE_RE.search(before):
        return "name"  # "its Vision 2035 rests on five pillars": a long-term plan's title, whatever word precedes it
    if before.endswith(" of ") and _LAW_OF_BEFORE_RE.search(before):
        return "act"  # "revisions to Schedule 1 of the EE act of 2016": when the law was passed
    if before.endswith(_NUMBERED_ENDS) and _NUMBERED_BEFORE_RE.search(before):
        return "name"  # "Security Council Resolution 2036 (2012)": the number of a resolution, no year
    if before[-1:] in " \t" and (
        (after[:1] == " " and _NAMED_PLAN_AFTER_RE.match(after) and _CAPITALISED_BEFORE_RE.search(before))
        or _NAMED_PLAN_BEFORE_RE.search(before)
    ):
        return "name"  # "the Simandou 2040 Programme", "the Programme Simandou 2040": a plan's title
    return None
