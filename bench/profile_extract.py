"""Throughput of ``extract_document`` alone (no reading, writing or process start-up), in MB/s of file bytes.

The machine is shared and noisy, so every figure is paired with baselines measured in
the same run, interleaved with it, over the same text:

* a plain ``re.finditer(r"\\d", text)`` scan: ``ratio`` = extractor speed / scan speed;
* optionally (``--compare DIR``) another version of the extractor, e.g. the last commit
  exported with ``git archive HEAD extract | tar -x -C /tmp/base``: ``speed-up`` =
  its time / this tree's time. This is the figure to quote for a change.

Each measurement is the best of ``--repeat`` runs of process CPU time (single core).

    python bench/profile_extract.py [CORPUS_DIR ...] [--repeat 3] [--limit-mb 1] [--compare DIR] [--profile N]

Seeds are always measured; each CORPUS_DIR (for example one made by
``bench/make_corpus.py``) is measured as one more set, up to ``--limit-mb`` of it.
``--profile N`` prints the N costliest functions (cProfile, own time) of one extra
run over each set.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import pstats
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.catalogue import load_catalogue  # noqa: E402
from extract.extractor import extract_document  # noqa: E402
from extract.model import Document  # noqa: E402
from extract.read import list_documents, read_document  # noqa: E402

TARGET_MB_S = 5.0
_DIGIT = re.compile(r"\d")


def load(folder: Path, limit_mb: float) -> list[Document]:
    """The readable documents of ``folder``, in name order, until ``limit_mb`` MB of file bytes."""
    docs: list[Document] = []
    total = 0
    for path in list_documents(folder):
        docs.append(read_document(path, path.read_bytes()))
        total += docs[-1].bytes
        if total >= limit_mb * 1e6:
            break
    return docs


def load_other_version(folder: Path) -> tuple[Callable, object]:
    """``extract_document`` and the default catalogue of the ``extract`` package inside ``folder``."""
    package = folder / "extract"
    spec = importlib.util.spec_from_file_location(
        "extract_baseline", package / "__init__.py", submodule_search_locations=[str(package)]
    )
    if spec is None or spec.loader is None:
        raise SystemExit(f"no extract package in {folder}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_baseline"] = module
    spec.loader.exec_module(module)

    def sub(name: str) -> ModuleType:
        return importlib.import_module(f"extract_baseline.{name}")

    return sub("extractor").extract_document, sub("catalogue").load_catalogue()


def interleaved_best(runs: dict[str, Callable[[], None]], repeat: int) -> dict[str, float]:
    """Smallest process CPU time of each run over ``repeat`` rounds, the runs taking turns within a round."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, fn in runs.items():
            t = time.process_time()
            fn()
            best[name] = min(best[name], time.process_time() - t)
    return {name: max(t, 1e-9) for name, t in best.items()}


def measure(name: str, docs: list[Document], catalogue, repeat: int, top: int, other) -> None:
    mb = sum(d.bytes for d in docs) / 1e6

    def run_extract() -> None:
        for d in docs:
            extract_document(d, catalogue)

    def run_scan() -> None:
        for d in docs:
            for _ in _DIGIT.finditer(d.text):
                pass

    runs = {"extract": run_extract, "scan": run_scan}
    if other is not None:
        other_extract, other_catalogue = other

        def run_other() -> None:
            for d in docs:
                other_extract(d, other_catalogue)

        runs["other"] = run_other
    best = interleaved_best(runs, repeat)
    line = (
        f"{name:<10} {len(docs):>4} docs {mb:6.2f} MB  extract {mb / best['extract']:5.2f} MB/s  "
        f"\\d-scan {mb / best['scan']:6.1f} MB/s  ratio {best['scan'] / best['extract']:.4f} "
        f"(target {TARGET_MB_S:g} MB/s would be {TARGET_MB_S * best['scan'] / mb:.4f})"
    )
    if other is not None:
        line += f"  compared version {mb / best['other']:5.2f} MB/s  speed-up x{best['other'] / best['extract']:.2f}"
    print(line, flush=True)
    if top:
        prof = cProfile.Profile()
        prof.runcall(run_extract)
        pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="*", type=Path, help="folders of documents to measure besides the seeds")
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--repeat", type=int, default=3, help="rounds per measurement; the fastest counts (default 3)")
    ap.add_argument("--limit-mb", type=float, default=1.0, help="read at most this much of each corpus (default 1)")
    ap.add_argument("--compare", type=Path, metavar="DIR", help="folder holding another version's extract/ package")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the N costliest functions")
    args = ap.parse_args(argv)
    catalogue = load_catalogue()
    other = load_other_version(args.compare) if args.compare else None
    measure("seeds", load(args.seeds, args.limit_mb), catalogue, args.repeat, args.profile, other)
    for folder in args.corpus:
        measure(folder.name, load(folder, args.limit_mb), catalogue, args.repeat, args.profile, other)
    return 0


if __name__ == "__main__":
    sys.exit(main())
