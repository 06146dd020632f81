"""Run work in worker processes (`--jobs N`), with results in input order.

Each worker receives the settings and the glossary once (pool initializer) and builds its
own Engine, so only documents (or stories) travel to workers and results come back.
Checks are pure, which is what makes the parallel results identical to a serial run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from audit.errors import AuditError

if TYPE_CHECKING:
    from audit.engine.core import Engine

T = TypeVar("T")
R = TypeVar("R")
CHUNKS_PER_WORKER = 4  # small enough to balance uneven articles, large enough to amortise IPC
_state: dict[str, Any] = {}


def workers(jobs: int, items: int) -> int:
    """Processes to use: jobs 0 means every core; never more than there are items."""
    wanted = (os.cpu_count() or 1) if jobs == 0 else jobs
    return max(1, min(wanted, items))


def start_engine(engine: Engine, extra: Any = None) -> None:
    """Worker initializer: the parent's engine, with a fresh index factory when spawned."""
    from audit.engine.batch import use_batch_gc

    use_batch_gc()  # a worker only ever audits a batch
    if engine.knowledge.index_factory is None:
        engine.knowledge.index_factory = built_once()
    _state.update(engine=engine, extra=extra)


def built_once() -> Callable[[Any], Any]:
    """An index factory that builds each glossary's index once per worker process."""
    from audit.engine.tables import build_index

    built: dict[int, Any] = {}

    def factory(glossary: Any) -> Any:
        if id(glossary) not in built:
            built[id(glossary)] = build_index(glossary)
        return built[id(glossary)]

    return factory


def worker_engine() -> Engine:
    """The Engine this worker process received (see `start_engine`)."""
    engine: Engine = _state["engine"]
    return engine


def worker_extra() -> Any:
    """What the driver sent along with the engine (compare: the reference document)."""
    return _state.get("extra")


def _context() -> Any:
    """fork on Linux: workers start at once with the parent's state (glossary, and the same
    str hash seed); the platform default (spawn on macOS/Windows) elsewhere. No thread runs
    yet when it forks."""
    import multiprocessing

    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)


class WorkerError(Exception):
    """An AuditError raised in a worker, as plain text (its own class may not unpickle)."""


def shareable(engine: Engine) -> Engine:
    """What workers get of the parent's engine: a forked worker shares the (cache-backed)
    index factory; a spawned one cannot unpickle a closure, and builds its own index."""
    from dataclasses import replace

    if _context().get_start_method() == "fork":
        return engine
    knowledge = replace(engine.knowledge, index_factory=None, _index=None, _tables={})
    return replace(engine, knowledge=knowledge)


def ordered_map(
    func: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    progress: Callable[[int, int], None],
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
) -> list[R]:
    """`func` over `items` in `jobs` worker processes, results in input order.

    `func` and `initializer` must be module-level functions; `func` raises `WorkerError`
    for bad input (it is re-raised here as an AuditError, one line, exit 2)."""
    # multiprocessing costs ~0.1 s to import: only when workers are really wanted (not the hook)
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunk = max(1, len(items) // (jobs * CHUNKS_PER_WORKER))
    results: list[R] = []
    pool = ProcessPoolExecutor(jobs, _context(), initializer=initializer, initargs=initargs)
    with pool:
        try:
            for result in pool.map(func, items, chunksize=chunk):
                results.append(result)
                progress(len(results), len(items))
        except WorkerError as exc:
            raise AuditError(str(exc)) from None
        except BrokenProcessPool:
            raise AuditError("a worker process died (out of memory?); try fewer --jobs") from None
    return results
