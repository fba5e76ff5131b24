"""Split a document into blocks (paragraphs, table rows, notes, headings) and sentences, keeping offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import rx
from .alternation import first_char_guarded
from .wraps import PROSE_WORDS, currency_wraps, cut_short, wrap_lengths, wraps_on

#: Lines that are reference-list entries or footnote sources, never indicator statements.
NOTE_LINE_RE = rx.compile(
    r"""^\s*(?:
        [¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S            # ²⁵ Sichuan Provincial People's Government ...
      | -?\s*\[\d+\]                  # - [21] ... or [3] ...
      | (?:\^[a-z]|[ᵃᵇᶜᵈᵉ])\s+          # ^a By 2025, ...   (table footnotes: read for base years only)
      | (?:Note|Notes|Source|Sources|Data\s+source)s?\s*:
      | .*\[(?:EB/OL|N/OL|J/OL|R|M|J|N|Z|C|D|S|A|P|OL|DB/OL)\]   # GB/T 7714 citation: a reference, whatever its start
    )""",
    re.VERBOSE,
)
TABLE_FOOTNOTE_RE = rx.compile(r"^\s*(?:\^(?P<caret>[a-z])|(?P<sup>[ᵃᵇᶜᵈᵉ]))\s+")
_ABBREV = (
    "No", "Nos", "e.g", "i.e", "U.S", "U.K", "D.C", "etc", "Mr", "Mrs", "Ms", "Dr", "Prof", "Fig", "vs", "approx",
    "St", "Co", "Ltd", "Inc", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "P.R", "Vol", "pp", "al", "cf", "Art", "no", "nr", "Nr", "viz", "resp", "incl", "esp",  # "Law no. 160"
    "ca",  # circa: "from ca. 87 MtCO2"
)  # fmt: skip
#: A match starts at the punctuation that ends a sentence (the sentence ends just after it) and ends where the next
#: sentence may start. The punctuation is consumed first, as one character set, so that ``re`` skips to the next
#: candidate in its fast prefix scan instead of trying a lookbehind at every position of the paragraph.
_SENTENCE_END_RE = rx.compile(
    r"[.!?;。；！？]"
    # (a footnote marker may follow the stop, raised or, flattened, as plain digits after a word: "revenues.14 Noting")
    # (a list's next lettered item starts one too: "… this commitment. b) In addition, …")
    r"(?:(?<=[.!?;])[\"'”’)\]}]?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[a-z]\.)\d{1,3}(?=\s+[A-Z]))?\s+"
    r"(?=[\"“‘(\[A-Z0-9▶■●•]|[a-z]{1,4}\)\s+[A-Z])"
    r"|(?<=[。；！？])[”’」』）]?\s*)"  # Chinese full stops end a sentence without a following space
)
_TORN_DECIMAL_RE = rx.compile(r"0\d")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_EQ_ABBREV_RE = rx.compile(r"(?:CO2|CO₂|C)[\s-]?eq\.$")  # "CO2 eq.", "CO₂-eq.": an abbreviated unit
_MASS_AFTER_DIGIT = r"\d\s*(?:Gg|kt|Mt|t|tonnes?|tons?)"  # a mass unit written after its amount
_EQ_BEFORE_GAS_RE = rx.compile(_MASS_AFTER_DIGIT + r"\s*eq\.$", re.IGNORECASE)  # "1,840 Gg eq." CO2
_GAS_NEXT_RE = rx.compile(r"CO\s?[2₂]")
_MASS_STOP_RE = rx.compile(_MASS_AFTER_DIGIT + r"\.$", re.IGNORECASE)  # "48,000 Gg." (CO2-eq.)
_ABBREV_RE = first_char_guarded(r"(?:\b(?:" + "|".join(re.escape(a) for a in _ABBREV) + r")|\b[A-Z])\.$")


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Block:
    """A paragraph, table row, heading or note; ``cells`` holds (start, end) spans for table rows."""

    kind: str  # paragraph, table, heading, note
    start: int
    end: int
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    cells: list[tuple[int, int]] = field(default_factory=list)


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Sentences of ``text[start:end]``; abbreviations and decimals do not end a sentence.

    Each sentence is trimmed of whitespace (``_trimmed``) and kept only when something is left: done in the loop,
    as this runs for every sentence of a document.
    """
    out: list[Sentence] = []
    append = out.append
    cur = start
    # from one character early: punctuation just before ``start`` may end a sentence there (an empty one)
    for m in _SENTENCE_END_RE.finditer(text, max(start - 1, 0), end):
        mark = m.start()
        stop = mark + 1  # just after the punctuation
        # the candidate sentence's last 8 chars; only a full stop can end an abbreviation
        if (
            text[mark] == "."
            and ((body := text[max(cur, stop - 8) : mark]).endswith(_ABBREV) or body[-1:] in _CAPITALS)
            and _ABBREV_RE.search(text[max(cur, stop - 8) : stop])
        ):  # (the cheap exact test first: a match ends in an abbreviation or a capital before the full stop)
            continue
        after = m.end()
        if text[mark - 3 : mark] == "app" and text[after : after + 1].isdigit() and not text[mark - 4 : mark].isalpha():
            continue  # "the sink is app. 6,470 Gg": "approximately" cut short ("the app. Most users": a sentence's end)
        if text.startswith("(", after) and text[mark - 2 : mark] == "eq" and _EQ_ABBREV_RE.search(text, cur, stop):
            continue  # "76.6 Mt CO2 eq. (94.9% share) in 2020": a unit's abbreviation, its bracket goes on
        gas_next = text.startswith("(", after) and _GAS_NEXT_RE.match(text, after + 1)
        if gas_next and _MASS_STOP_RE.search(text, cur, stop):
            continue  # "48,000 Gg. (CO2-eq.), in 2010 …": a unit's abbreviation, its bracket names the gas
        eq_gas = text[mark - 2 : mark] == "eq" and _GAS_NEXT_RE.match(text, after)
        if eq_gas and _EQ_BEFORE_GAS_RE.search(text, cur, stop):
            continue  # "20,983.4 Gg eq. CO2": the equivalent abbreviated before its gas, one unit
        if text[mark] == ";" and _inside_brackets(text, cur, mark):
            continue  # "1.3 GtCO2e (GWP-100; IPCC AR5) in 2025": a bracket's semicolon ends no sentence
        if text.startswith("0", after) and _TORN_DECIMAL_RE.match(text, after) and text[stop - 2 : stop - 1].isdigit():
            continue  # "169. 05 MtCO2e": a decimal torn by a stray space (see numbers._DIGITS)
        if stop > cur:
            body = text[cur:stop]
            stripped = body.strip()
            if len(stripped) == len(body):
                append(Sentence(cur, stop, body))
            elif stripped:
                lead = cur + len(body) - len(body.lstrip())
                append(Sentence(lead, lead + len(stripped), stripped))
        cur = after
    if cur < end:
        last = _trimmed(text, cur, end)
        if last.text:
            append(last)
    return out


def _inside_brackets(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies in a bracket opened after ``start`` that closes within the line, soon after it."""
    if text.count("(", start, at) <= text.count(")", start, at):
        return False
    close = text.find(")", at, at + 80)
    return close > 0 and "\n" not in text[at:close]


def _trimmed(text: str, start: int, end: int) -> Sentence:
    """The sentence without the whitespace at either end (str.strip strips what str.isspace calls whitespace)."""
    body = text[start:end]
    stripped = body.strip()
    if len(stripped) != len(body):
        start += len(body) - len(body.lstrip())
        body = stripped
    return Sentence(start, start + len(body), body)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cells, cur = [], start
    tab = text.find("\t", cur, end)
    while tab != -1:
        cells.append((cur, tab))
        cur = tab + 1
        tab = text.find("\t", cur, end)
    cells.append((cur, end))
    return cells


_HEADING_VERB_RE = first_char_guarded(r"\b(?:is|are|was|were|has|have|had|will|reached|increased)\b")


def _is_heading(line: str) -> bool:
    """A short line (at most 14 words) that does not end like a sentence and has no verb."""
    stripped = line.strip()
    if stripped.endswith((".", ",", ";", ":", "。")):  # first: most one-line paragraphs end so, and this is cheapest
        return False
    words = len(stripped.split(None, 14))  # up to 15: a line of 2,000 characters is not split into all its words
    return 0 < words <= 14 and not _HEADING_VERB_RE.search(stripped)


#: What a note line's first character after spaces can be, unless it holds a "[" (see NOTE_LINE_RE).
_NOTE_FIRST = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰^ᵃᵇᶜᵈᵉ")
_NOTE_WORDS = ("Note", "Source", "Data")


def _is_note(line: str) -> bool:
    """``NOTE_LINE_RE.match(line)``, tried only on lines that can match it: most lines cannot, and the pattern's
    citation branch (``.*\\[``) reads the whole line to find that out."""
    if "[" not in line:
        head = line.lstrip()
        if head[:1] not in _NOTE_FIRST and not head.startswith(_NOTE_WORDS):
            return False
    return NOTE_LINE_RE.match(line) is not None


def segment(text: str) -> list[Block]:
    """Blocks in document order. A paragraph is a run of non-empty lines (hard-wrapped text is joined), and so are
    lines a page layout wrapped mid-sentence and set apart by blank lines (``wraps_on``)."""
    blocks: list[Block] = []
    para: list[tuple[int, int]] = []

    def flush() -> None:
        if not para:
            return
        s, e = para[0][0], para[-1][1]
        body = text[s:e]
        if len(para) == 1 and _is_heading(body):
            blocks.append(Block("heading", s, e, body, [Sentence(s, e, body.strip())]))
        else:
            blocks.append(Block("paragraph", s, e, body, split_sentences(text, s, e)))
        para.clear()

    e = -1
    lines = text.split("\n")
    first_least, going_least = wrap_lengths(lines)
    for k, line in enumerate(lines):
        s = e + 1
        e = s + len(line)
        if not line or line.isspace():
            # (the cheap test first: most lines before a blank one are shorter than a printed line of prose)
            # (a paragraph already going on over wrapped lines takes a somewhat shorter line as printed prose too)
            least = first_least if len(para) == 1 else going_least
            if para and (nxt := _next_line(lines, k)) is not None and "\t" not in nxt:
                first, last = text[para[0][0] : para[0][1]], text[para[-1][0] : para[-1][1]]
                if len(last) >= least:
                    if not _is_note(nxt) and wraps_on(first, last, nxt, least):
                        continue  # a line wrapped mid-sentence: the paragraph goes on after the blank line
                elif cut_short(last, nxt, len(para) > 1) or (
                    len(last.split()) >= PROSE_WORDS and currency_wraps(last, nxt)
                ):
                    continue  # (a shorter line of prose ending in a currency; not a table's "US$" cell)
            flush()
            continue
        if "\t" in line:
            flush()
            blocks.append(Block("table", s, e, line, [Sentence(s, e, line)], _cells(text, s, e)))
        elif _is_note(line):
            flush()
            blocks.append(Block("note", s, e, line, split_sentences(text, s, e)))
        elif _titles_run(text[para[-1][0] : para[-1][1]] if para else ".", line, lines, k):
            flush()  # "… development." / "Forestry" / "Adaptation Targets" / "Forests cover …": titles of a run
            blocks.append(Block("heading", s, e, line, [Sentence(s, e, line.strip())]))
        else:
            para.append((s, e))
    flush()
    return blocks


def _titles_run(last: str, line: str, lines: list[str], k: int) -> bool:
    """Whether a line in a run of lines with no blank between (a one-column table's rows) is a title: a few words,
    no digit, no verb, after a line that ends a sentence and before one that opens with a capital (a wrapped line
    of prose is as long as a printed one, or goes on in lower case)."""
    nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
    if not nxt[:1].isupper() or not line[:1].isupper() or len(line.split()) > 6 or any(c.isdigit() for c in line):
        return False
    return last.rstrip().endswith((".", ":", ";", "?", "!")) and _is_heading(line)


def _next_line(lines: list[str], k: int) -> str | None:
    """The first non-empty line after line ``k`` (a blank one) within a few lines, else None."""
    for line in lines[k + 1 : k + _BLANKS_BETWEEN + 1]:
        if line and not line.isspace():
            return line
    return None


_BLANKS_BETWEEN = 3  # blank lines a wrapped line may be set apart by (one, in the renderings of page layouts)

