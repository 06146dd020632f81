"""`wire-audit check`: audit articles against glossaries and garble detectors."""

from __future__ import annotations

from typing import Annotated

import typer

from audit.cli.app import app
from audit.cli.common import (
    BaselineOpt,
    ColorOpt,
    ConfigOpt,
    DateOpt,
    FailOnOpt,
    FormatOpt,
    GlossaryOpt,
    IgnoreOpt,
    JobsOpt,
    OutOpt,
    SelectOpt,
    emit,
    exit_status,
    parse_date,
    parse_jobs,
    parse_severity,
    use_color,
)
from audit.cli.progress import ProgressBar
from audit.cli.progress import wanted as progress_wanted
from audit.report import ReportOptions, reporter


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Articles: files, folders, or - for stdin.")],
    glossary: GlossaryOpt = None,
    date: DateOpt = None,
    fmt: FormatOpt = "text",
    fail_on: FailOnOpt = None,
    out: OutOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    color: ColorOpt = "auto",
    jobs: JobsOpt = None,
    config: ConfigOpt = None,
    baseline: BaselineOpt = None,
) -> None:
    """Audit articles; exit 1 when a finding reaches --fail-on (default major)."""
    from audit import runner
    from audit.config import load_settings

    reporter(fmt)  # reject an unknown format before doing any work
    settings = load_settings(config)  # defaults → project config; flags below win
    settings = settings.with_(
        baseline=str(baseline) if baseline else settings.baseline,
        glossaries=tuple(str(g) for g in glossary) if glossary else settings.glossaries,
        date=parse_date(date) or settings.date,
        fail_on=parse_severity(fail_on, "--fail-on") if fail_on else settings.fail_on,
        select=tuple(select or settings.select),
        ignore=tuple(ignore or settings.ignore),
        jobs=parse_jobs(jobs) if jobs is not None else settings.jobs,
    )
    with ProgressBar(progress_wanted(fmt)) as progress:
        result = runner.run(paths, settings, progress=progress)
    options = ReportOptions(color=use_color(color), fail_on=settings.fail_on)
    emit(result, fmt, out, options)
    raise typer.Exit(exit_status(result, settings.fail_on))
