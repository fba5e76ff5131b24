"""Every page under AppTest, on a copy of the real data: smoke, then behaviour driven by the rows the data holds."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pandas as pd
import pytest
from conftest import DASHBOARD
from streamlit.testing.v1 import AppTest

from app.data import build_dataset
from app.filters import Filters, apply_filters
from app.progress import INSUFFICIENT, MET, MET_EARLY, MISSED
from app.series import assess_all, contradictions
from extract.schema import OBSERVATIONS

PAGES = {
    "goals": None,
    "compare": "app/pages/compare.py",
    "explorer": "app/pages/explorer.py",
    "data": "app/pages/data_table.py",
    "sources": "app/pages/sources.py",
}


def open_page(page: str, query: dict | None = None) -> AppTest:
    """The dashboard as `streamlit run` would serve it, on ``page``, with ``query`` as the URL's query string."""
    at = AppTest.from_file(str(DASHBOARD), default_timeout=60)
    if PAGES[page] is None:
        at.query_params.update(query or {})
        return at.run()
    at.run()
    at.query_params.clear()
    at.query_params.update(query or {})
    return at.switch_page(PAGES[page]).run()


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


@pytest.fixture
def ds(dashboard_env):
    data, _ = dashboard_env
    dataset = build_dataset(data)
    if dataset.empty:
        pytest.skip(f"{data} holds no observations yet: run `python -m extract` to produce data/")
    return dataset


def plotly_spec(at: AppTest) -> dict:
    (chart,) = at.get("plotly_chart")
    return json.loads(chart.proto.spec)


# ------------------------------------------------------------------------------------------------ smoke


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders(page, ds):
    at = open_page(page)
    no_errors(at)
    assert [t.value for t in at.title] == [
        {
            "goals": "Goals",
            "compare": "Compare countries",
            "explorer": "Indicator explorer",
            "data": "Data",
            "sources": "Sources",
        }[page]
    ]


# ------------------------------------------------------------------------------------------------ goals


def scorecard_lines(at: AppTest) -> pd.DataFrame:
    """Every goal line the Goals page shows (headline and other sections), with its row id."""
    return pd.concat([d.value for d in at.dataframe], ignore_index=True)


def test_goals_is_a_scorecard_of_one_country_with_headline_goals_first(ds):
    at = open_page("goals")
    no_errors(at)
    country = at.selectbox(key="qp:goals:country").value
    assert at.query_params["country"] == country
    headline = at.dataframe[0].value
    shown = list(at.dataframe[0].proto.column_order)
    assert shown[:4] == ["goal", "target", "latest actual", "progress %"]
    assert {"status", "from", "document", "sentence"} <= set(shown)
    assert len(headline) <= 17, "a country's headline goals fit one screen (35 px a line)"
    assert all(s.startswith("sources?doc=") for s in headline["sentence"])
    assert not any(d in ds.documents["doc"].tolist() for d in headline["document"]), "titles, not ids"
    titles = [t.value for t in at.subheader]
    assert titles == sorted(titles, key=lambda t: [s in t for s in ("Other", "Sub-national", "Company")].index(True))


def test_every_target_is_a_goal_line_or_set_aside_for_review(ds):
    at = open_page("goals")
    shown = set(scorecard_lines(at)["row"])
    targets = ds.observations[ds.observations["kind"] == "target"]
    merged = assess_all(ds.observations, ds.indicators)
    # every target of the country is on the page, except a goal the same document states again with another value
    assert shown <= set(targets["row"]) and len(shown) >= len({(a.indicator, a.region, a.year) for a in merged}) // 2


