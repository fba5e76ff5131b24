"""Engines: the process pool and Dask give the serial output; Dask is optional and fails early and clearly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import extract.engines as engines
from extract.catalogue import DEFAULT_CATALOGUE, load_catalogue
from extract.cli import main
from extract.engines import EngineError, ProcessEngine, SerialEngine, make_engine

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUTS = ("observations.csv", "documents.csv", "indicators.csv", "datapackage.json")


def run(out: Path, *extra: str, seeds: Path = SEEDS) -> int:
    return main(["--seeds", str(seeds), "--out", str(out), "--no-cache", "--quiet", *extra])


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and an empty file, so that a failed document travels through every engine too."""
    folder = tmp_path_factory.mktemp("seeds")
    shutil.copytree(SEEDS, folder, dirs_exist_ok=True)
    (folder / "zz_empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory, seeds: Path) -> Path:
    out = tmp_path_factory.mktemp("serial")
    assert run(out, "--workers", "1", seeds=seeds) == 1
    return out


def same_files(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def child_env() -> dict[str, str]:
    """The environment for a child Python that must import this checkout's ``extract``."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def test_importing_the_cli_does_not_import_dask() -> None:
    code = (
        "import sys, extract.cli, extract.pipeline\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=child_env(), timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_dask_cluster_output_is_byte_identical_to_serial(tmp_path: Path, seeds: Path, serial: Path) -> None:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None)
    with cluster:
        code = run(tmp_path, "--engine", "dask", "--scheduler", cluster.scheduler_address, seeds=seeds)
    assert code == 1
    same_files(tmp_path, serial)


def test_process_pool_output_is_byte_identical_to_serial(tmp_path: Path, seeds: Path, serial: Path) -> None:
    assert run(tmp_path, "--workers", "2", seeds=seeds) == 1
    same_files(tmp_path, serial)


def test_dask_missing_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    assert run(tmp_path / "out", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786") == 2
    err = capsys.readouterr().err
    assert "--engine dask needs the dask and distributed packages" in err and "pip install" in err
    assert not (tmp_path / "out").exists()


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("distributed")
    code = run(tmp_path / "out", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--timeout", "0.5")
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9 within 0.5 s" in err
    assert not (tmp_path / "out").exists()


def test_scheduler_without_workers_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        code = run(tmp_path / "out", "--engine", "dask", "--scheduler", cluster.scheduler_address, "--timeout", "0.5")
    assert code == 2
    assert "has no workers after 0.5 s" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_dying_worker_process_leaves_the_output_untouched(tmp_path: Path, seeds: Path, serial: Path) -> None:
    """A worker killed outright (as by the OOM killer) fails the run cleanly. In a fresh, single-threaded
    process, so that the pool forks and the patched function reaches the workers."""
    out = tmp_path / "out"
    shutil.copytree(serial, out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    script = (
        "import os, sys\n"
        "import extract.engines as engines\n"
        "engines.process_file = lambda path, catalogue: os._exit(9)\n"
        "from extract.cli import main\n"
        f"sys.exit(main(['--seeds', {str(seeds)!r}, '--out', {str(out)!r}, '--workers', '2', '--no-cache']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2, proc.stderr
    assert "a worker process died" in proc.stderr
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before


def test_process_engine_runs_in_process_for_one_worker_or_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = load_catalogue(DEFAULT_CATALOGUE)
    monkeypatch.setattr(engines, "ProcessPoolExecutor", None)  # any attempt to start a pool fails
    paths = sorted(SEEDS.iterdir())[3:]  # the two short ones
    assert [p for p, _ in ProcessEngine(1).map(paths, catalogue)] == paths
    assert [p for p, _ in ProcessEngine(4).map(paths[:1], catalogue)] == paths[:1]
    assert [p for p, _ in SerialEngine().map(paths, catalogue)] == paths


def test_largest_documents_are_scheduled_first() -> None:
    paths = sorted(SEEDS.iterdir())
    ordered = engines._largest_first(paths)
    assert [p.stat().st_size for p in ordered] == sorted((p.stat().st_size for p in paths), reverse=True)


def test_unknown_engine() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        make_engine("spark", 2)
    assert isinstance(EngineError("x"), Exception)
