"""The accuracy bars on both gold sets, measured with the project's own evaluation, and the README kept true.

The seeds are the documents the extractor was built on; the dev set is nine other countries' NDCs, the
measure of how it generalises. Each bar is a floor: a change that lowers a score below it fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.catalogue import load_catalogue
from extract.docs import README, render
from extract.evaluate import DEFAULT_GOLD, DEVSET_DOCS, DEVSET_GOLD, Report, evaluate_files
from extract.pipeline import run_extraction

ROOT = Path(__file__).resolve().parent.parent

SEEDS_BARS = {"precision": 0.95, "recall": 0.95, "strict_f1": 0.93}
DEVSET_BARS = {"micro_f1": 0.85, "macro_f1": 0.80, "strict_f1": 0.75}


def _extract(tmp_path_factory: pytest.TempPathFactory, seeds: Path) -> Path:
    out = tmp_path_factory.mktemp(seeds.name + "-out")
    run_extraction(seeds, out, load_catalogue())
    return out / "observations.csv"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Report]:
    path = _extract(tmp_path_factory, ROOT / "seeds")
    return evaluate_files(path, DEFAULT_GOLD), evaluate_files(path, DEFAULT_GOLD, strict=True)


@pytest.fixture(scope="module")
def devset(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Report]:
    path = _extract(tmp_path_factory, DEVSET_DOCS)
    return evaluate_files(path, DEVSET_GOLD), evaluate_files(path, DEVSET_GOLD, strict=True)


def test_seeds_precision_recall_and_strict_f1(seeds) -> None:
    loose, strict = seeds
    r = loose.overall
    assert r.precision >= SEEDS_BARS["precision"], f"precision {r.precision:.3f}; spurious: {r.spurious[:10]}"
    assert r.recall >= SEEDS_BARS["recall"], f"recall {r.recall:.3f}; missed: {r.missed[:10]}"
    assert strict.overall.f1 >= SEEDS_BARS["strict_f1"], f"strict F1 {strict.overall.f1:.3f}"


def test_seeds_fields_on_matched_rows(seeds) -> None:
    r = seeds[0].overall
    assert r.field_accuracy("qualifier") >= 0.95
    assert r.field_accuracy("base_year") >= 0.95
    wrong = [(g.indicator, p.indicator) for name, g, p in r.field_wrong if name == "indicator"]
    assert r.field_accuracy("indicator") >= 0.90, wrong
    assert r.field_accuracy("region") >= 0.90


def test_devset_micro_macro_and_strict_f1(devset) -> None:
    loose, strict = devset
    per_doc = {d: round(s.f1, 3) for d, s in loose.per_doc.items()}
    assert loose.overall.f1 >= DEVSET_BARS["micro_f1"], f"micro F1 {loose.overall.f1:.3f}; per document {per_doc}"
    assert loose.macro_f1 >= DEVSET_BARS["macro_f1"], f"macro F1 {loose.macro_f1:.3f}; per document {per_doc}"
    assert strict.overall.f1 >= DEVSET_BARS["strict_f1"], f"strict F1 {strict.overall.f1:.3f}"


def test_every_devset_document_is_scored(devset) -> None:
    """A document that fails to read would silently drop out of the micro score; it must be there, with rows."""
    docs = {p.stem for p in DEVSET_DOCS.iterdir() if p.suffix == ".txt"}
    assert set(devset[0].per_doc) == docs
    assert all(s.predicted > 0 for s in devset[0].per_doc.values())


def test_readme_tables_and_scores_are_current() -> None:
    text = README.read_text(encoding="utf-8")
    assert render(text) == text, "README.md is stale: run `python -m extract.docs`"
