"""``python -m extract``: documents in, CSVs out.

Exit status: 0 every document processed; 1 some document could not be read (the
others are written and documents.csv says why); 2 usage, catalogue or engine
error, in which case nothing in the output folder is touched; 130 interrupted.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .cache import DEFAULT_CACHE_DIR, Cache, Entry
from .catalogue import DEFAULT_CATALOGUE, Catalogue, CatalogueError, load_catalogue
from .engines import DEFAULT_DASK_TIMEOUT, ENGINES, EngineError, make_engine
from .pipeline import run_extraction
from .read import list_documents

if TYPE_CHECKING:
    from tqdm import tqdm

EXIT_OK, EXIT_DOC_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's convention for SIGINT
#: Allocations between young-generation collections. Each document keeps tens of thousands of objects alive while it
#: is read; at Python's default (700) the collector traverses them again and again, about 3% of a corpus run.
#: Garbage cycles are still collected, in larger batches.
GC_THRESHOLD = 20_000
PROGRESS_MIN_DOCS = 20


class UsageError(Exception):
    """A problem with the command line or its inputs, found before any output is touched."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m extract",
        description=__doc__.replace("``", ""),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--seeds", type=Path, default=Path("seeds"), metavar="DIR", help="documents (default: seeds)")
    ap.add_argument("--out", type=Path, default=Path("data"), metavar="DIR", help="output folder (default: data)")
    ap.add_argument(
        "--catalogue",
        type=Path,
        default=DEFAULT_CATALOGUE,
        metavar="FILE",
        help="indicator catalogue YAML (default: extract/indicators.yaml)",
    )
    ap.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="documents processed in parallel; 1 = in this process (default: all cores, %(default)s)",
    )
    ap.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE_DIR,
        metavar="DIR",
        help="cache of per-document results (default: .cache/extract in the project)",
    )
    ap.add_argument(
        "--no-cache",
        action="store_true",
        help=(
            "extract every document again; read and write no cache of results (place-name tables derived from "
            "pycountry are still kept: they depend only on its version)"
        ),
    )
    ap.add_argument(
        "--engine", choices=ENGINES, default="local", help="local: this machine (default); dask: a Dask cluster"
    )
    ap.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster of --workers processes)",
    )
    ap.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_DASK_TIMEOUT,
        metavar="SECONDS",
        help="how long to try to reach the Dask scheduler (default: %(default)g)",
    )
    ap.add_argument("--quiet", action="store_true", help="no summary line or progress bar; errors only")
    return ap.parse_args(argv)


class NoBar:
    """What a disabled tqdm bar does (count nothing, print lines as they come), without importing tqdm (30 ms)."""

    def update(self, n: int = 1) -> None:
        pass

    def write(self, line: str, file: TextIO | None = None) -> None:
        fp = file if file is not None else sys.stdout
        if fp is not None:
            fp.write(line + "\n")

    def close(self) -> None:
        pass


def progress_bar(total: int, enabled: bool) -> tqdm | NoBar:
    """tqdm's bar on stderr, shown only for many documents and only on a terminal (not in logs or pipes).

    Without its monitor thread: the process pool forks only a single-threaded process (engines.ProcessEngine).
    """
    if not enabled:
        return NoBar()
    from tqdm import tqdm

    tqdm.monitor_interval = 0
    return tqdm(
        total=total,
        file=sys.stderr,
        mininterval=0.1,
        bar_format="{percentage:3.0f}%|{bar:30}| {n_fmt}/{total_fmt} documents [{elapsed}<{remaining}]",
    )


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage; callers get a code, not an exception
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    started = time.perf_counter()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    try:
        catalogue, catalogue_bytes, paths = _check_inputs(args)
        engine = make_engine(args.engine, args.workers, args.scheduler, args.timeout)
    except (UsageError, EngineError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE

    progress = progress_bar(len(paths), len(paths) >= PROGRESS_MIN_DOCS and not args.quiet and sys.stderr.isatty())

    def report(path: Path, entry: Entry, cached: bool) -> None:
        if entry.document["status"] == "error":
            progress.write(f"error: {path}: {entry.document['error']}", file=sys.stderr)
        progress.update()

    cache = Cache(None if args.no_cache else args.cache, catalogue_bytes)
    try:
        summary = run_extraction(paths, args.out, catalogue, on_result=report, cache=cache, engine=engine)
    except EngineError as exc:
        print(f"error: {exc}; nothing written to {args.out}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        where = exc.filename or args.out
        print(f"error: cannot write {where}: {exc.strerror or exc}; no output file replaced", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        progress.close()
        engine.close()
    if not args.quiet:
        elapsed = time.perf_counter() - started
        skipped = f", {len(summary.skipped)} skipped" if summary.skipped else ""
        print(
            f"{len(summary.entries)} documents ({len(summary.failed)} failed{skipped}; {summary.extracted} extracted, "
            f"{summary.cached} from cache), {summary.rows} rows, {summary.megabytes:.1f} MB in {elapsed:.2f} s "
            f"({summary.megabytes / elapsed if elapsed else 0:.1f} MB/s) -> {args.out}"
        )
    return EXIT_DOC_ERROR if summary.failed else EXIT_OK


def _check_inputs(args: argparse.Namespace) -> tuple[Catalogue, bytes, list[Path]]:
    """Everything that can be wrong before work starts: the catalogue, the folders, the options."""
    if args.workers < 1:
        raise UsageError(f"--workers must be at least 1, not {args.workers}")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    try:
        catalogue = load_catalogue(args.catalogue)
        catalogue_bytes = Path(args.catalogue).read_bytes()
    except CatalogueError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"{args.catalogue}: cannot read the catalogue: {exc.strerror or exc}") from None
    if not args.seeds.is_dir():
        raise UsageError(f"{args.seeds}: seeds folder does not exist or is not a folder")
    if args.out.exists() and not args.out.is_dir():
        raise UsageError(f"{args.out}: output path exists and is not a folder")
    paths = list_documents(args.seeds)
    if not paths:
        raise UsageError(f"{args.seeds}: no documents found; nothing written (an empty run would erase {args.out})")
    clash = _duplicate_ids(paths)
    if clash:
        raise UsageError(f"{args.seeds}: files {', '.join(clash)} share one document id; rename one")
    return catalogue, catalogue_bytes, paths


def _duplicate_ids(paths: list[Path]) -> list[str]:
    seen: dict[str, Path] = {}
    clash: list[str] = []
    for p in paths:
        if p.stem in seen:
            clash += [seen[p.stem].name, p.name]
        seen[p.stem] = p
    return clash
