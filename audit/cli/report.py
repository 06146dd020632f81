"""`wire-audit report RUN...`: aggregate earlier runs (JSON or CSV) into summary tables.

Like `check`: text (default) and json go to stdout unless --out is given; csv writes its
tables into --out (default reports/). Nothing is written unless asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from audit.atomic import write_text as atomic_write_text
from audit.cli.app import app
from audit.cli.common import DEFAULT_OUT, OutOpt, output_dir, target_file
from audit.errors import ConfigError
from audit.terminal import visible, visible_lines

FORMATS = ("text", "json", "csv")
STREAM_FILES = {"text": "summary.txt", "json": "summary.json"}
EXAMPLES = (
    "Examples:\n\nwire-audit report reports/run1.json reports/run2.json\n\n"
    "wire-audit report reports/ -f csv -o summaries/\n\nwire-audit report run.json -f json --top 20"
)
FormatOpt = Annotated[
    str,
    typer.Option("--format", "-f", help="Output format.", metavar="[" + "|".join(FORMATS) + "]"),
]


@app.command(epilog=EXAMPLES)
def report(
    runs: Annotated[
        list[Path],
        typer.Argument(help="Earlier runs: JSON files, findings.csv/articles.csv or their folder."),
    ],
    fmt: FormatOpt = "text",
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
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ConfigError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt == "csv":
        _written(lambda: aggregate.write(tables, output_dir(out or DEFAULT_OUT)), out)
        return
    text = aggregate.to_json(tables) if fmt == "json" else visible_lines(aggregate.render(tables))
    if out is None:
        typer.echo(text, nl=False)
        return
    target = target_file(STREAM_FILES[fmt], out)

    def write_stream() -> list[Path]:
        atomic_write_text(target, text)
        return [target]

    _written(write_stream, out)


def _written(write: Callable[[], list[Path]], out: Path | None) -> None:
    """Run the writer; one clear error if the folder cannot take the files."""
    try:
        paths = write()
    except OSError as exc:
        raise ConfigError(f"--out: cannot write {exc.filename or out}: {exc.strerror or exc}") from None
    for path in paths:
        typer.echo(f"wrote {visible(str(path))}")
