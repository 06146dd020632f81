"""Archive inputs: every format and compression gives the same findings, offsets into the row."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from archive_data import findings, run, small, write  # noqa: F401

from audit.archive.sources import Columns, count_rows, kind, read_chunks
from audit.errors import InputError

FORMATS = ["copy.csv", "copy.parquet", "copy.jsonl.gz", "copy.jsonl.zst", "copy.csv.gz", "copy.csv.zst"]


def by_id(frame: pd.DataFrame) -> pd.DataFrame:
    """Findings with the archive name dropped from the path (`copy.csv#a0001` → `a0001`)."""
    out = frame.copy()
    out["path"] = out["path"].str.split("#").str[-1]
    return out


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_finds_what_jsonl_finds(small, name):  # noqa: F811
    folder, glossary, rows = small
    expected = by_id(findings(run(folder / "copy.jsonl", glossary)))
    got = by_id(findings(run(write(rows, folder / name), glossary)))
    assert len(expected) > 10
    pd.testing.assert_frame_equal(got, expected)


def test_findings_keep_the_row_id_and_offsets_into_its_text(small):  # noqa: F811
    folder, glossary, rows = small
    result = run(folder / "copy.jsonl", glossary)
    texts = {f"{folder / 'copy.jsonl'}#{r['id']}": r["text"] for r in rows}
    assert [a.path for a in result.articles] == list(texts)
    for article in result.articles:
        for f in article.findings:
            assert texts[article.path][f.start : f.end] == f.text


def test_compressed_archives_stream_in_chunks(small):  # noqa: F811
    folder, _, rows = small
    path = write(rows, folder / "chunks.jsonl.gz")
    sizes = [len(chunk) for chunk in read_chunks(str(path), Columns(), chunk=10)]
    assert sizes == [10, 10, 4]


@pytest.mark.parametrize("name", ["count.jsonl", "count.jsonl.gz", "count.jsonl.zst", "count.csv.zst"])
def test_rows_are_counted_for_the_progress_bar_in_every_compression(small, name):  # noqa: F811
    folder, _, rows = small
    path = write(rows, folder / name)
    assert count_rows([str(path), str(path)]) == 2 * len(rows) == 48


def test_suffixes_name_the_format():
    assert kind("a.JSONL.zst") == ("jsonl", "zstd")
    assert kind("a.csv.gz") == ("csv", "gzip")
    assert kind("a.parquet") == ("parquet", None)
    assert kind("a.parquet.gz") is None and kind("notes.txt") is None


def test_bad_rows_are_reported_and_the_run_goes_on(tmp_path, small):  # noqa: F811
    _, glossary, rows = small
    bad = [
        {"id": "empty", "text": "   ", "date": "2024-10-28"},
        {"id": "number", "text": 42, "date": "2024-10-28"},
        {"id": "nodate", "text": rows[0]["text"], "date": "last Tuesday"},
        {"id": None, "text": rows[1]["text"], "date": "2024-10-28"},
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in [rows[2], *bad, rows[3]]), encoding="utf-8")
    result = run(path, glossary)
    errors = {e["path"].split("#")[-1]: e["error"] for e in result.extra["errors"]}
    assert errors == {
        "empty": "empty text",
        "number": "text is not a string",
        "nodate": "invalid date 'last Tuesday' (expected YYYY-MM-DD)",
        "row5": "missing id",
    }
    assert [a.path.split("#")[-1] for a in result.articles] == [rows[2]["id"], rows[3]["id"]]
    assert result.extra["archive"]["failures"] == 4


def test_columns_are_configurable_and_a_missing_one_names_the_file(tmp_path, small):  # noqa: F811
    _folder, glossary, rows = small
    renamed = [{"key": r["id"], "body": r["text"], "published": r["date"]} for r in rows[:3]]
    path = write(renamed, tmp_path / "cms.csv")
    result = run(path, glossary, columns=Columns("key", "body", "published"))
    assert [a.path for a in result.articles] == [f"{path}#{r['key']}" for r in renamed]
    with pytest.raises(InputError, match=r"cms\.csv: no column 'text' \(columns: key, body, published\)"):
        run(path, glossary, columns=Columns("key"))


def test_a_corrupt_compressed_archive_is_one_input_error(tmp_path, small):  # noqa: F811
    _, glossary, _ = small
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    with pytest.raises(InputError, match=r"broken\.jsonl\.gz: cannot read as jsonl"):
        run(path, glossary)


def test_the_date_column_comes_before_date_flag_and_dateline():
    import datetime as dt

    from audit.archive.engine import resolve_date
    from audit.archive.rows import make_row
    from audit.settings import Settings

    text = "KYIV, Jan 5, 2022 (Wire) - Talks resumed.\n"
    row = make_row(1, "a.csv", 7.0, text, "2024-10-28T09:30:00Z")
    assert (row.path, row.date) == ("a.csv#7", dt.date(2024, 10, 28))
    flagged = Settings(date=dt.date(2023, 1, 1))
    assert resolve_date(text, row.date, flagged) == dt.date(2024, 10, 28)
    assert resolve_date(text, None, flagged) == dt.date(2023, 1, 1)
    assert resolve_date(text, None, Settings()) == dt.date(2022, 1, 5)


def test_archive_options_are_config_keys(tmp_path):
    from audit.config import load_settings

    config = tmp_path / ".wire-audit.toml"
    config.write_text('id-column = "key"\ntext-column = "body"\ncache-size = 64\ndask = "local:2"\n')
    settings = load_settings(config)
    assert (settings.id_column, settings.text_column, settings.cache_size, settings.dask) == (
        "key",
        "body",
        64,
        "local:2",
    )
    config.write_text("cache-size = 0\n")
    with pytest.raises(Exception, match=r"cache-size: expected a positive integer"):
        load_settings(config)
