"""Money: the currency written before or after an amount, as an ISO 4217 code; amounts are in ``<ISO> billion``.

Climate plans name money by sign ("£11.6bn", "R$ 3 billion", "€5 billion"), by code ("USD 3 billion",
"KES 20 billion", "3 billion EUR") or by word ("2 billion dollars", "500 million rupees"). A bare "$" is the
dollar of the document's own country (Canada's plan means CAD), or its peso where the peso is written "$" (Chile's
plan means CLP); only a country with neither reads it as USD, the currency of international finance. "Pesos" are
the document's own peso.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import iso, rx
from .numbers import MAGNITUDES

#: Dollar-using countries and their dollar; any other country's bare "$" is USD (also where the US dollar circulates
#: beside a local one and plans budget in it, as in Liberia).
DOLLAR_OF_COUNTRY: dict[str, str] = {
    "United States": "USD", "United States of America": "USD", "Canada": "CAD", "Australia": "AUD",
    "New Zealand": "NZD", "Singapore": "SGD", "Hong Kong": "HKD", "Taiwan": "TWD", "Jamaica": "JMD",
    "Fiji": "FJD", "Namibia": "NAD", "Bahamas": "BSD", "Barbados": "BBD", "Belize": "BZD", "Guyana": "GYD",
"Trinidad and Tobago": "TTD", "Solomon Islands": "SBD", "Brunei Darussalam": "BND",
    "Brunei": "BND", "Suriname": "SRD", "Zimbabwe": "USD", "Ecuador": "USD", "El Salvador": "USD",
    "Panama": "USD", "Timor-Leste": "USD", "Marshall Islands": "USD", "Palau": "USD",
    "Micronesia (Federated States of)": "USD", "Antigua and Barbuda": "XCD", "Dominica": "XCD", "Grenada": "XCD",
    "Saint Kitts and Nevis": "XCD", "Saint Lucia": "XCD", "Saint Vincent and the Grenadines": "XCD",
    "Kiribati": "AUD", "Nauru": "AUD", "Tuvalu": "AUD", "Cook Islands": "NZD", "Niue": "NZD",
}  # fmt: skip


#: Countries whose currency is a peso; in the Latin American ones a bare "$" is the peso too (US dollars are "US$").
PESO_OF_COUNTRY: dict[str, str] = {
    "Argentina": "ARS", "Chile": "CLP", "Colombia": "COP", "Cuba": "CUP", "Dominican Republic": "DOP",
    "Mexico": "MXN", "Uruguay": "UYU", "Philippines": "PHP",
}  # fmt: skip
_PESO_SIGN_COUNTRIES = frozenset(PESO_OF_COUNTRY) - {"Philippines"}  # (the Philippine peso is "₱")


def dollar_of(country: str) -> str:
    """ISO code a bare "$" means in a document about ``country``."""
    return PESO_OF_COUNTRY[country] if country in _PESO_SIGN_COUNTRIES else DOLLAR_OF_COUNTRY.get(country, "USD")


#: Countries whose currency is a rupee written "Rs" or "rupees"; India's is the default.
RUPEE_OF_COUNTRY: dict[str, str] = {
    "Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR", "Mauritius": "MUR", "Seychelles": "SCR", "Maldives": "MVR",
}  # fmt: skip
#: Currencies named by a word several countries share ("25 billion FCFA", "300 million dinars", "riyals"): the
#: document's country says whose. A country outside a family leaves the amount unnamed (whose it is is not known).
_CFA_WEST = ("Benin", "Burkina Faso", "Côte d'Ivoire", "Guinea-Bissau", "Mali", "Niger", "Senegal", "Togo")
_CFA_CENTRAL = ("Cameroon", "Central African Republic", "Chad", "Congo", "Equatorial Guinea", "Gabon")
SHARED_CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "cfa": {**dict.fromkeys(_CFA_WEST, "XOF"), **dict.fromkeys(_CFA_CENTRAL, "XAF")},
    "dinar": {
        "Algeria": "DZD", "Tunisia": "TND", "Jordan": "JOD", "Iraq": "IQD", "Kuwait": "KWD", "Bahrain": "BHD",
        "Libya": "LYD", "Serbia": "RSD",
    },
    "riyal": {"Saudi Arabia": "SAR", "Qatar": "QAR", "Oman": "OMR", "Yemen": "YER", "Iran": "IRR"},
    "manat": {"Azerbaijan": "AZN", "Turkmenistan": "TMT"},
    "leu": {"Moldova": "MDL", "Romania": "RON"},  # ("1,836 million lei": the plural)
    "ruble": {"Russian Federation": "RUB", "Belarus": "BYN"},
    "shilling": {"Kenya": "KES", "Tanzania": "TZS", "Uganda": "UGX", "Somalia": "SOS"},
    "kwacha": {"Malawi": "MWK", "Zambia": "ZMW"},
    "franc": {
        **dict.fromkeys(_CFA_WEST, "XOF"), **dict.fromkeys(_CFA_CENTRAL, "XAF"), "Switzerland": "CHF",
        "Liechtenstein": "CHF", "Burundi": "BIF", "Rwanda": "RWF", "Guinea": "GNF", "Djibouti": "DJF",
        "Comoros": "KMF", "Democratic Republic of the Congo": "CDF",
    },
}  # fmt: skip

#: Countries whose plans write their currency as a bare "R" before the number ("R2.4 billion").
RAND_COUNTRIES = frozenset({"South Africa"})


def local_currency(sign: str, country: str) -> str | None:
    """ISO code of a sign whose currency depends on the document's country: "$", "¥", "Rs", "R"; None: no money."""
    if sign == "$":
        return dollar_of(country)
    if sign == "dollar":  # the word: a dollar, never a peso ("100 billion dollars" in a Mexican plan)
        return DOLLAR_OF_COUNTRY.get(country, "USD")
    if sign == "¥":
        return "JPY" if country == "Japan" else "CNY"
    if sign == "Rs":
        return RUPEE_OF_COUNTRY.get(country, "INR")
    if sign == "R":
        return "ZAR" if country in RAND_COUNTRIES else None
    if sign == "peso":
        return PESO_OF_COUNTRY.get(country)  # (whose peso an unknown country's plan means is not known)
    if sign in SHARED_CURRENCY_WORDS:
        return SHARED_CURRENCY_WORDS[sign].get(country)
    return sign


