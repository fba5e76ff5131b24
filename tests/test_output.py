"""The output files: exactly per extract/schema.py, deterministic, atomic, and the committed data/ up to date."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
from pathlib import Path

import pytest

import extract.write
from extract.catalogue import DEFAULT_CATALOGUE, load_catalogue
from extract.cli import main
from extract.pipeline import observation_sort_key
from extract.read import read_document
from extract.schema import DOCUMENTS, INDICATORS, OBSERVATIONS, TABLES, datapackage

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
OUTPUTS = ("observations.csv", "documents.csv", "indicators.csv", "datapackage.json")


def run(out: Path, *extra: str, seeds: Path = SEEDS) -> int:
    return main(["--seeds", str(seeds), "--out", str(out), "--workers", "1", "--no-cache", "--quiet", *extra])


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    assert run(folder) == 0
    return folder


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A one-document seeds folder and its output, for the tests that break the writer."""
    seeds, out = tmp_path_factory.mktemp("tiny_seeds"), tmp_path_factory.mktemp("tiny_out")
    shutil.copy(SEEDS / "004_b2650ebd95d6b367.txt", seeds)
    assert run(out, seeds=seeds) == 0
    return seeds, out


def rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    text = path.read_bytes().decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader.fieldnames or []), list(reader)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_csv_columns_and_encoding_follow_the_schema(out: Path, table) -> None:
    raw = (out / table.path).read_bytes()
    assert b"\r" not in raw.replace(b'\r"', b""), "CRLF line endings"
    assert raw.endswith(b"\n") and not raw.startswith(b"\xef\xbb\xbf")
    header, body = rows(out / table.path)
    assert header == table.fieldnames
    for row in body:
        assert None not in row, f"{table.path}: a row has more fields than the header"
        for col in table.columns:
            value = row[col.name]
            if col.required:
                assert value != "", f"{table.path}: required column {col.name} empty in {row}"
            if value and col.type == "integer":
                int(value)
            if value and col.type == "number":
                float(value)


def test_rows_are_sorted(out: Path) -> None:
    _, observations = rows(out / OBSERVATIONS.path)
    assert observations == sorted(observations, key=observation_sort_key)
    _, documents = rows(out / DOCUMENTS.path)
    assert [d["doc"] for d in documents] == sorted(d["doc"] for d in documents)
    _, indicators = rows(out / INDICATORS.path)
    assert indicators == load_catalogue(DEFAULT_CATALOGUE).rows()


def test_datapackage_is_generated_from_the_schema(out: Path) -> None:
    from extract import __version__

    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package == datapackage(__version__)
    for resource in package["resources"]:
        header, _ = rows(out / resource["path"])
        assert header == [f["name"] for f in resource["schema"]["fields"]]


def test_documents_and_observations_agree_with_the_files(out: Path) -> None:
    _, documents = rows(out / DOCUMENTS.path)
    _, observations = rows(out / OBSERVATIONS.path)
    texts = {}
    for d in documents:
        data = (SEEDS / d["file"]).read_bytes()
        assert d["sha256"] == hashlib.sha256(data).hexdigest() and d["bytes"] == str(len(data))
        texts[d["doc"]] = read_document(SEEDS / d["file"], data).text
        assert int(d["rows"]) == sum(o["doc"] == d["doc"] for o in observations)
    for o in observations:
        start, end = int(o["char_start"]), int(o["char_end"])
        assert texts[o["doc"]][start:end] == o["value_raw"], o


def test_writer_failing_midway_keeps_old_files_and_leaves_no_temp_files(
    tmp_path: Path, tiny: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The disk fills up while the second file is being written: every old file stays, whole."""
    target = tmp_path / "data"
    target.mkdir()
    before = {name: b"old " + name.encode() + b"\n" for name in OUTPUTS}  # differs from a run, so all are rewritten
    for name, data in before.items():
        (target / name).write_bytes(data)
    real_fsync, calls = os.fsync, []

    def full_disk(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(extract.write.os, "fsync", full_disk)
    assert run(target, seeds=tiny[0]) == 2
    assert len(calls) == 2
    assert {name: (target / name).read_bytes() for name in OUTPUTS} == before
    assert sorted(os.listdir(target)) == sorted(OUTPUTS), "temporary files left behind"
    err = capsys.readouterr().err
    assert "No space left on device" in err and "no output file replaced" in err


class HalfThenFail(list):
    """File content whose second chunk cannot be produced: the temporary file is half written when it fails."""

    def __iter__(self):
        yield self[0]
        raise OSError(5, "Input/output error")


def test_half_written_temporary_file_is_removed(tmp_path: Path) -> None:
    for name in ("a.csv", "b.csv", "c.csv"):
        (tmp_path / name).write_bytes(b"old\n")
    files = {"a.csv": b"new\n", "b.csv": HalfThenFail([b"x,y\n", b"1,2\n"]), "c.csv": b"new\n"}
    with pytest.raises(OSError, match="Input/output error"):
        extract.write.write_outputs(tmp_path, files)
    assert sorted(os.listdir(tmp_path)) == ["a.csv", "b.csv", "c.csv"]
    assert all((tmp_path / n).read_bytes() == b"old\n" for n in ("a.csv", "b.csv", "c.csv"))


def test_new_files_get_ordinary_permissions_and_replaced_ones_keep_theirs(tmp_path: Path) -> None:
    (tmp_path / "kept.csv").write_bytes(b"old\n")
    os.chmod(tmp_path / "kept.csv", 0o640)
    extract.write.write_outputs(tmp_path, {"kept.csv": b"new\n", "fresh.csv": b"new\n"})
    assert (tmp_path / "kept.csv").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "fresh.csv").stat().st_mode & 0o777 == 0o666 & ~extract.write._umask()


def test_crash_between_renames_leaves_each_file_whole(
    tmp_path: Path, tiny: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a failure while renaming leaves every file either wholly old or wholly new."""
    target = tmp_path / "data"
    target.mkdir()
    old = {name: b"old\n" for name in OUTPUTS}
    for name, data in old.items():
        (target / name).write_bytes(data)
    real_replace, renamed = os.replace, []

    def crashing_replace(src: str, dst: Path) -> None:
        if len(renamed) == 2:
            raise KeyboardInterrupt  # the process is killed half-way through the renames
        real_replace(src, dst)
        renamed.append(Path(dst).name)

    monkeypatch.setattr(extract.write.os, "replace", crashing_replace)
    assert run(target, seeds=tiny[0]) == 130  # Ctrl-C: "interrupted", exit 130
    assert len(renamed) == 2
    for name in OUTPUTS:
        data = (target / name).read_bytes()
        assert data == ((tiny[1] / name).read_bytes() if name in renamed else old[name])


def test_committed_data_is_fresh(out: Path) -> None:
    """Golden files: the committed data/ is what the current extractor writes for seeds/."""
    for name in OUTPUTS:
        committed = DATA / name
        assert committed.exists(), f"data/{name} is missing: run `python -m extract`"
        assert committed.read_bytes() == (out / name).read_bytes(), f"data/{name} is stale: run `python -m extract`"
