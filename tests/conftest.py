"""Shared fixtures: repository paths and a CLI runner that works without installation."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GLOSSARIES = ROOT / "glossaries"
SEED_DATE = "2024-10-28"
GOLD = ROOT.parent / "shared" / "seeds-gold"

# Tests never write to the user's cache (~/.cache/wire-audit): a temporary folder unless the
# caller chose one (or `off`); CLI subprocesses inherit it.
os.environ.setdefault("WIRE_AUDIT_CACHE", tempfile.mkdtemp(prefix="wire-audit-test-cache-"))


def run_cli(
    *args: str, cwd: Path | None = None, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m audit ARGS` in a subprocess, importing this checkout's package."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "audit", *args],
        cwd=cwd or ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


@pytest.fixture
def cli():
    return run_cli
