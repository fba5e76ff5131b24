"""A table row under no header of years, read cell by cell (split from ``extractor``): a short cell with its row
as the quote, a cell of prose sentence by sentence."""

from __future__ import annotations

import re

from . import rx
from .cellunits import cell_unit
from .clauses import finite
from .labelvalue import value_beside_label
from .listintro import inline_list
from .projection import heading_opens_projection
from .segment import Block, Sentence, split_sentences
from .sentence import read_sentence
from .state import Carry, DocContext
from .textscope import label_row


def read_plain_row(ctx: DocContext, block: Block, carry: Carry) -> None:
    """A table row under no header of years: a short cell is read with its row as the quote; a cell of prose
    ("Fairness considerations | Our contribution … 2030. It …") is read as a paragraph, sentence by sentence, so a
    sentence's years and clauses do not date the others, and each value is quoted with its own sentence. A first cell
    naming the plan's measures or goals heads the row's other cells as a heading does ("Adaptation measures: | …")."""
    text = ctx.doc.text
    if (unit := value_beside_label([text[s:e] for s, e in block.cells])) is not None:
        read_sentence(ctx, block.start, block.end, carry, table_unit=unit)  # "Base year emission (Mt CO2e) | 25.8"
        return
    saved, saved_projection = carry.section_kind, carry.projection
    if len(block.cells) > 1 and _MEASURES_LABEL_RE.fullmatch(text, *block.cells[0]):
        carry.section_kind = "target"
    first = text[block.cells[0][0] : block.cells[0][1]] if block.cells else ""
    if len(block.cells) > 1 and len(first) <= _LABEL_CHARS and heading_opens_projection(first, False):
        # "BAU Scenario | … Energy consumption is expected to reach 13 Mtoe by 2030": the row's cells tell the
        # reference path, as the text under such a heading does (its records of past years stay)
        carry.projection = True
    header = carry.table_header
    shift = len(header) - len(block.cells)  # a row short of cells lost its first ones to a cell spanning rows above
    row = (block.start, block.end)  # a short cell's quote
    for j, (c_start, c_end) in enumerate(block.cells):
        if not text[c_start:c_end].strip():
            continue
        # a money column ("Costs (USD) and Conditionality") gives bare amounts its currency: "By 2035: 8.45 billion"
        column = header[j + shift] if header and 0 <= j + shift < len(header) else ""
        money = unit if column and (unit := cell_unit(column)) and unit[0].endswith(" billion") else None
        if column and _CONDITIONALITY_COLUMN_RE.match(column) and _BARE_SHARE_RE.fullmatch(text, c_start, c_end):
            continue  # "Conditionality (Expressed as %) | 70%": how much of the measure hangs on support, no indicator
        if column and _RECEIVED_COLUMN_RE.search(column):
            # "Amount received | USD 4.2 million" beside "Implementation period | 2018-2019": money the country got,
            # a record of the period's end (of the present while the period runs on)
            end = _row_period_end(text, block, header, shift)
            year = min(end, ctx.ref_year) if end and ctx.ref_year else end or ctx.ref_year
            read_sentence(ctx, c_start, c_end, carry, quote=row, table_year=year, table_kind="actual")
            continue
        if column and (done := progress_year(column, ctx.ref_year)) and done <= (ctx.ref_year or done):
            # "Progress as of March 2021 | 5%": where the measure stood then, a record of that year
            read_sentence(ctx, c_start, c_end, carry, quote=row, table_year=done, table_kind="actual")
            continue
        saved_list = None
        if column and (due := column_deadline(column)) and due > (ctx.ref_year or 9999):
            # "2030 Target | 2035 Target": a cell's undated goals are due in its column's year (its own years first)
            saved_due, carry.target_year = carry.target_year, due  # (over the section's: the column is the cell's)
        else:
            saved_due = False
        sentences = _prose_sentences(text, c_start, c_end)
        if len(sentences) < 2:
            read_sentence(ctx, c_start, c_end, carry, quote=row, amounts_in=money)
            if saved_due is not False:
                carry.target_year = saved_due
            continue
        label = f"{text[block.start : c_start]} " if c_start > block.start else ""  # the row's cells before it
        for sentence in sentences:  # (those cells frame it too: "2035 | Maintain at least 46% … It …")
            read_sentence(ctx, sentence.start, sentence.end, carry, label=label, amounts_in=money)
            if (inline := inline_list(sentence.text)) and (due := int(inline.group(1))) > (ctx.ref_year or 9999):
                # "… in addition to the target by 2030: Increase …; Double …; Halve …": the cell's items after the
                # lead-in are the list's, as in a paragraph (up to the cell's end)
                saved_list = saved_list or (carry.list_year, carry.list_intro)
                carry.list_year, carry.list_intro = due, True
        if saved_list is not None:
            carry.list_year, carry.list_intro = saved_list
        if saved_due is not False:
            carry.target_year = saved_due
    carry.section_kind, carry.projection = saved, saved_projection


