"""Where batches of rows are audited: this process, `--jobs N` processes, or a Dask cluster.

Every executor yields results in submission order, with a bounded number of batches in
flight, so memory stays flat on any archive size and output matches a serial run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from audit.archive.rows import Row
from audit.archive.worker import Payload, audit_rows
from audit.errors import AuditError

T = TypeVar("T")
TASK_ROWS = 50  # rows per task: ~0.25 s of work at 200 articles/s, small enough to balance
Batches = Iterator[tuple[T, list[Row]]]
Results = Iterator[tuple[T, list[Any]]]
Submit = Callable[[list[Row]], Any]  # rows → a future with .result()


def split(rows: Sequence[Row], size: int = TASK_ROWS) -> list[list[Row]]:
    """Tasks of at most `size` rows: many per batch, so every worker gets a share."""
    return [list(rows[i : i + size]) for i in range(0, len(rows), size)]


def ordered(submit: Submit, batches: Batches[T], window: int) -> Results[T]:
    """(meta, outcomes) per batch in input order, at most `window` batches in flight."""
    pending: deque[tuple[T, list[Any]]] = deque()
    for meta, rows in batches:
        pending.append((meta, [submit(part) for part in split(rows)]))
        while len(pending) > window:
            yield _resolved(pending.popleft())
    while pending:
        yield _resolved(pending.popleft())


def _resolved(item: tuple[T, list[Any]]) -> tuple[T, list[Any]]:
    meta, futures = item
    return meta, [outcome for future in futures for outcome in future.result()]


def serial(payload: Payload, batches: Batches[T]) -> Results[T]:
    """This process, one batch after the other (the reference every executor must match)."""
    for meta, rows in batches:
        yield meta, audit_rows(payload, rows)


def _forked(fingerprint: str, keep_text: bool, rows: list[Row]) -> list[Any]:
    """A `--jobs` task: the forked worker already holds the driver's knowledge."""
    from audit.archive import memory, worker

    known = worker._loaded[fingerprint]
    outcomes = [worker.audit_row(known, row, keep_text) for row in rows]
    memory.trim()
    return outcomes


def processes(payload: Payload, batches: Batches[T], jobs: int) -> Results[T]:
    """`--jobs N`: forked worker processes sharing the driver's loaded glossary and index."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from audit.engine.parallel import _context

    with ProcessPoolExecutor(jobs, _context()) as pool:
        try:
            yield from ordered(
                lambda rows: pool.submit(_forked, payload.fingerprint, payload.keep_text, rows), batches, 2
            )
        except BrokenProcessPool:
            raise AuditError("a worker process died (out of memory?); try fewer --jobs") from None
