"""Options shared by `check`, `compare` and other commands, and how results are emitted."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from audit.errors import ConfigError
from audit.model import RunResult, Severity
from audit.report import ReportOptions, is_stream, reporter

GlossaryOpt = Annotated[
    list[Path] | None,
    typer.Option("--glossary", "-g", help="Glossary file or folder (repeatable). Default: ./glossaries."),
]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", help="Article date YYYY-MM-DD (default: dateline, else today)."),
]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="text, json, csv, html or sarif.")]
FailOnOpt = Annotated[
    str | None,
    typer.Option("--fail-on", help="Exit 1 when a finding is at least: minor, major, critical."),
]
OutOpt = Annotated[
    Path | None,
    typer.Option("--out", "-o", help="Write reports into this folder (file formats default to reports/)."),
]
SelectOpt = Annotated[
    list[str] | None,
    typer.Option("--select", help="Only these checks (code, name or family; repeatable)."),
]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option("--ignore", help="Skip these checks (code, name or family; repeatable)."),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Config file (default: nearest .wire-audit.toml or pyproject.toml)."),
]
BaselineOpt = Annotated[
    Path | None,
    typer.Option("--baseline", help="Hide findings recorded here (default: .wire-audit-baseline.json)."),
]
ColorOpt = Annotated[str, typer.Option("--color", help="auto, always or never (NO_COLOR is honoured).")]


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date: {value!r} is not a date (expected YYYY-MM-DD)") from None


def parse_severity(value: str, option: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{option}: {exc}") from None


def use_color(mode: str, stream: object = sys.stdout) -> bool:
    if mode == "always":
        return True
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    if mode != "auto":
        raise ConfigError(f"--color: {mode!r} is not one of auto, always, never")
    return bool(getattr(stream, "isatty", lambda: False)())


def emit(run: RunResult, fmt: str, out: Path | None, options: ReportOptions) -> None:
    """Stream formats go to stdout (or a file in --out); file formats into --out."""
    module = reporter(fmt)
    if is_stream(fmt):
        text = module.render(run, options)
        if out is None:
            sys.stdout.write(text)
            return
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"wire-audit.{'txt' if fmt == 'text' else fmt}"
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}", file=sys.stderr)
        return
    for path in module.write(run, out or Path("reports"), options):
        print(f"wrote {path}")


def exit_status(run: RunResult, fail_on: Severity) -> int:
    worst = run.worst()
    return 1 if worst is not None and worst >= fail_on else 0
