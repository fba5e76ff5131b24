"""How much slower is the dashboard than the least a Streamlit + plotly page can do?

    .venv/bin/python bench/dashboard_bench.py [--reps 9] [--data DIR]

Serves bench/minimal_app.py and dashboard.py side by side (on copies of data/ and seeds/ in a temporary folder,
so nothing in the repo is re-extracted), then measures both in headless Chromium, interleaved, alternating which
goes first, one warm-up round discarded:

- first render: a fresh browser context opens the page (the dashboard: /explorer on an indicator with actuals and
  targets) and we time until the plotly chart shows the expected title with its traces drawn;
- rerun: in that session, switch the page's selectbox between two options a few times and time each switch until
  the chart shows the new choice (the dashboard: another indicator).

Times are taken inside the page (a MutationObserver on the chart title, against navigation start or the click
event), so Playwright's polling and IPC do not blur them; the wall time seen from Python is printed too.
Prints medians and the ratios dashboard / minimal; bars: first render <= 1.5x, rerun <= 1.3x (exit 1 if over).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
FIRST_RENDER_BAR, RERUN_BAR = 1.5, 1.3

# Installed before any page script: records when the chart title changes and when the user clicks.
OBSERVER = """
window.__bench = {clicks: [], titles: []};
document.addEventListener('click', () => window.__bench.clicks.push(performance.now()), true);
new MutationObserver(() => {
  const title = document.querySelector('.js-plotly-plot .gtitle');
  const drawn = document.querySelector('.js-plotly-plot .scatterlayer .trace');
  if (title && drawn && title.textContent !== window.__bench.last) {
    window.__bench.last = title.textContent;
    window.__bench.titles.push([performance.now(), title.textContent]);
  }
}).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
"""
TITLE_SHOWN = """(want) => (window.__bench.titles.find(([, text]) => text.includes(want)) || [null])[0]"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(script: str, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    """`streamlit run script` on a free port; returns once its health endpoint answers."""
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise TimeoutError(f"{script} did not start")


@dataclass
class Target:
    """One app: how to open it on an option, how its chart title reads, and the two options to switch between."""

    name: str
    label: str  # the selectbox to change
    options: tuple[str, str]
    url_for: Callable[[str], str]
    title_for: Callable[[str], str]
    label_for: Callable[[str], str]  # the option as the selectbox shows it (what a user types to find it)
    first: list[float] = field(default_factory=list)
    rerun: list[float] = field(default_factory=list)
    first_wall: list[float] = field(default_factory=list)
    rerun_wall: list[float] = field(default_factory=list)


def measure(browser, target: Target, reruns: int) -> None:
    """One fresh session: time to the drawn chart, then ``reruns`` switches between the two options."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(OBSERVER)
    page = context.new_page()
    started = time.perf_counter()
    page.goto(target.url_for(target.options[0]))
    shown = page.wait_for_function(TITLE_SHOWN, arg=target.title_for(target.options[0]), timeout=60_000).json_value()
    target.first_wall.append(time.perf_counter() - started)
    target.first.append(shown / 1000)  # ms since navigation start
    for i in range(reruns):
        option_value = target.options[(i + 1) % 2]
        page.wait_for_timeout(300)  # let the previous run settle before the change
        page.get_by_test_id("stSelectbox").filter(has_text=target.label).locator("input").click()
        page.keyboard.type(target.label_for(option_value))
        option = page.get_by_role("option", name=target.label_for(option_value), exact=True)
        option.wait_for()
        page.evaluate("window.__bench.clicks = []; window.__bench.titles = []; window.__bench.last = null")
        started = time.perf_counter()
        option.click()
        shown = page.wait_for_function(TITLE_SHOWN, arg=target.title_for(option_value), timeout=60_000).json_value()
        target.rerun_wall.append(time.perf_counter() - started)
        target.rerun.append((shown - page.evaluate("window.__bench.clicks[0]")) / 1000)
    context.close()


def bench_pair(observations, indicators) -> list[tuple[str, str]]:
    """Two (id, name) indicators charted for China with both actuals and targets: the explorer's real work."""
    obs = observations[(observations["region"] == "China") & observations["year"].notna()]
    obs = obs[obs["indicator"] != ""]
    kinds = obs.groupby("indicator")["kind"].nunique()
    ids = list(kinds[kinds == 2].index) or list(kinds.index)
    names = dict(zip(indicators["indicator"], indicators["name"], strict=True))
    if len(ids) < 2:
        raise SystemExit("error: the data needs two indicators with rows for China to benchmark the explorer")
    return [(i, names.get(i) or i) for i in ids[:2]]


