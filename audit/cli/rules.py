"""`wire-audit rules [CODE]`: list the checks, or print one check's documentation."""

from __future__ import annotations

import inspect
from typing import Annotated

import typer

from audit.cli.app import app
from audit.errors import ConfigError


@app.command()
def rules(
    code: Annotated[str | None, typer.Argument(help="A check code or name, e.g. N101.")] = None,
) -> None:
    """List the checks, or explain one."""
    from audit.checks.registry import all_checks, find_check

    if code is None:
        for c in all_checks():
            typer.echo(f"{c.code:6} {c.name:28} {c.severity!s:9} {c.summary()}")
        return
    found = find_check(code)
    if found is None:
        raise ConfigError(f"unknown check {code!r} (see `wire-audit rules`)")
    typer.echo(f"{found.code} {found.name} (default severity: {found.severity})\n")
    typer.echo(inspect.cleandoc(found.__doc__ or ""))
