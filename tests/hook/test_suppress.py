"""Inline suppression markers and the baseline, with what they leave unused reported."""

from __future__ import annotations

import json

import pytest
from hook_helpers import CLEAN, GARBLED, GLOSSARY, hook, make_repo, run_cli, write

LINE = "Kovalenkova said the talks had been useful."


def audit(tmp_path, text: str, *args: str, name: str = "story.md") -> dict:
    if not (tmp_path / "gl").exists():
        (tmp_path / "gl").mkdir()
        (tmp_path / "gl" / "desk.yaml").write_text(GLOSSARY, encoding="utf-8")
        (tmp_path / ".wire-audit.toml").write_text('glossaries = ["gl"]\n', encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    # --year: the copy's dateline ("KYIV, March 3") has none; without it a note would say so.
    proc = run_cli("check", name, "--format", "json", "--year", "2024", *args, cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    article = json.loads(proc.stdout)["articles"][0]
    article["lines"] = [f["line"] for f in article["findings"]]
    return article


@pytest.mark.parametrize(
    "marker",
    [
        "<!-- wire-audit: ignore N103 -->\n",  # Markdown, on the line above
        "[wire-audit: ignore N103]\n\n",  # plain text marker line, blank line between
        "<!-- wire-audit: ignore names.known_variant (spelling confirmed by the desk) -->\n",
        "[wire-audit: ignore names]\n",  # a whole family
    ],
)
def test_marker_above_covers_the_next_line_only(tmp_path, marker):
    text = f"Maria Kovalenko spoke.\n\n{marker}{LINE}\n\n{LINE}\n"
    article = audit(tmp_path, text)
    last = text.count("\n")
    assert article["lines"] == [last]  # the second, unmarked copy is still flagged
    assert article["notes"] == []


def test_trailing_marker_covers_its_own_line(tmp_path):
    text = f"Maria Kovalenko spoke.\n\n{LINE} [wire-audit: ignore N103]\n\n{LINE}\n"
    assert audit(tmp_path, text, name="story.txt")["lines"] == [5]
    text = f"{LINE} <!-- wire-audit: ignore N103 -->\n{LINE}\n"
    assert audit(tmp_path, text)["lines"] == [2]


def test_ignore_file(tmp_path):
    text = f"<!-- wire-audit: ignore-file N103 -->\n{LINE}\n\n{LINE}\n"
    article = audit(tmp_path, text)
    assert article["findings"] == [] and article["notes"] == [] and article["verdict"] == "pass"


def test_unused_and_unknown_markers_are_reported_not_scored(tmp_path):
    text = f"{CLEAN}\n[wire-audit: ignore T101]\n{LINE}\n\n[wire-audit: ignore X999]\nQuiet line.\n"
    article = audit(tmp_path, text, name="story.txt")
    assert article["lines"] == [6]
    assert any("line 5" in n and "T101 suppressed nothing" in n for n in article["notes"])
    assert any("line 8" in n and "unknown check 'X999'" in n for n in article["notes"])
    clean = audit(tmp_path, CLEAN + "\n<!-- wire-audit: ignore N103 -->\nQuiet line.\n")
    assert clean["score"] == 100.0 and len(clean["notes"]) == 1  # a note, not a finding


def test_marker_without_codes_suppresses_nothing(tmp_path):
    article = audit(tmp_path, f"<!-- wire-audit: ignore -->\n{LINE}\n")
    assert article["lines"] == [2] and "names no check" in article["notes"][0]


def test_hook_honours_markers_and_baseline(tmp_path):
    repo = make_repo(tmp_path / "r")
    marked = GARBLED.replace("Kovalenkova added", "[wire-audit: ignore N103]\nKovalenkova added")
    write(repo, "story.txt", marked)
    assert hook(repo).returncode == 0
    write(repo, "story.txt", GARBLED)
    assert hook(repo).returncode == 1
    write_baseline(repo, "story.txt")
    assert hook(repo).returncode == 0
    write(repo, "other.txt", GARBLED)  # not accepted: blocks, with the unused-marker note
    write(repo, "story.txt", CLEAN + "\n<!-- wire-audit: ignore T101 -->\nQuiet.\n")
    proc = hook(repo)
    assert proc.returncode == 1 and "other.txt:3:1" in proc.stdout
    assert "story.txt: note: line 5: suppression `ignore T101`: T101 suppressed nothing" in proc.stdout


def write_baseline(tmp_path, *paths: str, out: str | None = None):
    args = ["baseline", *paths] + (["--out", out] if out else [])
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    return proc


def test_baseline_round_trip_survives_line_shifts(tmp_path):
    audit(tmp_path, GARBLED, name="story.txt")
    proc = write_baseline(tmp_path, "story.txt")
    assert "1 finding accepted" in proc.stdout
    data = json.loads((tmp_path / ".wire-audit-baseline.json").read_text())
    assert [(r["path"], r["code"], r["line"]) for r in data["findings"]] == [("story.txt", "N103", 3)]
    # found by default next to the config; lines moved down: still accepted
    shifted = "HEADLINE\n\nBy a staff writer\n\n" + GARBLED
    article = audit(tmp_path, shifted, name="story.txt")
    assert article["findings"] == [] and article["notes"] == []
    # a new garble elsewhere is reported; the accepted one stays hidden
    article = audit(tmp_path, shifted + "\n" + LINE + "\n", name="story.txt")
    assert article["lines"] == [shifted.count("\n") + 2]


def test_baseline_entry_that_matches_nothing_is_reported(tmp_path):
    audit(tmp_path, GARBLED, name="story.txt")
    write_baseline(tmp_path, "story.txt", out="accepted.json")
    article = audit(tmp_path, CLEAN, "--baseline", "accepted.json", name="story.txt")
    assert article["findings"] == []
    assert any("1 accepted finding no longer found" in n for n in article["notes"])
    # a rewritten sentence is a new finding: the fingerprint includes its sentence
    rewritten = GARBLED.replace("next week", "in May")
    article = audit(tmp_path, rewritten, "--baseline", "accepted.json", name="story.txt")
    assert article["lines"] == [3]


def test_bad_baseline_file_is_exit_2(tmp_path):
    (tmp_path / "b.json").write_text("{not json")
    (tmp_path / "a.txt").write_text(CLEAN)
    proc = run_cli("check", "a.txt", "--baseline", "b.json", cwd=tmp_path)
    assert proc.returncode == 2 and "b.json: not a wire-audit baseline" in proc.stderr
    proc = run_cli("check", "a.txt", "--baseline", "missing.json", cwd=tmp_path)
    assert proc.returncode == 2 and "missing.json" in proc.stderr


def test_text_inside_a_marker_is_not_copy(tmp_path):
    text = "Maria Kovalenko spoke.\n\n<!-- wire-audit: ignore T101 (not Kovalenkova) -->\nQuiet line.\n"
    article = audit(tmp_path, text)
    assert article["findings"] == []  # the variant in the reason is not flagged
    assert "T101 suppressed nothing" in article["notes"][0]


def test_no_baseline_shows_accepted_findings_and_the_signature_records_the_baseline(tmp_path):
    audit(tmp_path, GARBLED, name="story.txt")
    write_baseline(tmp_path, "story.txt")
    assert audit(tmp_path, GARBLED, name="story.txt")["findings"] == []
    assert audit(tmp_path, GARBLED, "--no-baseline", name="story.txt")["lines"] == [3]
    baseline_file = tmp_path / ".wire-audit-baseline.json"
    proc = run_cli("check", "story.txt", "--format", "json", cwd=tmp_path)
    signature = json.loads(proc.stdout)["signature"]
    assert signature["baseline"]["path"] == str(baseline_file)
    assert len(signature["baseline"]["sha256"]) == 64
    assert signature["config"] == str((tmp_path / ".wire-audit.toml").resolve())
    proc = run_cli("check", "story.txt", "--format", "json", "--no-baseline", cwd=tmp_path)
    assert json.loads(proc.stdout)["signature"]["baseline"] is None
    both = run_cli("check", "story.txt", "--baseline", str(baseline_file), "--no-baseline", cwd=tmp_path)
    assert both.returncode == 2 and "--no-baseline" in both.stderr and "Traceback" not in both.stderr


def test_hook_no_baseline_blocks_on_accepted_findings(tmp_path):
    repo = make_repo(tmp_path / "r")
    write(repo, "story.txt", GARBLED)
    write_baseline(repo, "story.txt")
    assert hook(repo).returncode == 0
    assert hook(repo, "--no-baseline").returncode == 1