def test_implausible_targets_are_set_aside_with_why(fresh_dirs):
    # the extractor no longer writes a base year at or after a target's year, but a CSV of another producer (or of
    # an older version) may hold one: the page must set it aside, not draw it
    data, _ = fresh_dirs
    frame = pd.read_csv(data / "observations.csv", dtype=str, keep_default_na=False)
    i = frame.index[(frame["kind"] == "target") & (frame["base_year"] != "") & (frame["region"] == "China")][0]
    frame.loc[i, "base_year"] = str(int(frame.loc[i, "year"]) + 5)
    frame.to_csv(data / "observations.csv", index=False)
    ds = build_dataset(data)
    targets = ds.observations[(ds.observations["kind"] == "target") & ds.observations["base_year"].notna()]
    odd = targets[targets["base_year"] >= targets["year"]]
    assert len(odd) == 1
    at = open_page("goals")
    (review,) = [e for e in at.expander if e.label.startswith("For review")]
    table = at.dataframe[-1].value
    for r in odd["row"]:
        line = table[table["row"] == r]
        assert len(line) == 1 and "not before the target year" in line["review"].iloc[0]
    headline_rows = set(at.dataframe[0].value["row"])
    assert not set(odd["row"]) & headline_rows


def test_a_goal_s_rule_and_sources_open_from_the_url(ds):
    merged = assess_all(ds.observations, ds.indicators)
    a = next(a for a in merged if a.actual_rows)
    at = open_page("goals", {"goal": str(a.row)})
    no_errors(at)
    text = "\n".join(m.value for m in at.markdown)
    assert "Achieved when" in text and f"row {a.row}" in text
    for r in a.actual_rows:
        assert f"row {r}" in text


def test_goal_statuses_never_contradict_and_forest_is_not_met(ds):
    merged = assess_all(ds.observations, ds.indicators)
    assert not contradictions(merged)
    for a in merged:
        if a.qualifier == "~" and a.latest is not None and a.half_step is not None:
            if a.status in MET and abs(a.latest.value - a.target) > a.half_step + 1e-9:
                assert (a.direction == "higher") == (a.latest.value > a.target), a  # only beyond, on the better side
        if a.status == MISSED:
            assert a.year is not None and a.latest.year >= a.year


def test_unknown_country_in_the_link_is_reported(ds):
    at = open_page("goals", {"country": "Atlantis"})
    no_errors(at)
    assert any("“Atlantis” is not in the data" in w.value for w in at.warning)
    assert at.selectbox(key="qp:goals:country").value != "Atlantis"


# ------------------------------------------------------------------------------------------------ compare


def test_compare_lists_headline_targets_per_country_linked_to_sentences(ds, media):
    at = open_page("compare")
    no_errors(at)
    table = at.dataframe[0].value
    shown = list(at.dataframe[0].proto.column_order)
    assert shown[:4] == ["country", "goal", "type", "target"]
    assert {"base year", "target year", "conditionality", "latest actual", "status", "document", "sentence"} <= set(
        shown
    )
    assert all(s.startswith("sources?doc=") for s in table["sentence"])
    data = download(at, media, "Download CSV")
    rows = list(csv.DictReader(io.StringIO(data.decode())))
    assert len(rows) == len(table)
    raw = ds.raw.set_index("row")
    for r in rows:
        assert r["qualifier"] == raw.loc[int(r["row"]), "qualifier"]  # never guarded: "=" stays "="
        assert r["quote"].lstrip("'") == raw.loc[int(r["row"]), "quote"]


def test_compare_filters_live_in_the_url(ds):
    at = open_page("compare")
    status = at.dataframe[0].value["status"].iloc[0].split(":")[0]
    at = open_page("compare", {"status": status, "country": "Atlantis"})
    no_errors(at)
    assert at.multiselect(key="qp:compare:status").value == [status]
    assert all(status in s for s in at.dataframe[0].value["status"])
    assert any("“Atlantis” is not in the data" in w.value for w in at.warning)