#: ISO 4217 codes written as words before or after an amount ("KES 20 billion", "3 billion EUR", "7.2 billion CUP"):
#: every active currency of pycountry's ISO 4217 table (read by ``iso``, which spares the package's import), less
#: the codes of funds, metals and tests (no plan budgets in them), plus the common names the yuan and the new shekel
#: go by and the codes currencies had before a redenomination or replacement since the first plans of 2014-2015
#: (pycountry holds only the codes in use): a plan of that time counts in them ("78 billion MRO", the ouguiya before
#: 2018's MRU), and the amount stays in the unit it was written in. (The old dobra's STD also means "standard".)
_NOT_MONEY = frozenset(
    "BOV CHE CHW CLF COU MXV USN UYI UYW XAD XAG XAU XBA XBB XBC XBD XPD XPT XSU XTS XUA XXX".split()
)
#: A code that is also a country's ISO 3166 code (BTN, MKD, SLE) names the country in tables as often as its money.
_COUNTRY_CODES = frozenset(iso.countries())
_FORMER_CODES = frozenset("MRO SLL VEF BYR ZMK LTL HRK CUC".split())
ISO_CODES = frozenset(set(iso.currencies()) - _NOT_MONEY - _COUNTRY_CODES | {"RMB", "NIS"} | _FORMER_CODES)
_CODE_ALIASES = {"RMB": "CNY", "NIS": "ILS"}  # the yuan's and the new shekel's common names
#: Codes a country's own plans use for its money that mean something else elsewhere: "SLR" is the Sri Lankan rupee in
#: Sri Lanka's plans, and sea-level rise in every plan
_LOCAL_CODES = {"SLR": ("Sri Lanka", "LKR")}
#: an amount the size of money, not of a rise in metres ("SLR 0.5 m"): grouped thousands or a magnitude word
_MONEY_SIZED_RE = rx.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?\s*(?:million|billion|bn|mn)\b", re.IGNORECASE)

#: "US" alone right before an amount the size of money ("including US 1.4 billion unconditional")
_BARE_US_RE = rx.compile(r"(?<![\w$.])US[ \u00a0]$")

