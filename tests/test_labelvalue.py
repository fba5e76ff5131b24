"""Key-value tables of a plan's summary: a label stating its unit in brackets, its bare value below or beside it."""

from __future__ import annotations

from pathlib import Path

from extract.labelvalue import bare_value, label_unit
from extract.read import read_document
from tests.test_extractor import rows

_PAIRS = [
    ("Base year", "2012"),
    ("Base year emissions (Mt CO2-eq.)", "31.4"),
    ("Target year", "2030"),
    ("Emission target by 2030 (Mt CO2-eq.)", "48.2"),
    ("BAU emission in 2030 (Mt CO2-eq.)", "61.0"),  # the reference path: no value of the plan
    ("GHG emission reduction target (Mt CO2-eq.)", "12.8"),
    ("Type", "Policies and measures"),
]
_EXPECTED = [
    ("31.4", "Mt CO2e", "2012", "actual"),
    ("48.2", "Mt CO2e", "2030", "target"),
    ("12.8", "Mt CO2e", "2030", "target"),
]


def _found(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["value"], r["unit"], r["year"], r["kind"]) for r in rows(text)]


def test_a_label_line_stating_its_unit_over_a_bare_value_line_is_read_with_it() -> None:
    text = "Ruritania submits its updated NDC in 2021.\n\n" + "\n\n".join(f"{k}\n\n{v}" for k, v in _PAIRS)
    assert _found(text) == _EXPECTED
    assert " ".join(rows(text)[0]["quote"].split()) == "Base year emissions (Mt CO2-eq.) 31.4"


def test_a_row_of_a_label_stating_its_unit_and_a_bare_value_is_read_with_it(tmp_path: Path) -> None:
    cells = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in _PAIRS)
    html = f"<html><body><p>Ruritania submits its updated NDC in 2021.</p><table>{cells}</table></body></html>"
    doc = read_document(tmp_path / "plan.html", html.encode())
    assert _found(doc.text) == _EXPECTED


def test_what_makes_a_label_of_a_unit_and_a_bare_value() -> None:
    assert label_unit("Emission target by 2030 (Mt CO2-eq.)") == label_unit("(MtCO2e)")
    assert label_unit("Emissions of 3 sectors (Mt CO2e)") is None  # a number of its own would take the unit
    assert label_unit("Solar prosumers (10 MW, 18 GWh)") is None  # values in brackets, no unit alone
    assert label_unit("Number of plants (count)") is None and label_unit("Type of target") is None
    assert bare_value("1,045.2") and bare_value("-2.6")
    assert not bare_value("2030") and not bare_value("22.7%") and not bare_value("25.8 Mt")


def test_a_label_over_a_row_of_figures_is_a_row_of_a_table_not_a_key_and_its_value() -> None:
    # the row of a flattened table of years: its first figure is of the first year, not of the label's
    text = "The reference path is in the table below.\n\n" + "\n\n".join(
        ["Year", "2012", "2025", "2035", "Emissions (Gg CO2-eq)", "-2250", "14 310", "25 904", "Sources: inventory"]
    )
    assert not any(r["value"] == "-2.25" and r["year"] != "2012" for r in rows(text))