def serve_pair(env: dict[str, str], names: dict[str, str], procs: list[subprocess.Popen]) -> tuple[Target, Target, str]:
    """Serve the minimal app and the dashboard (appended to ``procs`` for the caller to stop): their two Targets,
    the dashboard's on /explorer switching between the indicators ``names`` (id -> name) for China, and the
    dashboard's base URL."""
    minimal_proc, minimal_url = serve("bench/minimal_app.py", env)
    procs.append(minimal_proc)
    dash_proc, dash_url = serve("dashboard.py", env)
    procs.append(dash_proc)
    minimal = Target("minimal", "Series", ("alpha", "beta"), lambda o: minimal_url, lambda o: f"Series {o}", str)
    dashboard = Target(
        "dashboard",
        "Indicator",
        tuple(names),  # type: ignore[arg-type]
        lambda o: f"{dash_url}/explorer?indicator={o}&region=China",
        lambda o: f"{names[o]} — China",
        lambda o: names[o],
    )
    return minimal, dashboard, dash_url


def run_rounds(browser, targets: tuple[Target, Target], reps: int, reruns: int) -> None:
    """``reps`` rounds after one discarded warm-up (imports, first data load, the frontend's first download),
    alternating which app goes first."""
    for rep in range(reps + 1):
        order = targets if rep % 2 == 0 else targets[::-1]
        for target in order:
            measure(browser, target, reruns)
        if rep == 0:
            for target in order:
                target.first.clear(), target.rerun.clear(), target.first_wall.clear(), target.rerun_wall.clear()


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=9, help="fresh sessions per app (after one warm-up)")
    ap.add_argument("--reruns", type=int, default=3, help="option changes measured in each session")
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("CLIMATE_DATA_DIR", REPO / "data")))
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from app.data import build_dataset

    work = Path(tempfile.mkdtemp(prefix="dashboard-bench-"))
    shutil.copytree(args.data, work / "data")
    shutil.copytree(REPO / "seeds", work / "seeds")
    ds = build_dataset(work / "data")
    if ds.empty:
        print(f"error: {args.data} holds no observations; run `python -m extract` first", file=sys.stderr)
        return 2
    names = dict(bench_pair(ds.observations, ds.indicators))
    env = os.environ | {"CLIMATE_DATA_DIR": str(work / "data"), "CLIMATE_SEEDS_DIR": str(work / "seeds")}
    procs: list[subprocess.Popen] = []
    try:
        minimal, dashboard, _ = serve_pair(env, names, procs)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            run_rounds(browser, (minimal, dashboard), args.reps, args.reruns)
            browser.close()
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"{args.reps} fresh sessions per app, {args.reruns} option changes in each; medians "
        "(in page; wall time seen by Playwright in brackets)"
    )
    for t in (minimal, dashboard):
        print(
            f"  {t.name:9s} first render {median(t.first):.3f} s [{median(t.first_wall):.3f}]   "
            f"rerun {median(t.rerun):.3f} s [{median(t.rerun_wall):.3f}]   "
            f"(reruns: {', '.join(f'{x:.2f}' for x in t.rerun)})"
        )
    first_ratio = median(dashboard.first) / median(minimal.first)
    rerun_ratio = median(dashboard.rerun) / median(minimal.rerun)
    wall = (
        median(dashboard.first_wall) / median(minimal.first_wall),
        median(dashboard.rerun_wall) / median(minimal.rerun_wall),
    )
    ok_first, ok_rerun = first_ratio <= FIRST_RENDER_BAR, rerun_ratio <= RERUN_BAR
    verdict = "ok" if ok_first else "OVER"
    print(f"first render ratio {first_ratio:.2f} (bar {FIRST_RENDER_BAR}) {verdict}   [wall {wall[0]:.2f}]")
    print(
        f"rerun ratio        {rerun_ratio:.2f} (bar {RERUN_BAR}) {'ok' if ok_rerun else 'OVER'}   [wall {wall[1]:.2f}]"
    )
    return 0 if ok_first and ok_rerun else 1


if __name__ == "__main__":
    sys.exit(main())
