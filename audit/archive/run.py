"""Audit archives: rows → cache lookup → executor (serial, --jobs, Dask) → RunResult.

Chunks stream through: each is looked up in the result cache, only the misses are audited,
and results are merged back in row order; the RunResult is what every reporter consumes.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from audit.archive import engine, executors, fingerprint
from audit.archive.cache import FILE_NAME, ResultCache
from audit.archive.rows import Row, RowError
from audit.archive.sources import CHUNK_ROWS, Columns, count_rows, read_chunks
from audit.archive.summary import Tally
from audit.archive.worker import Payload, register
from audit.model import ArticleResult, RunResult
from audit.settings import Settings

Progress = Callable[[int, int], None]
MB = 1024 * 1024


@dataclass(frozen=True)
class ArchiveOptions:
    """How to read archives and where to audit them (columns, cache, Dask)."""

    columns: Columns = field(default_factory=Columns)
    cache: bool = True
    cache_dir: Path | None = None  # None: the glossary cache folder (audit/glossary/cache.py)
    cache_mb: int = 512
    dask: str | None = None
    keep_text: bool = False  # text/HTML reports show findings in place; tables do not need text
    chunk_rows: int = CHUNK_ROWS


@dataclass
class Chunk:
    """One chunk of rows with their cache keys and the results already cached."""

    rows: list[Row]
    keys: list[str | None]
    hits: dict[str, ArticleResult]


def open_cache(options: ArchiveOptions) -> ResultCache | None:
    """The result cache the options ask for, or None (--no-cache, WIRE_AUDIT_CACHE=off)."""
    from audit.glossary.cache import cache_dir

    folder = options.cache_dir or cache_dir()
    if not options.cache or folder is None:
        return None
    return ResultCache(folder / FILE_NAME, options.cache_mb * MB)


def _keyed(rows: list[Row], run_key: str, settings: Settings) -> tuple[list[Row], list[str | None]]:
    """Rows with their dates resolved (column, --date, dateline, today) and their cache keys."""
    out: list[Row] = []
    keys: list[str | None] = []
    for row in rows:
        if row.error is not None:
            out.append(row)
            keys.append(None)
            continue
        day = engine.resolve_date(row.text, row.date, settings)
        out.append(replace(row, date=day))
        keys.append(fingerprint.article_key(run_key, row.path, row.text, day))
    return out, keys


def _chunks(
    paths: Sequence[str], options: ArchiveOptions, settings: Settings, run_key: str, cache: ResultCache | None
) -> Iterator[tuple[Chunk, list[Row]]]:
    """(chunk, rows still to audit) for every chunk of every archive, in order."""
    for path in paths:
        for raw in read_chunks(path, options.columns, options.chunk_rows):
            rows, keys = _keyed(raw, run_key, settings)
            wanted = [k for k in keys if k is not None]
            hits = cache.get_many(wanted) if cache is not None else {}
            todo = [r for r, k in zip(rows, keys, strict=True) if k is not None and k not in hits]
            yield Chunk(rows, keys, hits), todo


def _merge(
    chunk: Chunk, fresh: list[Any], keep_text: bool
) -> tuple[list[Any], list[tuple[str, ArticleResult]]]:
    """Outcomes in row order, and the new results to store in the cache."""
    new = iter(fresh)
    merged: list[Any] = []
    store: list[tuple[str, ArticleResult]] = []
    for row, key in zip(chunk.rows, chunk.keys, strict=True):
        if key is None:
            merged.append(RowError(row.number, row.path, row.error or "invalid row"))
        elif key in chunk.hits:
            hit = chunk.hits[key]
            merged.append(replace(hit, text=row.text) if keep_text else hit)
        else:
            outcome = next(new)
            merged.append(outcome)
            if isinstance(outcome, ArticleResult):
                store.append((key, outcome))
    return merged, store


def _results(
    paths: Sequence[str],
    settings: Settings,
    options: ArchiveOptions,
    payload: Payload,
    cache: ResultCache | None,
    stack: ExitStack,
) -> Iterator[tuple[Chunk, list[Any]]]:
    """The executor the settings ask for, over every chunk."""
    batches = _chunks(paths, options, settings, payload.fingerprint, cache)
    if options.dask:
        from audit.archive import cluster

        dask_client = stack.enter_context(cluster.client(options.dask, _log))
        return cluster.run_on(dask_client, payload, batches)
    from audit.engine.parallel import workers

    jobs = workers(settings.jobs, sys.maxsize)
    if jobs > 1:
        return executors.processes(payload, batches, jobs)
    return executors.serial(payload, batches)


def _log(message: str) -> None:
    print(message, file=sys.stderr)


def _payload(settings: Settings, options: ArchiveOptions) -> tuple[engine.Knowledge, Payload]:
    """Knowledge loaded once in this process (registered for forked workers) and its payload."""
    known = engine.load_knowledge(settings)
    run_key = fingerprint.run_key(known.glossary, settings)
    register(run_key, known)
    return known, Payload(known.glossary, settings, run_key, options.keep_text)


def run_archives(
    paths: Sequence[str],
    settings: Settings,
    options: ArchiveOptions | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Audit every row of the archives; per-row errors are collected, not raised."""
    options = options or ArchiveOptions()
    known, payload = _payload(settings, options)
    total = count_rows(paths) if progress is not None and getattr(progress, "enabled", True) else 0
    tally, articles = Tally(started=time.perf_counter()), []
    cache = open_cache(options)
    with ExitStack() as stack:
        if cache is not None:
            stack.callback(cache.close)
        for chunk, fresh in _results(paths, settings, options, payload, cache, stack):
            merged, store = _merge(chunk, fresh, options.keep_text)
            if cache is not None:
                cache.put_many(store)
            articles.extend(tally.add(merged, hits=len(chunk.hits)))
            if progress is not None:
                progress(tally.rows, max(total, tally.rows))
    signature = {**engine.signature(known), "archives": list(paths)}
    return RunResult(articles=tuple(articles), signature=signature, extra=tally.extra())
