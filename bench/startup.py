"""Cold-start wall time of the command a git hook runs: a fresh interpreter per article."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall(cmd: Sequence[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run, output discarded."""
    cpu0, t0 = _child_cpu(), time.perf_counter()
    proc = subprocess.run(
        cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    seconds, cpu = time.perf_counter() - t0, _child_cpu() - cpu0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return seconds, cpu


def measure(
    label: str, cmd: Sequence[str], glossary: str, cache: Path, runs: int, cwd: Path
) -> dict[str, object]:
    """First run against an empty cache, then `runs` warm-cache runs (median, min; CPU median)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRE_AUDIT_CACHE": str(cache), "NO_COLOR": "1"}
    shutil.rmtree(cache, ignore_errors=True)
    first, _ = wall(cmd, env, cwd)
    runs_ = [wall(cmd, env, cwd) for _ in range(runs)]
    times = [w for w, _ in runs_]
    return {
        "command": label,
        "glossary": glossary,
        "runs": runs,
        "empty_cache_s": first,
        "median_s": statistics.median(times),
        "min_s": min(times),
        "median_cpu_s": statistics.median(c for _, c in runs_),
    }


def startup_rows(
    article: Path, glossaries: dict[str, Path], work: Path, runs: int
) -> list[dict[str, object]]:
    """Rows of startup.csv: bare Python, then `check` per glossary (module and console script)."""
    rows = [measure("python -c pass", [sys.executable, "-c", "pass"], "-", work / "c0", runs, work)]
    script = shutil.which("wire-audit")
    for name, path in glossaries.items():
        args = ["check", str(article), "--glossary", str(path), "--date", "2024-10-28"]
        rows.append(
            measure(
                "python -m audit check", [sys.executable, "-m", "audit", *args], name, work / "c1", runs, work
            )
        )
        if script:  # the installed console script (may be another checkout's install)
            rows.append(measure(f"{script} check", [script, *args], name, work / "c2", runs, work))
    return rows
