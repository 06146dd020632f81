"""Cold-start wall time of what a desk runs on one article: `check` and the git hook path.

Every command runs in a fresh interpreter. The first run (untimed) fills the glossary
index cache and writes bytecode under a private PYTHONPYCACHEPREFIX, as an installed
wire-audit has its .pyc files; the timed runs reuse both.
"""

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
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache.parent / "pycache")
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


def hook_repo(folder: Path, article: Path, glossary: Path) -> Path:
    """A git repository with `article` staged and a config that points at `glossary`."""
    folder.mkdir(parents=True, exist_ok=True)

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)

    git("init", "-q")
    (folder / ".wire-audit.toml").write_text(f"glossaries = [{str(glossary)!r}]\n", encoding="utf-8")
    shutil.copy(article, folder / "story.txt")
    git("add", "story.txt")
    return folder


def startup_rows(
    article: Path, glossaries: dict[str, Path], work: Path, runs: int
) -> list[dict[str, object]]:
    """Rows of startup.csv: bare Python, then per glossary the hook on the staged article and
    `check` on it (module and console script)."""
    rows = [measure("python -c pass", [sys.executable, "-c", "pass"], "-", work / "c0", runs, work)]
    script = shutil.which("wire-audit")
    hook = [sys.executable, "-m", "audit", "hook", "run", "--date", "2024-10-28"]
    for i, (name, path) in enumerate(glossaries.items()):
        repo = hook_repo(work / f"hook-repo-{i}", article, path.resolve())
        rows.append(measure("python -m audit hook run", hook, name, work / "c3", runs, repo))
        args = ["check", str(article), "--glossary", str(path), "--date", "2024-10-28"]
        rows.append(
            measure(
                "python -m audit check", [sys.executable, "-m", "audit", *args], name, work / "c1", runs, work
            )
        )
        if script:  # the installed console script (may be another checkout's install)
            rows.append(measure(f"{script} check", [script, *args], name, work / "c2", runs, work))
    return rows
