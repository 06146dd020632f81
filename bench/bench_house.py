"""Benchmark the house model (issue 15): learn time and memory, check cost, clean-copy false alarms.

    PYTHONPATH=$PWD python -m bench.bench_house [--articles 10000] [--work DIR]

1. `learn` on the refA corpus + seeds 002/003 and on a generated archive of N articles
   (bench/articles.py): wall time, CPU time and peak RSS, each in a fresh interpreter.
2. `check` CPU time per article with and without `--house` (same process, same articles, best of 5).
3. Clean-copy findings per 1,000 words, with and without the house model: learn on the first
   half of every refA file's lines, audit the second half (chunks of 25 lines).
4. `glossary mine` on the refA archive: entries by kind (the 30-person hand check is in docs/house.md).

Reads /work/shared (via ../shared) when present and skips those parts when it is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else Path("/work/shared")
REFA = SHARED / "corpora" / "wmt23-refA-en"
SEEDS = sorted((SHARED / "seeds").glob("00[23]_*.txt")) if (SHARED / "seeds").is_dir() else []
CHUNK = 25  # lines of refA per pseudo-article in the false-alarm test


def measure(code: str) -> dict[str, float]:
    """Wall and CPU seconds and peak RSS (MB) of `python -c code` in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"child failed ({status}): {code}")
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),
    }


def learn_cost(paths: list[Path], out: Path) -> dict[str, float]:
    args = f"{[str(p) for p in paths]!r}, pathlib.Path({str(out)!r})"
    code = f"import pathlib; from audit.house.learn import learn; learn({args})"
    row = measure(code)
    man = json.loads((out / "manifest.json").read_text())
    row.update(articles=man["articles"], words=man["words"], vocab=man["vocab_size"])
    return row


def generated_archive(folder: Path, n: int, seed: int = 5) -> Path:
    """n clean generated articles (~400 words) in one JSONL archive with dates."""
    from bench.articles import ArticleMaker
    from bench.names import make_glossary

    maker = ArticleMaker(make_glossary(2000, seed), seed=seed)
    start = dt.date(2020, 1, 1)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "archive.jsonl").open("w", encoding="utf-8") as out:
        for i in range(n):
            text = maker.article(400, garbles=0).text
            out.write(
                json.dumps({"text": text, "date": (start + dt.timedelta(days=i % 1500)).isoformat()}) + "\n"
            )
    return folder


def planted(work: Path, n: int, seed: int = 5) -> tuple[list[Path], dict[str, list[tuple[int, int]]]]:
    """n generated articles with 2 planted garbles each, cast from the archive's glossary."""
    from bench.articles import ArticleMaker
    from bench.names import make_glossary

    maker = ArticleMaker(make_glossary(2000, seed), seed=seed + 1000)
    folder = work / "planted"
    folder.mkdir(parents=True, exist_ok=True)
    paths, spans = [], {}
    for i in range(n):
        art = maker.article(400, garbles=2)
        path = folder / f"a{i:04d}.txt"
        path.write_text(art.text, encoding="utf-8")
        paths.append(path)
        spans[str(path)] = list(art.garbles)
    return paths, spans


def recall(
    paths: list[Path], spans: dict[str, list[tuple[int, int]]], house: Path | None
) -> dict[str, float]:
    """Recall and precision at major+ of every check (no glossary) on planted garbles."""
    from audit import runner
    from audit.settings import Settings

    settings = Settings(glossaries=(), date=dt.date(2024, 10, 28), house=str(house) if house else None)
    result = runner.run([str(p) for p in paths], settings)
    hits = found = total = 0
    for a in result.articles:
        major = [f for f in a.findings if str(f.severity) in ("major", "critical")]
        planted_here = spans[a.path]
        total += len(planted_here)
        hits += sum(any(f.start < e and s < f.end for f in major) for s, e in planted_here)
        found += sum(any(f.start < e and s < f.end for s, e in planted_here) for f in major)
    flagged = sum(1 for a in result.articles for f in a.findings if str(f.severity) in ("major", "critical"))
    return {
        "planted": total,
        "recall": round(hits / total, 3),
        "precision": round(found / max(flagged, 1), 3),
    }


def split_refa(work: Path) -> tuple[Path, list[Path]]:
    """(train folder, test articles): first half of every refA file's lines vs the second half."""
    train, test = work / "refa-train", work / "refa-test"
    train.mkdir(parents=True, exist_ok=True)
    test.mkdir(parents=True, exist_ok=True)
    articles = []
    for f in sorted(REFA.glob("*.txt")):
        lines = f.read_text(encoding="utf-8").splitlines()
        half = len(lines) // 2
        (train / f.name).write_text("\n".join(lines[:half]) + "\n", encoding="utf-8")
        rest = lines[half:]
        for i in range(0, len(rest), CHUNK):
            path = test / f"{f.stem}-{i // CHUNK:03d}.txt"
            body = "\n".join(rest[i : i + CHUNK]).strip()
            if body:
                path.write_text(body + "\n", encoding="utf-8")
                articles.append(path)
    return train, articles


