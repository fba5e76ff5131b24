"""The dashboard at 1 k, 100 k and 1 M observation rows, against the minimal app, plus the server's peak memory.

    .venv/bin/python bench/dashboard_scale_bench.py [--sizes 1000,100000,1000000] [--reps 3] [--reruns 2]

For each size: synthetic data from bench/make_observations.py (generated once into bench/out/, reused), its
Parquet cache built before the servers start (into a temporary CLIMATE_CACHE_DIR, so the servers load as they do
on every start after the first), then the measurements of bench/dashboard_bench.py in the same run: first render
of /explorer and the rerun after changing its indicator, for the dashboard and bench/minimal_app.py, interleaved,
one warm-up round discarded. Then a tour of every page (Goals, Explorer, Data, Sources) in a fresh session, and
the dashboard server's peak resident memory (VmHWM of its process) after the measurements and after the tour.

Prints one line per size (ratios to the minimal app, absolute seconds, peak MiB) and, at the largest size, the
targets: filter-change rerun <= 1.5 s and server memory <= 1.5 GiB (exit 1 if over).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from dashboard_bench import CHROMIUM, CHROMIUM_ARGS, bench_pair, median, run_rounds, serve_pair  # noqa: E402
from make_observations import ensure  # noqa: E402

RERUN_TARGET_S, MEMORY_TARGET_MIB = 1.5, 1536
TOUR = (  # page path, text that shows the page has rendered its main content
    ("", "headline goals:"),
    ("compare", "headline targets of"),
    ("explorer", "Every row below"),
    ("data", "Shareable link"),
    ("sources", "extracted numbers marked"),
)


def peak_mib(pid: int) -> float:
    """The process's peak resident set size (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def tour(browser, url: str) -> dict[str, float]:
    """Every page once in a fresh session: seconds until its main content shows."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    out = {}
    for path, text in TOUR:
        started = time.perf_counter()
        page.goto(f"{url}/{path}")
        page.get_by_text(text).first.wait_for(timeout=600_000)
        out[path or "goals"] = time.perf_counter() - started
    context.close()
    return out


def run_size(rows: int, args: argparse.Namespace, browser) -> dict:
    from app.data import build_dataset

    out = ensure(rows)
    cache = Path(tempfile.mkdtemp(prefix="dashboard-scale-cache-"))
    started = time.perf_counter()
    ds = build_dataset(out / "data", cache)  # writes the Parquet copy the servers will read
    cache_s = time.perf_counter() - started
    names = dict(bench_pair(ds.observations, ds.indicators))
    del ds
    env = os.environ | {
        "CLIMATE_DATA_DIR": str(out / "data"),
        "CLIMATE_SEEDS_DIR": str(out / "seeds"),
        "CLIMATE_CACHE_DIR": str(cache),
    }
    procs: list[subprocess.Popen] = []
    try:
        minimal, dashboard, dash_url = serve_pair(env, names, procs)
        dash_proc = procs[-1]
        run_rounds(browser, (minimal, dashboard), args.reps, args.reruns)
        peak_measured = peak_mib(dash_proc.pid)
        pages = tour(browser, dash_url)
        peak_tour = peak_mib(dash_proc.pid)
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=30)
        for f in cache.glob("*"):
            f.unlink()
        cache.rmdir()
    return {
        "rows": rows,
        "cache_s": cache_s,
        "minimal": minimal,
        "dashboard": dashboard,
        "first_ratio": median(dashboard.first) / median(minimal.first),
        "rerun_ratio": median(dashboard.rerun) / median(minimal.rerun),
        "peak_measured": peak_measured,
        "peak_tour": peak_tour,
        "pages": pages,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,100000,1000000", help="observation rows, comma-separated")
    ap.add_argument("--reps", type=int, default=3, help="fresh sessions per app and size (after one warm-up)")
    ap.add_argument("--reruns", type=int, default=2, help="indicator changes measured in each session")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for rows in sizes:
            result = run_size(rows, args, browser)
            results.append(result)
            d, m = result["dashboard"], result["minimal"]
            print(
                f"{rows:>9,} rows: first render {result['first_ratio']:.2f}x minimal "
                f"({median(d.first):.2f} s vs {median(m.first):.2f} s), "
                f"rerun {result['rerun_ratio']:.2f}x ({median(d.rerun):.2f} s vs {median(m.rerun):.2f} s); "
                f"server peak {result['peak_measured']:.0f} MiB, {result['peak_tour']:.0f} MiB after every page "
                f"(tour: {', '.join(f'{k} {v:.1f} s' for k, v in result['pages'].items())}; "
                f"cache built in {result['cache_s']:.1f} s)",
                flush=True,
            )
        browser.close()
    last = results[-1]
    rerun_s = median(last["dashboard"].rerun)
    peak = max(last["peak_measured"], last["peak_tour"])
    ok_rerun, ok_memory = rerun_s <= RERUN_TARGET_S, peak <= MEMORY_TARGET_MIB
    print(
        f"at {last['rows']:,} rows: rerun after a filter change {rerun_s:.2f} s (target <= {RERUN_TARGET_S} s) "
        f"{'ok' if ok_rerun else 'OVER'}; server peak {peak:.0f} MiB (target <= {MEMORY_TARGET_MIB} MiB) "
        f"{'ok' if ok_memory else 'OVER'}"
    )
    return 0 if ok_rerun and ok_memory else 1


if __name__ == "__main__":
    sys.exit(main())
