"""Fuzz the extractor: N generated inputs (default 100,000), each must not raise and must keep provenance.

    python bench/fuzz_extract.py [--count N] [--seed S]

Inputs mix fragments of the genre (years, units, qualifiers, table tabs, footnote marks, Chinese units) with
random characters, so that they reach deep into the parser. Prints the count, the time, and every finding
(input, exception or broken offset); exits 1 when there is a finding.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.catalogue import load_catalogue  # noqa: E402
from extract.extractor import extract_document  # noqa: E402
from extract.model import Document  # noqa: E402

FRAGMENTS = [
    "In 2022, ", "By 2030, ", "by the end of 2021", " will ", " had reached ", "more than ", "around ", "about ",
    "1,234", "37.63", " million ", " billion ", " trillion ", "kilowatts", " kWh", " tons of standard coal",
    " per 10,000 RMB", "%", " percent", "60%-70%", " from ", " to ", " and ", " compared with the 2005 level",
    " year-on-year", "two-thirds", "a quarter", "half", "8.9:44.2:46.9", "\t", "\n", "\n\n",
    "Main Objectives\t2025\t2030",
    "13.5ª", "^b", "°", "²⁵", "^a compared with 2020 level", "亿千瓦", "万吨", "以上", "左右", "比2005年",
    "到2030年", "。",
    "(", ")", "Figure 3", "No. 1", "https://x.org/1", "peak", "carbon neutrality", "before 2030",
    "Liaoning and Shandong provinces", "of the world's total", "−", "=", "+", "-", ".", ",", " ", "0", "9", "2060",
    "13th Five-Year Plan", "From 2013 to 2022, ", " rising from 8.0% and 13.9% in 2018 to 9.8% and 16.9%",
]  # fmt: skip
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,;:%()-\t\n年亿万ªº°²"


def generate(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 30)):
        if rng.random() < 0.7:
            parts.append(rng.choice(FRAGMENTS))
        else:
            parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 10))))
    return "".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20261123)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    catalogue = load_catalogue()
    findings: list[str] = []
    rows = 0
    started = time.perf_counter()
    for i in range(args.count):
        text = generate(rng)
        doc = Document(doc=f"f{i}", file=f"f{i}.txt", text=text, sha256="0", bytes=len(text.encode()))
        try:
            result = extract_document(doc, catalogue)
        except Exception:  # noqa: BLE001 - a finding is any exception at all
            findings.append(f"#{i} raised on {text!r}:\n{traceback.format_exc(limit=3)}")
            continue
        for o in result.observations:
            rows += 1
            if text[o.char_start : o.char_end] != o.value_raw:
                findings.append(f"#{i} provenance broken: {o.value_raw!r} at {o.char_start} in {text!r}")
    seconds = time.perf_counter() - started
    print(f"fuzz: {args.count} inputs, {rows} rows, {len(findings)} findings, {seconds:.1f} s (seed {args.seed})")
    for f in findings[:20]:
        print(f)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
