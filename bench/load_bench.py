"""How should the dashboard load a million observations? CSV, its Parquet cache, or DuckDB.

    .venv/bin/python bench/load_bench.py [--rows 1000000] [--reps 3]

Each way runs in a fresh process (median of ``--reps``), timed from the file to the frames the pages use, with that
process's peak resident memory. DuckDB is measured only when installed (``pip install duckdb``; not a dependency):

- pandas CSV: ``pd.read_csv(dtype=str)`` then the dashboard's conversion (what loading did before the cache);
- arrow CSV: the dashboard without a cache (pyarrow's multi-threaded CSV reader, same conversion);
- Parquet (dashboard): ``app.data.cached_observations`` reading its warm Parquet copy (lz4) — what a server does;
- DuckDB CSV / DuckDB Parquet: ``duckdb`` reading the same files into a pandas frame (text only for the CSV;
  the typed copy for Parquet) — the frame alone, without the dashboard's conversion, so a lower bound.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {repo!r})
from pathlib import Path
way, csv, cache = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
started = time.perf_counter()
if way == "pandas CSV":
    import pandas as pd
    from app.data import observations_frames
    frames = observations_frames(pd.read_csv(csv, dtype=str, keep_default_na=False, na_filter=False))
elif way == "arrow CSV":
    from app.data import cached_observations
    frames = cached_observations(csv, None)
elif way == "Parquet (dashboard)":
    from app.data import cached_observations
    frames = cached_observations(csv, cache)
elif way == "DuckDB CSV":
    import duckdb
    frames = duckdb.read_csv(str(csv), all_varchar=True).df()
elif way == "DuckDB Parquet":
    import duckdb
    (parquet,) = cache.glob("observations-*.parquet")
    frames = duckdb.sql(f"select * from read_parquet('{{parquet}}')").df()
seconds = time.perf_counter() - started
print(json.dumps({{"seconds": seconds, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def run(way: str, csv: Path, cache: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(repo=str(REPO)), way, str(csv), str(cache)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()

    from make_observations import ensure

    from app.data import cached_observations

    csv = ensure(args.rows) / "data" / "observations.csv"
    cache = Path(tempfile.mkdtemp(prefix="load-bench-"))
    cached_observations(csv, cache)  # the warm copy every Parquet reader below reads
    ways = ["pandas CSV", "arrow CSV", "Parquet (dashboard)"]
    try:
        import duckdb  # noqa: F401

        ways += ["DuckDB CSV", "DuckDB Parquet"]
    except ImportError:
        print("(duckdb not installed: `pip install duckdb` to measure it too)")
    (parquet,) = cache.glob("observations-*.parquet")
    print(
        f"{args.rows:,} rows: observations.csv {csv.stat().st_size / 2**20:.0f} MiB, "
        f"Parquet copy {parquet.stat().st_size / 2**20:.0f} MiB; median of {args.reps} fresh processes"
    )
    for way in ways:
        runs = [run(way, csv, cache) for _ in range(args.reps)]
        print(
            f"  {way:20s} {statistics.median(r['seconds'] for r in runs):6.2f} s   "
            f"peak {statistics.median(r['peak_mib'] for r in runs):6.0f} MiB"
        )
    for f in cache.glob("*"):
        f.unlink()
    cache.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
