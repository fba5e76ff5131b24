"""Goals and Compare with a whole corpus as the data (opt-in: set CLIMATE_CORPUS_DATA to the extractor's output for
../shared/ndc-corpus, and CLIMATE_CORPUS_SEEDS to that folder). No exception on any page or country, no
contradictory statuses, and every country's headline goals fit one 1400×1000 screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import DASHBOARD
from streamlit.testing.v1 import AppTest

from app import docs
from app.data import build_dataset
from app.pages.goals import HEADLINE_LINES, headline_height
from app.scorecard import HEADLINE_SECTION, build_goals, by_section
from app.series import assess_all, contradictions

CORPUS = os.environ.get("CLIMATE_CORPUS_DATA", "").strip()
SEEDS = os.environ.get("CLIMATE_CORPUS_SEEDS", "").strip()
HEADER_PX = 400  # the page's title, country choice and summary above the headline table, at 1400 px wide
pytestmark = pytest.mark.skipif(not CORPUS, reason="set CLIMATE_CORPUS_DATA to a corpus' extractor output")


@pytest.fixture(scope="module")
def corpus():
    return build_dataset(Path(CORPUS))


@pytest.fixture
def corpus_env(monkeypatch, tmp_path):
    monkeypatch.setenv("CLIMATE_DATA_DIR", CORPUS)
    monkeypatch.setenv("CLIMATE_SEEDS_DIR", SEEDS or str(tmp_path / "no-seeds"))
    monkeypatch.setenv("CLIMATE_CACHE_DIR", str(tmp_path / "cache"))


def test_no_contradiction_and_every_country_fits_one_screen(corpus):
    countries = docs.countries(corpus.documents, corpus.observations)
    national = docs.national_regions(corpus.observations, countries)
    assessments = assess_all(national, corpus.indicators)
    assert not contradictions(assessments)
    names = dict(zip(corpus.indicators["indicator"], corpus.indicators["name"], strict=True))
    goals = build_goals(national, assessments, corpus.indicators, countries, {})
    per_country: dict[str, list] = {}
    for g in goals:
        per_country.setdefault(g.country, []).append(g)
    lines = {c: len(by_section(gs, names)[HEADLINE_SECTION]) for c, gs in per_country.items()}
    assert all(HEADER_PX + headline_height(n) <= 1000 for n in lines.values())
    assert sum(n > HEADLINE_LINES for n in lines.values()) <= len(lines) // 20, "scrolling is the exception"


def test_goals_of_every_country_and_compare_render(corpus, corpus_env):
    at = AppTest.from_file(str(DASHBOARD), default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    options = at.selectbox(key="qp:goals:country").options
    for country in options:
        at.selectbox(key="qp:goals:country").select(country).run()
        assert not at.exception, (country, [e.value for e in at.exception])
    at.switch_page("app/pages/compare.py").run()
    assert not at.exception and len(at.dataframe[0].value) > 0
