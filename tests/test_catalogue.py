"""The indicator catalogue: the real file loads and covers the gold ids; every broken file gets a one-line error."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from extract.catalogue import CANONICAL_UNITS, DEFAULT_CATALOGUE, Catalogue, CatalogueError, load_catalogue
from extract.schema import INDICATORS

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "seeds_gold.csv"

VALID = """\
version: 1
vocabulary:
  wind: &wind 'wind\\b|windpower'
indicators:
  wind_capacity:
    name: Wind power installed capacity
    sector: energy
    unit: GW
    direction: higher
    description: Cumulative installed capacity of wind power.
    match: [{near: [*wind]}]
"""


def _gold_rows() -> list[dict[str, str]]:
    with GOLD.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def _write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "indicators.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _error(tmp_path: Path, text: str | bytes) -> CatalogueError:
    path = _write(tmp_path, text)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path)
    message = str(info.value)
    assert "\n" not in message, message
    assert message.startswith(f"{path}: "), message
    assert "; " in message, message
    return info.value


# ------------------------------------------------------------------------------------------ the real file ----


def test_real_catalogue_loads(catalogue: Catalogue) -> None:
    assert catalogue.path == DEFAULT_CATALOGUE
    assert len(catalogue.indicators) >= 200


def test_covers_every_gold_indicator_in_its_unit(catalogue: Catalogue) -> None:
    for row in _gold_rows():
        indicator = catalogue.indicators.get(row["indicator"])
        assert indicator is not None, f"gold id {row['indicator']} missing from the catalogue"
        assert row["unit"] in indicator.accepted_units, f"{row['indicator']}: gold unit {row['unit']}"


def test_global_share_ids_are_world_shares(catalogue: Catalogue) -> None:
    for ind in catalogue.indicators.values():
        assert ind.world_share == ind.id.endswith("_global_share"), ind.id


def test_rows_match_indicators_csv_schema(catalogue: Catalogue) -> None:
    rows = catalogue.rows()
    assert [r["indicator"] for r in rows] == sorted(catalogue.indicators)
    assert all(list(r) == INDICATORS.fieldnames for r in rows)
    assert all(r["unit"] in CANONICAL_UNITS and r["direction"] in ("higher", "lower", "none") for r in rows)
    assert all(r["name"] and r["sector"] and r["description"] for r in rows)


def test_common_ndc_indicators_present(catalogue: Catalogue) -> None:
    for key in ("ghg_emissions", "ghg_emissions_reduction", "net_zero_year", "renewable_share_electricity_generation",
                "coal_power_capacity", "ev_share_new_sales", "methane_emissions_reduction", "wind_capacity",
                "solar_capacity", "nuclear_capacity", "hydro_capacity", "emissions_per_capita_reduction"):  # fmt: skip
        assert key in catalogue.indicators


def test_catalogue_holds_no_values() -> None:
    """Only unit definitions and names carry digits (10,000 yuan, 2010 prices, PM2.5, 5G, top 10/15/50, CO2)."""
    allowed = {"1", "2", "3", "4", "5", "10", "15", "50", "10,000", "2010", "19", "20"}  # 1-3: ratio positions
    text = DEFAULT_CATALOGUE.read_text(encoding="utf-8")
    body = "\n".join(line.split(" #")[0] for line in text.splitlines() if not line.lstrip().startswith("#"))
    numbers = set(re.findall(r"(?<![\w\\])\d[\d,.]*\d|(?<![\w\\])\d", body))
    assert numbers <= allowed, f"numbers in the catalogue that look like values: {sorted(numbers - allowed)}"


# ------------------------------------------------------------------------------------------ a small file ----


def test_minimal_file_loads(tmp_path: Path) -> None:
    cat = load_catalogue(_write(tmp_path, VALID))
    ind = cat.indicators["wind_capacity"]
    assert (ind.unit, ind.direction, ind.measure, ind.world_share) == ("GW", "higher", "level", False)
    assert cat.classify("Wind capacity reached 400 GW.", 22, 28, "GW") == "wind_capacity"


def test_python_tags_refused(tmp_path: Path) -> None:
    err = _error(tmp_path, VALID + "evil: !!python/object/apply:os.system ['echo hacked']\n")
    assert "tag" in err.problem and "line 12" in err.where


@pytest.mark.parametrize(
    "value",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/new:os.system ['touch {marker}']",
        "!!python/object/apply:subprocess.check_call [['touch', '{marker}']]",
        "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
        "!!python/name:os.system",
        "!!python/module:os",
    ],
    ids=["apply", "new", "subprocess", "verbatim-tag", "name", "module"],
)
def test_python_tags_are_refused_with_the_file_named_and_never_run(tmp_path: Path, value: str) -> None:
    """Safe loading: the tag is an error naming the file, the line and the fix; the command never runs."""
    marker = tmp_path / "ran"
    err = _error(tmp_path, VALID + f"evil: {value.format(marker=marker)}\n")
    assert not marker.exists()
    assert str(err).startswith(f"{tmp_path / 'indicators.yaml'}: line 12, column 7: YAML tag refused: ")
    assert str(err).endswith("; remove the tag: plain YAML only")


def test_cli_with_a_python_tag_in_the_catalogue_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from extract.cli import main

    marker = tmp_path / "ran"
    path = _write(tmp_path, VALID + f"evil: !!python/object/apply:os.system ['touch {marker}']\n")
    argv = ["--seeds", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--catalogue", str(path), "--no-cache"]
    assert main([*argv, "--quiet"]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "YAML tag refused" in err
    assert not marker.exists() and not (tmp_path / "out").exists()


# ------------------------------------------------------------------------------------- every error case ----

ERRORS = [
    # (edit applied to VALID, expected key path, expected words in the message)
    ("", "(document)", "empty"),
    ("# only a comment\n", "(document)", "empty"),
    ("- a\n- b\n", "(document)", "not a mapping"),
    ("indicators: [\n", "line 2, column 1", "YAML syntax error"),
    ("a: b\n  c: d\n", "line 2, column 4", "YAML syntax error"),
    (VALID.replace("version: 1", "version: 2"), "version", "unsupported version"),
    (VALID.replace("indicators:", "indicator:"), "indicator", "did you mean 'indicators'"),
    ("version: 1\n", "indicators", "missing required key"),
    ("indicators: {}\n", "indicators", "no indicators"),
    ("indicators: [a]\n", "indicators", "expected a mapping, got list"),
    (VALID.replace("  wind_capacity:", "  WindCapacity:"), "indicators.WindCapacity", "snake_case"),
    (VALID.replace("  wind_capacity:", "  wind-capacity:"), "indicators.wind-capacity", "snake_case"),
    (VALID.replace("  wind_capacity:", "  1:"), "indicators.1", "snake_case"),
    (VALID.replace("    direction:", "    dirction:"), "indicators.wind_capacity.dirction", "did you mean 'direction'"),
    (VALID.replace("    unit: GW\n", ""), "indicators.wind_capacity.unit", "missing required key"),
    (VALID.replace("unit: GW", "unit: gigawatts"), "indicators.wind_capacity.unit", "not a canonical unit"),
    (VALID.replace("unit: GW", "unit: Gw"), "indicators.wind_capacity.unit", "did you mean 'GW'"),
    (VALID.replace("direction: higher", "direction: up"), "indicators.wind_capacity.direction", "not a direction"),
    (VALID + "    measure: stock\n", "indicators.wind_capacity.measure", "not a measure"),
    (VALID + "    units: [furlongs]\n", "indicators.wind_capacity.units[0]", "not a canonical unit"),
    (VALID + "    units: GW\n", "indicators.wind_capacity.units", "expected a list, got string"),
    (VALID + "    world_share: 'yes'\n", "indicators.wind_capacity.world_share", "expected a boolean"),
    (VALID.replace("name: Wind power installed capacity", "name: 5"), "indicators.wind_capacity.name",
     "expected a string, got integer"),
    (VALID.replace("name: Wind power installed capacity", "name: ' '"), "indicators.wind_capacity.name", "empty"),
    (VALID.replace("match: [{near: [*wind]}]", "match: {near: [wind]}"), "indicators.wind_capacity.match",
     "expected a list, got mapping"),
    (VALID.replace("match: [{near: [*wind]}]", "match: []"), "indicators.wind_capacity.match", "no rules"),
    (VALID.replace("match: [{near: [*wind]}]", "match: [wind]"), "indicators.wind_capacity.match[0]",
     "expected a mapping"),
    (VALID.replace("{near: [*wind]}", "{near_words: [wind]}"), "indicators.wind_capacity.match[0].near_words",
     "did you mean 'near'"),
    (VALID.replace("{near: [*wind]}", "{none: [solar]}"), "indicators.wind_capacity.match[0]", "no 'near'"),
    (VALID.replace("{near: [*wind]}", "{near: [wind, 'capacit(y']}"), "indicators.wind_capacity.match[0].near[1]",
     "invalid regular expression"),
    (VALID.replace("{near: [*wind]}", "{near: [wind], none: ['x|']}"), "indicators.wind_capacity.match[0].none[0]",
     "matches empty text"),
    (VALID.replace("{near: [*wind]}", "{near: [wind, '']}"), "indicators.wind_capacity.match[0].near[1]",
     "expected a keyword pattern"),
    (VALID.replace("{near: [*wind]}", "{near: [wind, 3]}"), "indicators.wind_capacity.match[0].near[1]",
     "expected a keyword pattern"),
    (VALID.replace("{near: [*wind]}", "{context: [x], position: 0}"), "indicators.wind_capacity.match[0].position",
     "not a ratio position"),
    (VALID.replace("{near: [*wind]}", "{context: [x], position: one}"), "indicators.wind_capacity.match[0].position",
     "expected a integer"),
    (VALID.replace("'wind\\b|windpower'", "'wind('"), "vocabulary.wind", "invalid regular expression"),
    (VALID + "  wind_capacity:\n    name: again\n", "indicators.wind_capacity", "duplicate key"),
    (VALID.replace("    sector: energy\n", "    sector: energy\n    sector: power\n"),
     "indicators.wind_capacity.sector", "duplicate key"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "where", "words"), ERRORS, ids=[f"{e[1]}-{e[2]}" for e in ERRORS])
def test_error_names_key_and_fix(tmp_path: Path, text: str, where: str, words: str) -> None:
    err = _error(tmp_path, text)
    assert err.where == where, str(err)
    assert words in str(err), str(err)
    assert err.fix, str(err)


def test_duplicate_id_reports_line(tmp_path: Path) -> None:
    err = _error(tmp_path, VALID + "  wind_capacity:\n    name: again\n")
    assert "line 12" in err.problem


def test_unreadable_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(CatalogueError) as info:
        load_catalogue(missing)
    assert str(info.value).startswith(f"{missing}: (file): cannot read")
    with pytest.raises(CatalogueError, match="cannot read"):
        load_catalogue(tmp_path)  # a folder


def test_not_utf8(tmp_path: Path) -> None:
    err = _error(tmp_path, VALID.encode() + b"# caf\xe9\n")
    assert err.where == "(file)" and "UTF-8" in str(err)


def test_message_format(tmp_path: Path) -> None:
    err = _error(tmp_path, VALID.replace("unit: GW", "unit: gigawatts"))
    path = tmp_path / "indicators.yaml"
    assert str(err) == (
        f"{path}: indicators.wind_capacity.unit: 'gigawatts' is not a canonical unit; "
        f"use one of: {', '.join(CANONICAL_UNITS)}"
    )
