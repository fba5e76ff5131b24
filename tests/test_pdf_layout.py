"""A PDF's paragraphs and tables, read from pypdf's layout text (``pdflayout``, ``pdftables``).

Texts and tables are our own. The layout strings are written as pypdf's layout mode prints a page: every
character near its place, blank lines for vertical gaps, cells parted by runs of spaces.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from conftest import pdf_document, pdf_string
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.catalogue import load_catalogue
from extract.extractor import extract_document
from extract.pdflayout import pdf_text
from extract.read import read_document


def make_positioned_pdf(pages: list[list[tuple]]) -> bytes:
    """A minimal valid PDF whose text items sit where we put them: (x, y, text) per item in Courier 10, or
    (x, y, text, size)."""
    streams = [
        " ".join(
            f"BT /F1 {item[3] if len(item) > 3 else 10} Tf 1 0 0 1 {item[0]} {item[1]} Tm ({pdf_string(item[2])}) Tj ET"
            for item in items
        ).encode()
        for items in pages
    ]
    return pdf_document(streams, "Courier")


CAPACITY_PAGE = [
    (72, 720, "Solar power grew fast in the last decade."),
    (72, 708, "The plan sets the goals below."),
    (72, 680, "Table 2: Installed capacity (MW)"),
    (72, 660, "Source"),
    (200, 660, "2015"),
    (300, 660, "2020"),
    (400, 660, "2030"),
    (72, 640, "Solar PV"),
    (200, 640, "120"),
    (300, 640, "450"),
    (400, 640, "2,000"),
    (72, 625, "Wind"),
    (200, 625, "80"),
    (400, 625, "900"),
    (72, 610, "Small hydro"),
    (200, 610, "35"),
    (300, 610, "40"),
    (400, 610, "60"),
    (72, 580, "Further text follows here."),
]


def test_fixture_prints_a_table_row_as_one_line_of_words_and_numbers():
    """What the plain text loses: the empty 2020 cell of "Wind" leaves 900 under 2020."""
    page = pypdf.PdfReader(io.BytesIO(make_positioned_pdf([CAPACITY_PAGE]))).pages[0]
    assert "Wind 80 900" in page.extract_text()


def test_table_rows_become_tab_separated_cells_with_empty_cells_kept():
    doc = read_document(Path("plan.pdf"), make_positioned_pdf([CAPACITY_PAGE]))
    assert "Source\t2015\t2020\t2030\nSolar PV\t120\t450\t2,000\nWind\t80\t\t900\nSmall hydro\t35\t40\t60" in doc.text
    assert doc.text.startswith("Solar power grew fast in the last decade.\nThe plan sets the goals below.\n\nTable 2")


def test_table_cells_take_the_year_of_their_column():
    doc = read_document(Path("plan.pdf"), make_positioned_pdf([CAPACITY_PAGE]))
    rows = {(o.value_raw, o.year) for o in extract_document(doc, load_catalogue()).observations}
    assert ("900", 2030) in rows and ("80", 2015) in rows  # plain text would date 900 by 2020
    assert not any(raw == "900" and year == 2020 for raw, year in rows)


WRAPPED_HEADER = """\
Table 5: Emission reduction by sector

                 Reduction                Reduction
                 MtCO2e        In %       MtCO2e         In %

Sector           Unconditional            Conditional

Energy           4.10          12.5       9.20           28.1


Waste            0.75          3.2                       0.9
"""

WRAPPED_PLAIN = """\
Table 5: Emission reduction by sector
Reduction
MtCO2e In % Reduction
MtCO2e In %
Sector Unconditional Conditional
Energy 4.10 12.5 9.20 28.1
Waste 0.75 3.2 0.9"""


def test_header_cells_wrapped_over_lines_join_per_column():
    text, _ = pdf_text([WRAPPED_PLAIN], [WRAPPED_HEADER])
    assert text.split("\n")[2:6] == [
        "\tReduction MtCO2e\tIn %\tReduction MtCO2e\tIn %",
        "Sector\tUnconditional\t\tConditional\t",
        "Energy\t4.10\t12.5\t9.20\t28.1",
        "Waste\t0.75\t3.2\t\t0.9",
    ]
    assert text.startswith("Table 5: Emission reduction by sector\n\n")  # the caption stays outside the table


LABEL_COLUMNS = """\
Sector      Source                 2020     2030

Industry    Cement and steel       4.2      3.1

            Chemicals              1.7      1.2

