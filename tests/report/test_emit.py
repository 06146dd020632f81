"""Where output goes: stream formats to stdout unless --out; file formats into --out
(default reports/); the progress bar only on a terminal, for people, for batches."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys

from conftest import ROOT, SEED_DATE, SEEDS, run_cli
from test_jobs import batch  # noqa: F401  (fixture)

# No hash seed needed: output no longer depends on set order (tests/engine/test_determinism.py),
# so both runs stay in this process (a PYTHON* variable would force a subprocess).
SEEDED: dict[str, str] = {}


def test_stream_to_stdout_or_into_out_folder(tmp_path):
    plain = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "json", env=SEEDED)
    assert plain.stdout.startswith("{")
    out = tmp_path / "r"
    proc = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "json", "--out", str(out), env=SEEDED)
    assert proc.stdout == f"wrote {out / 'wire-audit.json'}\n"
    assert (out / "wire-audit.json").read_text(encoding="utf-8") == plain.stdout


def test_text_written_to_a_file_has_no_colour(tmp_path, batch):  # noqa: F811
    args = ("check", str(batch / "copy"), "-g", str(batch / "glossary.yaml"), "--date", SEED_DATE)
    proc = run_cli(*args, "--color", "always", "--out", str(tmp_path / "t"), env={"NO_COLOR": ""})
    text = (tmp_path / "t" / "wire-audit.txt").read_text(encoding="utf-8")
    assert "N103" in text and "\x1b[" not in text
    coloured = run_cli(*args, "--color", "always", env={"NO_COLOR": ""})
    assert "\x1b[" in coloured.stdout and proc.returncode == coloured.returncode == 1


def test_one_file_formats_may_be_given_a_file_name(tmp_path):
    target = tmp_path / "qa" / "monday.html"
    proc = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "html", "-o", str(target))
    assert proc.stdout == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    folder = tmp_path / "csv.html"  # CSV always writes a folder, whatever its name
    proc = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "csv", "-o", str(folder))
    assert (folder / "findings.csv").is_file() and (folder / "articles.csv").is_file()


def test_out_that_is_a_file_is_one_clear_error(tmp_path):
    blocker = tmp_path / "taken"
    blocker.write_text("x")
    proc = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "csv", "--out", str(blocker))
    assert proc.returncode == 2 and "taken" in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0


def run_on_tty(*args: str) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal; returns (status, what the terminal got)."""
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "100", "TERM": "xterm"}
    proc = subprocess.Popen([sys.executable, "-m", "audit", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=slave)  # fmt: skip
    os.close(slave)
    seen = b""
    while True:
        ready = select.select([master], [], [], 60)[0]
        try:
            chunk = os.read(master, 4096) if ready else b""
        except OSError:  # the child closed the terminal
            chunk = b""
        if not chunk:
            break
        seen += chunk
    os.close(master)
    return proc.wait(timeout=60), seen.decode("utf-8", "replace")


def test_progress_bar_only_on_terminal_for_batches(batch, tmp_path):  # noqa: F811
    args = ("check", str(batch / "copy"), "-g", str(batch / "glossary.yaml"), "--date", SEED_DATE)
    status, terminal = run_on_tty(*args, "-f", "csv", "--out", str(tmp_path / "c"))
    assert status == 1 and "auditing" in terminal and "14/14" in terminal
    status, terminal = run_on_tty(*args, "-f", "json")
    assert status == 1 and "auditing" not in terminal  # machine output stays quiet
    status, terminal = run_on_tty("check", str(SEEDS), "--date", SEED_DATE)
    assert status in (0, 1) and "auditing" not in terminal  # a handful of files: no bar
