"""The dashboard at scale: the Parquet cache, compact frames that still repeat the source text, per-year chart
aggregates, caps on what pages list, and assessments computed once per dataset. No timing here (bench/ times)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import DASHBOARD, REPO, make_observations
from streamlit.testing.v1 import AppTest

from app import data as appdata
from app import export, scale
from app.data import build_dataset, cache_path, cached_observations, compact, observations_frames, read_table
from app.docs import display_titles
from app.figures import RANGE_ROLE, explorer_figure, is_aggregated, legend_key, yearly
from app.series import assess_all
from extract.schema import OBSERVATIONS

sys.path.insert(0, str(REPO / "bench"))
import make_observations as synthetic  # noqa: E402


@pytest.fixture(scope="module")
def synthetic_dirs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(data, seeds) of 1,000 generated rows: the benchmark's generator, small."""
    out = tmp_path_factory.mktemp("synthetic")
    synthetic.write(out, 1000, 4)
    return out / "data", out / "seeds"


def frames_equal(a: tuple[pd.DataFrame, pd.DataFrame], b: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    pd.testing.assert_frame_equal(a[0], b[0])
    pd.testing.assert_frame_equal(a[1], b[1])


# ------------------------------------------------------------------------------------------------ generator


def test_generator_is_deterministic_and_keeps_the_contract(synthetic_dirs, tmp_path):
    data, seeds = synthetic_dirs
    synthetic.write(tmp_path, 1000, 4)
    for name in ("observations.csv", "documents.csv", "indicators.csv"):
        assert (tmp_path / "data" / name).read_bytes() == (data / name).read_bytes()
    raw = read_table(data / "observations.csv", OBSERVATIONS)
    assert list(raw.columns) == OBSERVATIONS.fieldnames and len(raw) == 1000
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds.iterdir()}
    for r in raw.itertuples(index=False):
        text = texts[r.doc]
        assert text[int(r.char_start) : int(r.char_end)] == r.value_raw
        assert r.quote in text
    assert appdata.stale_reason(appdata.seed_hashes(seeds), appdata.known_hashes(data)) is None


# ------------------------------------------------------------------------------------------------ loading


@pytest.mark.parametrize("source", ["real", "synthetic"])
def test_raw_repeats_the_source_text(source, synthetic_dirs, tmp_path):
    """Compact frames (categoricals, shared text) download exactly what the CSV's text gives: with and without the
    cache. (``csv_bytes`` neutralises formula-like cells such as the qualifier "=", so compare like with like.)"""
    folder = synthetic_dirs[0] if source == "synthetic" else REPO / "data"
    text = pd.read_csv(folder / "observations.csv", dtype=str, keep_default_na=False, na_filter=False)
    expected = export.csv_bytes(text)
    for cache in (None, tmp_path, tmp_path):  # no cache; writes the copy; reads it
        ds = build_dataset(folder, cache)
        assert export.csv_bytes(ds.raw) == expected
        assert export.csv_bytes(ds.raw.iloc[::7]) == export.csv_bytes(text.iloc[::7])
    assert list(tmp_path.glob("observations-*.parquet"))


def test_types_and_compact_columns(synthetic_dirs):
    ds = build_dataset(synthetic_dirs[0])
    obs = ds.observations
    assert str(obs["year"].dtype) == "Int64" and str(obs["value"].dtype) == "float64"
    assert isinstance(obs["region"].dtype, pd.CategoricalDtype)  # repeats: codes, not text
    assert not isinstance(obs["quote"].dtype, pd.CategoricalDtype)  # one per row: stays text
    assert list(ds.raw.columns) == list(obs.columns)
    assert (
        ds.raw["value"].astype(str).tolist()
        == read_table(synthetic_dirs[0] / "observations.csv", OBSERVATIONS)["value"].tolist()
    )


