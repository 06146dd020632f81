"""Benchmark: ten ~800-word versions of one story through `compare` (one core, in-process).

Versions are built deterministically from the seed articles: each takes a seed, rotates its
paragraphs, swaps a few words and tops it up with sentences of the next seed to reach
~800 words, so alignment sees reordering, paraphrase and dropped/added sentences.

    python bench/bench_compare.py [--versions 10] [--words 800] [--repeat 5]

Prints the median wall and CPU time of (a) alignment + consensus only and (b) the whole compare
run (all checks, glossary, scores), excluding interpreter start-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audit.engine.versions import Story, run_compare  # noqa: E402
from audit.settings import Settings  # noqa: E402
from audit.text.document import Document  # noqa: E402
from audit.versions.story import analyse_story  # noqa: E402

SWAPS = {"said": "stated", "troops": "soldiers", "about": "around", "Monday": "Tuesday", "will": "would"}


def make_versions(n: int, words: int) -> list[str]:
    seeds = [p.read_text(encoding="utf-8").splitlines() for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(7)
    out = []
    for k in range(n):
        paras = [p for p in seeds[k % len(seeds)] if p.strip()]
        paras = paras[k % 3 :] + paras[: k % 3]
        extra = [p for p in seeds[(k + 1) % len(seeds)] if p.strip()]
        while sum(len(p.split()) for p in paras) < words and extra:
            paras.append(extra.pop(0))
        text = "\n".join(paras)
        for old, new in SWAPS.items():
            if rng.random() < 0.5:
                text = text.replace(f" {old} ", f" {new} ", 1)
        out.append(text + "\n")
    return out


def timed(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median (wall, CPU) seconds: CPU time is what one core spends, whatever the machine load."""
    wall, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--versions", type=int, default=10)
    ap.add_argument("--words", type=int, default=800)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    texts = make_versions(args.versions, args.words)
    date = dt.date(2024, 10, 28)
    sizes = [len(t.split()) for t in texts]

    def align_only() -> None:
        docs = [Document(path=f"v{i}.txt", text=t) for i, t in enumerate(texts)]
        analyse_story(docs, [date] * len(docs))

    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, t in enumerate(texts):
            path = Path(tmp) / f"v{i:02d}.txt"
            path.write_text(t, encoding="utf-8")
            files.append(str(path))
        settings = Settings(glossaries=(str(ROOT / "glossaries"),), date=date)
        story = [Story("bench", tuple(files))]
        run_compare(story, settings)  # warm-up: imports, sacrebleu, glossary parse
        whole = timed(lambda: run_compare(story, settings), args.repeat)
    align_only()
    core = timed(align_only, args.repeat)
    print(f"{args.versions} versions, {min(sizes)}–{max(sizes)} words each")
    print(f"alignment + consensus: wall {core[0]:.2f} s, cpu {core[1]:.2f} s (median of {args.repeat})")
    print(f"whole compare run:     wall {whole[0]:.2f} s, cpu {whole[1]:.2f} s (median of {args.repeat})")


if __name__ == "__main__":
    main()
