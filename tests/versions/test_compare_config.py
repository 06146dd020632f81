"""`compare` reads the same project config as `check` (defaults → config → flags)."""

from __future__ import annotations

import json

from conftest import run_cli

A = "The minister Anna Kowalska said on Monday that 40 soldiers were wounded in the attack.\n"
B = "The minister Anna Kowalska said on Monday that 40 soldiers were wounded in the attack.\n"
C = "The minister Anna Kowalska said on Monday that 90 soldiers were wounded in the attack.\n"


def _codes(proc) -> set[str]:
    return {f["code"] for a in json.loads(proc.stdout)["articles"] for f in a["findings"]}


def test_compare_honours_project_config_and_flags_win(tmp_path):
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = ("compare", "a.txt", "b.txt", "c.txt", "--date", "2024-10-28", "-f", "json")
    assert "V104" in _codes(run_cli(*args, cwd=tmp_path))
    (tmp_path / ".wire-audit.toml").write_text('ignore = ["versions"]\n', encoding="utf-8")
    quiet = run_cli(*args, cwd=tmp_path)
    assert quiet.returncode in (0, 1) and "V104" not in _codes(quiet)
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 1\n", encoding="utf-8")
    proc = run_cli(*args, "--config", str(bad), cwd=tmp_path)
    assert proc.returncode == 2 and "bad.toml" in proc.stderr
