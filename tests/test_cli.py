"""The command-line contract of ``python -m extract``: options, exit codes, messages, bad input end to end."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract.catalogue import DEFAULT_CATALOGUE
from extract.cli import PROGRESS_MIN_DOCS, main
from extract.schema import DOCUMENTS, OBSERVATIONS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUTS = ("observations.csv", "documents.csv", "indicators.csv", "datapackage.json")
SMALL_SEED = "003_5f1adda7c17a3a7d.txt"


def run(seeds: Path, out: Path, *extra: str, cache: Path | None = None) -> int:
    """Run the CLI in-process, in one process and without the project's cache unless asked."""
    argv = ["--seeds", str(seeds), "--out", str(out), "--workers", "1"]
    argv += ["--cache", str(cache)] if cache else ["--no-cache"]
    return main([*argv, *extra])


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and mtime, to prove nothing was touched."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def child_env() -> dict[str, str]:
    """The environment for a child Python that must import this checkout's ``extract``."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert run(SEEDS, out) == 0
    return out


@pytest.fixture(scope="module")
def small_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two short documents, for tests about behaviour rather than content."""
    seeds = tmp_path_factory.mktemp("small")
    for name in (SMALL_SEED, "004_b2650ebd95d6b367.txt"):
        shutil.copy(SEEDS / name, seeds / name)
    return seeds


