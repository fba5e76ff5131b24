"""Whose plan is this? The document's own country, from its file name or from its text.

NDC files are named ``ISO3-version-LANG`` (``KEN-second_ndc-EN.html``): such a prefix decides. Otherwise the text
votes: the title and "Government of X" / "X's NDC" weigh most, then how often each country is named; a
subdivision counts a little for its country. Nothing is assumed: a document naming no country is ``National``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from . import iso, rx
from .namefinder import NameFinder
from .names import EXTRA_COUNTRIES
from .places import country_label, name_finder, name_table

NATIONAL = "National"  # the region of national values when the document never says which country it is about

_PREFIX_RE = rx.compile(r"([A-Z]{3})(?=[-_. ]|$)")
_CN_CHINA_RE = rx.compile(r"中国|我国|全国")  # Chinese-language text names its country in Chinese
_OWNER_BEFORE_RE = rx.compile(
    r"(?:Government|Republic|Kingdom|Contribution|Contributions|NDC|INDC|Communication|Commonwealth|State|"
    r"Sultanate|Principality|Federation|Ministry\s+of\s+[A-Z][\w ]{2,40}?|Parliament|President|People)"
    r"\s+of\s+(?:the\s+)?$"
)
_OWNER_AFTER_RE = rx.compile(
    r"['’]s\s+(?:\w+\s+){0,3}?(?:NDC|INDC|Nationally|Intended|national|economy|emissions|GHG|greenhouse|"
    r"commitment|contribution|target|government|climate|mitigation|adaptation|energy|population|territory)"
)
FRONT_CHARS = 20_000  # the cover and first pages (about six): where a document names whose plan it is
TITLE_LINES, TITLE_LINE_CHARS, TITLE_CHARS = 3, 100, 400  # the title: the first short lines of the document
TITLE_WEIGHT, OWNER_WEIGHT, SUBDIVISION_WEIGHT, WE_WEIGHT = 10.0, 5.0, 0.5, 1.0
WE_CHARS = 60  # how near "we", "our" or "national" must be to a country's name
_WE_RE = rx.compile(r"\b(?:[Ww]e|[Oo]ur|[Nn]ational(?:ly)?)\b")
#: Languages whose ISO 3166 country names (pycountry's translations) also count, so that a French or Arabic plan
#: that is skipped still says whose it is.
NAME_LANGUAGES = ("fr", "es", "pt", "ar", "ru")
_ARABIC_MARKS = rx.compile(r"[\u064b-\u0652\u0640]")  # vowel marks and tatweel, written or not
#: The characters of _ARABIC_MARKS: nine substring tests find one far faster than the regex's scan of a character
#: class (12 % of ``text_country``)
_ARABIC_MARK_CHARS = tuple(chr(c) for c in range(0x064B, 0x0653)) + ("\u0640",)


@lru_cache(maxsize=1)
def translated_names() -> tuple[dict[str, str], list[NameFinder]]:
    """Country names in NAME_LANGUAGES -> alpha-3, and finders for them. Arabic and Cyrillic names may be followed
    by letters (Russian case endings, Arabic suffixes); Latin-script names are whole words."""
    names = iso.derived("translated-names", _translated, _valid_codes)
    latin = [n for n in names if n[0] < "\u0370"]
    other = [n for n in names if n[0] >= "\u0370"]
    # Names that may run on into a longer word are keyed by their first NAME_KEY_CHARS characters, not a word.
    finders = [NameFinder(latin, r"\w", r"\w"), NameFinder(other, r"\w", r"(?!)", key_chars=NAME_KEY_CHARS)]
    return names, finders


def _valid_codes(names: dict[str, str]) -> bool:
    return all(type(code) is str and len(name) >= NAME_KEY_CHARS for name, code in names.items())


def _translated() -> dict[str, str]:
    """Built once and kept on disk (``iso.derived``): five gettext catalogues take a while to read."""
    english = name_table()
    names: dict[str, str] = {}
    for lang in NAME_LANGUAGES:
        tr = iso.translation(lang)
        for code, c in iso.countries().items():
            for value in {c.get(a) for a in ("name", "official_name", "common_name")} - {None}:
                name = _ARABIC_MARKS.sub("", tr.gettext(value))
                if "," in name:
                    head, _, tail = name.partition(",")
                    name = f"{tail.strip()} {head}"
                # "République démocratique du Congo" is also written "République Démocratique du Congo"
                capitalised = " ".join(w[:1].upper() + w[1:] if len(w) > 3 else w for w in name.split())
                for n in {name, capitalised}:
                    if len(n) >= NAME_KEY_CHARS and n not in english and not n[0].islower():
                        names.setdefault(n, code)
    return names


NAME_KEY_CHARS = 4  # every translated name has at least this many characters


def _we_near(text: str, lo: int, hi: int) -> bool:
    """``_WE_RE.search(text, lo, hi)``, the cheap test first: a match is "we", "our" or "national" in some case,
    which the window in lower case then holds (the regex searched around every country name cost 12 % of
    ``text_country``)."""
    low = text[lo:hi].lower()
    return ("we" in low or "our" in low or "national" in low) and _WE_RE.search(text, lo, hi) is not None


def _holds_any(text: str, chars: tuple[str, ...]) -> bool:
    for char in chars:
        if char in text:
            return True
    return False


def _title_end(text: str) -> int:
    """Where the title ends: after the first TITLE_LINES non-empty lines, before the first line as long as a
    paragraph, at most TITLE_CHARS in."""
    end, lines = 0, 0
    while lines < TITLE_LINES and end < len(text):
        nl = text.find("\n", end)
        nl = len(text) if nl < 0 else nl
        if nl - end > TITLE_LINE_CHARS:
            break
        lines += bool(text[end:nl].strip())
        end = nl + 1
    return min(end, TITLE_CHARS, len(text))


def iso3_prefix(file: str) -> str | None:
    """The party code a file name starts with (``KEN-…``, ``EUU_…``), when it is a real ISO 3166-1 (or EU) code."""
    m = _PREFIX_RE.match(file)
    if not m:
        return None
    code = m.group(1)
    if code in EXTRA_COUNTRIES or code in iso.countries():
        return code
    return None


@lru_cache(maxsize=4)  # asked for documents.csv and again by the extractor: a text without a prefix is read once
def document_country(text: str, file: str = "") -> str:
    """The country a document is mainly about: its file name's ISO3 prefix, else what its text says."""
    code = iso3_prefix(file)
    if code:
        return country_label(code)
    return text_country(text) or NATIONAL


