"""`--dask local:N` or `--dask tcp://scheduler:8786`: audit batches on a Dask cluster.

The glossary and settings are scattered to every worker once; each worker builds its index
on its first task (audit/archive/worker.py). Dask reschedules the tasks of a worker that
dies, and results are collected in input order, so output matches a serial run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from audit.archive.executors import Batches, Results, ordered
from audit.archive.worker import Payload, audit_rows
from audit.errors import AuditError, ConfigError

T = TypeVar("T")
INSTALL = "pip install 'wire-audit[dask]'"
CONNECT_TIMEOUT = "30s"
WINDOW_PER_WORKER = 2  # batches in flight per worker: keeps every worker busy, memory bounded


def need_distributed() -> Any:
    """The `distributed` module, or a one-line ConfigError (exit 2) naming the extra."""
    try:
        import distributed
    except ImportError:
        raise ConfigError(f"--dask needs dask[distributed], which is not installed: {INSTALL}") from None
    return distributed


def parse_target(spec: str) -> tuple[str, str | int]:
    """("local", N) for local:N, ("address", spec) for a scheduler address."""
    if spec.startswith("local:"):
        count = spec.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ConfigError(f"--dask: {spec!r}: expected local:N with N ≥ 1 workers")
        return "local", int(count)
    if "://" in spec:
        return "address", spec
    raise ConfigError(f"--dask: {spec!r} is not local:N or a scheduler address like tcp://host:8786")


@contextmanager
def client(spec: str, log: Callable[[str], None]) -> Iterator[Any]:
    """A connected Client (and its LocalCluster, loopback only), closed on exit or Ctrl-C."""
    distributed = need_distributed()
    kind, target = parse_target(spec)
    cluster = None
    if kind == "local":
        cluster = distributed.LocalCluster(
            n_workers=int(target),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        )
    try:
        with distributed.Client(cluster or target, timeout=CONNECT_TIMEOUT) as dask_client:
            log(f"dask dashboard: {dask_client.dashboard_link}")
            yield dask_client
    except OSError as exc:
        raise ConfigError(f"--dask: cannot reach scheduler {spec}: {exc}") from None
    finally:
        if cluster is not None:
            cluster.close()


def run_on(dask_client: Any, payload: Payload, batches: Batches[T]) -> Results[T]:
    """Batches audited on the cluster's workers, yielded in input order."""
    shared = dask_client.scatter(payload, broadcast=True, hash=False)
    workers = max(1, len(dask_client.scheduler_info().get("workers", {})))

    def submit(rows: list[Any]) -> Any:
        return dask_client.submit(audit_rows, shared, rows, pure=False)

    try:
        yield from ordered(submit, batches, WINDOW_PER_WORKER * workers)
    except need_distributed().KilledWorker as exc:  # the same rows killed workers again and again
        raise AuditError(
            f"Dask workers kept dying on one batch of rows ({exc}); see the worker logs"
        ) from None
