"""Table cells as the text gives them: a line or a tab-separated cell with its offsets, and what a cell holds.

A value cell is a number alone, a number with its unit or qualifier, or an empty mark; anything else is a label.
Both table layouts (flattened one cell per line, tab-separated rows) are rebuilt from these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from . import rx
from .counts import counted_after
from .headeryears import bases
from .numvalue import LONE_DECIMAL_COMMA, THOUSANDS_POINTS_RE
from .segment import Block
from .units import NON_INDICATOR, match_unit_after
from .yearnames import naming_role

#: a cell that is only a number (sign, thousands separators, decimals, a percent sign, footnote marks: "56.22[3]")
NUM_CELL_RE = rx.compile(
    # "(36,821)": an accounting negative (inventories print removals so); its bracket closes right after the digits
    # ("(-)10908.77": a sign printed in brackets, as francophone tables write removals)
    # ("+32%": a rise printed with its sign, the amount as it is)
    r"^\s*(?:(?P<sign>[-−–]|\(\s*[-−–]\s*\))|(?P<plus>\+))?\s*(?P<open>[(（]\s*(?=\d))?"
    # ("1,840,2": thousands commas, then a misprinted decimal comma; the only reading there is)
    r"(?P<num>\d{1,3}(?:,\d{3})+,\d(?![\d.,])|\d{1,3}(?:, ?\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?"
    r"|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d+,\d{1,2}(?!\d)|" + LONE_DECIMAL_COMMA
    # ("9E-06", "3.56E-05": a spreadsheet's scientific notation)
    + r"|\d+(?:\.\d+)?E-\d{1,2}|\d+(?:\.\d+)?)(?(open)\s*(?P<close>[)）]))\s*(?P<pct>%)?"
    # "22.42 (-15.8%)": a level and, in brackets, its change in per cent
    r"(?:(?P<change>\s*\(\s*(?P<chsign>[-−–+])\s*(?P<chnum>\d+(?:\.\d+)?)\s*(?P<change_pct>%)\s*\))"
    # "816,28 (28,82%)": a level and, in brackets, its share of the column's total (unsigned: no change)
    r"|(?P<share>\s*[(（]\s*(?P<shnum>\d+(?:[.,]\d+)?)\s*(?P<shpct>%)\s*[)）])"
    # "1,235 (1,219)" under "2013 (2005)": a value and, in brackets, its companion the header's bracket names
    r"|\s*[(（]\s*(?P<alt>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*[)）])?"
    r"\s*(?:[*†‡ª]|\[\d{1,2}\])*,?\s*$"  # ("13,091,": a stray comma after the digits)
)
_LONE_DECIMAL_COMMA_RE = rx.compile(LONE_DECIMAL_COMMA)
#: a row of changes from the year before or from a start year, under a row of levels: "Change compared to 1990, %",
#: "Compared to 1990, %", "Inter-annual change", "Inter-annual fluctuation"
CHANGE_ROW_RE = rx.compile(
    r"\b(?:change|growth|increase|decrease|variation)\b.*\b(?:compared|relative|since|vs\.?|versus|against|from)\b"
    r"|^\s*(?:change\s+)?compared\s+(?:to|with)?\s*(?:19|20)\d\d\b"
    r"|\b(?:inter-?annual|annual|year[\s-]on[\s-]year|yearly)\s+(?:change|growth|variation|fluctuation)\b",
    re.IGNORECASE,
)
_DECIMAL_COMMA_RE = rx.compile(r",\d{1,2}$")  # "0,68", "12 345,5": a comma before one or two digits is decimal
#: a number with a qualifier before it, a currency before it or a short unit after it ("around 25", "$19,000,000",
#: "1,200 MW", "≥ 30 %"), maybe with a footnote mark glued to it
#: the start of a line that goes on with an amount's unit: a currency code or sign, or a unit word ("USD LEAP …")
UNIT_FIRST_RE = rx.compile(r"(?:(?-i:[A-Z]{3})\b|US\$|\$|€|£|dollars?|euros?|tonnes?|tons?|t\b|MW\b|GW\b)", re.I)
#: a cell that prints its currency before its digits ("$304.83" under "Estimated cost (Million USD)"): the sign repeats
#: the column's currency, whose magnitude the bare digits are counted in
CURRENCY_SIGN_CELL_RE = rx.compile(r"\s*(?:[A-Z]{1,3}\$|\$|€|£)\s?(?=\d)")
#: a cell that prints the column's currency code after its digits ("17.50 USD" under "Estimated cost (Value in
#: Millions of USD)"): the code repeats the column's currency, as a sign before the digits does
CURRENCY_CODE_CELL_RE = rx.compile(r"(?<=\d)\s*(?P<code>[A-Z]{3})\s*$")
MAGNITUDE_CELL_RE = rx.compile(r"\s*[\d.,\s]+(?:million|billion|thousand|bn|mn)\s*$", re.IGNORECASE)
QUALIFIED_CELL_RE = rx.compile(
    r"^\s*(?:[<>≥≤~≈]=?\s*|(?:about|around|approximately|over|more\s+than|less\s+than|up\s+to|at\s+least|nearly)\s+)?"
    r"(?:(?:US\$|USD|EUR|GBP|\$|€|£)\s?)?"
    r"[-−–]?\s*(?:\d+,\d{1,2}(?![\d.,])|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"  # "<0,1%": a decimal comma too
    r"(?:(?<=,\d{3},\d{3})\d{1,2}(?=\s*$))?"  # a footnote mark glued to the number ("$70,000,0001")
    r"\s*(?P<tail>\S.{0,15})?$",
    re.I,
)
CAPTION_RE = rx.compile(
    r"^\s*(?:Table|TABLE|Tab\.|Figure|FIGURE|Fig\.)\s*"
    r"(?:(?:[nN]\s?[°º]|No\.|№)\s*)?"  # "Table n° 3", "Table N ° 3" (a translated "Tableau n° 3"), "Table No. 3"
    r"(?:(?:(?:[A-Z]{1,3}[-.]?)?\d+(?:[.-]\d+)*[a-z]?|[IVX]{1,5})\s*(?:[.:|\-–—]|\s+[A-Z(]|$)|:"
    r"|[-–—]\s+(?=[A-Z]))"  # "Table - Greenhouse gas emissions in 2011": unnumbered, its title after a dash
)
#: a numbered title over a table, as plans number their tables without the word: "11. GHG emissions reduction as %
#: below BAU scenario" (words, maybe years, no other number: not a numbered goal such as "3. Plant 2,000 ha")
_NUMBERED_TITLE_RE = rx.compile(r"^\s*\d{1,2}\.\s+(?=[A-Z])(?:(?<!\d)(?:19|20)\d\d(?!\d)|[^\d])+$")
_TITLE_WORDS = 4


def is_caption(text: str, nxt: str = "", then: str = "") -> bool:
    """A table's caption: "Table 3: …", or a numbered title of some words whose next cell is a header cell, a year
    or a label, not a value ("11. GHG emissions reduction as % below BAU scenario" over "2020 | 2030 | …"). A
    numbered line whose next cell is one word cell and ``then`` a value is a row of a numbered list of actions
    ("1. Carrying out periodic diagnoses …" | "Ministry of Environment" | "12.3"), not a title."""
    if CAPTION_RE.match(text):
        return True
    if nxt[:1].isdigit() and _CAPTION_WORD_RE.match(text):
        return True  # "Table" alone over "4.1 GHG mitigation targets": a caption wrapped after its first word
    if not nxt or not _NUMBERED_TITLE_RE.match(text) or len(text.split()) <= _TITLE_WORDS:
        return False
    if YEAR_CELL_RE.match(nxt):
        return True
    return not any(ch.isdigit() for ch in nxt) and not (then and is_value(then) and not YEAR_CELL_RE.match(then))


MIN_ROWS = 2  # fewer rows than this are not clearly a table
#: an empty cell: a dash, "n/a", "N.A.", "Not applicable (NA)", dots, or an inventory's notation keys for "not
#: estimated", "not occurring", "included elsewhere" (NE, NO, IE)
EMPTY_CELL_RE = rx.compile(
    r"^\s*(?:[-–—]{1,3}|n[/\\.]?a\.?|N[/\\.]?A\.?|NA|NE|NO|IE|\.{2,3}"
    # (a value the plan does not give: "Not reported", "Unavailable", "Under study", "TBD")
    r"|(?i:not\s+(?:applicable|estimated|available|reported|quantified|determined|calculated|assessed|known)|unavailable|under\s+study"
    r"|TBD|to\s+be\s+determined)"
    r"(?:\s*\((?:NA|NE)\))?)\s*$"
)
#: a year alone in a cell, maybe with a footnote mark ("2010*"): 1950-2100, since "2199" is a value
YEAR_CELL_RE = rx.compile(r"^\s*(?:FY\s*)?((?:19[5-9]\d|20\d\d|2100))\s*[*†‡]?\.?\s*$")  # "2015." too
YEAR_HEADER_RE = rx.compile(r"^\s*(?:years?|period|timeline)\s*:?\s*$", re.I)


#: one year written in a row label as the date of its row: "2030 emissions (conditional)", "Emissions in 2018"
# (a hyphen after a name joins a year to its report, "QCN-2014", "NC2-2005"; after a year it ends a period)
LABEL_YEAR_RE = rx.compile(
    r"(?:(?<![\d.,/-])|(?<=[A-Za-z]-)|(?<=[A-Za-z]\d-))((?:19[5-9]\d|20\d\d|2100))(?![\d%/-]|\s*[-–—]\s*\d)"
)


def row_label_year(label: str) -> int | None:
    """The year a row label dates its row by: a year cell ("2030"), or the one year a longer label names ("2018
    emissions"); none when the label names a period ("2021-2030") or several years."""
    m = YEAR_CELL_RE.match(label)
    if m:
        return int(m.group(1))
    # "Forestry, change from 2010": the base of the row's changes, not its date
    # "System Development Plan 2017", "Biofuels Policy, 2019": a year that names a document dates no row
    # "Solar street lamps – 2000 lamps": a number of things counted, no year
    found = {
        int(m.group(1))
        for m in LABEL_YEAR_RE.finditer(label)
        if naming_role(label[max(0, m.start() - 60) : m.start()], label[m.end() : m.end() + 20], None) is None
        and not counted_after(label, m.end())
    } - bases(label)
    return found.pop() if len(found) == 1 and len(label) <= 60 else None


#: a row label that marks its year as projected: "2021 (proj.)", "2025 (projected)", "2030 (projection)"
_PROJECTED_ROW_RE = rx.compile(r"\(\s*(?:proj(?:\.|ected|ection)?|forecast|modell?ed)\s*\)", re.I)


def projected_row(row: GridRow) -> bool:
    """A row whose label marks it projected ("2021 (proj.)"): none of its cells is a record."""
    return bool(row.labels) and _PROJECTED_ROW_RE.search(row.labels[-1].text) is not None


def recorded_row_years(rows: list[GridRow]) -> set[int]:
    """The years of a table's rows that are recorded because later rows are marked projected: a series whose rows
    go on from "2020" to "2021 (proj.)" tells where its records end, whatever its caption calls the table ("Trend
    Scenario projected to 2030" over an inventory that runs on as a projection)."""
    marked = [r.year for r in rows if r.year is not None and projected_row(r)]
    if not marked:
        return set()
    first = min(marked)
    return {r.year for r in rows if r.year is not None and r.year < first and r.year not in marked}


@dataclass
class Cell:
    start: int
    end: int
    text: str
    block: int  # index of the block holding the line
    first_in_block: bool  # the line opens its block (cells of a row may share a block)
    runs_on: bool = False  # the next line of its block goes on with the amount's unit ("1,350 million" / "USD …")


@dataclass
class GridRow:
    labels: list[Cell]
    values: list[Cell | None]  # in order; None for a cell written empty ("-"). Fewer than the columns: cells
    # are missing, and which columns they fill is not known
    group: str = ""  # the label of the last label-only row above it ("Energy", "Other sub-sectors:")
    year: int | None = None  # a row labelled by a year
    trail: str = ""  # the text of a last column after the numbers ("Conditional")


@dataclass
class Grid:
    """A table rebuilt from flattened cells: caption, header cells, value columns and rows."""

    first_block: int
    last_block: int
    caption: str
    header: list[Cell]
    ncols: int
    rows: list[GridRow] = field(default_factory=list)
    notes: list[tuple[int, int]] = field(default_factory=list)  # sentences of the "Note: ..." lines under it
    title: str = ""  # the one-line title above a table without a caption: only its unit is read
    unit_note: str = ""  # a line under the table that states its unit ("[Unit: million tCO2e]")
    intro_year: int | None = None  # the one year of the sentence above that announces it (``grid.announced_year``)


def block_cells(text: str, blocks: list[Block], index: int) -> list[Cell]:
    """The lines of a block as cells."""
    block = blocks[index]
    out: list[Cell] = []
    pos = block.start
    for line in text[block.start : block.end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append(Cell(s + lead, s + lead + len(stripped), stripped, index, not out))
    for cell, nxt in zip(out, out[1:], strict=False):
        cell.runs_on = UNIT_FIRST_RE.match(nxt.text) is not None
    return out


def is_value_cell(cell: Cell) -> bool:
    """A value cell (``is_value``); a number with its magnitude alone ("0.36 billion" under "Mitigation (USD)") too,
    unless the next line goes on with its unit: "1,350 million" over "USD LEAP analysis" is text wrapped in a cell."""
    return is_value(cell.text) or not cell.runs_on and magnitude_value(cell.text)


_MISPRINTED_RE = rx.compile(r"\d+(?:[ \u00a0]\d+)+")


def misprinted(cell: Cell) -> bool:
    """Digits grouped as no number is ("500 00"), where a value belongs: a value no one can read, so a blank cell in
    its place, not text that makes the table no table of values."""
    return _MISPRINTED_RE.fullmatch(cell.text) is not None and not is_value_cell(cell)


def magnitude_value(text: str) -> bool:
    """A number and its magnitude alone, the column naming the unit: "0.36 billion", "369 million" (a cell naming its
    currency too, "USD 1.3 billion", is a statement of its own)."""
    return MAGNITUDE_CELL_RE.match(text) is not None


def holds_value(cell: Cell) -> bool:
    return bool(cell.text) and not EMPTY_CELL_RE.match(cell.text) and is_value_cell(cell)


@lru_cache(maxsize=4096)
def is_value(text: str) -> bool:
    """A value cell: a bare number ("12.5", "-3,410", "40%"), an empty mark ("-", "n/a"), or a number with its
    qualifier or unit ("around 20", "1,200 MW", "> 30%"); "2 to 4 lanes" or "3 cities" are labels.

    Cached (a function of the text alone): a table's cells are tested several times while its grid is rebuilt."""
    if m := NUM_CELL_RE.match(text):
        if m.group("open"):
            return accounting_negative(m.group("num"))
        # "2013 (2005)" heads a column of bracketed pairs: two years, no value
        return not (m.group("alt") and YEAR_CELL_RE.match(m.group("num")) and YEAR_CELL_RE.match(m.group("alt")))
    if EMPTY_CELL_RE.match(text):
        return True
    m = QUALIFIED_CELL_RE.match(text)
    if m is None:
        return False
    tail = m.group("tail")
    if not tail or _NOTE_TAIL_RE.fullmatch(tail):
        return True  # (a bracketed note on the amount: "2,500,000 (as minimum)", "45 (estimated)")
    unit = match_unit_after(tail, 0)
    return (
        unit is not None
        and unit.unit not in (NON_INDICATOR, "count", "ratio", "year", "times")
        and len(tail.rstrip(" *†‡ª")) - unit.end <= 1
    )


#: a note on a value, in brackets, after it: how it was reached or how sure it is (no number, no unit)
_NOTE_TAIL_RE = rx.compile(
    r"\((?:as\s+(?:a\s+)?)?(?:minimum|maximum|estimated?|approx(?:imately|\.)?|provisional|preliminary|indicative)\)",
    re.IGNORECASE,
)


def accounting_negative(num: str) -> bool:
    """Whether a number alone in brackets is an accounting negative ("(36,821)", "(0.75)", "(241)"), not a year
    ("(2005)", a companion header) or a small label number ("(3)", a note or item)."""
    return bool(set(num) & {",", ".", " ", "\u00a0"}) or len(num) >= 3 and not YEAR_CELL_RE.match(num)


def cell_number(num: str, continental: bool = False, decimal_comma: bool = False) -> Decimal:
    """The value of a number cell's digits: "1,234.5", "12 345", "0,68" (a decimal comma), "1 200,5", "5.215,73";
    in a ``continental`` table (one whose cells write decimal commas) "9.534" is 9534, its point a thousands one; in a
    ``decimal_comma`` column (see ``decimal_comma_columns``) "334,984" is 334.984."""
    digits = num.replace(" ", "").replace("\u00a0", "")
    if "," in digits and "." in digits and digits.rindex(",") > digits.rindex("."):
        return Decimal(digits.replace(".", "").replace(",", "."))  # "5.215,73"
    if digits.count(".") >= 2 or continental and THOUSANDS_POINTS_RE.fullmatch(digits):
        return Decimal(digits.replace(".", ""))  # "1.004.347", or "9.534" beside "0,04"
    if _DECIMAL_COMMA_RE.search(digits) or _LONE_DECIMAL_COMMA_RE.fullmatch(digits):
        # "0,68"; "6962,628", "0,004": no thousands grouping looks like them; "1,840,2": the last comma decimal
        whole, _, decimals = digits.rpartition(",")
        return Decimal(f"{whole.replace(',', '')}.{decimals}")
    if decimal_comma and digits.count(",") == 1 and "." not in digits:
        return Decimal(digits.replace(",", "."))  # "334,984" beside "6962,628": the table's commas are decimal ones
    return Decimal(digits.replace(",", ""))


#: a cell written the continental way beyond doubt: a decimal comma ("0,04", "<0,1%") or several thousands points
CONTINENTAL_CELL_RE = rx.compile(
    r"(?<![\d.,])(?:\d+,\d{1,2}(?![\d.,])|" + LONE_DECIMAL_COMMA + r"(?![\d.,]))|\d\.\d{3}\.\d{3}|\d\.\d{3},\d"
    r"|\d[ \u00a0]\d{3},\d"  # "1 215,120": thousands set apart by a space, then a decimal comma
)


#: a cell written the English way beyond doubt: a decimal point before other than three digits ("597.4", "962.4638")
#: or after thousands commas ("1,204.5", "1,176,350")
ENGLISH_CELL_RE = rx.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])|\d,\d{3}[.,]\d")


