"""The per-document unit of work and the assembly of outputs: failures become rows, pieces make one sort."""

from __future__ import annotations

import csv
import io
import random
import tracemalloc
from decimal import Decimal
from pathlib import Path

import pytest

import extract.pipeline as pipeline
from extract.catalogue import DEFAULT_CATALOGUE, load_catalogue
from extract.cli import main
from extract.model import Observation
from extract.pipeline import DocResult, build_outputs, observation_sort_key, process_file, render, run_extraction
from extract.schema import DOCUMENTS, OBSERVATIONS
from extract.write import csv_bytes

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUTS = ("observations.csv", "documents.csv", "indicators.csv", "datapackage.json")


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(DEFAULT_CATALOGUE)


def run(seeds: Path, out: Path, workers: int) -> int:
    return main(["--seeds", str(seeds), "--out", str(out), "--workers", str(workers), "--no-cache", "--quiet"])


def test_unopenable_file_is_an_error_row_that_is_not_cached(tmp_path: Path, catalogue) -> None:
    result = process_file(tmp_path / "gone.txt", catalogue)
    assert result.document["status"] == "error" and "cannot open" in result.document["error"]
    assert result.document["doc"] == "gone" and result.document["rows"] == "0"
    assert not result.cacheable


def test_bytes_given_by_the_caller_are_used_instead_of_the_path(tmp_path: Path, catalogue) -> None:
    text = (SEEDS / "003_5f1adda7c17a3a7d.txt").read_bytes()
    result = process_file(tmp_path / "elsewhere.txt", catalogue, data=text)
    assert result.ok and result.document["file"] == "elsewhere.txt" and result.document["bytes"] == str(len(text))


def test_file_over_the_size_limit_is_refused_from_its_size_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], catalogue
) -> None:
    """A 201 MB file (sparse: no disk, and it must take no memory): refused on stat(), with the reader's message."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    huge = seeds / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(201 * 2**20)
    (seeds / "small.txt").write_text("Wind power capacity reached 441 GW in 2023.\n", encoding="utf-8")

    real_read = Path.read_bytes

    def guarded(self: Path) -> bytes:
        if self == huge:
            raise AssertionError(f"{self.name} was read into memory")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    tracemalloc.start()
    try:
        result = process_file(huge, catalogue)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.document["status"] == "error" and result.cacheable
    assert result.document["error"] == "file too large: 201.0 MB; the limit is 200 MB"
    assert result.document["bytes"] == str(201 * 2**20) and len(result.document["sha256"]) == 64
    assert peak < 8 * 2**20, f"peak {peak / 2**20:.1f} MB"

    assert run(seeds, tmp_path / "out", 1) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "huge.txt" in err and "the limit is 200 MB" in err
    docs = list(csv.DictReader(io.StringIO((tmp_path / "out" / DOCUMENTS.path).read_text(encoding="utf-8"))))
    assert [(d["file"], d["status"]) for d in docs] == [("huge.txt", "error"), ("small.txt", "ok")]


def test_extractor_crash_becomes_an_error_row_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Wind power capacity reached 441 GW in 2023.\n", encoding="utf-8")
    (seeds / "boom.txt").write_text("This one breaks the extractor.\n", encoding="utf-8")
    real = pipeline.extract_document

    def flaky(doc, catalogue):
        if doc.doc == "boom":
            raise ZeroDivisionError("division by zero")
        return real(doc, catalogue)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
    assert run(seeds, tmp_path / "out", 1) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "boom.txt" in err and "ZeroDivisionError: division by zero (at " in err
    docs = list(csv.DictReader(io.StringIO((tmp_path / "out" / DOCUMENTS.path).read_text(encoding="utf-8"))))
    assert [d["status"] for d in docs] == ["ok", "error"]


def test_observations_with_a_foreign_doc_id_are_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, catalogue):
    """Per-document sorted pieces are only globally sorted if every row belongs to its document."""

    class Result:
        observations = [
            Observation(
                doc="other", value=Decimal(1), unit="GW", value_raw="1 GW", quote="1 GW", char_start=0, char_end=4
            )
        ]
        default_year, default_year_quote = None, ""

    monkeypatch.setattr(pipeline, "extract_document", lambda doc, cat: Result())
    path = tmp_path / "mine.txt"
    path.write_text("1 GW\n", encoding="utf-8")
    result = process_file(path, catalogue)
    assert result.document["status"] == "error" and "'other'" in result.document["error"]


def fake_row(doc: str, start: int, **kw: str) -> dict[str, str]:
    row = {c: "" for c in OBSERVATIONS.fieldnames}
    row.update(doc=doc, kind="actual", value="1", unit="GW", qualifier="=", value_raw="1 GW", quote="q")
    row.update(char_start=str(start), char_end=str(start + 4), region="China")
    row.update(kw)
    return row


def test_concatenated_per_document_pieces_equal_one_global_sort(catalogue) -> None:
    rng = random.Random(7)
    docs = [f"doc{i}" for i in range(6)]
    all_rows = [
        fake_row(d, rng.randrange(50), kind=rng.choice(["actual", "target"]), year=rng.choice(["", "2020", "2030"]))
        for d in docs
        for _ in range(rng.randrange(0, 8))
    ]
    results = []
    for d in reversed(docs):  # arrival order must not matter
        mine = [r for r in all_rows if r["doc"] == d]
        rng.shuffle(mine)
        document = {c: "" for c in DOCUMENTS.fieldnames} | {"doc": d, "status": "ok", "rows": str(len(mine))}
        results.append(render(DocResult(document, sorted(mine, key=observation_sort_key))))
    files = build_outputs(results, catalogue)
    assert b"".join(files[OBSERVATIONS.path]) == csv_bytes(OBSERVATIONS, sorted(all_rows, key=observation_sort_key))


def test_run_extraction_takes_a_list_of_files_and_reports_each(tmp_path: Path, catalogue) -> None:
    paths = [SEEDS / "003_5f1adda7c17a3a7d.txt", SEEDS / "004_b2650ebd95d6b367.txt"]
    seen = []
    summary = run_extraction(paths, tmp_path, catalogue, on_result=lambda p, e, cached: seen.append((p, cached)))
    assert seen == [(p, False) for p in paths]
    assert summary.extracted == 2 and summary.cached == 0 and not summary.failed
    assert sorted(summary.written) == sorted(OUTPUTS)
    assert summary.megabytes == pytest.approx(sum(p.stat().st_size for p in paths) / 1e6)


def test_rows_wait_in_a_spool_not_in_memory(tmp_path: Path, catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run holds each finished document's row count, not its rows; observations.csv is the same either way."""
    from extract.spool import Spool

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(3):
        (seeds / f"d{i}.txt").write_text(f"Wind capacity reached {i + 1}0 GW in 2020.\n", encoding="utf-8")
    summary = run_extraction(seeds, tmp_path / "out", catalogue)
    assert summary.rows == 3 and all(e.csv == b"" for e in summary.entries)
    entries = [render(process_file(p, catalogue)) for p in sorted(seeds.iterdir())]
    spool = Spool()
    try:
        kept = [spool.keep(e) for e in reversed(entries)]
        spooled = build_outputs(kept, catalogue, spool)[OBSERVATIONS.path]
        assert b"".join(spooled) == b"".join(build_outputs(entries, catalogue)[OBSERVATIONS.path])
        assert len(spooled) == 4 and spooled[-1] == entries[-1].csv and list(spooled) == list(spooled)
    finally:
        spool.close()
    assert (tmp_path / "out" / OBSERVATIONS.path).read_bytes() == b"".join(
        build_outputs(entries, catalogue)[OBSERVATIONS.path]
    )


