"""The text report never passes control characters from copy or file names to the terminal."""

from __future__ import annotations

import re

from conftest import run_cli
from sample_run import finding

from audit.model import ArticleResult, RunResult, Severity, Verdict
from audit.report import ReportOptions
from audit.report import text as text_report
from audit.terminal import visible
from audit.text.document import Document

# Anything a terminal acts on: C0 controls other than the newline, DEL, C1 controls.
ACTIVE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
COPY = (
    "KYIV, Oct 28 (Wire) -\tSergey Lavrovov \x1b]0;pwned\x07 said \x1b[2J\x9b on \x7fMonday.\r\nNext line.\n"
)


def hostile_run() -> RunResult:
    doc = Document("desk/\x1b[31mred.txt", COPY)
    found = (finding(doc, "Sergey Lavrovov", "N101", Severity.MAJOR, suggestion="Sergey \x1b[5mLavrov"),)
    notes = ("line 2: suppression `ignore \x1bX` suppressed nothing",)
    article = ArticleResult(doc.path, 9, "utf-8", found, 80.0, Verdict.BLOCK, notes=notes, text=doc.text)
    return RunResult(articles=(article,), signature={})


def test_control_characters_are_shown_not_sent_and_carets_still_line_up():
    out = text_report.render(hostile_run(), ReportOptions(color=False))
    assert not ACTIVE.findall(out)
    assert "␛]0;pwned␇" in out and "␛[2J" in out and "desk/␛[31mred.txt:1:" in out
    assert "suggestion: Sergey ␛[5mLavrov" in out and "ignore ␛X" in out
    lines = out.splitlines()
    shown = next(i for i, line in enumerate(lines) if "Lavrovov ␛]0" in line)
    caret = lines[shown + 1]
    assert lines[shown][caret.index("^") :].startswith("Sergey Lavrovov")
    assert caret.count("^") == len("Sergey Lavrovov")
    assert "␍" not in out  # the \r of a CRLF line ends the line, it is not shown


def test_colour_codes_are_the_reports_own():
    out = text_report.render(hostile_run(), ReportOptions(color=True))
    # Every ESC left is one of the report's own SGR colour sequences.
    assert {m for m in re.findall(r"\x1b\[[0-9;]*m", out)} <= {"\x1b[0m", "\x1b[33m", "\x1b[1;31m"}
    assert out.count("\x1b") == len(re.findall(r"\x1b\[[0-9;]*m", out))


def test_visible_keeps_length_and_ordinary_text():
    text = "Zelenskyy’s “word” — 10\u00a0km\te\x00\x1b\x7f\x85"
    assert len(visible(text)) == len(text)
    assert visible(text) == "Zelenskyy’s “word” — 10\u00a0km e␀␛␡\ufffd"


def test_error_lines_show_control_characters_in_file_names(tmp_path):
    proc = run_cli("check", "missing-\x1b[31m.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert "missing-␛[31m.txt" in proc.stderr and "\x1b" not in proc.stderr
