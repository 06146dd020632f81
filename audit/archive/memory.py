"""A memory budget for long archive runs: the engine's word caches are emptied when full.

The engine memoises pure per-word functions in ~25 `lru_cache`s (folds, phonetic keys,
token links), sized for one big glossary: together up to ~2 million entries, ~0.8 GB once
100,000 articles of varied names have filled them. A process that audits an archive
(a Dask or `--jobs` worker, or the serial driver) therefore counts their entries after
each task and, past a cap, empties them all. They hold results of pure
functions, so findings are unchanged; only the next few articles recompute some words.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

MAX_ENTRIES = 600_000  # ~160 MB at ~260 bytes an entry (measured); WIRE_AUDIT_CACHE_ENTRIES overrides
MIN_MAXSIZE = 1024  # only the large per-word caches; small ones hold loaded data (house, lexicons)
trims = 0  # times this process emptied its caches (tests and the bench read it)


def max_entries() -> int:
    """The cap on cached words; WIRE_AUDIT_CACHE_ENTRIES=0 empties them after every task (tests)."""
    value = os.environ.get("WIRE_AUDIT_CACHE_ENTRIES", "")
    return int(value) if value.isdigit() else MAX_ENTRIES


def word_caches() -> Iterator[Any]:
    """Every large lru_cache of the audit package's loaded modules, each once."""
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("audit.") or module is None:
            continue
        for value in list(vars(module).values()):
            if id(value) in seen or not _is_word_cache(value):
                continue
            seen.add(id(value))
            yield value


def _is_word_cache(value: Any) -> bool:
    info: Callable[[], Any] | None = getattr(value, "cache_info", None)
    if not callable(info) or not callable(getattr(value, "cache_clear", None)):
        return False
    maxsize = info().maxsize
    return maxsize is not None and maxsize >= MIN_MAXSIZE


def entries() -> int:
    """Entries held by the word caches now."""
    return sum(cache.cache_info().currsize for cache in word_caches())


def trim() -> bool:
    """Empty the word caches when they hold more than the cap; True when it did."""
    global trims
    caches, cap = list(word_caches()), max_entries()
    if cap and sum(cache.cache_info().currsize for cache in caches) <= cap:
        return False
    for cache in caches:
        cache.cache_clear()
    trims += 1
    return True
