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
    StdinFilenameOpt,
    VerboseOpt,
    YearOpt,
    build_settings,
    report_and_exit,
    table_option,
)
from audit.cli.progress import ProgressBar
from audit.cli.progress import wanted as progress_wanted
from audit.options import apply
from audit.report import reporter

IdColumnOpt = Annotated[str | None, table_option("id_column")]
TextColumnOpt = Annotated[str | None, table_option("text_column")]
DateColumnOpt = Annotated[str | None, table_option("date_column")]
CacheSizeOpt = Annotated[int | None, table_option("cache_size")]
NoCacheOpt = Annotated[bool, table_option("no_cache")]
DaskOpt = Annotated[str | None, table_option("dask")]
HouseOpt = Annotated[Path | None, table_option("house")]


EXAMPLES = (
    "Examples:\n\n"
    "wire-audit check seeds/ --date 2024-10-28\n\n"
    "wire-audit check desk/ -g glossaries/ --select names,office -f html -o reports/\n\n"
    "cat story.txt | wire-audit check - --stdin-filename desk/story.txt -q\n\n"
    "wire-audit check archive/ --year 2024 --exit-zero -f csv"
)


@app.command(epilog=EXAMPLES)
def check(
    paths: Annotated[
        list[str],
        typer.Argument(help="Articles: files, folders, - for stdin, or JSONL/CSV/Parquet archives."),
    ],
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
    id_column: IdColumnOpt = None,
    text_column: TextColumnOpt = None,
    date_column: DateColumnOpt = None,
    cache_size: CacheSizeOpt = None,
    no_cache: NoCacheOpt = False,
    dask: DaskOpt = None,
    no_world: NoWorldOpt = False,
    year: YearOpt = None,
    quiet: QuietOpt = False,
    exit_zero: ExitZeroOpt = False,
    stdin_filename: StdinFilenameOpt = None,
    house: HouseOpt = None,
) -> None:
    """Audit articles; exit 1 when a finding reaches --fail-on, 2 when an input failed.

    Files that cannot be read (empty, binary, vanished) are reported as errors and the rest
    of the batch is audited; the exit status 2 comes after the report is written.
    """
    from audit.archive import command
    from audit.engine.run import run_paths

    reporter(fmt)  # reject an unknown format before doing any work
    settings = build_settings(
        config, glossary, date, fail_on, select, ignore, jobs, baseline, no_baseline, year, no_world
    )
    settings = apply(settings, {"house": house})
    archive_flags = {"id_column": id_column, "text_column": text_column, "date_column": date_column}
    settings = apply(settings, archive_flags | {"cache_size": cache_size, "dask": dask})
    archive = command.wants_archive(paths, dask)
    with ProgressBar(progress_wanted(fmt) and not quiet) as progress:
        if archive:
            result = command.run_check(paths, settings, fmt, not no_cache, progress)
        else:
            result = run_paths(paths, settings, progress=progress, stdin_name=stdin_filename)
    report_and_exit(result, settings, fmt, out, color, verbose, quiet, exit_zero)
