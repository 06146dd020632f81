"""The result cache: reruns reuse results; glossary, settings, code or text changes invalidate."""

from __future__ import annotations

import pandas as pd
from archive_data import findings, make_archive, run, small, write  # noqa: F401

from audit.archive.cache import FILE_NAME, ResultCache
from audit.archive.run import ArchiveOptions, run_archives
from audit.settings import Settings


def hits(result) -> int:  # type: ignore[no-untyped-def]
    return result.extra["archive"]["cache_hits"]


def test_a_rerun_reuses_every_result_and_reports_the_same(tmp_path, small):  # noqa: F811
    folder, glossary, rows = small
    first = run(folder / "copy.jsonl", glossary, tmp_path / "c")
    again = run(folder / "copy.jsonl", glossary, tmp_path / "c")
    assert (hits(first), hits(again)) == (0, len(rows))
    pd.testing.assert_frame_equal(findings(again), findings(first))
    assert [a.score for a in again.articles] == [a.score for a in first.articles]


def test_changing_a_glossary_reaudits_everything(tmp_path, small):  # noqa: F811
    folder, glossary, _rows = small
    copy = tmp_path / "g.yaml"
    copy.write_text(glossary.read_text(encoding="utf-8"), encoding="utf-8")
    run(folder / "copy.jsonl", copy, tmp_path / "c")
    copy.write_text(copy.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    assert hits(run(folder / "copy.jsonl", copy, tmp_path / "c")) == 0


def test_changing_one_article_reaudits_that_one(tmp_path, small):  # noqa: F811
    _folder, glossary, rows = small
    path = write(rows, tmp_path / "night.jsonl")
    run(path, glossary, tmp_path / "c")
    edited = [dict(r) for r in rows]
    edited[5]["text"] = edited[5]["text"].replace("said", "says", 1)
    write(edited, path)
    assert hits(run(path, glossary, tmp_path / "c")) == len(rows) - 1


def test_settings_that_change_findings_reaudit(tmp_path, small):  # noqa: F811
    folder, glossary, rows = small
    opts = ArchiveOptions(cache_dir=tmp_path / "c")
    base = Settings(glossaries=(str(glossary),))
    run_archives([str(folder / "copy.jsonl")], base, opts)
    same = run_archives([str(folder / "copy.jsonl")], base.with_(jobs=2, fail_on=base.fail_on), opts)
    other = run_archives([str(folder / "copy.jsonl")], base.with_(ignore=("G101",)), opts)
    assert (hits(same), hits(other)) == (len(rows), 0)


def test_no_cache_reads_and_writes_nothing(tmp_path, small):  # noqa: F811
    folder, glossary, _ = small
    run(folder / "copy.jsonl", glossary, tmp_path / "c")
    opts = ArchiveOptions(cache=False, cache_dir=tmp_path / "c")
    result = run_archives([str(folder / "copy.jsonl")], Settings(glossaries=(str(glossary),)), opts)
    assert hits(result) == 0
    opts = ArchiveOptions(cache=False, cache_dir=tmp_path / "none")
    run_archives([str(folder / "copy.jsonl")], Settings(glossaries=(str(glossary),)), opts)
    assert not (tmp_path / "none").exists()


def test_the_least_recently_used_results_go_past_the_size_limit(tmp_path, small):  # noqa: F811
    folder, glossary, _ = small
    first = run(folder / "copy.jsonl", glossary)
    cache = ResultCache(tmp_path / FILE_NAME, limit=10**9)
    cache.put_many([(f"k{i}", a) for i, a in enumerate(first.articles)])
    cache.get_many(["k0"])  # k0 becomes the most recently used
    one = cache.db.execute("SELECT MAX(size) FROM results").fetchone()[0]
    cache.limit = 5 * one
    assert cache.evict() > 0
    kept = {k for (k,) in cache.db.execute("SELECT key FROM results")}
    assert "k0" in kept and "k1" not in kept and len(kept) <= 5
    cache.close()


def test_an_unreadable_cache_file_is_no_cache(tmp_path, small):  # noqa: F811
    folder, glossary, rows = small
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / FILE_NAME).write_bytes(b"not a database" * 100)
    result = run(folder / "copy.jsonl", glossary, tmp_path / "c")
    assert hits(result) == 0 and len(result.articles) == len(rows)


def test_every_row_audited_once_when_the_archive_is_new(tmp_path):
    glossary, rows = make_archive(tmp_path, 30, seed=5)
    path = write(rows, tmp_path / "new.csv.gz")
    assert hits(run(path, glossary, tmp_path / "c")) == 0
    assert hits(run(path, glossary, tmp_path / "c")) == 30
