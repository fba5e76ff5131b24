"""Speed of the extractor on the seeds plus the dev set, against an earlier commit, run side by side.

    python bench/devset_speed_bench.py [--baseline REF] [--rounds 7]

The baseline is checked out into a temporary git worktree (nothing in this checkout changes). Each round runs
both versions back to back (A B, then B A the next round), so drift of a shared, noisy machine falls on both;
the figures are medians over rounds and the ratios are current / baseline:

- **whole process**: ``python -m extract --seeds <seeds + dev set> --no-cache --workers 1``, from interpreter
  start to the last file written (what a user waits for on a small folder: start-up costs count);
- **extraction only**: the time ``extract_document`` takes over the same documents in a warm process (the
  per-document cost that dominates on a large corpus: start-up costs do not count).

Both use this checkout's virtualenv, so only the code differs, and both run from compiled bytecode (see
``_compile``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
DEFAULT_BASELINE = "89e16a3"  # main before the generalisation work (issue 9)

# Runs inside the version under test: reads every document once, then times extract_document alone.
_INNER = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from extract.catalogue import load_catalogue
from extract.extractor import extract_document
from extract.read import read_document
cat = load_catalogue()
docs = [read_document(p, p.read_bytes()) for p in sorted(Path(sys.argv[2]).iterdir())]
for d in docs:
    extract_document(d, cat)  # warm-up: lazy tables and compiled patterns
t = time.perf_counter()
for d in docs:
    extract_document(d, cat)
print(json.dumps({"seconds": time.perf_counter() - t, "mb": sum(len(d.text.encode()) for d in docs) / 1e6}))
"""


def _compile(root: Path) -> None:
    """Write the bytecode of ``root``'s extract package, and its compiled patterns where it keeps them
    (``extract/rx.py``). Python does both on a package's first run, or pip at install time; a machine that sets
    PYTHONDONTWRITEBYTECODE (as ours do) would otherwise charge every timed run the compilation of its source and
    patterns, which is start-up the code under test does not cost an installed user."""
    subprocess.run([str(PYTHON), "-m", "compileall", "-q", "extract"], cwd=root, check=True, capture_output=True)
    if (root / "extract" / "rx.py").exists():
        subprocess.run([str(PYTHON), "-m", "extract.rx"], cwd=root, check=True, capture_output=True)


def _whole(root: Path, seeds: Path, out: Path) -> float:
    start = time.perf_counter()
    cmd = [str(PYTHON), "-m", "extract", "--seeds", str(seeds), "--out", str(out), "--no-cache", "--workers", "1"]
    subprocess.run(cmd, cwd=root, check=True, capture_output=True)
    return time.perf_counter() - start


def _inner(root: Path, seeds: Path) -> float:
    done = subprocess.run(
        [str(PYTHON), "-c", _INNER, str(root), str(seeds)], capture_output=True, check=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])["seconds"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline", default=DEFAULT_BASELINE, help="git ref of the version to compare against")
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="devset-speed-"))
    base = tmp / "baseline"
    try:
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(base), args.baseline], cwd=ROOT, check=True, capture_output=True
        )
        for root in (ROOT, base):  # both versions run from bytecode, as an installed package does (see _compile)
            _compile(root)
        seeds = tmp / "docs"
        seeds.mkdir()
        for folder in (ROOT / "seeds", ROOT / "tests" / "gold" / "devset" / "docs"):
            for p in folder.iterdir():
                if p.is_file() and not p.name.startswith("."):
                    shutil.copy(p, seeds / p.name)
        times: dict[str, list[float]] = {k: [] for k in ("whole_new", "whole_base", "inner_new", "inner_base")}
        for r in range(args.rounds):
            order = [("new", ROOT), ("base", base)]
            for name, root in order if r % 2 == 0 else order[::-1]:
                times[f"whole_{name}"].append(_whole(root, seeds, tmp / f"out-{name}"))
                times[f"inner_{name}"].append(_inner(root, seeds))
        med = {k: statistics.median(v) for k, v in times.items()}
        mb = sum(p.stat().st_size for p in seeds.iterdir()) / 1e6
        print(f"seeds + dev set: {len(list(seeds.iterdir()))} documents, {mb:.2f} MB; {args.rounds} rounds, medians")
        print(f"{'':22}{'current':>10}{'baseline':>10}{'ratio':>8}")
        for label, key in (("whole process (s)", "whole"), ("extraction only (s)", "inner")):
            new, old = med[f"{key}_new"], med[f"{key}_base"]
            print(f"{label:22}{new:>10.3f}{old:>10.3f}{new / old:>8.2f}")
        return 0
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
