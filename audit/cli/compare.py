"""`wire-audit compare`: several versions of one story, and what each says unlike the others."""

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
    ExitZeroOpt,
    FailOnOpt,
    FormatOpt,
    GlossaryOpt,
    IgnoreOpt,
    JobsOpt,
    NoBaselineOpt,
    NoWorldOpt,
    OutOpt,
    QuietOpt,
    SelectOpt,
    VerboseOpt,
    YearOpt,
    build_settings,
    report_and_exit,
)
from audit.cli.progress import ProgressBar
from audit.cli.progress import wanted as progress_wanted
from audit.report import reporter

StoriesOpt = Annotated[
    Path | None,
    typer.Option("--stories", help="Folder with one subfolder per story, holding its versions."),
]
ReferenceOpt = Annotated[
    Path | None,
    typer.Option("--reference", help="Trusted reference: BLEU, chrF and TER of every version against it."),
]


EXAMPLES = (
    "Examples:\n\n"
    "wire-audit compare v1.txt v2.txt v3.txt\n\n"
    "wire-audit compare --stories desk/stories/ -j 0 -f html -o reports/\n\n"
    "wire-audit compare a.txt b.txt --reference trusted.txt -f json"
)


@app.command(epilog=EXAMPLES)
def compare(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Versions of one story (2 to 20 files or folders).")
    ] = None,
    stories: StoriesOpt = None,
    reference: ReferenceOpt = None,
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
    no_world: NoWorldOpt = False,
    year: YearOpt = None,
    quiet: QuietOpt = False,
    exit_zero: ExitZeroOpt = False,
) -> None:
    """Compare versions of a story; exit 1 when a finding reaches --fail-on (default major)."""
    from audit.engine.core import Engine
    from audit.engine.versions import run_stories, stories_from

    reporter(fmt)  # reject an unknown format before doing any work
    settings = build_settings(
        config, glossary, date, fail_on, select, ignore, jobs, baseline, no_baseline, year, no_world
    )
    groups = stories_from(paths or [], str(stories) if stories else None, settings)
    with ProgressBar(progress_wanted(fmt)) as progress:
        result = run_stories(Engine.load(settings), groups, str(reference) if reference else None, progress)
    report_and_exit(result, settings, fmt, out, color, verbose, quiet, exit_zero)