def _dict_writer_bytes(fieldnames: list[str], rows: list[dict[str, str]], header: bool) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fieldnames, lineterminator="\n", extrasaction="raise")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def test_csv_bytes_writes_what_dict_writer_writes() -> None:
    """csv_bytes writes what csv.DictWriter writes, also for rows missing a column, non-strings and extra columns."""
    full = [{c: f'{c} "{i}", é\n{i}\r' for c in OBSERVATIONS.fieldnames} for i in range(3)]
    plain = {c: f"{c} x" for c in OBSERVATIONS.fieldnames} | {"quote": 'a "b"', "value": "1,5", "unit": "t\rx"}
    reordered = dict(reversed(list(full[0].items())))
    partial = {"doc": "d", "quote": "a, b", "value": "1.5"}
    rows = [*full, plain, reordered, partial, {c: "" for c in OBSERVATIONS.fieldnames}]
    not_strings = [*rows, {"doc": 5, "value": None}]  # the csv module's conversions
    for header in (True, False):
        for table in (rows, not_strings, []):
            assert csv_bytes(OBSERVATIONS, table, header) == _dict_writer_bytes(OBSERVATIONS.fieldnames, table, header)
    with pytest.raises(ValueError, match="not in fieldnames: 'extra'"):
        csv_bytes(OBSERVATIONS, [full[0] | {"extra": "x"}])


def test_without_cache_only_files_of_a_shared_size_are_hashed_first(tmp_path: Path, catalogue, monkeypatch) -> None:
    """A file whose size no other file has cannot repeat another's bytes: it is hashed once, when it is read."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Emissions fell 10% by 2020.\n")
    (seeds / "b.txt").write_text("Emissions fell 10% by 2020.\n")  # a copy of a
    (seeds / "c.txt").write_text("Emissions fell 20% by 2020.\n")  # same size, other bytes
    (seeds / "d.txt").write_text("Emissions fell 30% by 2030, and more.\n")
    hashed: list[str] = []
    real = pipeline._sha256
    monkeypatch.setattr(pipeline, "_sha256", lambda path: hashed.append(path.name) or real(path))
    summary = run_extraction(seeds, tmp_path / "out", catalogue)
    assert sorted(hashed) == ["a.txt", "b.txt", "c.txt"]
    rows = {e.document["doc"]: e.document for e in summary.entries}
    assert rows["b"]["duplicate_of"] == "a" and rows["c"]["status"] == rows["d"]["status"] == "ok"
