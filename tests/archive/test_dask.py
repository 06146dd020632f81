"""Dask: a 2-worker LocalCluster (processes, 127.0.0.1) gives exactly the serial findings,
also when a worker is killed mid-run; without dask, --dask is one line and exit 2."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pandas as pd
import pytest
from archive_data import ROOT, findings, make_archive, run, write

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")

from audit.archive import audit_dataframe  # noqa: E402
from audit.settings import Settings  # noqa: E402

TIMEOUT = 240  # seconds for a whole cluster test: start, audit 200 articles, close


@pytest.fixture(autouse=True)
def bounded():  # type: ignore[no-untyped-def]
    """Fail a cluster test that hangs instead of blocking CI (no pytest-timeout needed)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"cluster test took more than {TIMEOUT} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(TIMEOUT)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):  # type: ignore[no-untyped-def]
    """(glossary, 200-article JSONL, serial findings) shared by the cluster tests."""
    folder = tmp_path_factory.mktemp("dask")
    glossary, rows = make_archive(folder, 200, words=100)
    path = write(rows, folder / "copy.jsonl")
    return glossary, path, findings(run(path, glossary))


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    with distributed.Client(cluster, timeout="60s") as dask_client:
        yield dask_client
    cluster.close(timeout=60)


def test_local_cluster_finds_what_a_serial_run_finds(archive):  # type: ignore[no-untyped-def]
    glossary, path, serial = archive
    result = run(path, glossary, dask="local:2", chunk_rows=40)
    assert len(serial) > 100
    pd.testing.assert_frame_equal(findings(result), serial)


def test_audit_dataframe_returns_the_serial_findings(archive, client):  # type: ignore[no-untyped-def]
    glossary, path, serial = archive
    ddf = dd.read_json(str(path), lines=True, blocksize=None, dtype=False).repartition(npartitions=4)
    found = audit_dataframe(ddf, Settings(glossaries=(str(glossary),)), source=str(path)).compute()
    got = found.sort_values(["path", "start", "code"], kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(got, serial)
    built = client.run(lambda: __import__("audit.archive.worker", fromlist=["builds"]).builds)
    assert max(built.values()) == 1  # at most once per worker, not once per partition (4)


def test_a_killed_worker_is_retried_and_the_results_are_unchanged(archive):  # type: ignore[no-untyped-def]
    glossary, path, serial = archive
    killed: list[int] = []

    def kill_one_worker(done: int, total: int) -> None:
        if killed:
            return
        assert done < total  # mid-run: batches are still in flight on the worker killed
        pids = distributed.default_client().run(os.getpid)
        killed.append(sorted(pids.values())[0])
        os.kill(killed[0], signal.SIGKILL)  # the nanny starts a new worker; Dask reruns its tasks

    from audit.archive.run import ArchiveOptions, run_archives

    options = ArchiveOptions(cache=False, dask="local:2", chunk_rows=20)
    kill_one_worker.enabled = True  # type: ignore[attr-defined]  # count rows: total is known
    result = run_archives([str(path)], Settings(glossaries=(str(glossary),)), options, kill_one_worker)
    assert killed
    pd.testing.assert_frame_equal(findings(result), serial)


MISSING_DASK = """
import sys
sys.modules["distributed"] = None  # as if dask[distributed] were not installed
from audit.cli import main
main(sys.argv[1:])
"""


def test_without_dask_the_flag_names_the_extra(archive):  # type: ignore[no-untyped-def]
    glossary, path, _ = archive
    cmd = [sys.executable, "-c", MISSING_DASK, "check", str(path), "-g", str(glossary), "--dask", "local:2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRE_AUDIT_CACHE": "off"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stderr == (
        "wire-audit: error: --dask needs dask[distributed], which is not installed: "
        "pip install 'wire-audit[dask]'\n"
    )


def test_a_scheduler_address_runs_on_that_cluster(archive, client):  # type: ignore[no-untyped-def]
    glossary, path, serial = archive
    address = client.scheduler.address  # tcp://127.0.0.1:PORT, as --dask tcp://host:8786
    assert address.startswith("tcp://127.0.0.1:")
    result = run(path, glossary, dask=address, chunk_rows=50)
    pd.testing.assert_frame_equal(findings(result), serial)
    assert len(client.scheduler_info()["workers"]) == 2  # the cluster outlives the run


def test_a_worker_loads_every_source_the_driver_loaded(tmp_path):  # type: ignore[no-untyped-def]
    """World pack metadata and the --house model too: a check whose source is missing skips
    itself, so a worker without them would silently find less than a serial run."""
    sys.path.insert(0, str(ROOT / "tests" / "house"))
    from house_archive import make_archive as make_house_archive

    from audit.archive import engine
    from audit.house.learn import learn

    learn([make_house_archive(tmp_path / "copy")], tmp_path / "house")
    settings = Settings(house=str(tmp_path / "house"))
    driver = engine.load_knowledge(settings)
    worker = engine.knowledge_from(driver.glossary, settings)
    assert {"world", "house"} <= driver.engine.knowledge.provides()
    assert worker.engine.knowledge.provides() == driver.engine.knowledge.provides()
    assert worker.engine.skipped == driver.engine.skipped
