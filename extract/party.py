"""Whose plan is this? The document's own country, from its file name or from its text.

NDC files are named ``ISO3-version-LANG`` (``KEN-second_ndc-EN.html``): such a prefix decides. Otherwise the text
votes: the title and "Government of X" / "X's NDC" weigh most, then how often each country is named; a
subdivision counts a little for its country. Nothing is assumed: a document naming no country is ``National``.
"""

from __future__ import annotations

import re
from collections import Counter

import pycountry

from .names import EXTRA_COUNTRIES
from .places import country_label, name_regex, name_table

NATIONAL = "National"  # the region of national values when the document never says which country it is about

_PREFIX_RE = re.compile(r"([A-Z]{3})(?=[-_. ]|$)")
_CN_CHINA_RE = re.compile(r"中国|我国|全国")  # Chinese-language text names its country in Chinese
_OWNER_BEFORE_RE = re.compile(
    r"(?:Government|Republic|Kingdom|Contribution|Contributions|NDC|INDC|Communication|Commonwealth|State|"
    r"Sultanate|Principality|Federation|Ministry\s+of\s+[A-Z][\w ]{2,40}?|Parliament|President|People)"
    r"\s+of\s+(?:the\s+)?$"
)
_OWNER_AFTER_RE = re.compile(
    r"['’]s\s+(?:\w+\s+){0,3}?(?:NDC|INDC|Nationally|Intended|national|economy|emissions|GHG|greenhouse|"
    r"commitment|contribution|target|government|climate|mitigation|adaptation|energy|population|territory)"
)
TITLE_CHARS = 1500
TITLE_WEIGHT, OWNER_WEIGHT, SUBDIVISION_WEIGHT = 10.0, 5.0, 0.25


def iso3_prefix(file: str) -> str | None:
    """The party code a file name starts with (``KEN-…``, ``EUU_…``), when it is a real ISO 3166-1 (or EU) code."""
    m = _PREFIX_RE.match(file)
    if not m:
        return None
    code = m.group(1)
    if code in EXTRA_COUNTRIES or pycountry.countries.get(alpha_3=code) is not None:
        return code
    return None


def document_country(text: str, file: str = "") -> str:
    """The country a document is mainly about: its file name's ISO3 prefix, else what its text says."""
    code = iso3_prefix(file)
    if code:
        return country_label(code)
    return text_country(text) or NATIONAL


def text_country(text: str) -> str | None:
    """The country the text speaks for, from the text alone; None when it names no country."""
    scores: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _CN_CHINA_RE.finditer(text):
        scores["CHN"] += 1
        first.setdefault("CHN", m.start())
    table = name_table()
    for m in name_regex().finditer(text):
        place = table[m.group(1)]
        if not place.country:
            continue
        if place.subdivision:
            scores[place.country] += SUBDIVISION_WEIGHT
            continue
        weight = 1.0
        if _OWNER_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()) or _OWNER_AFTER_RE.match(text, m.end()):
            weight += OWNER_WEIGHT
        scores[place.country] += weight
        first.setdefault(place.country, m.start())
    head = text[:TITLE_CHARS]
    if sum(c.isupper() for c in head) > sum(c.islower() for c in head):
        head = head.title()  # "REPUBLIC OF KENYA" is written in capitals on many cover pages
    for m in name_regex().finditer(head):
        place = table[m.group(1)]
        if not place.subdivision:
            scores[place.country] += TITLE_WEIGHT
    if not scores:
        return None
    best = max(scores, key=lambda c: (scores[c], -first.get(c, len(text))))
    return country_label(best)
