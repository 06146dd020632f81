"""Audit articles in worker processes (`--jobs N`), with results in input order.

Each worker receives the glossary and settings once (pool initializer) and builds its
own check instances, so only documents travel to workers and ArticleResults come back.
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
    from audit.glossary import Glossary
    from audit.model import ArticleResult
    from audit.settings import Settings
    from audit.text.document import Document

T = TypeVar("T")
R = TypeVar("R")
CHUNKS_PER_WORKER = 4  # small enough to balance uneven articles, large enough to amortise IPC
_state: dict[str, Any] = {}


def workers(jobs: int, articles: int) -> int:
    """Processes to use: jobs 0 means every core; never more than there are articles."""
    wanted = (os.cpu_count() or 1) if jobs == 0 else jobs
    return max(1, min(wanted, articles))


def _start(glossary: Glossary, settings: Settings, index_factory: Callable[[Glossary], Any] | None) -> None:
    from audit.checks.registry import select_checks
    from audit.runner import use_batch_gc

    use_batch_gc()  # a worker only ever audits a batch

    checks = select_checks(settings.select, settings.ignore)
    factory = index_factory or built_once()
    _state.update(glossary=glossary, settings=settings, checks=checks, index_factory=factory)


def built_once() -> Callable[[Glossary], Any]:
    """An index factory that builds each glossary's index once per worker process."""
    from audit.glossary.index import GlossaryIndex

    built: dict[int, Any] = {}

    def factory(glossary: Glossary) -> Any:
        if id(glossary) not in built:
            built[id(glossary)] = GlossaryIndex.build(glossary)
        return built[id(glossary)]

    return factory


def _context() -> Any:
    """fork on Linux: workers start at once with the parent's state (glossary, and the same
    str hash seed, so even a check that leaks set order agrees with a serial run); the
    platform default (spawn on macOS/Windows) elsewhere. No thread runs yet when it forks."""
    import multiprocessing

    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)


class WorkerError(Exception):
    """An AuditError raised in a worker, as plain text (its own class may not unpickle)."""


def _audit(doc: Document) -> ArticleResult:
    from audit.runner import audit_document

    try:
        return audit_document(
            doc, _state["checks"], _state["glossary"], _state["settings"], _state["index_factory"]
        )
    except AuditError as exc:
        raise WorkerError(str(exc)) from None


def audit_parallel(
    docs: list[Document],
    glossary: Glossary,
    settings: Settings,
    jobs: int,
    progress: Callable[[int, int], None],
    index_factory: Callable[[Glossary], Any] | None = None,
) -> list[ArticleResult]:
    return ordered_map(_audit, docs, jobs, progress, _start, (glossary, settings, shareable(index_factory)))


def shareable(index_factory: Callable[[Glossary], Any] | None) -> Callable[[Glossary], Any] | None:
    """What workers get of the parent's index factory: a forked worker shares the (cache-backed)
    factory; a spawned one cannot unpickle a closure, gets None and calls `built_once`."""
    return index_factory if _context().get_start_method() == "fork" else None


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
    try:
        yield
    finally:
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