# A sign or code right before the number; the named group says which currency. Order: specific signs first.
_SIGNS = (
    ("coded", r"\b[A-Z]{3}\$"), ("xcd", r"EC\$"), ("brl", r"R\$"), ("aud", r"A\$|AU\$"),
    ("cad", r"C\$|CA\$|CAN\$"), ("nzd", r"NZ\$"), ("hkd", r"HK\$"),
    ("sgd", r"S\$"), ("usd", r"US\$|U\$|USD?\s+\$|\$[ \u00a0]?US"), ("dollar", r"\$"), ("gbp", r"£"), ("eur", r"€"),
    ("inr", r"₹"), ("rupee", r"\bRs\.?"), ("kes", r"\bK[Ss]hs?\.?"), ("yen", r"¥|￥"), ("krw", r"₩"),
    ("ngn", r"₦"), ("php", r"₱"), ("bdt", r"৳|\bTk\.?"), ("rand", r"(?<![\w$])R"), ("code", r"\b[A-Z]{3}"),
)  # fmt: skip
_LOCAL_SIGNS = {"dollar": "$", "yen": "¥", "rupee": "Rs", "rand": "R"}  # resolved by the document's country
_SIGN_ISO = {name: name.upper() for name, _ in _SIGNS if name not in (*_LOCAL_SIGNS, "code", "coded")}
CURRENCY_BEFORE_RE = rx.compile(
    "(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _SIGNS) + r")[ \u00a0]?$"
)
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: The characters each sign or code can end with.
_SIGN_LAST = {
    **dict.fromkeys(("coded", "xcd", "brl", "aud", "cad", "nzd", "hkd", "sgd", "dollar"), "$"),
    "usd": "$S",  # "$US 3 bn" too
    "gbp": "£", "eur": "€", "inr": "₹", "rupee": "s.", "kes": "Ssh.", "yen": "¥￥", "krw": "₩", "ngn": "₦", "php": "₱",
    "bdt": "৳k.", "rand": "R", "code": _UPPER,
}  # fmt: skip


def _signs_ending_with(last: str) -> re.Pattern[str] | None:
    """CURRENCY_BEFORE_RE with only the signs that can end with ``last``, in their order: a match ends at the number
    (or one space before it), so its sign ends with the character there and the other 20 alternatives cannot match."""
    signs = [(name, pattern) for name, pattern in _SIGNS if last in _SIGN_LAST[name]]
    if not signs:
        return None
    return rx.compile("(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in signs) + r")[ \u00a0]?$")


_BEFORE_BY_LAST = {last: _signs_ending_with(last) for last in {*"".join(_SIGN_LAST.values())}}
#: A magnitude glued to an amount after a currency: "£3m", "$1.2bn", "€40k"; bare letters only count after money.
MONEY_MAGNITUDE_RE = rx.compile(r"[ \u00a0]?(?P<mag>bn|b|mn|mln|m|k)(?![A-Za-z0-9²³])", re.IGNORECASE)
MONEY_MAGNITUDES = {"bn": 10**9, "b": 10**9, "mn": 10**6, "mln": 10**6, "m": 10**6, "k": 10**3}  # lower-cased keys

# Currency words after the amount ("2 billion US dollars", "500 million rupees", "3 billion EUR").
CURRENCY_WORDS: tuple[tuple[str, str], ...] = (
    (r"(?:us|u\.s\.|united\s+states)\s+dollars?", "USD"), (r"(?:canadian)\s+dollars?", "CAD"),
    (r"(?:australian)\s+dollars?", "AUD"), (r"dollars?", "dollar"), (r"euros?", "EUR"),
    (r"(?:pounds?\s+sterling|pounds?|sterling)", "GBP"), (r"(?:yuan|renminbi|rmb|cny)", "CNY"),
    (r"indian\s+rupees?", "INR"), (r"rupees?", "Rs"), (r"yen", "JPY"), (r"(?:reais|reals?)", "BRL"), (r"rand", "ZAR"),
    (r"kenya\s+shillings?", "KES"), (r"taka", "BDT"), (r"dong", "VND"), (r"won", "KRW"), (r"rupiah", "IDR"),
    (r"naira", "NGN"), (r"pesos?", "peso"),  # "$", "peso" and "Rs": the document's own dollar, peso or rupee
    (r"tenge", "KZT"), (r"lari", "GEL"), (r"drams?", "AMD"), (r"hryvnias?", "UAH"), (r"somoni", "TJS"),
    # shared by several countries: the document's country says whose (SHARED_CURRENCY_WORDS)
    (r"(?:f\s?cfa|(?:francs?\s+)?cfa(?:\s+francs?)?)", "cfa"), (r"dinars?", "dinar"), (r"(?:riyals?|rials?)", "riyal"),
    (r"manats?", "manat"), (r"r(?:o)?ubles?", "ruble"), (r"le[iu]", "leu"),
    (r"shillings?", "shilling"), (r"kwachas?", "kwacha"), (r"francs?", "franc"),
)  # fmt: skip
_CODE_AFTER_RE = rx.compile(
    r"[ \u00a0]?(?:(?P<mag>[MK])[ \u00a0]?)?(?P<code>[A-Z]{3})s?(?![A-Za-z])"  # "3 MUSD", "9 billion MROs"
    # "2,225 USD Millions": the magnitude written after the code
    r"(?:[ \u00a0]+(?P<word>(?i:millions?|billions?|thousands?))\b)?"
)