def test_compact_keeps_values():
    frame = pd.DataFrame({"a": ["x", "x", "y", "x"], "b": ["1", "2", "3", "4"], "n": [1, 2, 3, 4]}).astype(
        {"a": "str", "b": "str"}
    )
    out = compact(frame)
    assert isinstance(out["a"].dtype, pd.CategoricalDtype) and out["a"].tolist() == ["x", "x", "y", "x"]
    assert not isinstance(out["b"].dtype, pd.CategoricalDtype) and out["n"].tolist() == [1, 2, 3, 4]


def test_arrow_reader_matches_pandas_and_falls_back_on_ragged_rows(tmp_path):
    path = REPO / "data" / "observations.csv"
    fast = read_table(path, OBSERVATIONS)
    slow = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    pd.testing.assert_frame_equal(fast, slow)
    ragged = tmp_path / "observations.csv"
    ragged.write_text("doc,value\na,1\nb\n", encoding="utf-8")  # pyarrow refuses a short row; pandas reads it
    table = read_table(ragged, OBSERVATIONS)
    assert table["doc"].tolist() == ["a", "b"] and table["value"].tolist()[0] == "1"


def test_numbers_parse_like_pandas_when_arrow_cannot():
    text = "doc,year,value\na,2022,1.5\nb,,-51.50\nc,x,1e3\nd, 7 ,oops\n"
    frame = pd.read_csv(__import__("io").StringIO(text), dtype=str, keep_default_na=False, na_filter=False)
    obs, raw = observations_frames(frame.reindex(columns=OBSERVATIONS.fieldnames, fill_value=""))
    assert obs["year"].tolist()[:2] == [2022, pd.NA] and pd.isna(obs["year"].iloc[2]) and obs["year"].iloc[3] == 7
    assert obs["value"].tolist()[:3] == [1.5, -51.5, 1000.0] and pd.isna(obs["value"].iloc[3])
    assert raw["value"].tolist() == ["1.5", "-51.50", "1e3", "oops"]


# ------------------------------------------------------------------------------------------------ Parquet cache


def test_cache_is_written_then_reused(synthetic_dirs, tmp_path, monkeypatch):
    csv = synthetic_dirs[0] / "observations.csv"
    first = cached_observations(csv, tmp_path)
    (copy,) = tmp_path.glob("observations-*.parquet")
    assert copy == cache_path(tmp_path, appdata._sha256(str(csv), *appdata._file_stamp(csv)))

    def no_parsing(*args, **kwargs):
        raise AssertionError("the CSV was parsed although a valid cache exists")

    monkeypatch.setattr(appdata, "observations_frames", no_parsing)
    frames_equal(cached_observations(csv, tmp_path), first)


def test_changed_csv_is_never_served_from_the_old_copy(synthetic_dirs, tmp_path):
    csv = tmp_path / "observations.csv"
    shutil.copy(synthetic_dirs[0] / "observations.csv", csv)
    cache = tmp_path / "cache"
    before, _ = cached_observations(csv, cache)
    lines = csv.read_text(encoding="utf-8").splitlines(keepends=True)
    csv.write_text("".join(lines[:-10]), encoding="utf-8")  # ten rows fewer
    after, raw = cached_observations(csv, cache)
    assert len(after) == len(before) - 10
    assert raw["quote"].tolist() == read_table(csv, OBSERVATIONS)["quote"].tolist()
    assert len(list(cache.glob("observations-*.parquet"))) == 2
    frames_equal(cached_observations(csv, cache), (after, raw))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign"])
