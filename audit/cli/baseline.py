"""`wire-audit baseline PATH...`: accept the current findings; later runs show only new ones."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from audit.cli.app import app
from audit.cli.common import ConfigOpt, DateOpt, GlossaryOpt, warn
from audit.model import RunResult
from audit.options import parse_date

EXAMPLES = (
    "Examples:\n\nwire-audit baseline desk/\n\n"
    "wire-audit baseline desk/ -o .wire-audit-baseline.json --date 2024-10-28\n\n"
    "wire-audit check desk/   (later: only findings not in the baseline)"
)


def baseline_target(target: Path, result: RunResult) -> Path:
    """`-o FOLDER` writes the default name in it; a missing folder is created; an input is refused."""
    from audit.atomic import refuse_inputs
    from audit.cli.common import output_dir
    from audit.settings import DEFAULT_BASELINE

    if target.is_dir():
        target = target / DEFAULT_BASELINE
    output_dir(target.parent)
    refuse_inputs([target], (a.path for a in result.articles))
    return target


@app.command(epilog=EXAMPLES)
def baseline(
    paths: Annotated[list[str], typer.Argument(help="Articles: files or folders.")],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Baseline file (default: .wire-audit-baseline.json by the config)."),
    ] = None,
    glossary: GlossaryOpt = None,
    date: DateOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Record every current finding in a baseline file (inline markers still apply)."""
    from audit import runner
    from audit.baseline import write
    from audit.config import load_settings
    from audit.settings import DEFAULT_BASELINE

    settings = load_settings(config)
    target = out or Path(settings.root or ".") / DEFAULT_BASELINE
    settings = settings.with_(
        baseline=None,  # record everything, including what an older baseline hid
        glossaries=tuple(str(g) for g in glossary) if glossary else settings.glossaries,
        date=parse_date(date) or settings.date,
    )
    result = runner.run(paths, settings)
    target = baseline_target(target, result)
    n = write(result, target)
    typer.echo(f"wrote {target}: {n} finding{'s' * (n != 1)} accepted in {len(result.articles)} articles")
    warn(result, quiet=False)
    raise typer.Exit(2 if result.errors else 0)
