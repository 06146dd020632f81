"""Cold-start wall time of the git hook on one staged ~800-word article.

Builds a throwaway git repository with the shipped glossaries and one staged article
(the longest seed, padded with its own paragraphs to at least 800 words), then runs
`python -m audit hook run` in a fresh interpreter RUNS times and prints min, median and
max wall time, next to `python -c pass` for scale. Target (issue 6): at most 0.35 s.

Caches: the first run (untimed) fills the glossary index cache, as the first commit after
a glossary change does. Bytecode: an installed wire-audit has its .pyc files (pip compiles
them), so the timed runs use bytecode written by the first run under a temporary
PYTHONPYCACHEPREFIX, even where PYTHONDONTWRITEBYTECODE is set. `--no-bytecode` times the
worst case, every module compiled from source at every start.

    python bench/bench_hook.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import resource
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
    git("add", "glossaries")
    git("commit", "-q", "-m", "glossaries")
    # Only the article is staged: the measurement is one article, not the glossary's README.
    (folder / "story.txt").write_text(article(), encoding="utf-8")
    git("add", "story.txt")


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run; CPU (user + sys of the child and the git it runs)
    is far less sensitive than wall time to other work on a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"hook failed ({proc.returncode}): {proc.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def summary(label: str, values: list[float]) -> str:
    med = statistics.median(values)
    return f"{label}: min {min(values):.3f} s, median {med:.3f} s, max {max(values):.3f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-bytecode", action="store_true", help="compile from source every run")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        # The first run fills a glossary index cache of its own (audit/glossary/cache.py),
        # as the first commit after a glossary change does.
        env["WIRE_AUDIT_CACHE"] = str(Path(tmp) / "cache")
        repo = Path(tmp) / "repo"
        repo.mkdir()
        make_repo(repo)
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env.pop("PYTHONPYCACHEPREFIX", None)
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        hook = [sys.executable, "-m", "audit", "hook", "run", "--date", "2024-10-28"]
        first, _ = timed(hook, repo, env)  # may include writing .pyc files
        runs = [timed(hook, repo, env) for _ in range(args.runs)]
        bare = [timed([sys.executable, "-c", "pass"], repo, env) for _ in range(5)]
        words = len((repo / "story.txt").read_text().split())
    wall = [w for w, _ in runs]
    med = statistics.median(wall)
    mode = "compiled from source" if args.no_bytecode else "cached bytecode"
    print(f"article: {words} words, staged; glossaries: {ROOT / 'glossaries'}; {mode}")
    print(f"load average at the end: {os.getloadavg()[0]:.2f} (2 cores; wall time needs an idle machine)")
    print(summary("python -c pass wall", [w for w, _ in bare]))
    print(summary("python -c pass CPU", [c for _, c in bare]))
    print(f"hook first run wall: {first:.3f} s")
    print(summary(f"hook cold start wall ({args.runs} runs)", wall))
    print(summary("hook cold start CPU (user+sys)", [c for _, c in runs]))
    verdict = "met" if med <= TARGET_SECONDS else "MISSED (check the load average above)"
    print(f"target: median wall <= {TARGET_SECONDS} s: {verdict}")


if __name__ == "__main__":
    main()
