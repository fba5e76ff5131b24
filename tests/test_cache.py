"""The content-addressed cache: unchanged documents are not extracted again, and a bad entry is never served."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import extract.cache as cache_mod
import extract.pipeline as pipeline
from extract.cache import Cache, Entry, code_fingerprint, decode_entry, encode_entry
from extract.catalogue import DEFAULT_CATALOGUE, load_catalogue
from extract.pipeline import run_extraction

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUTS = ("observations.csv", "documents.csv", "indicators.csv", "datapackage.json")
DOCS = ("000_a0ddba3dd97cc7c7.txt", "003_5f1adda7c17a3a7d.txt", "004_b2650ebd95d6b367.txt")


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(DEFAULT_CATALOGUE)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in DOCS:
        shutil.copy(SEEDS / name, folder / name)
    return folder


def extract(seeds: Path, out: Path, cache_dir: Path | None, catalogue, catalogue_bytes: bytes = b"cat"):
    return run_extraction(seeds, out, catalogue, cache=Cache(cache_dir, catalogue_bytes))


def outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def forbid_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(doc, catalogue):
        raise AssertionError(f"{doc.file} was extracted again")

    monkeypatch.setattr(pipeline, "extract_document", fail)


def test_second_run_extracts_nothing_and_writes_the_same_bytes(
    tmp_path: Path, seeds: Path, catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = extract(seeds, tmp_path / "cold", tmp_path / "cache", catalogue)
    assert (first.extracted, first.cached) == (3, 0)
    forbid_extraction(monkeypatch)
    second = extract(seeds, tmp_path / "warm", tmp_path / "cache", catalogue)
    assert (second.extracted, second.cached) == (0, 3)
    assert not second.failed
    assert outputs(tmp_path / "warm") == outputs(tmp_path / "cold")


def test_changed_document_catalogue_or_name_misses(tmp_path: Path, seeds: Path, catalogue) -> None:
    cache = tmp_path / "cache"
    extract(seeds, tmp_path / "out", cache, catalogue)
    with (seeds / DOCS[1]).open("a", encoding="utf-8") as fh:
        fh.write("\nBy 2030 wind and solar capacity will exceed 1,200 GW.\n")
    assert extract(seeds, tmp_path / "out", cache, catalogue).extracted == 1
    (seeds / DOCS[2]).rename(seeds / "renamed.txt")  # the name is the doc id, so it is part of the key
    assert extract(seeds, tmp_path / "out", cache, catalogue).extracted == 1
    assert extract(seeds, tmp_path / "out", cache, catalogue, catalogue_bytes=b"cat v2").extracted == 3


def test_code_change_invalidates(tmp_path: Path) -> None:
    assert Cache(tmp_path, b"c", "code v1").key("a.txt", "00") != Cache(tmp_path, b"c", "code v2").key("a.txt", "00")


def test_fingerprint_covers_extractor_source_but_not_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "extract"
    shutil.copytree(cache_mod.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_mod, "PACKAGE_DIR", package)

    def fingerprint() -> str:
        code_fingerprint.cache_clear()
        return code_fingerprint()

    try:
        base = fingerprint()
        (package / "cli.py").write_text("# the CLI does not decide the output\n", encoding="utf-8")
        (package / "__pycache__").mkdir()
        (package / "__pycache__" / "x.pyc").write_bytes(b"junk")
        assert fingerprint() == base
        with (package / "extractor.py").open("a", encoding="utf-8") as fh:
            fh.write("\n# a change to the extractor\n")
        changed = fingerprint()
        assert changed != base
        (package / "units_table.yaml").write_text("kW: 1e-6\n", encoding="utf-8")  # data the extractor may load
        assert fingerprint() != changed
    finally:
        code_fingerprint.cache_clear()


def entry_files(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.entry"))


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_damaged_entry_is_recomputed_not_served(tmp_path: Path, seeds: Path, catalogue, damage: str) -> None:
    cache = tmp_path / "cache"
    extract(seeds, tmp_path / "cold", cache, catalogue)
    victim = max(entry_files(cache), key=lambda p: p.stat().st_size)
    blob = victim.read_bytes()
    victim.write_bytes(
        {
            "truncate": blob[: len(blob) * 2 // 3],
            "flip": blob[:-10] + bytes([blob[-10] ^ 1]) + blob[-9:],
            "empty": b"",
            "garbage": b"\x00" * 100,
        }[damage]
    )
    again = extract(seeds, tmp_path / "warm", cache, catalogue)
    assert (again.extracted, again.cached) == (1, 2)
    assert outputs(tmp_path / "warm") == outputs(tmp_path / "cold")
    assert victim.read_bytes() == blob  # rewritten whole


def test_entries_are_written_atomically_and_validated(tmp_path: Path, seeds: Path, catalogue) -> None:
    cache = tmp_path / "cache"
    extract(seeds, tmp_path / "out", cache, catalogue)
    assert len(entry_files(cache)) == len(DOCS)
    assert [p for p in cache.rglob("*") if p.is_file() and p.suffix != ".entry"] == [], "temporary files left"
    entry = Entry({"doc": "d", "status": "ok"}, 2, b"a,b\nc,d\n")
    blob = encode_entry(entry, "k1")
    assert decode_entry(blob, "k1") == entry
    assert decode_entry(blob, "k2") is None  # an entry under the wrong name is not trusted either
    assert decode_entry(blob.replace(b"extract-cache/1", b"extract-cache/0"), "k1") is None


def test_no_cache_reads_and_writes_nothing(tmp_path: Path, seeds: Path, catalogue) -> None:
    summary = run_extraction(seeds, tmp_path / "out", catalogue, cache=Cache(None, b"cat"))
    assert summary.extracted == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "seeds"]


def test_unwritable_cache_only_loses_the_caching(tmp_path: Path, seeds: Path, catalogue) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    summary = extract(seeds, tmp_path / "out", blocker, catalogue)
    assert summary.extracted == 3 and not summary.failed
    assert (tmp_path / "out" / "observations.csv").exists()


def test_errors_from_the_bytes_are_cached_but_unreadable_files_are_not(
    tmp_path: Path, seeds: Path, catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    (seeds / "empty.txt").write_bytes(b"")
    cache = tmp_path / "cache"
    assert extract(seeds, tmp_path / "out", cache, catalogue).extracted == 4
    forbid_extraction(monkeypatch)
    again = extract(seeds, tmp_path / "out", cache, catalogue)
    assert again.extracted == 0 and len(again.failed) == 1
