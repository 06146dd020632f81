"""Run one hostile case: the CLI in a subprocess with a timeout and a memory cap, then judge it.

A case passes when it gives a correct result (exit 0 or 1 and the case's own check) or a
refusal: exit 2 with exactly one stderr line naming the file. In every case: no
traceback, no hang, and no input file changed.
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "glossaries"
MEMORY_CAP = 3 * 1024**3  # billion laughs or a 9.6 GB fuzzy index must fail inside the test
TIMEOUT = 60.0

ARTICLE = (
    "SEOUL, Oct. 28 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul met Russian Foreign "
    "Minister Sergey Lavrov on Monday, officials said.\n\n"
    "Lavrovov said the talks were “useful” and that both sides would meet again next month.\n"
)


@dataclass
class Run:
    """What a case ran and what came back."""

    args: list[str]
    rc: int | None
    stdout: bytes
    stderr: str
    tmp: Path
    timed_out: bool = False
    before: dict[str, str] = field(default_factory=dict)


@dataclass
class Case:
    """One hostile input: `setup(tmp)` writes files and returns the CLI arguments."""

    id: str
    setup: Callable[[Path], list[str]]
    expect: str  # "ok", "error" or "either"
    names: str | None = None  # the file the one-line error must name
    check: Callable[[Run], None] | None = None  # extra assertions on a correct result
    stdin: str | None = None  # a path opened as stdin (e.g. /dev/zero)
    shell: bool = False  # the arguments are one shell command line (pipes)
    outputs: tuple[str, ...] = ()  # files the run may create or replace
    env: dict[str, str] = field(default_factory=dict)
    sigpipe_ok: bool = False  # a closed stdout may end the run by SIGPIPE (exit 141), as Unix tools do


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def snapshot(tmp: Path) -> dict[str, str]:
    """Hash of every regular file under tmp (the inputs that must not change)."""
    found = {}
    for path in tmp.rglob("*"):
        if path.is_file() and not path.is_symlink() and os.access(path, os.R_OK):
            found[str(path.relative_to(tmp))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _declared(path: str, outputs: tuple[str, ...]) -> bool:
    return any(path == o or path.startswith(o + "/") for o in outputs)


def execute(case: Case, tmp: Path) -> Run:
    args = case.setup(tmp)
    before = snapshot(tmp)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "OPENBLAS_NUM_THREADS": "1", **case.env}
    command: list[str] | str = [sys.executable, "-m", "audit", *args]
    if case.shell:
        command = f"{sys.executable} -m audit {' '.join(args)}"
    stdin = open(case.stdin, "rb") if case.stdin else subprocess.DEVNULL  # noqa: SIM115
    try:
        proc = subprocess.run(
            command,
            cwd=tmp,
            env=env,
            stdin=stdin,
            capture_output=True,
            timeout=TIMEOUT,
            preexec_fn=_limit,
            shell=case.shell,
        )
    except subprocess.TimeoutExpired as exc:
        return Run(
            args, None, exc.stdout or b"", (exc.stderr or b"").decode("utf-8", "replace"), tmp, True, before
        )
    finally:
        if case.stdin:
            stdin.close()  # type: ignore[union-attr]
    return Run(args, proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace"), tmp, before=before)


def judge(case: Case, run: Run) -> None:
    """Assert the case's outcome (see the module docstring)."""
    assert not run.timed_out, f"hung (> {TIMEOUT:.0f} s)"
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    if case.sigpipe_ok and run.rc == 128 + 13:
        assert not run.stderr.strip(), run.stderr
        return
    assert run.rc in (0, 1, 2), f"exit {run.rc}: {run.stderr[-500:]}"
    after = snapshot(run.tmp)
    changed = [p for p, h in run.before.items() if after.get(p) != h and not _declared(p, case.outputs)]
    assert not changed, f"input changed or lost: {changed}"
    if run.rc == 2:
        assert case.expect in ("error", "either"), f"refused a valid input: {run.stderr}"
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1, f"expected one stderr line, got: {run.stderr[-1000:]}"
        if case.names:
            assert case.names in lines[0], f"error does not name {case.names}: {lines[0]}"
        return
    assert case.expect in ("ok", "either"), f"expected exit 2, got {run.rc}: {run.stderr[-500:]}"
    if case.check:
        case.check(run)
