"""Languages and copies: a document the extractor cannot read is skipped with its reason, a copy is listed once.

Every sentence is written for these tests.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from extract.catalogue import DEFAULT_CATALOGUE, load_catalogue
from extract.cli import main
from extract.language import _LETTER, _count_letters, detect, not_read_reason
from extract.pipeline import process_file

FRENCH = (
    "Le Sénégal s'engage à réduire ses émissions de gaz à effet de serre de 7 % d'ici 2030 par rapport au scénario "
    "de référence. La superficie reboisée atteindra 800 000 ha et les investissements 2 milliards de dollars. "
    "Les énergies renouvelables représenteront une part importante de la production d'électricité du pays."
)
SPANISH = (
    "El país reducirá sus emisiones de gases de efecto invernadero en un 20 % para 2030 con respecto al escenario "
    "tendencial. Se restaurarán 500 000 hectáreas de bosques con una inversión de 3 millones de dólares y la "
    "capacidad solar instalada alcanzará 2 GW gracias a la cooperación internacional."
)
ENGLISH = (
    "The country will reduce its greenhouse gas emissions by 20% by 2030 compared with the business-as-usual "
    "scenario. Solar capacity reached 2 GW in 2022 and forest cover will be restored on 500,000 hectares, "
    "with support from international partners and the private sector."
)
CHINESE = "到2030年，我国风电、太阳能发电总装机容量将达到12亿千瓦以上，非化石能源占一次能源消费比重将达到25%左右。"


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (SPANISH, "es"), (ENGLISH, "en"), (CHINESE, "zh")])
def test_languages_are_detected(text: str, code: str) -> None:
    assert detect(text).code == code


def test_only_english_and_chinese_are_read() -> None:
    assert "fr (French" in (not_read_reason(detect(FRENCH)) or "")
    assert "reads English and Chinese only" in (not_read_reason(detect(SPANISH)) or "")
    assert not_read_reason(detect(ENGLISH)) is None
    assert not_read_reason(detect(CHINESE)) is None


def test_a_short_text_is_read_whatever_its_guess() -> None:
    """A heading or one line is too little to refuse a document on."""
    assert not_read_reason(detect("Capacité solaire 2 GW")) is None


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(DEFAULT_CATALOGUE)


def test_a_french_document_is_skipped_with_no_rows(tmp_path: Path, catalogue) -> None:
    path = tmp_path / "SEN-first_ndc-FR.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = process_file(path, catalogue)
    doc = result.document
    assert (doc["status"], doc["rows"], doc["language"], doc["country"]) == ("skipped", "0", "fr", "Senegal")
    assert "French" in doc["error"] and result.observations == []


def table(out: Path, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((out / name).read_text(encoding="utf-8"))))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An English plan, a byte-identical copy filed by another party, a second copy, and a French plan."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "KEN-plan.txt").write_text(ENGLISH, encoding="utf-8")
    shutil.copy(seeds / "KEN-plan.txt", seeds / "UGA-plan.txt")
    shutil.copy(seeds / "KEN-plan.txt", seeds / "zz-copy.txt")
    (seeds / "SEN-plan.txt").write_text(FRENCH, encoding="utf-8")
    return seeds


@pytest.mark.parametrize("argv", [["--workers", "1", "--no-cache"], ["--workers", "2", "--no-cache"]])
def test_copies_point_to_the_first_and_emit_no_rows(folder: Path, tmp_path: Path, argv: list[str]) -> None:
    out = tmp_path / "out"
    assert main(["--seeds", str(folder), "--out", str(out), "--quiet", *argv]) == 0  # skipped is not failed
    docs = {d["doc"]: d for d in table(out, "documents.csv")}
    assert docs["KEN-plan"]["status"] == "ok" and int(docs["KEN-plan"]["rows"]) > 0
    for copy in ("UGA-plan", "zz-copy"):
        assert (docs[copy]["status"], docs[copy]["duplicate_of"], docs[copy]["rows"]) == ("skipped", "KEN-plan", "0")
    assert docs["UGA-plan"]["country"] == "Uganda"  # its own file name says whose copy it is
    assert docs["SEN-plan"]["status"] == "skipped" and docs["SEN-plan"]["duplicate_of"] == ""
    assert {r["doc"] for r in table(out, "observations.csv")} == {"KEN-plan"}
    assert {r["region"] for r in table(out, "observations.csv")} <= {"Kenya"}


def test_copies_are_found_on_a_warm_cache_too(folder: Path, tmp_path: Path) -> None:
    cold, warm = tmp_path / "cold", tmp_path / "warm"
    cache = ["--cache", str(tmp_path / "cache"), "--workers", "1", "--quiet"]
    assert main(["--seeds", str(folder), "--out", str(cold), *cache]) == 0
    shutil.copy(folder / "KEN-plan.txt", folder / "AAA-copy.txt")  # now the first copy in name order
    assert main(["--seeds", str(folder), "--out", str(warm), *cache]) == 0
    docs = {d["doc"]: d for d in table(warm, "documents.csv")}
    assert docs["AAA-copy"]["duplicate_of"] == "" and docs["KEN-plan"]["duplicate_of"] == "AAA-copy"
    assert {r["doc"] for r in table(warm, "observations.csv")} == {"AAA-copy"}


@pytest.mark.parametrize(
    "text",
    ["", "abc XYZ 123 _", "Émissions réduites de 7 % d'ici 2030", "x² ½ Ⅻ ٣ ३ e\u0301", "到2030年，非化石能源占25%",
     "Россия и مصر_العربية", "\ud800 lone surrogate", FRENCH + CHINESE],
)  # fmt: skip
def test_letters_are_counted_as_the_letter_pattern_finds_them(text: str) -> None:
    assert _count_letters(text) == len(_LETTER.findall(text))