Total industry                     5.9      4.3
"""


def test_label_cells_keep_their_columns_and_a_spanning_label_sits_in_the_first():
    plain = "Sector Source 2020 2030\nIndustry Cement and steel 4.2 3.1\nChemicals 1.7 1.2\nTotal industry 5.9 4.3"
    text, _ = pdf_text([plain], [LABEL_COLUMNS])
    assert text.split("\n") == [
        "Sector\tSource\t2020\t2030",
        "Industry\tCement and steel\t4.2\t3.1",
        "\tChemicals\t1.7\t1.2",
        "Total industry\t\t5.9\t4.3",
    ]


PAGE_ONE = """\
Forest cover by region (thousand ha)

Region              2010        2020

North               412.5       398.2

South               220.4       231.9
"""
PAGE_TWO = """\
 East                 118.0        121.3

 West                 97.6         88.4

The regions report every five years.
"""


def test_a_table_printed_over_two_pages_is_one_block_whose_columns_may_shift():
    plain_one = "Forest cover by region (thousand ha)\nRegion 2010 2020\nNorth 412.5 398.2\nSouth 220.4 231.9"
    plain_two = "East 118.0 121.3\nWest 97.6 88.4\nThe regions report every five years."
    text, starts = pdf_text([plain_one, plain_two], [PAGE_ONE, PAGE_TWO])
    assert "South\t220.4\t231.9\nEast\t118.0\t121.3\nWest\t97.6\t88.4\n\nThe regions" in text
    assert text[starts[1] :].startswith("East\t118.0")  # the second page starts at its first row


def test_gaps_of_the_layout_part_the_plain_text_into_paragraphs():
    plain = "Adaptation\nCoastal towns will raise their dikes.\nRice farmers will get new seeds.\nFunding comes next."
    layout = (
        "Adaptation\n\n\nCoastal towns will raise their dikes.\nRice farmers will get new seeds.\n\n"
        "Funding comes next.\n"
    )
    text, _ = pdf_text([plain], [layout])
    assert text == (
        "Adaptation\n\nCoastal towns will raise their dikes.\nRice farmers will get new seeds.\n\nFunding comes next."
    )


def test_side_by_side_cells_of_text_stay_as_the_plain_text_reads_them():
    """The layout text interleaves two cells of text line by line; the plain text keeps each cell whole."""
    plain = "a. Scope of the target\nEconomy-wide, all gases, all sectors of the economy included."
    layout = (
        "a. Scope of the             Economy-wide, all gases, all sectors\n"
        "target                       of the economy included.\n"
    )
    assert pdf_text([plain], [layout])[0] == plain


def test_pages_without_layout_text_are_joined_as_before():
    assert pdf_text(["First page.", "", "Third page."], [None, None, None]) == (
        "First page.\n\n\n\nThird page.",
        [0, 13, 15],
    )


TIGHT_ROWS = """\
Pathway     Cost         Cut
Path        410          1200
1
Path        380          950
2
Services
Water       12           40
(urban)
"""


def test_a_tight_table_keeps_wrapped_labels_with_their_row_and_section_labels_apart():
    plain = "Pathway Cost Cut\nPath 410 1200\n1\nPath 380 950\n2\nServices\nWater 12 40\n(urban)"
    text, _ = pdf_text([plain], [TIGHT_ROWS])
    assert text.split("\n")[:5] == [
        "Pathway\tCost\tCut",
        "Path 1\t410\t1200",
        "Path 2\t380\t950",
        "Services\t\t",
        "Water (urban)\t12\t40",
    ]


def test_running_heads_and_feet_are_dropped_and_do_not_part_a_table():
    """A print date over every page and "title  page N" under it; the table runs from page 2 on to page 3."""

    def page(number: int, body: str) -> str:
        return f"3/14/31, 9:05 AM\n{body}\nGreen Valley adaptation plan {number}/4"

    plain = [
        page(1, "The valley plans its water supply."),
        page(2, "Reservoir storage (million m3)\nSite 2020 2030\nNorth 41.5 60.0"),
        page(3, "South 12.25 30.0\nStorage doubles by 2030."),
        page(4, "Annex"),
    ]
    layout = [
        f"3/14/31, 9:05 AM\n\n{body}\n\nGreen Valley adaptation plan        {n}/4\n"
        for n, body in [
            (1, "The valley plans its water supply."),
            (2, "Reservoir storage (million m3)\n\nSite       2020       2030\n\nNorth      41.5       60.0"),
            (3, "South      12.25      30.0\n\nStorage doubles by 2030."),
            (4, "Annex"),
        ]
    ]
    text, starts = pdf_text(plain, layout)
    assert "AM" not in text and "adaptation plan" not in text
    assert "Site\t2020\t2030\nNorth\t41.5\t60.0\nSouth\t12.25\t30.0\n\nStorage doubles by 2030." in text
    assert text[starts[2] :].startswith("South\t12.25")


TWO_COLUMNS = """\
Rainfall has fallen by a tenth since           The coastal plan raises dikes along
the records began, and the dry season          forty kilometres of shore by 2030.
now lasts a month longer.
                                               Table 4: Dike works (km)