def test_progress_facts_hold_for_the_rows_in_the_data(ds):
    """Checked through the data's own rows: a goal already exceeded is met early; other base years never count."""
    obs = ds.observations
    directions = dict(zip(ds.indicators["indicator"], ds.indicators["direction"], strict=True))
    checked = 0
    for a in assess_all(obs, ds.indicators):
        same = obs[(obs["indicator"] == a.indicator) & (obs["region"] == a.region) & (obs["kind"] == "actual")]
        same = same[same["year"].notna() & (same["unit"] == a.unit)]
        base = same["base_year"].isna() if a.base_year is None else same["base_year"] == a.base_year
        series, others = same[base.fillna(False)], same[~base.fillna(False)]
        if series.empty and len(others):
            assert a.status == INSUFFICIENT and "different base year" in a.reason, a
            checked += 1
        if (
            len(series)
            and a.year is not None
            and a.qualifier in ("=", ">=")
            and directions.get(a.indicator) == "higher"
        ):
            latest = series.sort_values("year").iloc[-1]
            if latest["year"] < a.year and latest["value"] >= a.target:
                assert a.status == MET_EARLY, a
                checked += 1
        if a.progress_pct is not None and a.start is not None and a.status not in (MET_EARLY, "achieved"):
            expected = 100 * (a.latest.value - a.start.value) / (a.target - a.start.value)
            assert a.progress_pct == pytest.approx(expected)
            checked += 1
    if not checked:
        pytest.skip("the data holds no target whose progress can be checked against its rows")


# ------------------------------------------------------------------------------------------------ explorer


def charted_series(ds) -> pd.DataFrame:
    """(indicator, region) pairs with dated actuals and targets, most rows first."""
    obs = ds.observations[(ds.observations["indicator"] != "") & ds.observations["year"].notna()]
    kinds = obs.groupby(["indicator", "region"])["kind"].agg(["nunique", "size"]).reset_index()
    both = kinds[kinds["nunique"] == 2].sort_values(["size", "indicator"], ascending=[False, True])
    if both.empty:
        pytest.skip("the data holds no indicator with both dated actuals and targets")
    return both


def test_explorer_charts_actuals_and_targets_for_the_url_s_indicator(ds):
    indicator, region = charted_series(ds).iloc[0][["indicator", "region"]]
    at = open_page("explorer", {"indicator": indicator, "region": region})
    no_errors(at)
    assert at.selectbox(key="qp:explorer:indicator").value == indicator
    assert at.query_params["indicator"] == indicator and at.query_params["region"] == region
    roles = [t.get("meta", {}).get("role") for t in plotly_spec(at)["data"]]
    assert "actual" in roles and "target" in roles
    rows = ds.observations[(ds.observations["indicator"] == indicator) & (ds.observations["region"] == region)]
    shown = at.dataframe[-1].value
    assert sorted(shown["row"]) == sorted(rows["row"])
    assert set(shown["quote"]) == set(rows["quote"])


def test_explorer_choice_updates_chart_and_url(ds):
    at = open_page("explorer")
    no_errors(at)
    select = at.selectbox(key="qp:explorer:indicator")
    current = select.value
    other_id = sorted(i for i in ds.observations["indicator"].unique() if i and i != current)[0]
    select.select(other_id).run()
    no_errors(at)
    assert at.selectbox(key="qp:explorer:indicator").value == other_id
    assert at.query_params["indicator"] == other_id
    names = dict(zip(ds.indicators["indicator"], ds.indicators["name"], strict=True))
    assert plotly_spec(at)["layout"]["title"]["text"].startswith(names.get(other_id) or other_id)


def test_explorer_keeps_base_years_apart(ds):
    obs = ds.observations[ds.observations["indicator"] != ""]
    counts = obs.groupby(["indicator", "region"])["base_year"].nunique(dropna=False)
    mixed = counts[counts > 1]
    if mixed.empty:
        pytest.skip("the data holds no indicator with several base years")
    indicator, region = mixed.index[0]
    at = open_page("explorer", {"indicator": indicator, "region": region})
    names = [t["name"] for t in plotly_spec(at)["data"]]
    bases = {int(b) for b in obs[(obs["indicator"] == indicator) & (obs["region"] == region)]["base_year"].dropna()}
    for base in bases:
        assert any(f"change vs {base}" in n for n in names), names