def decimal_comma_columns(rows: list[GridRow], ncols: int) -> list[bool]:
    """For each column, whether its commas are decimal ones: one of its cells (in the rows that fill every column)
    writes a comma no thousands grouping could hold ("6962,628", "0,04") and none writes the English way ("597.4",
    "1,176,350"). Per column, since a table may write its costs "34,983" (thousands) beside its shares "89,73"."""
    full = [r.values for r in rows if len(r.values) == ncols]
    flags = []
    for k in range(ncols):
        cells = [v.text for vals in full if (v := vals[k]) is not None]
        flags.append(any(map(CONTINENTAL_CELL_RE.search, cells)) and not any(map(ENGLISH_CELL_RE.search, cells)))
    return flags


#: a line that stops mid-phrase: the cell goes on in the next line ("Land use, land-use change and")
_DANGLING_RE = rx.compile(r"(?:[,&(/-]|\b(?:and|or|of|for|the|in|to|from|with|by|on))\s*$", re.I)


_CAPTION_WORD_RE = rx.compile(r"^(?:Table|TABLE|Figure|FIGURE|Tab\.|Fig\.)$")


def continues(cell: Cell, nxt: Cell) -> bool:
    """Whether ``nxt`` is the rest of ``cell``, wrapped onto its own line: the cell stops mid-phrase, leaves a
    parenthesis open, is a caption's first word alone ("Table" over "4.1 Emissions by sector"), or the next line
    goes on in lower case."""
    text = cell.text
    if _CAPTION_WORD_RE.match(text):
        return nxt.text[:1].isdigit()
    return bool(
        _DANGLING_RE.search(text)
        or _open_parenthesis(text, nxt.text)
        or (nxt.text[:1].islower() and _PREFIXED_ACRONYM_RE.match(nxt.text) is None)
        or nxt.text[:1] in _SUBSCRIPTS  # "… GDP and CO" over "₂e Emissions": a subscript set on its own line
        or (nxt.text[:1] == ":" and CAPTION_RE.match(text) is not None)  # "Table 6" over ": Investment needs"
        # a bracketed gloss on its own line: "National funding effort" over "(Unconditional objectives)"
        or (_GLOSS_RE.match(nxt.text) is not None and not is_value(text) and not YEAR_CELL_RE.match(text))
    ) and not is_value(nxt.text)


