"""End-to-end benchmark of ``python -m extract``: throughput, parallel speed-up, cache effect, peak memory.

Every figure comes from ONE invocation of this script, and the ratios compare runs
made back to back, because a shared 2-core machine is too noisy to compare
numbers across invocations. Each scenario runs the real CLI in a child process;
its wall time includes interpreter start-up, reading, extraction and the atomic
write of all four files.

    python bench/extract_bench.py [--corpus DIR] [--workers N] [--warm-docs 100] [--no-serial-corpus]

Targets: >= 5 MB/s per core end to end on the corpus; a warm re-run of an
unchanged 100-document corpus <= 10 % of the cold run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from make_corpus import DEFAULT_FOLDER, make_corpus  # noqa: E402

TARGET_MB_S_PER_CORE = 5.0
TARGET_WARM_RATIO = 0.10


@dataclass
class Run:
    """One child run of the CLI."""

    name: str
    docs: int
    mb: float
    seconds: float
    rows: int
    csv_mb: float
    maxrss_mb: float  # largest single process (the CLI or one worker), from wait4
    tree_mb: float  # sampled peak of the CLI plus all its workers
    code: int

    @property
    def mb_s(self) -> float:
        return self.mb / self.seconds if self.seconds else 0.0


def _sample_tree_rss(pid: int, stop: threading.Event, peak: list[int]) -> None:
    """Sum the RSS of the child and its descendants every 50 ms (workers are separate processes)."""
    try:
        import psutil
    except ImportError:
        return
    try:
        proc = psutil.Process(pid)
        while not stop.is_set():
            total = proc.memory_info().rss
            for child in proc.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    pass
            peak[0] = max(peak[0], total)
            stop.wait(0.05)
    except psutil.Error:
        pass


def run_cli(name: str, seeds: Path, out: Path, *args: str) -> Run:
    """Run ``python -m extract`` once in a child and measure it."""
    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "extract", "--seeds", str(seeds), "--out", str(out), "--quiet", *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=ROOT, env=env)
    stop, peak = threading.Event(), [0]
    sampler = threading.Thread(target=_sample_tree_rss, args=(child.pid, stop, peak), daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    files = sorted(p for p in seeds.iterdir() if p.is_file())
    observations = out / "observations.csv"
    rows = 0
    if observations.exists():
        with observations.open("rb") as fh:
            rows = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")) - 1
    return Run(
        name=name,
        docs=len(files),
        mb=sum(p.stat().st_size for p in files) / 1e6,
        seconds=seconds,
        rows=rows,  # physical lines: a quote with a newline would count twice; fine for a size figure
        csv_mb=sum(p.stat().st_size for p in out.glob("*.csv")) / 1e6 if out.exists() else 0.0,
        maxrss_mb=usage.ru_maxrss / 1024,
        tree_mb=peak[0] / 1e6,
        code=child.returncode,
    )


def in_process_throughput(seeds: Path, repeat: int) -> tuple[float, float]:
    """Extraction alone (no start-up, no writing): MB/s of process_file over the seeds, ``repeat`` times."""
    from extract.catalogue import load_catalogue
    from extract.pipeline import process_file
    from extract.read import list_documents

    catalogue = load_catalogue()
    paths = list_documents(seeds)
    mb = sum(p.stat().st_size for p in paths) / 1e6
    process_file(paths[0], catalogue)  # warm caches and imports
    started = time.perf_counter()
    for _ in range(repeat):
        for p in paths:
            process_file(p, catalogue)
    seconds = time.perf_counter() - started
    return mb * repeat / seconds, seconds


def print_table(runs: list[Run]) -> None:
    head = f"{'scenario':44} {'docs':>5} {'MB':>7} {'s':>8} {'MB/s':>7} {'rows':>9} {'CSV MB':>7} "
    head += f"{'maxRSS':>7} {'tree':>7}"
    print(head)
    print("-" * len(head))
    for r in runs:
        flag = "" if r.code in (0, 1) else f"  (exit {r.code})"
        print(
            f"{r.name:44} {r.docs:5d} {r.mb:7.1f} {r.seconds:8.2f} {r.mb_s:7.2f} {r.rows:9d} {r.csv_mb:7.1f} "
            f"{r.maxrss_mb:7.0f} {r.tree_mb:7.0f}{flag}"
        )
    print("maxRSS: largest single process in MB (wait4); tree: sampled peak of CLI + workers in MB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_FOLDER, help="corpus folder (made if missing)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--docs", type=int, default=0, help="use only the first N corpus documents (default: all)")
    ap.add_argument("--warm-docs", type=int, default=100, help="documents in the cold/warm cache comparison")
    ap.add_argument("--no-serial-corpus", action="store_true", help="skip the (slow) serial run on the corpus")
    ap.add_argument("--seeds-repeat", type=int, default=20, help="repeats of the in-process seeds measurement")
    args = ap.parse_args(argv)
    n = args.workers

    if not args.corpus.is_dir() or not any(args.corpus.iterdir()):
        print(f"making the corpus in {args.corpus} ...", flush=True)
        make_corpus(args.corpus)
    seeds = ROOT / "seeds"
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus_files = sorted(args.corpus.glob("*.txt"))
        if args.docs:
            corpus_files = corpus_files[: args.docs]
        corpus, subset = tmp / "corpus", tmp / "subset"
        for folder, files in ((corpus, corpus_files), (subset, corpus_files[: args.warm_docs])):
            folder.mkdir()
            for p in files:
                (folder / p.name).symlink_to(p.resolve())

        def go(name: str, folder: Path, *extra: str) -> Run:
            run = run_cli(name, folder, tmp / "out", *extra)
            runs.append(run)
            print(f"  {name}: {run.seconds:.2f} s", file=sys.stderr, flush=True)
            return run

        seeds_serial = go("seeds, 1 worker, no cache", seeds, "--workers", "1", "--no-cache")
        seeds_par = go(f"seeds, {n} workers, no cache", seeds, "--workers", str(n), "--no-cache")
        corpus_serial = None
        if not args.no_serial_corpus:
            corpus_serial = go("corpus, 1 worker, no cache", corpus, "--workers", "1", "--no-cache")
        corpus_par = go(f"corpus, {n} workers, no cache", corpus, "--workers", str(n), "--no-cache")
        warm_n = min(args.warm_docs, len(corpus_files))
        cached = ("--workers", str(n), "--cache", str(tmp / "cache"))
        cold = go(f"corpus[:{warm_n}], {n} workers, cold cache", subset, *cached)
        warm = go(f"corpus[:{warm_n}], {n} workers, warm cache", subset, *cached)
        seeds_mb_s, _ = in_process_throughput(seeds, args.seeds_repeat)

    print()
    print_table(runs)
    print()
    print(f"seeds, extraction only, in-process, 1 core:      {seeds_mb_s:7.2f} MB/s  ({args.seeds_repeat} passes)")
    print(f"seeds end to end, parallel / serial time:         {seeds_par.seconds / seeds_serial.seconds:7.2f}")
    per_core = corpus_par.mb_s / n
    if corpus_serial:
        print(f"corpus serial end to end:                         {corpus_serial.mb_s:7.2f} MB/s per core")
        print(f"corpus speed-up, {n} workers vs 1:                  {corpus_serial.seconds / corpus_par.seconds:7.2f}x")
    verdict = "meets" if per_core >= TARGET_MB_S_PER_CORE else "MISSES"
    print(f"corpus parallel end to end:                       {per_core:7.2f} MB/s per core ({verdict} >= 5)")
    ratio = warm.seconds / cold.seconds
    verdict = "meets" if ratio <= TARGET_WARM_RATIO else "MISSES"
    print(f"warm / cold time, {warm_n} unchanged documents:       {ratio:7.3f} ({verdict} <= 0.10)")
    return 0 if all(r.code in (0, 1) for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
