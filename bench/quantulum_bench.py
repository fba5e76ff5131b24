"""Our extractor side by side with quantulum3 on the same text: throughput ratio and value+unit recall on the gold set.

Why: quantulum3 is the usual off-the-shelf answer to "find the quantities in this
text". This script measures, in ONE run, how much faster we are and how many of
the 214 hand-checked gold values each tool finds in the right unit.

Recall: for each gold row (doc, value, unit), does the tool emit that value in that
unit from that document (values equal within 0.5 %, the rounding of the gold's
3-significant-figure conversions). quantulum3's units are converted to ours
(kilowatt -> GW, ton -> Mt, cubic metre -> billion m3, yuan -> CNY billion, ...).
Its ``dimensionless`` numbers are credited generously as any unitless unit of ours
(count, million, year, ratio, times), and a ton as any of our mass units (Mt,
Mtce, Mt CO2, Mt CO2e, Mt C), since it cannot tell coal from CO2.

    pip install -r bench/requirements.txt
    python bench/quantulum_bench.py [--corpus-kb 300]
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from make_corpus import DEFAULT_FOLDER, make_corpus  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "seeds_gold.csv"
SEEDS = ROOT / "seeds"
REL_TOL = 0.005
TARGET_SPEED_RATIO = 50.0

MASS = ("Mt", "Mtce", "Mt CO2", "Mt CO2e", "Mt C")
UNITLESS = ("count", "year", "ratio", "times")
#: quantulum3 unit name -> [(our unit, factor)]
QUANTULUM_UNITS: dict[str, list[tuple[str, float]]] = {
    "watt": [("GW", 1e-9)], "kilowatt": [("GW", 1e-6)], "megawatt": [("GW", 1e-3)], "gigawatt": [("GW", 1.0)],
    "terawatt": [("GW", 1e3)],
    "watt hour": [("TWh", 1e-12)], "kilowatt hour": [("TWh", 1e-9)], "megawatt hour": [("TWh", 1e-6)],
    "gigawatt hour": [("TWh", 1e-3)], "terawatt hour": [("TWh", 1.0)],
    "ton": [(u, 1e-6) for u in MASS], "tonne": [(u, 1e-6) for u in MASS], "short ton": [(u, 1e-6) for u in MASS],
    "kilogram": [(u, 1e-9) for u in MASS] + [("kgce/t", 1.0)], "megatonne": [(u, 1.0) for u in MASS],
    "cubic metre": [("billion m3", 1e-9)], "cubic kilometre": [("billion m3", 1.0)],
    "square metre": [("billion m2", 1e-9), ("Mha", 1e-10)], "square kilometre": [("Mha", 1e-4), ("billion m2", 1e-3)],
    "hectare": [("Mha", 1e-6)],
    "chinese yuan": [("CNY billion", 1e-9)], "renminbi": [("CNY billion", 1e-9)],
    "percentage": [("%", 1.0)],
    "dimensionless": [(u, 1.0) for u in UNITLESS] + [("million", 1e-6)],
}  # fmt: skip


#: doc -> [(value, unit)] in our canonical units
Found = dict[str, list[tuple[float, str]]]


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def load_gold() -> list[dict[str, str]]:
    with GOLD.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def recall(gold: list[dict[str, str]], found: Found) -> float:
    hits = sum(
        any(unit == g["unit"] and close(value, float(g["value"])) for value, unit in found.get(g["doc"], []))
        for g in gold
    )
    return hits / len(gold)


def ours(texts: dict[str, str]) -> tuple[Found, float]:
    """Our extractor over each document: (doc -> [(value, unit)], seconds)."""
    from extract.catalogue import load_catalogue
    from extract.extractor import extract_document
    from extract.model import Document

    catalogue = load_catalogue()
    docs = [
        Document(doc=name, file=f"{name}.txt", text=text, sha256="", bytes=len(text.encode()))
        for name, text in texts.items()
    ]
    extract_document(docs[0], catalogue)  # imports and caches warmed, as for quantulum below
    found: Found = defaultdict(list)
    started = time.perf_counter()
    for doc in docs:
        for o in extract_document(doc, catalogue).observations:
            found[doc.doc].append((float(o.value), o.unit))
    return found, time.perf_counter() - started


def quantulum(
    texts: dict[str, str],
) -> tuple[dict[str, list[tuple[float, str]]], dict[str, list[tuple[float, str]]], int, float]:
    """quantulum3 over each document, paragraph by paragraph (its intended input size).

    Returns the generous reading, the strict one (no credit for unitless numbers), the number of quantities, seconds.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    parser.parse("warm up: 1.5 GW and 20 % in 2020")
    parsed: dict[str, list] = defaultdict(list)
    started = time.perf_counter()
    for name, text in texts.items():
        for paragraph in text.split("\n"):
            if paragraph.strip():
                parsed[name] += parser.parse(paragraph)
    seconds = time.perf_counter() - started
    generous: Found = defaultdict(list)
    strict: Found = defaultdict(list)
    for name, quantities in parsed.items():
        for q in quantities:
            for unit, factor in QUANTULUM_UNITS.get(q.unit.name, []):
                generous[name].append((q.value * factor, unit))
                if q.unit.name != "dimensionless":
                    strict[name].append((q.value * factor, unit))
    return generous, strict, sum(len(v) for v in parsed.values()), seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_FOLDER, help="synthetic corpus (made if missing)")
    ap.add_argument("--corpus-kb", type=int, default=300, help="kB of corpus text added to the timing (default 300)")
    args = ap.parse_args(argv)

    seeds = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    if not args.corpus.is_dir() or not any(args.corpus.iterdir()):
        make_corpus(args.corpus)
    first = sorted(args.corpus.glob("*.txt"))[0].read_text(encoding="utf-8")
    sample = first[: first.rfind("\n", 0, args.corpus_kb * 1000) + 1]
    timing_texts = {**seeds, "corpus_sample": sample}
    mb = sum(len(t.encode()) for t in timing_texts.values()) / 1e6

    our_found, our_s = ours(timing_texts)
    q_generous, q_strict, q_count, q_s = quantulum(timing_texts)
    gold = load_gold()
    print(f"text: 5 seeds + {len(sample.encode()) / 1e3:.0f} kB of corpus = {mb:.2f} MB, same text for both tools")
    print(f"{'tool':12} {'seconds':>8} {'MB/s':>8} {'values':>8} {'gold recall':>12} {'strict':>8}")
    n_ours = sum(len(v) for v in our_found.values())
    rec = recall(gold, our_found)
    print(f"{'ours':12} {our_s:8.2f} {mb / our_s:8.3f} {n_ours:8d} {rec:12.1%} {rec:8.1%}")
    q_rec, q_strict_rec = recall(gold, q_generous), recall(gold, q_strict)
    print(f"{'quantulum3':12} {q_s:8.2f} {mb / q_s:8.3f} {q_count:8d} {q_rec:12.1%} {q_strict_rec:8.1%}")
    print("strict: quantulum3 gets no credit for unitless numbers (count, year, million, ratio, times)")
    ratio = q_s / our_s
    verdict = "meets" if ratio >= TARGET_SPEED_RATIO else "MISSES"
    print(f"throughput ratio ours / quantulum3: {ratio:.1f}x ({verdict} >= {TARGET_SPEED_RATIO:g}x)")
    print(f"gold rows: {len(gold)}; value+unit match within {REL_TOL:.1%}; quantulum3 credited generously (see doc)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
