"""The benchmark runs end to end in quick mode and writes its CSV files (timings unchecked)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.benchmark import CHECK_COLUMNS, SCALE_COLUMNS, STARTUP_COLUMNS, TARGET_COLUMNS  # noqa: E402


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def test_quick_benchmark_writes_documented_columns(tmp_path: Path) -> None:
    out = tmp_path / "bench"
    cmd = [sys.executable, str(ROOT / "bench" / "benchmark.py"), "--quick", "--sizes", "100,300"]
    cmd += ["--articles", "3", "--runs", "1", "--repeat", "2", "--out", str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env={**os.environ})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Targets" in proc.stdout
    header, rows = read(out / "scale.csv")
    assert header == SCALE_COLUMNS
    assert [int(r["entries"]) for r in rows] == [100, 300]
    for row in rows:
        assert int(row["forms"]) >= int(row["entries"])  # canonicals plus aliases
        assert float(row["articles_per_s"]) > 0 and float(row["naive_ms_per_article"]) > 0
        assert int(row["planted"]) == 6  # two garbles per article
        assert int(row["repeats"]) == 2
        low, mid, high = (
            float(row[k]) for k in ("ms_per_article_min", "ms_per_article", "ms_per_article_max")
        )
        assert 0 < low <= mid <= high
    header, rows = read(out / "checks.csv")
    assert header == CHECK_COLUMNS
    assert {r["code"] for r in rows} >= {"N101", "N103"} and {r["entries"] for r in rows} == {"100", "300"}
    header, rows = read(out / "startup.csv")
    assert header == STARTUP_COLUMNS
    assert {r["command"] for r in rows} >= {"python -c pass", "python -m audit check"}
    assert {r["glossary"] for r in rows} >= {"shipped", "synthetic 300"}
    header, rows = read(out / "targets.csv")
    assert header == TARGET_COLUMNS
    assert all(r["met"] in ("yes", "NO") for r in rows) and rows
