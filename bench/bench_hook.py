"""Cold-start wall time of the git hook on one staged ~800-word article.

Builds a throwaway git repository with the shipped glossaries and one staged article
(the longest seed, padded with its own paragraphs to at least 800 words), then runs
`python -m audit hook run` in a fresh interpreter RUNS times and prints min, median and
max wall time, next to `python -c pass` for scale. Target (issue 6): at most 0.35 s.

    python bench/bench_hook.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_WORDS = 800
TARGET_SECONDS = 0.35


def article(words: int = TARGET_WORDS) -> str:
    """The longest seed, its paragraphs repeated until the article has `words` words."""
    seed = max((ROOT / "seeds").glob("*.txt"), key=lambda p: len(p.read_text().split()))
    paragraphs = [p for p in seed.read_text(encoding="utf-8").split("\n") if p.strip()]
    out, i = [], 0
    while sum(len(p.split()) for p in out) < words:
        out.append(paragraphs[i % len(paragraphs)])
        i += 1
    return "\n\n".join(out) + "\n"


def make_repo(folder: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.name", "bench")
    git("config", "user.email", "bench@example.org")
    shutil.copytree(ROOT / "glossaries", folder / "glossaries")
    (folder / "story.txt").write_text(article(), encoding="utf-8")
    git("add", ".")


def wall(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"hook failed ({proc.returncode}): {proc.stderr.decode()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp)
        make_repo(repo)
        hook = [sys.executable, "-m", "audit", "hook", "run", "--date", "2024-10-28"]
        first = wall(hook, repo, env)  # may include writing .pyc files
        times = [wall(hook, repo, env) for _ in range(args.runs)]
        bare = statistics.median(wall([sys.executable, "-c", "pass"], repo, env) for _ in range(5))
        words = len((repo / "story.txt").read_text().split())
    med = statistics.median(times)
    print(f"article: {words} words, staged; glossaries: {ROOT / 'glossaries'}")
    print(f"python -c pass: {bare:.3f} s (median of 5)")
    print(f"hook first run: {first:.3f} s")
    print(
        f"hook cold start over {args.runs} runs: min {min(times):.3f} s, median {med:.3f} s, "
        f"max {max(times):.3f} s (target {TARGET_SECONDS} s: {'met' if med <= TARGET_SECONDS else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
