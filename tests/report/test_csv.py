"""CSV tables: documented columns, one row per finding/article, BOM, round trip through pandas."""

from __future__ import annotations

import csv
import json

import pandas as pd
from conftest import SEED_DATE, SEEDS, run_cli
from hypothesis import given
from hypothesis import strategies as st
from sample_run import sample_run

from audit.report import ReportOptions
from audit.report import csv as csv_report

FINDING_COLUMNS = [
    "path", "line", "column", "start", "end", "code", "rule", "severity",
    "text", "suggestion", "message", "evidence", "related",
    "context", "confidence", "article_score", "verdict", "date",
]  # fmt: skip
ARTICLE_COLUMNS = [
    "path", "words", "language", "encoding", "critical", "major", "minor",
    "findings", "score", "verdict", "notes", "date", "date_source", "error_code", "error",
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
    # finding texts and, in `context`, the sentence around each (UTF-8 names intact)
    assert "Zelenskiy" in text and "Recep Tayyip Erdoğan on Monday." in text
    assert "Choe Son Hui met Olaf Scholtzz in Berlin." in text
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


FORMULA = '=HYPERLINK("http://x.test","click")'


def formula_run():
    """A run whose copy and file name a spreadsheet would evaluate (CSV injection)."""
    from sample_run import finding

    from audit.model import ArticleResult, RunResult, Severity, Verdict
    from audit.text.document import Document

    text = f"KYIV, Oct 28 (Wire) - He wrote {FORMULA} and -1+2 and @SUM(A1) on Monday.\n"
    doc = Document("=cmd|' /C calc'!A0.txt", text)
    found = tuple(
        finding(doc, t, "G101", Severity.MINOR, suggestion=s)
        for t, s in ((FORMULA, "+44 20"), ("-1+2", None), ("@SUM(A1)", "'=quoted"))
    )
    article = ArticleResult(doc.path, 12, "utf-8", found, 90.0, Verdict.PASS, text=doc.text)
    return RunResult(articles=(article,), signature={})


def test_formula_like_cells_are_protected_for_spreadsheets(tmp_path):
    findings_path, articles_path = csv_report.write(formula_run(), tmp_path, ReportOptions())
    with findings_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["text"] for r in rows] == ["'" + FORMULA, "'-1+2", "'@SUM(A1)"]
    assert [r["suggestion"] for r in rows] == ["'+44 20", "", "''=quoted"]
    assert {r["path"] for r in rows} == {"'=cmd|' /C calc'!A0.txt"}
    assert rows[0]["start"].isdigit()  # numbers are left alone
    with articles_path.open(encoding="utf-8-sig", newline="") as fh:
        (article,) = csv.DictReader(fh)
    assert article["path"].startswith("'=") and article["score"] == "90.0"
    cells = [v for row in rows for v in row.values()] + list(article.values())
    assert not [v for v in cells if v.startswith(("=", "+", "-", "@", "\t", "\r"))]


def test_wire_audit_reads_protected_cells_back_unchanged(tmp_path):
    from audit.report.runs import load_run

    run = formula_run()
    csv_report.write(run, tmp_path, ReportOptions())
    findings, articles = load_run(tmp_path)
    assert findings["text"].tolist() == [f.text for f in run.findings]
    assert findings["suggestion"].fillna("").tolist() == ["+44 20", "", "'=quoted"]
    assert articles["path"].tolist() == [run.articles[0].path]


@given(st.text(max_size=12))
def test_protect_round_trips_and_never_leaves_a_formula(value):
    stored = csv_report.protect(value)
    assert csv_report.unprotect(stored) == value
    assert not str(stored).startswith(csv_report.FORMULA_START)
