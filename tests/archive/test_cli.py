"""`wire-audit check ARCHIVE`: reports in every table format, atomic writes, Ctrl-C, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest
from archive_data import ROOT, make_archive, small, write  # noqa: F401

from audit import atomic


def cli(*args: str, cache: str = "off"):  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "WIRE_AUDIT_CACHE": cache}
    cmd = [sys.executable, "-m", "audit", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)


def test_parquet_tables_hold_the_csv_rows_with_real_dtypes(tmp_path, small):  # noqa: F811
    folder, glossary, rows = small
    archive = str(folder / "copy.jsonl")
    for fmt in ("csv", "parquet"):
        proc = cli("check", archive, "-g", str(glossary), "-f", fmt, "-o", str(tmp_path / fmt))
        assert proc.returncode == 1, proc.stderr
        assert f"archive: {len(rows)} articles (0 from cache)" in proc.stderr
    for table in ("findings", "articles"):
        parquet = pd.read_parquet(tmp_path / "parquet" / f"{table}.parquet")
        csv = pd.read_csv(tmp_path / "csv" / f"{table}.csv", encoding="utf-8-sig", keep_default_na=False)
        assert list(parquet.columns) == list(csv.columns) and len(parquet) == len(csv) > 0
        assert parquet["path"].tolist() == csv["path"].tolist()
    findings = pd.read_parquet(tmp_path / "parquet" / "findings.parquet")
    assert str(findings["start"].dtype) == "Int64" and findings["severity"].cat.ordered
    assert sorted(os.listdir(tmp_path / "parquet")) == [
        "articles.parquet",
        "errors.parquet",
        "findings.parquet",
    ]


def test_archives_and_files_cannot_be_mixed_and_dask_needs_an_archive(small):  # noqa: F811
    folder, glossary, _ = small
    mixed = cli("check", str(folder / "copy.jsonl"), str(glossary), "-g", str(glossary))
    assert mixed.returncode == 2 and "cannot be mixed" in mixed.stderr
    plain = cli("check", str(glossary), "-g", str(glossary), "--dask", "local:2")
    assert plain.returncode == 2 and "--dask audits archives" in plain.stderr
    bad = cli("check", str(folder / "copy.jsonl"), "-g", str(glossary), "--dask", "localhost")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "local:N" in bad.stderr


def test_a_failed_writer_leaves_no_file_behind(tmp_path):
    def half_then_fail(folder):  # type: ignore[no-untyped-def]
        (folder / "findings.csv").write_text("path,line\n", encoding="utf-8")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic.write_files(tmp_path, half_then_fail)
    assert os.listdir(tmp_path) == []
    with pytest.raises(KeyboardInterrupt), atomic.replacing(tmp_path / "r.json") as tmp:
        tmp.write_text("{", encoding="utf-8")
        raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []


def test_a_file_is_replaced_only_when_complete(tmp_path):
    target = tmp_path / "wire-audit.json"
    target.write_text("old", encoding="utf-8")
    atomic.write_text(target, "new\r\n", newline="")
    assert target.read_bytes() == b"new\r\n" and os.listdir(tmp_path) == ["wire-audit.json"]


INTERRUPT = """
import sys
from audit.archive import summary
from audit.report import parquet

where = sys.argv[1]
if where == "audit":  # Ctrl-C while rows are being audited (the third chunk)
    add = summary.Tally.add

    def add_then_stop(self, outcomes, hits):
        if self.rows >= 2 * len(outcomes):
            raise KeyboardInterrupt
        return add(self, outcomes, hits)

    summary.Tally.add = add_then_stop
else:  # Ctrl-C while the report is written: after the first of three tables
    table = parquet.articles_table

    def stop(run):
        raise KeyboardInterrupt

    parquet.articles_table = stop
from audit.cli import main
main(sys.argv[2:])
"""


@pytest.mark.parametrize("where", ["audit", "write"])
def test_ctrl_c_leaves_no_output_files(tmp_path, where):
    glossary, rows = make_archive(tmp_path, 2500, words=60, seed=3)
    archive = write(rows, tmp_path / "big.jsonl")
    out = tmp_path / "out"
    out.mkdir()
    args = ["check", str(archive), "-g", str(glossary), "-f", "parquet", "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRE_AUDIT_CACHE": "off"}
    proc = subprocess.run(
        [sys.executable, "-c", INTERRUPT, where, *args], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 130, proc.stderr  # 128 + SIGINT, as after a real Ctrl-C
    assert ("archive:" in proc.stderr) == (where == "write")  # the run did reach its summary
    assert os.listdir(out) == []
