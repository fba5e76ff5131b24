"""Where the per-document work runs: in this process, in a local process pool, or on a Dask cluster.

Every engine runs the same function, ``pipeline.process_file``, on the documents
the cache could not serve and yields ``(path, DocResult)`` as each finishes; the
order does not matter because the outputs are sorted afterwards. Dask is
imported only when asked for, so the default path never pays for it.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from .catalogue import Catalogue
from .pipeline import DocResult, process_file

ENGINES = ("local", "dask")
DEFAULT_DASK_TIMEOUT = 10.0


def __getattr__(name: str) -> Any:
    """``ProcessPoolExecutor``, imported when a pool is first started: a run in this process never pays for the
    pool's modules (multiprocessing: about 10 ms of start-up). Tests may set it to forbid pools."""
    if name == "ProcessPoolExecutor":
        from concurrent.futures import ProcessPoolExecutor

        globals()[name] = ProcessPoolExecutor
        return ProcessPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class EngineError(Exception):
    """The engine cannot run (Dask missing, scheduler unreachable, a worker died); nothing has been written."""


class Engine(Protocol):
    def map(self, paths: list[Path], catalogue: Catalogue) -> Iterator[tuple[Path, DocResult]]: ...

    def close(self) -> None: ...


def _largest_first(paths: list[Path]) -> list[Path]:
    """Longest jobs first, so one big document does not finish alone at the end."""

    def size(p: Path) -> int:
        try:
            return p.stat().st_size
        except OSError:
            return 0

    return sorted(paths, key=lambda p: (-size(p), p.name))


class SerialEngine:
    """One document after another in this process: no start-up cost, and tracebacks stay readable."""

    def map(self, paths: list[Path], catalogue: Catalogue) -> Iterator[tuple[Path, DocResult]]:
        for path in paths:
            yield path, process_file(path, catalogue)

    def close(self) -> None:
        pass


_worker_catalogue: Catalogue | None = None


def _init_worker(catalogue: Catalogue) -> None:
    global _worker_catalogue
    _worker_catalogue = catalogue


def _process_in_worker(path: Path) -> DocResult:
    assert _worker_catalogue is not None
    return process_file(path, _worker_catalogue)


class ProcessEngine:
    """A pool of ``workers`` processes on this machine; falls back to in-process for one worker or one document."""

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def map(self, paths: list[Path], catalogue: Catalogue) -> Iterator[tuple[Path, DocResult]]:
        if self.workers <= 1 or len(paths) <= 1:
            yield from SerialEngine().map(paths, catalogue)
            return
        import multiprocessing
        from concurrent.futures import as_completed
        from concurrent.futures.process import BrokenProcessPool

        # fork is cheapest, but forking a threaded process (e.g. inside a web server) can deadlock
        fork_ok = threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
        method = "fork" if fork_ok else "spawn"
        pool = sys.modules[__name__].ProcessPoolExecutor(  # see __getattr__
            max_workers=min(self.workers, len(paths)),
            mp_context=multiprocessing.get_context(method),
            initializer=_init_worker,
            initargs=(catalogue,),
        )
        try:
            futures = {pool.submit(_process_in_worker, p): p for p in _largest_first(paths)}
            for future in as_completed(futures):
                # drop our reference as we go: each finished future holds its document's rows
                yield futures.pop(future), future.result()
        except BrokenProcessPool as exc:
            raise EngineError(f"a worker process died ({exc}); out of memory? try fewer --workers") from exc
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        pass


class DaskEngine:
    """The same work on a Dask cluster: a scheduler address, or a local cluster of ``workers`` processes.

    Documents are sent as bytes, so workers need the ``extract`` package but not the seeds folder.
    """

    def __init__(self, scheduler: str | None, workers: int, timeout: float = DEFAULT_DASK_TIMEOUT) -> None:
        self.scheduler, self.workers, self.timeout = scheduler, workers, timeout
        self._client: Any = None
        self._cluster: Any = None

    def start(self) -> None:
        """Import Dask and connect, so that a missing package or a dead scheduler fails before any work."""
        try:
            import distributed
        except ImportError as exc:
            raise EngineError(
                f"--engine dask needs the dask and distributed packages ({exc.name} is missing): "
                "pip install 'dask[distributed]'"
            ) from None
        try:
            if self.scheduler:
                self._client = distributed.Client(self.scheduler, timeout=self.timeout, set_as_default=False)
            else:
                self._cluster = distributed.LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client = distributed.Client(self._cluster, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            self.close()
            where = self.scheduler or "a local cluster"
            raise EngineError(f"cannot reach the Dask scheduler at {where} within {self.timeout:g} s: {exc}") from None
        try:
            self._client.wait_for_workers(1, timeout=self.timeout)
        except (OSError, TimeoutError):
            self.close()
            where = self.scheduler or "the local cluster"
            raise EngineError(f"the Dask scheduler at {where} has no workers after {self.timeout:g} s") from None
        self._check_workers()

    def _check_workers(self) -> None:
        """Workers running other extractor code would fill the cache with results of that code."""
        from .cache import code_fingerprint

        try:
            seen = self._client.run(_worker_fingerprint)
        except Exception as exc:
            self.close()
            raise EngineError(f"Dask workers cannot run the extractor ({exc}); install this project on each") from None
        ours = code_fingerprint()
        other = sorted(w for w, fp in seen.items() if fp != ours)
        if other:
            self.close()
            raise EngineError(f"Dask workers {', '.join(other)} run a different version of extract/; update them")

    def map(self, paths: list[Path], catalogue: Catalogue) -> Iterator[tuple[Path, DocResult]]:
        import distributed

        if not paths:
            return
        if self._client is None:
            self.start()
        client = self._client
        todo = iter(_largest_first(paths))
        threads = sum(client.nthreads().values()) or 1
        catalogue_future = client.scatter(catalogue, broadcast=True, hash=False)
        running = distributed.as_completed(loop=client.loop)
        owner: dict[str, Path] = {}

        def submit_next() -> Iterator[tuple[Path, DocResult]]:
            """Submit one more document; a file that cannot be opened is answered here, without the cluster."""
            for path in todo:
                try:
                    data = path.read_bytes()
                except OSError:
                    yield path, process_file(path, catalogue)
                    continue
                future = client.submit(process_file, path, catalogue_future, data, pure=False)
                owner[future.key] = path
                running.add(future)
                return

        for _ in range(2 * threads):  # bounded in flight: the documents' bytes are not all held at once
            yield from submit_next()
        try:
            for future in running:
                result = future.result()
                path = owner.pop(future.key)
                future.release()
                yield path, result
                yield from submit_next()
        except Exception as exc:  # process_file turns document errors into rows: this is the cluster failing
            raise EngineError(f"the Dask cluster failed: {type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def _worker_fingerprint() -> str:
    from extract.cache import code_fingerprint

    return code_fingerprint()


def make_engine(name: str, workers: int, scheduler: str | None = None, timeout: float = DEFAULT_DASK_TIMEOUT) -> Engine:
    """The engine for the CLI's ``--engine``; a Dask engine is connected here so that failures come early."""
    if name == "dask":
        engine = DaskEngine(scheduler, workers, timeout)
        engine.start()
        return engine
    if name == "local":
        return ProcessEngine(workers)
    raise ValueError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