#: a column of money a country got: "Amount received", "Funds disbursed (USD)", "Support received"
_RECEIVED_COLUMN_RE = rx.compile(r"\b(?:received|disbursed)\b", re.IGNORECASE)
#: a column of how much of each measure is conditional: "Conditionality", "Conditionality (Expressed as %)",
#: "% conditional", "Conditional share"
_CONDITIONALITY_COLUMN_RE = rx.compile(r"\s*(?:%\s*)?(?:conditionality|conditional(?:\s+(?:share|part|%))?)\b", re.I)
_BARE_SHARE_RE = rx.compile(r"\s*\d{1,3}(?:[.,]\d+)?\s*%\s*")
#: a column dating the row: "Implementation period", "Year", "Dates", "Timeframe"
_PERIOD_COLUMN_RE = rx.compile(r"\b(?:period|years?|dates?|duration|time[\s-]?frame)\b", re.IGNORECASE)
_YEAR_RE = rx.compile(r"\b(?:19|20)\d\d\b")


def _row_period_end(text: str, block: Block, header: list[str], shift: int) -> int | None:
    """The last year of the row's cell under a column that dates it ("Implementation period | 2018-2019": 2019)."""
    for j, (c_start, c_end) in enumerate(block.cells):
        column = header[j + shift] if 0 <= j + shift < len(header) else ""
        if column and _PERIOD_COLUMN_RE.search(column) and (found := _YEAR_RE.findall(text, c_start, c_end)):
            return max(int(y) for y in found)
    return None


#: a column header that is a deadline: "2030 Target", "Target 2035", "By 2030", "Goal for 2030", "Medium term (2030)"
_DEADLINE_COLUMN_RE = rx.compile(
    r"\s*(?:(?:targets?|goals?)\s+(?:for\s+|by\s+)?|by\s+|in\s+)?((?:19|20)\d\d)(?:\s+(?:targets?|goals?))?\s*"
    r"|\s*(?:short|medium|long)[\s-]+term\s*\(\s*(?:by\s+)?((?:19|20)\d\d)\s*\)\s*",
    re.I,
)


def column_deadline(column: str) -> int | None:
    """The year a plain table's column header names as its cells' deadline ("2035 Target"); None for others."""
    m = _DEADLINE_COLUMN_RE.fullmatch(column)
    return int(m.group(1) or m.group(2)) if m else None


def progress_year(column: str, present: int | None) -> int | None:
    """The year a column header says its cells stood at: "Progress as of March 2021", "Status (2019)",
    "Achieved by 2020"; a column of progress with no date ("Progress", "Progress to date"), the document's present;
    None for any other column."""
    if m := _PROGRESS_COLUMN_RE.search(column):
        return int(m.group(1))
    return present if _PROGRESS_ALONE_RE.fullmatch(column) else None


#: a column of where each measure stood at a date: "Progress as of March 2021", "Status in 2019", "Achievements (2020)"
_PROGRESS_COLUMN_RE = rx.compile(
    # (not "since 2015": progress made since then stands at the document's present)
    r"\b(?:progress|status|achieved|achievements?|accomplished|realized|realised)\b[^\d\n]{0,30}?"
    r"(?<!since\s)\b((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PROGRESS_ALONE_RE = rx.compile(
    r"\s*(?:progress|achievements?)(?:\s+(?:made|achieved|so\s+far|to\s+date))?(?:\s+since\s+(?:19|20)\d\d)?"
    r"\s*(?:\(%\)|%)?\s*",
    re.IGNORECASE,
)
#: a short row label naming the plan's measures or goals: "Climate Change Adaptation Measures:", "Sector targets"
_MEASURES_LABEL_RE = rx.compile(r"\s*(?:[\w-]+\s+){0,4}(?:measures|actions|targets|goals|objectives)\s*:?\s*", re.I)
_PROSE_CELL_CHARS = 200  # a cell longer than this is prose, read sentence by sentence
_SHORT_PROSE_CHARS = 60  # a shorter cell of two full stops is a label or a value ("Approx. 5 MW. Solar")
_STATEMENT_WORDS = 5  # a statement of the cell is a clause of at least this many words with a finite verb


def _prose_sentences(text: str, start: int, end: int) -> list[Sentence] | tuple[()]:
    """The sentences of a cell of prose: a long cell's, or a shorter cell's whose every sentence is a statement
    ("Ruritania has set a target of 90% by 2020. Access has already risen from 15% in 1995 to 73% in 2010.": the
    second's past years and record do not date or report the first's goal)."""
    if end - start > _PROSE_CELL_CHARS:
        return split_sentences(text, start, end)
    if end - start < _SHORT_PROSE_CHARS or ". " not in text[start:end]:
        return ()
    sentences = split_sentences(text, start, end)
    if len(sentences) > 1 and all(len(s.text.split()) >= _STATEMENT_WORDS and finite(s.text) for s in sentences):
        return sentences
    return ()


_LABEL_CHARS = 60  # a row label as long as a heading


def names_columns(cells: list[str]) -> bool:
    """Whether a table's first row names its columns in words ("Target Year | Target | Costs (USD)"): two cells or
    more of labels (a year may date a column: "Reference value (2024)")."""
    return sum(1 for c in cells if c.strip()) >= 2 and label_row(cells)
