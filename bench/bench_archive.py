"""Benchmark: a synthetic JSONL archive through `check` serial, `--jobs 2`, `--dask local:2`,
then an unchanged rerun against the result cache.

    python bench/bench_archive.py [--articles 100000] [--glossary 10000] [--words 600]

Every mode runs in a fresh interpreter (`--_run`), which times `run_archives` (knowledge
load, reading, auditing and, for Dask, cluster start-up; not interpreter start) and reports
its peak memory: the driver's, and each worker's for --jobs and Dask. Prints one table;
scaling efficiency is speed-up over serial divided by the 2 workers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.articles import ArticleMaker  # noqa: E402
from bench.names import make_glossary, to_yaml  # noqa: E402

MODES = {"serial": {}, "jobs 2": {"jobs": 2}, "dask local:2": {"dask": "local:2"}}
MB = 1024  # ru_maxrss is in KiB on Linux


def write_archive(folder: Path, articles: int, entries: int, words: int, seed: int) -> tuple[Path, Path]:
    """A YAML glossary and a JSONL archive of generated articles (one per line, dated)."""
    synth = make_glossary(entries, seed)
    glossary = folder / f"glossary-{entries}.yaml"
    glossary.write_text(to_yaml(synth), encoding="utf-8")
    maker = ArticleMaker(synth, seed + entries)
    archive = folder / f"archive-{articles}.jsonl"
    with archive.open("w", encoding="utf-8") as fh:
        for i in range(articles):
            row = {"id": f"w{i:07d}", "date": "2024-10-28", "text": maker.article(words).text}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return glossary, archive


def _worker_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MB


def child_run(mode: str, archive: str, glossary: str, results: str) -> dict[str, object]:
    """One timed run in this interpreter (called by the parent with --_run)."""
    from audit.archive.run import ArchiveOptions, run_archives
    from audit.settings import Settings

    workers: list[float] = []
    extra = MODES[mode]

    def at_end(done: int, total: int) -> None:
        if done == total and "dask" in extra and not workers:
            import distributed

            workers.extend(distributed.default_client().run(_worker_peak_mb).values())

    # Dask only: rows are counted first so that `done == total` marks the end (workers still up).
    at_end.enabled = "dask" in extra  # type: ignore[attr-defined]
    settings = Settings(glossaries=(glossary,), jobs=int(extra.get("jobs", 1)))
    options = ArchiveOptions(
        cache=bool(results), cache_dir=Path(results) if results else None, dask=extra.get("dask")
    )
    t0 = time.perf_counter()
    result = run_archives([archive], settings, options, at_end if "dask" in extra else None)
    seconds = time.perf_counter() - t0
    if "jobs" in extra:
        workers.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / MB)
    stats = result.extra["archive"]
    return {
        "seconds": seconds,
        "rows": stats["rows"],
        "hits": stats["cache_hits"],
        "driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MB,
        "worker_mb": max(workers, default=0.0),
    }


def measure(mode: str, archive: Path, glossary: Path, tmp: Path, results: Path | None) -> dict[str, object]:
    """One mode in a fresh interpreter; the glossary index comes from a warm glossary cache."""
    out = tmp / "run.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRE_AUDIT_CACHE": str(tmp / "glossary-cache")}
    cmd = [
        sys.executable,
        __file__,
        "--_run",
        mode,
        str(archive),
        str(glossary),
        str(out),
        str(results or ""),
    ]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    return json.loads(out.read_text())


def warm_glossary_cache(glossary: Path, tmp: Path) -> None:
    """Build and store the glossary index once, as any earlier run (or the git hook) would have."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRE_AUDIT_CACHE": str(tmp / "glossary-cache")}
    code = (
        "import sys; from audit.glossary.cache import load_indexed; g, f = load_indexed([sys.argv[1]]); f(g)"
    )
    subprocess.run([sys.executable, "-c", code, str(glossary)], check=True, env=env, cwd=ROOT)


def report(runs: dict[str, dict[str, object]], first: dict, rerun: dict) -> str:  # type: ignore[type-arg]
    serial = float(runs["serial"]["seconds"])  # type: ignore[arg-type]
    lines = [
        "| mode | seconds | articles/s | speed-up | efficiency | driver MB | worker MB |",
        "|---|---|---|---|---|---|---|",
    ]
    for mode, r in runs.items():
        s = float(r["seconds"])  # type: ignore[arg-type]
        speed = serial / s
        eff = speed / (1 if mode == "serial" else 2)
        lines.append(
            f"| {mode} | {s:.1f} | {int(r['rows']) / s:.0f} | {speed:.2f}× | {eff:.0%} | "  # type: ignore[call-overload]
            f"{float(r['driver_mb']):.0f} | {float(r['worker_mb']) or float(r['driver_mb']):.0f} |"  # type: ignore[arg-type]
        )
    ratio = float(rerun["seconds"]) / float(first["seconds"])
    lines.append(
        f"\nincremental: first run {float(first['seconds']):.1f} s (cache filled), unchanged rerun "
        f"{float(rerun['seconds']):.2f} s ({rerun['hits']} cache hits) = {ratio:.1%} of the first"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--articles", type=int, default=100_000, help="articles in the archive (10000 runs in minutes)"
    )
    p.add_argument("--glossary", type=int, default=10_000, help="entries in the synthetic glossary")
    p.add_argument("--words", type=int, default=600, help="words per article")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--keep", type=Path, help="write the archive here and keep it (default: a temp folder)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        glossary, archive = write_archive(folder, args.articles, args.glossary, args.words, args.seed)
        size = archive.stat().st_size / 2**20
        print(
            f"archive: {args.articles} articles, {size:.0f} MB, generated in {time.perf_counter() - t0:.0f} s"
        )
        warm_glossary_cache(glossary, Path(tmp))
        runs = {mode: measure(mode, archive, glossary, Path(tmp), None) for mode in MODES}
        results = Path(tmp) / "result-cache"
        first = measure("serial", archive, glossary, Path(tmp), results)
        rerun = measure("serial", archive, glossary, Path(tmp), results)
        print(report(runs, first, rerun))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--_run"]:
        mode, archive, glossary, out, results = sys.argv[2:7]
        Path(out).write_text(json.dumps(child_run(mode, archive, glossary, results)))
    else:
        main()
