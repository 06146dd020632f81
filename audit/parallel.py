"""Audit articles in worker processes (`--jobs N`), with results in input order.

Each worker receives the glossary and settings once (pool initializer) and builds its
own check instances, so only documents travel to workers and ArticleResults come back.
Checks are pure, which is what makes the parallel results identical to a serial run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
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