@dataclass(frozen=True)
class Currency:
    iso: str  # ISO 4217 code
    start: int  # where the currency sign or code starts (before the number) or ends (after it)
    scale: int = 1  # a magnitude letter glued to a code after the amount: "350 MUSD" is 350 million
    local: bool = False  # a sign whose currency the document's country decided ("$", "¥", "Rs")


def currency_before(text: str, start: int, country: str = "") -> Currency | None:
    """The currency sign or ISO code written right before a number starting at ``start``, in a document about
    ``country`` (which says what "$", "¥", "Rs" and a bare "R" mean)."""
    last = text[start - 1 : start]
    if last in (" ", "\u00a0"):
        last = text[start - 2 : start - 1]
    elif last == "\n":  # a sign ending a wrapped line, blank lines before its amount ("US$" over "2.97 billion")
        window = text[max(0, start - 4) : start]
        sign_end = start - (len(window) - len(window.rstrip()))
        last, start = text[sign_end - 1 : sign_end], sign_end + 1  # (searched as after "US$ ", up to one blank)
    signs = _BEFORE_BY_LAST.get(last)
    if signs is None:
        return None  # most numbers follow a word or a space: skip the search
    m = signs.search(text, max(0, start - 7), start)
    if m is None:
        if (
            last == "S"
            and (us := _BARE_US_RE.search(text, max(0, start - 4), start))
            and _MONEY_SIZED_RE.match(text, start)
        ):
            return Currency("USD", us.start())  # "US 2.9 billion": a translation that dropped the dollar sign
        return None
    name = m.lastgroup or ""
    if name in ("code", "coded"):  # "KES 5", "USD$ 5", "BZD$5"
        code = m.group(name)[:3]
        if code in ISO_CODES:
            return Currency(_CODE_ALIASES.get(code, code), m.start())
        if _LOCAL_CODES.get(code, ("", ""))[0] == country and _MONEY_SIZED_RE.match(text, start):
            return Currency(_LOCAL_CODES[code][1], m.start(), local=True)  # "SLR 1,786 million" in a Sri Lankan plan
        return Currency(dollar_of(country), m.start()) if name == "coded" else None
    if name in _LOCAL_SIGNS:
        iso = local_currency(_LOCAL_SIGNS[name], country)
        return Currency(iso, m.start(), local=True) if iso else None
    return Currency(_SIGN_ISO[name], m.start())


def code_after(text: str, pos: int, limit: int) -> Currency | None:
    """An ISO code written after an amount: "3 billion USD"."""
    first = text[pos : pos + 1]
    if first in (" ", "\u00a0"):
        first = text[pos + 1 : pos + 2]
    if not ("A" <= first <= "Z"):  # an upper-case magnitude or code comes first: most amounts have a word after
        return None
    m = _CODE_AFTER_RE.match(text, pos, limit)
    if m and m.group("code") in ISO_CODES:
        code = m.group("code")
        scale = {"M": 10**6, "K": 10**3}.get(m.group("mag") or "", 1)
        if word := m.group("word"):
            scale *= int(MAGNITUDES[word.lower().rstrip("s")])
        return Currency(_CODE_ALIASES.get(code, code), m.end(), scale)
    return None