# ------------------------------------------------------------------------------------------------ data


def download(at: AppTest, media, label: str) -> bytes:
    (button,) = [b for b in at.download_button if b.label.startswith(label)]
    return media.bytes_for(button.proto.url)


def test_data_filter_shows_and_downloads_exactly_the_filtered_rows(ds, media):
    at = open_page("data")
    no_errors(at)
    kind = sorted(ds.observations["kind"].unique())[-1]
    at.multiselect(key="qp:data:kind").select(kind).run()
    no_errors(at)
    expected = apply_filters(ds.observations, Filters(kinds=(kind,)))
    table = at.dataframe[0].value
    assert len(table) == len(expected) and set(table["kind"]) == {kind}
    assert at.query_params["kind"] == kind
    assert any(c.value.startswith(f"{len(expected)} of {len(ds.observations)} rows") for c in at.caption)

    data = download(at, media, "Download CSV")
    rows = list(csv.DictReader(io.StringIO(data.decode())))
    assert list(rows[0])[: len(OBSERVATIONS.fieldnames)] == OBSERVATIONS.fieldnames if rows else True
    assert len(rows) == len(expected) and {r["kind"] for r in rows} == {kind}
    source = {
        (r["doc"], r["char_start"], r["char_end"], r["value"]) for r in ds.raw.loc[expected.index].to_dict("records")
    }
    assert {(r["doc"], r["char_start"], r["char_end"], r["value"]) for r in rows} == source


def test_the_download_holds_exactly_what_observations_csv_holds(ds, dashboard_env, media):
    """Every contract column of the unfiltered download equals data/observations.csv's, cell for cell (the qualifier
    "=" included); the label columns follow."""
    at = open_page("data")
    no_errors(at)
    downloaded = pd.read_csv(io.BytesIO(download(at, media, "Download CSV")), dtype=str, keep_default_na=False)
    source = pd.read_csv(dashboard_env[0] / "observations.csv", dtype=str, keep_default_na=False)
    enumerated = [c.name for c in OBSERVATIONS.columns if c.values or c.type != "string"]
    pd.testing.assert_frame_equal(downloaded[enumerated], source[enumerated])
    assert (downloaded["qualifier"] == source["qualifier"]).all()
    guarded = downloaded["quote"].where(~downloaded["quote"].str.startswith("'="), downloaded["quote"].str[1:])
    assert (guarded == source["quote"]).all()
    assert {"indicator_name", "sector", "document_title"} <= set(downloaded.columns)
    assert not downloaded["document_title"].str.fullmatch(r"Skip to Main Content").any()


def test_data_table_shows_what_people_read_first_and_ids_on_demand(ds):
    at = open_page("data")
    assert list(at.dataframe[0].value.columns)[:5] == ["value", "unit", "qualifier", "year", "indicator name"]
    assert "char_start" not in at.dataframe[0].value.columns
    at.toggle(key="data-details").set_value(True).run()
    assert {"row", "doc", "char_start", "char_end", "value_raw"} <= set(at.dataframe[0].value.columns)


def test_a_row_link_from_sources_opens_that_row(ds):
    row = int(ds.observations["row"].iloc[-1])
    at = open_page("data", {"row": str(row)})
    no_errors(at)
    assert list(at.dataframe[0].value["value"]) == [ds.observations["value"].iloc[-1]]


