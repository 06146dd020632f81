"""The word-cache cap of long archive runs: emptying the caches never changes a finding."""

from __future__ import annotations

import pandas as pd
from archive_data import findings, run, small  # noqa: F401

from audit.archive import memory
from audit.text.normalize import fold


def test_the_engines_word_caches_are_found_and_counted(small):  # noqa: F811
    folder, glossary, _ = small
    run(folder / "copy.jsonl", glossary)
    caches = list(memory.word_caches())
    assert fold in caches
    assert len(caches) == len({id(c) for c in caches})  # each cache once, however often imported
    assert memory.entries() > 0


def test_a_cap_of_zero_empties_the_caches_after_every_task_and_findings_do_not_change(
    small,  # noqa: F811
    monkeypatch,
):
    folder, glossary, _ = small
    expected = findings(run(folder / "copy.jsonl", glossary))
    monkeypatch.setenv("WIRE_AUDIT_CACHE_ENTRIES", "0")
    before = memory.trims
    got = findings(run(folder / "copy.jsonl", glossary, chunk_rows=5))
    assert memory.trims - before == 5  # one per chunk of 5 rows (24 rows: 5 chunks)
    assert memory.entries() == 0
    assert len(expected) > 10
    pd.testing.assert_frame_equal(got, expected)


def test_caches_below_the_cap_are_kept(small, monkeypatch):  # noqa: F811
    folder, glossary, _ = small
    monkeypatch.setenv("WIRE_AUDIT_CACHE_ENTRIES", str(10**9))
    run(folder / "copy.jsonl", glossary)
    held, before = memory.entries(), memory.trims
    assert held > 0
    assert memory.trim() is False
    assert memory.trims == before
    assert memory.entries() == held
