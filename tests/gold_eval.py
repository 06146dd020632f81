"""Compare findings on the seeds with the verified annotations in tests/gold/.

tests/gold/ is a copy of shared/seeds-gold (findings.json, negatives.json): every error in
the seeds with its severity and `detectable_by`, and correct spans that must stay quiet.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import SEED_DATE, SEEDS, run_cli

GOLD_DIR = Path(__file__).parent / "gold"
SEVERE = ("major", "critical")
QUIET_FILES = ("002_b56239f51e18657d.txt", "003_26f8fd5188cd5d22.txt")


def gold(name: str = "findings") -> list[dict[str, Any]]:
    return json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))


def gold_items(detectable_by: str, severities: tuple[str, ...] = SEVERE) -> list[dict[str, Any]]:
    return [g for g in gold() if g["detectable_by"] == detectable_by and g["severity"] in severities]


def seed_findings(*extra: str) -> list[dict[str, Any]]:
    """Findings of `check seeds/` (JSON), each with its file name added as "file"."""
    proc = run_cli("check", str(SEEDS), "--date", SEED_DATE, "--format", "json", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    out = []
    for article in json.loads(proc.stdout)["articles"]:
        for f in article["findings"]:
            out.append({**f, "file": Path(article["path"]).name})
    return out


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["file"] == b["file"] and a["start"] < b["end"] and b["start"] < a["end"]


def missed(items: list[dict[str, Any]], findings: list[dict[str, Any]]) -> list[str]:
    """Gold items no finding overlaps, as readable strings."""
    return [
        f"{g['file']}:{g['start']} {g['text']!r}" for g in items if not any(overlaps(g, f) for f in findings)
    ]


def false_alarms(findings: list[dict[str, Any]]) -> list[str]:
    """Major/critical findings on a negative span, or in 002/003 outside every gold span."""
    negatives, golds = gold("negatives"), gold()
    bad = []
    for f in findings:
        if f["severity"] not in SEVERE:
            continue
        on_negative = any(overlaps(n, f) for n in negatives)
        stray = f["file"] in QUIET_FILES and not any(overlaps(g, f) for g in golds)
        if on_negative or stray:
            bad.append(f"{f['file']}:{f['start']} {f['code']} {f['text']!r}")
    return bad