def test_data_filters_come_from_the_url_and_go_into_the_zip(ds, media):
    word = ds.observations["quote"].str.split().explode().str.strip(",.;:()").str.lower().value_counts().index[0]
    year = int(ds.observations["year"].dropna().median())
    at = open_page("data", {"q": word, "from": str(year)})
    no_errors(at)
    assert at.text_input(key="qp:data:q").value == word
    expected = apply_filters(ds.observations, Filters(text=word, year_min=year))
    table = at.dataframe[0].value
    assert len(table) == len(expected)
    assert all(word in q.lower() for q in table["quote"])
    assert all(y >= year for y in table["year"])
    with zipfile.ZipFile(io.BytesIO(download(at, media, "Download ZIP"))) as zf:
        assert sorted(zf.namelist()) == ["README.md", "datapackage.json", "observations.csv"]
        readme = zf.read("README.md").decode()
        assert len(list(csv.DictReader(io.StringIO(zf.read("observations.csv").decode())))) == len(expected)
        assert json.loads(zf.read("datapackage.json"))["resources"][0]["name"] == "observations"
    assert f"quote contains: {word!r}" in readme and f"q={word}" in readme and f"from={year}" in readme


def test_data_text_search_widget(ds):
    at = open_page("data")
    word = str(ds.observations["unit"].iloc[0])
    at.text_input(key="qp:data:q").input(word).run()
    no_errors(at)
    assert at.query_params["q"] == word
    assert len(at.dataframe[0].value) == len(apply_filters(ds.observations, Filters(text=word)))


# ------------------------------------------------------------------------------------------------ sources


def test_sources_lists_documents_and_marks_every_number(ds):
    counts = ds.observations["doc"].value_counts()
    doc = counts.index[0]
    row = int(ds.observations[ds.observations["doc"] == doc]["row"].iloc[0])
    at = open_page("sources", {"doc": doc, "row": str(row)})
    no_errors(at)
    assert len(at.dataframe[0].value) == len(ds.documents)
    assert at.selectbox(key="qp:sources:doc").value == doc
    full = at.get("html")[-1].value
    rows = ds.observations[ds.observations["doc"] == doc]
    spans = rows[["char_start", "char_end"]].drop_duplicates()
    assert 0 < full.count("<mark") <= len(spans)
    assert f'id="row-{row}"' in full or f"#{row}<" in full or f" #{row}" in full
    assert any(f"Row #{row}" in i.value for i in at.info)


def test_sources_shows_document_text_as_text(tmp_path, monkeypatch):
    """A synthetic document with markup in it: the page must show the tags, not run them."""
    import hashlib

    from extract.schema import DOCUMENTS
    from extract.write import csv_bytes

    seeds, data = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir()
    text = "Title\nA <script>alert('x')</script> line <b>bold</b> with 42 units.\n"
    (seeds / "evil.txt").write_text(text, encoding="utf-8")
    sha = hashlib.sha256(text.encode()).hexdigest()
    start = text.index("42")
    obs = {name: "" for name in OBSERVATIONS.fieldnames}
    obs.update(
        doc="evil",
        region="China",
        kind="actual",
        year="2020",
        value="42",
        unit="count",
        qualifier="=",
        value_raw="42",
        quote="with 42 units",
        char_start=str(start),
        char_end=str(start + 2),
    )
    doc = {name: "" for name in DOCUMENTS.fieldnames}
    doc.update(doc="evil", file="evil.txt", title="Title", sha256=sha, status="ok", rows="1", bytes=str(len(text)))
    data.mkdir()
    (data / "observations.csv").write_bytes(csv_bytes(OBSERVATIONS, [obs]))
    (data / "documents.csv").write_bytes(csv_bytes(DOCUMENTS, [doc]))
    monkeypatch.setenv("CLIMATE_DATA_DIR", str(data))
    monkeypatch.setenv("CLIMATE_SEEDS_DIR", str(seeds))
    at = open_page("sources", {"doc": "evil"})
    no_errors(at)
    page = at.get("html")[-1].value
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert '<mark id="row-1"' in page and ">42</mark>" in page


