"""`wire-audit report RUN...`: aggregate earlier runs (JSON or CSV) into summary tables."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from audit.cli.app import app
from audit.cli.common import DEFAULT_OUT, OutOpt, output_dir
from audit.errors import ConfigError
from audit.terminal import visible, visible_lines


@app.command()
def report(
    runs: Annotated[
        list[Path],
        typer.Argument(help="Earlier runs: JSON files, findings.csv/articles.csv or their folder."),
    ],
    out: OutOpt = None,
    top: Annotated[int, typer.Option("--top", help="Rows in the names and worst-articles tables.")] = 10,
) -> None:
    """Summarise runs: counts by run, folder, rule and severity; garbled names; worst articles."""
    from audit.report import aggregate
    from audit.report.runs import load_runs

    if top < 1:
        raise ConfigError(f"--top: {top} is not a positive number of rows")
    findings, articles = load_runs(list(runs))
    tables = aggregate.summarize(findings, articles, top=top)
    typer.echo(visible_lines(aggregate.render(tables)), nl=False)  # runs may carry ESC sequences
    target = output_dir(out or DEFAULT_OUT)
    try:
        written = aggregate.write(tables, target)
    except OSError as exc:
        raise ConfigError(f"--out: cannot write {exc.filename or target}: {exc.strerror or exc}") from None
    for path in written:
        typer.echo(f"wrote {visible(str(path))}")
