"""Signals during `--jobs`: SIGTERM to the parent leaves no worker behind; Ctrl-C is one line."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start(tmp: Path) -> subprocess.Popen[bytes]:
    folder = tmp / "many"
    folder.mkdir()
    for i in range(40):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, folder / f"{i:02d}_{seed.name}")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRE_AUDIT_CACHE": "off"}
    args = [
        sys.executable,
        "-m",
        "audit",
        "check",
        str(folder),
        "-g",
        str(ROOT / "glossaries"),
        "--jobs",
        "2",
    ]
    return subprocess.Popen(
        args, cwd=tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )


def wait_for_workers(proc: subprocess.Popen[bytes]) -> list[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        workers = children(proc.pid)
        if len(workers) >= 2:
            time.sleep(0.5)
            return children(proc.pid)
        time.sleep(0.1)
    pytest.skip("the run ended before its workers started")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize("how", ["sigterm-parent", "ctrl-c-group"])
def test_no_orphan_workers_and_one_line(tmp_path, how):
    proc = start(tmp_path)
    workers = wait_for_workers(proc)
    if how == "sigterm-parent":
        os.kill(proc.pid, signal.SIGTERM)
    else:
        os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=30)  # returns only when every holder of stdout is gone
    time.sleep(0.2)
    assert not [w for w in workers if alive(w)], "orphaned workers"
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text, text[-2000:]
    assert len(text.strip().splitlines()) == 1, text[-2000:]
    assert proc.returncode in (130, 143), proc.returncode