def test_empty_data_explains_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIMATE_DATA_DIR", str(tmp_path / "nothing"))
    monkeypatch.setenv("CLIMATE_SEEDS_DIR", str(tmp_path / "no-seeds"))
    for page in PAGES:
        at = open_page(page)
        assert not at.exception
        assert any("No observations yet" in i.value for i in at.info)


# ------------------------------------------------------------------------------------------------ shared data


def fingerprint(dataset) -> tuple:
    """Columns, dtypes and a hash of every cell of the four tables: any in-place change shows."""
    frames = (dataset.observations, dataset.raw, dataset.documents, dataset.indicators)
    return tuple(
        (tuple(f.columns), tuple(map(str, f.dtypes)), int(pd.util.hash_pandas_object(f, index=True).sum()))
        for f in frames
    )


def test_no_page_changes_the_dataset_every_session_shares(ds):
    """app.data.load() hands all sessions one Dataset (st.cache_resource, not a copy): pages must only derive."""
    from app.data import load

    shared = load()
    before = fingerprint(shared)
    for page in PAGES:
        no_errors(open_page(page))
    at = open_page("explorer")
    other = sorted(i for i in ds.observations["indicator"].unique() if i)[-1]
    at.selectbox(key="qp:explorer:indicator").select(other).run()
    at = open_page("data")
    at.multiselect(key="qp:data:kind").select(sorted(ds.observations["kind"].unique())[-1]).run()
    at.text_input(key="qp:data:q").input("2030").run()
    first = ds.observations.iloc[0]
    no_errors(open_page("sources", {"doc": first["doc"], "row": str(first["row"])}))
    assert load() is shared, "the pages must have read the very object checked here"
    assert fingerprint(shared) == before


# ------------------------------------------------------------------------------------------------ links


def test_sources_opens_on_the_richest_document_and_every_mark_leads_to_its_row(ds):
    at = open_page("sources")
    no_errors(at)
    richest = ds.observations["doc"].value_counts().index[0]
    assert at.selectbox(key="qp:sources:doc").value == richest
    page = at.get("html")[-1].value
    rows = ds.observations[ds.observations["doc"] == richest]
    first = int(rows.sort_values("char_start")["row"].iloc[0])
    assert f'<a href="sources?doc={richest}&amp;row={first}" target="_self"' in page
    titles = set(at.dataframe[0].value["title"])
    assert "Skip to Main Content" not in titles, "titles skip page boilerplate"


def test_a_selected_number_links_to_data_explorer_and_goals(ds):
    target = ds.observations[(ds.observations["kind"] == "target") & (ds.observations["indicator"] != "")].iloc[0]
    at = open_page("sources", {"doc": target["doc"], "row": str(target["row"])})
    no_errors(at)
    (info,) = [i.value for i in at.info if f"Row #{target['row']}" in i.value]
    assert f"[Data row](data?row={target['row']})" in info
    assert f"explorer?indicator={target['indicator']}" in info and f"goal={target['row']}" in info


def test_explorer_draws_several_regions_and_reports_unknown_ones(ds):
    obs = ds.observations[(ds.observations["indicator"] != "") & ds.observations["year"].notna()]
    counts = obs.groupby("indicator")["region"].nunique()
    if counts.max() < 2:
        pytest.skip("the data holds no indicator charted for two regions")
    indicator = counts.idxmax()
    regions = sorted(obs[obs["indicator"] == indicator]["region"].unique())[:2]
    at = open_page("explorer", {"indicator": indicator, "region": [*regions, "Atlantis"]})
    no_errors(at)
    assert at.multiselect(key="qp:explorer:region").value == regions
    drawn = {t.get("meta", {}).get("region") for t in plotly_spec(at)["data"]}
    assert drawn == set(regions)
    assert any("“Atlantis” is not in the data" in w.value for w in at.warning)