Farmers have moved planting dates to
the first rains of the wet season.             Coast        2025       2030
Seed banks hold drought-tolerant rice          North        12         25
and sorghum for the next dry year.             South        8          15

Irrigation will reach 40% of rice land         Maintenance is funded by the
by 2030, from 22% today.                       coastal levy.
"""


def test_a_page_of_two_columns_is_read_left_column_first():
    from extract.pdfcolumns import split_columns

    lines = split_columns(TWO_COLUMNS)[0].split("\n")
    assert lines[0] == "Rainfall has fallen by a tenth since"
    right = lines.index("The coastal plan raises dikes along")
    assert right > lines.index("by 2030, from 22% today.")
    assert lines[right + 5 : right + 8] == [
        "Coast        2025       2030",
        "North        12         25",
        "South        8          15",
    ]


def test_a_line_across_the_gutter_keeps_the_page_whole():
    from extract.pdfcolumns import split_columns

    wide = TWO_COLUMNS.replace(
        "Farmers have moved planting dates to\n",
        "Farmers have moved planting dates to the first rains, as the survey of the coastal districts shows\n",
    )
    assert split_columns(wide) == (wide, wide)


def test_the_other_columns_spacing_is_no_gap_between_a_columns_paragraphs():
    """The right column's lines are spaced wider than the left's: a row of the left column's text has no line of
    the right one, and that is no gap between the right column's paragraphs; a row blank in both is."""
    left = [
        "Adaptation priorities",
        "Coastal towns raise their dikes and",
        "move pumping stations inland before",
        "the storm season of each year, as",
        "the coastal plan sets out in full.",
        "Rice farmers receive new seeds.",
        "",
        "Herders receive fodder in dry years.",
        "Towns store rain water in tanks.",
    ]
    right = [
        "The plan will cut emissions by 15%",
        "by 2030 against the reference path",
        "",
        "of the national inventory, and by",
        "a further 10% with support from",
        "partners for the power sector.",
        "",
        "The grid reaches every district.",
        "Buses run on power from the grid.",
    ]
    layout = "\n".join(f"{a:<40}{b}" for a, b in zip(left, right, strict=True))
    plain = "\n".join([line for line in left if line] + [line for line in right if line])
    text, _ = pdf_text([plain], [layout])
    blocks = text.split("\n\n")
    assert any("by 15%" in block and "of the national inventory" in block for block in blocks)
    assert "power sector.\n\nThe grid reaches every district." in text


def test_lines_of_a_sentence_wrapped_at_the_margin_are_joined():
    """A wrapped line's start is no heading, list item or date line ("2021 to 31 December 2035" opening a line)."""
    plain = "\n".join(
        [
            "Commitments and their period",
            "The commitments of this contribution hold for the whole period from 1 January",
            "2031 to 31 December 2035 and cover every sector of the economy and all gases.",
            "The energy sector will add 4 GW of wind and solar power to the national grid",
            "by 2035, twice what it has built over the ten years up to the end of 2024.",
            "• Solar farms on degraded land in the northern provinces of the country",
            "• Wind farms along the coast",
            "Table 2: Capacity added by source of power over the period of this plan",
            "Wind 1.5 2.0",
        ]
    )
    lines = pdf_text([plain], [None])[0].split("\n")
    assert lines[1] == (
        "The commitments of this contribution hold for the whole period from 1 January "
        "2031 to 31 December 2035 and cover every sector of the economy and all gases."
    )
    assert lines[0] == "Commitments and their period"  # a short line ends where it ends
    assert lines[2].startswith("The energy sector") and lines[2].endswith("up to the end of 2024.")
    assert lines[3:] == plain.split("\n")[5:]  # list items, a caption and a row of numbers keep their lines


