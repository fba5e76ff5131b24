"""Places named in a document: countries (ISO 3166-1), their subdivisions (ISO 3166-2) and named groups.

Names come from pycountry (ISO 3166 names, official and common names, subdivisions); the few short forms that
ISO does not list ("UK", "US", "Viet Nam"/"Vietnam", "Türkiye"/"Turkey", "EU", English exonyms of Chinese
provinces) are added here. Names are found by their first word in a dictionary (see ``NameFinder``), so
``find_regions`` stays linear in the sentence however many names there are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import iso, rx
from .alternation import first_char_guarded
from .namefinder import NameFinder
from .names import (
    EXTRA_COUNTRIES,
    LABELS,
    MACRO_REGIONS,
    NOT_SUBDIVISIONS,
    REGION_PHRASES,
    SHORT_FORMS,
    SUBDIVISION_EXONYMS,
    SUBDIVISION_SUFFIXES,
)


@dataclass(frozen=True)
class Place:
    """A name's meaning: the label written in ``region`` and the ISO 3166-1 alpha-3 code of its country."""

    label: str
    country: str  # alpha-3 of the country, or of the country the subdivision lies in
    subdivision: bool = False


@dataclass(frozen=True)
class RegionMention:
    start: int
    end: int
    name: str
    country: str = ""  # alpha-3 of the country named or holding the subdivision; empty for groups and cities


# ------------------------------------------------------------------------------------------------- name table


def country_label(alpha3: str) -> str:
    """The label of a country in the data: ISO's short name, uninverted ("Korea, Republic of" reads as the UN does)."""
    if alpha3 in LABELS:
        return LABELS[alpha3]
    if alpha3 in EXTRA_COUNTRIES:
        return EXTRA_COUNTRIES[alpha3][0]
    c = iso.countries()[alpha3]
    if "," not in c["name"]:
        return c["name"]
    return c.get("common_name") or _uninvert(c["name"])


def _uninvert(name: str) -> str:
    """ "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo"."""
    head, _, tail = name.partition(",")
    tail = tail.strip()
    tail = tail[4:] if tail.lower().startswith("the ") else tail
    return f"{tail} {head}".strip()


