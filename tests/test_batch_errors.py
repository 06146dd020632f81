"""Batches go on: an empty, binary, undecodable or vanished file is an error record in every
format, the other articles are audited and reported, and the exit status is 2 after that."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import GLOSSARIES, SEED_DATE, SEEDS, run_cli

from audit.engine.failed import error_code
from audit.engine.run import read_all
from audit.errors import InputError

GOOD = sorted(SEEDS.glob("*.txt"))[:2]


@pytest.fixture
def desk(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    for seed in GOOD:
        shutil.copy(seed, folder / seed.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    return folder


def check(desk, *args):
    return run_cli("check", str(desk), "-g", str(GLOSSARIES), "--date", SEED_DATE, *args)


def test_json_has_records_for_bad_files_and_results_for_the_rest(desk):
    proc = check(desk, "-f", "json")
    assert proc.returncode == 2  # an input failed, said after the report
    data = json.loads(proc.stdout)
    errors = {a["path"].rsplit("/", 1)[1]: a["error"] for a in data["articles"] if "error" in a}
    assert {k: v["code"] for k, v in errors.items()} == {"empty.txt": "E901", "binary.txt": "E902"}
    audited = [a for a in data["articles"] if "error" not in a]
    assert len(audited) == 2 and all(a["findings"] for a in audited)
    assert [a["verdict"] for a in data["articles"][:2]] == ["error", "error"]  # failed inputs first
    assert proc.stderr.count("wire-audit: error:") == 2 and "empty file" in proc.stderr


def test_text_csv_sarif_and_html_carry_the_errors(desk, tmp_path):
    text = check(desk)
    assert text.returncode == 2 and "ERROR E901 empty file" in text.stdout
    assert "4 articles: 2 error" in text.stdout
    out = tmp_path / "out"
    assert check(desk, "-f", "csv", "-o", str(out)).returncode == 2
    articles = (out / "articles.csv").read_text(encoding="utf-8-sig")
    assert "E901" in articles and "E902" in articles
    sarif = json.loads(check(desk, "-f", "sarif").stdout)
    invocation = sarif["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert sorted(n["descriptor"]["id"] for n in invocation["toolExecutionNotifications"]) == ["E901", "E902"]
    assert check(desk, "-f", "html", "-o", str(out)).returncode == 2
    page = (out / "wire-audit.html").read_text(encoding="utf-8")
    assert "error E902" in page and 'data-verdict="error"' in page


def test_a_file_that_vanishes_after_discovery_is_a_record(tmp_path):
    gone = tmp_path / "gone.txt"
    docs, errors = read_all([str(GOOD[0]), str(gone)])
    assert len(docs) == 1 and [e.error["code"] for e in errors] == ["E904"]


def test_error_codes_by_reason():
    assert error_code("empty file") == ("E901", "empty")
    assert error_code("binary file (contains NUL bytes), not an article") == ("E902", "binary")
    assert error_code("not UTF-8 or cp1252 text") == ("E903", "undecodable")
    assert error_code("cannot read: Permission denied") == ("E905", "unreadable")
    assert error_code("something new") == ("E900", "input")
    assert str(InputError("a.txt", "empty file")) == "a.txt: empty file"


def test_exit_zero_does_not_hide_a_failed_input(desk):
    assert check(desk, "--exit-zero", "-q").returncode == 2