_GLOSS_RE = rx.compile(r"\([A-Za-z][^()\d]{2,40}\)$")
#: a name written as a lower-case letter before an acronym ("iNDC", "eNDC") starts a cell of its own, not a line of
#: the cell above; a unit's letters ("tCO2e", "kWh") are not such a name
PREFIXED_ACRONYM_TAIL = r"[A-Z]{2,}(?![a-z0-9₂])"  # what follows the lower-case letter (``gridbuild`` reads it too)
_PREFIXED_ACRONYM_RE = rx.compile(r"[a-z]" + PREFIXED_ACRONYM_TAIL)


_SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"


def _open_parenthesis(text: str, nxt: str) -> bool:
    """A parenthesis left open goes on in the next line when that line closes it: "(source: BUR 1, 2021" with no
    ")" after it is a typo, and the header cell below ("Sources/type of gas") is a cell of its own."""
    return text.count("(") > text.count(")") and nxt.count(")") > nxt.count("(")


def joined(cells: list[Cell]) -> list[Cell]:
    """Cells with every wrapped continuation joined to the cell it continues."""
    out: list[Cell] = []
    for c in cells:
        if out and continues(out[-1], c):
            last = out[-1]
            out[-1] = Cell(last.start, c.end, f"{last.text} {c.text}", last.block, last.first_in_block, c.runs_on)
        else:
            out.append(c)
    return out


#: A column that holds each row's year: "Year", "Year of implementation", "Target year" (not "Base year")
YEAR_COLUMN_RE = rx.compile(
    r"^\s*(?:(?:(?:target|implementation|completion|commissioning|planned)\s+)?year"
    r"(?:\s+of\s+(?:implementation|completion|commissioning|achievement))?|(?:target\s+|time\s+)?horizon)\s*$",
    re.IGNORECASE,
)  # ("Horizon" over "2020" | "2025": the year each row's measure aims at)
#: A schedule's columns: "Start date | End date" (or "Deadline"). The end is each row's year, the start no value.
END_COLUMN_RE = rx.compile(r"^\s*(?:(?:end(?:ing)?|completion|due|finish)\s+(?:date|year)|deadline|end)\s*$", re.I)
START_COLUMN_RE = rx.compile(r"^\s*(?:start(?:ing)?|begin(?:ning)?|commencement)\s+(?:date|year)\s*$", re.I)


def date_column(label: str) -> bool:
    """Whether a header cell heads a column of each row's dates (its year cells are no values)."""
    return any(r.match(label) for r in (YEAR_COLUMN_RE, END_COLUMN_RE, START_COLUMN_RE))
