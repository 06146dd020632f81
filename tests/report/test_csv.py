"""CSV tables: documented columns, one row per finding/article, BOM, round trip through pandas."""

from __future__ import annotations

import json

import pandas as pd
from conftest import SEED_DATE, SEEDS, run_cli
from sample_run import sample_run

from audit.report import ReportOptions
from audit.report import csv as csv_report

FINDING_COLUMNS = [
    "path", "line", "column", "start", "end", "code", "rule", "severity",
    "text", "suggestion", "message", "evidence", "related",
]  # fmt: skip
ARTICLE_COLUMNS = [
    "path", "words", "language", "encoding", "critical", "major", "minor",
    "findings", "score", "verdict", "notes",
]  # fmt: skip


def read(path):
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])


def test_columns_rows_and_values_round_trip(tmp_path):
    run = sample_run()
    paths = csv_report.write(run, tmp_path, ReportOptions())
    assert [p.name for p in paths] == ["findings.csv", "articles.csv"]
    findings, articles = read(paths[0]), read(paths[1])
    assert list(findings.columns) == FINDING_COLUMNS
    assert list(articles.columns) == ARTICLE_COLUMNS
    assert len(findings) == len(run.findings) == 7 and len(articles) == 2
    expected = [f for a in run.articles for f in a.findings]
    assert findings["text"].tolist() == [f.text for f in expected]  # markup, &amp; and newlines intact
    assert findings["start"].tolist() == [f.start for f in expected]
    assert findings["line"].tolist() == [f.line for f in expected]
    assert json.loads(findings["evidence"][0]) == expected[0].evidence
    hostile = articles.set_index("path").loc["desk/hostile.txt"]
    assert (hostile["critical"], hostile["major"], hostile["minor"], hostile["findings"]) == (1, 2, 4, 7)
    assert hostile["verdict"] == "block" and hostile["score"] == 41.5


def test_utf8_with_bom_for_spreadsheets(tmp_path):
    findings_path, articles_path = csv_report.write(sample_run(), tmp_path, ReportOptions())
    raw = findings_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    assert "Zelenskiy" in text and "Erdoğan" not in text  # only finding texts are in findings.csv
    assert "Choe Son Hui" not in text
    assert articles_path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_empty_run_still_writes_headers(tmp_path):
    run = sample_run()
    clean = type(run)(articles=run.articles[:1], signature={})
    findings_path, _ = csv_report.write(clean, tmp_path, ReportOptions())
    frame = read(findings_path)
    assert list(frame.columns) == FINDING_COLUMNS and frame.empty


def test_seeds_cli_csv_into_out_folder(tmp_path):
    proc = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "csv", "--out", str(tmp_path / "r"))
    assert proc.returncode in (0, 1), proc.stderr
    names = ("findings.csv", "articles.csv")
    assert proc.stdout.splitlines() == [f"wrote {tmp_path / 'r' / n}" for n in names]
    articles = read(tmp_path / "r" / "articles.csv")
    assert list(articles.columns) == ARTICLE_COLUMNS and len(articles) == 5
    assert (articles["words"] > 400).all()
    assert list(read(tmp_path / "r" / "findings.csv").columns) == FINDING_COLUMNS


def test_csv_defaults_to_reports_folder(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Nothing happened in Kyiv today.\n", encoding="utf-8")
    proc = run_cli("check", str(article), "-f", "csv", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "reports" / "findings.csv").is_file()
    assert "wrote reports/articles.csv" in proc.stdout
