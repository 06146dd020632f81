"""`--jobs N`: worker processes give the same articles, findings and order as a serial run."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace

import pytest
from conftest import run_cli

from audit import runner
from audit.checks.base import Check
from audit.engine import parallel
from audit.errors import AuditError, InputError
from audit.settings import Settings

GLOSSARY = """\
entries:
  - canonical: Olaf Scholz
    kind: person
    aliases: [Scholz]
    variants: [Olaf Scholtz, Scholtz]
  - canonical: co-belligerent
    kind: term
    mistranslations: [warring companion]
"""
SENTENCES = (
    "Chancellor Olaf Scholtz met ministers in Berlin on Monday.",
    "Scholtz said the talks were useful.",
    "Officials called Russia a warring companion of the regime.",
    "Olaf Scholz later spoke to reporters.",
    "The weather in Hamburg was mild.",
)


@pytest.fixture
def batch(tmp_path):
    (tmp_path / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    folder = tmp_path / "copy"
    for n in range(14):
        sub = folder / ("desk-a" if n % 2 else "desk-b")
        sub.mkdir(parents=True, exist_ok=True)
        body = "\n".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(n % 5 + 2))
        (sub / f"story-{n:02}.txt").write_text(f"BERLIN, Oct 28 (Wire) - {body}\n", encoding="utf-8")
    return tmp_path


def run_with(batch, jobs, calls=None):
    settings = Settings(glossaries=(str(batch / "glossary.yaml"),), date=dt.date(2024, 10, 28), jobs=jobs)
    progress = None if calls is None else (lambda done, total: calls.append((done, total)))
    return runner.run([str(batch / "copy")], settings, progress=progress)


def test_parallel_equals_serial(batch):
    serial = run_with(batch, 1)
    assert sum(len(a.findings) for a in serial.articles) >= 14  # the check must have found something
    assert {"N103", "T101"} <= {f.code for f in serial.findings}
    for jobs in (2, 0):
        parallel = run_with(batch, jobs)
        assert parallel.articles == serial.articles  # paths, findings, scores, verdicts, in order
        assert [a.text for a in parallel.articles] == [a.text for a in serial.articles]
        assert parallel.signature == serial.signature


def test_progress_is_reported_once_per_article(batch):
    for jobs in (1, 2):
        calls: list[tuple[int, int]] = []
        run_with(batch, jobs, calls)
        assert calls == [(n, 14) for n in range(1, 15)]


def test_cli_jobs_output_is_identical(batch):
    args = (
        "check",
        str(batch / "copy"),
        "-g",
        str(batch / "glossary.yaml"),
        "--date",
        "2024-10-28",
        "-f",
        "json",
    )
    serial, parallel = run_cli(*args), run_cli(*args, "--jobs", "2")
    assert serial.returncode == parallel.returncode == 1, serial.stderr + parallel.stderr
    assert parallel.stdout == serial.stdout and parallel.stderr == ""
    bad = run_cli(*args, "--jobs", "-2")
    assert bad.returncode == 2 and "--jobs" in bad.stderr


class Exploding(Check):
    """Raises an input error from inside a worker (its class cannot cross processes as is)."""

    code = "X999"
    name = "test.exploding"

    def run(self, ctx):
        raise InputError(ctx.doc.path, "exploded in a worker")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="patching workers needs fork")
def test_error_in_a_worker_is_one_audit_error(batch, monkeypatch):
    def start(engine, extra=None):
        parallel._state.update(engine=replace(engine, checks=[Exploding()]), extra=extra)

    monkeypatch.setattr(parallel, "start_engine", start)
    with pytest.raises(AuditError, match=r"story-\d+\.txt: exploded in a worker"):
        run_with(batch, 2)


def test_serial_batch_runs_with_the_batch_gc_threshold_and_restores_it(batch):
    import gc

    before = gc.get_threshold()
    seen = []
    settings = Settings(glossaries=(str(batch / "glossary.yaml"),), date=dt.date(2024, 10, 28), jobs=1)
    runner.run([str(batch / "copy")], settings, progress=lambda done, total: seen.append(gc.get_threshold()))
    assert len(seen) == 14
    assert all(t[0] >= runner.BATCH_GC_THRESHOLD and t[1:] == before[1:] for t in seen)
    assert gc.get_threshold() == before


def test_batch_gc_leaves_a_disabled_collector_alone_and_restores_on_error():
    import gc

    before = gc.get_threshold()
    try:
        gc.set_threshold(0, before[1], before[2])
        with runner.batch_gc():
            assert gc.get_threshold()[0] == 0
        gc.set_threshold(*before)
        with pytest.raises(RuntimeError), runner.batch_gc():
            assert gc.get_threshold()[0] == runner.BATCH_GC_THRESHOLD
            raise RuntimeError
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*before)
