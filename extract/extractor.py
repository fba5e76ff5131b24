"""Document -> observations: find quantities, read their context, classify, de-duplicate.

The flow per document is one way: segment into blocks -> per sentence (or table
row) find numbers and units (``numbers``, ``units``) -> read qualifier, years,
kind and region (``context``) -> map to a catalogue indicator -> de-duplicate.
State carried between sentences is explicit (``Carry``): the paragraph's
observation and target years and the section's region.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from . import clauses, rx
from . import context as cx
from .bautype import declares_bau_targets
from .captionunits import caption_row, caption_unit, table_caption
from .carriedyears import keeps_data_year
from .cells import CAPTION_RE, is_value
from .cellunits import year_unit_cell
from .citations import cite_tables
from .conditions import conditionality_row, document_condition
from .grid import find_grids
from .headinglines import (
    _LINE_CHARS,
    has_digit,
    heading_data_year,
    heading_deadline,
    label_line_unit,
    labels_bare_value,
    line_year,
    states_value,
)
from .headings import impact_section, names_plan, section_projection
from .impacts import impact_table
from .introunit import sibling_row_unit
from .labelvalue import labels_value_below, value_below_label
from .listintro import (
    inline_list,
    labels_a_value,
    list_intro_unit,
    list_intro_year,
    means_intro,
    plan_list_intro,
    record_lead_in,
    record_lead_in_year,
    refers_back,
)
from .loosetable import year_amid_amounts
from .placeof import heading_region, paragraph_region
from .projection import (
    BASELINE_ONLY_LABEL_RE,
    PLAN_TURN_RE,
    continues_projection,
    heading_opens_projection,
    introduced_as_projection,
    names_projection,
    opens_in_projection,
)
from .rowtables import read_table, read_table_row, read_text_row, table_footnotes
from .sentence import read_sentence
from .state import Carry, DocContext, ExtractionResult
from .subheader import lost_lead, parent_units, sub_header_years, unit_column
from .textscope import TextScope, header_row_year, title_row
from .timeline import read_timeline, wraps_joined
from .unitrow import column_units, title_row_above
from .yearheader import (
    _YEAR_CELL_RE,
    YearHeader,
    lead_span_years,
    target_year_cells,
    values_beside_years,
    year_header,
)

if TYPE_CHECKING:
    from .catalogue import Catalogue
from .model import Document, Observation
from .numberstyle import writes_decimal_commas
from .plainrows import names_columns, read_plain_row
from .segment import Block, segment
from .wraps import numbered_heading

# --------------------------------------------------------------- driver


def extract_document(doc: Document, catalogue: Catalogue) -> ExtractionResult:
    """Every numeric indicator statement of ``doc``, in document order, repeated facts kept once."""
    text = doc.text
    blocks = segment(text)
    timeline = read_timeline(wraps_joined(text, blocks), doc.doc)  # (its sentences read on over wrapped lines)
    ctx = DocContext(doc, catalogue, cx.document_country(text, doc.file), timeline, table_footnotes(blocks, text))
    ctx.continental = writes_decimal_commas(text)  # "99.992 kt" beside "15,4 million" is 99,992 kt
    ctx.bau_targets = declares_bau_targets(text)  # "Type of target: deviation from BAU", then cuts that name none
    carry = Carry()
    header: YearHeader | None = None  # the row of years heading the tab table being read
    caption = ""  # the caption of the table being read
    impact_rows = False  # its rows are a climate impact's (``impacts.impact_table``)
    introduced = False  # the prose above its caption calls it the reference path (``introduced_as_projection``)
    text_year: TextScope | None = None
    text_width = 0
    marker_order: list[str] = []
    last_heading = ""
    grids = find_grids(blocks, text)  # tables flattened to one cell per line
    grid_end = -1
    for index, block in enumerate(blocks):
        if index <= grid_end:
            continue
        if index in grids:
            table = grids[index]
            if block.kind != "table" and (caption := getattr(table, "caption", "")) and block.text.strip() == caption:
                # the caption is text: "Table 11. Conditional scenario with a target of 50% net reduction by 2030"
                for sentence in block.sentences:
                    read_sentence(ctx, sentence.start, sentence.end, carry)
            if caption := getattr(table, "caption", ""):
                carry.projection = names_projection(caption)  # a caption heads its table as a heading would
            read_table(ctx, table, carry)
            grid_end = grids[index].last_block
            continue
        if block.kind != "table":
            header = None
            text_year = None
        if block.kind != "table" and index and blocks[index - 1].kind == "table":
            # the years a table's cells frame stay in it: "Agricultural policy 2013-2022" in a row dates no cost of
            # the next table (its rows share them: "By 2030, …" in one row, the rows after it)
            carry.obs_year = carry.target_year = None
            carry.table_condition = ""  # (and a condition a row stated holds for its table only)
            carry.table_header = []
        if block.kind == "heading":
            if CAPTION_RE.match(block.text):
                carry.impact_rows = impact_table(block.text)
            elif carry.impact_rows and not numbered_heading(block.text):
                # "Table 3: Loss and damage due to extreme events" over "Hurricane Hugo, 1989" | "$41 Million" | …
                # flattened to short lines that make no grid: the climate's damage, up to the prose or section after
                continue
            else:
                carry.impact_rows = False
            last_heading = block.text
            # a line that states a value ("Energy, 26,620 Gg") is an item under its section's projection heading
            # (a line that states a cut against BAU, "Reductions: 11% (BAU-2025)", is a data line, no such heading)
            # (a label whose only digits are its unit's, "Reduction target (Mt CO2-eq.)", states none)
            data_line = states_value(block.text) and not labels_value_below(blocks, index)
            # (the lines breaking down a paragraph's dated total keep its year: "Emissions in 2014 were 18 Gg." over
            # "Energy: 11 Gg (60%)")
            keep = data_line and carry.paragraph_data_year is not None and clauses.verbless(block.text)
            carry.paragraph_data_year = carry.paragraph_data_year if keep else None
            carry.paragraph_projection = False
            carry.section_region = partial(heading_region, ctx, block)  # read when a value first asks for it
            carry.paragraph_region = None
            _heads_section(carry, block.text)
            # (a line that states a goal, "Renewables supply 75% of power by 2035", dates its own value only)
            carry.section_year = None if data_line else heading_deadline(text, block, ctx.ref_year)
            carry.section_data_year = None if data_line else heading_data_year(text, block, ctx.ref_year)
            carry.projection = heading_opens_projection(block.text, data_line) or (carry.projection and data_line)
            carry.impact_section, carry.impact_numbered = impact_section(block.text, carry, data_line)
            label = _YEAR_LABEL_RE.fullmatch(block.text.strip())
            if label and year_amid_amounts(blocks, index):
                continue  # "1996" among a column's amounts is one of them: it labels no line after it
            if label:
                carry.list_year, carry.list_intro = int(label.group(1)), False  # a year line labels the lines after it
            elif (above_unit := value_below_label(blocks, index)) is not None:
                # "Emission target by 2030 (Mt CO2-eq.)" over "57.4": the value in its label's unit and year
                carry.obs_year = carry.target_year = None
                read_sentence(ctx, blocks[index - 1].start, block.end, carry, table_unit=above_unit)
            elif has_digit(block.text):
                # a short line may itself state a value: a list item ("Solar PV: 5 GW") or "2035: 61% reduction"
                carry.obs_year = carry.target_year = None  # a paragraph's framing years end with it
                unit = label_line_unit(block.text) or (carry.list_unit if labels_bare_value(block.text) else None)
                read_sentence(ctx, block.start, block.end, carry, table_unit=unit)
                year = line_year(text, block)
                if year is not None and not carry.list_intro:
                    carry.list_year = year  # "Total emissions in 2030, 44 Mt" dates the undated lines below it
            elif not (carry.list_year and labels_a_value(blocks, index)):  # ("Coal" over "approx. 26%": a row label)
                carry.list_year, carry.list_projection = None, False  # a section title ends the list before it
                carry.list_intro = False
            continue
        if block.kind == "note":
            continue
        if block.kind == "table":
            if index and blocks[index - 1].kind == "heading":
                carry.paragraph_data_year = None  # (a breakdown's lines end at the table: its rows are its own)
            cells = [text[s:e] for s, e in block.cells]
            # (a header row a blank line sets apart opens a table of its own, free of the years the last one framed)
            apart = index and block.start > blocks[index - 1].end + 1 and names_columns(cells)
            if (lone := caption_row(cells)) or index == 0 or blocks[index - 1].kind != "table" or apart:
                if apart:
                    carry.obs_year = carry.target_year = carry.paragraph_data_year = None
                caption = lone or table_caption(blocks, index)
                impact_rows = impact_table(caption)
                introduced = introduced_as_projection(blocks, index, caption)
                carry.table_header = cells if names_columns(cells) else []  # ("Target | Costs (USD)": plain rows')
            if impact_rows:
                continue  # rows of "Table 2: Impact of climate change on yields": the climate's damage, no plan's
            named = [c for c in cells if c.strip()]
            if len(cells) > 1 and len(named) == 1 and not has_digit(named[0]):
                # a row whose one cell spans the table ("Conditional Measures") heads the rows below it, as a
                # heading line does: their kind and condition
                _heads_section(carry, named[0])
            elif len(named) == 2 and (stated := conditionality_row(named[0], named[1])):
                # "Conditionality | Conditional" in a table describing one target: the condition of the rows below
                carry.table_condition = stated
            if header is not None and len(named) == 1 < len(cells) and cells[0].strip() and not is_value(cells[0]):
                header.group = cells[0].strip()  # "BAU baseline" names the rows below (their label cells may be empty)
                header.condition = ""  # (a group row ends the rows a condition cell spanned)
            above_row = index == 0 or blocks[index - 1].kind != "table" or title_row(text, blocks, index - 1)
            if above_row and (deadline := header_row_year(cells)) is not None:
                text_year = deadline  # "Sector | Description | Actions by 2030": the rows below aim at 2030
                text_width = len(cells)
                continue
            if text_year is not None:
                read_text_row(ctx, block, carry, text_year, text_width)
                continue
            stated_unit = None
            years = {i: int(m.group(1)) for i, c in enumerate(cells) if (m := _YEAR_CELL_RE.match(c))}
            named_targets = target_year_cells(cells) if len(years) >= 2 else {}
            years |= named_targets  # "2025 | 2030 | NDC3.0 Target 2035": a target's year heads its column too
            if not years:  # "Sector | 1994 Gg CO2e | 2000 Gg CO2e": years that state their column's unit
                stated = {i: found for i, c in enumerate(cells) if (found := year_unit_cell(c))}
                if len({u for _, u in stated.values()}) == 1:
                    years = {i: year for i, (year, _) in stated.items()}
                    stated_unit = next(iter(stated.values()))[1]
            above: list[str] = []
            if 0 in years and index and blocks[index - 1].kind == "table":
                # "Number" spanning "2025 | 2030" on the row below: the years are the columns of that cell
                above = [text[s:e] for s, e in blocks[index - 1].cells]
                spanned = sub_header_years(above, cells)
                years, above = (spanned, above) if spanned is not None else (years, [])
            if len(years) >= 2 and 0 not in years and not values_beside_years(cells, years):
                is_target = bool(cx.has_target_cue(last_heading + " " + cells[0]))
                header = year_header(text, blocks, index, years, is_target, caption, header)
                header.years |= lead_span_years(caption, cells, years)  # (after the unit the cells before them state)
                header.unit = header.unit or stated_unit
                header.target_columns = set(named_targets)
                if above:
                    header.width, header.unit_column = len(above), unit_column(above)
                    header.units = parent_units(above, years)  # each spanning cell's unit for the years under it
                    header.unit = header.unit or caption_unit(above[0])  # the corner's: "Scenario (%)"
                    header.title = " ".join(c for c in above if c.strip())  # ("… GHG removed … by year (Gg)")
                # under "4.1 Description of the baseline scenario", or called "business-as-usual projections" in the
                # prose above it, a table of years prints the reference path
                planned = is_target or names_plan(f"{caption} {cells[0]}")
                header.reference = header.reference or ((carry.section_projection or introduced) and not planned)
                shape, header.unit = sibling_row_unit(text, blocks, index, years, header.unit, carry.last_table)
                carry.last_table = shape or carry.last_table
                continue
            above_cells = [text[s:e] for s, e in blocks[index - 1].cells] if index else []
            lost = lost_lead(cells, above_cells, header.years) if header is not None else 0  # (both lost leading cells)
            if header is not None and header.index == index - 1 and (
                units := column_units(
                    [""] * lost + cells, [""] * lost + above_cells, header.years,
                    f"{caption} {title_row_above(text, blocks, index - 2)}",
                )  # fmt: skip
            ):
                header.years, header.units = units  # "Sector | Gg | % | Gg | %" under "Years | 2015 | | 2020 |"
                continue
            if header is not None:
                read_table_row(ctx, block, header, carry, marker_order)
            else:
                read_plain_row(ctx, block, carry)
            continue
        if not _CONTINUES_TOTAL_RE.match(block.text):  # "Of this total, 15.81 kt came from …": the total's year
            carry.new_paragraph()
            if not keeps_data_year(blocks, index, carry.last_values != (0, 0)):
                carry.paragraph_data_year = None
        carry.paragraph_projection = opens_in_projection(block.sentences[0].text) if block.sentences else False
        carry.impact_rows = CAPTION_RE.match(block.text) is not None and impact_table(block.text)
        carry.paragraph_condition, carry.paragraph_baseline, carry.last_values = "", None, (0, 0)
        carry.paragraph_region = partial(paragraph_region, ctx, block)  # read when a value first asks for it
        if len(block.sentences) > 1 and not is_list_item(block.text) and not _semicolon_items(block):
            carry.list_year, carry.list_intro = None, False  # running prose ends a list
        saved_list = None
        # an item under a lead-in that states its unit ("… emissions (ktCO2eq) is as follows:"): "Waste: 313 (…)"
        item_unit = carry.list_unit if len(block.sentences) == 1 and labels_bare_value(block.text) else None
        carry.list_unit = item_unit and carry.list_unit
        for k, sentence in enumerate(block.sentences):
            if carry.paragraph_projection and PLAN_TURN_RE.search(sentence.text):
                carry.paragraph_projection = False  # the paragraph turns to the plan: its values are pledged again
            elif k and (
                opens_in_projection(sentence.text) or continues_projection(block.sentences[k - 1].text, sentence.text)
            ):
                carry.paragraph_projection = True  # "… The results of the BAU scenario show …": the reference path
            if timeline.target_year and ":" in sentence.text and plan_list_intro(sentence.text):
                # "The measures … considered as contributions are as follows: a) … (14 MW); b) …", run on in one
                # paragraph: its items, in this sentence and after it, are the plan's, due at its deadline
                saved_list = saved_list or (carry.list_year, carry.list_intro)
                carry.list_year, carry.list_intro = timeline.target_year, True
                carry.plan_items_from = sentence.start + sentence.text.index(":")
            read_sentence(ctx, sentence.start, sentence.end, carry, table_unit=item_unit)
            carry.plan_items_from = -1  # (the lead-in's own sentence: later items are the list's as any list's)
            if "Table" in sentence.text:
                cite_tables(ctx, carry, sentence.text)  # "… were selected (Table 11)": the deadline Table 11 serves
            if ":" in sentence.text and (record := record_lead_in_year(text, block, k, ctx.ref_year)) is not None:
                # "The sectoral sources were the following: a. … ; b. …" run on in one paragraph: records of its year
                saved_list = saved_list or (carry.list_year, carry.list_intro)
                carry.list_year, carry.list_intro, carry.list_record = record, True, record
            inline = inline_list(sentence.text)
            if inline and (due := int(inline.group(1))) > (ctx.ref_year or 9999):
                # "… contribute to the target by 2030: to attract …; 60% gasification; …": the items after it, to
                # the paragraph's end, are the list's (the lead-in's own item has its own words)
                saved_list = saved_list or (carry.list_year, carry.list_intro)
                carry.list_year, carry.list_intro = due, True
        if saved_list is not None:
            carry.list_year, carry.list_intro = saved_list
        carry.list_unit = list_intro_unit(text, block) or carry.list_unit
        intro = list_intro_year(text, block, ctx.ref_year)
        if (
            intro is None
            and timeline.target_year
            and (plan_list_intro(block.text) or means_intro(text, block))
        ):
            # "Climate Change Adaptation Measures:", "This will be achieved through:": the plan's, due at its deadline
            intro = timeline.target_year
        if intro is None and index and ctx.observations and refers_back(block):
            # "These contributions are detailed as follows:" after "… will total -37,808.6 Gg by 2030": the parts
            # of the value just stated, in the paragraph before, are of its year
            last = ctx.observations[-1]
            intro = last.year if last.char_start >= blocks[index - 1].start and last.kind != "bau" else None
        if intro is not None:
            carry.list_year, carry.list_intro = intro, True
            past = ctx.ref_year is not None and intro <= ctx.ref_year
            carry.list_record = intro if past and record_lead_in(text, block) else None
            carry.list_projection = names_projection(block.sentences[-1].text)
        elif (
            not carry.list_intro  # an item's own year ("…, now expected by 2035") dates it, not its siblings
            and len(block.text) <= _LINE_CHARS
            and (year := line_year(text, block)) is not None
            and clauses.verbless(block.text)
        ):
            carry.list_year = year  # a verbless "Total emissions in 2030, 44 Mt." heads the lines below it too
        elif len(block.text) <= _LINE_CHARS and block.text.rstrip().endswith(":") and (
            names_projection(block.text) or BASELINE_ONLY_LABEL_RE.fullmatch(block.text)
        ):
            carry.list_projection = True  # "Baseline:" over "2020: 906 MtCO2e" lines: the reference path's levels
        elif carry.list_year is None:
            carry.list_projection = False
    if stated := document_condition(text):
        for obs in ctx.observations:
            if obs.kind == "target" and not obs.condition:
                obs.condition = stated  # "All commitments are conditional …" in a plan with no unconditional part
    return ExtractionResult(dedupe(ctx.observations, text), timeline.default_year, timeline.default_quote)


#: a paragraph that opens on the total the one before stated ("Of this total, 15.81 kt came from energy", "Of these
#: emissions, …"): it goes on in that total's year
_CONTINUES_TOTAL_RE = rx.compile(
    r"\s*(?:(?:Of|Out\s+of)\s+(?:this|these|that|those|the)\s+(?:total|amount|emissions|figures?|sum)\b"
    # "Within the energy sector, emissions from electricity generation contribute to 41%": the total's breakdown
    r"|Within\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}sector\s*,)",
    re.IGNORECASE,
)
_YEAR_LABEL_RE = rx.compile(r"(?:FY\s*|by\s+|in\s+)?((?:19[5-9]\d|20\d\d|2100))\s*:?", re.IGNORECASE)
_LIST_ITEM_RE = rx.compile(r"^\s*(?:[•●▪■◦·*\-–—o]\s|\(?[a-z0-9]{1,3}[.)]\s|\(?[ivx]{1,4}[.)]\s)", re.IGNORECASE)


def _heads_section(carry: Carry, heading: str) -> None:
    """A heading (or a table row of one spanning cell) sets the kind and condition of what follows it."""
    carry.section_condition = clauses.heading_condition(heading, carry)
    carry.section_kind = clauses.heading_kind(heading, carry.section_kind)
    carry.section_projection = section_projection(heading, carry.section_projection)


def _semicolon_items(block: Block) -> bool:
    """A line of items parted by semicolons ("Forest land — 8.21 Mt; Cropland — 1.77 Mt; and Grassland — 0.33 Mt."):
    its parts are items of the list a lead-in opened, however many sentences they split into, not running prose."""
    return all(s.text.rstrip().endswith(";") for s in block.sentences[:-1]) and all(
        clauses.verbless(s.text) for s in block.sentences
    )  # (not a sentence that lists after its own lead-in: "the values in 2022 are: 7,872 Gg of CO2; 770 Gg …")


def is_list_item(block_text: str) -> bool:
    """A bulleted or enumerated line: it belongs to the list before it."""
    return bool(_LIST_ITEM_RE.match(block_text))


_BILLION = 1_000_000_000
MIN_AMOUNT = 10_000  # money below this is a magnitude misread ("100" under "US$ mil"), not a plan's cost or fund


def dedupe(observations: list[Observation], text: str) -> list[Observation]:
    """Repeated facts are kept once, at their first occurrence. An amount of money too small for a plan ("100" under
    "Cost (US$ mil)", a magnitude not read) is no fact of it: a plan costs even its smallest measures in tens of
    thousands (the text's readers drop a plain "USD 650" as they read it; a table's cell is dropped here, after its
    row's other cells were dated by it). So is a cell that holds a bare zero ("Geothermal | 0 | 0 | 11 900"): a table
    prints no entry so, where prose states a level of zero in words ("from 0% in 2020 to 50% in 2030")."""
    seen: set[tuple] = set()
    out: list[Observation] = []
    for o in sorted(observations, key=lambda o: (o.char_start, o.char_end)):
        if o.unit.endswith(" billion") and abs(o.value) * _BILLION < MIN_AMOUNT:
            continue
        if not o.value and _ZERO_RE.fullmatch(o.value_raw) and _bare_cell(text, o.char_start, o.char_end):
            continue
        key = (o.indicator or o.quote, o.region, o.kind, o.year, o.base_year, o.value, o.unit, o.qualifier)
        if key in seen:
            continue
        seen.add(key)
        out.append(o)
    return out


_ZERO_RE = rx.compile(r"[-–]?\s*0(?:[.,]0+)?\s*%?")
_CELL_EDGE = "\t\n|"  # what parts a flattened table's cells (tabs, lines, rules)


def _bare_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a table cell alone: a cell edge (or the text's end) on either side."""
    while start and text[start - 1] == " ":
        start -= 1
    while end < len(text) and text[end] == " ":
        end += 1
    return (not start or text[start - 1] in _CELL_EDGE) and (end == len(text) or text[end] in _CELL_EDGE)
