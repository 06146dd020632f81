"""The world pack end to end: no project glossary, a story about a country's leaders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, run_cli

STORY = Path(__file__).parent / "fixtures" / "uk-leaders.txt"  # a country the seeds do not cover


def check_json(folder: Path, *extra: str) -> tuple[int, dict]:
    shutil.copy(STORY, folder / "story.txt")
    proc = run_cli("check", "story.txt", "-f", "json", *extra, cwd=folder)
    return proc.returncode, json.loads(proc.stdout)


def test_without_a_glossary_the_pack_catches_a_garbled_premier_and_a_wrong_office(tmp_path):
    code, run = check_json(tmp_path)
    found = {(f["code"], f["text"]): f for a in run["articles"] for f in a["findings"]}
    assert code == 1
    wrong = found[("O101", "Rishi Sunak")]
    assert wrong["severity"] == "critical" and wrong["suggestion"] == "Keir Starmer"
    garbled = found[("N101", "Keir Starmar")]
    assert garbled["suggestion"] == "Keir Starmer"
    for f in (wrong, garbled):  # evidence names the pack and its date, with file:line
        assert f["evidence"]["glossary"].startswith("world pack (as of 20")
        assert ".yaml:" in f["evidence"]["glossary"]
    world = run["signature"]["world"]
    assert world["as_of"] >= "2025-01-01" and len(world["version"]) == 16
    assert all(not g["path"].startswith("world pack") for g in run["signature"]["glossaries"])


def test_no_world_flag_and_config_key_turn_it_off(tmp_path):
    code, run = check_json(tmp_path, "--no-world")
    assert code == 0 and run["signature"]["world"] is None
    assert not [f for a in run["articles"] for f in a["findings"] if f["code"] in ("O101", "N101")]
    (tmp_path / ".wire-audit.toml").write_text("world = false\n", encoding="utf-8")
    code, run = check_json(tmp_path)
    assert code == 0 and run["signature"]["world"] is None


def test_config_world_must_be_a_boolean(tmp_path):
    (tmp_path / ".wire-audit.toml").write_text('world = "no"\n', encoding="utf-8")
    shutil.copy(STORY, tmp_path / "story.txt")
    proc = run_cli("check", "story.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "world" in proc.stderr and ".wire-audit.toml" in proc.stderr


def test_project_entry_wins_over_the_pack(tmp_path):
    (tmp_path / "glossaries").mkdir()
    (tmp_path / "glossaries" / "uk.yaml").write_text(
        "entries:\n  - {canonical: Keir Starmer, kind: person, aliases: [Starmer]}\n", encoding="utf-8"
    )
    _, run = check_json(tmp_path)
    garbled = [f for a in run["articles"] for f in a["findings"] if f["code"] == "N101"]
    assert [f["evidence"]["glossary"] for f in garbled] == ["glossaries/uk.yaml:2"]


HOOK_PROBE = """
import json, sys
from audit.cli import main
try:
    main(["hook", "run", "story.txt"])
except SystemExit as exc:
    code = exc.code
from audit.engine import core
print(json.dumps({"code": code, "yaml": "yaml" in sys.modules, "world": core.WORLD_PACK is not None}))
"""


def test_the_hook_loads_the_pack_from_the_cache_without_parsing_yaml(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    shutil.copy(STORY, repo / "story.txt")
    subprocess.run(["git", "add", "story.txt"], cwd=repo, check=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "WIRE_AUDIT_CACHE": str(tmp_path / "c")}
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", HOOK_PROBE], cwd=repo, capture_output=True, text=True, env=env
            ).stdout.splitlines()[-1]
        )
        for _ in range(2)
    ]
    assert runs[0] == {"code": 1, "yaml": True, "world": True}  # cold cache: the pack is parsed
    assert runs[1] == {"code": 1, "yaml": False, "world": True}  # warm: unpickled, no YAML at all


def test_a_shared_alias_is_warned_about_once_on_stderr(tmp_path):
    (tmp_path / "glossaries").mkdir()
    (tmp_path / "glossaries" / "g.yaml").write_text(
        "entries:\n  - {canonical: Kim Jong Un, kind: person, aliases: [Kim]}\n"
        "  - {canonical: Kim Yo Jong, kind: person, aliases: [Kim]}\n",
        encoding="utf-8",
    )
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Kim spoke on Monday.\n", encoding="utf-8")
    proc = run_cli("check", "a.txt", "b.txt", cwd=tmp_path)
    warnings = [line for line in proc.stderr.splitlines() if "warning:" in line]
    assert len(warnings) == 1 and "'Kim'" in warnings[0] and "g.yaml:3" in warnings[0]
