"""Tables cited by number: the deadline in force where the text cites a table dates its undated goals (text and
tables written for these tests: made-up countries and numbers)."""

from __future__ import annotations

from tests.test_extractor import rows


def flat(*cells: str) -> str:
    return "\n\n".join(cells)


GOAL = "Ruritania sets a target of a 12% reduction below BAU by 2027, unconditionally."
CITES = "To achieve that, measures were selected for the unconditional contribution (Table 7)."
ANNEX = "Additionally, annex 4 presents measures to reach a 19% reduction by 2033."
TABLE = (
    "Table 7 – Unconditional mitigation measures", "Measure", "Reduction potential (ktCO2e)", "Cost (Million USD)",
    "Solar parks", "412,5", "96", "Landfill gas capture", "1 208,0", "31", "Efficient kilns", "77,25", "12",
)  # fmt: skip


def years_of(text: str) -> set[str]:
    cells = [r for r in rows(text) if r["quote"].startswith(("Solar", "Landfill", "Efficient"))]
    assert len(cells) == 6  # a reduction and a cost per measure
    return {r["year"] for r in cells}


def test_a_table_cited_by_number_takes_the_deadline_where_it_was_cited() -> None:
    assert years_of(flat(GOAL, CITES, ANNEX, *TABLE)) == {"2027"}


def test_an_uncited_table_takes_the_deadline_of_the_text_right_above_it() -> None:
    uncited = CITES.replace(" (Table 7)", "")
    assert years_of(flat(GOAL, uncited, ANNEX, *TABLE)) == {"2033"}