# Currency names after an amount ("711 million Swiss francs", "20 million pula", "5 billion Zambian kwacha"): the
# English names of ISO 4217 as pycountry holds them, the last word also plural. A one-word name that is an English
# word too, or of a country's name, is left out ("sol", "som", "Sierra Leone"); a shared word ("dollars", "pesos",
# "dinars") is ``CURRENCY_WORDS``' to read.
_COMMON_WORDS = frozenset({"sol", "som", "leone"})


def _currency_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, name in iso.currencies().items():
        words = name.lower().replace("’", "'").split()
        if code in ISO_CODES and all(w.replace("'", "").isalpha() for w in words):
            if len(words) > 1 or words[0] not in _COMMON_WORDS:
                names[" ".join(words)] = code
    return names


_NAMES = _currency_names()
_NAME_WORDS = max(len(name.split()) for name in _NAMES)
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)?"  # letters, and an apostrophe inside ("Pa'anga")
_WORDS_AFTER_RE = rx.compile(rf"[ \u00a0]?({_WORD}(?:[ \u00a0]+{_WORD}){{0,{_NAME_WORDS - 1}}})")
_FIRST_WORD_RE = rx.compile(rf"[ \u00a0]?({_WORD})")  # the first word of a _WORDS_AFTER_RE match (both greedy)
#: The first word of every name looked up in ``name_after``, a one-word name's plural too: most words after an amount
#: ("of", "tonnes", "in") start none, and are rejected before the name's words are split and looked up.
_FIRST_WORDS = frozenset(name.split()[0] for name in _NAMES) | frozenset(n + "s" for n in _NAMES if " " not in n)


def name_after(text: str, pos: int, limit: int) -> Currency | None:
    """A currency's ISO name written after an amount: "711 million Swiss francs" (CHF), "3 million pula" (BWP). The
    words after the amount are looked up, longest first, rather than matched against 170 names one by one."""
    first = _FIRST_WORD_RE.match(text, pos, limit)
    if first is None or first.group(1).lower().replace("’", "'") not in _FIRST_WORDS:
        return None  # (every name looked up below starts with this word: a cheap exact test; it cost 2 % before)
    m = _WORDS_AFTER_RE.match(text, pos, limit)
    if m is None:
        return None
    spans = [w.span() for w in re.finditer(r"\S+", m.group(1))]
    words = m.group(1).lower().replace("’", "'").split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        iso = _NAMES.get(name) or (_NAMES.get(name[:-1]) if name.endswith("s") else None)
        if iso:
            return Currency(iso, m.start(1) + spans[n - 1][1])
    return None


#: Money per thing is a price or a unit cost ("USD 6.85 per day", "$40/tCO2"), never an amount.
PRICE_AFTER_RE = rx.compile(
    r"\s*(?:per\s+|/\s*|an?\s+)(?!year\b|annum\b|yr\b)(?:day|person|capita|head|household|unit|ton|tonne|t\b|tco2|kwh|"
    r"mwh|gj|litre|liter|gallon|barrel|bbl|kg|hectare|ha\b|month|hour|week|m3|m2|km|vehicle|worker)",
    re.IGNORECASE,
)
#: An amount of money without a magnitude word below this is a price or an unit cost, not a budget or a fund.
MIN_PLAIN_AMOUNT = 100_000


#: a currency's thousands of billions written with one comma group: "USD 25,387 billion", "5,002 billion USD"
_COMMA_BILLIONS_RE = rx.compile(r"\d{1,3},\d{3}(?![\d.,])\s*(?:billions?|bn)\b", re.IGNORECASE)
#: currencies whose trillions a plan writes as such ("$1.3 trillion"): a thousand billion of them is a decimal comma
_HARD_CURRENCIES = frozenset({"USD billion", "EUR billion", "GBP billion", "CHF billion"})
_THOUSAND = 1000


def comma_thousands_of_billions(text: str, num_start: int, unit: str, value: Decimal) -> bool:
    """Whether an amount "USD 2,764 billion" is 2.764 billion written with a decimal comma, as translations of
    French and Spanish plans keep it: a thousand billion dollars or more is more than any plan of a country states
    in billions (plans that mean it write "trillion"), so the comma cannot group thousands."""
    return (
        unit in _HARD_CURRENCIES and value >= _THOUSAND and _COMMA_BILLIONS_RE.match(text, num_start) is not None
    )
