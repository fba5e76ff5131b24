"""End to end in a real headless Chromium: serve the dashboard, change a filter, download the CSV, check its rows."""

from __future__ import annotations

import csv
import io
import os
import re
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
UPLOAD_LIMIT_MB = 1
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
    env = os.environ | {
        "CLIMATE_DATA_DIR": str(data),
        "CLIMATE_SEEDS_DIR": str(seeds),
        "CLIMATE_CACHE_DIR": str(data.parent / "cache"),  # the Parquet copy stays out of the repo
    }
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
        "--server.maxUploadSize",  # small, so the upload test can show the limit being enforced with a 1.5 MB file
        str(UPLOAD_LIMIT_MB),
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
            expect(page.get_by_test_id("stCode").last).to_contain_text(f"kind={kind}", timeout=30_000)

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
    # the round trip: every enumerated column exactly as observations.csv holds it ("=" is a qualifier, not a formula)
    for column in ("qualifier", "kind", "baseline", "condition"):
        assert [r[column] for r in rows] == list(source[column].astype(str)), column


def test_scorecard_fits_one_screen_and_a_line_opens_its_rule_and_sentences(server, dashboard_dirs):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(server)
            expect(page.get_by_text("headline goals:")).to_be_visible(timeout=30_000)
            grid = page.get_by_test_id("stDataFrame").first
            expect(grid.locator("canvas").first).to_be_visible()
            box = grid.bounding_box()
            assert box["y"] + box["height"] <= 1000, f"the headline goals end at {box['y'] + box['height']} px"
            page.get_by_test_id("stDialog").wait_for(state="detached", timeout=5_000)  # no "page not found"
            page.mouse.click(box["x"] + 16, box["y"] + 36 + 17)  # the first line's selection box
            expect(page.get_by_text("Achieved when the latest actual")).to_be_visible(timeout=30_000)
            assert "goal=" in page.url
            expect(page.get_by_role("link", name="Open in Explorer")).to_be_visible()
        finally:
            browser.close()