@pytest.fixture
def mixed_seeds(tmp_path: Path) -> Path:
    """One good document and three bad ones: empty, binary, not UTF-8."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / SMALL_SEED, seeds / SMALL_SEED)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (seeds / "latin1.txt").write_bytes(
        "Installed capacity reached 12 GW in 2020 \u2014 caf\xe9 \xe9t\xe9.\n".encode("cp1252")
    )
    return seeds


def test_writes_the_four_files_and_a_summary_line(
    tmp_path: Path, small_seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new" / "data"
    assert run(small_seeds, out) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)
    docs = read_csv(out / DOCUMENTS.path)
    assert [d["file"] for d in docs] == sorted(p.name for p in small_seeds.iterdir())
    assert all(d["status"] == "ok" for d in docs)
    captured = capsys.readouterr()
    assert captured.err == ""
    lines = captured.out.splitlines()
    assert len(lines) == 1
    assert re.fullmatch(
        r"2 documents \(0 failed; 2 extracted, 0 from cache\), \d+ rows, [\d.]+ MB in [\d.]+ s \([\d.]+ MB/s\) -> .*",
        lines[0],
    ), lines[0]


def test_rerun_is_byte_identical(tmp_path: Path, seeds_run: Path) -> None:
    assert run(SEEDS, tmp_path) == 0
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (seeds_run / name).read_bytes(), name


def test_rerun_into_the_same_folder_leaves_unchanged_files_alone(tmp_path: Path, small_seeds: Path) -> None:
    assert run(small_seeds, tmp_path) == 0
    before = snapshot(tmp_path)
    assert run(small_seeds, tmp_path) == 0
    assert snapshot(tmp_path) == before  # same bytes and same mtimes: the dashboard's file cache stays valid


def test_quiet_prints_nothing(tmp_path: Path, small_seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(small_seeds, tmp_path, "--quiet") == 0
    assert capsys.readouterr() == ("", "")


def test_bad_documents_exit_1_and_the_others_are_written(
    tmp_path: Path, mixed_seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = run(mixed_seeds, out)
    docs = {d["file"]: d for d in read_csv(out / DOCUMENTS.path)}
    assert set(docs) == {SMALL_SEED, "empty.txt", "binary.txt", "latin1.txt"}
    assert docs[SMALL_SEED]["status"] == "ok"
    assert docs["empty.txt"]["status"] == "error" and "empty" in docs["empty.txt"]["error"]
    assert docs["binary.txt"]["status"] == "error" and "binary" in docs["binary.txt"]["error"]
    # a non-UTF-8 file is either decoded (and says how) or rejected with a reason; never a crash
    latin1 = docs["latin1.txt"]
    if latin1["status"] == "ok":
        assert latin1["encoding"] not in ("", "utf-8")
    else:
        assert latin1["error"]
    failed = sorted(name for name, d in docs.items() if d["status"] == "error")
    assert code == 1
    err_lines = capsys.readouterr().err.splitlines()
    assert len(err_lines) == len(failed)
    for name, line in zip(failed, sorted(err_lines), strict=True):
        assert line.startswith("error: ") and name in line and docs[name]["error"] in line
    assert (out / OBSERVATIONS.path).exists() and (out / "indicators.csv").exists()


def test_broken_catalogue_leaves_existing_output_untouched(
    tmp_path: Path, seeds_run: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    shutil.copytree(seeds_run, out)
    before = snapshot(out)
    broken = tmp_path / "catalogue.yaml"
    broken.write_text("indicators: [unclosed\n  - {id: x\n", encoding="utf-8")
    assert run(SEEDS, out, "--catalogue", str(broken), cache=cache) == 2
    assert snapshot(out) == before
    assert not cache.exists()
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "catalogue.yaml" in err


def test_broken_catalogue_creates_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "catalogue.yaml"
    broken.write_bytes(b"\xff\xfe not yaml: [")
    assert run(SEEDS, tmp_path / "out", "--catalogue", str(broken), cache=tmp_path / "cache") == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalogue.yaml"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workers", "0"], "--workers must be at least 1"),
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
        (["--catalogue", "no/such/catalogue.yaml"], "catalogue"),
        (["--no-such-option"], "unrecognized arguments"),
        (["--workers", "many"], "invalid int value"),
    ],
)
def test_usage_errors_exit_2_and_touch_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert run(SEEDS, tmp_path / "out", *argv) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_missing_or_empty_seeds_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "nowhere", tmp_path / "out") == 2
    assert "nowhere" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert run(tmp_path / "empty", tmp_path / "out") == 2
    assert "no documents" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_output_path_that_is_a_file_exits_2(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("keep me", encoding="utf-8")
    assert run(SEEDS, tmp_path / "out") == 2
    assert (tmp_path / "out").read_text(encoding="utf-8") == "keep me"


def test_duplicate_document_ids_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / SMALL_SEED, seeds / "report.txt")
    shutil.copy(SEEDS / SMALL_SEED, seeds / "report.md")
    assert run(seeds, tmp_path / "out") == 2
    assert "report.md" in capsys.readouterr().err


def test_progress_bar_on_a_terminal_for_many_documents(
    tmp_path: Path, small_seeds: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(PROGRESS_MIN_DOCS):
        (seeds / f"doc{i:02}.txt").write_text(f"Wind capacity reached {i} GW in 2020.\n", encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert run(seeds, tmp_path / "out") == 0
    err = capsys.readouterr().err
    assert f"{PROGRESS_MIN_DOCS}/{PROGRESS_MIN_DOCS} documents" in err and err.endswith("\n")
    # not on a pipe, and not for a few documents
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert run(seeds, tmp_path / "out") == 0
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert run(small_seeds, tmp_path / "out2") == 0
    assert capsys.readouterr().err == ""


def test_python_m_extract_in_a_subprocess(tmp_path: Path, seeds_run: Path) -> None:
    """The real entry point, with default workers (a process pool) and a cache."""
    argv = ["--seeds", str(SEEDS), "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache")]
    argv += ["--catalogue", str(DEFAULT_CATALOGUE)]
    cmd = [sys.executable, "-m", "extract", *argv]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, env=child_env())
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "5 documents (0 failed; 5 extracted, 0 from cache)" in proc.stdout
    for name in OUTPUTS:
        assert (tmp_path / "out" / name).read_bytes() == (seeds_run / name).read_bytes(), name