def test_damaged_cache_file_is_ignored_and_rebuilt(damage, synthetic_dirs, tmp_path):
    csv = synthetic_dirs[0] / "observations.csv"
    expected = cached_observations(csv, None)
    digest = appdata._sha256(str(csv), *appdata._file_stamp(csv))
    target = cache_path(tmp_path, digest)
    if damage == "garbage":
        target.write_bytes(b"not parquet at all")
    elif damage == "truncated":
        cached_observations(csv, tmp_path)
        target.write_bytes(target.read_bytes()[:-100])
    else:  # a valid copy of other data under this name: its stored hash gives it away
        other = tmp_path / "other.csv"
        other.write_text((REPO / "data" / "observations.csv").read_text(encoding="utf-8"), encoding="utf-8")
        cached_observations(other, tmp_path / "o")
        (foreign,) = (tmp_path / "o").glob("*.parquet")
        shutil.copy(foreign, target)
    frames_equal(cached_observations(csv, tmp_path), expected)
    frames_equal(appdata._read_cache(target, digest), expected)  # rebuilt: valid now


def test_unwritable_cache_folder_still_loads(synthetic_dirs, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    csv = synthetic_dirs[0] / "observations.csv"
    frames_equal(cached_observations(csv, blocked), cached_observations(csv, None))


def test_old_copies_are_pruned(tmp_path):
    for i in range(6):
        csv = tmp_path / f"o{i}.csv"
        csv.write_text(f"doc,value\nd,{i}\n", encoding="utf-8")
        cached_observations(csv, tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("observations-*.parquet"))) == appdata.CACHE_KEEP


# ------------------------------------------------------------------------------------------------ aggregation


def records(values: list[tuple[int, float, str]]) -> list[dict]:
    return [{"year": y, "value": v, "qualifier": q, "row": i + 1} for i, (y, v, q) in enumerate(values)]


def test_yearly_median_range_and_representative_row():
    points = yearly(records([(2020, 1, "="), (2020, 5, "="), (2020, 3, "="), (2021, 2, "="), (2021, 4, ">")]))
    assert [(p["year"], p["n"], p["median"], p["low"], p["high"]) for p in points] == [
        (2020, 3, 3, 1, 5),
        (2021, 2, 3.0, 2, 4),
    ]
    assert points[0]["record"]["row"] == 3  # the row nearest the median stands for the year
    assert points[1]["record"]["row"] == 4  # ties: the earlier row
    assert [p["n"] for p in yearly(records([(2020, 1, "="), (2021, 4, ">")]), ">")] == [1]


def big_series(n: int) -> pd.DataFrame:
    rows = []
    for i in range(n):
        year = 2000 + i % 20
        rows.append({"indicator": "ind", "kind": "actual", "year": year, "value": year - 2000 + (i % 3), "unit": "GW"})
    target = {"indicator": "ind", "kind": "target", "year": 2030, "unit": "GW", "qualifier": ">"}
    rows += [target | {"value": v} for v in (40, 50, 60)]
    return make_observations(rows)


def test_large_series_are_drawn_per_year_and_say_so():
    obs = big_series(400)
    fig = explorer_figure(obs, assess_all(obs, pd.DataFrame(columns=["indicator", "direction"])), validate=True)
    assert is_aggregated(fig)
    roles = [(t.meta or {}).get("role") for t in fig.data]
    assert RANGE_ROLE in roles and "actual" in roles and "target" in roles
    (actual,) = [t for t in fig.data if t.meta["role"] == "actual"]
    assert list(actual.x) == list(range(2000, 2020)) and len(actual.y) == 20
    (target,) = [t for t in fig.data if t.meta["role"] == "target"]
    assert list(target.y) == [50] and list(target.error_y.array) == [10] and list(target.error_y.arrayminus) == [10]
    assert any("more than a chart can show" in a.text for a in fig.layout.annotations)
    assert "▒▒" in legend_key(fig)
    small = explorer_figure(big_series(20))
    assert not is_aggregated(small) and not any("more than" in a.text for a in small.layout.annotations or ())


# ------------------------------------------------------------------------------------------------ caps and caches


def test_page_of_clamps_and_showing_says_what_is_hidden():
    items = list(range(65))
    assert scale.page_of(items, 1, 30) == (list(range(30)), 1, 3)
    assert scale.page_of(items, 9, 30) == (list(range(60, 65)), 3, 3)
    assert scale.page_of([], 0, 30) == ([], 1, 1)
    assert scale.showing(1000, 38211, "rows") == "Showing 1,000 of 38,211 rows"
    assert scale.showing(12, 12, "rows") == "All 12 rows"