def test_compare_filters_and_downloads_what_the_data_holds(server, dashboard_dirs, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    ds = build_dataset(dashboard_dirs[0])
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(accept_downloads=True, viewport={"width": 1400, "height": 1000})
            page.goto(f"{server}/compare")
            caption = page.get_by_text(re.compile(r"^[\d,]+ of [\d,]+ headline targets"))
            expect(caption).to_be_visible(timeout=30_000)
            before = caption.inner_text()
            status = page.get_by_test_id("stMultiSelect").filter(has_text="Status")
            status.locator("input").click()
            page.get_by_role("option", name="insufficient data", exact=True).click()
            page.keyboard.press("Escape")
            expect(page).to_have_url(re.compile(r"/compare\?status=insufficient(\+|%20)data$"), timeout=30_000)
            expect(caption).not_to_have_text(before, timeout=30_000)
            # the shareable link is drawn after the download buttons: once it names the filter, they hold its rows
            expect(page.get_by_test_id("stCode").last).to_contain_text("status=insufficient", timeout=30_000)
            with page.expect_download(timeout=30_000) as info:
                page.get_by_test_id("stDownloadButton").filter(has_text="Download CSV").locator("button").click()
            target = tmp_path / "compare.csv"
            info.value.save_as(target)
        finally:
            browser.close()
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows and all(r["status"].startswith("insufficient data") for r in rows)
    raw = ds.raw.set_index("row")
    for r in rows:
        assert r["qualifier"] == raw.loc[int(r["row"]), "qualifier"]
        assert float(r["value"]) == float(raw.loc[int(r["row"]), "value"])


def test_upload_shows_rows_downloads_them_neutralised_and_never_runs_scripts(server, tmp_path):
    """The real st.file_uploader: a document whose sentence starts with "=", a web page with a script and a text
    with markup; rows and download in this session, the markup shown as text, nothing executed, the limit held."""
    from playwright.sync_api import expect, sync_playwright
    from test_app_upload import PLAN

    injection = '=HYPERLINK("http://evil.example","click") Wind power capacity will reach 50 GW by 2030.'
    page_html = (
        b"<html><body><script>window.pwned = 1; alert('html')</script>"
        b'<p>By 2030, wind power capacity will reach 60 GW.</p><img src=x onerror="window.pwned=2"></body></html>'
    )
    text_with_markup = (
        b"Notes\n\n<script>window.pwned = 3; alert('txt')</script> wind power capacity will reach 70 GW.\n"
    )
    files = [("plan.txt", PLAN), ("evil.html", page_html), ("notes.txt", text_with_markup)]
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(accept_downloads=True, viewport={"width": 1400, "height": 1000})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(f"{server}/upload")
            expect(page.get_by_text(f"up to {UPLOAD_LIMIT_MB} MB per file")).to_be_visible(timeout=30_000)
            page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
                [{"name": n, "mimeType": "text/plain", "buffer": b} for n, b in files]
            )
            expect(page.get_by_text("plan.txt: 2 rows extracted, as document upload:plan")).to_be_visible(
                timeout=30_000
            )
            expect(page.get_by_text("evil.html: 1 row extracted, as document upload:evil")).to_be_visible()
            expect(page.get_by_text("4 rows from 3 uploaded documents")).to_be_visible()
            expect(page.get_by_text("upload:notes", exact=True)).to_be_visible()

            grid = page.get_by_test_id("stDataFrame")
            grid.hover()
            expect(grid.get_by_role("button", name="Search")).to_be_visible()
            assert grid.get_by_role("button", name="Download as CSV").count() == 0, "exports go through export.py"
            with page.expect_download(timeout=30_000) as info:
                page.get_by_test_id("stDownloadButton").filter(has_text="Download CSV").locator("button").click()
            target = tmp_path / "uploaded.csv"
            info.value.save_as(target)

            # Too large: the browser refuses it before sending, naming the limit; nothing new is extracted.
            page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
                [{"name": "big.txt", "mimeType": "text/plain", "buffer": b"x" * (3 * 2**19)}]
            )
            expect(page.get_by_text(f"File must be {UPLOAD_LIMIT_MB}.0MB or smaller.")).to_be_visible(timeout=30_000)
            expect(page.get_by_text("4 rows from 3 uploaded documents")).to_be_visible()

            # Sources, in the same session (the app's navigation keeps it): the text with its markup, as text.
            page.get_by_role("link", name="Sources").first.click()
            expect(page.get_by_role("heading", name="Sources")).to_be_visible(timeout=30_000)
            page.get_by_test_id("stSelectbox").filter(has_text="Read a document").click()
            page.get_by_role("option", name="Notes (upload:notes)").click()
            expect(page.get_by_text("Uploaded in this session as notes.txt")).to_be_visible(timeout=30_000)
            expect(page.get_by_test_id("stHtml").last).to_contain_text(
                "<script>window.pwned = 3; alert('txt')</script>"
            )
            page.get_by_test_id("stSelectbox").filter(has_text="Read a document").click()
            page.get_by_role("option", name="By 2030, wind power capacity will reach 60 GW. (upload:evil)").click()
            expect(page.get_by_test_id("stHtml").last).to_contain_text("By 2030, wind power capacity will reach 60 GW")
            assert page.evaluate("window.pwned") is None
            assert page.locator("script:has-text('pwned')").count() == 0
        finally:
            browser.close()
    assert dialogs == []
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert {r["doc"] for r in rows} == {"upload:plan", "upload:evil", "upload:notes"} and len(rows) == 4
    assert "'" + injection in [r["quote"] for r in rows]
    free = ("quote", "value_raw", "doc", "region", "indicator", "document_title", "indicator_name")
    assert not any(r[c].startswith(("=", "+", "-", "@")) for r in rows for c in free if not r[c].lstrip("-").isdigit())
