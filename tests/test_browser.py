"""End to end in a real headless Chromium: serve the dashboard, change a filter, download the CSV, check its rows."""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO

from app.data import build_dataset

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed (CI installs Debian chromium)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}: {proc.stdout.read() if proc.stdout else ''}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} not healthy after {timeout} s")


@pytest.fixture(scope="module")
def server(dashboard_dirs: tuple[Path, Path]) -> Iterator[str]:
    """`streamlit run dashboard.py` on a free port, on copies of data/ and seeds/."""
    data, seeds = dashboard_dirs
    port = free_port()
    env = os.environ | {"CLIMATE_DATA_DIR": str(data), "CLIMATE_SEEDS_DIR": str(seeds)}
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "dashboard.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_filter_then_download_csv(server, dashboard_dirs, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    ds = build_dataset(dashboard_dirs[0])
    if ds.empty:
        pytest.skip("data/ holds no observations yet: run `python -m extract`")
    kind = sorted(ds.observations["kind"].unique())[-1]
    expected = ds.observations[ds.observations["kind"] == kind]

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(accept_downloads=True, viewport={"width": 1400, "height": 1000})
            page.goto(f"{server}/data")
            total = f"{len(ds.observations)} of {len(ds.observations)} rows"
            expect(page.get_by_text(total)).to_be_visible(timeout=30_000)

            kind_filter = page.get_by_test_id("stMultiSelect").filter(has_text="Kind")
            kind_filter.locator("input").click()
            page.get_by_role("option", name=kind, exact=True).click()
            page.keyboard.press("Escape")
            expect(page.get_by_text(f"{len(expected)} of {len(ds.observations)} rows")).to_be_visible(timeout=30_000)
            expect(page).to_have_url(f"{server}/data?kind={kind}")

            with page.expect_download(timeout=30_000) as info:
                page.get_by_test_id("stDownloadButton").filter(has_text="Download CSV").locator("button").click()
            target = tmp_path / "download.csv"
            info.value.save_as(target)
        finally:
            browser.close()

    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == len(expected)
    assert {r["kind"] for r in rows} == {kind}
    source = ds.raw.loc[expected.index]
    assert [r["char_start"] for r in rows] == list(source["char_start"])
    assert [r["value"] for r in rows] == list(source["value"])
