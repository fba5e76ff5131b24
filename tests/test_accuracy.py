"""The accuracy bar on the seed gold set, measured with the project's own evaluation, and the README kept true."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.catalogue import load_catalogue
from extract.docs import README, render
from extract.evaluate import DEFAULT_GOLD, gold_documents, load_rows, score
from extract.pipeline import run_extraction

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds-out")
    run_extraction(ROOT / "seeds", out, load_catalogue())
    return out / "observations.csv"


@pytest.fixture(scope="module")
def result(extracted: Path):
    gold = load_rows(DEFAULT_GOLD)
    return score(load_rows(extracted), gold, gold_documents(DEFAULT_GOLD, gold))


def test_value_unit_year_kind_precision_and_recall(result) -> None:
    assert result.precision >= 0.90, f"precision {result.precision:.3f} < 0.90; spurious: {result.spurious[:10]}"
    assert result.recall >= 0.95, f"recall {result.recall:.3f} < 0.95; missed: {result.missed[:10]}"


def test_qualifier_and_base_year(result) -> None:
    assert result.field_accuracy("qualifier") >= 0.95
    assert result.field_accuracy("base_year") >= 0.95


def test_indicator_on_matched_rows(result) -> None:
    wrong = [(g.indicator, p.indicator) for name, g, p in result.field_wrong if name == "indicator"]
    assert result.field_accuracy("indicator") >= 0.90, wrong


def test_region_on_matched_rows(result) -> None:
    assert result.field_accuracy("region") >= 0.90


def test_readme_tables_and_scores_are_current() -> None:
    text = README.read_text(encoding="utf-8")
    assert render(text) == text, "README.md is stale: run `python -m extract.docs`"
