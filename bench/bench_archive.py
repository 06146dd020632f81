"""Benchmark: a synthetic JSONL archive through `check` serial, `--jobs 2`, `--dask local:2`,
then an unchanged rerun against the result cache.

    python bench/bench_archive.py [--articles 100000] [--glossary 10000] [--words 600]
    python bench/bench_archive.py --keep /tmp/a --generate-only       # write the archive once
    python bench/bench_archive.py --archive /tmp/a/archive-100000.jsonl \
        --glossary-file /tmp/a/glossary-10000.yaml --repeat 3        # reuse it

Every mode runs in a fresh interpreter (`--_run`), which times `run_archives` (knowledge
load, reading, auditing and, for Dask, cluster start-up; not interpreter start) and reports
its peak memory (VmHWM: a spawned worker's ru_maxrss would include the driver's). The modes
run back to back in each round, so ratios compare runs made under the same machine load;
the table gives medians over rounds, and the load average around every run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
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
    """This process's own peak RSS (VmHWM resets on exec, unlike ru_maxrss)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            line = next(x for x in fh if x.startswith("VmHWM:"))
        return int(line.split()[1]) / MB
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MB


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _worker_trims() -> int:
    from audit.archive import memory

    return memory.trims


def child_run(mode: str, archive: str, glossary: str, results: str) -> dict[str, object]:
    """One timed run in this interpreter (called by the parent with --_run)."""
    from audit.archive import memory
    from audit.archive.run import ArchiveOptions, run_archives
    from audit.settings import Settings

    workers: list[float] = []
    trims: list[int] = []
    cpu: list[float] = []
    extra = MODES[mode]

    def at_end(done: int, total: int) -> None:
        if done == total and "dask" in extra and not workers:
            import distributed

            dask_client = distributed.default_client()
            workers.extend(dask_client.run(_worker_peak_mb).values())
            trims.extend(dask_client.run(_worker_trims).values())
            cpu.extend(dask_client.run(_cpu_seconds).values())

    # Dask only: rows are counted first so that `done == total` marks the end (workers still up).
    at_end.enabled = "dask" in extra  # type: ignore[attr-defined]
    settings = Settings(glossaries=(glossary,), jobs=int(extra.get("jobs", 1)))
    options = ArchiveOptions(
        cache=bool(results), cache_dir=Path(results) if results else None, dask=extra.get("dask")
    )
    t0, cpu0 = time.perf_counter(), _cpu_seconds()
    result = run_archives([archive], settings, options, at_end if "dask" in extra else None)
    seconds = time.perf_counter() - t0
    if "jobs" in extra:
        workers.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / MB)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(children.ru_utime + children.ru_stime)
    stats = result.extra["archive"]
    return {
        "seconds": seconds,
        "rows": stats["rows"],
        "hits": stats["cache_hits"],
        "driver_mb": _worker_peak_mb(),
        "worker_mb": max(workers, default=0.0),
        "trims": memory.trims + sum(trims),
        "driver_cpu": _cpu_seconds() - cpu0,
        "worker_cpu": sum(cpu),
        "load": os.getloadavg()[0],
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


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def report(rounds: list[dict[str, dict]], first: dict | None, rerun: dict | None) -> str:  # type: ignore[type-arg]
    """Medians over rounds; the speed-up is the median of each round's own ratio."""
    lines = [
        "| mode | seconds | articles/s | speed-up | efficiency | CPU s driver+workers | driver MB "
        "| worker MB | load avg |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for mode in rounds[0]:
        runs = [r[mode] for r in rounds]
        s = _median([float(r["seconds"]) for r in runs])
        ratios = [float(r["serial"]["seconds"]) / float(r[mode]["seconds"]) for r in rounds if "serial" in r]
        speed = _median(ratios)
        eff = speed / (1 if mode == "serial" else 2)
        loads = "–".join(f"{float(r['load']):.1f}" for r in runs)
        lines.append(
            f"| {mode} | {s:.1f} | {int(runs[0]['rows']) / s:.0f} | {speed:.2f}× | {eff:.0%} | "
            f"{_median([float(r['driver_cpu']) for r in runs]):.0f}+"
            f"{_median([float(r['worker_cpu']) for r in runs]):.0f} | "
            f"{max(float(r['driver_mb']) for r in runs):.0f} | "
            f"{max(float(r['worker_mb']) for r in runs):.0f} | {loads} |"
        )
    if first and rerun:
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
    p.add_argument("--generate-only", action="store_true", help="write the archive (with --keep) and stop")
    p.add_argument("--archive", type=Path, help="reuse this JSONL archive instead of generating one")
    p.add_argument("--glossary-file", type=Path, help="the glossary that goes with --archive")
    p.add_argument("--repeat", type=int, default=1, help="rounds of the modes, back to back (medians)")
    p.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of: {', '.join(MODES)}")
    p.add_argument("--no-rerun", action="store_true", help="skip the incremental (cache) measurement")
    args = p.parse_args(argv)
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if unknown := [m for m in modes if m not in MODES]:
        p.error(f"unknown mode(s): {', '.join(unknown)}")
    if args.archive and not args.glossary_file:
        p.error("--archive needs --glossary-file")
    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        if args.archive:
            glossary, archive = args.glossary_file, args.archive
        else:
            folder = args.keep or Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            t0 = time.perf_counter()
            glossary, archive = write_archive(folder, args.articles, args.glossary, args.words, args.seed)
            size = archive.stat().st_size / 2**20
            print(f"archive: {archive} ({args.articles} articles, {size:.0f} MB), "
                  f"generated in {time.perf_counter() - t0:.0f} s")  # fmt: skip
            if args.generate_only:
                return
        warm_glossary_cache(glossary, Path(tmp))
        rounds = []
        for i in range(args.repeat):
            rounds.append({mode: measure(mode, archive, glossary, Path(tmp), None) for mode in modes})
            print(f"round {i + 1}: " + json.dumps(rounds[-1]), flush=True)
        first = rerun = None
        if not args.no_rerun:
            results = Path(tmp) / "result-cache"
            first = measure("serial", archive, glossary, Path(tmp), results)
            rerun = measure("serial", archive, glossary, Path(tmp), results)
        print(report(rounds, first, rerun))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--_run"]:
        mode, archive, glossary, out, results = sys.argv[2:7]
        Path(out).write_text(json.dumps(child_run(mode, archive, glossary, results)))
    else:
        main()
