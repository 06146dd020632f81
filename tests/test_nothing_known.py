"""A run with no names to match says so, on stderr and in the report, never a silent PASS."""

from __future__ import annotations

import json

from conftest import GLOSSARIES, run_cli

CLEAN = "KYIV, March 3, 2024 (Wire) - Talks resumed on Monday and would continue next week.\n"


def test_no_glossary_is_said_on_stderr_once_and_in_the_notes(tmp_path):
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    proc = run_cli("check", "a.txt", "--no-world", cwd=tmp_path)  # no ./glossaries, no pack
    assert proc.stderr.count("no names to match") == 1
    assert "note: no names to match" in proc.stdout
    data = json.loads(run_cli("check", "a.txt", "--no-world", "-f", "json", cwd=tmp_path).stdout)
    assert any("no names to match" in n for n in data["signature"]["notes"])
    assert "no names to match" not in run_cli("check", "a.txt", "--no-world", "-q", cwd=tmp_path).stderr


def test_a_glossary_silences_it(tmp_path):
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    proc = run_cli("check", "a.txt", "-g", str(GLOSSARIES), cwd=tmp_path)
    assert "no names to match" not in proc.stderr + proc.stdout


def test_the_world_pack_silences_it(tmp_path):
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=tmp_path)  # no ./glossaries, but the bundled pack
    assert "no names to match" not in proc.stderr + proc.stdout