def test_a_word_hyphenated_at_the_margin_is_made_whole_when_the_document_writes_it_whole():
    lines = [
        "Agriculture and waste emit a third of the country's methane and their emis-",
        "sions will be cut by 30% by 2035 through biogas digesters and composting, while",
        "the power sector moves to renewable sources of electricity and builds a low-",
        "carbon grid that serves the towns and villages of every one of the provinces",
        "and the capital region, whose emissions rose by 12% over the last ten years.",
        "Transport will shift to buses and rail over the same period of the plan, and",
        "electric vehicles will reach a fifth of new sales in the towns by that year.",
    ]
    text = pdf_text(["\n".join(lines)], [None])[0]
    assert "their emissions will be cut by 30% by 2035" in text
    assert "builds a low-carbon grid" in text  # "lowcarbon" is written nowhere


GROUPED_HEADER = """\
Table 6: Cost and savings of the programmes

                     Public budget         Private funds
                  Cost        Savings    Cost       Savings
Programme A       120         45         300        95
Programme B       80          30         150        60
"""


def test_a_header_line_of_labels_over_pairs_of_columns_is_a_header_row_of_its_own():
    plain = (
        "Table 6: Cost and savings of the programmes\nPublic budget Private funds\nCost Savings Cost Savings\n"
        "Programme A 120 45 300 95\nProgramme B 80 30 150 60"
    )
    text, _ = pdf_text([plain], [GROUPED_HEADER])
    assert text.split("\n")[2:6] == [
        "\tPublic budget\t\tPrivate funds\t",
        "\tCost\tSavings\tCost\tSavings",
        "Programme A\t120\t45\t300\t95",
        "Programme B\t80\t30\t150\t60",
    ]


def test_ligatures_are_written_as_their_letters_and_other_characters_kept():
    text = "Energy eﬃciency and ﬂood defences get 20% more ﬁnance; emissions 348.9～289.5 Mt by 2030."
    doc = read_document(Path("plan.txt"), text.encode())
    assert doc.text == "Energy efficiency and flood defences get 20% more finance; emissions 348.9～289.5 Mt by 2030."


def test_a_running_foot_with_a_ligature_in_the_layout_text_is_dropped_too():
    """The plain text's ligatures are expanded, the layout text's are kept (its columns stay where printed): the
    running foot must still be known in both, or it parts the halves of a table in the layout text."""
    bodies = [
        "The valley plans its water supply.",
        "Reservoir storage (million m3)\n\nSite       2020       2030\n\nNorth      41.5       60.0",
        "South      12.25      30.0\n\nStorage doubles by 2030.",
        "Annex",
    ]
    plain = [
        "The valley plans its water supply.\nValley climate profile 1/4",
        "Reservoir storage (million m3)\nSite 2020 2030\nNorth 41.5 60.0\nValley climate profile 2/4",
        "South 12.25 30.0\nStorage doubles by 2030.\nValley climate profile 3/4",
        "Annex\nValley climate profile 4/4",
    ]
    layout = [f"{body}\n\nValley climate pro\ufb01le        {n}/4\n" for n, body in enumerate(bodies, start=1)]
    text, _ = pdf_text(plain, layout)
    assert "profile" not in text
    assert "North\t41.5\t60.0\nSouth\t12.25\t30.0" in text


def test_gaps_between_lines_on_the_page_part_paragraphs_not_a_large_caption_or_a_new_column():
    page = [
        (72, 740, "Table 1: Water use by sector", 20),  # large type: its lines step wider, no gap between them
        (72, 716, "in the dry season", 20),
        (72, 670, "Irrigation takes most of the water drawn from"),  # a gap after the caption
        (72, 658, "the rivers in the dry months of the year, and"),
        (72, 646, "the canals lose a third of it on the way to"),
        (72, 634, "the fields."),
        (72, 600, "Towns draw the rest from wells."),  # a gap: a new paragraph
        (320, 670, "The second column starts at the top"),  # printed higher than the line before: a new column
        (320, 658, "of the page again, level with the first."),
    ]
    text = read_document(Path("plan.pdf"), make_positioned_pdf([page])).text
    assert text == (
        "Table 1: Water use by sector\nin the dry season\n\nIrrigation takes most of the water drawn from "
        "the rivers in the dry months of the year, and the canals lose a third of it on the way to the fields.\n\n"
        "Towns draw the rest from wells.\nThe second column starts at the top\nof the page again, level with the first."
    )


MARGIN_HEADER = """\
Table 3. Emissions by sector

Emissions by sector (Gg CO2-eq, thousand tonnes)
Sector

             2010       2015       2020
Energy       410.5      432.0      455.8
Waste        61.2       64.9       70.3
"""


