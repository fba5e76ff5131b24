"""Goals and Compare with a whole corpus as the data, against the minimal Streamlit + plotly app.

    .venv/bin/python -m extract --seeds ../shared/ndc-corpus/html --out /tmp/corpus-data --workers 2
    .venv/bin/python bench/dashboard_corpus_bench.py --data /tmp/corpus-data --seeds ../shared/ndc-corpus/html

Serves bench/minimal_app.py and dashboard.py side by side on the corpus output (the seeds folder is only read, for
document titles; nothing is extracted: the data's documents.csv matches it), then in headless Chromium, fresh
sessions interleaved after one discarded warm-up:

- first render: the minimal app until its chart is drawn; /compare until its table and count are shown; /goals
  until the scorecard's headline table is shown;
- filter rerun: on /compare, pick a country in the Country filter and time until the count changes;
- the dashboard server's peak resident memory (VmHWM) after all of it.

Bars (from the issue): first render <= 1.5x the minimal app's, filter rerun <= 1.5 s (exit 1 if over).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from dashboard_bench import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

FIRST_RENDER_BAR, RERUN_SECONDS = 1.5, 1.5
# Records when a watched text or element first shows, and when the user clicks (times inside the page).
OBSERVER = """
window.__bench = {clicks: [], seen: {}};
document.addEventListener('click', () => window.__bench.clicks.push(performance.now()), true);
new MutationObserver(() => {
  const b = window.__bench;
  const plot = document.querySelector('.js-plotly-plot .scatterlayer .trace');
  if (plot && !b.seen.plot) b.seen.plot = performance.now();
  const grid = document.querySelector('[data-testid="stDataFrame"] canvas, [data-testid="stDataFrame"] table');
  for (const el of document.querySelectorAll('[data-testid="stCaptionContainer"]')) {
    const text = el.textContent;
    const count = text.match(/^([\\d,]+) of [\\d,]+ headline targets/);
    if (grid && count && b.seen.compareText !== count[1]) {
      b.seen.compareText = count[1];
      b.seen.compare = performance.now();
      b.seen.counts = (b.seen.counts || []).concat([[performance.now(), count[1]]]);
    }
    if (grid && text.includes('headline goals:') && !b.seen.goals) b.seen.goals = performance.now();
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


def peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def first_render(browser, url: str, key: str) -> tuple[float, object, object]:
    """Seconds from navigation start until ``key`` was seen; the open context and page for more."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(OBSERVER)
    page = context.new_page()
    page.goto(url)
    seen = page.wait_for_function(f"() => window.__bench.seen.{key}", timeout=120_000).json_value()
    return seen / 1000, context, page


def filter_rerun(page, country: str) -> float:
    """Pick ``country`` in the Compare page's Country filter; seconds from the click until the count changed."""
    page.wait_for_timeout(300)
    before = page.evaluate("window.__bench.seen.compareText")
    page.get_by_test_id("stMultiSelect").filter(has_text="Country").locator("input").click()
    page.keyboard.type(country)
    option = page.get_by_role("option", name=country, exact=True)
    option.wait_for()
    page.evaluate("window.__bench.clicks = []")
    option.click()
    page.wait_for_function(f"() => window.__bench.seen.compareText !== {before!r}", timeout=60_000)
    return (page.evaluate("window.__bench.seen.compare") - page.evaluate("window.__bench.clicks[0]")) / 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="the extractor's output for the corpus")
    ap.add_argument("--seeds", type=Path, required=True, help="the corpus folder the data was extracted from")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--countries", default="Brazil,Kenya,Japan", help="countries picked in the filter reruns")
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    env = os.environ | {
        "CLIMATE_DATA_DIR": str(args.data.resolve()),
        "CLIMATE_SEEDS_DIR": str(args.seeds.resolve()),
        "CLIMATE_CACHE_DIR": str(Path("/tmp") / "dashboard-corpus-bench-cache"),
    }
    minimal_proc, minimal_url = serve("bench/minimal_app.py", env)
    dash_proc, dash_url = serve("dashboard.py", env)
    times: dict[str, list[float]] = {"minimal": [], "compare": [], "goals": [], "rerun": []}
    countries = args.countries.split(",")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for rep in range(args.reps + 1):
                runs = [
                    ("minimal", minimal_url, "plot"),
                    ("compare", f"{dash_url}/compare", "compare"),
                    ("goals", f"{dash_url}/goals", "goals"),
                ]
                for name, url, key in runs if rep % 2 == 0 else runs[::-1]:
                    seconds, context, page = first_render(browser, url, key)
                    if rep:
                        times[name].append(seconds)
                    if name == "compare":
                        rerun = filter_rerun(page, countries[rep % len(countries)])
                        if rep:
                            times["rerun"].append(rerun)
                    context.close()
            browser.close()
        memory = peak_mib(dash_proc.pid)
    finally:
        for proc in (minimal_proc, dash_proc):
            proc.terminate()
            proc.wait(timeout=10)
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"{args.reps} fresh sessions each (after a warm-up), medians; data {args.data}")
    for k, v in times.items():
        print(f"  {k:8s} {med[k]:.3f} s   ({', '.join(f'{x:.2f}' for x in v)})")
    ratios = {k: med[k] / med["minimal"] for k in ("compare", "goals")}
    ok = all(r <= FIRST_RENDER_BAR for r in ratios.values()) and med["rerun"] <= RERUN_SECONDS
    print(
        f"first render: Compare {ratios['compare']:.2f}x, Goals {ratios['goals']:.2f}x the minimal app "
        f"(bar {FIRST_RENDER_BAR}x); Compare filter rerun {med['rerun']:.2f} s (bar {RERUN_SECONDS} s); "
        f"server peak {memory:.0f} MiB  {'ok' if ok else 'OVER'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
