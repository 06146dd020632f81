"""Shared fixtures: repository paths and a CLI runner that works without installation."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GLOSSARIES = ROOT / "glossaries"
SEED_DATE = "2024-10-28"
GOLD = ROOT.parent / "shared" / "seeds-gold"

# Tests never write to the user's cache (~/.cache/wire-audit): a temporary folder unless the
# caller chose one (or `off`); CLI subprocesses inherit it.
os.environ.setdefault("WIRE_AUDIT_CACHE", tempfile.mkdtemp(prefix="wire-audit-test-cache-"))
# Nor into the checkout: hypothesis keeps its example database and Unicode tables in a
# temporary folder, not ./.hypothesis.
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="wire-audit-test-hypothesis-"))


def run_cli(
    *args: str, cwd: Path | None = None, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the CLI on ARGS: in this process (fast), or in a subprocess when the point is the
    interpreter itself (a PYTHON* variable such as PYTHONHASHSEED, or WIRE_AUDIT_TEST_SUBPROCESS=1)."""
    env = env or {}
    if os.environ.get("WIRE_AUDIT_TEST_SUBPROCESS") == "1" or any(k.startswith("PYTHON") for k in env):
        return run_cli_subprocess(*args, cwd=cwd, stdin=stdin, env=env)
    return run_cli_in_process(*args, cwd=cwd, stdin=stdin, env=env)


def run_cli_subprocess(
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


def run_cli_in_process(
    *args: str, cwd: Path | None = None, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`audit.cli.main(ARGS)` with its own cwd, environment and byte streams, restored after;
    output decoded as `subprocess.run(text=True)` does (universal newlines)."""
    import io
    import traceback

    from audit.cli import main

    streams = (sys.stdin, sys.stdout, sys.stderr)
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    out, err = io.BytesIO(), io.BytesIO()
    # Held here: a wrapper closes its buffer when collected, before the output is read.
    wrappers = (
        io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8"),
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", write_through=True),
    )
    sys.stdin, sys.stdout, sys.stderr = wrappers
    os.environ.update({"NO_COLOR": "1", **(env or {})})
    code: int | str | None = 0
    try:
        os.chdir(cwd or ROOT)
        main(list(args))
    except SystemExit as exc:
        code = exc.code
    except Exception:  # a bug: as the interpreter would, a traceback and exit 1
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdin, sys.stdout, sys.stderr = streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    status = code if isinstance(code, int) else (0 if code is None else 1)
    result = subprocess.CompletedProcess(list(args), status, _text(out), _text(err))
    del wrappers
    return result


def _text(stream: Any) -> str:
    return stream.getvalue().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


@pytest.fixture
def cli():
    return run_cli
