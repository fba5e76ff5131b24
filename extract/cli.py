"""``python -m extract``: documents in, CSVs out. Exit 0 ok, 1 some document failed, 2 usage/catalogue error."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .catalogue import DEFAULT_CATALOGUE, CatalogueError, load_catalogue
from .pipeline import build_outputs, process_file
from .read import list_documents
from .write import write_outputs

EXIT_OK, EXIT_DOC_ERROR, EXIT_USAGE = 0, 1, 2
PROGRESS_MIN_DOCS = 20


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m extract", description=__doc__)
    ap.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of documents (default: seeds)")
    ap.add_argument("--out", type=Path, default=Path("data"), help="output folder (default: data)")
    ap.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE, help="indicator catalogue YAML")
    ap.add_argument("--quiet", action="store_true", help="no summary line, errors only")
    return ap.parse_args(argv)


class Progress:
    """A one-line progress bar on stderr, shown only for many documents."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled, self.done = total, enabled, 0

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} documents")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    try:
        catalogue = load_catalogue(args.catalogue)
    except CatalogueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.seeds.is_dir():
        print(f"error: {args.seeds}: seeds folder does not exist or is not a folder", file=sys.stderr)
        return EXIT_USAGE
    if args.out.exists() and not args.out.is_dir():
        print(f"error: {args.out}: output path exists and is not a folder", file=sys.stderr)
        return EXIT_USAGE
    paths = list_documents(args.seeds)
    clash = _duplicate_ids(paths)
    if clash:
        print(f"error: {args.seeds}: files {', '.join(clash)} share one document id; rename one", file=sys.stderr)
        return EXIT_USAGE

    progress = Progress(len(paths), enabled=len(paths) >= PROGRESS_MIN_DOCS and not args.quiet)
    results = []
    for path in paths:
        result = process_file(path, catalogue)
        if not result.ok:
            print(f"error: {path}: {result.document['error']}", file=sys.stderr)
        results.append(result)
        progress.step()

    write_outputs(args.out, build_outputs(results, catalogue))
    failed = sum(not r.ok for r in results)
    rows = sum(len(r.observations) for r in results)
    if not args.quiet:
        elapsed = time.perf_counter() - started
        mb = sum(int(r.document["bytes"] or 0) for r in results) / 1e6
        print(
            f"{len(results)} documents ({failed} failed), {rows} rows, {elapsed:.2f} s "
            f"({mb / elapsed if elapsed else 0:.1f} MB/s) -> {args.out}"
        )
    return EXIT_DOC_ERROR if failed else EXIT_OK


def _duplicate_ids(paths: list[Path]) -> list[str]:
    seen: dict[str, Path] = {}
    clash: list[str] = []
    for p in paths:
        if p.stem in seen:
            clash += [seen[p.stem].name, p.name]
        seen[p.stem] = p
    return clash
