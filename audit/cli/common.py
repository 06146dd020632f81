"""Options shared by `check`, `compare` and other commands, and how results are emitted."""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from audit.atomic import refuse_inputs, write_text
from audit.errors import ConfigError
from audit.model import RunResult, Severity
from audit.report import STREAM_FILES, ReportOptions, is_stream, reporter
from audit.settings import Settings

GlossaryOpt = Annotated[
    list[Path] | None,
    typer.Option("--glossary", "-g", help="Glossary file or folder (repeatable). Default: ./glossaries."),
]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", help="Article date YYYY-MM-DD (default: dateline, else today)."),
]
FormatOpt = Annotated[
    str, typer.Option("--format", "-f", help="text, json, csv, html, sarif, or diff (suggestions as a patch)")
]
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
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", help="Worker processes for many articles (0 = every core). Default 1."),
]
DEFAULT_OUT = Path("reports")
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Config file (default: nearest .wire-audit.toml or pyproject.toml)."),
]
BaselineOpt = Annotated[
    Path | None,
    typer.Option("--baseline", help="Hide findings recorded here (default: .wire-audit-baseline.json)."),
]
NoBaselineOpt = Annotated[
    bool,
    typer.Option("--no-baseline", help="Show every finding, also those a baseline file accepted."),
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="Text output: show every evidence field of a finding.")
]
ColorOpt = Annotated[str, typer.Option("--color", help="auto, always or never (NO_COLOR is honoured).")]


def build_settings(
    config: Path | None,
    glossary: list[Path] | None,
    date: str | None,
    fail_on: str | None,
    select: list[str] | None,
    ignore: list[str] | None,
    jobs: int | None = None,
    baseline: Path | None = None,
    no_baseline: bool = False,
) -> Settings:
    """Defaults → project config (or --config) → the flags the auditing commands (`check`,
    `compare`) share; None is "not given"."""
    from audit.config import load_settings

    settings = load_settings(config)
    settings = settings.with_(
        glossaries=tuple(str(g) for g in glossary) if glossary else settings.glossaries,
        date=parse_date(date) or settings.date,
        fail_on=parse_severity(fail_on, "--fail-on") if fail_on else settings.fail_on,
        select=tuple(select or settings.select),
        ignore=tuple(ignore or settings.ignore),
        jobs=settings.jobs if jobs is None else parse_jobs(jobs),
    )
    return with_baseline(settings, baseline, no_baseline)


def with_baseline(settings: Settings, baseline: Path | None, no_baseline: bool) -> Settings:
    """--baseline FILE or --no-baseline over the config's (or the default) baseline."""
    if baseline and no_baseline:
        raise ConfigError("--baseline and --no-baseline contradict each other: give one")
    if no_baseline:
        return settings.with_(baseline=None)
    return settings.with_(baseline=str(baseline)) if baseline else settings


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date: {value!r} is not a date (expected YYYY-MM-DD)") from None


def parse_jobs(value: int) -> int:
    if value < 0:
        raise ConfigError(f"--jobs: {value} is not a number of processes (0 = every core)")
    return value


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


def output_dir(out: Path) -> Path:
    """Create --out DIR (one clear error if it cannot be, e.g. it is a file)."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"--out: cannot create folder {out}: {exc.strerror or exc}") from None
    return out


def target_file(default_name: str, out: Path) -> Path:
    """The file a one-file format writes under --out: `out` itself when it ends in the
    format's suffix and is not a folder (`-o results.sarif`), else the default name in it."""
    default = Path(default_name)
    if out.suffix == default.suffix and not out.is_dir():
        output_dir(out.parent)
        return out
    return output_dir(out) / default


def _write(run: RunResult, fmt: str, out: Path, options: ReportOptions) -> list[Path]:
    module = reporter(fmt)
    if is_stream(fmt):
        target = target_file(STREAM_FILES[fmt], out)
        refuse_inputs([target], (a.path for a in run.articles))
        # newline="": the bytes as rendered on every platform (a diff of CRLF copy keeps its \r).
        text = module.render(run, replace(options, color=False))
        write_text(target, text, errors="backslashreplace", newline="")
        return [target]
    single = getattr(module, "FILE_NAME", None)  # one-file formats (HTML) may be named
    if single:
        target = target_file(single, out)
        refuse_inputs([target], (a.path for a in run.articles))
        return list(module.write(run, target.parent, options, name=target.name))
    folder = output_dir(out)
    refuse_inputs(
        [folder / name for name in getattr(module, "FILE_NAMES", ())], (a.path for a in run.articles)
    )
    return list(module.write(run, folder, options))


def emit(run: RunResult, fmt: str, out: Path | None, options: ReportOptions) -> list[Path]:
    """Stream formats go to stdout (or a file under --out); file formats into --out
    (default reports/). Prints and returns the paths written."""
    if is_stream(fmt) and out is None:
        sys.stdout.write(reporter(fmt).render(run, options))
        return []
    try:
        written = _write(run, fmt, out or DEFAULT_OUT, options)
    except OSError as exc:
        raise ConfigError(f"--out: cannot write {exc.filename or out}: {exc.strerror or exc}") from None
    for path in written:
        print(f"wrote {path}")
    return written


def report_and_exit(
    run: RunResult, settings: Settings, fmt: str, out: Path | None, color: str, verbose: bool
) -> None:
    """Render the run in `fmt`, then exit 1 when a finding reaches settings.fail_on, else 0."""
    options = ReportOptions(color=use_color(color), fail_on=settings.fail_on, verbose=verbose)
    emit(run, fmt, out, options)
    raise typer.Exit(exit_status(run, settings.fail_on))


def exit_status(run: RunResult, fail_on: Severity) -> int:
    worst = run.worst()
    return 1 if worst is not None and worst >= fail_on else 0