def test_a_band_right_over_the_rows_is_their_header_even_at_the_margin():
    """Single cells at the margin right over the rows: no caption, no sentence: the header (and its unit)."""
    plain = (
        "Table 3. Emissions by sector\nEmissions by sector (Gg CO2-eq, thousand tonnes)\nSector\n"
        "2010 2015 2020\nEnergy 410.5 432.0 455.8\nWaste 61.2 64.9 70.3"
    )
    text, _ = pdf_text([plain], [MARGIN_HEADER])
    assert text.split("\n")[2:6] == [
        "Sector\tEmissions by sector (Gg CO2-eq, thousand tonnes)\t\t",  # the wide cell over its first column
        "\t2010\t2015\t2020",
        "Energy\t410.5\t432.0\t455.8",
        "Waste\t61.2\t64.9\t70.3",
    ]


AMOUNT_TABLE = """\
Solar pumps alone cut 412.0 Gg by 2030, the most of any measure.

Measures                                      Reduction by 2030 (Gg CO2-eq)

Solar pumps for irrigation                                        412.0

Efficient kilns in brick making                                   603.1

Methane capture at landfills                                      235.3
"""


def test_a_table_of_one_amount_column_is_rebuilt_and_a_sentence_citing_an_amount_is_not_its_row():
    plain = (
        "Solar pumps alone cut 412.0 Gg by 2030, the most of any measure.\nMeasures Reduction by 2030 (Gg CO2-eq)\n"
        "Solar pumps for irrigation 412.0\nEfficient kilns in brick making 603.1\nMethane capture at landfills 235.3"
    )
    text, _ = pdf_text([plain], [AMOUNT_TABLE])
    assert text.split("\n") == [
        "Solar pumps alone cut 412.0 Gg by 2030, the most of any measure.",
        "",
        "Measures\tReduction by 2030 (Gg CO2-eq)",
        "Solar pumps for irrigation\t412.0",
        "Efficient kilns in brick making\t603.1",
        "Methane capture at landfills\t235.3",
    ]


class _PageWithDamagedMatrix:
    """A page whose reader reports one piece without a text matrix, as a damaged content stream can."""

    def extract_text(self, visitor_text):
        for text, cm, y in [
            ("Rivers run low.", None, 700),
            ("\n", [1, 0, 0, 1, 0, 0], 0),
            ("Dams fill.", [1, 0, 0, 1, 0, 0], 600),
        ]:
            visitor_text(text, cm, [1, 0, 0, 1, 72, y], None, 10)
        return "Rivers run low.\nDams fill."


def test_a_piece_without_a_place_keeps_its_text_and_adds_no_gap():
    from extract.pdfgaps import gapped_text

    assert gapped_text(_PageWithDamagedMatrix()) == "Rivers run low.\nDams fill."


YEAR_ROWS = """\
Year     Wind      Solar
2020     1.2       0.4
2025     2.8       1.9
2030     4.5       3.6
"""


def test_a_table_keyed_by_years_has_no_empty_label_column():
    plain = "Year Wind Solar\n2020 1.2 0.4\n2025 2.8 1.9\n2030 4.5 3.6"
    assert pdf_text([plain], [YEAR_ROWS])[0].split("\n") == [
        "Year\tWind\tSolar",
        "2020\t1.2\t0.4",
        "2025\t2.8\t1.9",
        "2030\t4.5\t3.6",
    ]


INVENTORY_PAGE = """\
2. National circumstances

      The inventory below shows that the island's emissions of 2010 came mostly from the power plants and the
      cars and trucks that burn imported diesel, with waste and farming far behind them in the national total.

                              Emissions by sector, 2010
      Sector                              Gg CO2-eq          Share (%)
      Power                               612                71.4
      Industrial processes                NO                 NO
      Transport                           198                23.1
      Forestry                            -240
      Waste                               47                 5.5
      Total (with forestry)               617
"""


