"""Run `python -m audit check` on articles the way a new user would, and collect the findings.

Shared by bench/devset_eval.py and bench/false_alarms.py. Each run happens in a fresh
temporary working directory, so no project glossary (./glossaries), config file or
baseline of this repository is picked up: the tool knows only what it ships (and any
`--glossary` given explicitly). The package imported is this checkout's (PYTHONPATH).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEVERE = ("major", "critical")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


class RunError(RuntimeError):
    """The tool exited with a usage/input error (exit 2) or crashed."""


@dataclass(frozen=True)
class Options:
    """What is passed through to every `check` run."""

    glossaries: tuple[str, ...] = ()
    no_world: bool = False
    extra: tuple[str, ...] = field(default_factory=tuple)


def shared_dir() -> Path | None:
    """The shared measuring data (WIRE_AUDIT_SHARED, else the nearest ancestor's shared/)."""
    env = os.environ.get("WIRE_AUDIT_SHARED")
    if env:
        return Path(env) if Path(env).is_dir() else None
    for parent in ROOT.parents:
        if (parent / "shared").is_dir():
            return parent / "shared"
    return None


def _env() -> dict[str, str]:
    """This checkout first on the path, no colour, a wide terminal for --help."""
    return {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "200"}


def check_help() -> str:
    """The text of `check --help` (to see which options this version has)."""
    proc = subprocess.run(
        [sys.executable, "-m", "audit", "check", "--help"],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=tempfile.gettempdir(),
        timeout=120,
    )
    return ANSI.sub("", proc.stdout)


def has_option(flag: str) -> bool:
    """Whether `check` accepts `flag` (e.g. --no-world), read from its --help."""
    return re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", check_help()) is not None


def build_args(paths: Sequence[Path], date: str | None, opts: Options) -> list[str]:
    """The command line for one `check` run, JSON to stdout."""
    args = ["check", *(str(p) for p in paths), "-f", "json", "--no-baseline", "--fail-on", "critical"]
    if date:
        args += ["--date", date]
    for g in opts.glossaries:
        args += ["--glossary", str(Path(g).resolve())]
    if opts.no_world:
        args.append("--no-world")
    return args + list(opts.extra)


def run_check(paths: Sequence[Path], date: str | None, opts: Options) -> dict[str, Any]:
    """The JSON run of `check` on `paths` with the article date `date`."""
    with tempfile.TemporaryDirectory(prefix="wire-audit-bench-") as cwd:
        proc = subprocess.run(
            [sys.executable, "-m", "audit", *build_args(paths, date, opts)],
            capture_output=True,
            text=True,
            env=_env(),
            cwd=cwd,
            timeout=1800,
        )
    if proc.returncode not in (0, 1):
        raise RunError(f"check exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return json.loads(proc.stdout)


def findings_by_date(groups: dict[str | None, list[Path]], opts: Options) -> tuple[list[dict], list[dict]]:
    """Run each date group; (articles, findings) with each finding's file name as "file"."""
    articles: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    for date in sorted(groups, key=lambda d: d or ""):
        run = run_check(groups[date], date, opts)
        for art in run["articles"]:
            name = Path(art["path"]).name
            articles.append({**art, "file": name, "date": date})
            findings += [{**f, "file": name} for f in art["findings"]]
    return articles, findings


def signature(opts: Options) -> dict[str, Any]:
    """What produced the numbers: the checkout's commit and the pass-through options."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--", "audit"], capture_output=True, text=True
    ).stdout.strip()
    audit = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%h", "--", "audit"], capture_output=True, text=True
    ).stdout.strip()
    return {
        "commit": commit + ("+dirty" if dirty else ""),
        "audit_commit": audit,
        "glossaries": list(opts.glossaries),
        "no_world": opts.no_world,
        "extra": list(opts.extra),
    }


def severe(findings: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Only the major and critical findings."""
    return [f for f in findings if f["severity"] in SEVERE]
