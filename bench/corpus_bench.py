"""The extractor on a whole corpus of real documents, against today's code run side by side (a script, not a test).

    git worktree add /tmp/baseline d6d6d75      # the code to compare with, once
    .venv/bin/python bench/corpus_bench.py [--corpus ../shared/ndc-corpus/html] [--baseline /tmp/baseline]
                                           [--rounds 2] [--workers 1 2]

Each round runs ``python -m extract --no-cache`` of the baseline and of this checkout, alternately, over the corpus
and reads each run's CPU seconds, wall seconds and peak memory (the largest process, from wait4's rusage). Then it
describes this checkout's output: documents, rows per document, languages, countries (right against the ISO3 prefix
of each file name, and again from the text alone), China rows in other parties' documents, skipped and failed
documents with their reasons. Ratios are new/baseline throughput and memory; nothing in the project is written.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
csv.field_size_limit(2**31 - 1)


def run(tree: Path, corpus: Path, out: Path, workers: int) -> dict[str, float]:
    """One run of ``python -m extract`` in ``tree``: CPU and wall seconds, peak RSS of the largest process (MiB)."""
    cmd = [sys.executable, "-m", "extract", "--seeds", str(corpus), "--out", str(out), "--no-cache", "--quiet"]
    cmd += ["--workers", str(workers)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    # Linux's wait4 reports the child together with the worker processes it reaped: CPU is their sum, ru_maxrss
    # the largest single process
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss": usage.ru_maxrss / 1024,
        "status": os.waitstatus_to_exitcode(status),
    }


def measure(trees: dict[str, Path], corpus: Path, workers: int, rounds: int) -> dict[str, list[dict[str, float]]]:
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(rounds):
        for name, tree in trees.items():
            with tempfile.TemporaryDirectory() as out:
                results[name].append(run(tree, corpus, Path(out), workers))
    return results


def describe(out: Path, corpus: Path) -> None:
    """What this checkout made of the corpus."""
    from extract.party import iso3_prefix, text_country
    from extract.places import country_label
    from extract.read import read_document

    docs = list(csv.DictReader((out / "documents.csv").open(encoding="utf-8")))
    rows = list(csv.DictReader((out / "observations.csv").open(encoding="utf-8")))
    status = Counter(d["status"] for d in docs)
    print(f"documents: {len(docs)} ({dict(status)}); rows: {len(rows):,}")
    per_doc = sorted(int(d["rows"] or 0) for d in docs if d["status"] == "ok")
    if per_doc:
        q = statistics.quantiles(per_doc, n=10)
        print(
            f"rows per mined document: min {per_doc[0]}, p10 {q[0]:.0f}, median {statistics.median(per_doc):.0f}, "
            f"p90 {q[-1]:.0f}, max {per_doc[-1]}; documents with no row: {sum(1 for n in per_doc if not n)}"
        )
    print(f"languages: {dict(Counter(d['language'] for d in docs).most_common())}")
    reasons = Counter(re.sub(r", \d+% of the text|: .*| \w+$", "", d["error"]) for d in docs if d["status"] != "ok")
    print(f"skipped/failed reasons: {dict(reasons)}")
    for d in docs:
        if d["status"] == "error":
            print(f"  error {d['file']}: {d['error']}")
    prefixed = [d for d in docs if iso3_prefix(d["file"])]
    right = sum(d["country"] == country_label(iso3_prefix(d["file"]) or "") for d in prefixed)
    print(f"country (documents.csv) right against the file-name prefix: {right}/{len(prefixed)}")
    print(f"countries found: {len({d['country'] for d in docs})}")
    started = time.process_time()
    text_right, wrong = 0, []
    for d in prefixed:
        doc = read_document(corpus / d["file"], (corpus / d["file"]).read_bytes())
        found = text_country(doc.text)
        want = country_label(iso3_prefix(d["file"]) or "")
        text_right += found == want
        if found != want:
            wrong.append(f"{d['file']}->{found}")
    print(
        f"country from the text alone (file name ignored): {text_right}/{len(prefixed)} "
        f"({text_right / max(1, len(prefixed)):.1%}), {time.process_time() - started:.1f} s incl. reading; "
        f"wrong: {', '.join(wrong)}"
    )
    party = {d["doc"]: d["country"] for d in docs}
    china = [r for r in rows if r["region"] == "China" and party.get(r["doc"]) != "China"]
    print(f"rows saying China in other parties' documents: {len(china)}")
    national = sum(r["region"] == party.get(r["doc"]) for r in rows)
    others = Counter(r["region"] for r in rows if r["region"] != party.get(r["doc"])).most_common(12)
    print(f"rows carrying their document's own country: {national:,} ({national / max(1, len(rows)):.1%}); ")
    print(f"other regions, most frequent: {others}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "ndc-corpus" / "html")
    ap.add_argument("--baseline", type=Path, default=Path("/tmp/baseline"))
    ap.add_argument("--new", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    mb = sum(p.stat().st_size for p in corpus.iterdir() if p.is_file()) / 1e6
    trees = {"baseline": args.baseline.resolve(), "new": args.new.resolve()}
    for tree in trees.values():  # both run from bytecode, as installed code does: PYTHONDONTWRITEBYTECODE (set on
        # these machines) would otherwise charge every run, and every worker, the compilation of its source
        subprocess.run([sys.executable, "-m", "compileall", "-q", "extract"], cwd=tree, check=True, capture_output=True)
        if (tree / "extract" / "rx.py").exists():  # and its compiled patterns, where it keeps them (extract/rx.py)
            subprocess.run([sys.executable, "-m", "extract.rx"], cwd=tree, check=True, capture_output=True)
    print(f"corpus: {corpus} ({mb:.1f} MB); {args.rounds} round(s), runs alternate baseline/new")
    for workers in args.workers:
        res = measure(trees, corpus, workers, args.rounds)
        med = {n: {k: statistics.median(r[k] for r in rs) for k in ("cpu", "wall", "rss")} for n, rs in res.items()}
        for n, m in med.items():
            codes = sorted({r["status"] for r in res[n]})
            print(
                f"{workers} worker(s) {n:8}: exit {codes}, CPU {m['cpu']:.1f} s ({mb / m['cpu']:.2f} MB/s per core), "
                f"wall {m['wall']:.1f} s ({mb / m['wall']:.2f} MB/s), peak {m['rss']:.0f} MiB"
            )
        b, n = med["baseline"], med["new"]
        print(
            f"{workers} worker(s) new/baseline: throughput per core x{b['cpu'] / n['cpu']:.2f}, "
            f"wall x{b['wall'] / n['wall']:.2f}, peak memory x{n['rss'] / b['rss']:.2f}"
        )
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [sys.executable, "-m", "extract", "--seeds", str(corpus), "--out", out, "--no-cache", "--quiet"],
            cwd=args.new,
            check=False,
        )
        describe(Path(out), corpus)


if __name__ == "__main__":
    main()
