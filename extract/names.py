"""What ISO 3166 (through pycountry) does not say: short forms in common use, labels, and names too vague to use.

Everything else about places comes from pycountry; see ``places.name_table``.
"""

from __future__ import annotations

#: Labels where ISO's short name is written inverted or differs from UN usage (dev-set gold: "Republic of Korea").
LABELS: dict[str, str] = {
    "KOR": "Republic of Korea",
    "PRK": "Democratic People's Republic of Korea",
    "COD": "Democratic Republic of the Congo",
    "TWN": "Taiwan",
    "PSE": "Palestine",
    "FSM": "Micronesia",
    "VGB": "British Virgin Islands",
    "VIR": "United States Virgin Islands",
    "IRN": "Iran",
    "HKG": "Hong Kong",
    "MAC": "Macao",
}

#: Parties to the UNFCCC that are not countries in ISO 3166-1: code (as in NDC file names) -> (label, names...).
EXTRA_COUNTRIES: dict[str, tuple[str, ...]] = {
    "EUU": ("European Union", "EU", "E.U.", "EU27", "EU-27", "EU28"),
}

#: Usual short forms and former names -> alpha-3. ISO lists neither "UK" nor "Vietnam".
SHORT_FORMS: dict[str, str] = {
    "UK": "GBR", "U.K.": "GBR", "Britain": "GBR", "Great Britain": "GBR",
    "US": "USA", "U.S.": "USA", "USA": "USA", "U.S.A.": "USA",
    "Vietnam": "VNM", "Viet Nam": "VNM", "Turkey": "TUR", "Türkiye": "TUR", "Russia": "RUS",
    "South Korea": "KOR", "Korea": "KOR", "North Korea": "PRK",
    "DPR Korea": "PRK", "DPRK": "PRK", "D.P.R. Korea": "PRK", "Iran": "IRN", "Syria": "SYR", "Laos": "LAO",
    "Lao PDR": "LAO", "Bolivia": "BOL", "Venezuela": "VEN", "Tanzania": "TZA", "Moldova": "MDA",
    "Micronesia": "FSM", "Palestine": "PSE", "State of Palestine": "PSE", "Czech Republic": "CZE",
    "Ivory Coast": "CIV", "Cape Verde": "CPV", "Swaziland": "SWZ", "Burma": "MMR", "East Timor": "TLS",
    "Macedonia": "MKD", "DRC": "COD", "RDC": "COD", "DR Congo": "COD", "Democratic Republic of Congo": "COD",
    "Democratic Republic of the Congo": "COD", "Republic of Congo": "COG",
    "Republic of the Congo": "COG", "Brunei": "BRN", "The Gambia": "GMB", "Gambia": "GMB", "The Bahamas": "BHS",
    "Bahamas": "BHS", "Vatican": "VAT", "UAE": "ARE", "U.A.E.": "ARE", "Sao Tome and Principe": "STP",
    "São Tomé and Príncipe": "STP", "Timor Leste": "TLS",
    "St. Lucia": "LCA", "St Lucia": "LCA", "St. Kitts and Nevis": "KNA", "St Kitts and Nevis": "KNA",
    "Saint Kitts and Nevis": "KNA", "St. Vincent and the Grenadines": "VCT", "St Vincent and the Grenadines": "VCT",
    "Slovak Republic": "SVK", "Kyrgyz Republic": "KGZ", "Macau": "MAC", "Taiwan": "TWN",
    "Federated States of Micronesia": "FSM", "Republic of Moldova": "MDA", "United Republic of Tanzania": "TZA",
    "Islamic Republic of Iran": "IRN", "Plurinational State of Bolivia": "BOL", "Russian Federation": "RUS",
    "Republic of Korea": "KOR", "the Netherlands": "NLD", "Holland": "NLD", "the Philippines": "PHL",
}  # fmt: skip

#: English names of subdivisions whose ISO 3166-2 name is a romanisation: code -> (label, other names...).
SUBDIVISION_EXONYMS: dict[str, tuple[str, ...]] = {
    "CN-NM": ("Inner Mongolia", "Nei Mongol"),
    "CN-XZ": ("Tibet", "Xizang"),
}

#: Words that ISO writes after some subdivision names ("Gansu Sheng") and documents leave out; longest first.
SUBDIVISION_SUFFIXES = (
    "Zhuangzu Zizhiqu", "Huizu Zizhiqu", "Uygur Zizhiqu", "Zizhiqu", "Sheng", "Shi", "SAR",
)  # fmt: skip

#: Subdivision names that are more often ordinary words in policy documents than the place ("Northern", "Capital",
#: "Centre"), found by running the corpus; names shared by several countries' subdivisions are dropped anyway.
NOT_SUBDIVISIONS = frozenset(
    """
    North South East West Northern Southern Eastern Western Central Centre Center Capital Coast Coastal Lakes
    Upper Lower Islands Island Plateau Plateaux Littoral Nord Ouest Maritime Savanes Oriental Occidental Interior
    Highlands Lowlands Mountain Valley Delta Atlantic Pacific Sahel Kara Lagoon Lagunes Region Regions National
    Federal Greater Grand Metropolitan Western Area Bay Border Lake River Rivers Sea Ocean Port Santa Saint
    Amazonas Energy Water Forest Forests Agriculture Industry Transport Waste Power Health Education Mining Gas
    Oil Solar Wind Hydro Climate Carbon Green Blue Gold Mineral Minerals Paris Kyoto Annex Table Figure Source
    Sources Total Mean Average Action Actions Plan Plans Policy Policies Program Programme Project Projects
    Government Ministry Council Union Republic Kingdom State States Province Provinces District Districts City
    Cities County Counties Municipality Municipalities Commune Communes Village Villages Parish Department
    Most Pest Gulf Unity Mono Highland Balkan Centre-Est Centre-Nord Centre-Ouest Centre-Sud Plateau-Central
    Mary Pool Somali South-West North-West South-East North-East Greenwich Social
    """.split()
)

#: China's macro-regions, for statements about a group of provinces.
MACRO_REGIONS: dict[str, frozenset[str]] = {
    "Northeast China": frozenset({"Heilongjiang", "Jilin", "Liaoning", "Inner Mongolia"}),
    "North China": frozenset({"Beijing", "Tianjin", "Hebei", "Shanxi", "Inner Mongolia"}),
    "East China": frozenset({"Shanghai", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong"}),
    "South China": frozenset({"Guangdong", "Guangxi", "Hainan"}),
    "Central China": frozenset({"Henan", "Hubei", "Hunan"}),
    "Southwest China": frozenset({"Chongqing", "Sichuan", "Guizhou", "Yunnan", "Tibet"}),
    "Northwest China": frozenset({"Shaanxi", "Gansu", "Qinghai", "Ningxia", "Xinjiang"}),
}

#: Groups named in policy documents, mapped to the region label used in the data.
REGION_PHRASES: list[tuple[str, str]] = [
    (r"(?:pacific\s+)?island\s+countries(?:\s+of\s+the\s+pacific)?|small\s+island\s+(?:developing\s+)?states",
     "Pacific island countries"),
    (r"developing\s+countries|developing\s+nations|recipient\s+countries|global\s+south", "Developing countries"),
    (r"least\s+developed\s+countries", "Least developed countries"),
    (r"\bafrica(?:n\s+(?:countries|nations))?\b", "Africa"),
    (r"northern\s+(?:regions?|china)|north\s+china", "Northern China"),
    (r"north[\s-]?eastern\s+provinces|north[\s-]?east(?:ern)?\s+china", "Northeast China"),
]  # fmt: skip
