"""The same documents read from HTML and from PDF, scored on the same gold rows (a script, not a test).

    .venv/bin/python bench/pdf_accuracy.py --map bench/devset_pdf_map.txt --html-dir ../shared/ndc-corpus/html \
        --gold tests/gold/devset/gold.csv [--out DIR] [--running-heads]

MAP names one document per line: ``<gold doc name> <corpus file stem>`` (the dev set's notes name each document's
source file). Each HTML file is printed to PDF by headless Chromium (``apt-get install chromium``; with
``--running-heads``, under its page heads and feet: date, title, address, page number), both versions of the whole
documents are extracted, and each is scored with ``python -m extract.evaluate`` against the gold rows: gold rows
hold only an excerpt's values, so recall is the figure to compare (precision also counts the rest of a document).

What it measures is what the PDF reader (``extract/pdflayout.py``) keeps of a document's structure: paragraphs and
tables. A printed web page is a tidy PDF (one column); PDFs made by word processors add columns and hyphenation,
and are likely to score lower.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"


def _print_pdf(html: Path, pdf: Path, heads: bool) -> None:
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu"]
    if not heads:
        cmd.append("--no-pdf-header-footer")
    cmd += [f"--print-to-pdf={pdf}", html.resolve().as_uri()]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def _extract_and_score(seeds: Path, out: Path, gold: Path) -> str:
    cmd = [str(PYTHON), "-m", "extract", "--seeds", str(seeds), "--out", str(out), "--no-cache", "--quiet"]
    subprocess.run(cmd, cwd=ROOT, check=True)
    done = subprocess.run(
        [str(PYTHON), "-m", "extract.evaluate", str(out / "observations.csv"), "--gold", str(gold)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--map", type=Path, required=True, help="lines of '<gold doc> <corpus file stem>'")
    ap.add_argument("--html-dir", type=Path, required=True)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--out", type=Path, help="keep the PDFs and outputs here (default: a temporary folder)")
    ap.add_argument(
        "--running-heads", action="store_true", help="print Chromium's page heads and feet (date, title, address, page)"
    )
    args = ap.parse_args()
    if shutil.which("chromium") is None:
        print("chromium is needed to print the HTML files to PDF", file=sys.stderr)
        return 2
    work = args.out or Path(tempfile.mkdtemp(prefix="pdf-accuracy-"))
    html_dir, pdf_dir = work / "html", work / "pdf"
    html_dir.mkdir(parents=True, exist_ok=True)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    for line in args.map.read_text().splitlines():
        if not line.strip():
            continue
        doc, stem = line.split()
        html = html_dir / f"{doc}.html"
        shutil.copyfile(args.html_dir / f"{stem}.html", html)
        if not (pdf_dir / f"{doc}.pdf").exists():
            _print_pdf(html, pdf_dir / f"{doc}.pdf", args.running_heads)
    for kind, seeds in (("HTML", html_dir), ("PDF", pdf_dir)):
        print(f"== {kind}\n{_extract_and_score(seeds, work / f'out_{kind.lower()}', args.gold)}")
    print(f"(files in {work})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
