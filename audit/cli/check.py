"""`wire-audit check`: audit articles against glossaries and garble detectors."""

from __future__ import annotations

from pathlib import Path
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
    NoBaselineOpt,
    OutOpt,
    SelectOpt,
    VerboseOpt,
    build_settings,
    report_and_exit,
)
from audit.cli.progress import ProgressBar
from audit.cli.progress import wanted as progress_wanted
from audit.report import reporter

HouseOpt = Annotated[
    Path | None,
    typer.Option(
        "--house", help="House folder from `wire-audit learn`: flag what the archive never printed."
    ),
]


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
    verbose: VerboseOpt = False,
    jobs: JobsOpt = None,
    config: ConfigOpt = None,
    baseline: BaselineOpt = None,
    no_baseline: NoBaselineOpt = False,
    house: HouseOpt = None,
) -> None:
    """Audit articles; exit 1 when a finding reaches --fail-on (default major)."""
    from audit import runner

    reporter(fmt)  # reject an unknown format before doing any work
    settings = build_settings(config, glossary, date, fail_on, select, ignore, jobs, baseline, no_baseline)
    if house is not None:
        settings = settings.with_(house=str(house))
    with ProgressBar(progress_wanted(fmt)) as progress:
        result = runner.run(paths, settings, progress=progress)
    report_and_exit(result, settings, fmt, out, color, verbose)