def test_assessments_are_computed_once_per_frame(synthetic_dirs):
    ds = build_dataset(synthetic_dirs[0])
    first = scale.assessments(ds.observations, ds.indicators)
    assert scale.assessments(ds.observations, ds.indicators) is first
    assert [a.row for a in first] == [a.row for a in assess_all(ds.observations, ds.indicators)]
    a = first[0]
    obs = ds.observations
    rows = obs[(obs["indicator"] == a.indicator) & (obs["region"] == a.region)]
    from_cache = scale.series_assessments(obs, rows, ds.indicators, a.indicator, a.region)
    direct = assess_all(rows, ds.indicators)
    assert [(x.row, x.status, x.reason) for x in from_cache] == [(x.row, x.status, x.reason) for x in direct]


def test_deferred_downloads_give_the_same_bytes(synthetic_dirs, monkeypatch):
    from app.pages.data_table import downloads

    ds = build_dataset(synthetic_dirs[0])
    index = ds.observations.index[ds.observations["kind"] == "target"]
    eager = downloads(ds.raw, index, ["kinds: target"], "/data?kind=target")
    monkeypatch.setattr(scale, "EAGER_DOWNLOAD_ROWS", 10)
    deferred = downloads(ds.raw, index, ["kinds: target"], "/data?kind=target")
    assert all(callable(d) for d in deferred) and not any(callable(e) for e in eager)
    assert deferred[0]() == eager[0] == export.csv_bytes(ds.raw.loc[index])
    assert deferred[1]() == eager[1]


# ------------------------------------------------------------------------------------------------ pages


@pytest.fixture
def synthetic_env(synthetic_dirs, monkeypatch, tmp_path):
    data, seeds = synthetic_dirs
    monkeypatch.setenv("CLIMATE_DATA_DIR", str(data))
    monkeypatch.setenv("CLIMATE_SEEDS_DIR", str(seeds))
    monkeypatch.setenv("CLIMATE_CACHE_DIR", str(tmp_path / "cache"))
    return build_dataset(data)


def synthetic_dirs_seeds(ds) -> Path:
    import os

    return Path(os.environ["CLIMATE_SEEDS_DIR"])


def test_goals_scorecard_at_scale_renders_one_country_with_sections(synthetic_env):
    ds = synthetic_env
    at = AppTest.from_file(str(DASHBOARD), default_timeout=60).run()
    assert not at.exception
    country = at.selectbox(key="qp:goals:country").value
    assert country in set(ds.observations["region"])
    assert at.dataframe, "the scorecard shows its goals as lines"
    for frame in at.dataframe:
        assert len(frame.value) <= scale.DATA_ROWS


def test_data_page_caps_the_grid_not_the_download(synthetic_env, media, monkeypatch):
    ds = synthetic_env
    monkeypatch.setattr(scale, "DATA_ROWS", 100)
    at = AppTest.from_file(str(DASHBOARD), default_timeout=60).run()
    at.switch_page("app/pages/data_table.py").run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 100
    assert any(c.value.startswith(f"Showing 100 of {len(ds.observations):,} rows") for c in at.caption)
    (button,) = [b for b in at.download_button if b.label == "Download CSV"]
    payload = media.bytes_for(button.proto.url)
    names = dict(zip(ds.indicators["indicator"], ds.indicators["name"], strict=True))
    sectors = dict(zip(ds.indicators["indicator"], ds.indicators["sector"], strict=True))
    titles = display_titles(ds.documents, synthetic_dirs_seeds(ds))
    assert payload == export.csv_bytes(ds.raw, names, sectors, titles)
    assert payload.count(b"\n") == len(ds.observations) + 1
