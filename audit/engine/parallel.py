"""Run work in worker processes (`--jobs N`), with results in input order.

Each worker receives the settings and the glossary once (pool initializer) and builds its
own Engine, so only documents (or stories) travel to workers and results come back.
Checks are pure, which is what makes the parallel results identical to a serial run.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
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

    chunk = max(1, len(items) // (jobs * CHUNKS_PER_WORKER))
    results: list[R] = []
    pool = ProcessPoolExecutor(jobs, _context(), initializer=_quiet, initargs=(initializer, initargs))
    with _pipes_may_break():
        _collect(pool, func, items, chunk, progress, results)
    return results


@contextlib.contextmanager
def _pipes_may_break() -> Iterator[None]:
    """The CLI lets SIGPIPE end the process quietly (`| head`); while workers run, a pipe to
    one that died must raise (BrokenProcessPool, one line) instead of killing the parent."""
    import signal

    if not hasattr(signal, "SIGPIPE") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    yield
    # Restored only when the pool finished: after an interruption its management thread may
    # still write to a terminated worker's pipe while the parent unwinds, and SIGPIPE would
    # then kill the parent (exit -13) before it printed its one line.
    signal.signal(signal.SIGPIPE, previous)


def _collect(pool: Any, func: Callable[[T], R], items: Sequence[T], chunk: int,
             progress: Callable[[int, int], None], results: list[R]) -> None:  # fmt: skip
    """Results into `results` in input order; any interruption ends every worker first."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        for result in pool.map(func, items, chunksize=chunk):
            results.append(result)
            progress(len(results), len(items))
    except WorkerError as exc:
        raise AuditError(str(exc)) from None
    except BrokenProcessPool:
        raise AuditError("a worker process died (out of memory?); try fewer --jobs") from None
    except BaseException:
        _terminate(pool)  # SIGTERM or Ctrl-C in the parent: no worker may outlive it
        raise
    pool.shutdown()


def _quiet(initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    """Worker start: Ctrl-C reaches the whole process group, but only the parent reports it
    (one line) and ends the workers; a worker must not print a traceback of its own."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    initializer(*initargs)


def _terminate(pool: Any) -> None:
    """Stop every worker now (they hold stdout open: a CI timeout would otherwise hang)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)
