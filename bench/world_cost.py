"""Per-article cost of the world pack: CPU time of every check with the pack on vs off.

Both engines are loaded first (and their indexes built or unpickled), so the numbers are
the per-article cost only; the two runs alternate over the same articles in one process,
so machine load affects both alike. Articles: the clean seeds and the first refA chunks
from shared/ (false_alarms.py), else the bundled seeds. Target of issue 13: ratio <= 1.15.

    python bench/world_cost.py [--articles 120] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import this checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audit.engine.core import Engine
from audit.settings import Settings
from audit.text.document import Document
from bench import clirun

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.15


def texts(limit: int) -> list[str]:
    """Clean copy from shared/ when present, else the bundled seeds."""
    shared = clirun.shared_dir()
    out: list[str] = []
    if shared is not None:
        from bench.false_alarms import refa_texts, seed_texts

        out = [*seed_texts(shared).values(), *refa_texts(shared).values()]
    if not out:
        out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return out[:limit]


def cpu_per_article(engine: Engine, docs: list[Document]) -> float:
    """CPU seconds per article for one pass of every check (no suppression, no scoring)."""
    start = time.process_time()
    for doc in docs:
        engine.findings(engine.context(doc))
    return (time.process_time() - start) / len(docs)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=120)
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args(argv)
    day = dt.date(2024, 10, 28)
    engines = {w: Engine.load(Settings(date=day, world=w)) for w in (False, True)}
    for engine in engines.values():
        engine.knowledge.warm()
    docs = [Document(f"a{i}.txt", t) for i, t in enumerate(texts(args.articles))]
    cpu_per_article(engines[True], docs[:5])  # first-use memos and lazy imports
    times: dict[bool, list[float]] = {w: [] for w in engines}
    for _ in range(args.rounds):  # interleaved: a load spike hits both settings alike
        for w, engine in engines.items():
            times[w].append(cpu_per_article(engine, docs))
    best = {w: min(t) for w, t in times.items()}
    ratio = best[True] / best[False]
    words = sum(d.words for d in docs)
    print(f"{len(docs)} articles, {words} words; entries off/on: ", end="")
    print(f"{len(engines[False].knowledge.glossary)}/{len(engines[True].knowledge.glossary)}")
    print(f"CPU ms per article: world off {1000 * best[False]:.2f}, on {1000 * best[True]:.2f}")
    print(
        f"ratio on/off {ratio:.3f} (target <= {TARGET_RATIO}: {'met' if ratio <= TARGET_RATIO else 'MISSED'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