def text_country(text: str) -> str | None:
    """The country the text speaks for, from the text alone; None when it names no country.

    Only the first FRONT_CHARS are read: a plan names its party on its cover and first pages, and the votes of the
    rest changed no result on 525 corpus documents and ~90 hand-checked excerpts (from 10,000 characters on), while
    costing most of the time on long documents."""
    text = text[:FRONT_CHARS]
    scores: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _CN_CHINA_RE.finditer(text) if "国" in text else ():  # the cheap test first: each match holds "国"
        scores["CHN"] += 1
        first.setdefault("CHN", m.start())
    table = name_table()
    for start, end, name in name_finder().findall(text):
        place = table[name]
        if not place.country:
            continue
        if place.subdivision:
            scores[place.country] += SUBDIVISION_WEIGHT
            continue
        weight = 1.0
        if _OWNER_BEFORE_RE.search(text, max(0, start - 60), start) or _OWNER_AFTER_RE.match(text, end):
            weight += OWNER_WEIGHT
        elif _we_near(text, max(0, start - WE_CHARS), end + WE_CHARS):
            weight += WE_WEIGHT  # "our country, Kenya", "Kenya's national circumstances": the party speaking
        scores[place.country] += weight
        first.setdefault(place.country, start)
    title_end = _title_end(text)
    names, finders = translated_names()
    plain = _ARABIC_MARKS.sub("", text) if _holds_any(text[:100_000], _ARABIC_MARK_CHARS) else text
    for finder in finders:
        for start, _, name in finder.findall(plain):
            code = names[name]
            scores[code] += TITLE_WEIGHT if start < title_end else 1.0
            first.setdefault(code, start)
    # "REPUBLIC OF KENYA": cover pages are often written in capitals
    head = "\n".join(
        line.title() if sum(c.isupper() for c in line) > sum(c.islower() for c in line) else line
        for line in text[:title_end].split("\n")
    )
    for _, _, name in name_finder().findall(head):
        place = table[name]
        if not place.subdivision:
            scores[place.country] += TITLE_WEIGHT
    if not scores:
        return None
    best = max(scores, key=lambda c: (scores[c], -first.get(c, len(text))))
    return country_label(best)