def test_an_inventory_table_keeps_its_rows_of_notation_keys_and_of_one_number_under_no_paragraph_header():
    plain = (
        "2. National circumstances\n"
        "The inventory below shows that the island's emissions of 2010 came mostly from the power plants and the\n"
        "cars and trucks that burn imported diesel, with waste and farming far behind them in the national total.\n"
        "Emissions by sector, 2010\nSector Gg CO2-eq Share (%)\nPower 612 71.4\nIndustrial processes NO NO\n"
        "Transport 198 23.1\nForestry -240\nWaste 47 5.5\nTotal (with forestry) 617"
    )
    lines = pdf_text([plain], [INVENTORY_PAGE])[0].split("\n")
    assert lines[-7:] == [
        "Sector\tEmissions by sector, 2010 Gg CO2-eq\tShare (%)",  # the paragraph above is no header; the title is
        # (printed over the first column of numbers, as the column labels under it)
        "Power\t612\t71.4",
        "Industrial processes\tNO\tNO",
        "Transport\t198\t23.1",
        "Forestry\t-240\t",
        "Waste\t47\t5.5",
        "Total (with forestry)\t617\t",
    ]
    assert lines[:5] == ["2. National circumstances", "", *plain.split("\n")[1:3], ""]


PERIOD_ROWS = """\
Period     Cut (%)     Level (kt)
2021-      35          82
2025
2026-      45          69
2030
"""


def test_a_label_wrapped_after_a_hyphen_is_joined_without_a_space():
    plain = "Period Cut (%) Level (kt)\n2021- 35 82\n2025\n2026- 45 69\n2030"
    assert pdf_text([plain], [PERIOD_ROWS])[0].split("\n") == [
        "Period\tCut (%)\tLevel (kt)",
        "2021-2025\t35\t82",
        "2026-2030\t45\t69",
    ]


_WORDS = ["Energy", "Waste", "Total", "2030", "12.5", "-3", "NO", "by", "the", "plan", "(Gg)", "Table", "1:", "45%"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6), min_size=0, max_size=8),
        min_size=1,
        max_size=4,
    ),
    st.lists(st.integers(min_value=2, max_value=6), min_size=1, max_size=48),  # cells parted as a layout parts them
    st.booleans(),
)
def test_any_pages_give_a_text_whose_page_starts_are_in_order(pages, gaps, with_layout):
    """Whatever the pages hold (and their layout texts), the reader returns one start per page, in order, inside the
    text, and keeps every word of the plain text (how often: see the examples of rows alike below; lines alike in
    numbers and words, header and rows both, can still be matched to the wrong line)."""
    # each line names its own place: no line is the same as another (a running head would be, and a plain line is
    # found by its words: lines alike are the examples below)
    places = [f"{a}{b}" for a in ("Ka", "Chi", "Ne", "Fi") for b in ("ra", "lo", "mu", "te", "vi", "so", "dan", "po")]
    pages = [[[places[8 * p + k], *words] for k, words in enumerate(lines)] for p, lines in enumerate(pages)]
    plain = ["\n".join(" ".join(words) for words in lines) for lines in pages]
    spaces = iter(gaps * 100)
    layouts = [
        "\n\n".join((" " * next(spaces)).join(words) for words in lines) if with_layout and lines else None
        for lines in pages
    ]
    text, starts = pdf_text(plain, layouts)
    assert len(starts) == len(plain) and starts[0] == 0
    assert all(a <= b <= len(text) for a, b in zip(starts, starts[1:], strict=False))
    # every word of the plain text is kept (a table's cells are its words, re-parted by tabs)
    assert set(text.split()) >= {w for p in plain for w in p.split()}


def test_rows_alike_are_each_their_own_line_and_a_row_over_a_label_is_no_header():
    layout = "Wind  2030  2030\n\nLabel\n\nSolar  NO  NO\n\nHydro  NO  NO\n"
    plain = "Wind 2030 2030\nLabel\nSolar NO NO\nHydro NO NO"
    text = pdf_text([plain], [layout])[0]
    assert text.count("NO") == 4 and text.count("2030") == 2
    assert text.endswith("Solar\tNO\tNO\nHydro\tNO\tNO")  # the last row's line too ("NO NO" twice: two lines)


GROUPS_OVER_YEARS = """\
           Reference path            With measures
  Sector
           2025          2030        2025          2030


  Power    410           455         380           350


  Transport  120         140         115           100
"""


def test_groups_over_a_row_of_years_printed_in_one_band_are_a_header_row_of_their_own():
    plain = (
        "Reference path With measures\nSector\n2025 2030 2025 2030\nPower 410 455 380 350\nTransport 120 140 115 100"
    )
    assert pdf_text([plain], [GROUPS_OVER_YEARS])[0].split("\n") == [
        "\tReference path\t\tWith measures\t",
        "Sector\t2025\t2030\t2025\t2030",
        "Power\t410\t455\t380\t350",
        "Transport\t120\t140\t115\t100",
    ]
