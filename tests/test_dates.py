"""Every article says which date it was judged on and where that date came from."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import run_cli

from audit.text.datesources import metadata_date, resolve, yearless_dateline

TODAY = dt.date(2026, 12, 6)
GLOSSARY = """entries:
  - canonical: Kim Yong Hyun
    kind: person
    role: South Korean defense minister
    from: 2024-09-06
  - canonical: Suh Wook
    kind: person
    role: South Korean defense minister
    from: 2020-09-18
    until: 2022-05-09
"""
STORY = "{head}South Korean Defense Minister Suh Wook visited the border on Monday.\n"


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("SEOUL, Oct 28, 2024 (Reuters) - Talks.", None, (dt.date(2024, 10, 28), "dateline", None)),
        ("SEOUL, Sept 9 (Reuters) - Talks.", 2023, (dt.date(2023, 9, 9), "dateline", None)),
        ("Date: 2024-03-01\n\nKYIV, March 3 (AP) - Talks.", None, (dt.date(2024, 3, 3), "dateline", "meta")),
        ("---\ndate: 2024-05-02\n---\n(AP) — Talks.", None, (dt.date(2024, 5, 2), "metadata", None)),
        ("(AP) — Talks resumed.", None, (TODAY, "today", None)),
    ],
)
def test_date_sources_in_order(text, year, expected):
    day, source, note = resolve(text, None, None, year, TODAY)
    assert (day, source) == expected[:2]
    assert (note is None) == (expected[2] is None)
    if note:
        assert "metadata" in note


def test_option_and_column_outrank_the_text():
    text = "SEOUL, Oct 28, 2024 (Reuters) - Talks."
    assert resolve(text, dt.date(2020, 1, 1), dt.date(2021, 1, 1), None, TODAY)[1] == "option"
    assert resolve(text, None, dt.date(2021, 1, 1), None, TODAY)[:2] == (dt.date(2021, 1, 1), "column")


def test_yearless_dateline_with_the_run_year_says_so_and_never_lies_in_the_future():
    day, source, note = resolve("SEOUL, Dec 30 (Yonhap) - Talks.", None, None, None, dt.date(2027, 1, 2))
    assert (day, source) == (dt.date(2026, 12, 30), "dateline") and "run date" in note
    assert yearless_dateline("The May 5 vote was close.", 2024) is None  # not a dateline
    assert metadata_date("Date: Mon, 28 Oct 2024 09:00:00 +0900\n\nText") == dt.date(2024, 10, 28)


def audit(tmp_path, head: str, *args: str) -> dict:
    (tmp_path / "gl.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY.format(head=head), encoding="utf-8")
    proc = run_cli("check", "a.txt", "-g", "gl.yaml", "-f", "json", *args, cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["articles"][0]


def test_no_date_at_all_gives_a_minor_unknown_date_finding_not_a_critical_one(tmp_path):
    article = audit(tmp_path, "")
    assert article["date_source"] == "today"
    office = [f for f in article["findings"] if f["code"].startswith("O")]
    assert office and all(f["severity"] == "minor" for f in office)
    assert all("date is unknown" in f["message"] and "--date" in f["message"] for f in office)
    assert not any("did not hold" in f["message"] for f in office)


def test_with_a_date_the_wrong_holder_is_critical(tmp_path):
    article = audit(tmp_path, "", "--date", "2024-10-28")
    assert article["date"] == "2024-10-28" and article["date_source"] == "option"
    assert [f["severity"] for f in article["findings"] if f["code"] == "O101"] == ["critical"]
    dated = audit(tmp_path, "SEOUL, Oct 28 (Yonhap) - ", "--year", "2024")
    assert (dated["date"], dated["date_source"]) == ("2024-10-28", "dateline")
    assert [f["severity"] for f in dated["findings"] if f["code"] == "O101"] == ["critical"]


def test_text_and_csv_show_the_date(tmp_path):
    (tmp_path / "a.txt").write_text("SEOUL, Oct 28 (Yonhap) - Talks went on.\n", encoding="utf-8")
    text = run_cli("check", "a.txt", "--year", "2024", cwd=tmp_path).stdout
    assert "date 2024-10-28 (dateline)" in text
    run_cli("check", "a.txt", "--year", "2024", "-f", "csv", "-o", "out", cwd=tmp_path)
    articles = (tmp_path / "out" / "articles.csv").read_text(encoding="utf-8-sig")
    assert "2024-10-28,dateline" in articles


def test_a_yearless_dateline_in_the_run_year_is_a_guess_too(tmp_path):
    article = audit(tmp_path, "SEOUL, Oct 28 (Yonhap) - ")
    assert article["date_source"] == "dateline" and any("run date" in n for n in article["notes"])
    office = [f for f in article["findings"] if f["code"].startswith("O")]
    assert office and all(f["severity"] == "minor" and "date is unknown" in f["message"] for f in office)