def test_a_link_naming_an_upload_of_another_session_says_so(ds):
    at = open_page("sources", {"doc": "upload:plan"})
    no_errors(at)
    (warning,) = [w.value for w in at.warning if "upload:plan" in w.value]
    assert "Uploads live only in the browser session that made them" in warning


def test_an_unknown_indicator_in_the_link_is_reported_not_silently_replaced(ds):
    at = open_page("data", {"indicator": "no_such_indicator"})
    no_errors(at)
    assert any("“no_such_indicator” is not in the data" in w.value for w in at.warning)
    at = open_page("explorer", {"indicator": "no_such_indicator"})
    assert any("“no_such_indicator” is not in the data" in w.value for w in at.warning)


def test_a_skipped_document_says_why_and_shows_its_text(tmp_path, monkeypatch):
    """documents.csv status `skipped` (a language the extractor does not read): no error, the reason, the text."""
    import hashlib

    from extract.schema import DOCUMENTS
    from extract.write import csv_bytes

    seeds, data = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir(), data.mkdir()
    text = "Contribution nationale\nLe pays réduira ses émissions de 30 % d'ici 2030.\n"
    (seeds / "fr.txt").write_text(text, encoding="utf-8")
    doc = dict.fromkeys(DOCUMENTS.fieldnames, "")
    doc.update(
        doc="fr",
        file="fr.txt",
        title="Contribution nationale",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        status="skipped",
        error="language fr (French): the extractor reads English and Chinese only",
        rows="0",
    )
    obs = dict.fromkeys(OBSERVATIONS.fieldnames, "")
    obs.update(doc="other", region="China", kind="actual", year="2020", value="1", unit="%", qualifier="=")
    (data / "observations.csv").write_bytes(csv_bytes(OBSERVATIONS, [obs]))
    (data / "documents.csv").write_bytes(csv_bytes(DOCUMENTS, [doc]))
    monkeypatch.setenv("CLIMATE_DATA_DIR", str(data))
    monkeypatch.setenv("CLIMATE_SEEDS_DIR", str(seeds))
    monkeypatch.setenv("CLIMATE_CACHE_DIR", str(tmp_path / "cache"))
    at = open_page("sources", {"doc": "fr"})
    no_errors(at)
    assert any("fr.txt was not mined: language fr (French)" in i.value for i in at.info)
    assert "Le pays réduira ses émissions" in at.get("html")[-1].value


def test_explorer_states_plainly_when_nothing_has_a_year(tmp_path, monkeypatch):
    from extract.write import csv_bytes

    data = tmp_path / "data"
    data.mkdir()
    obs = dict.fromkeys(OBSERVATIONS.fieldnames, "")
    obs.update(doc="d", indicator="ind", region="China", kind="target", value="5", unit="%", qualifier="=")
    (data / "observations.csv").write_bytes(csv_bytes(OBSERVATIONS, [obs]))
    monkeypatch.setenv("CLIMATE_DATA_DIR", str(data))
    monkeypatch.setenv("CLIMATE_SEEDS_DIR", str(tmp_path / "no-seeds"))
    monkeypatch.setenv("CLIMATE_CACHE_DIR", str(tmp_path / "cache"))
    at = open_page("explorer", {"indicator": "ind"})
    no_errors(at)
    assert not at.get("plotly_chart")
    assert any("has a year: nothing to chart" in i.value for i in at.info)


def test_a_goal_of_another_country_is_dropped_quietly_after_the_first_view(ds):
    merged = assess_all(ds.observations, ds.indicators)
    a = next(a for a in merged if a.actual_rows)
    at = open_page("goals", {"goal": str(a.row)})
    assert at.query_params["goal"] == str(a.row)
    at = open_page("goals", {"goal": "999999"})
    assert any("“999999” is not in the data" in w.value for w in at.warning)
    assert "goal" not in at.query_params
    at.query_params["goal"] = "999999"
    at.run()
    assert not at.warning and "goal" not in at.query_params