def _ascii(name: str) -> str:
    """ "Côte d'Ivoire" is also written "Cote d'Ivoire"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _variants(name: str) -> set[str]:
    out = {name, _ascii(name)}
    out |= {n.replace("'", "’") for n in out} | {n.replace("’", "'") for n in out}
    out |= {n.replace(" and ", " & ") for n in out}  # "Antigua & Barbuda"
    if name.startswith("the "):
        out |= _variants(name[4:])
    return {n for n in out if n and n[0].isupper()}


def _subdivision_names(raw: str) -> list[str]:
    """Usable names of an ISO 3166-2 entry: "Madrid, Comunidad de" -> Madrid; "Cardiff [Caerdydd GB-CRD]" -> both."""
    names: list[str] = []
    for part in re.split(r"[;/]", raw):
        alt = re.findall(r"\[([^\]]*)\]", part)
        part = re.sub(r"\[[^\]]*\]|\([^)]*\)", "", part).split(",")[0]
        for name in [part, *(re.sub(r"\s*\b[A-Z]{2}-\w+$", "", a) for a in alt)]:
            name = " ".join(name.split())
            for suffix in SUBDIVISION_SUFFIXES:
                name = name.removesuffix(" " + suffix)
            if name:
                names.append(name)
    return names


@lru_cache(maxsize=1)
def name_table() -> dict[str, Place]:
    """Every name, as written in documents (case matters), with its place. Countries win over subdivisions.

    Built once and kept on disk (``iso.derived``): building it is most of a small run's start-up.
    """
    rows = iso.derived("place-names", _name_rows, _valid_rows)
    places = [Place(label, country, subdivision) for label, country, subdivision in rows["places"]]
    return {name: places[i] for name, i in rows["names"].items()}


def _name_rows() -> dict[str, Any]:
    """The table as JSON: its places (label, country, subdivision), and each name with the index of its place."""
    index: dict[Place, int] = {}
    names = {name: index.setdefault(place, len(index)) for name, place in _build_name_table().items()}
    return {"places": [[p.label, p.country, p.subdivision] for p in index], "names": names}


def _valid_rows(rows: dict[str, Any]) -> bool:
    places, names = rows.get("places"), rows.get("names")
    if type(places) is not list or type(names) is not dict:
        return False
    ok = all(type(p) is list and len(p) == 3 and [type(x) for x in p] == [str, str, bool] for p in places)
    return ok and all(type(i) is int and 0 <= i < len(places) for i in names.values())


def _build_name_table() -> dict[str, Place]:
    table: dict[str, Place] = {}
    subdivisions: dict[str, set[Place]] = {}
    alpha3_of = iso.alpha3_of()
    for sub in iso.subdivisions():
        country = alpha3_of.get(sub["code"][:2])
        if country is None:
            continue
        for name in _subdivision_names(sub["name"]):
            label = SUBDIVISION_EXONYMS.get(sub["code"], (_ascii(name) or name,))[0]  # "Gujarāt" is written "Gujarat"
            for variant in _variants(name):
                subdivisions.setdefault(variant, set()).add(Place(label, country, True))
    for code, names in SUBDIVISION_EXONYMS.items():
        alpha3 = alpha3_of[code[:2]]
        for name in names:
            subdivisions.setdefault(name, set()).add(Place(names[0], alpha3, True))
    for name, places in subdivisions.items():
        # a name shared by subdivisions of different countries ("Central", "La Paz") says nothing reliable
        if len({p.country for p in places}) == 1 and len(name) >= 4 and name not in NOT_SUBDIVISIONS:
            table[name] = min(places, key=lambda p: p.label)
    countries = {n for c in iso.countries().values() for n in _variants(c["name"])}
    for name in list(table):
        # "Saint Lucia's" (a Maltese locality) would swallow "Saint Lucia's greenhouse gas emissions"
        if any(name[:k] in countries for k in range(1, len(name))):  # a country name is a proper prefix of it
            del table[name]
    for code, c in iso.countries().items():
        place = Place(country_label(code), code)
        for attr in ("name", "official_name", "common_name"):
            value = c.get(attr)
            if value:
                for name in _variants(value if "," not in value else _uninvert(value)):
                    table[name] = place
    for alpha3, (label, *names) in EXTRA_COUNTRIES.items():
        for name in (label, *names):
            table[name] = Place(label, alpha3)
    for name, alpha3 in SHORT_FORMS.items():
        for variant in _variants(name):
            table[variant] = Place(country_label(alpha3), alpha3)
    return table


@lru_cache(maxsize=1)
def name_finder() -> NameFinder:
    """All names, longest first at each position; a name is a whole word ("Niger" is not in "Nigeria", "US" not in
    "US$", nor "US" in "US $5", "US 2.9 billion", "US dollars" or "5 billion US"), and not the start of an
    organisation's name."""
    # whole words: no word character (nor "$") before a name, none after it (in reject_after)
    return NameFinder(
        name_table(),
        r"[\w$]",
        # ("US 2.9 billion": a translation that dropped the dollar sign, the currency again)
        rf"[\w$]|\s*\$|\s+dollars?\b|(?<=US)\s\d[\d.,]*\s*(?:million|billion|bn|mn)\b|{_ORGANISATION_AFTER}",
        start_ok=_NOT_AFTER_AMOUNT,
    )