def audit(paths: list[Path], house: Path | None) -> tuple[float, dict[str, int], int]:
    """(seconds, findings by severity and by code, words) of one in-process run."""
    from audit import runner
    from audit.settings import Settings

    settings = Settings(
        glossaries=(str(ROOT / "glossaries"),),
        date=dt.date(2024, 10, 28),
        house=str(house) if house else None,
    )
    start = time.process_time()  # CPU time: the machine is shared, wall time is noisy
    result = runner.run([str(p) for p in paths], settings)
    seconds = time.process_time() - start
    counts: Counter[str] = Counter()
    for a in result.articles:
        for f in a.findings:
            counts[str(f.severity)] += 1
            counts[f.code] += 1
    return seconds, dict(counts), sum(a.words for a in result.articles)


def check_cost(paths: list[Path], house: Path) -> dict[str, float]:
    """CPU seconds per article with and without --house (best of 5, alternating, house preloaded)."""
    from audit.house.load import load_house

    load_house(house).model  # noqa: B018 - loading is per run, not per article: measured apart
    audit(paths[:3], house)  # warm caches on both paths alike
    without, with_house = [], []
    for _ in range(5):
        without.append(audit(paths, None)[0])
        with_house.append(audit(paths, house)[0])
    a, b = min(without) / len(paths), min(with_house) / len(paths)
    return {
        "articles": len(paths),
        "ms_without": round(a * 1000, 2),
        "ms_with_house": round(b * 1000, 2),
        "overhead_pct": round(100 * (b - a) / a, 1),
    }


def false_alarms(train: Path, test: list[Path], house: Path) -> dict[str, object]:
    from audit.house.learn import learn

    learn([train], house)
    _s, base, words = audit(test, None)
    _s, with_house, _w = audit(test, house)

    def per_k(c: dict[str, int], levels: tuple[str, ...] = ("minor", "major", "critical")) -> float:
        return round(1000 * sum(c.get(k, 0) for k in levels) / words, 3)

    def major(c: dict[str, int]) -> float:
        return per_k(c, ("major", "critical"))

    return {
        "test_articles": len(test),
        "test_words": words,
        "per_1k_without": per_k(base),
        "per_1k_with_house": per_k(with_house),
        "major_per_1k_without": major(base),
        "major_per_1k_with_house": major(with_house),
        "house_findings": {k: v for k, v in sorted(with_house.items()) if k in ("N106", "T103")},
    }


def mine_count(paths: list[Path], out: Path) -> dict[str, object]:
    from audit.glossary.loader import load_glossaries
    from audit.house.draft import render
    from audit.house.mine import mine

    entries, facts = mine(paths)
    out.write_text(render(entries, facts), encoding="utf-8")
    kinds = Counter(e.kind for e in load_glossaries([out]).entries)
    return {"entries": len(entries), "by_kind": dict(sorted(kinds.items())), "draft": str(out)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="size of the generated archive")
    parser.add_argument("--work", type=Path, default=None, help="keep work files here (default: a temp dir)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-house-"))
    results: dict[str, object] = {}
    gen = generated_archive(work / "generated", args.articles)
    results["learn_generated"] = learn_cost([gen], work / "house-generated")
    print("learn, generated archive:", results["learn_generated"], flush=True)
    paths, spans = planted(work, 200)
    results["planted_without_house"] = recall(paths, spans, None)
    results["planted_with_house"] = recall(paths, spans, work / "house-generated")
    print(
        "planted garbles, major+, no glossary:",
        results["planted_without_house"],
        "->",
        results["planted_with_house"],
    )
    if REFA.is_dir():
        results["learn_refa"] = learn_cost([REFA, *SEEDS], work / "house-refa")
        print("learn, refA + seeds 002/003:", results["learn_refa"], flush=True)
        train, test = split_refa(work)
        results["false_alarms"] = false_alarms(train, test, work / "house-half")
        print("clean-copy findings per 1,000 words:", results["false_alarms"], flush=True)
        results["check_cost"] = check_cost(test, work / "house-refa")
        print("check cost per article:", results["check_cost"], flush=True)
        results["mine_refa"] = mine_count([REFA, *SEEDS], work / "draft-refa.yaml")
        print("glossary mine, refA + seeds:", results["mine_refa"], flush=True)
    else:
        print(f"skipped the refA parts: {REFA} not found")
    (work / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"results in {work / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
