"""Split a document into blocks (paragraphs, table rows, notes, headings) and sentences, keeping offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .alternation import first_char_guarded

#: Lines that are reference-list entries or footnote sources, never indicator statements.
NOTE_LINE_RE = re.compile(
    r"""^\s*(?:
        [¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S            # ²⁵ Sichuan Provincial People's Government ...
      | -?\s*\[\d+\]                  # - [21] ... or [3] ...
      | (?:\^[a-z]|[ᵃᵇᶜᵈᵉ])\s+          # ^a By 2025, ...   (table footnotes: read for base years only)
      | (?:Note|Notes|Source|Sources|Data\s+source)s?\s*:
      | .*\[(?:EB/OL|N/OL|J/OL|R|M|J|N|Z|C|D|S|A|P|OL|DB/OL)\]   # GB/T 7714 citation: a reference, whatever its start
    )""",
    re.VERBOSE,
)
TABLE_FOOTNOTE_RE = re.compile(r"^\s*(?:\^(?P<caret>[a-z])|(?P<sup>[ᵃᵇᶜᵈᵉ]))\s+")
_ABBREV = (
    "No", "Nos", "e.g", "i.e", "U.S", "U.K", "D.C", "etc", "Mr", "Mrs", "Ms", "Dr", "Prof", "Fig", "vs", "approx",
    "St", "Co", "Ltd", "Inc", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "P.R", "Vol", "pp", "al", "cf", "Art",
)  # fmt: skip
_SENTENCE_END_RE = re.compile(
    r"(?<=[.!?;。；！？])"  # what both alternatives require, checked first: most positions fail here at once
    r"(?:(?<=[.!?;])[\"'”’)\]}]?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?\s+(?=[\"“‘(\[A-Z0-9▶■●•])"
    r"|(?<=[。；！？])[”’」』）]?\s*)"  # Chinese full stops end a sentence without a following space
)
_TORN_DECIMAL_RE = re.compile(r"0\d")
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
    """Sentences of ``text[start:end]``; abbreviations and decimals do not end a sentence."""
    out: list[Sentence] = []
    cur = start
    for m in _SENTENCE_END_RE.finditer(text, start, end):
        if _ABBREV_RE.search(text[max(cur, m.start() - 8) : m.start()]):  # the candidate sentence's last 8 chars
            continue
        if _TORN_DECIMAL_RE.match(text, m.end()) and text[m.start() - 2 : m.start() - 1].isdigit():
            continue  # "169. 05 MtCO2e": a decimal torn by a stray space (see numbers._DIGITS)
        if m.start() > cur:
            out.append(_trimmed(text, cur, m.start()))
        cur = m.end()
    if cur < end:
        out.append(_trimmed(text, cur, end))
    return [s for s in out if s.text]


def _trimmed(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])


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
    stripped = line.strip()
    words = stripped.split()
    return (
        0 < len(words) <= 14
        and not stripped.endswith((".", ",", ";", ":", "。"))
        and not _HEADING_VERB_RE.search(stripped)
    )


def segment(text: str) -> list[Block]:
    """Blocks in document order. A paragraph is a run of non-empty lines (hard-wrapped text is joined)."""
    blocks: list[Block] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1

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

    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            flush()
            continue
        if "\t" in line:
            flush()
            blocks.append(Block("table", s, e, line, [Sentence(s, e, line)], _cells(text, s, e)))
        elif NOTE_LINE_RE.match(line):
            flush()
            blocks.append(Block("note", s, e, line, split_sentences(text, s, e)))
        else:
            para.append((s, e))
    flush()
    return blocks