#: "5.3 billion US", "10 million US": after an amount, "US" is the currency ("By 2030 China" stays a place).
_NOT_AFTER_AMOUNT = r"(?:(?!U\.?S\.?(?!\w))|(?<!\d )(?<!illion )(?<!housand ))"
#: A name followed by a capitalised word names an organisation or a programme ("China Aid", "Kenya Vision 2030",
#: "Japan International Cooperation Agency"), not the place; words that go on a place name or join a title do not.
_ORGANISATION_AFTER = (
    r" (?!(?:City|Province|Provinces|Municipality|Prefecture|County|State|States|Region|Regions|Autonomous|Island|"
    r"Islands|And|Or|Of|In|On|For|To|The|By|With|From|At|As)\b)[A-Z][a-z]"
)


# ---------------------------------------------------------------------------------------------- finding places

#: One pass for every group: at each position the first phrase that matches wins, in the order above.
#: (Guarded by the letters a phrase can start with: positions at other characters fail before the alternation.)
_GROUPS_RE = first_char_guarded(
    r"(?=[a-zA-Z])(?:" + "|".join(f"(?P<g{i}>{p})" for i, (p, _) in enumerate(REGION_PHRASES)) + ")", re.IGNORECASE
)
_GROUP_LABELS = {f"g{i}": label for i, (_, label) in enumerate(REGION_PHRASES)}
#: Words (lower case) of which every match of a phrase above holds one: a sentence without any cannot name a group.
_GROUP_HINTS = ("island", "developing", "recipient", "global", "least", "africa", "north")
#: And one of these (the phrases' other words).
_GROUP_WORDS = ("countries", "states", "nations", "south", "region", "china", "provinces", "africa")
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
# "\b[A-Z]" as "[A-Z](?<!\w.)", here and in _PLACE_LIST_RE ("X(, X)*"): re scans for a leading class in C.
_CITY_RE = rx.compile(
    r"([A-Z](?<!\w.)[a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:City|Municipality|Prefecture|County|Province|State|Autonomous\s+Region)\b"
)
#: "Gujarat and Rajasthan states", "Liaoning and Shandong provinces": places named by the word after them.
_NOT_PLACES = frozenset(
    "Meanwhile Moreover Furthermore However Therefore Thus Also Both The Some Many Several Other Coastal Northern "
    "Southern Eastern Western Central Most All Each Every Member Small Island Developing Ocean Big Federal United "
    "Participating Pacific Arab Gulf Sovereign Independent Contracting Party Parties This That These Those Social "
    "Welfare Green Smart Model".split()
)
_PLACE_LIST_RE = rx.compile(
    r"([A-Z](?<!\w.)[a-z]+(?:\s[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)*,?\s+and\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"\s+(?:provinces|states|prefectures|cities|municipalities)\b"
)
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean", "can")  # "Peruvian", "Togolese", "Chilean", "Mexican"


def _demonym(name: str) -> bool:
    """ "the Peruvian State" is the country; short names ending so are cities ("Dalian City", "Xian City")."""
    return len(name) >= 7 and " " not in name and name.endswith(_DEMONYM_ENDINGS)


_CAPITALISED_NAME_RE = rx.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")
#: Literal words that every match of _CITY_RE or _PLACE_LIST_RE contains: without one, both searches are skipped.
#: (Substring tests: a regex alternation of them takes longer on a sentence than the seven ``in`` tests.)
_CITY_HINTS = (
    "City", "Municipality", "Prefecture", "County", "Province", "State", "Autonomous", "provinces", "states",
    "prefectures", "cities", "municipalities",
)  # fmt: skip


def find_regions(text: str, start: int, end: int) -> list[RegionMention]:
    """Places named in ``text[start:end]``: countries, subdivisions, cities, and named groups of countries."""
    table = name_table()
    out = [
        RegionMention(s, e, (place := table[name]).label, place.country)
        for s, e, name in name_finder().findall(text, start, end)
    ]
    span = text[start:end]
    if _holds_any(span, _CITY_HINTS):
        _cities(text, start, end, out)
    if _may_name_group(span):
        for m in _group_matches(text, start, end, span):
            if not any(r.start <= m.start() < r.end or m.start() <= r.start < m.end() for r in out):
                out.append(RegionMention(m.start(), m.end(), _GROUP_LABELS[m.lastgroup or ""]))
    if len(out) > 1:
        out.sort(key=_start)
    return out


