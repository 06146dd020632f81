"""The garbage-collector policy while a batch of articles is audited."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Young-generation GC threshold while auditing a batch (CPython's default is 700).
BATCH_GC_THRESHOLD = 20_000


@contextmanager
def batch_gc() -> Iterator[None]:
    """Fewer garbage collections while a batch of articles is audited, as mypy does.

    An article allocates tens of thousands of short-lived tuples, so at the default threshold
    the collector runs dozens of times per article and keeps re-walking the results already
    kept; at 20,000 the benchmark's CPU time per article fell by ~8%. Extra memory is bounded
    by the threshold. The caller's policy is restored on exit (and left alone if GC is off).
    """
    old = use_batch_gc()
    try:
        yield
    finally:
        gc.set_threshold(*old)


def use_batch_gc() -> tuple[int, int, int]:
    """Switch to the batch GC threshold for good (a worker process); returns the old thresholds."""
    old = gc.get_threshold()
    if old[0]:
        gc.set_threshold(max(old[0], BATCH_GC_THRESHOLD), *old[1:])
    return old
