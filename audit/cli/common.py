"""Options shared by `check`, `compare` and other commands, and how results are emitted."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer

from audit.atomic import refuse_inputs, write_text
from audit.errors import ConfigError
from audit.model import RunResult, Severity
from audit.options import apply, option
from audit.report import STREAM_FILES, ReportOptions, is_stream, reporter
from audit.settings import Settings
from audit.terminal import visible


def table_option(name: str) -> Any:
    """typer's Option for an entry of the option table (audit/options.py); choices are
    shown in --help as the metavar and checked by our own parsers (one exit-2 error line)."""
    spec = option(name)
    metavar = "[" + "|".join(spec.choices) + "]" if spec.choices else None
    return typer.Option(*spec.flags, help=spec.help, metavar=metavar, rich_help_panel=spec.panel)


GlossaryOpt = Annotated[list[Path] | None, table_option("glossary")]
DateOpt = Annotated[str | None, table_option("date")]
FormatOpt = Annotated[str, table_option("fmt")]
FailOnOpt = Annotated[str | None, table_option("fail_on")]
OutOpt = Annotated[Path | None, table_option("out")]
SelectOpt = Annotated[list[str] | None, table_option("select")]
IgnoreOpt = Annotated[list[str] | None, table_option("ignore")]
JobsOpt = Annotated[int | None, table_option("jobs")]
DEFAULT_OUT = Path("reports")
ConfigOpt = Annotated[Path | None, table_option("config")]
BaselineOpt = Annotated[Path | None, table_option("baseline")]
NoBaselineOpt = Annotated[bool, table_option("no_baseline")]
VerboseOpt = Annotated[bool, table_option("verbose")]
NoWorldOpt = Annotated[bool, table_option("no_world")]
ColorOpt = Annotated[str, table_option("color")]
YearOpt = Annotated[int | None, table_option("year")]
QuietOpt = Annotated[bool, table_option("quiet")]
ExitZeroOpt = Annotated[bool, table_option("exit_zero")]
StdinFilenameOpt = Annotated[str | None, table_option("stdin_filename")]


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
    year: int | None = None,
    no_world: bool = False,
) -> Settings:
    """Defaults → project config (or --config) → the flags the auditing commands (`check`,
    `compare`) share; None is "not given"."""
    from audit.config import load_settings

    given: dict[str, Any] = {"glossary": glossary, "date": date, "fail_on": fail_on, "select": select}
    given |= {"ignore": ignore, "jobs": jobs, "baseline": baseline, "no_baseline": no_baseline, "year": year}
    given["no_world"] = no_world
    return apply(load_settings(config), given)


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
    """Every file atomically (audit/atomic.py): an interrupted run leaves none half-written."""
    from audit import atomic

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
        return atomic.write_files(
            target.parent, lambda d: list(module.write(run, d, options, name=target.name))
        )
    folder = output_dir(out)
    refuse_inputs(
        [folder / name for name in getattr(module, "FILE_NAMES", ())], (a.path for a in run.articles)
    )
    return atomic.write_files(folder, lambda d: list(module.write(run, d, options)))


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
    if not options.quiet:
        for path in written:
            print(f"wrote {path}")
    return written


def report_and_exit(
    run: RunResult,
    settings: Settings,
    fmt: str,
    out: Path | None,
    color: str,
    verbose: bool,
    quiet: bool = False,
    exit_zero: bool = False,
) -> None:
    """Render the run in `fmt`, say on stderr what failed or was missing, then exit: 2 when
    an input could not be audited, 1 when a finding reaches settings.fail_on, else 0."""
    options = ReportOptions(color=use_color(color), fail_on=settings.fail_on, verbose=verbose, quiet=quiet)
    emit(run, fmt, out, options)  # the report is written before any exit status
    warn(run, quiet)
    raise typer.Exit(exit_status(run, settings.fail_on, exit_zero))


def warn(run: RunResult, quiet: bool) -> None:
    """One line per input that could not be audited; the run's notes once, unless --quiet."""
    for article in run.errors:
        error = article.error or {}
        print(f"wire-audit: error: {visible(article.path)}: {error.get('reason')}", file=sys.stderr)
    if not quiet:
        for note in run.signature.get("notes", []):
            print(f"wire-audit: warning: {note}", file=sys.stderr)


def exit_status(run: RunResult, fail_on: Severity, exit_zero: bool = False) -> int:
    """2 an input failed, 1 a finding reached `fail_on` (0 with --exit-zero), else 0."""
    if run.errors:
        return 2
    worst = run.worst()
    return 1 if worst is not None and worst >= fail_on and not exit_zero else 0
