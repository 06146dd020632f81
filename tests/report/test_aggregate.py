"""`wire-audit report`: aggregation across runs given as JSON and as CSV."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import run_cli
from sample_run import sample_run, second_run

from audit.errors import InputError
from audit.report import ReportOptions, aggregate
from audit.report import csv as csv_report
from audit.report import json as json_report
from audit.report.runs import load_runs


@pytest.fixture
def two_runs(tmp_path):
    """The sample run saved as JSON, the second run saved as CSV files in a folder."""
    first = tmp_path / "monday.json"
    first.write_text(json_report.render(sample_run(), ReportOptions()), encoding="utf-8")
    second = tmp_path / "tuesday"
    second.mkdir()
    csv_report.write(second_run(), second, ReportOptions())
    return first, second


def test_summaries_across_two_runs(two_runs):
    first, second = two_runs
    tables = aggregate.summarize(*load_runs([first, second]))
    sources = tables["sources"].set_index("run")
    assert sources.loc[str(first), ["articles", "findings", "critical", "major", "minor"]].tolist() == [
        2,
        7,
        1,
        2,
        4,
    ]
    assert sources.loc[str(second), ["articles", "findings", "major", "block"]].tolist() == [1, 2, 2, 1]
    folders = tables["folders"].set_index("folder")
    assert folders.loc["desk", "findings"] == 7 and folders.loc["wires", "findings"] == 2
    assert folders.loc["desk", ["block", "review", "pass"]].tolist() == [1, 0, 1]
    rules = tables["rules"]
    assert rules.iloc[0][["code", "findings", "articles"]].tolist() == ["N101", 3, 2]
    severity = tables["severity"].set_index("severity")
    assert severity["findings"].to_dict() == {"critical": 1, "major": 4, "minor": 4}
    names = tables["names"]
    assert list(zip(names["text"], names["suggestion"], names["findings"], strict=True)) == [
        ("Olaf Scholtzz", "Olaf Scholz", 2),
        ("Scholtzz", "Scholz", 1),
        ("Zelenskiy", "Zelenskyy", 1),
    ]  # office (O101) and term (T101) corrections are not garbled names
    assert tables["worst"]["path"].tolist() == ["desk/hostile.txt", "wires/other.txt", "desk/plain.txt"]


def test_json_and_csv_of_one_run_aggregate_identically(tmp_path):
    as_json = tmp_path / "run.json"
    as_json.write_text(json_report.render(sample_run(), ReportOptions()), encoding="utf-8")
    csv_report.write(sample_run(), tmp_path, ReportOptions())
    from_json = aggregate.summarize(*load_runs([as_json]))
    from_csv = aggregate.summarize(*load_runs([tmp_path / "findings.csv"]))
    for name in ("rules", "severity", "names", "folders"):
        pd.testing.assert_frame_equal(from_json[name], from_csv[name], check_dtype=False)


def test_bad_runs_name_the_file(tmp_path):
    bogus = tmp_path / "notes.json"
    bogus.write_text('{"hello": 1}')
    with pytest.raises(InputError, match=r"notes\.json"):
        load_runs([bogus])
    (tmp_path / "findings.csv").write_text("path,code\nx,N1\n")
    (tmp_path / "articles.csv").write_text("path\nx\n")
    with pytest.raises(InputError, match=r"findings.csv.*missing columns: line"):
        load_runs([tmp_path])


def test_cli_prints_tables_and_writes_csv(two_runs, tmp_path):
    first, second = two_runs
    out = tmp_path / "summary"
    printed = run_cli("report", str(first), str(second), "--top", "2")
    assert printed.returncode == 0, printed.stderr
    assert "Most frequent garbled names" in printed.stdout and "Olaf Scholtzz" in printed.stdout
    assert "wrote" not in printed.stdout  # nothing written unless asked
    proc = run_cli("report", str(first), str(second), "-f", "csv", "--out", str(out), "--top", "2")
    assert proc.returncode == 0, proc.stderr
    names = pd.read_csv(out / "summary-names.csv", encoding="utf-8-sig")
    assert len(names) == 2 and names["findings"].tolist() == [2, 1]
    for table in aggregate.TABLES:
        assert f"wrote {out / f'summary-{table}.csv'}" in proc.stdout
    missing = run_cli("report", str(tmp_path / "nope.json"), "--out", str(out))
    assert missing.returncode == 2 and "nope.json" in missing.stderr and "Traceback" not in missing.stderr


def test_number_like_text_stays_text_when_mixing_csv_and_json(tmp_path):
    import dataclasses

    from audit.model import RunResult

    hostile = sample_run().articles[1]
    year = dataclasses.replace(hostile.findings[0], text="2024", suggestion="2025")
    run = RunResult(articles=(dataclasses.replace(hostile, findings=(year,)),), signature={})
    csv_report.write(run, tmp_path, ReportOptions())
    as_json = tmp_path / "other.json"
    as_json.write_text(json_report.render(sample_run(), ReportOptions()), encoding="utf-8")
    names = aggregate.summarize(*load_runs([tmp_path, as_json]))["names"]
    assert names["text"].tolist() == ["2024", "Olaf Scholtzz", "Zelenskiy"]


def test_summary_csv_protects_formula_like_names(tmp_path):
    from test_csv import FORMULA, formula_run

    csv_report.write(formula_run(), tmp_path, ReportOptions())
    tables = aggregate.summarize(*load_runs([tmp_path]))
    assert FORMULA in tables["names"]["text"].tolist()  # read back unprotected
    aggregate.write(tables, tmp_path)
    import csv

    with (tmp_path / "summary-names.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["text"] for r in rows] == ["'" + FORMULA, "'@SUM(A1)"]
    assert [r["suggestion"] for r in rows] == ["'+44 20", "''=quoted"]