def _may_name_group(span: str) -> bool:
    """Whether ``_GROUPS_RE`` is worth running: a hint word, and another word every phrase holds.

    The second test is skipped when the span holds a character that re's IGNORECASE matches to an ASCII letter but
    ``lower()`` does not lower to one ("ſ", "ı", "İ", the Kelvin sign): there a phrase may match unseen by it.
    """
    low = span.lower()
    if not _holds_any(low, _GROUP_HINTS):
        return False
    return _holds_any(low, _GROUP_WORDS) or (not span.isascii() and _holds_any(span, _FOLDS_TO_ASCII))


#: Every phrase of REGION_PHRASES starts with one of these words (any case): no match starts before the first.
_GROUP_START_RE = rx.compile(f"(?=(?:{'|'.join((*_GROUP_HINTS, 'pacific', 'small'))}))")


def _group_matches(text: str, start: int, end: int, span: str) -> list[re.Match[str]]:
    """``list(_GROUPS_RE.finditer(text, start, end))``, the regex tried only where a phrase can start: at the words
    every phrase starts with, found in the span lower-cased, whose offsets are the span's (lower() lengthens only
    "İ"). A span with a character IGNORECASE folds to an ASCII letter is searched whole."""
    if not span.isascii() and _holds_any(span, _FOLDS_TO_ASCII):
        return list(_GROUPS_RE.finditer(text, start, end))
    found: list[re.Match[str]] = []
    for at in _GROUP_START_RE.finditer(span.lower()):
        pos = start + at.start()  # at or after the last match's end: matches do not overlap, as in finditer
        if (not found or pos >= found[-1].end()) and (m := _GROUPS_RE.match(text, pos, end)) is not None:
            found.append(m)
    return found


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:
        if word in text:
            return True
    return False


def _start(mention: RegionMention) -> int:
    return mention.start


def _cities(text: str, start: int, end: int, out: list[RegionMention]) -> None:
    """Places named by the word after them: "Yibin City", "Liaoning and Shandong provinces"."""
    for m in _CITY_RE.finditer(text, start, end):
        if any(w in _NOT_PLACES for w in m.group(1).split()) or _demonym(m.group(1)):
            continue  # "The State", "Small Island Developing States", "a Big Ocean State", "the Peruvian State"
        if not any(r.start <= m.start() < r.end for r in out):
            out.append(RegionMention(m.start(), m.end(), m.group(1)))
    for m in _PLACE_LIST_RE.finditer(text, start, end):
        for name in _CAPITALISED_NAME_RE.finditer(m.group(1)):
            if name.group(0).endswith("ly") or any(w in _NOT_PLACES for w in name.group(0).split()):
                continue  # "Notably, Liaoning and Shandong provinces"
            s, e = m.start(1) + name.start(), m.start(1) + name.end()
            if not any(r.start <= s < r.end for r in out):
                out.append(RegionMention(s, e, name.group(0)))


WORLD_AFTER_RE = rx.compile(
    r"^[^.;,]{0,25}?\b(?:of|to|in)\s+(?:the\s+)?(?:world'?s?|global|worldwide|international|total\s+global)\b",
    re.IGNORECASE,
)
WORLD_BEFORE_RE = rx.compile(
    r"\b(?:global|world|worldwide)\s+(?:average|total|share|market\s+share)\s+(?:of|at|was|is)\s*$", re.IGNORECASE
)


def macro_region(names: list[str]) -> str | None:
    """A group of three or more provinces that all lie in one macro-region is that region."""
    if len(set(names)) < 3:
        return None
    for region, members in MACRO_REGIONS.items():
        if set(names) <= members:
            return region
    return None
